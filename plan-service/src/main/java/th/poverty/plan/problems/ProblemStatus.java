package th.poverty.plan.problems;

import java.time.LocalDate;
import java.util.Arrays;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/**
 * Where a problem stands, as ThaiQM tracks it: new (with its agency, or back with the district to
 * route), accepted, in progress, helped (ช่วยเหลือแล้ว), solved (แก้ไขได้); or cannot be solved,
 * which sends it to the district's forum (ศจพ.อ.).
 */
public enum ProblemStatus implements Labelled {
    NEW("ปัญหาใหม่", "New"),
    ACCEPTED("รับเรื่องแล้ว", "Accepted"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress"),
    HELPED("ช่วยเหลือแล้ว", "Helped"),
    SOLVED("แก้ไขได้", "Solved"),
    UNSOLVABLE("แก้ไขไม่ได้", "Cannot be solved");

    private final Label label;

    ProblemStatus(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Still an agency's work: a due date can pass. */
    public boolean open() {
        return this == NEW || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Overdue on {@code day}: still open after the day its agency should have helped by. */
    public boolean overdue(LocalDate dueOn, LocalDate day) {
        return open() && dueOn != null && dueOn.isBefore(day);
    }

    /** The open statuses' names, for a query that keeps what {@link #overdue} would. */
    public static String[] openNames() {
        return Arrays.stream(values()).filter(ProblemStatus::open).map(Enum::name).toArray(String[]::new);
    }
}
