package org.vocdesk.survey.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The answer to one question of one response. */
@Audited
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id")
    private SurveyInvitation invitation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private SurveyQuestion question;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Satisfaction rating;

    @Column
    private Integer choice;

    @Column(name = "text_value", length = TEXT_MAX)
    private String text;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyInvitation invitation, SurveyQuestion question) {
        this.invitation = invitation;
        this.question = question;
    }

    void set(Satisfaction rating, Integer choice, String text) {
        this.rating = rating;
        this.choice = choice;
        this.text = text;
    }

    public AnswerInput input() {
        return new AnswerInput(question.getId(), rating, choice, text);
    }

    public Long getId() { return id; }

    public SurveyQuestion getQuestion() { return question; }

    public Satisfaction getRating() { return rating; }

    public Integer getChoice() { return choice; }

    public String getText() { return text; }
}
