package th.poverty.console.imports;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import th.poverty.console.api.ColumnMappingApi;
import th.poverty.console.session.Person;

/**
 * A column mapping an upload may be read by, as the upload form offers it: the standard columns
 * first, then the province's mappings of the file's kind, its default chosen unless another was.
 */
@TemplateData
public record MappingChoice(String name, String description, boolean selected) {

    static final String STANDARD = "standard";

    /** The province of a person's area; null for the whole country, which has no mappings of its own. */
    static String provinceOf(Person person) {
        return person.area().length() >= 2 ? person.area().substring(0, 2) : null;
    }

    /** The choices for an upload of {@code kind}; {@code chosen} is what the reader chose before, if anything. */
    static Uni<List<MappingChoice>> of(ColumnMappingApi mappings, Person person, String kind, String chosen) {
        String province = provinceOf(person);
        if (province == null) {
            return Uni.createFrom().item(List.of(new MappingChoice(STANDARD, null, true)));
        }
        return mappings.list(province).map(found -> {
            List<ColumnMappingApi.Mapping> ofKind = found.mappings().stream()
                    .filter(m -> m.kind().code().equals(kind)).toList();
            String selected = chosen != null ? chosen
                    : ofKind.stream().filter(ColumnMappingApi.Mapping::isDefault).map(ColumnMappingApi.Mapping::name)
                    .findFirst().orElse(STANDARD);
            List<MappingChoice> choices = new ArrayList<>();
            choices.add(new MappingChoice(STANDARD, null, STANDARD.equals(selected)));
            ofKind.forEach(m -> choices.add(new MappingChoice(m.name(), m.description(), m.name().equals(selected))));
            return choices;
        });
    }
}
