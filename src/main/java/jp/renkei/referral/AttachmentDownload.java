package jp.renkei.referral;

/** An attachment's bytes with what a browser needs to save them. */
public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
