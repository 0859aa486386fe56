package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tutela.core.registry.RecordKind;
import org.tutela.core.registry.RegistryRecord;
import org.tutela.json.RecordJson;

/**
 * Fills the dates V120 added to {@code record_key} for the keys written before it. In Java, not SQL: the
 * dates are core's ({@code eventDate()}, {@code provenance().validFrom()}), read from the records' JSON.
 */
public class V121__record_key_dates_backfill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        RecordJson json = new RecordJson();
        try (PreparedStatement read = c.prepareStatement("SELECT kind, body FROM record_current"
                + " WHERE record_id IN (SELECT record_id FROM record_key)");
             PreparedStatement write = c.prepareStatement("UPDATE record_key SET event_date = ?, known_from = ? WHERE record_id = ?");
             ResultSet rs = read.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                RegistryRecord record = json.read(RecordKind.fromSlug(rs.getString(1)).orElseThrow(), rs.getString(2));
                setDate(write, 1, org.tutela.storage.registry.RecordKeys.earliest(record.eventDate()));
                setDate(write, 2, org.tutela.storage.registry.RecordKeys.earliest(record.provenance().validFrom()));
                write.setString(3, record.id().value());
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static void setDate(PreparedStatement ps, int index, Optional<LocalDate> date) throws java.sql.SQLException {
        if (date.isPresent()) {
            ps.setDate(index, Date.valueOf(date.get()));
        } else {
            ps.setNull(index, Types.DATE);
        }
    }
}
