package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.i18n.Decimals;
import dk.nextwork.hub.interfaces.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small formatting helpers for pages (Facelets' EL has no static method calls). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** A number as the page's language writes it: "2,5" and "1.200" in Danish, "2.5" and "1,200" in English. */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null
                ? Language.DANISH
                : faces.getViewRoot().getLocale();
        return Decimals.of("#,##0.##", locale)
                .format(value instanceof BigDecimal ? value : new BigDecimal(value.toString()));
    }

    /** A date as dd-mm-åååå, the Hub's one date format in both languages. */
    public String date(LocalDate value) {
        return value == null ? "" : DanishTime.DATE.format(value);
    }

    /** A moment as "23-11-2026 kl. 14:05" (Danish) or "23-11-2026 at 14:05" (English). */
    public String dateTime(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean english = faces != null
                && faces.getViewRoot() != null
                && "en".equals(faces.getViewRoot().getLocale().getLanguage());
        return value.format(DateTimeFormatter.ofPattern(english ? "dd-MM-uuuu 'at' HH:mm" : "dd-MM-uuuu 'kl.' HH:mm"));
    }

    /** An instant at the Hub's clock in Danish time, as {@link #dateTime}. */
    public String moment(Instant value) {
        return value == null ? "" : dateTime(LocalDateTime.ofInstant(value, DanishTime.ZONE));
    }

    /** Item codes and the like as "MS1, MM1". */
    public String list(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** A message with its arguments in the page's language (numbers formatted as the language writes them). */
    public String message(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null
                ? Language.DANISH
                : faces.getViewRoot().getLocale();
        return Messages.format(Message.of(key, args), locale);
    }
}
