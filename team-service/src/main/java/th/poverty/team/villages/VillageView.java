package th.poverty.team.villages;

import java.time.LocalDate;

import th.poverty.area.AreaPath;
import th.poverty.area.AreaView;
import th.poverty.area.Areas;
import th.poverty.domain.Label;

/**
 * A registered village as the API shows it: its หมู่ที่ and names, the tambon, district and
 * province it lies in, and whether it still exists. The version is the ETag a change names.
 */
public record VillageView(
        String villageCode,
        int moo,
        String nameTh,
        String nameEn,
        AreaView area,
        Label status,
        Label retirement,
        String mergedInto,
        LocalDate retiredOn,
        long version) {

    public static VillageView of(Village village, long version, Areas areas) {
        AreaPath path = village.area();
        return new VillageView(village.code(), village.moo(), village.nameTh(), village.nameEn(),
                // down to the tambon: the area data's own name for the village is only its number
                AreaView.of(new AreaPath(path.province(), path.district(), path.tambon(), null), areas),
                village.status().label(), Label.of(village.retirement()), village.mergedInto(), village.retiredOn(), version);
    }
}
