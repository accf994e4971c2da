/**
 * Delivers {@link jp.renkei.shared.notification.Notice}s: an in-app list with an unread count (the bell)
 * and email through SMTP. Listens after the publisher's commit; Spring Modulith's publication registry
 * keeps undelivered notices across a crash.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: audit", "shared :: i18n", "shared :: notification",
        "shared :: tenant", "shared :: ui", "shared :: live", "shared :: workflow",
        "identity" })
package jp.renkei.notification;
