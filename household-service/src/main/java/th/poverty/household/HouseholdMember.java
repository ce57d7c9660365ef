package th.poverty.household;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/**
 * A member of the household as the Family Folder lists them: how they are related to the head,
 * their age band, and the facts the welfare classification (group ก) rests on. Personal data: kept
 * in household-service's own table and erased with the head's; events carry only how many there are.
 */
public record HouseholdMember(Relation relation, AgeBand ageBand, boolean disabled, boolean bedridden,
                              boolean elderlyLivingAlone) {

    public enum Relation implements Labelled {
        HEAD("หัวหน้าครัวเรือน", "Head of household"),
        SPOUSE("คู่สมรส", "Spouse"),
        CHILD("บุตร", "Child"),
        PARENT("บิดามารดา", "Parent"),
        GRANDCHILD("หลาน", "Grandchild"),
        SIBLING("พี่น้อง", "Sibling"),
        RELATIVE("ญาติ", "Other relative"),
        OTHER("ผู้อาศัยอื่น", "Other member");

        private final Label label;

        Relation(String labelTh, String labelEn) {
            this.label = new Label(name(), labelTh, labelEn);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    public enum AgeBand implements Labelled {
        UNDER_6("0–5 ปี", "0–5"),
        AGE_6_14("6–14 ปี", "6–14"),
        AGE_15_17("15–17 ปี", "15–17"),
        AGE_18_59("18–59 ปี", "18–59"),
        AGE_60_PLUS("60 ปีขึ้นไป", "60 and over");

        private final Label label;

        AgeBand(String labelTh, String labelEn) {
            this.label = new Label(name(), labelTh, labelEn);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
