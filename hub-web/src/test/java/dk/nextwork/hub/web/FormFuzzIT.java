package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.interfaces.http.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A bounded, deterministic fuzz run over every form on every page, posted as each role that may open the page (the
 * page matrix's table): every field given a NUL, control characters, a CPR number in its spellings, 100,000
 * characters, values of the wrong kind and choices that are not offered; and the hidden fields tampered with — the view
 * state missing, forged, "stateless" or another page's, the page's nonce missing or wrong, the address's parameters
 * overridden. Every post is one a user could not have sent from the page, so none may change anything: no answer may
 * be a 5xx or show an exception or a server's name, and the stored data must be unchanged at the end.
 */
@DisplayName("Fuzzing every form on every page")
class FormFuzzIT extends HubTest {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(FormFuzzIT.class.getName());

    private static final long SEED = 20261205L;
    /** Field mutations posted per form at most (in a fixed random order); the tampering of hidden fields comes on top. */
    private static final int FIELD_POSTS_PER_FORM = 35;
    /** A page is opened again after this many posts, so its view state stays one the server still holds. */
    private static final int POSTS_PER_VIEW = 8;

    private static final List<String> LEAKS =
            List.of("Exception", "at dk.", "at java.", "org.eclipse", "java.lang", "Payara", "Jersey", "com.sun.faces");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /**
     * Values no text field of the Hub may take: each breaks the free-text rule (a lone surrogate is not among them: a
     * form cannot carry one, as UTF-8 has no byte for it, and an encoder sends "?" instead).
     */
    private static final List<String> BAD_TEXT = List.of(
            "før\u0000efter",
            "\u0001",
            "Tekst\u001B[31m",
            "\u007F\u0085",
            "\uFFFF",
            "\uFFFE",
            "010190-1234",
            "Mødtes med 010190\u00A01234",
            "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14",
            "x".repeat(100_000));

    /** Values of the wrong kind for a field that holds a number or a date (seen by its value on the page). */
    private static final List<String> WRONG_KIND =
            List.of("abc", "1e20000000", "99999999999999999999999999", "2,5,5", "31-02-2026", "12.3.4");

    @Test
    @DisplayName("over a thousand posts no page could send: no 5xx, no internals, nothing changed")
    void fuzz(TestReporter reporter) throws Exception {
        TestMunicipality a = servers.newOnboardingMunicipality();
        String period = "1904-H" + (1 + Math.abs(a.slug().hashCode()) % 2);
        ApiOperations.Records own = ApiOperations.records(api, a, period);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("admin", "admin");
        users.put("supervisor", "supervisor.anna");
        users.put("researcher", "researcher.ifs");
        users.put("lead", a.lead());
        users.put("consultant", a.consultant());
        users.put("caseworker", a.caseworker());
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        users.forEach((role, user) -> sessions.put(role, WebSession.logIn(servers.hub(), user)));

        String before = StoredData.fingerprint(servers);
        Random random = new Random(SEED);
        List<String> wrong = new ArrayList<>();
        int posts = 0;
        int forms = 0;
        int views = 0;
        List<String> pages = new ArrayList<>();
        java.util.Set<String> headerFuzzed = new java.util.HashSet<>();
        for (PageMatrixIT.Row row : PageMatrixIT.table()) {
            if (!isPage(row)) {
                continue;
            }
            for (String role : sessions.keySet()) {
                if (!row.expected().get(role)[0].equals("ok")) {
                    continue;
                }
                String address = PageMatrixIT.address(row.address(), own);
                WebSession session = sessions.get(role);
                WebSession.Visit page = session.visit(address);
                if (page.status() != 200) {
                    wrong.add(address + " as " + role + " answered " + page.status() + " before any post");
                    continue;
                }
                views++;
                List<String> parameters = viewParameters(Route.valueOf(row.route()));
                for (Element form : Jsoup.parse(page.body()).select("form[method=post]")) {
                    if (form.id().equals("logout-form")
                            || (form.id().equals("language-form") && !headerFuzzed.add(role))) {
                        continue; // logging out ends the run's session; the header's language form once per role
                    }
                    forms++;
                    pages.add(row.route() + "#" + form.id() + " as " + role);
                    String stored = StoredData.fingerprint(servers);
                    for (Post post : posts(form, parameters, random)) {
                        if (post.index() % POSTS_PER_VIEW == 0) {
                            page = session.visit(address);
                        }
                        Element fresh = Jsoup.parse(page.body()).getElementById(form.id());
                        if (fresh == null) {
                            break; // the form is gone (a page that changed under the run): nothing more to post to it
                        }
                        WebSession.Visit answer =
                                session.post(action(fresh), encode(post.fields(fields(fresh), nonce(page.body()))));
                        posts++;
                        check(address + " #" + form.id() + " as " + role + ": " + post.what(), answer, wrong);
                    }
                    if (!StoredData.fingerprint(servers).equals(stored)) {
                        wrong.add(address + " #" + form.id() + " as " + role + ": stored data changed");
                    }
                }
            }
        }
        String figures = posts + " posts to " + forms + " forms on " + views
                + " pages as the roles that open them, seed " + SEED;
        reporter.publishEntry("form fuzz", figures);
        LOG.info(() -> "form fuzz: " + figures);
        assertThat(wrong).as(posts + " posts").isEmpty();
        assertThat(posts).isGreaterThan(1000);
        assertThat(StoredData.fingerprint(servers))
                .as("stored data after " + posts + " posts no page could send, to " + String.join(", ", pages))
                .isEqualTo(before);
    }

    /** A post: the form's fields as the page gave them, changed in one way that the Hub must refuse. */
    private record Post(int index, String what, Mutation mutation) {
        List<Map.Entry<String, String>> fields(List<Map.Entry<String, String>> page, String nonce) {
            List<Map.Entry<String, String>> fields = new ArrayList<>(page);
            fields.add(Map.entry("primefaces.nonce", nonce == null ? "" : nonce));
            return mutation.apply(fields);
        }
    }

    @FunctionalInterface
    private interface Mutation {
        List<Map.Entry<String, String>> apply(List<Map.Entry<String, String>> fields);
    }

    /** The posts for one form: tampered hidden fields first, then field mutations in a fixed random order. */
    private static List<Post> posts(Element form, List<String> viewParameters, Random random) {
        List<Map.Entry<String, String>> fields = fields(form);
        List<Map.Entry<String, String>> buttons = buttons(form);
        List<Post> posts = new ArrayList<>();
        Map.Entry<String, String> button = buttons.isEmpty() ? null : buttons.get(0);
        List<String[]> tampering = new ArrayList<>(List.of(
                new String[] {"no view state", "jakarta.faces.ViewState", null},
                new String[] {"a 'stateless' view state", "jakarta.faces.ViewState", "stateless"},
                new String[] {"a forged view state", "jakarta.faces.ViewState", "-123456789:987654321"},
                new String[] {"a view state of garbage", "jakarta.faces.ViewState", "\u0001<xml>"},
                new String[] {"no nonce", "primefaces.nonce", null},
                new String[] {"a wrong nonce", "primefaces.nonce", "AAAA"}));
        // The page's own address parameters, overridden in the post: a report, municipality or step of another's.
        for (String parameter : viewParameters) {
            tampering.add(new String[] {parameter + " overridden", parameter, "1"});
            tampering.add(new String[] {parameter + " overridden", parameter, "roskilde"});
        }
        for (String[] t : tampering) {
            String name = t[1];
            String value = t[2];
            posts.add(new Post(posts.size(), t[0] + " pressing " + name(button), f -> {
                List<Map.Entry<String, String>> changed = without(f, name);
                if (value != null) {
                    changed.add(Map.entry(name, value));
                }
                return press(changed, button);
            }));
        }
        List<Post> mutations = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            String name = field.getKey();
            if (name.equals("jakarta.faces.ViewState") || name.equals(form.id())) {
                continue;
            }
            List<String> values = new ArrayList<>(BAD_TEXT);
            if (field.getValue().matches("-?[0-9.,]+|\\d{2}-\\d{2}-\\d{4}")) {
                values.addAll(WRONG_KIND);
            }
            Element input = form.selectFirst("[name=\"" + name + "\"]");
            if (input != null && (input.tagName().equals("select") || "radio".equals(input.attr("type")))) {
                values.add("IKKE-EN-VALGMULIGHED");
            }
            for (String value : values) {
                Map.Entry<String, String> pressed =
                        buttons.isEmpty() ? null : buttons.get(random.nextInt(buttons.size()));
                String shown = value.length() > 30 ? value.length() + " characters" : escape(value);
                mutations.add(new Post(0, name + "=" + shown + " pressing " + name(pressed), f -> {
                    List<Map.Entry<String, String>> changed = without(f, name);
                    changed.add(Map.entry(name, value));
                    return press(changed, pressed);
                }));
            }
        }
        java.util.Collections.shuffle(mutations, random);
        for (Post m : mutations.subList(0, Math.min(FIELD_POSTS_PER_FORM, mutations.size()))) {
            posts.add(new Post(posts.size(), m.what(), m.mutation()));
        }
        return posts;
    }

    private static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> fields, String name) {
        return fields.stream().filter(e -> !e.getKey().equals(name)).collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<Map.Entry<String, String>> press(
            List<Map.Entry<String, String>> fields, Map.Entry<String, String> button) {
        if (button != null) {
            fields.add(button);
        }
        return fields;
    }

    private static String name(Map.Entry<String, String> button) {
        return button == null ? null : button.getKey();
    }

    /** What the browser would send for the form as the page shows it, buttons aside. */
    private static List<Map.Entry<String, String>> fields(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (type.equals("submit") || type.equals("button") || type.equals("image") || input.hasAttr("disabled")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value;
            if (input.tagName().equals("textarea")) {
                value = input.text();
            } else if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                chosen = chosen == null ? input.selectFirst("option") : chosen;
                value = chosen == null ? "" : chosen.attr("value");
            } else {
                value = input.attr("value");
            }
            fields.add(Map.entry(input.attr("name"), value));
        }
        return fields;
    }

    /** The form's buttons that send it, each with the value a browser sends for it (its label). */
    private static List<Map.Entry<String, String>> buttons(Element form) {
        Map<String, String> buttons = new LinkedHashMap<>();
        for (Element b : form.select("input[type=submit][name], button[name]:not([type=button])")) {
            buttons.putIfAbsent(b.attr("name"), b.hasAttr("value") ? b.attr("value") : "x");
        }
        return List.copyOf(buttons.entrySet());
    }

    private static String action(Element form) {
        return form.attr("action").replace("&amp;", "&");
    }

    private static String nonce(String page) {
        Matcher nonce = NONCE.matcher(page);
        return nonce.find() ? nonce.group(1) : null;
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static final Pattern VIEW_PARAMETER = Pattern.compile("<f:viewParam[^>]*\\bname=\"([^\"]+)\"");

    /** The address parameters the page reads ({@code f:viewParam}), from its source. */
    private static List<String> viewParameters(Route route) throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp" + route.path()));
        List<String> names = new ArrayList<>();
        Matcher parameter = VIEW_PARAMETER.matcher(page);
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        return names;
    }

    private static boolean isPage(PageMatrixIT.Row row) {
        return !row.route().equals("-")
                && Route.valueOf(row.route()).kind() == Route.Kind.PAGE
                && Route.valueOf(row.route()) != Route.LOGIN_RETURN;
    }

    private static String escape(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c > 0xFFF0 || Character.isSurrogate((char) c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static void check(String what, WebSession.Visit answer, List<String> wrong) {
        if (answer.status() >= 500) {
            wrong.add(what + " → " + answer.status());
            return;
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                wrong.add(what + " → " + answer.status() + " shows '" + leak + "'");
                return;
            }
        }
    }
}
