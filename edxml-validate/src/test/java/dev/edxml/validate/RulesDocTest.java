package dev.edxml.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.edxml.EdxmlException;
import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.internal.Messages;
import dev.edxml.validate.rules.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Generates {@code docs/rules.md}, the rule catalogue page, from the code: {@code Validator.builder().build().rules()},
 * {@link Profile#builtIn()} and the message bundles, plus the reader's own codes. Fails when the page in the
 * repository differs; with {@code -Dedxml.updateDocs=true} it rewrites the page instead.
 */
class RulesDocTest {
    static final String UPDATE = "mvn -B -q -pl edxml-validate -am test -Dtest=RulesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dedxml.updateDocs=true";
    /** How a severity is chosen (issue 15): hand-written, kept in the generator so that the page stays generated. */
    private static final String POLICY =
            """
            ### Severity policy

            One question decides a severity: can a receiver process the package as it is?

            - **Error under `qcvn102` and `axis`**: what a receiver cannot process, or would process wrongly, and
              what a clerk must therefore not send: a package that cannot be read at all (every reader code, such as
              `EDXML-ENV-011` for markup past the reader limits), a file whose bytes contradict its declared type
              (`EDXML-ATT-031`: an `application/pdf` that is a PNG does not open), an organisation identifier with
              characters no identifier structure allows (`EDXML-HDR-045`: `12-H29 ?` cannot be routed), a manifest
              reference whose content id matches no attachment (`EDXML-ATT-020`) or matches one only by file name
              (`EDXML-ATT-024`: only readers that also pair by name find the file), a gateway's own vocabulary
              (`EDXML-ENV-023`: peers do not look there).
            - **Warning under `qcvn102` and `axis`**: what real traffic shows and the national axis accepts, so that
              a clerk is told but not stopped. The corpus in `../shared/samples` (VPCP SDK output, packages received
              over the VXP axis, Bkav and gateway integrators) is the evidence: a due date before the promulgation date
              (`EDXML-HDR-020`), three-part legacy identifiers such as `28.22.H17` (`EDXML-HDR-033`), the official
              SDK's zip convention (`EDXML-ATT-032`), element orders of other producers (`EDXML-ENV-036`). The test
              `CorpusExpectationsTest` records every finding on these samples, so that a change of severity shows.
            - **`axis` differs from `qcvn102`** only where the axis is known to be stricter (a real XML-DSig signature
              is required, `EDXML-SIG-030`; the `edXML` wrapper, `EDXML-ENV-020`) or to pass what the regulation's text
              does not allow (foreign-namespace content and stray attributes, `EDXML-ENV-033` to `EDXML-ENV-035`).
            - **`lenient`**, for reading legacy archives, lowers to a warning what still lets the files be found and
              opened (a manifest paired with its attachment by file name only, `EDXML-ATT-024`; a mismatched type,
              `EDXML-ATT-031`; an odd identifier, `EDXML-HDR-045`); what cannot be read or unpacked at all stays an
              error under every profile.

            """;

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Arguments that render a message as its pattern: {0}, {1}, … stay visible in the page. */
    private static final List<String> PLACEHOLDERS =
            IntStream.range(0, 10).mapToObj(i -> "{" + i + "}").toList();

    /** One line of the table. */
    record Row(String code, String kind, List<String> severities, String clause, String vi, String en) {}

    @Test
    void theRuleCataloguePageIsUpToDate() throws IOException {
        Path file = repositoryRoot().resolve("docs").resolve("rules.md");
        String page = page();
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (page.equals(current)) {
            return;
        }
        if (Boolean.getBoolean("edxml.updateDocs")) {
            Files.createDirectories(file.getParent());
            // beside the page, with ordinary permissions (a temp file's would be owner-only), then moved over it
            Path tmp = file.resolveSibling("rules.md.tmp");
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        fail(file
                + (current.isEmpty()
                        ? " is missing"
                        : " differs from the code (first difference at line " + firstDifference(page, current) + ")")
                + ". Regenerate it with:\n  " + UPDATE);
    }

    @Test
    void everyCodeOfTheEngineHasARowWithBothMessages() {
        List<Row> rows = rows();
        Set<String> codes = rows.stream().map(Row::code).collect(Collectors.toSet());
        Validator.builder().build().rules().forEach(r -> assertTrue(codes.contains(r.code()), r.code()));
        assertTrue(
                codes.containsAll(
                        List.of("EDXML-ENV-001", "EDXML-HDR-001", "EDXML-ATT-014", "EDXML-STA-001", "EDXML-ENV-099")),
                codes.toString());
        rows.forEach(r -> assertTrue(!r.vi().isBlank() && !r.en().isBlank() && !r.vi().equals(r.en()), r.toString()));
    }

    /** The page's text, {@code \n} line ends whatever the platform. */
    static String page() {
        List<Row> rows = rows();
        StringBuilder b = new StringBuilder();
        b.append("# Rule catalogue of edxml-validate\n\n")
                .append("<!-- Generated by RulesDocTest (edxml-validate/src/test/java/dev/edxml/validate/"
                        + "RulesDocTest.java) from the code and the message bundles. Do not edit by hand. -->\n\n")
                .append("Every finding `edxml validate` (and `Validator`) can report: the built-in rules "
                        + "(`Validator.builder().build().rules()`), the reader's codes for a package that cannot be "
                        + "read at all (always an error), and the engine's own. The test `RulesDocTest` generates this "
                        + "page and fails the build when it and the code disagree; to rewrite it after adding or "
                        + "changing a rule, run from the repository root:\n\n    ")
                .append(UPDATE)
                .append("\n\n")
                .append("## Profiles\n\nA rule states its severity under each built-in profile; a custom profile "
                        + "(`Profile.custom`) gets the `qcvn102` severities from the built-in rules.\n\n")
                .append("| Profile | Mô tả | Description |\n|---|---|---|\n");
        for (Profile p : Profile.builtIn()) {
            b.append("| `")
                    .append(p.name())
                    .append("` | ")
                    .append(cell(p.description(VI)))
                    .append(" | ")
                    .append(cell(p.description(Locale.ENGLISH)))
                    .append(" |\n");
        }
        b.append("\nSeverities: **error** — the package should not be sent or accepted as it is; **warning** — "
                        + "something is wrong or unusual, but peers cope; **info** — worth knowing; **—** — the rule "
                        + "does not run under that profile. `{0}`, `{1}`… stand for what a finding fills in "
                        + "(element names, values, codes).\n\n")
                .append(POLICY)
                .append("## Findings\n\n")
                .append(rows.stream().filter(r -> r.kind().equals("rule")).count())
                .append(" rules, ")
                .append(rows.stream().filter(r -> r.kind().equals("reader")).count())
                .append(" reader codes, ")
                .append(rows.stream().filter(r -> r.kind().equals("engine")).count())
                .append(" engine code.\n\n")
                .append("| Code | Kind | qcvn102 | axis | lenient | Clause | Tiếng Việt | English |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append("| `")
                    .append(r.code())
                    .append("` | ")
                    .append(r.kind())
                    .append(" | ")
                    .append(String.join(" | ", r.severities()))
                    .append(" | ")
                    .append(cell(r.clause()))
                    .append(" | ")
                    .append(cell(r.vi()))
                    .append(" | ")
                    .append(cell(r.en()))
                    .append(" |\n");
        }
        return b.toString();
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<Rule> rules = Validator.builder().build().rules();
        for (Rule r : rules) {
            List<String> severities = Profile.builtIn().stream()
                    .map(p -> r.severity(p).map(ReportWords::word).orElse("—"))
                    .toList();
            rows.add(new Row(
                    r.code(),
                    "rule",
                    severities,
                    r.clause(),
                    r.message(VI, PLACEHOLDERS),
                    r.message(Locale.ENGLISH, PLACEHOLDERS)));
        }
        Set<String> ruleCodes = rules.stream().map(Rule::code).collect(Collectors.toSet());
        for (String code : Messages.codes("en").stream().sorted().toList()) {
            if (ruleCodes.contains(code)) {
                continue; // e.g. a junk prefix: the validator reads leniently and its rule reports it
            }
            Finding f = RuleCatalogue.readFailure(new EdxmlException(code, PLACEHOLDERS, -1, -1, null, null));
            rows.add(new Row(
                    code, "reader", List.of("error", "error", "error"), f.clause(), f.messageVi(), f.messageEn()));
        }
        rows.add(engineRow());
        rows.sort(Comparator.comparing(Row::code));
        return rows;
    }

    /** A rule that failed to run: a rule whose code prints as {0} and a failure that prints as {1} give the pattern. */
    private static Row engineRow() {
        Rule placeholder = new Rule() {
            @Override
            public String code() {
                return "{0}";
            }

            @Override
            public String clause() {
                return "";
            }

            @Override
            public Optional<Severity> severity(Profile profile) {
                return Optional.empty();
            }

            @Override
            public String message(Locale locale, List<String> args) {
                return "";
            }

            @Override
            public void check(RuleContext ctx) {}
        };
        Finding f = RuleCatalogue.ruleFailure(placeholder, new RuntimeException() {
            @Override
            @SuppressWarnings("OverrideThrowableToString") // what a careless rule's exception does
            public String toString() {
                return "{1}";
            }
        });
        String severity = ReportWords.word(f.severity());
        return new Row(
                f.code(), "engine", List.of(severity, severity, severity), f.clause(), f.messageVi(), f.messageEn());
    }

    /** Text for a Markdown table cell: no line breaks, no column separators, no markup. */
    private static String cell(String s) {
        return s.replace("\r", " ")
                .replace("\n", " ")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /** The repository root: Maven runs tests in the module's folder, an IDE perhaps in the root. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("edxml-validate")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "no repository root above " + Path.of("").toAbsolutePath());
    }

    private static int firstDifference(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int i = 0;
        while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) {
            i++;
        }
        return i + 1;
    }
}
