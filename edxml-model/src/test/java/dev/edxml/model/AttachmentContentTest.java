package dev.edxml.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentContentTest {

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] read(AttachmentContent c) throws IOException {
        try (InputStream in = c.openStream()) {
            return in.readAllBytes();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void ofBytesCopiesTheArray() throws IOException {
        byte[] src = {1, 2, 3, 4};
        AttachmentContent c = AttachmentContent.ofBytes(src);
        src[0] = 99;
        assertArrayEquals(new byte[] {1, 2, 3, 4}, read(c));
        assertEquals(4, c.size());
        byte[] out = read(c);
        out[1] = 99;
        assertArrayEquals(new byte[] {1, 2, 3, 4}, read(c), "each stream is fresh");
    }

    @Test
    void digestIsSha256OfTheBytes() throws Exception {
        byte[] b = random(3000, 1);
        AttachmentContent c = AttachmentContent.ofBytes(b);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(b);
        assertArrayEquals(expected, c.sha256Digest());
        assertEquals(HexFormat.of().formatHex(expected), c.sha256Hex());
        c.sha256Digest()[0] ^= 1;
        assertArrayEquals(expected, c.sha256Digest(), "the digest is a copy");
        assertTrue(c.toString().contains("3000"), c.toString());
        // SHA-256 of the empty string
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                AttachmentContent.ofBytes(new byte[0]).sha256Hex());
    }

    @Test
    void equalityIsByContent() throws IOException {
        byte[] b = random(500, 2);
        AttachmentContent a = AttachmentContent.ofBytes(b);
        AttachmentContent same = AttachmentContent.ofBytes(b.clone());
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        byte[] other = b.clone();
        other[499] ^= 1;
        assertNotEquals(a, AttachmentContent.ofBytes(other));
        assertNotEquals(a, AttachmentContent.ofBytes(java.util.Arrays.copyOf(b, 499)));
        assertEquals(a, AttachmentContent.copyOf(new ByteArrayInputStream(b)));
        assertNotEquals(a, b);
    }

    @Test
    void ofFileStreamsTheFileAndEqualsTheSameBytes(@TempDir Path dir) throws IOException {
        byte[] b = random(10_000, 3);
        Path f = Files.write(dir.resolve("x.bin"), b);
        AttachmentContent c = AttachmentContent.ofFile(f);
        assertEquals(10_000, c.size());
        assertArrayEquals(b, read(c));
        assertEquals(AttachmentContent.ofBytes(b), c);
        assertArrayEquals(java.util.Arrays.copyOf(b, 8), c.head(8));
        assertArrayEquals(b, c.head(20_000));
    }

    @Test
    void sinkBelowThresholdStaysInMemory(@TempDir Path dir) throws IOException {
        byte[] b = random(100, 4);
        AttachmentContent c;
        try (AttachmentContent.Sink sink = AttachmentContent.sink(dir, 100)) {
            sink.write(b, 0, 60);
            sink.write(b, 60, 40);
            c = sink.toContent();
        }
        assertEquals(List.of(), files(dir), "content of exactly the threshold stays in memory");
        assertArrayEquals(b, read(c));
        assertEquals(AttachmentContent.ofBytes(b), c);
    }

    @Test
    void sinkSpillsToATemporaryFileAboveThreshold(@TempDir Path dir) throws IOException {
        byte[] b = random(50_000, 5);
        AttachmentContent c;
        try (AttachmentContent.Sink sink = AttachmentContent.sink(dir, 1000)) {
            sink.write(b[0]);
            sink.write(b, 1, 999);
            assertEquals(List.of(), files(dir), "not yet above the threshold");
            sink.write(b, 1000, 1);
            assertEquals(1, files(dir).size(), "spilled");
            for (int off = 1001; off < b.length; off += 4096) {
                sink.write(b, off, Math.min(4096, b.length - off));
            }
            c = sink.toContent();
        }
        assertEquals(1, files(dir).size(), "the file now belongs to the content");
        assertEquals(50_000, c.size());
        assertArrayEquals(b, read(c));
        assertArrayEquals(b, read(c), "streams again");
        assertEquals(AttachmentContent.ofBytes(b), c);
        assertArrayEquals(MessageDigestHolder.sha256(b), c.sha256Digest());
    }

    @Test
    void sinkClosedWithoutContentDeletesItsFile(@TempDir Path dir) throws IOException {
        try (AttachmentContent.Sink sink = AttachmentContent.sink(dir, 10)) {
            sink.write(random(100, 6));
            assertEquals(1, files(dir).size());
        }
        assertEquals(List.of(), files(dir));
    }

    @Test
    void sinkCannotBeWrittenAfterItsContentIsTaken(@TempDir Path dir) throws IOException {
        AttachmentContent.Sink sink = AttachmentContent.sink(dir, 10);
        sink.write(new byte[] {1, 2});
        sink.toContent();
        assertThrows(IOException.class, () -> sink.write(3));
        assertThrows(IOException.class, sink::toContent);
        sink.close();
        assertThrows(IndexOutOfBoundsException.class, () -> AttachmentContent.sink(dir, 10)
                .write(new byte[2], 1, 5));
    }

    private static final class MessageDigestHolder {
        static byte[] sha256(byte[] b) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(b);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }
    }
}
