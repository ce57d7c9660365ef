package th.poverty.reporting.measure;

/**
 * The fixed measures kept per area. Household measures count households in the household's
 * area, carer measures count carers (or their households) in the carer's area; the income sums
 * are in satang. Families with a key of their own are {@link IncomeBand}, {@link AssistanceMeasure} and
 * {@link ProblemMeasure}.
 */
public enum Measure {
    /** Every household identified, whatever became of it: the top of the funnel. */
    IDENTIFIED,
    /** From BMN data (จากข้อมูล จปฐ.): the survey's candidates and a TPMAP list's, which is drawn from it. */
    IDENTIFIED_BMN_SURVEY,
    IDENTIFIED_COMMUNITY_FORUM,
    /** Survey households still waiting to be verified (รอตรวจสอบ). */
    CANDIDATES,
    /** Households verified as targets: survey candidates confirmed, and forum nominations. */
    VERIFIED,
    /** Survey candidates found not to be targets: out of the funnel. */
    DISMISSED,
    /** Households visited at least once (เคาะประตูบ้าน). */
    VISITED,
    /** Households assessed (4 ท). */
    ASSESSED,
    /** Households classified, by their current group. */
    CLASSIFIED,
    CLASSIFIED_WELFARE,
    CLASSIFIED_SELF_DEVELOPING,
    /** Households with a life-compass plan that is not closed. */
    WITH_PLAN,
    /** Households whose plan was agreed: the MOU signed. */
    MOU_SIGNED,
    /** Households with a carer now. */
    WITH_CARER,
    /**
     * Households that need a carer and have none: verified, still in the programme, and either
     * with an agreed compass (MOU signed) or in group ก (welfare), whose care someone follows.
     */
    WITHOUT_CARER,
    /** Households that left poverty (พ้นความยากจน). */
    GRADUATED,
    /** Households closed (moved, died, duplicate, merged). */
    CLOSED,
    /** Households with an income baseline and a later measurement: those the income uplift is about. */
    INCOME_MEASURED,
    INCOME_BASELINE_SATANG,
    INCOME_LATEST_SATANG,
    /** Carers registered in the area. */
    CARERS,
    /** Carers caring for at least one household. */
    CARERS_CARING,
    /** Carers with more than three households: the rule says this stays zero. */
    CARERS_OVER_CAP,
    /** Households cared for by the area's carers. */
    CARED_HOUSEHOLDS
}
