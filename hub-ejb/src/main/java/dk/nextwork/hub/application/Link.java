package dk.nextwork.hub.application;

import java.util.Objects;

/**
 * A page of the Hub named by what it shows, not by its address: a notification says "the review of report 4", and
 * {@link Addresses} turns that into the address that is stored with it and put in mails. Services never spell a page's
 * address, so a page can move without a service changing.
 *
 * @param kind which page
 * @param about what the page is opened on: a report's or a trial's id, a municipality's slug; null for a page that is
 *     opened on nothing in particular
 */
public record Link(Kind kind, String about) {

    /** The pages a service may send someone to. */
    public enum Kind {
        /** The municipality's reports, where a lead fills in the one for a period. */
        ASSESSMENTS,
        /** One report, for its lead to fill in (again). */
        ASSESSMENT,
        /** A submitted report, for the supervisors to review. */
        REVIEW,
        /** A report's result. */
        REPORT,
        /** A municipality's supervision log and action plan. */
        SUPERVISION,
        /** The network picture with a municipality chosen. */
        NETWORK,
        /** A municipality's onboarding. */
        ONBOARDING,
        /** A randomised trial's course. */
        TRIAL,
        /** The reader's own notifications and how they want them. */
        NOTIFICATIONS
    }

    public Link {
        Objects.requireNonNull(kind, "a link needs the kind of page it leads to");
    }

    public static Link assessments() {
        return new Link(Kind.ASSESSMENTS, null);
    }

    public static Link assessment(long id) {
        return new Link(Kind.ASSESSMENT, String.valueOf(id));
    }

    public static Link review(long assessment) {
        return new Link(Kind.REVIEW, String.valueOf(assessment));
    }

    public static Link report(long assessment) {
        return new Link(Kind.REPORT, String.valueOf(assessment));
    }

    public static Link supervision(String municipality) {
        return new Link(Kind.SUPERVISION, municipality);
    }

    public static Link network(String municipality) {
        return new Link(Kind.NETWORK, municipality);
    }

    public static Link onboarding(String municipality) {
        return new Link(Kind.ONBOARDING, municipality);
    }

    public static Link trial(long trial) {
        return new Link(Kind.TRIAL, String.valueOf(trial));
    }

    public static Link notifications() {
        return new Link(Kind.NOTIFICATIONS, null);
    }

    /**
     * Where a link leads, below the Hub's own address (such as {@code /gennemgaa.xhtml?id=4}): what a notification
     * stores, and what a mail puts after the Hub's address. The infrastructure holds the one table of the pages'
     * addresses, and a test of the web module holds it to the web's own table of routes.
     */
    public interface Addresses {

        String of(Link link);
    }
}
