package org.percorsi.organisation.domain;

import org.percorsi.organisation.ScopeKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A territorial scope; scopes nest to any depth (city → district → neighbourhood). */
@Table("scope")
public class Scope {

    @Id
    private Long id;

    private Long parentId;
    private String name;
    private ScopeKind kind;
    private int position;

    Scope() {}

    public Scope(Long parentId, String name, ScopeKind kind, int position) {
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
        this.position = position;
    }

    public void update(Long parentId, String name, ScopeKind kind) {
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public ScopeKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }
}
