package org.tutela.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the password policy on its own minimal fixture, then the product's policy with its shipped list. */
class PasswordPolicyTest {
    static Optional<String> refusal(PasswordPolicy.Rule rule, String name, String password) {
        return rule.check(name, password).map(PasswordPolicy::message);
    }

    @Test
    void lengthCountsCodePointsFromFifteenToTwoHundredFiftySix() {
        PasswordPolicy.Rule rule = new PasswordPolicy.Length();
        assertThat(refusal(rule, "u", "a".repeat(14))).hasValueSatisfying(m -> assertThat(m).contains("at least 15").contains("has 14"));
        assertThat(refusal(rule, "u", "a".repeat(15))).isEmpty();
        // 15 characters outside the BMP are 30 chars in Java but 15 code points: long enough
        assertThat(refusal(rule, "u", "\uD83D\uDE00".repeat(15))).isEmpty();
        assertThat(refusal(rule, "u", "a".repeat(256))).isEmpty();
        assertThat(refusal(rule, "u", "a".repeat(257))).hasValueSatisfying(m -> assertThat(m).contains("at most 256"));
    }

    @Test
    void everyPrintableCharacterAndSpaceIsAllowedButNoControlCharacter() {
        PasswordPolicy.Rule rule = new PasswordPolicy.Printable();
        assertThat(refusal(rule, "u", " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ДЖАРДЕМАЛИ 日本")).isEmpty();
        assertThat(refusal(rule, "u", "line one\nline two")).isPresent();
    }

    @Test
    void aListedPasswordIsRefusedWhateverItsCaseOrSpaces() {
        PasswordPolicy.Rule rule = new PasswordPolicy.NotCommon(Set.of("correcthorsebatterystaple", "password"));
        assertThat(refusal(rule, "u", "Correct Horse Battery Staple")).hasValueSatisfying(m -> assertThat(m).contains("common or breached"));
        assertThat(refusal(rule, "u", "passwordpasswordpassword")).as("a listed word repeated").isPresent();
        assertThat(refusal(rule, "u", "correct horse battery stable")).isEmpty();
    }

    @Test
    void theUserNameAndTheProductNameAreContextWords() {
        PasswordPolicy.Rule rule = new PasswordPolicy.NotTheUserName();
        assertThat(refusal(rule, "maria.k", "my name is MARIA.K and more")).isPresent();
        assertThat(refusal(rule, "bo", "bo is a short name, not checked")).isEmpty();
        assertThat(refusal(rule, "u", "Tutela2026!")).isPresent();
        assertThat(refusal(rule, "u", "tutela with many other words")).isEmpty();
    }

    @Test
    void aShortSequenceRepeatedIsRefused() {
        PasswordPolicy.Rule rule = new PasswordPolicy.NotRepetitive();
        assertThat(refusal(rule, "u", "aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(refusal(rule, "u", "abc1abc1abc1abc1")).isPresent();
        assertThat(refusal(rule, "u", "lantern quietly orbit")).isEmpty();
    }

    @Test
    void theProductPolicyRefusesBreachedPasswordsFromTheShippedList() {
        PasswordPolicy policy = PasswordPolicy.standard();
        assertThat(PasswordPolicy.shippedList()).hasSizeGreaterThan(40_000).contains("password", "123456", "q1w2e3r4t5y6u7i8o9p0");
        assertThatThrownBy(() -> policy.check("ana", "q1w2e3r4t5y6u7i8o9p0"))
                .isInstanceOfSatisfying(PasswordPolicy.RejectedPasswordException.class, e -> assertThat(e.rule()).isEqualTo("common"));
        assertThatThrownBy(() -> policy.check("ana", "short"))
                .isInstanceOfSatisfying(PasswordPolicy.RejectedPasswordException.class, e -> assertThat(e.rule()).isEqualTo("length"));
        for (String good : List.of("lantern quietly orbit", "correct horse battery staple", "Ξ-θάλασσα-και-βουνά")) {
            assertThatCode(() -> policy.check("ana", good)).as(good).doesNotThrowAnyException();
        }
    }
}
