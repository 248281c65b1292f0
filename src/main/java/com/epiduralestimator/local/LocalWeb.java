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

    /** What the page may load: its own scripts, styles and API; nothing inline, no frame around it. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";

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
        // The page's own files only, no inline script, and no other site may frame it (clickjacking; issue #22).
        exchange.getResponseHeaders().set("content-security-policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("x-frame-options", "DENY");
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
