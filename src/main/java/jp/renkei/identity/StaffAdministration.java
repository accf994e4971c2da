package jp.renkei.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jp.renkei.identity.internal.Membership;
import jp.renkei.identity.internal.SecondFactorStore;
import jp.renkei.identity.internal.MembershipRepository;
import jp.renkei.identity.internal.UserAccount;
import jp.renkei.identity.internal.UserAccountRepository;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.tenant.HospitalContext;

/**
 * A hospital admin manages the people of their own hospital. Memberships are not tenant-filtered (login
 * reads them before a hospital is chosen), so every method here pins itself to the admin's active hospital.
 */
@Service
@Validated
public class StaffAdministration {

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final HospitalContext hospital;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;
    private final SecondFactorStore secondFactors;
    private final AccountSettings accountSettings;

    StaffAdministration(UserAccountRepository accounts, MembershipRepository memberships, HospitalContext hospital,
            CurrentUser currentUser, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
            PasswordPolicy passwordPolicy, SecondFactorStore secondFactors, AccountSettings accountSettings) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.hospital = hospital;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
        this.secondFactors = secondFactors;
        this.accountSettings = accountSettings;
    }

    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> members(int offset, int limit) {
        long hospitalId = hospital.require().value();
        return withRoles(hospitalId,
                memberships.findUserIdsByHospitalId(hospitalId, PageRequest.of(offset / limit, limit)));
    }

    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public long countMembers() {
        return memberships.countUsersByHospitalId(hospital.require().value());
    }

    /**
     * The people of this hospital whose accounts nobody has used for {@link AccountSettings#unusedAfter()}, disabled
     * ones included: candidates for disabling (MHLW checklist, 使用していないアカウント).
     */
    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> unusedMembers(int offset, int limit) {
        long hospitalId = hospital.require().value();
        return withRoles(hospitalId, memberships.findUnusedUserIdsByHospitalId(hospitalId, unusedCutoff(),
                PageRequest.of(offset / limit, limit)));
    }

    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional(readOnly = true)
    public long countUnusedMembers() {
        return memberships.countUnusedUsersByHospitalId(hospital.require().value(), unusedCutoff());
    }

    private Instant unusedCutoff() {
        return clock.instant().minus(accountSettings.unusedAfter());
    }

    private List<StaffMember> withRoles(long hospitalId, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Membership>> byUser = new LinkedHashMap<>();
        memberships.findByHospitalIdAndUserIdIn(hospitalId, userIds)
                .forEach(m -> byUser.computeIfAbsent(m.getUser().getId(), k -> new ArrayList<>()).add(m));
        return byUser.values().stream()
                .map(this::toStaffMember)
                .sorted(Comparator.comparing(StaffMember::username))
                .toList();
    }

    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional
    public StaffMember addMember(@Valid NewStaffMember request) {
        HospitalId here = hospital.require();
        requireAssignable(request.role());
        if (accounts.existsByUsername(request.username())) {
            throw new StaffAdministrationException("staff.error.usernameTaken");
        }
        passwordPolicy.problemWith(request.initialPassword()).ifPresent(problem -> {
            throw new StaffAdministrationException(problem);
        });
        Instant now = clock.instant();
        UserAccount account = new UserAccount(request.username(), request.displayName().strip(),
                blankToNull(request.email()), passwordEncoder.encode(request.initialPassword()), now);
        account.requirePasswordChange();
        accounts.save(account);
        Membership membership = memberships.save(new Membership(account, here, request.role(), now));
        audit(here, "STAFF_ADDED", account, request.role().name());
        return toStaffMember(List.of(membership));
    }

    /** Replaces the person's roles at this hospital in one step: all of the change or none of it. */
    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional
    public void setRoles(UserId user, Set<Role> roles) {
        HospitalId here = hospital.require();
        if (roles.isEmpty()) {
            throw new StaffAdministrationException("staff.error.atLeastOneRole");
        }
        roles.forEach(StaffAdministration::requireAssignable);
        UserAccount account = memberOfThisHospital(user, here);
        boolean self = account.getId().equals(currentUser.require().id().value());
        if (self && !roles.contains(Role.HOSPITAL_ADMIN)) {
            throw new StaffAdministrationException("staff.error.cannotRevokeOwnAdmin");
        }
        List<Membership> held = memberships.findByHospitalIdAndUserIdIn(here.value(), List.of(account.getId()));
        Set<Role> current = EnumSet.noneOf(Role.class);
        for (Membership membership : held) {
            current.add(membership.getRole());
            if (!roles.contains(membership.getRole())) {
                memberships.delete(membership);
                audit(here, "ROLE_REVOKED", account, membership.getRole().name());
            }
        }
        Instant now = clock.instant();
        for (Role role : roles) {
            if (!current.contains(role)) {
                memberships.save(new Membership(account, here, role, now));
                audit(here, "ROLE_GRANTED", account, role.name());
            }
        }
    }

    /**
     * Lets a person sign in again, or stops them: a disabled account cannot sign in, and its open sessions end
     * at their next request. The account is network-wide, so this holds at every hospital the person works at.
     */
    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional
    public void setEnabled(UserId user, boolean enabled) {
        HospitalId here = hospital.require();
        UserAccount account = memberOfThisHospital(user, here);
        if (!enabled && account.getId().equals(currentUser.require().id().value())) {
            throw new StaffAdministrationException("staff.error.cannotDisableSelf");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit(here, enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", account, null);
        }
    }

    /**
     * For a person who lost their phone (and recovery codes): forgets their authenticator app, recovery codes and
     * passkeys and ends their open sessions; they enrol again at their next sign-in. Own hospital's staff only, and
     * not oneself (one's own app is replaced on the account security page, after proving the current one).
     */
    @PreAuthorize("hasRole('HOSPITAL_ADMIN')")
    @Transactional
    public void resetSecondFactor(UserId user) {
        HospitalId here = hospital.require();
        resetSecondFactor(here, memberOfThisHospital(user, here));
    }

    /** The same for anyone in the network, for the network admin (e.g. a hospital admin who lost their phone). */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public void resetSecondFactorOfAnyone(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new StaffAdministrationException("staff.error.noSuchUser"));
        resetSecondFactor(currentUser.require().activeHospital(), account);
    }

    private void resetSecondFactor(HospitalId here, UserAccount account) {
        if (account.getId().equals(currentUser.require().id().value())) {
            throw new StaffAdministrationException("staff.error.cannotResetOwnSecondFactor");
        }
        secondFactors.reset(account.getId());
        audit(here, "SECOND_FACTOR_RESET", account, null);
    }

    private UserAccount memberOfThisHospital(UserId user, HospitalId here) {
        List<Membership> held = memberships.findByHospitalIdAndUserIdIn(here.value(), List.of(user.value()));
        if (held.isEmpty()) {
            // Same answer whether the person does not exist or works elsewhere: no probing across hospitals.
            throw new StaffAdministrationException("staff.error.notFound");
        }
        return held.getFirst().getUser();
    }

    private static void requireAssignable(Role role) {
        if (!role.isHospitalBound()) {
            throw new StaffAdministrationException("staff.error.roleNotAssignable");
        }
    }

    private void audit(HospitalId here, String action, UserAccount subject, String detail) {
        SignedInUser actor = currentUser.require();
        events.publishEvent(AuditEvent.byUser(actor.id(), actor.displayName(), here, action,
                "user:" + subject.getUsername(), detail));
    }

    private StaffMember toStaffMember(List<Membership> held) {
        UserAccount account = held.getFirst().getUser();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        held.forEach(m -> roles.add(m.getRole()));
        return new StaffMember(UserId.of(account.getId()), account.getUsername(), account.getDisplayName(),
                account.getEmail(), roles, account.isEnabled(), account.getLastSignedInAt(),
                account.isUnusedSince(unusedCutoff()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
