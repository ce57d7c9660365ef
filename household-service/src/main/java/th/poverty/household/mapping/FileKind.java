package th.poverty.household.mapping;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The files offices upload, each with its fields ({@link FileLayout}); a column mapping is for one kind. */
public enum FileKind implements Labelled {
    BMN_SURVEY("ไฟล์สำรวจข้อมูล จปฐ.", "BMN survey file"),
    TPMAP_LIST("รายชื่อคนจนเป้าหมาย TPMAP", "TPMAP target list");

    private final Label label;

    FileKind(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
