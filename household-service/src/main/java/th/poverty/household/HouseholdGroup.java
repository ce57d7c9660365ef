package th.poverty.household;

import th.poverty.domain.Labelled;

/** The two groups step 1 sorts households into. */
public enum HouseholdGroup implements Labelled {
    WELFARE("กลุ่ม ก สงเคราะห์", "Group A: welfare"),
    SELF_DEVELOPING("กลุ่ม ข พัฒนาตนเองได้", "Group B: able to develop itself");

    private final String labelTh;
    private final String labelEn;

    HouseholdGroup(String labelTh, String labelEn) {
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
