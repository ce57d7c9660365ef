package th.poverty.console.session;

import java.util.List;
import java.util.Optional;

/**
 * Someone to sign in as on the local system, from the Chachoengsao demo: a role, an area and the
 * subject their token carries (the carer's is the account the team demo links to a carer); a
 * partner agency's token names its agency's code in plan-service's registry.
 */
public record DemoPerson(String id, String nameTh, String nameEn, String role, String area, String agency) {

    public DemoPerson(String id, String nameTh, String nameEn, String role, String area) {
        this(id, nameTh, nameEn, role, area, null);
    }

    public static final List<DemoPerson> CHACHOENGSAO = List.of(
            new DemoPerson("demo-carer", "ผู้ดูแลครัวเรือน (ทีมปฏิบัติการ)", "Carer (field team)", Person.FIELD_TEAM, "24"),
            new DemoPerson("demo-district", "ปลัดอำเภอเมืองฉะเชิงเทรา", "District officer, Mueang Chachoengsao",
                    Person.DISTRICT_OFFICER, "2401"),
            new DemoPerson("demo-province", "ศจพ.จ. ฉะเชิงเทรา", "Provincial poverty centre, Chachoengsao",
                    Person.PROVINCE_OFFICER, "24"),
            new DemoPerson("demo-ministry", "กระทรวงมหาดไทย", "Ministry of Interior", Person.MINISTRY, ""),
            new DemoPerson("demo-agency", "พมจ. ฉะเชิงเทรา (ภาคีการพัฒนา)",
                    "Provincial social development office (partner agency)", Person.PARTNER_AGENCY, "24", "PMJ.24"),
            new DemoPerson("demo-analyst", "นักวิเคราะห์ข้อมูล", "Analyst", Person.ANALYST, ""));

    public static Optional<DemoPerson> find(String id) {
        return CHACHOENGSAO.stream().filter(person -> person.id().equals(id)).findFirst();
    }
}
