package th.poverty.household.bmn;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.household.mapping.FileField;
import th.poverty.household.mapping.FileKind;
import th.poverty.household.mapping.FileLayout;

/** A BMN survey file's fields, in the order its staged rows hold them. */
@ApplicationScoped
public class SurveyLayout implements FileLayout {

    static final List<SurveyColumn> FIELDS = List.of(SurveyColumn.values());

    @Override
    public FileKind kind() {
        return FileKind.BMN_SURVEY;
    }

    @Override
    public List<? extends FileField> fields() {
        return FIELDS;
    }
}
