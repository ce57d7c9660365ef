package th.poverty.plan.compass;

import th.poverty.domain.Labelled;

/** Who signed the MOU for the household: only the role is kept, the person stays in household-service. */
public enum HouseholdSignatory implements Labelled {
    HEAD("หัวหน้าครัวเรือน", "Head of household"),
    REPRESENTATIVE("ผู้แทนครัวเรือน", "Household representative");

    private final String labelTh;
    private final String labelEn;

    HouseholdSignatory(String labelTh, String labelEn) {
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
