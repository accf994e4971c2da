package jp.renkei.ccat.ledger;

/** A ledger download: its bytes, the file name and the media type. */
public record LedgerFile(byte[] content, String fileName, String mediaType) {
}
