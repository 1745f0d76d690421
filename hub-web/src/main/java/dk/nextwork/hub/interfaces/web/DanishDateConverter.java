package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates on the pages as dd-mm-åååå (2026-11-20 is understood too), strictly: 31-02-2026 is refused as a day that does
 * not exist, instead of becoming 28 February.
 */
@FacesConverter("hub.danishDate")
public class DanishDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = DanishTime.parse("date", value, problems);
        if (problems.isEmpty()) {
            return date;
        }
        // The same words as the API's: "31-02-2026 findes ikke …" or "Skriv datoen som dd-mm-åååå …".
        Object label = component.getAttributes().get("label");
        String text = PageMessages.text(problems.get(0).message());
        // Summary: the field's name (for the error summary); detail: what to do (shown at the field).
        throw new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, label == null ? text : label.toString(), text));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DanishTime.DATE.format(value);
    }
}
