package th.poverty.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.household.HouseholdCommand.AcknowledgePovertyCauses;
import th.poverty.household.HouseholdCommand.Assess;
import th.poverty.household.HouseholdCommand.ChangeHead;
import th.poverty.household.HouseholdCommand.Classify;
import th.poverty.household.HouseholdCommand.Close;
import th.poverty.household.HouseholdCommand.ConfirmCandidate;
import th.poverty.household.HouseholdCommand.CorrectDetails;
import th.poverty.household.HouseholdCommand.DismissCandidate;
import th.poverty.household.HouseholdCommand.ErasePersonalData;
import th.poverty.household.HouseholdCommand.FollowUp;
import th.poverty.household.HouseholdCommand.FlagTpmapTarget;
import th.poverty.household.HouseholdCommand.Graduate;
import th.poverty.household.HouseholdCommand.RecordMembers;
import th.poverty.household.HouseholdCommand.RecordPovertyCauses;
import th.poverty.household.HouseholdCommand.RecordSurvey;
import th.poverty.household.HouseholdCommand.RecordVisit;
import th.poverty.household.HouseholdCommand.Reopen;
import th.poverty.household.HouseholdCommand.Target;
import th.poverty.household.HouseholdEvent.CandidateConfirmed;
import th.poverty.household.HouseholdEvent.CandidateDismissed;
import th.poverty.household.HouseholdEvent.GraduateFollowedUp;
import th.poverty.household.HouseholdEvent.HouseholdAssessed;
import th.poverty.household.HouseholdEvent.HouseholdClassified;
import th.poverty.household.HouseholdEvent.HouseholdClosed;
import th.poverty.household.HouseholdEvent.HouseholdDetailsCorrected;
import th.poverty.household.HouseholdEvent.HouseholdGraduated;
import th.poverty.household.HouseholdEvent.HouseholdHeadChanged;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.household.HouseholdEvent.HouseholdMembersRecorded;
import th.poverty.household.HouseholdEvent.HouseholdReopened;
import th.poverty.household.HouseholdEvent.HouseholdResurveyed;
import th.poverty.household.HouseholdEvent.HouseholdTargeted;
import th.poverty.household.HouseholdEvent.HouseholdVisited;
import th.poverty.household.HouseholdEvent.PersonalDataErased;
import th.poverty.household.HouseholdEvent.PovertyCausesAcknowledged;
import th.poverty.household.HouseholdEvent.PovertyCausesRecorded;
import th.poverty.household.HouseholdEvent.TpmapTargetFlagged;

/**
 * A target household through step 1 and after, rebuilt from its events. Each command checks the
 * rules and returns the events it causes, or why it refuses; {@link #apply} only moves the state
 * on. The steps go in order: (survey candidate →) identified → visited → assessed (4 ท) →
 * classified → graduated. A candidate is verified before any work on it, or dismissed, after
 * which it accepts nothing; a closed household accepts nothing but a reopen.
 */
public final class Household {

    /** A graduate is followed up twice, 6 months apart (6 and 12 months after it left poverty). */
    static final int FOLLOW_UPS = 2;
    static final int FOLLOW_UP_MONTHS = 6;

    private final String id;
    private final HouseholdStatus status;
    private final HouseholdStatus statusBeforeClosing;
    private final IdentificationSource source;
    private final AreaPath area;
    private final LocalDate identifiedOn;
    private final Integer members;
    private final int visits;
    private final HouseholdGroup group;
    private final boolean causesRecorded;
    private final boolean causesAcknowledged;
    private final ClosureReason closure;
    private final String duplicateOf;
    private final boolean personalDataErased;
    private final DismissalReason dismissal;
    private final String earlierCase;
    /** The latest BMN survey year whose facts the household carries; null for one never surveyed. */
    private final Integer surveyYear;
    private final LocalDate graduatedOn;
    /** The latest fiscal year (B.E.) a village's yearly review made the household a target of; null before any. */
    private final Integer targetYear;
    /** Follow-ups recorded since it graduated: the 6-month one, then the 12-month one. */
    private final int followUps;

    private Household(String id, HouseholdStatus status, HouseholdStatus statusBeforeClosing, IdentificationSource source,
                      AreaPath area, LocalDate identifiedOn, Integer members, int visits, HouseholdGroup group,
                      boolean causesRecorded, boolean causesAcknowledged, ClosureReason closure, String duplicateOf,
                      boolean personalDataErased, DismissalReason dismissal, String earlierCase, Integer surveyYear,
                      LocalDate graduatedOn, Integer targetYear, int followUps) {
        this.id = id;
        this.status = status;
        this.statusBeforeClosing = statusBeforeClosing;
        this.source = source;
        this.area = area;
        this.identifiedOn = identifiedOn;
        this.members = members;
        this.visits = visits;
        this.group = group;
        this.causesRecorded = causesRecorded;
        this.causesAcknowledged = causesAcknowledged;
        this.closure = closure;
        this.duplicateOf = duplicateOf;
        this.personalDataErased = personalDataErased;
        this.dismissal = dismissal;
        this.earlierCase = earlierCase;
        this.surveyYear = surveyYear;
        this.graduatedOn = graduatedOn;
        this.targetYear = targetYear;
        this.followUps = followUps;
    }

    /** Identifies a new household: the village must exist and the date must not lie ahead. */
    public static Decision<HouseholdEvent> identify(IdentifyHousehold command, Areas areas, LocalDate today) {
        var path = village(command.villageCode(), areas);
        if (path == null) {
            return unknownVillage("villageCode", command.villageCode());
        }
        Optional<Rejection> wrongDate = FactDate.problem(
                command.source() == IdentificationSource.COMMUNITY_FORUM ? "forumDate" : "identifiedOn",
                command.identifiedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        if (command.source() == IdentificationSource.COMMUNITY_FORUM && isBlank(command.reason())) {
            return Decision.reject(Rejection.invalid("reason", "reason-required",
                    "A forum nomination must say why the community proposes the household"));
        }
        return Decision.accept(new HouseholdIdentified(command.householdId(), command.source(), path.province(),
                path.district(), path.tambon(), path.village(), command.identifiedOn(), command.reason(),
                command.headIdHash(), command.houseHash(), command.surveyYear(), command.members(),
                command.annualIncomePerPerson(), command.failedIndicators(), command.earlierCase()));
    }

    /** Decides a command on this household. */
    public Decision<HouseholdEvent> decide(HouseholdCommand command, Areas areas, LocalDate today) {
        if (status == HouseholdStatus.CLOSED && !(command instanceof Reopen) && !(command instanceof ErasePersonalData)) {
            return rule("household-closed", "Household " + id + " is closed (" + closure + "): reopen it first");
        }
        if (status == HouseholdStatus.DISMISSED && !(command instanceof ErasePersonalData)) {
            return rule("candidate-dismissed", "Household " + id + " was dismissed as a candidate (" + dismissal
                    + "): a later survey round or a forum may identify it again");
        }
        if (status == HouseholdStatus.CANDIDATE && !acceptedFromCandidate(command)) {
            return rule("candidate-not-verified", "Household " + id + " is a survey candidate (รอตรวจสอบ): "
                    + "confirm it at a village forum or a home visit first");
        }
        return switch (command) {
            case ConfirmCandidate confirmation -> confirm(confirmation, today);
            case DismissCandidate dismissal -> dismiss(dismissal, today);
            case RecordVisit visit -> recordVisit(visit, today);
            case Assess assess -> assess(assess, today);
            case Classify classify -> classify(classify);
            case RecordPovertyCauses causes -> recordCauses(causes);
            case RecordMembers members -> recordMembers(members);
            case AcknowledgePovertyCauses acknowledgement -> acknowledgeCauses(acknowledgement, today);
            case CorrectDetails correction -> correct(correction, areas);
            case ChangeHead change -> status == HouseholdStatus.GRADUATED
                    ? rule("household-graduated", "Household " + id + " has left poverty")
                    : Decision.accept(new HouseholdHeadChanged(id, change.headIdHash(), change.change()));
            case RecordSurvey survey -> resurvey(survey);
            case FlagTpmapTarget flag -> flagTpmapTarget(flag);
            case Target target -> target(target);
            case FollowUp followUp -> followUp(followUp, today);
            case Graduate graduate -> graduate(graduate, today);
            case Close close -> close(close);
            case Reopen reopen -> reopen();
            case ErasePersonalData erase -> personalDataErased
                    ? rule("personal-data-erased", "The personal data of household " + id + " is already erased")
                    : Decision.accept(new PersonalDataErased(id));
        };
    }

    private static boolean acceptedFromCandidate(HouseholdCommand command) {
        return command instanceof ConfirmCandidate || command instanceof DismissCandidate
                || command instanceof CorrectDetails || command instanceof ErasePersonalData
                || command instanceof RecordSurvey || command instanceof FlagTpmapTarget;
    }

    private Decision<HouseholdEvent> confirm(ConfirmCandidate confirmation, LocalDate today) {
        if (status != HouseholdStatus.CANDIDATE) {
            return rule("not-a-candidate", "Household " + id + " is " + status + ", not a candidate to confirm");
        }
        Optional<Rejection> wrongDate = verificationDate("confirmedOn", confirmation.confirmedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        return Decision.accept(new CandidateConfirmed(id, confirmation.confirmedOn(), confirmation.method(),
                confirmation.forumId()));
    }

    private Decision<HouseholdEvent> dismiss(DismissCandidate dismissal, LocalDate today) {
        if (status != HouseholdStatus.CANDIDATE) {
            return rule("not-a-candidate", "Household " + id + " is " + status
                    + ", not a candidate: a verified household is closed, not dismissed");
        }
        boolean duplicate = dismissal.reason() == DismissalReason.DUPLICATE;
        if (duplicate && (isBlank(dismissal.duplicateOf()) || dismissal.duplicateOf().equals(id))) {
            return Decision.reject(Rejection.invalid("duplicateOf", "duplicate-of-required",
                    "A duplicate candidate must name the other household it duplicates"));
        }
        if (!duplicate && dismissal.duplicateOf() != null) {
            return Decision.reject(Rejection.invalid("duplicateOf", "duplicate-of-not-expected",
                    "duplicateOf applies only to DUPLICATE"));
        }
        Optional<Rejection> wrongDate = verificationDate("dismissedOn", dismissal.dismissedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        return Decision.accept(new CandidateDismissed(id, dismissal.dismissedOn(), dismissal.reason(),
                dismissal.duplicateOf(), dismissal.forumId()));
    }

    private Optional<Rejection> verificationDate(String field, LocalDate date, LocalDate today) {
        return FactDate.problem(field, date, today, identifiedOn, "before-identification", "the survey identified it");
    }

    private Decision<HouseholdEvent> recordVisit(RecordVisit visit, LocalDate today) {
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has left poverty");
        }
        Optional<Rejection> wrongDate = FactDate.problem("visitedOn", visit.visitedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        if (visit.visitedOn().isBefore(identifiedOn)) {
            return Decision.reject(Rejection.invalid("visitedOn", "before-identification",
                    "The visit on " + visit.visitedOn() + " is before the household was identified on " + identifiedOn));
        }
        return Decision.accept(new HouseholdVisited(id, visit.visitedOn(), visit.visitedBy(), visit.notes()));
    }

    private Decision<HouseholdEvent> assess(Assess assess, LocalDate today) {
        if (visits == 0) {
            return rule("not-yet-visited", "The 4 ท assessment is done at a home visit: record the visit first");
        }
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has left poverty");
        }
        Optional<Rejection> wrongDate = FactDate.problem("assessedOn", assess.assessedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        return Decision.accept(new HouseholdAssessed(id, assess.assessedOn(), assess.assessment()));
    }

    private Decision<HouseholdEvent> classify(Classify classify) {
        if (status.compareTo(HouseholdStatus.ASSESSED) < 0) {
            return rule("not-yet-assessed", "A household is classified after its 4 ท assessment, which is missing");
        }
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has left poverty");
        }
        if (classify.group() == group) {
            return rule("already-in-group", "Household " + id + " is already in " + group);
        }
        if (classify.group() != HouseholdGroup.WELFARE && !classify.welfareNeeds().isEmpty()) {
            return Decision.reject(Rejection.invalid("welfareNeeds", "welfare-needs-outside-group-ko",
                    "Welfare needs open welfare referrals, for a household in group ก (WELFARE) only"));
        }
        return Decision.accept(new HouseholdClassified(id, classify.group(), classify.welfareNeeds()));
    }

    private Decision<HouseholdEvent> recordCauses(RecordPovertyCauses causes) {
        if (visits == 0) {
            return rule("not-yet-visited", "The Family Folder is filled in with the household: record the visit first");
        }
        return Decision.accept(new PovertyCausesRecorded(id, causes.causes()));
    }

    /** The Family Folder is filled in with the household, so after a visit; at most one head; "elderly" means 60 or over. */
    private Decision<HouseholdEvent> recordMembers(RecordMembers recorded) {
        if (visits == 0) {
            return rule("not-yet-visited", "The Family Folder is filled in with the household: record the visit first");
        }
        var members = recorded.members();
        if (members.stream().filter(m -> m.relation() == HouseholdMember.Relation.HEAD).count() > 1) {
            return Decision.reject(Rejection.invalid("members", "one-head", "A household has one head"));
        }
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).elderlyLivingAlone() && members.get(i).ageBand() != HouseholdMember.AgeBand.AGE_60_PLUS) {
                return Decision.reject(Rejection.invalid("members[" + i + "].elderlyLivingAlone", "not-elderly",
                        "Only a member aged 60 or over is elderly living alone"));
            }
        }
        return Decision.accept(new HouseholdMembersRecorded(id, members.size()));
    }

    private Decision<HouseholdEvent> acknowledgeCauses(AcknowledgePovertyCauses acknowledgement, LocalDate today) {
        if (!causesRecorded) {
            return rule("causes-not-recorded", "No poverty causes are recorded for the household to acknowledge");
        }
        if (causesAcknowledged) {
            return rule("causes-already-acknowledged", "The household already acknowledged its recorded causes");
        }
        Optional<Rejection> wrongDate = FactDate.problem("acknowledgedOn", acknowledgement.acknowledgedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        return Decision.accept(new PovertyCausesAcknowledged(id, acknowledgement.acknowledgedOn()));
    }

    private Decision<HouseholdEvent> correct(CorrectDetails correction, Areas areas) {
        AreaPath newArea = null;
        if (correction.villageCode() != null && !correction.villageCode().equals(area.village())) {
            newArea = village(correction.villageCode(), areas);
            if (newArea == null) {
                return unknownVillage("villageCode", correction.villageCode());
            }
        }
        Integer newMembers = Objects.equals(correction.members(), members) ? null : correction.members();
        List<String> personal = correction.personalFields() == null ? List.of() : correction.personalFields();
        if (newArea == null && newMembers == null && personal.isEmpty()) {
            return Decision.reject(Rejection.invalid(null, "nothing-to-correct", "The correction changes nothing"));
        }
        return Decision.accept(new HouseholdDetailsCorrected(id,
                newArea == null ? null : newArea.province(), newArea == null ? null : newArea.district(),
                newArea == null ? null : newArea.tambon(), newArea == null ? null : newArea.village(),
                newMembers, personal));
    }

    /**
     * A later round's survey row: its facts replace the earlier ones. A round already recorded,
     * or an earlier one, changes nothing; a graduated household's next survey is a new case.
     */
    private Decision<HouseholdEvent> resurvey(RecordSurvey survey) {
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has left poverty: a survey that finds it poor "
                    + "again identifies a new case");
        }
        if (surveyYear != null && survey.surveyYear() <= surveyYear) {
            return rule("survey-year-recorded", "Household " + id + " already carries the facts of the survey of "
                    + surveyYear + "; a later year's survey replaces them");
        }
        return Decision.accept(new HouseholdResurveyed(id, survey.surveyYear(), survey.surveyedOn(), survey.members(),
                survey.annualIncomePerPerson(), survey.failedIndicators(), status != HouseholdStatus.CANDIDATE));
    }

    /**
     * The village's yearly review makes the household a target of the next fiscal year: carried
     * over, or new (a candidate the review proposed, verified first). A year once, and only a
     * household still working its way out of poverty.
     */
    private Decision<HouseholdEvent> target(Target target) {
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has left poverty");
        }
        if (targetYear != null && target.fiscalYear() <= targetYear) {
            return rule("already-targeted", "Household " + id + " is a target of fiscal year " + targetYear + " already");
        }
        return Decision.accept(new HouseholdTargeted(id, target.fiscalYear(), target.carriedOver(), target.reviewId()));
    }

    /**
     * A TPMAP list names the head as poor in some dimensions: a verified household's problems there
     * are found now, a candidate's once verified. A graduated household listed again is a new case.
     */
    private Decision<HouseholdEvent> flagTpmapTarget(FlagTpmapTarget flag) {
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has left poverty: a TPMAP list that finds it poor "
                    + "again identifies a new case");
        }
        if (flag.dimensions().isEmpty()) {
            return Decision.reject(Rejection.invalid("dimensions", "no-dimension",
                    "A TPMAP target fails at least one of the five dimensions"));
        }
        return Decision.accept(new TpmapTargetFlagged(id, flag.listYear(), flag.listedOn(), flag.dimensions(),
                status != HouseholdStatus.CANDIDATE));
    }

    /**
     * A graduate's income measured again: at 6 months after it left poverty, then at 12 (each from
     * a month before it is due). One no longer above the threshold fell back: a new case follows.
     */
    private Decision<HouseholdEvent> followUp(FollowUp followUp, LocalDate today) {
        if (status != HouseholdStatus.GRADUATED) {
            return rule("not-graduated", "Household " + id + " is " + status + ": follow-ups come after it leaves poverty");
        }
        if (followUps >= FOLLOW_UPS) {
            return rule("follow-up-complete", "Household " + id + " was followed up at 6 and 12 months already");
        }
        Optional<Rejection> wrongDate = FactDate.problem("measuredOn", followUp.measuredOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        LocalDate due = nextFollowUpDue();
        if (followUp.measuredOn().isBefore(due.minusMonths(1))) {
            return rule("follow-up-not-due", "The " + monthsAfter() + "-month follow-up of household " + id
                    + " is due on " + due + " (from a month before)");
        }
        return Decision.accept(new GraduateFollowedUp(id, monthsAfter(), followUp.measuredOn(),
                followUp.annualIncomePerPerson(), followUp.threshold(), followUp.fellBack()));
    }

    /** 6 or 12: the follow-up due next. */
    private int monthsAfter() {
        return FOLLOW_UP_MONTHS * (followUps + 1);
    }

    /** When the next follow-up is due; null unless the household graduated and has one left. */
    public LocalDate nextFollowUpDue() {
        return graduatedOn == null || followUps >= FOLLOW_UPS ? null : graduatedOn.plusMonths(monthsAfter());
    }

    public int followUps() {
        return followUps;
    }

    private Decision<HouseholdEvent> graduate(Graduate graduate, LocalDate today) {
        if (status == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + id + " has already left poverty");
        }
        if (status != HouseholdStatus.CLASSIFIED) {
            return rule("not-yet-classified", "Only a classified household can leave poverty; this one is " + status);
        }
        Optional<Rejection> wrongDate = FactDate.problem("graduatedOn", graduate.graduatedOn(), today);
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        IncomeEvidence income = graduate.income();
        if (!income.clearsThreshold()) {
            return rule("income-below-threshold", switch (income) {
                case IncomeEvidence.Measured m -> "Income per person " + m.annualIncomePerPerson()
                        + " THB a year does not clear the threshold of " + m.threshold() + " THB";
                case IncomeEvidence.Recorded r -> "Income per person has not stayed above the threshold for the last "
                        + r.months() + " consecutive months plan-service measured";
            });
        }
        return Decision.accept(new HouseholdGraduated(id, graduate.graduatedOn(), income.annualIncomePerPerson(),
                income.threshold()));
    }

    private Decision<HouseholdEvent> close(Close close) {
        if (close.reason().pointsToAnother() && (isBlank(close.duplicateOf()) || close.duplicateOf().equals(id))) {
            return Decision.reject(Rejection.invalid("duplicateOf", "duplicate-of-required",
                    "A " + close.reason() + " household must name the other household it duplicates"));
        }
        if (!close.reason().pointsToAnother() && close.duplicateOf() != null) {
            return Decision.reject(Rejection.invalid("duplicateOf", "duplicate-of-not-expected",
                    "duplicateOf applies only to DUPLICATE and MERGED"));
        }
        return Decision.accept(new HouseholdClosed(id, close.reason(), close.duplicateOf()));
    }

    private Decision<HouseholdEvent> reopen() {
        if (status != HouseholdStatus.CLOSED) {
            return rule("not-closed", "Household " + id + " is not closed");
        }
        return Decision.accept(new HouseholdReopened(id));
    }

    /** The household after one more event: only moves the state on. HouseholdIdentified starts it from null. */
    public static Household apply(Household h, HouseholdEvent event) {
        return switch (event) {
            case HouseholdIdentified e -> new Household(e.householdId(), initialStatus(e.source()), null, e.source(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()), e.identifiedOn(),
                    e.members(), 0, null, false, false, null, null, false, null, e.earlierCase(), e.surveyYear(),
                    null, null, 0);
            case CandidateConfirmed e -> h.with(HouseholdStatus.IDENTIFIED, h.area, h.members, h.visits, h.group,
                    h.causesRecorded, h.causesAcknowledged);
            case CandidateDismissed e -> new Household(h.id, HouseholdStatus.DISMISSED, null, h.source, h.area,
                    h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, null,
                    e.duplicateOf(), h.personalDataErased, e.dismissal(), h.earlierCase, h.surveyYear, h.graduatedOn, h.targetYear, h.followUps);
            case HouseholdVisited e -> h.with(h.advancedTo(HouseholdStatus.VISITED), h.area, h.members, h.visits + 1,
                    h.group, h.causesRecorded, h.causesAcknowledged);
            case HouseholdAssessed e -> h.with(h.advancedTo(HouseholdStatus.ASSESSED), h.area, h.members, h.visits,
                    h.group, h.causesRecorded, h.causesAcknowledged);
            case HouseholdClassified e -> h.with(HouseholdStatus.CLASSIFIED, h.area, h.members, h.visits, e.group(),
                    h.causesRecorded, h.causesAcknowledged);
            case HouseholdHeadChanged e -> h;
            case TpmapTargetFlagged e -> h;
            case HouseholdMembersRecorded e -> h.with(h.status, h.area, e.members(), h.visits, h.group, h.causesRecorded,
                    h.causesAcknowledged);
            case PovertyCausesRecorded e -> h.with(h.status, h.area, h.members, h.visits, h.group, true, false);
            case PovertyCausesAcknowledged e -> h.with(h.status, h.area, h.members, h.visits, h.group, true, true);
            case HouseholdDetailsCorrected e -> h.with(h.status,
                    e.villageCode() == null ? h.area
                            : new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()),
                    e.members() == null ? h.members : e.members(), h.visits, h.group, h.causesRecorded,
                    h.causesAcknowledged);
            case HouseholdResurveyed e -> new Household(h.id, h.status, h.statusBeforeClosing, h.source, h.area,
                    h.identifiedOn, e.members() == null ? h.members : e.members(), h.visits, h.group, h.causesRecorded,
                    h.causesAcknowledged, h.closure, h.duplicateOf, h.personalDataErased, h.dismissal, h.earlierCase,
                    e.surveyYear(), h.graduatedOn, h.targetYear, h.followUps);
            case HouseholdGraduated e -> new Household(h.id, HouseholdStatus.GRADUATED, h.statusBeforeClosing, h.source,
                    h.area, h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, h.closure,
                    h.duplicateOf,
                    h.personalDataErased, h.dismissal, h.earlierCase, h.surveyYear, e.graduatedOn(), h.targetYear, h.followUps);
            case GraduateFollowedUp e -> new Household(h.id, h.status, h.statusBeforeClosing, h.source, h.area,
                    h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, h.closure,
                    h.duplicateOf, h.personalDataErased, h.dismissal, h.earlierCase, h.surveyYear, h.graduatedOn,
                    h.targetYear, h.followUps + 1);
            case HouseholdTargeted e -> new Household(h.id, h.status, h.statusBeforeClosing, h.source, h.area,
                    h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, h.closure,
                    h.duplicateOf, h.personalDataErased, h.dismissal, h.earlierCase, h.surveyYear, h.graduatedOn,
                    e.fiscalYear(), h.followUps);
            case HouseholdClosed e -> new Household(h.id, HouseholdStatus.CLOSED, h.status, h.source, h.area,
                    h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, e.closure(),
                    e.duplicateOf(), h.personalDataErased, h.dismissal, h.earlierCase, h.surveyYear, h.graduatedOn, h.targetYear, h.followUps);
            case HouseholdReopened e -> new Household(h.id, h.statusBeforeClosing, null, h.source, h.area,
                    h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, null, null,
                    h.personalDataErased, h.dismissal, h.earlierCase, h.surveyYear, h.graduatedOn, h.targetYear, h.followUps);
            case PersonalDataErased e -> new Household(h.id, h.status, h.statusBeforeClosing, h.source, h.area,
                    h.identifiedOn, h.members, h.visits, h.group, h.causesRecorded, h.causesAcknowledged, h.closure,
                    h.duplicateOf, true, h.dismissal, h.earlierCase, h.surveyYear, h.graduatedOn, h.targetYear, h.followUps);
        };
    }

    private Household with(HouseholdStatus newStatus, AreaPath newArea, Integer newMembers, int newVisits,
                           HouseholdGroup newGroup, boolean recorded, boolean acknowledged) {
        return new Household(id, newStatus, statusBeforeClosing, source, newArea, identifiedOn, newMembers, newVisits,
                newGroup, recorded, acknowledged, closure, duplicateOf, personalDataErased, dismissal, earlierCase, surveyYear,
                graduatedOn, targetYear, followUps);
    }

    /** A household from data is a candidate until the team verifies it; the community's own nomination is verified. */
    public static HouseholdStatus initialStatus(IdentificationSource source) {
        return source.startsAsCandidate() ? HouseholdStatus.CANDIDATE : HouseholdStatus.IDENTIFIED;
    }

    /** Steps only go forward: a second visit does not undo an assessment. */
    private HouseholdStatus advancedTo(HouseholdStatus step) {
        return status.compareTo(step) >= 0 ? status : step;
    }

    private static AreaPath village(String code, Areas areas) {
        return areas.pathOf(code).filter(p -> p.level() == AreaLevel.VILLAGE).orElse(null);
    }

    private static Decision<HouseholdEvent> unknownVillage(String field, String code) {
        return Decision.reject(Rejection.invalid(field, "unknown-village",
                "Village " + code + " is not in the area reference data"));
    }

    private static Decision<HouseholdEvent> rule(String code, String message) {
        return Decision.reject(Rejection.rule(code, message));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String id() {
        return id;
    }

    /** The step a closed household had reached, to which a reopening returns it; null unless closed. */
    public HouseholdStatus statusBeforeClosing() {
        return statusBeforeClosing;
    }

    public HouseholdStatus status() {
        return status;
    }

    public IdentificationSource source() {
        return source;
    }

    public AreaPath area() {
        return area;
    }

    public LocalDate identifiedOn() {
        return identifiedOn;
    }

    public Integer members() {
        return members;
    }

    public int visits() {
        return visits;
    }

    public HouseholdGroup group() {
        return group;
    }

    public boolean causesRecorded() {
        return causesRecorded;
    }

    public boolean causesAcknowledged() {
        return causesAcknowledged;
    }

    public ClosureReason closure() {
        return closure;
    }

    public String duplicateOf() {
        return duplicateOf;
    }

    public boolean personalDataErased() {
        return personalDataErased;
    }

    /** The household this head led before, of which this is a new case; null for a first case. */
    public LocalDate graduatedOn() {
        return graduatedOn;
    }

    public Integer targetYear() {
        return targetYear;
    }

    public Integer surveyYear() {
        return surveyYear;
    }

    public String earlierCase() {
        return earlierCase;
    }

    /** Why the candidate was dismissed; null unless it was. */
    public DismissalReason dismissal() {
        return dismissal;
    }
}
