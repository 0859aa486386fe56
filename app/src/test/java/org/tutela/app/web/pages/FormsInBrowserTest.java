package org.tutela.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.app.web.pages.Browser.Field.chosen;
import static org.tutela.app.web.pages.Browser.Field.pasted;
import static org.tutela.app.web.pages.Browser.Field.ticked;
import static org.tutela.app.web.pages.Browser.Field.typed;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tutela.core.registry.Incident;
import org.tutela.core.registry.Organisation;
import org.tutela.core.registry.ApproximateDate;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.Held;
import org.tutela.core.registry.Person;
import org.tutela.core.registry.RecordId;
import org.tutela.core.registry.Source;

/**
 * A documenter records an incident entirely through the pages, with a victim, a perpetrator and a source that are
 * not yet in the registry, written on the incident's own form and saved with it; then finds them on the record
 * pages. A first submission with mistakes saves nothing and says what is wrong beside each field.
 */
class FormsInBrowserTest extends DocumenterInBrowser {

    @Test
    void anIncidentWithANewVictimPerpetratorAndSourceCreatedOnTheWay() {
        long before = records();
        browser.go("/");
        browser.find("details.menu > summary").click();
        browser.driver.findElement(By.linkText("an incident")).click();
        assertThat(browser.text("h1")).isEqualTo("Record an incident");

        browser.fill(chosen("tactic", "PHYSICAL_SURVEILLANCE"), pasted("date", "2024-02-10"), typed("perpetratorState", "KZ"),
                typed("hostState", "BE"));
        // an existing person, found by typing part of her name
        String existing = browser.pickBySearch("targets", "Jardem", "Botagoz Jardemalie");
        assertThat(existing).isEqualTo("person-csgj5chf4d");
        assertThat(browser.all("input[type=checkbox][name='targets']:checked")).hasSize(1);

        browser.fill(typed("newVictimName", "Aigerim Testova"), typed("newVictimNativeName", "Айгерим Тестова"),
                pasted("newVictimBirthDate", "2999-01-01"), typed("newVictimNationality", "KZ"),
                chosen("newPerpetratorKind", "ORGANISATION"), typed("newPerpetratorName", "Invented Watchers Ltd"),
                typed("newPerpetratorState", "GB"), chosen("newPerpetratorType", "PRIVATE_INTELLIGENCE_FIRM"),
                typed("newSourceTitle", "Invented report on the surveillance of exiles"),
                typed("newSourcePublisher", "An invented NGO"), chosen("newSourceType", "NGO_REPORT"),
                typed("newSourceUrl", "https://example.org/invented-report"),
                typed("passage", "followed from her home to her office"));
        browser.screenshot("incident-inline-filled");
        browser.submit();

        // no summary, and a birth date in the future: nothing of the five records is saved
        assertThat(browser.text("#form-problems")).contains("nothing was saved");
        assertThat(browser.errorBeside("summary")).contains("required");
        assertThat(browser.errorBeside("newVictimBirthDate")).contains("future");
        assertThat(records()).isEqualTo(before);
        assertThat(browser.find("[name='newPerpetratorName']").getAttribute("value")).isEqualTo("Invented Watchers Ltd");
        assertThat(browser.all("input[type=checkbox][name='targets']:checked")).extracting(e -> e.getAttribute("value"))
                .containsExactly("person-csgj5chf4d");
        browser.screenshot("incident-inline-refused");

        browser.type("summary", "She and a second exile were followed in Brussels by a private firm (browser test).");
        browser.set("newVictimBirthDate", "1990-04-02");
        browser.submit();

        assertThat(browser.text("#saved")).contains("Saved as revision 1");
        assertThat(records()).isEqualTo(before + 4);
        RecordId incidentId = RecordId.of(browser.driver.getCurrentUrl().replaceAll(".*/records/([^?]+).*", "$1"));
        browser.screenshot("incident-inline-saved");
        String links = browser.text("#links");
        assertThat(links).contains("Botagoz Jardemalie").contains("Aigerim Testova").contains("Invented Watchers Ltd");
        assertThat(browser.text("#sources")).contains("Invented report on the surveillance of exiles")
                .contains("followed from her home to her office");

        Incident incident = tutela.registry().get(incidentId, Incident.class).orElseThrow();
        assertThat(incident.targets()).hasSize(2).contains(RecordId.of("person-csgj5chf4d"));
        Person victim = tutela.registry().get(incident.targets().get(1), Person.class).orElseThrow();
        assertThat(victim.names()).extracting(n -> n.full()).containsExactly("Aigerim Testova", "Айгерим Тестова");
        assertThat(victim.birthDate()).hasValueSatisfying(d -> assertThat(d).hasToString("1990-04-02"));
        Organisation firm = tutela.registry().get(incident.perpetrators().get(0).actor(), Organisation.class).orElseThrow();
        assertThat(firm.type()).isEqualTo(Organisation.Type.PRIVATE_INTELLIGENCE_FIRM);
        Source source = tutela.registry().get(incident.provenance().citations().get(0).source(), Source.class).orElseThrow();
        assertThat(source.type()).isEqualTo(Source.Type.NGO_REPORT);
        // the new victim and perpetrator cite the same source
        assertThat(victim.provenance().citations()).extracting(c -> c.source()).containsExactly(source.id());
        assertThat(firm.provenance().citations()).extracting(c -> c.source()).containsExactly(source.id());

        // the new victim's page, reached from the incident, names the incident
        browser.driver.findElement(By.partialLinkText("Aigerim Testova")).click();
        assertThat(browser.text("h1")).isEqualTo("Aigerim Testova");
        assertThat(browser.text("main")).contains("Айгерим Тестова");
        browser.screenshot("incident-inline-victim");
        browser.go(Labels.href(firm.id(), firm.kind()));
        assertThat(browser.text("h1")).contains("Invented Watchers Ltd");
        assertThat(browser.text("#links")).contains("Physical surveillance");
    }

    @Test
    void everyKindOfRecordHasAFormAndAPersonIsEditedWithItsNamesKept() {
        for (String kind : List.of("person", "organisation", "protection-status", "relationship", "proceeding", "decision", "incident",
                "source", "claim")) {
            browser.go("/record/" + kind);
            assertThat(browser.all(".error-message")).as(kind).isEmpty();
            assertThat(browser.all("form.record-form")).as(kind).hasSize(1);
        }
        browser.go("/requests/new");
        assertThat(browser.all("form.record-form")).hasSize(1);

        browser.go("/record/person");
        browser.fill(typed("primaryName", "Invented Person For Editing"), typed("otherNames", "Выдуманный Человек"),
                typed("nationalities", "KZ\nBelgium 2021/.."),
                // a valid time that ends before it starts is refused beside its field, and nothing is saved
                typed("residences", "BE 2019/2016"), ticked("roles", "JOURNALIST"), typed("datedRoles", "lawyer 2005~/2015"));
        browser.submit();
        assertThat(browser.errorBeside("residences")).contains("BE 2019/2016").contains("FROM/UNTIL");
        browser.type("residences", "BE 2016~/..\nKZ ../2016");
        browser.submit();
        assertThat(browser.text("#saved")).contains("revision 1");
        String url = browser.driver.getCurrentUrl().replaceAll("\\?.*", "");
        RecordId id = RecordId.of(url.replaceAll(".*/(?:persons|records)/", ""));
        Person saved = tutela.registry().get(id, Person.class).orElseThrow();
        assertThat(saved.nationalities()).containsExactly(Held.of(Country.of("KZ")), Held.since(Country.of("BE"), ApproximateDate.year(2021)));
        assertThat(saved.residences()).containsExactly(Held.since(Country.of("BE"), ApproximateDate.of("2016~")),
                new Held<>(Country.of("KZ"), Optional.empty(), Optional.of(ApproximateDate.year(2016)), Optional.empty()));
        assertThat(saved.roles()).containsExactly(Held.of(Person.Role.JOURNALIST),
                Held.between(Person.Role.LAWYER, ApproximateDate.of("2005~"), ApproximateDate.year(2015)));

        browser.go("/records/" + id.value() + "/edit");
        assertThat(browser.find("[name='otherNames']").getAttribute("value")).isEqualTo("Выдуманный Человек");
        browser.type("otherNames", "Выдуманный Человек\nInvented P. Editing");
        browser.type("reason", "another spelling found");
        browser.submit();
        assertThat(browser.text("#saved")).contains("revision 2");
        Person edited = tutela.registry().get(id, Person.class).orElseThrow();
        assertThat(edited.names()).extracting(n -> n.full()).containsExactly("Invented Person For Editing", "Выдуманный Человек",
                "Invented P. Editing");
        // the edit form showed the valid times as it read them, so the edit kept them
        assertThat(edited.roles()).isEqualTo(saved.roles());
        assertThat(edited.residences()).isEqualTo(saved.residences());
        assertThat(edited.nationalities()).isEqualTo(saved.nationalities());
    }
}
