package dev.roster.pages;

import dev.roster.problems.ErrorPage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * What a page's Ajax request answers when it fails: Faces' own handler would write the
 * exception's class and message into the partial response ({@code class
 * jakarta.faces.application.ViewExpiredException}). A view that expired (its container session
 * is gone) reloads the page the user was on instead, which then says so; any other failure is logged under an
 * incident id, which the answer gives, as {@link ErrorPage} does for whole pages. Registered in
 * faces-config.xml.
 */
public class AjaxFailures extends ExceptionHandlerWrapper {

    AjaxFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (context == null || !context.getPartialViewContext().isAjaxRequest() || !events.hasNext()
                || context.getExternalContext().isResponseCommitted()) {
            getWrapped().handle();
            return;
        }
        Throwable failure = events.next().getContext().getException();
        events.remove();
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
        try {
            answer(context, failure);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static void answer(FacesContext context, Throwable failure) throws IOException {
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.responseReset();
        if (ErrorPage.isExpiredView(failure)) {
            // A partial response that tells the browser to load the page afresh, with a new view.
            external.redirect(ErrorPage.reloaded(request.getRequestURI(), request.getQueryString()));
            return;
        }
        String detail = ErrorPage.incident(request.getRequestURI().substring(request.getContextPath().length()), failure);
        external.setResponseContentType("text/xml");
        external.setResponseCharacterEncoding("UTF-8");
        PartialResponseWriter writer = context.getPartialViewContext().getPartialResponseWriter();
        writer.startDocument();
        writer.startError("Error");
        writer.write(detail);
        writer.endError();
        writer.endDocument();
    }

    /** The factory faces-config.xml names. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxFailures(getWrapped().getExceptionHandler());
        }
    }
}
