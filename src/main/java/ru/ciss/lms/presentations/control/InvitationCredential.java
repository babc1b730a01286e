package ru.ciss.lms.presentations.control;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a mentor's invitation link, presented instead of an e-mail and password. */
public record InvitationCredential(String secret) implements Credential {
}
