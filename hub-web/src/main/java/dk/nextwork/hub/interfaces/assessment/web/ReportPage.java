package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.audit.AuditEventView;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.interfaces.assessment.report.ReportContent;
import dk.nextwork.hub.interfaces.assessment.report.Reports;
import dk.nextwork.hub.interfaces.assessment.report.SpiderChart;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fidelity report: section scores beside the previous approved report's, the fidelity score and band, a spider
 * chart of the three principles with the same figures in a table, every item with the self-rating beside the implied
 * and the supervisor's rating, and the history of its states. Another municipality's unapproved report is "not
 * found", as in the API.
 */
@Named("reportPage")
@RequestScoped
public class ReportPage {

    @Inject
    Reports reports;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    SupervisionService supervision;

    private Long id;
    private ReportContent content;
    private List<SupervisionViews.LoopRow> closedLoop;
    private SupervisionViews.ActionPlan actionPlan;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Loads the report for the view parameter {@code id}; answers 404 if the user may not see it. */
    public void load() throws IOException {
        content = PageActions.load(id, report -> reports.content(report, user.caller()))
                .orElse(null);
    }

    public AssessmentView getReport() {
        return content == null ? null : content.report();
    }

    /** Items that had actions since the previous approved report: ratings before and after, actions taken. */
    public List<SupervisionViews.LoopRow> getClosedLoop() {
        if (closedLoop == null) {
            closedLoop = supervision.closedLoop(id, user.caller());
        }
        return closedLoop;
    }

    /** The municipality's action plan status, shown here when this is the report that requires it. */
    public SupervisionViews.ActionPlan getActionPlan() {
        if (actionPlan == null) {
            try {
                actionPlan = supervision.actionPlan(content.report().municipality(), user.caller());
            } catch (NotFoundException e) {
                return null; // another municipality's approved report: its action plan is not theirs to see
            }
        }
        return Long.valueOf(content.report().id()).equals(actionPlan.assessmentId()) ? actionPlan : null;
    }

    public AssessmentView getPrevious() {
        return content.previous();
    }

    public List<AuditEventView> getHistory() {
        return content.history();
    }

    /** The principles and the structure section, with the previous report's scores, for the scores table. */
    public List<ReportContent.SectionRow> getSections() {
        return content.sections();
    }

    public List<ReportContent.SectionRow> getPrinciples() {
        return content.principles();
    }

    /** The chart's drawing size; the page scales it to its column, up to 32rem. */
    private static final int CHART_SIZE = 460;

    /** Whether the reader sees evidence and comments (the municipality and supervisors) or the published report. */
    public boolean isWorkingNotes() {
        return content.workingNotes();
    }

    /** The key figures as this reader may see them ("&lt; 5" for small counts outside the municipality). */
    public List<ReportContent.FigureRow> getKeyFigures() {
        return content.keyFigures(language.getLocale());
    }

    /** The outcomes the report's figures give, as its instrument declares them (shares and ratios). */
    public List<ReportContent.FigureRow> getOutcomes() {
        return content.outcomes(language.getLocale());
    }

    /** An item's text from the report's own instrument version, in the page's language. */
    public String itemText(String code) {
        return content.itemText(code, language.getLocale());
    }

    /** A score as the page shows it: one decimal, two where one would cross a band's limit. */
    public String score(Double value) {
        return ReportContent.score(value, language.getLocale());
    }

    /** The bands with their limits in words, highest first: "høj fidelitet: 4,0 og derover" and so on. */
    public List<String> getBandsExplained() {
        List<Band> bands = content.bands();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String from = band.minimum().display(language.getLocale(), 1);
            String label = band.label().in(language.getLocale());
            if (i == 0) {
                lines.add(language.text(Message.of("report.band.top", label, from)));
            } else {
                String below = bands.get(i - 1).minimum().display(language.getLocale(), 1);
                lines.add(
                        i == bands.size() - 1
                                ? language.text(Message.of("report.band.bottom", label, below))
                                : language.text(Message.of("report.band.middle", label, from, below)));
            }
        }
        return lines;
    }

    /** The spider chart as inline SVG, its legend drawn in it; the principles table under it carries the same figures. */
    public String getChartSvg() {
        return content.chart(CHART_SIZE, code -> content.sectionName(code, language.getLocale()))
                .svg(new SpiderChart.Words(
                        language.text("report.chart"),
                        language.text("report.thisReport") + " "
                                + content.report().period(),
                        content.previous() == null
                                ? null
                                : language.text("report.previous") + " "
                                        + content.previous().period(),
                        language.text("chart.noScore")));
    }
}
