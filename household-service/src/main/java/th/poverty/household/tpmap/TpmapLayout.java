package th.poverty.household.tpmap;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.mapping.FileField;
import th.poverty.household.mapping.FileKind;
import th.poverty.household.mapping.FileLayout;

/** A TPMAP target list's fields, in the order its staged rows hold them. */
@ApplicationScoped
public class TpmapLayout implements FileLayout {

    static final List<TpmapColumn> FIELDS = List.of(TpmapColumn.values());

    @Override
    public FileKind kind() {
        return FileKind.TPMAP_LIST;
    }

    @Override
    public List<? extends FileField> fields() {
        return FIELDS;
    }
}
