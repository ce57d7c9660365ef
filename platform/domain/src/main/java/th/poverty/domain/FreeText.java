package th.poverty.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed about a household (a reason, a visit's notes, a cause's description): it
 * may say anything about the people, so it never becomes part of a permanent record. On an event
 * record's component, the event store keeps the text in an erasable table and the event carries
 * only a reference to it (SECURITY.md, "Free text").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface FreeText {
}
