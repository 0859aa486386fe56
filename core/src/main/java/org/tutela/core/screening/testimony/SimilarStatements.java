package org.tutela.core.screening.testimony;

import java.util.Optional;

/** Two statements from different witnesses whose wording is near-identical. */
public record SimilarStatements(String first, Optional<String> firstAuthor, String second, Optional<String> secondAuthor,
                                Similarity similarity) {
}
