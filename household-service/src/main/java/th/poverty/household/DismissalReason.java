package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Why a survey candidate turned out not to be a target household. */
public enum DismissalReason implements Labelled {
    NOT_POOR("ตรวจสอบแล้วไม่เป็นครัวเรือนยากจน", "Not poor after checking"),
    MOVED("ย้ายออกนอกพื้นที่", "Moved away"),
    DIED("เสียชีวิต", "Died"),
    NOT_FOUND("ไม่พบตัว", "Not found"),
    DUPLICATE("ข้อมูลซ้ำ", "Duplicate of another household");

    private final Label label;

    DismissalReason(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
