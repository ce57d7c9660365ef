package th.poverty.team.villages;

import java.time.LocalDate;

/**
 * What happens to a village in the registry, one stream per village keyed by its 8-digit code;
 * who did it and why is each event's metadata. Village names are public reference data.
 */
public sealed interface VillageEvent {

    String villageCode();

    /**
     * The village is in the registry, from the province's list or added by its district.
     *
     * @param moo     its หมู่ที่, the code's last two digits
     * @param nameEn  null when the list gives no English name
     */
    record VillageRegistered(String villageCode, String provinceCode, String districtCode, String tambonCode, int moo,
                             String nameTh, String nameEn) implements VillageEvent {
    }

    /** A new name; {@code nameEn} is the English name after the change (kept when the renaming gave none). */
    record VillageRenamed(String villageCode, String nameTh, String nameEn) implements VillageEvent {
    }

    /** @param mergedInto the village it joined (MERGED only) */
    record VillageRetired(String villageCode, Retirement retirement, String mergedInto, LocalDate retiredOn)
            implements VillageEvent {
    }
}
