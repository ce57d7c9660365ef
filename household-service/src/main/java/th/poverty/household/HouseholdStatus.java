package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/**
 * Where a household stands in step 1 and after. A survey row starts as a candidate, which the
 * team confirms (identified) or dismisses; a forum nomination is identified at once.
 */
public enum HouseholdStatus implements Labelled {
    CANDIDATE("รอตรวจสอบ", "Candidate, to be verified"),
    IDENTIFIED("ชี้เป้าแล้ว", "Identified"),
    VISITED("เยี่ยมบ้านแล้ว", "Visited"),
    ASSESSED("วิเคราะห์ 4 ท แล้ว", "Assessed (4 T)"),
    CLASSIFIED("จัดกลุ่มแล้ว", "Classified"),
    GRADUATED("พ้นความยากจน", "Left poverty"),
    CLOSED("ปิดรายการ", "Closed"),
    DISMISSED("ตรวจสอบแล้วไม่ใช่เป้าหมาย", "Dismissed after verification");

    private final Label label;

    HouseholdStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
