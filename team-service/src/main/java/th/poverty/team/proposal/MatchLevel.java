package th.poverty.team.proposal;

import th.poverty.domain.Labelled;

/** How close a proposed carer lives to the household: the same village is tried first, then the same tambon. */
public enum MatchLevel implements Labelled {
    SAME_VILLAGE("หมู่บ้านเดียวกัน", "Same village"),
    SAME_TAMBON("ตำบลเดียวกัน", "Same tambon");

    private final String labelTh;
    private final String labelEn;

    MatchLevel(String labelTh, String labelEn) {
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
