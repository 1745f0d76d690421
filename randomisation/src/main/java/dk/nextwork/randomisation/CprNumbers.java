package dk.nextwork.randomisation;

import java.util.regex.Pattern;

/**
 * The Hub's one rule for recognising a CPR number in anything typed: a study ID, a comment, a search. A CPR number is
 * a date of birth (ddmmyy, its parts perhaps separated as a date is: 01.01.90) followed by four digits, with or without
 * a separator between them. It is recognised
 * however it is spelled: in any script's digits (fullwidth ０１０１９０, Arabic-Indic ٠١٠١٩٠), with any space (a
 * non-breaking or thin space), dash (a hyphen, an en dash, U+2212 minus), slash or dot between the two parts, and with
 * invisible characters (a zero-width space, a soft hyphen) anywhere in it. A run of more digits than a CPR number has
 * (an account number, say) is not one.
 */
public final class CprNumbers {

    /**
     * Any separator, after normalising (see below): at most one between the date's parts, at most three between the date
     * and the four digits.
     */
    private static final char SEPARATOR = '-';

    private static final Pattern CPR = Pattern.compile("(?<![0-9])(?:0[1-9]|[12][0-9]|3[01])" + SEPARATOR
            + "?(?:0[1-9]|1[0-2])" + SEPARATOR + "?[0-9]{2}" + SEPARATOR + "{0,3}[0-9]{4}(?![0-9])");

    private CprNumbers() {}

    /** Whether the text holds something written like a CPR number. */
    public static boolean appearIn(String text) {
        return text != null && CPR.matcher(normalised(text)).find();
    }

    /**
     * The text with every decimal digit written as an ASCII digit, every space, dash, slash or dot as a hyphen, and
     * invisible formatting characters left out, so that one pattern sees every spelling.
     */
    static String normalised(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT) {
                return; // zero-width space, joiners, soft hyphen, byte-order mark: invisible
            }
            if (Character.isDigit(c)) {
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else if (separator(c)) {
                plain.append(SEPARATOR);
            } else {
                plain.appendCodePoint(c);
            }
        });
        return plain.toString();
    }

    private static boolean separator(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c) // no-break and thin spaces, which isWhitespace leaves out
                || Character.getType(c) == Character.DASH_PUNCTUATION
                || c == '/'
                || c == '\\'
                || c == '.'
                || c == '_'
                || c == '\u2212' // minus sign
                || c == '\u2044' // fraction slash
                || c == '\u2215' // division slash
                || c == '\uFF0F' // fullwidth solidus
                || c == '\uFF0E' // fullwidth full stop
                || c == '\u00B7'; // middle dot
    }
}
