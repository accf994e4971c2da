package jp.renkei.shared.ui;

/**
 * One figure on the home page, contributed by a module.
 *
 * @param labelKey message-bundle key of the label
 * @param value    the real, current count
 * @param route    where a click leads, or {@code null}
 */
public record HomeFigure(String labelKey, long value, String route) {
}
