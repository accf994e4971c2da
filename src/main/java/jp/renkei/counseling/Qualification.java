package jp.renkei.counseling;

/** 認定遺伝カウンセラー or 臨床遺伝専門医. */
public enum Qualification {
    CERTIFIED_GENETIC_COUNSELOR,
    CLINICAL_GENETICIST
}
