package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Where a target household came from (step 1, ชี้เป้าชีวิต). */
public enum IdentificationSource implements Labelled {
    BMN_SURVEY("ข้อมูล จปฐ.", "Basic minimum needs survey"),
    COMMUNITY_FORUM("เวทีประชาคม", "Community forum");

    private final Label label;

    IdentificationSource(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
