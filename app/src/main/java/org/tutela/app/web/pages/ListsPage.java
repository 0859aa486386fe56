package org.tutela.app.web.pages;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.app.Tutela;
import org.tutela.app.lists.ListLibrary;
import org.tutela.app.security.AuditTrail;
import org.tutela.app.security.web.WebCaller;
import org.tutela.core.lists.ColumnMapping;
import org.tutela.core.lists.ListImportException;
import org.tutela.core.lists.WatchList;

/**
 * Administrators load wanted and watch lists while the server runs (the same import as {@code tutela lists
 * import}): the whole file is read before anything is kept, a line that does not read is named with its
 * field and nothing is loaded, and each load is written to the audit log.
 */
@Controller
public class ListsPage {
    private final Tutela tutela;
    private final AuditTrail audit;
    private final MessageSource words;

    public ListsPage(Tutela tutela, AuditTrail audit, MessageSource words) {
        this.tutela = tutela;
        this.audit = audit;
        this.words = words;
    }

    @GetMapping("/admin/lists")
    public String lists(Model model) {
        show(model, Map.of(), List.of(), Optional.empty());
        return "lists";
    }

    @PostMapping("/admin/lists")
    public String load(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam Map<String, String> form,
                       Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        String id = form.getOrDefault("id", "").strip();
        String title = form.getOrDefault("title", "").strip();
        String publisher = form.getOrDefault("publisher", "").strip();
        String dateText = form.getOrDefault("date", "").strip();
        String format = form.getOrDefault("format", "ftm").strip().toLowerCase(Locale.ROOT);
        boolean isPublic = form.containsKey("public");
        required(problems, id, "lists.field.id", locale);
        required(problems, title, "lists.field.title", locale);
        required(problems, publisher, "lists.field.publisher", locale);
        LocalDate date = null;
        if (dateText.isEmpty()) {
            required(problems, dateText, "lists.field.date", locale);
        } else {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(say(locale, "lists.error.date", dateText));
            }
        }
        ListLibrary.Format kind = switch (format) {
            case "ftm" -> ListLibrary.Format.FTM;
            case "csv" -> ListLibrary.Format.CSV;
            default -> {
                problems.add(say(locale, "lists.error.format", format));
                yield null;
            }
        };
        Optional<ColumnMapping> columns = Optional.empty();
        if (kind == ListLibrary.Format.CSV) {
            String nameColumn = form.getOrDefault("nameColumn", "").strip();
            required(problems, nameColumn, "lists.field.nameColumn", locale);
            columns = Optional.of(new ColumnMapping(column(form, "idColumn"), Optional.of(nameColumn).filter(s -> !s.isEmpty()),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), column(form, "birthColumn"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), ";"));
        }
        String fileName = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "the file" : file.getOriginalFilename();
        String text = null;
        if (file == null || file.isEmpty()) {
            problems.add(say(locale, "lists.error.file"));
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.getBytes())).toString();
            } catch (CharacterCodingException e) {
                problems.add(say(locale, "lists.error.list", fileName + ": is not UTF-8 text"));
            } catch (IOException e) {
                problems.add(say(locale, "lists.error.list", fileName + ": cannot be read: " + e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            try {
                WatchList.ListInfo info = new WatchList.ListInfo(id, title, publisher, date, isPublic);
                ListLibrary.StoredList stored = tutela.lists().importText(fileName, text, info, kind, columns);
                String who = WebCaller.current().map(c -> c.name()).orElse("");
                audit.record(who, AuditTrail.CHANGE, "list:" + id, "", AuditTrail.ALLOWED,
                        "loaded the list " + id + " from " + fileName + ": " + stored.entries() + " entries, "
                                + (isPublic ? "public" : "not public"));
                show(model, Map.of(), List.of(), Optional.of(say(locale, "lists.done", id, stored.entries())));
                return "lists";
            } catch (ListImportException e) {
                problems.add(e.line() > 0 && !e.field().isEmpty()
                        ? say(locale, "lists.error.at", e.file(), e.line(), e.field(), problem(e))
                        : e.line() > 0 ? say(locale, "lists.error.atLine", e.file(), e.line(), problem(e))
                        : say(locale, "lists.error.list", e.getMessage()));
            } catch (IllegalArgumentException e) { // a list id or title the list refuses (ListFormatException) among them
                problems.add(say(locale, "lists.error.list", e.getMessage()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        Map<String, String> kept = new LinkedHashMap<>(form);
        kept.remove("_csrf");
        show(model, kept, problems, Optional.empty());
        return "lists";
    }

    /** The problem alone: the exception's message repeats the file, line and field before it. */
    private static String problem(ListImportException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private void show(Model model, Map<String, String> form, List<String> problems, Optional<String> done) {
        model.addAttribute("loaded", tutela.lists().all());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("done", done.orElse(""));
    }

    private void required(List<String> problems, String value, String labelKey, Locale locale) {
        if (value.isEmpty()) {
            problems.add(say(locale, "lists.error.required", say(locale, labelKey)));
        }
    }

    private static Optional<String> column(Map<String, String> form, String name) {
        return Optional.ofNullable(form.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private String say(Locale locale, String key, Object... args) {
        return words.getMessage(key, args, locale);
    }
}
