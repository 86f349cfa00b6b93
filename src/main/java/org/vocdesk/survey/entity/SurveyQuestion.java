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

import java.util.List;
import java.util.Locale;

/** One question of a questionnaire version; never changed once its version is locked. */
@Audited
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "text_zh", nullable = false, length = 500)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(nullable = false)
    private int weight;

    @Column(name = "options_zh", length = 1000)
    private String optionsZh;

    @Column(name = "options_en", length = 1000)
    private String optionsEn;

    protected SurveyQuestion() {
    }

    SurveyQuestion(SurveyTemplate template, int position, QuestionData data) {
        this.template = template;
        this.position = position;
        rewrite(data);
    }

    void rewrite(QuestionData data) {
        data.check(position);
        this.kind = data.kind();
        this.textZh = data.textZh().strip();
        this.textEn = data.textEn().strip();
        this.weight = data.weight();
        this.optionsZh = data.kind() == QuestionKind.CHOICE ? data.optionsZh() : null;
        this.optionsEn = data.kind() == QuestionKind.CHOICE ? data.optionsEn() : null;
    }

    public QuestionData data() {
        return new QuestionData(kind, textZh, textEn, weight, optionsZh, optionsEn);
    }

    public String text(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? textZh : textEn;
    }

    public List<String> options(Locale locale) {
        return QuestionData.options("zh".equals(locale.getLanguage()) ? optionsZh : optionsEn);
    }

    public Long getId() { return id; }

    public SurveyTemplate getTemplate() { return template; }

    public int getPosition() { return position; }

    public QuestionKind getKind() { return kind; }

    public String getTextZh() { return textZh; }

    public String getTextEn() { return textEn; }

    public int getWeight() { return weight; }
}
