package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.personaldata.StoredTexts;
import dk.nextwork.hub.domain.model.personaldata.TextSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The stored free texts, one query per source: the record a person opens to see the text, an item code where there is
 * one, and the text. Texts shorter than a CPR number's ten digits are not read.
 */
@ApplicationScoped
public class JpaStoredTexts implements StoredTexts {

    /** Per source: SELECT record id, detail, text — in that order. */
    private static final Map<TextSource, String> QUERIES = Map.ofEntries(
            Map.entry(TextSource.REPORT_RETURN_REASON, "SELECT id, NULL, return_reason FROM assessment"),
            Map.entry(TextSource.REPORT_EVIDENCE, "SELECT assessment_id, item_code, evidence FROM assessment_item"),
            Map.entry(
                    TextSource.REPORT_JUSTIFICATION,
                    "SELECT assessment_id, item_code, justification FROM assessment_item"),
            Map.entry(
                    TextSource.REPORT_SUPERVISOR_COMMENT,
                    "SELECT assessment_id, item_code, supervisor_comment FROM assessment_item"),
            Map.entry(TextSource.SESSION_NOTES, "SELECT id, NULL, notes FROM supervision_session"),
            Map.entry(TextSource.SESSION_AGREEMENTS, "SELECT id, NULL, agreements FROM supervision_session"),
            Map.entry(TextSource.ACTION_TITLE, "SELECT id, NULL, title FROM agreed_action"),
            Map.entry(TextSource.ACTION_OWNER, "SELECT id, NULL, owner FROM agreed_action"),
            Map.entry(TextSource.ACTION_DROPPED_REASON, "SELECT id, NULL, dropped_reason FROM agreed_action"),
            Map.entry(TextSource.PRACTICE_TITLE, "SELECT id, NULL, title FROM practice"),
            Map.entry(TextSource.PRACTICE_SUMMARY, "SELECT id, NULL, summary FROM practice"),
            Map.entry(TextSource.PRACTICE_BODY, "SELECT id, NULL, body_text FROM practice"),
            Map.entry(TextSource.PRACTICE_COMMENT, "SELECT practice_id, NULL, text FROM practice_comment"),
            Map.entry(TextSource.PRACTICE_TRIAL_NOTE, "SELECT practice_id, NULL, note FROM practice_trial"),
            Map.entry(TextSource.NOTIFICATION, "SELECT id, NULL, args FROM notification_event"),
            Map.entry(
                    TextSource.AUDIT_EVENT,
                    "SELECT id, NULL, coalesce(before_state, '') || ' ' || coalesce(after_state, '') FROM audit_event"));

    /** Texts read at a time. */
    private static final int CHUNK = 2000;

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Search search(Predicate<String> holdsPersonalData) {
        long texts = 0;
        List<Finding> findings = new ArrayList<>();
        for (TextSource source : TextSource.values()) {
            String sql = "SELECT * FROM (" + QUERIES.get(source) + ") t (record_id, detail, text)"
                    + " WHERE length(text) >= 10 ORDER BY record_id, detail LIMIT ?1 OFFSET ?2";
            // A chunk at a time, so a long audit trail is never all in memory at once.
            for (int offset = 0; ; offset += CHUNK) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(sql)
                        .setParameter(1, CHUNK)
                        .setParameter(2, offset)
                        .getResultList();
                for (Object[] row : rows) {
                    texts++;
                    if (holdsPersonalData.test((String) row[2])) {
                        findings.add(new Finding(source, ((Number) row[0]).longValue(), (String) row[1]));
                    }
                }
                em.clear();
                if (rows.size() < CHUNK) {
                    break;
                }
            }
        }
        return new Search(texts, findings);
    }

    @Override
    public void record(int ruleVersion, Instant at, String by, Search search) {
        long scan = ((Number) em.createNativeQuery("INSERT INTO personal_data_scan (rule_version, scanned_at,"
                                + " scanned_by, texts) VALUES (?1, ?2, ?3, ?4) RETURNING id")
                        .setParameter(1, ruleVersion)
                        .setParameter(2, Timestamp.from(at))
                        .setParameter(3, by)
                        .setParameter(4, search.texts())
                        .getSingleResult())
                .longValue();
        for (Finding f : search.findings()) {
            em.createNativeQuery("INSERT INTO personal_data_finding (scan_id, source, record_id, detail)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, scan)
                    .setParameter(2, f.source().name())
                    .setParameter(3, f.recordId())
                    .setParameter(4, f.detail() == null ? "" : f.detail())
                    .executeUpdate();
        }
    }

    @Override
    public Optional<Stored> latest(int ruleVersion) {
        @SuppressWarnings("unchecked")
        List<Object[]> scans = em.createNativeQuery("SELECT id, scanned_at, scanned_by, texts FROM personal_data_scan"
                        + " WHERE rule_version = ?1 ORDER BY scanned_at DESC, id DESC LIMIT 1")
                .setParameter(1, ruleVersion)
                .getResultList();
        if (scans.isEmpty()) {
            return Optional.empty();
        }
        Object[] scan = scans.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT source, record_id, detail FROM personal_data_finding"
                        + " WHERE scan_id = ?1 ORDER BY source, record_id, detail")
                .setParameter(1, ((Number) scan[0]).longValue())
                .getResultList();
        List<Finding> findings = rows.stream()
                .map(r -> new Finding(
                        TextSource.valueOf((String) r[0]),
                        ((Number) r[1]).longValue(),
                        r[2] == null || ((String) r[2]).isEmpty() ? null : (String) r[2]))
                .toList();
        return Optional.of(new Stored(
                NativeValues.instant(scan[1]), (String) scan[2], new Search(((Number) scan[3]).longValue(), findings)));
    }
}
