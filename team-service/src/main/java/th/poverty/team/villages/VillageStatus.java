package th.poverty.team.villages;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Whether a registered village still exists; a retired one keeps its code and history. */
public enum VillageStatus implements Labelled {
    ACTIVE("หมู่บ้านที่มีอยู่", "Active"),
    RETIRED("ยุบหรือรวมแล้ว", "Retired (merged or dissolved)");

    private final Label label;

    VillageStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
