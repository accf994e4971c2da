/**
 * Message bundles (Japanese first, English) and the user's language choice.
 */
@org.springframework.modulith.NamedInterface("i18n")
package jp.renkei.shared.i18n;
