package th.poverty.plan.compass;

import th.poverty.plan.households.PlanHousehold;

/** A plan's view as JSON ready to send, its stream version (the ETag) and its household, for the area check. */
public record PlanDocument(String json, long version, PlanHousehold household) {
}
