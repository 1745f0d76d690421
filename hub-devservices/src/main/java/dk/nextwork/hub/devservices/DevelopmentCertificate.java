package dk.nextwork.hub.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made once by the JDK's own {@code keytool}
 * (no OpenSSL needed) and kept in a folder: {@code localhost.pem} holds the certificate and its key for HAProxy,
 * {@code localhost.crt} the certificate alone, for a browser or client to trust. Development only: the key is not
 * protected by anything but the folder's permissions.
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

    /** The certificate in {@code folder}, made there first if it is not yet. */
    public static DevelopmentCertificate in(Path folder) {
        Path pem = folder.resolve("localhost.pem");
        Path crt = folder.resolve("localhost.crt");
        try {
            if (!Files.isRegularFile(pem) || !Files.isRegularFile(crt)) {
                make(folder, pem, crt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the development certificate could not be made: " + e.getMessage(), e);
        }
        return new DevelopmentCertificate(pem, crt);
    }

    private static void make(Path folder, Path pem, Path crt) throws IOException {
        Files.createDirectories(folder);
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
        Process keytoolRun =
                new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(keytoolRun.getInputStream().readAllBytes());
            if (!keytoolRun.waitFor(60, TimeUnit.SECONDS) || keytoolRun.exitValue() != 0) {
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool made the certificate", e);
        }
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, STORE_PASSWORD);
            Key key = keys.getKey(ALIAS, STORE_PASSWORD);
            Certificate cert = keys.getCertificate(ALIAS);
            String certText = pem("CERTIFICATE", cert.getEncoded());
            // The key in PKCS #8, which HAProxy reads after the certificate in one file.
            Path keyed = folder.resolve("localhost.pem.new");
            Files.writeString(keyed, certText + pem("PRIVATE KEY", key.getEncoded()));
            Files.setPosixFilePermissions(keyed, PosixFilePermissions.fromString("rw-------"));
            Files.move(keyed, pem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(crt, certText);
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate keytool made cannot be read: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(store);
        }
        LOG.info(() -> "Made a development certificate for localhost: " + crt);
    }

    private static String pem(String type, byte[] der) {
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
