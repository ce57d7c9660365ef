package th.poverty.household.mapping;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.domain.Label;
import th.poverty.web.Roles;

/** The kinds of file the service imports and their fields: what a column mapping maps to. */
@Path("/api/v1/file-layouts")
@Tag(name = "Identify (ชี้เป้าชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
public class FileLayoutResource {

    private final ColumnMappings mappings;

    public FileLayoutResource(ColumnMappings mappings) {
        this.mappings = mappings;
    }

    /** @param name the field's column name in the standard layout, the key a mapping uses */
    public record Field(String name, boolean required, String th, String en) {
    }

    public record Layout(Label kind, List<Field> fields) {
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY})
    @Operation(summary = "The fields of each kind of file, in order, with their Thai and English names")
    public List<Layout> layouts() {
        return mappings.layouts().entrySet().stream().map(layout -> new Layout(layout.getKey().label(),
                layout.getValue().stream().map(f -> new Field(f.header(), f.required(), f.labelTh(), f.labelEn())).toList()))
                .toList();
    }
}
