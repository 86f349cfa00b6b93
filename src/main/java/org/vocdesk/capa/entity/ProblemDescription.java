package org.vocdesk.capa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The problem described by 5W2H (D2): what, why it matters, when, where, who found it, how, how many. */
@Embeddable
public class ProblemDescription {

    @Column(name = "problem_what", length = 2000)
    private String what;

    @Column(name = "problem_why", length = 2000)
    private String why;

    @Column(name = "problem_when", length = 2000)
    private String when;

    @Column(name = "problem_where", length = 2000)
    private String where;

    @Column(name = "problem_who", length = 2000)
    private String who;

    @Column(name = "problem_how", length = 2000)
    private String how;

    @Column(name = "problem_how_many", length = 2000)
    private String howMany;

    protected ProblemDescription() {
    }

    public ProblemDescription(String what, String why, String when, String where, String who, String how, String howMany) {
        this.what = Texts.trimmed(what);
        this.why = Texts.trimmed(why);
        this.when = Texts.trimmed(when);
        this.where = Texts.trimmed(where);
        this.who = Texts.trimmed(who);
        this.how = Texts.trimmed(how);
        this.howMany = Texts.trimmed(howMany);
    }

    /** All seven questions answered. */
    public boolean isComplete() {
        return what != null && why != null && when != null && where != null && who != null && how != null && howMany != null;
    }

    public String getWhat() { return what; }

    public String getWhy() { return why; }

    public String getWhen() { return when; }

    public String getWhere() { return where; }

    public String getWho() { return who; }

    public String getHow() { return how; }

    public String getHowMany() { return howMany; }
}
