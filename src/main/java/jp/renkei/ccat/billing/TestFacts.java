package jp.renkei.ccat.billing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What is known about one genomic test, as far as billing cares. Dates are {@code null} while the thing has not
 * happened. Build with {@link #profiling()} or {@link #companionDiagnosticFirst(int)} and the {@code with...}
 * methods.
 *
 * @param companionDiagnosticPointsBilled the D004-2 points already billed for this test (0 when none)
 * @param registrationConsentRefused      the patient refused registration with C-CAT, so B011-5 needs no submission
 * @param claimed                         the items the billing office has claimed (D004-2 is told by its points)
 */
public record TestFacts(TestPurpose purpose, LocalDate specimenSubmittedOn, int companionDiagnosticPointsBilled,
        LocalDate panelHeldOn, LocalDate explainedInWritingOn, LocalDate ccatSubmittedOn,
        boolean registrationConsentRefused, LocalDate transferredOrDiedOn, Set<BillingItem> claimed) {

    public TestFacts {
        Objects.requireNonNull(purpose, "purpose");
        if (companionDiagnosticPointsBilled < 0) {
            throw new IllegalArgumentException("companion-diagnostic points cannot be negative: "
                    + companionDiagnosticPointsBilled);
        }
        if (companionDiagnosticPointsBilled > 0 && purpose != TestPurpose.COMPANION_DIAGNOSTIC_FIRST) {
            throw new IllegalArgumentException("companion-diagnostic points billed for a test run for profiling");
        }
        if (panelHeldOn != null && explainedInWritingOn != null && explainedInWritingOn.isBefore(panelHeldOn)) {
            throw new IllegalArgumentException("the result was explained on " + explainedInWritingOn
                    + ", before the panel held on " + panelHeldOn);
        }
        claimed = claimed == null || claimed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(claimed));
        if (claimed.contains(BillingItem.D004_2)) {
            throw new IllegalArgumentException("D004-2 is claimed by recording its points, not by a mark");
        }
    }

    public static TestFacts profiling() {
        return new TestFacts(TestPurpose.PROFILING, null, 0, null, null, null, false, null, Set.of());
    }

    public static TestFacts companionDiagnosticFirst(int pointsBilled) {
        return new TestFacts(TestPurpose.COMPANION_DIAGNOSTIC_FIRST, null, pointsBilled, null, null, null, false,
                null, Set.of());
    }

    public TestFacts withSpecimenSubmittedOn(LocalDate day) {
        return new TestFacts(purpose, day, companionDiagnosticPointsBilled, panelHeldOn, explainedInWritingOn,
                ccatSubmittedOn, registrationConsentRefused, transferredOrDiedOn, claimed);
    }

    public TestFacts withPanelHeldOn(LocalDate day) {
        return new TestFacts(purpose, specimenSubmittedOn, companionDiagnosticPointsBilled, day, explainedInWritingOn,
                ccatSubmittedOn, registrationConsentRefused, transferredOrDiedOn, claimed);
    }

    public TestFacts withExplainedInWritingOn(LocalDate day) {
        return new TestFacts(purpose, specimenSubmittedOn, companionDiagnosticPointsBilled, panelHeldOn, day,
                ccatSubmittedOn, registrationConsentRefused, transferredOrDiedOn, claimed);
    }

    public TestFacts withCcatSubmittedOn(LocalDate day) {
        return new TestFacts(purpose, specimenSubmittedOn, companionDiagnosticPointsBilled, panelHeldOn,
                explainedInWritingOn, day, registrationConsentRefused, transferredOrDiedOn, claimed);
    }

    public TestFacts withRegistrationConsentRefused() {
        return new TestFacts(purpose, specimenSubmittedOn, companionDiagnosticPointsBilled, panelHeldOn,
                explainedInWritingOn, ccatSubmittedOn, true, transferredOrDiedOn, claimed);
    }

    public TestFacts withTransferredOrDiedOn(LocalDate day) {
        return new TestFacts(purpose, specimenSubmittedOn, companionDiagnosticPointsBilled, panelHeldOn,
                explainedInWritingOn, ccatSubmittedOn, registrationConsentRefused, day, claimed);
    }

    public TestFacts withClaimed(BillingItem item) {
        Set<BillingItem> items = EnumSet.of(item);
        items.addAll(claimed);
        return new TestFacts(purpose, specimenSubmittedOn, companionDiagnosticPointsBilled, panelHeldOn,
                explainedInWritingOn, ccatSubmittedOn, registrationConsentRefused, transferredOrDiedOn, items);
    }
}
