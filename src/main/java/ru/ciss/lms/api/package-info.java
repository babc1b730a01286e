/**
 * The REST API for other systems at /api/v1, described at /openapi (Payara builds the OpenAPI 3.1 document from the
 * annotations of {@code web}). Owns the administrators' personal API tokens ({@code entity.ApiToken}: the secret
 * shown once, its hash kept, a scope READ or WRITE, an expiry, the last use; made and revoked on
 * /admin/api-tokens.xhtml), the door that lets a request in by its token ({@code web.ApiAuthenticationFilter} with
 * {@code control.ApiTokenIdentityStore}: 401, 403, 429 as problem+json), and the resources, which read through the
 * other features' boundaries like any page.
 */
package ru.ciss.lms.api;
