package ru.ciss.lms.people.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import java.io.Serializable;
import java.util.Locale;
import org.eclipse.persistence.config.QueryHints;

/** One of the Omsk region's 32 municipal districts, or the city of Omsk. Reference data: read-only, cached. */
@Entity
@Cacheable
@Table(name = "district")
// The list itself is cached too, not only each district: every people list and person form asked the database for
// the same 33 rows (issue #25). Districts change only by a migration, which comes with a restart.
@NamedQuery(name = District.ALL, query = "SELECT d FROM District d ORDER BY d.kind DESC, d.nameRu",
        hints = @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = "true"))
public class District implements Serializable {

    public static final String ALL = "District.all";

    public enum Kind { MUNICIPAL_DISTRICT, CITY }

    @Id
    private Integer id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "name_ru", nullable = false, updatable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    protected District() {
    }

    public Integer getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof District other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return District.class.hashCode();
    }
}
