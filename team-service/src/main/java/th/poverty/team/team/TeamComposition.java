package th.poverty.team.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a team must have. A Smile Team (Chachoengsao practice) is exactly one ผู้นำ อช., one
 * พัฒนากร (พก.) and one ชช.; an operations (door-knocking) team is led by one tambon clerk and
 * has at least one community leader, with agency staff and others as needed.
 */
public final class TeamComposition {

    private static final Map<MemberRole, Integer> SMILE_TEAM = Map.of(
            MemberRole.CDD_VOLUNTEER_LEADER, 1,
            MemberRole.TAMBON_COORDINATOR, 1,
            MemberRole.DISTRICT_POVERTY_SPECIALIST, 1);

    private TeamComposition() {
    }

    /** What is wrong with a team of {@code kind} whose active members have these roles; empty when nothing is. */
    public static Optional<String> violation(TeamKind kind, Collection<MemberRole> roles) {
        Map<MemberRole, Integer> counts = new EnumMap<>(MemberRole.class);
        roles.forEach(role -> counts.merge(role, 1, Integer::sum));
        List<String> problems = switch (kind) {
            case SMILE_TEAM -> smileTeam(counts);
            case OPERATIONS_TEAM -> operationsTeam(counts);
        };
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(rule(kind) + "; this one would have " + String.join(", ", problems));
    }

    public static String rule(TeamKind kind) {
        return switch (kind) {
            case SMILE_TEAM -> "A Smile Team is exactly one ผู้นำ อช., one พัฒนากร (พก.) and one ชช.";
            case OPERATIONS_TEAM -> "An operations team brings officials (ปลัดตำบล, พัฒนากร, ครู กศน., เกษตรตำบล and the "
                    + "like) together with community leaders: at least one of each";
        };
    }

    private static List<String> smileTeam(Map<MemberRole, Integer> counts) {
        List<String> problems = new ArrayList<>();
        SMILE_TEAM.forEach((role, wanted) -> {
            int found = counts.getOrDefault(role, 0);
            if (found != wanted) {
                problems.add(found + " " + role.labelTh());
            }
        });
        counts.forEach((role, found) -> {
            if (!SMILE_TEAM.containsKey(role)) {
                problems.add(found + " " + role.labelTh() + " (not a Smile Team role)");
            }
        });
        problems.sort(null);
        return problems;
    }

    /**
     * The guideline's door-knocking team (step 1 item 2) lists ปลัดตำบล, พัฒนากร, community leaders,
     * ครู กศน. and เกษตรตำบล "for example": what it asks is officials and community leaders together.
     */
    private static List<String> operationsTeam(Map<MemberRole, Integer> counts) {
        List<String> problems = new ArrayList<>();
        int officials = counts.entrySet().stream().filter(e -> !e.getKey().leadsCommunity() && e.getKey() != MemberRole.OTHER)
                .mapToInt(Map.Entry::getValue).sum();
        if (officials == 0) {
            problems.add("no official");
        }
        int leaders = counts.entrySet().stream().filter(e -> e.getKey().leadsCommunity()).mapToInt(Map.Entry::getValue).sum();
        if (leaders == 0) {
            problems.add("no community leader");
        }
        return problems;
    }
}
