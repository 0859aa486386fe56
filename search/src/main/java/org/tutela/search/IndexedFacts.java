package org.tutela.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.AnalysedName;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameAnalyser;
import org.tutela.core.names.NameInputException;
import org.tutela.core.names.NamePart;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.PersonName;

/**
 * What a search needs of an indexed person or entry, kept with it in one compact value whatever the backend (Lucene
 * doc values, a binary field in OpenSearch): the facts the matcher compares (names, birth date, gender, nationalities)
 * and what a hit shows (the registry's id, or the list, the entry's id, reference and address). A search reads them
 * for every candidate it rescores, so they are one value to decode, not fields to gather.
 *
 * @param id       the person's record id, or the entry's id in its list
 * @param list     the entry's list; empty for a registry person
 * @param analysed what the analyser made of the names when they were indexed (each part's word and role), so
 *                 that rescoring restores it instead of analysing the names again; empty for a document written
 *                 without it
 */
public record IndexedFacts(String id, String list, List<String> names, Optional<BirthDate> birthDate, Optional<Person.Gender> gender,
                           List<Country> nationalities, Optional<String> reference, Optional<String> sourceUrl, List<Analysis> analysed) {
    private static final Person.Gender[] GENDERS = Person.Gender.values();
    private static final NamePart.Role[] ROLES = NamePart.Role.values();
    private static final AnalysedName.Order[] ORDERS = AnalysedName.Order.values();

    /** One name as analysed: see {@link NameAnalyser#restore}. */
    public record Analysis(String original, List<String> words, List<NamePart.Role> roles, AnalysedName.Order order) {
        static Analysis of(AnalysedName n) {
            return new Analysis(n.original(), n.parts().stream().map(NamePart::text).toList(),
                    n.parts().stream().map(NamePart::role).toList(), n.order());
        }
    }

    public static IndexedFacts of(Person p, List<AnalysedName> analysed) {
        return new IndexedFacts(p.id().value(), "", p.names().stream().map(PersonName::full).toList(), p.birthDate().flatMap(BirthDate::from),
                p.gender(), p.everyNationality(), Optional.empty(), Optional.empty(), analysed.stream().map(Analysis::of).toList());
    }

    public static IndexedFacts of(WatchList.ListInfo list, ListEntry e, List<AnalysedName> analysed) {
        return new IndexedFacts(e.id(), list.id(), e.names(), e.birthDate(), e.gender(), e.nationalities(), e.reference(), e.sourceUrl(),
                analysed.stream().map(Analysis::of).toList());
    }

    /** The names as analysed: restored where the index kept the analysis, analysed again where not. */
    public List<AnalysedName> analysedNames(NameAnalyser analyser) {
        List<AnalysedName> out = new ArrayList<>(Math.max(1, analysed.size()));
        if (!analysed.isEmpty()) {
            for (Analysis a : analysed) {
                out.add(analyser.restore(a.original(), a.words(), a.roles(), a.order()));
            }
            return out;
        }
        for (String n : names) {
            try {
                out.addAll(analyser.analyseAll(n));
            } catch (NameInputException e) {
                // kept for display only
            }
        }
        return out;
    }

    /** The encoded facts, for a backend that keeps them as bytes. */
    public byte[] toBytes() {
        BytesRef b = encode();
        return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    /** Facts read back from {@link #toBytes()}. */
    public static IndexedFacts fromBytes(byte[] bytes) {
        try {
            return decode(new BytesRef(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the name index holds facts it cannot read (" + e.getMessage() + "); rebuild it", e);
        }
    }

    BytesRef encode() {
        // strings as the stored fields write them (UTF-8), so that both read back the same
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(id);
            out.writeString(list);
            out.writeVInt(names.size());
            for (String n : names) {
                out.writeString(n);
            }
            out.writeVInt(birthDate.map(BirthDate::year).orElse(0));
            out.writeByte((byte) (int) birthDate.flatMap(BirthDate::month).orElse(0));
            out.writeByte((byte) (int) birthDate.flatMap(BirthDate::day).orElse(0));
            out.writeByte((byte) (int) gender.map(g -> g.ordinal() + 1).orElse(0));
            out.writeVInt(nationalities.size());
            for (Country c : nationalities) {
                out.writeString(c.code());
            }
            optional(out, reference);
            optional(out, sourceUrl);
            out.writeVInt(analysed.size());
            for (Analysis a : analysed) {
                out.writeString(a.original());
                out.writeByte((byte) a.order().ordinal());
                out.writeVInt(a.words().size());
                for (int i = 0; i < a.words().size(); i++) {
                    out.writeString(a.words().get(i));
                    out.writeByte((byte) a.roles().get(i).ordinal());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static void optional(ByteBuffersDataOutput out, Optional<String> value) throws IOException {
        out.writeByte((byte) (value.isPresent() ? 1 : 0));
        if (value.isPresent()) {
            out.writeString(value.get());
        }
    }

    static IndexedFacts decode(BytesRef b) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String id = in.readString();
        String list = in.readString();
        int n = in.readVInt();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(in.readString());
        }
        int year = in.readVInt();
        int month = in.readByte();
        int day = in.readByte();
        Optional<BirthDate> birth = year == 0 ? Optional.empty() : Optional.of(new BirthDate(year,
                month == 0 ? Optional.empty() : Optional.of(month), day == 0 ? Optional.empty() : Optional.of(day)));
        int g = in.readByte();
        Optional<Person.Gender> gender = g == 0 ? Optional.empty() : Optional.of(GENDERS[g - 1]);
        int c = in.readVInt();
        List<Country> nationalities = new ArrayList<>(c);
        for (int i = 0; i < c; i++) {
            nationalities.add(Country.of(in.readString()));
        }
        Optional<String> reference = in.readByte() == 1 ? Optional.of(in.readString()) : Optional.empty();
        Optional<String> sourceUrl = in.readByte() == 1 ? Optional.of(in.readString()) : Optional.empty();
        int a = in.eof() ? 0 : in.readVInt();
        List<Analysis> analysed = new ArrayList<>(a);
        for (int i = 0; i < a; i++) {
            String original = in.readString();
            AnalysedName.Order order = ORDERS[in.readByte()];
            int parts = in.readVInt();
            List<String> words = new ArrayList<>(parts);
            List<NamePart.Role> roles = new ArrayList<>(parts);
            for (int k = 0; k < parts; k++) {
                words.add(in.readString());
                roles.add(ROLES[in.readByte()]);
            }
            analysed.add(new Analysis(original, words, roles, order));
        }
        return new IndexedFacts(id, list, names, birth, gender, nationalities, reference, sourceUrl, analysed);
    }
}
