package org.vocdesk.identity.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

@Audited
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private AppUser manager;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String name) {
        rename(code, name);
    }

    public final void rename(String code, String name) {
        if (code == null || code.isBlank() || code.length() > 30) {
            throw BusinessException.invalidField("code", "identity.department.codeInvalid");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw BusinessException.invalidField("name", "identity.department.nameInvalid");
        }
        this.code = code.strip();
        this.name = name.strip();
    }

    public void appointManager(AppUser manager) {
        this.manager = manager;
    }

    public Long id() { return id; }

    public String code() { return code; }

    public String name() { return name; }

    public AppUser manager() { return manager; }

    public Long getId() { return id; }

    public String getCode() { return code; }

    public String getName() { return name; }

    public AppUser getManager() { return manager; }
}
