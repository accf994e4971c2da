package jp.renkei.shared.ui;

import java.util.List;

/**
 * Lets a module link its page about a referral or a panel case (the C-CAT test of either) from that record's page,
 * without the record's module importing it. Implementations return only pages the signed-in user may open.
 */
public interface RelatedPages {

    /** The kind of record whose page shows the links. */
    enum Of { REFERRAL, PANEL_CASE }

    List<RelatedPage> about(Of kind, long id);
}
