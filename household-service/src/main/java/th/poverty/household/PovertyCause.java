package th.poverty.household;

import th.poverty.domain.FreeText;
import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/**
 * One cause or condition of a household's poverty, filed under one of the five dimensions
 * users know from TPMAP and ThaiQM, so each problem can be routed to the agency responsible.
 */
public record PovertyCause(Dimension dimension, @FreeText String description) {

    public enum Dimension implements Labelled {
        HEALTH("สุขภาพ", "Health"),
        LIVING_CONDITIONS("ความเป็นอยู่", "Living conditions"),
        EDUCATION("การศึกษา", "Education"),
        INCOME("รายได้", "Income"),
        ACCESS_TO_SERVICES("การเข้าถึงบริการรัฐ", "Access to public services");

        private final Label label;

        Dimension(String labelTh, String labelEn) {
            this.label = new Label(name(), labelTh, labelEn);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
