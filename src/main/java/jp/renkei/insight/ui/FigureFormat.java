package jp.renkei.insight.ui;

import java.text.DecimalFormat;

import jp.renkei.insight.Distribution;
import jp.renkei.insight.TreatmentAccess;

/** How a number reads on the page and in the CSV: days with at most one decimal, percent with one. */
final class FigureFormat {

    private FigureFormat() {
    }

    static String days(Double value) {
        return value == null ? "" : new DecimalFormat("0.#").format(value);
    }

    static String percent(Double value) {
        return value == null ? "" : new DecimalFormat("0.0").format(value);
    }

    /** The patients behind a cell, or why there is no figure. */
    static String patients(Distribution d, Texts texts) {
        return d.suppressed() ? texts.get("insight.suppressed") : String.valueOf(d.patients());
    }

    static String cases(TreatmentAccess a, Texts texts) {
        return a.suppressed() ? texts.get("insight.suppressed") : String.valueOf(a.cases());
    }
}
