package th.poverty.team.carer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.team.carer.CarerCommand.Assign;
import th.poverty.team.carer.CarerCommand.LinkAccount;
import th.poverty.team.carer.CarerCommand.RecordVisit;
import th.poverty.team.carer.CarerCommand.Release;
import th.poverty.team.carer.CarerEvent.CareVisitRecorded;
import th.poverty.team.carer.CarerEvent.CarerAccountLinked;
import th.poverty.team.carer.CarerEvent.CarerAssigned;
import th.poverty.team.carer.CarerEvent.CarerRegistered;
import th.poverty.team.carer.CarerEvent.CarerReleased;
import th.poverty.team.household.CareHousehold;
import th.poverty.team.household.HouseholdStatus;
import th.poverty.team.team.Member;
import th.poverty.team.team.MemberRole;
import th.poverty.team.team.Team;

/**
 * An official or community leader who cares for households (step 4, ดูแลชีวิต), rebuilt from its
 * stream. It holds the households it cares for now, so the province's cap (a
 * {@link th.poverty.team.cap.CarerCap}, given with each assignment) is decided on the stream the
 * assignment is appended to: two racing assignments cannot both pass on the same state.
 */
public final class Carer {

    private final String id;
    private final String name;
    private final MemberRole role;
    private final AreaPath area;
    private final String teamId;
    private final String memberId;
    private final Map<String, CaredFor> households;
    /** The identity provider's subject of the person who is this carer; null until linked. */
    private final String account;

    /** A household this carer cares for, since when, in the village it lived in then. */
    public record CaredFor(String householdId, String villageCode, LocalDate since) {
    }

    private Carer(String id, String name, MemberRole role, AreaPath area, String teamId, String memberId,
                  Map<String, CaredFor> households, String account) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.area = area;
        this.teamId = teamId;
        this.memberId = memberId;
        this.households = households;
        this.account = account;
    }

    /**
     * Registers a carer. A team member must still be in {@code team}; anyone else must be a
     * community leader, caring in the village they stand for.
     *
     * @param team the team named by the command, or null when it names none
     */
    public static Decision<CarerEvent> register(RegisterCarer command, Team team, Areas areas) {
        String name = command.name();
        MemberRole role = command.role();
        String areaCode = command.areaCode();
        if (team != null) {
            Optional<Member> found = team.member(command.memberId());
            if (found.isEmpty()) {
                return invalid("memberId", "unknown-member", "Team " + team.id() + " has no member " + command.memberId());
            }
            Member member = found.get();
            if (!member.active()) {
                return rule("member-has-left", member.name() + " left team " + team.name() + " on " + member.leftOn());
            }
            name = member.name();
            role = member.role();
            if (areaCode == null) {
                areaCode = member.villageCode() != null ? member.villageCode() : team.area().code();
            }
        } else if (role == null) {
            return invalid("role", "role-required", "A carer outside a team says in which role they care: an official "
                    + "(ปลัดตำบล, พัฒนากร, อปท., ครู กศน., เกษตรตำบล, สาธารณสุขตำบล …) or a community leader");
        }
        if (name == null || name.isBlank()) {
            return invalid("name", "name-required", "A community leader registering as carer gives their name");
        }
        Optional<AreaPath> found = areaCode == null ? Optional.empty() : areas.pathOf(areaCode);
        if (found.isEmpty()) {
            return invalid("areaCode", "unknown-area", "Area " + areaCode + " is not in the area reference data");
        }
        AreaPath path = found.get();
        if (path.level() == AreaLevel.PROVINCE) {
            return invalid("areaCode", "carer-area-level", "A carer cares close to households: name a district, tambon or "
                    + "village, not a province");
        }
        if (team != null && !path.within(team.area().code()) && !team.area().within(path.code())) {
            return invalid("areaCode", "area-outside-team", "Area " + path.code() + " is outside team " + team.name()
                    + "'s area " + team.area().code());
        }
        if (team == null && role.leadsCommunity() && path.level() != AreaLevel.VILLAGE) {
            return invalid("areaCode", "village-required", "A community leader cares in the village they stand for: "
                    + "name its 8-digit code");
        }
        return Decision.accept(new CarerRegistered(command.carerId(), name, role, path.province(), path.district(),
                path.tambon(), path.village(), team == null ? null : team.id(), team == null ? null : command.memberId()));
    }

    public Decision<CarerEvent> decide(CarerCommand command) {
        return switch (command) {
            case Assign assign -> assign(assign);
            case Release release -> release(release);
            case RecordVisit visit -> visit(visit);
            case LinkAccount link -> account != null && account.equals(link.account()) ? Decision.accept(List.of())
                    : Decision.accept(new CarerAccountLinked(id, link.account()));
        };
    }

    private Decision<CarerEvent> assign(Assign assign) {
        CareHousehold household = assign.household();
        if (household.status() == HouseholdStatus.CLOSED) {
            return rule("household-closed", "Household " + household.householdId() + " is closed: it needs no carer");
        }
        if (household.status() == HouseholdStatus.GRADUATED) {
            return rule("household-graduated", "Household " + household.householdId() + " has left poverty: it needs no carer");
        }
        if (id.equals(household.carerId()) || households.containsKey(household.householdId())) {
            return Decision.accept(List.of());
        }
        if (household.carerId() != null) {
            return Decision.reject(new Rejection(Rejection.Kind.RULE, "household-has-carer", "Household "
                    + household.householdId() + " is already cared for by carer " + household.carerId()
                    + ": hand it over (reassign) instead", "householdId"));
        }
        if (!household.area().within(area.district())) {
            return rule("household-outside-carer-district", "Household " + household.householdId() + " lives in district "
                    + household.area().district() + ", outside carer " + name + "'s district " + area.district());
        }
        if (households.size() >= assign.cap()) {
            return Decision.reject(new Rejection(Rejection.Kind.RULE, "carer-at-capacity", "Carer " + name + " (" + id
                    + ") already cares for " + households.size() + " households, the province's cap of " + assign.cap()
                    + ": " + String.join(", ", households.keySet()) + ". Release one or choose another carer", "carerId"));
        }
        AreaPath at = household.area();
        return Decision.accept(new CarerAssigned(id, household.householdId(), at.province(), at.district(), at.tambon(),
                at.village(), assign.on(), assign.proposalId(), assign.cap()));
    }

    /** A visit to a household the carer cares for, not before it took it on, and a next visit after this one. */
    private Decision<CarerEvent> visit(RecordVisit visit) {
        CaredFor household = households.get(visit.householdId());
        if (household == null) {
            return Decision.reject(new Rejection(Rejection.Kind.RULE, "not-caring-for-household", "Carer " + name
                    + " does not care for household " + visit.householdId() + ": the carer who cares for it records the visit",
                    "householdId"));
        }
        Optional<Rejection> wrongDate = FactDate.problem("visitedOn", visit.visitedOn(), visit.today(), household.since(),
                "before-care", "the carer took the household on");
        if (wrongDate.isPresent()) {
            return Decision.reject(wrongDate.get());
        }
        if (!visit.nextVisitDue().isAfter(visit.visitedOn()) || visit.nextVisitDue().isAfter(visit.visitedOn().plusMonths(6))) {
            return invalid("nextVisitDue", "next-visit-out-of-range", "The next visit is due after this one and within "
                    + "six months of it");
        }
        return Decision.accept(new CareVisitRecorded(id, visit.householdId(), visit.visitedOn(), visit.seen(),
                visit.nextVisitDue()));
    }

    private Decision<CarerEvent> release(Release release) {
        if (!households.containsKey(release.householdId())) {
            return Decision.reject(new Rejection(Rejection.Kind.RULE, "not-caring-for-household", "Carer " + name
                    + " does not care for household " + release.householdId(), "householdId"));
        }
        return Decision.accept(new CarerReleased(id, release.householdId(), release.on(), release.reason()));
    }

    /** The carer after one more event: only moves the state on. CarerRegistered starts it from null. */
    public static Carer apply(Carer c, CarerEvent event) {
        return switch (event) {
            case CarerRegistered e -> new Carer(e.carerId(), e.name(), e.role(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()), e.teamId(),
                    e.memberId(), Map.of(), null);
            case CarerAssigned e -> c.withHouseholds(next -> next.put(e.householdId(),
                    new CaredFor(e.householdId(), e.villageCode(), e.assignedOn())));
            case CarerReleased e -> c.withHouseholds(next -> next.remove(e.householdId()));
            case CareVisitRecorded e -> c;
            case CarerAccountLinked e -> new Carer(c.id, c.name, c.role, c.area, c.teamId, c.memberId, c.households,
                    e.account());
        };
    }

    private Carer withHouseholds(Consumer<Map<String, CaredFor>> change) {
        Map<String, CaredFor> next = new LinkedHashMap<>(households);
        change.accept(next);
        return new Carer(id, name, role, area, teamId, memberId, next, account);
    }

    private static Decision<CarerEvent> invalid(String field, String code, String message) {
        return Decision.reject(Rejection.invalid(field, code, message));
    }

    private static Decision<CarerEvent> rule(String code, String message) {
        return Decision.reject(Rejection.rule(code, message));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MemberRole role() {
        return role;
    }

    public AreaPath area() {
        return area;
    }

    public String teamId() {
        return teamId;
    }

    public String memberId() {
        return memberId;
    }

    /** The households cared for now, in the order they were assigned. */
    public List<CaredFor> households() {
        return List.copyOf(households.values());
    }

    public String account() {
        return account;
    }

    public boolean caresFor(String householdId) {
        return households.containsKey(householdId);
    }
}
