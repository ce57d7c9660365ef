package th.poverty.console.offline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of field capture without signal and of the sync page, in Thai; messages/sync_en.properties has them in English. */
@MessageBundle(value = "sync", locale = "th")
public interface SyncMsg {

    @Message("ติดตามครัวเรือน")
    String shortName();

    @Message("การส่งข้อมูล")
    String title();

    @Message("สถานะการส่งข้อมูล")
    String status();

    @Message("รอส่ง")
    String pending();

    @Message("กำลังส่ง")
    String sending();

    @Message("ส่งแล้ว")
    String sent();

    @Message("ขัดแย้ง")
    String conflict();

    @Message("ไม่ผ่าน")
    String refused();

    @Message("สิ่งที่บันทึกไว้ในเครื่องนี้ รอส่งเมื่อมีสัญญาณ ส่งทีละรายการตามลำดับที่บันทึก")
    String intro();

    @Message("ไม่มีรายการในเครื่องนี้")
    String nothingQueued();

    @Message("บันทึกไว้ในเครื่องแล้ว จะส่งให้เองเมื่อมีสัญญาณ")
    String queued();

    @Message("เครื่องเต็ม: บันทึกลงเครื่องไม่ได้ ข้อมูลที่พิมพ์ยังอยู่บนหน้าจอ ลบไฟล์หรือแอปที่ไม่ใช้แล้วลองอีกครั้ง")
    String deviceFull();

    @Message("ไม่มีสัญญาณ")
    String offlineTitle();

    @Message("หน้านี้ยังไม่ได้เก็บไว้ในเครื่อง เปิดหน้านี้อีกครั้งเมื่อมีสัญญาณ ครัวเรือนที่คุณดูแลเปิดได้จากหน้าครัวเรือนที่ฉันดูแล")
    String offlineText();

    @Message("เข้าสู่ระบบอีกครั้งเพื่อส่งรายการที่รอ")
    String signInAgain();

    @Message("ครัวเรือนนี้ถูกแก้ไขระหว่างที่คุณบันทึก: เทียบสองฉบับแล้วเลือก")
    String conflictHint();

    @Message("ช่อง")
    String field();

    @Message("ที่คุณบันทึก")
    String mine();

    @Message("ที่บันทึกอยู่ตอนนี้")
    String now();

    @Message("ส่งตามที่ฉันบันทึก")
    String applyAnyway();

    @Message("รวมทีละช่อง")
    String merge();

    @Message("ทิ้งรายการนี้")
    String drop();

    @Message("ทิ้งรายการนี้? สิ่งที่บันทึกไว้ในรายการนี้จะหายไป")
    String dropConfirm();

    @Message("แก้ไขแล้วส่งใหม่")
    String edit();

    @Message("บันทึกเมื่อ")
    String queuedAt();

    @Message("ใช้ค่านี้")
    String useThis();

    @Message("บันทึกอยู่ตอนนี้")
    String recordedNow();

    @Message("รวมทีละช่อง: แต่ละช่องแสดงค่าที่บันทึกอยู่ตอนนี้ กด \"ใช้ค่านี้\" เพื่อเลือกค่านั้น แล้วกดบันทึก")
    String mergeHint();

    @Message("ส่งตอนนี้")
    String sendNow();
}
