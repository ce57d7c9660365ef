package th.poverty.team.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.team.team.TeamCommand.AddMember;
import th.poverty.team.team.TeamCommand.RemoveMember;
import th.poverty.team.team.TeamCommand.ReplaceMember;
import th.poverty.team.team.TeamEvent.TeamFormed;
import th.poverty.team.team.TeamEvent.TeamMemberJoined;
import th.poverty.team.team.TeamEvent.TeamMemberLeft;

/**
 * A field team for a tambon or a district, rebuilt from its events. Members join and leave with
 * dates; every change must leave the team as its kind's {@link TeamComposition} requires, so a
 * Smile Team member who leaves is replaced in the same step.
 */
public final class Team {

    private final String id;
    private final TeamKind kind;
    private final String name;
    private final AreaPath area;
    private final LocalDate formedOn;
    private final Map<String, Member> members;

    private Team(String id, TeamKind kind, String name, AreaPath area, LocalDate formedOn, Map<String, Member> members) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.area = area;
        this.formedOn = formedOn;
        this.members = members;
    }

    public static Decision<TeamEvent> form(FormTeam command, Areas areas, LocalDate today) {
        Optional<AreaPath> found = areas.pathOf(command.areaCode());
        if (found.isEmpty()) {
            return invalid("areaCode", "unknown-area", "Area " + command.areaCode() + " is not in the area reference data");
        }
        AreaPath area = found.get();
        if (area.level() != AreaLevel.TAMBON && area.level() != AreaLevel.DISTRICT) {
            return invalid("areaCode", "team-area-level", "A team works for a tambon or a district, not a "
                    + area.level().labelEn());
        }
        var date = FactDate.problem("formedOn", command.formedOn(), today);
        if (date.isPresent()) {
            return Decision.reject(date.get());
        }
        List<TeamEvent> events = new ArrayList<>();
        events.add(new TeamFormed(command.teamId(), command.kind(), command.name(), area.province(), area.district(),
                area.tambon(), command.formedOn()));
        for (int i = 0; i < command.members().size(); i++) {
            var member = command.members().get(i);
            var village = villageProblem(member.role(), member.villageCode(), area, areas, "members[" + i + "].villageCode");
            if (village.isPresent()) {
                return Decision.reject(village.get());
            }
            events.add(new TeamMemberJoined(command.teamId(), member.memberId(), member.name(), member.role(),
                    member.villageCode(), command.formedOn()));
        }
        var composition = TeamComposition.violation(command.kind(),
                command.members().stream().map(FormTeam.NewMember::role).toList());
        if (composition.isPresent()) {
            return invalid("members", "team-composition", composition.get());
        }
        return Decision.accept(events);
    }

    public Decision<TeamEvent> decide(TeamCommand command, Areas areas, LocalDate today) {
        return switch (command) {
            case AddMember add -> add(add, areas, today);
            case RemoveMember remove -> remove(remove, today);
            case ReplaceMember replace -> replace(replace, areas, today);
        };
    }

    private Decision<TeamEvent> add(AddMember add, Areas areas, LocalDate today) {
        var date = FactDate.problem("joinedOn", add.joinedOn(), today, formedOn, "date-too-early", "the team was formed");
        if (date.isPresent()) {
            return Decision.reject(date.get());
        }
        var village = villageProblem(add.role(), add.villageCode(), area, areas, "villageCode");
        if (village.isPresent()) {
            return Decision.reject(village.get());
        }
        List<MemberRole> after = new ArrayList<>(activeRoles(null));
        after.add(add.role());
        return composed(after, new TeamMemberJoined(id, add.memberId(), add.name(), add.role(), add.villageCode(),
                add.joinedOn()));
    }

    private Decision<TeamEvent> remove(RemoveMember remove, LocalDate today) {
        Member member = members.get(remove.memberId());
        if (member == null) {
            return unknownMember(remove.memberId());
        }
        if (!member.active()) {
            return rule("member-already-left", member.name() + " left the team on " + member.leftOn());
        }
        var date = FactDate.problem("leftOn", remove.leftOn(), today, member.joinedOn(), "date-too-early",
                member.name() + " joined");
        if (date.isPresent()) {
            return Decision.reject(date.get());
        }
        return composed(activeRoles(member.memberId()), new TeamMemberLeft(id, member.memberId(), remove.leftOn()));
    }

    private Decision<TeamEvent> replace(ReplaceMember replace, Areas areas, LocalDate today) {
        Member member = members.get(replace.memberId());
        if (member == null) {
            return unknownMember(replace.memberId());
        }
        if (!member.active()) {
            return rule("member-already-left", member.name() + " left the team on " + member.leftOn());
        }
        var date = FactDate.problem("on", replace.on(), today, member.joinedOn(), "date-too-early",
                member.name() + " joined");
        if (date.isPresent()) {
            return Decision.reject(date.get());
        }
        var village = villageProblem(member.role(), replace.successorVillageCode(), area, areas, "villageCode");
        if (village.isPresent()) {
            return Decision.reject(village.get());
        }
        return Decision.accept(new TeamMemberLeft(id, member.memberId(), replace.on()),
                new TeamMemberJoined(id, replace.successorId(), replace.successorName(), member.role(),
                        replace.successorVillageCode(), replace.on()));
    }

    /** Accepts the change only if the team keeps its composition with these active roles. */
    private Decision<TeamEvent> composed(Collection<MemberRole> rolesAfter, TeamEvent change) {
        return TeamComposition.violation(kind, rolesAfter)
                .<Decision<TeamEvent>>map(problem -> rule("team-composition", problem
                        + (kind == TeamKind.SMILE_TEAM ? ": replace the member instead" : "")))
                .orElseGet(() -> Decision.accept(change));
    }

    private List<MemberRole> activeRoles(String except) {
        return members.values().stream()
                .filter(m -> m.active() && !m.memberId().equals(except))
                .map(Member::role)
                .toList();
    }

    /** A community leader names the village they stand for; any village named lies within the team's area. */
    private static Optional<Rejection> villageProblem(MemberRole role, String villageCode, AreaPath area, Areas areas,
                                                     String field) {
        if (villageCode == null) {
            return role.leadsCommunity()
                    ? Optional.of(Rejection.invalid(field, "village-required",
                    "A " + role.labelTh() + " stands for a village: name its 8-digit code"))
                    : Optional.empty();
        }
        var village = areas.pathOf(villageCode).filter(p -> p.level() == AreaLevel.VILLAGE);
        if (village.isEmpty()) {
            return Optional.of(Rejection.invalid(field, "unknown-village",
                    "Village " + villageCode + " is not in the area reference data"));
        }
        if (!village.get().within(area.code())) {
            return Optional.of(Rejection.invalid(field, "village-outside-team-area",
                    "Village " + villageCode + " is not within the team's area " + area.code()));
        }
        return Optional.empty();
    }

    /** The team after one more event: only moves the state on. TeamFormed starts it from null. */
    public static Team apply(Team t, TeamEvent event) {
        return switch (event) {
            case TeamFormed e -> new Team(e.teamId(), e.kind(), e.name(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), null), e.formedOn(), Map.of());
            case TeamMemberJoined e -> t.withMember(new Member(e.memberId(), e.name(), e.role(), e.villageCode(),
                    e.joinedOn(), null));
            case TeamMemberLeft e -> t.withMember(t.members.get(e.memberId()).leaving(e.leftOn()));
        };
    }

    private Team withMember(Member member) {
        Map<String, Member> next = new LinkedHashMap<>(members);
        next.put(member.memberId(), member);
        return new Team(id, kind, name, area, formedOn, next);
    }

    private Decision<TeamEvent> unknownMember(String memberId) {
        return invalid("memberId", "unknown-member", "Team " + id + " has no member " + memberId);
    }

    private static Decision<TeamEvent> invalid(String field, String code, String message) {
        return Decision.reject(Rejection.invalid(field, code, message));
    }

    private static Decision<TeamEvent> rule(String code, String message) {
        return Decision.reject(Rejection.rule(code, message));
    }

    public String id() {
        return id;
    }

    public TeamKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public AreaPath area() {
        return area;
    }

    public LocalDate formedOn() {
        return formedOn;
    }

    public Optional<Member> member(String memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    /** Every member, past and present, in the order they joined. */
    public List<Member> members() {
        return List.copyOf(members.values());
    }
}
