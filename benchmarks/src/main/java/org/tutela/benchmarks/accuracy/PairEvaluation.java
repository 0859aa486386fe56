package org.tutela.benchmarks.accuracy;

import org.tutela.benchmarks.datasets.LabelledPair;
import org.tutela.benchmarks.matching.CandidateMatcher;

import java.util.List;
import java.util.function.Predicate;

/**
 * Pairs F1: every labelled pair is scored by {@link CandidateMatcher#score}; a score at or above the matcher's
 * default threshold predicts "match". Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean,
 * over the pairs the filter selects.
 */
public final class PairEvaluation {

    private PairEvaluation() {
    }

    public record PairResult(String subset, int pairs, int positives, long truePositives, long falsePositives,
                             long falseNegatives, long trueNegatives, double precision, double recall, double f1) {
    }

    public static PairResult evaluate(CandidateMatcher matcher, List<LabelledPair> pairs, String subset,
                                      Predicate<LabelledPair> filter) {
        double threshold = matcher.defaultThreshold();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        int n = 0;
        int positives = 0;
        for (LabelledPair p : pairs) {
            if (!filter.test(p)) {
                continue;
            }
            n++;
            if (p.match()) {
                positives++;
            }
            boolean predicted = matcher.score(p.a(), p.b()) >= threshold;
            if (predicted && p.match()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (p.match()) {
                fn++;
            } else {
                tn++;
            }
        }
        return confusion(subset, n, positives, tp, fp, fn, tn);
    }

    /**
     * The pairs the filter selects that the matcher gets wrong (false positives and false negatives), one line each
     * with the score and the matcher's explanation: what a reader needs to tell which concept a miss lacks.
     */
    public static List<String> errors(CandidateMatcher matcher, List<LabelledPair> pairs, Predicate<LabelledPair> filter) {
        double threshold = matcher.defaultThreshold();
        List<String> out = new java.util.ArrayList<>();
        for (LabelledPair p : pairs) {
            if (!filter.test(p)) {
                continue;
            }
            double score = matcher.score(p.a(), p.b());
            boolean predicted = score >= threshold;
            if (predicted != p.match()) {
                out.add(String.format(java.util.Locale.ROOT, "%s line %d (%s) %.3f: %s | %s%n%s", predicted ? "FP" : "FN",
                        p.line(), p.group(), score, p.a(), p.b(), matcher.explain(p.a(), p.b()).indent(4)));
            }
        }
        return out;
    }

    static PairResult confusion(String subset, int n, int positives, long tp, long fp, long fn, long tn) {
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        return new PairResult(subset, n, positives, tp, fp, fn, tn, precision, recall, Ratio.f1(precision, recall));
    }
}
