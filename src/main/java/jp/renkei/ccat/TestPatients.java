package jp.renkei.ccat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.referral.ReferralId;
import jp.renkei.referral.ReferralService;
import jp.renkei.referral.ReferredPatient;

/**
 * Who the patients of a list of tests are, for the documents that name them (ledger, billing list): asked of the
 * referral module in one audited read, or as the test names the hospital's own patient. The callers audit the
 * document itself with the number of patients.
 */
@Component
public class TestPatients {

    private static final ReferredPatient UNKNOWN = new ReferredPatient("", "");

    private final ReferralService referrals;

    TestPatients(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** The patient of each test, keyed by test id; a patient this hospital may not see reads as blank. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, ReferredPatient> of(List<TestRecord> tests) {
        List<ReferralId> referred = tests.stream().map(TestRecord::referralId).filter(Objects::nonNull)
                .map(ReferralId::new).distinct().toList();
        Map<Long, ReferredPatient> byReferral = referred.isEmpty() ? Map.of()
                : referrals.patientsFor(referred).entrySet().stream()
                        .collect(Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue));
        return tests.stream().collect(Collectors.toMap(TestRecord::id, test -> test.referralId() != null
                ? byReferral.getOrDefault(test.referralId(), UNKNOWN)
                : new ReferredPatient(Objects.requireNonNullElse(test.ownPatientId(), ""),
                        Objects.requireNonNullElse(test.ownPatientName(), ""))));
    }
}
