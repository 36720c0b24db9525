package vn.theodoi.inspections.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of the team (thành viên đoàn), by username; one of them heads it (trưởng đoàn). */
@Embeddable
public class TeamMember {

    @Column(name = "username", nullable = false)
    String username;
    @Column(name = "is_head", nullable = false)
    boolean head;

    protected TeamMember() {
    }

    TeamMember(String username, boolean head) {
        this.username = username;
        this.head = head;
    }

    public String username() { return username; }
    public boolean head() { return head; }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamMember m && m.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
