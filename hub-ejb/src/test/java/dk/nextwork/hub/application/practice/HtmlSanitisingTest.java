package dk.nextwork.hub.application.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.practice.PracticeHit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A practice's body from the editor: formatting, blocks, lists and http(s)/mailto links survive; scripts, event
 * handlers, styles and {@code javascript:} URLs do not. Its plain text is what search and snippets read.
 */
@DisplayName("A practice's rich text, made safe")
class HtmlSanitisingTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("formatting, paragraphs, headings and lists survive as written")
    @ValueSource(
            strings = {
                "<p>De unge vælger selv praktik</p>",
                "<p><b>fed</b> og <i>kursiv</i> og <strong>stærk</strong></p>",
                "<ul><li>Spillet</li><li>Samtalekortene</li></ul>",
                "<ol><li>Først</li><li>Så</li></ol>",
                "<h2>Sådan gør vi</h2>",
                "<p>Linje 1<br />Linje 2</p>",
                "<blockquote>Citat</blockquote>"
            })
    void kept(String html) {
        assertThat(HtmlSanitising.sanitise(html)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("nothing executable survives: scripts, event handlers, styles, frames, forms and javascript: links go,"
            + " their harmless text stays")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "<script>alert(1)</script><p>Tekst</p>                | <p>Tekst</p>",
                "`<p onclick=\"steal()\">Tekst</p>`                   | <p>Tekst</p>",
                "`<a href=\"javascript:alert(1)\">link</a>`           | link",
                "`<img src=\"x\" onerror=\"alert(1)\" />`             | ``",
                "`<span style=\"color:red\">rød</span>`               | rød",
                "`<iframe src=\"https://evil.example\"></iframe>Slut` | Slut",
                "`<form action=\"/x\"><input name=\"a\" /></form>Ok`  | Ok",
                "`<svg onload=\"alert(1)\"><circle /></svg>`          | ``"
            })
    void removed(String html, String safe) {
        assertThat(HtmlSanitising.sanitise(html)).isEqualTo(safe);
    }

    @Test
    @DisplayName("a web or mail link survives with its address, marked as not endorsed and opened without telling the"
            + " other site where the reader came from")
    void links() {
        String safe = HtmlSanitising.sanitise("<a href=\"https://nextwork.dk/praksis\">NExTWORK</a>");
        assertThat(safe).startsWith("<a href=\"https://nextwork.dk/praksis\"").endsWith(">NExTWORK</a>");
        String rel = safe.replaceAll(".*rel=\"([^\"]*)\".*", "$1");
        assertThat(rel.split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer", "nofollow");
        assertThat(HtmlSanitising.sanitise("<a href=\"mailto:lead&#64;vejle.dk\">skriv</a>"))
                .contains("href=\"mailto:lead&#64;vejle.dk\"");
        assertThat(HtmlSanitising.sanitise("<a href=\"ftp://x.dk/fil\">fil</a>"))
                .isEqualTo("fil");
    }

    @Test
    @DisplayName("the search's own marks never come from a user: they are taken out before anything else")
    void marksTakenOut() {
        String marked = "<p>" + PracticeHit.MARK_START + "Sønderborg" + PracticeHit.MARK_END + "</p>";
        assertThat(HtmlSanitising.sanitise(marked)).isEqualTo("<p>Sønderborg</p>");
        assertThat(HtmlSanitising.withoutMarks("a" + PracticeHit.MARK_START + "b" + PracticeHit.MARK_END))
                .isEqualTo("ab");
        assertThat(HtmlSanitising.withoutMarks(null)).isNull();
    }

    @Test
    @DisplayName("no body is an empty body")
    void nothing() {
        assertThat(HtmlSanitising.sanitise(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads as [{1}]")
    @DisplayName("as plain text, blocks and line breaks part words, tags go, the escaped characters are themselves"
            + " again, and white space is one space")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "<p>Første</p><p>Anden</p>                 | Første Anden",
                "<p>a<br />b</p>                          | a b",
                "<ul><li>Spillet</li><li>Kortene</li></ul> | Spillet Kortene",
                "<h2>Overskrift</h2>Tekst                  | Overskrift Tekst",
                "<p>Tom &amp; Jerry&#39;s &lt;b&gt;</p>    | Tom & Jerry's <b>",
                "<p>a&#64;b.dk 1&#43;1&#61;2 &#96;x&#96;</p> | a@b.dk 1+1=2 `x`",
                "`<p>  mange \n\t mellemrum&nbsp;her </p>` | mange mellemrum her",
                "<b>fed</b>tekst                           | fedtekst"
            })
    void text(String sanitised, String text) {
        assertThat(HtmlSanitising.text(sanitised)).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}]")
    @DisplayName("what a user writes as plain text is read back as written, after sanitising, whatever characters the"
            + " sanitiser escapes")
    @ValueSource(
            strings = {
                "Søren & Co. <3 'citat' \"anførsel\"",
                "skriv til lead@vejle.dk",
                "1+1=2 og `kode`",
                "Æblegrød på Ærø – 4,5 ≥ 3"
            })
    void roundTrip(String plain) {
        assertThat(HtmlSanitising.text(HtmlSanitising.sanitise(plain))).isEqualTo(plain);
    }
}
