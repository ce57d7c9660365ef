package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaPath;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.plan.compass.PlanCommand.AgreePlan;
import th.poverty.plan.households.CareGroup;
import th.poverty.plan.households.PlanHousehold;
import th.poverty.testing.Scenario;

/** Given a plan's history, when a command arrives, then these events or this refusal. */
final class PlanScenario {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate DRAFTED_ON = LocalDate.of(2026, 11, 1);
    static final LocalDate SIGNED_ON = LocalDate.of(2026, 11, 5);

    private PlanHousehold household = household("CLASSIFIED");
    private final Scenario<LifeCompassPlan, PlanCommand, PlanEvent> plan =
            Scenario.of(LifeCompassPlan::apply, (plan, command) -> plan.decide(command, household, TODAY));

    static PlanHousehold household(String status) {
        return new PlanHousehold("h-1", new AreaPath("24", "2401", "240101", "24010101"), status, CareGroup.SELF_DEVELOPING,
                true, true);
    }

    static Activity activity(ActivityPart part, ActivityKind kind, String description) {
        return new Activity(null, part, kind, description, null, null, null, null);
    }

    static Activity agency(String agency, String help) {
        return new Activity(null, ActivityPart.AGENCY, ActivityKind.OCCUPATION_SUPPORT, "ส่งเสริมการทอผ้า", agency, help,
                TODAY.plusMonths(3), new BigDecimal("5000"));
    }

    /** A content aiming at the three sufficiencies, with one activity in each part unless others are given. */
    static PlanContent content(Activity... activities) {
        List<Activity> chosen = activities.length > 0 ? List.of(activities) : List.of(
                activity(ActivityPart.HOUSEHOLD, ActivityKind.KEEP_ACCOUNT_BOOK, "จดบัญชีรายรับรายจ่ายทุกวัน"),
                activity(ActivityPart.COMMUNITY, ActivityKind.SAVINGS_GROUP, "เข้ากลุ่มออมทรัพย์ของหมู่บ้าน"),
                agency("อบต.บางพระ", "กี่ทอผ้าและเส้นด้าย"));
        return new PlanContent(List.of(
                new PlanContent.Goal(Sufficiency.SUFFICIENT_LIVELIHOOD, "มีรายได้จากการทอผ้า"),
                new PlanContent.Goal(Sufficiency.SUFFICIENT_HAPPINESS, "เลิกเหล้า"),
                new PlanContent.Goal(Sufficiency.WARM_FAMILY, "กินข้าวพร้อมหน้ากันทุกเย็น")),
                List.of(new PlanContent.Capital(CapitalKind.HUMAN, "แรงงาน 2 คน ทอผ้าเป็น")),
                "ฝีมือทอผ้าดี", List.of("ทอผ้าขาย"), new BigDecimal("40000"), chosen);
    }

    static AgreePlan mou() {
        return new AgreePlan(SIGNED_ON, "ศาลาประชาคมหมู่ 1", HouseholdSignatory.HEAD, true,
                List.of(new TeamSignatory("นางสาวมาลี ดีงาม", "พัฒนากร")));
    }

    /** A plan drafted on {@link #DRAFTED_ON} with {@link #content}. */
    static PlanScenario drafted() {
        return draftedWith(content());
    }

    static PlanScenario draftedWith(PlanContent content) {
        var scenario = new PlanScenario();
        scenario.plan.given(LifeCompassPlan.draft(new DraftPlan("p-1", "h-1", DRAFTED_ON, content),
                scenario.household, TODAY).eventsOrThrow());
        return scenario;
    }

    /** Drafted and agreed by MOU. */
    static PlanScenario agreed() {
        return drafted().and(mou());
    }

    PlanScenario and(PlanCommand... commands) {
        plan.and(commands);
        return this;
    }

    PlanScenario householdNow(String status) {
        household = household(status);
        return this;
    }

    Scenario.Then<PlanEvent> when(PlanCommand command) {
        return plan.when(command);
    }

    LifeCompassPlan state() {
        return plan.state();
    }

    List<PlanEvent> history() {
        return plan.history();
    }

    /** The one event the decision accepted. */
    static <E extends PlanEvent> E accepted(Scenario.Then<PlanEvent> then, Class<E> type) {
        return then.expectOne(type);
    }

    static Rejection refused(Scenario.Then<PlanEvent> then, String code) {
        return then.expectRejection(code);
    }

    /** A draft's decision, made where no plan exists yet. */
    static <E extends PlanEvent> E accepted(Decision<PlanEvent> decision, Class<E> type) {
        return new Scenario.Then<>(decision).expectOne(type);
    }

    static Rejection refused(Decision<PlanEvent> decision, String code) {
        return new Scenario.Then<>(decision).expectRejection(code);
    }
}
