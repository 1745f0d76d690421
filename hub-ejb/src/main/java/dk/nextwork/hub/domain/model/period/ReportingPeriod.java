package dk.nextwork.hub.domain.model.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** A period the municipalities report on, such as {@code 2026-H2} (1 July – 31 December 2026). */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PeriodStatus status;

    @Version
    private long version;

    protected ReportingPeriod() {}

    public ReportingPeriod(String code, LocalDate firstDay, LocalDate lastDay, PeriodStatus status) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code is required");
        }
        Objects.requireNonNull(firstDay, "firstDay is required");
        Objects.requireNonNull(lastDay, "lastDay is required");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
        this.code = code;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.status = Objects.requireNonNull(status, "status is required");
    }

    /** The half-year that contains a date: H1 is January–June, H2 July–December. */
    public static ReportingPeriod halfYearOf(LocalDate date, PeriodStatus status) {
        boolean first = date.getMonthValue() <= 6;
        LocalDate start = LocalDate.of(date.getYear(), first ? 1 : 7, 1);
        LocalDate end = first ? LocalDate.of(date.getYear(), 6, 30) : LocalDate.of(date.getYear(), 12, 31);
        return new ReportingPeriod(date.getYear() + (first ? "-H1" : "-H2"), start, end, status);
    }

    /**
     * The half-year a code such as {@code 2027-H1} names.
     *
     * @throws IllegalArgumentException if the code is not a year and H1 or H2
     */
    public static ReportingPeriod halfYear(String code, PeriodStatus status) {
        if (code == null || !code.matches("(19|20)[0-9]{2}-H[12]")) {
            throw new IllegalArgumentException("a period is a half-year such as 2027-H1; was " + code);
        }
        int year = Integer.parseInt(code.substring(0, 4));
        return halfYearOf(LocalDate.of(year, code.endsWith("H1") ? 1 : 7, 1), status);
    }

    /** Whether the day lies in the period, its first and last day included. */
    public boolean isCurrent(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Whether the period has ended by the day: its last day is before it (on the last day it has not). */
    public boolean isPastEnd(LocalDate day) {
        return day.isAfter(lastDay);
    }

    /**
     * Whether the period is open and its deadline, its last day, is near on the day: not passed, and at most {@code
     * days} days ahead (the last day itself included).
     */
    public boolean isDeadlineNear(LocalDate day, int days) {
        return status == PeriodStatus.OPEN && !isPastEnd(day) && !lastDay.isAfter(day.plusDays(days));
    }

    public void changeStatus(PeriodStatus status) {
        this.status = Objects.requireNonNull(status, "status is required");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public PeriodStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
