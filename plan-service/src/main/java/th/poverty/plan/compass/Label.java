package th.poverty.plan.compass;

import th.poverty.plan.Labelled;

/** A code as the API shows it: the code, its Thai and its English label. */
public record Label(String code, String th, String en) {

    static Label of(Labelled value) {
        return value == null ? null : new Label(value.name(), value.labelTh(), value.labelEn());
    }
}
