package dk.nextwork.hub.interfaces.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the Hub's two languages a request asks for by its {@code Accept-Language} header (RFC 9110, section
 * 12.5.4): English when the caller weighs English above Danish, Danish otherwise — no header, an empty one, one naming
 * neither language, or one that does not follow the grammar. Used where the Hub answers without a page and so without
 * the user's chosen language (the pages' {@code Language}): the API's problem bodies and its PDF.
 *
 * <p>A language range counts by its primary subtag ({@code en-GB} is English, {@code da-DK} Danish); the range with
 * the highest weight decides, the first of them on a tie; a weight of 0 means "not this one" and {@code *} names no
 * language of its own.
 */
public final class AcceptLanguage {

    /** The header's name. */
    public static final String HEADER = "Accept-Language";

    /**
     * One element of the list: a language range ({@code 1*8ALPHA *("-" 1*8alphanum)} or {@code *}), then its weight if
     * any ({@code OWS ";" OWS "q=" qvalue}; a qvalue is 0 to 1 with at most three decimals).
     */
    private static final Pattern RANGE = Pattern.compile("(?<range>[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\\*)"
            + "(?:[ \\t]*;[ \\t]*[qQ]=(?<q>0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?");

    private AcceptLanguage() {}

    /** The language a servlet request asks for, every {@code Accept-Language} line of it read as one list. */
    public static Locale of(HttpServletRequest request) {
        Enumeration<String> lines = request == null ? null : request.getHeaders(HEADER);
        return lines == null ? Languages.DANISH : of(String.join(",", Collections.list(lines)));
    }

    /** The language an API request asks for (JAX-RS joins the header's lines into one list). */
    public static Locale of(HttpHeaders headers) {
        return headers == null ? Languages.DANISH : of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language an {@code Accept-Language} value asks for: {@link Locale#ENGLISH} or {@link Language#DANISH}. */
    public static Locale of(String header) {
        if (header == null) {
            return Languages.DANISH;
        }
        Locale best = null;
        int bestWeight = 0;
        for (String element : header.split(",", -1)) {
            String item = element.strip();
            if (item.isEmpty()) {
                // The list syntax allows empty elements; they say nothing.
                continue;
            }
            Matcher matcher = RANGE.matcher(item);
            if (!matcher.matches()) {
                // Not an Accept-Language header as the grammar has it: as if there were none.
                return Languages.DANISH;
            }
            int weight = thousandths(matcher.group("q"));
            Locale named = hubLanguage(matcher.group("range"));
            if (named != null && weight > bestWeight) {
                best = named;
                bestWeight = weight;
            }
        }
        return best == null ? Languages.DANISH : best;
    }

    /** English or Danish by the range's primary subtag, or null for any other language and for {@code *}. */
    private static Locale hubLanguage(String range) {
        String primary = range.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "en" -> Locale.ENGLISH;
            case "da" -> Languages.DANISH;
            default -> null;
        };
    }

    /** A qvalue in thousandths; no weight is 1. */
    private static int thousandths(String qvalue) {
        if (qvalue == null) {
            return 1000;
        }
        String[] parts = qvalue.split("\\.", 2);
        String decimals = parts.length > 1 ? (parts[1] + "000").substring(0, 3) : "000";
        return Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(decimals);
    }
}
