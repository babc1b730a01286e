/**
 * What every feature stands on, and that knows no feature (ArchitectureTest enforces it): the data source and Flyway
 * migrations ({@code database}); password hashing, sign-in throttling, shared limits, secret tokens, server secrets,
 * the signed-in {@link ru.ciss.lms.platform.security.Caller} and the one cohort-staff check {@link
 * ru.ciss.lms.platform.security.CohortAccess} ({@code security}); security headers, the content security policy,
 * locale, texts, time and number formats, redirects and error answers ({@code web}); the outage answer and the
 * readiness check ({@code health}); PDF fonts, QR codes and formula-safe cells for exports ({@code export}); the
 * refusal of a concurrent edit ({@code rules}) and text helpers ({@code text}).
 */
package ru.ciss.lms.platform;
