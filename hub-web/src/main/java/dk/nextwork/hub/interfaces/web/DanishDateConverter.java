package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.DanishTime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates on the pages as dd-mm-åååå, strictly: 31-02-2026 is refused with a message that says how to write a date,
 * instead of becoming 28 February.
 */
@FacesConverter("hub.danishDate")
public class DanishDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DanishTime.DATE);
        } catch (DateTimeParseException e) {
            Object label = component.getAttributes().get("label");
            Language language = context.getApplication().evaluateExpressionGet(context, "#{language}", Language.class);
            String text = language.text("date.invalid");
            throw new ConverterException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    (label == null ? "" : label + ": ") + text + " (" + value + ")",
                    null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DanishTime.DATE.format(value);
    }
}
