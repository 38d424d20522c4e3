package org.agilepmo.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the version named by the request's {@code If-Match} header to a {@code long}
 * parameter of an API method. Without the header the request answers 428, with one that
 * is not an ETag 412; a version that is no longer current answers 412 when the service
 * finds it stale (ADR 5). Put it after the request body so that an invalid body answers
 * 400 first.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IfMatch {

}
