package th.poverty.team.villages;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;
import th.poverty.team.villages.VillageCommand.Rename;
import th.poverty.team.villages.VillageCommand.Retire;
import th.poverty.team.villages.VillageEvent.VillageRegistered;
import th.poverty.team.villages.VillageEvent.VillageRenamed;
import th.poverty.team.villages.VillageEvent.VillageRetired;

/**
 * A village (หมู่บ้าน) in the registry, rebuilt from its events. The area data knows a tambon's
 * villages only by number; the registry says which numbers exist and what they are called, so that
 * a village with no household still counts. Its code (tambon code + หมู่ที่) is its identity: a
 * code once registered is never registered again, even after the village is retired.
 *
 * @param retirement null while the village exists
 */
public record Village(String code, AreaPath area, int moo, String nameTh, String nameEn, Retirement retirement,
                      String mergedInto, LocalDate retiredOn) {

    public VillageStatus status() {
        return retirement == null ? VillageStatus.ACTIVE : VillageStatus.RETIRED;
    }

    /**
     * A new village under {@code code}, in a tambon of the area data, with a Thai name.
     *
     * @param existing the village already under that code, or null
     */
    public static Decision<VillageEvent> register(Village existing, String code, String nameTh, String nameEn, Areas areas) {
        if (existing != null) {
            return Decision.reject(existing.retirement != null ? existing.retired()
                    : Rejection.rule("village-already-registered", "Village " + code + " is registered already as "
                    + existing.nameTh + ": rename it instead"));
        }
        var wrongCode = codeProblem(code, areas);
        if (wrongCode.isPresent()) {
            return Decision.reject(wrongCode.get());
        }
        AreaPath path = areas.pathOf(code).orElseThrow();
        String thai = VillageName.tidy(nameTh);
        String english = VillageName.tidy(nameEn);
        var name = VillageName.thaiProblem("nameTh", thai).or(() -> VillageName.englishProblem("nameEn", english));
        if (name.isPresent()) {
            return Decision.reject(name.get());
        }
        return Decision.accept(new VillageRegistered(code, path.province(), path.district(), path.tambon(),
                Integer.parseInt(code.substring(AreaLevel.TAMBON.codeLength())), thai, english));
    }

    /**
     * What a province's list says of the village: a new one is registered, a new name renames it,
     * the same name changes nothing (a list uploaded again is harmless). A retired village is not
     * brought back by a list: its district retired it after the list was made.
     */
    public static Decision<VillageEvent> listed(Village existing, String code, String nameTh, String nameEn, Areas areas) {
        if (existing == null) {
            return register(null, code, nameTh, nameEn, areas);
        }
        if (existing.retirement != null) {
            return Decision.reject(existing.retired());
        }
        return existing.rename(new Rename(nameTh, nameEn), false);
    }

    /** @param mergedInto the village a {@link Retire} names to merge into, as registered, if it is */
    public Decision<VillageEvent> decide(VillageCommand command, Optional<Village> mergedInto, LocalDate today) {
        if (retirement != null) {
            return Decision.reject(retired());
        }
        return switch (command) {
            case Rename rename -> rename(rename, true);
            case Retire retire -> retire(retire, mergedInto, today);
        };
    }

    /** @param mustChange whether the same name is refused (a district's renaming) or simply changes nothing (a list) */
    private Decision<VillageEvent> rename(Rename rename, boolean mustChange) {
        String thai = VillageName.tidy(rename.nameTh());
        String english = rename.nameEn() == null ? nameEn : VillageName.tidy(rename.nameEn());
        var name = VillageName.thaiProblem("nameTh", thai).or(() -> VillageName.englishProblem("nameEn", english));
        if (name.isPresent()) {
            return Decision.reject(name.get());
        }
        if (thai.equals(nameTh) && Objects.equals(english, nameEn)) {
            return mustChange
                    ? Decision.reject(Rejection.rule("name-unchanged", "Village " + code + " is called " + nameTh + " already"))
                    : Decision.accept();
        }
        return Decision.accept(new VillageRenamed(code, thai, english));
    }

    private Decision<VillageEvent> retire(Retire retire, Optional<Village> into, LocalDate today) {
        var date = FactDate.problem("retiredOn", retire.retiredOn(), today);
        if (date.isPresent()) {
            return Decision.reject(date.get());
        }
        if (retire.retirement() == Retirement.DISSOLVED) {
            return retire.mergedInto() == null
                    ? Decision.accept(new VillageRetired(code, Retirement.DISSOLVED, null, retire.retiredOn()))
                    : invalid("mergedInto", "merged-into-not-merged",
                    "A dissolved village joins no other: name mergedInto only for MERGED");
        }
        if (retire.mergedInto() == null) {
            return invalid("mergedInto", "merged-into-required", "Name the village " + code + " merges into");
        }
        if (retire.mergedInto().equals(code)) {
            return invalid("mergedInto", "merged-into-itself", "A village does not merge into itself");
        }
        if (into.isEmpty()) {
            return invalid("mergedInto", "unknown-village", "Village " + retire.mergedInto() + " is not in the registry");
        }
        Village other = into.get();
        if (!other.area.district().equals(area.district())) {
            return invalid("mergedInto", "merged-into-other-district", "Village " + other.code + " lies in district "
                    + other.area.district() + ", not in " + area.district() + " with " + code);
        }
        if (other.retirement != null) {
            return Decision.reject(Rejection.rule("merged-into-retired", "Village " + other.code + " was retired on "
                    + other.retiredOn + ": merge into the village that exists now"));
        }
        return Decision.accept(new VillageRetired(code, Retirement.MERGED, other.code, retire.retiredOn()));
    }

    private Rejection retired() {
        return Rejection.rule("village-retired", "Village " + code + " (" + nameTh + ") was retired on " + retiredOn
                + (mergedInto == null ? "" : ", merged into " + mergedInto) + "; its code is not used again");
    }

    /** Why a code names no village: not 8 digits, หมู่ที่ 00, or a tambon the area data does not know. */
    private static Optional<Rejection> codeProblem(String code, Areas areas) {
        if (code == null || !code.matches("\\d{8}")) {
            return Optional.of(Rejection.invalid("villageCode", "invalid-village-code",
                    "A village code is 8 digits: the tambon's 6 and the หมู่ที่'s 2, e.g. 24010103"));
        }
        if (code.endsWith("00")) {
            return Optional.of(Rejection.invalid("villageCode", "invalid-moo",
                    "หมู่ที่ runs from 01 to 99; " + code + " ends in 00"));
        }
        if (areas.pathOf(code).filter(p -> p.level() == AreaLevel.VILLAGE).isEmpty()) {
            return Optional.of(Rejection.invalid("villageCode", "unknown-tambon",
                    "Tambon " + code.substring(0, AreaLevel.TAMBON.codeLength()) + " is not in the area reference data"));
        }
        return Optional.empty();
    }

    private static Decision<VillageEvent> invalid(String field, String code, String message) {
        return Decision.reject(Rejection.invalid(field, code, message));
    }

    /** The village after one more event: only moves the state on. VillageRegistered starts it from null. */
    public static Village apply(Village v, VillageEvent event) {
        return switch (event) {
            case VillageRegistered e -> new Village(e.villageCode(),
                    new AreaPath(e.provinceCode(), e.districtCode(), e.tambonCode(), e.villageCode()), e.moo(), e.nameTh(),
                    e.nameEn(), null, null, null);
            case VillageRenamed e -> new Village(v.code, v.area, v.moo, e.nameTh(), e.nameEn(), v.retirement, v.mergedInto,
                    v.retiredOn);
            case VillageRetired e -> new Village(v.code, v.area, v.moo, v.nameTh, v.nameEn, e.retirement(), e.mergedInto(),
                    e.retiredOn());
        };
    }
}
