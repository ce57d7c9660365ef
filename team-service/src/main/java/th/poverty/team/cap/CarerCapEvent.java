package th.poverty.team.cap;

import java.time.LocalDate;

/** What happens to a province's carer cap: each change is an event with who and why. */
public sealed interface CarerCapEvent {

    String provinceCode();

    /** From {@code effectiveFrom} on, a carer in the province cares for at most {@code households} households. */
    record CarerCapSet(String provinceCode, int households, LocalDate effectiveFrom) implements CarerCapEvent {
    }
}
