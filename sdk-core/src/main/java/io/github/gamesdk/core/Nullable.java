package io.github.gamesdk.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute of a request or response model that may be absent. Immutables recognises
 * this annotation by its simple name and generates a builder that accepts {@code null} for it.
 * gamesdk uses it instead of {@code Optional} so that requests serialize without a Jackson module
 * and absent fields are simply left out of the wire form.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface Nullable {}
