package th.poverty.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;





/**
 * The current schema version of an event record (1 when absent). Raise it when the record's
 * shape changes, and register an upcaster from the old version: stored events are never rewritten.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    int value();
}
