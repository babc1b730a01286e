package ru.ciss.lms.platform.health;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Faces' side of {@link DatabaseOutageFilter}: a page whose bean lost the database answers 503 with the
 * "temporarily unavailable" page at once. Without it PrimeFaces' exception handler, which it wraps, would redirect to
 * the general error page (whose layout may need the database too) and the person would read "an error occurred".
 */
public class OutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public OutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new OutageHandler(getWrapped().getExceptionHandler());
    }

    private static final class OutageHandler extends ExceptionHandlerWrapper {

        OutageHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable failure = events.next().getContext().getException();
                if (faces != null && DatabaseOutageFilter.isOutage(failure)
                        && !faces.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    try {
                        if (faces.getPartialViewContext().isAjaxRequest()) {
                            // An ajax answer cannot be a page: the browser is sent to the static one instead.
                            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                                    + DatabaseOutageFilter.PAGE_PATH);
                        } else {
                            DatabaseOutageFilter.answer((HttpServletResponse) faces.getExternalContext().getResponse());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    // The other queued failures are the same outage seen from other places.
                    while (events.hasNext()) {
                        events.next();
                        events.remove();
                    }
                    return;
                }
            }
            getWrapped().handle();
        }
    }
}
