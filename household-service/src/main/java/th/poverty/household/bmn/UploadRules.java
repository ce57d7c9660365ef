package th.poverty.household.bmn;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import th.poverty.area.Areas;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;

/** What every upload of a file to import checks, whatever the file: who uploads where, and its charset. */
public final class UploadRules {

    private UploadRules() {
    }

    /** The uploader's area, which the job imports into; a token without one may import nothing. */
    public static String areaOf(Caller caller) {
        String area = caller.area();
        if (area == null) {
            throw ProblemException.forbidden("Your token carries no area, so you may import no village");
        }
        return area;
    }

    /** A job is seen by those whose area holds its uploader's: the uploader, and the offices above. */
    public static boolean sees(String callerArea, String jobArea, Areas areas) {
        if (callerArea == null) {
            return false;
        }
        if (callerArea.isEmpty() || callerArea.equals(jobArea)) {
            return true;
        }
        return areas.pathOf(jobArea).map(path -> path.within(callerArea)).orElse(false);
    }

    /** The file is read as UTF-8; a client that says it sends another charset would see its names garbled. */
    public static void requireUtf8(String contentType) {
        if (contentType == null) {
            return;
        }
        var charset = MediaType.valueOf(contentType).getParameters().get("charset");
        if (charset != null && !charset.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8")) {
            throw new ProblemException(Problem.of(415, "unsupported-charset", "Send UTF-8",
                    "The file must be UTF-8 (charset=" + charset + " was given): save it as \"CSV UTF-8\"")
                    .withField(HttpHeaders.CONTENT_TYPE));
        }
    }
}
