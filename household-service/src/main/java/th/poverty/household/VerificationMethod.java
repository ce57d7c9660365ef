package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** How a survey candidate was verified (ตรวจสอบข้อมูล), as the guideline's step 1 allows. */
public enum VerificationMethod implements Labelled {
    FORUM("ยืนยันในเวทีประชาคมหมู่บ้าน", "Confirmed at a village forum"),
    HOME_VISIT("ยืนยันจากการลงพื้นที่เยี่ยมบ้าน", "Confirmed at a home visit");

    private final Label label;

    VerificationMethod(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
