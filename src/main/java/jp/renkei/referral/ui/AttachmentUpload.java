package jp.renkei.referral.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.shared.ui.CappedUpload;
import jp.renkei.shared.ui.Notifications;

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
        upload.setI18n(texts(owner));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setMaxFileSize((int) AttachmentInspector.MAX_BYTES);
        upload.setDropLabel(new Span(owner.getTranslation("attachment.dropHere")));
        upload.addFileRejectedListener(e -> Notifications.error(owner.getTranslation(
                "attachment.error.rejectedByBrowser", AttachmentInspector.MAX_BYTES / (1024 * 1024))));
        return upload;
    }

    private static UploadI18N texts(Component owner) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("attachment.choose"))
                .setMany(owner.getTranslation("attachment.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("attachment.dropHere"))
                .setMany(owner.getTranslation("attachment.dropHere")));
        String rejected = owner.getTranslation("attachment.error.rejectedByBrowser", 20);
        i18n.setError(new UploadI18N.Error().setTooManyFiles(rejected).setFileIsTooBig(rejected)
                .setIncorrectFileType(rejected));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setProcessing("…").setHeld("…")
                        .setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("error.unexpected"))
                        .setUnexpectedServerError(owner.getTranslation("error.unexpected"))
                        .setForbidden(owner.getTranslation("error.accessDenied.message"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
