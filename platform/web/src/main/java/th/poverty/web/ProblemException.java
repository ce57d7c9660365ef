package th.poverty.web;

/** Ends a request with a problem+json answer; the one mapper turns it into the response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final boolean hidden;

    public ProblemException(Problem problem) {
        this(problem, false);
    }

    private ProblemException(Problem problem, boolean hidden) {
        super(problem.detail());
        this.problem = problem;
        this.hidden = hidden;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(Problem.of(400, "invalid-input", "Invalid input", detail).withField(field));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Problem.of(404, "not-found", what + " not found", what + " " + id + " does not exist"));
    }

    /**
     * What exists outside the caller's area: the same 404 as {@link #notFound}, so the caller learns
     * nothing, but recorded as a security event ({@link SecurityEvents}).
     */
    public static ProblemException hidden(String what, String id) {
        return new ProblemException(notFound(what, id).problem, true);
    }

    /** Whether this answer hides something that exists. */
    public boolean hidden() {
        return hidden;
    }

    /** A domain rule refused the command (HTTP 409). */
    public static ProblemException rejected(String slug, String title, String detail) {
        return new ProblemException(Problem.of(409, slug, title, detail));
    }

    /** A partner agency acting for another agency, or a partner token that names none. */
    public static ProblemException notYourAgency(String detail) {
        return new ProblemException(Problem.of(403, "not-your-agency", "Not your agency", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "outside-your-area", "Outside your area", detail));
    }
}
