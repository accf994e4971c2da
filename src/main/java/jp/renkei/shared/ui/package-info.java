/**
 * Small UI contracts and helpers: home figures, unread count, notifications, form validation messages.
 */
@org.springframework.modulith.NamedInterface("ui")
package jp.renkei.shared.ui;
