package ru.ciss.lms.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page's content for the signed-in caller depends on in the database, read cheaply (issue #25): a feature
 * that wants a page answered with 304 Not Modified when nothing it shows has changed provides one as a CDI bean;
 * {@link ConditionalPages} asks it before building the page. The stamp must change whenever anything the page shows
 * this caller changes (row versions, rows added or removed, the caller's consent and memberships); the session, the
 * language, the roles, the date and the deployment are added by {@link ConditionalPages} itself.
 */
public interface PageStamp {

    /** The view the stamp is for, as the request's servlet path: {@code /study/module.xhtml}. */
    String path();

    /**
     * The stamp for this request's caller and parameters, or null when the page has none (bad parameters, not the
     * caller's): then the page is built and sent as always, with no validator.
     */
    String of(HttpServletRequest request);
}
