package dk.nextwork.hub.web.benchmark;

import dk.nextwork.hub.web.HubServers;
import dk.nextwork.hub.web.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The network picture under load, on the national demo data (98 municipalities × 40 half-years, started by the
 * {@code load-benchmark} profile): 50 concurrent users on loopback, each sending its next request as soon as the last
 * is answered, against {@code GET /api/network} (a supervisor's token), the page {@code /netvaerk.xhtml} (50 logged-in
 * browser sessions) and, in the same run with the same token, {@code GET /api/me} as the trivial baseline. It prints
 * p50/p95/max and requests per second, and the ratios to the baseline, and asserts nothing about them. Run with
 * {@code ./mvnw -pl hub-web -am verify -Pload-benchmark}.
 */
@ExtendWith(HubServers.class)
public class NetworkLoadBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int REQUESTS_PER_USER = Integer.getInteger("bench.requests", 40);
    static final int WARMUP_PER_USER = 10;

    /** Requests per user in the paced runs, where each user pauses as people do (0.5 to 1.5 s) between requests. */
    static final int PACED_PER_USER = Integer.getInteger("bench.paced", 15);

    /** One measured run: every request's latency in nanoseconds and the wall-clock time of the whole run. */
    record Run(String name, long[] latencies, long wallNanos, long bytes) {

        double rps() {
            return latencies.length / (wallNanos / 1e9);
        }

        double millis(int percentile) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String line() {
            return String.format(
                    "  %-22s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  %7.1f req/s  (%d requests, %d kB per answer)",
                    name, millis(50), millis(95), millis(100), rps(), latencies.length, bytes / 1024);
        }
    }

    @Test
    void networkPictureAtFiftyUsers(HubServers.Servers servers) throws Exception {
        String data = national(servers);
        String token = servers.token("supervisor.anna");
        ExecutorService clientThreads = Executors.newFixedThreadPool(USERS);
        HttpClient http = HttpClient.newBuilder()
                .executor(clientThreads)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Function<String, Callable<Integer>> api = path -> () -> {
            HttpResponse<byte[]> answer = http.send(
                    HttpRequest.newBuilder(URI.create(servers.hub() + path))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new AssertionError(path + " answered " + answer.statusCode());
            }
            return answer.body().length;
        };
        List<WebSession> sessions = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            sessions.add(WebSession.logIn(servers.hub(), "supervisor.anna"));
        }

        Function<Integer, Callable<Integer>> me = u -> api.apply("/api/me");
        Function<Integer, Callable<Integer>> network = u -> api.apply("/api/network");
        Function<Integer, Callable<Integer>> page =
                u -> () -> sessions.get(u).text("/netvaerk.xhtml").length();

        // Saturation: every user sends its next request as soon as the last is answered, so the server's
        // throughput shows. Baseline first and last, so a warmer server later in the run shows as a difference.
        List<Run> runs = new ArrayList<>();
        runs.add(load("GET /api/me", me, REQUESTS_PER_USER, false));
        runs.add(load("GET /api/network", network, REQUESTS_PER_USER, false));
        runs.add(load("GET /netvaerk.xhtml", page, REQUESTS_PER_USER, false));
        runs.add(load("GET /api/me (again)", me, REQUESTS_PER_USER, false));
        // Paced: the same 50 users working as people do, pausing between requests, so the latency shows.
        List<Run> paced = new ArrayList<>();
        paced.add(load("GET /api/me", me, PACED_PER_USER, true));
        paced.add(load("GET /api/network", network, PACED_PER_USER, true));
        paced.add(load("GET /netvaerk.xhtml", page, PACED_PER_USER, true));

        Run baseline = runs.get(0);
        StringBuilder report = new StringBuilder(String.format(
                "Network picture load benchmark on %s, %d concurrent users on loopback%n"
                        + " Saturation (%d requests each after %d warm-up, no pause between requests):%n",
                data, USERS, REQUESTS_PER_USER, WARMUP_PER_USER));
        runs.forEach(r -> report.append(r.line()).append(System.lineSeparator()));
        for (Run r : runs.subList(1, 3)) {
            report.append(String.format(
                    "  %-22s throughput %.2f × the baseline's, p95 %.1f × the baseline's%n",
                    r.name(), r.rps() / baseline.rps(), r.millis(95) / baseline.millis(95)));
        }
        report.append(String.format(" Paced (%d requests each, a pause of 0.5–1.5 s before each):%n", PACED_PER_USER));
        paced.forEach(r -> report.append(r.line()).append(System.lineSeparator()));
        Run pacedBaseline = paced.get(0);
        for (Run r : paced.subList(1, 3)) {
            report.append(String.format(
                    "  %-22s p95 %.1f × the baseline's%n", r.name(), r.millis(95) / pacedBaseline.millis(95)));
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "network-load-benchmark.txt"), report.toString());
        clientThreads.shutdownNow();
    }

    /** Every user sends its requests one after the other, all users at once; the warm-up is not measured. */
    private static Run load(String name, Function<Integer, Callable<Integer>> request, int count, boolean paced)
            throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        try {
            run(users, request, WARMUP_PER_USER, false);
            long started = System.nanoTime();
            List<long[]> measured = run(users, request, count, paced);
            long wall = System.nanoTime() - started;
            long[] latencies = new long[USERS * count];
            long bytes = 0;
            int i = 0;
            for (long[] user : measured) {
                for (int r = 0; r < count; r++) {
                    latencies[i++] = user[r];
                }
                bytes = user[count];
            }
            return new Run(name, latencies, wall, bytes);
        } finally {
            users.shutdownNow();
        }
    }

    private static List<long[]> run(
            ExecutorService users, Function<Integer, Callable<Integer>> request, int count, boolean paced)
            throws Exception {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            Callable<Integer> call = request.apply(u);
            java.util.Random pauses = new java.util.Random(u);
            futures.add(users.submit(() -> {
                long[] latencies = new long[count + 1];
                for (int r = 0; r < count; r++) {
                    if (paced) {
                        Thread.sleep(500 + pauses.nextInt(1000));
                    }
                    long t0 = System.nanoTime();
                    int size = call.call();
                    latencies[r] = System.nanoTime() - t0;
                    latencies[count] = size;
                }
                return latencies;
            }));
        }
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    /** What the run measured on: the national data's size, read from the database. */
    private static String national(HubServers.Servers servers) throws Exception {
        try (Connection c = SearchBenchmark.connect(servers.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM municipality),"
                        + " (SELECT count(*) FROM reporting_period), (SELECT count(*) FROM assessment"
                        + " WHERE state = 'APPROVED')")) {
            rs.next();
            if (rs.getInt(1) < 98) {
                throw new AssertionError("the national demo data is missing: run with -Pload-benchmark");
            }
            return rs.getInt(1) + " municipalities, " + rs.getInt(2) + " periods, " + rs.getInt(3)
                    + " approved reports";
        }
    }
}
