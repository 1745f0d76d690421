package dk.nextwork.hub.web.benchmark;

import java.util.List;
import java.util.Random;

/**
 * Realistic Danish practice texts for benchmarks: titles, summaries and bodies built from the words NExTWORK teams
 * use, with the inflections Danish search has to cope with (praktik, praktikken, praktikker, praktikkerne …).
 * Deterministic for a seed, so runs compare.
 */
public final class PracticeTexts {

    private static final List<String> SUBJECTS = List.of(
            "De unge",
            "Konsulenterne",
            "Virksomhederne",
            "Teamet",
            "Praktikværten",
            "Ungekonsulenten",
            "Virksomhedskonsulenten",
            "Psykologen",
            "Teamlederen",
            "Netværket",
            "Mentorerne",
            "Kollegerne");
    private static final List<String> VERBS = List.of(
            "vælger",
            "planlægger",
            "mødes om",
            "afprøver",
            "følger op på",
            "fortæller om",
            "forbereder",
            "evaluerer",
            "deler erfaringer om",
            "inviterer til",
            "tager ansvar for",
            "præsenterer");
    private static final List<String> OBJECTS = List.of(
            "praktikken",
            "praktikpladser",
            "praktikkerne",
            "netværksmødet",
            "netværksmøderne",
            "næste event",
            "eventene",
            "arbejdsopgaverne",
            "virksomhedsbesøg",
            "mentorordningen",
            "ugens erfaringer",
            "morgenmøderne",
            "værkstedet",
            "værkstederne",
            "samtalerne",
            "arbejdsidentiteten",
            "opgaverne",
            "virksomhedsnetværket",
            "kontrakten",
            "fremmødet",
            "dagsordenen",
            "skemaet",
            "vejledningen",
            "forventningerne",
            "arbejdspladsen",
            "praktikforløbet",
            "jobsamtalen",
            "overgangen til job");
    private static final List<String> TIMES = List.of(
            "hver uge",
            "om morgenen",
            "efter hvert event",
            "i den første praktikuge",
            "hver fredag",
            "før praktikstart",
            "når praktikken slutter",
            "en gang om måneden",
            "sammen med virksomhederne",
            "i ungenetværket");
    private static final List<String> ADJECTIVES =
            List.of("Ugentlig", "Fast", "Fælles", "Kort", "Åben", "Lokal", "Ny", "Struktureret", "Uformel", "Digital");
    private static final List<String> NOUNS = List.of(
            "praktikopfølgning",
            "matchevent",
            "netværksmøde",
            "virksomhedsbesøg",
            "værkstedsdag",
            "morgenmøde",
            "mentorordning",
            "praktikmesse",
            "erfaringsudveksling",
            "jobsamtale",
            "introduktion",
            "sparring");
    private static final List<String> ENDINGS = List.of(
            "for praktikværter",
            "med de unge i centrum",
            "i virksomhedsnetværket",
            "på tværs af kommuner",
            "med fokus på arbejdsidentitet",
            "hvor de unge vælger selv",
            "før og efter praktikken",
            "med lokale virksomheder");

    private final Random random;

    public PracticeTexts(long seed) {
        this.random = new Random(seed);
    }

    public String title() {
        return pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(ENDINGS);
    }

    public String summary() {
        return sentence() + " " + sentence();
    }

    /** A body of 4–12 paragraphs of two or three sentences, as sanitised HTML would keep it. */
    public String body() {
        StringBuilder body = new StringBuilder();
        int paragraphs = 4 + random.nextInt(9);
        for (int i = 0; i < paragraphs; i++) {
            body.append("<p>").append(sentence()).append(' ').append(sentence());
            if (random.nextBoolean()) {
                body.append(' ').append(sentence());
            }
            body.append("</p>");
        }
        return body.toString();
    }

    public String sentence() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TIMES) + ".";
    }

    /** A search a consultant might type: one or two words, often inflected. */
    public String query() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(OBJECTS);
            case 1 -> pick(NOUNS) + "er";
            case 2 -> pick(NOUNS) + " " + pick(OBJECTS);
            default -> "\"" + pick(VERBS) + "\"";
        };
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
