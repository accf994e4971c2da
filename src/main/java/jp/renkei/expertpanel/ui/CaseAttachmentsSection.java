package jp.renkei.expertpanel.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jp.renkei.expertpanel.CaseAttachmentFile;
import jp.renkei.expertpanel.CaseAttachmentKind;
import jp.renkei.expertpanel.CaseAttachments;
import jp.renkei.expertpanel.PanelCaseAttachmentService;
import jp.renkei.referral.attachment.AttachmentInspector;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.i18n.MessageBundleI18NProvider;
import jp.renkei.shared.ui.CappedUpload;
import jp.renkei.shared.ui.DateFields;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.ui.PlainTable;
import jp.renkei.shared.ui.UploadTexts;
import jp.renkei.shared.workflow.Refused;

/**
 * On the case page: the lab report and the C-CAT findings report as PDFs, with the day each was received. The
 * panel's hospital attaches them; both hospitals download them (each download audited). The note says the C-CAT
 * report is for clinicians only.
 */
class CaseAttachmentsSection extends Composite<VerticalLayout> {

    private final PanelCaseAttachmentService service;
    private final Clock clock;
    private final Locale locale = MessageBundleI18NProvider.supported(getLocale());
    /**
     * The files as one plain table whose links all go to one download handler, the file's id in the query: a grid
     * with a link component and a handler of its own per file stayed in memory with every open case page.
     */
    final PlainTable files = new PlainTable("case-attachment-files");
    /** The handler's address; registered while the section is on the page. */
    private final String downloadAddress;
    /** The panel hospital's attaching, shown to those who may attach and built when they open it. */
    final BuiltOnOpen form = new BuiltOnOpen(getTranslation("panel.attachment.open"), "open-attach",
            this::buildForm);
    Select<CaseAttachmentKind> kind;
    DatePicker receivedOn;
    Upload upload;
    private final LatestShown<CaseAttachments> shown = new LatestShown<>(this::show);
    private long caseId;

    CaseAttachmentsSection(PanelCaseAttachmentService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        setId("case-attachments");
        getElement().setAttribute("data-download", DownloadHandler.fromInputStream(this::download));
        downloadAddress = getElement().getAttribute("data-download");
        Paragraph clinicalOnly = new Paragraph(getTranslation("panel.attachment.ccatClinicianOnly"));
        clinicalOnly.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new H3(getTranslation("panel.attachment.title")), clinicalOnly, files, form);
    }

    private Component buildForm() {
        kind = new Select<>();
        kind.setLabel(getTranslation("panel.attachment.kind"));
        kind.setItems(CaseAttachmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(kindKey(k)));
        kind.setValue(CaseAttachmentKind.LAB_REPORT);
        receivedOn = new DatePicker(getTranslation("panel.attachment.receivedOn"));
        DateFields.localize(receivedOn);
        receivedOn.setValue(LocalDate.now(clock.withZone(JapanTime.ZONE)));
        upload = new Upload(new CappedUpload(AttachmentInspector.MAX_BYTES, this::attach,
                () -> Notifications.error(getTranslation("attachment.error.tooLarge",
                        AttachmentInspector.MAX_BYTES / (1024 * 1024)))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize((int) AttachmentInspector.MAX_BYTES);
        upload.setI18n(UploadTexts.of(this, AttachmentInspector.MAX_BYTES / (1024 * 1024)));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("panel.attachment.error.pdfOnly")));
        HorizontalLayout fields = new HorizontalLayout(kind, receivedOn, upload);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        return fields;
    }

    void show(long caseId) {
        this.caseId = caseId;
        shown.show(service.list(caseId));
    }

    /** After someone else's change: redraws only if the files changed. */
    void showChanges() {
        shown.showIfChanged(service.list(caseId));
    }

    private void show(CaseAttachments attachments) {
        files.show(List.of(getTranslation("panel.attachment.kind"), getTranslation("panel.attachment.file"),
                getTranslation("panel.attachment.receivedOn"), getTranslation("panel.attachment.uploadedBy")),
                attachments.files().stream().map(a -> Arrays.<Object>asList(getTranslation(kindKey(a.kind())),
                        new PlainTable.DownloadLink(downloadAddress + "?file=" + a.id(), a.fileName(),
                                "attachment-download"),
                        PanelTexts.day(a.receivedOn(), locale), a.uploadedBy())).toList());
        files.setVisible(!attachments.files().isEmpty());
        form.setVisible(attachments.canAttach());
    }

    private void attach(String fileName, byte[] content) {
        try {
            service.attach(caseId, kind.getValue(), receivedOn.getValue(), fileName, content);
            Notifications.success(getTranslation("panel.attachment.added", fileName));
            upload.clearFileList();
            show(caseId);
        } catch (Refused e) {
            upload.clearFileList();
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    /**
     * The content is read (and the download audited) only when a link is clicked. Only a file this page lists is
     * served; the service refuses anyone who may not read the case, as before.
     */
    private DownloadResponse download(DownloadEvent event) {
        String asked = event.getRequest().getParameter("file");
        boolean listed = shown.latest() != null
                && shown.latest().files().stream().anyMatch(a -> String.valueOf(a.id()).equals(asked));
        if (!listed) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        CaseAttachmentFile file = service.download(caseId, Long.parseLong(asked));
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mimeType(),
                file.content().length);
    }

    static String kindKey(CaseAttachmentKind kind) {
        return switch (kind) {
            case LAB_REPORT -> "panel.attachment.kind.LAB_REPORT";
            case CCAT_REPORT -> "panel.attachment.kind.CCAT_REPORT";
            case OTHER -> "panel.attachment.kind.OTHER";
        };
    }
}
