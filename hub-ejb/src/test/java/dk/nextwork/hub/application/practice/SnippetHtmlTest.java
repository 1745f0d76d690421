package dk.nextwork.hub.application.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.practice.PracticeHit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A search hit's snippet as the practice page shows it (unescaped there): the text escaped, the matches marked. */
@DisplayName("A search snippet as HTML")
class SnippetHtmlTest {

    @Test
    @DisplayName("the text is escaped and only the search's own markers become <mark>")
    void escapedThenMarked() {
        String snippet = "Mødet i " + PracticeHit.MARK_START + "Sønderborg" + PracticeHit.MARK_END
                + " <script>alert('x')</script> & \"mere\"";
        assertThat(PracticeViews.snippetHtml(snippet))
                .isEqualTo("Mødet i <mark>Sønderborg</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                        + " &quot;mere&quot;");
    }

    @Test
    @DisplayName("no snippet is nothing")
    void none() {
        assertThat(PracticeViews.snippetHtml(null)).isEmpty();
    }
}
