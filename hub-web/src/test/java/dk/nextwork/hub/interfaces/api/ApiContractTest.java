package dk.nextwork.hub.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.nextwork.fidelity.onboarding.TeamPlanner;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.assessment.rest.AssessmentsResource;
import dk.nextwork.hub.interfaces.me.rest.MeResource;
import dk.nextwork.hub.interfaces.municipality.rest.MunicipalitiesResource;
import dk.nextwork.hub.interfaces.period.rest.PeriodsResource;
import dk.nextwork.hub.interfaces.supervision.rest.SupervisionSessionsResource;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The OpenAPI document's description of the resources")
class ApiContractTest {

    @Test
    @DisplayName("every class with @Path is one of the API's resources the document is described from")
    void everyResourceListed() {
        Set<String> resources = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dk.nextwork.hub")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
        assertThat(resources).hasSizeGreaterThan(10);
        assertThat(ApiContract.RESOURCES.stream().map(Class::getName).collect(Collectors.toSet()))
                .isEqualTo(resources);
    }

    @Test
    @DisplayName("each operation found by method and path as the document writes them; 71 with the test clock's")
    void operationsByMethodAndPath() {
        var methods = ApiContract.resourceMethods();
        assertThat(methods).hasSize(71);
        assertThat(methods.get("GET /api/assessments/{id}").getName()).isEqualTo("get");
        assertThat(methods.get("POST /api/assessments").getName()).isEqualTo("start");
        assertThat(methods.get("GET /api/assessments").getName()).isEqualTo("list");
        assertThat(methods.get("PUT /api/onboarding/{slug}/activities/{activity}")
                        .getName())
                .isEqualTo("done");
        assertThat(methods.get("GET /api/me").getName()).isEqualTo("me");
    }

    @Test
    @DisplayName("schema names: a view without 'View', a nested type with its enclosing type's name unless it has it")
    void schemaNames() {
        assertThat(ApiSchemas.name(AssessmentView.class)).isEqualTo("Assessment");
        assertThat(ApiSchemas.name(AssessmentView.Item.class)).isEqualTo("AssessmentItem");
        assertThat(ApiSchemas.name(AssessmentView.Summary.class)).isEqualTo("AssessmentSummary");
        assertThat(ApiSchemas.name(PracticeViews.Practice.class)).isEqualTo("Practice");
        assertThat(ApiSchemas.name(PracticeViews.Hit.class)).isEqualTo("PracticeHit");
        assertThat(ApiSchemas.name(NotificationService.Inbox.class)).isEqualTo("NotificationInbox");
        assertThat(ApiSchemas.name(TeamPlanner.Plan.class)).isEqualTo("TeamPlannerPlan");
        assertThat(ApiSchemas.name(AssessmentsResource.NewDraft.class)).isEqualTo("AssessmentNewDraft");
        assertThat(ApiSchemas.name(MeResource.Me.class)).isEqualTo("Me");
        assertThat(ApiSchemas.name(PeriodsResource.NewPeriod.class)).isEqualTo("NewPeriod");
        assertThat(ApiSchemas.name(MunicipalitiesResource.StatusChange.class)).isEqualTo("MunicipalityStatusChange");
        assertThat(ApiSchemas.name(SupervisionSessionsResource.SessionInput.class))
                .isEqualTo("SupervisionSessionInput");
    }
}
