package org.tutela.search;

import java.util.Optional;
import java.util.Set;

/**
 * Where a search looks. The public scope ({@link #publicLookup()}) searches only lists marked public
 * and never opens the registry's index: the registry cannot leak through it, not even by its size.
 *
 * @param registry   search the registry's persons
 * @param lists      search these lists; empty: every list
 * @param listsToo   search lists at all
 * @param publicOnly only public lists, never the registry
 */
public record Scope(boolean registry, boolean listsToo, Optional<Set<String>> lists, boolean publicOnly) {
    public Scope {
        lists = lists == null ? Optional.empty() : lists.map(Set::copyOf);
        if (publicOnly && registry) {
            throw new IllegalArgumentException("a public search cannot include the registry");
        }
        if (!registry && !listsToo) {
            throw new IllegalArgumentException("a search needs the registry or lists to look in");
        }
    }

    /** The registry and every list. */
    public static Scope everything() {
        return new Scope(true, true, Optional.empty(), false);
    }

    public static Scope registryOnly() {
        return new Scope(true, false, Optional.empty(), false);
    }

    /** The given lists (public or not), without the registry. */
    public static Scope lists(Set<String> listIds) {
        return new Scope(false, true, Optional.of(listIds), false);
    }

    /** The registry together with the given lists. */
    public static Scope registryAnd(Set<String> listIds) {
        return new Scope(true, true, Optional.of(listIds), false);
    }

    /** "Look yourself up": public lists only. */
    public static Scope publicLookup() {
        return new Scope(false, true, Optional.empty(), true);
    }
}
