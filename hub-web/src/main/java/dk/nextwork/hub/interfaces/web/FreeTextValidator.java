package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FreeText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every text field of every page, the search boxes and the address's parameters included, checked by the same rule as
 * the API's JSON ({@link FreeText}): a control character or a CPR number is refused at the field, in the page's
 * language, and nothing is saved. A default validator (faces-config.xml), so a field added tomorrow is covered too.
 */
@FacesValidator("hub.freeText")
public class FreeTextValidator implements Validator<Object> {

    /** Faces-context attribute: the fault of a text refused in this request. */
    public static final String REFUSED = "hub.free-text-refused";

    /** Component attribute ({@code <f:attribute name="forgetCpr" value="true"/>}): never show a CPR number again. */
    public static final String FORGET_CPR = "forgetCpr";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return; // numbers, dates and choices are checked by their converters
        }
        FreeText.fault(text).ifPresent(fault -> {
            context.getAttributes().put(REFUSED, fault);
            if (fault == FreeText.Fault.CPR_NUMBER
                    && Boolean.parseBoolean(
                            String.valueOf(component.getAttributes().get(FORGET_CPR)))
                    && component instanceof EditableValueHolder input) {
                // A field such as the study ID forgets a CPR number at once: not kept, not shown again.
                input.setSubmittedValue(null);
            }
            String message = Messages.text(
                    fault.key(),
                    context.getViewRoot() == null
                            ? Language.DANISH
                            : context.getViewRoot().getLocale());
            Object label = component.getAttributes().get("label");
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label == null ? message : label.toString(), message));
        });
    }
}
