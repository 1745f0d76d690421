package dk.nextwork.hub.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.Text;
import dk.nextwork.fidelity.onboarding.TeamPlanner;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.TestNotifications;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.municipality.PeopleDirectory;
import dk.nextwork.hub.application.municipality.PeopleDirectory.Person;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.onboarding.OnboardingView;
import dk.nextwork.hub.domain.model.notification.InMemoryNotificationStore;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import dk.nextwork.hub.domain.model.notification.NotificationStore.Due;
import dk.nextwork.hub.domain.model.notification.NotificationStore.Event;
import dk.nextwork.hub.domain.model.notification.NotificationStore.MissingReport;
import dk.nextwork.hub.domain.model.notification.NotificationStore.NewDelivery;
import dk.nextwork.hub.domain.model.notification.NotificationStore.OpenAction;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import dk.nextwork.hub.infrastructure.PageAddresses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sender's rules, with the outbox in memory: whom each kind reaches and how, what one mail and one weekly digest
 * say, that a server not taking mail makes every due mail wait while a mail refused for good holds up no other, and
 * which reminders a day brings. The outbox's SQL is tested against PostgreSQL in NotificationsIT.
 */
@DisplayName("The notification sender")
class NotificationSenderTest {

    /** Thursday 3 December 2026, 14:00 in Copenhagen. */
    private static final Instant NOW = Instant.parse("2026-12-03T13:00:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String BASE = "https://hub.nextwork.dk";

    private final InMemoryNotificationStore store = new InMemoryNotificationStore();
    private final List<MailTransportCall> transport = new ArrayList<>();
    private final List<MailTransport.Mail> mails = new ArrayList<>();
    private RuntimeException mailFails;
    private List<OnboardingView> cohort = List.of();

    private record MailTransportCall(String to) {}

    /** A person and the municipality they belong to (null for network-wide roles). */
    private record Member(Person person, String municipality) {}

    private final List<Member> members = new ArrayList<>(List.of(
            new Member(new Person("anna", "anna@rockwoolfonden.dk", Role.SUPERVISOR), null),
            new Member(new Person("bo", "bo@rockwoolfonden.dk", Role.SUPERVISOR), null),
            new Member(new Person("admin", "sekretariat@nextwork.dk", Role.NETWORK_ADMIN), null),
            new Member(new Person("ida", "ida@vive.dk", Role.RESEARCHER), null),
            new Member(new Person("lead.roskilde", "lead@roskilde.dk", Role.MUNICIPAL_LEAD), "roskilde"),
            new Member(new Person("consultant.roskilde", "k@roskilde.dk", Role.CONSULTANT), "roskilde"),
            new Member(new Person("lead.horsens", "lead@horsens.dk", Role.MUNICIPAL_LEAD), "horsens")));

    private final List<ReportingPeriod> periods = new ArrayList<>();

    /** The reporting periods, in memory. */
    private record Periods(List<ReportingPeriod> all) implements ReportingPeriodRepository {

        @Override
        public List<ReportingPeriod> newestFirst() {
            return all;
        }

        @Override
        public Optional<ReportingPeriod> findByCode(String code) {
            return all.stream().filter(p -> p.code().equals(code)).findFirst();
        }

        @Override
        public void add(ReportingPeriod period) {
            all.add(period);
        }

        @Override
        public void flush() {}
    }

    private NotificationSender sender() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        NotificationSender sender = new NotificationSender();
        sender.store = store;
        sender.clock = clock;
        sender.retryFirst = 60;
        sender.retryMost = 3600;
        sender.people = new PeopleDirectory() {
            @Override
            public List<Person> withRole(Role role) {
                return members.stream()
                        .map(Member::person)
                        .filter(p -> p.role() == role)
                        .toList();
            }

            @Override
            public List<Person> withRole(Role role, String municipality) {
                return members.stream()
                        .filter(m -> m.person().role() == role && municipality.equals(m.municipality()))
                        .map(Member::person)
                        .toList();
            }
        };
        sender.mail = mail -> {
            transport.add(new MailTransportCall(mail.to()));
            if (mailFails != null) {
                throw mailFails;
            }
            mails.add(mail);
        };
        Notifications notifications = TestNotifications.of(store, clock);
        NotificationMails mails = new NotificationMails();
        mails.store = store;
        mails.addresses = new PageAddresses();
        mails.baseUrl = BASE;
        sender.mails = mails;
        Reminders reminders = new Reminders();
        reminders.store = store;
        reminders.periods = new Periods(periods);
        reminders.notifications = notifications;
        reminders.onboarding = new CohortOnly();
        sender.reminders = reminders;
        return sender;
    }

    /** The onboarding service as the sender reads it: the cohort, as the network admin sees it. */
    private final class CohortOnly implements OnboardingService {
        @Override
        public List<OnboardingView> cohort(Caller caller) {
            assertThat(caller.has(Role.NETWORK_ADMIN)).isTrue();
            return cohort;
        }

        @Override
        public OnboardingView progress(String municipality, Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OnboardingView markDone(String municipality, String activity, String doneOn, Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TeamPlanner.Plan plan(
                String consultants, String caseload, String psychologist, String referrals, Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OnboardingView.NetworkCommitment> commitments(Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OnboardingView.CommitmentText commitment() {
            throw new UnsupportedOperationException();
        }

        @Override
        public OnboardingView acceptCommitment(String municipality, String version, Caller caller) {
            throw new UnsupportedOperationException();
        }

        @Override
        public OnboardingView activate(String municipality, Caller caller) {
            throw new UnsupportedOperationException();
        }
    }

    private List<NewDelivery> expand(NotificationKind kind, String municipality) {
        store.unexpanded.put(1L, new Event(1, kind, municipality, "/x", List.of("Roskilde", "2026-H2", "x"), NOW));
        sender().expand(1);
        return store.expanded.get(1L);
    }

    private static Due due(long id, String username, Mode mode, NotificationKind kind, String... args) {
        return new Due(
                id,
                username,
                username + "@example.dk",
                "da",
                mode,
                0,
                kind,
                "/selvevaluering.xhtml?id=" + id,
                List.of(args),
                NOW.minusSeconds(3600));
    }

    @ParameterizedTest(name = "{0} in [{1}] reaches {2}")
    @DisplayName("each kind reaches the people whose work it is: the network-wide roles anywhere, a municipal role"
            + " only in the event's own municipality, and nobody else")
    @CsvSource({
        "ASSESSMENT_SUBMITTED,     roskilde,    anna bo",
        "ASSESSMENT_RETURNED,      roskilde,    lead.roskilde",
        "ACTION_OVERDUE,           roskilde,    anna bo lead.roskilde",
        "PERIOD_DEADLINE_NEAR,     horsens,     lead.horsens",
        "ONBOARDING_STAGE_OVERDUE, vordingborg, anna bo admin",
        "ALLOCATION_LIST_LOW,      roskilde,    ida",
        "ACTION_OVERDUE,                    ,   anna bo"
    })
    void audience(NotificationKind kind, String municipality, String recipients) {
        assertThat(expand(kind, municipality))
                .extracting(NewDelivery::username)
                .containsExactlyInAnyOrder(recipients.split(" "));
    }

    @Test
    @DisplayName("someone found by two of a kind's roles is told once")
    void oncePerPerson() {
        members.add(new Member(new Person("anna", "anna@rockwoolfonden.dk", Role.MUNICIPAL_LEAD), "roskilde"));
        assertThat(expand(NotificationKind.ACTION_PLAN_REQUIRED, "roskilde"))
                .extracting(NewDelivery::username)
                .containsExactlyInAnyOrder("anna", "bo", "lead.roskilde");
    }

    @ParameterizedTest(name = "{0}, chosen [{1}]: {2}, first try {3}")
    @DisplayName("a mail comes as its reader chose, straight away by default; what the reader must act on comes even"
            + " if they chose none, and a weekly digest waits for Monday 07:00 Danish time")
    @CsvSource({
        "ASSESSMENT_RETURNED,       , IMMEDIATE, 2026-12-03T13:00:00Z",
        "ASSESSMENT_RETURNED, OFF,    IMMEDIATE, 2026-12-03T13:00:00Z",
        "ASSESSMENT_RETURNED, WEEKLY, WEEKLY,    2026-12-07T06:00:00Z",
        "ASSESSMENT_APPROVED, OFF,    OFF,       ",
        "ASSESSMENT_APPROVED, WEEKLY, WEEKLY,    2026-12-07T06:00:00Z"
    })
    void modes(NotificationKind kind, Mode chosen, Mode mode, Instant firstTry) {
        if (chosen != null) {
            store.preferences.put("lead.roskilde", Map.of(kind, chosen));
        }
        NewDelivery d = expand(kind, "roskilde").get(0);
        assertThat(d.mode()).isEqualTo(mode);
        assertThat(d.nextAttempt()).isEqualTo(firstTry);
    }

    @Test
    @DisplayName("someone without an e-mail address is told in the Hub only; each is told in the language they chose,"
            + " Danish if none")
    void addressAndLanguage() {
        members.add(new Member(new Person("cecilie", null, Role.SUPERVISOR), null));
        store.languages.put("bo", "en");
        List<NewDelivery> deliveries = expand(NotificationKind.ASSESSMENT_SUBMITTED, "roskilde");
        NewDelivery cecilie = deliveries.stream()
                .filter(d -> d.username().equals("cecilie"))
                .findFirst()
                .orElseThrow();
        assertThat(cecilie.nextAttempt()).isNull();
        assertThat(cecilie.language()).isEqualTo("da");
        assertThat(deliveries.stream().filter(d -> d.username().equals("bo")))
                .singleElement()
                .satisfies(bo -> assertThat(bo.language()).isEqualTo("en"));
    }

    @Test
    @DisplayName("with nothing due, nothing is sent")
    void nothingDue() {
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.NONE);
        assertThat(transport).isEmpty();
    }

    @Test
    @DisplayName("one mail: greeting, what happened and what to do, one link into the Hub, and why the reader gets it;"
            + " sent once under a fixed Message-ID")
    void oneMail() {
        store.due.add(due(
                11,
                "lead.roskilde",
                Mode.IMMEDIATE,
                NotificationKind.ASSESSMENT_RETURNED,
                "Roskilde",
                "2026-H2",
                "Beskriv MS3"));
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.SENT);
        MailTransport.Mail mail = mails.get(0);
        assertThat(mail.messageId()).isEqualTo("<delivery-11@nextwork-hub>");
        assertThat(mail.to()).isEqualTo("lead.roskilde@example.dk");
        assertThat(mail.subject()).isEqualTo("Selvevalueringen for 2026-H2 er sendt tilbage til jer");
        assertThat(mail.body())
                .startsWith("Hej\n\nSupervisoren har sendt selvevalueringen fra Roskilde for 2026-H2 tilbage."
                        + " Begrundelsen er: Beskriv MS3\n\nRet selvevalueringen: " + BASE
                        + "/selvevaluering.xhtml?id=11")
                .contains("Du får denne mail fra NExTWORK Hub, fordi du er leder i Roskilde og står for kommunens"
                        + " selvevaluering.")
                .contains(BASE + "/varsler.xhtml");
        assertThat(store.sent).containsExactly(11L);
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.NONE);
    }

    @Test
    @DisplayName("a mail is worded in the language its reader chose last, not the one chosen when it was made")
    void languageNow() {
        store.due.add(
                due(12, "lead.roskilde", Mode.IMMEDIATE, NotificationKind.ASSESSMENT_APPROVED, "Roskilde", "2026-H2"));
        store.languages.put("lead.roskilde", "en");
        sender().sendNext();
        assertThat(mails.get(0).subject()).isEqualTo("The self-assessment for 2026-H2 has been approved");
        assertThat(mails.get(0).body()).startsWith("Hello\n\n");
    }

    @Test
    @DisplayName("a weekly digest is one mail with every item of the reader's due, counted in its subject; another"
            + " reader's mail is not in it")
    void digest() {
        store.due.add(due(21, "anna", Mode.WEEKLY, NotificationKind.ASSESSMENT_SUBMITTED, "Roskilde", "2026-H2"));
        store.due.add(due(22, "anna", Mode.WEEKLY, NotificationKind.DRIFT_ALERT, "Horsens", "MS"));
        store.due.add(due(23, "bo", Mode.IMMEDIATE, NotificationKind.ASSESSMENT_SUBMITTED, "Vejle", "2026-H2"));
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.SENT);
        MailTransport.Mail digest = mails.get(0);
        assertThat(digest.messageId()).isEqualTo("<digest-21@nextwork-hub>");
        assertThat(digest.subject()).isEqualTo("Ugens nyt fra NExTWORK Hub (2)");
        assertThat(digest.body())
                .contains("- Roskilde har indsendt selvevalueringen for 2026-H2. Den venter på din gennemgang.\n"
                        + "  Gennemgå selvevalueringen: " + BASE + "/selvevaluering.xhtml?id=21")
                .contains("- Den seneste godkendte selvevaluering viser, at Horsens er gået tilbage på Magtskifte.")
                .contains("fordi du har valgt at få disse beskeder samlet en gang om ugen.")
                .doesNotContain("Vejle");
        assertThat(store.sent).containsExactly(21L, 22L);
    }

    @Test
    @DisplayName("when the mail server takes no mail, every mail due waits, each with the back-off from 60 seconds up"
            + " to an hour, and none is lost or given up")
    void serverDown() {
        store.due.add(
                due(31, "lead.roskilde", Mode.IMMEDIATE, NotificationKind.ASSESSMENT_APPROVED, "Roskilde", "2026-H2"));
        store.due.add(due(32, "anna", Mode.IMMEDIATE, NotificationKind.ASSESSMENT_SUBMITTED, "Roskilde", "2026-H2"));
        mailFails = new UnavailableException("mail.unavailable");
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.FAILED);
        assertThat(store.failures)
                .containsExactly(new InMemoryNotificationStore.Failure(
                        List.of(31L, 32L), NOW, Duration.ofSeconds(60), Duration.ofHours(1)));
        assertThat(store.sent).isEmpty();
        assertThat(store.givenUp).isEmpty();
        assertThat(transport).as("tried once, not once per mail").hasSize(1);
    }

    @Test
    @DisplayName("a mail the server refuses for good is given up alone, and the next mail goes")
    void refused() {
        store.due.add(
                due(41, "lead.roskilde", Mode.IMMEDIATE, NotificationKind.ASSESSMENT_APPROVED, "Roskilde", "2026-H2"));
        store.due.add(due(42, "anna", Mode.IMMEDIATE, NotificationKind.ASSESSMENT_SUBMITTED, "Roskilde", "2026-H2"));
        mailFails = new MailTransport.Refused("550 no such user", null);
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.GIVEN_UP);
        assertThat(store.givenUp).containsExactly(41L);
        mailFails = null;
        assertThat(sender().sendNext()).isEqualTo(NotificationSender.Outcome.SENT);
        assertThat(store.sent).containsExactly(42L);
        assertThat(store.failures).isEmpty();
    }

    @Test
    @DisplayName("an event whose recipients cannot be found now is tried again with the same back-off")
    void expandFailed() {
        sender().expandFailed(5);
        assertThat(store.expandFailures)
                .containsExactly(new InMemoryNotificationStore.Failure(
                        List.of(5L), NOW, Duration.ofSeconds(60), Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "due {0}: {1}")
    @DisplayName("an agreed action is reminded of from 7 days before its due date, and as overdue from the day after")
    @CsvSource({
        "2026-12-02, ACTION_OVERDUE",
        "2026-12-03, ACTION_DUE_SOON",
        "2026-12-10, ACTION_DUE_SOON",
        "2026-12-11, "
    })
    void actionReminders(LocalDate dueOn, NotificationKind kind) {
        store.openActions.add(new OpenAction(7, "roskilde", "Roskilde", "Flere events", dueOn));
        int recorded = sender().remind(TODAY);
        if (kind == null) {
            assertThat(recorded).isZero();
            assertThat(store.events()).isEmpty();
            return;
        }
        assertThat(recorded).isEqualTo(1);
        InMemoryNotificationStore.Recorded e = store.events().get(0);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.municipality()).isEqualTo("roskilde");
        assertThat(e.link()).isEqualTo("/supervision.xhtml?kommune=roskilde");
        assertThat(e.args()).containsExactly("Roskilde", "Flere events", dueOn.toString());
        assertThat(e.task()).isEqualTo("action:7");
        assertThat(e.at()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("a day's reminders are recorded once however often the day is worked out; an action given a new"
            + " date is reminded of again")
    void remindedOnce() {
        store.openActions.add(new OpenAction(7, "roskilde", "Roskilde", "Flere events", LocalDate.of(2026, 12, 8)));
        assertThat(sender().remind(TODAY)).isEqualTo(1);
        assertThat(sender().remind(TODAY)).isZero();
        store.openActions.set(0, new OpenAction(7, "roskilde", "Roskilde", "Flere events", LocalDate.of(2026, 12, 9)));
        assertThat(sender().remind(TODAY)).isEqualTo(1);
        assertThat(store.events())
                .extracting(InMemoryNotificationStore.Recorded::key)
                .containsExactly("ACTION_DUE_SOON:7:2026-12-08", "ACTION_DUE_SOON:7:2026-12-09");
    }

    @ParameterizedTest(name = "deadline {0}: reminded {1}")
    @DisplayName("a municipality that has not submitted is reminded from 14 days before the period's deadline")
    @CsvSource({"2026-12-03, true", "2026-12-17, true", "2026-12-18, false"})
    void deadlineReminders(LocalDate deadline, boolean reminded) {
        // The period's deadline is its last day; the reminder asks for the open periods whose deadline is near.
        periods.add(new ReportingPeriod("2026-H2", LocalDate.of(2026, 7, 1), deadline, PeriodStatus.OPEN));
        store.missingReports.add(new MissingReport("roskilde", "Roskilde", "2026-H2", deadline));
        assertThat(sender().remind(TODAY)).isEqualTo(reminded ? 1 : 0);
        if (reminded) {
            InMemoryNotificationStore.Recorded e = store.events().get(0);
            assertThat(e.kind()).isEqualTo(NotificationKind.PERIOD_DEADLINE_NEAR);
            assertThat(e.args()).containsExactly("Roskilde", "2026-H2", deadline.toString());
            assertThat(e.task()).isEqualTo("submit:roskilde:2026-H2");
            assertThat(e.link()).isEqualTo("/selvevalueringer.xhtml");
        }
    }

    @Test
    @DisplayName("an onboarding stage past its expected days is reminded of while it is not complete; one completed"
            + " late asks for nothing")
    void onboardingReminders() {
        OnboardingView.Stage lateButDone = new OnboardingView.Stage(
                "DECISION", new Text("Beslutning", "Decision"), 2, 2, 1, 75L, 60, true, List.of());
        OnboardingView.Stage late = new OnboardingView.Stage(
                "TEAM_HIRED", new Text("Teamet ansat", "Team hired"), 1, 3, 1 / 3.0, 100L, 90, true, List.of());
        OnboardingView.Stage onTime = new OnboardingView.Stage(
                "TEAM_TRAINED", new Text("Teamet uddannet", "Team trained"), 0, 2, 0, null, 45, false, List.of());
        cohort = List.of(new OnboardingView(
                "vordingborg",
                "Vordingborg",
                "ONBOARDING",
                "1.0",
                LocalDate.of(2026, 3, 1),
                List.of(lateButDone, late, onTime),
                "TEAM_HIRED",
                100L,
                3 / 14.0,
                3,
                14,
                false,
                null,
                new OnboardingView.May(false, false, false),
                1));
        assertThat(sender().remind(TODAY)).isEqualTo(1);
        InMemoryNotificationStore.Recorded e = store.events().get(0);
        assertThat(e.kind()).isEqualTo(NotificationKind.ONBOARDING_STAGE_OVERDUE);
        assertThat(e.args()).containsExactly("Vordingborg", "TEAM_HIRED");
        assertThat(e.task()).isEqualTo("onboarding:vordingborg:TEAM_HIRED");
        assertThat(e.link()).isEqualTo("/opstart.xhtml?kommune=vordingborg");
        assertThat(Arrays.asList(e.key().split(":")))
                .containsExactly("ONBOARDING_STAGE_OVERDUE", "vordingborg", "TEAM_HIRED");
    }
}
