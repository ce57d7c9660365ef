package th.poverty.team.carer;

/**
 * Step 4 of the guideline (ดูแลชีวิต): one carer looks after at most three households. The
 * database holds the same limit as a check constraint ({@code carer_cares_for_at_most_three}), the
 * second line of defence should a writer ever get past this rule.
 */
public final class CarerCapacity {

    public static final int HOUSEHOLDS = 3;

    private CarerCapacity() {
    }

    public static boolean hasRoom(int caredFor) {
        return caredFor < HOUSEHOLDS;
    }

    public static int freePlaces(int caredFor) {
        return Math.max(0, HOUSEHOLDS - caredFor);
    }
}
