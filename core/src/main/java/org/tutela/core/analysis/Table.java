package org.tutela.core.analysis;

import java.util.List;

/**
 * A table of counts for an analyst: an id (also the key of its title in the bundles and the name of its
 * CSV file), column ids (headers in CSV, bundle keys on the page) and rows of values.
 */
public record Table(String id, List<String> columns, List<List<String>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
    }
}
