package th.poverty.area;

/** An area path as the API shows it, with Thai names, down to the deepest level known (lower levels are null). */
public record AreaView(Place province, Place district, Place tambon, Place village) {

    public record Place(String code, String nameTh) {
    }

    public static AreaView of(AreaPath path, Areas areas) {
        return new AreaView(place(path.province(), areas), place(path.district(), areas), place(path.tambon(), areas),
                place(path.village(), areas));
    }

    public static Place place(String code, Areas areas) {
        return code == null ? null : new Place(code, areas.find(code).map(Area::nameTh).orElse(null));
    }
}
