package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The trial's records in SQL: rows written once (the database refuses changes), counts grouped in the database. */
@ApplicationScoped
public class JpaTrialLedger implements TrialLedger {

    private static final String ALLOCATION = """
            SELECT a.id, a.study_id, m.slug, m.name, m.kommunekode, s.category, a.sequence, a.arm, a.allocated_at,
                   a.allocated_by, a.criteria_version, array_to_string(a.confirmed, ','), e.reason, e.marked_at,
                   e.marked_by
            FROM allocation a
            JOIN trial_stratum s ON s.id = a.stratum_id
            JOIN municipality m ON m.id = s.municipality_id
            LEFT JOIN allocation_error e ON e.allocation_id = a.id
            """;

    private static final String BATCH = """
            SELECT m.slug, m.name, m.kommunekode, s.category, b.batch_number, b.first_sequence, b.last_sequence, b.digest,
                   b.generated_at, b.generated_by, b.reason, b.salt, b.id
            FROM allocation_batch b
            JOIN trial_stratum s ON s.id = b.stratum_id
            JOIN municipality m ON m.id = s.municipality_id
            """;

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Trial lockTrial() {
        return trial(" FOR UPDATE");
    }

    @Override
    public Trial trial() {
        return trial("");
    }

    private Trial trial(String lock) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT ratio_nextwork, ratio_control,"
                        + " array_to_string(block_sizes, ','), batch_slots, low_stock, target, status, closed_at, version"
                        + " FROM trial WHERE id = 1" + lock)
                .getSingleResult();
        List<Integer> sizes = Arrays.stream(((String) row[2]).split(","))
                .map(Integer::valueOf)
                .toList();
        return new Trial(
                new BlockDesign(number(row[0]), number(row[1]), sizes),
                number(row[3]),
                number(row[4]),
                number(row[5]),
                "OPEN".equals(row[6]),
                instant(row[7]),
                ((Number) row[8]).longValue());
    }

    @Override
    public void close(Instant at, String by) {
        em.createNativeQuery("UPDATE trial SET status = 'CLOSED', closed_at = ?1, closed_by = ?2, version = version + 1"
                        + " WHERE id = 1")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, by)
                .executeUpdate();
    }

    @Override
    public Optional<Allocation> allocation(String studyId) {
        return rows(em.createNativeQuery(ALLOCATION + " WHERE a.study_id = ?1").setParameter(1, studyId)).stream()
                .findFirst()
                .map(JpaTrialLedger::allocation);
    }

    @Override
    public Stratum stratum(long municipalityId, Category category) {
        em.createNativeQuery("INSERT INTO trial_stratum (municipality_id, category) VALUES (?1, ?2)"
                        + " ON CONFLICT (municipality_id, category) DO NOTHING")
                .setParameter(1, municipalityId)
                .setParameter(2, category.name())
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, municipality_id, category, used, generated"
                        + " FROM trial_stratum WHERE municipality_id = ?1 AND category = ?2")
                .setParameter(1, municipalityId)
                .setParameter(2, category.name())
                .getSingleResult();
        return stratum(row);
    }

    @Override
    public Optional<Stratum> stratum(String municipalitySlug, Category category) {
        return rows(em.createNativeQuery("SELECT s.id, s.municipality_id, s.category, s.used, s.generated"
                                + " FROM trial_stratum s JOIN municipality m ON m.id = s.municipality_id"
                                + " WHERE m.slug = ?1 AND s.category = ?2")
                        .setParameter(1, municipalitySlug)
                        .setParameter(2, category.name()))
                .stream()
                .findFirst()
                .map(JpaTrialLedger::stratum);
    }

    @Override
    public Optional<Slot> slot(long stratumId, int sequence) {
        return rows(em.createNativeQuery("SELECT sequence, arm, block, block_size FROM allocation_slot"
                                + " WHERE stratum_id = ?1 AND sequence = ?2")
                        .setParameter(1, stratumId)
                        .setParameter(2, sequence))
                .stream()
                .findFirst()
                .map(JpaTrialLedger::slot);
    }

    @Override
    public Optional<Slot> lastSlot(long stratumId) {
        return rows(em.createNativeQuery("SELECT sequence, arm, block, block_size FROM allocation_slot"
                                + " WHERE stratum_id = ?1 ORDER BY sequence DESC LIMIT 1")
                        .setParameter(1, stratumId))
                .stream()
                .findFirst()
                .map(JpaTrialLedger::slot);
    }

    @Override
    public String lastDigest(long stratumId) {
        List<?> digests = em.createNativeQuery("SELECT digest FROM allocation_batch WHERE stratum_id = ?1"
                        + " ORDER BY batch_number DESC LIMIT 1")
                .setParameter(1, stratumId)
                .getResultList();
        return digests.isEmpty() ? AllocationList.GENESIS : ((String) digests.get(0)).strip();
    }

    @Override
    public int batches(long stratumId) {
        return number(em.createNativeQuery("SELECT count(*) FROM allocation_batch WHERE stratum_id = ?1")
                .setParameter(1, stratumId)
                .getSingleResult());
    }

    @Override
    public void addBatch(
            Stratum stratum, AllocationList.Batch batch, String reason, int warnBelow, Instant at, String by) {
        long batchId = ((Number) em.createNativeQuery("INSERT INTO allocation_batch (stratum_id, batch_number,"
                                + " first_sequence, last_sequence, salt, digest, generated_at, generated_by, reason,"
                                + " warn_below) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id")
                        .setParameter(1, stratum.id())
                        .setParameter(2, batches(stratum.id()) + 1)
                        .setParameter(3, batch.firstSequence())
                        .setParameter(4, batch.lastSequence())
                        .setParameter(5, batch.salt())
                        .setParameter(6, batch.digest())
                        .setParameter(7, Timestamp.from(at))
                        .setParameter(8, by)
                        .setParameter(9, reason)
                        .setParameter(10, warnBelow)
                        .getSingleResult())
                .longValue();
        // One statement for the batch's slots: the arrays unnested side by side.
        List<Slot> slots = batch.slots();
        em.createNativeQuery("INSERT INTO allocation_slot (stratum_id, sequence, arm, block, block_size, batch_id)"
                        + " SELECT ?1, s, a, b, z, ?2 FROM unnest(string_to_array(?3, ',')::int[],"
                        + " string_to_array(?4, ','), string_to_array(?5, ',')::int[], string_to_array(?6, ',')::int[])"
                        + " AS t(s, a, b, z)")
                .setParameter(1, stratum.id())
                .setParameter(2, batchId)
                .setParameter(
                        3,
                        join(slots.stream()
                                .map(s -> String.valueOf(s.sequence()))
                                .toList()))
                .setParameter(4, join(slots.stream().map(s -> s.arm().name()).toList()))
                .setParameter(
                        5,
                        join(slots.stream().map(s -> String.valueOf(s.block())).toList()))
                .setParameter(
                        6,
                        join(slots.stream()
                                .map(s -> String.valueOf(s.blockSize()))
                                .toList()))
                .executeUpdate();
        em.createNativeQuery("UPDATE trial_stratum SET generated = ?2 WHERE id = ?1")
                .setParameter(1, stratum.id())
                .setParameter(2, batch.lastSequence())
                .executeUpdate();
    }

    @Override
    public int warnBelow(long stratumId) {
        return number(em.createNativeQuery("SELECT warn_below FROM allocation_batch WHERE stratum_id = ?1"
                        + " ORDER BY batch_number DESC LIMIT 1")
                .setParameter(1, stratumId)
                .getSingleResult());
    }

    @Override
    public void allocate(
            Stratum stratum,
            String studyId,
            Slot slot,
            Instant at,
            String by,
            String criteriaVersion,
            List<String> confirmed) {
        em.createNativeQuery("INSERT INTO allocation (study_id, stratum_id, sequence, arm, allocated_at, allocated_by,"
                        + " criteria_version, confirmed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, string_to_array(?8, ','))")
                .setParameter(1, studyId)
                .setParameter(2, stratum.id())
                .setParameter(3, slot.sequence())
                .setParameter(4, slot.arm().name())
                .setParameter(5, Timestamp.from(at))
                .setParameter(6, by)
                .setParameter(7, criteriaVersion)
                .setParameter(8, join(confirmed))
                .executeUpdate();
        em.createNativeQuery("UPDATE trial_stratum SET used = used + 1 WHERE id = ?1 AND used = ?2")
                .setParameter(1, stratum.id())
                .setParameter(2, slot.sequence() - 1)
                .executeUpdate();
    }

    @Override
    public void markError(long allocationId, ErrorReason reason, Instant at, String by) {
        em.createNativeQuery("INSERT INTO allocation_error (allocation_id, reason, marked_at, marked_by)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, allocationId)
                .setParameter(2, reason.name())
                .setParameter(3, Timestamp.from(at))
                .setParameter(4, by)
                .executeUpdate();
    }

    @Override
    public void log(Instant at, String actor, String action, String studyId, Long stratumId) {
        em.createNativeQuery("INSERT INTO trial_event (occurred_at, actor, action, study_id, stratum_id)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS BIGINT))") // a null is bound untyped
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, actor)
                .setParameter(3, action)
                .setParameter(4, studyId)
                .setParameter(5, stratumId)
                .executeUpdate();
    }

    @Override
    public List<StratumCount> counts() {
        return rows(em.createNativeQuery("""
                        SELECT m.slug, m.name, s.category,
                               count(a.id) FILTER (WHERE a.arm = 'NEXTWORK'),
                               count(a.id) FILTER (WHERE a.arm = 'CONTROL'),
                               count(e.allocation_id),
                               s.generated - s.used < (SELECT b.warn_below FROM allocation_batch b
                                                       WHERE b.stratum_id = s.id
                                                       ORDER BY b.batch_number DESC LIMIT 1),
                               (SELECT count(*) FROM allocation_batch b WHERE b.stratum_id = s.id)
                        FROM trial_stratum s
                        JOIN municipality m ON m.id = s.municipality_id
                        LEFT JOIN allocation a ON a.stratum_id = s.id
                        LEFT JOIN allocation_error e ON e.allocation_id = a.id
                        GROUP BY m.slug, m.name, s.id, s.category, s.generated, s.used
                        ORDER BY m.name, s.category DESC
                        """)).stream()
                .map(r -> new StratumCount(
                        (String) r[0],
                        (String) r[1],
                        Category.valueOf((String) r[2]),
                        number(r[3]),
                        number(r[4]),
                        number(r[5]),
                        Boolean.TRUE.equals(r[6]),
                        number(r[7])))
                .toList();
    }

    @Override
    public List<MonthCount> months() {
        return rows(em.createNativeQuery("""
                        SELECT to_char(a.allocated_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month, m.slug,
                               m.name, count(*) FILTER (WHERE a.arm = 'NEXTWORK'),
                               count(*) FILTER (WHERE a.arm = 'CONTROL')
                        FROM allocation a
                        JOIN trial_stratum s ON s.id = a.stratum_id
                        JOIN municipality m ON m.id = s.municipality_id
                        GROUP BY month, m.slug, m.name
                        ORDER BY month, m.name
                        """)).stream()
                .map(r -> new MonthCount(
                        YearMonth.parse((String) r[0]), (String) r[1], (String) r[2], number(r[3]), number(r[4])))
                .toList();
    }

    @Override
    public List<Allocation> allocations(int offset, int limit) {
        return rows(em.createNativeQuery(ALLOCATION + " ORDER BY a.id DESC OFFSET ?1 LIMIT ?2")
                        .setParameter(1, offset)
                        .setParameter(2, limit))
                .stream()
                .map(JpaTrialLedger::allocation)
                .toList();
    }

    @Override
    public long allocationCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM allocation").getSingleResult()).longValue();
    }

    @Override
    public List<Allocation> everyAllocation() {
        return rows(em.createNativeQuery(ALLOCATION + " ORDER BY a.id")).stream()
                .map(JpaTrialLedger::allocation)
                .toList();
    }

    @Override
    public List<BatchRecord> batchRecords() {
        return rows(em.createNativeQuery(BATCH + " ORDER BY m.name, s.category DESC, b.batch_number")).stream()
                .map(JpaTrialLedger::batch)
                .toList();
    }

    @Override
    public List<Event> events(int limit) {
        return rows(em.createNativeQuery("""
                                SELECT t.occurred_at, t.actor, t.action, t.study_id, m.slug, m.name, s.category
                                FROM trial_event t
                                LEFT JOIN trial_stratum s ON s.id = t.stratum_id
                                LEFT JOIN municipality m ON m.id = s.municipality_id
                                ORDER BY t.id DESC LIMIT ?1
                                """).setParameter(1, limit)).stream()
                .map(r -> new Event(
                        instant(r[0]),
                        (String) r[1],
                        (String) r[2],
                        r[3] == null ? null : ((String) r[3]).strip(),
                        (String) r[4],
                        (String) r[5],
                        r[6] == null ? null : Category.valueOf((String) r[6])))
                .toList();
    }

    @Override
    public List<SealedBatch> fullList() {
        Map<Long, List<Slot>> slots = new LinkedHashMap<>();
        for (Object[] r : rows(
                em.createNativeQuery(
                        "SELECT batch_id, sequence, arm, block, block_size FROM allocation_slot ORDER BY stratum_id, sequence"))) {
            slots.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(slot(Arrays.copyOfRange(r, 1, 5)));
        }
        return rows(em.createNativeQuery(BATCH + " ORDER BY m.name, s.category DESC, b.batch_number")).stream()
                .map(r -> new SealedBatch(
                        batch(r),
                        ((String) r[11]).strip(),
                        slots.getOrDefault(((Number) r[12]).longValue(), List.of())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static Allocation allocation(Object[] r) {
        String confirmed = (String) r[11];
        return new Allocation(
                ((Number) r[0]).longValue(),
                ((String) r[1]).strip(),
                (String) r[2],
                (String) r[3],
                ((String) r[4]).strip(),
                Category.valueOf((String) r[5]),
                number(r[6]),
                Arm.valueOf((String) r[7]),
                instant(r[8]),
                (String) r[9],
                (String) r[10],
                confirmed == null || confirmed.isEmpty() ? List.of() : List.of(confirmed.split(",")),
                r[12] == null ? null : ErrorReason.valueOf((String) r[12]),
                instant(r[13]),
                (String) r[14]);
    }

    private static Stratum stratum(Object[] r) {
        return new Stratum(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                Category.valueOf((String) r[2]),
                number(r[3]),
                number(r[4]));
    }

    private static Slot slot(Object[] r) {
        return new Slot(number(r[0]), Arm.valueOf((String) r[1]), number(r[2]), number(r[3]));
    }

    private static BatchRecord batch(Object[] r) {
        return new BatchRecord(
                (String) r[0],
                (String) r[1],
                ((String) r[2]).strip(),
                Category.valueOf((String) r[3]),
                number(r[4]),
                number(r[5]),
                number(r[6]),
                ((String) r[7]).strip(),
                instant(r[8]),
                (String) r[9],
                (String) r[10]);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }

    private static String join(List<String> values) {
        return String.join(",", values);
    }
}
