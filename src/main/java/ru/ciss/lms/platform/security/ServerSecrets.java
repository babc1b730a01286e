package ru.ciss.lms.platform.security;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the server makes for itself (e.g. for signing check-in codes), kept in the database so that they survive a
 * restart: a code scanned before a restart must still verify after it. Made once, on first use, then cached.
 */
@Singleton
@Lock(LockType.READ) // computeIfAbsent below makes each secret once, however many callers ask at the same moment
public class ServerSecrets {

    @PersistenceContext
    EntityManager em;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public byte[] get(String name) {
        return cache.computeIfAbsent(name, this::readOrCreate).clone();
    }

    private byte[] readOrCreate(String name) {
        byte[] fresh = new byte[64];
        new SecureRandom().nextBytes(fresh);
        // INSERT IGNORE: if another server of a cluster made it first, theirs is kept and read back.
        em.createNativeQuery("INSERT IGNORE INTO server_secret (name, secret, created_at) VALUES (?, ?, NOW(3))")
                .setParameter(1, name).setParameter(2, fresh).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> stored = em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?")
                .setParameter(1, name).getResultList();
        return (byte[]) stored.get(0);
    }
}
