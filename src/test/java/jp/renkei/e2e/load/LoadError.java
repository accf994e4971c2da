package jp.renkei.e2e.load;

/** What a person would see as an error: a failed request, Vaadin's error, an expired session, an unexpected page. */
final class LoadError extends RuntimeException {

    LoadError(String message) {
        super(message, null, false, false);
    }
}
