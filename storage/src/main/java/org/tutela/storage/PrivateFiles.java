package org.tutela.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only their owner can read: every file Tutela writes holds names or keys. Made with
 * the permissions from the start (not narrowed afterwards, which would leave a moment when others can open
 * them); on file systems without POSIX permissions the operating system's defaults apply.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory and any missing parents as 0700; an existing directory is narrowed to 0700 when it is the last. */
    public static Path createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            narrow(absolute, DIRECTORY);
            return absolute;
        }
        if (absolute.getParent() != null && !Files.exists(absolute.getParent())) {
            createDirectories(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute, attributes(DIRECTORY));
        } catch (FileAlreadyExistsException e) {
            narrow(absolute, DIRECTORY);
        }
        return absolute;
    }

    /** Creates an empty file as 0600 if it does not exist; narrows an existing one to 0600. */
    public static Path touch(Path file) throws IOException {
        try {
            Files.createFile(file, attributes(FILE));
        } catch (FileAlreadyExistsException e) {
            narrow(file, FILE);
        }
        return file;
    }

    /** Narrows a file someone else created (the database's) to 0600; never creates one, and one gone meanwhile is left gone. */
    public static void restrict(Path file) throws IOException {
        try {
            narrow(file, FILE);
        } catch (java.nio.file.NoSuchFileException e) {
            // removed between listing and narrowing (a temporary file of the database): nothing to protect
        }
    }

    /** Writes the text to a file that is 0600 from its creation on. */
    public static Path writeString(Path file, String text) throws IOException {
        touch(file);
        return Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static void narrow(Path path, Set<PosixFilePermission> permissions) throws IOException {
        // a directory someone else owns (say --data /tmp) is left as it is
        if (posix() && !Files.getPosixFilePermissions(path).equals(permissions)
                && Files.getOwner(path).getName().equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
