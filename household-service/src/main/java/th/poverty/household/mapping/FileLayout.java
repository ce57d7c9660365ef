package th.poverty.household.mapping;

import java.util.List;

/** The fields of one kind of file, in the order its staged rows hold them; each import provides its own. */
public interface FileLayout {

    FileKind kind();

    List<? extends FileField> fields();
}
