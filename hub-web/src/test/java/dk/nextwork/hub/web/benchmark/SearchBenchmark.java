package dk.nextwork.hub.web.benchmark;

import dk.nextwork.hub.domain.model.practice.PracticeQuery;
import dk.nextwork.hub.infrastructure.persistence.PracticeSearchSql;
import dk.nextwork.hub.web.HubServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search over 50,000 generated practices: p50 and p95 latency of the search query itself (JDBC, the exact statement
 * the Hub runs) and of {@code GET /api/practices?q=…} (HTTP with a real token, through Payara). It prints figures and
 * asserts nothing about them. Run with {@code ./mvnw -pl hub-web -am verify -Pbenchmark}.
 */
@ExtendWith(HubServers.class)
public class SearchBenchmark {

    static final int PRACTICES = Integer.getInteger("bench.practices", 50_000);
    static final int WARMUP = 100;
    static final int MEASURED = 500;

    @Test
    void searchOverFiftyThousandPractices(HubServers.Servers servers) throws Exception {
        try (Connection c = connect(servers.jdbcUrl())) {
            long started = System.nanoTime();
            seed(c);
            Duration seeding = Duration.ofNanos(System.nanoTime() - started);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE practice; ANALYZE practice_principle; ANALYZE practice_activity");
            }
            PracticeTexts queries = new PracticeTexts(7);
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                terms.add(queries.query());
            }
            long[] sql = new long[MEASURED];
            int[] hits = new int[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long t0 = System.nanoTime();
                int n = query(c, terms.get(i));
                long elapsed = System.nanoTime() - t0;
                if (i >= WARMUP) {
                    sql[i - WARMUP] = elapsed;
                    hits[i - WARMUP] = n;
                }
            }
            String token = servers.token("consultant.roskilde");
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long[] rest = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(servers.hub() + "/api/practices?q="
                                + URLEncoder.encode(terms.get(i), StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token)
                        .build();
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long elapsed = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    throw new AssertionError("search answered " + response.statusCode() + ": " + response.body());
                }
                if (i >= WARMUP) {
                    rest[i - WARMUP] = elapsed;
                }
            }
            String report = String.format(
                    "Practice search benchmark (%d practices, %d measured searches after %d warm-up, limit 20,"
                            + " relevance order)%n"
                            + "  seeding: %d s%n"
                            + "  search query (JDBC):        p50 %.1f ms  p95 %.1f ms  max %.1f ms  (median hits %d)%n"
                            + "  GET /api/practices?q=… :    p50 %.1f ms  p95 %.1f ms  max %.1f ms%n",
                    PRACTICES,
                    MEASURED,
                    WARMUP,
                    seeding.toSeconds(),
                    millis(percentile(sql, 50)),
                    millis(percentile(sql, 95)),
                    millis(percentile(sql, 100)),
                    Arrays.stream(hits).sorted().toArray()[MEASURED / 2],
                    millis(percentile(rest, 50)),
                    millis(percentile(rest, 95)),
                    millis(percentile(rest, 100)));
            System.out.println(report);
            Files.writeString(Path.of("target", "search-benchmark.txt"), report);
        }
    }

    /**
     * A connection configured like the Hub's data source (statements prepared on the server from their fifth run, every
     * execution planned for its own parameters).
     */
    public static Connection connect(String jdbcUrl) throws java.sql.SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "hub");
        properties.setProperty("password", "hub");
        properties.setProperty("prepareThreshold", "5");
        properties.setProperty("options", "-c plan_cache_mode=force_custom_plan");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** One search as the Hub runs it: one statement, both tiers in it. */
    public static int query(Connection c, String text) throws Exception {
        return run(c, PracticeSearchSql.of(new PracticeQuery(text, null, null, null, false, "roskilde", 20)));
    }

    private static int run(Connection c, PracticeSearchSql search) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(search.sql())) {
            for (int i = 0; i < search.parameters().size(); i++) {
                ps.setObject(i + 1, search.parameters().get(i));
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    public static void seed(Connection c) throws Exception {
        PracticeTexts texts = new PracticeTexts(42);
        String[] principles = {"AI", "MM", "MS"};
        String[] activities = {"PRAKTIK", "UNGENETVAERK", "EVENTS", "VIRKSOMHEDSNETVAERK", "TEAM"};
        c.setAutoCommit(false);
        List<Long> municipalities = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM municipality ORDER BY id")) {
            while (rs.next()) {
                municipalities.add(rs.getLong(1));
            }
        }
        Instant now = Instant.now();
        try (PreparedStatement practice = c.prepareStatement(
                        "INSERT INTO practice (municipality_id, author, title, summary, body, body_text, status,"
                                + " created_at, updated_at) VALUES (?, 'benchmark', ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement principle =
                        c.prepareStatement("INSERT INTO practice_principle (practice_id, principle) VALUES (?, ?)");
                PreparedStatement activity =
                        c.prepareStatement("INSERT INTO practice_activity (practice_id, activity) VALUES (?, ?)")) {
            for (int i = 0; i < PRACTICES; i++) {
                String body = texts.body();
                Timestamp at = Timestamp.from(now.minusSeconds(60L * (PRACTICES - i)));
                practice.setLong(1, municipalities.get(texts.nextInt(municipalities.size())));
                practice.setString(2, texts.title());
                practice.setString(3, texts.summary());
                practice.setString(4, body);
                practice.setString(5, body.replaceAll("<[^>]*>", " ").strip());
                practice.setString(6, texts.nextInt(10) == 0 ? "DRAFT" : "PUBLISHED");
                practice.setTimestamp(7, at);
                practice.setTimestamp(8, at);
                practice.executeUpdate();
                long id;
                try (ResultSet keys = practice.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                principle.setLong(1, id);
                principle.setString(2, principles[texts.nextInt(3)]);
                principle.addBatch();
                activity.setLong(1, id);
                activity.setString(2, activities[texts.nextInt(5)]);
                activity.addBatch();
                if (i % 1000 == 999) {
                    principle.executeBatch();
                    activity.executeBatch();
                    c.commit();
                }
            }
            principle.executeBatch();
            activity.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
