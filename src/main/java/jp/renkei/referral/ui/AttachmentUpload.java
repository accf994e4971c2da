package jp.renkei.referral.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.UploadTexts;

/** The file picker for a referral's attachments, in the reader's language; the server inspects every file. */
final class AttachmentUpload {

    private AttachmentUpload() {
    }

    /** {@code onFile} runs in the UI's session lock with the file's name and bytes. */
    static Upload create(Component owner, BiConsumer<String, byte[]> onFile) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> owner.getUI().ifPresent(ui -> ui.access(
                () -> onFile.accept(metadata.fileName(), data)))));
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
