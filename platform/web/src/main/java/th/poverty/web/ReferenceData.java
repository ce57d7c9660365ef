package th.poverty.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import th.poverty.area.Areas;
import th.poverty.survey.IndicatorSets;

/** The shipped Thai reference data as beans, loaded once per service. */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @ApplicationScoped
    Areas areas() {
        return Areas.thailand();
    }

    @Produces
    @ApplicationScoped
    IndicatorSets indicatorSets() {
        return IndicatorSets.bmn();
    }
}
