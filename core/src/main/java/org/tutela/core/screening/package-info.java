/**
 * Screening of cooperation requests (MLA, extradition, INTERPOL notices and diffusions, proxy
 * complaints) for the red flags of transnational repression, as of a date.
 *
 * <p>How it fits together:
 * <ul>
 * <li>{@link org.tutela.core.screening.Screening#screen} takes a request, a registry view and a date; it
 * identifies the named persons through a {@link org.tutela.core.screening.PersonResolver} (only confirmed
 * identities are used), reads the registry as it stood on the date, runs every rule and bands the
 * result into a {@link org.tutela.core.screening.ScreeningReport}.</li>
 * <li>The rules' wording, weights, legal grounds, questions and thresholds are in the lawyer-readable
 * {@code red-flags.properties} next to these classes ({@link org.tutela.core.screening.RulePack}); their
 * logic is in {@link org.tutela.core.screening.flags}, one small class per flag (a {@code Flag} with its id), all
 * listed in {@code Flags.POLICIES}. To add or change a flag, change both, and the versions of the pack.</li>
 * <li>Each rule returns an {@link org.tutela.core.screening.Outcome}: fired on facts (each with its record,
 * sources and date), not fired for a stated reason, or not evaluable, with what is missing and whom to
 * ask.</li>
 * <li>{@link org.tutela.core.screening.Assessment} applies the band rules;
 * {@link org.tutela.core.screening.StandingScreening} screens open requests again when revisions touch
 * them and raises {@link org.tutela.core.screening.Alert}s through the
 * {@link org.tutela.core.screening.ScreeningLog} port that storage implements.</li>
 * <li>{@link org.tutela.core.screening.testimony} compares witness statements (flag 14).</li>
 * </ul>
 */
package org.tutela.core.screening;
