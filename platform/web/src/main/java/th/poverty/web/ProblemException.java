package th.poverty.web;

/** Ends a request with a problem+json answer; the one mapper turns it into the response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
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

    /** A domain rule refused the command (HTTP 409). */
    public static ProblemException rejected(String slug, String title, String detail) {
        return new ProblemException(Problem.of(409, slug, title, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "outside-your-area", "Outside your area", detail));
    }
}
