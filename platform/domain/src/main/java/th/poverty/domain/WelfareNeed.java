package th.poverty.domain;

/**
 * What a group ก household (สงเคราะห์) needs from the welfare process, as the team states it when
 * it classifies the household: each need opens a welfare referral, routed and tracked like a
 * problem, in the dimension it belongs to. The need names the kind of help, never the person.
 */
public enum WelfareNeed implements Labelled {
    ALLOWANCE("เบี้ยยังชีพและเงินสงเคราะห์", "Allowances", Dimension.ACCESS_TO_SERVICES),
    ELDERLY_CARE("การดูแลผู้สูงอายุ", "Care for the elderly", Dimension.HEALTH),
    BEDRIDDEN_CARE("การดูแลผู้ป่วยติดเตียง", "Care for the bedridden", Dimension.HEALTH),
    DISABILITY_CARE("การดูแลคนพิการ", "Care for people with disabilities", Dimension.HEALTH),
    HOUSING_REPAIR("การซ่อมแซมที่อยู่อาศัย", "Housing repair", Dimension.LIVING_CONDITIONS),
    /** Classified ก with no need stated yet: the welfare office assesses what the household needs. */
    WELFARE_ASSESSMENT("การประเมินความต้องการสวัสดิการ", "Welfare needs assessment", Dimension.ACCESS_TO_SERVICES);

    private final Label label;
    private final Dimension dimension;

    WelfareNeed(String labelTh, String labelEn, Dimension dimension) {
        this.label = new Label(name(), labelTh, labelEn);
        this.dimension = dimension;
    }

    @Override
    public Label label() {
        return label;
    }

    public Dimension dimension() {
        return dimension;
    }
}
