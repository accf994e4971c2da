/**
 * Free text as people type it, checked where it is stored: the services call {@link jp.renkei.shared.text.FreeText}
 * whatever the browser did or did not limit.
 */
@org.springframework.modulith.NamedInterface("text")
package jp.renkei.shared.text;
