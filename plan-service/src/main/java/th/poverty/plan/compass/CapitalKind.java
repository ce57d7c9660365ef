package th.poverty.plan.compass;

import th.poverty.domain.Labelled;

/** The household's capital the team analyses with it (ต้นทุน ศักยภาพ, step 2.3). */
public enum CapitalKind implements Labelled {
    HUMAN("ทุนมนุษย์", "Human capital: labour, skills, health"),
    SOCIAL("ทุนทางสังคม", "Social capital: family, groups, networks"),
    NATURAL("ทุนทรัพยากรธรรมชาติ", "Natural capital: land, water, forest"),
    PHYSICAL("ทุนกายภาพ", "Physical capital: house, tools, means of production"),
    FINANCIAL("ทุนการเงิน", "Financial capital: savings, credit, debt");

    private final String labelTh;
    private final String labelEn;

    CapitalKind(String labelTh, String labelEn) {
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
