package dk.nextwork.hub.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy's development certificate and configuration, without starting HAProxy. */
class DevelopmentCertificateTest {

    @Test
    @DisplayName("keytool's certificate is for localhost and 127.0.0.1, its key matches it, and only the owner reads"
            + " the key; a second call keeps it")
    void madeOnceForLocalhost(@TempDir Path folder) throws Exception {
        DevelopmentCertificate made = DevelopmentCertificate.in(folder.resolve("proxy"));
        String pem = Files.readString(made.pem());
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").contains("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.pem())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("proxy"))))
                .isEqualTo("rwx------");
        assertThat(folder.resolve("proxy/localhost.p12")).doesNotExist();

        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(made.certificate())));
        assertThat(cert.getSubjectAlternativeNames().stream()
                        .map(name -> String.valueOf(name.get(1)))
                        .toList())
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
        PrivateKey key = KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                        .decode(pem.substring(
                                pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                                pem.indexOf("-----END PRIVATE KEY-----")))));
        byte[] data = "NExTWORK".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(data);
        assertThat(verifier.verify(signature))
                .as("the key belongs to the certificate")
                .isTrue();

        DevelopmentCertificate again = DevelopmentCertificate.in(folder.resolve("proxy"));
        assertThat(Files.readString(again.pem())).isEqualTo(pem);
    }

    @Test
    @DisplayName("the proxy listens on loopback only, HTTP and TLS, and tells the nodes which scheme the browser used")
    void proxyConfiguration() {
        String config = HaProxy.configuration(8080, 8443, Path.of("/data/my proxy/localhost.pem"), List.of(8081, 8082));
        assertThat(config.lines().filter(line -> line.strip().startsWith("bind")))
                .containsExactly(
                        "  bind 127.0.0.1:8080", "  bind 127.0.0.1:8443 ssl crt \"/data/my proxy/localhost.pem\"");
        assertThat(config)
                .contains("  http-request set-header X-Forwarded-Proto https if { ssl_fc }\n")
                .contains("  http-request set-header X-Forwarded-Proto http if !{ ssl_fc }\n")
                .contains("  server node1 127.0.0.1:8081 check inter 2s fall 2 rise 2 cookie node1\n")
                .contains("  server node2 127.0.0.1:8082 check inter 2s fall 2 rise 2 cookie node2\n");
    }
}
