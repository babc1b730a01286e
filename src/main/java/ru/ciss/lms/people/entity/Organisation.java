package ru.ciss.lms.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.io.Serializable;
import ru.ciss.lms.people.OrganisationKind;

/**
 * A trainee's or mentor's employer. An entity of its own, not a text field, because mentor allocation must know
 * when two people work at the same place.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_NAME, query = "SELECT o FROM Organisation o WHERE o.name = :name")
public class Organisation implements Serializable {

    public static final String BY_NAME = "Organisation.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }
}
