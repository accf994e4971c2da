package jp.renkei.expertpanel;

/** A downloaded case attachment: the stored safe name, the type its content proved to be, and the bytes. */
public record CaseAttachmentFile(String fileName, String mimeType, byte[] content) {
}
