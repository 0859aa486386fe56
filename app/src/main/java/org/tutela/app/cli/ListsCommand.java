package org.tutela.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.lists.ListLibrary;
import org.tutela.core.lists.ColumnMapping;
import org.tutela.core.lists.WatchList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tutela lists}: public wanted and watch lists, each a named, dated dataset. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Import, list and remove watch and wanted lists.",
        subcommands = {ListsCommand.Import.class, ListsCommand.Show.class, ListsCommand.Remove.class})
final class ListsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a list: FollowTheMoney JSON lines, or CSV with a column mapping.",
                    "A malformed row names the row and imports nothing. A list of the same id is replaced."})
    static final class Import implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--id", required = true, description = "Short stable name, e.g. ru-mvd-wanted.")
        String id;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--publisher", required = true)
        String publisher;

        @Option(names = "--date", required = true, description = "Date of the published version imported (YYYY-MM-DD).")
        LocalDate date;

        @Option(names = "--public", description = "Searchable by anyone in the \"look yourself up\" mode.")
        boolean isPublic;

        @Option(names = "--format", defaultValue = "ftm", description = "ftm or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--name-column", description = "CSV: the full-name column.")
        String nameColumn;

        @Option(names = "--given-column", description = "CSV: given-name column.")
        String givenColumn;

        @Option(names = "--patronymic-column", description = "CSV: patronymic column.")
        String patronymicColumn;

        @Option(names = "--surname-column", description = "CSV: surname column.")
        String surnameColumn;

        @Option(names = "--id-column", description = "CSV: entry id column (default: the row number).")
        String idColumn;

        @Option(names = "--alias-column", description = "CSV: further names, separated by ';'.")
        String aliasColumn;

        @Option(names = "--birth-date-column", description = "CSV: birth date column.")
        String birthDateColumn;

        @Option(names = "--nationality-column", description = "CSV: nationality codes column.")
        String nationalityColumn;

        @Option(names = "--reference-column", description = "CSV: the list's own reference column.")
        String referenceColumn;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
            ListLibrary.Format kind = switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "ftm" -> ListLibrary.Format.FTM;
                case "csv" -> ListLibrary.Format.CSV;
                default -> throw new IllegalArgumentException("--format: '" + format + "' is not ftm or csv");
            };
            Optional<ColumnMapping> columns = kind == ListLibrary.Format.CSV ? Optional.of(columns()) : Optional.empty();
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                ListLibrary.StoredList stored = tutela.lists().importList(file,
                        new WatchList.ListInfo(id, title, publisher, date, isPublic), kind, columns);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("imported list %s: %d entries (%s)%n", id, stored.entries(), isPublic ? "public" : "not public");
                out.flush();
            }
            return 0;
        }

        private ColumnMapping columns() {
            return new ColumnMapping(Optional.ofNullable(idColumn), Optional.ofNullable(nameColumn), Optional.ofNullable(givenColumn),
                    Optional.ofNullable(patronymicColumn), Optional.ofNullable(surnameColumn), Optional.ofNullable(aliasColumn),
                    Optional.ofNullable(birthDateColumn), Optional.empty(), Optional.ofNullable(nationalityColumn),
                    Optional.ofNullable(referenceColumn), Optional.empty(), ";");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the imported lists.")
    static final class Show implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                PrintWriter out = spec.commandLine().getOut();
                tutela.lists().all().forEach(l -> out.printf("%-24s %-8s %7d entries  %s (%s, %s)%n", l.info().id(),
                        l.info().isPublic() ? "public" : "private", l.entries(), l.info().title(), l.info().publisher(), l.info().date()));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a list and its entries from search.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (Tutela tutela = Tutela.openForCommand(data.settings())) {
                if (tutela.lists().get(id).isEmpty()) {
                    throw new IllegalArgumentException("no list with id '" + id + "'");
                }
                tutela.lists().remove(id);
            }
            return 0;
        }
    }
}
