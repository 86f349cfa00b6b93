package org.vocdesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.vocdesk.audit.control.AuditRevisionListener;

import java.time.Instant;

/**
 * One transaction's changes: Envers writes this row with the rows of every audited record it changed. The chain
 * columns stay empty until the sealer links the revision into the hash chain (see {@code ChainSealer}).
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    /** Milliseconds since the epoch: a number hashes the same on every database and time zone. */
    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private long revisedAt;

    @Column(nullable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "client_address", length = 100)
    private String clientAddress;

    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(length = 64)
    private String hash;

    public void recordOrigin(String username, Channel channel, String clientAddress) {
        this.username = username == null || username.isBlank() ? "system" : cut(username, 60);
        this.channel = channel == null ? Channel.SYSTEM : channel;
        this.clientAddress = clientAddress == null ? null : cut(clientAddress, 100);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getRevisedAt() {
        return Instant.ofEpochMilli(revisedAt);
    }

    public String getUsername() {
        return username;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
