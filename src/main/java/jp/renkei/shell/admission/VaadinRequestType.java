package jp.renkei.shell.admission;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The type of a Vaadin request ({@code v-r=uidl}, {@code upload}, …), read from the query string alone: asking for
 * the parameter would read a posted form's body before the request has its place.
 */
final class VaadinRequestType {

    private static final String PARAMETER = "v-r=";

    private VaadinRequestType() {
    }

    /** The type, or empty for a request that is not one of Vaadin's own (a page load, a form). */
    static Optional<String> of(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? Optional.empty() : Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(PARAMETER)).map(pair -> pair.substring(PARAMETER.length()))
                .findFirst();
    }
}
