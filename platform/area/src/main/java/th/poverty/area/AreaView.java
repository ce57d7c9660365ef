package th.poverty.area;

/** An area path as the API shows it, with Thai and English names, down to the deepest level known (lower levels are null). */
public record AreaView(Place province, Place district, Place tambon, Place village) {

    public record Place(String code, String nameTh, String nameEn) {
    }

    public static AreaView of(AreaPath path, Areas areas) {
        return new AreaView(place(path.province(), areas), place(path.district(), areas), place(path.tambon(), areas),
                place(path.village(), areas));
    }

    public static Place place(String code, Areas areas) {
        if (code == null) {
            return null;
        }
        var area = areas.find(code);
        return new Place(code, area.map(Area::nameTh).orElse(null), area.map(Area::nameEn).orElse(null));
    }
}
