package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text in markup the Hub builds: the five characters XML gives meaning escaped (XML 1.0, section 2.4), no more. */
@DisplayName("Text in XML and HTML")
class XmlTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "<       | &lt;",
                ">       | &gt;",
                "&       | &amp;",
                "\"      | &quot;",
                "'       | &#39;",
                "a < b   | a &lt; b",
                "&lt;    | &amp;lt;",
                "`<b class=\"x\">Tom & Jerry's</b>` | `&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;`"
            })
    void theFiveCharacters(String text, String escaped) {
        assertThat(Xml.escape(text)).isEqualTo(escaped);
        assertThat(Xml.text(text)).isEqualTo(escaped);
    }

    @Test
    @DisplayName("a text without any of them, non-ASCII and line breaks included, is left as it is")
    void plainText() {
        for (String text :
                new String[] {"Sønderborg", "Æblegrød på Ærø – 4,5 ≥ 3", "Netværkets median", "a\nb\tc", ""}) {
            assertThat(Xml.escape(text)).isEqualTo(text);
            assertThat(Xml.text(text)).isEqualTo(text);
        }
    }

    @Test
    @DisplayName("nothing for no text")
    void nothing() {
        assertThat(Xml.escape(null)).isEmpty();
        assertThat(Xml.text(null)).isEmpty();
    }

    @Test
    @DisplayName("for an XML document the characters XML cannot hold are left out; escape alone keeps them")
    void printable() {
        assertThat(Xml.text("Evidens\u0001 & \u0000her")).isEqualTo("Evidens &amp; her");
        assertThat(Xml.escape("Evidens\u0001 & \u0000her")).isEqualTo("Evidens\u0001 &amp; \u0000her");
    }
}
