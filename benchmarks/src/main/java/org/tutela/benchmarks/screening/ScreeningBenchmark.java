package org.tutela.benchmarks.screening;

import org.tutela.core.registry.ApproximateDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tutela.core.registry.Charge;
import org.tutela.core.registry.Citation;
import org.tutela.core.registry.CooperationRequest;
import org.tutela.core.registry.CooperationRequest.Attachment;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;
import org.tutela.core.registry.Provenance;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.RecordSet;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.core.registry.Source;
import org.tutela.core.screening.Screening;
import org.tutela.core.screening.ScreeningReport;
import org.tutela.core.screening.testimony.SimilarStatements;
import org.tutela.core.screening.testimony.TestimonyComparison;

/**
 * Speed of the screening: comparing the wording of every pair of attached statements (about 250 words a
 * page, so 40 statements of 2,500 words are some 400 pages), and screening a request against a registry
 * of many persons and statements. Run: {@code java -jar benchmarks/target/benchmarks.jar ScreeningBenchmark}
 * or through the JMH runner of this module.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ScreeningBenchmark {
    @Param({"10", "40"})
    int statements;

    List<Attachment> attachments;
    CooperationRequest request;
    RecordSet registry;
    final Screening screening = Screening.standard();
    final TestimonyComparison comparison = new TestimonyComparison(5, 0.5, 25);

    @Setup
    public void setUp() {
        Random random = new Random(7);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            vocabulary.add("w" + Integer.toString(i, 36));
        }
        attachments = new ArrayList<>();
        for (int d = 0; d < statements; d++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 19_000) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            attachments.add(new Attachment("statement-" + d, Attachment.Kind.INTERROGATION_RECORD, Optional.of("witness " + d),
                    text.toString()));
        }
        RecordId source = RecordId.of("source-bench");
        List<RegistryRecord> records = new ArrayList<>();
        records.add(new Source(source, "Benchmark source", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Source.Type.OTHER, Source.Reliability.CANNOT_BE_JUDGED, Optional.empty(), Provenance.none()));
        for (int p = 0; p < 20_000; p++) {
            records.add(new Person(RecordId.of("person-" + p), List.of(PersonName.of("Given" + p, "Surname" + p, PersonName.Kind.PRIMARY)),
                    Optional.empty(), Optional.empty(), List.of(Country.of("BY")), List.of(Country.of("LT")), java.util.Set.of(),
                    Optional.empty(), Provenance.of(Citation.of(source))));
        }
        registry = RecordSet.of(records);
        request = new CooperationRequest(RecordId.of("request-bench"), CooperationRequest.Type.MLA, Country.of("BY"), Country.of("LT"),
                Optional.of(ApproximateDate.on(2021, 3, 1)), List.of("B-1"), Optional.empty(), Optional.empty(),
                List.of(new CooperationRequest.NamedPerson("Given1 Surname1", Optional.of(RecordId.of("person-1")),
                        CooperationRequest.NamedPerson.Role.TARGET, Optional.empty())),
                List.of(Charge.of("fraud", Charge.Category.FRAUD)), List.of("facts"), List.of(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), attachments, Provenance.of(Citation.of(source)));
    }

    @Benchmark
    public List<SimilarStatements> compareStatements() {
        return comparison.similarStatements(attachments);
    }

    @Benchmark
    public ScreeningReport screenRequestWithStatements() {
        return screening.screen(request, registry, LocalDate.of(2021, 6, 1));
    }
}
