package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.i18n.Messages;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.web.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Netværket's words in the page's language: the message bundle's texts, the sections' names from the instruments, and
 * the active instrument's principles (which sections make up fidelity).
 *
 * @param sections a section's name by its code
 * @param principles the active instrument's principle codes, in its order
 */
record NetworkWords(Locale locale, Function<String, String> sections, List<String> principles) {

    NetworkWords {
        principles = List.copyOf(principles);
    }

    static NetworkWords of(Language language, InstrumentTexts texts) {
        return new NetworkWords(
                language.getLocale(),
                texts::section,
                texts.getPrinciples().stream()
                        .map(InstrumentTexts.Principle::code)
                        .toList());
    }

    String text(String key) {
        return Messages.text(key, locale);
    }

    String text(Message message) {
        return Messages.format(message, locale);
    }

    String section(String code) {
        return sections.apply(code);
    }

    /** A score as the Hub shows scores ({@link NetworkFormats#score}). */
    String score(BigDecimal value) {
        return NetworkFormats.score(value, locale);
    }
}
