package jp.renkei.referral.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;

import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.shared.ui.CappedUpload;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.UploadTexts;

/** The file picker for a referral's attachments, in the reader's language; the server inspects every file. */
final class AttachmentUpload {

    private AttachmentUpload() {
    }

    /** {@code onFile} runs in the UI's session lock with the file's name and bytes. */
    static Upload create(Component owner, BiConsumer<String, byte[]> onFile) {
        Upload upload = new Upload(new CappedUpload(AttachmentInspector.MAX_BYTES, onFile,
                () -> Notifications.error(owner.getTranslation("attachment.error.tooLarge",
                        AttachmentInspector.MAX_BYTES / (1024 * 1024)))));
        upload.setId("attachment-upload");
        upload.setI18n(UploadTexts.of(owner, AttachmentInspector.MAX_BYTES / (1024 * 1024)));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) AttachmentInspector.MAX_BYTES);
        upload.setDropLabel(new Span(owner.getTranslation("attachment.dropHere")));
        upload.addFileRejectedListener(e -> Notifications.error(owner.getTranslation(
                "attachment.error.rejectedByBrowser", AttachmentInspector.MAX_BYTES / (1024 * 1024))));
        return upload;
    }
}
