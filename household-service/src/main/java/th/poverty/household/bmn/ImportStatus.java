package th.poverty.household.bmn;

import th.poverty.domain.Labelled;

/** Where an import job stands. */
public enum ImportStatus implements Labelled {
    QUEUED("รอนำเข้า", "Queued: the file is accepted and waits for the importer"),
    RUNNING("กำลังนำเข้า", "Running"),
    DONE("นำเข้าเสร็จแล้ว", "Done: every row is imported or reported"),
    FAILED("นำเข้าไม่สำเร็จ", "Failed: upload the same file again to resume");

    private final String labelTh;
    private final String labelEn;

    ImportStatus(String labelTh, String labelEn) {
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
