package dk.nextwork.hub.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made once by the JDK's own {@code keytool}
 * (no OpenSSL needed) and kept in a folder: {@code localhost.pem} holds the certificate and its key for HAProxy,
 * {@code localhost.crt} the certificate alone, for a browser or client to trust. Made again when it has less than 30
 * days left. Development only: the key has no password; the file holding it is readable by its owner alone, made so
 * before the key is written.
 */
public final class DevelopmentCertificate {

    private static final Logger LOG = Logger.getLogger(DevelopmentCertificate.class.getName());
    private static final String ALIAS = "localhost";
    /** Only opens the keystore keytool writes and removes at once; not a secret. */
    private static final char[] STORE_PASSWORD = "development-only".toCharArray();

    private final Path pem;
    private final Path certificate;

    private DevelopmentCertificate(Path pem, Path certificate) {
        this.pem = pem;
        this.certificate = certificate;
    }

    /** The certificate in {@code folder}, made there first if it is not yet or expires within 30 days. */
    public static DevelopmentCertificate in(Path folder) {
        Path pem = folder.resolve("localhost.pem");
        Path crt = folder.resolve("localhost.crt");
        try {
            if (!Files.isRegularFile(pem) || !Files.isRegularFile(crt) || expiresSoon(crt)) {
                make(folder, pem, crt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the development certificate could not be made: " + e.getMessage(), e);
        }
        return new DevelopmentCertificate(pem, crt);
    }

    private static boolean expiresSoon(Path crt) throws IOException {
        try (InputStream in = Files.newInputStream(crt)) {
            X509Certificate cert =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return cert.getNotAfter().toInstant().isBefore(Instant.now().plus(Duration.ofDays(30)));
        } catch (GeneralSecurityException e) {
            return true; // unreadable: made again
        }
    }

    private static void make(Path folder, Path pem, Path crt) throws IOException {
        Files.createDirectories(folder);
        // keytool writes the key into a keystore there first: a folder only its owner enters.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Path store = folder.resolve("localhost.p12");
        Files.deleteIfExists(store);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                ALIAS,
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost, O=NExTWORK Hub development",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "825",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                new String(STORE_PASSWORD));
        Path output = Files.createTempFile("keytool-", ".log");
        Process keytoolRun = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!keytoolRun.waitFor(60, TimeUnit.SECONDS)) {
                keytoolRun.destroyForcibly();
                throw new IOException("keytool did not finish within 60 s");
            }
            if (keytoolRun.exitValue() != 0) {
                throw new IOException("keytool failed: "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            keytoolRun.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool made the certificate", e);
        } finally {
            Files.deleteIfExists(output);
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, STORE_PASSWORD);
            Key key = keys.getKey(ALIAS, STORE_PASSWORD);
            Certificate cert = keys.getCertificate(ALIAS);
            String certText = block("CERTIFICATE", cert.getEncoded());
            // The key in PKCS #8, which HAProxy reads after the certificate in one file.
            Path keyed = folder.resolve("localhost.pem.new");
            Files.deleteIfExists(keyed);
            Files.createFile(keyed, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyed, certText + block("PRIVATE KEY", key.getEncoded()));
            Files.move(keyed, pem, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(crt, certText);
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate keytool made cannot be read: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(store);
        }
        LOG.info(() -> "Made a development certificate for localhost: " + crt);
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The certificate and its key, for HAProxy's {@code crt}. */
    public Path pem() {
        return pem;
    }

    /** The certificate alone (PEM), to trust it. */
    public Path certificate() {
        return certificate;
    }

    /** A TLS context that trusts this certificate and nothing else, for a client of the development proxy. */
    public SSLContext trustingIt() {
        try (InputStream in = Files.newInputStream(certificate)) {
            X509Certificate cert =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry(ALIAS, cert);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the development certificate cannot be trusted: " + e.getMessage(), e);
        }
    }
}
