/**
 * Remote genetic counseling (遠隔遺伝カウンセリング): counselors publish availability, clinicians and
 * coordinators book video sessions that never double-book a counselor, invitations and reminders go out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: demo", "shared :: audit", "shared :: calendar", "shared :: i18n",
        "shared :: notification", "shared :: tenant", "shared :: ui", "shared :: workflow", "shared :: text", "shared :: live",
        "shared :: snapshot",
        "identity", "tenancy", "referral", "expertpanel" })
package jp.renkei.counseling;
