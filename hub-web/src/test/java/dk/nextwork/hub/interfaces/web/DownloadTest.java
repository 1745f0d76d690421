package dk.nextwork.hub.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A download answers a refusal with the status the route gate would give")
class DownloadTest {

    /** The statuses the response was sent, and nothing else it was asked. */
    private final List<Integer> sent = new ArrayList<>();

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("sendError")) {
                    sent.add((Integer) args[0]);
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private Optional<String> make(Supplier<String> content) throws Exception {
        return Download.make(response, content);
    }

    @Test
    @DisplayName("the file's content when it can be made, with no status sent")
    void made() throws Exception {
        assertThat(make(() -> "a;b")).contains("a;b");
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("input the service cannot read is 400, a caller it refuses 403, nothing there 404, a state that"
            + " does not allow it 409 — and no content")
    void refusals() throws Exception {
        assertThat(make(() -> {
                    throw new InvalidInputException("fra", "x");
                }))
                .isEmpty();
        assertThat(make(() -> {
                    throw new AccessDeniedException("x");
                }))
                .isEmpty();
        assertThat(make(() -> {
                    throw new NotFoundException("x");
                }))
                .isEmpty();
        assertThat(make(() -> {
                    throw new ConflictException(Message.of("x"));
                }))
                .isEmpty();
        assertThat(sent).containsExactly(400, 403, 404, 409);
    }

    @Test
    @DisplayName("anything else is no refusal: it goes on to the error page")
    void anythingElse() {
        assertThatThrownBy(() -> make(() -> {
                    throw new IllegalStateException("broken");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("a sheet's name keeps to Excel's rules: at most 31 characters, none of []:*?/\\")
    void sheetName() {
        assertThat(Download.sheetName("Kalibrering: år [2026]/H1?")).isEqualTo("Kalibrering  år  2026  H1");
        assertThat(Download.sheetName("Udfald for de unge i netværkets kommuner"))
                .hasSize(31);
    }
}
