package org.tutela.app.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description as clients read it at {@code /api/openapi} (public: it names routes, never data):
 * title, version, licence and contact; for every operation the ways in it takes (none for the public lookup;
 * a token, Basic, or a browser's session with the CSRF token on calls that change something) and the
 * errors it can answer, all in the one JSON form of {@link ApiError}. Redocly's linter checks the result
 * in CI ({@code .ci/run}).
 */
@Configuration
public class ApiDescription {
    static final String ERROR = "ApiError";
    static final String RECORD = "RecordBody";
    static final String STEP = "StepBody";
    static final String INTAKE = "IntakeBody";
    private static final String PUBLIC = "/api/public/";
    private static final String FEDERATION = "/api/federation/";

    @Bean
    OpenApiCustomizer tutelaApiDescription(@Value("${tutela.api.licence-name:No licence declared yet: all rights reserved}") String licence,
                                           @Value("${tutela.api.licence-url:https://choosealicense.com/no-permission/}") String licenceUrl,
                                           @Value("${tutela.api.contact-name:Tutela maintainers}") String contact,
                                           @Value("${tutela.api.contact-url:}") String contactUrl,
                                           @Value("${tutela.api.contact-email:}") String contactEmail) {
        return api -> {
            Info info = api.getInfo() == null ? new Info() : api.getInfo();
            String version = ApiDescription.class.getPackage().getImplementationVersion();
            api.setInfo(info.title("Tutela API")
                    .version(version == null ? "0.1.0-SNAPSHOT" : version)
                    .description("Registry and screening against transnational repression: records with their sources and revisions, "
                            + "cross-script name search, screening of cooperation requests for red flags, the requests' workflow, "
                            + "and the public lookup of published lists. Errors are JSON (ApiError) naming what is wrong and where.")
                    .license(new License().name(licence).url(licenceUrl))
                    .contact(new Contact().name(contact).url(contactUrl.isBlank() ? null : contactUrl)
                            .email(contactEmail.isBlank() ? null : contactEmail)));
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.setComponents(components);
            components.addSchemas(ERROR, errorSchema());
            components.addSchemas(RECORD, recordSchema());
            components.addSchemas(STEP, stepSchema());
            components.addSchemas(INTAKE, intakeSchema());
            api.setSecurity(null); // per operation below: what a call needs depends on what it does
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation)));
            // the untyped tree the bodies above had, unless something still refers to it
            try {
                if (components.getSchemas().containsKey("JsonNode")
                        && !io.swagger.v3.core.util.Json.mapper().writeValueAsString(api).contains("#/components/schemas/JsonNode\"")) {
                    components.getSchemas().remove("JsonNode");
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write the API's description: " + e.getMessage(), e);
            }
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        typeBody(path, method, operation);
        boolean open = path.startsWith(PUBLIC);
        boolean partner = path.startsWith(FEDERATION);
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (open) {
            operation.setSecurity(List.of(new SecurityRequirement()));
        } else if (partner) {
            operation.setSecurity(List.of(new SecurityRequirement().addList("partnerSignature")));
        } else {
            SecurityRequirement session = new SecurityRequirement().addList("sessionCookie");
            if (changes) {
                session.addList("csrfToken");
            }
            operation.setSecurity(List.of(new SecurityRequirement().addList("bearerAuth"), new SecurityRequirement().addList("basicAuth"),
                    session));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            error(responses, "400", "The input does not read: the message says what is wrong and, where it can, names the field.");
        }
        if (partner) {
            error(responses, "401", "Not signed by a partner's key: the message says why (unknown or revoked key, time, signature).");
        } else if (open) {
            error(responses, "429", "Too many lookups from this address: try again after the seconds in Retry-After.");
        } else {
            error(responses, "401", "Not logged in: send an access token, Basic credentials, or a logged-in session.");
            error(responses, "403", "The caller's role may not do this (or, with a session, the CSRF token is missing or wrong).");
        }
        if (path.contains("{")) {
            error(responses, "404", "No such record, or one outside the caller's compartments: the two answer alike.");
        }
    }

    /** The bodies read as JSON trees (records, intakes, steps) get the schema of what they must hold. */
    private static void typeBody(String path, PathItem.HttpMethod method, Operation operation) {
        String schema = path.equals("/api/records") || path.equals("/api/records/{id}") ? RECORD
                : path.equals("/api/screenings") ? INTAKE : path.equals("/api/requests/{id}/steps") ? STEP : null;
        if (schema != null && operation.getRequestBody() != null && method != PathItem.HttpMethod.GET) {
            operation.getRequestBody().setContent(new Content().addMediaType("application/json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
        }
    }

    private static Schema<?> recordSchema() {
        StringSchema kind = new StringSchema();
        for (org.tutela.core.registry.RecordKind k : org.tutela.core.registry.RecordKind.values()) {
            kind.addEnumItem(k.slug());
        }
        kind.description("which kind of record; the other fields are that kind's own (docs/INTAKE.md)");
        Schema<?> record = new ObjectSchema().description("A record in Tutela's JSON form, the same in files, the database and the API. "
                + "The server gives a new record its id; provenance cites the sources.")
                .addProperty("kind", kind)
                .addProperty("provenance", new Schema<>().$ref("#/components/schemas/Provenance"))
                .required(List.of("kind"));
        record.setAdditionalProperties(Boolean.TRUE);
        return record;
    }

    private static Schema<?> stepSchema() {
        Schema<?> source = new ObjectSchema().addProperty("record", new StringSchema().description("a source record's id"))
                .addProperty("note", new StringSchema());
        Schema<?> step = new ObjectSchema().description("A step on a request's file and the step's own fields (docs/workflow.md), "
                        + "e.g. {\"step\":\"PLACE_HOLD\",\"hold\":\"APPEAL_PENDING\",\"reason\":\"appeal lodged\"}")
                .addProperty("step", new StringSchema().description("the kind of step"))
                .addProperty("reason", new StringSchema().description("why, in words"))
                .addProperty("on", new StringSchema().format("date").description("the day it was done (default: today)"))
                .addProperty("sources", new io.swagger.v3.oas.models.media.ArraySchema().items(source))
                .required(List.of("step", "reason"));
        step.setAdditionalProperties(Boolean.TRUE);
        return step;
    }

    private static Schema<?> intakeSchema() {
        Schema<Object> record = new Schema<>().$ref("#/components/schemas/" + RECORD);
        Schema<?> named = new ObjectSchema().description("the request to screen among the records that came with it")
                .addProperty("screen", new StringSchema().description("the id of the request to screen"))
                .addProperty("records", new io.swagger.v3.oas.models.media.ArraySchema().items(record))
                .required(List.of("records"));
        return new io.swagger.v3.oas.models.media.ComposedSchema().description("A cooperation request (kind and id may be left out), "
                        + "the request with the records that came with it, or those records naming the request to screen (docs/INTAKE.md)")
                .addOneOfItem(record).addOneOfItem(new io.swagger.v3.oas.models.media.ArraySchema().items(record)).addOneOfItem(named);
    }

    private static void error(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR)))));
        }
    }

    @SuppressWarnings("rawtypes") // swagger-models types a schema's properties with the raw Schema
    private static Schema<?> errorSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("status", new IntegerSchema().description("the HTTP status").example(400));
        properties.put("error", new StringSchema().description("the status in words").example("Bad Request"));
        properties.put("message", new StringSchema().description("what is wrong, and where")
                .example("birthDate: '1984-02-31' is not a date (YYYY-MM-DD)"));
        properties.put("field", new StringSchema().description("the field at fault, when there is one").example("birthDate"));
        return new ObjectSchema().description("Why a call was not served; never a stack trace.").properties(properties)
                .required(List.of("status", "error", "message"));
    }
}
