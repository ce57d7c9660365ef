package th.poverty.plan.agencies;

import th.poverty.area.AreaLevel;
import th.poverty.domain.Label;
import th.poverty.domain.Labelled;

/** The level an agency works at, and so the kind of area it serves: a tambon, a district, a province or the country. */
public enum AgencyLevel implements Labelled {
    TAMBON("ระดับตำบล", "Tambon", AreaLevel.TAMBON),
    DISTRICT("ระดับอำเภอ", "District", AreaLevel.DISTRICT),
    PROVINCE("ระดับจังหวัด", "Province", AreaLevel.PROVINCE),
    NATIONAL("ระดับประเทศ", "National", null);

    private final Label label;
    private final AreaLevel area;

    AgencyLevel(String labelTh, String labelEn, AreaLevel area) {
        this.label = new Label(name(), labelTh, labelEn);
        this.area = area;
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether {@code areaCode} is an area of this level: "" for the country. */
    boolean fits(String areaCode) {
        return area == null ? areaCode.isEmpty() : areaCode.length() == area.codeLength();
    }
}
