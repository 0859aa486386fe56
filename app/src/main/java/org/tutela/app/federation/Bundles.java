package org.tutela.app.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tutela.core.federation.FederationInputException;
import org.tutela.core.federation.Partner;
import org.tutela.core.federation.Reception;
import org.tutela.storage.PrivateFiles;
import org.tutela.storage.federation.BulletinLedger;

/**
 * Bundle files, for offices not connected: the signed envelopes one partner is to receive, one per line, exactly
 * as they would travel over the network. Each bulletin is its own signed statement, judged on import by the same
 * checks as a pushed one; the file adds nothing that needs trusting, so a bundle gives the same result as the network.
 */
public final class Bundles {
    /** A bundle larger than this is refused unread. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final String CHANNEL = "bundle";

    private Bundles() {
    }

    /** Writes what {@code partner} is to receive after {@code afterSequence} to {@code file} (0600); records each delivery. */
    public static int export(Federation federation, String partnerId, long afterSequence, Path file) throws IOException {
        Partner partner = federation.partners().find(partnerId).orElseThrow(() -> new FederationInputException("partner",
                "federation.partner.unknown.see", partnerId));
        List<BulletinLedger.Sent> sent = federation.sentTo(partner, afterSequence, 10_000);
        StringBuilder text = new StringBuilder();
        for (BulletinLedger.Sent s : sent) {
            text.append(s.envelope()).append('\n');
        }
        PrivateFiles.writeString(file, text.toString());
        for (BulletinLedger.Sent s : sent) {
            federation.delivered(s.bulletinId(), partner.id(), CHANNEL);
        }
        return sent.size();
    }

    /** Receives every bulletin of the file, each judged on its own; the verdicts in the file's order. */
    public static List<Reception.Verdict> importFile(Federation federation, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new FederationInputException("bundle", "federation.bundle.missing", file.toString());
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new FederationInputException("bundle", "federation.bundle.too-big", file.toString(), Files.size(file), MAX_FILE_BYTES);
        }
        List<Reception.Verdict> verdicts = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                verdicts.add(federation.receive(line.strip().getBytes(StandardCharsets.UTF_8), CHANNEL));
            }
        }
        return verdicts;
    }
}
