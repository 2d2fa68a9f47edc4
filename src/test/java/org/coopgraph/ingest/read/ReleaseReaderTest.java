package org.coopgraph.ingest.read;

import org.coopgraph.ingest.InvalidReleaseException;
import org.coopgraph.ingest.ReleaseDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseReaderTest {

    private final ReleaseReader reader = new ReleaseReader();

    private ReleaseDocument text(String name, String s) {
        return reader.read(name, s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headerGivesMetadataAndBodyStartsAfterIt() {
        ReleaseDocument d = text("a.txt", "id: r-1\ntitle: A title\ndate: 2015-06-01\nlanguage: fr\nsource: https://x.example/a\n\nCorps du texte.\n");
        assertThat(d.meta().id()).isEqualTo("r-1");
        assertThat(d.meta().title()).isEqualTo("A title");
        assertThat(d.meta().publishedOn()).isEqualTo("2015-06-01");
        assertThat(d.meta().language()).isEqualTo("fr");
        assertThat(d.body()).isEqualTo("Corps du texte.\n");
        assertThat(d.sha256()).hasSize(64);
    }

    @Test
    void idFromSourceElseFromBody() {
        ReleaseDocument withSource = text("a.txt", "source: https://x.example/a\n\nBody text here.");
        ReleaseDocument sameSource = text("b.txt", "source: https://x.example/a\n\nOther body.");
        assertThat(withSource.meta().id()).startsWith("r-").hasSize(14).isEqualTo(sameSource.meta().id());
        ReleaseDocument noSource = text("c.txt", "Body text here.");
        assertThat(noSource.meta().id()).isEqualTo("r-" + noSource.sha256().substring(0, 12));
    }

    @Test
    void withoutHeaderTitleDateAndLanguageAreDetected() {
        ReleaseDocument d = text("a.txt", "\uFEFFUne police signe un accord\r\n\r\n1er avril 2015\r\n\r\nPARIS – La police et le centre ont signé.\r\n");
        assertThat(d.meta().title()).isEqualTo("Une police signe un accord");
        assertThat(d.meta().publishedOn()).isEqualTo("2015-04-01");
        assertThat(d.meta().language()).isEqualTo("fr");
        assertThat(d.body()).doesNotContain("\r").startsWith("Une police");
    }

    @Test
    void aFirstLineWithAnUnknownKeyIsNotAHeader() {
        ReleaseDocument d = text("a.md", "# Note: this is the title\n\n**March 3, 2019**\n\nThe body of the release.");
        assertThat(d.meta().title()).isEqualTo("Note: this is the title");
        assertThat(d.meta().publishedOn()).isEqualTo("2019-03-03");
        assertThat(d.body()).startsWith("# Note");
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> text("a.txt", "date: 2013-02-30\n\nBody.")).isInstanceOf(InvalidReleaseException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> text("a.txt", "date: soon\n\nBody.")).isInstanceOf(InvalidReleaseException.class);
        assertThatThrownBy(() -> text("a.txt", "title: T\n\n   \n")).hasMessageContaining("empty body");
        assertThatThrownBy(() -> text("a.txt", "  \n\n ")).hasMessageContaining("empty body");
        assertThatThrownBy(() -> reader.read("a.txt", new byte[] {'a', 0, 'b'})).hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> reader.read("a.txt", new byte[] {'a', (byte) 0xC3, '('})).hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> reader.read("a.txt", new byte[(int) ReleaseReader.MAX_BYTES + 1]))
                .isInstanceOf(InvalidReleaseException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> reader.read("a.pdf", "x".getBytes())).isInstanceOf(InvalidReleaseException.class);
    }

    @Test
    void supportsByExtension() {
        assertThat(ReleaseReader.supports("x.TXT")).isTrue();
        assertThat(ReleaseReader.supports("x.htm")).isTrue();
        assertThat(ReleaseReader.supports("x.json")).isFalse();
    }

    @Test
    void htmlKeepsTheMainTextOnly() {
        String html = "<html lang=\"en\"><head><title>Site | Page</title><link rel=\"canonical\" href=\"https://x.example/p\">"
                + "</head><body><nav>Home News</nav><main><h1>Agency opens lab</h1><time datetime=\"2016-05-04T10:00\">4 May</time>"
                + "<p>VIENNA – The agency opened a lab.</p><aside>Related</aside><p>It will train <b>police</b> officers.</p>"
                + "<script>var x;</script></main><footer>Contact us</footer></body></html>";
        ReleaseDocument d = reader.read("p.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.meta().title()).isEqualTo("Agency opens lab");
        assertThat(d.meta().publishedOn()).isEqualTo("2016-05-04");
        assertThat(d.meta().language()).isEqualTo("en");
        assertThat(d.meta().source()).isEqualTo("https://x.example/p");
        assertThat(d.body()).contains("VIENNA – The agency opened a lab.\n\nIt will train police officers.")
                .doesNotContain("Home News", "Related", "Contact us", "var x");
    }
}
