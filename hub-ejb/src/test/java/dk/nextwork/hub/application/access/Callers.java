package dk.nextwork.hub.application.access;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;
import java.util.Map;

/** The callers of the policy tables, one of each role (the municipal ones in Roskilde) and Horsens' lead. */
final class Callers {

    private static final Map<String, Caller> BY_NAME = Map.of(
            "admin", Caller.of("admin", null, Role.NETWORK_ADMIN),
            "supervisor", Caller.of("supervisor.anna", null, Role.SUPERVISOR),
            "lead", Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD),
            "consultant", Caller.of("consultant.roskilde", "roskilde", Role.CONSULTANT),
            "researcher", Caller.of("researcher.ifs", null, Role.RESEARCHER),
            "caseworker", Caller.of("caseworker.roskilde", "roskilde", Role.CASEWORKER),
            "horsens-lead", Caller.of("lead.horsens", "horsens", Role.MUNICIPAL_LEAD),
            "horsens-consultant", Caller.of("consultant.horsens", "horsens", Role.CONSULTANT));

    private Callers() {}

    static Caller named(String name) {
        Caller caller = BY_NAME.get(name);
        if (caller == null) {
            throw new IllegalArgumentException("no caller named " + name);
        }
        return caller;
    }
}
