package th.poverty.plan.compass;

import th.poverty.domain.Labelled;

/** How far an activity of the plan has come. */
public enum ProgressStatus implements Labelled {
    NOT_STARTED("ยังไม่เริ่ม", "Not started"),
    IN_PROGRESS("กำลังดำเนินการ", "In progress"),
    DONE("ดำเนินการแล้ว", "Done"),
    STOPPED("ยุติ", "Stopped");

    private final String labelTh;
    private final String labelEn;

    ProgressStatus(String labelTh, String labelEn) {
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
