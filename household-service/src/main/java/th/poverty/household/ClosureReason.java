package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Why a household leaves the programme without graduating. */
public enum ClosureReason implements Labelled {
    MOVED("ย้ายออกนอกพื้นที่", "Moved away"),
    DIED("เสียชีวิต", "Died"),
    DUPLICATE("ข้อมูลซ้ำ", "Duplicate of another household"),
    MERGED("รวมกับครัวเรือนอื่น", "Merged into another household"),
    /** The household no longer takes part, as its village's yearly review records. */
    WITHDREW("ไม่ประสงค์เข้าร่วมโครงการต่อ", "Withdrew from the programme");

    private final Label label;

    ClosureReason(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** A duplicate or a merge points at the household that carries on. */
    public boolean pointsToAnother() {
        return this == DUPLICATE || this == MERGED;
    }
}
