package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * What every download (a PDF, a CSV or a spreadsheet) does alike: an application exception answered with the status
 * the route gate would give, and the file written with its type and name. A download is a plain servlet, so there is
 * no Faces page to show a message on: a refused or missing file is its status alone.
 */
public final class Download {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Download() {}

    /**
     * Makes the file's content, or answers the status an application exception stands for: 400 for input the
     * service cannot read, 403 for a caller it refuses, 404 for something that does not exist, 409 for a state that
     * does not allow it.
     *
     * @return the content, or empty when the status has been sent
     */
    public static <T> Optional<T> make(HttpServletResponse response, Supplier<T> content) throws IOException {
        try {
            return Optional.of(content.get());
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (ConflictException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
        return Optional.empty();
    }

    /** Sends a file to save ({@code attachment}). */
    public static void attachment(HttpServletResponse response, String type, String fileName, byte[] bytes)
            throws IOException {
        send(response, type, "attachment", fileName, bytes);
    }

    /** Sends a file the browser may show itself ({@code inline}), such as a PDF. */
    public static void inline(HttpServletResponse response, String type, String fileName, byte[] bytes)
            throws IOException {
        send(response, type, "inline", fileName, bytes);
    }

    /** Sends a CSV file to save, in the Hub's CSV for Danish Excel. */
    public static void csv(HttpServletResponse response, String fileName, Csv csv) throws IOException {
        attachment(response, CSV, fileName, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a spreadsheet to save: one sheet, the header row in bold, then the rows; a cell with a number is a
     * number in the sheet (with its format, if any), any other cell text.
     */
    public static void sheet(
            HttpServletResponse response, String fileName, String sheetName, List<String> header, List<List<Cell>> rows)
            throws IOException {
        sheets(response, fileName, List.of(new Sheet(sheetName, header, rows)));
    }

    /** A sheet of a spreadsheet: its name, its header row and its rows. */
    public record Sheet(String name, List<String> header, List<List<Cell>> rows) {}

    /** Sends a spreadsheet of several sheets to save, each as {@link #sheet} writes one. */
    public static void sheets(HttpServletResponse response, String fileName, List<Sheet> sheets) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Workbook workbook = new Workbook(response.getOutputStream(), "NExTWORK Hub", "1.0");
        for (Sheet s : sheets) {
            Worksheet sheet = workbook.newWorksheet(sheetName(s.name()));
            for (int c = 0; c < s.header().size(); c++) {
                sheet.value(0, c, FreeText.printable(s.header().get(c)));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Cell> row : s.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    Cell cell = row.get(c);
                    if (cell.number() != null) {
                        sheet.value(r, c, cell.number());
                        if (cell.format() != null) {
                            sheet.style(r, c).format(cell.format()).set();
                        }
                    } else if (cell.text() != null && !cell.text().isEmpty()) {
                        sheet.value(r, c, FreeText.printable(cell.text()));
                    }
                }
                r++;
            }
        }
        workbook.finish();
    }

    /** A sheet's name: at most 31 characters, none of []:*?/\. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void send(HttpServletResponse response, String type, String disposition, String file, byte[] bytes)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + file + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * A spreadsheet cell: text, or a number with its Excel format (null for the general format).
     *
     * @param text what the cell says when it holds no number
     */
    public record Cell(String text, Number number, String format) {

        public static Cell text(String text) {
            return new Cell(text, null, null);
        }

        public static Cell number(Number number) {
            return new Cell(null, number, null);
        }
    }
}
