package dk.nextwork.hub.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Payara Micro as a child JVM serving one WAR at context root {@code /}: alone with {@code --nocluster} (its Hazelcast
 * would otherwise multicast on the machine's network), or as a node of a cluster whose members are listed on
 * 127.0.0.1 (TCP/IP discovery); its HTTP listener and its Hazelcast bound to 127.0.0.1 either way.
 */
public final class PayaraServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());

    /** Payara Micro's asadmin command that binds its HTTP listener to loopback only. */
    public static final String BIND_LOOPBACK = "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1";

    /**
     * Room for long request lines and headers (128 KiB instead of 8): a search such as {@code GET /api/practices?q=…}
     * with a hundred thousand characters reaches the Hub, which answers it, instead of an empty 400 from the listener.
     */
    public static final String ROOMY_HEADERS = "set configs.config.server-config.network-config.protocols"
            + ".protocol.http-listener.http.header-buffer-length-bytes=131072";

    /**
     * Every cookie Payara sets (the session cookie among them) carries {@code SameSite=Lax}: sent on a top-level
     * navigation to the Hub (the return from Keycloak's login), never with a request another site makes.
     */
    public static final List<String> SAME_SITE_LAX = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".cookie-same-site-value=Lax",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".cookie-same-site-enabled=true");

    /** No {@code Server: Payara Micro} header: the answers do not name the product the Hub runs on. */
    public static final String NO_SERVER_HEADER =
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false";

    /** Sessions kept in this server's memory only: a server alone. */
    public static final String SESSIONS_IN_MEMORY =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";

    /** Behind the cluster's proxy: the scheme the browser used, from the proxy's header. */
    public static final String FORWARDED_SCHEME =
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.scheme-mapping="
                    + "X-Forwarded-Proto";

    /** Payara's Hazelcast told to use the loopback interface (with {@link #HAZELCAST_ON_LOOPBACK}: only it). */
    public static final String HAZELCAST_INTERFACE = "set hazelcast-runtime-configuration.interface=127.0.0.1";

    /**
     * At most 16 request threads (Payara's default allows 200): the machine has two cores, and 50 threads working at
     * once only wait for each other (class loader, session and pool locks) while each holds its memory; requests beyond
     * 16 queue in the listener. The database pool holds 20, so a request thread never waits for a connection.
     */
    public static final List<String> REQUEST_THREADS = List.of(
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=16",
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=4");

    /**
     * Pages, style sheets, scripts, JSON and CSV compressed for every client that asks (browsers do): the network page's
     * 110 kB of HTML travel as a tenth of that. Answers under 1 kB are sent as they are. At zlib's fastest level (1), not
     * its default (6): compressing was half the time of the supervisor's Netværket (193 kB of HTML; 400 requests a
     * second with gzip, 615 without, on one session with 8 connections; 505 at the fastest level), and the fastest level
     * sends that HTML as 25 kB instead of 20.
     */
    public static final List<String> COMPRESSION = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".compressable-mime-type=text/html,text/css,text/javascript,application/javascript,"
                    + "application/json,application/problem+json,text/csv,image/svg+xml",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".compression-min-size-bytes=1024",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".compression-level=1");

    /**
     * Payara's Hazelcast on 127.0.0.1 only: even with {@code --nocluster} and {@code --interfaces 127.0.0.1} it
     * otherwise takes the machine's network address and listens on every interface (port 6900). Hazelcast's own
     * properties, as system properties of Payara's JVM.
     */
    public static final List<String> HAZELCAST_ON_LOOPBACK =
            List.of("-Dhazelcast.local.localAddress=127.0.0.1", "-Dhazelcast.socket.bind.any=false");

    /**
     * The Hub's JVM as the run command starts it, sized from the load benchmark on the national demo data: the heap
     * holds 115-150 MB live after the benchmark with its hundred signed-in sessions (GC.heap_info after a full
     * collection), metaspace about 145 MB (the server's and the Hub's classes), the code cache up to 55 MB. A 256 MB
     * ceiling leaves that live set room to turn over without letting the heap grow to what a collector takes when
     * allowed (with 448 MB the process stood at 870 MB after the benchmark, with 320 MB at 722-737 MB); the serial
     * collector has no collector threads or remembered sets of its own, and on two cores its young collections of a
     * few milliseconds cost the pages nothing a user sees. In a container, replace -Xms/-Xmx with
     * -XX:InitialRAMPercentage=15 -XX:MaxRAMPercentage=30 of a limit of at least 1 GB (the JVM reads the container's
     * limit itself).
     */
    public static final List<String> JVM = List.of(
            "-Xms128m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=96m",
            HAZELCAST_ON_LOOPBACK.get(0),
            HAZELCAST_ON_LOOPBACK.get(1));

    /** The class-data archive a server writes as it stops, in its work folder; used by every later start. */
    static final String CLASS_DATA = "payara.jsa";

    /**
     * System property that turns the class-data archive off ({@code false}): for tests whose work folders live for one
     * run, where writing an archive at every first stop costs more than it saves.
     */
    public static final String CLASS_DATA_SWITCH = "hub.payara.class-data";

    /** A JVM's exit status after SIGTERM (128 + 15), its shutdown having run. */
    private static final int STOPPED_BY_SIGNAL = 143;

    private final Process process;
    private final int port;
    private final Path classDataBeingWritten;
    private volatile boolean ready;

    private PayaraServer(Process process, int port, Path classDataBeingWritten) {
        this.process = process;
        this.port = port;
        this.classDataBeingWritten = classDataBeingWritten;
    }

    /**
     * Starts Payara Micro and waits until the application answers on {@code readinessPath}.
     *
     * @param systemProperties MicroProfile Config values for the Hub, passed as {@code -D} options
     * @param workFolder where Payara keeps its runtime files and the pre-boot command file
     */
    public static PayaraServer start(
            Path microJar,
            Path war,
            int port,
            String readinessPath,
            Map<String, String> systemProperties,
            Path workFolder,
            Path log) {
        return start(microJar, war, port, readinessPath, systemProperties, workFolder, null, log);
    }

    /**
     * One node of a cluster on this machine: its name, its Hazelcast port and every member's (its own among them), all
     * on 127.0.0.1 with TCP/IP discovery — never multicast.
     */
    public record Node(String name, int hazelcastPort, List<Integer> memberPorts) {
        List<String> options() {
            String members = String.join(
                    ",", memberPorts.stream().map(p -> "127.0.0.1:" + p).toList());
            return List.of(
                    "--clustermode",
                    "tcpip:" + members,
                    "--startport",
                    Integer.toString(hazelcastPort),
                    "--name",
                    name,
                    "--clustername",
                    "nextwork-hub");
        }
    }

    /**
     * Starts Payara Micro, alone ({@code node} null: {@code --nocluster}) or as a node of a cluster, and waits until the
     * application answers on {@code readinessPath}.
     */
    public static PayaraServer start(
            Path microJar,
            Path war,
            int port,
            String readinessPath,
            Map<String, String> systemProperties,
            Path workFolder,
            Node node,
            Path log) {
        try {
            Files.createDirectories(workFolder);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Path preboot = writePrebootCommands(workFolder, node != null);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path root = unpackedRuntime(java, microJar, workFolder);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(JVM);
            Path archive = workFolder.resolve(CLASS_DATA);
            Path classDataBeingWritten = null;
            if (!Boolean.parseBoolean(System.getProperty(CLASS_DATA_SWITCH, "true"))) {
                Files.deleteIfExists(archive);
            } else if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else {
                classDataBeingWritten = workFolder.resolve(CLASS_DATA + ".part");
                Files.deleteIfExists(classDataBeingWritten);
                command.add("-XX:ArchiveClassesAtExit=" + classDataBeingWritten);
            }
            // The archive's own warnings (classes it leaves out) are not the server's news.
            command.add("-Xlog:cds=off,cds+dynamic=off");
            systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of(
                    "-jar",
                    root.resolve("launch-micro.jar").toString(),
                    "--deploy",
                    war.toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    Integer.toString(port),
                    "--interfaces",
                    "127.0.0.1",
                    "--prebootcommandfile",
                    preboot.toString()));
            if (node == null) {
                command.add("--nocluster");
            } else {
                command.addAll(node.options());
            }
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // Two malloc arenas instead of glibc's eight per core: the JVM's native allocations from a hundred threads
            // otherwise spread over arenas that each keep their freed memory.
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            Process process = builder.start();
            LOG.info(() -> "Starting Payara Micro on http://localhost:" + port + " (log: " + log + ")");
            PayaraServer server = new PayaraServer(process, port, classDataBeingWritten);
            try {
                Http.await("Payara Micro (see " + log + ")", Duration.ofMinutes(10), process, () -> {
                    int status = Http.status(server.baseUrl() + readinessPath);
                    return status >= 200 && status < 400;
                });
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            server.ready = true;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Payara Micro's runtime unpacked once into {@code workFolder/micro} with a launcher whose class path names the
     * runtime's jars ({@code --outputlauncher}), and reset to its unpacked configuration before every start. Started
     * from its own jar, Payara unpacks about 250 jars at every start and loads them through a class loader of its own;
     * started this way its classes come through the JVM's application class loader, so a class-data archive
     * ({@link #CLASS_DATA}) holds them parsed and verified: the run command's server is ready 17-20 s after it starts
     * instead of 22-25 s (27-31 s of CPU instead of 35-40 s, national demo data, two cores). The folder is unpacked
     * anew, and the archive dropped, when the Payara jar or the JVM changes.
     */
    static Path unpackedRuntime(Path java, Path microJar, Path workFolder) throws IOException {
        Path root = workFolder.resolve("micro");
        Path pristine = root.resolve("config.unpacked");
        Path stamp = root.resolve("unpacked-from");
        String source = String.join(
                System.lineSeparator(),
                microJar.toAbsolutePath().toString(),
                Long.toString(Files.size(microJar)),
                Files.getLastModifiedTime(microJar).toString(),
                java.toAbsolutePath().toString(),
                System.getProperty("java.vm.version"));
        // Left by the server's earlier way of starting (unpacked afresh at every start).
        KeycloakServer.deleteRecursively(workFolder.resolve("runtime"));
        if (Files.isRegularFile(stamp)
                && Files.readString(stamp).equals(source)
                && Files.isRegularFile(root.resolve("launch-micro.jar"))
                && Files.isDirectory(pristine)) {
            // What a run leaves: the deployed application (Payara would deploy it once more before the WAR) and state.
            for (String left : List.of("applications", "autodeploy", "generated", "logs", "config")) {
                KeycloakServer.deleteRecursively(root.resolve(left));
            }
            copyFolder(pristine, root.resolve("config"));
            return root;
        }
        KeycloakServer.deleteRecursively(root);
        Files.deleteIfExists(workFolder.resolve(CLASS_DATA));
        Process unpack = new ProcessBuilder(
                        java.toString(), "-jar", microJar.toString(), "--rootdir", root.toString(), "--outputlauncher")
                .redirectErrorStream(true)
                .redirectOutput(workFolder.resolve("unpack.log").toFile())
                .start();
        try {
            if (!unpack.waitFor(5, TimeUnit.MINUTES)
                    || unpack.exitValue() != 0
                    || !Files.isRegularFile(root.resolve("launch-micro.jar"))) {
                unpack.destroyForcibly();
                throw new IOException(
                        "unpacking " + microJar + " failed (see " + workFolder.resolve("unpack.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unpack.destroyForcibly();
            throw new IOException("interrupted while unpacking " + microJar, e);
        }
        copyFolder(root.resolve("config"), pristine);
        Files.writeString(stamp, source);
        return root;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * An empty folder for Payara's runtime files. Payara Micro redeploys whatever it finds in a reused root folder
     * before deploying the WAR again, which would start the Hub twice.
     */
    public static Path freshRuntimeFolder(Path workFolder) throws IOException {
        Path runtime = workFolder.resolve("runtime");
        KeycloakServer.deleteRecursively(runtime);
        return runtime;
    }

    /**
     * Writes the pre-boot command file: the HTTP listener on loopback only, with room for long request lines, SameSite
     * cookies, no Server header, at most 16 request threads and compression.
     */
    public static Path writePrebootCommands(Path folder) throws IOException {
        return writePrebootCommands(folder, false);
    }

    /**
     * Writes the pre-boot command file; for a node of a cluster the sessions are replicated through Hazelcast and the
     * proxy's {@code X-Forwarded-Proto} tells the scheme, for a server alone sessions stay in memory (the Hub is
     * distributable, and Payara would otherwise write every session to its one-member Hazelcast at every request).
     */
    public static Path writePrebootCommands(Path folder, boolean clustered) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("preboot-commands.txt");
        List<String> commands = new ArrayList<>(List.of(BIND_LOOPBACK, ROOMY_HEADERS));
        commands.addAll(SAME_SITE_LAX);
        commands.addAll(REQUEST_THREADS);
        commands.addAll(COMPRESSION);
        commands.add(NO_SERVER_HEADER);
        commands.add(HAZELCAST_INTERFACE);
        commands.add(clustered ? FORWARDED_SCHEME : SESSIONS_IN_MEMORY);
        Files.writeString(file, String.join(System.lineSeparator(), commands) + System.lineSeparator());
        return file;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Stops the server. A server started without a class-data archive writes one as it stops (about 12 s); it is kept
     * only from a server that had become ready and then ended as a stopped JVM does (exit status 0, or 143 after the
     * stop signal): never half written by a forced stop, a crash or a failed start, which the JVM would otherwise skip
     * at every later start without a word (its archive messages are off).
     */
    @Override
    public void close() {
        if (classDataBeingWritten == null) {
            Processes.stop(process);
            return;
        }
        LOG.info(() -> "Stopping Payara Micro; it writes its class-data archive first (once, about 12 s)");
        boolean stoppedOnItsOwn = Processes.stop(process, Duration.ofSeconds(60));
        try {
            boolean stoppedCleanly =
                    stoppedOnItsOwn && ready && (process.exitValue() == 0 || process.exitValue() == STOPPED_BY_SIGNAL);
            if (stoppedCleanly && Files.isRegularFile(classDataBeingWritten)) {
                Files.move(
                        classDataBeingWritten,
                        classDataBeingWritten.resolveSibling(CLASS_DATA),
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(classDataBeingWritten);
            }
        } catch (IOException e) {
            LOG.warning(() -> "The class-data archive " + classDataBeingWritten + " was not kept: " + e.getMessage());
        }
    }
}
