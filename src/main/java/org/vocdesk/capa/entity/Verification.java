package org.vocdesk.capa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One effectiveness verification of a CAPA round: the verdict, why, who and when. */
@Embeddable
public class Verification {

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(nullable = false)
    private boolean effective;

    @Column(nullable = false, length = 4000)
    private String verdict;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Column(name = "verified_by", nullable = false, length = 60)
    private String verifiedBy;

    protected Verification() {
    }

    Verification(int round, boolean effective, String verdict, Instant verifiedAt, String verifiedBy) {
        this.round = round;
        this.effective = effective;
        this.verdict = verdict;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
    }

    public int getRound() { return round; }

    public boolean isEffective() { return effective; }

    public String getVerdict() { return verdict; }

    public Instant getVerifiedAt() { return verifiedAt; }

    public String getVerifiedBy() { return verifiedBy; }
}
