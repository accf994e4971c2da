package jp.renkei.referral;

/** What the referring clinician asks the partner hospital for (one or more). */
public enum RequestedService {
    CGP_TEST,
    GENETIC_COUNSELING,
    EXPERT_PANEL
}
