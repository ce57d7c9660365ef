package th.poverty.plan.compass;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import th.poverty.domain.Label;
import th.poverty.domain.Labelled;
import th.poverty.web.Roles;

/**
 * The words a life compass is written in, from the guideline's lists, so a form offers exactly
 * what this service accepts: the three sufficiencies (๓ พ), kinds of capital, the three parts and
 * each part's usual activities, progress, signatories, income sources and kinds of help.
 */
@Path("/api/v1/plans/vocabulary")
@Tag(name = "Life compass (เข็มทิศชีวิต)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER, Roles.MINISTRY, Roles.PARTNER_AGENCY,
        Roles.ANALYST})
public class PlanVocabularyResource {

    /** The plan's vocabulary: each list's codes with their Thai and English labels. */
    public record Vocabulary(List<Label> sufficiencies, List<Label> capitalKinds, List<Label> parts,
                             List<ActivityKindEntry> activityKinds, List<Label> progressStatuses,
                             List<Label> householdSignatories, List<Label> incomeSources, List<Label> assistanceKinds) {
    }

    /** One of a part's usual activities. */
    public record ActivityKindEntry(Label kind, Label part) {
    }

    @GET
    @Operation(summary = "The lists a life compass is written with, in Thai and English")
    public Vocabulary vocabulary() {
        return new Vocabulary(labels(Sufficiency.values()), labels(CapitalKind.values()), labels(ActivityPart.values()),
                Arrays.stream(ActivityKind.values()).map(k -> new ActivityKindEntry(k.label(), k.part().label())).toList(),
                labels(ProgressStatus.values()), labels(HouseholdSignatory.values()), labels(IncomeSourceKind.values()),
                labels(AssistanceKind.values()));
    }

    private static List<Label> labels(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::label).toList();
    }
}
