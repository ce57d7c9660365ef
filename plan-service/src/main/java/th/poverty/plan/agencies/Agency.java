package th.poverty.plan.agencies;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import th.poverty.area.AreaPath;
import th.poverty.domain.Decision;
import th.poverty.domain.Dimension;
import th.poverty.domain.Rejection;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.agencies.AgencyEvent.AgencyDetailsChanged;
import th.poverty.plan.agencies.AgencyEvent.AgencyRegistered;
import th.poverty.plan.compass.AssistanceKind;

/**
 * A partner agency (ภาคีการพัฒนา) in the registry: a government office, a local government (อปท.)
 * or a fund, with the area it serves at its level and what it serves: the dimensions of problems,
 * the kinds of help it gives, the welfare needs it meets.
 */
public record Agency(String code, String nameTh, String nameEn, AgencyLevel level, String areaCode,
                     Set<Dimension> dimensions, Set<AssistanceKind> helpKinds, Set<WelfareNeed> welfareNeeds) {

    /** Upper-case letters, digits, dots and hyphens, e.g. {@code PMJ.24} or {@code SSO-2401}. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{1,39}");

    public Agency {
        dimensions = Set.copyOf(dimensions);
        helpKinds = Set.copyOf(helpKinds);
        welfareNeeds = Set.copyOf(welfareNeeds);
    }

    /** Whether the agency's area holds {@code place}: the country holds every village. */
    public boolean serves(AreaPath place) {
        return place.within(areaCode);
    }

    /** The registry's entry for a new agency, or why it cannot be one. */
    public static Decision<AgencyEvent> register(Agency details) {
        return checked(details).map(Decision::<AgencyEvent>reject).orElseGet(() -> Decision.accept(new AgencyRegistered(
                details.code, details.nameTh, details.nameEn, details.level, details.areaCode, details.dimensions,
                details.helpKinds, details.welfareNeeds)));
    }

    /** The agency with new details; the same details again change nothing. */
    public Decision<AgencyEvent> change(Agency details) {
        var problem = checked(details);
        if (problem.isPresent()) {
            return Decision.reject(problem.get());
        }
        if (details.equals(this)) {
            return Decision.reject(Rejection.rule("agency-unchanged", "Agency " + code + " already has these details"));
        }
        return Decision.accept(new AgencyDetailsChanged(code, details.nameTh, details.nameEn, details.level,
                details.areaCode, details.dimensions, details.helpKinds, details.welfareNeeds));
    }

    public static Agency apply(Agency agency, AgencyEvent event) {
        return switch (event) {
            case AgencyRegistered e -> new Agency(e.code(), e.nameTh(), e.nameEn(), e.level(), e.areaCode(), e.dimensions(),
                    e.helpKinds(), e.welfareNeeds());
            case AgencyDetailsChanged e -> new Agency(e.code(), e.nameTh(), e.nameEn(), e.level(), e.areaCode(),
                    e.dimensions(), e.helpKinds(), e.welfareNeeds());
        };
    }

    private static Optional<Rejection> checked(Agency details) {
        if (!CODE.matcher(details.code).matches()) {
            return Optional.of(Rejection.invalid("code", "invalid-agency-code",
                    "An agency code is 2 to 40 upper-case letters, digits, dots or hyphens, e.g. PMJ.24"));
        }
        if (!details.level.fits(details.areaCode)) {
            return Optional.of(Rejection.invalid("areaCode", "area-outside-level",
                    "An agency at level " + details.level + " serves " + (details.level == AgencyLevel.NATIONAL
                            ? "the whole country (areaCode \"\")" : "one " + details.level.labelEn().toLowerCase()
                            + ", named by its code")));
        }
        if (details.dimensions.isEmpty() && details.welfareNeeds.isEmpty()) {
            return Optional.of(Rejection.invalid("dimensions", "agency-serves-nothing",
                    "An agency serves at least one dimension of problems or one welfare need"));
        }
        return Optional.empty();
    }
}
