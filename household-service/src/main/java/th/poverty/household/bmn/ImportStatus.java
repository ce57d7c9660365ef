package th.poverty.household.bmn;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Where an import job stands. */
public enum ImportStatus implements Labelled {
    QUEUED("รอนำเข้า", "Queued: the file is accepted and waits for the importer"),
    RUNNING("กำลังนำเข้า", "Running"),
    DONE("นำเข้าเสร็จแล้ว", "Done: every row is imported or reported"),
    FAILED("นำเข้าไม่สำเร็จ", "Failed: upload the same file again to resume");

    private final Label label;

    ImportStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
