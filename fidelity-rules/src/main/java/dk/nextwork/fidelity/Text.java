package dk.nextwork.fidelity;

import java.util.Locale;
import java.util.Objects;

/** A text in Danish, the Hub's first language, and English. */
public record Text(String da, String en) {

    public Text {
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
    }

    /** The English text for an English locale, the Danish text otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : da;
    }
}
