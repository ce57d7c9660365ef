package th.poverty.household.folder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import th.poverty.area.AreaView;
import th.poverty.area.Areas;
import th.poverty.domain.Dimension;
import th.poverty.domain.Label;
import th.poverty.domain.Thailand;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.StoredEvent;
import th.poverty.household.Household;
import th.poverty.household.HouseholdEvent.HouseholdAssessed;
import th.poverty.household.HouseholdEvent.HouseholdClassified;
import th.poverty.household.HouseholdEvent.HouseholdVisited;
import th.poverty.household.HouseholdEvent.PovertyCausesAcknowledged;
import th.poverty.household.HouseholdEvent.PovertyCausesRecorded;
import th.poverty.household.HouseholdEvent;
import th.poverty.household.HouseholdMember;
import th.poverty.household.PovertyCause;

/**
 * A household's Family Folder (สมุดบันทึกการแก้ไขปัญหาความยากจนรายครัวเรือน), as the team reads it
 * before drawing up the compass (guideline step 1, items 5-8): its members, the visits, the
 * latest 4 ท assessment, the causes by the five dimensions, the household's acknowledgement, and
 * its group with the reason, each with Thai and English labels. Free text is a reference here,
 * resolved for the callers who may read it.
 */
public record FamilyFolder(
        String householdId,
        Label status,
        AreaView area,
        Integer memberCount,
        List<Member> members,
        List<Visit> visits,
        FourT assessment,
        LocalDate causesRecordedOn,
        List<Causes> causes,
        LocalDate acknowledgedOn,
        Classification classification,
        long version) {

    private static final EventCodec<HouseholdEvent> CODEC = EventCodec.of(HouseholdEvent.class);

    public record Member(Label relation, Label ageBand, boolean disabled, boolean bedridden, boolean elderlyLivingAlone) {
    }

    public record Visit(LocalDate visitedOn, List<String> visitedBy, String notes) {
    }

    /** The 4 ท: ทัศนะ, ทักษะ, ทรัพยากร, ทางออก, each under its label. */
    public record FourT(LocalDate assessedOn, Attitude attitude, Skills skills, Resources resources, WayOut wayOut) {
    }

    public record Attitude(Label part, boolean willingToChange, String notes) {
    }

    public record Skills(Label part, int workingMembers, List<String> skills, String notes) {
    }

    public record Resources(Label part, BigDecimal landRai, boolean ownsLand, List<String> meansOfProduction, String notes) {
    }

    public record WayOut(Label part, String direction, String notes) {
    }

    /** One of the five dimensions, with the causes recorded under it (none is a finding too). */
    public record Causes(Label dimension, List<String> causes) {
    }

    /** The household's group and why, as the team decided it. */
    public record Classification(Label group, String reason, LocalDate classifiedOn) {
    }

    static final Label ATTITUDE = new Label("ATTITUDE", "ท1 ทัศนะ", "Attitude");
    static final Label SKILLS = new Label("SKILLS", "ท2 ทักษะ", "Skills");
    static final Label RESOURCES = new Label("RESOURCES", "ท3 ทรัพยากร", "Resources");
    static final Label WAY_OUT = new Label("WAY_OUT", "ท4 ทางออก", "Way out");

    /** The folder from the household's stored events (oldest first) and its members. */
    static FamilyFolder of(Household household, long version, List<StoredEvent> history, List<HouseholdMember> members,
                           Areas areas) {
        List<Visit> visits = new ArrayList<>();
        FourT assessment = null;
        LocalDate causesOn = null;
        List<PovertyCause> recorded = List.of();
        LocalDate acknowledgedOn = null;
        Classification classification = null;
        for (StoredEvent stored : history) {
            LocalDate on = Thailand.dateOf(stored.metadata().occurredAt());
            switch (CODEC.decode(stored)) {
                case HouseholdVisited e -> visits.add(new Visit(e.visitedOn(), e.visitedBy(), e.notes()));
                case HouseholdAssessed e -> assessment = fourT(e);
                case PovertyCausesRecorded e -> {
                    causesOn = on;
                    recorded = e.causes();
                    acknowledgedOn = null; // causes written anew are the household's to acknowledge again
                }
                case PovertyCausesAcknowledged e -> acknowledgedOn = e.acknowledgedOn();
                case HouseholdClassified e -> classification = new Classification(e.group().label(),
                        stored.metadata().reason(), on);
                default -> {
                    // the other events are not in the folder
                }
            }
        }
        return new FamilyFolder(household.id(), household.status().label(), AreaView.of(household.area(), areas),
                household.members(), members.stream().map(m -> new Member(m.relation().label(), m.ageBand().label(),
                        m.disabled(), m.bedridden(), m.elderlyLivingAlone())).toList(),
                visits, assessment, causesOn, byDimension(recorded), acknowledgedOn, classification, version);
    }

    private static FourT fourT(HouseholdAssessed e) {
        var a = e.assessment();
        return new FourT(e.assessedOn(),
                new Attitude(ATTITUDE, a.attitude().willingToChange(), a.attitude().notes()),
                new Skills(SKILLS, a.skills().workingMembers(), a.skills().skills(), a.skills().notes()),
                new Resources(RESOURCES, a.resources().landRai(), a.resources().ownsLand(),
                        a.resources().meansOfProduction(), a.resources().notes()),
                new WayOut(WAY_OUT, a.wayOut().direction(), a.wayOut().notes()));
    }

    private static List<Causes> byDimension(List<PovertyCause> causes) {
        Map<Dimension, List<String>> grouped = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            grouped.put(dimension, new ArrayList<>());
        }
        causes.forEach(cause -> grouped.get(cause.dimension()).add(cause.description()));
        return grouped.entrySet().stream().map(e -> new Causes(e.getKey().label(), List.copyOf(e.getValue()))).toList();
    }
}
