package dk.nextwork.hub.application.common;

import dk.nextwork.hub.application.ConflictException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Two saves from one version: the database takes the first, and the second learns it at its flush. This turns that
 * into the Hub's own conflict ("someone else saved the same at the same time, nothing of yours was saved"), an
 * application exception, so the transaction is rolled back without the container logging a system failure. It flushes
 * before returning, so a conflict the commit would meet is met here.
 */
public class ConcurrentSaves {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @AroundInvoke
    Object save(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (RuntimeException e) {
            if (optimisticLock(e)) {
                throw new ConflictException("conflict.concurrent");
            }
            throw e;
        }
    }

    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // EclipseLink's own exception of that name, where it is not wrapped in the JPA one.
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
