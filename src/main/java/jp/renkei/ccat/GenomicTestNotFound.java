package jp.renkei.ccat;

import jp.renkei.shared.workflow.NotFound;

/** The test does not exist or neither of its two hospitals is the viewer's (deliberately the same answer). */
public class GenomicTestNotFound extends NotFound {

    public GenomicTestNotFound(long id) {
        super("ccat_test:" + id);
    }
}
