// edxml-java in jshell: the whole cycle of a package, one step at a time.
//
//   jshell --class-path edxml-cli/target/edxml.jar examples/jshell/edxml.jsh
//
// The CLI's jar holds the library and everything it needs (BouncyCastle included). When the script is done, jshell
// stays open with every variable below defined: try `pkg.header()`, `report.findings()`, `/vars`.

import dev.edxml.Edxml;
import dev.edxml.model.*;
import dev.edxml.sign.*;
import dev.edxml.validate.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;

Locale vi = Locale.forLanguageTag("vi");
Path dir = Files.createTempDirectory("edxml-jshell-");

// 1. Build a package: an official letter from the Government Office to a province, with a one-page PDF (PDFBox is in
//    the jar; a real letter's PDF comes from the document system, signed by the signer and the agency).
byte[] pdfBytes;
try (var d = new org.apache.pdfbox.pdmodel.PDDocument()) {
    d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
    var o = new java.io.ByteArrayOutputStream();
    d.save(o);
    pdfBytes = o.toByteArray();
}
//    Builders check types, not completeness: the validator (step 6) says what is missing.
//    (jshell ends a statement at the first line that is complete; the outer parentheses keep the chain together.)
EdocPackage pkg = (Edxml.edoc()
        .header(MessageHeader.builder()
                .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"))
                .addTo(Organization.of("000.00.00.H41", "UBND tỉnh Nghệ An"))
                .code("7816", "VPCP-TTĐT").promulgation("Hà Nội", LocalDate.of(2025, 9, 30))
                .conventionalDocumentId()
                .documentType(DocumentType.OFFICIAL_LETTER)
                .subject("V/v kết nối, liên thông phần mềm quản lý văn bản").build())
        .business(Business.builder().type(BusinessDocType.NEW).build())
        .traceHeaders(List.of(TraceHeader.of("000.00.00.G22", Instant.now())))
        .addAttachment(Attachment.builder().name("cong-van.pdf").contentType("application/pdf")
                .content(pdfBytes).build())
        .build());

// 2. Every value prints its content, so jshell shows what you built.
System.out.println("1. Gói tin: " + pkg);
System.out.println("   Số, ký hiệu: " + pkg.header().code().map(DocumentCode::display).orElse("?"));
System.out.println("   Nơi gửi: " + pkg.header().from().flatMap(Organization::organId).map(OrganId::explainVi).orElse("?"));

// 3. Write (atomically) and read back: the model survives the round trip.
Path file = dir.resolve("cong-van.edxml");
Edxml.write(pkg, file);
EdocPackage back = (EdocPackage) Edxml.read(file);
System.out.println("2. Đã ghi " + Files.size(file) + " byte, đọc lại giống hệt: " + back.equals(pkg));

// 4. A throwaway key and a self-signed certificate made with BouncyCastle (in the jar).
//    THROWAWAY: real signers use the certificate their CA issued, on a token or in a PKCS#12 file.
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

java.security.KeyPairGenerator gen = java.security.KeyPairGenerator.getInstance("RSA");
gen.initialize(2048);
java.security.KeyPair pair = gen.generateKeyPair();
X500Name name = new X500Name("CN=Văn thư thử nghiệm,O=Văn phòng Chính phủ,C=VN");
java.security.cert.X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(name, java.math.BigInteger.valueOf(System.currentTimeMillis()),
                Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(30))),
                name, pair.getPublic())
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
SigningKey key = SigningKey.of(pair.getPrivate(), List.of(cert));
System.out.println("3. Khóa: " + key);

// 5. Sign, write, and verify against the certificate we trust. verify() throws when the signature is not valid:
//    there is no boolean to forget to check.
EdocPackage signed = Signer.builder().key(key).build().sign(back);
Path signedFile = dir.resolve("cong-van-da-ky.edxml");
Edxml.write(signed, signedFile);
SignatureReport sig = Verifier.of(TrustPolicy.builder().trustAnchor(cert).build()).verify(signedFile);
System.out.println("4. Chữ ký hợp lệ, người ký: " + sig.signer().flatMap(SignerIdentity::commonName).orElse("?"));

// 6. Validate under the axis profile; findings come as data, with their message in Vietnamese.
ValidationReport report = Validator.of(Profile.AXIS).validate(signedFile);
System.out.println("5. Kiểm tra theo hồ sơ " + report.profile() + ": " + (report.isValid() ? "hợp lệ" : "không hợp lệ")
        + ", " + report.findings().size() + " phát hiện");
report.findings().forEach(f -> System.out.println("   " + f.format(vi)));

// 7. The same rules on the unsigned file: the axis wants a real signature.
ValidationReport unsignedReport = Validator.of(Profile.AXIS).validate(file);
System.out.println("6. Gói chưa ký: " + (unsignedReport.isValid() ? "hợp lệ" : "không hợp lệ"));
unsignedReport.errors().forEach(f -> System.out.println("   " + f.format(vi)));

// 8. Receive it as the other side does: one call reads the file once, verifies the package signature and the PDFs'
//    signatures, validates, and gives one verdict with its reasons (here: the PDF itself is not signed).
PackageReceiver receiver = PackageReceiver.builder().trust(TrustPolicy.builder().trustAnchor(cert).build()).build();
ReceivedPackage received = receiver.receive(signedFile);
System.out.println("7. Tiếp nhận: " + received.verdict());
received.reasons().forEach(r -> System.out.println("   " + r.code() + " [" + r.where() + "] " + r.message(vi)));

// 9. A relay (the national axis) appends its trace hop on the way: the signature leaves such hops out by design, so it
//    stays valid, and the hop is listed as routing information that nobody signed.
String relayedText = Files.readString(signedFile).replace("</edXML:TraceHeaderList>",
        "<edXML:TraceHeader><edXML:OrganId>02.29.W00</edXML:OrganId><edXML:Timestamp>2025/09/30 08:00:01"
        + "</edXML:Timestamp></edXML:TraceHeader></edXML:TraceHeaderList>");
ReceivedPackage relayed = receiver.receive(relayedText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
System.out.println("8. Sau khi trục thêm vết xử lý: chữ ký " + (relayed.signature().isValid() ? "vẫn hợp lệ" : "KHÔNG hợp lệ")
        + ", vết không được ký: " + relayed.signature().unsignedHops().stream()
        .map(SignatureReport.UnsignedHop::describe).toList());
System.out.println("Xong. Các tệp ở " + dir);
