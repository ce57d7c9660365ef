package th.poverty.plan.compass;

import static th.poverty.plan.compass.ActivityPart.AGENCY;
import static th.poverty.plan.compass.ActivityPart.COMMUNITY;
import static th.poverty.plan.compass.ActivityPart.HOUSEHOLD;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The usual activities of each part, from the guideline's examples; each belongs to exactly one part. */
public enum ActivityKind implements Labelled {
    QUIT_ALCOHOL(HOUSEHOLD, "ลด ละ เลิกเหล้า", "Cut down and quit alcohol"),
    QUIT_SMOKING(HOUSEHOLD, "ลด ละ เลิกบุหรี่", "Cut down and quit smoking"),
    QUIT_GAMBLING(HOUSEHOLD, "เลิกการพนัน", "Quit gambling"),
    STAY_AWAY_FROM_DRUGS(HOUSEHOLD, "ไม่เกี่ยวข้องกับยาเสพติด", "Stay away from drugs"),
    SAVE(HOUSEHOLD, "ประหยัด อดออม", "Save"),
    CUT_UNNECESSARY_SPENDING(HOUSEHOLD, "ลดการบริโภคที่เกินความจำเป็น", "Cut unnecessary spending"),
    KEEP_ACCOUNT_BOOK(HOUSEHOLD, "จัดทำบัญชีครัวเรือน", "Keep a household account book"),
    GROW_FOOD(HOUSEHOLD, "ปลูกผักสวนครัว เลี้ยงสัตว์ไว้กิน", "Grow vegetables and raise animals to eat"),
    OCCUPATION(HOUSEHOLD, "ประกอบอาชีพ", "Take up an occupation"),
    SAVINGS_GROUP(COMMUNITY, "กลุ่มออมทรัพย์เพื่อการผลิต", "Savings group for production"),
    POVERTY_FUND(COMMUNITY, "กองทุนแก้ไขปัญหาความยากจน (กข.คจ.)", "Village poverty fund (กข.คจ.)"),
    DEBT_RELIEF(COMMUNITY, "แก้ไขปัญหาหนี้นอกระบบ", "Relief from informal debt"),
    COMMUNITY_WELFARE(COMMUNITY, "สวัสดิการชุมชน", "Community welfare"),
    NEIGHBOURLY_HELP(COMMUNITY, "การช่วยเหลือเกื้อกูลในชุมชน", "Help from neighbours"),
    OCCUPATION_SUPPORT(AGENCY, "ส่งเสริมอาชีพ", "Occupation support"),
    SKILLS_TRAINING(AGENCY, "ฝึกอบรมทักษะ", "Skills training"),
    STATE_WELFARE(AGENCY, "สวัสดิการแห่งรัฐ", "State welfare"),
    HOUSING_REPAIR(AGENCY, "ซ่อมแซมที่อยู่อาศัย", "Housing repair"),
    HEALTH_CARE(AGENCY, "ดูแลสุขภาพ", "Health care"),
    EDUCATION(AGENCY, "การศึกษา", "Education"),
    CREDIT(AGENCY, "สินเชื่อ", "Credit");

    private final ActivityPart part;
    private final Label label;

    ActivityKind(ActivityPart part, String labelTh, String labelEn) {
        this.part = part;
        this.label = new Label(name(), labelTh, labelEn);
    }

    public ActivityPart part() {
        return part;
    }

    @Override
    public Label label() {
        return label;
    }
}
