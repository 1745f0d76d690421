package dk.nextwork.hub.interfaces.randomisation.web;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Csv;
import dk.nextwork.hub.interfaces.web.Download;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.randomisation.verify.VerifyTrial;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A trial's allocation log for the researchers' analysis: {@code /forsoeg.csv} (semicolons, UTF-8 with a byte-order
 * mark) and {@code /forsoeg.xlsx}, every allocation made in the order made, with its study ID and nothing that
 * identifies a person (no caseworker either). Once the trial is closed, {@code /forsoeg.csv?tabel=liste} is the whole
 * generated list with its design, salts, digests and each allocation's arm: everything the stand-alone verifier
 * ({@code VerifyTrial}, docs/randomisation.md) needs to recompute every seal. The trial is {@code ?forsoeg=} (the
 * first when left out).
 */
@WebServlet({"/forsoeg.csv", "/forsoeg.xlsx"})
public class TrialExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @Inject
    RandomisationService randomisation;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long trial;
        try {
            String asked = request.getParameter("forsoeg");
            trial = asked == null || asked.isBlank() ? null : Long.valueOf(asked.strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Export> export = Download.make(
                response,
                () -> "liste".equals(request.getParameter("tabel"))
                        ? list(randomisation.fullList(trial, user.caller()))
                        : allocations(randomisation.export(trial, user.caller())));
        if (export.isEmpty()) {
            return;
        }
        List<List<String>> rows = export.get().rows();
        if (request.getServletPath().endsWith(".xlsx")) {
            // Numbers as numbers in the full list (sequence, block, block size, batch); codes stay text.
            List<List<Download.Cell>> cells = rows.subList(1, rows.size()).stream()
                    .map(row -> IntStream.range(0, row.size())
                            .mapToObj(c -> export.get().numeric().contains(c)
                                            && row.get(c).matches("\\d{1,9}")
                                    ? Download.Cell.number(Integer.parseInt(row.get(c)))
                                    : Download.Cell.text(row.get(c)))
                            .toList())
                    .toList();
            Download.sheet(response, export.get().file() + ".xlsx", language.text("trial.title"), rows.get(0), cells);
        } else {
            Csv csv = new Csv();
            rows.forEach(csv::row);
            Download.csv(response, export.get().file() + ".csv", csv);
        }
    }

    /**
     * A table to download: its rows (the first the header), the file's name and the columns that hold numbers.
     */
    private record Export(List<List<String>> rows, String file, Set<Integer> numeric) {}

    /** One row per allocation; the columns' names are the same in both languages, for analysis scripts. */
    private static Export allocations(List<RandomisationViews.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "study_id",
                "kommunekode",
                "municipality",
                "category",
                "arm",
                "allocated_at",
                "criteria_version",
                "randomised_in_error",
                "marked_at"));
        for (RandomisationViews.Entry e : entries) {
            rows.add(List.of(
                    e.studyId(),
                    e.kommunekode(),
                    e.municipalityName(),
                    e.category().code(),
                    e.arm().name(),
                    moment(e.allocatedAt()),
                    e.criteriaVersion(),
                    e.error() == null ? "" : e.error().name(),
                    e.markedAt() == null ? "" : moment(e.markedAt())));
        }
        return new Export(rows, "forsoeg-lodtraekninger", Set.of());
    }

    /** One row per slot, in the columns the verifier reads (docs/randomisation.md, "Verifiable by anyone"). */
    private static Export list(RandomisationViews.FullList list) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(VerifyTrial.COLUMNS);
        for (RandomisationViews.ListBatch b : list.batches()) {
            for (RandomisationViews.ListSlot s : b.slots()) {
                rows.add(List.of(
                        String.valueOf(list.trial()),
                        list.design(),
                        list.parameters(),
                        b.municipality(),
                        b.kommunekode(),
                        b.category().code(),
                        String.valueOf(b.batchNumber()),
                        String.valueOf(s.sequence()),
                        s.arm().name(),
                        String.valueOf(s.block()),
                        String.valueOf(s.blockSize()),
                        b.salt(),
                        b.digest(),
                        s.studyId() == null ? "" : s.studyId(),
                        s.allocatedArm() == null ? "" : s.allocatedArm().name(),
                        s.error() == null ? "" : s.error().name()));
            }
        }
        return new Export(rows, "forsoeg-" + list.trial() + "-liste", Set.of(0, 6, 7, 9, 10));
    }

    private static String moment(Instant instant) {
        return MOMENT.format(LocalDateTime.ofInstant(instant, DanishTime.ZONE));
    }
}
