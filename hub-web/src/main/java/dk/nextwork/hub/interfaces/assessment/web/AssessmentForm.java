package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.fidelity.KeyFigure;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.AssessmentService;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DraftChange;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lead's self-assessment form: every item with its anchors, a rating 1–5 or "kan ikke vurderes", evidence, and
 * the rating the key figures imply beside it. Every change is saved on the server as it is made, so nothing is lost by
 * leaving the page; a change made elsewhere in the meantime is explained, not overwritten.
 */
@Named("assessmentForm")
@ViewScoped
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssessmentService assessments;

    @Inject
    transient InstrumentCatalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private Long id;
    private transient AssessmentView view;
    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, String> evidence = new HashMap<>();
    private final Map<String, String> justifications = new HashMap<>();
    private final Map<String, BigDecimal> figures = new HashMap<>();

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Loads the draft; 404 if the user may not see it. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("no id");
            }
            show(assessments.get(id, user.caller()));
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
            faces.responseComplete();
        }
    }

    private void show(AssessmentView loaded) {
        view = loaded;
        ratings.clear();
        evidence.clear();
        justifications.clear();
        for (AssessmentView.Item item : loaded.items()) {
            ratings.put(item.code(), item.selfRating());
            evidence.put(item.code(), item.evidence());
            justifications.put(item.code(), item.justification());
        }
        figures.clear();
        figures.putAll(loaded.keyFigures());
    }

    /** Saves one item's rating, evidence and justification as soon as any of them changes. */
    public void autosave(String code) {
        change(new DraftChange(
                view.version(),
                ratings.get(code) == null ? Map.of() : Map.of(code, ratings.get(code)),
                Map.of(code, evidence.get(code) == null ? "" : evidence.get(code)),
                Map.of(code, justifications.get(code) == null ? "" : justifications.get(code)),
                Map.of()));
    }

    /** Saves one key figure as soon as it changes; an emptied field removes it. */
    public void autosaveFigure(String code) {
        Map<String, BigDecimal> figure = new HashMap<>();
        figure.put(code, figures.get(code));
        change(new DraftChange(view.version(), Map.of(), Map.of(), Map.of(), figure));
    }

    private void change(DraftChange change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            show(assessments.saveDraft(id, change, user.caller()));
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(p -> faces.addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.field(), p.message())));
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
            show(assessments.get(id, user.caller()));
        }
    }

    public AssessmentView getView() {
        return view;
    }

    public boolean isEditable() {
        return view != null
                && ("DRAFT".equals(view.state()) || "RETURNED".equals(view.state()))
                && user.hasRole("municipal-lead")
                && view.municipality().equals(user.getMunicipality());
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public Map<String, String> getEvidence() {
        return evidence;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    public Map<String, BigDecimal> getFigures() {
        return figures;
    }

    /** The key figures a lead reports (weeks in the period come from its dates). */
    public List<String> getFigureCodes() {
        return Arrays.stream(KeyFigure.values())
                .filter(f -> f.kind() != KeyFigure.Kind.DERIVED)
                .map(KeyFigure::code)
                .toList();
    }

    /** The evidence check asks for a justification, or one was written already. */
    public boolean justificationShown(String code) {
        return view.justificationRequired().contains(code) || justifications.get(code) != null;
    }

    private Instrument instrument() {
        return catalog.find(view.instrument(), view.instrumentVersion()).orElseThrow();
    }

    public List<Section> getSections() {
        return instrument().sections();
    }

    /** An item's text in the page's language. */
    public String text(Item item) {
        return item.text().in(language.getLocale());
    }

    /** An item's anchor for a level (1, 3 or 5), in the page's language, or empty. */
    public String anchor(Item item, int level) {
        var anchor = item.anchors().get(level);
        return anchor == null ? "" : anchor.in(language.getLocale());
    }

    /** The rating the key figures imply for an item, or null where there is no data rule or it is not computable. */
    public Integer implied(String code) {
        for (AssessmentView.Item item : view.items()) {
            if (item.code().equals(code)) {
                return item.impliedRating();
            }
        }
        return null;
    }
}
