package dk.nextwork.hub.interfaces.supervision.rest;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.common.TestClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moves the Hub's clock for tests of what happens when time passes. Exists only where
 * {@code hub.test.movable-clock=true} (the test suite); elsewhere it answers 404.
 */
@Path("test-clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.NETWORK_ADMIN)
@Tag(name = "Testing")
public class TestClockResource {

    /** How many days the clock runs ahead of the system clock; 0 puts it back. */
    public record Offset(
            @NotNull(message = "{hub.days.required}") Integer days) {}

    @Inject
    TestClock control;

    @PUT
    // Not part of the Hub's documented API: it exists for the test suite only.
    @Operation(
            operationId = "moveTestClock",
            summary = "Move the clock ahead by a number of days (network admin, test suite only)",
            hidden = true)
    public Offset move(@NotNull(message = "{hub.body.required}") Offset offset) {
        control.moveDaysAhead(offset.days());
        return offset;
    }
}
