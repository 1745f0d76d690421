package dk.nextwork.hub.application.practice;

import dk.nextwork.hub.domain.model.practice.PracticeHit;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text from the practice editor, made safe with the OWASP Java HTML Sanitizer: formatting, blocks, lists and
 * http(s)/mailto links survive; scripts, event handlers, styles and {@code javascript:} URLs do not.
 */
final class HtmlSanitising {

    // Links are allowed in the same builder that asks for the rels: a builder's rels apply only to the links it
    // allows itself (with Sanitizers.LINKS they got nofollow alone, and a reader's click sent the Hub's address on).
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("br", "ol", "ul", "li", "a")
                    .allowAttributes("href")
                    .onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .toFactory());

    private HtmlSanitising() {}

    static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(withoutMarks(html));
    }

    /** The sanitised HTML as plain text, for search and snippets. */
    static String text(String sanitised) {
        String text = sanitised
                .replaceAll("(?i)<br\\s*/?>|</(p|li|h[1-6]|blockquote|div)>", " ")
                .replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&#64;", "@")
                .replace("&#43;", "+")
                .replace("&#61;", "=")
                .replace("&#96;", "`")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The snippet markers never come from users. */
    static String withoutMarks(String text) {
        return text == null
                ? null
                : text.replace(String.valueOf(PracticeHit.MARK_START), "")
                        .replace(String.valueOf(PracticeHit.MARK_END), "");
    }
}
