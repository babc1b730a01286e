package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

/** Issue #21, point 9: which failures are the sender's unreadable request (400) and which are ours (500). */
class BadRequestExceptionHandlerFactoryTest {

    @Test
    void aFileFormSentWithoutMultipartIsTheSendersFault() {
        assertTrue(BadRequestExceptionHandlerFactory.isUnreadableRequest(new FacesException(
                new ServletException("The request content-type is not a multipart/form-data"))));
    }

    @Test
    void aBodyOverTheContainersLimitIsTheSendersFault() {
        assertTrue(BadRequestExceptionHandlerFactory.isUnreadableRequest(new FacesException(new IllegalStateException(
                "org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException: the request was rejected"))));
    }

    @Test
    void anythingElseIsStillOurs() {
        assertFalse(BadRequestExceptionHandlerFactory.isUnreadableRequest(new FacesException(new IllegalStateException(
                "No active transaction"))));
        assertFalse(BadRequestExceptionHandlerFactory.isUnreadableRequest(new ServletException("Boom")));
        assertFalse(BadRequestExceptionHandlerFactory.isUnreadableRequest(null));
    }
}
