package th.poverty.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint whose answer may hold references to free text ({@link th.poverty.eventstore.FreeTexts}):
 * a history, or a read model folded from events. {@link FreeTextAnswers} puts the texts in
 * their place, or null where they were erased.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ShowsFreeText {
}
