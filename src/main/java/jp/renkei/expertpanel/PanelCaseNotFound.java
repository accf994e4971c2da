package jp.renkei.expertpanel;

import jp.renkei.shared.workflow.NotFound;

/** The case does not exist or neither of its two hospitals is the viewer's (deliberately the same answer). */
public class PanelCaseNotFound extends NotFound {

    public PanelCaseNotFound(long id) {
        super("panel_case:" + id);
    }
}
