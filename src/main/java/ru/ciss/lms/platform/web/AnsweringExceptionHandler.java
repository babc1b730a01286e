package ru.ciss.lms.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * A Faces exception handler that answers one kind of failure itself (a status and a page of ours) and leaves the
 * rest to the handler it wraps (PrimeFaces'). Once it answered, the other queued failures are the same one seen from
 * other places and are dropped, so the response is written once.
 */
public class AnsweringExceptionHandler extends ExceptionHandlerWrapper {

    /** Writes the answer to the failure; the response is then complete. */
    public interface Answer {
        void write(FacesContext faces, Throwable failure) throws IOException;
    }

    /** True when the failure or one of its causes is of this kind (a cause that names itself ends the walk). */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private final Predicate<Throwable> mine;
    private final Answer answer;

    public AnsweringExceptionHandler(ExceptionHandler wrapped, Predicate<Throwable> mine, Answer answer) {
        super(wrapped);
        this.mine = mine;
        this.answer = answer;
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            if (faces != null && mine.test(failure) && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    answer.write(faces, failure);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
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
