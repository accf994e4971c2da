package jp.renkei.referral;

/** The patient of a referral as another workflow needs them: the referring hospital's patient ID and name. */
public record ReferredPatient(String hospitalPatientId, String nameKanji) {
}
