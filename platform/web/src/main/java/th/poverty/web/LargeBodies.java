package th.poverty.web;

/**
 * A route that takes bodies over {@link BodyLimit}'s limit and checks its own (a survey file
 * upload): a bean implementing this exempts its route from the JSON limit.
 */
public interface LargeBodies {

    /** The path its POSTs go to. */
    String path();
}
