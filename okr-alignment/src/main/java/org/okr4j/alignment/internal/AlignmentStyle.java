package org.okr4j.alignment.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** okr-alignment's Immutables style, the same as okr-core's. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public @interface AlignmentStyle {}
