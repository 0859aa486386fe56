package org.tutela.core.lists;

import org.tutela.core.names.BirthDate;
import org.tutela.core.names.NameInputException;
import org.tutela.core.registry.Country;
import org.tutela.core.registry.InvalidRecordException;
import org.tutela.core.registry.Person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a list from CSV (RFC 4180: comma-separated, double quotes, a header line) with a
 * {@link ColumnMapping}. All or nothing: the first bad row stops the import with its line and field.
 */
public final class CsvListImport {
    /** A row limit that keeps a runaway file from filling memory; real lists are far smaller. */
    public static final int MAX_ROWS = 2_000_000;

    private CsvListImport() {
    }

    public static WatchList read(Path file, WatchList.ListInfo list, ColumnMapping mapping) throws ListImportException {
        String name = file.getFileName().toString();
        try (Reader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()))) {
            return read(name, r, list, mapping);
        } catch (CharacterCodingException e) {
            throw new ListImportException(name, 0, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new ListImportException(name, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    public static WatchList read(String fileName, Reader reader, WatchList.ListInfo list, ColumnMapping mapping)
            throws ListImportException, IOException {
        CsvReader csv = new CsvReader(fileName, reader);
        List<String> header = csv.next();
        if (header == null) {
            throw new ListImportException(fileName, 1, "", "is empty: a header line is expected");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        for (Optional<String> c : mapping.columns()) {
            if (c.isPresent() && !columns.containsKey(c.get())) {
                throw new ListImportException(fileName, 1, c.get(), "the header has no such column (it has " + columns.keySet() + ")");
            }
        }
        List<ListEntry> entries = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (List<String> row; (row = csv.next()) != null; ) {
            long line = csv.recordLine();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new ListImportException(fileName, line, "", "has " + row.size() + " fields; the header has " + header.size());
            }
            if (entries.size() >= MAX_ROWS) {
                throw new ListImportException(fileName, line, "", "more than " + MAX_ROWS + " rows");
            }
            ListEntry entry = entry(fileName, line, row, columns, mapping);
            Long earlier = ids.put(entry.id(), line);
            if (earlier != null) {
                throw new ListImportException(fileName, line, mapping.id().orElse("id"), "id '" + entry.id() + "' already used on line " + earlier);
            }
            entries.add(entry);
        }
        try {
            return new WatchList(list.id(), list.title(), list.publisher(), list.date(), list.isPublic(), entries);
        } catch (ListFormatException e) {
            throw new ListImportException(fileName, 0, "", e.getMessage());
        }
    }

    private static ListEntry entry(String file, long line, List<String> row, Map<String, Integer> columns, ColumnMapping m)
            throws ListImportException {
        String field = "";
        try {
            field = m.id().orElse("");
            String id = m.id().map(c -> cell(row, columns, c)).filter(s -> !s.isBlank()).orElse("line-" + line);
            List<String> names = new ArrayList<>();
            field = m.name().orElse("");
            m.name().map(c -> cell(row, columns, c)).filter(s -> !s.isBlank()).ifPresent(names::add);
            StringBuilder joined = new StringBuilder();
            for (Optional<String> c : List.of(m.given(), m.patronymic(), m.surname())) {
                c.map(col -> cell(row, columns, col)).filter(s -> !s.isBlank()).ifPresent(s -> joined.append(joined.length() > 0 ? " " : "").append(s.strip()));
            }
            if (joined.length() > 0) {
                names.add(joined.toString());
            }
            field = m.aliases().orElse("");
            m.aliases().ifPresent(c -> split(cell(row, columns, c), m.separator()).forEach(names::add));
            if (names.isEmpty()) {
                throw new ListImportException(file, line, m.name().or(m::surname).orElse(""), "no name");
            }
            field = m.birthDate().orElse("");
            Optional<BirthDate> birth = m.birthDate().map(c -> cell(row, columns, c)).filter(s -> !s.isBlank()).map(BirthDate::parse);
            field = m.gender().orElse("");
            Optional<Person.Gender> gender = m.gender().map(c -> cell(row, columns, c)).filter(s -> !s.isBlank()).map(CsvListImport::gender);
            field = m.nationality().orElse("");
            List<Country> nationalities = m.nationality().map(c -> split(cell(row, columns, c), m.separator()).stream().map(Country::of).toList()).orElse(List.of());
            field = "names";
            return new ListEntry(id, names, birth, gender, nationalities,
                    m.reference().map(c -> cell(row, columns, c)), m.sourceUrl().map(c -> cell(row, columns, c)));
        } catch (NameInputException | ListFormatException | InvalidRecordException e) {
            throw new ListImportException(file, line, field, e.getMessage());
        }
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String column) {
        return row.get(columns.get(column));
    }

    private static List<String> split(String cell, String separator) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(java.util.regex.Pattern.quote(separator))) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static Person.Gender gender(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male", "man" -> Person.Gender.MALE;
            case "f", "female", "woman" -> Person.Gender.FEMALE;
            case "other", "x" -> Person.Gender.OTHER;
            default -> throw new ListFormatException("'" + s + "' is not a gender (male, female, other)");
        };
    }

    /** RFC 4180 records, keeping the line each record starts on (a quoted cell may span lines). */
    static final class CsvReader {
        private final String file;
        private final Reader in;
        private long line = 1;
        private long recordLine;
        private int peeked = -2;

        CsvReader(String file, Reader in) {
            this.file = file;
            this.in = in;
        }

        long recordLine() {
            return recordLine;
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }

        List<String> next() throws IOException, ListImportException {
            int c = read();
            if (c == -1) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c == -1) {
                    if (quoted) {
                        throw new ListImportException(file, recordLine, "", "a quoted field is not closed");
                    }
                    fields.add(cell.toString());
                    return fields;
                }
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            read();
                            cell.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    line++;
                    fields.add(cell.toString());
                    return fields;
                } else if (wasQuoted) {
                    throw new ListImportException(file, recordLine, "", "text after a closing quote");
                } else {
                    cell.append((char) c);
                }
                c = read();
            }
        }
    }
}
