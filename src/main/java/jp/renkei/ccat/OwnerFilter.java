package jp.renkei.ccat;

/** Whose steps the worklist shows. */
public enum OwnerFilter {

    MINE("ccat.worklist.owner.mine"),
    UNASSIGNED("ccat.worklist.owner.unassigned"),
    ALL("ccat.worklist.owner.all");

    private final String messageKey;

    OwnerFilter(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
