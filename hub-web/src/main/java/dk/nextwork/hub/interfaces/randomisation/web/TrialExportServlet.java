package dk.nextwork.hub.interfaces.randomisation.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Csv;
import dk.nextwork.hub.interfaces.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

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

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    @Inject
    RandomisationService randomisation;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<List<String>> rows;
        String file;
        // Numbers as numbers in the full list (sequence, block, block size, batch); codes stay text.
        java.util.Set<Integer> numeric = java.util.Set.of();
        Long trial;
        try {
            String asked = request.getParameter("forsoeg");
            trial = asked == null || asked.isBlank() ? null : Long.valueOf(asked.strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if ("liste".equals(request.getParameter("tabel"))) {
                RandomisationViews.FullList list = randomisation.fullList(trial, user.caller());
                rows = list(list);
                file = "forsoeg-" + list.trial() + "-liste";
                numeric = java.util.Set.of(0, 6, 7, 9, 10);
            } else {
                rows = allocations(randomisation.export(trial, user.caller()));
                file = "forsoeg-lodtraekninger";
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (ConflictException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        if (request.getServletPath().endsWith(".xlsx")) {
            response.setContentType(XLSX);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"");
            Workbook workbook = new Workbook(response.getOutputStream(), "NExTWORK Hub", "1.0");
            Worksheet sheet = workbook.newWorksheet(language.text("trial.title"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String cell = rows.get(r).get(c);
                    if (r > 0 && numeric.contains(c) && cell.matches("\\d{1,9}")) {
                        sheet.value(r, c, Integer.parseInt(cell));
                    } else {
                        sheet.value(r, c, dk.nextwork.hub.application.FreeText.printable(cell));
                    }
                    if (r == 0) {
                        sheet.style(r, c).bold().set();
                    }
                }
            }
            workbook.finish();
        } else {
            Csv csv = new Csv();
            rows.forEach(csv::row);
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    /** One row per allocation; the columns' names are the same in both languages, for analysis scripts. */
    private static List<List<String>> allocations(List<RandomisationViews.Entry> entries) {
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
        return rows;
    }

    /** One row per slot, in the columns the verifier reads (docs/randomisation.md, "Verifiable by anyone"). */
    private static List<List<String>> list(RandomisationViews.FullList list) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(dk.nextwork.randomisation.verify.VerifyTrial.COLUMNS);
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
        return rows;
    }

    private static String moment(java.time.Instant instant) {
        return MOMENT.format(LocalDateTime.ofInstant(instant, dk.nextwork.hub.application.DanishTime.ZONE));
    }
}
