package th.poverty.plan.compass;

import java.time.LocalDate;
import java.util.List;

/**
 * The MOU (ข้อผูกพัน) the household and the team signed on a version of the plan. The
 * household's signatory is kept by role only: the person is household-service's personal data.
 */
public record Agreement(
        int planVersion,
        LocalDate signedOn,
        String place,
        HouseholdSignatory householdSignatory,
        List<TeamSignatory> teamSignatories) {

    public Agreement {
        teamSignatories = List.copyOf(teamSignatories);
    }
}
