package ru.ciss.lms.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Takes out of the OpenAPI document what Payara writes for every {@code @Schema} annotation whether set or not: the
 * annotation's defaults ({@code maxProperties: 0}, {@code examples: [""]}, {@code readOnly: false}, …). Left in, they
 * would describe every object as having no properties at all, which {@code ApiContractIT} caught. Registered in
 * microprofile-config.properties (mp.openapi.filter).
 *
 * <p>It also writes what Payara leaves out: a property that may be null ({@code @Schema(nullable = true)} is
 * ignored) is marked with the extension {@link #NULLABLE} and gets the type "null" beside its own, as OpenAPI 3.1
 * says it.
 */
public class OpenApiDefaults implements OASFilter {

    /** The mark of a property that may be null; replaced here by the type "null". */
    public static final String NULLABLE = "x-lms-nullable";

    private static final Integer ZERO = 0;

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
            if (schema.getType() != null && !schema.getType().isEmpty()
                    && !schema.getType().contains(Schema.SchemaType.NULL)) {
                schema.addType(Schema.SchemaType.NULL);
            }
        }
        return schema;
    }
}
