package jp.renkei.identity.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.renkei.identity.Passkeys;
import jp.renkei.identity.SecondFactor;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.ui.Notifications;
import jp.renkei.shared.workflow.Refused;

/**
 * The signed-in person's own sign-in settings: their passkeys (register with a label, see when each was last used,
 * remove) and moving to a new authenticator app, which first asks a code of the current one.
 */
@Route("account/security")
@PermitAll
public class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
            .withZone(JapanTime.ZONE);

    private final transient Passkeys passkeys;
    private final transient SecondFactor secondFactor;
    private final Div passkeyList = new Div();
    private final TextField label = new TextField();
    private final TextField currentCode = new TextField();
    private final Div replacement = new Div();

    AccountSecurityView(Passkeys passkeys, SecondFactor secondFactor) {
        this.passkeys = passkeys;
        this.secondFactor = secondFactor;
        passkeyList.setId("passkey-list");
        label.setId("passkey-label");
        label.setLabel(getTranslation("passkey.label"));
        label.setMaxLength(Passkeys.LABEL_LENGTH);
        label.setHelperText(getTranslation("passkey.label.helper"));
        Button register = new Button(getTranslation("passkey.register"), e -> register());
        register.setId("passkey-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(label, register);
        adding.setAlignItems(Alignment.BASELINE);

        currentCode.setId("replace-current-code");
        currentCode.setLabel(getTranslation("identity.replace.currentCode"));
        currentCode.setMaxLength(6);
        Button start = new Button(getTranslation("identity.replace.start"), e -> startReplacement());
        start.setId("replace-start");
        HorizontalLayout proving = new HorizontalLayout(currentCode, start);
        proving.setAlignItems(Alignment.BASELINE);
        replacement.setId("replace-new-app");

        add(new H1(getTranslation("account.security.title")),
                new H2(getTranslation("passkey.title")), new Paragraph(getTranslation("passkey.intro")),
                passkeyList, adding,
                new H2(getTranslation("identity.replace.title")), new Paragraph(getTranslation("identity.replace.intro")),
                proving, replacement);
        showPasskeys();
    }

    private void showPasskeys() {
        passkeyList.removeAll();
        List<Passkeys.Passkey> mine = passkeys.mine();
        if (mine.isEmpty()) {
            passkeyList.add(new Paragraph(getTranslation("passkey.none")));
        }
        for (Passkeys.Passkey passkey : mine) {
            Span name = new Span(passkey.label());
            name.addClassName("passkey-name");
            Span when = new Span(getTranslation("passkey.dates", when(passkey.registeredAt()), when(passkey.lastUsedAt())));
            Button remove = new Button(getTranslation("passkey.remove"), e -> remove(passkey));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(name, when, remove);
            row.addClassName("passkey-row");
            row.setAlignItems(Alignment.BASELINE);
            passkeyList.add(row);
        }
    }

    private static String when(Instant moment) {
        return moment == null ? "—" : WHEN.format(moment);
    }

    /** The label is checked here first, so the person hears about a bad one before the passkey prompt. */
    private void register() {
        String checked;
        try {
            checked = passkeys.label(label.getValue());
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
            return;
        }
        PasskeyScripts.register(this, checked).then(String.class, outcome -> {
            if (PasskeyScripts.OK.equals(outcome)) {
                label.clear();
                showPasskeys();
                Notifications.success(getTranslation("passkey.registered"));
            } else {
                String reason = PasskeyScripts.CANCELLED.equals(outcome) ? "passkey.register.cancelled"
                        : "passkey.register.refused";
                Notifications.error(getTranslation(reason));
            }
        });
    }

    private void remove(Passkeys.Passkey passkey) {
        try {
            passkeys.remove(passkey.credentialId());
            Notifications.success(getTranslation("passkey.removed"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
        showPasskeys();
    }

    private void startReplacement() {
        try {
            show(secondFactor.replacementAfter(currentCode.getValue()));
            currentCode.clear();
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    /** The new app's QR code, key and recovery codes, and the field for the new app's first code. */
    private void show(SecondFactor.Enrolment enrolment) {
        replacement.removeAll();
        Image qr = new Image(QrCode.svgDataUri(enrolment.otpauthUri()), getTranslation("identity.mfa.enrol.qrAlt"));
        qr.setId("replace-qr");
        qr.setWidth("220px");
        qr.setHeight("220px");
        Span secret = new Span(enrolment.secretForTyping());
        secret.setId("replace-secret");
        secret.addClassName("second-factor-secret");
        UnorderedList codes = new UnorderedList();
        codes.setId("replace-recovery-codes");
        enrolment.recoveryCodes().forEach(code -> codes.add(new ListItem(code)));
        TextField newCode = new TextField(getTranslation("identity.replace.newCode"));
        newCode.setId("replace-new-code");
        newCode.setMaxLength(6);
        Button confirm = new Button(getTranslation("identity.replace.confirm"), e -> confirm(newCode.getValue()));
        confirm.setId("replace-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replacement.add(new Paragraph(getTranslation("identity.mfa.enrol.intro")), qr,
                new Paragraph(getTranslation("identity.mfa.enrol.secret")), secret,
                new Paragraph(getTranslation("identity.mfa.enrol.recovery")), codes, newCode, confirm);
    }

    private void confirm(String newCode) {
        try {
            secondFactor.replace(newCode);
            replacement.removeAll();
            Notifications.success(getTranslation("identity.replace.done"));
        } catch (Refused e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.security.title") + " | " + getTranslation("app.name");
    }
}
