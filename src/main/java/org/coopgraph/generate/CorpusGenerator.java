package org.coopgraph.generate;

import org.coopgraph.generate.ExpectedFacts.ExpectedEntity;
import org.coopgraph.generate.ExpectedFacts.ExpectedFact;
import org.coopgraph.generate.World.City;
import org.coopgraph.generate.World.Org;
import org.coopgraph.generate.World.Title;
import org.coopgraph.model.Country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic press releases in English and French about the {@link World}, each with its
 * expected facts. Release {@code i} depends only on the seed, the corpus size and {@code i} (its own
 * {@link SplittableRandom}), so releases can be made in any order or in parallel and the same seed
 * always gives the same bytes. Dates grow with {@code i} from 2010 to 2025, so people's roles
 * change along the corpus.
 *
 * <p>The sentences follow the structures the extractor reads: appositions for roles ("X, Director
 * of Y, said"), "X will support Y", "X fournira des renseignements à INTERPOL", signings with their
 * signatories, trainings, conferences with hosts and speakers, appointments with predecessors,
 * joint operations. Several phrasings of each keep the corpus from being one template.
 *
 * <p>Each release names about 27 entities (hubs, countries, and mostly organisations and people
 * from the long tail of the world) and states about 23 facts, so that about 8.5 of its entities
 * are new to the corpus: 100,000 releases make a graph of about a million nodes and five million
 * relationships once imported (see the README's "Scale" section).
 */
public final class CorpusGenerator {

    /** One generated release: its file name (NAME.txt), the file's text, and its expected facts. */
    public record Release(int index, String name, String text, ExpectedFacts expected) {
    }

    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final String[] DESC_EN = {"a global provider of security software", "a cybersecurity company",
            "a provider of threat intelligence services", "an international security firm",
            "a developer of digital forensics tools"};
    private static final String[] DESC_FR = {"éditeur de solutions de sécurité", "spécialiste de la cybersécurité",
            "fournisseur de services de renseignement sur les menaces", "entreprise internationale de sécurité"};
    private static final String[] CRIME_EN = {"a ransomware network", "a botnet", "an online fraud ring",
            "a phishing campaign", "a malware marketplace"};
    private static final String[] CRIME_FR = {"un réseau de rançongiciels", "un réseau de machines zombies",
            "un réseau d'escroqueries en ligne", "une campagne d'hameçonnage"};
    private static final String[] TOPIC_EN = {"digital forensics", "malware analysis", "cryptocurrency tracing",
            "incident response", "darknet investigations"};
    private static final String[] TOPIC_FR = {"l'investigation numérique", "l'analyse des logiciels malveillants",
            "le traçage des cryptomonnaies", "la réponse aux incidents"};
    private static final String[] QUOTE_EN = {"No one can fight cybercrime alone.",
            "Criminals do not stop at borders, and neither should we.",
            "Sharing what we see is the most useful thing we can do.",
            "This partnership will make a real difference for investigators.",
            "Every report we pass on can shorten an investigation by weeks.",
            "Our analysts see these networks every day; now the police will see them too.",
            "Trust between police and industry is built one case at a time.",
            "Victims gain most when we pool what we know.",
            "We want investigators everywhere to have the same tools.",
            "Cooperation across sectors is no longer optional."};
    private static final String[] QUOTE_FR = {"Personne ne peut lutter seul contre la cybercriminalité.",
            "Les criminels ignorent les frontières, nous devons faire de même.",
            "Partager ce que nous observons est notre meilleure contribution.",
            "Ce partenariat changera la donne pour les enquêteurs.",
            "Chaque signalement transmis peut raccourcir une enquête de plusieurs semaines.",
            "Nos analystes voient ces réseaux tous les jours ; la police les verra aussi.",
            "La confiance entre police et industrie se construit affaire après affaire.",
            "Ce sont les victimes qui gagnent le plus quand nous mettons nos connaissances en commun.",
            "Nous voulons que les enquêteurs du monde entier disposent des mêmes outils.",
            "La coopération entre secteurs n'est plus une option."};
    private static final String[] EVENT_FORM_EN = {"%s Cybercrime Conference", "%s Cyber Security Summit",
            "%s Digital Forensics Symposium"};
    private static final String[] EVENT_FORM_FR = {"Conférence %s sur la cybercriminalité", "Sommet %s de la cybersécurité",
            "Colloque %s sur l'investigation numérique"};

    private static final String[] TRAINING_FORM_EN = {"%s Digital Forensics Workshop", "%s Cyber Investigation Seminar",
            "%s Malware Analysis Workshop"};
    private static final String[] TRAINING_FORM_FR = {"Atelier %s", "Séminaire %s", "Atelier %s"};
    private static final String[] MEETING_FORM_EN = {"%s Coordination Meeting", "%s Operational Meeting"};
    private static final String[] MEETING_FORM_FR = {"Session %s", "Session %s"};

    private final long seed;
    private final World world;
    private final int total;

    public CorpusGenerator(long seed, int releases) {
        this.seed = seed;
        this.total = releases;
        this.world = World.of(seed, releases);
    }

    public World world() {
        return world;
    }

    /** Release {@code i} (0-based; indexes at or beyond the corpus size make fresh releases for later imports). */
    public Release release(int i) {
        SplittableRandom rnd = new SplittableRandom(World.mix(seed * 0x9E3779B97F4A7C15L + i));
        String lang = rnd.nextInt(100) < 60 ? "en" : "fr";
        long span = LocalDate.of(2025, 12, 31).toEpochDay() - LocalDate.of(2010, 1, 1).toEpochDay();
        long day = LocalDate.of(2010, 1, 1).toEpochDay() + Math.min(span, (long) ((double) i / Math.max(1, total) * span))
                + rnd.nextInt(20);
        LocalDate date = LocalDate.ofEpochDay(day);
        Doc d = new Doc(lang, date, rnd);
        int kind = rnd.nextInt(100);
        if (kind < 20) {
            support(d);
        } else if (kind < 35) {
            intelligence(d);
        } else if (kind < 50) {
            agreement(d);
        } else if (kind < 63) {
            training(d);
        } else if (kind < 78) {
            conference(d);
        } else if (kind < 90) {
            appointment(d);
        } else {
            operation(d);
        }
        String name = String.format(Locale.ROOT, "%s-%s-%06d-%s", lang, date, i, d.slug);
        String source = "https://newsroom.example/coopgraph-synthetic/" + seed + "/" + i;
        String text = "title: " + d.title + "\ndate: " + date + "\nlanguage: " + lang + "\nsource: " + source + "\n\n"
                + String.join("\n\n", d.paragraphs.stream().filter(x -> !x.isEmpty()).toList()) + "\n";
        ExpectedFacts exp = new ExpectedFacts(lang, date.toString(), d.title, d.entities, d.facts, d.absent);
        return new Release(i, name, text, exp);
    }

    // ---- release kinds ----------------------------------------------------------------------------
    //
    // Each kind names a few hubs and, mostly, organisations and people from the long tail of the
    // world: co-supporters, other intelligence providers, countries trained, speakers and
    // attendees with their titles, the agencies of an operation. On average a release names about
    // thirty entities, of which about nine are new to the corpus.

    private void support(Doc d) {
        Org c = company(d.rnd);
        Org z = d.rnd.nextInt(10) < 4 ? world.orgs.get(d.rnd.nextBoolean() ? world.igci : world.ec3) : centre(d.rnd);
        Org parent = world.orgs.get(z.parent());
        int since = d.year + d.rnd.nextInt(2);
        d.title = d.en ? c.name() + " to support the " + z.name() : c.name() + " soutiendra le " + z.nameIn("fr");
        d.slug = "support";
        d.dateline(cityFor(c, d.rnd));
        d.org(c);
        d.org(z);
        d.org(parent);
        String zn = z.nameIn(d.lang);
        String verbEn = pick(d.rnd, "will support", "has agreed to support", "is to support");
        d.p(d.en ? "%s, %s, today announced that it %s the %s from %d.".formatted(c.name(), pick(d.rnd, DESC_EN), verbEn, zn, since)
                : "%s, %s, a annoncé aujourd'hui qu'elle soutiendra le %s à partir de %d.".formatted(c.name(),
                pick(d.rnd, DESC_FR), zn, since));
        d.fact(ExpectedFact.of(c.name(), "SUPPORTS", z.name()).withSince(Integer.toString(since)));
        City zc = world.cityOf(z);
        if (!z.hub() || z.index() == world.igci) {
            String where = z.index() == world.igci ? "Singapore" : zc == null ? null : zc.nameIn(d.lang);
            String whereFr = z.index() == world.igci ? "Singapour" : where;
            if (where != null) {
                d.p(d.en ? "The %s, the cybercrime unit of %s, is based in %s.".formatted(zn, parent.name(), where)
                        : "Le %s, unité de %s, est basé à %s.".formatted(zn, parent.nameIn("fr"), whereFr));
                d.fact(ExpectedFact.of(z.name(), "PART_OF", parent.name()));
                d.fact(ExpectedFact.of(z.name(), "LOCATED_IN", d.en ? where : whereFr));
                if (z.index() == world.igci) {
                    d.entity(d.en ? "Singapore" : "Singapour", "Country", null);
                } else {
                    d.entity(where, "City", null);
                }
            }
        }
        // the centre's other backers: a coordinated subject, one SUPPORTS each
        List<Org> others = distinct(d, 3 + d.rnd.nextInt(5), this::company, List.of(c));
        d.p(d.en ? "%s also support the %s.".formatted(list(names(others), "and"), zn)
                : "%s soutiennent également le %s.".formatted(list(names(others), "et"), zn));
        for (Org o : others) {
            d.org(o);
            d.fact(ExpectedFact.of(o.name(), "SUPPORTS", z.name()));
        }
        d.quote(c, 0);
        d.quote(z, staffSlot(d.rnd));
        if (d.rnd.nextBoolean()) {
            d.quote(parent.hub() ? parent : z, 0);
        }
        for (Org o : others) {
            d.quote(o, staffSlot(d.rnd));
        }
        d.quote(z, staffSlot(d.rnd));
        List<String> served = d.countries(3 + d.rnd.nextInt(8));
        d.p(d.en ? "Investigators in %s were among the first to use its findings.".formatted(list(served, "and"))
                : "Les enquêteurs de %s ont été parmi les premiers à utiliser ses analyses.".formatted(list(served, "et")));
        d.partners(c, this);
        d.about(c, world);
        d.absent(ExpectedFact.of(c.name(), "PARTY_TO", "*"));
    }

    private void intelligence(Doc d) {
        Org c = d.rnd.nextInt(10) < 8 ? company(d.rnd) : agency(d.rnd);
        boolean interpol = d.rnd.nextInt(10) < 7;
        Org h = world.orgs.get(interpol ? world.interpol : world.europol);
        d.title = d.en ? c.name() + " to share threat intelligence with " + h.name()
                : c.name() + " partagera ses renseignements avec " + h.name();
        d.slug = "intelligence";
        d.dateline(cityFor(c, d.rnd));
        d.org(c);
        d.org(h);
        String members = interpol ? (d.en ? "its member countries" : "ses pays membres")
                : (d.en ? "its member states" : "ses États membres");
        String what = pick(d.rnd, "threat intelligence", "intelligence on botnets", "threat data");
        d.p(d.en ? "%s will provide %s to %s, which will disseminate it to %s.".formatted(c.name(), what, h.name(), members)
                : "%s fournira des renseignements à %s, qui les transmettra à %s.".formatted(c.name(), h.name(), members));
        d.fact(ExpectedFact.of(c.name(), "PROVIDES_INTELLIGENCE_TO", h.name()));
        d.fact(ExpectedFact.of(h.name(), "DISSEMINATES_TO", h.name()).withScope("members"));
        // the other private partners that already feed the hub
        List<Org> others = distinct(d, 3 + d.rnd.nextInt(5), this::company, List.of(c));
        d.p(d.en ? "%s already provide %s to %s.".formatted(list(names(others), "and"),
                pick(d.rnd, "threat data", "intelligence on malware", "threat intelligence"), h.name())
                : "%s fournissent déjà des renseignements à %s.".formatted(list(names(others), "et"), h.name()));
        for (Org o : others) {
            d.org(o);
            d.fact(ExpectedFact.of(o.name(), "PROVIDES_INTELLIGENCE_TO", h.name()));
        }
        List<String> first = d.countries(3 + d.rnd.nextInt(8));
        d.p(d.en ? "The first reports went to investigators in %s.".formatted(list(first, "and"))
                : "Les premiers rapports ont été remis aux enquêteurs de %s.".formatted(list(first, "et")));
        d.quote(c, d.rnd.nextInt(2));
        d.quote(h, 0);
        d.quote(h, staffSlot(d.rnd));
        d.quote(h, staffSlot(d.rnd));
        for (Org o : others) {
            d.quote(o, staffSlot(d.rnd));
        }
        d.partners(c, this);
        if ("company".equals(c.kind())) {
            d.about(c, world);
        }
        d.absent(ExpectedFact.of(c.name(), "PARTY_TO", "*"));
        d.absent(ExpectedFact.of(h.name(), "PROVIDES_INTELLIGENCE_TO", c.name()));
    }

    private void agreement(Doc d) {
        Org a = d.rnd.nextBoolean() ? company(d.rnd) : agency(d.rnd);
        Org b = d.rnd.nextInt(10) < 4 ? world.orgs.get(d.rnd.nextBoolean() ? world.interpol : world.europol) : agency(d.rnd);
        if (a.index() == b.index()) {
            b = world.orgs.get(world.interpol);
        }
        City city = cityFor(b, d.rnd);
        d.title = d.en ? a.name() + " and " + b.name() + " sign a memorandum of understanding"
                : a.name() + " et " + b.name() + " signent un protocole d'accord";
        d.slug = "agreement";
        d.dateline(city);
        d.org(a);
        d.org(b);
        String day = d.en ? d.date.getDayOfMonth() + " " + MONTHS_EN[d.date.getMonthValue() - 1] + " " + d.year
                : d.date.getDayOfMonth() + " " + MONTHS_FR[d.date.getMonthValue() - 1] + " " + d.year;
        d.p(d.en ? "%s and %s signed a memorandum of understanding on %s to strengthen their cooperation against cybercrime."
                .formatted(a.name(), b.name(), day)
                : "%s et %s ont signé un protocole d'accord le %s afin de renforcer leur coopération contre la cybercriminalité."
                .formatted(a.name(), b.name(), day));
        d.fact(ExpectedFact.of(a.name(), "PARTY_TO", "*agreement*"));
        d.fact(ExpectedFact.of(b.name(), "PARTY_TO", "*agreement*"));
        // "to strengthen their cooperation": the two already cooperate
        d.fact(ExpectedFact.of(a.name(), "COOPERATES_WITH", b.name()));
        int pa = world.holder(a.index(), 0, d.year);
        int pb = world.holder(b.index(), 0, d.year);
        if (pa != pb) {
            String na = world.person(pa);
            String nb = world.person(pb);
            Title ta = world.title(a.index(), 0);
            Title tb = world.title(b.index(), 0);
            d.p(d.en ? "The agreement was signed by %s, %s of %s, and %s, %s of %s.".formatted(na, ta.en(), a.name(), nb,
                    tb.en(), b.name())
                    : "L'accord a été signé par %s, %s de %s, et %s, %s de %s.".formatted(na, ta.fr(), a.name(), nb,
                    tb.fr(), b.name()));
            d.person(na);
            d.person(nb);
            d.fact(ExpectedFact.of(na, "SIGNED", "*agreement*"));
            d.fact(ExpectedFact.of(nb, "SIGNED", "*agreement*"));
            d.fact(ExpectedFact.of(na, "HOLDS_ROLE", a.name()).withTitle(ta.in(d.lang)));
            d.fact(ExpectedFact.of(nb, "HOLDS_ROLE", b.name()).withTitle(tb.in(d.lang)));
        }
        d.p(d.en ? "Under the agreement, %s will share threat data with %s and the two will exchange experts."
                .formatted(a.name(), b.name())
                : "Aux termes de l'accord, %s partagera ses données sur les menaces avec %s.".formatted(a.name(), b.name()));
        d.fact(ExpectedFact.of(a.name(), "PROVIDES_INTELLIGENCE_TO", b.name()));
        d.entityAgreement();
        // the people who will run it, each quoted with the role in apposition
        int voices = 6 + d.rnd.nextInt(5);
        for (int k = 0; k < voices; k++) {
            d.quote(k % 2 == 0 ? a : b, 1 + d.rnd.nextInt(World.STAFF_SLOTS));
        }
        d.partners(a, this);
        if ("company".equals(a.kind())) {
            d.about(a, world);
        }
    }

    private void training(Doc d) {
        Org a = d.rnd.nextInt(10) < 7 ? company(d.rnd) : world.orgs.get(d.rnd.nextBoolean() ? world.interpol : world.igci);
        String topic = pick(d.rnd, d.en ? TOPIC_EN : TOPIC_FR);
        d.title = d.en ? a.name() + " trains investigators in " + topic : a.name() + " forme des enquêteurs " + aFr(topic);
        d.slug = "training";
        City city = world.cities.get(d.rnd.nextInt(world.cities.size()));
        d.dateline(city);
        d.org(a);
        // the course as an event of its own: host, place, trainers, participants
        String ev = (d.en ? TRAINING_FORM_EN : TRAINING_FORM_FR)[d.rnd.nextInt(TRAINING_FORM_EN.length)].formatted(eventStem(d.rnd));
        d.entity(ev, "Event", null);
        d.p(d.en ? "The %s, hosted by %s, opened today in %s.".formatted(ev, a.name(), city.nameIn("en"))
                : "%s, organisé par %s, s'est ouvert aujourd'hui à %s.".formatted(frArticle(ev), a.name(), city.nameIn("fr")));
        d.fact(ExpectedFact.of(a.name(), "HOSTS", "*event*"));
        d.fact(ExpectedFact.of("*event*", "LOCATED_IN", city.nameIn(d.lang)));
        List<String> names = d.countries(3 + d.rnd.nextInt(13));
        for (String cn : names) {
            d.fact(ExpectedFact.of(a.name(), "PROVIDES_TRAINING_TO", cn));
        }
        int officers = 10 + d.rnd.nextInt(60);
        d.p(d.en ? "%s trained %d police officers from %s in %s this week.".formatted(a.name(), officers, list(names, "and"), topic)
                : "%s a formé cette semaine %d policiers de %s %s.".formatted(a.name(), officers, list(names, "et"), aFr(topic)));
        int trainers = 3 + d.rnd.nextInt(5);
        for (int k = 0; k < trainers; k++) {
            d.speaker(a, 2 + d.rnd.nextInt(World.STAFF_SLOTS - 1),
                    d.en ? "gave a presentation on " + pick(d.rnd, TOPIC_EN) : "a pris la parole sur " + pick(d.rnd, TOPIC_FR));
        }
        List<Org> present = distinct(d, 3 + d.rnd.nextInt(6), this::agency, List.of(a));
        d.p(d.en ? "Officers from %s took part in the training.".formatted(list(names(present), "and"))
                : "Des représentants de %s ont participé à la formation.".formatted(list(names(present), "et")));
        for (Org o : present) {
            d.org(o);
            d.fact(ExpectedFact.of(o.name(), "PARTICIPATES_IN", "*event*"));
        }
        for (Org o : present.subList(0, Math.min(present.size(), 2 + d.rnd.nextInt(4)))) {
            d.attendee(o, staffSlot(d.rnd), d.en ? "also attended the training" : "a également participé à la formation");
        }
        Org b = agency(d.rnd);
        d.org(b);
        d.p(d.en ? "%s will also train investigators of the %s next year.".formatted(a.name(), b.name())
                : "%s formera aussi les enquêteurs de la %s l'an prochain.".formatted(a.name(), b.name()));
        d.fact(ExpectedFact.of(a.name(), "PROVIDES_TRAINING_TO", b.name()));
        d.quote(a, d.rnd.nextInt(2));
        if ("company".equals(a.kind())) {
            d.about(a, world);
        }
        d.absent(ExpectedFact.of(a.name(), "PARTY_TO", "*"));
    }

    private void conference(Doc d) {
        boolean bigHost = d.rnd.nextInt(10) < 3;
        Org host = bigHost ? world.orgs.get(d.rnd.nextBoolean() ? world.interpol : world.europol) : agency(d.rnd);
        City city = cityFor(host, d.rnd);
        String stem = eventStem(d.rnd);
        String ev = (d.en ? EVENT_FORM_EN : EVENT_FORM_FR)[d.rnd.nextInt(EVENT_FORM_EN.length)].formatted(stem);
        d.title = d.en ? "The " + ev + " opens in " + city.nameIn("en") : "Ouverture de la " + ev + " à " + city.nameIn("fr");
        d.slug = "conference";
        d.dateline(city);
        d.org(host);
        d.entity(ev, "Event", null);
        int delegates = 100 + d.rnd.nextInt(600);
        d.p(d.en ? "The %s, hosted by %s, opened today in %s with more than %d experts from law enforcement and industry."
                .formatted(ev, host.name(), city.nameIn("en"), delegates)
                : "La %s, organisée par %s, s'est ouverte aujourd'hui à %s en présence de plus de %d experts."
                .formatted(ev, host.name(), city.nameIn("fr"), delegates));
        d.fact(ExpectedFact.of(host.name(), "HOSTS", "*event*"));
        d.fact(ExpectedFact.of("*event*", "LOCATED_IN", city.nameIn(d.lang)));
        int speakers = 6 + d.rnd.nextInt(7);
        for (int s = 0; s < speakers; s++) {
            Org o = s == 0 ? host : anyOrg(d.rnd);
            int slot = s == 0 ? 0 : d.rnd.nextInt(1 + World.STAFF_SLOTS);
            String verb;
            if (s == 0) {
                verb = d.en ? "delivered the opening keynote" : "a prononcé le discours d'ouverture";
            } else if (d.en) {
                verb = pick(d.rnd, "spoke on a panel about ", "gave a presentation on ", "delivered a talk on ")
                        + pick(d.rnd, TOPIC_EN);
            } else {
                verb = pick(d.rnd, "est intervenu lors d'une table ronde", "a pris la parole sur " + pick(d.rnd, TOPIC_FR));
            }
            d.speaker(o, slot, verb);
        }
        int guests = 4 + d.rnd.nextInt(6);
        for (int k = 0; k < guests; k++) {
            d.attendee(anyOrg(d.rnd), d.rnd.nextInt(1 + World.STAFF_SLOTS),
                    d.en ? pick(d.rnd, "attended the conference", "was among the participants")
                            : pick(d.rnd, "a participé à la conférence", "a assisté à la conférence"));
        }
        List<Org> attending = distinct(d, 4 + d.rnd.nextInt(9), r -> r.nextBoolean() ? company(r) : agency(r), List.of(host));
        List<String> names = names(attending);
        for (Org o : attending) {
            d.org(o);
            d.fact(ExpectedFact.of(o.name(), "PARTICIPATES_IN", "*event*"));
            d.absent(new ExpectedFact(o.name(), "PARTICIPATES_IN", "*", null, "speaker", null, null, null, null, null));
        }
        d.p(d.en ? "Representatives of %s attended the conference.".formatted(list(names, "and"))
                : "Des représentants de %s ont participé à la conférence.".formatted(list(names, "et")));
        List<String> delegations = d.countries(5 + d.rnd.nextInt(20));
        d.p(d.en ? "Delegations from %s also took part.".formatted(list(delegations, "and"))
                : "Des délégations de %s ont également participé.".formatted(list(delegations, "et")));
    }

    private void appointment(Doc d) {
        Org o = d.rnd.nextInt(10) < 2 ? world.orgs.get(d.rnd.nextBoolean() ? world.igci : world.ec3)
                : d.rnd.nextBoolean() ? agency(d.rnd) : centre(d.rnd);
        int slot = d.rnd.nextInt(10) < 7 ? 0 : 1;
        int start = world.tenureStart(o.index(), slot, d.year);
        int newcomer = world.holder(o.index(), slot, start);
        int predecessor = world.holder(o.index(), slot, start - 1);
        int prevStart = world.tenureStart(o.index(), slot, start - 1);
        Title t = world.title(o.index(), slot);
        String p = world.person(newcomer);
        String on = o.nameIn(d.lang);
        d.title = d.en ? p + " appointed " + t.en() + " of " + on : p + " nommé " + t.fr() + " de " + on;
        d.slug = "appointment";
        d.dateline(cityFor(o, d.rnd));
        d.org(o);
        d.person(p);
        d.p(d.en ? "%s has been appointed %s of the %s, effective %s %d.".formatted(p, t.en(), on,
                MONTHS_EN[d.date.getMonthValue() - 1], d.year)
                : "%s a été nommé %s de %s à compter de %s %d.".formatted(p, t.fr(), on,
                MONTHS_FR[d.date.getMonthValue() - 1], d.year));
        d.fact(ExpectedFact.of(p, "HOLDS_ROLE", o.name()).withTitle(t.in(d.lang)).withSince(Integer.toString(d.year)));
        if (predecessor != newcomer) {
            String q = world.person(predecessor);
            d.person(q);
            d.p(d.en ? "%s succeeds %s, who served as %s of the %s from %d to %d.".formatted(p, q, t.en(), on, prevStart, start)
                    : "%s succède à %s, qui a été %s de %s de %d à %d.".formatted(p, q, t.fr(), on, prevStart, start));
            d.fact(ExpectedFact.of(q, "HOLDS_ROLE", o.name()).withTitle(t.in(d.lang)).asPast(Integer.toString(start)));
        }
        // the newcomer's previous role, when the world gives one elsewhere
        Org prev = agency(d.rnd);
        if (prev.index() != o.index() && world.holder(prev.index(), 1, start - 1) != newcomer) {
            Title pt = world.title(prev.index(), 1);
            d.org(prev);
            d.p(d.en ? "%s was previously %s of the %s.".formatted(p, pt.en(), prev.name())
                    : "%s était auparavant %s de la %s.".formatted(p, pt.fr(), prev.name()));
            d.fact(ExpectedFact.of(p, "HOLDS_ROLE", prev.name()).withTitle(pt.in(d.lang)).asPast(null));
        }
        if (o.parent() >= 0) {
            Org parent = world.orgs.get(o.parent());
            d.org(parent);
            d.p(d.en ? "The %s is part of %s.".formatted(on, parent.name())
                    : "Le %s fait partie de %s.".formatted(on, parent.nameIn("fr")));
            d.fact(ExpectedFact.of(o.name(), "PART_OF", parent.name()));
            d.quote(parent, 0);
        }
        // colleagues who welcome the newcomer, each in apposition
        int voices = 5 + d.rnd.nextInt(5);
        for (int k = 0; k < voices; k++) {
            int s = 2 + d.rnd.nextInt(World.STAFF_SLOTS - 1);
            if (world.holder(o.index(), s, d.year) != newcomer && world.holder(o.index(), s, d.year) != predecessor) {
                d.quote(o, s);
            }
        }
        d.partners(o, this);
    }

    private void operation(Doc d) {
        Org a1 = agency(d.rnd);
        Org a2 = d.rnd.nextBoolean() ? agency(d.rnd) : world.orgs.get(world.europol);
        if (a1.index() == a2.index()) {
            a2 = world.orgs.get(world.europol);
        }
        Org c = company(d.rnd);
        String crime = pick(d.rnd, d.en ? CRIME_EN : CRIME_FR);
        d.title = d.en ? a1.name() + " and " + a2.name() + " dismantle " + crime
                : a1.name() + " et " + a2.name() + " démantèlent " + crime;
        d.slug = "operation";
        City city = cityFor(a1, d.rnd);
        d.dateline(city);
        d.org(a1);
        d.org(a2);
        d.org(c);
        d.p(d.en ? "The %s cooperated with the %s in an operation against %s.".formatted(a1.name(), a2.name(), crime)
                : "La %s a coopéré avec %s dans une opération contre %s.".formatted(a1.name(), a2.name(), crime));
        d.fact(ExpectedFact.of(a1.name(), "COOPERATES_WITH", a2.name()));
        int n = 2 + d.rnd.nextInt(3);
        d.p(d.en ? "%s seconded %d malware analysts to the %s for the investigation.".formatted(c.name(), n, a1.name())
                : "%s a mis %d analystes à la disposition de la %s pour l'enquête.".formatted(c.name(), n, a1.name()));
        d.fact(ExpectedFact.of(c.name(), "PROVIDES_EXPERTS_TO", a1.name()));
        // the coordination meeting: an event with its host, place and participating agencies
        String ev = (d.en ? MEETING_FORM_EN : MEETING_FORM_FR)[d.rnd.nextInt(MEETING_FORM_EN.length)].formatted(eventStem(d.rnd));
        d.entity(ev, "Event", null);
        City where = cityFor(a2, d.rnd);
        d.p(d.en ? "The %s, hosted by %s, opened today in %s to prepare the next phase.".formatted(ev, a2.name(), where.nameIn("en"))
                : "%s, organisée par %s, s'est ouverte aujourd'hui à %s pour préparer la suite.".formatted(frArticle(ev), a2.name(),
                where.nameIn("fr")));
        d.entity(where.nameIn(d.lang), "City", null);
        d.fact(ExpectedFact.of(a2.name(), "HOSTS", "*event*"));
        d.fact(ExpectedFact.of("*event*", "LOCATED_IN", where.nameIn(d.lang)));
        List<Org> present = distinct(d, 4 + d.rnd.nextInt(9), this::agency, List.of(a1, a2));
        d.p(d.en ? "Officers from %s took part in the meeting.".formatted(list(names(present), "and"))
                : "Des représentants de %s ont participé à la réunion.".formatted(list(names(present), "et")));
        for (Org o : present) {
            d.org(o);
            d.fact(ExpectedFact.of(o.name(), "PARTICIPATES_IN", "*event*"));
        }
        d.speaker(a2, staffSlot(d.rnd), d.en ? "gave a presentation on the investigation" : "a présenté l'enquête");
        for (Org o : present.subList(0, Math.min(present.size(), 2 + d.rnd.nextInt(5)))) {
            d.speaker(o, staffSlot(d.rnd), d.en ? "presented the findings of the " + o.name()
                    : "a présenté les résultats de " + o.name());
        }
        List<String> arrests = d.countries(4 + d.rnd.nextInt(12));
        d.p(d.en ? "Suspects were arrested in %s.".formatted(list(arrests, "and"))
                : "Des suspects ont été arrêtés dans les pays suivants : %s.".formatted(list(arrests, "et")));
        d.quote(a1, 0);
        for (Org o : present.subList(Math.max(0, present.size() - 1 - d.rnd.nextInt(3)), present.size())) {
            d.quote(o, staffSlot(d.rnd));
        }
        d.absent(ExpectedFact.of(a1.name(), "PARTY_TO", "*"));
    }

    // ---- choosing ---------------------------------------------------------------------------------

    /** Mostly a staff slot, sometimes the head. */
    private static int staffSlot(SplittableRandom rnd) {
        return rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(World.STAFF_SLOTS);
    }

    /** A company, an agency or a centre. */
    Org anyOrg(SplittableRandom rnd) {
        int r = rnd.nextInt(10);
        return r < 5 ? company(rnd) : r < 8 ? agency(rnd) : centre(rnd);
    }

    /** Up to {@code n} different organisations from {@code pick}, none of {@code taken}; at least one. */
    private List<Org> distinct(Doc d, int n, java.util.function.Function<SplittableRandom, Org> pick, List<Org> taken) {
        List<Org> out = new ArrayList<>();
        for (int k = 0; k < n * 2 && out.size() < n; k++) {
            Org o = pick.apply(d.rnd);
            // one name with a final dot at most ("Inc."), and last: a list reads on past it only there
            boolean dotted = o.name().endsWith(".");
            if (!out.contains(o) && !taken.contains(o) && !d.named(o.name())
                    && !(dotted && out.stream().anyMatch(x -> x.name().endsWith(".")))) {
                out.add(o);
            }
        }
        out.sort(java.util.Comparator.comparing((Org x) -> x.name().endsWith(".")));
        if (out.isEmpty()) {
            // the tail is long: a uniform draw over it is almost never taken
            for (int k = world.companiesFrom; out.isEmpty(); k++) {
                Org o = world.orgs.get(k);
                if (!taken.contains(o) && !d.named(o.name())) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private static List<String> names(List<Org> orgs) {
        return orgs.stream().map(Org::name).toList();
    }

    /** "L'Atelier X", "Le Séminaire X", "La Session X": a French event name with its article. */
    private static String frArticle(String ev) {
        if (ev.startsWith("Atelier")) {
            return "L'" + ev;
        }
        return (ev.startsWith("Session") ? "La " : "Le ") + ev;
    }

    /** A name for a new event: three or four syllables, so that two releases seldom share one by chance. */
    private static String eventStem(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        int n = 3 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(World.SYL[rnd.nextInt(World.SYL.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /**
     * A pick in [from, to) with a few hubs and a long tail: half the draws follow a power law (low
     * indexes come up far more often), the other half are spread evenly, so most of the pool shows
     * up once or twice and each release brings organisations the corpus has not named yet.
     */
    private static int skewed(SplittableRandom rnd, int from, int to) {
        double u = rnd.nextDouble();
        double x = rnd.nextInt(100) < TAIL_PERCENT ? u : u * u * u;
        return from + Math.min(to - from - 1, (int) ((to - from) * x));
    }

    static final int TAIL_PERCENT = 80;

    Org company(SplittableRandom rnd) {
        return world.orgs.get(skewed(rnd, world.companiesFrom, world.companiesTo));
    }

    Org agency(SplittableRandom rnd) {
        return world.orgs.get(skewed(rnd, world.agenciesFrom, world.agenciesTo));
    }

    Org centre(SplittableRandom rnd) {
        return world.orgs.get(skewed(rnd, world.centresFrom, world.centresTo));
    }

    private City cityFor(Org o, SplittableRandom rnd) {
        City c = world.cityOf(o);
        return c != null ? c : world.cities.get(rnd.nextInt(world.cities.size()));
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }

    /** "à" before a French topic: "au traçage", "à l'analyse", "à la réponse". */
    static String aFr(String topic) {
        return topic.startsWith("le ") ? "au " + topic.substring(3) : "à " + topic;
    }

    /** Country names that read well in a list: no commas, brackets or "and" of their own, and not a first name. */
    static boolean plainCountry(String n) {
        return !n.contains(",") && !n.contains("(") && !n.contains("&") && !n.contains(" and ") && !n.contains(" et ")
                && !n.contains("-et-") && !n.contains("'") && !n.equals("Jordan");
    }

    static String list(List<String> names, String and) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    // ---- one document being written --------------------------------------------------------------

    /** The paragraphs and expectations of one release as it is written. */
    private final class Doc {
        final String lang;
        final boolean en;
        final LocalDate date;
        final int year;
        final SplittableRandom rnd;
        final List<String> paragraphs = new ArrayList<>();
        final List<ExpectedEntity> entities = new ArrayList<>();
        final List<ExpectedFact> facts = new ArrayList<>();
        final List<ExpectedFact> absent = new ArrayList<>();
        final java.util.Set<String> quoted = new java.util.TreeSet<>();
        final java.util.Set<String> spoke = new java.util.TreeSet<>();
        final java.util.Set<String> roles = new java.util.TreeSet<>();
        String title;
        String slug;
        private boolean dated;

        Doc(String lang, LocalDate date, SplittableRandom rnd) {
            this.lang = lang;
            this.en = lang.equals("en");
            this.date = date;
            this.year = date.getYear();
            this.rnd = rnd;
        }

        void p(String paragraph) {
            if (!dated) {
                throw new IllegalStateException("dateline first");
            }
            paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + paragraph);
            paragraphs.add("");
        }

        void dateline(City c) {
            dated = true;
            paragraphs.add(c.nameIn(lang).toUpperCase(Locale.ROOT) + " – ");
            entity(c.nameIn(lang), "City", null);
        }

        void entity(String name, String type, String kind) {
            for (ExpectedEntity e : entities) {
                if (e.name().equals(name)) {
                    return;
                }
            }
            entities.add(new ExpectedEntity(name, type, kind));
        }

        void org(Org o) {
            entity(o.name(), o.type(), o.kind());
        }

        void person(String name) {
            entity(name, "Person", null);
        }

        void entityAgreement() {
            // the agreement has no name of its own in the text: expected facts point at *agreement*
        }

        void fact(ExpectedFact f) {
            if (!facts.contains(f)) {
                facts.add(f);
            }
        }

        void absent(ExpectedFact f) {
            absent.add(f);
        }

        /** Whether the release already names this entity. */
        boolean named(String name) {
            for (ExpectedEntity e : entities) {
                if (e.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A quote from the holder of a slot, with the role in apposition. Skipped when that person
         * already speaks or attends an event of the release (a quote says they did not), or already
         * holds another role here.
         */
        void quote(Org o, int slot) {
            String p = world.person(world.holder(o.index(), slot, year));
            Title t = world.title(o.index(), slot);
            if (spoke.contains(p) || quoted.contains(p) || !mayName(p, o, t)) {
                return;
            }
            String on = o.nameIn(lang);
            if (en) {
                p("\"%s\" said %s, %s of %s.".formatted(pick(rnd, QUOTE_EN), p, t.en(), on));
            } else {
                p("« %s », a déclaré %s, %s de %s.".formatted(pick(rnd, QUOTE_FR), p, t.fr(), on));
            }
            person(p);
            org(o);
            fact(ExpectedFact.of(p, "HOLDS_ROLE", o.name()).withTitle(t.in(lang)));
            absent(ExpectedFact.of(p, "PARTICIPATES_IN", "*"));
            quoted.add(p);
        }

        /** "P, Title of O, VERB.": a speaker at the release's event. */
        void speaker(Org o, int slot, String verb) {
            participant(o, slot, verb, "speaker");
        }

        /** "P, Title of O, attended the conference.": a participant in the release's event. */
        void attendee(Org o, int slot, String verb) {
            participant(o, slot, verb, "participant");
        }

        private void participant(Org o, int slot, String verb, String role) {
            String p = world.person(world.holder(o.index(), slot, year));
            Title t = world.title(o.index(), slot);
            if (!mayName(p, o, t) || quoted.contains(p)) {
                return;
            }
            p(en ? "%s, %s of %s, %s.".formatted(p, t.en(), o.nameIn("en"), verb)
                    : "%s, %s de %s, %s.".formatted(p, t.fr(), o.nameIn("fr"), verb));
            person(p);
            org(o);
            fact(ExpectedFact.of(p, "PARTICIPATES_IN", "*event*").withRole(role));
            fact(ExpectedFact.of(p, "HOLDS_ROLE", o.name()).withTitle(t.in(lang)));
            roles.add(p + "|" + o.index() + "|" + t.en());
            spoke.add(p);
        }

        /** A person may be named again only in the same role (the same slot held by one person). */
        private boolean mayName(String p, Org o, Title t) {
            if (!named(p)) {
                roles.add(p + "|" + o.index() + "|" + t.en());
                return true;
            }
            return roles.contains(p + "|" + o.index() + "|" + t.en());
        }

        /** {@code n} different countries (at most), as the release's language names them; each an expected entity. */
        List<String> countries(int n) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < n * 2 && out.size() < n; k++) {
                Country c = world.members.get(rnd.nextInt(world.members.size()));
                String cn = en ? c.name() : c.nameFr();
                if (cn == null || out.contains(cn) || !plainCountry(cn)) {
                    continue;
                }
                out.add(cn);
            }
            if (out.isEmpty()) {
                out.add(en ? "France" : "France");
            }
            for (String cn : out) {
                entity(cn, "Country", null);
            }
            return out;
        }

        /** Companies cooperating with a few agencies: the long tail of the graph. */
        void partners(Org c, CorpusGenerator g) {
            if (rnd.nextInt(10) < 4) {
                return;
            }
            int n = 1 + rnd.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Org a = g.agency(rnd);
                if (!names.contains(a.name()) && a.index() != c.index() && !named(a.name())) {
                    names.add(a.name());
                    org(a);
                    fact(ExpectedFact.of(c.name(), "COOPERATES_WITH", a.name()));
                }
            }
            if (names.isEmpty()) {
                return;
            }
            p(en ? "%s already works with the %s.".formatted(c.name(), list(names, "and"))
                    : "%s travaille déjà avec la %s.".formatted(c.name(), list(names, "et")));
        }

        void about(Org c, World w) {
            City city = w.cityOf(c);
            if (city == null) {
                return;
            }
            String where = city.nameIn(lang);
            p(en ? "About %s\n%s, headquartered in %s, develops security software and services.".formatted(c.name(),
                    c.name(), where)
                    : "À propos de %s\n%s, dont le siège est à %s, développe des logiciels de sécurité.".formatted(c.name(),
                    c.name(), where));
            entity(where, "City", null);
            fact(ExpectedFact.of(c.name(), "LOCATED_IN", where));
        }
    }
}
