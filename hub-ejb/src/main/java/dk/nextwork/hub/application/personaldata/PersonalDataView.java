package dk.nextwork.hub.application.personaldata;

import dk.nextwork.hub.domain.model.personaldata.TextSource;
import java.time.Instant;
import java.util.List;

/**
 * The latest search of stored free text for CPR numbers: when, by whom, how many texts, and where each finding is.
 *
 * @param scannedAt null if no search has run yet
 */
public record PersonalDataView(Instant scannedAt, String scannedBy, long texts, List<Finding> findings) {

    public PersonalDataView {
        findings = List.copyOf(findings);
    }

    /**
     * One text that holds something written like a CPR number.
     *
     * @param source the kind of text, and so the page that shows it
     * @param recordId the report, practice, session, action or audit event to open
     * @param detail the item code, where the text belongs to one; else null
     */
    public record Finding(TextSource source, long recordId, String detail) {}
}
