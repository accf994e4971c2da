package jp.renkei.tenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.audit.AuditEvent;

/** The network's hospitals and partnerships: read by every signed-in user, changed by network admins only. */
@Service
@Validated
public class HospitalDirectory {

    private final HospitalRepository hospitals;
    private final PartnershipRepository partnerships;
    private final DirectorySnapshots snapshots;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HospitalDirectory(HospitalRepository hospitals, PartnershipRepository partnerships, DirectorySnapshots snapshots,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.hospitals = hospitals;
        this.partnerships = partnerships;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public HospitalSummary get(HospitalId id) {
        return required(snapshots.current(), id);
    }

    /** The hospitals of these ids that exist, in no particular order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HospitalSummary> getAll(Collection<HospitalId> ids) {
        DirectorySnapshot directory = snapshots.current();
        return ids.stream().distinct().map(directory::hospital).flatMap(Optional::stream).toList();
    }

    /**
     * Partners on the other side of every link: core/designated for a liaison hospital, and vice versa; core before
     * designated, then by code. Asked at most page visits (home, referrals, counseling).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnerLink> partnersOf(HospitalId hospital) {
        return snapshots.current().partnersOf(hospital);
    }

    /**
     * The hospital itself, then its partners in {@link #partnersOf} order: the hospitals whose counselors it may
     * book. Asked several times per booking.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HospitalSummary> withPartners(HospitalId hospital) {
        DirectorySnapshot directory = snapshots.current();
        List<HospitalSummary> reachable = new ArrayList<>();
        reachable.add(required(directory, hospital));
        directory.partnersOf(hospital).forEach(link -> reachable.add(link.hospital()));
        return reachable;
    }

    private static HospitalSummary required(DirectorySnapshot directory, HospitalId id) {
        return directory.hospital(id)
                .orElseThrow(() -> new NetworkAdministrationException("hospital.error.notFound"));
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<HospitalSummary> search(HospitalQuery query, int offset, int limit) {
        return hospitals.search(query.text(), query.tier(), PageRequest.of(offset / limit, limit)).stream()
                .map(Hospital::toSummary).toList();
    }

    /** Core and designated hospitals: the ones a liaison hospital can be linked to. */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<HospitalSummary> referralReceivers() {
        return hospitals.findByTierInOrderByCode(List.of(HospitalTier.CORE, HospitalTier.DESIGNATED)).stream()
                .map(Hospital::toSummary).toList();
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public long count(HospitalQuery query) {
        return hospitals.countSearch(query.text(), query.tier());
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Map<HospitalTier, Long> countByTier() {
        Map<HospitalTier, Long> counts = new EnumMap<>(HospitalTier.class);
        for (HospitalTier tier : HospitalTier.values()) {
            counts.put(tier, hospitals.countByTier(tier));
        }
        return counts;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public long countPartnerships() {
        return partnerships.count();
    }

    /** The whole network in roster order, each hospital with the partners on the other side of its links. */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<RosterEntry> roster() {
        Map<Long, HospitalSummary> byId = new LinkedHashMap<>();
        hospitals.findAllInRosterOrder().forEach(h -> byId.put(h.toSummary().id().value(), h.toSummary()));
        Map<Long, List<HospitalSummary>> partners = new HashMap<>();
        for (Partnership link : partnerships.findAll()) {
            partners.computeIfAbsent(link.liaison().value(), k -> new ArrayList<>()).add(byId.get(link.partner().value()));
            partners.computeIfAbsent(link.partner().value(), k -> new ArrayList<>()).add(byId.get(link.liaison().value()));
        }
        return byId.values().stream()
                .map(h -> new RosterEntry(h, partners.getOrDefault(h.id().value(), List.of())))
                .toList();
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public HospitalSummary register(@Valid HospitalForm form) {
        if (hospitals.existsByCode(form.code())) {
            throw new NetworkAdministrationException("hospital.error.codeTaken");
        }
        HospitalSummary saved = hospitals.save(new Hospital(form, clock.instant())).toSummary();
        audit("HOSPITAL_REGISTERED", saved.id(), form.code());
        return saved;
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public HospitalSummary update(HospitalId id, @Valid HospitalForm form) {
        Hospital hospital = hospitals.findById(id.value())
                .orElseThrow(() -> new NetworkAdministrationException("hospital.error.notFound"));
        if (hospitals.existsByCodeAndIdNot(form.code(), id.value())) {
            throw new NetworkAdministrationException("hospital.error.codeTaken");
        }
        if (hospital.tier() != form.tier() && !partnersOf(id).isEmpty()) {
            // A tier change would leave partnerships pointing the wrong way; unlink first.
            throw new NetworkAdministrationException("hospital.error.tierChangeWithPartners");
        }
        hospital.apply(form);
        audit("HOSPITAL_UPDATED", id, form.code());
        return hospital.toSummary();
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public void link(HospitalId liaison, HospitalId partner) {
        if (summary(liaison).tier() != HospitalTier.LIAISON || !summary(partner).tier().receivesReferrals()) {
            throw new NetworkAdministrationException("partnership.error.wrongTiers");
        }
        if (partnerships.findByLiaisonHospitalIdAndPartnerHospitalId(liaison.value(), partner.value()).isPresent()) {
            throw new NetworkAdministrationException("partnership.error.exists");
        }
        partnerships.save(new Partnership(liaison, partner, LocalDate.now(clock.withZone(JapanTime.ZONE)),
                clock.instant()));
        audit("PARTNERSHIP_LINKED", liaison, "partner:" + partner.value());
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public void unlink(HospitalId liaison, HospitalId partner) {
        Partnership link = partnerships.findByLiaisonHospitalIdAndPartnerHospitalId(liaison.value(), partner.value())
                .orElseThrow(() -> new NetworkAdministrationException("partnership.error.notFound"));
        partnerships.delete(link);
        audit("PARTNERSHIP_UNLINKED", liaison, "partner:" + partner.value());
    }

    private HospitalSummary summary(HospitalId id) {
        return hospitals.findById(id.value()).map(Hospital::toSummary)
                .orElseThrow(() -> new NetworkAdministrationException("hospital.error.notFound"));
    }

    private void audit(String action, HospitalId hospital, String detail) {
        SignedInUser actor = currentUser.require();
        events.publishEvent(AuditEvent.byUser(actor.id(), actor.displayName(), null, action,
                "hospital:" + hospital.value(), detail));
    }
}
