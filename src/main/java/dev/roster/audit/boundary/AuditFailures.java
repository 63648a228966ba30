package dev.roster.audit.boundary;

import dev.roster.audit.control.AuditTarget;
import dev.roster.kernel.Actor;
import dev.roster.kernel.CurrentUser;
import dev.roster.problems.BusinessException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records a refused {@link Audited} action as a failed event, in a transaction of its own:
 * the refusal rolls the action's transaction back, and the record must outlive it.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditFailures {

    private static final Logger LOG = Logger.getLogger(AuditFailures.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @AroundInvoke
    Object recordRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException refusal) {
            Actor actor = currentUser.actor();
            Audited audited = invocation.getMethod().getAnnotation(Audited.class);
            String object = parameter(invocation, Audited.AuditObject.class);
            AuditTarget target = audited.self() ? new AuditTarget(actor.userId(), actor.email(), object)
                    : new AuditTarget(parameter(invocation, Audited.AuditTarget.class), null, object);
            try {
                audit.recordFailure(actor, audited.value(), target, refusal.getMessage());
            } catch (RuntimeException e) {
                // The caller hears of the refusal either way; a record that could not be written must not turn it into a 500.
                LOG.log(Level.WARNING, "Could not record a refused " + audited.value().code + " in the audit log", e);
            }
            throw refusal;
        }
    }

    private static String parameter(InvocationContext invocation, Class<? extends Annotation> marker) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (marker.isInstance(annotation) && invocation.getParameters()[i] instanceof String value) {
                    return value;
                }
            }
        }
        return null;
    }
}
