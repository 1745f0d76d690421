package dk.nextwork.hub.launcher;

import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.SmallJvm;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What the run command ({@code ./mvnw verify -Prun}) calls inside Maven: it starts {@link HubLauncher} as a small JVM
 * of its own, shows its output until the Hub is ready, and returns, so Maven's JVM ends instead of staying alive around
 * the servers (it held 0.6–1 GB for as long as the Hub ran). The launcher then runs in the background with its output in
 * {@code .hub-data/logs/launcher.log} and its process id in {@code .hub-data/hub.pid}; {@code kill $(cat
 * .hub-data/hub.pid)} stops it and every server it started. Interrupted before the Hub is ready (Ctrl-C), it stops the
 * launcher too.
 */
public final class HubStarter {

    private static final Logger LOG = Logger.getLogger(HubStarter.class.getName());

    /** The line the launcher writes when every server answers. */
    static final String READY = "NExTWORK Hub is ready";

    /**
     * The launcher's own JVM: it only starts processes and waits. Unpacking PostgreSQL's binaries on a first start is
     * what needs the heap.
     */
    static final List<String> LAUNCHER_JVM = SmallJvm.options("128m");

    private HubStarter() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(required("hub.launcher.data"));
        Path pidFile = data.resolve("hub.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            // A launcher still running, not a process that took the number over after a restart of the machine.
            if (ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .flatMap(p -> p.info().commandLine())
                    .filter(line -> line.contains(HubLauncher.class.getName()))
                    .isPresent()) {
                throw new IllegalStateException("the Hub is already running (process " + pid + "); stop it with kill "
                        + pid + " (kill $(cat " + pidFile + "))");
            }
        }
        Path log = data.resolve("logs").resolve("launcher.log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Files.createFile(log);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_JVM);
        for (Map.Entry<Object, Object> p : System.getProperties().entrySet()) {
            String name = p.getKey().toString();
            if (name.startsWith("hub.") || name.equals("keycloak.version")) {
                command.add("-D" + name + "=" + p.getValue());
            }
        }
        command.addAll(List.of("-cp", frozen(required("hub.launcher.classpath"), data), HubLauncher.class.getName()));
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        launcher.getOutputStream().close(); // it reads nothing
        Files.writeString(pidFile, launcher.pid() + System.lineSeparator());
        Thread stopIfNotReady = new Thread(launcher::destroy, "hub-starter-stop");
        Runtime.getRuntime().addShutdownHook(stopIfNotReady);

        boolean ready = follow(log, launcher);
        if (!ready) {
            Files.deleteIfExists(pidFile);
            throw new IllegalStateException(
                    "the Hub did not start (the launcher's output is above and in " + log + ")");
        }
        Runtime.getRuntime().removeShutdownHook(stopIfNotReady);
        LOG.info(() -> String.join(
                System.lineSeparator(),
                "The Hub runs in the background (launcher process " + launcher.pid() + ", its output in " + log + ").",
                "  Stop it and every server it started: kill $(cat " + pidFile + ")"));
    }

    /**
     * Copies the launcher's output here until it says it is ready (true) or ends (false). The bytes go to the console
     * as the launcher wrote them (its own log lines, already formatted), not through a logger of this process.
     */
    private static boolean follow(Path log, Process launcher) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        try (RandomAccessFile in = new RandomAccessFile(log.toFile(), "r")) {
            StringBuilder line = new StringBuilder();
            boolean sawReady = false;
            while (Instant.now().isBefore(deadline)) {
                byte[] chunk = new byte[8192];
                int n = in.read(chunk);
                if (n > 0) {
                    System.out.write(chunk, 0, n);
                    System.out.flush();
                    // The ready line is ASCII: a character split between two chunks cannot hide it.
                    String text = new String(chunk, 0, n, StandardCharsets.UTF_8);
                    line.append(text);
                    sawReady |= line.indexOf(READY) >= 0;
                    int lastBreak = line.lastIndexOf("\n");
                    if (lastBreak >= 0) {
                        line.delete(0, lastBreak + 1);
                    }
                    continue;
                }
                if (sawReady && in.getFilePointer() == in.length()) {
                    // The ready message is several lines; give the launcher a moment to finish writing it.
                    Thread.sleep(300);
                    if (in.getFilePointer() == in.length()) {
                        return true;
                    }
                    continue;
                }
                if (!launcher.isAlive() && in.getFilePointer() == in.length()) {
                    return false;
                }
                Thread.sleep(100);
            }
            launcher.destroy();
            return false;
        }
    }

    /**
     * The launcher's class path with the project's own parts (its modules' classes and jars) copied into
     * {@code .hub-data/launcher/}: a build while the Hub runs (the backup command builds too) rewrites them, and the
     * launcher loads some classes only when it stops the servers. Libraries from the Maven repository stay where they
     * are; they do not change under a version.
     */
    static String frozen(String classpath, Path data) throws IOException {
        Path project = data.toAbsolutePath().getParent();
        Path copies = data.resolve("launcher");
        KeycloakServer.deleteRecursively(copies);
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (entry.isBlank() || !path.startsWith(project) || !Files.exists(path)) {
                entries.add(entry);
                continue;
            }
            Path copy = copies.resolve(index++ + "-" + path.getFileName());
            copyTree(path, copy);
            entries.add(copy.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("missing system property " + name + " (start with ./mvnw verify -Prun)");
        }
        return value;
    }
}
