package jp.renkei.expertpanel.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a part of the case page last showed. A live refresh redraws the part only when its data changed: redrawing
 * replaces buttons (a click landing on a replaced one is lost) and resets choices the person was making.
 */
final class LatestShown<T> {

    private final Consumer<T> show;
    private T shown;

    LatestShown(Consumer<T> show) {
        this.show = show;
    }

    void show(T fresh) {
        shown = fresh;
        show.accept(fresh);
    }

    /** What was shown last; null before the first showing. */
    T latest() {
        return shown;
    }

    void showIfChanged(T fresh) {
        if (!Objects.equals(fresh, shown)) {
            show(fresh);
        }
    }
}
