package com.epiduralestimator.adapter.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * openapi.yaml as a validator of response bodies. The OpenAPI 3.0 schema dialect is turned into draft-07 JSON
 * Schema first: {@code nullable: true} becomes a type array with "null" (and null joins any enum), which is what
 * 3.0 means by it. {@code $ref: '#/components/...'} resolves because every schema is checked inside a document
 * that carries the spec's whole {@code components} section.
 *
 * <p>Two rules are stricter than OpenAPI's own: a duplicate key anywhere in the file is an error (YAML forbids
 * it; a lenient reader keeps the last one and hides the first), and an object schema with {@code properties} is
 * closed: a response key the schema does not declare is a violation, because a generated client drops it.
 */
final class OpenApiSpec {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final JsonNode spec;
    private final JsonNode components;

    private OpenApiSpec(JsonNode spec) {
        this.spec = spec;
        this.components = toJsonSchema(spec.get("components").deepCopy());
    }

    static OpenApiSpec load(Path file) {
        try {
            return new OpenApiSpec(strictReader().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML reader for which a duplicate key is an error, as it is for redocly and openapi-generator. */
    static YAMLMapper strictReader() {
        return YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    JsonNode document() {
        return spec;
    }

    /** Thrown when the spec declares no response for a route, status and content type. */
    static final class Undeclared extends AssertionError {
        Undeclared(String message) {
            super(message);
        }
    }

    /** The schema the spec declares for that response, or {@link Undeclared}. */
    JsonNode responseSchema(String method, String path, int status, String contentType) {
        JsonNode operation = spec.path("paths").path(templateOf(path)).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            throw new Undeclared("openapi.yaml has no operation " + method + " " + path);
        }
        JsonNode response = resolve(operation.path("responses").path(Integer.toString(status)));
        if (response.isMissingNode()) {
            throw new Undeclared("openapi.yaml declares no " + status + " response for " + method + " " + path);
        }
        JsonNode media = response.path("content").path(contentType);
        if (media.isMissingNode()) {
            throw new Undeclared("openapi.yaml declares no " + contentType + " body for " + status + " of " + method
                    + " " + path + " (declared: " + response.path("content").fieldNames().next() + ")");
        }
        return media.get("schema");
    }

    /** The spec's path for a request path: itself, or the path template whose {parameter} segments it fills. */
    String templateOf(String path) {
        if (spec.path("paths").has(path)) {
            return path;
        }
        String[] p = path.split("/", -1);
        for (java.util.Iterator<String> it = spec.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String[] t = template.split("/", -1);
            boolean match = t.length == p.length;
            for (int i = 0; match && i < t.length; i++) {
                match = t[i].startsWith("{") ? !p[i].isEmpty() : t[i].equals(p[i]);
            }
            if (match) {
                return template;
            }
        }
        return path;
    }

    JsonNode componentSchema(String name) {
        return JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** Every violation of {@code schema} (an OpenAPI schema object of this spec) by {@code body}; empty if none. */
    List<String> violations(JsonNode schema, JsonNode body) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("$schema", "http://json-schema.org/draft-07/schema#");
        document.set("components", components);
        document.set("allOf", JsonNodeFactory.instance.arrayNode().add(toJsonSchema(schema.deepCopy())));
        JsonSchema validator = FACTORY.getSchema(document, CONFIG);
        Set<ValidationMessage> messages = validator.validate(body);
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(m.getMessage()));
        return out;
    }

    /** Rewrites OpenAPI 3.0's {@code nullable} into JSON Schema, in place, everywhere below {@code node}. */
    static JsonNode toJsonSchema(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode nullable = object.get("nullable");
            if (nullable != null && nullable.isBoolean()) {
                object.remove("nullable");
                if (nullable.asBoolean()) {
                    makeNullable(object);
                }
            }
            if (object.has("properties") && object.get("properties").isObject()
                    && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                toJsonSchema(it.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiSpec::toJsonSchema);
        }
        return node;
    }

    private static void makeNullable(ObjectNode schema) {
        if (schema.has("allOf")) {
            // `nullable: true` beside `allOf: [$ref]` (how 3.0 makes a named schema nullable at one use):
            // null, or whatever the allOf allows.
            ObjectNode inner = JsonNodeFactory.instance.objectNode();
            inner.set("allOf", schema.remove("allOf"));
            if (schema.has("type")) {
                inner.set("type", schema.remove("type"));
            }
            ArrayNode anyOf = JsonNodeFactory.instance.arrayNode();
            anyOf.add(JsonNodeFactory.instance.objectNode().put("type", "null"));
            anyOf.add(inner);
            schema.set("anyOf", anyOf);
            return;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            throw new IllegalArgumentException("nullable without type or allOf is not supported here: " + schema);
        }
        if (type.isTextual()) {
            schema.set("type", JsonNodeFactory.instance.arrayNode().add(type.asText()).add("null"));
        }
        JsonNode values = schema.get("enum");
        if (values instanceof ArrayNode list) {
            boolean hasNull = false;
            for (JsonNode v : list) {
                hasNull |= v.isNull();
            }
            if (!hasNull) {
                list.addNull();
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        String pointer = ref.asText();
        if (!pointer.startsWith("#")) {
            throw new IllegalArgumentException("only local references are supported: " + pointer);
        }
        return resolve(spec.at(pointer.substring(1)));
    }
}
