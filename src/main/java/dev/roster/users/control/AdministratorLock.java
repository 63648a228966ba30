package dev.roster.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Serialises every decision about the set of administrators (first-run setup, demotion,
 * deactivation and deletion, from the server or the admin command line) across threads and nodes: the caller's transaction
 * locks one row until it ends, so "count the admins, then change them" cannot interleave.
 */
@ApplicationScoped
public class AdministratorLock {

    @PersistenceContext
    EntityManager em;

    protected AdministratorLock() {
    }

    /** For use outside the container (the admin command line), over its own entity manager. */
    public AdministratorLock(EntityManager em) {
        this.em = em;
    }

    public void acquire() {
        em.createNativeQuery("select name from locks where name = 'administrators' for update").getResultList();
    }
}
