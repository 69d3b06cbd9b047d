package dev.edxml.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.edxml.Edxml;
import dev.edxml.EdxmlWriter;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.internal.xml.StaxInput;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * EDXML-ENV-030 … 036: the package against edxml-java's XSD and the Java shape rules. One vector that triggers each
 * code and one that does not; the layouts the schema must accept; the schema's required children named; the corpus.
 */
class StructureRulesTest {
    static final String FULL = resource("structure-full.edxml");
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    static String resource(String name) {
        try (InputStream in = StructureRulesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidationReport check(String xml, Profile profile) {
        return Validator.of(profile).validate(xml.getBytes(StandardCharsets.UTF_8), "t.edxml");
    }

    /** The findings of the structure codes (ENV-030 … 036). */
    static List<Finding> structure(ValidationReport r) {
        return r.findings().stream()
                .filter(f ->
                        f.code().compareTo("EDXML-ENV-030") >= 0 && f.code().compareTo("EDXML-ENV-036") <= 0)
                .toList();
    }

    /** Exactly one structure finding, of this code; returned for further checks. */
    static Finding only(String code, String xml) {
        List<Finding> found = structure(check(xml, Profile.QCVN102));
        assertEquals(1, found.size(), found.toString());
        assertEquals(code, found.get(0).code(), found.toString());
        return found.get(0);
    }

    static void none(String xml) {
        for (Profile p : Profile.builtIn()) {
            assertEquals(List.of(), structure(check(xml, p)), p.name());
        }
    }

    static String replace(String xml, String what, String with) {
        assertTrue(xml.contains(what), what);
        return xml.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with));
    }

    @Test
    void theFullPackageHasNoStructuralFinding() {
        none(FULL);
    }

    @Test
    void env030AnElementOfTheRegulationWhereItHasNoPlace() {
        Finding f = only(
                "EDXML-ENV-030",
                replace(FULL, "<edXML:TraceHeader>", "<edXML:Subject>lạc chỗ</edXML:Subject><edXML:TraceHeader>"));
        assertTrue(f.messageEn().startsWith("Subject is not allowed in TraceHeaderList"), f.toString());
        assertTrue(f.location().path().endsWith("/TraceHeaderList/Subject"), f.toString());
        assertTrue(f.location().line() > 0 && f.location().column() > 0, f.toString());
        Finding inValue = only("EDXML-ENV-030", replace(FULL, "<edXML:Subject>V/v", "<edXML:Subject><edXML:Code/>V/v"));
        assertTrue(inValue.messageEn().startsWith("Code is not allowed in Subject"), inValue.toString());
        none(replace(FULL, "<edXML:Subject>V/v", "<edXML:Subject>Về việc"));
    }

    @Test
    void env031ASingletonRepeatedInXsdAllAndInRepeatedChoiceContent() {
        Finding xsd =
                only("EDXML-ENV-031", replace(FULL, "</edXML:From>", "<edXML:Website>x</edXML:Website></edXML:From>"));
        assertTrue(xsd.messageEn().startsWith("Website appears more than once in From"), xsd.toString());
        Finding java = only(
                "EDXML-ENV-031",
                replace(
                        FULL,
                        "<edXML:PromulgationInfo>",
                        "<edXML:Code><edXML:CodeNumber>13</edXML:CodeNumber><edXML:CodeNotation>VPCP</edXML:CodeNotation>"
                                + "</edXML:Code><edXML:PromulgationInfo>"));
        assertTrue(java.messageEn().startsWith("Code appears more than once in MessageHeader"), java.toString());
        assertTrue(java.location().path().endsWith("/MessageHeader/Code[2]"), java.toString());
        only(
                "EDXML-ENV-031",
                replace(
                        FULL,
                        "<edXML:TraceHeader>",
                        "<Business><BusinessDocType>0</BusinessDocType>" + "</Business><edXML:TraceHeader>"));
        // To, ResponseFor and TraceHeader repeat by design
        none(replace(
                FULL,
                "<edXML:DocumentId>000.00.00.G22,2024/05/02",
                "<edXML:To><edXML:OrganId>H14</edXML:OrganId>"
                        + "</edXML:To><edXML:DocumentId>000.00.00.G22,2024/05/02"));
    }

    @Test
    void env032ARequiredChildMissing() {
        Finding f = only("EDXML-ENV-032", replace(FULL, "<edXML:CodeNotation>VPCP-TTĐT</edXML:CodeNotation>", ""));
        assertEquals("Code lacks CodeNotation, which QCVN 102:2016 requires there", f.messageEn());
        assertEquals("Phần tử Code thiếu CodeNotation, là thành phần bắt buộc theo QCVN 102:2016", f.messageVi());
        none(replace(FULL, "<edXML:Place>Hà Nội</edXML:Place>", ""));
    }

    /** Each child the schema requires, removed from the full package, is named by ENV-032: the table and the XSD agree. */
    @TestFactory
    Stream<DynamicTest> env032NamesEveryRequiredChildOfTheSchema() {
        return Shapes.REQUIRED.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(child -> DynamicTest.dynamicTest(e.getKey() + "/" + child, () -> {
                    ValidationReport r = check(without(e.getKey(), child), Profile.QCVN102);
                    List<Finding> missing = r.findings().stream()
                            .filter(f -> f.code().equals("EDXML-ENV-032"))
                            .toList();
                    assertEquals(1, missing.size(), r.findings().toString());
                    assertTrue(
                            missing.get(0).messageEn().startsWith(e.getKey() + " lacks " + child),
                            missing.get(0).toString());
                })));
    }

    @Test
    void env033UnknownElementsOfTheRegulationsNamespaceAndForeignOnesWhereNoExtensionIsKept() {
        Finding unknown = only("EDXML-ENV-033", replace(FULL, "<edXML:Subject>", "<edXML:Subjekt/><edXML:Subject>"));
        assertTrue(
                unknown.messageEn()
                        .startsWith("Element Subjekt (namespace '" + NS + "') is not allowed in " + "MessageHeader"),
                unknown.toString());
        only("EDXML-ENV-033", replace(FULL, "<edXML:Fax>", "<x:Zalo xmlns:x=\"urn:x\">0912</x:Zalo><edXML:Fax>"));
        none(replace(FULL, "<edXML:Subject>", "<x:Zalo xmlns:x=\"urn:x\"><x:n>0912</x:n></x:Zalo><edXML:Subject>"));
    }

    @Test
    void env034AttributesOutsideTheSchema() {
        Finding f = only("EDXML-ENV-034", replace(FULL, "<edXML:Subject>", "<edXML:Subject lang=\"vi\">"));
        assertEquals("Attributes not allowed on Subject: lang", f.messageEn());
        Finding several = only(
                "EDXML-ENV-034",
                replace(
                        FULL,
                        "<edXML:From>",
                        "<edXML:From kind=\"issuer\" " + "edXML:role=\"1\" xmlns:x=\"urn:x\" x:ok=\"1\">"));
        assertEquals("Attributes not allowed on From: kind, edXML:role", several.messageEn());
        assertEquals("Thuộc tính không được phép có trên phần tử From: kind, edXML:role", several.messageVi());
        Finding nil = only(
                "EDXML-ENV-034",
                replace(
                        FULL,
                        "<edXML:Fax>",
                        "<edXML:Fax xsi:nil=\"true\" " + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"));
        assertEquals("Attributes not allowed on Fax: xsi:nil", nil.messageEn());
        none(replace(
                replace(
                        replace(
                                FULL,
                                "<edXML:Reference>",
                                "<edXML:Reference xmlns:xlink="
                                        + "\"http://www.w3.org/1999/xlink\" xlink:href=\"cid:att-1\">"),
                        "<edXML:TraceHeaderList>",
                        "<edXML:TraceHeaderList id=\"t1\" version=\"1.0\" mustUnderstand=\"1\">"),
                "<edXML:From>",
                "<edXML:From xmlns:x=\"urn:x\" x:role=\"issuer\">"));
    }

    @Test
    void env035TextWhereOnlyElementsBelong() {
        Finding f = only(
                "EDXML-ENV-035",
                replace(
                        FULL,
                        "<edXML:OrganId>000.00.00.G22</edXML:OrganId>",
                        "Văn phòng Chính phủ<edXML:OrganId>000.00.00.G22</edXML:OrganId>"));
        assertTrue(f.messageEn().startsWith("From contains text"), f.toString());
        none(replace(
                FULL,
                "<edXML:OrganId>000.00.00.G22</edXML:OrganId>",
                "\n\t  <!-- cơ quan ban hành -->\n<edXML:OrganId>000.00.00.G22</edXML:OrganId>"));
    }

    @Test
    void env036AnOrderNoProducerWritesIsAWarningNeverAnError() {
        String mixed = replace(
                replace(FULL, "<edXML:Subject>V/v kết nối, liên thông phần mềm</edXML:Subject>", ""),
                "<edXML:Code>",
                "<edXML:Subject>V/v kết nối, liên thông phần mềm</edXML:Subject><edXML:Code>");
        Finding f = only("EDXML-ENV-036", mixed);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.messageEn().contains("(Code after Subject)"), f.toString());
        assertEquals(
                Severity.WARNING, structure(check(mixed, Profile.AXIS)).get(0).severity());
        assertEquals(
                Severity.INFO, structure(check(mixed, Profile.LENIENT)).get(0).severity());
        none(regulationOrder());
    }

    /** The header in the regulation's order: DocumentId last, ToPlaces before OtherInfo, no SDK-only elements. */
    static String regulationOrder() {
        String docId = "<edXML:DocumentId>000.00.00.G22,2024/05/02,12/VPCP-TTĐT</edXML:DocumentId>";
        String toPlaces = FULL.substring(
                FULL.indexOf("<edXML:ToPlaces>"), FULL.indexOf("</edXML:ToPlaces>") + "</edXML:ToPlaces>".length());
        String s = replace(FULL, docId, "");
        s = replace(s, toPlaces, "");
        s = replace(
                s,
                "<edXML:ResponseForTask>\n          <edXML:TaskCode>NV-01</edXML:TaskCode>\n"
                        + "        </edXML:ResponseForTask>",
                "");
        s = replace(s, "<edXML:ApplicationType>QLVB</edXML:ApplicationType>", "");
        s = replace(s, "<edXML:OtherInfo>", toPlaces + "<edXML:OtherInfo>");
        return replace(s, "</edXML:MessageHeader>", docId + "</edXML:MessageHeader>");
    }

    @Test
    void theSeverityOnTheAxisFollowsWhatPeersCanRead() {
        String misplaced = replace(FULL, "<edXML:TraceHeader>", "<edXML:Subject>x</edXML:Subject><edXML:TraceHeader>");
        String unknown = replace(FULL, "<edXML:Subject>", "<edXML:Subjekt/><edXML:Subject>");
        assertEquals(
                Severity.ERROR, structure(check(misplaced, Profile.AXIS)).get(0).severity());
        assertEquals(
                Severity.WARNING,
                structure(check(misplaced, Profile.LENIENT)).get(0).severity());
        assertEquals(
                Severity.WARNING, structure(check(unknown, Profile.AXIS)).get(0).severity());
        assertEquals(
                Severity.ERROR,
                structure(check(unknown, Profile.QCVN102)).get(0).severity());
    }

    @Test
    void theLayoutsOfRealTrafficAreAccepted() {
        String dsig =
                "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo/><SignatureValue>AA==</Signature"
                        + "Value></Signature>";
        none(replace(FULL, "</edXML:edXMLHeader>", dsig + "</edXML:edXMLHeader>"));
        none(replace(
                FULL,
                "</edXML:edXMLHeader>",
                "<Signature><SignedInfo><Reference URI=\"\"/></SignedInfo>"
                        + "<SignatureValue>AA==</SignatureValue></Signature></edXML:edXMLHeader>"));
        none(FULL.replace("Bussiness", "Business"));
        String inside = FULL.substring(FULL.indexOf("<AttachmentEncoded>"), FULL.indexOf("</edXML>"));
        none(replace(replace(FULL, inside, ""), "</edXML:edXMLEnvelope>", inside + "</edXML:edXMLEnvelope>"));
        String bare = FULL.substring(
                FULL.indexOf("<edXML:edXMLEnvelope"),
                FULL.indexOf("</edXML:edXMLEnvelope>") + "</edXML:edXMLEnvelope>".length());
        none("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + bare);
        none(FULL.replace("edXMLManifest", "Manifest"));
        none(resource("structure-status.edxml"));
    }

    @Test
    void whatThisLibraryWritesFitsTheSchemaInEitherOrder() throws Exception {
        EdxmlPackage pkg = Edxml.read(new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8)));
        for (EdxmlWriter writer :
                List.of(Edxml.writer().sdkOrder(), Edxml.writer().regulationOrder())) {
            none(new String(writer.toBytes(pkg), StandardCharsets.UTF_8));
        }
        none(new String(
                Edxml.writer()
                        .regulationOrder()
                        .toBytes(Edxml.read(new ByteArrayInputStream(
                                resource("structure-status.edxml").getBytes(StandardCharsets.UTF_8)))),
                StandardCharsets.UTF_8));
    }

    @Test
    void theGatewayVocabularyIsReportedOnceByEnv023() {
        String gateway = replace(
                FULL,
                "<edXML:edXMLManifest version=\"1.0\">",
                "<edXML:Content>Toàn văn</edXML:Content>" + "<edXML:edXMLManifest version=\"1.0\">");
        ValidationReport r = check(gateway, Profile.QCVN102);
        assertTrue(r.has("EDXML-ENV-023"), r.findings().toString());
        assertEquals(List.of(), structure(r));
    }

    @Test
    void whatIsNotWellFormedHasNoStructureToSpeakOf() {
        ValidationReport r = check(FULL.substring(0, FULL.indexOf("</edXML:edXMLHeader>")), Profile.QCVN102);
        assertTrue(r.has("EDXML-ENV-001"), r.findings().toString());
        assertEquals(List.of(), structure(r));
    }

    @Test
    void theSchemaCheckRefusesDtdsAndEntities() {
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXML xmlns=\"" + NS + "\">&x;</edXML>";
        assertThrows(
                IOException.class,
                () -> SchemaCheck.run(new ByteArrayInputStream(dtd.getBytes(StandardCharsets.UTF_8))));
    }

    /** Every well-formed real package of the interop corpus but the non-standard gateway flavour fits the XSD. */
    @TestFactory
    Stream<DynamicTest> theCorpusFitsTheSchema() throws IOException {
        String dir = System.getProperty("edxml.samples");
        Path root = dir == null ? null : Path.of(dir);
        assumeTrue(
                root != null && Files.isDirectory(root),
                "interop corpus not present (system property edxml.samples=" + dir + "): corpus test skipped");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(
                            f -> f.toString().endsWith(".edxml") || f.toString().endsWith(".xml"))
                    .filter(f -> !f.getFileName().toString().startsWith("nonstd_"))
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() >= 25, "expected the whole corpus, found " + files.size());
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> {
                    ValidationReport r = Validator.of(Profile.QCVN102).validate(f);
                    if (r.has("EDXML-ENV-001")) {
                        // the two broken samples: not XML, so the reader's finding stands alone, with no schema noise
                        assertEquals(List.of(), structure(r), "no structure finding on a file that is not XML: " + f);
                        return;
                    }
                    try (InputStream in = StaxInput.skippingJunk(Files.newInputStream(f))) {
                        assertEquals(List.of(), SchemaCheck.run(in));
                    }
                    assertEquals(
                            List.of(),
                            structure(r).stream()
                                    .filter(x -> x.severity() == Severity.ERROR)
                                    .toList());
                    if (r.kind().isPresent()) {
                        // and as this library writes it again, in either order
                        EdxmlPackage pkg;
                        try (InputStream in = Files.newInputStream(f)) {
                            pkg = Edxml.reader().skipJunkBeforeXmlDeclaration().read(in);
                        }
                        for (EdxmlWriter writer : List.of(
                                Edxml.writer().sdkOrder(), Edxml.writer().regulationOrder())) {
                            ValidationReport again =
                                    Validator.of(Profile.QCVN102).validate(writer.toBytes(pkg), f + " " + writer);
                            assertEquals(List.of(), structure(again), writer.toString());
                        }
                    }
                }));
    }

    /** The full package without the {@code child} elements of the first {@code container}. */
    static String without(String container, String child) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8)));
        Element parent = (Element) d.getElementsByTagNameNS(NS, container).item(0);
        for (Node c = parent.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            if (c instanceof Element && child.equals(c.getLocalName())) {
                parent.removeChild(c);
            }
            c = next;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
