package jp.renkei.expertpanel;

import java.time.LocalDate;

import jp.renkei.referral.Sex;

/**
 * What a coordinator enters to open a case for the hospital's own patient: the hospital's patient ID, name (kanji,
 * kana), birth date, sex, OncoTree code, a short clinical summary, the specimen's collection day (optional) and the
 * attending physician.
 */
public record NewOwnPatientCase(String hospitalPatientId, String nameKanji, String nameKana, LocalDate birthDate,
        Sex sex, String cancerTypeCode, String clinicalSummary, LocalDate specimenCollectedOn,
        String attendingPhysician) {

    NewOwnPatientCase withCancerTypeCode(String code) {
        return new NewOwnPatientCase(hospitalPatientId, nameKanji, nameKana, birthDate, sex, code, clinicalSummary,
                specimenCollectedOn, attendingPhysician);
    }
}
