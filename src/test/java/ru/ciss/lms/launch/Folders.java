package ru.ciss.lms.launch;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the launch code and the drills do with whole folders (unpacked binaries and runtimes, backups). */
public final class Folders {

    private Folders() {
    }

    /** Deletes the folder with everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Copies the folder with everything in it into {@code to}, which must not hold any of its files yet. */
    public static void copyTree(Path from, Path to, CopyOption... options) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, options);
                }
            }
        }
    }
}
