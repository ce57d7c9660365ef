package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The two groups step 1 sorts households into. */
public enum HouseholdGroup implements Labelled {
    WELFARE("กลุ่ม ก สงเคราะห์", "Group A: welfare"),
    SELF_DEVELOPING("กลุ่ม ข พัฒนาตนเองได้", "Group B: able to develop itself");

    private final Label label;

    HouseholdGroup(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
