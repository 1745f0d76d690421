package dk.nextwork.hub.web.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.devservices.TokenClient;
import dk.nextwork.hub.realm.RealmFile;
import dk.nextwork.hub.web.WebSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Hub under load, as the run command serves it with the national demo data: every list endpoint, the network
 * picture, one report, the practice search and the busiest pages (with a real Keycloak session), each driven by wrk on
 * loopback, saturated (50 connections, each sending its next request as soon as the last is answered) and paced (50
 * users, each pausing 0.5–1.5 s, 1 s on average, between requests), with {@code GET /api/me} as the floor measured in the same run, first and
 * last. It prints requests per second, p50/p95/p99 and the ratio to the floor, and the memory of each of the run
 * command's processes before and after, writes them to {@code target/load-benchmark.txt}, and asserts nothing about
 * them (timings are no pass/fail matter). An answer other than 200 (a redirect to the login too) or a socket error
 * fails the run: a figure of errors is no
 * figure.
 *
 * <p>Start the Hub first ({@code ./mvnw verify -Prun -Dhub.demo-data=national}), then run {@code ./mvnw -o -pl hub-web
 * -am verify -Pload-benchmark}. Settings: {@code bench.hub} (http://localhost:8080), {@code bench.keycloak}
 * (http://localhost:8180), {@code bench.seconds} per route and mode (10), {@code bench.connections} (50),
 * {@code bench.only} (a regular expression over the route names), {@code bench.warm-up} s per route before (10).
 */
class LoadBenchmark {

    static final String HUB = System.getProperty("bench.hub", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("bench.keycloak", "http://localhost:8180");
    static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);
    static final String ONLY = System.getProperty("bench.only", ".*");
    static final int WARM_UP = Integer.getInteger("bench.warm-up", 10);
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * wrk's script: pages asked in turn by the sessions in {@code COOKIES}, accepting gzip as browsers do (one signed-in user each, as many as there
     * are connections, so a session seldom serves two requests at once, as a person's never does); when paced, a pause before every request of {@code THINK} ms on average (evenly between half and
     * one and a half times it, so the users do not send in step), and one line of JSON at the end with
     * the figures this class reads (wrk's own latency histogram, in microseconds).
     */
    static final String SCRIPT = """
            local think = tonumber(os.getenv("THINK") or "0")
            local threads = {}
            function setup(thread) table.insert(threads, thread); thread:set("id", #threads) end
            other = 0
            function response(status, headers, body) if status ~= 200 then other = other + 1 end end
            function init(args) math.randomseed(id * 7919) end
            local cookies = {}
            for c in string.gmatch(os.getenv("COOKIES") or "", "[^|]+") do table.insert(cookies, c) end
            local sent = 0
            function request()
              if #cookies == 0 then return wrk.format() end
              sent = sent + 1
              return wrk.format(nil, nil, {["Cookie"] = cookies[(sent * 2 + id) % #cookies + 1],\
                ["Accept-Encoding"] = "gzip"})
            end
            function delay()
              if think == 0 then return 0 end
              return math.random(think / 2, think * 3 / 2)
            end
            function done(summary, latency, requests)
              local e = summary.errors
              local others = 0
              for _, t in ipairs(threads) do others = others + t:get("other") end
              io.write(string.format('BENCH {"requests":%d,"micros":%d,"bytes":%d,"p50":%d,"p95":%d,"p99":%d,\
            "max":%d,"status":%d,"socket":%d}\\n', summary.requests, summary.duration, summary.bytes,\
              latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, others,\
              e.connect + e.read + e.write + e.timeout))
            end
            """;

    /** One route: what wrk asks, with which header. */
    record Route(String name, String path, String header) {}

    /** What wrk measured for one route in one mode. */
    record Figures(String name, int requests, long micros, long bytes, double p50, double p95, double p99) {

        double rps() {
            return requests / (micros / 1e6);
        }

        String line(Figures floor) {
            return String.format(
                    "  %-46s %8.1f req/s  %5.2f ×  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  %7.1f kB",
                    name, rps(), rps() / floor.rps(), p50, p95, p99, bytes / 1024.0 / Math.max(1, requests));
        }
    }

    @Test
    void theHubUnderLoad() throws Exception {
        if (!onPath("wrk")) {
            throw new AssertionError("wrk is missing: install it (apt-get install wrk)");
        }
        String supervisor = bearer("supervisor.anna");
        String lead = bearer("lead.horsens");
        String admin = bearer("admin");
        JsonNode municipalities = get("/api/municipalities", supervisor);
        if (municipalities.size() < 98) {
            throw new AssertionError("the national demo data is missing (" + municipalities.size()
                    + " municipalities): start the Hub with ./mvnw verify -Prun -Dhub.demo-data=national");
        }
        long report = approvedReport(supervisor);
        String supervisorPages = sessions("supervisor.anna");
        String leadPages = sessions("lead.horsens");

        Route floor = new Route("GET /api/me", "/api/me", supervisor);
        List<Route> routes = List.of(
                new Route("GET /api/assessments?size=50 (supervisor)", "/api/assessments?size=50", supervisor),
                new Route("GET /api/assessments (lead)", "/api/assessments?municipality=horsens", lead),
                new Route("GET /api/assessments/review-queue", "/api/assessments/review-queue", supervisor),
                new Route("GET /api/assessments/{id} (a report)", "/api/assessments/" + report, supervisor),
                new Route("GET /api/actions?municipality=horsens", "/api/actions?municipality=horsens", supervisor),
                new Route("GET /api/actions/outstanding", "/api/actions/outstanding", supervisor),
                new Route(
                        "GET /api/supervision-sessions (horsens)",
                        "/api/supervision-sessions?municipality=horsens",
                        supervisor),
                new Route("GET /api/practices (lead)", "/api/practices", lead),
                new Route("GET /api/practices?q=praktik (search)", "/api/practices?q=praktik", lead),
                new Route("GET /api/municipalities", "/api/municipalities", supervisor),
                new Route("GET /api/periods", "/api/periods", supervisor),
                new Route("GET /api/instruments", "/api/instruments", supervisor),
                new Route("GET /api/onboarding", "/api/onboarding", supervisor),
                new Route("GET /api/me/notifications", "/api/me/notifications", supervisor),
                new Route("GET /api/audit-events (admin)", "/api/audit-events", admin),
                new Route("GET /api/network (supervisor)", "/api/network", supervisor),
                new Route("GET /api/network (lead)", "/api/network", lead),
                new Route("page / (supervisor)", "/", supervisorPages),
                new Route("page / (lead)", "/", leadPages),
                new Route("page /selvevalueringer.xhtml (supervisor)", "/selvevalueringer.xhtml", supervisorPages),
                new Route("page /netvaerk.xhtml (supervisor)", "/netvaerk.xhtml", supervisorPages),
                new Route("page /netvaerk.xhtml (lead)", "/netvaerk.xhtml", leadPages),
                new Route("page /gennemgang.xhtml (supervisor)", "/gennemgang.xhtml", supervisorPages),
                new Route("page /praksis.xhtml (lead)", "/praksis.xhtml", leadPages));
        List<Route> chosen = routes.stream().filter(r -> r.name().matches(ONLY)).toList();
        for (Route route : Stream.concat(Stream.of(floor), chosen.stream()).toList()) {
            HttpResponse<String> answer = send(route);
            if (answer.statusCode() != 200) {
                throw new AssertionError(route.name() + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }

        Path script = Files.createTempFile("hub-load", ".lua");
        Files.writeString(script, SCRIPT);
        Map<String, Long> before = Memory.ofRunCommand();
        // Warm-up: every route through wrk, unmeasured, so the JIT has compiled each before its measurement (a Hub
        // just started answers a fraction of its warm throughput in its first minutes).
        for (Route route : Stream.concat(Stream.of(floor), chosen.stream()).toList()) {
            wrk(script, route, 0, WARM_UP);
        }
        List<Figures> saturated = new ArrayList<>();
        saturated.add(wrk(script, floor, 0, SECONDS));
        for (Route route : chosen) {
            saturated.add(wrk(script, route, 0, SECONDS));
        }
        saturated.add(wrk(script, new Route(floor.name() + " (again)", floor.path(), floor.header()), 0, SECONDS));
        List<Figures> paced = new ArrayList<>();
        paced.add(wrk(script, floor, 1000, SECONDS));
        for (Route route : chosen) {
            paced.add(wrk(script, route, 1000, SECONDS));
        }
        Map<String, Long> after = Memory.ofRunCommand();

        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Load benchmark, %s, %s: %d municipalities; wrk on loopback, %d connections, %d s per route%n",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), HUB, municipalities.size(), CONNECTIONS, SECONDS));
        out.append(String.format(" Saturated (no pause; ratio = requests/s ÷ the floor's first run):%n"));
        saturated.forEach(f -> out.append(f.line(saturated.get(0))).append(System.lineSeparator()));
        out.append(String.format(" Paced (each connection pauses 0.5–1.5 s before every request):%n"));
        paced.forEach(f -> out.append(f.line(paced.get(0))).append(System.lineSeparator()));
        out.append(String.format(" Memory of the run command's processes (RSS; PostgreSQL as PSS, its processes share"
                + " memory), MB:%n"));
        for (String process : new java.util.TreeSet<>(
                Stream.concat(before.keySet().stream(), after.keySet().stream()).toList())) {
            out.append(String.format(
                    "  %-28s before %6d  after %6d%n",
                    process, before.getOrDefault(process, 0L) / 1024, after.getOrDefault(process, 0L) / 1024));
        }
        out.append(String.format(
                "  %-28s before %6d  after %6d%n",
                "together",
                before.values().stream().mapToLong(Long::longValue).sum() / 1024,
                after.values().stream().mapToLong(Long::longValue).sum() / 1024));
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-benchmark.txt"), out.toString());
    }

    /** Runs wrk on one route, {@code think} ms before every request, and reads its figures. */
    private static Figures wrk(Path script, Route route, int think, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t2",
                "-c" + CONNECTIONS,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "-s",
                script.toString(),
                HUB + route.path()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("THINK", Integer.toString(think));
        if (route.header().startsWith(SESSIONS)) {
            builder.environment().put("COOKIES", route.header().substring(SESSIONS.length()));
        } else {
            command.addAll(command.size() - 1, List.of("-H", route.header()));
        }
        Process wrk = builder.start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            wrk.destroyForcibly();
            throw new AssertionError("wrk failed on " + route.name() + ": " + output);
        }
        String line = output.lines()
                .filter(l -> l.startsWith("BENCH "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figures from wrk: " + output));
        JsonNode figures = JSON.readTree(line.substring("BENCH ".length()));
        if (figures.path("status").asLong() > 0 || figures.path("socket").asLong() > 0) {
            throw new AssertionError(route.name() + ": " + figures.path("status") + " answers other than 200 and "
                    + figures.path("socket") + " socket errors under load");
        }
        return new Figures(
                route.name(),
                figures.path("requests").asInt(),
                figures.path("micros").asLong(),
                figures.path("bytes").asLong(),
                figures.path("p50").asLong() / 1000.0,
                figures.path("p95").asLong() / 1000.0,
                figures.path("p99").asLong() / 1000.0);
    }

    /** As many signed-in sessions of the user as there are connections, as the cookies wrk sends in turn. */
    private static String sessions(String user) {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            cookies.add(WebSession.logIn(HUB, user).cookie("JSESSIONID"));
        }
        return SESSIONS + String.join("|", cookies);
    }

    /** A route's header that is a list of session cookies, sent in turn, not one header. */
    static final String SESSIONS = "Sessions: ";

    private static String bearer(String user) {
        return "Authorization: Bearer "
                + new TokenClient(KEYCLOAK + "/realms/nextwork-hub/protocol/openid-connect/token")
                        .passwordGrant(user, RealmFile.DEMO_PASSWORD)
                        .accessToken();
    }

    /** The newest approved report the supervisor sees: the one report measured. */
    private static long approvedReport(String supervisor) throws Exception {
        for (JsonNode a : get("/api/assessments?size=200", supervisor)) {
            if ("APPROVED".equals(a.path("state").asText())) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("no approved report in the first 200");
    }

    private static JsonNode get(String path, String header) throws Exception {
        HttpResponse<String> answer = send(new Route(path, path, header));
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> send(Route route) throws IOException, InterruptedException {
        String[] header = route.header().startsWith(SESSIONS)
                ? new String[] {
                    "Cookie", route.header().substring(SESSIONS.length()).split("\\|")[0]
                }
                : route.header().split(": ", 2);
        // HTTP/1.1, as wrk speaks it: the default asks a plain connection to upgrade to HTTP/2, which Payara's listener
        // answered once with the page's bytes where a frame was expected (a protocol error, the run stopped).
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(HUB + route.path()))
                                .timeout(Duration.ofSeconds(30))
                                .header(header[0], header[1])
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** The memory of the run command's processes, found by what they run, in kB. */
    static final class Memory {

        private Memory() {}

        static Map<String, Long> ofRunCommand() throws IOException {
            Map<String, Long> kb = new TreeMap<>();
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes
                        .filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    String command;
                    try {
                        command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    } catch (IOException gone) {
                        continue;
                    }
                    String kind = kind(command);
                    if (kind != null) {
                        long size = kind.equals("PostgreSQL") ? field(process, "smaps_rollup", "Pss:") : rss(process);
                        kb.merge(kind, size, Long::sum);
                    }
                }
            }
            return new LinkedHashMap<>(kb);
        }

        private static String kind(String command) {
            // The launcher first: its command line names the other servers' files.
            if (command.contains("HubLauncher")) {
                return "launcher";
            } else if (command.contains("payara-micro") || command.contains("launch-micro.jar")) {
                // From its own jar, or (the run command) from its runtime unpacked once.
                return "Payara Micro (the Hub)";
            } else if (command.contains("kc.script") || command.contains("io.quarkus.bootstrap")) {
                return "Keycloak";
            } else if (command.contains("greenmail")) {
                return "mail server (GreenMail)";
            } else if (command.startsWith("postgres") || command.contains("/bin/postgres ")) {
                return "PostgreSQL";
            } else if (command.contains("plexus-classworlds") && command.contains("-Prun")) {
                return "Maven (around the launcher)";
            }
            return null;
        }

        private static long rss(Path process) {
            return field(process, "status", "VmRSS:");
        }

        private static long field(Path process, String file, String name) {
            try {
                return Files.readAllLines(process.resolve(file)).stream()
                        .filter(l -> l.startsWith(name))
                        .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                        .findFirst()
                        .orElse(0);
            } catch (IOException | RuntimeException gone) {
                return 0;
            }
        }
    }
}
