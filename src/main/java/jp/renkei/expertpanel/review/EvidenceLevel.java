package jp.renkei.expertpanel.review;

/**
 * Evidence levels of the three-society guidance (JSCO/JSMO/JCA): A approved or in guidelines for this cancer
 * type, B strong evidence for this cancer type, C approved elsewhere or small trials, D case reports, E
 * preclinical, R predicts resistance. Always stored with its {@link LevelSystem}: C-CAT uses letters of its own.
 */
public enum EvidenceLevel {
    A, B, C, D, E, R
}
