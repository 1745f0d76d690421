package dk.nextwork.hub.application.period;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Reporting periods: half-years by default; the network admin opens and closes them. */
public interface PeriodService {

    /** All periods, newest first. */
    List<PeriodView> periods();

    /**
     * Opens a half-year for reporting (network admin).
     *
     * @throws InvalidInputException if the code is not a half-year such as 2027-H1
     * @throws ConflictException if the period exists already
     */
    PeriodView open(@NotNull String code, @NotNull Caller caller);

    /**
     * Changes a period's status (network admin): PLANNED, OPEN or CLOSED.
     *
     * @throws ConflictException if it changed since the caller's version
     */
    PeriodView changeStatus(@NotNull String code, @NotNull String status, long version, @NotNull Caller caller);
}
