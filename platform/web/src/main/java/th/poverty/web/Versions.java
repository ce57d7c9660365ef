package th.poverty.web;

/**
 * ETag = aggregate version. A write to an existing aggregate must say which version it read
 * ({@code If-Match: "3"}): without it 428, with an older one 412.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; a weak tag ({@code W/"3"}) counts too. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Problem.of(428, "if-match-required", "If-Match required",
                    "Send If-Match with the version (ETag) you read, so no one's change is overwritten")
                    .withField(IF_MATCH));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(IF_MATCH, "If-Match must be an ETag this API gave out, such as \"3\"");
        }
    }
}
