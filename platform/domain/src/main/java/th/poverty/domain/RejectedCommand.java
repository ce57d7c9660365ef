package th.poverty.domain;

/** Carries a domain {@link Rejection} out of the application layer to the REST mapper. */
public final class RejectedCommand extends RuntimeException {

    private final Rejection rejection;

    public RejectedCommand(Rejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
