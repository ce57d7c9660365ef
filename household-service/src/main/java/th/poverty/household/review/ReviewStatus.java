package th.poverty.household.review;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Where a yearly review stands: held by the village, then approved or returned by the district. */
public enum ReviewStatus implements Labelled {
    HELD("รออำเภออนุมัติ", "Held, awaiting the district's approval"),
    APPROVED("อำเภออนุมัติแล้ว", "Approved by the district"),
    RETURNED("อำเภอส่งกลับให้ทบทวนใหม่", "Returned by the district to be held again");

    private final Label label;

    ReviewStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
