package ru.ciss.lms.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails unexpectedly answers 500 with the error page at the address that failed (a boundary's role check
 * that refused answers 403). PrimeFaces' handler, which this wraps, redirected to the error page instead, and that
 * page answered 200: a proxy's or a monitor's count of 5xx answers never saw a failing page (only the log did). Left
 * to PrimeFaces: Ajax requests (an Ajax answer cannot be a page, PrimeFaces sends the browser to it) and expired
 * views, which go to their own page by a redirect so that a reload does not post the form again.
 */
public class ServerErrorExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ServerErrorExceptionHandlerFactory.class.getName());

    public ServerErrorExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        // The container shows /errors/500.xhtml (web.xml), as a GET (ErrorDispatchFilter).
        return new AnsweringExceptionHandler(getWrapped().getExceptionHandler(),
                ServerErrorExceptionHandlerFactory::isPageFailure, (faces, failure) -> {
                    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
                    String path = faces.getExternalContext().getRequestServletPath();
                    if (isRefusedAccess(failure)) {
                        // Only a crafted request gets here (no page offers what its reader may not do): it is
                        // answered as the container answers a page of another role, and is no server error.
                        LOG.warning(() -> "Refused by a role check: " + path);
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    } else {
                        LOG.log(Level.SEVERE, failure, () -> "A page failed: " + path);
                        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                    }
                });
    }

    /** True when a boundary's role check refused the call ({@code @RolesAllowed}). */
    static boolean isRefusedAccess(Throwable failure) {
        return AnsweringExceptionHandler.causedBy(failure, jakarta.ejb.EJBAccessException.class);
    }

    /** True for a failure of a full-page request that is not an expired view. */
    static boolean isPageFailure(Throwable failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && !faces.getPartialViewContext().isAjaxRequest()
                && !AnsweringExceptionHandler.causedBy(failure, ViewExpiredException.class);
    }
}
