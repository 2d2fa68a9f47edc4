package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Dates;
import org.coopgraph.ingest.text.Slugs;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agreements actually signed or concluded: parties (PARTY_TO) and signatories (SIGNED). Talks,
 * plans, announcements and negations make none. Collects over the release, then writes.
 */
final class AgreementRules {

    private static final Pattern NOUN = Pattern.compile("\\b(memorandum of understanding|memorandum|mou|cooperation agreement"
            + "|partnership agreement|agreement|letter of intent|joint declaration|accord de cooperation|accord de partenariat"
            + "|accord|protocole d'accord|protocole d'entente|memorandum d'entente|convention de partenariat|convention"
            + "|declaration conjointe|lettre d'intention|document)\\b");
    private static final Pattern SIGN = Pattern.compile("\\b(?:signed|signs|signing|sign|concluded|concludes|inked|inks"
            + "|formali[sz]ed|entered into|renewed|signe|signee|signent|ont signe|a signe|paraphe|conclu|conclue|ont conclu"
            + "|a conclu|ratifie)\\b");
    private static final Pattern NOT_DONE = Pattern.compile("\\b(?:not|never|ne|n'|will|shall|would|could|may|might|plan\\w*"
            + "|intend\\w*|discuss\\w*|explor\\w*|negotiat\\w*|consider\\w*|hope\\w*|expect\\w*|envisag\\w*|pourrai\\w*"
            + "|devrai\\w*|doivent|doit|va|vont|signera|signeront|conclura|propos\\w*|prepar\\w*|whether|if|si|to sign"
            + "|de signer|yet|pas encore)\\b|n't\\b");
    private static final Pattern BY = Pattern.compile("\\b(?:by|par)\\b");
    private static final Pattern WITH = Pattern.compile("\\b(?:with|avec|entre|between|and|et)\\b");
    private static final Pattern DURATION = Pattern.compile("\\b(?:for|pour)\\s+(?:a\\s+(?:period|term)\\s+of\\s+|une\\s+duree\\s+de\\s+)?"
            + "(\\w+)\\s+(?:years|year|ans|an)\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:on\\s+|le\\s+)?(\\d{1,2}|1er)\\s+(january|february|march|april|may|june"
            + "|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
            + "|octobre|novembre|decembre)\\b(?!\\s*,?\\s*\\d{4})");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("ten", 10), Map.entry("un", 1),
            Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("dix", 10));

    private static final String[] SIGN_KEYS = {"sign", "conclu", "ink", "formali", "entered", "renew", "paraph", "ratifi"};
    private static final String[] DURATION_KEYS = {"year", " an"};

    private final Set<String> parties = new LinkedHashSet<>();
    private final Set<String> signers = new LinkedHashSet<>();
    private final List<Object[]> evidence = new ArrayList<>();
    private String noun;
    private String signedOn;
    private Integer duration;
    private boolean signed;

    void apply(SentenceView sv, ReleaseContext ctx) {
        String text = sv.text(sv.start(), sv.end());
        if (!RelationRules.anyKey(text, SIGN_KEYS) && (noun == null || !RelationRules.anyKey(text, DURATION_KEYS))) {
            return;
        }
        Matcher d = DURATION.matcher(text);
        if (noun != null && d.find() && NOUN.matcher(text).find()) {
            String n = d.group(1);
            Integer v = n.matches("\\d+") ? Integer.valueOf(n) : NUMBERS.get(n);
            if (v != null) {
                duration = v;
            }
        }
        Matcher s = SIGN.matcher(text);
        while (s.find()) {
            int pos = sv.start() + s.start();
            Matcher nm = NOUN.matcher(text);
            String found = null;
            while (nm.find()) {
                if (Math.abs(sv.start() + nm.start() - pos) < 90) {
                    found = nm.group(1);
                    break;
                }
            }
            if (found == null || found.equals("document") && noun == null) {
                continue;
            }
            if (NOT_DONE.matcher(sv.text(pos - 40, pos)).find()) {
                continue;
            }
            signed = true;
            if (noun == null || noun.equals("agreement") || noun.equals("accord")) {
                noun = original(sv, found);
            }
            collect(sv, ctx, pos, s.end() + sv.start());
            date(sv, ctx);
            if (duration == null) {
                Matcher dd = DURATION.matcher(text);
                if (dd.find()) {
                    String n = dd.group(1);
                    duration = n.matches("\\d+") ? Integer.valueOf(n) : NUMBERS.get(n);
                }
            }
            break;
        }
    }

    private void collect(SentenceView sv, ReleaseContext ctx, int trig, int trigEnd) {
        boolean byClause = false;
        for (Span sp : sv.spans) {
            if (sp.end() <= trig) {
                if (sp.object() || sp.possessive()) {
                    continue;
                }
                String gap = sv.text(sp.end(), trig);
                if (sp.type() == EntityType.Person) {
                    signers.add(sp.id());
                    evidence.add(new Object[] {sp.id(), Relation.SIGNED, sv});
                } else if ((sp.isOrg() || sp.type() == EntityType.Country) && !isAppositionOfPerson(sv, sp)) {
                    parties.add(sp.id());
                    evidence.add(new Object[] {sp.id(), Relation.PARTY_TO, sv});
                }
            } else {
                String between = sv.text(trigEnd, sp.start());
                if (sp.type() == EntityType.Person && BY.matcher(between).find()) {
                    byClause = true;
                    signers.add(sp.id());
                    evidence.add(new Object[] {sp.id(), Relation.SIGNED, sv});
                } else if ((sp.isOrg() || sp.type() == EntityType.Country) && !byClause && !sp.possessive()
                        && WITH.matcher(between).find() && between.length() < 120
                        && SentenceView.objectPosition(sv.folded, sv.start(), sp.start())
                        && sv.text(sp.start() - 8, sp.start()).matches(".*\\b(?:with|avec|entre|between|and|et)\\s+(?:the\\s+|la\\s+|le\\s+|l')?$")) {
                    parties.add(sp.id());
                    evidence.add(new Object[] {sp.id(), Relation.PARTY_TO, sv});
                }
            }
        }
    }

    /** Organisations named inside a person's apposition ("M. X, PDG de Kaspersky Lab, et ...") are not parties. */
    private static boolean isAppositionOfPerson(SentenceView sv, Span org) {
        Span p = sv.before(org.start(), s -> s.type() == EntityType.Person);
        return p != null && org.start() - p.end() < 80 && sv.text(p.end(), org.start()).matches("\\s*,[^,]*");
    }

    private void date(SentenceView sv, ReleaseContext ctx) {
        if (signedOn != null) {
            return;
        }
        List<Dates.DateSpan> ds = Dates.find(sv.sentence.text(), false);
        if (!ds.isEmpty()) {
            signedOn = ds.get(0).from();
            return;
        }
        Matcher m = DAY_MONTH.matcher(sv.text(sv.start(), sv.end()));
        if (m.find() && ctx.date != null) {
            List<Dates.DateSpan> d2 = Dates.find(m.group(1) + " " + m.group(2) + " " + ctx.date.substring(0, 4), false);
            if (!d2.isEmpty()) {
                signedOn = d2.get(0).from();
                return;
            }
        }
        if (ctx.date != null && sv.text(sv.start(), sv.end()).matches("(?s).*\\b(?:today|aujourd'hui)\\b.*")) {
            signedOn = ctx.date;
        }
    }

    private static String original(SentenceView sv, String folded) {
        int i = sv.folded.indexOf(folded, sv.start());
        return i >= 0 && i < sv.end() ? sv.body.substring(i, i + folded.length()) : folded;
    }

    /** Creates the agreement and its facts, when one was signed. */
    void finish(ReleaseContext ctx) {
        if (!signed || (parties.isEmpty() && signers.isEmpty())) {
            return;
        }
        if (parties.isEmpty()) {
            for (String p : signers) {
                String org = ctx.roleOrg.get(p);
                if (org != null) {
                    parties.add(org);
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (String p : parties) {
            names.add(ctx.table.get(p).name);
        }
        boolean fr = "fr".equals(ctx.language);
        String head = noun.equalsIgnoreCase("document") ? (fr ? "accord" : "agreement") : noun;
        if (head.equalsIgnoreCase("mou")) {
            head = "Memorandum of Understanding";
        }
        String name = head + (names.isEmpty() ? "" : (fr ? " entre " : " between ") + String.join(fr ? " et " : " and ", names));
        String when = signedOn != null ? signedOn : ctx.date != null ? ctx.date : "";
        String id = Slugs.slug(head + " " + String.join(" ", parties) + " " + when);
        EntityTable.Slot a = ctx.table.create(id, EntityType.Agreement, name);
        String k = org.coopgraph.ingest.text.Normalise.key(head);
        a.kind = k.contains("memorandum") || k.equals("mou") ? "memorandum_of_understanding"
                : k.contains("declaration") ? "joint_declaration" : k.contains("letter") || k.contains("lettre") ? "letter_of_intent"
                : "agreement";
        if (signedOn != null) {
            a.properties.put("signedOn", signedOn);
        }
        if (duration != null) {
            a.properties.put("durationYears", duration);
        }
        Set<String> done = new LinkedHashSet<>();
        for (Object[] e : evidence) {
            String subj = (String) e[0];
            Relation r = (Relation) e[1];
            if (done.add(subj + r)) {
                ctx.facts.add(subj, r, id, Map.of(), signedOn, null, 0.8, ctx.language + ".agreement.signed", (SentenceView) e[2]);
            }
        }
        for (String p : parties) {
            if (done.add(p + Relation.PARTY_TO)) {
                SentenceView sv = (SentenceView) evidence.get(0)[2];
                ctx.facts.add(p, Relation.PARTY_TO, id, Map.of(), signedOn, null, 0.65, ctx.language + ".agreement.signer-org", sv);
            }
        }
    }
}
