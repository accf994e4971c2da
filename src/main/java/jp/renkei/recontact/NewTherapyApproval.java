package jp.renkei.recontact;

import java.time.LocalDate;

/**
 * What the network admin enters: {@code alteration} is an alteration as reports write it (p.G12C), a variant class
 * (fusion, amplification) or blank for any; {@code cancerTypeCode} an OncoTree code or blank for every cancer type.
 */
public record NewTherapyApproval(String gene, String alteration, String cancerTypeCode, String drug,
        LocalDate approvedOn, String source) {
}
