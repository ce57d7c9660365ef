package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The three sufficiencies (๓ พ) every life compass aims at, in the guideline's words (step 2.1). */
public enum Sufficiency implements Labelled {
    SUFFICIENT_LIVELIHOOD("มีวิถีชีวิตเศรษฐกิจพอเพียง", "A sufficiency-economy way of life"),
    SUFFICIENT_HAPPINESS("มีความสุขพอเพียง", "Sufficient happiness"),
    WARM_FAMILY("ครอบครัวอบอุ่นพอเพียง", "A sufficiently warm family");

    private final Label label;

    Sufficiency(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
