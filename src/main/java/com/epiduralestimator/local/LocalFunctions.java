package com.epiduralestimator.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.epiduralestimator.Services;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The template's functions, each its real handler class built on the local wiring (no AWS, no Docker). */
final class LocalFunctions {
    private final TemplateRoutes routes;
    private final Map<String, RequestStreamHandler> handlers = new LinkedHashMap<>();

    LocalFunctions(TemplateRoutes routes, Services services) {
        this.routes = routes;
        for (TemplateRoutes.Route route : routes.routes()) {
            handlers.computeIfAbsent(route.functionId(), id -> instantiate(route.handlerClass(), services));
        }
    }

    TemplateRoutes routes() {
        return routes;
    }

    /** Runs one function on one API Gateway event and returns the response event's bytes. */
    byte[] invoke(String functionId, byte[] event, String requestId) {
        RequestStreamHandler handler = handlers.get(functionId);
        if (handler == null) {
            throw new IllegalArgumentException("no function " + functionId + " in template.yaml; functions: "
                    + String.join(", ", handlers.keySet()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, LocalContext.of(requestId, functionId));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static RequestStreamHandler instantiate(String className, Services services) {
        try {
            Class<?> type = Class.forName(className);
            return (RequestStreamHandler) type.getConstructor(Services.class).newInstance(services);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("template.yaml names handler " + className
                    + ", which is not a RequestStreamHandler with a (Services) constructor", e);
        }
    }
}
