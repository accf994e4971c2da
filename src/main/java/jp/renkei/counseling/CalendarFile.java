package jp.renkei.counseling;

/** A booking's .ics as a download: named and typed in one place (the writer), the same as the mailed one. */
public record CalendarFile(String fileName, String mediaType, byte[] content) {
}
