package jp.renkei.shared.report;

public class ReportRenderingException extends RuntimeException {

    public ReportRenderingException(String message) {
        super(message);
    }

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
