package org.okr4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of okr4j, placed on every {@code package-info} that holds value types.
 *
 * <p>Generated classes stay package-private behind the public abstract types, generate JDK-only
 * code (no Guava on a host's class path) and keep only Immutables' own {@code @Generated}, which
 * coverage and mutation tools recognise and skip.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {org.immutables.value.Generated.class},
    defaults = @Value.Immutable(copy = true),
    privateNoargConstructor = false)
public @interface OkrStyle {}
