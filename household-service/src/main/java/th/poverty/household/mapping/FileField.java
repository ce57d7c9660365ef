package th.poverty.household.mapping;

import th.poverty.domain.Labelled;

/**
 * A field of an uploaded file. Its code ({@link #header()}) is the column's name in a file laid out
 * as documented, the name a mapping maps to, and the field a rejected row names.
 */
public interface FileField extends Labelled {

    String header();

    boolean required();
}
