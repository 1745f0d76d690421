package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.DanishTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** "Gemt kl. 14:32" (today) or "Gemt 20-11-2026 14:32": when something was last saved, in the user's words. */
public final class SavedAt {

    private SavedAt() {}

    public static String text(Instant savedAt, Language language) {
        if (savedAt == null) {
            return "";
        }
        ZonedDateTime at = savedAt.atZone(DanishTime.ZONE);
        boolean today = at.toLocalDate().equals(LocalDate.now(DanishTime.ZONE));
        String when = at.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "dd-MM-uuuu HH:mm"));
        return language.text(today ? "form.savedAt" : "form.savedOn").replace("{0}", when);
    }
}
