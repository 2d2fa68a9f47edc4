package org.coopgraph.generate;

import org.coopgraph.model.Country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic world a corpus is written about: a few real hubs (INTERPOL and its IGCI, Europol and
 * its EC3, regional police bodies), thousands of generated companies, police agencies and centres,
 * a pool of people whose roles change over the years, real countries and cities. Built only from
 * the seed and the corpus size, with lists (never hash iteration), so the same inputs give the same
 * world.
 */
public final class World {

    /** An organisation or centre. {@code parent} is an index into {@link #orgs}, or -1. */
    public record Org(int index, String name, String nameFr, String type, String kind, String country, String city,
                      int parent, boolean hub) {
        public String nameIn(String lang) {
            return "fr".equals(lang) && nameFr != null ? nameFr : name;
        }
    }

    /** A real city with its country (ISO2), as the reference data types it. */
    public record City(String name, String nameFr, String country) {
        public String nameIn(String lang) {
            return "fr".equals(lang) && nameFr != null ? nameFr : name;
        }
    }

    /** A title in both languages. */
    public record Title(String en, String fr) {
        public String in(String lang) {
            return "fr".equals(lang) ? fr : en;
        }
    }

    static final String[] SYL = {"var", "nor", "tek", "qua", "ris", "bel", "mo", "ra", "tes", "sa", "li", "ne", "cor",
            "da", "vin", "lux", "sen", "tri", "ka", "zen", "pha", "lor", "mi", "gal", "dor", "ve", "xi", "sol", "tan",
            "bri", "que", "lan", "ostr", "fen", "cal", "ro", "ven", "thal", "kes", "mar", "ion", "dex", "ny", "vo",
            "sty", "ark", "eno", "pri", "sig", "ul"};
    static final String[] COMPANY_SUFFIX = {"Labs", "Inc.", "Group", "Ltd", "Technologies", "Systems", "Networks",
            "Software"};
    static final String[] AGENCY_FORM = {"%s Police Agency", "%s National Police", "%s Cybercrime Bureau",
            "%s Federal Police", "%s Investigation Bureau"};
    static final String[] CENTRE_FORM = {"%s Cyber Centre", "%s Digital Forensics Lab", "%s Threat Research Unit",
            "%s Cyber Centre", "%s Cybercrime Unit"};
    static final String[] FIRST = {"Anna", "Marco", "Sofia", "Daniel", "Elena", "Tomas", "Laura", "Pieter", "Amina",
            "Kenji", "Yuki", "Carlos", "Ines", "Oliver", "Nadia", "Samuel", "Clara", "Hugo", "Maya", "Ravi", "Leila",
            "Jonas", "Aisha", "Mateo", "Freya", "Luca", "Zara", "Viktor", "Hana", "Omar", "Greta", "Felix", "Noor",
            "Emil", "Julia", "Tariq", "Vera", "Adrian", "Mei", "Kofi", "Lina", "Stefan", "Chloe", "Ibrahim", "Paula",
            "Andrei", "Ingrid", "Diego", "Sara", "Mikael", "Alice", "Bruno", "Celine", "Dario", "Esther", "Farid",
            "Gisele", "Henrik", "Irene", "Joao", "Katja", "Lars", "Marta", "Nils", "Olga", "Pablo", "Rosa", "Sven",
            "Teresa", "Ugo", "Wanda", "Xavier", "Yara", "Zoltan", "Agnes", "Boris", "Camille", "Dmitri", "Eva",
            "Fatima", "Anders", "Bianca", "Cedric", "Delia", "Elias", "Fiona", "Gunnar", "Helga", "Idris", "Jana",
            "Kasper", "Lotte", "Malik", "Nina", "Oskar", "Petra", "Quentin", "Rania", "Soren", "Tamsin", "Ulrich",
            "Valentina", "Wim", "Yusuf", "Zofia", "Arjun", "Beatriz", "Conrad", "Dalia", "Emeka", "Flavia", "Goran",
            "Hiroshi", "Ilse", "Jasper", "Kamila", "Leon", "Mirela", "Nikos", "Ottilie"};
    static final String[] LAST = {"Hartmann", "Rossi", "Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva",
            "Kowalski", "Haddad", "Jensen", "Petrov", "Nakamura", "Costa", "Fischer", "Mensah", "Larsen", "Dubois",
            "Yamamoto", "Ferreira", "Nowak", "Rahman", "Berg", "Lambert", "Sato", "Alves", "Wagner", "Diallo",
            "Nilsson", "Laurent", "Kimura", "Pereira", "Zielinski", "Aziz", "Holm", "Fontaine", "Ito", "Ramos",
            "Schmidt", "Owusu", "Karlsson", "Mercier", "Suzuki", "Gomes", "Lewandowski", "Farouk", "Dahl", "Girard",
            "Mori", "Santos", "Keller", "Boateng", "Eriksson", "Roussel", "Ogawa", "Vieira", "Wojcik", "Nasser",
            "Strand", "Chevalier", "Hayashi", "Barros", "Krause", "Asante", "Lund", "Perrin", "Kato", "Lopes",
            "Mazur", "Khalil", "Vik", "Marchand", "Fujita", "Rocha", "Brandt", "Adjei", "Sandberg", "Blanc", "Endo",
            "Cardoso", "Sikora", "Saleh", "Moen", "Garnier", "Inoue", "Teixeira", "Vogel", "Appiah", "Ek", "Faure",
            "Achterberg", "Bianchi", "Castellano", "Dimitrov", "Eklund", "Falk", "Gustafsson", "Horvat", "Ivanova",
            "Jankowski", "Kovacs", "Lindgren", "Marinov", "Nieminen", "Olsen", "Popescu", "Quist", "Rasmussen",
            "Sorensen", "Toivonen", "Urbanski", "Varga", "Wikstrom", "Yilmaz", "Zeller", "Abara", "Bakker", "Coulibaly",
            "Dekker", "Eze", "Fonseca", "Gallo", "Hedlund", "Iwasaki", "Jovanovic", "Kiplagat", "Lemaire", "Mwangi",
            "Nkosi", "Okonkwo", "Pham", "Quaresma", "Rinaldi", "Salazar", "Takahashi", "Uchida", "Voss", "Weber",
            "Yoshida", "Zamora"};
    static final Title[] HEAD_TITLES = {new Title("Chief Executive Officer", "Président-directeur général"),
            new Title("Director", "Directeur"), new Title("Director General", "Directeur général"),
            new Title("Head", "Chef"), new Title("President", "Président")};
    /**
     * Titles below the head. Only titles whose first word the extractor takes for a title word (not
     * "Senior", "Executive", "Coordinateur", "Responsable"...): "Senior Manager of X Labs" would
     * otherwise read as the name of an organisation, and neither the role nor X would be found.
     */
    static final Title[] COMPANY_STAFF = {new Title("Vice President", "Vice-président"), new Title("Manager", "Chef"),
            new Title("Head", "Chef"), new Title("Director", "Directeur"), new Title("Deputy Director", "Directeur adjoint"),
            new Title("Coordinator", "Directeur")};
    static final Title[] AGENCY_STAFF = {new Title("Deputy Director", "Directeur adjoint"), new Title("Head", "Chef"),
            new Title("Chief Inspector", "Commissaire"), new Title("Superintendent", "Commissaire divisionnaire"),
            new Title("Deputy Head", "Chef adjoint"), new Title("Assistant Director", "Directeur adjoint"),
            new Title("Commissioner", "Commissaire")};
    /** How many staff slots (besides the head) an organisation has: more people than roles at the top. */
    public static final int STAFF_SLOTS = 6;

    public final int releases;
    public final List<Org> orgs = new ArrayList<>();
    public final List<City> cities = new ArrayList<>();
    public final List<Country> countries;
    /** INTERPOL's member countries (the reference list), in its order: what country lists in releases draw from. */
    public final List<Country> members = new ArrayList<>();
    public final int interpol;
    public final int igci;
    public final int europol;
    public final int ec3;
    /** Where each kind of generated organisation starts and ends in {@link #orgs}. */
    public final int companiesFrom;
    public final int companiesTo;
    public final int agenciesFrom;
    public final int agenciesTo;
    public final int centresFrom;
    public final int centresTo;
    public final int people;

    private World(long seed, int releases) {
        this.releases = releases;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EEDC0DEL);
        this.countries = Country.all();
        loadCities();
        loadMembers();
        interpol = hub("INTERPOL", null, "Organisation", "international_organisation", null, "Lyon", -1);
        igci = hub("INTERPOL Global Complex for Innovation", "Complexe mondial INTERPOL pour l'innovation", "Centre",
                null, "SG", null, interpol);
        europol = hub("Europol", null, "Organisation", "police_agency", "NL", "The Hague", -1);
        ec3 = hub("European Cybercrime Centre", "Centre européen de lutte contre la cybercriminalité", "Centre", null,
                null, null, europol);
        hub("AFRIPOL", null, "Organisation", "international_organisation", null, null, -1);
        hub("AMERIPOL", null, "Organisation", "international_organisation", null, null, -1);
        hub("ASEANAPOL", null, "Organisation", "international_organisation", null, null, -1);
        hub("Federal Bureau of Investigation", null, "Organisation", "police_agency", "US", "Washington", -1);
        hub("National Crime Agency", null, "Organisation", "police_agency", "GB", "London", -1);

        // about 4N organisations and 8N people: at N releases each release brings several new ones
        int companies = Math.max(40, releases * 2);
        int agencies = Math.max(20, releases * 4 / 5);
        int centres = Math.max(20, releases * 6 / 5);
        this.people = Math.max(200, releases * 8);
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        companiesFrom = orgs.size();
        for (int i = 0; i < companies; i++) {
            String stem = uniqueStem(rnd, seen);
            City c = cities.get(rnd.nextInt(cities.size()));
            orgs.add(new Org(orgs.size(), stem + " " + COMPANY_SUFFIX[rnd.nextInt(COMPANY_SUFFIX.length)], null,
                    "Organisation", "company", c.country(), c.name(), -1, false));
        }
        companiesTo = orgs.size();
        agenciesFrom = orgs.size();
        for (int i = 0; i < agencies; i++) {
            String stem = uniqueStem(rnd, seen);
            City c = cities.get(rnd.nextInt(cities.size()));
            orgs.add(new Org(orgs.size(), AGENCY_FORM[rnd.nextInt(AGENCY_FORM.length)].formatted(stem), null,
                    "Organisation", "police_agency", c.country(), c.name(), -1, false));
        }
        agenciesTo = orgs.size();
        centresFrom = orgs.size();
        for (int i = 0; i < centres; i++) {
            String stem = uniqueStem(rnd, seen);
            // most centres belong to an agency; some to a company, a few to the hubs' centres
            int parent = rnd.nextInt(10) < 7 ? agenciesFrom + rnd.nextInt(agencies) : companiesFrom + rnd.nextInt(companies);
            Org p = orgs.get(parent);
            orgs.add(new Org(orgs.size(), CENTRE_FORM[rnd.nextInt(CENTRE_FORM.length)].formatted(stem), null,
                    "Centre", null, p.country(), p.city(), parent, false));
        }
        centresTo = orgs.size();
    }

    public static World of(long seed, int releases) {
        return new World(seed, releases);
    }

    private int hub(String name, String fr, String type, String kind, String country, String city, int parent) {
        orgs.add(new Org(orgs.size(), name, fr, type, kind, country, city, parent, true));
        return orgs.size() - 1;
    }

    private static String uniqueStem(SplittableRandom rnd, java.util.TreeSet<String> seen) {
        for (int attempt = 0; ; attempt++) {
            // two or three syllables while they last, then four or five: large worlds stay unique
            int n = attempt < 4 ? 2 + rnd.nextInt(2) : 3 + rnd.nextInt(attempt < 12 ? 2 : 3);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(SYL[rnd.nextInt(SYL.length)]);
            }
            String s = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            if (s.length() >= 5 && seen.add(s.toLowerCase(java.util.Locale.ROOT))) {
                return s;
            }
        }
    }

    /** Surname endings of generated surnames. */
    static final String[] SURNAME_END = {"sen", "ova", "ski", "elli", "ard", "ez", "ian", "berg", "escu", "idis", "auer",
            "ney"};
    /** How many people get a surname from {@link #LAST}: four given names each. */
    static final int LISTED_NAMES = 4 * LAST.length;
    /** How many generated surnames there are: three syllables and an ending. */
    static final long SURNAME_SPACE = 50L * 50 * 50 * 12;

    /**
     * A person's name from its index: a different name for every index below the pool size, and
     * names that rarely come within the importer's fuzzy person match of each other (same surname
     * and a given name within two edits, or the reverse), so that different people stay different
     * nodes. A few hundred people have a surname from the list; the others a generated one, spread
     * over a large space so that two people with the same given name seldom have close surnames.
     */
    public String person(int index) {
        if (index < LISTED_NAMES) {
            return FIRST[Math.floorMod(index * 37, FIRST.length)] + " " + LAST[index % LAST.length];
        }
        long q = index - LISTED_NAMES;
        long code = Math.floorMod(q * 982_451L, SURNAME_SPACE);
        long round = q / SURNAME_SPACE;
        String given = FIRST[(int) Math.floorMod(mix(index), (long) FIRST.length)];
        String surname = SYL[(int) (code % 50)] + SYL[(int) (code / 50 % 50)] + SYL[(int) (code / 2500 % 50)]
                + SURNAME_END[(int) (code / 125_000 % SURNAME_END.length)];
        String middle = round == 0 ? "" : " " + (char) ('A' + (round - 1) % 26) + ".";
        return given + middle + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    }

    /**
     * Who holds slot {@code slot} (0 is the head) of an organisation in a year: holders change every
     * few years, and a person index can come back at another organisation later, so people change
     * roles over the years.
     */
    public int holder(int org, int slot, int year) {
        int tenure = 3 + Math.floorMod(org * 7 + slot, 4);
        int era = (year - 2000 + Math.floorMod(org + slot * 3, tenure)) / tenure;
        long h = mix(org * 1_000_003L + slot * 7919L + era * 104_729L);
        Org o = orgs.get(org);
        int pool = o.hub() ? Math.max(50, people / 50) : people;
        return (int) Math.floorMod(h, (long) pool);
    }

    /** The first year of the holder's tenure in that slot. */
    public int tenureStart(int org, int slot, int year) {
        int tenure = 3 + Math.floorMod(org * 7 + slot, 4);
        int shift = Math.floorMod(org + slot * 3, tenure);
        int era = (year - 2000 + shift) / tenure;
        return 2000 + era * tenure - shift;
    }

    public Title title(int org, int slot) {
        Org o = orgs.get(org);
        if (slot == 0) {
            if (o.index() == interpol) {
                return new Title("Secretary General", "Secrétaire général");
            }
            if ("company".equals(o.kind())) {
                return HEAD_TITLES[org % 2 == 0 ? 0 : 4];
            }
            return HEAD_TITLES[1 + org % 3];
        }
        Title[] staff = "company".equals(o.kind()) ? COMPANY_STAFF : AGENCY_STAFF;
        return staff[Math.floorMod(org + slot, staff.length)];
    }

    public City cityOf(Org o) {
        if (o.city() != null) {
            for (City c : cities) {
                if (c.name().equals(o.city())) {
                    return c;
                }
            }
        }
        return null;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private void loadCities() {
        try (InputStream in = World.class.getResourceAsStream("/reference/known-organisations.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing /reference/known-organisations.csv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(",", -1);
                if (p.length >= 6 && p[1].equals("City") && !p[3].isEmpty()) {
                    String fr = null;
                    if (p.length > 6 && !p[6].isBlank()) {
                        String first = p[6].split("\\|")[0].strip();
                        fr = first.contains(".") ? null : first;
                    }
                    cities.add(new City(p[5], fr, p[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadMembers() {
        try (InputStream in = World.class.getResourceAsStream("/reference/interpol-members.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing /reference/interpol-members.csv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String iso2 = line.split(",", -1)[0].strip();
                if (line.startsWith("#") || iso2.length() != 2 || iso2.equals("is")) {
                    continue;
                }
                Country c = country(iso2);
                if (c != null) {
                    members.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Country country(String iso2) {
        for (Country c : countries) {
            if (c.iso2().equals(iso2)) {
                return c;
            }
        }
        return null;
    }
}
