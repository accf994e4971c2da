package jp.renkei.shared.ui;

import java.util.List;

/**
 * Lets a module put its figures on the home page without the shell importing the module. Implementations
 * return only what the signed-in user may see (usually nothing for other roles).
 */
public interface HomeFigureContributor {

    List<HomeFigure> figuresForCurrentUser();

    /** Lower first. */
    default int order() {
        return 100;
    }
}
