package org.tutela.core.screening.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tutela.core.registry.CooperationRequest.Attachment;

class TestimonyComparisonTest {
    static final TestimonyComparison COMPARISON = new TestimonyComparison(5, 0.5, 25);

    static final String[] SENTENCES = {
        "In the spring of that year I worked as the chief accountant of the regional branch of the bank.",
        "The chairman of the board called me to his office and ordered me to prepare the transfer documents without delay.",
        "He told me that the loans had been approved by the accused personally and that no collateral was required.",
        "I objected that the borrowers were offshore companies with no assets, but he said the decision had been taken above.",
        "The money was sent in several tranches to accounts in Cyprus and Latvia over the following three months.",
        "I later learned that all of these companies were controlled by people close to the accused.",
        "I give this testimony voluntarily and have been warned of my liability for false statements."
    };

    static String original() {
        return String.join(" ", SENTENCES);
    }

    /** The same statement with its sentences reordered and a few words changed, as a copy-edited template would be. */
    static String reorderedAndEdited() {
        return String.join(" ", SENTENCES[4].replace("several tranches", "a number of tranches"), SENTENCES[0], SENTENCES[2],
                SENTENCES[1].replace("without delay", "at once"), SENTENCES[5], SENTENCES[3].replace("offshore", "shell"), SENTENCES[6]);
    }

    static final String UNRELATED = "I was the driver of the deputy chairman from 2006 until he left the bank. I never saw any "
            + "documents about loans and I was not present at any meeting of the board. Once I drove him to the airport, where he met "
            + "two men I did not know. He did not tell me what they discussed. I have no complaints about the conduct of the interview "
            + "and I have read this record and signed every page of it myself.";

    @Test
    void findsReorderedAndEditedCopiesWithTheirSharedPassages() {
        String a = original();
        String b = reorderedAndEdited();
        Similarity s = COMPARISON.compare(a, b);
        assertThat(s.containment()).isGreaterThan(0.7);
        assertThat(COMPARISON.nearIdentical(s)).isTrue();
        assertThat(s.passages()).hasSizeGreaterThanOrEqualTo(4);
        // every passage is real shared wording: the texts at both offsets are the same words, bar the small edits
        for (Passage p : s.passages()) {
            String first = p.inFirst(a);
            String second = p.inSecond(b);
            assertThat(first.split("\\s+").length).isGreaterThanOrEqualTo(6);
            assertThat(TestimonyComparisonTest.commonWords(first, second)).isGreaterThan(0.7);
        }
        assertThat(s.passages()).anySatisfy(p -> assertThat(p.inFirst(a)).contains("sent in several tranches to accounts in Cyprus"));
        // the edited sentence is bridged, not cut in two: one passage spans the changed words
        assertThat(s.passages()).anySatisfy(p -> assertThat(p.inSecond(b)).contains("The money was sent in a number of tranches to accounts"));
    }

    @Test
    void doesNotFindUnrelatedStatementsSimilar() {
        Similarity s = COMPARISON.compare(original(), UNRELATED);
        assertThat(COMPARISON.nearIdentical(s)).isFalse();
        assertThat(s.containment()).isLessThan(0.1);
    }

    @Test
    void comparesOnlyStatementsOfDifferentWitnesses() {
        List<Attachment> attachments = List.of(
                new Attachment("record-1", Attachment.Kind.INTERROGATION_RECORD, Optional.of("Witness A"), original()),
                new Attachment("record-2", Attachment.Kind.INTERROGATION_RECORD, Optional.of("Witness B"), reorderedAndEdited()),
                new Attachment("record-3", Attachment.Kind.WITNESS_STATEMENT, Optional.of("Witness C"), UNRELATED),
                new Attachment("record-4", Attachment.Kind.INTERROGATION_RECORD, Optional.of("witness  a"), original()),
                new Attachment("indictment", Attachment.Kind.INDICTMENT, Optional.empty(), original()));
        List<SimilarStatements> similar = COMPARISON.similarStatements(attachments);
        assertThat(similar).extracting(s -> s.first() + "+" + s.second()).containsExactlyInAnyOrder("record-1+record-2", "record-2+record-4");
    }

    @Test
    void isRobustToCaseDiacriticsAndPunctuation() {
        String a = "Я, Иванов Пётр Сергеевич, работал главным бухгалтером филиала банка с 2005 по 2009 год и подтверждаю, что "
                + "все переводы были согласованы лично обвиняемым без какого-либо обеспечения по кредитам.";
        String b = a.toUpperCase().replace(",", " ;").replace("ё", "е").replace("Ё", "Е");
        Similarity s = new TestimonyComparison(5, 0.5, 10).compare(a, b);
        assertThat(s.containment()).isEqualTo(1.0);
        assertThat(s.passages()).singleElement().satisfies(p -> {
            assertThat(p.firstStart()).isZero();
            assertThat(p.firstEnd()).isEqualTo(a.length() - 1);
        });
    }

    @Test
    void handlesHundredsOfPagesOfStatements() {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            vocabulary.add("w" + Integer.toString(i, 36));
        }
        List<Attachment> statements = new ArrayList<>();
        String shared = null;
        for (int d = 0; d < 40; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 2500; w++) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 12 == 11 ? ". " : " ");
            }
            if (d == 0) {
                shared = text.substring(0, 12_000);
            }
            String body = d == 39 ? shared + " " + text.substring(0, 3_000) : text.toString();
            statements.add(new Attachment("statement-" + d, Attachment.Kind.WITNESS_STATEMENT, Optional.of("witness " + d),
                    body.substring(0, Math.min(body.length(), 19_000))));
        }
        List<SimilarStatements> similar = COMPARISON.similarStatements(statements);
        assertThat(similar).singleElement().satisfies(s -> {
            assertThat(s.first()).isEqualTo("statement-0");
            assertThat(s.second()).isEqualTo("statement-39");
        });
    }

    private static String problem(String text) {
        return org.tutela.core.screening.FactWording.render(TextCheck.problem(text).orElseThrow(), java.util.Locale.ENGLISH, "?");
    }

    @Test
    void tellsTextFromWhatOnlyPassesForIt() {
        assertThat(problem("%PDF-1.4\n%âãÏÓ\n1 0 obj")).isEqualTo("is a PDF file, not its text");
        assertThat(problem("JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+CnN0cmVhbQp4nDPQM1Qo"
                + "5yrUMwDCtFwFbQ1DPUM1Qo5yrUMwDCtFwFbQ1DPUM1Qo5yrUMwDCtFwFbQ1DPUM1Qo5yrUMwDCtFwFbQ1DPUM1Qo5yrUMwDCtFwFbQ1DPUMwDCtF"))
                .contains("without a space");
        assertThat(problem("\uFFFD\uFFFD\uFFFD abc \uFFFD\uFFFD")).contains("undecodable");
        assertThat(problem("12 34 56 78 90 12 34 56 78 90 ## ## ##")).contains("letters");
        // the same reading in French, from the same message
        assertThat(org.tutela.core.screening.FactWording.render(TextCheck.problem("%PDF-1.4").orElseThrow(), java.util.Locale.FRENCH, "?"))
                .contains("PDF").doesNotContain("not its text");
        assertThat(TextCheck.problem(original())).isEmpty();
    }

    static double commonWords(String a, String b) {
        List<String> x = List.of(a.toLowerCase().split("\\W+"));
        List<String> y = List.of(b.toLowerCase().split("\\W+"));
        return (double) x.stream().filter(y::contains).count() / x.size();
    }
}
