package com.epiduralestimator.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route table of {@code template.yaml}: each {@code AWS::Serverless::Function} with its {@code Handler} and
 * the {@code Path} and {@code Method} of its {@code HttpApi} event. A reader for the template's own layout (block
 * style, one key per line), not a general YAML parser: CloudFormation tags such as !Ref need none.
 */
public record TemplateRoutes(List<Route> routes) {
    /** The template as built into the jar (copied from the repository root at build time). */
    static final String RESOURCE = "/template.yaml";

    public record Route(String functionId, String handlerClass, String method, String path) {}

    public TemplateRoutes {
        routes = List.copyOf(routes);
    }

    public static TemplateRoutes fromClasspath() {
        try (InputStream in = TemplateRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("template.yaml is not in the jar: build with ./mvnw package");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TemplateRoutes parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Route> routes = new ArrayList<>();
        boolean inResources = false;
        String resource = null;
        boolean isFunction = false;
        String handler = null;
        String path = null;
        String method = null;
        boolean httpApiEvent = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(trimmed);
            if (indent == 0) {
                inResources = trimmed.equals("Resources:");
                continue;
            }
            if (!inResources) {
                continue;
            }
            if (indent == 2 && trimmed.endsWith(":")) {
                addRoute(routes, resource, isFunction, handler, method, path);
                resource = trimmed.substring(0, trimmed.length() - 1);
                isFunction = false;
                handler = path = method = null;
                httpApiEvent = false;
                continue;
            }
            String value = valueOf(trimmed);
            if (trimmed.startsWith("Type:")) {
                if (indent == 4) {
                    isFunction = "AWS::Serverless::Function".equals(value);
                } else if ("HttpApi".equals(value)) {
                    httpApiEvent = true;
                }
            } else if (trimmed.startsWith("Handler:") && indent == 6) {
                handler = value;
            } else if (httpApiEvent && trimmed.startsWith("Path:")) {
                path = value;
            } else if (httpApiEvent && trimmed.startsWith("Method:")) {
                method = value;
            }
            if (handler != null && path != null && method != null) {
                // one route per HttpApi event: a function may serve several (FeesFunction: fees and schedules)
                addRoute(routes, resource, isFunction, handler, method, path);
                path = method = null;
                httpApiEvent = false;
            }
        }
        addRoute(routes, resource, isFunction, handler, method, path);
        return new TemplateRoutes(routes);
    }

    private static void addRoute(List<Route> routes, String resource, boolean isFunction, String handler,
                                 String method, String path) {
        if (resource != null && isFunction && handler != null && method != null && path != null) {
            String handlerClass = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            routes.add(new Route(resource, handlerClass, method.toUpperCase(java.util.Locale.ROOT), path));
        }
    }

    private static String valueOf(String keyValue) {
        int colon = keyValue.indexOf(':');
        String value = colon < 0 ? "" : keyValue.substring(colon + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    public Optional<Route> function(String functionId) {
        return routes.stream().filter(r -> r.functionId().equals(functionId)).findFirst();
    }

    /**
     * The route of a request, as API Gateway picks it: an exact path first, else a path with {@code {parameter}}
     * segments (each matching one non-empty segment).
     */
    public Optional<Route> match(String method, String path) {
        Optional<Route> exact = routes.stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .findFirst();
        return exact.isPresent() ? exact
                : routes.stream().filter(r -> r.method().equals(method) && matchesTemplate(r.path(), path)).findFirst();
    }

    private static boolean matchesTemplate(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean parameter = t[i].startsWith("{") && t[i].endsWith("}");
            if (parameter ? p[i].isEmpty() : !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }
}
