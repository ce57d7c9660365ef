package th.poverty.console.imports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The import pages' words beyond the survey upload's, in Thai; messages/imports_en.properties has them in English. */
@MessageBundle(value = "imports", locale = "th")
public interface ImportMsg {

    @Message("นำเข้ารายชื่อคนจนเป้าหมาย TPMAP")
    String tpmap();

    @Message("ปีของรายชื่อ (พ.ศ.)")
    String listYear();

    @Message("ไฟล์ CSV รายชื่อเป้าหมาย")
    String listFile();

    @Message("เลือกไฟล์ CSV รายชื่อเป้าหมาย TPMAP")
    String chooseListFile();

    @Message("คนในรายชื่อที่เป็นหัวหน้าครัวเรือนในโครงการ: ครัวเรือนถูกระบุมิติที่ตกเกณฑ์ คนที่ยังไม่อยู่ในโครงการ: เพิ่มเป็นครัวเรือนรอตรวจสอบ")
    String tpmapHint();

    @Message("ผังคอลัมน์ของไฟล์")
    String mapping();

    @Message("คอลัมน์ตามแบบมาตรฐาน")
    String standardColumns();

    @Message("ไฟล์ที่ส่งออกจากระบบอื่นอ่านได้ตามผังคอลัมน์ที่จังหวัดบันทึกไว้ ไม่ต้องแก้ไฟล์")
    String mappingHint();

    @Message("ผังคอลัมน์ของจังหวัด")
    String mappings();

    @Message("อ่านตามผังคอลัมน์ {name} ฉบับที่ {version}")
    String readBy(String name, int version);

    @Message("ครัวเรือนในโครงการที่ถูกระบุ")
    String rowsFlagged();

    @Message("เพิ่มเป็นครัวเรือนรอตรวจสอบ")
    String rowsCandidates();

    @Message("ไม่ตกเกณฑ์ทุกมิติ")
    String rowsNotTargets();

    @Message("สร้างผังคอลัมน์ใหม่: {kind}")
    String newMapping(String kind);

    @Message("ชื่อผัง (a-z, 0-9, -)")
    String name();

    @Message("ชื่อผัง")
    String mappingName();

    @Message("ข้อมูลในไฟล์")
    String field();

    @Message("คำอธิบาย")
    String description();

    @Message("ใช้เป็นผังหลักของจังหวัดสำหรับไฟล์ชนิดนี้")
    String isDefault();

    @Message("ผังหลัก")
    String defaultMark();

    @Message("ชนิดไฟล์")
    String kind();

    @Message("ฉบับที่")
    String version();

    @Message("บันทึกโดย")
    String savedBy();

    @Message("จำเป็น")
    String required();

    @Message("อ่านจากคอลัมน์")
    String fromColumn();

    @Message("ชื่อคอลัมน์ในไฟล์")
    String columnName();

    @Message("ใช้ค่าเดียวกันทุกแถว")
    String fixed();

    @Message("ค่าที่ใช้")
    String fixedValue();

    @Message("รหัสตำบลกับหมู่ที่ (สองคอลัมน์)")
    String villageParts();

    @Message("คอลัมน์รหัสตำบล")
    String tambonColumn();

    @Message("คอลัมน์หมู่ที่")
    String villageNumberColumn();

    @Message("ไม่มีในไฟล์")
    String notInFile();

    @Message("ที่มาในไฟล์")
    String source();

    @Message("บันทึกผังคอลัมน์")
    String save();

    @Message("ยังไม่มีผังคอลัมน์")
    String none();

    @Message("จังหวัด (รหัส 2 หลัก)")
    String province();

    @Message("แสดง")
    String show();

    @Message("แก้ไขได้เฉพาะเจ้าหน้าที่จังหวัด")
    String provinceOnly();
}
