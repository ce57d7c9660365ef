package th.poverty.console.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every word the console shows, in Thai; messages/msg_en.properties has them in English. */
@MessageBundle(value = "msg", locale = "th")
public interface Msg {

    @Message("ระบบติดตามการแก้ไขปัญหาความยากจนแบบบูรณาการ")
    String app();

    @Message("ข้ามไปยังเนื้อหา")
    String skip();

    @Message("เข้าสู่ระบบ")
    String signIn();

    @Message("ออกจากระบบ")
    String signOut();

    @Message("เลือกผู้ใช้ตัวอย่าง (ระบบทดลองในเครื่อง)")
    String signInDemo();

    @Message("ระบบทดลองในเครื่องนี้ใช้ผู้ใช้ตัวอย่างของจังหวัดฉะเชิงเทรา")
    String signInDemoHint();

    @Message("การเข้าสู่ระบบผ่านผู้ให้บริการยืนยันตัวตนของกระทรวงยังไม่ได้ตั้งค่า")
    String signInUnavailable();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("ภาพรวมพื้นที่")
    String dashboard();

    @Message("ครัวเรือน")
    String households();

    @Message("ครัวเรือนที่ฉันดูแล")
    String myHouseholds();

    @Message("ห้าขั้นตอน")
    String funnel();

    @Message("ขั้นตอน")
    String step();

    @Message("จำนวน")
    String count();

    @Message("ครัวเรือนเป้าหมาย (ชี้เป้า)")
    String identified();

    @Message("รอตรวจสอบ")
    String candidates();

    @Message("ยืนยันแล้ว")
    String verified();

    @Message("เยี่ยมบ้านแล้ว")
    String visited();

    @Message("ประเมิน 4 ท แล้ว")
    String assessed();

    @Message("จัดกลุ่มแล้ว")
    String classified();

    @Message("มีแผนเข็มทิศชีวิต")
    String withPlan();

    @Message("ลงนาม MOU แล้ว")
    String mouSigned();

    @Message("มีผู้ดูแล")
    String withCarer();

    @Message("พ้นความยากจน")
    String graduated();

    @Message("พื้นที่ย่อย")
    String children();

    @Message("พื้นที่")
    String area();

    @Message("แผนที่")
    String map();

    @Message("ขนาดและสีของวงกลมแสดง")
    String mapFigure();

    @Message("แสดง")
    String show();

    @Message("ไม่มีพิกัดสำหรับ")
    String noPoint();

    @Message("แนวโน้มรายเดือน")
    String trends();

    @Message("เดือน")
    String month();

    @Message("ผู้ดูแลเทียบกับเพดาน")
    String coverage();

    @Message("ผู้ดูแลทั้งหมด")
    String carers();

    @Message("ครัวเรือนที่ยังไม่มีผู้ดูแล")
    String withoutCarer();

    @Message("ผู้ดูแลที่เกินเพดาน")
    String overCap();

    @Message("ความช่วยเหลือจากหน่วยงาน")
    String assistance();

    @Message("หน่วยงาน")
    String agency();

    @Message("ประเภท")
    String kind();

    @Message("ครั้ง")
    String deliveries();

    @Message("มูลค่า")
    String amount();

    @Message("ยังไม่มีข้อมูล")
    String none();

    @Message("ทั้งประเทศ")
    String country();

    @Message("สถานะ")
    String status();

    @Message("กลุ่ม")
    String group();

    @Message("หมู่บ้าน")
    String village();

    @Message("วันที่ชี้เป้า")
    String identifiedOn();

    @Message("ค้นหา")
    String search();

    @Message("ทั้งหมด")
    String all();

    @Message("หน้าถัดไป")
    String nextPage();

    @Message("ครบกำหนดเยี่ยม")
    String dueOn();

    @Message("เยี่ยมล่าสุด")
    String lastVisited();

    @Message("เลยกำหนด")
    String overdue();

    @Message("ตามกำหนด")
    String onTime();

    @Message("บัญชีนี้ยังไม่ได้เชื่อมกับผู้ดูแลครัวเรือน")
    String notACarer();

    @Message("ขั้นตอนที่ผ่านมา")
    String timeline();

    @Message("สมุดบันทึกรายครัวเรือน")
    String familyFolder();

    @Message("สมาชิก")
    String members();

    @Message("การเยี่ยมบ้าน")
    String visits();

    @Message("บันทึกการเยี่ยมบ้าน")
    String recordVisit();

    @Message("วันที่เยี่ยม")
    String visitedOn();

    @Message("ผู้เยี่ยม (คั่นด้วยจุลภาค)")
    String visitedBy();

    @Message("บันทึก")
    String notes();

    @Message("บันทึก")
    String save();

    @Message("การประเมิน 4 ท")
    String fourT();

    @Message("วันที่ประเมิน")
    String assessedOn();

    @Message("ท1 ทัศนะ: ครัวเรือนพร้อมเปลี่ยนแปลง")
    String willingToChange();

    @Message("ท2 ทักษะ: จำนวนสมาชิกที่ทำงานได้")
    String workingMembers();

    @Message("ทักษะ (คั่นด้วยจุลภาค)")
    String skills();

    @Message("ท3 ทรัพยากร: ที่ดิน (ไร่)")
    String landRai();

    @Message("มีที่ดินเป็นของตนเอง")
    String ownsLand();

    @Message("ปัจจัยการผลิต (คั่นด้วยจุลภาค)")
    String meansOfProduction();

    @Message("ท4 ทางออก")
    String wayOut();

    @Message("ใช่")
    String yes();

    @Message("ไม่ใช่")
    String no();

    @Message("สาเหตุของความยากจน 5 มิติ")
    String causes();

    @Message("ครัวเรือนรับทราบสาเหตุแล้ว")
    String acknowledged();

    @Message("การจัดกลุ่ม")
    String classification();

    @Message("หัวหน้าครัวเรือน")
    String head();

    @Message("ดูข้อมูลส่วนบุคคล")
    String showHead();

    @Message("วัตถุประสงค์ของการดูข้อมูล (บันทึกไว้ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)")
    String purpose();

    @Message("ชื่อ")
    String name();

    @Message("เลขประจำตัวประชาชน")
    String nationalId();

    @Message("โทรศัพท์")
    String phone();

    @Message("ที่อยู่")
    String address();

    @Message("บันทึกแล้ว")
    String saved();

    @Message("มีผู้แก้ไขครัวเรือนนี้ระหว่างที่คุณกรอกข้อมูล")
    String staleTitle();

    @Message("ข้อมูลด้านล่างคือฉบับล่าสุด ตรวจดูแล้วกดบันทึกอีกครั้งเพื่อบันทึกสิ่งที่คุณกรอกไว้")
    String staleHint();

    @Message("บันทึกอีกครั้ง")
    String applyAgain();

    @Message("ไม่สามารถบันทึกได้")
    String refused();

    @Message("เกิดข้อผิดพลาด")
    String error();

    @Message("ไม่พบ")
    String notFound();

    @Message("กลับหน้าแรก")
    String home();

    @Message("โดย")
    String by();

    @Message("เมื่อ")
    String when();

    @Message("บทบาท")
    String role();

    @Message("บาท")
    String baht();

    @Message("ครัวเรือน")
    String householdsUnit();

    @Message("ตารางข้อมูลของแผนภูมิ")
    String chartTable();

    @Message("ระดับ")
    String level();

    @Message("รอตรวจสอบ")
    String status_CANDIDATE();

    @Message("ชี้เป้าแล้ว")
    String status_IDENTIFIED();

    @Message("เยี่ยมบ้านแล้ว")
    String status_VISITED();

    @Message("วิเคราะห์ 4 ท แล้ว")
    String status_ASSESSED();

    @Message("จัดกลุ่มแล้ว")
    String status_CLASSIFIED();

    @Message("พ้นความยากจน")
    String status_GRADUATED();

    @Message("ปิดรายการ")
    String status_CLOSED();

    @Message("ตรวจสอบแล้วไม่ใช่เป้าหมาย")
    String status_DISMISSED();

    @Message("กลุ่ม ก สงเคราะห์")
    String group_WELFARE();

    @Message("กลุ่ม ข พัฒนาตนเองได้")
    String group_SELF_DEVELOPING();

    @Message("เข็มทิศชีวิต")
    String compass();

    @Message("จัดทำเข็มทิศชีวิตกับครัวเรือน")
    String draftCompass();

    @Message("ปรับแผนเข็มทิศชีวิต")
    String reviseCompass();

    @Message("ยังจัดทำแผนไม่ได้")
    String notEligible();

    @Message("วันที่จัดทำ")
    String draftedOn();

    @Message("เหตุผล")
    String reason();

    @Message("เป้าหมายสู่ ๓ พ")
    String goals();

    @Message("พ (ความพอเพียง)")
    String sufficiency();

    @Message("รายละเอียด")
    String description();

    @Message("ทุนของครัวเรือน")
    String capital();

    @Message("ประเภททุน")
    String capitalKind();

    @Message("ศักยภาพของครัวเรือน")
    String potential();

    @Message("อาชีพที่เป็นไปได้ (คั่นด้วยจุลภาค)")
    String occupations();

    @Message("รายได้เป้าหมายต่อคนต่อปี (บาท)")
    String targetIncome();

    @Message("กิจกรรมของ ๓ ส่วน")
    String activities();

    @Message("กิจกรรม")
    String activity();

    @Message("ส่วน")
    String part();

    @Message("กิจกรรมตามแนวทาง")
    String kindOfActivity();

    @Message("กิจกรรมอื่น (ระบุในรายละเอียด)")
    String otherActivity();

    @Message("— เลือก —")
    String choose();

    @Message("กำหนดเสร็จ")
    String activityDue();

    @Message("งบประมาณ (บาท)")
    String budget();

    @Message("ความช่วยเหลือ")
    String help();

    @Message("ฉบับที่")
    String planVersion();

    @Message("บันทึกข้อตกลง (MOU)")
    String mou();

    @Message("ลงนาม MOU")
    String signMou();

    @Message("วันที่ลงนาม")
    String signedOn();

    @Message("สถานที่")
    String place();

    @Message("ผู้ลงนามฝ่ายครัวเรือน")
    String householdSignatory();

    @Message("ครัวเรือนลงนามแล้ว")
    String householdSigned();

    @Message("ผู้ลงนามฝ่ายทีม (ชื่อ)")
    String teamSignatory();

    @Message("ตำแหน่ง")
    String position();

    @Message("ความก้าวหน้า")
    String progress();

    @Message("บันทึกความก้าวหน้า")
    String recordProgress();

    @Message("วันที่")
    String progressOn();

    @Message("รายได้รายเดือน")
    String income();

    @Message("บันทึกรายได้ของเดือน")
    String recordIncome();

    @Message("เดือน (ค.ศ. ปปปป-ดด)")
    String incomeMonth();

    @Message("จำนวนสมาชิก")
    String householdMembers();

    @Message("แหล่งรายได้")
    String incomeSource();

    @Message("รายได้ทั้งเดือน (บาท)")
    String monthlyAmount();

    @Message("ต่อคน")
    String perPerson();

    @Message("ฉบับของแผน")
    String versions();

    @Message("เปรียบเทียบ")
    String compare();

    @Message("จากฉบับ")
    String from();

    @Message("ถึงฉบับ")
    String to();

    @Message("สิ่งที่เปลี่ยน")
    String changes();

    @Message("รายการ")
    String field();

    @Message("เดิม")
    String before();

    @Message("ใหม่")
    String after();

    @Message("สิ่งที่ผู้อื่นแก้ไขระหว่างนี้")
    String changedMeanwhile();

    @Message("สถานะแผน")
    String planStatus();

    @Message("เปิดเข็มทิศชีวิต")
    String openCompass();

    @Message("บันทึกสาเหตุของความยากจน 5 มิติ")
    String recordCauses();

    @Message("หนึ่งสาเหตุต่อหนึ่งบรรทัด")
    String onePerLine();

    @Message("วันที่ครัวเรือนรับทราบ")
    String acknowledgedOn();

    @Message("บันทึกการรับทราบของครัวเรือน")
    String recordAcknowledgement();

    @Message("จัดกลุ่มครัวเรือน")
    String classify();

    @Message("เหตุผลของการจัดกลุ่ม")
    String classifyReason();

    @Message("นำเข้าข้อมูล จปฐ.")
    String imports();

    @Message("ปีที่สำรวจ (พ.ศ.)")
    String surveyYear();

    @Message("ไฟล์ CSV ของการสำรวจ")
    String surveyFile();

    @Message("เลือกไฟล์ CSV ของการสำรวจ จปฐ.")
    String chooseFile();

    @Message("อัปโหลดและนำเข้า")
    String upload();

    @Message("อ่านแล้ว")
    String rowsRead();

    @Message("รับเป็นครัวเรือนเป้าหมาย")
    String rowsAccepted();

    @Message("ไม่เข้าเกณฑ์")
    String rowsScreenedOut();

    @Message("ซ้ำ")
    String rowsDuplicate();

    @Message("ข้อมูลไม่ถูกต้อง")
    String rowsRejected();

    @Message("ทั้งหมด")
    String rowsTotal();

    @Message("ดาวน์โหลดแถวที่ไม่ได้นำเข้า (CSV)")
    String downloadRejections();

    @Message("ดูความคืบหน้าล่าสุด")
    String refresh();

    @Message("ความคืบหน้าการนำเข้า")
    String importProgress();

    @Message("รายงานประจำเดือน")
    String reports();

    @Message("เดือนที่รายงาน")
    String reportMonth();

    @Message("วันตัดยอด")
    String cutOff();

    @Message("ปิดรายงานแล้ว")
    String closed();

    @Message("รอส่ง (ยังไม่ถึงกำหนด)")
    String reportState_OPEN();

    @Message("ค้างส่ง (เกินกำหนด)")
    String reportState_LATE();

    @Message("ส่งแล้ว")
    String reportState_SUBMITTED();

    @Message("ส่งแล้ว (ล่าช้า)")
    String reportState_SUBMITTED_LATE();

    @Message("ตัวเลขรวมของพื้นที่ (ระดับนี้ไม่ส่งรายงานเอง)")
    String notReporting();

    @Message("ส่งรายงานได้ตั้งแต่วันแรกของเดือนรายงาน กำหนดส่งภายในวันที่ 20 รายงานที่ยังไม่ส่งเมื่อสิ้นวันที่ 20 (เวลาประเทศไทย) ถือว่าค้างส่ง")
    String reportDeadlineRule();

    @Message("กำหนดส่ง (ภายในสิ้นวัน)")
    String deadline();

    @Message("ส่งเมื่อ")
    String submittedAt();

    @Message("ข้อมูลถึงวันที่")
    String coveredThrough();

    @Message("เก็บรักษาถึง")
    String keptUntil();

    @Message("ส่งรายงานเดือนนี้")
    String closeReport();

    @Message("ส่งก่อนวันตัดยอดได้ ตัวเลขในรายงานนับถึงวันที่ส่ง สิ่งที่เกิดหลังจากนั้นจนถึงวันตัดยอดนับในรายงานเดือนถัดไป เมื่อส่งแล้วรายงานจะไม่เปลี่ยนอีก")
    String submitHint();

    @Message("ส่งโดย")
    String closedBy();

    @Message("สถานะการส่งรายงานของหน่วยที่รายงานต่อพื้นที่นี้")
    String officesReports();

    @Message("ดาวน์โหลด CSV")
    String downloadCsv();

    @Message("ดาวน์โหลด Excel (XLSX)")
    String downloadXlsx();

    @Message("สถานะการส่งรายงาน เดือนที่ถึงกำหนดล่าสุด")
    String childrenReports();

    @Message("เปลี่ยนจากรายงานเดือนก่อน")
    String changeSincePrevious();

    @Message("เวทีประชาคมหมู่บ้าน")
    String forum();

    @Message("รหัสหมู่บ้าน (8 หลัก)")
    String forumVillage();

    @Message("แสดงครัวเรือนที่รอตรวจสอบ")
    String showCandidates();

    @Message("วันที่จัดเวที")
    String heldOn();

    @Message("จำนวนผู้เข้าร่วม")
    String attendance();

    @Message("ยืนยันเป็นครัวเรือนเป้าหมาย")
    String confirm();

    @Message("ไม่ใช่ครัวเรือนเป้าหมาย")
    String dismiss();

    @Message("ยังไม่พิจารณา")
    String later();

    @Message("เหตุที่ไม่ใช่เป้าหมาย")
    String dismissalReason();

    @Message("บันทึกผลเวทีประชาคม")
    String recordForum();

    @Message("ไม่มีครัวเรือนที่รอตรวจสอบในหมู่บ้านนี้")
    String noCandidates();

    @Message("ตรวจสอบแล้วไม่เป็นครัวเรือนยากจน")
    String dismissal_NOT_POOR();

    @Message("ย้ายออกนอกพื้นที่")
    String dismissal_MOVED();

    @Message("เสียชีวิต")
    String dismissal_DIED();

    @Message("ไม่พบตัว")
    String dismissal_NOT_FOUND();

    @Message("มอบหมายผู้ดูแล")
    String assignments();

    @Message("ภาระการดูแล รายผู้ดูแล")
    String caseload();

    @Message("ทีม")
    String team();

    @Message("ผู้ดูแล")
    String carer();

    @Message("ครบกำหนดเยี่ยมในสัปดาห์นี้")
    String dueThisWeek();

    @Message("ครัวเรือนที่รอผู้ดูแล")
    String waitingForCarer();

    @Message("เสนอผู้ดูแลให้ครัวเรือนที่รอ")
    String proposeCarers();

    @Message("ข้อเสนอการมอบหมายผู้ดูแล")
    String proposal();

    @Message("ความใกล้")
    String match();

    @Message("มอบหมาย")
    String assign();

    @Message("ยืนยันการมอบหมายที่เลือก")
    String confirmProposal();

    @Message("ยังหาผู้ดูแลที่ว่างไม่ได้")
    String unmatched();

    @Message("มอบหมายแล้ว")
    String assigned();

    @Message("ขึ้นทะเบียนผู้ดูแลนอกทีม (ข้าราชการหรือผู้นำชุมชน)")
    String registerCarer();

    @Message("ชื่อ-สกุล")
    String carerName();

    @Message("พื้นที่ที่ดูแล (รหัสอำเภอ ตำบล หรือหมู่บ้าน)")
    String carerArea();

    @Message("ขึ้นทะเบียน")
    String register();

    @Message("ครัวเรือนที่ถึงกำหนดเยี่ยม")
    String visitsDue();

    @Message("เฉพาะที่เลยกำหนด")
    String overdueOnly();

    @Message("ผู้ดูแลทุกคน")
    String allCarers();

    @Message("รายได้เพิ่มขึ้นเฉลี่ย (บาท/คน/ปี)")
    String incomeUplift();

    @Message("ครัวเรือนที่เวทีเสนอเพิ่ม (ชี้เป้าโดยประชาคม)")
    String nominee();

    @Message("เลขรหัสประจำบ้าน (11 หลัก)")
    String houseNumber();

    @Message("ชื่อหัวหน้าครัวเรือน")
    String firstName();

    @Message("นามสกุล")
    String lastName();

    @Message("ปัญหารายครัวเรือน")
    String problems();

    @Message("งานของหน่วยงาน")
    String worklist();

    @Message("ปัญหา")
    String problem();

    @Message("มิติ")
    String dimension();

    @Message("ที่มา")
    String origin();

    @Message("ความต้องการสวัสดิการ")
    String welfareNeed();

    @Message("รออำเภอส่งต่อ")
    String unrouted();

    @Message("มูลค่าความช่วยเหลือ (บาท)")
    String helpedThb();

    @Message("รับเรื่อง")
    String accept();

    @Message("วันที่รับเรื่อง")
    String acceptedOn();

    @Message("รายงานความคืบหน้า")
    String reportStatus();

    @Message("วันที่")
    String changedOn();

    @Message("บันทึกการช่วยเหลือ")
    String recordHelp();

    @Message("วันที่ช่วยเหลือ")
    String helpedOn();

    @Message("ส่งคืนอำเภอ")
    String decline();

    @Message("วันที่ส่งคืน")
    String declinedOn();

    @Message("ส่งต่อหน่วยงานอื่น")
    String reroute();

    @Message("ความช่วยเหลือที่ได้รับ")
    String helpGiven();

    @Message("กิจกรรมในเข็มทิศชีวิตที่ตอบปัญหานี้")
    String linkedActivities();

    @Message("ปัญหาใหม่")
    String problemStatus_NEW();

    @Message("รับเรื่องแล้ว")
    String problemStatus_ACCEPTED();

    @Message("อยู่ระหว่างดำเนินการ")
    String problemStatus_IN_PROGRESS();

    @Message("ช่วยเหลือแล้ว")
    String problemStatus_HELPED();

    @Message("แก้ไขได้")
    String problemStatus_SOLVED();

    @Message("แก้ไขไม่ได้ (ส่งเวที ศจพ.อ.)")
    String problemStatus_UNSOLVABLE();

    @Message("สุขภาพ")
    String dimension_HEALTH();

    @Message("ความเป็นอยู่")
    String dimension_LIVING_CONDITIONS();

    @Message("การศึกษา")
    String dimension_EDUCATION();

    @Message("รายได้")
    String dimension_INCOME();

    @Message("การเข้าถึงบริการรัฐ")
    String dimension_ACCESS_TO_SERVICES();

    @Message("เงินช่วยเหลือ")
    String helpKind_MONEY();

    @Message("สิ่งของ")
    String helpKind_GOODS();

    @Message("ปัจจัยการผลิต")
    String helpKind_MEANS_OF_PRODUCTION();

    @Message("ฝึกอบรม ฝึกอาชีพ")
    String helpKind_TRAINING();

    @Message("สินเชื่อ")
    String helpKind_LOAN();

    @Message("ซ่อมแซมที่อยู่อาศัย")
    String helpKind_HOUSING_REPAIR();

    @Message("บริการ")
    String helpKind_SERVICE();

    @Message("ความต้องการสวัสดิการ (กลุ่ม ก)")
    String welfareNeeds();

    @Message("เบี้ยยังชีพและเงินสงเคราะห์")
    String need_ALLOWANCE();

    @Message("การดูแลผู้สูงอายุ")
    String need_ELDERLY_CARE();

    @Message("การดูแลผู้ป่วยติดเตียง")
    String need_BEDRIDDEN_CARE();

    @Message("การดูแลคนพิการ")
    String need_DISABILITY_CARE();

    @Message("การซ่อมแซมที่อยู่อาศัย")
    String need_HOUSING_REPAIR();

    @Message("กิจกรรมในเข็มทิศชีวิตที่ระบุหน่วยงานของเรา")
    String addressedActivities();

    @Message("ปัญหาที่พบ")
    String problemsFound();

    @Message("ปัญหารายครัวเรือนตามมิติ")
    String problemsByDimension();

    @Message("ปัญหารายครัวเรือนตามหน่วยงาน")
    String problemsByAgency();

    @Message("ตัวชี้วัด จปฐ. ที่ไม่ผ่าน")
    String failingIndicators();

    @Message("ตัวชี้วัด จปฐ. ที่ครัวเรือนในโครงการไม่ผ่านมากที่สุด ตามการสำรวจครั้งล่าสุดของแต่ละครัวเรือน")
    String failingIndicatorsCaption();

    @Message("ตัวชี้วัด")
    String indicator();

    @Message("ตัวชี้วัดที่ {number} ของชุดปี {round}")
    String indicatorNumbered(int number, int round);
}
