package com.epiduralestimator.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.epiduralestimator.adapter.http.ApiHandler;
import java.io.InputStream;
import java.io.OutputStream;

/** What the three functions share: the route handler they wired, to which every invocation is handed. */
abstract class LambdaFunction implements RequestStreamHandler {
    private final ApiHandler handler;

    LambdaFunction(ApiHandler handler) {
        this.handler = handler;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        handler.handleRequest(input, output, context);
    }
}
