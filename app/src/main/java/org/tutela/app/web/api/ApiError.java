package org.tutela.app.web.api;

import java.util.Optional;

/** What the API answers when a request cannot be served: a code, a message, and the field at fault. */
public record ApiError(int status, String error, String message, Optional<String> field) {
}
