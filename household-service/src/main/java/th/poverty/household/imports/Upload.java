package th.poverty.household.imports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import th.poverty.household.mapping.ColumnMapping;

/**
 * A file's inputs that are not in it: the year it is for, who uploads it within which area, and
 * the mapping its columns are read by (none: the standard columns).
 */
public record Upload(int year, String areaCode, String uploadedBy, String uploaderRole, UUID correlationId,
                     LocalDate importDate, Optional<ColumnMapping> mapping) {

    public String mappingName() {
        return mapping.map(ColumnMapping::name).orElse("");
    }

    public int mappingVersion() {
        return mapping.map(m -> (int) m.version()).orElse(0);
    }
}
