package jp.renkei.insight.ui;

/** The page's translations, handed to what draws charts and writes the CSV so they speak the page's language. */
@FunctionalInterface
interface Texts {

    String get(String key, Object... arguments);
}
