package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The three parts in which the household manages its life by the compass (step 3.1). */
public enum ActivityPart implements Labelled {
    HOUSEHOLD("ครัวเรือน", "The household itself"),
    COMMUNITY("ชุมชน", "Community support"),
    AGENCY("หน่วยงาน", "Government agencies and local government");

    private final Label label;

    ActivityPart(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
