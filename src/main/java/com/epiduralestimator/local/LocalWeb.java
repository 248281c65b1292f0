package com.epiduralestimator.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The estimate page (src/main/resources/web): {@code /} is its index.html, and its few other files by name. The
 * same files deploy as static files anywhere; their config.js names the API's base URL (empty: the page's own
 * origin, as under {@code serve}).
 */
final class LocalWeb {
    static final String ROOT = "/web/";
    private static final Pattern FILE = Pattern.compile("/[a-z0-9-]+\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private LocalWeb() {}

    /** Serves a page file for GET or HEAD; false if the path is none of them. */
    static boolean serve(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        String name = path.equals("/") ? "/index.html" : path;
        if (!FILE.matcher(name).matches()) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = LocalWeb.class.getResourceAsStream(ROOT + name.substring(1))) {
            if (in == null) {
                return false;
            }
            bytes = in.readAllBytes();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("content-type", TYPES.get(extension));
        exchange.getResponseHeaders().set("cache-control", "no-cache");
        exchange.getResponseHeaders().set("x-content-type-options", "nosniff");
        exchange.getResponseHeaders().set("referrer-policy", "no-referrer");
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return true;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return true;
    }
}
