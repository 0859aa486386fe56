package org.tutela.search.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tutela.core.lists.ListEntry;
import org.tutela.core.lists.ListFormatException;
import org.tutela.core.lists.ListImportException;
import org.tutela.core.lists.WatchList;
import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameInputException;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a list from FollowTheMoney JSON lines (one entity per line, as OpenSanctions publishes them).
 * Person entities become entries; entities of other schemas (sanctions, companies, addresses) are
 * skipped. All or nothing: the first bad line stops the import, naming the line and the field.
 */
public final class FtmListImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** FtM's own codes for former states (suhh, csxx, ddde) are not ISO 3166-1 and are left out. */
    private static final int ISO_CODE_LENGTH = 2;

    private FtmListImport() {
    }

    public static WatchList read(Path file, WatchList.ListInfo list) throws ListImportException {
        String name = file.getFileName().toString();
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()))) {
            return read(name, r, list);
        } catch (CharacterCodingException e) {
            throw new ListImportException(name, 0, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new ListImportException(name, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    public static WatchList read(String fileName, Reader reader, WatchList.ListInfo list) throws ListImportException, IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ListEntry> entries = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        long lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode e;
            try {
                e = JSON.readTree(line);
            } catch (JsonProcessingException ex) {
                throw new ListImportException(fileName, lineNo, "", "is not JSON: " + ex.getOriginalMessage());
            }
            if (!e.isObject()) {
                throw new ListImportException(fileName, lineNo, "", "is not a JSON object");
            }
            if (!"Person".equals(e.path("schema").asText())) {
                continue;
            }
            ListEntry entry = entry(fileName, lineNo, e);
            Long earlier = ids.put(entry.id(), lineNo);
            if (earlier != null) {
                throw new ListImportException(fileName, lineNo, "id", "'" + entry.id() + "' already on line " + earlier);
            }
            entries.add(entry);
        }
        try {
            return new WatchList(list.id(), list.title(), list.publisher(), list.date(), list.isPublic(), entries);
        } catch (ListFormatException ex) {
            throw new ListImportException(fileName, 0, "", ex.getMessage());
        }
    }

    private static ListEntry entry(String file, long line, JsonNode e) throws ListImportException {
        String id = e.path("id").asText("");
        if (id.isBlank()) {
            throw new ListImportException(file, line, "id", "is missing");
        }
        JsonNode props = e.path("properties");
        String field = "properties.name";
        try {
            Set<String> names = new LinkedHashSet<>();
            for (String p : List.of("name", "alias", "previousName")) {
                field = "properties." + p;
                names.addAll(texts(props, p));
            }
            if (names.isEmpty()) {
                // some sources give only the parts
                String joined = java.util.stream.Stream.of("firstName", "fatherName", "lastName")
                        .map(p -> first(props, p)).flatMap(Optional::stream).collect(java.util.stream.Collectors.joining(" "));
                if (!joined.isEmpty()) {
                    names.add(joined);
                }
            }
            if (names.isEmpty()) {
                throw new ListImportException(file, line, "properties.name", "a Person needs a name");
            }
            field = "properties.birthDate";
            Optional<BirthDate> birth = first(props, "birthDate").map(d -> BirthDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
            field = "properties.gender";
            Optional<Person.Gender> gender = first(props, "gender").flatMap(FtmListImport::gender);
            field = "properties.nationality";
            Set<Country> countries = new LinkedHashSet<>();
            for (String p : List.of("nationality", "citizenship")) {
                field = "properties." + p;
                for (String c : texts(props, p)) {
                    if (c.length() == ISO_CODE_LENGTH) {
                        countries.add(Country.of(c));
                    }
                }
            }
            field = "properties.sourceUrl";
            return new ListEntry(id, List.copyOf(names), birth, gender, List.copyOf(countries), Optional.of(id), first(props, "sourceUrl"));
        } catch (NameInputException | ListFormatException | InvalidRecordException ex) {
            throw new ListImportException(file, line, field, ex.getMessage());
        }
    }

    private static List<String> texts(JsonNode props, String name) {
        List<String> out = new ArrayList<>();
        JsonNode v = props.path(name);
        if (v.isArray()) {
            v.forEach(x -> {
                if (x.isTextual() && !x.asText().isBlank()) {
                    out.add(x.asText().strip());
                }
            });
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }

    private static Optional<String> first(JsonNode props, String name) {
        return texts(props, name).stream().findFirst();
    }

    private static Optional<Person.Gender> gender(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "male", "m" -> Optional.of(Person.Gender.MALE);
            case "female", "f" -> Optional.of(Person.Gender.FEMALE);
            case "other" -> Optional.of(Person.Gender.OTHER);
            default -> Optional.empty();
        };
    }
}
