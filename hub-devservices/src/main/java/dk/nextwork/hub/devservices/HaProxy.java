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
 * HAProxy from Debian's package in front of the Hub's nodes, on 127.0.0.1: round robin with a cookie that keeps a
 * browser on its node while that node is healthy ({@code /health/ready} every 2 s, out after two failures) and sends it
 * to another when not, the forwarding headers set; plain HTTP on one port and TLS with a {@link DevelopmentCertificate}
 * on a second, and no other port. Installed where missing by {@code .ci/install-proxy}.
 */
public final class HaProxy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HaProxy.class.getName());
    /** Where Debian's package puts the program. */
    public static final Path PROGRAM = Path.of("/usr/sbin/haproxy");
    /** The cookie naming the node a browser stays on. */
    public static final String NODE_COOKIE = "HUBNODE";

    private final Process process;
    private final int port;
    private final int tlsPort;

    private HaProxy(Process process, int port, int tlsPort) {
        this.process = process;
        this.port = port;
        this.tlsPort = tlsPort;
    }

    /** Whether the program is installed. */
    public static boolean installed() {
        return Files.isExecutable(PROGRAM);
    }

    /**
     * Starts HAProxy on {@code port} (HTTP) and {@code tlsPort} (HTTPS with the certificate) in front of the nodes'
     * ports and waits until both answer.
     *
     * @param folder where its configuration is written
     */
    public static HaProxy start(
            int port, int tlsPort, DevelopmentCertificate certificate, List<Integer> nodePorts, Path folder, Path log) {
        if (!installed()) {
            throw new IllegalStateException(
                    "HAProxy is not installed (" + PROGRAM + "): run .ci/install-proxy (Debian's haproxy package)");
        }
        try {
            Files.createDirectories(folder);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Path config = folder.resolve("haproxy.cfg");
            Files.writeString(config, configuration(port, tlsPort, certificate.pem(), nodePorts));
            ProcessBuilder builder = new ProcessBuilder(List.of(PROGRAM.toString(), "-db", "-f", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            LOG.info(() -> "Starting HAProxy on http://localhost:" + port + " and https://localhost:" + tlsPort
                    + " before " + nodePorts + " (log: " + log + ")");
            HaProxy proxy = new HaProxy(builder.start(), port, tlsPort);
            try {
                Http.await(
                        "HAProxy (see " + log + ")",
                        Duration.ofSeconds(30),
                        proxy.process,
                        () -> Ports.inUse(port) && Ports.inUse(tlsPort));
            } catch (RuntimeException e) {
                proxy.close();
                throw e;
            }
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy could not start: " + e.getMessage(), e);
        }
    }

    /**
     * The configuration: HTTP and HTTPS on loopback, sticky by cookie, health-checked nodes, redispatch when one is
     * down.
     */
    static String configuration(int port, int tlsPort, Path pem, List<Integer> nodePorts) {
        List<String> lines = new ArrayList<>(List.of(
                "global",
                "  maxconn 1024",
                "  ssl-default-bind-options ssl-min-ver TLSv1.2",
                "defaults",
                "  mode http",
                "  option httplog",
                "  log stdout format raw local0 notice",
                "  timeout connect 5s",
                "  timeout client 120s",
                "  timeout server 120s",
                "  retries 2",
                // A request whose node is down goes to another node, with the session cookie it carries.
                "  option redispatch",
                "frontend hub",
                "  bind 127.0.0.1:" + port,
                "  bind 127.0.0.1:" + tlsPort + " ssl crt \"" + pem.toAbsolutePath() + "\"",
                "  option forwardfor",
                // The scheme the browser used, which the nodes build their links and the login's return address from.
                "  http-request set-header X-Forwarded-Proto https if { ssl_fc }",
                "  http-request set-header X-Forwarded-Proto http if !{ ssl_fc }",
                "  http-request set-header X-Forwarded-Host %[req.hdr(host)]",
                "  default_backend nodes",
                "backend nodes",
                "  balance roundrobin",
                "  cookie " + NODE_COOKIE + " insert indirect nocache httponly attr SameSite=Lax",
                "  option httpchk GET /health/ready",
                "  http-check expect status 200"));
        for (int i = 0; i < nodePorts.size(); i++) {
            lines.add("  server node" + (i + 1) + " 127.0.0.1:" + nodePorts.get(i)
                    + " check inter 2s fall 2 rise 2 cookie node" + (i + 1));
        }
        return String.join("\n", lines) + "\n";
    }

    public int port() {
        return port;
    }

    public int tlsPort() {
        return tlsPort;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
