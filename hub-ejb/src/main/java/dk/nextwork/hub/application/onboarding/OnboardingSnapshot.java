package dk.nextwork.hub.application.onboarding;

import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit event keeps of an onboarding: its state, not a view of it (no one's permissions, no day counts that
 * change by themselves). {@code name} and {@code status} let the audit log name the municipality and its status change.
 * Public for JSON-B, which writes it.
 */
public record OnboardingSnapshot(
        String municipality,
        String name,
        String status,
        String planVersion,
        LocalDate startedOn,
        Map<String, LocalDate> activities,
        String commitmentVersion,
        String commitmentAcceptedBy,
        Instant commitmentAcceptedAt) {

    public static OnboardingSnapshot of(Onboarding o) {
        return new OnboardingSnapshot(
                o.municipality().slug(),
                o.municipality().name(),
                o.municipality().status().name(),
                o.planVersion(),
                o.startedOn(),
                new TreeMap<>(o.activities()),
                o.commitmentVersion(),
                o.commitmentAcceptedBy(),
                o.commitmentAcceptedAt());
    }
}
