package th.poverty.console.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The yearly review pages' words, in Thai; messages/review_en.properties has them in English. */
@MessageBundle(value = "review", locale = "th")
public interface ReviewMsg {

    @Message("เวทีประชาคมทบทวนรายปี")
    String title();

    @Message("ทบทวนปีงบประมาณ {year}")
    String ofYear(int year);

    @Message("ตัดสินใจสำหรับปีงบประมาณ {year}")
    String decidesYear(int year);

    @Message("หมู่บ้าน (8 หลัก)")
    String village();

    @Message("ปีงบประมาณที่ทบทวน")
    String fiscalYear();

    @Message("เปิดแบบทบทวน")
    String open();

    @Message("ครัวเรือนเป้าหมายในโครงการ: ไปต่อปีหน้าหรือออกจากโครงการ")
    String inProgramme();

    @Message("ไปต่อปีหน้า (พร้อมแผนและผู้ดูแลเดิม)")
    String carryOver();

    @Message("ออกจากโครงการ")
    String leave();

    @Message("เหตุที่ออก")
    String closure();

    @Message("ครัวเรือนรอตรวจสอบ: เสนอเป็นเป้าหมายปีหน้า")
    String candidates();

    @Message("เสนอเป็นเป้าหมายปีหน้า")
    String propose();

    @Message("พ้นความยากจนในปีนี้")
    String graduated();

    @Message("ไม่มี")
    String none();

    @Message("บันทึกผลการทบทวน")
    String hold();

    @Message("ไปต่อ")
    String carriedOver();

    @Message("ออก")
    String left();

    @Message("เสนอใหม่")
    String proposed();

    @Message("สถานะ")
    String status();

    @Message("วันที่จัดเวที")
    String heldOn();

    @Message("ผู้เข้าร่วม (คน)")
    String attendance();

    @Message("อนุมัติ")
    String approve();

    @Message("ส่งกลับให้ทบทวนใหม่")
    String sendBack();

    @Message("เหตุผล")
    String reason();

    @Message("วันที่")
    String on();

    @Message("ยังไม่มีหมู่บ้านใดบันทึกการทบทวนปีนี้")
    String noReviews();

    @Message("บันทึกไม่สำเร็จ")
    String refused();

    @Message("ย้ายออกนอกพื้นที่")
    String closure_MOVED();

    @Message("เสียชีวิต")
    String closure_DIED();

    @Message("ไม่ประสงค์เข้าร่วมโครงการต่อ")
    String closure_WITHDREW();
}
