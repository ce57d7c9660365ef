package th.poverty.reporting.rebuild;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import th.poverty.web.Caller;
import th.poverty.web.Problem;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

@Path("/api/v1/admin/projections")
@Tag(name = "Administration: projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MINISTRY)
public class AdminResource {

    private final ProjectionRebuild rebuild;
    private final Caller caller;

    public AdminResource(DataSource dataSource, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                         Caller caller) {
        this.rebuild = new ProjectionRebuild(dataSource, kafkaConfig);
        this.caller = caller;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild every projection from household.events, team.events and plan.events",
            description = "Replays the topics from offset 0 into new tables while the live ones keep serving, then "
                    + "switches to them in one transaction. One at a time (409 while another runs).")
    public Uni<ProjectionRebuild.Result> rebuild() {
        caller.requireCountry();
        return blocking(rebuild::rebuild);
    }

    @POST
    @Path("/reconcile")
    @Operation(summary = "Compare the projections with a fresh replay of the topics and report the differences",
            description = "Replays into scratch tables, compares every area's totals and daily changes with the live "
                    + "ones, and drops the scratch tables: nothing live changes.")
    public Uni<ProjectionRebuild.Reconciliation> reconcile() {
        caller.requireCountry();
        return blocking(rebuild::reconcile);
    }

    private static <T> Uni<T> blocking(Callable<T> work) {
        return Uni.createFrom().item(() -> {
                    try {
                        return work.call();
                    } catch (ProjectionRebuild.AlreadyRunning e) {
                        throw new ProblemException(Problem.of(409, "rebuild-running", "Already running", e.getMessage()));
                    } catch (SQLException e) {
                        throw new IllegalStateException("the projections could not be replayed: " + e.getMessage(), e);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
