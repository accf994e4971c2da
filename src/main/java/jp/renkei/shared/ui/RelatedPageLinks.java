package jp.renkei.shared.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The links on a record's page to other modules' pages about it; the record's id is the route's {@code :id}.
 * A page adds it in one line: {@code add(RelatedPageLinks.create(RelatedPages.Of.REFERRAL))}.
 */
public class RelatedPageLinks extends HorizontalLayout implements BeforeEnterObserver {

    private final List<RelatedPages> sources;
    private RelatedPages.Of kind;

    RelatedPageLinks(List<RelatedPages> sources) {
        this.sources = sources;
        setId("related-pages");
        setPadding(false);
        setVisible(false);
    }

    /** Built by the application's instantiator, which hands it every module's {@link RelatedPages}. */
    public static RelatedPageLinks create(RelatedPages.Of kind) {
        RelatedPageLinks links = Instantiator.get(UI.getCurrent()).createComponent(RelatedPageLinks.class);
        links.kind = kind;
        return links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().getLong("id").ifPresent(id -> sources.stream()
                .flatMap(source -> source.about(kind, id).stream())
                .forEach(page -> add(routerLink(page.route(), getTranslation(page.labelKey())))));
        setVisible(getComponentCount() > 0);
    }

    /** A link through the application's router: leaving the page runs its before-leave steps (drafts save there). */
    public static Anchor routerLink(String route, String text) {
        Anchor anchor = new Anchor(route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
