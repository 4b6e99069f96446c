package org.jointcare.carerecord;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks clinical content: a field, or a whole type, whose values are the medical part of the
 * record (the GP's medical history and prognosis, a discharge's clinical summary and medication).
 * Each role sees the fields its work needs, and a linkworker works from the joint assessment, not
 * the clinical record: whatever carries this mark is left out for roles not entitled to clinical
 * detail, in every view, whatever the field is called. A view that keeps clinical content keeps
 * the mark with it: on the field it stores it in, or, for a line of wording, as that line's kind.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Clinical {
}
