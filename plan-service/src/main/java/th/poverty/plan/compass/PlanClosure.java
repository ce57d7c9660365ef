package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Why a plan ends without being completed. */
public enum PlanClosure implements Labelled {
    HOUSEHOLD_WITHDREW("ครัวเรือนขอยุติแผน", "The household withdrew"),
    HOUSEHOLD_LEFT("ครัวเรือนย้ายออกหรือเสียชีวิต", "The household moved away or died"),
    REPLACED("จัดทำแผนใหม่แทน", "Replaced by a new plan");

    private final Label label;

    PlanClosure(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
