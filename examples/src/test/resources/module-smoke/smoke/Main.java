package smoke;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.TraceHeader;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.PackageReceiver;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ReceivedPackage;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Args: a PKCS#12 file, its password, a folder to write in. Prints what each step gives; exits 1 on a failure. */
public final class Main {
    public static void main(String[] args) throws Exception {
        Locale vi = Locale.forLanguageTag("vi");
        SigningKey key = SigningKey.fromPkcs12(Path.of(args[0]), args[1].toCharArray(), null);
        EdocPackage pkg = Edxml.edoc()
                .header(MessageHeader.builder()
                        .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                        .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                        .code("7816", "VPCP-TTĐT").promulgation("Hà Nội", LocalDate.of(2025, 9, 30))
                        .conventionalDocumentId().documentType(DocumentType.OFFICIAL_LETTER)
                        .subject("V/v kiểm tra trên module path").build())
                .business(Business.builder().type(BusinessDocType.NEW).build())
                .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.now())))
                .addAttachment(Attachment.builder().name("ghi-chu.txt").contentType("text/plain")
                        .content("ghi chú".getBytes(StandardCharsets.UTF_8)).build())
                .build();
        Path file = Path.of(args[2]).resolve("smoke.edxml");
        Edxml.write(Signer.builder().key(key).build().sign(pkg), file);
        System.out.println("read: " + Edxml.read(file));
        TrustPolicy trust = TrustPolicy.builder().trustAnchor(key.chain().get(key.chain().size() - 1)).build();
        // messages of every module's bundles, in Vietnamese: the resources each module keeps to itself
        SignatureReport report = Verifier.of(trust).verify(file);
        System.out.println("verify: " + report.describe(vi));
        ValidationReport findings = Validator.of(Profile.QCVN102).validate(file);
        findings.findings().forEach(f -> System.out.println("validate: " + f.format(vi)));
        ReceivedPackage received = PackageReceiver.builder().trust(trust).profile(Profile.QCVN102).build()
                .receive(Files.readAllBytes(file));
        System.out.println("receive: " + received.verdict());
        received.reasons().forEach(r -> System.out.println("reason: " + r.code() + " " + r.message(vi)));
        try {
            Edxml.parse("<không phải XML");
        } catch (dev.edxml.EdxmlException e) {
            System.out.println("error: " + e.describe(vi));
        }
        System.out.println(received.isAccepted() && report.isValid() ? "OK" : "FAILED");
        System.exit(received.isAccepted() && report.isValid() ? 0 : 1);
    }
}
