package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Who signed the MOU for the household: only the role is kept, the person stays in household-service. */
public enum HouseholdSignatory implements Labelled {
    HEAD("หัวหน้าครัวเรือน", "Head of household"),
    REPRESENTATIVE("ผู้แทนครัวเรือน", "Household representative");

    private final Label label;

    HouseholdSignatory(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
