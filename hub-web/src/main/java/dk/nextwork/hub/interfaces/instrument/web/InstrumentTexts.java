package dk.nextwork.hub.interfaces.instrument.web;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.instrument.InstrumentService;
import dk.nextwork.hub.interfaces.i18n.Messages;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * The instruments' own words for pages: a section's name from the instrument (never from a fixed list), and the
 * principles of the version new reports are filed under, for forms that tag by principle. One instance serves every
 * request; the version in use is looked up once per request, kept among the servlet request's attributes: it serves
 * pages, servlets and exports, never a timer or other work outside a servlet request.
 */
@Named("instrumentTexts")
@ApplicationScoped
public class InstrumentTexts {

    /** A principle as a form offers it. */
    public record Principle(String code, String name) {}

    @Inject
    InstrumentCatalog catalog;

    @Inject
    InstrumentService instruments;

    @Inject
    Language language;

    @Inject
    HttpServletRequest request;

    private static final String ACTIVE = InstrumentTexts.class.getName() + ".active";

    /** The version new reports are filed under, looked up once per request. */
    private Instrument active() {
        return PerRequest.once(request, ACTIVE, () -> {
            String key = instruments.choice().instrument();
            return catalog.all().stream()
                    .filter(i -> i.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        });
    }

    /** A section's name in the page's language: from the active version, else from any version that has it. */
    public String section(String code) {
        return find(code).map(s -> language.text(s.name())).orElse(code);
    }

    private Optional<Section> find(String code) {
        Optional<Section> section = active().section(code);
        if (section.isPresent()) {
            return section;
        }
        return catalog.all().stream().flatMap(i -> i.section(code).stream()).findFirst();
    }

    /** A section's name in the page's language, from the version a report was filed under. */
    public String sectionOf(AssessmentView report, String code) {
        return catalog.find(report.instrument(), report.instrumentVersion())
                .flatMap(i -> i.section(code))
                .map(s -> language.text(s.name()))
                .orElseGet(() -> section(code));
    }

    /**
     * The version a report was filed under as people read it ("version 1.0 af NExTWORK fidelitetsinstrument"), never
     * its key.
     */
    public String versionOf(AssessmentView report) {
        return catalog.find(report.instrument(), report.instrumentVersion())
                .map(i -> Messages.format(Message.of("instrument.named", i.version(), i.name()), language.getLocale()))
                .orElse(report.instrumentVersion());
    }

    /** An item as people read it, its code and text ("ST1 Normering."), from the version new reports are filed under. */
    public String item(String code) {
        return active().item(code)
                .map(i -> i.code() + " " + language.text(i.text()))
                .orElse(code);
    }

    /** The number of sections (principles, then structure and team) of the version new reports are filed under. */
    public int getSectionCount() {
        return active().sections().size();
    }

    /** The principles of the version new reports are filed under, in instrument order. */
    public List<Principle> getPrinciples() {
        return active().principles().stream()
                .map(s -> new Principle(s.code(), language.text(s.name())))
                .toList();
    }
}
