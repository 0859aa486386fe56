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
                    (same ? "same gender: " : "different gender: ") + lower(q.gender().get()) + " / " + lower(c.gender().get())));
        }
        if (!q.nationalities().isEmpty() && !c.nationalities().isEmpty()) {
            Set<Country> common = new HashSet<>(q.nationalities());
            common.retainAll(c.nationalities());
            out.add(common.isEmpty()
                    ? new Evidence(Evidence.Kind.NATIONALITY, -0.05, "no nationality in common: " + q.nationalities() + " / " + c.nationalities())
                    : new Evidence(Evidence.Kind.NATIONALITY, 0.03, "nationality in common: " + common));
        }
        return out;
    }

    private static Evidence birthDate(BirthDate a, BirthDate b) {
        int years = Math.abs(a.year() - b.year());
        String both = a + " / " + b;
        if (years >= 2) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.25, "born " + years + " years apart: " + both);
        }
        if (years == 1) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.10, "born a year apart: " + both);
        }
        if (a.month().isPresent() && b.month().isPresent() && !a.month().equals(b.month())
                || a.day().isPresent() && b.day().isPresent() && !a.day().equals(b.day())) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, -0.08, "same year, another day: " + both);
        }
        if (a.isFull() && b.isFull()) {
            return new Evidence(Evidence.Kind.BIRTH_DATE, 0.06, "same date of birth: " + a);
        }
        return new Evidence(Evidence.Kind.BIRTH_DATE, 0.03, "same year of birth, as far as both are known: " + both);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
