package org.coopgraph.ingest.extract;

import java.util.HashMap;
import java.util.Map;

/** Nationality adjectives (English and French, folded) to ISO2: "Dutch", "belge", "singapourien". */
final class Demonyms {

    private static final Map<String, String> ISO = new HashMap<>();

    static {
        String[][] rows = {
            {"FR", "french", "francais", "francaise"}, {"BE", "belgian", "belge"}, {"GB", "british", "britannique"},
            {"DE", "german", "allemand", "allemande"}, {"ES", "spanish", "espagnol", "espagnole"},
            {"IT", "italian", "italien", "italienne"}, {"NL", "dutch", "neerlandais", "neerlandaise"},
            {"US", "american", "americain", "americaine"}, {"RU", "russian", "russe"},
            {"CN", "chinese", "chinois", "chinoise"}, {"JP", "japanese", "japonais", "japonaise"},
            {"SG", "singaporean", "singapourien", "singapourienne"}, {"CH", "swiss", "suisse"},
            {"CA", "canadian", "canadien", "canadienne"}, {"MA", "moroccan", "marocain", "marocaine"},
            {"SN", "senegalese", "senegalais", "senegalaise"}, {"CI", "ivorian", "ivoirien", "ivoirienne"},
            {"CM", "cameroonian", "camerounais", "camerounaise"}, {"TN", "tunisian", "tunisien", "tunisienne"},
            {"DZ", "algerian", "algerien", "algerienne"}, {"PT", "portuguese", "portugais", "portugaise"},
            {"RO", "romanian", "roumain", "roumaine"}, {"PL", "polish", "polonais", "polonaise"},
            {"KR", "korean", "coreen", "coreenne"}, {"IN", "indian", "indien", "indienne"},
            {"AU", "australian", "australien", "australienne"}, {"BR", "brazilian", "bresilien", "bresilienne"},
            {"ML", "malian", "malien", "malienne"}, {"NG", "nigerian", "nigerian", "nigeriane"},
            {"KE", "kenyan", "kenyan", "kenyane"}, {"UA", "ukrainian", "ukrainien", "ukrainienne"},
            {"TR", "turkish", "turc", "turque"}, {"GR", "greek", "grec", "grecque"},
            {"AT", "austrian", "autrichien", "autrichienne"}, {"SE", "swedish", "suedois", "suedoise"},
            {"NO", "norwegian", "norvegien", "norvegienne"}, {"DK", "danish", "danois", "danoise"},
            {"FI", "finnish", "finlandais", "finlandaise"}, {"IE", "irish", "irlandais", "irlandaise"},
            {"EE", "estonian", "estonien", "estonienne"}, {"CZ", "czech", "tcheque"},
            {"HU", "hungarian", "hongrois", "hongroise"}, {"MX", "mexican", "mexicain", "mexicaine"},
            {"AR", "argentine", "argentin", "argentine"}, {"CO", "colombian", "colombien", "colombienne"},
            {"IL", "israeli", "israelien", "israelienne"}, {"EG", "egyptian", "egyptien", "egyptienne"},
            {"ID", "indonesian", "indonesien", "indonesienne"}, {"MY", "malaysian", "malaisien", "malaisienne"},
            {"TH", "thai", "thailandais", "thailandaise"}, {"VN", "vietnamese", "vietnamien", "vietnamienne"},
            {"LU", "luxembourgish", "luxembourgeois", "luxembourgeoise"}, {"MC", "monegasque", "monegasque"},
            {"BF", "burkinabe", "burkinabe"}, {"BJ", "beninese", "beninois", "beninoise"}, {"TG", "togolese", "togolais"},
            {"GA", "gabonese", "gabonais", "gabonaise"}, {"RW", "rwandan", "rwandais", "rwandaise"},
            {"QA", "qatari", "qatari", "qatarie"}, {"AE", "emirati", "emirien", "emirienne"},
            {"SA", "saudi", "saoudien", "saoudienne"}, {"ZA", "south african", "sud-africain", "sud-africaine"}};
        for (String[] r : rows) {
            for (int i = 1; i < r.length; i++) {
                ISO.put(r[i], r[0]);
            }
        }
    }

    private Demonyms() {
    }

    static String iso(String folded) {
        return ISO.get(folded);
    }
}
