package th.poverty.reporting.problem;

/**
 * Where a problem stands, as plan-service tracks it (ThaiQM): new (with an agency, or back with the
 * district to be routed), accepted, in progress, helped (ช่วยเหลือแล้ว), solved (แก้ไขได้), or
 * cannot be solved (แก้ไขไม่ได้).
 */
public enum ProblemStatus {
    NEW, ACCEPTED, IN_PROGRESS, HELPED, SOLVED, UNSOLVABLE
}
