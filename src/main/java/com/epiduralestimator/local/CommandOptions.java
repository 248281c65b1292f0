package com.epiduralestimator.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one option parser every command shares: {@code --name value} or {@code --name=value} for the options a
 * command declares, bare {@code --flag}s it declares, {@code --help}/{@code -h} everywhere, positional arguments
 * in order. Anything else is an error naming the option ("unknown option --prot"), never silently ignored.
 */
record CommandOptions(List<String> positional, Map<String, String> named, Set<String> flags, boolean help) {
    static final String DYNAMODB_ENDPOINT = "--dynamodb-endpoint";

    /** What a command accepts: options that take a value, and flags that do not. */
    record Spec(List<String> valued, List<String> flags) {
        Spec {
            valued = List.copyOf(valued);
            flags = List.copyOf(flags);
        }

        static Spec of(String... valued) {
            return new Spec(List.of(valued), List.of());
        }
    }

    CommandOptions {
        positional = List.copyOf(positional);
        named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
        flags = Set.copyOf(flags);
    }

    /** Parses a command's arguments (those after the command name). */
    static CommandOptions parse(List<String> args, Spec spec) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        java.util.Set<String> flags = new java.util.LinkedHashSet<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (spec.flags().contains(name)) {
                if (eq > 0) {
                    throw new IllegalArgumentException(name + " takes no value");
                }
                flags.add(name);
                continue;
            }
            if (!spec.valued().contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (named.containsKey(name)) {
                throw new IllegalArgumentException(name + " given twice");
            }
            named.put(name, value);
        }
        return new CommandOptions(positional, named, flags, help);
    }

    String value(String name, String fallback) {
        return named.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return named.containsKey(name) || flags.contains(name);
    }

    int port(String name, int fallback) {
        String value = named.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number");
        }
    }

    /** The file an option names, if given; an option naming no regular file is an error saying so. */
    Optional<Path> file(String name) {
        String value = named.get(name);
        if (value == null) {
            return Optional.empty();
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(name + ": no such file " + value);
        }
        return Optional.of(path);
    }

    Optional<URI> endpoint() {
        String value = named.get(DYNAMODB_ENDPOINT);
        if (value == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException(DYNAMODB_ENDPOINT + " must be a URL such as http://127.0.0.1:8000");
        }
        return Optional.of(uri);
    }
}
