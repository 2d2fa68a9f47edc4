package org.coopgraph.ingest.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextUtilitiesTest {

    @Test
    void keysFoldAccentsCasePunctuation() {
        assertThat(Normalise.key("l’Équipe  (Paris)")).isEqualTo("l equipe paris");
        assertThat(Normalise.key("Sûreté du Québec")).isEqualTo(Normalise.key("SURETE DU QUEBEC"));
        assertThat(Normalise.fold("Élan – «x»")).hasSize("Élan – «x»".length()).isEqualTo("elan - \"x\"");
    }

    @Test
    void slugsAreReadable() {
        assertThat(Slugs.slug("Kaspersky Lab")).isEqualTo("kaspersky-lab");
        assertThat(Slugs.slug("Sécurité Numérique & Co.")).isEqualTo("securite-numerique-co");
    }

    @Test
    void languageFromStopWords() {
        assertThat(Language.detect("The agency said that it will work with the police of its members.")).isEqualTo("en");
        assertThat(Language.detect("La police a annoncé que le centre sera ouvert pour les enquêteurs des pays.")).isEqualTo("fr");
    }

    @Test
    void datesInBothLanguages() {
        assertThat(Dates.first("Publié le 1er avril 2015 à Lyon", 400)).contains("2015-04-01");
        assertThat(Dates.first("Lyon, 20 mars 2013", 400)).contains("2013-03-20");
        assertThat(Dates.first("Issued 30 September 2014", 400)).contains("2014-09-30");
        assertThat(Dates.first("Issued February 23, 2024 in Paris", 400)).contains("2024-02-23");
        assertThat(Dates.first("ref 2014-09-30", 400)).contains("2014-09-30");
        assertThat(Dates.first("le 31 février 2015", 400)).isEmpty();
        assertThat(Dates.first("on Friday", 400)).isEmpty();
    }

    @Test
    void dateRanges() {
        List<Dates.DateSpan> fr = Dates.find("qui aura lieu du 3 au 5 juin 2016 à Dakar", false);
        assertThat(fr).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo("2016-06-03");
            assertThat(d.to()).isEqualTo("2016-06-05");
        });
        List<Dates.DateSpan> en = Dates.find("held 15-19 August 2014 in Manila", false);
        assertThat(en.get(0).from()).isEqualTo("2014-08-15");
        assertThat(en.get(0).to()).isEqualTo("2014-08-19");
        List<Dates.DateSpan> cross = Dates.find("from 30 September to 2 October 2014", false);
        assertThat(cross.get(0).from()).isEqualTo("2014-09-30");
        assertThat(cross.get(0).to()).isEqualTo("2014-10-02");
        assertThat(Dates.find("expected in April 2016", true).get(0).from()).isEqualTo("2016-04");
    }

    @Test
    void relativeDays() {
        assertThat(Dates.relative("yesterday", "2016-03-01")).contains("2016-02-29");
        assertThat(Dates.relative("aujourd’hui", "2016-03-01")).contains("2016-03-01");
        assertThat(Dates.relative("Friday", "2016-03-01")).isEmpty();
    }

    @Test
    void sentencesKeepHonorificsInitialsAndAbbreviations() {
        String body = "Mr. John Q. Public met Dr. Ana Ruiz of Acme Inc. on Monday. They spoke for 1.5 hours.\n\nM. Jean Dupont a parlé. Fin.";
        List<Sentence> s = Sentences.split(body);
        assertThat(s).extracting(Sentence::text).containsExactly(
                "Mr. John Q. Public met Dr. Ana Ruiz of Acme Inc. on Monday.", "They spoke for 1.5 hours.",
                "M. Jean Dupont a parlé.", "Fin.");
        for (Sentence x : s) {
            assertThat(body.substring(x.start(), x.end())).isEqualTo(x.text());
        }
    }

    @Test
    void datelines() {
        assertThat(Datelines.find("BRUXELLES (Belgique) – La police a...")).hasValueSatisfying(d -> {
            assertThat(d.city()).isEqualTo("Bruxelles");
            assertThat(d.country()).isEqualTo("Belgique");
        });
        assertThat(Datelines.find("Title line\n\nVIENNA, Austria – The office said")).hasValueSatisfying(
                d -> assertThat(d.city()).isEqualTo("Vienna"));
        assertThat(Datelines.find("The agency said on Monday that it would act.")).isEmpty();
    }
}
