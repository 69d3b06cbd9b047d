package dev.edxml.axis;

import static dev.edxml.axis.Letters.G22;
import static dev.edxml.axis.Letters.H14;
import static dev.edxml.axis.Letters.H41;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusPackage;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.SignatureVerificationException;
import dev.edxml.sign.Signer;
import dev.edxml.sign.SigningKey;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.testkit.TestCa;
import dev.edxml.validate.Profile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our client against the local axis over real sockets on 127.0.0.1: two agencies exchange a signed letter. */
class ExchangeTest {
    private static TestCa pki;
    private static SigningKey signer;

    @TempDir
    Path tmp;

    private LocalAxis axis;

    @BeforeAll
    static void keys() throws Exception {
        pki = TestCa.root("TEST ONLY axis root");
        signer = signer(pki, "Văn thư VPCP (TEST ONLY)");
    }

    @BeforeEach
    void start() throws Exception {
        axis = configured(LocalAxis.builder().dataDir(tmp.resolve("axis"))).start();
    }

    @AfterEach
    void stop() {
        axis.close();
    }

    /** A signer (subject C=VN, CN=cn) issued by {@code ca}, with its chain up to the root. */
    static SigningKey signer(TestCa ca, String cn) throws java.security.GeneralSecurityException {
        dev.edxml.testkit.Issued i = ca.leaf(TestCa.subject(null, null, cn)).issue();
        return SigningKey.of(i.privateKey(), i.chain());
    }

    static LocalAxis.Builder configured(LocalAxis.Builder b) {
        return b.system("vxp.g22", "bi-mat-g22")
                .system("vxp.h41", "bi-mat-h41")
                .system("vxp.h14", "bi-mat-h14")
                .agency(G22, "vxp.g22", "Văn phòng Chính phủ")
                .agency(H41, "vxp.h41")
                .agency(H14, "vxp.h14");
    }

    static AxisClient client(URI endpoint, String system, String secret) {
        return AxisClient.builder()
                .endpoint(endpoint)
                .systemId(system)
                .secret(secret.toCharArray())
                .backoff(java.time.Duration.ofMillis(20))
                .build();
    }

    private Path signedLetter(String number, String... to) throws Exception {
        EdocPackage signed = Signer.builder().key(signer).build().sign(Letters.letter(number, Letters.pdf(40_000), to));
        return Letters.write(tmp, number + ".edxml", signed);
    }

    @Test
    void twoAgenciesExchangeASignedLetterAndItsStatus() throws Exception {
        AxisClient g22 = client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
        AxisClient h41 = client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
        Path sent = signedLetter("7816", H41);

        SendReceipt receipt = g22.send(sent);
        assertEquals(MessageType.EDOC, receipt.messageType());
        assertEquals(Files.size(sent), receipt.size());

        List<ReceivedMessage> inbox = h41.received(MessageType.EDOC);
        assertEquals(1, inbox.size(), inbox::toString);
        ReceivedMessage m = inbox.get(0);
        assertEquals(G22, m.from());
        assertEquals(H41, m.to());
        assertEquals("pending", m.status());
        assertEquals(1, h41.count(MessageType.EDOC));
        assertEquals(List.of(), client(axis.endpoint(), "vxp.h14", "bi-mat-h14").received(null), "H14 gets nothing");

        Path got = h41.download(m.docId(), tmp.resolve("in/" + m.docId() + ".edxml"));
        // the axis appended its hop and changed nothing else
        String original = Files.readString(sent, StandardCharsets.UTF_8);
        String received = Files.readString(got, StandardCharsets.UTF_8);
        assertTrue(received.length() > original.length());
        int at = 0;
        while (original.charAt(at) == received.charAt(at)) {
            at++;
        }
        String inserted = received.substring(at, at + received.length() - original.length());
        assertEquals(
                original,
                received.substring(0, at) + received.substring(at + inserted.length()),
                "only the hop was inserted");
        assertTrue(inserted.contains("<edXML:TraceHeader>") && inserted.contains("<edXML:Timestamp>"), inserted);
        assertTrue(received.substring(at + inserted.length()).stripLeading().startsWith("</edXML:TraceHeaderList>"));
        EdocPackage read = (EdocPackage) Edxml.read(got);
        assertEquals(2, read.traceHeaders().size());

        // the receiver answers 03 and acknowledges the delivery
        StatusPackage accepted = Letters.status((EdocPackage) Edxml.read(sent), H41, StatusCode.ACCEPTED);
        SendReceipt statusReceipt = h41.send(Letters.write(tmp, "7816-03.edxml", accepted));
        assertEquals(MessageType.STATUS, statusReceipt.messageType());
        h41.updateStatus(m.docId(), DeliveryStatus.DONE);
        assertEquals(List.of(), h41.received(MessageType.EDOC), "a delivery marked done is no longer listed");

        // the sender sees the status
        List<ReceivedMessage> statuses = g22.received(MessageType.STATUS);
        assertEquals(1, statuses.size());
        Path statusFile = g22.download(statuses.get(0).docId(), tmp.resolve("status.edxml"));
        StatusPackage status = (StatusPackage) Edxml.read(statusFile);
        assertEquals("03", status.header().statusCode().orElseThrow().code());
        assertEquals(
                read.header().documentId(),
                status.header().responseFor().orElseThrow().documentId());
        List<SentMessage> deliveries = g22.sent(MessageType.EDOC);
        assertEquals(1, deliveries.size());
        assertEquals(receipt.docId(), deliveries.get(0).senderDocId());
        assertEquals("done", deliveries.get(0).receiveStatus());
        assertEquals(m.docId(), deliveries.get(0).receiverDocId());
    }

    @Test
    void theReceiverVerifiesTheSignedLetterDespiteTheAxisHop() throws Exception {
        AxisClient g22 = client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
        AxisClient h41 = client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
        g22.send(signedLetter("7817", H41));
        ReceivedMessage m = h41.received(MessageType.EDOC).get(0);
        Path got = h41.download(m.docId(), tmp.resolve("got.edxml"));
        SignatureReport report = Verifier.of(
                        TrustPolicy.builder().trustAnchor(pki.certificate()).build())
                .verify(got);
        assertEquals(1, report.unsignedHops().size(), report::toString);
        assertEquals(2, report.unsignedHops().get(0).position());
        assertTrue(report.unsignedHops().get(0).organId().isEmpty(), "the axis's hop has only a Timestamp");
        // a change to what the sender signed is still caught after the hop
        Path changed = tmp.resolve("changed.edxml");
        Files.writeString(
                changed, Files.readString(got, StandardCharsets.UTF_8).replace("7817", "7818"), StandardCharsets.UTF_8);
        assertThrows(SignatureVerificationException.class, () -> Verifier.of(
                        TrustPolicy.builder().trustAnchor(pki.certificate()).build())
                .verify(changed));
    }

    @Test
    void aLetterToTwoAgenciesIsDeliveredToEachInbox() throws Exception {
        AxisClient g22 = client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
        SendReceipt r = g22.send(signedLetter("7818", H41, H14));
        for (String[] s : new String[][] {{"vxp.h41", "bi-mat-h41", H41}, {"vxp.h14", "bi-mat-h14", H14}}) {
            List<ReceivedMessage> in = client(axis.endpoint(), s[0], s[1]).received(MessageType.EDOC);
            assertEquals(1, in.size());
            assertEquals(s[2], in.get(0).to());
        }
        assertEquals(2, g22.sent(null).size());
        assertEquals(r.docId(), g22.sent(null).get(1).senderDocId());
    }

    @Test
    void aWrongSecretIsRefusedWithTheHmacCode() throws Exception {
        AxisClient wrong = client(axis.endpoint(), "vxp.g22", "not-the-secret");
        AxisException e = assertThrows(AxisException.class, () -> wrong.received(MessageType.EDOC));
        assertEquals("EDXML-AXS-004", e.code());
        assertEquals("EDXML-AXS-104", e.axisErrorCode().orElseThrow());
        assertEquals(401, e.httpStatus().orElseThrow());
        assertFalse(e.packageRefused());
        AxisException unknown = assertThrows(AxisException.class, () -> client(axis.endpoint(), "vxp.nobody", "x")
                .agencies());
        assertEquals("EDXML-AXS-103", unknown.axisErrorCode().orElseThrow());
        assertTrue(unknown.message(Locale.forLanguageTag("vi")).contains("Trục từ chối"));
    }

    @Test
    void packagesTheAxisCannotRouteAreRefused() throws Exception {
        AxisClient g22 = client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
        AxisException unknownReceiver =
                assertThrows(AxisException.class, () -> g22.send(signedLetter("7819", "000.00.00.X99")));
        assertEquals("EDXML-AXS-208", unknownReceiver.axisErrorCode().orElseThrow());
        assertTrue(unknownReceiver.packageRefused());
        // H41's system may not send in G22's name
        AxisException notYours =
                assertThrows(AxisException.class, () -> client(axis.endpoint(), "vxp.h41", "bi-mat-h41")
                        .send(signedLetter("7820", H14)));
        assertEquals("EDXML-AXS-207", notYours.axisErrorCode().orElseThrow());
        Path notEdxml = Files.writeString(tmp.resolve("x.edxml"), "<html/>");
        assertEquals(
                "EDXML-AXS-205",
                assertThrows(AxisException.class, () -> g22.send(notEdxml)).code());
        AxisException lie =
                assertThrows(AxisException.class, () -> g22.send(signedLetter("7821", H41), MessageType.STATUS));
        assertEquals("EDXML-AXS-206", lie.axisErrorCode().orElseThrow());
        assertEquals(0, axis.messageCount());
    }

    @Test
    void multipartUploadsAndPlainHexHashesAreAcceptedToo() throws Exception {
        AxisClient g22 = AxisClient.builder()
                .endpoint(axis.endpoint())
                .systemId("vxp.g22")
                .secret("bi-mat-g22".toCharArray())
                .multipartUpload(true)
                .plainHexHash(true)
                .build();
        Path letter = signedLetter("7822", H41);
        g22.send(letter);
        AxisClient h41 = client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
        Path got = h41.download(h41.received(MessageType.EDOC).get(0).docId(), tmp.resolve("m.edxml"));
        assertEquals(Files.readString(letter, StandardCharsets.UTF_8), withoutHop(letter, got));
    }

    /** The received package without the one hop the axis inserted (the test fails when anything else differs). */
    static String withoutHop(Path sent, Path got) throws Exception {
        String original = Files.readString(sent, StandardCharsets.UTF_8);
        String received = Files.readString(got, StandardCharsets.UTF_8);
        int at = 0;
        while (at < original.length() && original.charAt(at) == received.charAt(at)) {
            at++;
        }
        return received.substring(0, at) + received.substring(at + received.length() - original.length());
    }

    @Test
    void aStrictAxisRefusesUntrustedSignaturesAndInvalidPackages() throws Exception {
        TestCa other = TestCa.root("TEST ONLY another root");
        try (LocalAxis strict = configured(LocalAxis.builder().dataDir(tmp.resolve("strict")))
                .trust(TrustPolicy.builder().trustAnchor(other.certificate()).build())
                .locale(Locale.ENGLISH)
                .start()) {
            AxisException e = assertThrows(AxisException.class, () -> client(strict.endpoint(), "vxp.g22", "bi-mat-g22")
                    .send(signedLetter("7823", H41)));
            assertEquals("EDXML-AXS-211", e.axisErrorCode().orElseThrow());
            assertTrue(e.axisErrorDesc().orElseThrow().contains("signature"), e.getMessage());
        }
        try (LocalAxis strict = configured(LocalAxis.builder().dataDir(tmp.resolve("strict2")))
                .validation(Profile.AXIS)
                .start()) {
            Path unsigned = Letters.write(tmp, "unsigned.edxml", Letters.letter("7824", Letters.pdf(100), H41));
            AxisException e = assertThrows(AxisException.class, () -> client(strict.endpoint(), "vxp.g22", "bi-mat-g22")
                    .send(unsigned));
            assertEquals("EDXML-AXS-210", e.axisErrorCode().orElseThrow());
            assertTrue(e.axisErrorDesc().orElseThrow().contains("EDXML-SIG-"), e.getMessage());
            // a trusted signed letter passes both checks
        }
        try (LocalAxis strict = configured(LocalAxis.builder().dataDir(tmp.resolve("strict3")))
                .trust(TrustPolicy.builder().trustAnchor(pki.certificate()).build())
                .start()) {
            client(strict.endpoint(), "vxp.g22", "bi-mat-g22").send(signedLetter("7825", H41));
            assertEquals(1, strict.messageCount());
        }
    }

    @Test
    void concurrentSendersLoseNothing() throws Exception {
        int senders = 4;
        int each = 3;
        AxisClient g22 = client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
        Path letter = signedLetter("7830", H41);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<SendReceipt>> all = new java.util.ArrayList<>();
            for (int i = 0; i < senders * each; i++) {
                all.add(pool.submit(() -> g22.send(letter)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Future<SendReceipt> f : all) {
                ids.add(f.get().docId());
            }
            assertEquals(senders * each, ids.size());
        } finally {
            pool.shutdown();
        }
        assertEquals(
                senders * each,
                client(axis.endpoint(), "vxp.h41", "bi-mat-h41")
                        .received(MessageType.EDOC)
                        .size());
    }

    @Test
    void aClosedAxisIsACodedConnectionFailureAfterRetries() throws Exception {
        URI endpoint = axis.endpoint();
        axis.close();
        AxisClient c = AxisClient.builder()
                .endpoint(endpoint)
                .systemId("vxp.g22")
                .secret("x".toCharArray())
                .retries(2)
                .backoff(java.time.Duration.ofMillis(10))
                .build();
        AxisException e = assertThrows(AxisException.class, () -> c.received(MessageType.EDOC));
        assertEquals("EDXML-AXS-001", e.code());
        assertTrue(e.message(Locale.forLanguageTag("vi")).startsWith("Không kết nối được"), e::getMessage);
    }

    @Test
    void downloadsAreCheckedAndAtomic() throws Exception {
        AxisClient h41 = client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
        Path target = Files.writeString(tmp.resolve("keep.edxml"), "old");
        AxisException e = assertThrows(AxisException.class, () -> h41.download("no-such-id", target));
        assertEquals("EDXML-AXS-130", e.axisErrorCode().orElseThrow());
        assertEquals("old", Files.readString(target), "the old file stays when the download fails");
        try (var files = Files.list(tmp)) {
            assertEquals(
                    List.of(target),
                    files.filter(p -> p.getFileName().toString().startsWith(".axis-") || p.equals(target))
                            .toList());
        }
    }
}
