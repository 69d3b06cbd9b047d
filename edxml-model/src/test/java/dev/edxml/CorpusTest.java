package dev.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.edxml.model.Attachment;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentCategory;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.OrganId;
import dev.edxml.model.PayloadType;
import dev.edxml.model.Provenance;
import dev.edxml.model.ReceiverType;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusPackage;
import dev.edxml.model.TraceHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The interop corpus ({@code ../shared/samples}, passed as the system property {@code edxml.samples}): every real
 * package is read, round-trips to an equal model and writes deterministically; the broken ones fail with a precise
 * error. Skipped, with a message, when the corpus is not present.
 */
class CorpusTest {
    /** Samples that are really broken, with the code and line of the error they must produce. */
    private static final Map<String, String> BROKEN = Map.of(
            "vpcp-sdk/edoc.edxml", "EDXML-ENV-001@116",
            "lgsp-quangnam-example/edoc.edxml", "EDXML-ENV-001@74",
            "vpcp-sdk/edoc_new_jdk18_junk-prefix.edxml", "EDXML-ENV-003@1");

    static Path corpus() {
        String dir = System.getProperty("edxml.samples");
        Path p = dir == null ? null : Path.of(dir);
        assumeTrue(
                p != null && Files.isDirectory(p),
                "interop corpus not present (system property edxml.samples=" + dir + "): corpus tests skipped");
        return p;
    }

    static List<Path> packages() throws IOException {
        Path root = corpus();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(".edxml") || f.toString().endsWith(".xml"))
                    .sorted()
                    .toList();
        }
    }

    private static String key(Path file) {
        Path root = corpus();
        return root.relativize(file).toString().replace('\\', '/');
    }

    @TestFactory
    Stream<DynamicTest> everySampleReadsOrFailsPrecisely() throws IOException {
        List<Path> files = packages();
        assertTrue(files.size() >= 30, "expected the whole corpus, found " + files.size());
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(key(f), () -> {
                    String expected = BROKEN.get(key(f));
                    if (expected != null) {
                        EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.read(f));
                        assertEquals(expected, e.code() + "@" + e.line().orElse(-1), e.getMessage());
                        return;
                    }
                    EdxmlPackage pkg = Edxml.read(f);
                    byte[] written = Edxml.toBytes(pkg);
                    EdxmlPackage again = Edxml.parse(written);
                    assertEquals(pkg, again, "read -> write -> read changed the model");
                    assertArrayEquals(written, Edxml.toBytes(again), "writing is not deterministic");
                    assertArrayEquals(written, Edxml.toBytes(pkg), "writing the same package twice differs");
                }));
    }

    @Test
    void junkBeforeTheDeclarationIsReadableOnlyWhenAskedFor() throws IOException {
        Path f = corpus().resolve("vpcp-sdk/edoc_new_jdk18_junk-prefix.edxml");
        EdxmlPackage pkg = Edxml.reader().skipJunkBeforeXmlDeclaration().read(f);
        assertTrue(pkg.provenance().quirks().contains(Provenance.Quirk.LEADING_JUNK_SKIPPED));
        assertEquals(
                "002.00.20.H13",
                ((EdocPackage) pkg)
                        .header()
                        .from()
                        .orElseThrow()
                        .organId()
                        .orElseThrow()
                        .value());
    }

    @Test
    void realAxisTrafficKeepsItsOddities() throws IOException {
        EdocPackage p = (EdocPackage) Edxml.read(corpus().resolve("vxp-received/knobstick_petrolimex_2025.edxml"));
        assertEquals(
                List.of("G12", "000.00.00.G12"),
                p.header().to().stream()
                        .map(o -> o.organId().orElseThrow().value())
                        .toList());
        assertEquals(
                OrganId.Scheme.ENTERPRISE,
                p.header().from().orElseThrow().organId().orElseThrow().scheme());
        DocumentCategory type =
                p.header().documentType().orElseThrow().category().orElseThrow();
        assertEquals("71", type.code());
        assertFalse(type.isKnown());
        List<TraceHeader> hops = p.traceHeaders();
        assertEquals(3, hops.size());
        assertTrue(hops.get(1).organId().isEmpty(), "the axis hop has no OrganId");
        assertEquals("02.29.W00", hops.get(2).organId().orElseThrow().value());
        assertEquals(BusinessDocType.NEW, p.business().orElseThrow().type().orElseThrow());
        assertEquals(2, p.attachments().size());
        assertEquals(PayloadType.PDF, p.attachments().get(0).payloadType());
        assertTrue(p.signature().isEmpty());
    }

    @Test
    void updatePackageCarriesItsReceiverChanges() throws IOException {
        EdocPackage p = (EdocPackage) Edxml.read(corpus().resolve("vpcp-sdk/edoc_update.edxml"));
        var info = p.business().orElseThrow().documentInfos().get(0);
        assertEquals(1, info.documentInfo().orElseThrow());
        var receivers = info.receivers();
        assertEquals(ReceiverType.REMOVED, receivers.get(0).type().orElseThrow());
        assertEquals(ReceiverType.ADDED, receivers.get(1).type().orElseThrow());
        assertTrue(p.signature().orElseThrow().isLegacyPlaceholder());
        assertTrue(p.provenance().quirks().contains(Provenance.Quirk.LEGACY_SIGNATURE_PLACEHOLDER));
        // the impossible date in Bussiness/DocumentId is kept as text, not "corrected"
        assertEquals(
                "000.00.00.G22,2014/02/30,7806/VPCP-TTĐT",
                p.business().orElseThrow().documentId().orElseThrow());
    }

    @Test
    void everyStatusCodeSampleReads() throws IOException {
        Map<String, StatusCode> expected = Map.of(
                "status_inbox_01.edxml",
                StatusCode.ARRIVED,
                "status_rejection_02.edxml",
                StatusCode.REJECTED,
                "status_acceptance_03.edxml",
                StatusCode.ACCEPTED,
                "status_assignment_04.edxml",
                StatusCode.ASSIGNED,
                "status_processing_05.edxml",
                StatusCode.IN_PROCESS,
                "status_finish_06.edxml",
                StatusCode.FINISHED,
                "status_cancellation_13.edxml",
                StatusCode.RECALL_REQUESTED,
                "status_change-acceptance_15.edxml",
                StatusCode.CHANGE_ACCEPTED,
                "status_change-rejection_16.edxml",
                StatusCode.CHANGE_REJECTED);
        for (Map.Entry<String, StatusCode> e : expected.entrySet()) {
            StatusPackage s =
                    (StatusPackage) Edxml.read(corpus().resolve("vpcp-sdk").resolve(e.getKey()));
            assertEquals(e.getValue(), s.header().statusCode().orElseThrow(), e.getKey());
            assertTrue(s.header().timestamp().orElseThrow().instant().isPresent(), e.getKey());
        }
        StatusPackage bkav =
                (StatusPackage) Edxml.read(corpus().resolve("bkav-edoc-integrator/status_processing_05.edxml"));
        assertTrue(bkav.header().from().orElseThrow().name().isPresent(), "Organization children in any order");
    }

    @Test
    void wrongDateFormatIsKeptAndUnderstood() throws IOException {
        EdocPackage p = (EdocPackage) Edxml.read(corpus().resolve("bkav-edoc-integrator/edoc_new_tayninh.edxml"));
        var date = p.header().promulgationInfo().orElseThrow().date().orElseThrow();
        assertEquals("30/10/2020", date.text());
        assertFalse(date.isCanonical());
        assertEquals(java.time.LocalDate.of(2020, 10, 30), date.date().orElseThrow());
    }

    @Test
    void zippedAttachmentsUnpackAndCorruptOnesFailClearly() throws IOException {
        EdocPackage p = (EdocPackage) Edxml.read(corpus().resolve("vpcp-sdk/edoc_new.edxml"));
        Attachment doc = p.attachments().get(0);
        assertTrue(doc.isZippedByConvention(), "a .doc transported as the SDK's zip");
        try (InputStream in = doc.openDocument()) {
            assertTrue(in.readAllBytes().length > 0);
        }
        EdocPackage broken = (EdocPackage) Edxml.read(corpus().resolve("gateway-built/test_edxml_with_content.edxml"));
        EdxmlException e = assertThrows(EdxmlException.class, () -> {
            try (InputStream in = broken.attachments().get(0).openDocument()) {
                in.readAllBytes();
            }
        });
        assertEquals("EDXML-ATT-010", e.code());
    }

    @Test
    void gatewayFilesAreAttachmentsAndTheFlavourIsNamed() throws IOException {
        // issue 15: the file in edXMLAttachments/Attachment/AttachmentData is the package's attachment, not unknown
        // content (which hid it from everything that looks for attachments: "carries no attachment")
        EdocPackage p = (EdocPackage) Edxml.read(corpus().resolve("gateway-built/nonstd_1760427207626_b.txt.edxml"));
        assertEquals(Provenance.Flavour.GATEWAY_NONSTANDARD, p.provenance().flavour());
        assertTrue(p.provenance().quirks().contains(Provenance.Quirk.GATEWAY_ATTACHMENTS));
        assertEquals(1, p.attachments().size());
        assertEquals("1760427207626_b.txt", p.attachments().get(0).name().orElseThrow());
        try (InputStream in = p.attachments().get(0).content().openStream()) {
            assertEquals("b", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertTrue(p.envelopeExtensions().elements().stream()
                .noneMatch(e -> e.localName().equals("edXMLAttachments")));
        // written in the regulation's layout (AttachmentEncoded), then stable
        byte[] once = Edxml.toBytes(p);
        assertTrue(new String(once, java.nio.charset.StandardCharsets.UTF_8).contains("AttachmentEncoded"));
        assertTrue(Arrays.equals(once, Edxml.toBytes(Edxml.parse(once))));
    }
}
