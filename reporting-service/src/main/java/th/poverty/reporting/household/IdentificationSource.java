package th.poverty.reporting.household;

/** Where a target household came from (step 1, ชี้เป้าชีวิต), as household-service names it. */
public enum IdentificationSource {
    BMN_SURVEY,
    COMMUNITY_FORUM
}
