package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Country;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Names the graph already knows (ids, names, aliases, types, kinds), matched on accent-, case-
 * and punctuation-insensitive keys. Thread-safe: lookups run while an import {@link #learn}s.
 */
public final class Gazetteer {

    private static final String RESOURCE = "/reference/known-organisations.csv";
    private static volatile Gazetteer reference;

    /** Common short or older forms of country names, English and French, beside the JDK's. */
    private static final Map<String, String> COUNTRY_FORMS = Map.ofEntries(
            Map.entry("Russia", "RU"), Map.entry("Russian Federation", "RU"), Map.entry("Fédération de Russie", "RU"),
            Map.entry("UK", "GB"), Map.entry("U.K.", "GB"), Map.entry("United Kingdom", "GB"), Map.entry("Britain", "GB"),
            Map.entry("Great Britain", "GB"), Map.entry("Royaume-Uni", "GB"), Map.entry("Grande-Bretagne", "GB"),
            Map.entry("Netherlands", "NL"), Map.entry("Holland", "NL"), Map.entry("Pays-Bas", "NL"),
            Map.entry("US", "US"), Map.entry("U.S.", "US"), Map.entry("USA", "US"), Map.entry("United States", "US"),
            Map.entry("United States of America", "US"), Map.entry("États-Unis", "US"), Map.entry("Etats-Unis", "US"),
            Map.entry("South Korea", "KR"), Map.entry("Republic of Korea", "KR"), Map.entry("Korea", "KR"),
            Map.entry("Corée du Sud", "KR"), Map.entry("République de Corée", "KR"), Map.entry("North Korea", "KP"),
            Map.entry("Corée du Nord", "KP"), Map.entry("Czech Republic", "CZ"), Map.entry("République tchèque", "CZ"),
            Map.entry("Ivory Coast", "CI"), Map.entry("Côte d'Ivoire", "CI"), Map.entry("UAE", "AE"),
            Map.entry("United Arab Emirates", "AE"), Map.entry("Émirats arabes unis", "AE"), Map.entry("Vietnam", "VN"),
            Map.entry("Viet Nam", "VN"), Map.entry("Turkey", "TR"), Map.entry("Türkiye", "TR"), Map.entry("Turquie", "TR"),
            Map.entry("Syria", "SY"), Map.entry("Syrie", "SY"), Map.entry("Iran", "IR"), Map.entry("Laos", "LA"),
            Map.entry("Moldova", "MD"), Map.entry("Moldavie", "MD"), Map.entry("Tanzania", "TZ"), Map.entry("Tanzanie", "TZ"),
            Map.entry("Bolivia", "BO"), Map.entry("Bolivie", "BO"), Map.entry("Venezuela", "VE"), Map.entry("Taiwan", "TW"),
            Map.entry("Burma", "MM"), Map.entry("Myanmar", "MM"), Map.entry("DRC", "CD"), Map.entry("RDC", "CD"),
            Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("République démocratique du Congo", "CD"),
            Map.entry("North Macedonia", "MK"), Map.entry("Macédoine du Nord", "MK"), Map.entry("Cape Verde", "CV"),
            Map.entry("Cap-Vert", "CV"), Map.entry("Eswatini", "SZ"), Map.entry("Swaziland", "SZ"), Map.entry("Vatican", "VA"),
            Map.entry("Principauté de Monaco", "MC"), Map.entry("Hong Kong", "HK"), Map.entry("Palestine", "PS"),
            Map.entry("Brunei", "BN"), Map.entry("Macau", "MO"), Map.entry("Macao", "MO"), Map.entry("Micronesia", "FM"));
    /** JDK French names that are also common given names or words: not matched in running text. */
    private static final Set<String> TEXT_EXCLUDED = Set.of("maurice", "dominique", "man", "guernesey", "jersey",
            "chad", "georgia", "jordan", "sainte lucie", "niger", "turkey", "korea");

    private final Map<String, Entity> byKey = new ConcurrentHashMap<>();
    private final Set<String> textKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> exactCase = ConcurrentHashMap.newKeySet();
    private final Set<String> firstTokens = ConcurrentHashMap.newKeySet();
    private volatile int maxTokens = 1;
    private final Map<String, String> parents = new ConcurrentHashMap<>();
    private final Map<String, Entity> byId = new ConcurrentHashMap<>();
    /** The keys each id was stored under, so that a later form of an entity replaces every one. */
    private final Map<String, Set<String>> keysById = new ConcurrentHashMap<>();
    private final Map<String, List<Entity>> personsBySurname = new ConcurrentHashMap<>();
    private final Map<String, List<Entity>> personsByGiven = new ConcurrentHashMap<>();

    private Gazetteer() {
    }

    /** What the graph already holds. */
    public static Gazetteer of(Collection<Entity> known) {
        return new Gazetteer().learn(known);
    }

    /**
     * Countries (English and French names, common short forms) and the well-known bodies and
     * cities: a new gazetteer each call, built from one cached copy, so that what one caller
     * learns is never seen by another.
     */
    public static Gazetteer reference() {
        Gazetteer g = reference;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (reference == null) {
                    reference = buildReference();
                }
                g = reference;
            }
        }
        return g.copy();
    }

    private Gazetteer copy() {
        Gazetteer c = new Gazetteer();
        c.byKey.putAll(byKey);
        c.textKeys.addAll(textKeys);
        c.exactCase.addAll(exactCase);
        c.firstTokens.addAll(firstTokens);
        c.maxTokens = maxTokens;
        c.parents.putAll(parents);
        c.byId.putAll(byId);
        keysById.forEach((id, keys) -> c.keysById.put(id, copyOf(keys)));
        personsBySurname.forEach((k, v) -> c.personsBySurname.put(k, new CopyOnWriteArrayList<>(v)));
        personsByGiven.forEach((k, v) -> c.personsByGiven.put(k, new CopyOnWriteArrayList<>(v)));
        return c;
    }

    /**
     * Adds {@code more} in place and returns this gazetteer; on a clash of names, {@code more} wins.
     * Costs what {@code more} holds, not what the gazetteer holds, so an import can teach it every
     * release's entities. Readers may run meanwhile: each lookup sees a name before or after it was
     * learnt, never a broken entry.
     */
    public synchronized Gazetteer learn(Collection<Entity> more) {
        if (more != null) {
            for (Entity e : more) {
                if (e != null && e.id() != null && e.name() != null) {
                    add(e);
                }
            }
        }
        return this;
    }

    private void add(Entity e) {
        Entity prev = byId.get(e.id());
        if (prev != null) {
            // merge aliases of the same id: the graph's entity keeps its names and gains ours
            List<String> aliases = new ArrayList<>(prev.aliases());
            for (String a : e.aliases()) {
                if (!aliases.contains(a)) {
                    aliases.add(a);
                }
            }
            e = new Entity(e.id(), e.type() != null ? e.type() : prev.type(), e.name(), aliases,
                    e.kind() != null ? e.kind() : prev.kind(), e.country() != null ? e.country() : prev.country(),
                    e.properties().isEmpty() ? prev.properties() : e.properties());
            if (e.equals(prev)) {
                return;
            }
        }
        byId.put(e.id(), e);
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        for (String n : names) {
            String k = matchKey(n);
            if (k.isEmpty()) {
                continue;
            }
            boolean code = e.type() == EntityType.Country && n.length() <= 3 && n.equals(n.toUpperCase())
                    && !COUNTRY_FORMS.containsKey(n);
            put(k, e, !code, n);
        }
        if (prev != null) {
            // keys of the earlier form that no other entity took since now point to the merged one
            Entity merged = e;
            keysById.getOrDefault(e.id(), Set.of()).forEach(k -> byKey.computeIfPresent(k,
                    (key, v) -> v.id().equals(merged.id()) ? merged : v));
        }
        if (e.type() == EntityType.Person) {
            String[] t = Normalise.key(e.name()).split(" ");
            if (t.length >= 2) {
                index(personsBySurname, t[t.length - 1], e);
                index(personsByGiven, t[0], e);
            }
        }
    }

    private static void index(Map<String, List<Entity>> people, String key, Entity e) {
        List<Entity> list = people.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        list.removeIf(p -> p.id().equals(e.id()));
        list.add(e);
    }

    private void put(String key, Entity e, boolean inText, String surface) {
        byKey.put(key, e);
        keysById.computeIfAbsent(e.id(), id -> ConcurrentHashMap.newKeySet()).add(key);
        if (inText) {
            textKeys.add(key);
            String[] tokens = key.split(" ");
            firstTokens.add(tokens[0]);
            maxTokens = Math.max(maxTokens, tokens.length);
            String letters = surface.replaceAll("[^\\p{L}]", "");
            if (letters.length() <= 5 && letters.equals(letters.toUpperCase()) && !letters.isEmpty()) {
                exactCase.add(key);
            } else {
                exactCase.remove(key);
            }
        }
    }

    private static Set<String> copyOf(Set<String> keys) {
        Set<String> c = ConcurrentHashMap.newKeySet();
        c.addAll(keys);
        return c;
    }

    /** Accent-, case- and punctuation-insensitive lookup of a name, alias or ISO code. */
    public Optional<Entity> lookup(String surfaceForm) {
        if (surfaceForm == null) {
            return Optional.empty();
        }
        Entity e = byKey.get(matchKey(surfaceForm));
        if (e != null) {
            return Optional.of(e);
        }
        return findPerson(surfaceForm);
    }

    /** A known person whose name is within a small edit distance of {@code name} (one name equal). */
    public Optional<Entity> findPerson(String name) {
        String[] t = Normalise.key(name).split(" ");
        if (t.length < 2) {
            return Optional.empty();
        }
        String given = t[0];
        String surname = t[t.length - 1];
        for (Entity p : personsBySurname.getOrDefault(surname, List.of())) {
            String[] pt = Normalise.key(p.name()).split(" ");
            if (Names.close(pt[0], given)) {
                return Optional.of(p);
            }
        }
        for (Entity p : personsByGiven.getOrDefault(given, List.of())) {
            String[] pt = Normalise.key(p.name()).split(" ");
            if (Names.close(pt[pt.length - 1], surname)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    Entity byId(String id) {
        return byId.get(id);
    }

    /** The parent (PART_OF) of a known centre, when the reference data gives one. */
    String parentOf(String id) {
        return parents.get(id);
    }

    /** The entity for a key of matched text tokens, when it may be matched in running text. */
    Entity textMatch(String key, boolean allUpper) {
        if (!textKeys.contains(key)) {
            return null;
        }
        if (exactCase.contains(key) && !allUpper) {
            return null;
        }
        return byKey.get(key);
    }

    boolean startsName(String firstTokenKey) {
        return firstTokens.contains(firstTokenKey);
    }

    int maxTokens() {
        return maxTokens;
    }

    /** The key names are stored under: folded, without a leading "the" or elided "l'". */
    static String matchKey(String s) {
        String k = Normalise.key(s);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        } else if (k.startsWith("l ") && k.length() > 2) {
            k = k.substring(2);
        }
        return k;
    }

    private static Gazetteer buildReference() {
        Gazetteer b = new Gazetteer();
        List<Entity> countries = new ArrayList<>();
        Map<String, Country> byIso = new HashMap<>();
        for (Country c : Country.all()) {
            byIso.put(c.iso2(), c);
        }
        Map<String, List<String>> extra = new HashMap<>();
        COUNTRY_FORMS.forEach((form, iso) -> extra.computeIfAbsent(iso, k -> new ArrayList<>()).add(form));
        for (Country c : byIso.values()) {
            List<String> aliases = new ArrayList<>(c.aliases());
            aliases.addAll(extra.getOrDefault(c.iso2(), List.of()));
            Entity e = new Entity(c.iso2(), EntityType.Country, c.name(), aliases, null, c.iso2(), Map.of());
            countries.add(e);
            for (String a : aliases) {
                String k = matchKey(a);
                boolean code = a.equals(c.iso2()) || a.equals(c.iso3());
                b.put(k, e, !code && !TEXT_EXCLUDED.contains(k) || extra.getOrDefault(c.iso2(), List.of()).contains(a),
                        a);
            }
            b.byId.put(e.id(), e);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = Arrays.copyOf(line.split(",", -1), 7);
                    EntityType type = EntityType.parse(f[1]);
                    List<String> aliases = new ArrayList<>();
                    aliases.add(f[5]);
                    if (f[6] != null && !f[6].isBlank()) {
                        aliases.addAll(Arrays.asList(f[6].split("\\|")));
                    }
                    Entity e = new Entity(f[0], type, f[5], aliases, blank(f[2]), blank(f[3]), Map.of());
                    if (blank(f[4]) != null) {
                        b.parents.put(f[0], f[4]);
                    }
                    b.add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
