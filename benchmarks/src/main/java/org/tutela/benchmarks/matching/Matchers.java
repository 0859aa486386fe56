package org.tutela.benchmarks.matching;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * The matchers the benchmark knows, by command-line name. They are created by class name so that this module does
 * not need the Duke peer on its classpath: Duke (with its Lucene 4) lives in the benchmarks-duke module and its own
 * JVM; see {@link #runsInPeerJvm(String)}.
 */
public final class Matchers {

    public static final String TUTELA = "tutela";
    public static final String JARO_WINKLER = "jaro-winkler";
    public static final String DUKE = "duke";

    /** In the order of the report's columns. */
    public static final List<String> ALL = List.of(TUTELA, DUKE, JARO_WINKLER);

    private Matchers() {
    }

    public static CandidateMatcher create(String name) {
        String className = switch (name) {
            case TUTELA -> "org.tutela.benchmarks.matching.TutelaMatcher";
            case JARO_WINKLER -> "org.tutela.benchmarks.matching.JaroWinklerMatcher";
            case DUKE -> "org.tutela.benchmarks.duke.DukeMatcher";
            default -> throw new IllegalArgumentException("unknown matcher '" + name + "'; known: " + ALL);
        };
        try {
            return (CandidateMatcher) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new MatcherUnavailableException("matcher '" + name + "' is not on this classpath (" + className
                    + ")" + (name.equals(DUKE) ? "; run it from the benchmarks-duke jar" : ""));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof MatcherUnavailableException u) {
                throw u;
            }
            throw new IllegalStateException("cannot create matcher '" + name + "': " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create matcher '" + name + "': " + e, e);
        }
    }

    /** Duke needs Lucene 4, which clashes with Tutela's Lucene 9: it always runs in a JVM of its own. */
    public static boolean runsInPeerJvm(String name) {
        return name.equals(DUKE);
    }

    /** A matcher that cannot run here (not yet implemented, or not on this classpath): its figures are "pending". */
    public static final class MatcherUnavailableException extends RuntimeException {
        public MatcherUnavailableException(String message) {
            super(message);
        }
    }
}
