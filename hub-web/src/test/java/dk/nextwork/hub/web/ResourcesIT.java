package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a browser keeps and how pages travel: versioned resource addresses, a year's caching, compression. */
@DisplayName("Resources and compression")
class ResourcesIT extends HubTest {

    /** HTTP/1.1 as browsers speak it over plain http (Java's client would otherwise offer an upgrade to h2c). */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @DisplayName("the Hub's own style sheet and script are addressed by their content and kept for a year")
    void ownResourcesVersioned() throws Exception {
        String page = WebSession.anonymous(servers.hub()).body("/tilgaengelighed.xhtml");
        for (String file : new String[] {"css/hub.css", "js/hub.js"}) {
            byte[] content = Files.readAllBytes(Path.of("src/main/webapp/resources", file));
            CRC32 crc = new CRC32();
            crc.update(content);
            String expected = "/jakarta.faces.resource/" + file + ".xhtml?v="
                    + HexFormat.of().toHexDigits((int) crc.getValue());
            Matcher address = Pattern.compile("\"(/jakarta\\.faces\\.resource/" + Pattern.quote(file) + "[^\"]*)\"")
                    .matcher(page);
            assertThat(address.find()).as("%s on the page", file).isTrue();
            assertThat(address.group(1)).isEqualTo(expected);

            HttpResponse<byte[]> answer = get(expected, false);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=31536000");
            assertThat(answer.body()).isEqualTo(content);
        }
    }

    @Test
    @DisplayName("a page travels compressed to a browser that accepts gzip, and as it is to one that does not")
    void pagesCompressed() throws Exception {
        HttpResponse<byte[]> plain = get("/tilgaengelighed.xhtml", false);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> gzip = get("/tilgaengelighed.xhtml", true);
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] unpacked;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            unpacked = in.readAllBytes();
        }
        assertThat(gzip.body().length).isLessThan(unpacked.length / 2);
        assertThat(new String(unpacked, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<html")
                .contains("</html>");
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(servers.hub() + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
