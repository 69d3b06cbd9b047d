package dev.edxml.examples;

import dev.edxml.Edxml;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.Extensions;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.PromulgationInfo;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.validate.PackageReceiver;
import dev.edxml.validate.ReceivedPackage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The receiver's job: check a package that arrived with the front door ({@link PackageReceiver}: the package signature
 * against our trust anchor, the PDF attachments' signatures, the axis rules, one verdict) and answer its sender with a status package: 03 "Đã tiếp nhận", or 02 "Từ chối tiếp nhận" with the reason.
 *
 * <pre>
 * java -cp edxml.jar:examples/target/classes dev.edxml.examples.ReceiverExample received.edxml ca.pem status.edxml
 * </pre>
 */
public final class ReceiverExample {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ReceiverExample() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ReceiverExample RECEIVED.edxml TRUST-ANCHOR.pem STATUS-OUT.edxml");
            System.exit(2);
        }
        StatusPackage status = receive(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.out.println(status);
    }

    /** Checks {@code received} and writes the answer to {@code statusOut}; returns it. */
    public static StatusPackage receive(Path received, Path trustAnchor, Path statusOut) throws Exception {
        // one call: read once, verify the package signature and the PDFs' signatures, validate (axis profile)
        PackageReceiver receiver = PackageReceiver.builder()
                .trust(TrustPolicy.builder().trustAnchors(trustAnchor).build())
                .build();
        ReceivedPackage r = receiver.receive(received);
        // a status package is not answered: there is no document to answer
        if (!(r.pkg() instanceof EdocPackage edoc)) {
            throw new IllegalArgumentException(received + " is a status package: statuses are not answered");
        }
        String reason = null;
        if (r.verdict() == ReceivedPackage.Verdict.REJECT) {
            // the first rejecting reason: the signature's come first, as rules about content mean nothing if the
            // content was changed on the way
            ReceivedPackage.Reason first = r.reasons().get(0);
            long errors =
                    r.reasons().stream().filter(ReceivedPackage.Reason::rejects).count();
            reason = switch (first.where()) {
                case "signature" -> "Chữ ký số không hợp lệ: " + first.message(VI);
                case "format" -> "Gói tin không đạt yêu cầu (" + errors + " lỗi), " + first.code() + ": "
                        + first.message(VI);
                default -> "Chữ ký số của " + first.where().replace("attachment", "tệp đính kèm") + " không hợp lệ: "
                        + first.message(VI);
            };
        }
        StatusPackage status =
                answer(edoc, reason == null ? StatusCode.ACCEPTED : StatusCode.REJECTED, reason, Instant.now());
        Edxml.write(status, statusOut);
        return status;
    }

    /** The status package answering {@code edoc}: who we are, which document, what status, when. */
    static StatusPackage answer(EdocPackage edoc, StatusCode code, String reason, Instant now) {
        MessageHeader h = edoc.header();
        // the sender matches the status to its document by these four values, copied as they were written
        // (a date written 30/10/2020 is sent back as 30/10/2020, not "corrected")
        ResponseFor about = new ResponseFor(
                h.from().flatMap(Organization::organId),
                h.code().map(DocumentCode::display),
                h.documentId(),
                h.promulgationInfo().flatMap(PromulgationInfo::date),
                Extensions.NONE);
        StatusHeader header = StatusHeader.builder()
                // we are the receiver the package was addressed to (the first To)
                .from(h.to().isEmpty() ? null : h.to().get(0))
                .responseFor(about)
                .statusCode(code)
                .description(reason)
                // written as Vietnam time (UTC+07:00), whatever the time zone of this machine
                .timestamp(now)
                .build();
        // a status sent over the axis is signed like any package: see SenderExample (Signer works the same)
        return Edxml.status().header(header).build();
    }
}
