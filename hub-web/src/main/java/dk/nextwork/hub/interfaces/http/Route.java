package dk.nextwork.hub.interfaces.http;

import dk.nextwork.hub.application.access.Capability;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every address the Hub answers outside the API, in one table: each page and each download with the capabilities that
 * open it, the public pages, and the prefixes that have a guard of their own (the API's roles and policies, the
 * operations endpoints). {@link dk.nextwork.hub.interfaces.security.RouteGate} refuses an address that is not here and
 * asks the application's access policy about the capabilities of one that is, so a page, its PDF and its spreadsheet
 * refuse the same people the API refuses; the menu shows a page exactly when the gate would let the user in. Whether
 * one record may be seen is the service's business (404, as in the API).
 */
public enum Route {
    START("/index.xhtml", Kind.PAGE, null, "nav.start"),
    /** The user's notifications and how they want them: everyone's own, reached from the header's count. */
    NOTIFICATIONS("/varsler.xhtml", Kind.PAGE, null, null),
    /** The network picture: everyone, municipal staff only their own municipality against the network. */
    NETWORK("/netvaerk.xhtml", Kind.PAGE, Set.of(Capability.SEE_NETWORK), "nav.network"),
    NETWORK_CSV("/netvaerk.csv", Kind.DOWNLOAD, Set.of(Capability.SEE_NETWORK), null),
    NETWORK_XLSX("/netvaerk.xlsx", Kind.DOWNLOAD, Set.of(Capability.SEE_NETWORK), null),
    /** The researchers' analysis extract and its codebook; every download is in the data-use log. */
    ANALYSIS_CSV("/analyse.csv", Kind.DOWNLOAD, Set.of(Capability.DOWNLOAD_ANALYSIS_EXTRACT), null),
    ANALYSIS_XLSX("/analyse.xlsx", Kind.DOWNLOAD, Set.of(Capability.DOWNLOAD_ANALYSIS_EXTRACT), null),
    ANALYSIS_CODEBOOK("/analyse-kodebog.csv", Kind.DOWNLOAD, Set.of(Capability.DOWNLOAD_ANALYSIS_EXTRACT), null),
    /** Who downloaded which analysis extract, when (network admin). */
    DATA_USE("/dataforbrug.xhtml", Kind.PAGE, Set.of(Capability.READ_DATA_USE_LOG), null),
    ASSESSMENTS("/selvevalueringer.xhtml", Kind.PAGE, Set.of(Capability.SEE_ASSESSMENTS), "nav.assessments"),
    ASSESSMENT_FORM("/selvevaluering.xhtml", Kind.PAGE, Set.of(Capability.SEE_ASSESSMENTS), null),
    REPORT("/rapport.xhtml", Kind.PAGE, Set.of(Capability.SEE_ASSESSMENTS), null),
    /** The report page's PDF: whoever may open the report page, and only the reports it shows them. */
    REPORT_PDF("/rapport.pdf", Kind.DOWNLOAD, Set.of(Capability.SEE_ASSESSMENTS), null),
    REVIEW_QUEUE("/gennemgang.xhtml", Kind.PAGE, Set.of(Capability.SEE_REVIEW_QUEUE), "nav.review"),
    REVIEW("/gennemgaa.xhtml", Kind.PAGE, Set.of(Capability.SEE_REVIEW_QUEUE), null),
    ACTIONS("/handlinger.xhtml", Kind.PAGE, Set.of(Capability.SEE_ALL_SUPERVISION), "nav.actions"),
    /** The own municipality's log in the menu; supervisors reach every municipality's from the actions overview. */
    SUPERVISION(
            "/supervision.xhtml",
            Kind.PAGE,
            Set.of(Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION),
            "nav.supervision",
            Capability.SEE_OWN_SUPERVISION),
    SUPERVISION_CSV(
            "/supervision.csv",
            Kind.DOWNLOAD,
            Set.of(Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION),
            null),
    SESSION_FORM("/supervision-ny.xhtml", Kind.PAGE, Set.of(Capability.LOG_SESSIONS), null),
    PRACTICE("/praksis.xhtml", Kind.PAGE, Set.of(Capability.READ_PRACTICE), "nav.practice"),
    PRACTICE_VIEW("/praksis-vis.xhtml", Kind.PAGE, Set.of(Capability.READ_PRACTICE), null),
    PRACTICE_EDITOR("/praksis-ny.xhtml", Kind.PAGE, Set.of(Capability.SHARE_PRACTICE), null),
    MUNICIPALITIES("/kommuner.xhtml", Kind.PAGE, Set.of(Capability.SEE_MUNICIPALITIES), "nav.municipalities"),
    NEW_MUNICIPALITY("/kommune-ny.xhtml", Kind.PAGE, Set.of(Capability.MANAGE_MUNICIPALITIES), null),
    /** Every municipality onboarding (supervisors, admin); a municipality's staff reach their own from the start page. */
    ONBOARDING_COHORT("/opstarter.xhtml", Kind.PAGE, Set.of(Capability.SEE_ONBOARDING_COHORT), "nav.onboarding"),
    ONBOARDING("/opstart.xhtml", Kind.PAGE, Set.of(Capability.SEE_ONBOARDING), null),
    /** The team and caseload planner: anyone of the fidelity work may plan a team. */
    PLANNER("/planlaegning.xhtml", Kind.PAGE, Set.of(Capability.PLAN_TEAM), null),
    PERIODS("/perioder.xhtml", Kind.PAGE, Set.of(Capability.MANAGE_PERIODS), "nav.periods"),
    INSTRUMENTS("/instrumenter.xhtml", Kind.PAGE, Set.of(Capability.CHOOSE_INSTRUMENT), "nav.instruments"),
    AUDIT_LOG("/haendelser.xhtml", Kind.PAGE, Set.of(Capability.READ_AUDIT_LOG), "nav.audit"),
    /** Free text in stored records that looks like a CPR number: where, never the number (network admin). */
    PERSONAL_DATA("/persondata.xhtml", Kind.PAGE, Set.of(Capability.SEE_PERSONAL_DATA_FINDINGS), null),
    /** The randomisation machine (a municipality's caseworkers). */
    RANDOMISATION("/lodtraekning.xhtml", Kind.PAGE, Set.of(Capability.ALLOCATE), "nav.randomisation"),
    /** The randomised trial's course, log and exports (researchers). */
    TRIAL("/forsoeg.xhtml", Kind.PAGE, Set.of(Capability.OVERSEE_TRIAL), "nav.trial"),
    TRIAL_CSV("/forsoeg.csv", Kind.DOWNLOAD, Set.of(Capability.OVERSEE_TRIAL), null),
    TRIAL_XLSX("/forsoeg.xlsx", Kind.DOWNLOAD, Set.of(Capability.OVERSEE_TRIAL), null),
    /** The header's language buttons post here, on every page (and anyone's: public pages have them too). */
    LANGUAGE("/sprog", Kind.PUBLIC, null, null),
    /** The header's logout button posts here. */
    LOGOUT("/logud", Kind.ACTION, null, null),
    /** Where Keycloak returns after a login (the mechanism completes it there): on to the start page. */
    LOGIN_RETURN("/Callback", Kind.PAGE, null, null),
    /** The accessibility statement: anyone, signed in or not. */
    ACCESSIBILITY("/tilgaengelighed.xhtml", Kind.PUBLIC, null, null),
    /** The API for developers: how to get a token, the versioning rule and the interactive reference; anyone. */
    DEVELOPERS("/udviklere.xhtml", Kind.PUBLIC, null, null),
    /** Where the container sends its errors; its page is only ever shown through it. */
    ERROR("/fejl", Kind.PUBLIC, null, null),
    /** The error page's view: only ever shown through {@link #ERROR}, never opened by its own address. */
    ERROR_VIEW("/fejl.xhtml", Kind.PUBLIC, null, null),
    /** A browser's own request for an icon: public, or a public page's visitor would be sent to a login for it. */
    ICON("/favicon.ico", Kind.PUBLIC, null, null),
    /**
     * Swagger UI's script and style sheet for the API reference, and nothing else of its webjar (whose own pages point
     * elsewhere).
     */
    SWAGGER_UI_SCRIPT(SwaggerUi.FOLDER + "swagger-ui-bundle.js", Kind.PUBLIC, null, null),
    SWAGGER_UI_STYLE(SwaggerUi.FOLDER + "swagger-ui.css", Kind.PUBLIC, null, null),
    /** Style sheets, scripts and icons through Faces' resource handler. */
    RESOURCES("/jakarta.faces.resource/", Kind.PUBLIC_PREFIX, null, null),
    /** The API, guarded by its roles and the services' policies (and its own access matrix). */
    API("/api/", Kind.GUARDED_PREFIX, null, null),
    /** Health for anyone; metrics for the addresses MetricsGate allows. */
    HEALTH("/health", Kind.PUBLIC_PREFIX, null, null),
    METRICS("/metrics", Kind.GUARDED_PREFIX, null, null),
    OPENAPI("/openapi", Kind.PUBLIC_PREFIX, null, null);

    /** Where the Swagger UI webjar's files are served: its version is hub-web's dependency's (a test opens them). */
    public static final class SwaggerUi {
        static final String FOLDER = "/webjars/swagger-ui/5.35.0/";

        private SwaggerUi() {}
    }

    /** What kind of address a route is, and so who guards it. */
    public enum Kind {
        /** A page for signed-in users with the route's capabilities. */
        PAGE,
        /** A file (PDF, CSV, XLSX) for signed-in users with the route's capabilities. */
        DOWNLOAD,
        /** A form's post with no page of its own (GET: 405), for signed-in users with the route's capabilities. */
        ACTION,
        /** An address anyone may open without signing in. */
        PUBLIC,
        /** Every address below a prefix that anyone may open without signing in. */
        PUBLIC_PREFIX,
        /** Every address below a prefix with a guard of its own. */
        GUARDED_PREFIX
    }

    private final String path;
    private final Kind kind;
    private final Set<Capability> opensWith;
    private final String labelKey;
    private final Capability inMenuWith;

    Route(String path, Kind kind, Set<Capability> opensWith, String labelKey) {
        this(path, kind, opensWith, labelKey, null);
    }

    Route(String path, Kind kind, Set<Capability> opensWith, String labelKey, Capability inMenuWith) {
        this.path = path;
        this.kind = kind;
        this.opensWith = opensWith == null ? Set.of() : EnumSet.copyOf(opensWith);
        this.labelKey = labelKey;
        this.inMenuWith = inMenuWith;
    }

    /** The address below the context root, such as {@code /perioder.xhtml}, or a prefix such as {@code /api/}. */
    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** The Faces outcome of a page, such as {@code /perioder}. */
    public String outcome() {
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
    }

    /** Any of these lets a user in; none listed: every signed-in user. */
    public Set<Capability> opensWith() {
        return opensWith;
    }

    /** The menu label's message key, or null for a page reached from other pages. */
    public String labelKey() {
        return labelKey;
    }

    /** The capability that puts the page in the menu (by default, any that opens it). */
    public Set<Capability> inMenuWith() {
        return inMenuWith == null ? opensWith : Set.of(inMenuWith);
    }

    /** Whether anyone may open it without signing in. */
    public boolean isPublic() {
        return kind == Kind.PUBLIC || kind == Kind.PUBLIC_PREFIX;
    }

    /** Whether the gate decides who may open it (pages, downloads and actions), rather than a guard of its own. */
    public boolean isGated() {
        return kind == Kind.PAGE || kind == Kind.DOWNLOAD || kind == Kind.ACTION;
    }

    private boolean isPrefix() {
        return kind == Kind.PUBLIC_PREFIX || kind == Kind.GUARDED_PREFIX;
    }

    private boolean matches(String address) {
        if (!isPrefix()) {
            return path.equals(address);
        }
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return address.equals(bare) || address.startsWith(bare + "/");
    }

    /**
     * The address a request goes to as the container resolved it (servlet path and path info: "//api/x" is the API,
     * "/perioder.xhtml;x=1" the periods page), which every guard decides on.
     */
    public static String address(HttpServletRequest request) {
        String address = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return address.isEmpty() ? "/" : address;
    }

    /**
     * The route of an address below the context root ({@code /} is the start page), or empty for an address the Hub
     * does not have.
     */
    public static Optional<Route> of(String address) {
        String target = address == null || address.isEmpty() || address.equals("/") ? START.path : address;
        return Arrays.stream(values()).filter(r -> r.matches(target)).findFirst();
    }
}
