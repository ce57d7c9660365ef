package th.poverty.team;

import th.poverty.area.AreaPath;
import th.poverty.web.Caller;

/**
 * The part of the area tree a use case may see and change: the caller's area claim ("" for the
 * whole country, null for nothing). Taken from the token once, so application services need no
 * request scope and the consumer can act for the whole country.
 */
public record Scope(String area) {

    public static final Scope EVERYWHERE = new Scope("");

    public static Scope of(Caller caller) {
        return new Scope(caller.area());
    }

    public boolean covers(AreaPath path) {
        return area != null && path.within(area);
    }
}
