package th.poverty.team.proposal;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** How close a proposed carer lives to the household: the same village is tried first, then the same tambon. */
public enum MatchLevel implements Labelled {
    SAME_VILLAGE("หมู่บ้านเดียวกัน", "Same village"),
    SAME_TAMBON("ตำบลเดียวกัน", "Same tambon");

    private final Label label;

    MatchLevel(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
