package th.poverty.team.team;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The two kinds of field team the process knows; each has its own composition rule ({@link TeamComposition}). */
public enum TeamKind implements Labelled {
    SMILE_TEAM("Smile Team (ทีมแก้จนด้วยใจ)", "Smile Team"),
    OPERATIONS_TEAM("ทีมปฏิบัติการระดับตำบล (ทีมเคาะประตู)", "Operations (door-knocking) team");

    private final Label label;

    TeamKind(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
