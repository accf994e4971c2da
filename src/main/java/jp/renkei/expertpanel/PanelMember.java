package jp.renkei.expertpanel;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.renkei.expertpanel.composition.PanelParticipant;
import jp.renkei.expertpanel.composition.PanelRole;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.tenant.HospitalOwnedEntity;

/** A person on a panel's roster, with the categories (ア)–(キ) they qualify for and the facts the rules ask about. */
@Entity
@Table(name = "expert_panel_member")
class PanelMember extends HospitalOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false, updatable = false)
    private Long panelId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    // a short comma-separated list ("A,C") rather than a join table: it is only ever read with the member
    @Column(nullable = false)
    private String roles;

    private String specialty;

    @Column(name = "full_time", nullable = false)
    private boolean fullTime;

    @Column(name = "pediatric_experience", nullable = false)
    private boolean pediatricExperience;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PanelMember() {
    }

    PanelMember(HospitalId hospital, long panelId, NewPanelMember member, Instant now) {
        super(hospital);
        this.panelId = panelId;
        this.userId = member.userId();
        this.displayName = member.name().strip();
        this.roles = member.roles().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.specialty = member.specialty() == null || member.specialty().isBlank() ? null : member.specialty().strip();
        this.fullTime = member.fullTime();
        this.pediatricExperience = member.pediatricExperience();
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    /** The member's portal account, {@code null} for people without one. */
    Long userId() {
        return userId;
    }

    long panelId() {
        return panelId;
    }

    Set<PanelRole> roles() {
        Set<PanelRole> set = EnumSet.noneOf(PanelRole.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(PanelRole::valueOf).forEach(set::add);
        return set;
    }

    PanelParticipant asParticipant() {
        return new PanelParticipant(displayName, roles(), specialty, fullTime, pediatricExperience, false);
    }

    PanelMemberDetails toDetails() {
        return new PanelMemberDetails(id, userId, displayName, roles(), specialty, fullTime, pediatricExperience);
    }
}
