package ru.ciss.lms.platform.database;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.List;

/** Small lists stored as one JSON column: level descriptions, answer options. Read with the rows that own them. */
public final class JsonList {

    private static final Jsonb JSON = JsonbBuilder.create();

    public static String write(List<?> values) {
        return JSON.toJson(values);
    }

    public static <T> List<T> read(String json, Type listType) {
        return json == null || json.isBlank() ? List.of() : JSON.fromJson(json, listType);
    }

    private JsonList() {
    }
}
