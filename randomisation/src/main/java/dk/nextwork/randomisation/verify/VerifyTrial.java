package dk.nextwork.randomisation.verify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-alone check of a closed trial's allocation lists, for anyone who audits the trial: it reads the Hub's
 * full-list export (forsøgets bevis) and recomputes every batch's seal. One file that needs nothing but a Java (17 or
 * later), run with Java's single-file source launcher:
 *
 * <pre>java randomisation/src/main/java/dk/nextwork/randomisation/verify/VerifyTrial.java forsoeg-bevis.csv</pre>
 *
 * <p>The export is CSV: UTF-8 (perhaps with a byte-order mark), semicolons between cells, CRLF after each line, every
 * non-empty cell in double quotes (a quote inside doubled), an empty cell empty. Its header:
 *
 * <pre>trial;design;parameters;municipality;kommunekode;category;batch;sequence;arm;block;block_size;salt;digest;study_id;allocated_arm;in_error</pre>
 *
 * <p>One row per slot of every stratum's list; strata and batches in any order, a batch's rows in sequence order. For
 * each stratum (kommunekode and category), batch by batch, it checks:
 *
 * <ul>
 *   <li>the batch's digest: hex SHA-256 of the UTF-8 text {@code previousDigest + "\n" + label + "\n" + salt + "\n"}
 *       followed by one line {@code sequence;ARM;block;blockSize\n} per slot, where the label is {@code
 *       kommunekode;CATEGORY;batch} (the category's name in upper case) and the previous digest is the previous
 *       batch's recorded one (empty for batch 1), so a changed, added or removed slot, salt or batch shows;
 *   <li>that batches are numbered 1, 2, 3 … and the slots' sequences run 1, 2, 3 … across them without a gap;
 *   <li>that each used slot's recorded allocation holds the slot's arm, and that the used slots are the list's first
 *       ones (1 … used);
 *   <li>for designs with a maximum tolerated imbalance ({@code MTI 3} in the parameters, the ratio before it, e.g.
 *       {@code 2:1 MTI 3}): that the list's running imbalance n<sub>N</sub>/w<sub>N</sub> − n<sub>C</sub>/w<sub>C</sub>
 *       never exceeds it either way.
 * </ul>
 *
 * <p>It prints a line per stratum and, last, {@code ALL MATCH: <n> batches, <m> allocations} and exits with 0, or
 * prints each mismatch, then {@code MISMATCH: …}, and exits with 1.
 */
public final class VerifyTrial {

    private static final Logger LOG = Logger.getLogger(VerifyTrial.class.getName());

    /** The export's columns, in order: the Hub writes exactly these ({@code TrialExportServlet}). */
    public static final List<String> COLUMNS = List.of(
            "trial",
            "design",
            "parameters",
            "municipality",
            "kommunekode",
            "category",
            "batch",
            "sequence",
            "arm",
            "block",
            "block_size",
            "salt",
            "digest",
            "study_id",
            "allocated_arm",
            "in_error");

    private static final Pattern MTI = Pattern.compile("\\bMTI (\\d{1,4})\\b");
    private static final Pattern RATIO = Pattern.compile("^\\s*(\\d{1,4}):(\\d{1,4})\\b");

    private VerifyTrial() {}

    /**
     * What the check found.
     *
     * @param strata one line per stratum
     * @param mismatches every mismatch, naming its stratum, batch or allocation; empty when everything matches
     * @param batches the batches read
     * @param allocations the used slots read
     */
    public record Result(List<String> strata, List<String> mismatches, int batches, int allocations) {

        public Result {
            strata = List.copyOf(strata);
            mismatches = List.copyOf(mismatches);
        }

        public boolean allMatch() {
            return mismatches.isEmpty();
        }

        /** {@code ALL MATCH: 4 batches, 6 allocations} or {@code MISMATCH: } and the mismatches. */
        public String lastLine() {
            return allMatch()
                    ? "ALL MATCH: " + batches + " batches, " + allocations + " allocations"
                    : "MISMATCH: " + String.join("; ", mismatches);
        }

        /** Everything printed: the strata, each mismatch, the last line. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(strata);
            mismatches.forEach(m -> lines.add("  " + m));
            lines.add(lastLine());
            return lines;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            LOG.severe("usage: java VerifyTrial.java <the trial's full-list export (CSV)>");
            System.exit(2);
        }
        Result result;
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            result = verify(reader);
        }
        // The report as one record, so the logger's header stands once above it.
        LOG.info(String.join(System.lineSeparator(), result.lines()));
        System.exit(result.allMatch() ? 0 : 1);
    }

    /** One slot's row. */
    private record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    /** Reads the export and checks every stratum's chain. */
    public static Result verify(Reader reader) throws IOException {
        List<List<String>> records = parse(reader);
        List<String> mismatches = new ArrayList<>();
        if (records.isEmpty()) {
            return new Result(List.of(), List.of("the export is empty"), 0, 0);
        }
        List<String> header = records.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                mismatches.add("the header has no column " + column);
            }
        }
        if (!mismatches.isEmpty()) {
            return new Result(List.of(), mismatches, 0, 0);
        }
        // Stratum (kommunekode;category) → batch number → rows in the file's order.
        Map<String, TreeMap<Integer, List<Row>>> strata = new TreeMap<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // an empty line
            }
            if (record.size() != header.size()) {
                mismatches.add("line " + (r + 1) + ": " + record.size() + " cells, the header has " + header.size());
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (String column : COLUMNS) {
                cells.put(column, record.get(index.get(column)));
            }
            Row row = new Row(r + 1, cells);
            Integer batch = number(row.get("batch"));
            if (batch == null || batch < 1) {
                mismatches.add("line " + row.line() + ": batch '" + row.get("batch") + "' is not a batch number");
                continue;
            }
            strata.computeIfAbsent(row.get("kommunekode") + ";" + row.get("category"), k -> new TreeMap<>())
                    .computeIfAbsent(batch, b -> new ArrayList<>())
                    .add(row);
        }
        if (strata.isEmpty() && mismatches.isEmpty()) {
            mismatches.add("the export holds no slots");
        }
        List<String> lines = new ArrayList<>();
        int batches = 0;
        int allocations = 0;
        for (Map.Entry<String, TreeMap<Integer, List<Row>>> stratum : strata.entrySet()) {
            Stratum checked = check(stratum.getKey(), stratum.getValue());
            batches += checked.batches;
            allocations += checked.allocations;
            mismatches.addAll(checked.mismatches);
            lines.add(checked.line());
        }
        return new Result(lines, mismatches, batches, allocations);
    }

    /** One stratum's check. */
    private static final class Stratum {
        final String name;
        final List<String> mismatches = new ArrayList<>();
        int batches;
        int slots;
        int allocations;
        int inError;

        Stratum(String name) {
            this.name = name;
        }

        String line() {
            return name + ": " + batches + (batches == 1 ? " batch, " : " batches, ") + slots + " slots, "
                    + allocations + " allocations" + (inError > 0 ? " (" + inError + " marked in error)" : "")
                    + (mismatches.isEmpty() ? ", segl passer" : ", " + mismatches.size() + " MISMATCH");
        }
    }

    private static Stratum check(String key, TreeMap<Integer, List<Row>> batchesByNumber) {
        String kommunekode = key.substring(0, key.indexOf(';'));
        String category = key.substring(key.indexOf(';') + 1);
        Stratum stratum = new Stratum(kommunekode + " " + category);
        String previousDigest = "";
        int expectedBatch = 1;
        int expectedSequence = 1;
        int nextwork = 0;
        int control = 0;
        boolean imbalanceReported = false;
        Integer firstUnused = null;
        String design = null;
        String parameters = null;
        for (Map.Entry<Integer, List<Row>> entry : batchesByNumber.entrySet()) {
            int batch = entry.getKey();
            List<Row> rows = entry.getValue();
            String where = stratum.name + " batch " + batch;
            stratum.batches++;
            if (batch != expectedBatch) {
                stratum.mismatches.add(stratum.name + ": batch " + expectedBatch
                        + (batch == expectedBatch + 1 ? "" : "–" + (batch - 1)) + " missing before batch " + batch);
            }
            expectedBatch = batch + 1;
            Row first = rows.get(0);
            for (String column : List.of("salt", "digest", "design", "parameters", "trial", "municipality")) {
                for (Row row : rows) {
                    if (!row.get(column).equals(first.get(column))) {
                        stratum.mismatches.add(where + ": line " + row.line() + " has another " + column
                                + " than the batch's first row");
                        break;
                    }
                }
            }
            if (design == null) {
                design = first.get("design");
                parameters = first.get("parameters");
            } else if (!design.equals(first.get("design")) || !parameters.equals(first.get("parameters"))) {
                stratum.mismatches.add(where + ": another design than the stratum's first batch");
            }
            int[] ratio = ratio(first.get("parameters"));
            Integer mti = mti(first.get("parameters"));
            String label = kommunekode + ";" + category.toUpperCase(Locale.ROOT) + ";" + batch;
            StringBuilder text = new StringBuilder(previousDigest)
                    .append('\n')
                    .append(label)
                    .append('\n')
                    .append(first.get("salt"))
                    .append('\n');
            for (Row row : rows) {
                stratum.slots++;
                text.append(row.get("sequence"))
                        .append(';')
                        .append(row.get("arm"))
                        .append(';')
                        .append(row.get("block"))
                        .append(';')
                        .append(row.get("block_size"))
                        .append('\n');
                Integer sequence = number(row.get("sequence"));
                String slot = where + " slot " + row.get("sequence");
                if (sequence == null || sequence != expectedSequence) {
                    stratum.mismatches.add(
                            where + ": sequence " + row.get("sequence") + " where " + expectedSequence + " was due");
                }
                expectedSequence = (sequence == null ? expectedSequence : sequence) + 1;
                String arm = row.get("arm");
                if (arm.equals("NEXTWORK")) {
                    nextwork++;
                } else if (arm.equals("CONTROL")) {
                    control++;
                } else {
                    stratum.mismatches.add(slot + ": arm '" + arm + "' is neither NEXTWORK nor CONTROL");
                }
                if (mti != null && !imbalanceReported) {
                    long scaled = Math.abs((long) nextwork * ratio[1] - (long) control * ratio[0]);
                    if (scaled > (long) mti * ratio[0] * ratio[1]) {
                        stratum.mismatches.add(slot + ": the imbalance (" + nextwork + " NEXTWORK, " + control
                                + " CONTROL at " + ratio[0] + ":" + ratio[1] + ") exceeds MTI " + mti);
                        imbalanceReported = true;
                    }
                }
                boolean used = !row.get("study_id").isEmpty();
                if (used) {
                    stratum.allocations++;
                    if (!row.get("in_error").isEmpty()) {
                        stratum.inError++;
                    }
                    if (!row.get("allocated_arm").equals(arm)) {
                        stratum.mismatches.add("allocation " + row.get("study_id") + " (" + slot + "): allocated "
                                + (row.get("allocated_arm").isEmpty() ? "no arm" : row.get("allocated_arm"))
                                + ", the slot holds " + arm);
                    }
                    if (firstUnused != null) {
                        stratum.mismatches.add("allocation " + row.get("study_id") + " (" + slot
                                + ") is used after the unused slot " + firstUnused);
                    }
                } else {
                    if (firstUnused == null) {
                        firstUnused = sequence;
                    }
                    if (!row.get("allocated_arm").isEmpty()
                            || !row.get("in_error").isEmpty()) {
                        stratum.mismatches.add(slot + ": an allocated arm or error mark without a study ID");
                    }
                }
            }
            String digest = sha256(text.toString());
            if (!digest.equalsIgnoreCase(first.get("digest"))) {
                stratum.mismatches.add(where + ": the digest does not match (recorded " + first.get("digest")
                        + ", recomputed " + digest + ")");
            }
            previousDigest = first.get("digest");
        }
        return stratum;
    }

    private static Integer mti(String parameters) {
        Matcher m = MTI.matcher(parameters);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static int[] ratio(String parameters) {
        Matcher m = RATIO.matcher(parameters);
        if (m.find() && Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(2)) > 0) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        return new int[] {1, 1};
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The CSV's records: cells separated by semicolons, records by CRLF (or a bare LF), a cell in double quotes may
     * hold semicolons, line breaks and doubled quotes; a byte-order mark at the start is skipped.
     */
    static List<List<String>> parse(Reader reader) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean first = true;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    int after = reader.read();
                    if (after == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (after == -1) {
                            break;
                        }
                        c = after;
                        // fall through to the unquoted handling of the character after the closing quote
                        if (handle(c, record, cell, records)) {
                            any = false;
                        }
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (handle(c, record, cell, records)) {
                any = false;
            }
        }
        if (any || !record.isEmpty() || cell.length() > 0) {
            record.add(cell.toString());
            records.add(new ArrayList<>(record));
        }
        return records;
    }

    /** An unquoted character: a separator, a line's end or the cell's text. True at a record's end. */
    private static boolean handle(int c, List<String> record, StringBuilder cell, List<List<String>> records) {
        if (c == ';') {
            record.add(cell.toString());
            cell.setLength(0);
        } else if (c == '\n') {
            record.add(cell.toString());
            cell.setLength(0);
            records.add(new ArrayList<>(record));
            record.clear();
            return true;
        } else if (c != '\r') {
            cell.append((char) c);
        }
        return false;
    }
}
