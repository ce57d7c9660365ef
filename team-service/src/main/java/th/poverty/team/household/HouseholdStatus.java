package th.poverty.team.household;

import th.poverty.team.Label;

/** Where a household stands for care, as household-service's events tell it. */
public enum HouseholdStatus {
    OPEN("อยู่ในโครงการ", "In the programme"),
    GRADUATED("พ้นความยากจน", "Left poverty"),
    CLOSED("ปิดรายการ", "Closed");

    private final String labelTh;
    private final String labelEn;

    HouseholdStatus(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    public Label label() {
        return new Label(name(), labelTh, labelEn);
    }
}
