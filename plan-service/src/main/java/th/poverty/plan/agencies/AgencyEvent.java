package th.poverty.plan.agencies;

import java.util.Set;

import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;
import th.poverty.plan.compass.AssistanceKind;

/**
 * What happens to an agency in the registry; each change is an event with who and why. An agency
 * is known everywhere by its code: problems, referrals and assistance name it, never a free-text name.
 */
public sealed interface AgencyEvent {

    String code();

    /** An agency joined the registry. */
    record AgencyRegistered(String code, String nameTh, String nameEn, AgencyLevel level, String areaCode,
                            Set<Dimension> dimensions, Set<AssistanceKind> helpKinds, Set<WelfareNeed> welfareNeeds)
            implements AgencyEvent {

        public AgencyRegistered {
            dimensions = Set.copyOf(dimensions);
            helpKinds = Set.copyOf(helpKinds);
            welfareNeeds = Set.copyOf(welfareNeeds);
        }
    }

    /** The agency's details as they are now: its names, level, area and what it serves. */
    record AgencyDetailsChanged(String code, String nameTh, String nameEn, AgencyLevel level, String areaCode,
                                Set<Dimension> dimensions, Set<AssistanceKind> helpKinds, Set<WelfareNeed> welfareNeeds)
            implements AgencyEvent {

        public AgencyDetailsChanged {
            dimensions = Set.copyOf(dimensions);
            helpKinds = Set.copyOf(helpKinds);
            welfareNeeds = Set.copyOf(welfareNeeds);
        }
    }
}
