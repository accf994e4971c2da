package jp.renkei.recontact;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded approval. {@link #ANY} stands for "any alteration" and "every cancer type". */
public record TherapyApproval(long id, String gene, String alteration, String cancerTypeCode, String drug,
        LocalDate approvedOn, String source, String recordedBy, Instant recordedAt) {

    public static final String ANY = "*";

    public boolean anyAlteration() {
        return ANY.equals(alteration);
    }

    public boolean everyCancerType() {
        return ANY.equals(cancerTypeCode);
    }
}
