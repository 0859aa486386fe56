package org.tutela.storage.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tutela.storage.PrivateFiles;

/**
 * Signed heads of the audit chain, appended to a file outside the database: each line names a position in
 * the chain and its HMAC, links to the line before by its SHA-256, and is signed with the Ed25519 key derived
 * from the audit key (a signed tree head in the manner of RFC 6962, over a hash chain rather than a Merkle
 * tree: one signed head per checkpoint is all the check needs). Someone who can write the database cannot
 * cut the log's tail below a checkpoint, nor rewrite the chain under one, and cannot alter this file
 * without breaking a signature or a link.
 *
 * <p>The lines hold no names or texts, only positions, hashes and signatures: copies can go to another
 * machine (syslog, a write-once store), which is what protects against someone who can also delete the file.
 */
public final class AuditCheckpoints {
    public static final String FILE = "audit-checkpoints.log";
    private static final String VERSION = "v1";

    /** A position in the chain: its number, its hash and the key that made it. */
    public record Head(long seq, String hash, String keyId) {
    }

    record Checkpoint(int line, long number, long seq, String keyId, String hash, Instant at, String previous, String signature,
                      String signed) {
    }

    private final Path file;

    public AuditCheckpoints(Path directory) {
        this.file = directory.toAbsolutePath().normalize().resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * Appends a signed checkpoint for the head {@code head} gives, read while this file is locked so that
     * checkpoints from several processes stay in chain order. Nothing is written when the head is unkeyed or
     * already the last checkpoint.
     */
    public Optional<Head> write(Supplier<Head> head, AuditKey key) {
        try {
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.touch(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                Head now = head.get();
                if (now.keyId().isEmpty() || !key.knows(now.keyId())) {
                    return Optional.empty();
                }
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                if (!last.isEmpty()) {
                    String[] parts = last.split(" ");
                    if (parts.length == 8 && parts[2].equals(Long.toString(now.seq())) && parts[4].equals(now.hash())) {
                        return Optional.empty();
                    }
                }
                String signed = String.join(" ", VERSION, Long.toString(lines.size() + 1), Long.toString(now.seq()), now.keyId(), now.hash(),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), last.isEmpty() ? AuditEntry.GENESIS : sha256(last));
                String line = signed + " " + key.sign(now.keyId(), signed) + "\n";
                channel.position(channel.size());
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
                return Optional.of(now);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit checkpoint file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every checkpoint in the file, in order; a line that is not one breaks the check. */
    List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The chain positions the check needs the stored hashes of. */
    static List<Long> positions(List<String> lines) {
        List<Long> out = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length == 8) {
                try {
                    out.add(Long.parseLong(parts[2]));
                } catch (NumberFormatException e) {
                    // reported by check
                }
            }
        }
        return out;
    }

    /**
     * Checks the file against the chain: every line well formed, linked to the one before and signed under
     * a key given; positions never going back; no position beyond the last entry (a cut tail); and each
     * position's stored hash the one signed (a rewritten chain). {@code hashes} holds the stored hash of each
     * position in the chain that {@link #positions} named.
     */
    static Result check(List<String> lines, long entries, Map<Long, String> hashes, Optional<AuditKey> key, Path where) {
        String previous = AuditEntry.GENESIS;
        long lastSeq = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String at = "checkpoint " + (i + 1) + " in " + where;
            String[] parts = line.split(" ");
            if (parts.length != 8 || !VERSION.equals(parts[0])) {
                return Result.broken(lines.size(), new ChainCheck.Broken(lastSeq, at + ": not a checkpoint line; the file was altered"));
            }
            long seq;
            try {
                if (Long.parseLong(parts[1]) != i + 1) {
                    return Result.broken(lines.size(), new ChainCheck.Broken(lastSeq, at + ": numbered " + parts[1]
                            + "; a checkpoint before it was removed or the file was altered"));
                }
                seq = Long.parseLong(parts[2]);
            } catch (NumberFormatException e) {
                return Result.broken(lines.size(), new ChainCheck.Broken(lastSeq, at + ": not a checkpoint line; the file was altered"));
            }
            if (!parts[6].equals(previous)) {
                return Result.broken(lines.size(), new ChainCheck.Broken(seq, at + ": does not link to the checkpoint before it; "
                        + "a checkpoint was changed, inserted or removed"));
            }
            String signed = line.substring(0, line.lastIndexOf(' '));
            if (key.isEmpty() || !key.get().knows(parts[3])) {
                return Result.broken(lines.size(), new ChainCheck.Broken(seq, at + ": signed with the audit key " + parts[3]
                        + ", which is not among the keys given"));
            }
            if (!AuditKey.verifySignature(key.get().publicKey(parts[3]), signed, parts[7])) {
                return Result.broken(lines.size(), new ChainCheck.Broken(seq, at + ": the signature does not match; the checkpoint file was altered"));
            }
            if (seq < lastSeq) {
                return Result.broken(lines.size(), new ChainCheck.Broken(seq, at + ": goes back from entry " + lastSeq + " to " + seq));
            }
            if (seq > entries) {
                return Result.broken(lines.size(), new ChainCheck.Broken(entries + 1, "entries " + (entries + 1) + "-" + seq
                        + " are missing: " + at + ", signed at " + parts[5] + ", vouches for " + seq + " entries; the log's tail was cut"));
            }
            String stored = hashes.get(seq);
            if (!parts[4].equals(stored)) {
                return Result.broken(lines.size(), new ChainCheck.Broken(seq, "entry " + seq + " is not the one " + at
                        + " signed: the chain was rewritten"));
            }
            previous = sha256(line);
            lastSeq = seq;
        }
        return new Result(lines.size(), Optional.empty(), lastSeq);
    }

    record Result(long checkpoints, Optional<ChainCheck.Broken> broken, long lastSeq) {
        static Result broken(long checkpoints, ChainCheck.Broken broken) {
            return new Result(checkpoints, Optional.of(broken), 0);
        }
    }

    private static String sha256(String line) {
        return AuditEntry.unkeyedHash("", line);
    }
}
