package dev.edxml.examples;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.TraceHeader;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The sender's job: an official letter (công văn) with its PDF, signed with the office's PKCS#12 file and written
 * ready for the axis.
 *
 * <pre>
 * EDXML_KEY_PASSWORD=… java -cp edxml.jar:examples/target/classes dev.edxml.examples.SenderExample \
 *     cong-van.pdf van-thu.p12 out.edxml
 * </pre>
 */
public final class SenderExample {
    private SenderExample() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SenderExample PDF P12 OUT [PASSWORD]   (or the password in EDXML_KEY_PASSWORD)");
            System.exit(2);
        }
        // a password on the command line ends up in the shell history and in `ps`: prefer the environment
        String password = args.length > 3 ? args[3] : System.getenv("EDXML_KEY_PASSWORD");
        if (password == null) {
            System.err.println("no password: set EDXML_KEY_PASSWORD");
            System.exit(2);
        }
        EdocPackage signed = send(Path.of(args[0]), Path.of(args[1]), password.toCharArray(), Path.of(args[2]));
        System.out.println("Đã ký và ghi " + args[2] + ": " + signed);
    }

    /** Builds the letter around {@code pdf}, signs it with the key of {@code p12} and writes it to {@code out}. */
    public static EdocPackage send(Path pdf, Path p12, char[] password, Path out) throws Exception {
        MessageHeader header = MessageHeader.builder()
                // OrganId is the sender's code on the axis (mã định danh), not a tax code
                .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .code("7816", "VPCP-TTĐT")
                .promulgation("Hà Nội", LocalDate.of(2025, 9, 30))
                // receivers match replies and revocations on this id: keep it in the convention the axis uses
                .conventionalDocumentId()
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v kết nối, liên thông phần mềm quản lý văn bản")
                .build();

        EdocPackage letter = Edxml.edoc()
                .header(header)
                // a new document (not an update or revocation), first stop on its trace: ourselves, now
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.now())))
                // the PDF is read only when the package is written, so a large file never sits in memory
                .addAttachment(Attachment.of(pdf))
                .build();

        // the key never leaves the PKCS#12 file's KeyStore object; a wrong password is a KeyAccessException
        SigningKey key = SigningKey.fromPkcs12(p12, password, null);
        EdocPackage signed = Signer.builder().key(key).build().sign(letter);

        // written through a temporary file and moved into place: a reader never sees half a package, and the
        // signature stays valid because it was computed over exactly the bytes this writer produces
        Edxml.write(signed, out);
        return signed;
    }
}
