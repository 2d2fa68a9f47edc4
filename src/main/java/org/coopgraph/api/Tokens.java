package org.coopgraph.api;

import org.coopgraph.Hashes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * API tokens with roles. Only SHA-256 digests are kept, in memory and in the tokens file (one
 * {@code id role sha256hex} line per token); a presented token is hashed and compared with every
 * digest in constant time. Tokens themselves are shown once, when created, and never logged.
 */
public final class Tokens {

    /** What a token may do; each role includes the ones before it. */
    public enum Role {
        /** every GET */
        READER,
        /** imports and deletions */
        EDITOR,
        /** token management */
        ADMIN;

        public boolean allows(Role needed) {
            return ordinal() >= needed.ordinal();
        }

        static Role parse(String s) {
            return Role.valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** A token as stored: who it is for, its role, and the digest of its secret. */
    public record Entry(String id, Role role, String sha256) {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    private Tokens(Path file) {
        this.file = file;
    }

    /** No tokens: the API is open and {@code serve} binds to loopback only. */
    public static Tokens none() {
        return new Tokens(null);
    }

    /**
     * Tokens from a file (may be null or absent) plus, for compatibility, {@code COOPGRAPH_TOKEN}
     * as a single editor token (may be null).
     */
    public static Tokens load(Path file, String singleEditorToken) {
        Tokens t = new Tokens(file);
        if (file != null && Files.exists(file)) {
            try {
                int n = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    n++;
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    String[] parts = l.split("\\s+");
                    if (parts.length != 3 || !parts[2].matches("[0-9a-f]{64}")) {
                        throw new IllegalArgumentException(file + " line " + n
                                + ": expected 'id role sha256hex', got '" + l + "'");
                    }
                    t.entries.add(new Entry(parts[0], Role.parse(parts[1]), parts[2]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (singleEditorToken != null && !singleEditorToken.isBlank()) {
            t.entries.add(new Entry("COOPGRAPH_TOKEN", Role.EDITOR, sha256(singleEditorToken.strip())));
        }
        return t;
    }

    public boolean configured() {
        return !entries.isEmpty();
    }

    /** The entry whose digest matches, checking every entry so timing says nothing about which. */
    public Optional<Entry> find(String presented) {
        byte[] digest = HexFormat.of().parseHex(sha256(presented));
        Entry found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(digest, HexFormat.of().parseHex(e.sha256())) && found == null) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Entry> list() {
        return List.copyOf(entries);
    }

    /** Creates a token, stores its digest (in the file when there is one) and returns the secret. */
    public synchronized String add(String id, Role role) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a token id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (entries.stream().anyMatch(e -> e.id().equals(id))) {
            throw new IllegalArgumentException("a token with id '" + id + "' exists already");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "cg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        entries.add(new Entry(id, role, sha256(token)));
        save();
        return token;
    }

    public synchronized boolean remove(String id) {
        boolean removed = entries.removeIf(e -> e.id().equals(id) && !e.id().equals("COOPGRAPH_TOKEN"));
        if (removed) {
            save();
        }
        return removed;
    }

    private void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# coopgraph API tokens: id role sha256(token). The tokens themselves are not stored.");
        entries.stream().filter(e -> !e.id().equals("COOPGRAPH_TOKEN"))
                .forEach(e -> lines.add(e.id() + " " + e.role().name().toLowerCase(Locale.ROOT) + " " + e.sha256()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        return Hashes.sha256(s);
    }
}
