package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Why a household's head changed: the household goes on under the new head. */
public enum HeadChange implements Labelled {
    DIED("หัวหน้าครัวเรือนเสียชีวิต", "The head died"),
    MOVED_OUT("หัวหน้าครัวเรือนย้ายออก", "The head moved out"),
    OTHER("อื่น ๆ", "Other");

    private final Label label;

    HeadChange(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
