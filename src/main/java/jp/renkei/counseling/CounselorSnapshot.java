package jp.renkei.counseling;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.renkei.shared.HospitalId;

/**
 * The whole counselor directory as one node read it ({@link CounselorSnapshots}): every row as the booking page
 * shows it, with the leave the person entered at their other hospitals. Immutable; shared by all
 * requests of the node until the directory changes.
 */
record CounselorSnapshot(Map<Long, CounselorProfile> byId, Map<HospitalId, List<CounselorProfile>> byHospital) {

    /** The rows of a hospital in the order the directory lists them: by name. */
    private static final Comparator<CounselorProfile> BY_NAME = Comparator.comparing(CounselorProfile::displayName)
            .thenComparingLong(CounselorProfile::id);

    static CounselorSnapshot of(List<Counselor> rows) {
        Map<Long, List<Counselor>> rowsOfPerson = rows.stream().collect(Collectors.groupingBy(c -> c.user().value()));
        Map<Long, CounselorProfile> byId = rows.stream().collect(Collectors.toUnmodifiableMap(Counselor::id,
                row -> row.toProfile(PersonCalendar.leaveIn(rowsOfPerson.get(row.user().value())))));
        Map<HospitalId, List<CounselorProfile>> byHospital = byId.values().stream()
                .collect(Collectors.groupingBy(CounselorProfile::hospital, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted(BY_NAME).toList())));
        return new CounselorSnapshot(byId, Map.copyOf(byHospital));
    }

    /** The rows at these hospitals, hospital by hospital in the given order, each by name. */
    List<CounselorProfile> atHospitals(Collection<HospitalId> hospitals) {
        return hospitals.stream().flatMap(h -> byHospital.getOrDefault(h, List.of()).stream()).toList();
    }

    Optional<CounselorProfile> row(long counselorId) {
        return Optional.ofNullable(byId.get(counselorId));
    }

    /** The names of these rows, by row id (rows not in the directory are left out). */
    Map<Long, String> namesOf(Collection<Long> counselorIds) {
        return counselorIds.stream().map(byId::get).filter(Objects::nonNull)
                .collect(Collectors.toMap(CounselorProfile::id, CounselorProfile::displayName, (a, b) -> a));
    }
}
