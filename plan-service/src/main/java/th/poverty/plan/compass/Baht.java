package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is THB to the satang: scale 2, never negative. */
public final class Baht {

    private Baht() {
    }

    /** The amount at scale 2; null stays null (an optional amount not given). */
    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static boolean negative(BigDecimal amount) {
        return amount != null && amount.signum() < 0;
    }
}
