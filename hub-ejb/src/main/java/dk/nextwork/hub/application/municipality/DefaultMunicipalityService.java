package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.application.onboarding.OnboardingRecords;
import dk.nextwork.hub.application.onboarding.OnboardingSnapshot;
import dk.nextwork.hub.domain.model.municipality.DanishMunicipalities;
import dk.nextwork.hub.domain.model.municipality.DanishOrder;
import dk.nextwork.hub.domain.model.municipality.LeadContact;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultMunicipalityService implements MunicipalityService {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    MunicipalityList list;

    @Inject
    AuditLog audit;

    @Inject
    IdentityProvisioning identities;

    @Inject
    OnboardingRepository onboardings;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public AddedMunicipality add(NewMunicipality input, Caller caller) {
        Access.require(caller, Capability.MANAGE_MUNICIPALITIES);
        List<FieldProblem> problems = new ArrayList<>();
        String code = input.kommunekode() == null ? "" : input.kommunekode().strip();
        Optional<DanishMunicipalities.Entry> entry = DanishMunicipalities.byKommunekode(code);
        if (code.isEmpty()) {
            // Nothing chosen: "Vælg en kommune", not " er ikke en dansk kommunekode".
            problems.add(FieldProblem.of("kommunekode", "problem.municipality.required"));
        } else if (entry.isEmpty()) {
            problems.add(FieldProblem.of("kommunekode", "problem.municipality.kommunekode", code));
        }
        String leadName = input.leadName() == null ? "" : input.leadName().strip();
        if (!LeadContact.isName(leadName)) {
            problems.add(FieldProblem.of("leadName", "problem.lead.name"));
        }
        String email =
                input.leadEmail() == null ? "" : input.leadEmail().strip().toLowerCase(Locale.ROOT);
        if (!LeadContact.isAddress(email)) {
            problems.add(FieldProblem.of("leadEmail", "problem.lead.email"));
        }
        InvalidInputException.throwIfAny(problems);
        DanishMunicipalities.Entry joining = entry.orElseThrow();
        if (municipalities.findByKommunekode(joining.kommunekode()).isPresent()
                || municipalities.findBySlug(joining.slug()).isPresent()) {
            throw new ConflictException("conflict.municipality.exists", joining.name());
        }
        Municipality municipality =
                new Municipality(joining.slug(), joining.name(), joining.kommunekode(), MunicipalityStatus.ONBOARDING);
        municipalities.add(municipality);
        // Its onboarding begins today, under the plan the Hub ships.
        onboardings.add(new Onboarding(municipality, OnboardingRecords.PLAN.version(), DanishTime.today(clock)));
        String password = temporaryPassword();
        IdentityProvisioning.Created created =
                identities.provision(joining.slug(), joining.name(), email, leadName, password);
        // Never half done: if the Hub's own transaction does not commit, the accounts go again.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    identities.undo(created);
                }
            }
        });
        MunicipalityView view = MunicipalityView.of(municipality);
        audit.record(caller, "municipality.added", "municipality", joining.slug(), null, view);
        return new AddedMunicipality(view, email, password);
    }

    /** A one-time password of 16 letters and digits, without look-alikes (0/O, 1/l/I). */
    private static String temporaryPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MunicipalityView> municipalities() {
        return list.activeFirst();
    }

    @Override
    public List<MunicipalityView.Joinable> joinable() {
        Set<String> inNetwork = municipalities.kommunekoder();
        return DanishMunicipalities.all().stream()
                .filter(e -> !inNetwork.contains(e.kommunekode()))
                .map(e -> new MunicipalityView.Joinable(e.kommunekode(), e.name()))
                .sorted(Comparator.comparing(MunicipalityView.Joinable::name, DanishOrder.NAMES))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MunicipalityView> bySlug(String slug) {
        // From the kept list (every municipality, as fresh as it is): every page's header asks, for its own
        // municipality.
        return list.activeFirst().stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    @Override
    public MunicipalityView changeStatus(String slug, String status, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.MANAGE_MUNICIPALITIES);
        Municipality municipality =
                municipalities.findBySlug(slug).orElseThrow(() -> new NotFoundException("notFound.municipality", slug));
        MunicipalityStatus newStatus;
        try {
            newStatus = MunicipalityStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "problem.municipality.status", status);
        }
        Versions.require(
                municipality.version(),
                expectedVersion,
                () -> Message.of(
                        "conflict.municipality.changed",
                        municipality.name(),
                        Message.of("status." + municipality.status())));
        MunicipalityView before = MunicipalityView.of(municipality);
        if (newStatus == municipality.status()) {
            return before;
        }
        // Onboarding ends in one way only: the plan complete, an approved self-assessment and the admin's confirmation.
        if (!municipality.mayChangeStatusTo(newStatus)) {
            throw new ConflictException("conflict.municipality.activateThroughOnboarding", municipality.name());
        }
        // A municipality (re)joining by hand begins the onboarding plan too, unless it has one. Asked before the
        // change: the query would flush it, and the version below counts on one increment at commit.
        boolean begins = newStatus == MunicipalityStatus.ONBOARDING
                && onboardings.find(slug).isEmpty();
        municipality.changeStatus(newStatus);
        if (begins) {
            Onboarding begun = new Onboarding(municipality, OnboardingRecords.PLAN.version(), DanishTime.today(clock));
            onboardings.add(begun);
            audit.record(caller, "onboarding.begun", "municipality", slug, null, OnboardingSnapshot.of(begun));
        }
        audit.record(
                caller, "municipality.status-changed", "municipality", slug, before, MunicipalityView.of(municipality));
        // The version is incremented when the transaction commits.
        return new MunicipalityView(
                municipality.slug(),
                municipality.name(),
                municipality.kommunekode(),
                newStatus.name(),
                municipality.version() + 1);
    }
}
