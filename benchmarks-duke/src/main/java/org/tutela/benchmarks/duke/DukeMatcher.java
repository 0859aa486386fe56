package org.tutela.benchmarks.duke;

import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.ChainedCleaner;
import no.priv.garshol.duke.cleaners.FamilyCommaGivenCleaner;
import no.priv.garshol.duke.cleaners.PersonNameCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.PersonNameComparator;
import no.priv.garshol.duke.databases.LuceneDatabase;
import org.tutela.benchmarks.matching.BenchName;
import org.tutela.benchmarks.matching.Candidate;
import org.tutela.benchmarks.matching.CandidateMatcher;
import org.tutela.benchmarks.matching.Matchers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Duke 1.2 record-linkage engine configured for person-name linkage, as its documentation describes a
 * configuration: one record per name spelling with properties
 * <ul>
 *   <li>NAME: cleaned by FamilyCommaGivenCleaner ("SURNAME, Given" to "Given SURNAME") then PersonNameCleaner (lower
 *       case, accents removed, nicknames mapped), compared with Duke's PersonNameComparator (token-wise Levenshtein,
 *       initials, reversed two-token names), low 0.09 / high 0.93, and the only lookup property;</li>
 *   <li>BIRTHYEAR, NATIONALITY, GENDER: exact comparison as supporting or contradicting evidence, not looked up
 *       (low/high 0.3/0.6, 0.4/0.55, 0.2/0.55);</li>
 *   <li>candidate retrieval by Duke's own LuceneDatabase (in-memory Lucene 4 index, StandardAnalyzer, OR of the
 *       name's tokens), at most {@value #MAX_SEARCH_HITS} candidates per query, each scored by
 *       {@link Processor#compare}; threshold {@value #THRESHOLD}.</li>
 * </ul>
 * The values are Duke's usual ones for names chosen once, a priori; nothing is tuned on the benchmark data. Duke has
 * no transliteration, and is given none.
 */
public final class DukeMatcher implements CandidateMatcher {

    /**
     * Duke's LuceneDatabase asks Lucene for 100 hits and multiplies by five while the page is full, stopping only
     * when the page equals this cap exactly; any other value (such as 200) would fetch every matching document. 500
     * is the second step of that ladder.
     */
    static final int MAX_SEARCH_HITS = 500;
    static final double THRESHOLD = 0.8;

    private static final String ID = "ID";
    private static final String NAME = "NAME";
    private static final String BIRTHYEAR = "BIRTHYEAR";
    private static final String NATIONALITY = "NATIONALITY";
    private static final String GENDER = "GENDER";

    private final ConfigurationImpl config = new ConfigurationImpl();
    private final LuceneDatabase database = new LuceneDatabase();
    private final Processor processor;
    private final ThreadLocal<Cleaner> nameCleaner = ThreadLocal.withInitial(
            () -> new ChainedCleaner(new Cleaner[]{new FamilyCommaGivenCleaner(), new PersonNameCleaner()}));
    private final Map<String, BenchName> indexed = new HashMap<>();

    public DukeMatcher() {
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl(ID));
        PropertyImpl name = new PropertyImpl(NAME, new PersonNameComparator(), 0.09, 0.93);
        name.setLookupBehaviour(Property.Lookup.TRUE);
        properties.add(name);
        properties.add(evidence(BIRTHYEAR, 0.3, 0.6));
        properties.add(evidence(NATIONALITY, 0.4, 0.55));
        properties.add(evidence(GENDER, 0.2, 0.55));
        config.setProperties(properties);
        config.setThreshold(THRESHOLD);
        config.setMaybeThreshold(0.0);
        database.setConfiguration(config);
        database.setOverwrite(true);
        database.setMaxSearchHits(MAX_SEARCH_HITS);
        config.setDatabase(database);
        processor = new Processor(config, database);
    }

    private static PropertyImpl evidence(String property, double low, double high) {
        PropertyImpl p = new PropertyImpl(property, new ExactComparator(), low, high);
        p.setLookupBehaviour(Property.Lookup.FALSE);
        return p;
    }

    @Override
    public String name() {
        return Matchers.DUKE;
    }

    @Override
    public String description() {
        return "Duke 1.2 (Lucene 4.0.0, own JVM): NAME with FamilyCommaGivenCleaner+PersonNameCleaner and "
                + "PersonNameComparator (0.09/0.93), BIRTHYEAR/NATIONALITY/GENDER exact; LuceneDatabase candidates "
                + "(max " + MAX_SEARCH_HITS + " hits) scored by Processor.compare; threshold " + THRESHOLD;
    }

    private Record record(String id, String nameText, Optional<String> birthYear, Optional<String> nationality,
                          Optional<String> gender) {
        RecordImpl r = new RecordImpl();
        r.addValue(ID, id);
        String cleaned = nameCleaner.get().clean(nameText);
        if (cleaned != null && !cleaned.isEmpty()) {
            r.addValue(NAME, cleaned);
        }
        birthYear.ifPresent(v -> r.addValue(BIRTHYEAR, v));
        nationality.ifPresent(v -> r.addValue(NATIONALITY, v));
        gender.ifPresent(v -> r.addValue(GENDER, v));
        return r;
    }

    private Record record(BenchName n) {
        return record(n.id(), n.text(), n.birthYear(), n.nationality(), n.gender());
    }

    @Override
    public void index(List<BenchName> names) {
        for (BenchName n : names) {
            indexed.put(n.id(), n);
            database.index(record(n));
        }
        database.commit();
    }

    @Override
    public List<Candidate> query(BenchName query, int k) {
        Record q = record("query:" + query.id(), query.text(), query.birthYear(), query.nationality(), query.gender());
        if (q.getValues(NAME) == null || q.getValues(NAME).isEmpty()) {
            return List.of();
        }
        Collection<Record> found = database.findCandidateMatches(q);
        List<Candidate> scored = new ArrayList<>(found.size());
        for (Record r : found) {
            BenchName n = indexed.get(r.getValue(ID));
            if (n != null) {
                scored.add(new Candidate(n.id(), n.entityId(), processor.compare(q, r)));
            }
        }
        scored.sort((x, y) -> Double.compare(y.score(), x.score()));
        return scored.size() > k ? List.copyOf(scored.subList(0, k)) : scored;
    }

    @Override
    public double score(String a, String b) {
        Record ra = record("a", a, Optional.empty(), Optional.empty(), Optional.empty());
        Record rb = record("b", b, Optional.empty(), Optional.empty(), Optional.empty());
        if (ra.getValues(NAME).isEmpty() || rb.getValues(NAME).isEmpty()) {
            return 0.0;
        }
        return processor.compare(ra, rb);
    }

    @Override
    public double defaultThreshold() {
        return THRESHOLD;
    }

    @Override
    public void close() {
        database.close();
    }
}
