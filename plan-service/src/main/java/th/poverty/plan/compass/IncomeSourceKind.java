package th.poverty.plan.compass;

import th.poverty.domain.Labelled;

/** Where a household's income comes from. */
public enum IncomeSourceKind implements Labelled {
    AGRICULTURE("เกษตรกรรม", "Farming and livestock"),
    WAGES("รับจ้าง", "Wage labour"),
    TRADE("ค้าขาย", "Trade"),
    CRAFT("หัตถกรรม", "Crafts"),
    SALARY("เงินเดือน", "Salary"),
    STATE_WELFARE("สวัสดิการแห่งรัฐ", "State welfare and allowances"),
    REMITTANCE("เงินจากญาติ", "Money from relatives"),
    OTHER("อื่น ๆ", "Other");

    private final String labelTh;
    private final String labelEn;

    IncomeSourceKind(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
