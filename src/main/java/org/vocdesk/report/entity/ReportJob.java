package org.vocdesk.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A report made in the background for one user: queued, running (with progress in percent), done (the file, its size
 * and SHA-256) or failed (the reason). Only its owner sees it ("my reports").
 */
@Entity
@Table(name = "report_job")
public class ReportJob {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String owner;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(nullable = false, length = 40)
    private String kind;

    /** The report's parameters as a query string (what the caller gave, validated). */
    @Column(nullable = false, length = 4000)
    private String parameters;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "stored_as", length = 300)
    private String storedAs;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Column(length = 1000)
    private String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The last time the node that queued or runs the job said it still has it. */
    @Column(name = "alive_at", nullable = false)
    private Instant aliveAt;

    @Version
    private long version;

    protected ReportJob() {
    }

    public ReportJob(String owner, String ownerName, String kind, String parameters, String language, Instant createdAt) {
        this.owner = owner;
        this.ownerName = ownerName;
        this.kind = kind;
        this.parameters = parameters;
        this.language = language;
        this.createdAt = createdAt;
        this.aliveAt = createdAt;
        this.status = Status.QUEUED;
    }

    /** False when the job was failed meanwhile (left behind, timed out): then it is not run. */
    public boolean start(Instant now) {
        if (status != Status.QUEUED) {
            return false;
        }
        status = Status.RUNNING;
        startedAt = now;
        aliveAt = now;
        return true;
    }

    /** Progress only moves forward and stays below 100 until the file is there. */
    public void progress(int percent) {
        if (status == Status.RUNNING) {
            progress = Math.max(progress, Math.min(99, Math.max(0, percent)));
        }
    }

    /** False when the job was failed meanwhile (timed out): its late file is not kept. */
    public boolean finish(String fileName, String contentType, String storedAs, long size, String sha256, Instant now) {
        if (status != Status.RUNNING) {
            return false;
        }
        this.fileName = fileName;
        this.contentType = contentType;
        this.storedAs = storedAs;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.progress = 100;
        this.status = Status.DONE;
        this.finishedAt = now;
        this.aliveAt = now;
        return true;
    }

    public void fail(String reason, Instant now) {
        if (isFinished()) {
            return;
        }
        this.error = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        this.status = Status.FAILED;
        this.finishedAt = now;
        this.aliveAt = now;
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public Long getId() { return id; }

    public String getOwner() { return owner; }

    public String getOwnerName() { return ownerName; }

    public String getKind() { return kind; }

    public String getParameters() { return parameters; }

    public String getLanguage() { return language; }

    public Status getStatus() { return status; }

    public int getProgress() { return progress; }

    public String getFileName() { return fileName; }

    public String getContentType() { return contentType; }

    public String getStoredAs() { return storedAs; }

    public Long getSizeBytes() { return sizeBytes; }

    public String getSha256() { return sha256; }

    public String getError() { return error; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getStartedAt() { return startedAt; }

    public Instant getFinishedAt() { return finishedAt; }

    public Instant getAliveAt() { return aliveAt; }
}
