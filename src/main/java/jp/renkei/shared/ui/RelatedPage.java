package jp.renkei.shared.ui;

/** A page of another module about the same record: its link text (a bundle key) and its route. */
public record RelatedPage(String labelKey, String route) {
}
