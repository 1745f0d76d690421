package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.interfaces.http.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every route of the Hub's table of routes ({@link Route}: pages, PDF and spreadsheet downloads, public pages), opened
 * by every role on its own municipality's record and on another's, and without signing in, against the expected-access
 * table in {@code page-matrix.txt}. A route missing from the table fails, and so does a page or servlet that is not a
 * route: a new page is covered the day it is added.
 */
@DisplayName("Access matrix of every page and download")
class PageMatrixIT extends HubTest {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(PageMatrixIT.class.getName());

    static final List<String> ROLES =
            List.of("admin", "supervisor", "researcher", "lead", "consultant", "caseworker", "anonymous");

    /** One row: the route (or "-" for an address the Hub does not have), its address and the expected cells. */
    record Row(String route, String address, Map<String, String[]> expected) {
        boolean namesRecord() {
            return address.contains("{");
        }
    }

    @Test
    @DisplayName("every route × every role × own and other municipality answers as the table says, and every page and"
            + " servlet is a route")
    void matrix(TestReporter reporter) throws IOException {
        List<Row> table = table();
        Set<String> routes = Arrays.stream(Route.values())
                .filter(r -> r.kind() != Route.Kind.PUBLIC_PREFIX && r.kind() != Route.Kind.GUARDED_PREFIX)
                .map(Route::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = table.stream()
                .map(Row::route)
                .filter(r -> !r.equals("-"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed)
                .as("every route of Route's table must be in page-matrix.txt, and nothing else")
                .isEqualTo(routes);
        assertThat(pagesAndServlets())
                .as("every page and servlet of the WAR must be a route (else the gate refuses it)")
                .allSatisfy(address -> assertThat(Route.of(address)).as(address).isPresent());

        TestMunicipality a = servers.newOnboardingMunicipality();
        TestMunicipality b = servers.newOnboardingMunicipality();
        String period = "1903-H" + (1 + Math.abs(a.slug().hashCode()) % 2);
        ApiOperations.Records own = ApiOperations.records(api, a, period);
        ApiOperations.Records other = ApiOperations.records(api, b, period);
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        sessions.put("admin", WebSession.logIn(servers.hub(), "admin"));
        sessions.put("supervisor", WebSession.logIn(servers.hub(), "supervisor.anna"));
        sessions.put("researcher", WebSession.logIn(servers.hub(), "researcher.ifs"));
        sessions.put("lead", WebSession.logIn(servers.hub(), a.lead()));
        sessions.put("consultant", WebSession.logIn(servers.hub(), a.consultant()));
        sessions.put("caseworker", WebSession.logIn(servers.hub(), a.caseworker()));
        sessions.put("anonymous", WebSession.anonymous(servers.hub()));

        List<String> wrong = new ArrayList<>();
        int visits = 0;
        for (Row row : table) {
            for (String role : ROLES) {
                String[] cells = row.expected().get(role);
                for (int target = 0; target < (row.namesRecord() ? 2 : 1); target++) {
                    String expected = cells[Math.min(target, cells.length - 1)];
                    String address = address(row.address(), target == 0 ? own : other);
                    WebSession.Visit visit = sessions.get(role).visit(address);
                    visits++;
                    String answered = outcome(visit, row);
                    if (!answered.equals(expected)) {
                        wrong.add(row.route() + " " + address + " as " + role
                                + (row.namesRecord() ? (target == 0 ? " on own" : " on other") : "")
                                + ": expected " + expected + ", answered " + answered + " (" + visit.status()
                                + " at " + visit.address().getPath() + ")");
                    }
                }
            }
        }
        String figures = table.size() + " addresses (" + routes.size() + " routes) × " + ROLES.size()
                + " roles, own and other municipality = " + visits + " visits";
        reporter.publishEntry("page matrix", figures);
        LOG.info(() -> "page matrix: " + figures);
        assertThat(wrong).as(visits + " visits").isEmpty();
    }

    /** What a visit came to, in the table's words. */
    private String outcome(WebSession.Visit visit, Row row) {
        if (!visit.address().toString().startsWith(servers.hub())) {
            return visit.address().getPath().contains("/protocol/openid-connect/auth")
                            || visit.address().getPath().contains("/login-actions/")
                    ? "login"
                    : "elsewhere " + visit.address();
        }
        if (visit.status() == 200) {
            boolean download = Route.of(row.address().replaceAll("\\?.*", ""))
                    .map(r -> r.kind() == Route.Kind.DOWNLOAD)
                    .orElse(false);
            if (download && visit.contentType().startsWith("text/html")) {
                return "a page where a download was expected";
            }
            return "ok";
        }
        return String.valueOf(visit.status());
    }

    static String address(String template, ApiOperations.Records records) {
        return template.replace("{slug}", records.slug())
                .replace("{approved}", String.valueOf(records.approved()))
                .replace("{draft}", String.valueOf(records.draft()))
                .replace("{practice}", String.valueOf(records.practice()));
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PageMatrixIT.class.getClassLoader().getResourceAsStream("page-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                Map<String, String[]> expected = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.size(); r++) {
                    expected.put(ROLES.get(r), cells[2 + r].split("/"));
                }
                rows.add(new Row(cells[0], cells[1], expected));
            }
        }
        return rows;
    }

    private static final Pattern SERVLET = Pattern.compile("@WebServlet\\(\\{?([^)}]*)\\}?\\)");

    /** Every page under src/main/webapp (but WEB-INF's parts) and every servlet address in the sources. */
    static Set<String> pagesAndServlets() throws IOException {
        Set<String> addresses = new TreeSet<>();
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("/WEB-INF/") && !f.startsWith("/resources/"))
                    .forEach(addresses::add);
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher servlet = SERVLET.matcher(Files.readString(f));
                while (servlet.find()) {
                    for (String pattern : servlet.group(1).split(",")) {
                        addresses.add(pattern.strip().replace("\"", ""));
                    }
                }
            }
        }
        assertThat(addresses).as("pages and servlets found").contains("/index.xhtml", "/rapport.pdf");
        return addresses;
    }
}
