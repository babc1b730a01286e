package ru.ciss.lms.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request the server cannot read is the sender's fault, not ours: answered 400 with the app's page instead of
 * the 500 page (issue #21). Such are a form with a file field sent without {@code multipart/form-data} (no browser
 * does that; a script or a probe does), a body larger than the container accepts, and a made-up view state.
 */
public class BadRequestExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BadRequestExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        // The container shows /errors/400.xhtml (web.xml), as a GET (ErrorDispatchFilter).
        return new AnsweringExceptionHandler(getWrapped().getExceptionHandler(),
                BadRequestExceptionHandlerFactory::isUnreadableRequest,
                (faces, failure) -> ((HttpServletResponse) faces.getExternalContext().getResponse())
                        .sendError(HttpServletResponse.SC_BAD_REQUEST));
    }

    /** True when the failure, or one of its causes, says the request itself could not be read. */
    static boolean isUnreadableRequest(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof jakarta.servlet.ServletException && message.contains("not a multipart")) {
                return true;
            }
            if (t instanceof IllegalStateException && (message.contains("SizeLimitExceeded")
                    || message.contains("exceeds its maximum") || message.contains("exceeds the configured maximum")
                    || message.contains("Post too large"))) {
                return true;
            }
            // A view state that names no view this page could have had ("stateless" for a page that keeps state): made
            // up, not expired (an expired one is a ViewExpiredException and gets its own page).
            if (t instanceof jakarta.faces.FacesException && message.startsWith("Unable to restore view")) {
                return true;
            }
        }
        return false;
    }
}
