package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Where a target household came from (step 1, ชี้เป้าชีวิต). */
public enum IdentificationSource implements Labelled {
    BMN_SURVEY("ข้อมูล จปฐ.", "Basic minimum needs survey"),
    COMMUNITY_FORUM("เวทีประชาคม", "Community forum"),
    /** A person on a TPMAP target list (person-level, from BMN data and the welfare card) not yet in the programme. */
    TPMAP_LIST("รายชื่อคนจนเป้าหมาย TPMAP", "TPMAP target list"),
    /** A graduated household whose income fell back below the line at its 6- or 12-month follow-up: a new case. */
    FOLLOW_UP("ติดตามหลังพ้นความยากจน", "Follow-up after leaving poverty");

    private final Label label;

    IdentificationSource(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /**
     * A household from data (the survey, a TPMAP list) is a candidate (รอตรวจสอบ) until a forum or
     * a home visit verifies it; the community's own nomination is verified.
     */
    public boolean startsAsCandidate() {
        return this == BMN_SURVEY || this == TPMAP_LIST;
    }
}
