package dk.nextwork.hub.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.practice.PracticeStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * product.md: consultants browse, publish, comment on and adopt shared practice; other municipalities see a
 * municipality's work only where it is published to the network.
 */
@DisplayName("Who may read and rewrite a practice of Roskilde")
class PracticePolicyTest {

    @ParameterizedTest(name = "{0}, a {1} practice: {2}")
    @DisplayName("published practice is everyone's; a draft or archived one exists only for its own municipality")
    @CsvSource({
        "horsens-consultant, PUBLISHED, true",
        "researcher,         PUBLISHED, true",
        "supervisor,         PUBLISHED, true",
        "consultant,         DRAFT,     true",
        "lead,               ARCHIVED,  true",
        "horsens-consultant, DRAFT,     false",
        "horsens-lead,       ARCHIVED,  false",
        "supervisor,         DRAFT,     false",
        "admin,              ARCHIVED,  false"
    })
    void mayRead(String caller, PracticeStatus status, boolean may) {
        assertThat(PracticePolicy.mayRead(Callers.named(caller), "roskilde", status))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("its own lead and consultants rewrite and archive it; nobody else, network-wide roles included")
    @CsvSource({
        "consultant,         true",
        "lead,               true",
        "horsens-consultant, false",
        "horsens-lead,       false",
        "supervisor,         false",
        "admin,              false",
        "caseworker,         false"
    })
    void mayEdit(String caller, boolean may) {
        assertThat(PracticePolicy.mayEdit(Callers.named(caller), "roskilde")).isEqualTo(may);
    }
}
