package org.tutela.benchmarks.accuracy;

import org.tutela.benchmarks.kinds.PairKind;
import org.tutela.benchmarks.kinds.PairKinds;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.Candidate;
import org.tutela.benchmarks.matching.CandidateMatcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link RetrievalTask} through a matcher and computes, over all queries that have at least one other name
 * of their entity in the index:
 * <ul>
 *   <li><b>recall@1</b>: share of queries whose best candidate (the query's own indexed record excluded) is a name
 *       of the same entity; <b>recall@10</b>: the same within the best ten;</li>
 *   <li><b>precision at the threshold</b>: of all candidates in the best ten of every query that score at or above
 *       the matcher's default threshold (its "alerts"), the share that belong to the query's entity;</li>
 *   <li><b>pair recall at the threshold</b>: of all (query, same-entity name) pairs, the share whose target is an
 *       alert of the query; <b>pair F1</b> = harmonic mean of that and the precision.</li>
 * </ul>
 * By kind ({@link PairKinds}): a query counts for kind K when at least one of its targets differs from it by K.
 * Recall@k for K is computed on the candidate list with the entity's names of other kinds taken out (so that an
 * easier spelling ranked first does not hide whether the K-spelling was found); precision for K counts only alerts
 * whose pair with the query is of kind K (kinds are computed from the two strings alone, for wrong candidates
 * too); pair recall for K counts only the K-targets.
 */
public final class RetrievalEvaluation {

    public static final int K = 10;

    private RetrievalEvaluation() {
    }

    public static RetrievalResult evaluate(CandidateMatcher matcher, RetrievalTask task, int threads) {
        long start = System.nanoTime();
        matcher.index(task.indexed());
        Map<String, BenchName> byId = new HashMap<>();
        Map<String, List<BenchName>> byEntity = new HashMap<>();
        for (BenchName n : task.indexed()) {
            byId.put(n.id(), n);
            byEntity.computeIfAbsent(n.entityId(), e -> new ArrayList<>()).add(n);
        }
        double threshold = matcher.defaultThreshold();
        Accumulator total = new Accumulator();
        ThreadLocal<PairKinds> kinds = ThreadLocal.withInitial(PairKinds::new);
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> task.queries().parallelStream().forEach(q -> {
                Accumulator one = evaluateQuery(matcher, q, byId, byEntity, threshold, kinds.get());
                synchronized (total) {
                    total.add(one);
                }
                int n = done.incrementAndGet();
                if (n % 1000 == 0) {
                    System.err.printf("  %s/%s: %d/%d queries%n", matcher.name(), task.name(), n, task.queries().size());
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation of " + matcher.name() + " on " + task.name() + " failed: "
                    + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return total.result(task, threshold, seconds);
    }

    static Accumulator evaluateQuery(CandidateMatcher matcher, BenchName q, Map<String, BenchName> byId,
                                     Map<String, List<BenchName>> byEntity, double threshold, PairKinds classifier) {
        Accumulator acc = new Accumulator();
        List<BenchName> targets = new ArrayList<>();
        for (BenchName n : byEntity.getOrDefault(q.entityId(), List.of())) {
            if (!n.id().equals(q.id())) {
                targets.add(n);
            }
        }
        if (targets.isEmpty()) {
            return acc;
        }
        Map<String, Set<PairKind>> targetKinds = new HashMap<>();
        for (BenchName t : targets) {
            targetKinds.put(t.id(), classifier.classify(q.text(), t.text()));
        }
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : matcher.query(q, K + targets.size() + 1)) {
            if (!c.nameId().equals(q.id())) {
                ranked.add(c);
            }
        }
        List<Candidate> top = ranked.subList(0, Math.min(K, ranked.size()));
        acc.queries++;
        if (!top.isEmpty() && top.get(0).entityId().equals(q.entityId())) {
            acc.recall1++;
        }
        if (top.stream().anyMatch(c -> c.entityId().equals(q.entityId()))) {
            acc.recall10++;
        }
        Set<String> alertedTargets = new HashSet<>();
        for (Candidate c : top) {
            if (c.score() < threshold) {
                continue;
            }
            boolean correct = c.entityId().equals(q.entityId());
            acc.alerts++;
            if (correct) {
                acc.correctAlerts++;
                alertedTargets.add(c.nameId());
            }
            BenchName named = byId.get(c.nameId());
            Set<PairKind> ks = correct && targetKinds.containsKey(c.nameId()) ? targetKinds.get(c.nameId())
                    : named == null ? Set.of(PairKind.OTHER) : classifier.classify(q.text(), named.text());
            for (PairKind k : ks) {
                KindCounts kc = acc.kind(k);
                kc.alerts++;
                if (correct) {
                    kc.correctAlerts++;
                }
            }
        }
        acc.targets += targets.size();
        acc.alertedTargets += alertedTargets.size();
        for (PairKind k : PairKind.values()) {
            Set<String> kTargets = new HashSet<>();
            for (BenchName t : targets) {
                if (targetKinds.get(t.id()).contains(k)) {
                    kTargets.add(t.id());
                }
            }
            if (kTargets.isEmpty()) {
                continue;
            }
            KindCounts kc = acc.kind(k);
            kc.queries++;
            List<Candidate> filtered = new ArrayList<>();
            for (Candidate c : ranked) {
                boolean sameEntity = c.entityId().equals(q.entityId());
                if (!sameEntity || kTargets.contains(c.nameId())) {
                    filtered.add(c);
                }
                if (filtered.size() == K) {
                    break;
                }
            }
            if (!filtered.isEmpty() && kTargets.contains(filtered.get(0).nameId())) {
                kc.recall1++;
            }
            if (filtered.stream().anyMatch(c -> kTargets.contains(c.nameId()))) {
                kc.recall10++;
            }
            kc.targets += kTargets.size();
            kc.alertedTargets += (int) kTargets.stream().filter(alertedTargets::contains).count();
        }
        return acc;
    }

    static class KindCounts {
        long queries;
        long recall1;
        long recall10;
        long alerts;
        long correctAlerts;
        long targets;
        long alertedTargets;

        void add(KindCounts o) {
            queries += o.queries;
            recall1 += o.recall1;
            recall10 += o.recall10;
            alerts += o.alerts;
            correctAlerts += o.correctAlerts;
            targets += o.targets;
            alertedTargets += o.alertedTargets;
        }
    }

    static final class Accumulator extends KindCounts {
        final Map<PairKind, KindCounts> byKind = new EnumMap<>(PairKind.class);

        KindCounts kind(PairKind k) {
            return byKind.computeIfAbsent(k, x -> new KindCounts());
        }

        void add(Accumulator o) {
            super.add(o);
            o.byKind.forEach((k, v) -> kind(k).add(v));
        }

        RetrievalResult result(RetrievalTask task, double threshold, double seconds) {
            Map<String, RetrievalResult.KindResult> kinds = new LinkedHashMap<>();
            for (PairKind k : PairKind.values()) {
                KindCounts c = byKind.get(k);
                if (c != null) {
                    kinds.put(k.name(), new RetrievalResult.KindResult(k.label(), new Ratio(c.recall1, c.queries),
                            new Ratio(c.recall10, c.queries), new Ratio(c.correctAlerts, c.alerts),
                            new Ratio(c.alertedTargets, c.targets)));
                }
            }
            Ratio precision = new Ratio(correctAlerts, alerts);
            Ratio pairRecall = new Ratio(alertedTargets, targets);
            return new RetrievalResult(task.name(), task.indexed().size(), (int) queries, threshold,
                    new Ratio(recall1, queries), new Ratio(recall10, queries), precision, pairRecall,
                    Ratio.f1(precision.value(), pairRecall.value()), kinds, seconds);
        }
    }
}
