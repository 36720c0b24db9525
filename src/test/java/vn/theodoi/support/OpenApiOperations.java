package vn.theodoi.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Every operation the running application documents in its OpenAPI document ({@code /v3/api-docs}):
 * method, path template, parameters and the JSON schema of its body, with {@code $ref}s resolved.
 * What a fuzz test iterates over, so that a new endpoint is fuzzed without anyone listing it.
 */
public final class OpenApiOperations {

    /** A path or query parameter and its schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation; {@code body} is the resolved schema of its JSON body, or null. */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiOperations(JsonNode document) {
        this.document = document;
        for (Map.Entry<String, JsonNode> path : entries(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> method : entries(path.getValue())) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                if (operation.has("parameters")) {
                    for (JsonNode p : operation.get("parameters")) {
                        p = resolve(p);
                        parameters.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                                p.has("required") && p.get("required").asBoolean(), resolve(p.get("schema"))));
                    }
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : resolve(body)));
            }
        }
    }

    /** Reads the document of the application behind {@code api}. */
    public static OpenApiOperations of(Api api) {
        Api.Response docs = api.get("/v3/api-docs");
        if (docs.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + docs.status());
        }
        return new OpenApiOperations(docs.body());
    }

    public List<Operation> all() {
        return List.copyOf(operations);
    }

    /** The same document, with only these operations (e.g. one module's, or without destructive ones). */
    public OpenApiOperations restrictedTo(List<Operation> kept) {
        OpenApiOperations restricted = new OpenApiOperations(document);
        restricted.operations.retainAll(kept);
        return restricted;
    }

    /** A schema with its {@code $ref} (to {@code #/components/...}) replaced by what it names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 16; depth++) {
            String ref = current.get("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        if (node != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            fields.forEachRemaining(list::add);
        }
        return list;
    }
}
