package th.poverty.floor;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the same machine does with nothing of the system's: one indexed read and one insert on
 * PostgreSQL behind Quarkus REST, no authentication, no events. The mixed-load benchmark runs
 * the same rates against it, so the services' latencies read against the framework's own.
 */
@Path("/floor")
@Produces(MediaType.APPLICATION_JSON)
public class FloorResource {

    private final Pool pool;

    public FloorResource(Pool pool) {
        this.pool = pool;
    }

    void createTable(@Observes StartupEvent started) {
        pool.query("create table if not exists floor_rows (id bigint generated always as identity primary key, "
                + "village text not null, created_at timestamptz not null default now())").execute().await().indefinitely();
    }

    @GET
    @Path("/{id}")
    public Uni<String> read(@PathParam("id") long id) {
        return pool.preparedQuery("select id, village, created_at from floor_rows where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? "{}" : "{\"id\":" + id + ",\"village\":\""
                        + rows.iterator().next().getString(1) + "\"}");
    }

    @POST
    public Uni<String> write(String village) {
        return pool.preparedQuery("insert into floor_rows (village) values ($1) returning id").execute(Tuple.of(village))
                .map(rows -> "{\"id\":" + rows.iterator().next().getLong(0) + "}");
    }
}
