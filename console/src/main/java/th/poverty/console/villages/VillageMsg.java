package th.poverty.console.villages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The village pages' words, in Thai; messages/villages_en.properties has them in English. */
@MessageBundle(value = "villages", locale = "th")
public interface VillageMsg {

    @Message("หมู่บ้าน")
    String title();

    @Message("หมู่บ้านที่นับ")
    String counted();

    @Message("อยู่ในทะเบียน")
    String registered();

    @Message("ไม่อยู่ในทะเบียน")
    String notRegistered();

    @Message("ผู้นำชุมชน")
    String leaders();

    @Message("ผู้นำต่อหมู่บ้าน")
    String perVillage();

    @Message("แนวทาง: ผู้นำชุมชนเฉลี่ย ๑ คนต่อ ๒ หมู่บ้าน")
    String guideline();

    @Message("ผ่านแนวทาง")
    String meets();

    @Message("ต่ำกว่าแนวทาง")
    String below();

    @Message("จังหวัดยังไม่ได้นำเข้าบัญชีหมู่บ้าน: นับเฉพาะหมู่บ้านที่มีครัวเรือนเป้าหมายหรือผู้นำชุมชน")
    String noList();

    @Message("หมู่ที่")
    String moo();

    @Message("ชื่อหมู่บ้าน")
    String name();

    @Message("ชื่อภาษาอังกฤษ (ถ้ามี)")
    String nameEn();

    @Message("ตำบล")
    String tambon();

    @Message("สถานะ")
    String status();

    @Message("ครัวเรือนเป้าหมาย")
    String openHouseholds();

    @Message("แก้ไข")
    String edit();

    @Message("หมู่บ้านที่ยุบหรือรวมแล้ว")
    String retiredVillages();

    @Message("เพิ่มหมู่บ้านที่บัญชีของจังหวัดไม่มี")
    String add();

    @Message("บันทึก")
    String save();

    @Message("เปลี่ยนชื่อหมู่บ้าน")
    String rename();

    @Message("ยุบหรือรวมหมู่บ้าน")
    String retire();

    @Message("ยุบหรือรวมอย่างไร")
    String how();

    @Message("รวมเข้ากับหมู่บ้านอื่นในอำเภอ")
    String merged();

    @Message("ยุบเลิก")
    String dissolved();

    @Message("รวมเข้ากับ")
    String mergedInto();

    @Message("ตั้งแต่วันที่")
    String retiredOn();

    @Message("ยุบหรือรวมเมื่อ")
    String retiredSince();

    @Message("รหัสหมู่บ้าน")
    String code();

    @Message("หมู่บ้านนี้ยุบหรือรวมแล้ว จึงแก้ไขไม่ได้")
    String isRetired();

    @Message("กลับไปที่รายชื่อหมู่บ้าน")
    String back();

    @Message("นำเข้ารายชื่อหมู่บ้านของจังหวัด")
    String listTitle();

    @Message("ไฟล์รายชื่อหมู่บ้าน (CSV, UTF-8: village_code หรือ tambon_code กับ moo, name_th, name_en)")
    String listFile();

    @Message("ตรวจสอบอย่างเดียว ยังไม่บันทึก")
    String dryRun();

    @Message("ส่งไฟล์")
    String send();

    @Message("กรุณาเลือกไฟล์")
    String chooseFile();

    @Message("ผลการตรวจสอบ (ยังไม่ได้บันทึก)")
    String checked();

    @Message("ผลการนำเข้า")
    String loaded();

    @Message("แถวในไฟล์")
    String rows();

    @Message("ขึ้นทะเบียนใหม่")
    String registeredCount();

    @Message("เปลี่ยนชื่อ")
    String renamedCount();

    @Message("ไม่เปลี่ยนแปลง")
    String unchangedCount();

    @Message("แถวที่ไม่รับ")
    String refusedRows();

    @Message("แถว")
    String row();

    @Message("ช่อง")
    String field();

    @Message("เหตุผล")
    String why();

    @Message("หมู่บ้านในทะเบียนที่ไฟล์ไม่ได้ระบุ (ไม่ถูกยุบ)")
    String notInFile();
}
