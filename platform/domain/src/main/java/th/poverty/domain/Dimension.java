package th.poverty.domain;

/**
 * The five dimensions of a household's problems users know from TPMAP and ThaiQM: a Family Folder
 * cause, a failed BMN indicator and a welfare need each fall in one, so each can be routed to the
 * agency responsible and counted the same way in every service.
 */
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
