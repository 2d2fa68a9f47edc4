package org.coopgraph.ingest.extract;

import org.coopgraph.model.EntityType;

import java.util.Map;
import java.util.Set;

/** Word lists that type names and find titles, in English and French (folded forms). */
final class Lexicon {

    private Lexicon() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Lower-case words that may join the capitalised words of a name. */
    static final Set<String> CONNECTORS = set("of", "for", "and", "on", "against", "the", "in", "de", "du", "des", "d",
            "l", "la", "le", "pour", "et", "en", "contre", "sur", "aux", "au", "a", "&");

    /** Capitalised words that open sentences and never start a name. */
    static final Set<String> NOT_NAME_START = set("the", "a", "an", "today", "yesterday", "on", "in", "at", "under",
            "with", "as", "by", "for", "from", "this", "that", "these", "its", "their", "our", "we", "it", "he", "she",
            "they", "when", "while", "after", "before", "once", "since", "during", "and", "but", "also", "le", "la",
            "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a", "ce", "cet", "cette", "ces", "son", "sa",
            "ses", "leur", "notre", "nos", "il", "elle", "ils", "elles", "nous", "je", "en", "dans", "pour", "par",
            "avec", "selon", "lors", "suite", "grace", "apres", "avant", "depuis", "des", "about", "notes", "contact",
            "media", "press", "mr", "mrs", "ms", "m", "mme", "dr", "said", "according", "both", "all", "each", "every",
            "some", "any", "two", "three", "new", "other", "such", "if", "who", "which", "what", "where", "how");

    static final Set<String> HONORIFICS = Set.of("m", "mr", "mrs", "ms", "mme", "mlle", "dr", "prof", "professor",
            "sir", "dame", "monsieur", "madame", "mmes", "messrs");

    /** Head words of organisations, with the kind they suggest (null: decided by context). */
    static final Map<String, String> ORG_HEADS = Map.ofEntries(
            Map.entry("agency", "government_agency"), Map.entry("police", "police_agency"),
            Map.entry("gendarmerie", "police_agency"), Map.entry("ministry", "government_agency"),
            Map.entry("department", "government_agency"), Map.entry("bureau", "government_agency"),
            Map.entry("office", "government_agency"), Map.entry("commission", "government_agency"),
            Map.entry("council", "government_agency"), Map.entry("authority", "government_agency"),
            Map.entry("secretariat", "government_agency"), Map.entry("government", "government_agency"),
            Map.entry("force", "police_agency"), Map.entry("guard", "police_agency"), Map.entry("team", "government_agency"),
            Map.entry("prosecutor", "government_agency"), Map.entry("court", "government_agency"),
            Map.entry("institute", "research_organisation"), Map.entry("university", "research_organisation"),
            Map.entry("academy", "research_organisation"), Map.entry("college", "research_organisation"),
            Map.entry("foundation", "association"), Map.entry("association", "association"),
            Map.entry("alliance", "association"), Map.entry("federation", "association"),
            Map.entry("coalition", "association"), Map.entry("consortium", "association"), Map.entry("forum", "association"),
            Map.entry("organization", "international_organisation"), Map.entry("organisation", "international_organisation"),
            Map.entry("union", "international_organisation"),
            Map.entry("company", "company"), Map.entry("corporation", "company"), Map.entry("corp", "company"),
            Map.entry("inc", "company"), Map.entry("incorporated", "company"), Map.entry("ltd", "company"),
            Map.entry("limited", "company"), Map.entry("llc", "company"), Map.entry("plc", "company"),
            Map.entry("gmbh", "company"), Map.entry("ag", "company"), Map.entry("sa", "company"), Map.entry("group", "company"),
            Map.entry("labs", "company"), Map.entry("laboratories", "company"), Map.entry("technologies", "company"),
            Map.entry("systems", "company"), Map.entry("software", "company"), Map.entry("networks", "company"),
            Map.entry("bank", "company"), Map.entry("telecom", "company"),
            // French, head first
            Map.entry("agence", "government_agency"), Map.entry("ministere", "government_agency"),
            Map.entry("commissariat", "police_agency"), Map.entry("conseil", "government_agency"),
            Map.entry("autorite", "government_agency"), Map.entry("institut", "research_organisation"),
            Map.entry("universite", "research_organisation"), Map.entry("academie", "research_organisation"),
            Map.entry("fondation", "association"),
            Map.entry("societe", "company"), Map.entry("groupe", "company"), Map.entry("banque", "company"),
            Map.entry("parquet", "government_agency"), Map.entry("brigade", "police_agency"),
            Map.entry("equipe", "government_agency"));

    /** Head words of centres, labs, units and directorates. */
    static final Set<String> CENTRE_HEADS = Set.of("centre", "center", "complex", "unit", "directorate", "division",
            "lab", "laboratory", "taskforce", "cell", "hub", "branch", "desk", "squad", "complexe", "unite",
            "direction", "laboratoire", "cellule", "pole", "plateforme", "platform");

    /** Legal suffixes dropped to give a company's short name. */
    static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "ltd", "limited", "llc", "plc", "gmbh",
            "corp", "corporation", "sa", "ag", "co");

    /** French adjectives (folded) that continue a head-first name: "Gendarmerie nationale". */
    static final Set<String> NAME_ADJECTIVES = set("national", "nationale", "central", "centrale", "mondial",
            "mondiale", "europeen", "europeenne", "federal", "federale", "general", "generale", "international",
            "internationale", "regional", "regionale", "numerique", "judiciaire", "technique", "special", "speciale",
            "annuel", "annuelle", "ministeriel", "ministerielle", "africain", "africaine", "interministeriel",
            "interministerielle", "royal", "royale", "superieur", "superieure", "francais", "francaise", "belge",
            "suisse", "canadien", "canadienne", "operationnel", "operationnelle", "criminelle", "annual", "regional",
            "global", "executif", "executive", "permanent", "permanente", "conjoint", "conjointe", "extraordinaire");

    /** Event head words and their kind. */
    static final Map<String, String> EVENT_HEADS = Map.ofEntries(
            Map.entry("conference", "conference"), Map.entry("summit", "conference"), Map.entry("sommet", "conference"),
            Map.entry("symposium", "conference"), Map.entry("congress", "conference"), Map.entry("congres", "conference"),
            Map.entry("assembly", "conference"), Map.entry("assemblee", "conference"), Map.entry("session", "conference"),
            Map.entry("meeting", "meeting"), Map.entry("reunion", "meeting"), Map.entry("workshop", "training"),
            Map.entry("atelier", "training"), Map.entry("seminar", "training"), Map.entry("seminaire", "training"),
            Map.entry("course", "training"), Map.entry("training", "training"), Map.entry("formation", "training"),
            Map.entry("exercise", "training"), Map.entry("exercice", "training"), Map.entry("ceremony", "ceremony"),
            Map.entry("ceremonie", "ceremony"), Map.entry("week", "conference"),
            Map.entry("semaine", "conference"), Map.entry("expo", "conference"), Map.entry("dialogue", "conference"),
            Map.entry("roundtable", "meeting"), Map.entry("hackathon", "training"), Map.entry("colloque", "conference"));

    static EntityType centreOrOrg(String head) {
        return CENTRE_HEADS.contains(head) ? EntityType.Centre : EntityType.Organisation;
    }

    static boolean isOrgHead(String f) {
        return ORG_HEADS.containsKey(f) || CENTRE_HEADS.contains(f);
    }

    // ---- titles ---------------------------------------------------------------------------------

    private static final String EN_CORE = "secretary[- ]general|director[- ]general|chief executive officer|chief executive"
            + "|chief technology officer|chief information security officer|chief security officer|chief operating officer"
            + "|chief information officer|chief of staff|chief superintendent|attorney general|vice[- ]president|co-?founder"
            + "|secretary|director|head|chief|president|chairman|chairwoman|chairperson|chair|founder|ceo|cto|cfo|coo|ciso"
            + "|cio|commissioner|minister|ambassador|superintendent|commander|coordinator|manager|counsel|prosecutor"
            + "|spokesperson|spokesman|spokeswoman|adviser|advisor|inspector|officer|team leader|leader|lead|security strategist"
            + "|strategist|researcher|administrator|commissioner general";
    private static final String FR_CORE = "secretaire general|secretaire generale|president-directeur general"
            + "|presidente-directrice generale|directeur general|directrice generale|directeur executif|directrice executive"
            + "|vice-president|vice-presidente|porte-parole|co-?fondateur|co-?fondatrice|secretaire|directeur|directrice"
            + "|presidente|president|pdg|fondateur|fondatrice|chef|cheffe|ministre|ambassadeur|ambassadrice|commissaire"
            + "|commandant|coordinateur|coordinatrice|responsable|procureur|procureure|conseiller|conseillere|dirigeant"
            + "|dirigeante|administrateur|administratrice|chef d'equipe|cheffe d'equipe|chef des operations|chercheur|chercheuse"
            + "|commissaire general|commissaire generale";
    private static final String MOD = "(?:(?:deputy|assistant|executive|senior|acting|interim|associate|special|principal|chief|security"
            + "|detective|technical|research|lead"
            + "|regional|global|european|national|first|general|managing|vice|sous|adjoint|adjointe)\\s+)";
    private static final String POST = "(?:\\s+(?:general|generale|executif|executive|adjoint|adjointe|delegue|deleguee"
            + "|principal|principale|divisionnaire|technique|officer|director|executive officer|europeen|europeenne))";
    private static final String ONE = MOD + "{0,2}(?:" + EN_CORE + "|" + FR_CORE + ")" + POST + "{0,2}";
    /** A title, possibly coordinated: "fondateur et PDG", "Chairman and CEO", folded. */
    static final String TITLE = "(?:" + ONE + "(?:\\s*(?:,|and|et|&)\\s*" + ONE + "){0,2})";
    /** Every word that can end a title, for cheap checks before the title pattern runs. */
    static final Set<String> TITLE_WORDS = set((EN_CORE + "|" + FR_CORE + "|" + POST).replaceAll("[^a-z|]+", "|")
            .replaceAll("\\|+", "|").split("\\|")).stream()
            .filter(w -> w.length() > 2 && !w.equals("des")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words that mark a role as past. */
    static final String PAST = "(?:former|formerly|then|previously|ancien|ancienne|precedemment|ex-)";
}
