package jp.renkei.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.PendingJavaScriptResult;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The browser's half of passkeys: it asks Spring Security's WebAuthn endpoints (PasskeyStep) for options, lets the
 * browser's passkey prompt sign them, and posts the answer back, with the CSRF token as a header. Both scripts
 * resolve to "ok" or to the reason they stopped (the person cancelled, the server refused).
 */
final class PasskeyScripts {

    /** What a script resolves to when it worked, and when the person cancelled the browser's prompt. */
    static final String OK = "ok";
    static final String CANCELLED = "cancelled";

    /**
     * base64url ⇄ ArrayBuffer, and a POST with the CSRF header; $0 is the header name, $1 the token. Each script runs
     * as an async function whose promise Vaadin hands back.
     */
    private static final String HELPERS = """
            const decode = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')
                    + '==='.slice((s.length + 3) % 4)), c => c.charCodeAt(0)).buffer;
            const encode = b => btoa(String.fromCharCode(...new Uint8Array(b)))
                    .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
            const post = (url, body) => fetch(url, { method: 'POST', credentials: 'same-origin',
                    headers: { 'Content-Type': 'application/json', [$0]: $1 },
                    body: body === undefined ? undefined : JSON.stringify(body) });
            """;

    /** $2 is the label; registers a passkey for the signed-in person. */
    private static final String REGISTER = "return (async () => {" + HELPERS + """
            try {
              const optionsResponse = await post('webauthn/register/options');
              if (!optionsResponse.ok) return 'refused';
              const options = await optionsResponse.json();
              options.challenge = decode(options.challenge);
              options.user.id = decode(options.user.id);
              options.excludeCredentials = (options.excludeCredentials || []).map(c => ({ ...c, id: decode(c.id) }));
              const credential = await navigator.credentials.create({ publicKey: options });
              const response = await post('webauthn/register', { publicKey: { label: $2, credential: {
                id: credential.id, rawId: encode(credential.rawId), type: credential.type,
                authenticatorAttachment: credential.authenticatorAttachment,
                clientExtensionResults: credential.getClientExtensionResults(),
                response: { attestationObject: encode(credential.response.attestationObject),
                  clientDataJSON: encode(credential.response.clientDataJSON),
                  transports: credential.response.getTransports ? credential.response.getTransports() : [] } } } });
              return response.ok ? 'ok' : 'refused';
            } catch (e) {
              return e.name === 'NotAllowedError' ? 'cancelled' : 'refused';
            }
            """ + "})();";

    /** The second sign-in step with a passkey; on success the browser goes where the portal sends it. */
    private static final String SIGN_IN = "return (async () => {" + HELPERS + """
            try {
              const optionsResponse = await post('webauthn/authenticate/options');
              if (!optionsResponse.ok) return 'refused';
              const options = await optionsResponse.json();
              options.challenge = decode(options.challenge);
              options.allowCredentials = (options.allowCredentials || []).map(c => ({ ...c, id: decode(c.id) }));
              const credential = await navigator.credentials.get({ publicKey: options });
              const response = await post('login/webauthn', {
                id: credential.id, rawId: encode(credential.rawId), type: credential.type,
                authenticatorAttachment: credential.authenticatorAttachment,
                clientExtensionResults: credential.getClientExtensionResults(),
                response: { authenticatorData: encode(credential.response.authenticatorData),
                  clientDataJSON: encode(credential.response.clientDataJSON),
                  signature: encode(credential.response.signature),
                  userHandle: credential.response.userHandle ? encode(credential.response.userHandle) : null } });
              if (!response.ok) return 'refused';
              window.location.href = (await response.json()).redirectUrl;
              return 'ok';
            } catch (e) {
              return e.name === 'NotAllowedError' ? 'cancelled' : 'refused';
            }
            """ + "})();";

    private PasskeyScripts() {
    }

    static PendingJavaScriptResult register(Component on, String label) {
        CsrfToken token = csrf();
        return on.getElement().executeJs(REGISTER, token.getHeaderName(), token.getToken(), label);
    }

    static PendingJavaScriptResult signIn(Component on) {
        CsrfToken token = csrf();
        return on.getElement().executeJs(SIGN_IN, token.getHeaderName(), token.getToken());
    }

    /** The token of this session, as the request that runs the script carries it. */
    private static CsrfToken csrf() {
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return token;
        }
        throw new IllegalStateException("No CSRF token on this request");
    }
}
