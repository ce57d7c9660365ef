package th.poverty.team.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Where a household stands for care, as household-service's events tell it. */
public enum HouseholdStatus implements Labelled {
    OPEN("อยู่ในโครงการ", "In the programme"),
    GRADUATED("พ้นความยากจน", "Left poverty"),
    CLOSED("ปิดรายการ", "Closed");

    private final Label label;

    HouseholdStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
