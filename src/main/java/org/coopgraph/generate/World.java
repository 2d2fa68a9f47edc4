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
            "Fatima"};
    static final String[] LAST = {"Hartmann", "Rossi", "Novak", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva",
            "Kowalski", "Haddad", "Jensen", "Petrov", "Nakamura", "Costa", "Fischer", "Mensah", "Larsen", "Dubois",
            "Yamamoto", "Ferreira", "Nowak", "Rahman", "Berg", "Lambert", "Sato", "Alves", "Wagner", "Diallo",
            "Nilsson", "Laurent", "Kimura", "Pereira", "Zielinski", "Aziz", "Holm", "Fontaine", "Ito", "Ramos",
            "Schmidt", "Owusu", "Karlsson", "Mercier", "Suzuki", "Gomes", "Lewandowski", "Farouk", "Dahl", "Girard",
            "Mori", "Santos", "Keller", "Boateng", "Eriksson", "Roussel", "Ogawa", "Vieira", "Wojcik", "Nasser",
            "Strand", "Chevalier", "Hayashi", "Barros", "Krause", "Asante", "Lund", "Perrin", "Kato", "Lopes",
            "Mazur", "Khalil", "Vik", "Marchand", "Fujita", "Rocha", "Brandt", "Adjei", "Sandberg", "Blanc", "Endo",
            "Cardoso", "Sikora", "Saleh", "Moen", "Garnier", "Inoue", "Teixeira", "Vogel", "Appiah", "Ek", "Faure"};
    static final Title[] HEAD_TITLES = {new Title("Chief Executive Officer", "Président-directeur général"),
            new Title("Director", "Directeur"), new Title("Executive Director", "Directeur exécutif"),
            new Title("Head", "Chef"), new Title("President", "Président")};
    static final Title[] STAFF_TITLES = {new Title("Chief Technology Officer", "Directeur technique"),
            new Title("Deputy Director", "Directeur adjoint"), new Title("Vice President", "Vice-président"),
            new Title("Head", "Chef"), new Title("Chief Information Security Officer", "Responsable")};

    public final int releases;
    public final List<Org> orgs = new ArrayList<>();
    public final List<City> cities = new ArrayList<>();
    public final List<Country> countries;
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

        int companies = Math.max(40, releases / 20);
        int agencies = Math.max(20, releases / 50);
        int centres = Math.max(20, releases / 30);
        this.people = Math.max(200, releases * 2);
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
            int n = 2 + rnd.nextInt(attempt > 20 ? 3 : 2);
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

    /** A person's name from its index: unique for every index below the pool size. */
    public String person(int index) {
        int f = index % FIRST.length;
        int rest = index / FIRST.length;
        int l = rest % LAST.length;
        int initial = rest / LAST.length;
        String middle = initial == 0 ? "" : " " + (char) ('A' + (initial - 1) % 26) + "."
                + (initial > 26 ? " " + (char) ('A' + (initial - 1) / 26 % 26) + "." : "");
        return FIRST[f] + middle + " " + LAST[l];
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
        return STAFF_TITLES[Math.floorMod(org + slot, STAFF_TITLES.length)];
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

    public Country country(String iso2) {
        for (Country c : countries) {
            if (c.iso2().equals(iso2)) {
                return c;
            }
        }
        return null;
    }
}
