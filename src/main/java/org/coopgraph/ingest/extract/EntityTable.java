package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.ingest.text.Slugs;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entities of one release as they are resolved: ids, names, every surface form seen. */
final class EntityTable {

    static final class Slot {
        final String id;
        EntityType type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        String kind;
        String country;
        final Map<String, Object> properties = new LinkedHashMap<>();
        boolean used;

        Slot(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        Entity toEntity() {
            List<String> al = new ArrayList<>();
            for (String a : aliases) {
                if (!a.equals(name) && !a.isBlank()) {
                    al.add(a);
                }
            }
            al.add(0, name);
            return new Entity(id, type, name, al, kind, country, properties);
        }
    }

    private final Gazetteer gazetteer;
    private final Map<String, Slot> byId = new LinkedHashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final List<Slot> persons = new ArrayList<>();

    EntityTable(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Slot get(String id) {
        return byId.get(id);
    }

    List<Slot> slots() {
        return new ArrayList<>(byId.values());
    }

    /** Gives every mention an id; people with a full name first, so that "M. Noble" finds them. */
    void resolve(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type == EntityType.Person && Normalise.key(m.surface).contains(" ")) {
                person(m);
            }
        }
        for (Mention m : mentions) {
            if (m.id != null || m.type == null) {
                continue;
            }
            if (m.type == EntityType.Person) {
                person(m);
            } else {
                other(m);
            }
        }
    }

    private void other(Mention m) {
        Entity known = m.known;
        if (known == null) {
            String id = byKey.get(Gazetteer.matchKey(m.name));
            if (id == null) {
                for (String a : m.aliases) {
                    id = byKey.get(Gazetteer.matchKey(a));
                    if (id != null) {
                        break;
                    }
                }
            }
            if (id != null) {
                Slot s = byId.get(id);
                attach(m, s);
                return;
            }
            String prefix = Gazetteer.matchKey(m.name) + " ";
            if (m.source == Mention.Source.DISCOVERED && prefix.length() > 1) {
                for (Map.Entry<String, String> e : byKey.entrySet()) {
                    Slot s = byId.get(e.getValue());
                    if (s.type == m.type && e.getKey().startsWith(prefix)) {
                        attach(m, s);
                        return;
                    }
                }
            }
            known = gazetteer.lookup(m.name).filter(e -> e.type() != EntityType.Person).orElse(null);
            if (known == null) {
                for (String a : m.aliases) {
                    known = gazetteer.lookup(a).filter(e -> e.type() != EntityType.Person && e.type() != EntityType.Country)
                            .orElse(null);
                    if (known != null) {
                        break;
                    }
                }
            }
        }
        Slot s;
        if (known != null) {
            s = byId.get(known.id());
            if (s == null) {
                s = new Slot(known.id(), known.type(), known.name());
                s.kind = known.kind();
                s.country = known.country();
                byId.put(s.id, s);
                register(known.name(), s);
            }
        } else {
            String name = cleanName(m.name);
            String id = Slugs.slug(name);
            Slot clash = byId.get(id);
            if (clash != null && clash.type != m.type) {
                id = id + "-" + m.type.name().toLowerCase(java.util.Locale.ROOT);
            }
            s = byId.get(id);
            if (s == null) {
                s = new Slot(id, m.type, name);
                s.kind = m.kind;
                byId.put(id, s);
                register(name, s);
            }
        }
        attach(m, s);
    }

    private void attach(Mention m, Slot s) {
        m.id = s.id;
        // a known name keeps its article ("La Haye", "Le Caire"); a new one loses it ("the Nordic Agency")
        s.aliases.add(m.known != null && Gazetteer.matchKey(m.surface).equals(Normalise.key(m.surface))
                ? SPACES.matcher(m.surface).replaceAll(" ").strip().replace('\u2019', '\'') : cleanName(m.surface));
        register(m.surface, s);
        for (String a : m.aliases) {
            s.aliases.add(a);
            register(a, s);
        }
        if (s.country == null && m.country != null) {
            s.country = m.country;
        }
        if (s.kind == null && m.kind != null) {
            s.kind = m.kind;
        }
    }

    private void register(String name, Slot s) {
        String k = Gazetteer.matchKey(name);
        if (!k.isEmpty()) {
            byKey.putIfAbsent(k, s.id);
        }
    }

    private void person(Mention m) {
        String[] t = Normalise.key(m.surface).split(" ");
        Slot found = null;
        if (t.length == 1) {
            for (Slot p : persons) {
                String[] pt = Normalise.key(p.name).split(" ");
                if (Names.close(pt[pt.length - 1], t[0])) {
                    found = p;
                    break;
                }
            }
        } else {
            for (Slot p : persons) {
                String[] pt = Normalise.key(p.name).split(" ");
                if (pt.length < 2) {
                    continue;
                }
                boolean sameSurname = pt[pt.length - 1].equals(t[t.length - 1]) && Names.close(pt[0], t[0]);
                boolean sameGiven = pt[0].equals(t[0]) && Names.close(pt[pt.length - 1], t[t.length - 1]);
                if (sameSurname || sameGiven) {
                    found = p;
                    break;
                }
            }
            if (found == null) {
                Entity known = gazetteer.findPerson(m.surface).orElse(null);
                if (known == null) {
                    known = gazetteer.lookup(m.surface).filter(e -> e.type() == EntityType.Person).orElse(null);
                }
                if (known != null) {
                    found = byId.get(known.id());
                    if (found == null) {
                        found = new Slot(known.id(), EntityType.Person, known.name());
                        byId.put(found.id, found);
                        persons.add(found);
                    }
                }
            }
        }
        if (found == null) {
            String id = Slugs.slug(m.surface);
            found = byId.get(id);
            if (found == null || found.type != EntityType.Person) {
                if (found != null) {
                    id = id + "-person";
                }
                found = new Slot(id, EntityType.Person, cleanName(m.surface));
                byId.put(id, found);
                persons.add(found);
            }
        }
        m.id = found.id;
        found.aliases.add(cleanName(m.surface));
    }

    /** Adds a slot made by a rule (events, agreements, places). */
    Slot create(String id, EntityType type, String name) {
        Slot s = byId.get(id);
        if (s == null) {
            s = new Slot(id, type, name);
            byId.put(id, s);
        }
        return s;
    }

    /** A known entity by id (a country or city), added to the release when first used. */
    Slot known(Entity e) {
        Slot s = byId.get(e.id());
        if (s == null) {
            s = new Slot(e.id(), e.type(), e.name());
            s.kind = e.kind();
            s.country = e.country();
            byId.put(s.id, s);
        }
        return s;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "^(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es)\\s+|[Ll]['\u2019])");

    static String cleanName(String s) {
        String t = SPACES.matcher(s).replaceAll(" ").strip();
        t = ARTICLE.matcher(t).replaceFirst("");
        return t.replace('\u2019', '\'');
    }
}
