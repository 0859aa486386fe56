/**
 * Coverage-guided fuzzing (Jazzer) of the parsers that take outside input: Tutela and FtM JSON lines
 * (Importer), CSV lists (core.lists.CsvListImport) and the JSON record reader (json.RecordJson).
 *
 * <p>In {@code mvn verify} these run in regression mode: each target is run on its seed inputs under
 * {@code src/test/resources/org/tutela/exchange/fuzz/<Class>Inputs/<method>/} (and on the empty input),
 * which takes seconds. To fuzz for real, bounded by each target's {@code maxDuration} (Jazzer fuzzes
 * one target per run; the others are skipped), e.g.:
 *
 * <pre>JAZZER_FUZZ=1 mvn -o test -pl exchange -am -Dtest='ImporterFuzzTest#ftmLines' -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * with {@code ImporterFuzzTest#tutelaLines}, {@code CsvListFuzzTest} and {@code RecordJsonFuzzTest} the
 * same way. Its working corpus goes to {@code exchange/.cifuzz-corpus} (ignored by git).
 *
 * A crash found that way is written beside the seeds and then replays in every build. A target passes
 * when the parser either returns or throws its documented, checked error (naming file, line and field);
 * any other exception, or a run past Jazzer's time-out, is a finding. The import target also checks
 * that a refused file wrote nothing.
 */
package org.tutela.exchange.fuzz;
