package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.period.PeriodService;
import dk.nextwork.hub.application.period.PeriodView;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The self-assessments the user may see: the own municipality's, approved ones, all for supervisors. */
@Named("assessmentList")
@RequestScoped
public class AssessmentList {

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser user;

    @Inject
    PeriodService periods;

    @Inject
    MunicipalityService municipalities;

    @Inject
    Language language;

    /** Reports on one page of the list. */
    static final int PAGE_SIZE = 50;

    private Page<AssessmentView.Summary> page;

    private String side;

    private String kommune;

    /** The page asked for ({@code ?side=}); anything but a page number shows the first. */
    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    /** Only this municipality's reports ({@code ?kommune=}), or every one the user may see. */
    public String getKommune() {
        return kommune;
    }

    public void setKommune(String kommune) {
        this.kommune = kommune == null || kommune.isBlank() ? null : kommune;
    }

    public Page<AssessmentView.Summary> getPage() {
        if (page == null) {
            int number = 1;
            try {
                number = Math.max(1, Integer.parseInt(side == null ? "1" : side.strip()));
            } catch (NumberFormatException e) {
                // A page that is not a number shows the first.
            }
            page = assessments.visibleTo(user.caller(), kommune, number, PAGE_SIZE);
            if (page.items().isEmpty() && number > page.pages()) {
                page = assessments.visibleTo(user.caller(), kommune, page.pages(), PAGE_SIZE);
            }
        }
        return page;
    }

    public List<AssessmentView.Summary> getRows() {
        return getPage().items();
    }

    private List<MunicipalityView> choices;

    /**
     * The municipalities to choose among in the filter (network-wide roles), active first and then by name; asked once
     * per request, the same list object while no municipality changes (the filter's markup is kept by it).
     */
    public List<MunicipalityView> getMunicipalities() {
        if (choices == null) {
            choices = user.caller().isNetworkWide() ? municipalities.municipalities() : List.of();
        }
        return choices;
    }

    /**
     * What the kept municipality filter ({@code hub:kept}) depends on besides the list: the language and the chosen
     * municipality; null (rendered as usual, not kept) for a choice that is not in the list.
     */
    public String getKept() {
        boolean listed = kommune == null
                || getMunicipalities().stream().anyMatch(m -> m.slug().equals(kommune));
        return listed ? language.getCode() + "?" + (kommune == null ? "" : kommune) : null;
    }

    /** The open period a lead may start the municipality's self-assessment for, or null if there is none. */
    public String getStartablePeriod() {
        if (!user.may("START_ASSESSMENT")) {
            return null;
        }
        return periods.periods().stream()
                .filter(p -> p.hasStatus(PeriodStatus.OPEN))
                .sorted(Comparator.comparing(PeriodView::firstDay))
                .map(PeriodView::code)
                .filter(code -> assessments.visibleTo(user.caller(), user.getMunicipality(), 1, 10).items().stream()
                        .noneMatch(r -> r.period().equals(code)))
                .findFirst()
                .orElse(null);
    }

    /** Starts the lead's draft for the open period and opens its form. */
    public String start() {
        AssessmentView draft = assessments.startDraft(getStartablePeriod(), user.caller());
        return "/selvevaluering?faces-redirect=true&id=" + draft.id();
    }
}
