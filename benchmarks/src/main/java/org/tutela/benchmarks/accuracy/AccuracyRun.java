package org.tutela.benchmarks.accuracy;

import org.tutela.benchmarks.datasets.LabelledPair;
import org.tutela.benchmarks.datasets.NameDatasets;
import org.tutela.benchmarks.datasets.SharedData;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.CandidateMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** All accuracy figures of one matcher on the shared name data. */
public final class AccuracyRun {

    public record AccuracyResult(String matcher, String description, double threshold, List<RetrievalResult> retrieval,
                                 List<PairEvaluation.PairResult> pairs) {
    }

    private AccuracyRun() {
    }

    /** The retrieval tasks, read from the shared data. Each task gets a fresh matcher. */
    public static List<RetrievalTask> retrievalTasks() {
        List<BenchName> negatives = NameDatasets.yentePersons(SharedData.namesFile(NameDatasets.NEGATIVES), "neg");
        List<RetrievalTask> tasks = new ArrayList<>();

        List<BenchName> eu = NameDatasets.euClusters(SharedData.namesFile(NameDatasets.EU_CLUSTERS));
        tasks.add(new RetrievalTask("eu-sanctions",
                "every name of " + NameDatasets.EU_CLUSTERS + " against all its names + the 50,000 negatives",
                concat(eu, negatives), eu));

        List<BenchName> ofac = NameDatasets.ofacClusters(SharedData.namesFile(NameDatasets.OFAC_CLUSTERS));
        tasks.add(new RetrievalTask("ofac-sdn",
                "every name and a.k.a. of " + NameDatasets.OFAC_CLUSTERS + " against all of them + the negatives",
                concat(ofac, negatives), ofac));

        List<BenchName> untreated = NameDatasets.yentePersons(SharedData.namesFile(NameDatasets.YENTE_UN_UNTREATED), "un");
        List<BenchName> congress = NameDatasets.yentePersons(SharedData.namesFile(NameDatasets.YENTE_US_CONGRESS), "congress");
        List<BenchName> treated = NameDatasets.yentePersons(SharedData.namesFile(NameDatasets.YENTE_UN_TREATED), "un")
                .stream()
                .map(n -> new BenchName("treated/" + n.id(), n.entityId(), n.text(), n.birthDate(), n.nationality(), n.gender()))
                .toList();
        tasks.add(new RetrievalTask("yente-un-treated",
                "each altered (treated) UN name against the original (untreated) UN names + US Congress + negatives",
                concat(concat(untreated, congress), negatives), treated));

        List<BenchName> un = NameDatasets.unIndividuals(SharedData.namesFile(NameDatasets.UN_INDIVIDUALS), false);
        tasks.add(new RetrievalTask("un-individuals",
                "every name form (primary Latin, original script, aliases) of " + NameDatasets.UN_INDIVIDUALS
                        + " against all of them + the negatives", concat(un, negatives), un));
        List<BenchName> unPrimary = NameDatasets.unIndividuals(SharedData.namesFile(NameDatasets.UN_INDIVIDUALS), true);
        tasks.add(new RetrievalTask("un-primary-original",
                "the primary Latin name and the original-script name of every person of " + NameDatasets.UN_INDIVIDUALS
                        + ", each against the other (aliases left out, since many are other names) + the negatives",
                concat(unPrimary, negatives), unPrimary));
        return tasks;
    }

    public static AccuracyResult run(Supplier<CandidateMatcher> matchers, int threads) {
        List<RetrievalResult> retrieval = new ArrayList<>();
        String name;
        String description;
        double threshold;
        try (CandidateMatcher probe = matchers.get()) {
            name = probe.name();
            description = probe.description();
            threshold = probe.defaultThreshold();
        }
        for (RetrievalTask task : retrievalTasks()) {
            System.err.printf("%s: %s (%d indexed, %d queries)%n", name, task.name(), task.indexed().size(),
                    task.queries().size());
            try (CandidateMatcher m = matchers.get()) {
                retrieval.add(RetrievalEvaluation.evaluate(m, task, threads));
            }
        }
        List<LabelledPair> cases = NameDatasets.nomenklaturaCases(SharedData.namesFile(NameDatasets.NOMENKLATURA_CASES));
        List<PairEvaluation.PairResult> pairs = new ArrayList<>();
        try (CandidateMatcher m = matchers.get()) {
            pairs.add(PairEvaluation.evaluate(m, cases, "nk_* Person",
                    p -> p.origin() == LabelledPair.Origin.HAND_CURATED && p.isPerson()));
            pairs.add(PairEvaluation.evaluate(m, cases, "nk_* all schemas",
                    p -> p.origin() == LabelledPair.Origin.HAND_CURATED));
            pairs.add(PairEvaluation.evaluate(m, cases, "llm (machine-generated) Person",
                    p -> p.origin() == LabelledPair.Origin.MACHINE_GENERATED && p.isPerson()));
            pairs.add(PairEvaluation.evaluate(m, cases, "llm (machine-generated) all schemas",
                    p -> p.origin() == LabelledPair.Origin.MACHINE_GENERATED));
            pairs.add(PairEvaluation.evaluate(m, cases, "other groups, all schemas",
                    p -> p.origin() == LabelledPair.Origin.OTHER));
        }
        return new AccuracyResult(name, description, threshold, retrieval, pairs);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
