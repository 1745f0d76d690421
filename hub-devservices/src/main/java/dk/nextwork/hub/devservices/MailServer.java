package dk.nextwork.hub.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A real SMTP server for development and the tests: GreenMail's standalone server (from Maven Central), started as a
 * child process on 127.0.0.1. It takes every mail for any address without a login, keeps them in memory and shows them
 * through its REST API and web view ({@link #webView()}: {@code GET /api/user/{address}/messages/INBOX} gives an
 * address's mails with their raw MIME).
 */
public final class MailServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailServer.class.getName());

    private final Process process;
    private final int smtpPort;
    private final int apiPort;

    private MailServer(Process process, int smtpPort, int apiPort) {
        this.process = process;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
    }

    /**
     * Starts the server and waits until its API answers.
     *
     * @param jar the greenmail-standalone jar from the local Maven repository
     * @param log where its own output goes
     */
    public static MailServer start(Path jar, int smtpPort, int apiPort, Path log) {
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("GreenMail standalone jar not found: " + jar);
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(SmallJvm.options("64m"));
            command.addAll(List.of(
                    "-Dgreenmail.smtp.hostname=127.0.0.1",
                    "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.api.hostname=127.0.0.1",
                    "-Dgreenmail.api.port=" + apiPort,
                    "-Dgreenmail.auth.disabled",
                    "-jar",
                    jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            MailServer server = new MailServer(builder.start(), smtpPort, apiPort);
            LOG.info(() -> "Starting the mail server: SMTP on 127.0.0.1:" + smtpPort + ", sent mails at "
                    + server.webView() + " (log: " + log + ")");
            try {
                Http.await(
                        "the mail server (see " + log + ")",
                        Duration.ofMinutes(1),
                        server.process,
                        () -> Http.status(server.api() + "/service/readiness") == 200);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("the mail server could not start: " + e.getMessage(), e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int apiPort() {
        return apiPort;
    }

    public long pid() {
        return process.pid();
    }

    /** The web view of what was sent (GreenMail's API explorer). */
    public String webView() {
        return "http://localhost:" + apiPort + "/";
    }

    /** The REST API's base, such as {@code http://localhost:8025/api}. */
    public String api() {
        return "http://localhost:" + apiPort + "/api";
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
