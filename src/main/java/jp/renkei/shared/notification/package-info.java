/**
 * The notice any module publishes for the bell and email; the notification module delivers it.
 */
@org.springframework.modulith.NamedInterface("notification")
package jp.renkei.shared.notification;
