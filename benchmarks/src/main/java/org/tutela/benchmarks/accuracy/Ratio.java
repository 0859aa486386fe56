package org.tutela.benchmarks.accuracy;

/** A measured proportion with its counts, so that the report can show how many cases stand behind a figure. */
public record Ratio(long hits, long total) {

    public static final Ratio EMPTY = new Ratio(0, 0);

    /** The proportion, or NaN when there is nothing to count. */
    public double value() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    public Ratio plus(Ratio other) {
        return new Ratio(hits + other.hits, total + other.total);
    }

    public static double f1(double precision, double recall) {
        if (Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0) {
            return Double.NaN;
        }
        return 2 * precision * recall / (precision + recall);
    }
}
