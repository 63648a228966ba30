package dev.roster.audit.boundary;

import dev.roster.audit.entity.AuditAction;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method whose refusals the audit log records as failed {@link #value} events
 * (the method records its successes itself, with what changed). The target is the user whose
 * id is the parameter marked {@link AuditTarget}, or the caller for {@link #self} actions; the parameter marked
 * {@link AuditObject}, if any, names the session or key acted on. See {@link AuditFailures}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    @Nonbinding
    AuditAction value() default AuditAction.USER_UPDATE;

    /** Whether the action is on the caller's own account (their profile, sessions, keys). */
    @Nonbinding
    boolean self() default false;

    /** The parameter that holds the target user's id. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface AuditTarget {
    }

    /** The parameter that holds the id of the session or key acted on. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface AuditObject {
    }
}
