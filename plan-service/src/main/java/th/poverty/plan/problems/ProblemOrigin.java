package th.poverty.plan.problems;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Where a problem of the household came from. */
public enum ProblemOrigin implements Labelled {
    /** A cause written in the household's Family Folder (สมุดบันทึกรายครัวเรือน). */
    FAMILY_FOLDER("สาเหตุในสมุดบันทึกรายครัวเรือน", "Family Folder cause"),
    /** An indicator the household failed in its BMN survey row (จปฐ.). */
    BMN_INDICATOR("ตัวชี้วัด จปฐ. ที่ไม่ผ่าน", "Failed BMN indicator"),
    /** A need of a group ก household, referred to the welfare process. */
    WELFARE_REFERRAL("ส่งต่อเข้าระบบสวัสดิการ", "Welfare referral"),
    /** A dimension a TPMAP target list (รายชื่อคนจนเป้าหมาย) found the household's head poor in. */
    TPMAP_TARGET("มิติที่ตกเกณฑ์ในรายชื่อเป้าหมาย TPMAP", "TPMAP target list dimension");

    private final Label label;

    ProblemOrigin(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
