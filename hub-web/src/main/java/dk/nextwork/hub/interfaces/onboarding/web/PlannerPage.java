package dk.nextwork.hub.interfaces.onboarding.web;

import dk.nextwork.fidelity.onboarding.TeamPlanner;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The team and caseload planner: consultants, young people per consultant, psychologist FTE and (if known) the young
 * people expected to be referred in; the capacity, the step of the booklet's ramp-up, warnings against the norms and
 * what the instrument's ST1, ST2 and ST4 would imply out. Opens with the booklet's start: 3 consultants at 15 each
 * with half a psychologist.
 */
@Named("plannerPage")
@ViewScoped
public class PlannerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private BigDecimal consultants = new BigDecimal("3");
    private BigDecimal caseload = new BigDecimal("15");
    private BigDecimal psychologist = new BigDecimal("0.5");
    private BigDecimal referrals;
    private transient TeamPlanner.Plan plan;
    /** Whether the figures made a plan: a page carried on by another node makes it again there from them. */
    private boolean planned;

    @PostConstruct
    void start() {
        calculate();
    }

    public void calculate() {
        PageActions.Outcome outcome = PageActions.run(
                () -> plan = onboarding.plan(
                        text(consultants), text(caseload), text(psychologist), text(referrals), user.caller()),
                field -> language.text("planner." + field));
        if (!outcome.done()) {
            plan = null; // no plan for figures it cannot be made from
        }
        planned = plan != null;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** The booklet's ramp-up, the norm the plan is read against. */
    public List<TeamPlanner.Row> getBooklet() {
        return TeamPlanner.BOOKLET;
    }

    public TeamPlanner.Plan getPlan() {
        if (plan == null && planned) {
            plan = onboarding.plan(
                    text(consultants), text(caseload), text(psychologist), text(referrals), user.caller());
        }
        return plan;
    }

    public BigDecimal getConsultants() {
        return consultants;
    }

    public void setConsultants(BigDecimal consultants) {
        this.consultants = consultants;
    }

    public BigDecimal getCaseload() {
        return caseload;
    }

    public void setCaseload(BigDecimal caseload) {
        this.caseload = caseload;
    }

    public BigDecimal getPsychologist() {
        return psychologist;
    }

    public void setPsychologist(BigDecimal psychologist) {
        this.psychologist = psychologist;
    }

    public BigDecimal getReferrals() {
        return referrals;
    }

    public void setReferrals(BigDecimal referrals) {
        this.referrals = referrals;
    }
}
