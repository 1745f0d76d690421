package dk.nextwork.hub.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Errors of Faces' Ajax requests (an autosave) go where every other error goes, the container's error page
 * ({@link ErrorPage}), which tells the browser in Faces' own XML to show the Hub's page; Faces would otherwise answer
 * with its own error XML, which names the exception's class and which the page ignores.
 */
public class AjaxErrors extends ExceptionHandlerFactory {

    public AjaxErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest() && events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                throw thrown instanceof FacesException f ? f : new FacesException(thrown);
            }
            getWrapped().handle();
        }
    }
}
