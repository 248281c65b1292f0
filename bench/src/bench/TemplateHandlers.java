package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The functions of template.yaml and their Handler strings, read as the deployment declares them. */
final class TemplateHandlers {
    private TemplateHandlers() {}

    /** The default of the template's MemorySize parameter, in MB. */
    static int memorySizeDefault(Path template) throws IOException {
        boolean inParameter = false;
        for (String line : Files.readAllLines(template)) {
            if (line.matches("^  MemorySize:\\s*$")) {
                inParameter = true;
            } else if (inParameter && line.matches("^    Default:\\s*\\d+\\s*$")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            } else if (inParameter && line.matches("^  \\S.*")) {
                break;
            }
        }
        return 1024;
    }

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
