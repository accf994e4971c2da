package jp.renkei.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.springframework.security.web.csrf.CsrfToken;

import jp.renkei.identity.Passkeys;
import jp.renkei.identity.SecondFactor;

/**
 * The second sign-in step, after the password and before any other page ({@link SignInGate}). Someone
 * without an authenticator app enrolls here first: QR code, the secret as text and ten recovery codes, all
 * shown this once. The code goes to Spring Security as a plain form post with the CSRF token, like the password.
 * Someone who registered a passkey may use it instead of the code.
 */
@Route(value = "second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Paragraph error = new Paragraph();

    SecondFactorView(SecondFactor secondFactor, Passkeys passkeys, AuthenticationContext authentication) {
        addClassName("second-factor-view");
        setAlignItems(Alignment.CENTER);
        error.setId("second-factor-error");
        error.addClassName("error-text");
        error.setVisible(false);
        boolean enrolled = secondFactor.enrolled(); // one query for both questions below
        if (enrolled) {
            add(new H1(getTranslation("identity.mfa.title")), new Paragraph(getTranslation("identity.mfa.enter")));
        } else {
            add(new H1(getTranslation("identity.mfa.enrol.title")));
            addEnrolment(secondFactor.enrolment());
        }
        add(error);
        getElement().appendChild(codeForm());
        if (enrolled && passkeys.registered()) {
            add(passkeyButton());
        }
        Button signOut = new Button(getTranslation("identity.mfa.signOut"), e -> authentication.logout());
        signOut.setId("second-factor-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(signOut);
    }

    /** Instead of the code: the browser's passkey prompt, then the portal (or the reason it did not work). */
    private Button passkeyButton() {
        Button passkey = new Button(getTranslation("passkey.signIn"), VaadinIcon.KEY.create());
        passkey.setId("second-factor-passkey");
        passkey.addClickListener(click -> PasskeyScripts.signIn(this).then(String.class, outcome -> {
            if (!PasskeyScripts.OK.equals(outcome)) {
                String reason = PasskeyScripts.CANCELLED.equals(outcome) ? "passkey.signIn.cancelled"
                        : "passkey.signIn.refused";
                error.setText(getTranslation(reason));
                error.setVisible(true);
            }
        }));
        return passkey;
    }

    private void addEnrolment(SecondFactor.Enrolment enrolment) {
        Image qr = new Image(QrCode.svgDataUri(enrolment.otpauthUri()), getTranslation("identity.mfa.enrol.qrAlt"));
        qr.setId("second-factor-qr");
        qr.setWidth("220px");
        qr.setHeight("220px");
        Span secret = new Span(enrolment.secretForTyping());
        secret.setId("second-factor-secret");
        secret.addClassName("second-factor-secret");
        UnorderedList codes = new UnorderedList();
        codes.setId("recovery-codes");
        enrolment.recoveryCodes().forEach(code -> codes.add(new ListItem(code)));
        add(new Paragraph(getTranslation("identity.mfa.enrol.intro")), qr,
                new Paragraph(getTranslation("identity.mfa.enrol.secret")), secret,
                new Paragraph(getTranslation("identity.mfa.enrol.recovery")), codes,
                new Div(getTranslation("identity.mfa.enrol.confirm")));
    }

    /** A native form: the browser posts it, Spring Security checks it, no Vaadin round trip holds the code. */
    private Element codeForm() {
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "second-factor");
        form.setAttribute("id", "second-factor-form");
        Element label = new Element("label");
        label.setAttribute("for", "second-factor-code");
        label.setText(getTranslation("identity.mfa.code"));
        Element code = new Element("input");
        code.setAttribute("id", "second-factor-code");
        code.setAttribute("name", "code");
        code.setAttribute("autocomplete", "one-time-code");
        code.setAttribute("required", true);
        code.setAttribute("autofocus", true);
        code.setAttribute("maxlength", "11");
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setAttribute("id", "second-factor-submit");
        submit.setText(getTranslation("identity.mfa.submit"));
        form.appendChild(label, code, submit);
        if (VaadinServletRequest.getCurrent() != null && VaadinServletRequest.getCurrent()
                .getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            Element csrf = new Element("input");
            csrf.setAttribute("type", "hidden");
            csrf.setAttribute("name", token.getParameterName());
            csrf.setAttribute("value", token.getToken());
            form.appendChild(csrf);
        }
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        error.setText(failed ? getTranslation("identity.mfa.error") : "");
        error.setVisible(failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.mfa.title") + " | " + getTranslation("app.name");
    }
}
