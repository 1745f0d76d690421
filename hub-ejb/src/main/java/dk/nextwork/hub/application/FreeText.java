package dk.nextwork.hub.application;

import dk.nextwork.randomisation.CprNumbers;
import java.util.Optional;

/**
 * What any text a person types into the Hub may hold — evidence, a comment, a title, a search, a name — checked at the
 * edge (every JSON string of the API, every query parameter, every field of every page) by this one rule:
 *
 * <ul>
 *   <li>only characters every output can carry: an XML document (the PDF is laid out from XHTML, a spreadsheet is
 *       XML), a CSV file and a page. Control characters other than tab and line breaks, unpaired surrogates and the
 *       non-characters U+FFFE and U+FFFF are refused; a NUL has its own message, as PostgreSQL cannot store it;
 *   <li>no more than {@link #MAX_LENGTH} characters, the longest text any field takes (a practice's body), so no
 *       input builds a large string before a field's own limit is checked;
 *   <li>no CPR number, in any spelling ({@link CprNumbers}): no personal data about a young person enters the Hub.
 * </ul>
 *
 * Text stored before the rule existed is shown without the characters it cannot carry ({@link #printable(String)}).
 */
public final class FreeText {

    /** Why a text cannot be accepted; each has a message under its key. */
    public enum Fault {
        NUL("problem.text.nul"),
        CONTROL_CHARACTER("problem.text.control"),
        TOO_LONG("problem.text.longerThanAnyField"),
        CPR_NUMBER("problem.text.cpr");

        private final String key;

        Fault(String key) {
            this.key = key;
        }

        /** The message key of the field problem that names this fault. */
        public String key() {
            return key;
        }
    }

    /** The longest text any field of the Hub takes: a practice's body. */
    public static final int MAX_LENGTH = 50_000;

    private FreeText() {}

    /** The first reason the text cannot be accepted, or empty if it can (null and empty texts can). */
    public static Optional<Fault> fault(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.of(Fault.NUL);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a character beyond the basic plane, written as a proper pair
            } else if (!printable(c)) {
                return Optional.of(Fault.CONTROL_CHARACTER);
            }
        }
        if (CprNumbers.appearIn(text)) {
            return Optional.of(Fault.CPR_NUMBER);
        }
        // Last, so that a caller who lets any length through (a search) still has the other faults named.
        return text.length() > MAX_LENGTH ? Optional.of(Fault.TOO_LONG) : Optional.empty();
    }

    /**
     * The text with the line breaks other programs write turned into plain ones: a vertical tab (PowerPoint's soft line
     * break), a form feed (Word's page break), NEL and the Unicode line and paragraph separators. None of them can be
     * carried by XML, so they are changed on the way in rather than refused.
     */
    public static String normalised(String text) {
        if (text == null || !hasForeignLineBreak(text)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(foreignLineBreak(c) ? '\n' : c);
        }
        return plain.toString();
    }

    /** Whether {@link #normalised} would change the text. */
    public static boolean hasForeignLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (foreignLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean foreignLineBreak(char c) {
        return c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The field problem for a text, if it cannot be accepted. */
    public static Optional<FieldProblem> problem(String field, String text) {
        return fault(text).map(f -> FieldProblem.of(field, f.key()));
    }

    /** The text without the characters an output cannot carry (for text stored before this rule). */
    public static String printable(String text) {
        if (text == null
                || fault(text)
                        .filter(f -> f == Fault.NUL || f == Fault.CONTROL_CHARACTER)
                        .isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (printable(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * Tab, line feed, carriage return and every character from the space on, but for DEL, the C1 controls, a lone
     * surrogate and the non-characters U+FFFE and U+FFFF: XML 1.0's characters without the controls it tolerates.
     */
    private static boolean printable(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
