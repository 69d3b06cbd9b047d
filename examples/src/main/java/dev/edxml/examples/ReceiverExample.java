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
import dev.edxml.sign.SignatureVerificationException;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.Finding;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The receiver's job: check a package that arrived (signature against our trust anchor, then the axis rules) and
 * answer its sender with a status package: 03 "Đã tiếp nhận", or 02 "Từ chối tiếp nhận" with the reason.
 *
 * <pre>
 * java -cp edxml.jar:examples/target/classes dev.edxml.examples.ReceiverExample received.edxml ca.pem status.edxml
 * </pre>
 */
public final class ReceiverExample {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ReceiverExample() {
    }

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
        // a package that cannot even be read cannot be answered: there is nobody to address the status to
        if (!(Edxml.read(received) instanceof EdocPackage edoc)) {
            throw new IllegalArgumentException(received + " is a status package: statuses are not answered");
        }
        String reason = null;
        try {
            // the signature first: rules about content mean nothing if the content was changed on the way
            Verifier.of(TrustPolicy.builder().trustAnchors(trustAnchor).build()).verify(received);
        } catch (SignatureVerificationException e) {
            reason = "Chữ ký số không hợp lệ: " + e.report().errors().get(0).message(VI);
        }
        if (reason == null) {
            ValidationReport report = Validator.of(Profile.AXIS).validate(received);
            if (!report.isValid()) {
                Finding first = report.errors().get(0);
                reason = "Gói tin không đạt yêu cầu (" + report.errors().size() + " lỗi), " + first.code() + ": "
                        + first.message(VI);
            }
        }
        StatusPackage status = answer(edoc, reason == null ? StatusCode.ACCEPTED : StatusCode.REJECTED, reason,
                Instant.now());
        Edxml.write(status, statusOut);
        return status;
    }

    /** The status package answering {@code edoc}: who we are, which document, what status, when. */
    static StatusPackage answer(EdocPackage edoc, StatusCode code, String reason, Instant now) {
        MessageHeader h = edoc.header();
        // the sender matches the status to its document by these four values, copied as they were written
        // (a date written 30/10/2020 is sent back as 30/10/2020, not "corrected")
        ResponseFor about = new ResponseFor(h.from().flatMap(Organization::organId),
                h.code().map(DocumentCode::display), h.documentId(),
                h.promulgationInfo().flatMap(PromulgationInfo::date), Extensions.NONE);
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
