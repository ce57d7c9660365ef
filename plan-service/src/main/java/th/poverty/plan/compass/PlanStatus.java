package th.poverty.plan.compass;

import th.poverty.domain.Labelled;

/** Where a plan stands: drafted, agreed by MOU, completed, or closed without completing. */
public enum PlanStatus implements Labelled {
    DRAFT("ร่างเข็มทิศชีวิต", "Draft"),
    AGREED("ลงนาม MOU แล้ว", "Agreed (MOU signed)"),
    COMPLETED("ดำเนินการตามแผนสำเร็จ", "Completed"),
    CLOSED("ปิดแผน", "Closed");

    private final String labelTh;
    private final String labelEn;

    PlanStatus(String labelTh, String labelEn) {
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
