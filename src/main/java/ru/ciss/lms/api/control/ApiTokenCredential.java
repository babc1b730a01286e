package ru.ciss.lms.api.control;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a personal API token, from an {@code Authorization: Bearer} header. */
public record ApiTokenCredential(String secret) implements Credential {

    @Override
    public String toString() {
        return "ApiTokenCredential[secret hidden]"; // never in a log
    }
}
