package dk.nextwork.hub.keycloak;

import java.util.Locale;
import java.util.Optional;

/**
 * The NSIS assurance levels, lowest first, as OIOSAML 3 sends them in the attribute {@value #ATTRIBUTE}: the level's
 * name ({@code Substantial}), or the same as a URI under the attribute's name
 * ({@code https://data.gov.dk/concept/core/nsis/loa/Substantial}, the form of the authentication context class).
 */
public enum NsisLevel {
    LOW("Low", "Lav"),
    SUBSTANTIAL("Substantial", "Betydelig"),
    HIGH("High", "Høj");

    /** The OIOSAML 3 attribute that carries the level. */
    public static final String ATTRIBUTE = "https://data.gov.dk/concept/core/nsis/loa";

    private final String name;
    private final String danish;

    NsisLevel(String name, String danish) {
        this.name = name;
        this.danish = danish;
    }

    /** The level's name as OIOSAML 3 spells it, such as {@code Substantial}. */
    public String oiosamlName() {
        return name;
    }

    /** The level, or empty for anything that is not one of the three in either form. */
    public static Optional<NsisLevel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip();
        if (name.startsWith(ATTRIBUTE + "/")) {
            name = name.substring(ATTRIBUTE.length() + 1);
        }
        for (NsisLevel level : values()) {
            if (level.name.equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Whether this level meets the minimum. */
    public boolean atLeast(NsisLevel minimum) {
        return compareTo(minimum) >= 0;
    }

    /** The level's name for a person: Danish ("Betydelig"), or the English one. */
    public String label(Locale locale) {
        return "da".equals(locale.getLanguage()) ? danish : name;
    }
}
