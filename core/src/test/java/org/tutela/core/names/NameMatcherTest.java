package org.tutela.core.names;

import org.junit.jupiter.api.Test;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Person;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of variant, with invented names. */
class NameMatcherTest {
    private final NameMatcher matcher = NameMatcher.standard();

    private static List<PartMatch.Kind> kinds(NameMatch m) {
        return m.parts().stream().map(PartMatch::kind).toList();
    }

    @Test
    void sameNameScoresOne() {
        NameMatch m = matcher.compare("Oksana Hrynko", "OKSANA HRYNKO");
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(kinds(m)).containsOnly(PartMatch.Kind.EXACT);
        assertThat(m.orderSwapped()).isFalse();
    }

    @Test
    void crossScriptTransliterationIsNamedWithItsSystem() {
        NameMatch m = matcher.compare("Щербакова Алевтина", "Shcherbakova Alevtina");
        assertThat(m.isMatch()).isTrue();
        assertThat(kinds(m)).containsOnly(PartMatch.Kind.TRANSLITERATION);
        assertThat(m.parts().get(0).detail()).contains("shcherbakova");
    }

    @Test
    void passportSpellingsOfOneNameMatch() {
        // ICAO (iu, ia), MVD 782 (yu, ya) and a habitual spelling of the same invented person
        assertThat(matcher.compare("Iuliia Zhdanovskaia", "Yuliya Zhdanovskaya").isMatch()).isTrue();
        assertThat(matcher.compare("Юлия Ждановская", "Yulia Zhdanovskaya").isMatch()).isTrue();
        assertThat(kinds(matcher.compare("Iuliia Zhdanovskaia", "Yuliya Zhdanovskaya"))).containsOnly(PartMatch.Kind.SPELLING_VARIANT);
    }

    @Test
    void reversedOrderIsNamedAndBarelyCosts() {
        NameMatch m = matcher.compare("Hrynko Oksana", "Oksana Hrynko");
        assertThat(m.orderSwapped()).isTrue();
        assertThat(m.score()).isGreaterThan(0.95).isLessThan(1.0);
        assertThat(m.explain()).contains("ORDER_SWAPPED");
    }

    @Test
    void missingPatronymicIsNamedAndCostsLittle() {
        NameMatch m = matcher.compare("Тимур Ренатович Сагитов", "Timur Sagitov");
        assertThat(kinds(m)).contains(PartMatch.Kind.PATRONYMIC_MISSING);
        assertThat(m.isMatch()).isTrue();
        NameMatch both = matcher.compare("Тимур Ренатович Сагитов", "Timur Renatovich Sagitov");
        assertThat(both.score()).isGreaterThan(m.score());
    }

    @Test
    void russianDiminutiveIsNamed() {
        NameMatch m = matcher.compare("Sasha Voronkov", "Aleksandr Voronkov");
        assertThat(kinds(m)).contains(PartMatch.Kind.DIMINUTIVE);
        assertThat(m.isMatch()).isTrue();
        assertThat(m.parts().get(0).detail()).contains("ru-diminutives.txt");
    }

    @Test
    void kazakhDiminutiveIsNamed() {
        NameMatch m = matcher.compare("Gulya Temirbekova", "Гульнара Темирбекова");
        assertThat(kinds(m)).contains(PartMatch.Kind.DIMINUTIVE);
        assertThat(m.isMatch()).isTrue();
    }

    @Test
    void ukrainianAndRussianFormsAreEquivalent() {
        NameMatch m = matcher.compare("Олександр Стецюк", "Александр Стецюк");
        assertThat(kinds(m)).containsExactly(PartMatch.Kind.EQUIVALENT, PartMatch.Kind.EXACT);
        assertThat(matcher.compare("Oleksandr Stetsiuk", "Aleksandr Stetsyuk").isMatch()).isTrue();
    }

    @Test
    void typoIsNamedWithTheNumberOfEdits() {
        NameMatch m = matcher.compare("Oksana Hyrnko", "Oksana Hrynko");
        assertThat(kinds(m)).contains(PartMatch.Kind.TYPO);
        assertThat(m.parts().stream().filter(p -> p.kind() == PartMatch.Kind.TYPO).findFirst().orElseThrow().detail())
                .contains("1 letter");
        assertThat(m.isMatch()).isTrue();
    }

    @Test
    void initialStandsForAName() {
        NameMatch m = matcher.compare("O. Hrynko", "Oksana Hrynko");
        assertThat(kinds(m)).contains(PartMatch.Kind.INITIAL);
        assertThat(matcher.compare("T. Hrynko", "Oksana Hrynko").score()).isLessThan(m.score());
    }

    @Test
    void differentPeopleScoreLow() {
        assertThat(matcher.compare("Oksana Hrynko", "Pavlo Demchuk").score()).isLessThan(0.3);
        assertThat(matcher.compare("Ivan Petrov", "Petr Ivanov").isMatch()).isFalse();
        // same surname, another given name: not the same person by name alone
        NameMatch namesake = matcher.compare("Oksana Hrynko", "Larysa Hrynko");
        assertThat(namesake.isMatch()).isFalse();
        assertThat(kinds(namesake)).contains(PartMatch.Kind.MISSING_IN_CANDIDATE, PartMatch.Kind.NOT_IN_QUERY);
    }

    @Test
    void shortNamesGetNoTypoAllowance() {
        assertThat(matcher.compare("Ivan Koval", "Igor Koval").isMatch()).isFalse();
    }

    @Test
    void surnameAloneFindsItsBearerAsAWeakerLead() {
        NameMatch m = matcher.compare("СТЕЦЮК", "Oleksandr Stetsiuk");
        assertThat(m.score()).isBetween(0.6, NameMatcher.DEFAULT_THRESHOLD);
        assertThat(kinds(m)).contains(PartMatch.Kind.NOT_IN_QUERY);
    }

    @Test
    void evidenceSupportsOrContradictsWithItsAmount() {
        MatchSubject query = new MatchSubject(List.of("Oksana Hrynko"), Optional.of(BirthDate.parse("1979-03-14")),
                Optional.of(Person.Gender.FEMALE), Set.of(Country.of("UA")));
        MatchSubject same = new MatchSubject(List.of("Hrynko Oksana"), Optional.of(BirthDate.parse("14.03.1979")),
                Optional.of(Person.Gender.FEMALE), Set.of(Country.of("UA")));
        MatchSubject other = new MatchSubject(List.of("Oksana Hrynko"), Optional.of(BirthDate.parse("1961")),
                Optional.of(Person.Gender.MALE), Set.of(Country.of("PL")));
        NameMatch supported = matcher.compare(query, same);
        NameMatch contradicted = matcher.compare(query, other);
        assertThat(supported.evidence()).extracting(Evidence::kind)
                .containsExactly(Evidence.Kind.BIRTH_DATE, Evidence.Kind.GENDER, Evidence.Kind.NATIONALITY);
        assertThat(supported.evidence()).allMatch(Evidence::supports);
        assertThat(contradicted.evidence()).noneMatch(Evidence::supports);
        assertThat(contradicted.evidence().get(0).detail()).contains("18 years apart");
        assertThat(supported.score()).isEqualTo(1.0);
        assertThat(contradicted.nameScore()).isEqualTo(1.0);
        assertThat(contradicted.score()).isCloseTo(1.0 - 0.25 - 0.15 - 0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(contradicted.isMatch()).isFalse();
    }

    @Test
    void partialBirthDatesAreWeakerSupport() {
        MatchSubject q = new MatchSubject(List.of("Oksana Hrynko"), Optional.of(BirthDate.ofYear(1979)), Optional.empty(), Set.of());
        MatchSubject c = new MatchSubject(List.of("Oksana Hrynko"), Optional.of(BirthDate.parse("1979-03-14")), Optional.empty(), Set.of());
        Evidence e = matcher.compare(q, c).evidence().get(0);
        assertThat(e.effect()).isPositive().isLessThan(0.06);
    }

    @Test
    void bestNamePairOfTwoPersonsIsReported() {
        MatchSubject q = MatchSubject.of("Стецюк Олександр");
        MatchSubject c = MatchSubject.of("Pavlo Demchuk", "Oleksandr Stetsiuk");
        NameMatch m = matcher.compare(q, c);
        assertThat(m.candidateName()).isEqualTo("Oleksandr Stetsiuk");
        assertThat(m.isMatch()).isTrue();
    }

    @Test
    void explanationNamesEveryPart() {
        String text = matcher.compare("Sasha Voronkov Ivanovich", "Voronkov Aleksandr").explain();
        assertThat(text).contains("DIMINUTIVE").contains("EXACT").contains("PATRONYMIC_MISSING").contains("ORDER_SWAPPED");
    }

    @Test
    void scoresStayInRange() {
        for (String[] p : new String[][]{{"A", "B"}, {"Q", "Q"}, {"Ivan", "Ivan Ivanovich Ivanov Ivanov"}, {"حسين موسوی", "Hossein Mousavi"}}) {
            double s = matcher.compare(p[0], p[1]).score();
            assertThat(s).isBetween(0.0, 1.0);
        }
    }

    @Test
    void badNamesAreClearErrors() {
        assertThatThrownBy(() -> matcher.compare("", "Ivan")).isInstanceOf(NameInputException.class);
        assertThatThrownBy(() -> matcher.compare("Ivan", "x".repeat(10_000))).isInstanceOf(NameInputException.class);
        // a candidate with one unusable name among usable ones still matches by the others
        MatchSubject c = MatchSubject.of("x".repeat(400), "Ivan Koval");
        assertThat(matcher.compare(MatchSubject.of("Ivan Koval"), c).isMatch()).isTrue();
    }

    @Test
    void belarusianAndRussianFormsMatch() {
        NameMatch m = matcher.compare("Siarhei Mikalaevich KAVALIOU", "Сергей Николаевич Ковалёв");
        assertThat(m.isMatch()).isTrue();
        assertThat(kinds(m)).contains(PartMatch.Kind.EQUIVALENT);
        assertThat(matcher.compare("Aliaksandr HRYTSANKA", "Alexander GRITSENKO").score())
                .isGreaterThan(matcher.compare("Aliaksandr HRYTSANKA", "Alexander GRITSKEVICH").score());
    }

    @Test
    void titlesAreDroppedAndParticlesWeighLittle() {
        assertThat(matcher.compare("Dr. Pavlo Demchuk", "Pavlo Demchuk").score()).isEqualTo(1.0);
        assertThat(matcher.compare("Mr", "Mr").score()).isEqualTo(1.0);
        assertThat(matcher.compare("Yusuf bin Tarik", "Yusuf Tarik").isMatch()).isTrue();
    }

    @Test
    void aRecordWithMoreGivenNamesStillMatches() {
        assertThat(matcher.compare("Maria Kowalska", "Anna Maria Teresa Kowalska").isMatch()).isTrue();
    }

    @Test
    void slashSeparatedNamesAreAlternatives() {
        MatchSubject q = MatchSubject.of("Pavlo Demchuk");
        MatchSubject c = MatchSubject.of("Павел Демчук / Павло Демчук");
        NameMatch m = matcher.compare(q, c);
        assertThat(m.candidateName()).isEqualTo("Павло Демчук");
        assertThat(m.isMatch()).isTrue();
    }

    @Test
    void differentPatronymicsTellNamesakesApart() {
        NameMatch m = matcher.compare("Тимур Ренатович Сагитов", "Тимур Ильдарович Сагитов");
        assertThat(kinds(m)).contains(PartMatch.Kind.PATRONYMIC_DIFFERENT);
        assertThat(m.isMatch()).isFalse();
    }

    @Test
    void surnamesEndingLikePatronymicsAreSurnames() {
        AnalysedName n = matcher.analyser().analyse("Pavel Sergeevich KOSTEVICH");
        assertThat(n.parts()).extracting(NamePart::role)
                .containsExactly(NamePart.Role.GIVEN, NamePart.Role.PATRONYMIC, NamePart.Role.SURNAME);
        assertThat(matcher.analyser().analyse("Pavel Kostevich").parts()).extracting(NamePart::role)
                .doesNotContain(NamePart.Role.PATRONYMIC);
        assertThat(matcher.compare("Pavel Sergeevich KOSTEVICH", "Pavel Sergeevich KARPOV").isMatch()).isFalse();
    }

    @Test
    void patronymicsOfEquivalentGivenNamesAreEquivalent() {
        NameMatch m = matcher.compare("Dzianis Uladzimiravich KAVALIOU", "Денис Владимирович Ковалёв");
        assertThat(m.parts()).filteredOn(p -> p.role() == NamePart.Role.PATRONYMIC).extracting(PartMatch::kind)
                .containsExactly(PartMatch.Kind.EQUIVALENT);
        assertThat(m.isMatch()).isTrue();
    }
}
