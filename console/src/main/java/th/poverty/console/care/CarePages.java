package th.poverty.console.care;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ServiceProblem;
import th.poverty.console.api.TeamApi;
import th.poverty.console.page.Pages;

/** A carer's own round: the households they care for, the first due first, the overdue marked. */
@Path("/care")
@Produces(MediaType.TEXT_HTML)
public class CarePages {

    private final Template care;
    private final Pages pages;
    private final TeamApi team;

    public CarePages(@Location("care.html") Template care, Pages pages, @RestClient TeamApi team) {
        this.care = care;
        this.pages = pages;
        this.team = team;
    }

    @GET
    public Uni<TemplateInstance> mine() {
        return team.myHouseholds().map(round -> pages.of(care).data("round", round))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    var problem = (ServiceProblem) failure;
                    return problem.type().endsWith("/not-a-carer")
                            ? Uni.createFrom().item(pages.of(care).data("round", null))
                            : Uni.createFrom().failure(problem);
                });
    }
}
