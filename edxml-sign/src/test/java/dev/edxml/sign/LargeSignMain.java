package dev.edxml.sign;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Run in a forked JVM with a small heap by {@link StreamingSignMemoryTest}: builds a package with one large
 * attachment, signs it file to file, verifies the signed file, then changes one base64 character of the attachment
 * and checks that the change is found. Prints "OK" and the numbers; any failure (OutOfMemoryError included) exits
 * non-zero.
 */
public final class LargeSignMain {
    private LargeSignMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        AttachmentContent content;
        try (AttachmentContent.Sink sink = AttachmentContent.sink(dir, 1 << 20)) {
            SplittableRandom random = new SplittableRandom(7);
            byte[] buf = new byte[1 << 16];
            for (long done = 0; done < size; done += buf.length) {
                int n = (int) Math.min(buf.length, size - done);
                for (int i = 0; i < n; i++) {
                    buf[i] = (byte) random.nextInt(256);
                }
                sink.write(buf, 0, n);
            }
            content = sink.toContent();
        }
        EdocPackage pkg = Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .subject("Tệp lớn đã ký")
                        .build())
                .addAttachment(Attachment.builder()
                        .name("large.pdf")
                        .contentType("application/pdf")
                        .content(content)
                        .build())
                .build();
        Path unsigned = dir.resolve("large.edxml");
        Edxml.write(pkg, unsigned);
        TestPki pki = new TestPki("CA tệp lớn");
        SigningKey key = pki.signer(TestPki.rsa(), "Nguyễn Văn Lớn");
        Path signed = dir.resolve("large-signed.edxml");
        long t0 = System.nanoTime();
        Signer.builder().key(key).build().sign(unsigned, signed);
        long t1 = System.nanoTime();
        Verifier verifier =
                Verifier.of(TrustPolicy.builder().trustAnchor(pki.root).build());
        SignatureReport ok = verifier.verify(signed);
        long t2 = System.nanoTime();
        if (ok.coverage() != SignatureReport.Coverage.WHOLE_PACKAGE) {
            System.out.println("NOT WHOLE " + ok);
            System.exit(3);
        }
        // one base64 character in the middle of the attachment, changed to another base64 character
        try (RandomAccessFile f = new RandomAccessFile(signed.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int c = f.read();
            f.seek(at);
            f.write(c == 'A' ? 'B' : 'A');
        }
        SignatureReport bad = verifier.examine(signed);
        Set<String> codes = bad.problems().stream().map(Finding::code).collect(Collectors.toSet());
        if (bad.isValid() || !codes.equals(Set.of("EDXML-SIG-011", "EDXML-SIG-020"))) {
            System.out.println("TAMPERING NOT FOUND " + codes);
            System.exit(4);
        }
        System.out.println("OK size=" + size + " file=" + Files.size(signed) + " maxHeap="
                + Runtime.getRuntime().maxMemory() + " signMs=" + (t1 - t0) / 1_000_000 + " verifyMs="
                + (t2 - t1) / 1_000_000);
    }
}
