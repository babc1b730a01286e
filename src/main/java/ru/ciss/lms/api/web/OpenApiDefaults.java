package ru.ciss.lms.api.web;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Takes out of the OpenAPI document what Payara writes for every {@code @Schema} annotation whether set or not: the
 * annotation's defaults ({@code maxProperties: 0}, {@code examples: [""]}, {@code readOnly: false}, …). Left in, they
 * would describe every object as having no properties at all, which {@code ApiContractIT} caught. Registered in
 * microprofile-config.properties (mp.openapi.filter).
 *
 * <p>It also writes what Payara leaves out: a property that may be null ({@code @Schema(nullable = true)} is
 * ignored) is marked with the extension {@link #NULLABLE} and gets the type "null" beside its own, as OpenAPI 3.1
 * says it.
 *
 * <p>And it adds to every operation the answers of the door in front of them all ({@link ApiAuthenticationFilter}):
 * 401 and 429, and 403 to every operation that changes something, so no resource has to repeat them.
 */
public class OpenApiDefaults implements OASFilter {

    /** The mark of a property that may be null; replaced here by the type "null". */
    public static final String NULLABLE = "x-lms-nullable";

    private static final Integer ZERO = 0;
    private static final Set<PathItem.HttpMethod> READING = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public PathItem filterPathItem(PathItem path) {
        path.getOperations().forEach((method, operation) -> {
            door(operation, "401", "Нет ключа, или он не действует / no token, or it does not work");
            door(operation, "429", "Слишком много запросов; см. Retry-After / too many requests; see Retry-After");
            if (!READING.contains(method)) {
                door(operation, "403", "Ключ только для чтения / a read-only token");
            }
        });
        return path;
    }

    private static void door(org.eclipse.microprofile.openapi.models.Operation operation, String status,
            String description) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(status)) {
            APIResponse answer = OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))));
            operation.getResponses().addAPIResponse(status, answer);
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (ZERO.equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (ZERO.equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (ZERO.equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (ZERO.equals(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (List.of("").equals(schema.getExamples())) {
            schema.setExamples(null);
        }
        if (schema.getExtensions() != null && schema.getExtensions().containsKey(NULLABLE)) {
            schema.removeExtension(NULLABLE);
            if (schema.getEnumeration() != null) {
                // One of the values, or null: an enumeration cannot hold null in this model, so two choices.
                List<Object> values = List.copyOf(schema.getEnumeration());
                List<Schema.SchemaType> types = schema.getType();
                schema.setEnumeration(null);
                schema.setType(null);
                schema.addAnyOf(OASFactory.createSchema().type(types).enumeration(values));
                schema.addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            } else if (schema.getType() != null && !schema.getType().isEmpty()
                    && !schema.getType().contains(Schema.SchemaType.NULL)) {
                schema.addType(Schema.SchemaType.NULL);
            }
        }
        return schema;
    }
}
