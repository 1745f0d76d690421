package dk.nextwork.hubapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

@DisplayName("The generated client")
class ClientTest {

    private static final Path DOCUMENT = Path.of("src/main/openapi/hub-api.json");
    private static final Path API_CLASSES = Path.of("target/classes/dk/nextwork/hubapi/client/api");

    @Test
    @DisplayName("the document passes openapi-generator's validation with its recommendations: no error, no warning")
    void documentValidates() {
        // As `openapi-generator validate --recommend` does it: the parser's messages are errors, the evaluator's
        // recommendations warnings.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readLocation(DOCUMENT.toString(), null, options);
        assertThat(parsed.getMessages()).as("the parser's errors").isEmpty();
        RuleConfiguration rules = new RuleConfiguration();
        rules.setEnableRecommendations(true);
        ValidationResult result = new OpenApiEvaluator(rules).validate(parsed.getOpenAPI());
        assertThat(result.getErrors().stream().map(Invalid::getMessage))
                .as("errors")
                .isEmpty();
        assertThat(result.getWarnings().stream().map(i -> i.getMessage() + ": " + i.getDetails()))
                .as("warnings")
                .isEmpty();
    }

    @Test
    @DisplayName("every API method answers a type of the document's: none answers Object, a list of Object or a map of"
            + " Object")
    void noMethodAnswersObject() throws IOException, ClassNotFoundException {
        List<String> untyped = new ArrayList<>();
        int methods = 0;
        try (Stream<Path> files = Files.list(API_CLASSES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Api.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> api = Class.forName("dk.nextwork.hubapi.client.api." + name);
                for (Method method : api.getDeclaredMethods()) {
                    if (!Modifier.isPublic(method.getModifiers())) {
                        continue;
                    }
                    methods++;
                    if (mentionsObject(method.getGenericReturnType())) {
                        untyped.add(name + "." + method.getName() + " → " + method.getGenericReturnType());
                    }
                }
            }
        }
        assertThat(methods).as("API methods").isGreaterThan(130);
        assertThat(untyped).isEmpty();
    }

    private static boolean mentionsObject(Type type) {
        if (type == Object.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (mentionsObject(argument)) {
                    return true;
                }
            }
        }
        return false;
    }
}
