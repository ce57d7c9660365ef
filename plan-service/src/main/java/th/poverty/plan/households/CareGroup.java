package th.poverty.plan.households;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The group step 1 put the household in; a plan for either group aims at the ๓ พ. */
public enum CareGroup implements Labelled {
    WELFARE("กลุ่ม ก สงเคราะห์", "Group A: welfare"),
    SELF_DEVELOPING("กลุ่ม ข พัฒนาตนเองได้", "Group B: able to develop itself");

    private final Label label;

    CareGroup(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
