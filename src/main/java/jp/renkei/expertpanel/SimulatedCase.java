package jp.renkei.expertpanel;

import java.time.Instant;

import jp.renkei.expertpanel.simulation.Saving;
import jp.renkei.expertpanel.simulation.SkipVerdict;

/** One of the hospital's panel cases under the proposal; {@code saving} only when it would have skipped. */
public record SimulatedCase(long caseId, String referralNumber, String cancerTypeCode, Instant acceptedAt,
        SkipVerdict verdict, Saving saving) {
}
