package jp.renkei.tenancy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.renkei.shared.HospitalId;

/**
 * The network's hospitals and partnerships as one immutable picture, taken whole (a few hundred hospitals, a few
 * thousand links) and shared by every request of this node until the tables change ({@link DirectorySnapshots}).
 * Each hospital's partners are kept in the order pages show them: core before designated before liaison, then code.
 */
record DirectorySnapshot(Map<HospitalId, HospitalSummary> hospitals, Map<HospitalId, List<PartnerLink>> partners) {

    static DirectorySnapshot of(List<Hospital> hospitalRows, List<Partnership> links) {
        Map<HospitalId, HospitalSummary> byId = new HashMap<>();
        hospitalRows.stream().map(Hospital::toSummary).forEach(h -> byId.put(h.id(), h));
        Map<HospitalId, List<PartnerLink>> partners = new HashMap<>();
        for (Partnership link : links) {
            addPartner(partners, byId, link.liaison(), link.partner(), link);
            addPartner(partners, byId, link.partner(), link.liaison(), link);
        }
        Comparator<PartnerLink> pageOrder = Comparator.comparing((PartnerLink l) -> l.hospital().tier())
                .thenComparing(l -> l.hospital().code());
        partners.replaceAll((hospital, list) -> list.stream().sorted(pageOrder).toList());
        return new DirectorySnapshot(Map.copyOf(byId), Map.copyOf(partners));
    }

    private static void addPartner(Map<HospitalId, List<PartnerLink>> partners, Map<HospitalId, HospitalSummary> byId,
            HospitalId side, HospitalId other, Partnership link) {
        HospitalSummary otherHospital = byId.get(other); // the foreign key guarantees it; a torn read would not
        if (otherHospital != null) {
            partners.computeIfAbsent(side, k -> new ArrayList<>()).add(new PartnerLink(otherHospital, link.since()));
        }
    }

    Optional<HospitalSummary> hospital(HospitalId id) {
        return Optional.ofNullable(hospitals.get(id));
    }

    List<PartnerLink> partnersOf(HospitalId hospital) {
        return partners.getOrDefault(hospital, List.of());
    }
}
