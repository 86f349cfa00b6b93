package org.vocdesk.survey.entity;

import org.hibernate.envers.Audited;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vocdesk.platform.entity.BusinessException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One version (revision) of the questionnaire of a project type. Locked when a campaign using it goes live,
 * so every response of a campaign answered the same questions and campaigns stay comparable; a change after
 * that is made on {@link #nextRevision}.
 */
@Audited
@Entity
@Table(name = "survey_template")
public class SurveyTemplate {

    public static final int PROJECT_TYPE_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_type", nullable = false, length = PROJECT_TYPE_MAX)
    private String projectType;

    @Column(nullable = false)
    private int revision;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "intro_zh", nullable = false, length = 2000)
    private String introZh;

    @Column(name = "intro_en", nullable = false, length = 2000)
    private String introEn;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected SurveyTemplate() {
    }

    public SurveyTemplate(String projectType, int revision, String nameZh, String nameEn, String introZh, String introEn,
                          List<QuestionData> questions, Instant now) {
        if (projectType == null || !projectType.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw BusinessException.invalidField("projectType", "survey.template.projectTypeInvalid");
        }
        if (blank(nameZh) || blank(nameEn)) {
            throw BusinessException.invalidField("name", "survey.template.nameRequired");
        }
        this.projectType = projectType;
        this.revision = revision;
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn.strip();
        this.introZh = introZh == null ? "" : introZh.strip();
        this.introEn = introEn == null ? "" : introEn.strip();
        this.createdAt = Objects.requireNonNull(now);
        replaceQuestions(questions);
    }

    /** Changes the questions of a version no campaign has used live yet. */
    public final void replaceQuestions(List<QuestionData> wanted) {
        if (locked) {
            throw BusinessException.conflict("survey.template.locked", projectType, revision);
        }
        if (wanted == null || wanted.stream().noneMatch(q -> q != null && q.kind() == QuestionKind.RATING)) {
            throw BusinessException.invalid("survey.template.noRating");
        }
        if (wanted.stream().filter(q -> q != null && q.kind() == QuestionKind.SUGGESTION).count() != 1) {
            throw BusinessException.invalid("survey.template.oneSuggestion");
        }
        for (int i = 0; i < wanted.size(); i++) {
            wanted.get(i).check(i + 1);
        }
        // rows are rewritten in place: Hibernate inserts before it deletes, so replacing them would clash on (template, position)
        for (int i = 0; i < wanted.size(); i++) {
            if (i < questions.size()) {
                questions.get(i).rewrite(wanted.get(i));
            } else {
                questions.add(new SurveyQuestion(this, i + 1, wanted.get(i)));
            }
        }
        while (questions.size() > wanted.size()) {
            questions.remove(questions.size() - 1);
        }
    }

    /** A live campaign uses this version: from now on it cannot change. */
    public void lock() {
        locked = true;
    }

    /** A new, unlocked version with the same content, to be edited instead of this one. */
    public SurveyTemplate nextRevision(int newRevision, Instant now) {
        return new SurveyTemplate(projectType, newRevision, nameZh, nameEn, introZh, introEn,
                questions.stream().map(SurveyQuestion::data).toList(), now);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String intro(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? introZh : introEn;
    }

    public SurveyQuestion question(long questionId) {
        return questions.stream().filter(q -> q.getId() != null && q.getId() == questionId).findFirst().orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() { return id; }

    public String getProjectType() { return projectType; }

    public int getRevision() { return revision; }

    public String getNameZh() { return nameZh; }

    public String getNameEn() { return nameEn; }

    public boolean isLocked() { return locked; }

    public Instant getCreatedAt() { return createdAt; }

    public List<SurveyQuestion> getQuestions() { return List.copyOf(questions); }

    public long getVersion() { return version; }
}
