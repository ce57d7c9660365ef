package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** What a partner agency (ภาคีการพัฒนา) delivered; its value is always counted in THB. */
public enum AssistanceKind implements Labelled {
    MONEY("เงินช่วยเหลือ", "Money"),
    GOODS("สิ่งของ", "Goods"),
    MEANS_OF_PRODUCTION("ปัจจัยการผลิต", "Means of production"),
    TRAINING("ฝึกอบรม ฝึกอาชีพ", "Training"),
    LOAN("สินเชื่อ", "Loan"),
    HOUSING_REPAIR("ซ่อมแซมที่อยู่อาศัย", "Housing repair"),
    SERVICE("บริการ", "Service");

    private final Label label;

    AssistanceKind(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
