package th.poverty.reporting.measure;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import th.poverty.area.AreaPath;
import th.poverty.reporting.team.TeamEvent;
import th.poverty.reporting.team.TeamEvent.CarerAssigned;
import th.poverty.reporting.team.TeamEvent.CarerRegistered;
import th.poverty.reporting.team.TeamEvent.CarerReleased;

/** What reporting knows of one carer: their area and the households they care for now. */
public final class CarerFacts implements Facts {

    /** One carer for three households "for example" (step 4, ดูแลชีวิต), unless the province set another cap. */
    public static final int DEFAULT_CAP = 3;

    private AreaPath area;
    private final Set<String> households = new LinkedHashSet<>();
    /** The cap the carer's latest assignment was decided under: a lower cap set since releases no one. */
    private int cap = DEFAULT_CAP;

    @Override
    public void apply(Object facts) {
        if (!(facts instanceof TeamEvent event)) {
            throw new IllegalArgumentException("not a carer fact: " + facts);
        }
        switch (event) {
            case CarerRegistered e -> area = e.area();
            case CarerAssigned e -> {
                households.add(e.householdId());
                cap = e.cap() == null ? DEFAULT_CAP : e.cap();
            }
            case CarerReleased e -> households.remove(e.householdId());
        }
    }

    public AreaPath area() {
        return area;
    }

    public int households() {
        return households.size();
    }

    @Override
    public Contribution contribution() {
        if (area == null) {
            return Contribution.NONE;
        }
        Map<String, Long> values = new HashMap<>();
        values.put(Measure.CARERS.name(), 1L);
        if (!households.isEmpty()) {
            values.put(Measure.CARERS_CARING.name(), 1L);
            values.put(Measure.CARED_HOUSEHOLDS.name(), (long) households.size());
        }
        if (households.size() > cap) {
            values.put(Measure.CARERS_OVER_CAP.name(), 1L);
        }
        return new Contribution(area, values);
    }
}
