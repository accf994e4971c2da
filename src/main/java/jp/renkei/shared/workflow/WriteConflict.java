package jp.renkei.shared.workflow;

/**
 * The database refused a write twice in a row because another write touched the same records at the same moment:
 * nothing was saved, and trying again a moment later will do.
 */
public class WriteConflict extends Refused {

    public WriteConflict(String what) {
        super("error.writeConflict", what);
    }
}
