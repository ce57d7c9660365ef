package th.poverty.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import th.poverty.area.Areas;

/** The Thai area tree as a bean, loaded once per service. */
@ApplicationScoped
public class AreaReference {

    @Produces
    @ApplicationScoped
    Areas areas() {
        return Areas.thailand();
    }
}
