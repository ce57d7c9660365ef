package th.poverty.reporting.projection;

/** Whom an event is about, as far as counting goes: a household or a carer. */
public record Subject(Kind kind, String id) implements Comparable<Subject> {

    public enum Kind {
        HOUSEHOLD, CARER
    }

    public static Subject household(String id) {
        return new Subject(Kind.HOUSEHOLD, id);
    }

    public static Subject carer(String id) {
        return new Subject(Kind.CARER, id);
    }

    /** Subjects are locked in this order, so two events about the same two never deadlock. */
    @Override
    public int compareTo(Subject other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }
}
