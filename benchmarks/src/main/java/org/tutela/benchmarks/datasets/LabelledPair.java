package org.tutela.benchmarks.datasets;

/**
 * A labelled pair of names from nomenklatura's name_bench.
 *
 * @param line     line in the source file, for tracing a figure back to rows
 * @param group    case_group: "nk_*" groups are hand-curated; the others are machine-generated or customer cases
 * @param category "LLM-proposed deviation" marks the machine-generated rows
 */
public record LabelledPair(long line, String group, String schema, String a, String b, boolean match, String category) {

    public enum Origin { HAND_CURATED, MACHINE_GENERATED, OTHER }

    public Origin origin() {
        if (group.startsWith("nk_")) {
            return Origin.HAND_CURATED;
        }
        if (group.startsWith("llm_") || category.equalsIgnoreCase("LLM-proposed deviation")) {
            return Origin.MACHINE_GENERATED;
        }
        return Origin.OTHER;
    }

    public boolean isPerson() {
        return schema.equals("Person");
    }
}
