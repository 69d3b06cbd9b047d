package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.HdrFixture.EDOC;
import static dev.edxml.validate.rules.HdrFixture.el;
import static dev.edxml.validate.rules.HdrFixture.findings;
import static dev.edxml.validate.rules.HdrFixture.validate;
import static dev.edxml.validate.rules.HdrFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.model.EdocPackage;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Rule;
import dev.edxml.validate.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HDR rules: each triggered at the right element with its severity per profile, near misses silent, texts in sync. */
class HeaderRulesTest {
    private static final String PREFIX = "EDXML-HDR-";

    static Stream<HdrVectors.Trigger> triggers() {
        return HdrVectors.triggers().stream();
    }

    static Stream<HdrVectors.Miss> misses() {
        return HdrVectors.misses().stream();
    }

    /** The codes of the HDR rules in the catalogue (HDR-001..003 are the reader's, not rules). */
    private static Set<String> ruleCodes() {
        return RuleCatalogue.all().stream()
                .map(Rule::code)
                .filter(c -> c.startsWith(PREFIX))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Severity expected(HdrVectors.Trigger v, Profile p) {
        return p.equals(Profile.AXIS) ? v.axis() : p.equals(Profile.LENIENT) ? v.lenient() : v.qcvn102();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triggers")
    void aTriggerIsReportedAtTheElementWithTheProfilesSeverity(HdrVectors.Trigger v) {
        for (Profile p : Profile.builtIn()) {
            ValidationReport r = validate(v.xml(), p);
            assertFalse(r.has("EDXML-ENV-099"), () -> "a rule crashed: " + r.findings());
            List<Finding> found = findings(r, v.code());
            Severity want = expected(v, p);
            if (want == null) {
                assertTrue(found.isEmpty(), () -> v.code() + " is off in " + p + " but reported " + found);
                continue;
            }
            assertFalse(found.isEmpty(), () -> v.code() + " not reported in " + p + "; found " + r.findings());
            found.forEach(f -> assertEquals(want, f.severity(), () -> p + ": " + f));
            Finding at = found.stream()
                    .filter(f -> f.location().path().endsWith(v.path()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + v.code() + " at " + v.path() + ": " + found));
            assertTrue(at.location().line() > 0, at::toString);
            assertFalse(at.clause().isBlank());
            assertTrue(at.messageEn().contains(v.says()), () -> "EN does not say " + v.says() + ": " + at.messageEn());
            assertTrue(at.messageVi().contains(v.says()), () -> "VI does not say " + v.says() + ": " + at.messageVi());
            assertFalse(at.messageEn().contains("{") || at.messageVi().contains("{"), at::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misses")
    void aNearMissIsNotReported(HdrVectors.Miss v) {
        for (Profile p : Profile.builtIn()) {
            ValidationReport r = validate(v.xml(), p, v.clock());
            assertFalse(r.has("EDXML-ENV-099"), () -> "a rule crashed: " + r.findings());
            assertTrue(findings(r, v.code()).isEmpty(), () -> p + ": " + findings(r, v.code()));
        }
    }

    @Test
    void everyHeaderRuleHasTriggersAndNearMisses() {
        Set<String> codes = ruleCodes();
        assertEquals(codes, triggers().map(HdrVectors.Trigger::code).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(codes, misses().map(HdrVectors.Miss::code).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theHeaderRulesAreRegisteredOnceFromCode010On() {
        List<String> own = new ArrayList<>();
        Stream.concat(HeaderRules.rules().stream(), HeaderTextRules.rules().stream())
                .forEach(r -> own.add(r.code()));
        assertEquals(own.size(), new TreeSet<>(own).size(), "duplicate codes: " + own);
        assertEquals(ruleCodes(), new TreeSet<>(own));
        own.forEach(c -> assertTrue(Integer.parseInt(c.substring(PREFIX.length())) >= 10, c + " is the reader's"));
    }

    @Test
    void correctPackagesHaveNoHeaderFindings() {
        for (String xml : List.of(HdrFixture.EDOC, HdrFixture.STATUS)) {
            for (Profile p : Profile.builtIn()) {
                ValidationReport r = validate(xml, p);
                assertTrue(
                        r.findings().stream()
                                .noneMatch(f ->
                                        f.code().startsWith(PREFIX) || f.code().equals("EDXML-ENV-099")),
                        () -> p + ": " + r.findings());
            }
        }
    }

    @Test
    void theHeaderIsStillCheckedWhenTheReaderStops() {
        String xml = with(
                with(EDOC, el("PageAmount", "2"), el("PageAmount", "hai")), el("Priority", "1"), el("Priority", "9"));
        ValidationReport r = validate(xml, Profile.QCVN102);
        assertTrue(r.has("EDXML-HDR-002"), r::toString);
        assertTrue(r.has("EDXML-HDR-026"), () -> r.findings().toString());
    }

    @Test
    void aHeaderTheReaderCannotFindIsOneFindingNotTwenty() {
        String xml = with(
                with(EDOC, "<edXML:MessageHeader>", "<MessageHeader xmlns=\"urn:elsewhere\">"),
                "</edXML:MessageHeader>",
                "</MessageHeader>");
        ValidationReport r = validate(xml, Profile.QCVN102);
        assertEquals(
                List.of("EDXML-HDR-001"),
                r.findings().stream()
                        .map(Finding::code)
                        .filter(c -> c.startsWith(PREFIX))
                        .toList(),
                () -> r.findings().toString());
    }

    @Test
    void aFindingNamesTheFieldAndTheValueInBothLanguages() {
        Finding f = findings(
                        validate(with(EDOC, el("OrganId", "G12"), el("OrganId", "28.22.H17")), Profile.AXIS),
                        "EDXML-HDR-033")
                .get(0);
        assertEquals(
                "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/To[2]/OrganId",
                f.location().path());
        assertTrue(f.messageVi().startsWith("To[2]/OrganId \"28.22.H17\" không theo cấu trúc"), f.messageVi());
        assertTrue(f.messageEn().startsWith("To[2]/OrganId \"28.22.H17\" follows no known"), f.messageEn());
    }

    // ---- bundles -----------------------------------------------------------------------------------------------

    private static Properties bundle(String language) throws IOException {
        String name = "/dev/edxml/validate/messages_hdr_" + language + ".properties";
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void theHdrBundlesAreInSyncWithEachOtherAndWithTheRules() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        assertEquals(vi.stringPropertyNames(), en.stringPropertyNames());
        assertEquals(
                ruleCodes(), new TreeSet<>(vi.stringPropertyNames()), "a rule without texts or a text without rule");
        for (String code : vi.stringPropertyNames()) {
            Set<Integer> used = placeholders(vi.getProperty(code));
            assertEquals(used, placeholders(en.getProperty(code)), code);
            Object[] args = used.stream().map(i -> "«" + i + "»").toArray();
            for (Properties b : List.of(vi, en)) {
                String text = new MessageFormat(b.getProperty(code), Locale.ROOT).format(args);
                // a lone quote in a pattern would swallow a placeholder silently
                used.forEach(i -> assertTrue(text.contains("«" + i + "»"), code + ": " + text));
                assertFalse(text.contains("{") || text.contains("''"), code + ": " + text);
            }
            assertEquals(
                    IntStream.range(0, used.size()).boxed().collect(Collectors.toSet()),
                    used,
                    code + " skips a placeholder");
        }
    }

    // ---- text quality property ---------------------------------------------------------------------------------

    @Property(tries = 150)
    void invisibleCharactersAnywhereInTheSubjectAreFoundAndNothingCrashes(@ForAll("subjects") String subject)
            throws IOException {
        EdocPackage good = (EdocPackage) HdrFixture.edoc();
        byte[] bytes = Edxml.toBytes(good.toBuilder()
                .header(good.header().toBuilder().subject(subject).build())
                .build());
        ValidationReport r = validate(new String(bytes, StandardCharsets.UTF_8), Profile.QCVN102);
        assertFalse(r.has("EDXML-ENV-099"), () -> r.findings().toString());
        boolean invisible = subject.codePoints().anyMatch(HeaderTextRules::isInvisible);
        assertEquals(
                invisible,
                r.has("EDXML-HDR-041"),
                () -> subject.codePoints()
                                .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
                                .toList() + " " + r.findings());
    }

    @Provide
    Arbitrary<String> subjects() {
        return Arbitraries.strings()
                .withChars("aăâeêoôơuưyđ VBQ/,.-<&ệẫ\u0085\u009F\u007F\u200B\u200D\uFEFF\u00AD\u2028\uFFFD\t")
                .ofMinLength(1)
                .ofMaxLength(12);
    }
}
