package io.github.gamesdk.core;

import io.github.gamesdk.core.error.InvalidRequestException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every gamesdk request and response model: builders that throw {@link
 * InvalidRequestException} (not {@code IllegalStateException} or {@code NullPointerException}) when
 * a required field is missing or {@code null}, JDK collections only, and {@code ****} in {@code
 * toString()} for attributes marked {@code @Value.Redacted}. Immutables is an annotation processor
 * only; nothing of it is needed at run time.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    redactedMask = "****",
    throwForInvalidImmutableState = InvalidRequestException.class,
    throwForNullPointer = InvalidRequestException.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface GameSdkStyle {}
