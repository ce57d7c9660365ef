package th.poverty.team.villages;

import java.util.Optional;
import java.util.regex.Pattern;

import th.poverty.domain.Rejection;

/**
 * A village's name as the registry keeps it: spaces tidied, so that a list saved again by a
 * spreadsheet with a stray space renames nothing. The Thai name must hold Thai letters and the
 * English one none: either way round, the list's columns were swapped.
 */
final class VillageName {

    static final int MOST_CHARACTERS = 150;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern THAI_LETTER = Pattern.compile("[\\u0E01-\\u0E2E]");

    private VillageName() {
    }

    /** The name with its spaces tidied; null for none. */
    static String tidy(String raw) {
        if (raw == null) {
            return null;
        }
        String tidied = SPACES.matcher(raw).replaceAll(" ").strip();
        return tidied.isEmpty() ? null : tidied;
    }

    static Optional<Rejection> thaiProblem(String field, String name) {
        if (name == null) {
            return Optional.of(Rejection.invalid(field, "name-required", "A village needs its Thai name (ชื่อหมู่บ้าน)"));
        }
        return common(field, name).or(() -> THAI_LETTER.matcher(name).find() ? Optional.empty()
                : Optional.of(Rejection.invalid(field, "name-not-thai",
                "The Thai name '" + name + "' has no Thai letter: are the name columns swapped?")));
    }

    static Optional<Rejection> englishProblem(String field, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return common(field, name).or(() -> THAI_LETTER.matcher(name).find()
                ? Optional.of(Rejection.invalid(field, "name-not-english",
                "The English name '" + name + "' is in Thai letters: are the name columns swapped?"))
                : Optional.empty());
    }

    private static Optional<Rejection> common(String field, String name) {
        if (name.length() > MOST_CHARACTERS) {
            return Optional.of(Rejection.invalid(field, "name-too-long",
                    "A village's name has at most " + MOST_CHARACTERS + " characters"));
        }
        if (CONTROL.matcher(name).find()) {
            return Optional.of(Rejection.invalid(field, "name-unreadable", "The name holds control characters"));
        }
        return Optional.empty();
    }
}
