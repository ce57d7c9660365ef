package th.poverty.household;

import java.math.BigDecimal;
import java.util.List;

import th.poverty.domain.FreeText;

/**
 * The 4 ท assessment: attitude (ทัศนะ), skills (ทักษะ), resources (ทรัพยากร) and the way out the
 * household agrees on (ทางออก). Structured where the team counts or compares, notes where it writes.
 */
public record Assessment(Attitude attitude, Skills skills, Resources resources, WayOut wayOut) {

    /** ท1 ทัศนะ: how the household sees its life and work. */
    public record Attitude(boolean willingToChange, @FreeText String notes) {
    }

    /** ท2 ทักษะ: who can work, and what they can do. */
    public record Skills(int workingMembers, List<String> skills, @FreeText String notes) {
    }

    /** ท3 ทรัพยากร: land and means of production. {@code landRai}: land the household farms, in rai. */
    public record Resources(BigDecimal landRai, boolean ownsLand, List<String> meansOfProduction, @FreeText String notes) {
    }

    /** ท4 ทางออก: the way out agreed with the household. */
    public record WayOut(@FreeText String direction, @FreeText String notes) {
    }
}
