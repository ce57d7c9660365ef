package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** How far an activity of the plan has come. */
public enum ProgressStatus implements Labelled {
    NOT_STARTED("ยังไม่เริ่ม", "Not started"),
    IN_PROGRESS("กำลังดำเนินการ", "In progress"),
    DONE("ดำเนินการแล้ว", "Done"),
    STOPPED("ยุติ", "Stopped");

    private final Label label;

    ProgressStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
