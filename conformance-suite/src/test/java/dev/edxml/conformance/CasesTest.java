package dev.edxml.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.Edxml;
import dev.edxml.EdxmlException;
import dev.edxml.Finding;
import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.conformance.internal.Fields;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.sign.SignatureVerificationException;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.sign.Verifier;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every case against our own library: reading, the reference fields, verification and the validator's findings. */
class CasesTest {
    /** The verifier's reason each signature case is rejected for: the case must break what it says it breaks. */
    private static final Map<String, String> WHY = Map.of(
            "C-SIG-003",
            "EDXML-SIG-011",
            "C-SIG-004",
            "EDXML-SIG-014",
            "C-SIG-005",
            "EDXML-SIG-011",
            "C-SIG-006",
            "EDXML-SIG-012",
            "C-SIG-007",
            "EDXML-SIG-006",
            "C-SIG-011",
            "EDXML-SIG-005",
            "C-SIG-013",
            "EDXML-SIG-008");

    /** The PDF check's reason each PDF case of the axis level is rejected for. */
    private static final Map<String, String> PDF_WHY =
            Map.of("C-PDF-004", "EDXML-PDF-011", "C-PDF-005", "EDXML-PDF-020");

    /** The reader's reason each unreadable case is rejected for. */
    private static final Map<String, String> READER_WHY = Map.ofEntries(
            Map.entry("C-ENV-003", "EDXML-ENV-002"), Map.entry("C-ENV-004", "EDXML-ENV-002"),
            Map.entry("C-ENV-005", "EDXML-ENV-003"), Map.entry("C-ENV-006", "EDXML-ENV-001"),
            Map.entry("C-ENV-007", "EDXML-ENV-003"), Map.entry("C-ENV-008", "EDXML-ENV-004"),
            Map.entry("C-ENV-009", "EDXML-ENV-004"), Map.entry("C-ENV-010", "EDXML-ENV-003"),
            Map.entry("C-HDR-013", "EDXML-HDR-001"), Map.entry("C-ATT-011", "EDXML-ATT-001"),
            Map.entry("C-STA-011", "EDXML-STA-001"), Map.entry("C-STA-012", "EDXML-STA-002"));

    @TempDir
    static Path dir;

    static Verifier verifier;
    static Validator validator;

    @BeforeAll
    static void generate() throws Exception {
        Suite.current().generate(dir);
        verifier = Verifier.of(TrustPolicy.builder()
                .trustAnchors(dir.resolve(Suite.TRUST_ANCHOR_FILE))
                .at(Vectors.NOW)
                .build());
        validator = Validator.builder()
                .profile(Profile.QCVN102)
                .clock(Vectors.CLOCK)
                .build();
    }

    /** The cases whose package is in the generated set (reply and producer cases are checked by RunnerTest). */
    static Stream<ConformanceCase> consumerCases() {
        return Suite.current().cases().stream()
                .filter(c -> c.direction() == ConformanceCase.Direction.CONSUMER && !c.isReply());
    }

    @TestFactory
    Stream<DynamicTest> acceptedCasesAreReadWithTheirFields() {
        return consumerCases()
                .filter(c -> c.expected() == Outcome.ACCEPT)
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    EdxmlPackage pkg = Edxml.read(dir.resolve(c.file()));
                    Map<String, String> read = new java.util.TreeMap<>(c.expectedFields());
                    String binding = read.remove(Runner.SENDER_BINDING);
                    assertEquals(read, Fields.of(pkg));
                    if (pkg.signature().map(s -> s.isXmlDsig()).orElse(false)) {
                        // an accepted signed package verifies (C-SIG-012 although a relay added a hop after signing)
                        var report = verifier.verify(dir.resolve(c.file()));
                        if (binding != null) {
                            assertEquals(
                                    dev.edxml.sign.SenderBinding.Status.MISMATCH,
                                    report.senderBinding().orElseThrow().status());
                            assertEquals("mismatch", binding);
                        }
                        if (c.id().equals("C-SIG-012")) {
                            assertEquals(1, report.unsignedHops().size(), report.toString());
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> rejectedCasesFailToReadOrToVerify() {
        return consumerCases()
                .filter(c -> c.expected() == Outcome.REJECT)
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    Path file = dir.resolve(c.file());
                    if (c.id().startsWith("C-PDF-")) {
                        // the package reads and has no XML signature to break: its PDF's signature is what fails
                        EdocPackage pkg = (EdocPackage) Edxml.read(file);
                        var pdf = dev.edxml.sign.pdf.PdfVerifier.of(TrustPolicy.builder()
                                        .trustAnchors(dir.resolve(Suite.TRUST_ANCHOR_FILE))
                                        .build())
                                .examine(pkg.attachments().get(0));
                        assertTrue(pdf.isSigned() && !pdf.isValid(), pdf.toString());
                        assertTrue(
                                pdf.hasProblem(PDF_WHY.get(c.id())),
                                c.id() + ": " + pdf.describe(java.util.Locale.ENGLISH));
                    } else if (c.id().equals("C-SIG-013")) {
                        // refused for SHA-1 only: with the legacy switch the very same signature verifies
                        SignatureVerificationException e =
                                assertThrows(SignatureVerificationException.class, () -> verifier.verify(file));
                        assertEquals(
                                List.of(WHY.get(c.id())),
                                e.report().errors().stream()
                                        .map(Finding::code)
                                        .distinct()
                                        .toList());
                        assertTrue(Verifier.of(TrustPolicy.builder()
                                        .trustAnchors(dir.resolve(Suite.TRUST_ANCHOR_FILE))
                                        .at(Vectors.NOW)
                                        .allowInsecureLegacySha1()
                                        .build())
                                .verify(file)
                                .isValid());
                    } else if (c.id().startsWith("C-SIG-")) {
                        SignatureVerificationException e =
                                assertThrows(SignatureVerificationException.class, () -> verifier.verify(file));
                        List<String> codes =
                                e.report().errors().stream().map(Finding::code).toList();
                        assertTrue(codes.contains(WHY.get(c.id())), c.id() + " fails for " + codes);
                    } else {
                        EdxmlException e = assertThrows(EdxmlException.class, () -> Edxml.read(file));
                        assertEquals(READER_WHY.get(c.id()), e.code(), c.id() + ": " + e.getMessage());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> findingsAreWhatTheValidatorReports() {
        return consumerCases()
                .map(c -> DynamicTest.dynamicTest(
                        c.toString(),
                        () -> assertEquals(
                                c.expectedFindings(),
                                Suite.findings(validator, Files.readAllBytes(dir.resolve(c.file())), c.file()))));
    }

    @TestFactory
    Stream<DynamicTest> fieldsFollowTheCliContract() {
        return consumerCases()
                .filter(c -> c.expected() == Outcome.ACCEPT)
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    assertTrue(c.expectedFields().containsKey("kind"), "kind");
                    assertTrue(c.expectedFields().containsKey("signature.kind"), "signature.kind");
                    c.expectedFields().forEach((k, v) -> {
                        if (!k.matches("kind|documentId|from\\.organId|to\\[\\d+]\\.organId|code\\.(number|notation)"
                                + "|promulgationDate|subject|statusCode|attachments\\[\\d+]\\.(contentId|name|contentType"
                                + "|size)|signature\\.kind|responseFor\\.organId|description"
                                + "|signature\\.senderBinding\\.status")) {
                            fail("not a path of the inspect --json schema: " + k);
                        }
                    });
                    String date = c.expectedFields().get("promulgationDate");
                    assertTrue(date == null || date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
                }));
    }
}
