package dev.edxml.conformance;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.Business;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentCategory;
import dev.edxml.model.DocumentCode;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.OtherInfo;
import dev.edxml.model.Priority;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.SignerInfo;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.TraceHeader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Our library as a sender, in-process: the reply and producer adapters the runner's tests dog-food. */
final class OurLibrary {
    private OurLibrary() {}

    /** Answers as the first receiver, as {@code edxml reply} does. */
    static final ReplyAdapter REPLY = (received, status, description, out) -> {
        try {
            EdocPackage edoc = (EdocPackage) Edxml.read(received);
            MessageHeader h = edoc.header();
            ResponseFor about = ResponseFor.of(
                    h.from().orElseThrow().organId().orElseThrow().value(),
                    h.code().map(DocumentCode::display).orElse(null),
                    h.documentId().orElse(null),
                    h.promulgationInfo()
                            .flatMap(p -> p.date())
                            .flatMap(EdxmlDate::date)
                            .orElse(null));
            StatusHeader sh = StatusHeader.builder()
                    .from(h.to().get(0))
                    .responseFor(about)
                    .statusCode(StatusCode.of(status))
                    .description(description)
                    .timestamp(Instant.now())
                    .build();
            Edxml.write(Edxml.status().header(sh).build(), out);
            return ReplyAdapter.written(out);
        } catch (Exception e) {
            return Answer.rejected(e.toString());
        }
    };

    /** Makes a scenario's package from its description, as {@code edxml new edoc --json} does. */
    static final ProducerAdapter PRODUCER = (s, dir, out) -> {
        if (s.kind().equals("status")) {
            return REPLY.reply(
                    dir.resolve(s.received().orElseThrow()),
                    s.status().orElseThrow(),
                    s.statusDescription().orElseThrow(),
                    out);
        }
        try {
            Map<String, Object> d = s.edoc();
            String from = (String) d.get("from");
            MessageHeader.Builder h = MessageHeader.builder()
                    .from(Organization.of(from, (String) d.get("fromName")))
                    .code((String) d.get("number"), (String) d.get("notation"))
                    .promulgation((String) d.get("place"), LocalDate.parse((String) d.get("date")))
                    .subject((String) d.get("subject"))
                    .signerInfo(SignerInfo.of(null, (String) d.get("signerPosition"), (String) d.get("signerName")));
            for (Object t : s.to()) {
                String r = (String) t;
                int eq = r.indexOf('=');
                h.addTo(Organization.of(eq < 0 ? r : r.substring(0, eq), eq < 0 ? null : r.substring(eq + 1)));
            }
            List<DocumentType> types = DocumentType.findByName((String) d.get("type"));
            h.documentType(types.stream()
                    .filter(t -> t.category().orElseThrow().equals(DocumentCategory.ADMINISTRATIVE))
                    .findFirst()
                    .orElse(types.get(0)));
            if (d.get("due") != null) {
                h.dueDate(EdxmlDate.of(LocalDate.parse((String) d.get("due"))));
            }
            if (d.get("priority") != null) {
                h.otherInfo(OtherInfo.builder()
                        .priority(Priority.of(d.get("priority").toString()))
                        .build());
            }
            MessageHeader header = h.conventionalDocumentId().build();
            EdocPackage.Builder pkg = Edxml.edoc()
                    .header(header)
                    .business(Business.builder()
                            .type(BusinessDocType.NEW)
                            .documentId(header.documentId().get())
                            .paper(0)
                            .build())
                    .traceHeaders(List.of(TraceHeader.of(from, Instant.now())));
            for (Object a : (List<?>) d.get("attach")) {
                pkg.addAttachment(Attachment.of(dir.resolve((String) a)));
            }
            Edxml.write(pkg.build(), out);
            return ReplyAdapter.written(out);
        } catch (Exception e) {
            return Answer.error(e.toString());
        }
    };

    /** The keys a signing sender uses: the person's and the organisation's. */
    interface Keys {
        dev.edxml.sign.SigningKey key(Path p12, Path passwordFile, String alias) throws Exception;
    }

    /** The suite-issued keys, read as a vendor reads them: the PKCS#12 file and its password file. */
    static final Keys SUITE_KEYS = (p12, pw, alias) -> dev.edxml.sign.SigningKey.fromPkcs12(
            p12, java.nio.file.Files.readString(pw).strip().toCharArray(), alias);

    /** A vendor's own keys (the conformance test PKI's signer), not the ones the suite issued. */
    static final Keys OWN_KEYS = (p12, pw, alias) -> TestPki.create().signer();

    /** {@link #REPLY}, the status package signed (at axis) with the organisation's key. */
    static ReplyAdapter signedReply(Keys keys) {
        return new ReplyAdapter() {
            @Override
            public Answer reply(Path received, String status, String description, Path out) {
                return REPLY.reply(received, status, description, out);
            }

            @Override
            public Answer reply(Path received, String status, String description, Path out, Path key, Path pw) {
                Answer a = REPLY.reply(received, status, description, out);
                return a.kind() != Answer.Kind.ACCEPTED ? a : sign(out, keys, key, pw);
            }
        };
    }

    /** {@link #PRODUCER}, with the main PDF signed by the person then the organisation, and the package signed. */
    static ProducerAdapter signedProducer(Keys keys) {
        ReplyAdapter reply = signedReply(keys);
        return new ProducerAdapter() {
            @Override
            public Answer produce(Scenario s, Path dir, Path out) {
                return PRODUCER.produce(s, dir, out);
            }

            @Override
            public Answer produce(Scenario s, Path dir, Path out, Path key, Path pw) {
                if (s.kind().equals("status")) {
                    return reply.reply(
                            dir.resolve(s.received().orElseThrow()),
                            s.status().orElseThrow(),
                            s.statusDescription().orElseThrow(),
                            out,
                            key,
                            pw);
                }
                Answer a = PRODUCER.produce(s, dir, out);
                if (a.kind() != Answer.Kind.ACCEPTED) {
                    return a;
                }
                try {
                    EdocPackage pkg = (EdocPackage) Edxml.read(out);
                    List<Attachment> atts = new java.util.ArrayList<>(pkg.attachments());
                    byte[] pdf;
                    try (var in = atts.get(0).openStream()) {
                        pdf = in.readAllBytes();
                    }
                    for (String alias : List.of("person", "organisation")) {
                        java.io.ByteArrayOutputStream signed = new java.io.ByteArrayOutputStream();
                        dev.edxml.sign.pdf.PdfSigner.builder(keys.key(key, pw, alias))
                                .build()
                                .sign(new java.io.ByteArrayInputStream(pdf), signed);
                        pdf = signed.toByteArray();
                    }
                    atts.set(0, atts.get(0).toBuilder().content(pdf).build());
                    Edxml.write(pkg.toBuilder().attachments(atts).build(), out);
                } catch (Exception e) {
                    return Answer.error(e.toString());
                }
                return sign(out, keys, key, pw);
            }
        };
    }

    private static Answer sign(Path out, Keys keys, Path key, Path pw) {
        try {
            EdxmlPackage pkg = Edxml.read(out);
            EdxmlPackage signed = dev.edxml.sign.Signer.builder()
                    .key(keys.key(key, pw, "organisation"))
                    .build()
                    .sign(pkg);
            Edxml.write(signed, out);
            return ReplyAdapter.written(out);
        } catch (Exception e) {
            return Answer.error(e.toString());
        }
    }
}
