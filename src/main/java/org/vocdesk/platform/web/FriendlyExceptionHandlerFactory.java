package org.vocdesk.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class FriendlyExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FriendlyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FriendlyExceptionHandler(getWrapped().getExceptionHandler());
    }
}
