package th.poverty.team.carer;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** Why a carer stops caring for a household; the details are the event's reason. */
public enum ReleaseReason implements Labelled {
    HOUSEHOLD_GRADUATED("ครัวเรือนพ้นความยากจน", "The household left poverty", false),
    HOUSEHOLD_CLOSED("ปิดรายการครัวเรือน", "The household was closed", false),
    REASSIGNED("เปลี่ยนผู้ดูแล", "Handed over to another carer", false),
    CARER_UNAVAILABLE("ผู้ดูแลไม่สามารถดูแลต่อได้", "The carer can no longer care", true),
    HOUSEHOLD_REQUEST("ครัวเรือนขอเปลี่ยนผู้ดูแล", "At the household's request", true),
    OTHER("อื่น ๆ", "Other", true);

    private final Label label;
    private final boolean givenByPeople;

    ReleaseReason(String labelTh, String labelEn, boolean givenByPeople) {
        this.label = new Label(name(), labelTh, labelEn);
        this.givenByPeople = givenByPeople;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The others follow from what happened to the household, or from a reassignment, never from a request. */
    public boolean givenByPeople() {
        return givenByPeople;
    }
}
