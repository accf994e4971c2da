package jp.renkei.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.HospitalId;

/**
 * Rows of hospital A never reach hospital B, whatever the read path, and a code path without a hospital is
 * refused. Demo hospitals: 1 = 東都大学 (core), 5 = 相模野 (liaison, user "liaison"), 6 = 房総 (liaison,
 * user "liaison2"), 3 = 青葉台 (designated).
 */
@RenkeiIntegrationTest
class TenantIsolationIT {

    private static final HospitalId CORE = HospitalId.of(1);
    private static final HospitalId DESIGNATED = HospitalId.of(3);
    private static final HospitalId SAGAMINO = HospitalId.of(5);
    private static final HospitalId BOSO = HospitalId.of(6);

    @Autowired
    IsolationProbeRepository probes;
    @Autowired
    SharedIsolationProbeRepository sharedProbes;
    @Autowired
    HospitalScopes scopes;
    @Autowired
    SignIn signIn;

    private String run;
    private IsolationProbe sagaminoRow;
    private IsolationProbe bosoRow;

    @BeforeEach
    void seedTwoHospitals() {
        run = UUID.randomUUID().toString().substring(0, 8);
        sagaminoRow = scopes.callAs(SAGAMINO, "test seed", () -> probes.save(new IsolationProbe(SAGAMINO, run + "-A")));
        bosoRow = scopes.callAs(BOSO, "test seed", () -> probes.save(new IsolationProbe(BOSO, run + "-B")));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void everyReadUnderOneHospitalMissesTheOtherHospitalsRows() {
        signIn.as("liaison");

        assertThat(probes.findAll()).extracting(IsolationProbe::getLabel)
                .contains(run + "-A").doesNotContain(run + "-B");
        assertThat(probes.findByLabelStartingWith(run)).extracting(IsolationProbe::getLabel).containsExactly(run + "-A");
        assertThat(probes.findById(bosoRow.getId())).as("load by the other hospital's id").isEmpty();
        assertThat(probes.existsById(bosoRow.getId())).isFalse();
        assertThat(probes.findAllById(List.of(sagaminoRow.getId(), bosoRow.getId())))
                .extracting(IsolationProbe::getId).containsExactly(sagaminoRow.getId());
        assertThat(probes.findByIds(List.of(bosoRow.getId()))).isEmpty();
        assertThat(probes.findById(sagaminoRow.getId())).isPresent();
    }

    @Test
    void theOtherHospitalSeesOnlyItsOwnRowsToo() {
        signIn.as("liaison2");

        assertThat(probes.findByLabelStartingWith(run)).extracting(IsolationProbe::getLabel).containsExactly(run + "-B");
        assertThat(probes.findById(sagaminoRow.getId())).isEmpty();
    }

    @Test
    void aSharedRecordIsSeenByBothItsHospitalsAndNoThird() {
        SharedIsolationProbe referral = scopes.callAs(SAGAMINO, "test seed",
                () -> sharedProbes.save(new SharedIsolationProbe(SAGAMINO, CORE, run + "-referral")));

        assertThat(labelsSeenBy(SAGAMINO)).containsExactly(run + "-referral");
        assertThat(labelsSeenBy(CORE)).containsExactly(run + "-referral");
        assertThat(labelsSeenBy(BOSO)).isEmpty();
        assertThat(labelsSeenBy(DESIGNATED)).isEmpty();
        assertThat(scopes.callAs(BOSO, "test", () -> sharedProbes.findById(referral.getId()))).isEmpty();
        assertThat(scopes.callAs(CORE, "test", () -> sharedProbes.findById(referral.getId()))).isPresent();
    }

    @Test
    void withoutAHospitalInScopeHospitalDataIsRefused() {
        assertThatThrownBy(() -> probes.findAll()).satisfies(TenantIsolationIT::causedByMissingHospital);
        assertThatThrownBy(() -> probes.findById(sagaminoRow.getId()))
                .satisfies(TenantIsolationIT::causedByMissingHospital);
        assertThatThrownBy(() -> sharedProbes.count()).satisfies(TenantIsolationIT::causedByMissingHospital);
    }

    @Test
    void theNetworkAdminHasNoHospitalAndSoNoHospitalData() {
        signIn.as("network-admin");

        assertThatThrownBy(() -> probes.findAll()).satisfies(TenantIsolationIT::causedByMissingHospital);
    }

    @Test
    void writingARowForAnotherHospitalIsRefused() {
        signIn.as("liaison");

        assertThatThrownBy(() -> probes.save(new IsolationProbe(BOSO, run + "-smuggled")))
                .satisfies(e -> assertThat(causes(e)).anyMatch(HospitalScopeViolation.class::isInstance));
        scopes.runAs(BOSO, "test check", () ->
                assertThat(probes.findByLabelStartingWith(run + "-smuggled")).isEmpty());
    }

    private List<String> labelsSeenBy(HospitalId hospital) {
        return scopes.callAs(hospital, "test read",
                () -> sharedProbes.findByLabelStartingWith(run).stream().map(SharedIsolationProbe::getLabel).toList());
    }

    private static void causedByMissingHospital(Throwable error) {
        assertThat(causes(error)).anyMatch(NoHospitalInScopeException.class::isInstance);
    }

    private static List<Throwable> causes(Throwable error) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
