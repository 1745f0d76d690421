package dk.nextwork.hub.domain.model.personaldata;

/** Every kind of free text the Hub stores, and the kind of record that shows it. */
public enum TextSource {
    REPORT_RETURN_REASON(Record.REPORT),
    REPORT_EVIDENCE(Record.REPORT),
    REPORT_JUSTIFICATION(Record.REPORT),
    REPORT_SUPERVISOR_COMMENT(Record.REPORT),
    SESSION_NOTES(Record.SESSION),
    SESSION_AGREEMENTS(Record.SESSION),
    ACTION_TITLE(Record.ACTION),
    ACTION_OWNER(Record.ACTION),
    ACTION_DROPPED_REASON(Record.ACTION),
    PRACTICE_TITLE(Record.PRACTICE),
    PRACTICE_SUMMARY(Record.PRACTICE),
    PRACTICE_BODY(Record.PRACTICE),
    PRACTICE_COMMENT(Record.PRACTICE),
    PRACTICE_TRIAL_NOTE(Record.PRACTICE),
    /** A notification's words, which copy a returned report's reason. */
    NOTIFICATION(Record.NOTIFICATION),
    /** A change's stored before and after states, which copy the texts changed. */
    AUDIT_EVENT(Record.AUDIT_EVENT);

    /** The kind of record a finding's id names. */
    public enum Record {
        REPORT,
        SESSION,
        ACTION,
        PRACTICE,
        NOTIFICATION,
        AUDIT_EVENT
    }

    private final Record record;

    TextSource(Record record) {
        this.record = record;
    }

    public Record record() {
        return record;
    }
}
