package org.tutela.exchange;

/**
 * How strict an import is. By default every entity must map to a record: an FtM schema Tutela does not
 * import (Address, Sanction, Passport...) is an error. Skipping them is a choice the caller makes
 * explicitly; the result then says how many of each schema were left out.
 */
public record ImportOptions(boolean skipUnsupportedSchemata, int maxRecords) {
    public ImportOptions {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords: at least 1, not " + maxRecords);
        }
    }

    public static ImportOptions strict() {
        return new ImportOptions(false, org.tutela.core.registry.Limits.MAX_RECORDS_PER_IMPORT);
    }

    public static ImportOptions skippingUnsupportedSchemata() {
        return new ImportOptions(true, org.tutela.core.registry.Limits.MAX_RECORDS_PER_IMPORT);
    }

    /** The same options with another limit on the records of one import (a call, a file). */
    public ImportOptions withMaxRecords(int max) {
        return new ImportOptions(skipUnsupportedSchemata, max);
    }
}
