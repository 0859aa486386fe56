package org.tutela.app.requests;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tutela.core.requests.Evidence;
import org.tutela.core.requests.Step;
import org.tutela.core.requests.StepKind;
import org.tutela.core.requests.WorkflowInputException;
import org.tutela.json.RecordJson;

/**
 * A step as the API and the command line take it, one JSON object: {@code step} (its kind), {@code reason},
 * optionally {@code on} (the day it took effect), {@code sources} (evidence) and {@code revision} (the
 * file's revision the desk saw), and the fields of the step itself, in the form of core's Step records:
 * <pre>{"step":"PLACE_HOLD","hold":"APPEAL_PENDING","reason":"appeal lodged on 3 May","revision":4}</pre>
 */
public record StepInput(Step step, Optional<LocalDate> on, String reason, List<Evidence> sources, Optional<Integer> revision,
                        Optional<Long> screening) {
    private static final ObjectMapper MAPPER = RecordJson.mapper();
    private static final List<String> META = List.of("step", "reason", "on", "sources", "revision", "screening");

    /** Reads the object, all or nothing; an error names the field. {@code screening} (a screening's number) only for RELY_ON_SCREENING. */
    public static StepInput read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new WorkflowInputException("body", "a step is one JSON object with at least \"step\" and \"reason\"");
        }
        StepKind kind = StepKind.parse(text(body, "step").orElseThrow(() -> new WorkflowInputException("step", "is required")));
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        META.forEach(fields::remove);
        Step step;
        if (kind == StepKind.RELY_ON_SCREENING) {
            step = null; // the desk fills in the screening: a client cannot name a band of its own
        } else {
            step = convert(fields, kind.type(), "");
        }
        Optional<LocalDate> on = text(body, "on").map(t -> date("on", t));
        List<Evidence> sources = body.has("sources") ? List.of(convert(body.get("sources"), Evidence[].class, "sources")) : List.of();
        Optional<Integer> revision = Optional.ofNullable(body.get("revision")).filter(n -> !n.isNull()).map(n -> {
            if (n.isTextual() && n.asText().strip().matches("\\d{1,9}")) {
                return Integer.parseInt(n.asText().strip());
            }
            if (!n.canConvertToInt() || !n.isIntegralNumber()) {
                throw new WorkflowInputException("revision", "must be a whole number: the file's revision you acted on");
            }
            return n.intValue();
        });
        Optional<Long> screening = Optional.ofNullable(body.get("screening")).filter(JsonNode::canConvertToLong).map(JsonNode::longValue);
        return new StepInput(step, on, text(body, "reason").orElse(""), sources, revision, screening);
    }

    public StepKind kind(JsonNode body) {
        return StepKind.parse(body.get("step").asText());
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText()).filter(s -> !s.isBlank());
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new WorkflowInputException(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type, String prefix) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof WorkflowInputException) && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof WorkflowInputException w) {
                throw w;
            }
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String field = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
            throw new WorkflowInputException(field.isEmpty() ? "body" : field, e.getOriginalMessage().split("\n")[0]);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new WorkflowInputException(prefix.isEmpty() ? "body" : prefix, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new WorkflowInputException(prefix.isEmpty() ? "body" : prefix, e.getMessage());
        }
    }

    /** For messages: what fields a step of this kind takes. */
    static List<String> fieldsOf(StepKind kind) {
        List<String> out = new ArrayList<>();
        for (var c : kind.type().getRecordComponents()) {
            out.add(c.getName());
        }
        return out;
    }
}
