package jp.renkei.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** An upload stream is read only up to the cap: a 21 MB body costs the server 20 MB and one byte, not 21 MB. */
class CappedUploadTest {

    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @Test
    void aStreamLongerThanTheCapIsAbandonedOneByteAfterIt() throws IOException {
        EndlessBytes upload = new EndlessBytes(21L * 1024 * 1024);

        assertThat(CappedUpload.read(upload, TWENTY_MB)).isEmpty();
        assertThat(upload.served).as("bytes read from the request").isEqualTo(TWENTY_MB + 1);
        assertThat(upload.closed).isTrue();
    }

    @Test
    void aStreamUpToTheCapIsReadWhole() throws IOException {
        assertThat(CappedUpload.read(new EndlessBytes(TWENTY_MB), TWENTY_MB)).get()
                .satisfies(bytes -> assertThat(bytes).hasSize((int) TWENTY_MB));
    }

    @Test
    void theCapAlsoBindsVaadinsMultipartParser() {
        CappedUpload handler = new CappedUpload(TWENTY_MB, (name, bytes) -> { }, () -> { });

        assertThat(handler.getFileSizeMax()).isEqualTo(TWENTY_MB);
        assertThat(handler.getRequestSizeMax()).isBetween(TWENTY_MB, TWENTY_MB + 1024 * 1024);
    }

    /** A request body of {@code size} bytes, generated as it is read; counts what was served. */
    private static final class EndlessBytes extends InputStream {
        private final long size;
        private long served;
        private boolean closed;

        EndlessBytes(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return served < size ? (int) (served++ & 0x7F) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            served += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
