package org.jointcare.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field of free text a professional writes in several lines (a reason, a summary, notes):
 * it may hold line breaks and tabs. Every other text field (names, codes, ids) is one line. No text
 * field may hold any other control character ({@link TextOnlyDeserializer}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface FreeText {
}
