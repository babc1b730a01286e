/**
 * What every feature shares and nothing else: the data source and migrations, password hashing and sign-in
 * throttling, security headers, locale, texts, error handling and the readiness check. Depends on no feature.
 */
package ru.ciss.lms.platform;
