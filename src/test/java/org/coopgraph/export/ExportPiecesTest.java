package org.coopgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pieces of the exporters that need no database: quoting, ids, types and value encoding. */
class ExportPiecesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void csvQuotesOnlyWhatRfc4180Requires() {
        assertThat(CsvWriter.field("plain text")).isEqualTo("plain text");
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\r")).isEqualTo("\"cr\r\"");
        String row = String.join(",", List.of("a,b", "say \"hi\"", "two\r\nlines", "").stream()
                .map(CsvWriter::field).toList()) + "\r\n";
        assertThat(Rfc4180.read(row)).containsExactly(List.of("a,b", "say \"hi\"", "two\r\nlines", ""));
    }

    @Test
    void graphMlIdsAreNmtokensAndStayDistinct() {
        assertThat(XmlText.token("kaspersky-lab")).isEqualTo("kaspersky-lab");
        assertThat(XmlText.token("FR")).isEqualTo("FR");
        assertThat(XmlText.token("a b")).isEqualTo("a.20.b");
        assertThat(XmlText.token("a.20.b")).isNotEqualTo(XmlText.token("a b")).isEqualTo("a.2E.20.2E.b");
        assertThat(XmlText.token("société")).matches("[A-Za-z0-9_:.-]+");
        assertThat(XmlText.token("")).isEqualTo(".");
    }

    @Test
    void xmlTextDropsWhatXmlCannotHold() {
        assertThat(XmlText.clean("fine <&> \"text\" \t\n")).isEqualTo("fine <&> \"text\" \t\n");
        assertThat(XmlText.clean("bell\u0007 and \uD800 alone")).isEqualTo("bell\uFFFD and \uFFFD alone");
        assertThat(XmlText.clean("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
    }

    @Test
    void cypherValueTypesBecomeGraphMlTypes() {
        assertThat(PropertyTypes.graphMlType(List.of("STRING NOT NULL"))).isEqualTo("string");
        assertThat(PropertyTypes.graphMlType(List.of("INTEGER NOT NULL"))).isEqualTo("long");
        assertThat(PropertyTypes.graphMlType(List.of("INTEGER NOT NULL", "FLOAT NOT NULL"))).isEqualTo("double");
        assertThat(PropertyTypes.graphMlType(List.of("BOOLEAN NOT NULL"))).isEqualTo("boolean");
        assertThat(PropertyTypes.graphMlType(List.of("LIST<STRING NOT NULL> NOT NULL"))).isEqualTo("string");
        assertThat(PropertyTypes.graphMlType(List.of("ZONED DATETIME NOT NULL"))).isEqualTo("string");
        assertThat(PropertyTypes.graphMlType(List.of("BOOLEAN NOT NULL", "STRING NOT NULL"))).isEqualTo("string");
    }

    @Test
    void valuesKeepTheirTypesThroughJson() throws Exception {
        List<Object> values = List.of("text", 42L, 0.75, 1.0, true, List.of(1L, 2L), List.of(0.5, 1.0), List.of(),
                LocalDate.of(2013, 3, 20), LocalDateTime.of(2013, 3, 20, 10, 0),
                ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 6_000_000, ZoneOffset.UTC),
                ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris")));
        for (Object v : values) {
            JsonNode json = JSON.readTree(JSON.writeValueAsString(JsonValues.toJson(v)));
            assertThat(JsonValues.fromJson(json, "p")).as(String.valueOf(v)).isEqualTo(v);
        }
        assertThat(JSON.writeValueAsString(JsonValues.toJson(LocalDate.of(2013, 3, 20))))
                .isEqualTo("{\"$date\":\"2013-03-20\"}");
    }

    @Test
    void valuesNeo4jCannotStoreAreRefused() throws Exception {
        assertThat(JsonValues.fromJson(JSON.readTree("[1, 2.5]"), "p")).isEqualTo(List.of(1.0, 2.5));
        assertThatThrownBy(() -> JsonValues.fromJson(JSON.readTree("[\"a\", 1]"), "p")).hasMessageContaining("one type");
        assertThatThrownBy(() -> JsonValues.fromJson(JSON.readTree("[[1]]"), "p")).hasMessageContaining("lists");
        assertThatThrownBy(() -> JsonValues.fromJson(JSON.readTree("[null]"), "p")).hasMessageContaining("null");
        assertThatThrownBy(() -> JsonValues.fromJson(JSON.readTree("{\"a\":1}"), "p")).hasMessageContaining("object");
        assertThatThrownBy(() -> JsonValues.fromJson(JSON.readTree("{\"$date\":\"2013-13-01\"}"), "p"))
                .hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> JsonValues.fromJson(JSON.readTree("123456789012345678901234567890"), "p"))
                .hasMessageContaining("64-bit");
    }
}
