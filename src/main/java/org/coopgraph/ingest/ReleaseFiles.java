package org.coopgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files an import takes: files named as given, directories walked in name order (so runs are
 * repeatable). A walk skips hidden files, READMEs and {@code *.expected.json} (a corpus keeps its
 * expected facts beside its releases); every other file is offered to the importer, which
 * refuses what it cannot read, by name.
 */
public final class ReleaseFiles {

    private ReleaseFiles() {
    }

    public static List<Path> walk(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(ReleaseFiles::takenFromDirectory).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static boolean takenFromDirectory(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.startsWith("readme") && !lower.endsWith(".expected.json");
    }
}
