package th.poverty.plan.households;

import th.poverty.domain.Labelled;

/** The group step 1 put the household in; a plan for either group aims at the ๓ พ. */
public enum CareGroup implements Labelled {
    WELFARE("กลุ่ม ก สงเคราะห์", "Group A: welfare"),
    SELF_DEVELOPING("กลุ่ม ข พัฒนาตนเองได้", "Group B: able to develop itself");

    private final String labelTh;
    private final String labelEn;

    CareGroup(String labelTh, String labelEn) {
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
