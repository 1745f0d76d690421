package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.interfaces.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every field of every page, the search boxes and the address's parameters included, checked as typed by the same rule as
 * the API's JSON ({@link FreeText}): a control character or a CPR number is refused at the field, in the page's
 * language, and nothing is saved. A default validator (faces-config.xml), so a field added tomorrow is covered too;
 * it runs for empty fields as well (Bean Validation makes Faces validate them), which is how a field whose converter
 * trimmed it to nothing is still seen.
 */
@FacesValidator("hub.freeText")
public class FreeTextValidator implements Validator<Object> {

    /** Faces-context attribute: the fault of a text refused in this request. */
    public static final String REFUSED = "hub.free-text-refused";

    /** Component attribute ({@code <f:attribute name="forgetCpr" value="true"/>}): never show a CPR number again. */
    public static final String FORGET_CPR = "forgetCpr";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        // What was typed, before any converter read it: a number or date converter trims control characters away
        // ("\u0001" would become an empty field), so the rule reads the field as it came.
        Object typed = component instanceof EditableValueHolder input && input.getSubmittedValue() != null
                ? input.getSubmittedValue()
                : value;
        if (!(typed instanceof String text)) {
            return;
        }
        // An address's parameter (a search) may be of any length, as in the API; its size is the server's limit.
        boolean address = component instanceof UIViewParameter;
        FreeText.fault(text)
                .filter(f -> !(address && f == FreeText.Fault.TOO_LONG))
                .ifPresent(fault -> {
                    context.getAttributes().put(REFUSED, fault);
                    if (fault == FreeText.Fault.CPR_NUMBER
                            && Boolean.parseBoolean(
                                    String.valueOf(component.getAttributes().get(FORGET_CPR)))
                            && component instanceof EditableValueHolder input) {
                        // A field such as the study ID forgets a CPR number at once: not kept, not shown again.
                        input.setSubmittedValue(null);
                    }
                    // The user's language, not the view's: on a first visit the view's locale is not set yet (an
                    // address's parameter is checked before the page's f:view has said it).
                    Language language =
                            context.getApplication().evaluateExpressionGet(context, "#{language}", Language.class);
                    String message =
                            Messages.text(fault.key(), language == null ? Language.DANISH : language.getLocale());
                    Object label = component.getAttributes().get("label");
                    throw new ValidatorException(new FacesMessage(
                            FacesMessage.SEVERITY_ERROR, label == null ? message : label.toString(), message));
                });
    }
}
