package jp.renkei.expertpanel;

/** An issued panel report as downloaded: the file name to offer and the PDF exactly as issued. */
public record PanelReportFile(String fileName, byte[] pdf) {
}
