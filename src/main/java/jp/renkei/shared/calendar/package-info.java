/**
 * Japanese public holidays and the hospitals' business calendar (year-end closure).
 */
@org.springframework.modulith.NamedInterface("calendar")
package jp.renkei.shared.calendar;
