package th.poverty.reporting.household;

/** Where a target household came from (step 1, ชี้เป้าชีวิต), as household-service names it. */
public enum IdentificationSource {
    BMN_SURVEY,
    COMMUNITY_FORUM,
    /** A person on a TPMAP target list not yet in the programme: a candidate, as a survey row is. */
    TPMAP_LIST,
    /** A graduate that fell back below the line at its follow-up: a new case, verified by the measurement. */
    FOLLOW_UP;

    /** Data (the survey, a TPMAP list) gives candidates to verify; a forum or a follow-up, verified targets. */
    public boolean startsAsCandidate() {
        return this == BMN_SURVEY || this == TPMAP_LIST;
    }

    /** From BMN data (จากข้อมูล จปฐ.): the survey, or a TPMAP list, whose targets are drawn from it. */
    public boolean fromSurveyData() {
        return this == BMN_SURVEY || this == TPMAP_LIST;
    }
}
