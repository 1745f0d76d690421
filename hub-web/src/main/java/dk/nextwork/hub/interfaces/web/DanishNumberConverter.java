package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.interfaces.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers on the pages as the user writes them: in Danish with a decimal comma ("2,5") and, if wanted, a dot or space
 * between thousands ("1.200"); in English the other way round. Shown the same way, without trailing zeros ("3", not
 * "3.00"). What cannot be read is named at the field with what to write instead ("Skriv et tal, fx 2,5").
 */
@FacesConverter("hub.number")
public class DanishNumberConverter implements Converter<BigDecimal> {

    /** The longest figure, with separators, that the converter reads. */
    static final int MAX_LENGTH = 30;

    /** Digits with groups of three after the first: 1.200 or 12.345.678 (with the page's grouping character). */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(G\\d{3})+(D\\d+)?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        Locale locale = locale(context);
        try {
            return read(value, locale);
        } catch (NumberFormatException e) {
            throw unreadable(context, component, value, !isEnglish(locale));
        }
    }

    /**
     * A number as a user in this language writes it, or null for an empty field.
     *
     * @throws NumberFormatException if it is not a number written that way
     */
    public static BigDecimal read(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        boolean danish = !isEnglish(locale);
        char decimal = danish ? ',' : '.';
        char grouping = danish ? '.' : ',';
        // Spaces (also the thin and no-break ones) may separate thousands in either language.
        String text = value.strip().replaceAll("[\\s\\u00a0\\u2009\\u202f]", "");
        // Digits, a sign and the two separators only, and no longer than any figure the Hub takes: "1e20000000" is not
        // a number anyone writes on a form, and would cost a 20 MB string to repeat.
        if (text.length() > MAX_LENGTH || !text.matches("-?[0-9.,]+")) {
            throw new NumberFormatException("unreadable");
        }
        String shape = text.replace(grouping, 'G').replace(decimal, 'D');
        if (text.indexOf(grouping) >= 0) {
            if (!GROUPED.matcher(shape.replaceAll("^-", "")).matches()) {
                throw new NumberFormatException("unreadable");
            }
            text = text.replace(String.valueOf(grouping), "");
        }
        return new BigDecimal(text.replace(decimal, '.'));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return write(value, locale(context));
    }

    /** A number as a user in this language reads it: "2,5" in Danish, "2.5" in English, "3" for 3.00; null is "". */
    public static String write(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return isEnglish(locale) ? plain : plain.replace('.', ',');
    }

    private static boolean isEnglish(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static ConverterException unreadable(
            FacesContext context, UIComponent component, String value, boolean danish) {
        Object label = component.getAttributes().get("label");
        if (FreeText.fault(value).isPresent()) {
            // Never repeat a CPR number or a control character back.
            String text = Messages.text(FreeText.fault(value).get().key(), locale(context));
            return new ConverterException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label == null ? text : label.toString(), text));
        }
        String shown =
                value.strip().length() > MAX_LENGTH ? value.strip().substring(0, MAX_LENGTH) + "…" : value.strip();
        String text = Messages.text("number.unreadable", locale(context)).replace("{0}", shown);
        return new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, label == null ? text : label.toString(), text));
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() == null
                ? Language.DANISH
                : context.getViewRoot().getLocale();
    }
}
