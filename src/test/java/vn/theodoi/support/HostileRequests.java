package vn.theodoi.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests generated from the OpenAPI document, reproducibly (a seed): each takes a
 * documented operation and breaks one thing about it on top of an otherwise plausible request: a
 * path id out of range or malformed, a query parameter with control characters, a body with an
 * enum as an ordinal or in lower case, 2.5 or "2" for an integer, a date a million years away, a
 * string with NUL, ESC, a C1 control or a lone surrogate, 100,000 characters, 10,001 list
 * elements, an unknown field, a wrong JSON type, nesting, or no body at all.
 *
 * <p>Use: {@code for (var r : HostileRequests.generate(OpenApiOperations.of(api), seed, n)) api.send(r)}
 * and assert no 5xx, problem+json on every 4xx, and that nothing was stored or changed. The
 * {@link #CONTROL_TEXTS} are what a test looks for in the database afterwards.
 */
public final class HostileRequests {

    /** A generated request: method, path with its query, JSON body (null for none) and what was broken. */
    public record Request(String method, String pathAndQuery, String body, String broken) {

        @Override
        public String toString() {
            return method + " " + pathAndQuery + " (" + broken + ")";
        }
    }

    /** Texts that must never be stored: each carries a character the application refuses. */
    public static final List<String> CONTROL_TEXTS = List.of("nul\u0000x", "esc\u001bx", "bel\u0007x", "del\u007fx",
            "c1\u0085x", "lone\ud800x", "low\udc00x");

    static final List<String> HOSTILE_PATH_VALUES = List.of("-1", "0", "99999999999999999999", "1.5", "abc",
            "%00", "%0A", "..%2F..%2Fetc", "%ED%A0%80", "x".repeat(300), "%27%20OR%201%3D1--");

    static final List<String> HOSTILE_QUERY_VALUES = List.of("%00", "a%1Bb", "%C2%85", "%ED%A0%80", "-1",
            "99999999999999999999", "2.5", "+999999999-12-31", "x".repeat(3000), "%27%22%3C%3E", "passwordHash",
            "id,desc;drop", "");

    // escaped, so that a lone surrogate reaches the server as written instead of becoming "?" in UTF-8
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileRequests() {
    }

    /** {@code count} requests over all operations, the same for the same seed. */
    public static List<Request> generate(OpenApiOperations api, long seed, int count) {
        Random random = new Random(seed);
        List<OpenApiOperations.Operation> operations = api.all();
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(one(api, operations.get(random.nextInt(operations.size())), random));
        }
        return requests;
    }

    static Request one(OpenApiOperations api, OpenApiOperations.Operation op, Random random) {
        int target = random.nextInt(op.body() != null ? 4 : 2);
        String broken;
        String path = op.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (OpenApiOperations.Parameter p : op.parameters()) {
            if ("path".equals(p.in())) {
                path = path.replace("{" + p.name() + "}", target == 0
                        ? pick(random, HOSTILE_PATH_VALUES) : plausible(p.schema(), random));
            }
        }
        broken = target == 0 ? "path" : null;
        if (target == 1 || random.nextInt(4) == 0) {
            List<OpenApiOperations.Parameter> queryParams = op.parameters().stream()
                    .filter(p -> "query".equals(p.in())).toList();
            String name = queryParams.isEmpty() ? pick(random, List.of("sort", "page", "size", "q", "lang"))
                    : queryParams.get(random.nextInt(queryParams.size())).name();
            query.put(name, pick(random, HOSTILE_QUERY_VALUES));
            broken = broken == null ? "query " + name : broken;
        }
        String body = null;
        if (op.body() != null) {
            ObjectNode plausible = plausibleObject(api, op.body(), random);
            if (target >= 2) {
                broken = breakBody(api, op.body(), plausible, random);
                body = broken.equals("no body") ? null : broken.startsWith("not json")
                        ? "{\"unterminated\": [1, 2" : JSON.writeValueAsString(plausible);
            } else {
                body = JSON.writeValueAsString(plausible);
            }
        }
        StringBuilder uri = new StringBuilder(path);
        query.forEach((k, v) -> uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(v));
        return new Request(op.method(), uri.toString(), body, broken == null ? "nothing" : broken);
    }

    /** Replaces one property of the body with a hostile value for its type; returns what was broken. */
    static String breakBody(OpenApiOperations api, JsonNode schema, ObjectNode body, Random random) {
        List<String> names = new ArrayList<>();
        schema.path("properties").properties().forEach(e -> names.add(e.getKey()));
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "no body";
        }
        if (kind == 1) {
            return "not json";
        }
        if (kind == 2 || names.isEmpty()) {
            body.put("unknownField" + random.nextInt(100), "x");
            return "unknown field";
        }
        String name = pick(random, names);
        JsonNode property = api.resolve(schema.path("properties").path(name));
        String type = property.path("type").asString("");
        if (property.has("enum")) {
            switch (random.nextInt(3)) {
                case 0 -> body.put(name, random.nextInt(4));
                case 1 -> body.put(name, property.get("enum").get(0).asString().toLowerCase());
                default -> body.put(name, "NOT_A_VALUE");
            }
            return "enum " + name;
        }
        switch (type) {
            case "integer" -> {
                switch (random.nextInt(5)) {
                    case 0 -> body.put(name, 2.5);
                    case 1 -> body.put(name, "2");
                    case 2 -> body.put(name, Long.MAX_VALUE);
                    case 3 -> body.put(name, new java.math.BigInteger("99999999999999999999999"));
                    default -> body.put(name, -1);
                }
                return "integer " + name;
            }
            case "array" -> {
                ArrayNode many = NODES.arrayNode();
                boolean huge = random.nextBoolean();
                for (int i = 0; i < (huge ? 10_001 : 3); i++) {
                    many.add(huge ? "x" + i : pick(random, CONTROL_TEXTS));
                }
                body.set(name, many);
                return (huge ? "huge array " : "control texts in array ") + name;
            }
            case "boolean" -> {
                body.put(name, random.nextBoolean() ? "true" : "1");
                return "boolean " + name;
            }
            default -> {
                if ("date".equals(property.path("format").asString(""))) {
                    body.put(name, pick(random, List.of("+999999999-12-31", "-999999999-01-01", "1000-01-01",
                            "9999-12-31", "2025-02-30", "0000-00-00")));
                    return "date " + name;
                }
                switch (random.nextInt(4)) {
                    case 0 -> body.put(name, "x".repeat(100_000));
                    case 1 -> body.put(name, 12);
                    case 2 -> body.set(name, NODES.objectNode().put("nested", "x"));
                    default -> body.put(name, pick(random, CONTROL_TEXTS));
                }
                return "string " + name;
            }
        }
    }

    static ObjectNode plausibleObject(OpenApiOperations api, JsonNode schema, Random random) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").properties().forEach(e -> {
            JsonNode property = api.resolve(e.getValue());
            String type = property.path("type").asString("");
            if (property.has("enum")) {
                object.put(e.getKey(), property.get("enum").get(random.nextInt(property.get("enum").size())).asString());
            } else if ("integer".equals(type)) {
                object.put(e.getKey(), 1 + random.nextInt(3));
            } else if ("boolean".equals(type)) {
                object.put(e.getKey(), random.nextBoolean());
            } else if ("array".equals(type)) {
                object.set(e.getKey(), NODES.arrayNode());
            } else if ("object".equals(type)) {
                object.set(e.getKey(), NODES.objectNode());
            } else if ("date".equals(property.path("format").asString(""))) {
                object.put(e.getKey(), "2024-03-15");
            } else if ("string".equals(type)) {
                object.put(e.getKey(), "Giá trị thử " + random.nextInt(1000));
            }
        });
        return object;
    }

    static String plausible(JsonNode schema, Random random) {
        if (schema != null && schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return schema != null && "integer".equals(schema.path("type").asString("")) ? String.valueOf(1 + random.nextInt(50))
                : "x" + random.nextInt(50);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
