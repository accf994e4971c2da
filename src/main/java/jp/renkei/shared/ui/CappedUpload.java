package jp.renkei.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives an upload into memory only up to a size cap, reading the stream as it arrives: a file announced as
 * larger is refused before reading, and a stream that runs past the cap is abandoned after {@code maxBytes + 1}
 * bytes, so a client that ignores the browser's limit cannot make the server hold more than the cap. The same
 * cap goes to Vaadin's multipart parser.
 */
public final class CappedUpload implements UploadHandler {

    /** Room for the multipart headers around the one file of a request. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final BiConsumer<String, byte[]> onFile;
    private final Runnable onTooLarge;

    /** {@code onFile} (name, bytes) and {@code onTooLarge} run in the UI's session lock. */
    public CappedUpload(long maxBytes, BiConsumer<String, byte[]> onFile, Runnable onTooLarge) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Optional<byte[]> content = event.getFileSize() > maxBytes ? Optional.empty()
                : read(event.getInputStream(), maxBytes);
        if (content.isEmpty()) {
            event.reject("larger than " + maxBytes + " bytes");
            ui.access(onTooLarge::run);
            return;
        }
        String fileName = event.getFileName();
        ui.access(() -> onFile.accept(fileName, content.get()));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    /** The whole stream if it holds at most {@code maxBytes}; otherwise nothing, after reading one byte more. */
    static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
            return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
        }
    }
}
