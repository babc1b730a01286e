package ru.ciss.lms.platform.health;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.servlet.http.HttpServletResponse;
import ru.ciss.lms.platform.web.AnsweringExceptionHandler;

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
        return new AnsweringExceptionHandler(getWrapped().getExceptionHandler(), DatabaseOutageFilter::isOutage,
                (faces, failure) -> {
                    if (faces.getPartialViewContext().isAjaxRequest()) {
                        // An ajax answer cannot be a page: the browser is sent to the static one instead.
                        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                                + DatabaseOutageFilter.PAGE_PATH);
                    } else {
                        DatabaseOutageFilter.answer((HttpServletResponse) faces.getExternalContext().getResponse());
                    }
                });
    }
}
