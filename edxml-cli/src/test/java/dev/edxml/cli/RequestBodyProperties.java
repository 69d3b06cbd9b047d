package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.internal.io.TempFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The server's bounded body reader: whatever the sizes and however the stream splits its reads, a body within the
 * limit comes back byte for byte (in memory or in a temporary file), a larger one is refused having read at most one
 * byte past the limit, and no temporary file outlives it.
 */
class RequestBodyProperties {

    /** A stream that hands out at most {@code chunk} bytes a read and counts what it gave. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        int pos;

        Trickle(byte[] bytes, int chunk) {
            this.bytes = bytes;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Property(tries = 200)
    void withinTheLimitTheBytesComeBackElseTooLarge(
            @ForAll @Size(max = 3000) byte[] body,
            @ForAll @IntRange(min = 1, max = 3000) int max,
            @ForAll @IntRange(min = 0, max = 3000) int inMemory,
            @ForAll @IntRange(min = 1, max = 700) int chunk)
            throws IOException {
        int live = TempFiles.live();
        Trickle in = new Trickle(body, chunk);
        if (body.length > max) {
            assertThrows(RequestBody.TooLarge.class, () -> RequestBody.read(in, "-", max, inMemory));
            assertEquals(max + 1, in.pos, "reading stops at the first byte too many");
        } else {
            try (RequestBody b = RequestBody.read(in, "tên.edxml", max, inMemory)) {
                assertEquals(body.length, b.size());
                assertEquals(body.length > inMemory, b.spilled());
                byte[] back = b.spilled()
                        ? Files.readAllBytes(b.input().file())
                        : b.input().bytes();
                assertArrayEquals(body, back);
                assertEquals("tên.edxml", b.input().source());
                try (InputStream again = b.input().open()) {
                    assertArrayEquals(body, again.readAllBytes());
                }
            }
        }
        assertEquals(live, TempFiles.live(), "no temporary file left");
    }

    @Property(tries = 50)
    void anEmptyBodyIsEmptyAndInMemory(@ForAll @IntRange(min = 1, max = 100) int max) throws IOException {
        try (RequestBody b = RequestBody.read(new ByteArrayInputStream(new byte[0]), "-", max, 0)) {
            assertEquals(0, b.size());
            assertTrue(!b.spilled());
        }
    }
}
