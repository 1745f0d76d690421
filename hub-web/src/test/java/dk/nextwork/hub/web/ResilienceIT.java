package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Hub under faults: the database dropping every connection while people write, and saves racing each other. */
@DisplayName("Resilience")
class ResilienceIT extends HubTest {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 40;

    @Test
    @DisplayName("the database's connections killed under a write load: no 500, no acknowledged write lost, the Hub"
            + " answering again within seconds")
    void databaseDropsConnections() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String consultant = token(m.consultant());
        List<Long> practices = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Api.Answer created = api.post(
                    "/api/practices",
                    consultant,
                    Json.object(
                            "title",
                            "Skriveprøve " + i + " " + m.slug(),
                            "principles",
                            List.of("MM"),
                            "activities",
                            List.of("TEAM"),
                            "publish",
                            true));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            practices.add(created.json().path("id").asLong());
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Long, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        Map<Long, AtomicInteger> uncertain = new ConcurrentHashMap<>();
        CountDownLatch halfway = new CountDownLatch(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (long practice : practices) {
            writers.add(pool.submit(() -> {
                for (int n = 0; n < WRITES_EACH; n++) {
                    if (n == WRITES_EACH / 2) {
                        halfway.countDown();
                    }
                    Api.Answer answer = api.post(
                            "/api/practices/" + practice + "/comments",
                            consultant,
                            Json.object("text", "Kommentar " + n));
                    statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (answer.status() == 200) {
                        acknowledged
                                .computeIfAbsent(practice, p -> new AtomicInteger())
                                .incrementAndGet();
                    } else {
                        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                        assertThat(answer.raw().headers().firstValue("Retry-After"))
                                .isPresent();
                        if (answer.json().path("type").asText().endsWith("outcome-unknown")) {
                            // Lost while committing: the answer says the comment may have been kept.
                            uncertain
                                    .computeIfAbsent(practice, p -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        // Killed again while the pool replaces them: a request then finds the connection it holds thrown away, or
        // the pool unable to hand one out, news that carries no SQL state.
        int killed = killHubConnections();
        for (int again = 0; again < 3; again++) {
            Thread.sleep(300);
            killed += killHubConnections();
        }
        for (Future<?> writer : writers) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(killed).as("connections killed").isPositive();
        assertThat(statuses).doesNotContainKey(500);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int status;
        do {
            status = api.get("/api/practices/" + practices.get(0), consultant).status();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(200);
        for (long practice : practices) {
            JsonNode stored = api.get("/api/practices/" + practice, consultant).json();
            int ok = acknowledged.getOrDefault(practice, new AtomicInteger()).get();
            int maybe = uncertain.getOrDefault(practice, new AtomicInteger()).get();
            assertThat(stored.path("comments").size())
                    .as(
                            "every acknowledged comment kept, no refused one (%d acknowledged, %d outcome unknown;"
                                    + " answers %s)",
                            ok, maybe, statuses)
                    .isBetween(ok, ok + maybe);
        }
    }

    /** Ends every database connection the Hub holds, as a database restart or a network drop would. */
    private int killHubConnections() throws Exception {
        try (Connection c = servers.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = 'nextwork-hub' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
