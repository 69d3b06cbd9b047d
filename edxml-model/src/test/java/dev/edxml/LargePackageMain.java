package dev.edxml;

import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Run in a forked JVM with a small heap by {@link StreamingMemoryTest}: builds a package with one large attachment,
 * writes it, reads it back, checks the attachment's bytes and writes the package read again. Prints "OK" and the
 * numbers; any failure (including OutOfMemoryError) exits non-zero.
 */
public final class LargePackageMain {
    private LargePackageMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        AttachmentContent content;
        try (AttachmentContent.Sink sink = AttachmentContent.sink(dir, 1 << 20)) {
            SplittableRandom random = new SplittableRandom(42);
            byte[] buf = new byte[1 << 16];
            for (long done = 0; done < size; done += buf.length) {
                int n = (int) Math.min(buf.length, size - done);
                for (int i = 0; i < n; i += 8) {
                    long r = random.nextLong();
                    for (int j = 0; j < 8 && i + j < n; j++) {
                        buf[i + j] = (byte) (r >>> (8 * j));
                    }
                }
                sink.write(buf, 0, n);
            }
            content = sink.toContent();
        }
        EdocPackage pkg = Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .subject("Tệp lớn")
                        .build())
                .addAttachment(Attachment.builder()
                        .name("large.pdf")
                        .contentType("application/pdf")
                        .content(content)
                        .build())
                .build();
        Path file = dir.resolve("large.edxml");
        Edxml.write(pkg, file);
        EdocPackage read = (EdocPackage) Edxml.reader().tempDirectory(dir).read(file);
        AttachmentContent back = read.attachments().get(0).content();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(back.openStream(), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String streamed = HexFormat.of().formatHex(md.digest());
        if (back.size() != size || !streamed.equals(content.sha256Hex()) || !read.equals(pkg)) {
            System.out.println("MISMATCH " + back.size() + " " + streamed + " " + content.sha256Hex());
            System.exit(3);
        }
        Path again = dir.resolve("again.edxml");
        Edxml.write(read, again);
        if (Files.size(again) != Files.size(file)) {
            System.out.println("SIZE MISMATCH " + Files.size(again) + " " + Files.size(file));
            System.exit(4);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("OK size=" + size + " file=" + Files.size(file) + " maxHeap=" + rt.maxMemory());
    }
}
