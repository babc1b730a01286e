package ru.ciss.lms.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/**
 * For tests inside the server: runs a piece of work in one container transaction with the application's persistence
 * context, as a boundary would call a control class.
 */
@Stateless
public class InTransaction {

    @PersistenceContext
    EntityManager em;

    public <R> R call(Function<EntityManager, R> work) {
        return work.apply(em);
    }
}
