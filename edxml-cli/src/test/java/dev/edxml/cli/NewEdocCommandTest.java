package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.DocumentType;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.EdxmlPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.model.Priority;
import dev.edxml.model.TraceHeader;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml new edoc}: builds a document package from options, a JSON description or both. */
class NewEdocCommandTest {
    static final String[] FULL = {
        "--from",
        "000.00.00.G22",
        "--from-name",
        "Văn phòng Chính phủ",
        "--to",
        "000.00.00.H41=UBND Tỉnh Nghệ An",
        "--to",
        "000.00.00.H14",
        "--number",
        "1234",
        "--notation",
        "VPCP-KSTT",
        "--date",
        "2026-11-25",
        "--place",
        "Hà Nội",
        "--type",
        "Công văn",
        "--subject",
        "V/v thử nghiệm trao đổi văn bản điện tử",
        "--signer-position",
        "Phó Chủ nhiệm",
        "--signer-name",
        "Trần Văn Minh",
        "--competence",
        "KT. CHỦ NHIỆM",
        "--due",
        "2026-12-05",
        "--priority",
        "1"
    };

    @TempDir
    Path dir;

    static CliRun run(Object... args) {
        List<String> all = new ArrayList<>(List.of("new", "edoc"));
        Stream.of(args).map(String::valueOf).forEach(all::add);
        return CliRun.of(all.toArray(new String[0]));
    }

    private Path pdf() throws Exception {
        return Files.write(dir.resolve("1234-VPCP-KSTT.pdf"), DemoPackage.pdf("CONG VAN 1234"));
    }

    static EdocPackage readEdoc(Path file) throws Exception {
        EdxmlPackage pkg = Edxml.read(file);
        return assertInstanceOf(EdocPackage.class, pkg);
    }

    @Test
    void fromOptionsEveryFieldReadsBackAndValidates() throws Exception {
        Path pdf = pdf();
        Path out = dir.resolve("1234.edxml");
        List<Object> args = new ArrayList<>(List.of((Object[]) FULL));
        args.addAll(List.of("--attach", pdf, "--out", out));
        Instant before = Instant.now().minusSeconds(1);
        CliRun run = run(args.toArray());
        assertEquals(0, run.code(), run::toString);
        assertTrue(
                run.out()
                        .startsWith("Đã ghi gói tin văn bản " + out + " (mã văn bản "
                                + "000.00.00.G22,2026/11/25,1234/VPCP-KSTT)"),
                run::toString);
        assertTrue(run.err().contains("theo bộ quy tắc qcvn102"), "the validator's summary: " + run);

        EdocPackage pkg = readEdoc(out);
        MessageHeader h = pkg.header();
        assertEquals("000.00.00.G22", h.from().get().organId().get().value());
        assertEquals("Văn phòng Chính phủ", h.from().get().name().get());
        assertEquals(
                List.of("000.00.00.H41", "000.00.00.H14"),
                h.to().stream().map(o -> o.organId().get().value()).toList());
        assertEquals("UBND Tỉnh Nghệ An", h.to().get(0).name().get());
        assertTrue(h.to().get(1).name().isEmpty());
        assertEquals("1234", h.code().get().number().get());
        assertEquals("VPCP-KSTT", h.code().get().notation().get());
        assertEquals(
                LocalDate.of(2026, 11, 25),
                h.promulgationInfo().get().date().get().date().get());
        assertEquals("Hà Nội", h.promulgationInfo().get().place().get());
        assertEquals(
                DocumentType.OFFICIAL_LETTER,
                h.documentType().get().catalogueEntry().get());
        assertEquals("V/v thử nghiệm trao đổi văn bản điện tử", h.subject().get());
        assertEquals("Phó Chủ nhiệm", h.signerInfo().get().position().get());
        assertEquals("Trần Văn Minh", h.signerInfo().get().fullName().get());
        assertEquals("KT. CHỦ NHIỆM", h.signerInfo().get().competence().get());
        assertEquals(LocalDate.of(2026, 12, 5), h.dueDate().get().date().get());
        assertEquals(Priority.URGENT, h.otherInfo().get().priority().get());
        assertEquals("000.00.00.G22,2026/11/25,1234/VPCP-KSTT", h.documentId().get());

        assertEquals(BusinessDocType.NEW, pkg.business().get().type().get());
        assertEquals(h.documentId(), pkg.business().get().documentId());
        List<TraceHeader> hops = pkg.traceHeaders();
        assertEquals(1, hops.size());
        assertEquals("000.00.00.G22", hops.get(0).organId().get().value());
        Instant at = hops.get(0).timestamp().get().instant().get();
        assertTrue(
                !at.isBefore(before.minusSeconds(1))
                        && at.isBefore(Instant.now().plus(Duration.ofSeconds(2))),
                "the hop is now, written in Vietnam time: " + hops.get(0));

        assertEquals(1, pkg.attachments().size());
        assertEquals("1234-VPCP-KSTT.pdf", pkg.attachments().get(0).name().get());
        assertEquals("application/pdf", pkg.attachments().get(0).contentType().get());
        try (InputStream in = pkg.attachments().get(0).openStream()) {
            assertArrayEquals(Files.readAllBytes(pdf), in.readAllBytes());
        }

        ValidationReport report =
                Validator.of(Profile.named("qcvn102").orElseThrow()).validate(out);
        assertTrue(report.isValid(), report::toString);
        assertFalse(run.err().contains(": error "), run::toString);
    }

    @Test
    void fromJson() throws Exception {
        pdf();
        Path json = Files.writeString(
                dir.resolve("cong-van.json"),
                """
                {
                  "from": "000.00.00.G22",
                  "fromName": "Văn phòng Chính phủ",
                  "to": ["000.00.00.H41=UBND Tỉnh Nghệ An", {"organId": "000.00.00.H14", "name": "UBND Tỉnh Cao Bằng"}],
                  "number": "1234",
                  "notation": "VPCP-KSTT",
                  "date": "2026-11-25",
                  "place": "Hà Nội",
                  "type": "18",
                  "subject": "V/v \\"thử\\" nghiệm",
                  "signerPosition": "Phó Chủ nhiệm",
                  "signerName": "Trần Văn Minh",
                  "priority": 0,
                  "attach": ["1234-VPCP-KSTT.pdf"]
                }
                """,
                StandardCharsets.UTF_8);
        Path out = dir.resolve("tu-json.edxml");
        CliRun run = run("--json", json, "--out", out);
        assertEquals(0, run.code(), run::toString);
        MessageHeader h = readEdoc(out).header();
        assertEquals("000.00.00.G22,2026/11/25,1234/VPCP-KSTT", h.documentId().get());
        assertEquals(
                List.of(
                        Organization.of("000.00.00.H41", "UBND Tỉnh Nghệ An"),
                        Organization.of("000.00.00.H14", "UBND Tỉnh Cao Bằng")),
                h.to());
        assertEquals("V/v \"thử\" nghiệm", h.subject().get());
        assertEquals(
                DocumentType.OFFICIAL_LETTER,
                h.documentType().get().catalogueEntry().get());
        assertEquals(Priority.NORMAL, h.otherInfo().get().priority().get());
        assertEquals(
                "1234-VPCP-KSTT.pdf",
                readEdoc(out).attachments().get(0).name().get(),
                "attachment paths are relative to the JSON file");
        assertFalse(run.err().contains(": error "), run::toString);
    }

    @Test
    void optionsOverrideTheJson() throws Exception {
        Path json = Files.writeString(
                dir.resolve("mau.json"),
                """
                {"from": "000.00.00.G22", "fromName": "Văn phòng Chính phủ", "to": ["000.00.00.H41"],
                 "number": "1234", "notation": "VPCP-KSTT", "date": "2026-11-25", "subject": "Mẫu",
                 "type": "Công văn"}
                """,
                StandardCharsets.UTF_8);
        Path out = dir.resolve("ghi-de.edxml");
        CliRun run =
                run("--json", json, "--number", "1235", "--to", "000.00.00.H14", "--subject", "Thay thế", "--out", out);
        assertEquals(0, run.code(), run::toString);
        MessageHeader h = readEdoc(out).header();
        assertEquals("000.00.00.G22,2026/11/25,1235/VPCP-KSTT", h.documentId().get());
        assertEquals("Thay thế", h.subject().get());
        assertEquals(
                List.of("000.00.00.H14"),
                h.to().stream().map(o -> o.organId().get().value()).toList());
        assertEquals("Văn phòng Chính phủ", h.from().get().name().get(), "what is not overridden stays");
    }

    @Test
    void missingFieldsAreNamed() {
        Path out = dir.resolve("thieu.edxml");
        CliRun run = run("--from", "000.00.00.G22", "--number", "1", "--out", out);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--from-name, --to, --notation, --date, --subject, --type"), run::toString);
        assertFalse(Files.exists(out));

        // the regulation requires DocumentType: no package is written without it
        CliRun noType = run(
                "--from",
                "000.00.00.G22",
                "--from-name",
                "Văn phòng Chính phủ",
                "--to",
                "000.00.00.H29",
                "--number",
                "1",
                "--notation",
                "VPCP",
                "--date",
                "2025-03-07",
                "--subject",
                "Thử",
                "--out",
                out);
        assertEquals(2, noType.code(), noType::toString);
        assertTrue(noType.err().contains("thiếu thông tin bắt buộc: --type"), noType::toString);
        assertFalse(Files.exists(out));

        CliRun en = run("--lang", "en", "--out", out);
        assertEquals(2, en.code(), en::toString);
        assertTrue(en.err().contains("required information missing: --from, --from-name"), en::toString);
    }

    @Test
    void badValuesAndFilesCannotRun() throws Exception {
        Path out = dir.resolve("x.edxml");
        List<Object> args = new ArrayList<>(List.of((Object[]) FULL));
        args.addAll(List.of("--attach", dir.resolve("khong-co.pdf"), "--out", out));
        CliRun missingFile = run(args.toArray());
        assertEquals(2, missingFile.code(), missingFile::toString);
        assertTrue(missingFile.err().contains("khong-co.pdf"), missingFile::toString);

        CliRun badDate = run(with("--date", "25/11/2026", out));
        assertEquals(2, badDate.code(), badDate::toString);
        assertTrue(badDate.err().contains("--date \"25/11/2026\""), badDate::toString);
        CliRun badPriority = run(with("--priority", "9", out));
        assertEquals(2, badPriority.code(), badPriority::toString);
        assertTrue(badPriority.err().contains("độ khẩn \"9\""), badPriority::toString);
        CliRun badType = run(with("--type", "Thư tình", out));
        assertEquals(2, badType.code(), badType::toString);
        assertTrue(badType.err().contains("không có loại văn bản \"Thư tình\""), badType::toString);

        Path trailing = Files.writeString(dir.resolve("hong.json"), "{\"from\": \"a\",\n}", StandardCharsets.UTF_8);
        CliRun badJson = run("--json", trailing, "--out", out);
        assertEquals(2, badJson.code(), badJson::toString);
        assertTrue(badJson.err().contains("hong.json:2:1: "), badJson::toString);
        Path unknownKey = Files.writeString(dir.resolve("la.json"), "{\"sender\": \"a\"}", StandardCharsets.UTF_8);
        CliRun unknown = run("--json", unknownKey, "--out", out);
        assertEquals(2, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("\"sender\""), unknown::toString);
        assertEquals(
                2, run("--json", dir.resolve("khong-co.json"), "--out", out).code());
        assertFalse(Files.exists(out));
    }

    /** The full options with {@code option}'s value replaced, then {@code --out out}. */
    private static Object[] with(String option, String value, Path out) {
        List<Object> args = new ArrayList<>(List.of((Object[]) FULL));
        args.set(args.indexOf(option) + 1, value);
        args.addAll(List.of("--out", out));
        return args.toArray();
    }

    @Test
    void typesByCodeCategoryAndName() throws Exception {
        assertEquals(DocumentType.OFFICIAL_LETTER, EdocDescription.documentType("18"));
        assertEquals(DocumentType.LEGAL_CIRCULAR, EdocDescription.documentType("1/9"));
        assertEquals(DocumentType.DIRECTIVE, EdocDescription.documentType("Chỉ thị"));
        assertEquals(DocumentType.DECISION, EdocDescription.documentType("quyết định (cá biệt)"));
    }

    @Test
    void helpShowsExamplesAndTheJsonShape() {
        CliRun run = run("--help");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("--json"), run::toString);
        assertTrue(run.out().contains("\"fromName\": \"Văn phòng Chính phủ\""), run::toString);
        CliRun bare = CliRun.of("new");
        assertEquals(2, bare.code(), bare::toString);
        assertTrue(bare.err().contains("edoc"), bare::toString);
    }
}
