package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The core tasks done with the keyboard alone, as a person who cannot use a mouse does them: Tab to move, Enter and
 * Space to act, the arrow keys to choose within a group. Nothing here clicks; every step starts from where the
 * previous key left the focus. And every choice in the forms has its own accessible name, as a screen reader reads it.
 */
@DisplayName("Keyboard and screen reader")
class KeyboardIT extends HubTest {

    /** More Tabs than any page has stops before the one looked for: a page that traps focus fails, not hangs. */
    private static final int MAX_TABS = 120;

    @Test
    @DisplayName("a lead opens the draft from the list with Enter, rates with the arrow keys and keeps going, and moves"
            + " to the next steps by keyboard")
    void leadFillsInTheFormByKeyboard() {
        TestMunicipality m = servers.newMunicipality();
        long id = new Assessments(api)
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/selvevalueringer.xhtml");
            tabTo(browser, "a[href*='selvevaluering.xhtml?id=" + id + "']");
            press(browser, Keys.ENTER);
            browser.waitFor(By.id("form-saved"));
            assertThat(browser.driver().getCurrentUrl()).contains("selvevaluering.xhtml?id=" + id);

            // Step 1 is the key figures; the step list takes the user to "2. Arbejdsidentitet" with Enter.
            tabTo(browser, "nav.hub-steps a[href*='trin=AI']");
            press(browser, Keys.ENTER);
            browser.waitForText(By.cssSelector("nav.hub-steps [aria-current='step']"), "2. Arbejdsidentitet");

            // Tab reaches AI1's first rating; Space chooses 1, the arrow keys move on to 2 and 3, each one saved,
            // and the focus stays on the choice so the next key acts.
            tabTo(browser, "#item-AI1 input[type=radio]");
            String saved = browser.attribute(By.id("form-saved"), "data-version");
            press(browser, Keys.SPACE);
            browser.waitForAttributeChange(By.id("form-saved"), "data-version", saved);
            for (int expected = 2; expected <= 3; expected++) {
                saved = browser.attribute(By.id("form-saved"), "data-version");
                press(browser, Keys.ARROW_RIGHT);
                browser.waitForAttributeChange(By.id("form-saved"), "data-version", saved);
                WebElement focused = browser.driver().switchTo().activeElement();
                assertThat(focused.getAttribute("type")).isEqualTo("radio");
                assertThat(focused.getAttribute("value")).isEqualTo(String.valueOf(expected));
                assertThat(focused.isSelected()).isTrue();
            }
            assertThat(Assessments.item(new Assessments(api).get(token(m.lead()), id), "AI1")
                            .path("selfRating")
                            .asInt())
                    .isEqualTo(3);

            // On to the next step with the "Næste" button, reached by Tab from the rating and pressed with Enter.
            tabTo(browser, "[id='form:next']");
            press(browser, Keys.ENTER);
            browser.waitForText(By.cssSelector("nav.hub-steps [aria-current='step']"), "3. Mange til mange");
        }
    }

    @Test
    @DisplayName("a supervisor opens a waiting report from the start page and from the review queue with Enter")
    void supervisorOpensReviewsByKeyboard() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.current());
        long id = draft.path("id").asLong();
        JsonNode rated = assessments.saved(lead, id, Assessments.ratingsBody(draft, Map.of(), 4));
        assessments.transitioned(lead, id, "submit", rated.path("version").asLong());

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/gennemgang.xhtml");
            tabTo(browser, "a[href*='gennemgaa.xhtml?id=" + id + "']");
            press(browser, Keys.ENTER);
            browser.waitFor(By.id("review-saved"));
            assertThat(browser.driver().getCurrentUrl()).contains("gennemgaa.xhtml?id=" + id);

            // The start page lists the longest-waiting reports; the first one opens with Enter.
            browser.open(servers.hub() + "/index.xhtml");
            tabTo(browser, "[data-task=review] a");
            String href = browser.driver().switchTo().activeElement().getAttribute("href");
            press(browser, Keys.ENTER);
            browser.waitFor(By.id("review-saved"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(href);
        }
    }

    @Test
    @DisplayName("on a phone, Godkend rapporten brings its question into view with the focus on it; Tab and Enter"
            + " approve, and the result is announced with the focus on it: three key presses from the button")
    void supervisorApprovesByKeyboard() {
        TestMunicipality m = servers.newMunicipality();
        long id =
                new Assessments(api).submitted(m, Periods.current()).path("id").asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.viewport(390);
            browser.open(servers.hub() + "/gennemgaa.xhtml?id=" + id);
            browser.waitFor(By.id("decision-form:approve"));
            browser.script("document.getElementById('decision-form:approve').focus()");
            press(browser, Keys.ENTER);
            browser.waitFor(By.id("decision-form:confirm-approval"));
            browser.waiting(Duration.ofSeconds(10))
                    .withMessage("the question has the focus")
                    .until(d -> "decision-form:confirm-approval"
                            .equals(browser.script("return document.activeElement.id")));
            assertThat(browser.driver().switchTo().activeElement().getAccessibleName())
                    .isEqualTo("Godkend og lås rapporten?");
            assertThat((Boolean) browser.script("var r = document.getElementById('decision-form:confirm-approval')"
                            + ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;"))
                    .as("the question is on screen")
                    .isTrue();
            press(browser, Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("value"))
                    .isEqualTo("Ja, godkend og lås");
            press(browser, Keys.ENTER);
            browser.waitForText(By.cssSelector("#messages .hub-notice p"), "Rapporten er godkendt og låst.");
            browser.waiting(Duration.ofSeconds(10))
                    .withMessage("the result has the focus")
                    .until(d ->
                            (Boolean) browser.script("return document.activeElement.matches('#messages .hub-notice')"));
        }
        assertThat(new Assessments(api)
                        .get(token("supervisor.anna"), id)
                        .path("state")
                        .asText())
                .isEqualTo("APPROVED");
    }

    @Test
    @DisplayName(
            "Tab from Resumé lands in the practice editor's text, whose words are kept as typed (not bold); Tab then"
                    + " reaches its toolbar once and goes on to the next field; Shift+Tab returns")
    void practiceEditorDoesNotTrapTheKeyboard() {
        TestMunicipality m = servers.newMunicipality();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.open(servers.hub() + "/praksis-ny.xhtml");
            tabTo(browser, "textarea[id$='summary']");
            press(browser, Keys.TAB);
            WebElement editor = browser.driver().switchTo().activeElement();
            assertThat(editor.getAttribute("class")).contains("ql-editor");
            assertThat(editor.getAccessibleName()).isEqualTo("Beskrivelse");

            new Actions(browser.driver())
                    .sendKeys("Vi holder ungenetværket om tirsdagen.")
                    .perform();
            assertThat(editor.getText()).isEqualTo("Vi holder ungenetværket om tirsdagen.");
            assertThat(editor.getAttribute("innerHTML")).doesNotContain("<strong>");

            // The toolbar is one stop, after the text; the arrow keys move inside it.
            press(browser, Keys.TAB);
            WebElement bold = browser.driver().switchTo().activeElement();
            assertThat(bold.getAccessibleName()).isEqualTo("Fed");
            assertThat((String) browser.script(
                            "return document.activeElement.closest('[role=toolbar]')" + ".getAttribute('aria-label')"))
                    .isEqualTo("Formatering af teksten");
            press(browser, Keys.ARROW_RIGHT);
            assertThat(browser.driver().switchTo().activeElement().getAccessibleName())
                    .isEqualTo("Kursiv");
            press(browser, Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getAccessibleName())
                    .isEqualTo("Arbejdsidentitet");
            assertThat(editor.getText()).isEqualTo("Vi holder ungenetværket om tirsdagen.");

            new Actions(browser.driver())
                    .keyDown(Keys.SHIFT)
                    .sendKeys(Keys.TAB)
                    .sendKeys(Keys.TAB)
                    .keyUp(Keys.SHIFT)
                    .perform();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                    .contains("ql-editor");

            // Framed like every field, at 4.6:1 (WCAG 1.4.11 asks 3:1; Quill's and PrimeFaces' own grey is 1.3:1), with
            // room to write; the library's search box too.
            assertThat(browser.script("return getComputedStyle(document.querySelector('.ui-texteditor .ql-container'))"
                            + ".borderLeftColor"))
                    .isEqualTo("rgb(95, 122, 109)");
            assertThat(((Number) browser.script(
                                    "return document.querySelector('.ql-editor').getBoundingClientRect()" + ".height"))
                            .doubleValue())
                    .isGreaterThanOrEqualTo(200);
            browser.open(servers.hub() + "/praksis.xhtml");
            assertThat(browser.script("return getComputedStyle(document.getElementById('q')).borderTopColor"))
                    .isEqualTo("rgb(95, 122, 109)");
        }
    }

    @Test
    @DisplayName("every rating, item, principle and format choice is announced with its own name, not its group's")
    void everyChoiceHasItsOwnName() {
        TestMunicipality m = servers.newMunicipality();
        long id = new Assessments(api)
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            new AssessmentFormScreen(browser, servers.hub()).open(id, "AI");
            // AI1's choices: 1 to 5 and "cannot be assessed", each named by itself; the group carries the item.
            assertThat(names(browser, "#item-AI1 input[type=radio]"))
                    .containsExactly("1", "2", "3", "4", "5", "Kan ikke vurderes");
            assertThat(browser.text(By.cssSelector("#item-AI1 fieldset.hub-rating legend")))
                    .isEqualTo("Selvvurdering AI1");

            browser.open(servers.hub() + "/praksis-ny.xhtml");
            assertThat(names(browser, "input[type=checkbox][name$='principles']"))
                    .containsExactly("Arbejdsidentitet", "Mange til mange", "Magtskifte");
        }
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.open(servers.hub() + "/supervision-ny.xhtml?kommune=" + m.slug());
            assertThat(names(browser, "input[type=radio][name$='format']"))
                    .containsExactly("Fysisk hos kommunen", "Virtuelt", "For hele netværket");
            List<String> items = names(browser, "input[type=checkbox][name='session:items']");
            assertThat(items).hasSize(16).doesNotHaveDuplicates();
            assertThat(items.get(0)).startsWith("AI1 ");
        }
    }

    /** Presses Tab until the focused element matches the selector, failing after {@link #MAX_TABS}. */
    private static void tabTo(Browser browser, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(browser, Keys.TAB);
            Boolean there = (Boolean) browser.script("return document.activeElement !== null"
                    + " && document.activeElement.matches(\"" + selector.replace("\"", "\\\"") + "\")");
            if (Boolean.TRUE.equals(there)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " (focus on "
                + browser.script("return document.activeElement.outerHTML.substring(0, 200)") + ")");
    }

    /** One key, sent to whatever has the focus, as a keyboard does. */
    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The accessible names of the matching elements, as Chromium computes them for a screen reader. */
    private static List<String> names(Browser browser, String selector) {
        browser.waitFor(By.cssSelector(selector));
        List<String> names = new ArrayList<>();
        for (WebElement e : browser.driver().findElements(By.cssSelector(selector))) {
            names.add(e.getAccessibleName());
        }
        return names;
    }
}
