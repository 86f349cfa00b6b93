package org.vocdesk.survey.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.customer.entity.Customer;
import org.vocdesk.platform.entity.BusinessException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's invitation to a campaign and, in the same row, their response: answers can be saved and resumed
 * until submitted, once. The token in the personal link is random and unguessable; it works until it expires
 * or the response is submitted. Staff may enter answers received on paper or by phone (also after expiry).
 * The token is kept as issued (not hashed) because reminders repeat the same link; it grants nothing but
 * answering this one questionnaire.
 */
@Audited
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private SurveyCampaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.ISSUED;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_mode", length = 20)
    private ResponseMode responseMode;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    @Column(precision = 5, scale = 2)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Satisfaction band;

    @Column(name = "suggestion_given")
    private Boolean suggestionGiven;

    @Column(name = "suggestion_text", length = SurveyAnswer.TEXT_MAX)
    private String suggestionText;

    @OneToMany(mappedBy = "invitation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SurveyAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected SurveyInvitation() {
    }

    public SurveyInvitation(SurveyCampaign campaign, Customer customer, SurveyTemplate template, String token, String language,
                            Instant now) {
        this.campaign = Objects.requireNonNull(campaign);
        this.customer = Objects.requireNonNull(customer);
        this.template = Objects.requireNonNull(template);
        this.token = Objects.requireNonNull(token);
        this.language = language == null ? "zh-CN" : language;
        this.email = customer.getEmail() == null || customer.getEmail().isBlank() ? null : customer.getEmail();
        this.issuedAt = now;
        this.expiresAt = campaign.getRespondBy();
    }

    /** Refuses a link that can no longer be answered: already submitted, or past its expiry. */
    public void checkAnswerableByLink(Instant now) {
        if (status == InvitationStatus.SUBMITTED) {
            throw BusinessException.conflict("survey.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw BusinessException.forbidden("survey.token.expired");
        }
    }

    /** Saves answers given so far (replacing those of the same questions); nothing is scored yet. */
    public void saveAnswers(List<AnswerInput> given) {
        if (status == InvitationStatus.SUBMITTED) {
            throw BusinessException.conflict("survey.token.used");
        }
        for (AnswerInput input : given == null ? List.<AnswerInput>of() : given) {
            SurveyQuestion question = template.question(input.questionId());
            if (question == null) {
                throw BusinessException.invalid("survey.answer.unknownQuestion", input.questionId());
            }
            AnswerRules.check(question, input);
            answer(question).set(input.rating(), input.choice(), AnswerRules.text(input.text()));
        }
    }

    /**
     * Submits the response once every rated item and the closing suggestion question are answered; returns
     * true when it needs an improvement action (under "satisfied", or an item rated not satisfied).
     */
    public boolean submit(ResponseMode mode, String enteredBy, ScoreBands bands, Instant now) {
        if (status == InvitationStatus.SUBMITTED) {
            throw BusinessException.conflict("survey.token.used");
        }
        List<Scoring.Rated> rated = new ArrayList<>();
        for (SurveyQuestion q : template.getQuestions()) {
            SurveyAnswer a = existing(q);
            AnswerRules.checkComplete(q, a == null ? null : a.input());
            if (q.getKind() == QuestionKind.RATING) {
                rated.add(new Scoring.Rated(q.getWeight(), a.getRating()));
            } else if (q.getKind() == QuestionKind.SUGGESTION) {
                suggestionGiven = a.getChoice() == 1;
                suggestionText = suggestionGiven ? a.getText() : null;
            }
        }
        score = Scoring.score(rated);
        band = bands.bandOf(score);
        status = InvitationStatus.SUBMITTED;
        responseMode = Objects.requireNonNull(mode);
        this.enteredBy = enteredBy;
        submittedAt = now;
        return bands.needsFollowUp(score, rated.stream().anyMatch(r -> r.level() == Satisfaction.NOT_SATISFIED));
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    /** The items rated not satisfied, for the reason of the improvement action. */
    public List<SurveyQuestion> notSatisfiedItems() {
        return answers.stream().filter(a -> a.getRating() == Satisfaction.NOT_SATISFIED).map(SurveyAnswer::getQuestion).toList();
    }

    private SurveyAnswer existing(SurveyQuestion question) {
        return answers.stream().filter(a -> a.getQuestion() == question).findFirst().orElse(null);
    }

    private SurveyAnswer answer(SurveyQuestion question) {
        SurveyAnswer found = existing(question);
        if (found == null) {
            found = new SurveyAnswer(this, question);
            answers.add(found);
        }
        return found;
    }

    public Long getId() { return id; }

    public SurveyCampaign getCampaign() { return campaign; }

    public Customer getCustomer() { return customer; }

    public SurveyTemplate getTemplate() { return template; }

    public String getToken() { return token; }

    public String getLanguage() { return language; }

    public String getEmail() { return email; }

    public InvitationStatus getStatus() { return status; }

    public ResponseMode getResponseMode() { return responseMode; }

    public Instant getIssuedAt() { return issuedAt; }

    public Instant getExpiresAt() { return expiresAt; }

    public Instant getRemindedAt() { return remindedAt; }

    public Instant getSubmittedAt() { return submittedAt; }

    public String getEnteredBy() { return enteredBy; }

    public BigDecimal getScore() { return score; }

    public Satisfaction getBand() { return band; }

    public Boolean getSuggestionGiven() { return suggestionGiven; }

    public String getSuggestionText() { return suggestionText; }

    public List<SurveyAnswer> getAnswers() { return List.copyOf(answers); }

    public long getVersion() { return version; }
}
