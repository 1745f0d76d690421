package dk.nextwork.hub.devservices;

import dk.nextwork.hub.keycloak.NsisLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak, unpacked from the Maven-distributed server zip and started on 127.0.0.1 with the project's realm
 * imported: in development mode on its own file store (the tests), or in production mode on a PostgreSQL database (the
 * run command), so that the accounts onboarding creates are kept as durably as the Hub's data and are in its backups.
 * The unpacked server is kept between runs, so Keycloak's build step runs only once per storage; its data are kept too
 * unless the realm file changed or a fresh start is asked for.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());
    public static final String REALM = "nextwork-hub";
    /** The server's master administrator. Demo-only: this server runs on loopback with demo data. */
    public static final String DEV_ADMIN = "dev-admin";

    public static final String DEV_ADMIN_PASSWORD = "demo-only-dev-admin";
    private static final String REALM_HASH_FILE = "realm.sha256";
    private static final String EXTENSION_JAR = "nextwork-hub-keycloak-extension.jar";

    /**
     * Keycloak's own PostgreSQL database. It remembers which realm files it was imported from, so a restored backup
     * keeps its accounts, and it is emptied when the realm files change (Keycloak imports a realm only where none of
     * that name exists).
     */
    public interface Database {
        String jdbcUrl();

        String user();

        String password();

        /** The hash of the realm files the database was last emptied for, or null. */
        String importedRealms();

        /** Empties the database for an import of the realm files with this hash. */
        void reset(String realmsHash);
    }

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param distributionZip the keycloak-quarkus-dist zip from the local Maven repository
     * @param installFolder where the server is unpacked and keeps its data
     * @param realms the realms to import (the Hub's first), each as a realm file's JSON
     * @param freshData whether to drop Keycloak's data first, so the realm is imported anew
     * @param log where Keycloak's own output goes
     */
    public static KeycloakServer start(
            Path distributionZip, Path installFolder, int port, List<String> realms, boolean freshData, Path log) {
        return start(distributionZip, installFolder, port, realms, freshData, null, log);
    }

    /**
     * Starts Keycloak and waits until the realm answers; with a database, in production mode on it.
     *
     * @param database Keycloak's PostgreSQL database, or null for development mode on its file store
     */
    public static KeycloakServer start(
            Path distributionZip,
            Path installFolder,
            int port,
            List<String> realms,
            boolean freshData,
            Database database,
            Path log) {
        try {
            unpackOnce(distributionZip, installFolder);
            Path data = installFolder.resolve("data");
            String hash = sha256(String.join("\n", realms));
            Path hashFile = data.resolve(REALM_HASH_FILE);
            if (database != null) {
                if (freshData || !hash.equals(database.importedRealms())) {
                    database.reset(hash);
                }
            } else if (freshData
                    || !Files.exists(hashFile)
                    || !Files.readString(hashFile).equals(hash)) {
                deleteRecursively(data);
            }
            Path imports = data.resolve("import");
            deleteRecursively(imports);
            Files.createDirectories(imports);
            for (String realm : realms) {
                Files.writeString(imports.resolve(realmName(realm) + "-realm.json"), realm);
            }
            Files.writeString(hashFile, hash);
            installExtension(installFolder);
            Files.createDirectories(log.toAbsolutePath().getParent());

            List<String> command = new ArrayList<>(
                    List.of("bash", installFolder.resolve("bin/kc.sh").toString()));
            if (database == null) {
                command.add("start-dev");
            } else {
                // Production mode: Keycloak builds itself for PostgreSQL at the first start (and again only if these
                // build options change). Plain HTTP on loopback, as the development server; the local cache, so that
                // no cluster transport opens a port (its default stack would bind JGroups to a network interface).
                command.addAll(List.of(
                        "start",
                        "--db=postgres",
                        "--db-url=" + database.jdbcUrl(),
                        "--db-username=" + database.user(),
                        "--cache=local",
                        "--http-enabled=true"));
            }
            command.addAll(List.of(
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--hostname=http://localhost:" + port,
                    "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(installFolder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // A development Keycloak with a few hundred users: 256 MB of heap hold it with room (512 MB let it stand
            // at 620 MB of memory after the load benchmark's hundred logins).
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m");
            // The client compiler only, as Payara in the run command and the tests: Keycloak started in 5.6-6.0 s
            // instead of 7.1-7.4 s (restarts on national demo data), and its few logins need no peak speed. After any
            // options of the developer's own.
            builder.environment().merge("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1", (own, ours) -> own + " " + ours);
            if (database != null) {
                // In the environment rather than on the command line, where every local user's ps would show it.
                builder.environment().put("KC_DB_PASSWORD", database.password());
            }
            // The master realm's administrator of this development server (loopback only), for tests that look at a
            // realm from outside it. Demo-only.
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", DEV_ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD);
            LOG.info(() -> "Starting Keycloak on http://localhost:" + port + " (log: " + log + ")");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            try {
                Http.await(
                        "Keycloak (see " + log + ")",
                        Duration.ofMinutes(4),
                        server.process,
                        () -> Http.status(server.issuer() + "/.well-known/openid-configuration") == 200);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The realm's issuer URL, which is also its OpenID Connect provider URI. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    @Override
    public void close() {
        Processes.stop(process);
    }

    /**
     * Copies the Hub's Keycloak extension (module keycloak-extension) into the server's providers, only when it
     * changed: Keycloak rebuilds itself at its next start when a provider's jar changes. From a build that has not
     * packed the module yet, its classes are packed here, with fixed times so that the same classes give the same jar.
     */
    private static void installExtension(Path installFolder) throws IOException {
        byte[] jar = extensionJar();
        Path providers = installFolder.resolve("providers");
        Files.createDirectories(providers);
        Path target = providers.resolve(EXTENSION_JAR);
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), jar)) {
            return;
        }
        LOG.info(() -> "Installing the Hub's Keycloak extension into " + target);
        Files.write(target, jar);
    }

    private static byte[] extensionJar() throws IOException {
        Path location;
        try {
            location = Path.of(NsisLevel.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("The Hub's Keycloak extension could not be located", e);
        }
        if (Files.isRegularFile(location)) {
            return Files.readAllBytes(location);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes);
                Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry =
                        new ZipEntry(location.relativize(file).toString().replace('\\', '/'));
                entry.setTime(0);
                jar.putNextEntry(entry);
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void unpackOnce(Path zip, Path target) throws IOException {
        if (Files.exists(target.resolve("bin/kc.sh"))) {
            return;
        }
        if (zip == null || !Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution zip not found: " + zip);
        }
        LOG.info(() -> "Unpacking Keycloak into " + target + " (once)");
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String stripped = slash < 0 ? "" : name.substring(slash + 1);
                if (stripped.isEmpty()) {
                    continue;
                }
                Path out = partial.resolve(stripped).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        deleteRecursively(target);
        Files.move(partial, target);
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A realm file's realm name. */
    private static String realmName(String realmJson) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(realmJson)
                .path("realm")
                .asText();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
