package jp.renkei.expertpanel.review;

/** Which grading a stored evidence level belongs to, so levels of another system are never read as these. */
public enum LevelSystem {
    /** 次世代シークエンサー等を用いた遺伝子パネル検査に基づくがん診療ガイダンス (JSCO/JSMO/JCA), edition 2.1, 2019. */
    JSCO_JSMO_JCA_2019
}
