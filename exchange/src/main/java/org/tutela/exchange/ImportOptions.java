package org.tutela.exchange;

/**
 * How strict an import is. By default every entity must map to a record: an FtM schema Tutela does not
 * import (Address, Sanction, Passport...) is an error. Skipping them is a choice the caller makes
 * explicitly; the result then says how many of each schema were left out.
 */
public record ImportOptions(boolean skipUnsupportedSchemata) {

    public static ImportOptions strict() {
        return new ImportOptions(false);
    }

    public static ImportOptions skippingUnsupportedSchemata() {
        return new ImportOptions(true);
    }
}
