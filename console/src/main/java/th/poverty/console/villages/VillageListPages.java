package th.poverty.console.villages;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ServiceProblem;
import th.poverty.console.api.VillageApi;
import th.poverty.console.page.FormState;
import th.poverty.console.page.Forms;
import th.poverty.console.page.Pages;
import th.poverty.console.session.Session;

/**
 * A province office loads its village list: checked first if it likes (nothing saved), then
 * loaded; either way the page shows what the list did and every refused row with why.
 * team-service decides everything.
 */
@Path("/villages/list")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = VillageApi.ListOutcome.class)
@TemplateData(target = VillageApi.ListRefusal.class)
public class VillageListPages {

    private final Template page;
    private final Pages pages;
    private final VillageApi villages;
    private final Session session;

    public VillageListPages(@Location("village-list.html") Template page, Pages pages, @RestClient VillageApi villages,
                            Session session) {
        this.page = page;
        this.pages = pages;
        this.villages = villages;
        this.session = session;
    }

    @GET
    public TemplateInstance form() {
        return show(FormState.NONE, null);
    }

    /** Blocking: the list is read whole from the uploaded file, to be sent with its length. */
    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Object> send(@RestForm("file") FileUpload file, @RestForm String dryRun) throws IOException {
        var typed = Forms.typed("dryRun", dryRun);
        if (file == null || file.size() == 0) {
            return Uni.createFrom().item(Forms.html(400, show(new FormState("list", typed, Map.of("file", "required"),
                    false, null), null)));
        }
        String province = session.person().area();
        return villages.uploadList(province, "on".equals(dryRun), Files.readAllBytes(file.uploadedFile()))
                .<Object>map(outcome -> show(FormState.NONE, outcome))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    var problem = (ServiceProblem) failure;
                    if (problem.isUnauthenticated() || problem.status() == 403 || problem.status() == 404) {
                        return Uni.createFrom().failure(problem);
                    }
                    return Uni.createFrom().item(Forms.html(problem.status(), show(FormState.refused("list", typed, problem),
                            null)));
                });
    }

    private TemplateInstance show(FormState form, VillageApi.ListOutcome outcome) {
        return pages.of(page).data("form", form).data("outcome", outcome);
    }
}
