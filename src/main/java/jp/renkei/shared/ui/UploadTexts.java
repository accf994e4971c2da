package jp.renkei.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The file picker's own words ("Upload Files…", "Drop files here", errors) in the reader's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** {@code maxMegabytes} is named in the message shown when the browser refuses a file. */
    public static UploadI18N of(Component owner, long maxMegabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("attachment.choose"))
                .setMany(owner.getTranslation("attachment.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("attachment.dropHere"))
                .setMany(owner.getTranslation("attachment.dropHere")));
        String rejected = owner.getTranslation("attachment.error.rejectedByBrowser", maxMegabytes);
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
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
