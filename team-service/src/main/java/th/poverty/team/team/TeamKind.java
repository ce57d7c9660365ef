package th.poverty.team.team;

import th.poverty.domain.Labelled;

/** The two kinds of field team the process knows; each has its own composition rule ({@link TeamComposition}). */
public enum TeamKind implements Labelled {
    SMILE_TEAM("Smile Team (ทีมแก้จนด้วยใจ)", "Smile Team"),
    OPERATIONS_TEAM("ทีมปฏิบัติการระดับตำบล (ทีมเคาะประตู)", "Operations (door-knocking) team");

    private final String labelTh;
    private final String labelEn;

    TeamKind(String labelTh, String labelEn) {
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
