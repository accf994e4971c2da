package jp.renkei.expertpanel;

import java.util.List;

/** A case's files and whether the viewer may attach more (the panel's hospital's coordinators and members). */
public record CaseAttachments(List<CaseAttachment> files, boolean canAttach) {

    public CaseAttachments {
        files = List.copyOf(files);
    }
}
