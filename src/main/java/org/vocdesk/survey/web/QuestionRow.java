package org.vocdesk.survey.web;

import org.vocdesk.survey.entity.QuestionData;
import org.vocdesk.survey.entity.QuestionKind;

import java.io.Serializable;

/** One question while it is edited on the page (a mutable bean: EL binds inputs to setters, not to records). */
public class QuestionRow implements Serializable {

    private QuestionKind kind = QuestionKind.RATING;
    private String textZh;
    private String textEn;
    private Integer weight = 10;
    private String optionsZh;
    private String optionsEn;

    public static QuestionRow of(QuestionData q) {
        QuestionRow row = new QuestionRow();
        row.kind = q.kind();
        row.textZh = q.textZh();
        row.textEn = q.textEn();
        row.weight = q.weight();
        row.optionsZh = q.optionsZh();
        row.optionsEn = q.optionsEn();
        return row;
    }

    /** Options are typed one per line and stored separated by "|"; weight only counts for rating scales. */
    public QuestionData data() {
        return new QuestionData(kind, textZh, textEn, kind == QuestionKind.RATING && weight != null ? weight : 0,
                kind == QuestionKind.CHOICE ? joined(optionsZh) : null, kind == QuestionKind.CHOICE ? joined(optionsEn) : null);
    }

    private static String joined(String lines) {
        return lines == null ? null : String.join("|", lines.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    public QuestionKind getKind() { return kind; }

    public void setKind(QuestionKind kind) { this.kind = kind; }

    public String getTextZh() { return textZh; }

    public void setTextZh(String textZh) { this.textZh = textZh; }

    public String getTextEn() { return textEn; }

    public void setTextEn(String textEn) { this.textEn = textEn; }

    public Integer getWeight() { return weight; }

    public void setWeight(Integer weight) { this.weight = weight; }

    public String getOptionsZh() { return optionsZh == null ? null : optionsZh.replace("|", "\n"); }

    public void setOptionsZh(String optionsZh) { this.optionsZh = optionsZh; }

    public String getOptionsEn() { return optionsEn == null ? null : optionsEn.replace("|", "\n"); }

    public void setOptionsEn(String optionsEn) { this.optionsEn = optionsEn; }
}
