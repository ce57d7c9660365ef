package th.poverty.reporting.measure;

/** A household's or a carer's facts: folded from its events, it tells what it adds to its area. */
public interface Facts {

    void apply(Object facts);

    Contribution contribution();
}
