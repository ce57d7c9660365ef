package th.poverty.reporting.household;

/** The group step 1 puts a household in: ก cared for by welfare, ข able to develop itself. */
public enum HouseholdGroup {
    WELFARE,
    SELF_DEVELOPING
}
