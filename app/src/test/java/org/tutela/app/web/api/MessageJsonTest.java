package org.tutela.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tutela.core.screening.Message;

import static org.assertj.core.api.Assertions.assertThat;

class MessageJsonTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(MessageJson.module());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStoredLineOfAMatchsExplanationIsWordedFromTheNamesBundle() throws Exception {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        JsonNode line = json.valueToTree(Message.of("names.match.order"));
        assertThat(line.path("key").asText()).isEqualTo("names.match.order");
        assertThat(line.path("text").asText())
                .isEqualTo(ResourceBundle.getBundle("messages.names", Locale.FRENCH).getString("names.match.order"))
                .isNotEqualTo("names.match.order");
    }
}
