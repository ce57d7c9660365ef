package th.poverty.reporting.household;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaPath;
import th.poverty.reporting.measure.Required;

/**
 * household-service's events as reporting reads them. Reporting keeps its own copy of their
 * shape, only the fields it needs: household-service may add fields without breaking it.
 * PovertyCausesRecorded, PovertyCausesAcknowledged and PersonalDataErased change no count: they
 * appear in the timeline only, so reporting keeps no record of them.
 */
public sealed interface HouseholdEvent {

    String householdId();

    /**
     * A target household was identified, from the BMN survey or at a community forum.
     *
     * @param annualIncomePerPerson THB per person per year from the BMN survey (the income
     *                              baseline); null for a forum nomination
     * @param surveyYear            the BMN survey year; null for a forum nomination
     * @param failedIndicators      the survey's failed indicators, by number in the year's round
     */
    record HouseholdIdentified(
            String householdId,
            IdentificationSource source,
            String provinceCode,
            String districtCode,
            String tambonCode,
            String villageCode,
            LocalDate identifiedOn,
            Integer annualIncomePerPerson,
            Integer surveyYear,
            List<Integer> failedIndicators) implements HouseholdEvent {

        public HouseholdIdentified {
            Required.field("householdId", householdId);
            Required.field("source", source);
            Required.field("provinceCode", provinceCode);
            Required.field("districtCode", districtCode);
            Required.field("tambonCode", tambonCode);
            Required.field("villageCode", villageCode);
            Required.field("identifiedOn", identifiedOn);
        }

        /** The household's place in the area tree, as household-service resolved it. */
        public AreaPath area() {
            return new AreaPath(provinceCode, districtCode, tambonCode, villageCode);
        }
    }

    /**
     * A later survey year surveyed the household again.
     *
     * @param annualIncomePerPerson THB per person per year the survey found; null when not given
     * @param failedIndicators      the indicators of the year's round the household fails now
     */
    record HouseholdResurveyed(String householdId, int surveyYear, LocalDate surveyedOn, Integer annualIncomePerPerson,
                               List<Integer> failedIndicators) implements HouseholdEvent {
        public HouseholdResurveyed {
            Required.field("householdId", householdId);
            Required.field("surveyedOn", surveyedOn);
        }
    }

    /**
     * The village's yearly review, approved, made the household a target of the fiscal year,
     * carried over from the year before or new.
     */
    record HouseholdTargeted(String householdId, int fiscalYear, boolean carriedOver) implements HouseholdEvent {
        public HouseholdTargeted {
            Required.field("householdId", householdId);
        }
    }

    /**
     * A survey candidate was verified as a target household.
     *
     * @param confirmedOn when; null in facts logged before reporting kept it
     */
    record CandidateConfirmed(String householdId, LocalDate confirmedOn) implements HouseholdEvent {
        public CandidateConfirmed {
            Required.field("householdId", householdId);
        }
    }

    /** A survey candidate turned out not to be a target household: it leaves the funnel. */
    record CandidateDismissed(String householdId) implements HouseholdEvent {
        public CandidateDismissed {
            Required.field("householdId", householdId);
        }
    }

    record HouseholdVisited(String householdId) implements HouseholdEvent {
        public HouseholdVisited {
            Required.field("householdId", householdId);
        }
    }

    /** The 4 ท assessment (its content is household-service's business). */
    record HouseholdAssessed(String householdId) implements HouseholdEvent {
        public HouseholdAssessed {
            Required.field("householdId", householdId);
        }
    }

    record HouseholdClassified(String householdId, HouseholdGroup group) implements HouseholdEvent {
        public HouseholdClassified {
            Required.field("householdId", householdId);
            Required.field("group", group);
        }
    }

    /** Area codes are present only when the household moved to another village. */
    record HouseholdDetailsCorrected(String householdId, String provinceCode, String districtCode, String tambonCode,
                                     String villageCode) implements HouseholdEvent {
        public HouseholdDetailsCorrected {
            Required.field("householdId", householdId);
            if (villageCode != null) {
                Required.field("provinceCode", provinceCode);
                Required.field("districtCode", districtCode);
                Required.field("tambonCode", tambonCode);
            }
        }

        /** The new village's path, or null when the household did not move. */
        public AreaPath movedTo() {
            return villageCode == null ? null : new AreaPath(provinceCode, districtCode, tambonCode, villageCode);
        }
    }

    record HouseholdGraduated(String householdId, LocalDate graduatedOn, Integer annualIncomePerPerson)
            implements HouseholdEvent {
        public HouseholdGraduated {
            Required.field("householdId", householdId);
            Required.field("graduatedOn", graduatedOn);
        }
    }

    record HouseholdClosed(String householdId) implements HouseholdEvent {
        public HouseholdClosed {
            Required.field("householdId", householdId);
        }
    }

    record HouseholdReopened(String householdId) implements HouseholdEvent {
        public HouseholdReopened {
            Required.field("householdId", householdId);
        }
    }
}
