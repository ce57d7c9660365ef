package th.poverty.team.household;

import th.poverty.domain.Labelled;

/** Where a household stands for care, as household-service's events tell it. */
public enum HouseholdStatus implements Labelled {
    OPEN("อยู่ในโครงการ", "In the programme"),
    GRADUATED("พ้นความยากจน", "Left poverty"),
    CLOSED("ปิดรายการ", "Closed");

    private final String labelTh;
    private final String labelEn;

    HouseholdStatus(String labelTh, String labelEn) {
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
