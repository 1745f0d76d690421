package dk.nextwork.hub.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /metrics} (Prometheus format, from Payara's MicroProfile Metrics) is for the monitoring system, which has no
 * user login: it is answered only to the addresses in {@code hub.metrics.allowed-addresses} (by default this machine
 * itself), and 403 to anyone else.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "hub.metrics.allowed-addresses", defaultValue = "127.0.0.1,0:0:0:0:0:0:0:1,::1")
    String allowed;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> addresses =
                Arrays.stream(allowed.split(",")).map(String::strip).toList();
        if (!addresses.contains(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
