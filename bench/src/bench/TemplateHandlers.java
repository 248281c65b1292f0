package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The functions of template.yaml and their Handler strings, read as the deployment declares them. */
final class TemplateHandlers {
    private TemplateHandlers() {}

    static Map<String, String> read(Path template) throws IOException {
        Map<String, String> handlers = new LinkedHashMap<>();
        String resource = null;
        boolean function = false;
        for (String line : Files.readAllLines(template)) {
            if (line.matches("^  [A-Za-z0-9]+:\\s*$")) {
                resource = line.trim().replace(":", "");
                function = false;
            } else if (resource != null && line.matches("^    Type:\\s*AWS::Serverless::Function\\s*$")) {
                function = true;
            } else if (function && line.matches("^      Handler:\\s*\\S+\\s*$")) {
                handlers.put(resource, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        if (handlers.isEmpty()) {
            throw new IllegalStateException("no AWS::Serverless::Function with a Handler in " + template);
        }
        return handlers;
    }
}
