package th.poverty.household;

import th.poverty.domain.Labelled;

/** Where a target household came from (step 1, ชี้เป้าชีวิต). */
public enum IdentificationSource implements Labelled {
    BMN_SURVEY("ข้อมูล จปฐ.", "Basic minimum needs survey"),
    COMMUNITY_FORUM("เวทีประชาคม", "Community forum");

    private final String labelTh;
    private final String labelEn;

    IdentificationSource(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
