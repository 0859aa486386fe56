package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tutela.core.registry.RecordKind;
import org.tutela.json.RecordJson;
import org.tutela.storage.registry.RecordKeys;

/**
 * Fills {@code record_key} (V51) for the proceedings, incidents and requests stored before it existed.
 * In Java, not SQL: the keys are core's {@code RecordKey.of}, one definition for writing and asking.
 */
public class V52__record_key_backfill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        RecordJson json = new RecordJson();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, body FROM record_current WHERE kind IN (?, ?, ?)")) {
            ps.setString(1, RecordKind.PROCEEDING.slug());
            ps.setString(2, RecordKind.INCIDENT.slug());
            ps.setString(3, RecordKind.COOPERATION_REQUEST.slug());
            try (ResultSet rs = ps.executeQuery()) {
                java.util.List<org.tutela.core.registry.RegistryRecord> batch = new java.util.ArrayList<>();
                while (rs.next()) {
                    batch.add(json.read(RecordKind.fromSlug(rs.getString(1)).orElseThrow(), rs.getString(2)));
                    if (batch.size() == 1000) {
                        RecordKeys.insert(c, batch, false);
                        batch.clear();
                    }
                }
                RecordKeys.insert(c, batch, false);
            }
        }
    }
}
