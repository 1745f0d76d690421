package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.BigStick;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.BlockUrn;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.ListState;
import dk.nextwork.randomisation.MaximalProcedure;
import dk.nextwork.randomisation.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
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

    private static final String TRIAL = """
            SELECT t.id, t.name, t.status, t.design, t.ratio_nextwork, t.ratio_control,
                   array_to_string(t.block_sizes, ','), t.mti, t.sequence_length, t.batch_slots, t.low_stock, t.target,
                   array_to_string(t.categories, ','), t.every_municipality, t.proposed_by, t.proposed_at,
                   t.confirmed_by, t.confirmed_at, t.closed_at, t.version,
                   EXISTS (SELECT 1 FROM trial_stratum s WHERE s.trial_id = t.id AND s.generated > 0)
            FROM trial t
            """;

    @Override
    public Optional<Trial> lockTrial(long trialId) {
        // FOR UPDATE cannot stand beside the EXISTS of the select list's subquery on every version: lock first.
        List<?> locked = em.createNativeQuery("SELECT id FROM trial WHERE id = ?1 FOR UPDATE")
                .setParameter(1, trialId)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : trial(trialId);
    }

    @Override
    public Optional<Trial> trial(long trialId) {
        return rows(em.createNativeQuery(TRIAL + " WHERE t.id = ?1").setParameter(1, trialId)).stream()
                .findFirst()
                .map(JpaTrialLedger::trial);
    }

    @Override
    public List<Trial> trials() {
        return rows(em.createNativeQuery(TRIAL + " ORDER BY t.id")).stream()
                .map(JpaTrialLedger::trial)
                .toList();
    }

    @Override
    public List<Trial> openTrials(long municipalityId) {
        return rows(em.createNativeQuery(TRIAL + " WHERE t.status = 'OPEN' AND (t.every_municipality OR EXISTS"
                                + " (SELECT 1 FROM trial_site x WHERE x.trial_id = t.id AND x.municipality_id = ?1))"
                                + " ORDER BY t.id")
                        .setParameter(1, municipalityId))
                .stream()
                .map(JpaTrialLedger::trial)
                .toList();
    }

    @Override
    public List<Site> sites(long trialId) {
        return rows(em.createNativeQuery("SELECT m.id, m.slug, m.name FROM trial_site x"
                                + " JOIN municipality m ON m.id = x.municipality_id WHERE x.trial_id = ?1"
                                + " ORDER BY m.name")
                        .setParameter(1, trialId))
                .stream()
                .map(r -> new Site(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public Map<Long, List<Site>> sitesByTrial() {
        Map<Long, List<Site>> sites = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT x.trial_id, m.id, m.slug, m.name FROM trial_site x"
                + " JOIN municipality m ON m.id = x.municipality_id ORDER BY x.trial_id, m.name"))) {
            sites.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Site(((Number) r[1]).longValue(), (String) r[2], (String) r[3]));
        }
        return sites;
    }

    @Override
    public long propose(Proposal proposal, Instant at, String by) {
        Design design = proposal.design();
        List<Integer> sizes = design instanceof BlockDesign blocks ? blocks.blockSizes() : List.of();
        Integer mti = design instanceof BigStick bigStick
                ? Integer.valueOf(bigStick.mti())
                : design instanceof BlockUrn urn
                        ? Integer.valueOf(urn.mti())
                        : design instanceof MaximalProcedure maximal ? Integer.valueOf(maximal.mti()) : null;
        Integer length = design instanceof MaximalProcedure maximal ? maximal.length() : null;
        long id = ((Number) em.createNativeQuery("INSERT INTO trial (name, status, design, ratio_nextwork,"
                                + " ratio_control, block_sizes, mti, sequence_length, batch_slots, low_stock, target,"
                                + " categories, every_municipality, proposed_by, proposed_at) VALUES (?1, 'PROPOSED', ?2,"
                                + " ?3, ?4, string_to_array(?5, ',')::int[], CAST(?6 AS INT), CAST(?7 AS INT), ?8, ?9,"
                                + " ?10, string_to_array(?11, ','), FALSE, ?12, ?13) RETURNING id")
                        .setParameter(1, proposal.name())
                        .setParameter(2, design.kind().name())
                        .setParameter(3, design.nextwork())
                        .setParameter(4, design.control())
                        .setParameter(
                                5, join(sizes.stream().map(String::valueOf).toList()))
                        .setParameter(6, mti)
                        .setParameter(7, length)
                        .setParameter(8, proposal.batchSlots())
                        .setParameter(9, proposal.lowStock())
                        .setParameter(10, proposal.target())
                        .setParameter(
                                11,
                                join(proposal.categories().stream()
                                        .map(Enum::name)
                                        .toList()))
                        .setParameter(12, by)
                        .setParameter(13, Timestamp.from(at))
                        .getSingleResult())
                .longValue();
        em.createNativeQuery("INSERT INTO trial_site (trial_id, municipality_id)"
                        + " SELECT ?1, unnest(string_to_array(?2, ',')::bigint[])")
                .setParameter(1, id)
                .setParameter(
                        2,
                        join(proposal.municipalityIds().stream()
                                .map(String::valueOf)
                                .toList()))
                .executeUpdate();
        return id;
    }

    @Override
    public void confirm(long trialId, Instant at, String by) {
        change(trialId, "status = 'OPEN', confirmed_at = ?2, confirmed_by = ?3", at, by);
    }

    @Override
    public void withdraw(long trialId, Instant at, String by) {
        change(trialId, "status = 'WITHDRAWN', closed_at = ?2, closed_by = ?3", at, by);
    }

    @Override
    public void close(long trialId, Instant at, String by) {
        change(trialId, "status = 'CLOSED', closed_at = ?2, closed_by = ?3", at, by);
    }

    /** A trial's status changed, when and by whom, and its version moved on. */
    private void change(long trialId, String assignments, Instant at, String by) {
        em.createNativeQuery("UPDATE trial SET " + assignments + ", version = version + 1 WHERE id = ?1")
                .setParameter(1, trialId)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, by)
                .executeUpdate();
    }

    @Override
    public Optional<Allocation> allocation(long trialId, String studyId) {
        return rows(em.createNativeQuery(ALLOCATION + " WHERE a.trial_id = ?1 AND a.study_id = ?2")
                        .setParameter(1, trialId)
                        .setParameter(2, studyId))
                .stream()
                .findFirst()
                .map(JpaTrialLedger::allocation);
    }

    @Override
    public Stratum stratum(long trialId, long municipalityId, Category category) {
        em.createNativeQuery("INSERT INTO trial_stratum (trial_id, municipality_id, category) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (trial_id, municipality_id, category) DO NOTHING")
                .setParameter(1, trialId)
                .setParameter(2, municipalityId)
                .setParameter(3, category.name())
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT id, trial_id, municipality_id, category, used, generated"
                        + " FROM trial_stratum WHERE trial_id = ?1 AND municipality_id = ?2 AND category = ?3")
                .setParameter(1, trialId)
                .setParameter(2, municipalityId)
                .setParameter(3, category.name())
                .getSingleResult();
        return stratum(row);
    }

    @Override
    public Optional<Stratum> stratum(long trialId, String municipalitySlug, Category category) {
        return rows(em.createNativeQuery("SELECT s.id, s.trial_id, s.municipality_id, s.category, s.used, s.generated"
                                + " FROM trial_stratum s JOIN municipality m ON m.id = s.municipality_id"
                                + " WHERE s.trial_id = ?1 AND m.slug = ?2 AND s.category = ?3")
                        .setParameter(1, trialId)
                        .setParameter(2, municipalitySlug)
                        .setParameter(3, category.name()))
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
    public ListState listState(long stratumId) {
        Optional<Slot> last = rows(em.createNativeQuery("SELECT sequence, arm, block, block_size FROM allocation_slot"
                                + " WHERE stratum_id = ?1 ORDER BY sequence DESC LIMIT 1")
                        .setParameter(1, stratumId))
                .stream()
                .findFirst()
                .map(JpaTrialLedger::slot);
        Object[] arms = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE arm = 'NEXTWORK'),"
                        + " count(*) FILTER (WHERE arm = 'CONTROL') FROM allocation_slot WHERE stratum_id = ?1")
                .setParameter(1, stratumId)
                .getSingleResult();
        return new ListState(last.orElse(null), number(arms[0]), number(arms[1]));
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
                        + " criteria_version, confirmed, trial_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                        + " string_to_array(?8, ','), ?9)")
                .setParameter(1, studyId)
                .setParameter(2, stratum.id())
                .setParameter(3, slot.sequence())
                .setParameter(4, slot.arm().name())
                .setParameter(5, Timestamp.from(at))
                .setParameter(6, by)
                .setParameter(7, criteriaVersion)
                .setParameter(8, join(confirmed))
                .setParameter(9, stratum.trialId())
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
    public void log(long trialId, Instant at, String actor, String action, String studyId, Long stratumId) {
        em.createNativeQuery("INSERT INTO trial_event (occurred_at, actor, action, study_id, stratum_id, trial_id)"
                        + " VALUES (?1, ?2, ?3, ?4, CAST(?5 AS BIGINT), ?6)") // a null is bound untyped
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, actor)
                .setParameter(3, action)
                .setParameter(4, studyId)
                .setParameter(5, stratumId)
                .setParameter(6, trialId)
                .executeUpdate();
    }

    @Override
    public List<StratumCount> counts(long trialId) {
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
                        WHERE s.trial_id = ?1
                        GROUP BY m.slug, m.name, s.id, s.category, s.generated, s.used
                        ORDER BY m.name, s.category DESC
                        """).setParameter(1, trialId)).stream()
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
    public int lowLists() {
        return number(em.createNativeQuery("""
                        SELECT count(*) FROM trial_stratum s JOIN trial t ON t.id = s.trial_id
                        WHERE t.status = 'OPEN'
                          AND s.generated - s.used < (SELECT b.warn_below FROM allocation_batch b
                                                      WHERE b.stratum_id = s.id
                                                      ORDER BY b.batch_number DESC LIMIT 1)
                        """).getSingleResult());
    }

    @Override
    public List<MonthCount> months(long trialId) {
        return rows(em.createNativeQuery("""
                        SELECT to_char(a.allocated_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month, m.slug,
                               m.name, count(*) FILTER (WHERE a.arm = 'NEXTWORK'),
                               count(*) FILTER (WHERE a.arm = 'CONTROL')
                        FROM allocation a
                        JOIN trial_stratum s ON s.id = a.stratum_id
                        JOIN municipality m ON m.id = s.municipality_id
                        WHERE a.trial_id = ?1
                        GROUP BY month, m.slug, m.name
                        ORDER BY month, m.name
                        """).setParameter(1, trialId)).stream()
                .map(r -> new MonthCount(
                        YearMonth.parse((String) r[0]), (String) r[1], (String) r[2], number(r[3]), number(r[4])))
                .toList();
    }

    @Override
    public List<Allocation> allocations(long trialId, int offset, int limit) {
        return rows(em.createNativeQuery(ALLOCATION + " WHERE a.trial_id = ?3 ORDER BY a.id DESC OFFSET ?1 LIMIT ?2")
                        .setParameter(1, offset)
                        .setParameter(2, limit)
                        .setParameter(3, trialId))
                .stream()
                .map(JpaTrialLedger::allocation)
                .toList();
    }

    @Override
    public long allocationCount(long trialId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM allocation WHERE trial_id = ?1")
                        .setParameter(1, trialId)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<Allocation> everyAllocation(long trialId) {
        return rows(em.createNativeQuery(ALLOCATION + " WHERE a.trial_id = ?1 ORDER BY a.id")
                        .setParameter(1, trialId))
                .stream()
                .map(JpaTrialLedger::allocation)
                .toList();
    }

    @Override
    public List<BatchRecord> batchRecords(long trialId) {
        return rows(em.createNativeQuery(
                                BATCH + " WHERE s.trial_id = ?1 ORDER BY m.name, s.category DESC, b.batch_number")
                        .setParameter(1, trialId))
                .stream()
                .map(JpaTrialLedger::batch)
                .toList();
    }

    @Override
    public List<Event> events(long trialId, int limit) {
        return rows(em.createNativeQuery("""
                                SELECT t.occurred_at, t.actor, t.action, t.study_id, m.slug, m.name, s.category
                                FROM trial_event t
                                LEFT JOIN trial_stratum s ON s.id = t.stratum_id
                                LEFT JOIN municipality m ON m.id = s.municipality_id
                                WHERE t.trial_id = ?2
                                ORDER BY t.id DESC LIMIT ?1
                                """).setParameter(1, limit).setParameter(2, trialId)).stream()
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
    public List<SealedBatch> fullList(long trialId) {
        Map<Long, List<Slot>> slots = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT x.batch_id, x.sequence, x.arm, x.block, x.block_size"
                        + " FROM allocation_slot x JOIN trial_stratum s ON s.id = x.stratum_id"
                        + " WHERE s.trial_id = ?1 ORDER BY x.stratum_id, x.sequence")
                .setParameter(1, trialId))) {
            slots.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(slot(Arrays.copyOfRange(r, 1, 5)));
        }
        return rows(em.createNativeQuery(
                                BATCH + " WHERE s.trial_id = ?1 ORDER BY m.name, s.category DESC, b.batch_number")
                        .setParameter(1, trialId))
                .stream()
                .map(r -> new SealedBatch(
                        batch(r),
                        ((String) r[11]).strip(),
                        slots.getOrDefault(((Number) r[12]).longValue(), List.of())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
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
                ((Number) r[2]).longValue(),
                Category.valueOf((String) r[3]),
                number(r[4]),
                number(r[5]));
    }

    private static Trial trial(Object[] r) {
        String sizes = (String) r[6];
        String categories = (String) r[12];
        return new Trial(
                ((Number) r[0]).longValue(),
                (String) r[1],
                Status.valueOf((String) r[2]),
                design(
                        Design.Kind.valueOf((String) r[3]),
                        number(r[4]),
                        number(r[5]),
                        sizes == null || sizes.isEmpty()
                                ? List.of()
                                : Arrays.stream(sizes.split(","))
                                        .map(Integer::valueOf)
                                        .toList(),
                        r[7] == null ? 0 : number(r[7]),
                        r[8] == null ? 0 : number(r[8])),
                number(r[9]),
                number(r[10]),
                number(r[11]),
                categories == null || categories.isEmpty()
                        ? List.of()
                        : Arrays.stream(categories.split(","))
                                .map(Category::valueOf)
                                .toList(),
                Boolean.TRUE.equals(r[13]),
                (String) r[14],
                instant(r[15]),
                (String) r[16],
                instant(r[17]),
                instant(r[18]),
                ((Number) r[19]).longValue(),
                Boolean.TRUE.equals(r[20]));
    }

    /** The design a trial's row describes. */
    private static Design design(
            Design.Kind kind, int nextwork, int control, List<Integer> sizes, int mti, int length) {
        return switch (kind) {
            case PERMUTED_BLOCKS -> new BlockDesign(nextwork, control, sizes);
            case BIG_STICK -> new BigStick(mti);
            case BLOCK_URN -> new BlockUrn(nextwork, control, mti);
            case MAXIMAL_PROCEDURE -> new MaximalProcedure(mti, length);
        };
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
        return ((Date) value).toInstant();
    }

    private static String join(List<String> values) {
        return String.join(",", values);
    }
}
