/**
 * Expert panels (エキスパートパネル): panels and their members, the membership rules in force on the day (data
 * with effective dates and cited sources), case assignment, asynchronous review and the panel report. Built
 * on the referral workflow's events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package jp.renkei.expertpanel;
