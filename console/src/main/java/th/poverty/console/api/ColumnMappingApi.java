package th.poverty.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.smallrye.mutiny.Uni;
import th.poverty.domain.Label;

/** household-service's column mappings: how a province's offices' exports name the fields of the files it imports. */
@RegisterRestClient(configKey = "household")
@RegisterClientHeaders(Bearer.class)
@RegisterProvider(ServiceProblem.Mapper.class)
@Path("/api/v1")
public interface ColumnMappingApi {

    @GET
    @Path("/file-layouts")
    Uni<List<Layout>> layouts();

    @GET
    @Path("/column-mappings/{province}")
    Uni<ProvinceMappings> list(@PathParam("province") String province);

    @GET
    @Path("/column-mappings/{province}/{name}")
    Uni<Mapping> get(@PathParam("province") String province, @PathParam("name") String name);

    @PUT
    @Path("/column-mappings/{province}/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Mapping> save(@PathParam("province") String province, @PathParam("name") String name,
                      @HeaderParam("If-Match") String ifMatch, Draft mapping);

    record Layout(Label kind, List<Field> fields) {
    }

    record Field(String name, boolean required, String th, String en) {
    }

    record ProvinceMappings(String provinceCode, List<Mapping> mappings) {
    }

    record Mapping(String provinceCode, String name, long version, Label kind, String description, boolean isDefault,
                   Map<String, Source> fields, String savedBy, Instant savedAt) {
    }

    /** One of: a column; a value for every row; a tambon column with a หมู่ที่ column (village_code). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String column, String value, String tambonColumn, String villageNumberColumn) {
    }

    record Draft(String kind, String description, boolean isDefault, Map<String, Source> fields) {
    }
}
