package ru.ciss.lms.certificates.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Makes the school's first Open Badges signing key when the app starts on a database without one, so the public
 * key is published before the first badge is signed (a verifier may fetch the JWKS in advance).
 */
@Singleton
@Startup
@DependsOn("Migrations") // the key's table comes with the migrations on a new database
public class FirstSigningKey {

    @Inject
    SigningKeys keys;

    @PostConstruct
    void make() {
        keys.signing();
    }
}
