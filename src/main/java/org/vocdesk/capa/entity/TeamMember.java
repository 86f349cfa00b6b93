package org.vocdesk.capa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the 8D team (D1): who, in which function, and whether they lead it. */
@Embeddable
public class TeamMember {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "team_role", nullable = false, length = 120)
    private String teamRole;

    @Column(nullable = false)
    private boolean leader;

    protected TeamMember() {
    }

    public TeamMember(String name, String teamRole, boolean leader) {
        this.name = Texts.required(name, "name", "capa.team.nameRequired");
        this.teamRole = Texts.required(teamRole, "teamRole", "capa.team.roleRequired");
        this.leader = leader;
    }

    public String getName() { return name; }

    public String getTeamRole() { return teamRole; }

    public boolean isLeader() { return leader; }
}
