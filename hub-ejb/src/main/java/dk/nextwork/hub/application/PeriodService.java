package dk.nextwork.hub.application;

import java.util.List;

/** Reporting periods. */
public interface PeriodService {

    /** All periods, newest first. */
    List<PeriodView> periods();
}
