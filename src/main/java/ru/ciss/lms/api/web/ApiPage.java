package ru.ciss.lms.api.web;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the cursor of the next page (null on the last page). */
@Schema(description = "Страница списка / one page of a list")
public record ApiPage<T>(
        @Schema(description = "Элементы страницы / the page's items") List<T> items,
        @JsonbNillable @Schema(description = "Курсор следующей страницы, или null на последней / the next page's cursor, "
                + "or null on the last") String next) {
}
