package org.tutela.core.names;

import org.tutela.core.registry.Country;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What birth date, gender and nationality add to or take from a name's score, each with its reason. */
final class PersonEvidence {
    private PersonEvidence() {
    }

    static List<Evidence> of(MatchSubject q, MatchSubject c) {
        List<Evidence> out = new ArrayList<>();
        if (q.birthDate().isPresent() && c.birthDate().isPresent()) {
            out.add(birthDate(q.birthDate().get(), c.birthDate().get()));
        }
        if (q.gender().isPresent() && c.gender().isPresent()) {
            boolean same = q.gender().get() == c.gender().get();
            out.add(new Evidence(Evidence.Kind.GENDER, same ? 0.02 : -0.15,
                    (same ? "same gender: " : "different gender: ") + lower(q.gender().get()) + " / " + lower(c.gender().get()),
                    same ? Evidence.Reading.SAME_GENDER : Evidence.Reading.DIFFERENT_GENDER, List.of()));
        }
        if (!q.nationalities().isEmpty() && !c.nationalities().isEmpty()) {
            Set<Country> common = new HashSet<>(q.nationalities());
            common.retainAll(c.nationalities());
            out.add(common.isEmpty()
                    ? new Evidence(Evidence.Kind.NATIONALITY, -0.05, "no nationality in common: " + q.nationalities() + " / " + c.nationalities(),
                            Evidence.Reading.NO_NATIONALITY_IN_COMMON, List.of(codes(q.nationalities()), codes(c.nationalities())))
                    : new Evidence(Evidence.Kind.NATIONALITY, 0.03, "nationality in common: " + common,
                            Evidence.Reading.NATIONALITY_IN_COMMON, List.of(codes(common))));
        }
        return out;
    }

    private static Evidence birthDate(BirthDate a, BirthDate b) {
        int years = Math.abs(a.year() - b.year());
        String both = a + " / " + b;
        if (years >= 2) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.25, "born " + years + " years apart: " + both,
                    Evidence.Reading.BORN_YEARS_APART, List.of(String.valueOf(years), a.toString(), b.toString()));
        }
        if (years == 1) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.10, "born a year apart: " + both,
                    Evidence.Reading.BORN_A_YEAR_APART, List.of(a.toString(), b.toString()));
        }
        if (a.month().isPresent() && b.month().isPresent() && !a.month().equals(b.month())
                || a.day().isPresent() && b.day().isPresent() && !a.day().equals(b.day())) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.08, "same year, another day: " + both,
                    Evidence.Reading.SAME_YEAR_ANOTHER_DAY, List.of(a.toString(), b.toString()));
        }
        if (a.isFull() && b.isFull()) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, 0.06, "same date of birth: " + a,
                    Evidence.Reading.SAME_DATE, List.of(a.toString()));
        }
        return new Evidence(Evidence.Kind.BIRTH_DATE, 0.03, "same year of birth, as far as both are known: " + both,
                Evidence.Reading.SAME_YEAR, List.of(a.toString(), b.toString()));
    }

    /** Country codes in a stable order, as data ("KZ, RU"). */
    private static String codes(Set<Country> states) {
        return states.stream().map(Country::code).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
