package org.tutela.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tutela.app.Tutela;
import org.tutela.app.search.MatchReading;
import org.tutela.app.search.MatchReadingJson;
import org.tutela.app.search.SearchHits;
import org.tutela.json.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tutela search NAME}: every spelling, every script, with the reasons for each match. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search persons by name, in any script and spelling, in the registry and the imported lists.",
                "Example: tutela search \"ДЖАРДЕМАЛИ\" --json"})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The name as written.")
    String name;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD: supporting evidence.")
    String birthDate;

    @Option(names = "--nationality", paramLabel = "CC", split = ",", description = "ISO 3166 codes: supporting evidence.")
    List<String> nationalities = List.of();

    @Option(names = "--list", paramLabel = "ID", split = ",", description = "Search these lists only (with the registry unless --no-registry).")
    List<String> lists;

    @Option(names = "--no-registry", description = "Leave the registry out: lists only.")
    boolean noRegistry;

    @Option(names = "--public", description = "The public \"look yourself up\" mode: public lists only, never the registry.")
    boolean publicOnly;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the hits as JSON, with the full explanation of each match.")
    boolean json;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "The language of the output and of the explanations: en, fr, nl or ru. Default: ${DEFAULT-VALUE}.")
    String lang;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CliWords words = CliWords.of("names", lang);
        Locale locale = Locale.forLanguageTag(lang);
        try (Tutela tutela = Tutela.openForCommand(data.settings())) {
            Optional<Set<String>> only = Optional.ofNullable(lists).map(LinkedHashSet::new);
            SearchHits.Question question = new SearchHits.Question(name, Optional.ofNullable(birthDate),
                    Set.copyOf(nationalities), only, !noRegistry, publicOnly);
            List<SearchHits.Hit> hits = SearchHits.search(tutela.search(), question, limit);
            tutela.audit().searchedOnCommandLine(System.getProperty("user.name"), question.describe(), SearchHits.ids(hits));
            if (json) {
                ObjectMapper mapper = RecordJson.mapper().registerModule(MatchReadingJson.module(() -> locale));
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(hits));
            } else if (hits.isEmpty()) {
                out.println(words.say("cli.search.none", name));
            } else {
                int rank = 1;
                for (SearchHits.Hit hit : hits) {
                    String where = hit.list().map(l -> words.say("cli.search.onList", l.title())).orElse(words.say("cli.search.inRegistry", hit.id()));
                    String score = String.format(Locale.ROOT, "%.2f", hit.score());
                    out.println(words.say(hit.strong() ? "cli.search.hit" : "cli.search.hit.weak", rank++, hit.name(), where, score));
                    hit.reading().forEach(line -> out.println("     " + MatchReading.text(line, locale)));
                }
            }
            out.flush();
        }
        return 0;
    }
}
