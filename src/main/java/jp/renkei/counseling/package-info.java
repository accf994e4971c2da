/**
 * Remote genetic counseling (遠隔遺伝カウンセリング): counselors publish availability, clinicians and
 * coordinators book video sessions that never double-book a counselor, invitations and reminders go out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "tenancy", "referral" })
package jp.renkei.counseling;
