package org.vocdesk.capa.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.vocdesk.platform.entity.BusinessException;

import java.util.ArrayList;
import java.util.List;

/**
 * A 5-Why chain: the problem, then each "why?" answered by the next cause; the last answer is the root
 * cause. Several chains per report, for the occurrence and for the escape.
 */
@Audited
@Entity
@Table(name = "capa_why_chain")
public class WhyChain {

    /** Five whys is the habit, not a law; more than ten is a chain that lost its way. */
    static final int MAX_WHYS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private EightDReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChainKind kind;

    @Column(nullable = false, length = 2000)
    private String problem;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "capa_why", joinColumns = @JoinColumn(name = "chain_id"))
    @OrderColumn(name = "seq")
    @Column(name = "answer", nullable = false, length = 2000)
    private List<String> whys = new ArrayList<>();

    protected WhyChain() {
    }

    WhyChain(EightDReport report, ChainKind kind, String problem, List<String> answers) {
        if (kind == null) {
            throw BusinessException.invalidField("kind", "capa.why.kindRequired");
        }
        List<String> given = answers == null ? List.of() : answers.stream().filter(a -> !Texts.blank(a)).map(String::strip).toList();
        if (given.isEmpty() || given.size() > MAX_WHYS) {
            throw BusinessException.invalidField("whys", "capa.why.count", MAX_WHYS);
        }
        this.report = report;
        this.kind = kind;
        this.problem = Texts.required(problem, "problem", "capa.why.problemRequired");
        this.whys.addAll(given);
    }

    /** The answer to the last why. */
    public String rootCause() {
        return whys.get(whys.size() - 1);
    }

    public Long getId() { return id; }

    public ChainKind getKind() { return kind; }

    public String getProblem() { return problem; }

    public List<String> getWhys() { return List.copyOf(whys); }
}
