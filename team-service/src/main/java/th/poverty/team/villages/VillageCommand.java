package th.poverty.team.villages;

import java.time.LocalDate;

/** What a district office asks of a registered village. */
public sealed interface VillageCommand {

    /** @param nameEn null keeps the English name the village has */
    record Rename(String nameTh, String nameEn) implements VillageCommand {
    }

    /** @param mergedInto the village it joins, for {@link Retirement#MERGED}; null otherwise */
    record Retire(Retirement retirement, String mergedInto, LocalDate retiredOn) implements VillageCommand {
    }
}
