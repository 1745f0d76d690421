package dk.nextwork.hub.interfaces.period.web;

import dk.nextwork.hub.application.period.PeriodService;
import dk.nextwork.hub.application.period.PeriodView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The network admin's reporting periods: open a half-year, open or close one. */
@Named("periodsPage")
@ViewScoped
public class PeriodsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeriodService periods;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String code;

    public List<PeriodView> getPeriods() {
        return periods.periods();
    }

    public void open() {
        PageActions.run(
                () -> {
                    PeriodView opened = periods.open(code == null ? "" : code.strip(), user.caller());
                    PageMessages.info(language.text("periods.opened") + " " + opened.code());
                    code = null;
                },
                field -> language.text("periods.code"));
    }

    /** The period the admin is asked to confirm closing, or null. */
    private String closing;

    /** Closing a period ends reporting for it: the page says so and asks again first. */
    public void askToClose(String periodCode) {
        closing = periodCode;
    }

    public String getClosing() {
        return closing;
    }

    public void cancelClose() {
        closing = null;
    }

    public void change(String periodCode, long version, String status) {
        closing = null;
        PageActions.run(() -> {
            PeriodView changed = periods.changeStatus(periodCode, status, version, user.caller());
            PageMessages.info(changed.code() + ": " + language.text("periodStatus." + changed.status()));
        });
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
