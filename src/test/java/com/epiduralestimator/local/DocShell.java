package com.epiduralestimator.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little of the shell the documents' examples use, for {@link DocExamplesTest}: commands split on newlines outside
 * quotes (backslash-newline continues, {@code #} lines are comments), single and double quotes, {@code $NAME}, pipes
 * into {@code sed -E 's/RE/REPLACEMENT/'} and {@code grep -i 'RE'}, and curl's
 * {@code -s -i -X -H -d -o /dev/null -D -}.
 * Anything else is refused, so an example this cannot run fails instead of being skipped.
 */
final class DocShell {
    private static final String LOCAL = "http://127.0.0.1:3000";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private DocShell() {}

    /** The block's commands, in order: continuation lines joined, comments and blank lines dropped. */
    static List<String> split(String text) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && lineStart && current.toString().isBlank() && c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                current.setLength(0);
                continue;
            }
            lineStart = false;
            if (quote == 0 && c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                continue;
            }
            if (quote == 0 && c == '\n') {
                add(commands, current);
                lineStart = true;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            current.append(c);
        }
        add(commands, current);
        return commands;
    }

    private static void add(List<String> commands, StringBuilder current) {
        String command = current.toString().strip();
        if (!command.isEmpty()) {
            commands.add(command);
        }
        current.setLength(0);
    }

    /** A command's words: quotes removed, {@code $NAME} replaced outside single quotes, {@code |} a word of its own. */
    static List<String> words(String command, Map<String, String> variables) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (quote == 0 && c == '|') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                words.add("|");
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote != '\'' && c == '$' && i + 1 < command.length()
                    && Character.isLetter(command.charAt(i + 1))) {
                int end = i + 1;
                while (end < command.length() && (Character.isLetterOrDigit(command.charAt(end))
                        || command.charAt(end) == '_')) {
                    end++;
                }
                String name = command.substring(i + 1, end);
                if (!variables.containsKey(name)) {
                    throw new IllegalArgumentException("$" + name + " is not set by an earlier example of the file");
                }
                word.append(variables.get(name));
                i = end - 1;
            } else {
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + command);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Runs {@code curl ... [| sed ...] [| grep ...]} with the documents' host replaced by {@code base}. */
    static String pipeline(String command, Map<String, String> variables, String base) throws Exception {
        List<List<String>> stages = new ArrayList<>();
        stages.add(new ArrayList<>());
        for (String word : words(command, variables)) {
            if ("|".equals(word)) {
                stages.add(new ArrayList<>());
            } else {
                stages.get(stages.size() - 1).add(word);
            }
        }
        String output = curl(stages.get(0), base);
        for (List<String> stage : stages.subList(1, stages.size())) {
            output = filter(stage, output);
        }
        return output;
    }

    private static String filter(List<String> stage, String input) {
        if (stage.size() == 3 && stage.get(0).equals("sed") && stage.get(1).equals("-E")) {
            Matcher s = Pattern.compile("s/((?:[^/\\\\]|\\\\.)*)/((?:[^/\\\\]|\\\\.)*)/").matcher(stage.get(2));
            if (!s.matches()) {
                throw new IllegalArgumentException("only sed -E 's/RE/REPLACEMENT/' is understood: " + stage);
            }
            Pattern re = Pattern.compile(s.group(1));
            String replacement = s.group(2).replaceAll("\\\\([0-9])", "\\$$1");
            StringBuilder out = new StringBuilder();
            for (String line : input.split("\n", -1)) {
                out.append(out.isEmpty() ? "" : "\n").append(re.matcher(line).replaceFirst(replacement));
            }
            return out.toString();
        }
        if (stage.size() == 3 && stage.get(0).equals("grep") && stage.get(1).equals("-i")) {
            Pattern re = Pattern.compile(stage.get(2), Pattern.CASE_INSENSITIVE);
            return String.join("\n", input.lines().filter(l -> re.matcher(l).find()).toList());
        }
        throw new IllegalArgumentException("not understood in a document's example: " + stage);
    }

    private static String curl(List<String> words, String base) throws IOException, InterruptedException {
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("an example's command must be curl: " + words);
        }
        String method = null;
        String url = null;
        String body = null;
        boolean include = false;
        boolean headersOnly = false;
        boolean contentType = false;
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s" -> { }
                case "-i" -> include = true;
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String header = words.get(++i);
                    int colon = header.indexOf(':');
                    contentType |= header.substring(0, colon).strip().equalsIgnoreCase("content-type");
                    request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
                }
                case "-d" -> body = words.get(++i);
                case "-o" -> {
                    if (!words.get(++i).equals("/dev/null")) {
                        throw new IllegalArgumentException("curl -o only to /dev/null");
                    }
                    headersOnly = true;
                }
                case "-D" -> {
                    if (!words.get(++i).equals("-")) {
                        throw new IllegalArgumentException("curl -D only to -");
                    }
                    include = true;
                }
                default -> {
                    if (word.startsWith("-") || url != null || !word.startsWith(LOCAL)) {
                        throw new IllegalArgumentException("curl option not understood: " + word);
                    }
                    url = base + word.substring(LOCAL.length());
                }
            }
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        if (body != null && !List.of("POST", "PUT").contains(method)) {
            throw new IllegalArgumentException("curl -d with " + method);
        }
        if (body != null && !contentType) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        HttpRequest built = request.uri(URI.create(url)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (!include) {
            return response.body();
        }
        StringBuilder out = new StringBuilder("HTTP/1.1 " + response.statusCode() + "\n");
        response.headers().map().forEach((name, values) -> values.forEach(v -> out.append(name).append(": ")
                .append(v).append('\n')));
        return headersOnly ? out.toString() : out.append('\n').append(response.body()).toString();
    }

    /** What {@code curl -i} printed: status, headers (names lower case) and body. */
    record Response(int status, Map<String, String> headers, String body) {
        static Response parse(String text) {
            String normalised = text.replace("\r\n", "\n");
            int blank = normalised.indexOf("\n\n");
            String head = blank < 0 ? normalised : normalised.substring(0, blank);
            String body = blank < 0 ? "" : normalised.substring(blank + 2).strip();
            List<String> lines = head.lines().toList();
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            return new Response(status, headers, body);
        }

        /** Header lines as {@code name: value}, names lower case (curl prints them as the server sent them). */
        static List<String> headerLines(String text) {
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
                int colon = l.indexOf(':');
                return colon < 0 ? l : l.substring(0, colon).toLowerCase(Locale.ROOT) + ":" + l.substring(colon + 1);
            }).toList();
        }
    }
}
