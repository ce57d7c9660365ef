package th.poverty.plan.compass;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The household's capital the team analyses with it (ต้นทุน ศักยภาพ, step 2.3). */
public enum CapitalKind implements Labelled {
    HUMAN("ทุนมนุษย์", "Human capital: labour, skills, health"),
    SOCIAL("ทุนทางสังคม", "Social capital: family, groups, networks"),
    NATURAL("ทุนทรัพยากรธรรมชาติ", "Natural capital: land, water, forest"),
    PHYSICAL("ทุนกายภาพ", "Physical capital: house, tools, means of production"),
    FINANCIAL("ทุนการเงิน", "Financial capital: savings, credit, debt");

    private final Label label;

    CapitalKind(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
