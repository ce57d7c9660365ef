package th.poverty.team.team;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/**
 * The role a person plays in a team, or as a carer, in the terms field workers use: the officials
 * and community leaders the guideline names (step 1 item 2, step 4 item 1), and others like them.
 */
public enum MemberRole implements Labelled {
    CDD_VOLUNTEER_LEADER("ผู้นำอาสาพัฒนาชุมชน (ผู้นำ อช.)", "Community-development volunteer leader", true),
    CDD_VOLUNTEER("อาสาพัฒนาชุมชน (อช.)", "Community-development volunteer", true),
    WOMEN_LEADER("ผู้นำสตรี", "Women's leader", true),
    OCCUPATION_LEADER("ผู้นำอาชีพ", "Occupation group leader", true),
    COMMUNITY_LEADER("ผู้นำชุมชน", "Community leader", true),
    TAMBON_COORDINATOR("พัฒนากรผู้ประสานงานตำบล (พก.)", "Tambon coordinator (community developer)", false),
    DISTRICT_POVERTY_SPECIALIST("ผู้เชี่ยวชาญการแก้ไขปัญหาความยากจนของอำเภอ (ชช.)", "District poverty specialist", false),
    TAMBON_CLERK("ปลัดตำบล", "Tambon clerk", false),
    LOCAL_GOVERNMENT_OFFICER("เจ้าหน้าที่องค์กรปกครองส่วนท้องถิ่น (อปท.)", "Local government (อปท.) officer", false),
    NFE_TEACHER("ครู กศน.", "Non-formal education (กศน.) teacher", false),
    AGRICULTURE_OFFICER("เกษตรตำบล", "Tambon agriculture officer", false),
    PUBLIC_HEALTH_OFFICER("สาธารณสุขตำบล", "Tambon public health officer", false),
    AGENCY_STAFF("เจ้าหน้าที่หน่วยงานภาคี", "Partner agency staff", false),
    OTHER("อื่น ๆ", "Other", false);

    private final Label label;
    private final boolean leadsCommunity;

    MemberRole(String labelTh, String labelEn, boolean leadsCommunity) {
        this.label = new Label(name(), labelTh, labelEn);
        this.leadsCommunity = leadsCommunity;
    }

    @Override
    public Label label() {
        return label;
    }

    /** A leader from the community rather than an official: they stand for a village, which they must name. */
    public boolean leadsCommunity() {
        return leadsCommunity;
    }
}
