package dk.nextwork.fidelity.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.fidelity.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The onboarding plan as versioned data ({@code onboarding-plan-1.0.json}, like the instrument): the stages a new
 * municipality goes through before it is an active member of the network, each with its activities and the days it
 * is expected to take.
 */
public record OnboardingPlan(String id, String version, Text name, List<Stage> stages) {

    /** The plan the Hub ships. */
    public static final String CURRENT = "dk/nextwork/fidelity/onboarding/onboarding-plan-1.0.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Stage(String code, Text name, int expectedDays, List<Activity> activities) {

        public Stage {
            activities = List.copyOf(activities);
        }
    }

    /**
     * An activity of a stage.
     *
     * @param recordedOn the event on which the Hub records the activity itself (such as {@link #FIRST_APPROVAL}), or
     *     null for one that people mark done
     */
    public record Activity(String code, Text name, String recordedOn) {

        /** Whether the Hub records this activity itself rather than a person marking it. */
        public boolean recordedByHub() {
            return recordedOn != null;
        }
    }

    /** The event of a municipality's first self-assessment being approved by a supervisor. */
    public static final String FIRST_APPROVAL = "first-approval";

    private static final Set<String> EVENTS = Set.of(FIRST_APPROVAL);

    public OnboardingPlan {
        stages = List.copyOf(stages);
    }

    /** The stage an activity belongs to. */
    public Optional<Stage> stageOf(String activity) {
        return stages.stream()
                .filter(s -> s.activities().stream().anyMatch(a -> a.code().equals(activity)))
                .findFirst();
    }

    /** The activities the Hub records itself on an event, such as {@link #FIRST_APPROVAL}. */
    public List<Activity> recordedOn(String event) {
        return activities().stream().filter(a -> event.equals(a.recordedOn())).toList();
    }

    /** Every activity, in the plan's order. */
    public List<Activity> activities() {
        return stages.stream().flatMap(s -> s.activities().stream()).toList();
    }

    /** Loads the plan from a class-path resource, checking it (codes unique, expected days positive). */
    public static OnboardingPlan load(String resource) {
        InputStream in = OnboardingPlan.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(resource + ": resource not found");
        }
        try (in) {
            return read(JSON.readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    private static OnboardingPlan read(JsonNode root, String file) {
        Set<String> codes = new HashSet<>();
        List<Stage> stages = new ArrayList<>();
        for (JsonNode s : root.path("stages")) {
            List<Activity> activities = new ArrayList<>();
            for (JsonNode a : s.path("activities")) {
                String event =
                        a.path("recordedOn").isTextual() ? a.path("recordedOn").asText() : null;
                if (event != null && !EVENTS.contains(event)) {
                    throw new IllegalArgumentException(
                            file + ": unknown recordedOn '" + event + "', not one of " + EVENTS);
                }
                activities.add(new Activity(code(a, codes, file), text(a.path("name"), file), event));
            }
            int days = s.path("expectedDays").asInt(0);
            if (days <= 0 || activities.isEmpty()) {
                throw new IllegalArgumentException(
                        file + ": stage " + s.path("code").asText() + " needs expectedDays > 0 and an activity");
            }
            stages.add(new Stage(code(s, codes, file), text(s.path("name"), file), days, activities));
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException(file + ": the plan has no stages");
        }
        return new OnboardingPlan(
                root.path("id").asText(), root.path("version").asText(), text(root.path("name"), file), stages);
    }

    private static String code(JsonNode node, Set<String> codes, String file) {
        String code = node.path("code").asText("");
        if (code.isBlank() || !codes.add(code)) {
            throw new IllegalArgumentException(file + ": missing or repeated code '" + code + "'");
        }
        return code;
    }

    private static Text text(JsonNode node, String file) {
        if (!node.path("da").isTextual() || !node.path("en").isTextual()) {
            throw new IllegalArgumentException(file + ": a name needs 'da' and 'en'");
        }
        return new Text(node.path("da").asText(), node.path("en").asText());
    }
}
