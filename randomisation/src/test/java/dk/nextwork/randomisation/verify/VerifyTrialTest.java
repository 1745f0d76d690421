package dk.nextwork.randomisation.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.ListState;
import dk.nextwork.randomisation.Slot;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyTrialTest {

    private static final String HEADER = "trial;design;parameters;municipality;kommunekode;category;batch;sequence;arm;"
            + "block;block_size;salt;digest;study_id;allocated_arm;in_error";

    // The columns' places in a row.
    private static final int PARAMETERS = 2;
    private static final int BATCH = 6;
    private static final int SEQUENCE = 7;
    private static final int ARM = 8;
    private static final int SALT = 11;
    private static final int STUDY_ID = 13;
    private static final int ALLOCATED_ARM = 14;
    private static final int IN_ERROR = 15;

    /**
     * A closed trial's export as the Hub writes it: two strata, two batches each of the default design, three and two
     * allocations (one marked in error), the rows of the strata and batches mixed up.
     */
    private static List<String[]> export(Design design) {
        SecureRandom random = new SecureRandom();
        List<List<String[]>> batches = new ArrayList<>();
        Object[][] strata = {
            {"265", "Roskilde \"Kommune\"", Category.UDDANNELSESPARAT, 3},
            {"615", "Horsens Kommune", Category.AKTIVITETSPARAT, 2}
        };
        for (Object[] stratum : strata) {
            String kommunekode = (String) stratum[0];
            Category category = (Category) stratum[2];
            int used = (Integer) stratum[3];
            ListState state = ListState.EMPTY;
            String previous = AllocationList.GENESIS;
            for (int number = 1; number <= 2; number++) {
                AllocationList.Batch batch = AllocationList.generate(
                        design, 12, state, previous, AllocationList.label(kommunekode, category, number), random);
                List<String[]> rows = new ArrayList<>();
                for (Slot slot : batch.slots()) {
                    boolean allocated = slot.sequence() <= used;
                    rows.add(new String[] {
                        "1",
                        design.kind().name(),
                        design.parameters(),
                        (String) stratum[1],
                        kommunekode,
                        category.code(),
                        String.valueOf(number),
                        String.valueOf(slot.sequence()),
                        slot.arm().name(),
                        String.valueOf(slot.block()),
                        String.valueOf(slot.blockSize()),
                        batch.salt(),
                        batch.digest(),
                        allocated ? kommunekode + "-0000" + slot.sequence() + "-X" : "",
                        allocated ? slot.arm().name() : "",
                        allocated && slot.sequence() == 2 ? "TEST_ENTRY" : ""
                    });
                }
                batches.add(rows);
                int nextwork = state.nextwork();
                int control = state.control();
                for (Slot slot : batch.slots()) {
                    nextwork += slot.arm() == Arm.NEXTWORK ? 1 : 0;
                    control += slot.arm() == Arm.CONTROL ? 1 : 0;
                }
                state = new ListState(batch.slots().get(batch.slots().size() - 1), nextwork, control);
                previous = batch.digest();
            }
        }
        // Strata and batches in any order; a batch's rows stay in sequence order.
        Collections.reverse(batches);
        List<String[]> rows = new ArrayList<>();
        batches.forEach(rows::addAll);
        return rows;
    }

    /** The rows as the Hub's CSV: a byte-order mark, every non-empty cell quoted, CRLF. */
    private static String csv(List<String[]> rows) {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append(';');
                }
                if (!row[i].isEmpty()) {
                    text.append('"').append(row[i].replace("\"", "\"\"")).append('"');
                }
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    private static VerifyTrial.Result verify(List<String[]> rows) throws IOException {
        VerifyTrial.Result result = VerifyTrial.verify(new StringReader(csv(rows)));
        result.lines().forEach(line -> System.out.println("VerifyTrial: " + line));
        return result;
    }

    private static List<String[]> changed(List<String[]> rows, int index, UnaryOperator<String[]> change) {
        List<String[]> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(r.clone()));
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    /** The index of the row of a stratum's batch and sequence. */
    private static int row(List<String[]> rows, String kommunekode, int sequence) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[4].equals(kommunekode) && rows.get(i)[SEQUENCE].equals(String.valueOf(sequence))) {
                return i;
            }
        }
        throw new AssertionError("no row " + kommunekode + " " + sequence);
    }

    @Test
    @DisplayName("an untouched export matches: every digest recomputes, 4 batches, 5 allocations")
    void allMatch() throws IOException {
        List<String[]> rows = export(Design.DEFAULT);
        VerifyTrial.Result result = verify(rows);
        assertThat(result.mismatches()).isEmpty();
        assertThat(result.allMatch()).isTrue();
        assertThat(result.lastLine()).isEqualTo("ALL MATCH: 4 batches, 5 allocations");
        assertThat(result.strata())
                .containsExactly(
                        "265 uddannelsesparat: 2 batches, 24 slots, 3 allocations (1 marked in error), segl passer",
                        "615 aktivitetsparat: 2 batches, 24 slots, 2 allocations (1 marked in error), segl passer");
        // Permuted blocks (whole blocks per batch) and the maximal procedure too.
        assertThat(verify(export(dk.nextwork.randomisation.BlockDesign.TRIAL)).allMatch())
                .isTrue();
        assertThat(verify(export(new dk.nextwork.randomisation.MaximalProcedure(3, 20)))
                        .allMatch())
                .isTrue();
    }

    @Test
    @DisplayName("a slot's arm changed: its batch's digest does not match")
    void slotArmChanged() throws IOException {
        List<String[]> rows = export(Design.DEFAULT);
        int i = row(rows, "615", 20);
        VerifyTrial.Result result = verify(changed(rows, i, r -> {
            r[ARM] = r[ARM].equals("NEXTWORK") ? "CONTROL" : "NEXTWORK";
            return r;
        }));
        assertThat(result.allMatch()).isFalse();
        assertThat(result.mismatches())
                .anySatisfy(m -> assertThat(m).startsWith("615 aktivitetsparat batch 2: the digest does not match"));
        assertThat(result.lastLine()).startsWith("MISMATCH: ");
    }

    @Test
    @DisplayName("an allocation's recorded arm changed: the allocation is named")
    void allocatedArmChanged() throws IOException {
        List<String[]> rows = export(Design.DEFAULT);
        int i = row(rows, "265", 3);
        String[] original = rows.get(i);
        VerifyTrial.Result result = verify(changed(rows, i, r -> {
            r[ALLOCATED_ARM] = r[ARM].equals("NEXTWORK") ? "CONTROL" : "NEXTWORK";
            return r;
        }));
        assertThat(result.mismatches())
                .containsExactly("allocation " + original[STUDY_ID]
                        + " (265 uddannelsesparat batch 1 slot 3): allocated "
                        + (original[ARM].equals("NEXTWORK") ? "CONTROL" : "NEXTWORK") + ", the slot holds "
                        + original[ARM]);
        assertThat(result.strata().get(0)).endsWith("1 MISMATCH");
        assertThat(result.strata().get(1)).endsWith("segl passer");
    }

    @Test
    @DisplayName("one character of a salt changed: that batch's digest does not match")
    void saltChanged() throws IOException {
        List<String[]> rows = export(Design.DEFAULT);
        List<String[]> tampered = new ArrayList<>();
        for (String[] r : rows) {
            String[] copy = r.clone();
            if (copy[4].equals("265") && copy[BATCH].equals("1")) {
                char c = copy[SALT].charAt(5);
                copy[SALT] = copy[SALT].substring(0, 5) + (c == '0' ? '1' : '0') + copy[SALT].substring(6);
            }
            tampered.add(copy);
        }
        VerifyTrial.Result result = verify(tampered);
        assertThat(result.mismatches())
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("265 uddannelsesparat batch 1: the digest does not match"));
    }

    @Test
    @DisplayName("a slot dropped: the digest does not match and the sequence has a gap")
    void slotDropped() throws IOException {
        List<String[]> rows = new ArrayList<>(export(Design.DEFAULT));
        rows.remove(row(rows, "615", 7));
        VerifyTrial.Result result = verify(rows);
        assertThat(result.mismatches())
                .anySatisfy(m -> assertThat(m).startsWith("615 aktivitetsparat batch 1: the digest does not match"))
                .anySatisfy(m -> assertThat(m).isEqualTo("615 aktivitetsparat batch 1: sequence 8 where 7 was due"));
    }

    @Test
    @DisplayName("a whole batch dropped, a used slot after an unused one, an arm in error without a study ID")
    void otherTampering() throws IOException {
        List<String[]> rows = export(Design.DEFAULT);
        List<String[]> withoutBatch = new ArrayList<>(rows);
        withoutBatch.removeIf(r -> r[4].equals("265") && r[BATCH].equals("1"));
        assertThat(verify(withoutBatch).mismatches())
                .anySatisfy(m -> assertThat(m).isEqualTo("265 uddannelsesparat: batch 1 missing before batch 2"))
                .anySatisfy(m -> assertThat(m).startsWith("265 uddannelsesparat batch 2: the digest does not match"));
        VerifyTrial.Result gap = verify(changed(rows, row(rows, "615", 10), r -> {
            r[STUDY_ID] = "615-00010-X";
            r[ALLOCATED_ARM] = r[ARM];
            return r;
        }));
        assertThat(gap.mismatches())
                .containsExactly("allocation 615-00010-X (615 aktivitetsparat batch 1 slot 10) is used after the"
                        + " unused slot 3");
        VerifyTrial.Result orphan = verify(changed(rows, row(rows, "615", 11), r -> {
            r[IN_ERROR] = "TEST_ENTRY";
            return r;
        }));
        assertThat(orphan.mismatches())
                .containsExactly(
                        "615 aktivitetsparat batch 1 slot 11: an allocated arm or error mark without a study ID");
    }

    @Test
    @DisplayName("a list sealed correctly but beyond its design's MTI is a mismatch")
    void beyondTheMti() throws IOException {
        // Hand-made: N, N, C, C sealed as a batch of a 1:1 design at MTI 1; the second N makes it 2 ahead.
        List<Slot> slots = List.of(
                new Slot(1, Arm.NEXTWORK, 0, 0),
                new Slot(2, Arm.NEXTWORK, 0, 0),
                new Slot(3, Arm.CONTROL, 0, 0),
                new Slot(4, Arm.CONTROL, 0, 0));
        String label = AllocationList.label("265", Category.UDDANNELSESPARAT, 1);
        String salt = "00".repeat(32);
        String digest = AllocationList.digest(AllocationList.GENESIS, label, salt, slots);
        List<String[]> rows = new ArrayList<>();
        for (Slot slot : slots) {
            rows.add(new String[] {
                "1",
                "BLOCK_URN",
                "1:1 MTI 1",
                "Roskilde Kommune",
                "265",
                "uddannelsesparat",
                "1",
                String.valueOf(slot.sequence()),
                slot.arm().name(),
                "0",
                "0",
                salt,
                digest,
                "",
                "",
                ""
            });
        }
        VerifyTrial.Result result = verify(rows);
        assertThat(result.mismatches())
                .containsExactly("265 uddannelsesparat batch 1 slot 2: the imbalance (2 NEXTWORK, 0 CONTROL at 1:1)"
                        + " exceeds MTI 1");
        rows.forEach(r -> r[PARAMETERS] = "1:1 MTI 2");
        assertThat(verify(rows).allMatch()).isTrue();
    }

    @Test
    @DisplayName("run the documented way, as one source file with Java's launcher: exit 0 and ALL MATCH; a tampered"
            + " export exits 1 with MISMATCH")
    void runsAsASourceFile(@TempDir Path directory) throws Exception {
        Path source = Path.of("src/main/java/dk/nextwork/randomisation/verify/VerifyTrial.java")
                .toAbsolutePath();
        assertThat(source).exists();
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String[]> rows = export(Design.DEFAULT);
        Path good = directory.resolve("forsoeg-bevis.csv");
        Files.writeString(good, csv(rows), StandardCharsets.UTF_8);
        Run run = run(java, source, good);
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.lastLine()).isEqualTo("ALL MATCH: 4 batches, 5 allocations");
        Path bad = directory.resolve("forsoeg-bevis-aendret.csv");
        Files.writeString(
                bad,
                csv(changed(rows, row(rows, "265", 1), r -> {
                    r[ARM] = r[ARM].equals("NEXTWORK") ? "CONTROL" : "NEXTWORK";
                    return r;
                })),
                StandardCharsets.UTF_8);
        Run tampered = run(java, source, bad);
        assertThat(tampered.exit()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.lastLine()).startsWith("MISMATCH: ");
    }

    private record Run(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    private static Run run(String java, Path source, Path export) throws Exception {
        Process process = new ProcessBuilder(java, source.toString(), export.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        output.lines().forEach(line -> System.out.println("VerifyTrial as a process: " + line));
        return new Run(process.exitValue(), output);
    }
}
