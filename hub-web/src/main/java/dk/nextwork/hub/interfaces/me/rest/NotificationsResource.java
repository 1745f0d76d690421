package dk.nextwork.hub.interfaces.me.rest;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notifications and their choices of language and of how they are told. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.EVERY_ROLE)
@Tag(name = "Me")
public class NotificationsResource {

    /** How many of the caller's notifications are unread. */
    public record Unread(long unread) {}

    /**
     * A change of choices: the language ({@code da} or {@code en}) and, per kind, {@code IMMEDIATE}, {@code WEEKLY}
     * or {@code OFF}; what is left out stays as it was.
     */
    public record SettingsChange(String language, Map<String, String> modes) {}

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @GET
    @Path("notifications")
    @Operation(
            operationId = "getNotifications",
            summary = "The caller's latest notifications, newest first, in their language, and how many are unread")
    public NotificationService.Inbox inbox() {
        return notifications.inbox(user.caller());
    }

    @POST
    @Path("notifications/read")
    @Operation(operationId = "markNotificationsRead", summary = "Mark every notification of the caller's read")
    public Unread markRead() {
        notifications.markRead(user.caller());
        return new Unread(notifications.unread(user.caller()));
    }

    @GET
    @Path("notification-settings")
    @Operation(
            operationId = "getNotificationSettings",
            summary = "The caller's language and, for each kind they receive, how they are told")
    public NotificationService.Settings settings() {
        return notifications.settings(user.caller());
    }

    @PUT
    @Path("notification-settings")
    @Operation(
            operationId = "changeNotificationSettings",
            summary = "Change the caller's language or how they are told of a kind; 400 naming modes.KIND for a kind"
                    + " they must act on turned off")
    public NotificationService.Settings change(@NotNull(message = "{hub.body.required}") SettingsChange change) {
        Map<NotificationKind, Mode> modes = new EnumMap<>(NotificationKind.class);
        List<FieldProblem> problems = new ArrayList<>();
        if (change.modes() != null) {
            change.modes().forEach((kind, mode) -> {
                NotificationKind k = parse(NotificationKind.class, kind);
                Mode m = parse(Mode.class, mode);
                if (k == null) {
                    problems.add(FieldProblem.of("modes." + kind, "problem.notification.kind", kind));
                } else if (m == null) {
                    problems.add(FieldProblem.of("modes." + kind, "problem.notification.mode", String.valueOf(mode)));
                } else {
                    modes.put(k, m);
                }
            });
        }
        InvalidInputException.throwIfAny(problems);
        return notifications.change(user.caller(), change.language(), modes);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
