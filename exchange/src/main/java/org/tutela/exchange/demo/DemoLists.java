package org.tutela.exchange.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.tutela.core.lists.WatchList;

/**
 * The public lists the demo ships beside the seed case, each built only from what the seed documents say
 * (see {@code demo/lists/README.md}), in the FollowTheMoney JSON-lines form the list importer reads.
 */
public final class DemoLists {
    private DemoLists() {
    }

    /** One list: how it is described, where its entries are, and their text. */
    public record DemoList(WatchList.ListInfo info, String resource) {
        /** The file's name, for the importer's messages. */
        public String fileName() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }

        public String text() {
            try (InputStream in = DemoLists.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("demo list " + resource + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read demo list " + resource, e);
            }
        }
    }

    /**
     * The Russian interior ministry's wanted database as the seed documents report it: searched through the
     * tool Mediazona published on 13 February 2024, the version this entry was found in.
     */
    public static List<DemoList> all() {
        return List.of(new DemoList(new WatchList.ListInfo("ru-mvd-wanted",
                "Wanted persons (Russian interior ministry database), demo extract",
                "Ministry of Internal Affairs of the Russian Federation", LocalDate.of(2024, 2, 13), true),
                "/demo/lists/ru-mvd-wanted.ftm.jsonl"));
    }
}
