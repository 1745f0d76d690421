package dk.nextwork.hub.interfaces.web;

import jakarta.faces.application.FacesMessage;

/**
 * An error about a field on another page or step, which the error summary links to by its address (such as a key
 * figure that was not saved, shown while the lead is on another step of the form).
 */
public class LinkedMessage extends FacesMessage {

    private static final long serialVersionUID = 1L;

    private final String href;

    /**
     * @param href the field's address, with its fragment: {@code /selvevaluering.xhtml?id=7&trin=noegletal#figure-x}
     * @param label the field as the page labels it
     * @param detail what is wrong and what to do
     */
    public LinkedMessage(String href, String label, String detail) {
        super(SEVERITY_ERROR, label, detail);
        this.href = href;
    }

    public String getHref() {
        return href;
    }
}
