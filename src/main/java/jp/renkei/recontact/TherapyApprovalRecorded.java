package jp.renkei.recontact;

import java.time.Instant;

/** An approval was saved (again, perhaps): past cases are matched against it after commit. */
public record TherapyApprovalRecorded(long approvalId, Instant occurredAt) {
}
