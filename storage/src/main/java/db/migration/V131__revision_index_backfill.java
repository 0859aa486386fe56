package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tutela.core.registry.RecordKind;
import org.tutela.json.RecordJson;
import org.tutela.storage.registry.RevisionIndex;

/**
 * Fills V130's {@code revision_key} and {@code revision_reference} for the revisions written before it. In
 * Java, not SQL: the keys and references are core's ({@code RecordKey.of}, {@code referencedIds()}), read
 * from each revision's JSON.
 */
public class V131__revision_index_backfill extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        RecordJson json = new RecordJson();
        try (PreparedStatement read = c.prepareStatement("SELECT record_id, revision, kind, body FROM record_revision WHERE NOT retracted")) {
            // PostgreSQL streams the rows in this transaction instead of holding every revision in memory
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                List<RevisionIndex.Entry> pending = new ArrayList<>();
                while (rs.next()) {
                    pending.add(new RevisionIndex.Entry(rs.getInt(2),
                            json.read(RecordKind.fromSlug(rs.getString(3)).orElseThrow(), rs.getString(4))));
                    if (pending.size() == BATCH) {
                        RevisionIndex.insert(c, pending);
                        pending.clear();
                    }
                }
                RevisionIndex.insert(c, pending);
            }
        }
    }
}
