package th.poverty.team.villages;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Why a village leaves the registry: the province merges it into another, or it ceases to be one. */
public enum Retirement implements Labelled {
    MERGED("รวมกับหมู่บ้านอื่น", "Merged into another village"),
    DISSOLVED("ยุบเลิก", "Dissolved");

    private final Label label;

    Retirement(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
