package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdxmlDate;
import dev.edxml.model.ResponseFor;
import dev.edxml.model.StatusCode;
import dev.edxml.model.StatusHeader;
import dev.edxml.model.StatusPackage;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edxml reply}: the status package answering a received document package. */
class ReplyCommandTest {
    @TempDir
    Path dir;

    private Path received;

    @BeforeEach
    void setUp() throws Exception {
        // from Văn phòng Chính phủ (G22) to Nghệ An (H41) and Cao Bằng (H14), 7816/VPCP-TTĐT of 2025-03-07
        received = SigningFixtures.write(dir.resolve("nhan.edxml"), Packages.edoc(null));
    }

    private static CliRun reply(Object... args) {
        List<String> all = new ArrayList<>(List.of("reply"));
        Stream.of(args).map(String::valueOf).forEach(all::add);
        return CliRun.of(all.toArray(new String[0]));
    }

    private static StatusHeader read(Path file) throws Exception {
        return assertInstanceOf(StatusPackage.class, Edxml.read(file)).header();
    }

    @Test
    void accepted03ComesFromTheFirstReceiverAndNamesTheDocument() throws Exception {
        Path out = dir.resolve("03.edxml");
        Instant before = Instant.now().minusSeconds(1);
        CliRun run = reply(
                received,
                "--status",
                "03",
                "--description",
                "Đã vào sổ văn bản đến",
                "--staff",
                "Lê Thị Hoa",
                "--department",
                "Văn thư",
                "--out",
                out);
        assertEquals(0, run.code(), run::toString);
        assertEquals(
                "Đã ghi gói tin trạng thái " + out + ": 03 (Đã tiếp nhận) cho văn bản 7816/VPCP-TTĐT, từ "
                        + "000.00.00.H41 gửi 000.00.00.G22\n",
                run.out(),
                run::toString);
        StatusHeader h = read(out);
        assertEquals("000.00.00.H41", h.from().get().organId().get().value());
        assertEquals("UBND Tỉnh Nghệ An", h.from().get().name().get());
        ResponseFor rf = h.responseFor().get();
        assertEquals("000.00.00.G22", rf.organId().get().value());
        assertEquals("7816/VPCP-TTĐT", rf.code().get());
        assertEquals(Packages.DOCUMENT_ID, rf.documentId().get());
        assertEquals(EdxmlDate.of(Packages.DATE), rf.promulgationDate().get());
        assertEquals(StatusCode.ACCEPTED, h.statusCode().get());
        assertEquals("Đã vào sổ văn bản đến", h.description().get());
        assertEquals("Lê Thị Hoa", h.staffInfo().get().staff().get());
        assertEquals("Văn thư", h.staffInfo().get().department().get());
        Instant at = h.timestamp().get().instant().get();
        assertTrue(
                !at.isBefore(before.minusSeconds(1))
                        && at.isBefore(Instant.now().plus(Duration.ofSeconds(2))),
                h.timestamp()::toString);
        ValidationReport report =
                Validator.of(Profile.named("qcvn102").orElseThrow()).validate(out);
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void anotherReceiverIsChosenWithFrom() throws Exception {
        Path out = dir.resolve("01.edxml");
        CliRun run = reply(
                received, "--status", "1", "--from", "000.00.00.H14", "--from-name", "UBND Cao Bằng", "--out", out);
        assertEquals(0, run.code(), run::toString);
        StatusHeader h = read(out);
        assertEquals("000.00.00.H14", h.from().get().organId().get().value());
        assertEquals("UBND Cao Bằng", h.from().get().name().get());
        assertEquals(StatusCode.ARRIVED, h.statusCode().get());

        CliRun stranger = reply(received, "--status", "03", "--from", "000.00.00.H99", "--out", out);
        assertEquals(2, stranger.code(), stranger::toString);
        assertTrue(stranger.err().contains("000.00.00.H41, 000.00.00.H14"), stranger::toString);
    }

    @Test
    void recall13IsSentByTheSenderToAReceiver() throws Exception {
        Path out = dir.resolve("13.edxml");
        CliRun run =
                reply(received, "--status", "13", "--to", "000.00.00.H14", "--description", "Có sai sót", "--out", out);
        assertEquals(0, run.code(), run::toString);
        StatusHeader h = read(out);
        assertEquals("000.00.00.G22", h.from().get().organId().get().value());
        assertEquals("000.00.00.H14", h.responseFor().get().organId().get().value());
        assertEquals(Packages.DOCUMENT_ID, h.responseFor().get().documentId().get());
        assertEquals(
                2,
                reply(received, "--status", "13", "--from", "000.00.00.H41", "--description", "x", "--out", out)
                        .code());
        assertEquals(
                2,
                reply(received, "--status", "03", "--to", "000.00.00.H41", "--out", out)
                        .code());
    }

    @Test
    void rejection02NeedsAReason() {
        Path out = dir.resolve("02.edxml");
        CliRun run = reply(received, "--status", "02", "--out", out);
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--description"), run::toString);
        assertTrue(run.err().contains("lý do từ chối"), run::toString);
        assertFalse(Files.exists(out));
        assertEquals(
                2,
                reply(received, "--status", "16", "--description", " ", "--out", out)
                        .code());
    }

    @Test
    void unknownStatusListsTheNineCodes() {
        CliRun run = reply(received, "--status", "07", "--out", dir.resolve("x.edxml"));
        assertEquals(2, run.code(), run::toString);
        assertTrue(
                run.err()
                        .contains("01 Đã đến, 02 Từ chối tiếp nhận, 03 Đã tiếp nhận, 04 Phân công xử lý, "
                                + "05 Đang xử lý, 06 Hoàn thành, 13 Yêu cầu lấy lại, 15 Đồng ý lấy lại, cập nhật, thu hồi, "
                                + "16 Từ chối lấy lại, cập nhật, thu hồi"),
                run::toString);
    }

    @Test
    void aStatusPackageCannotBeAnswered() throws Exception {
        Path status = SigningFixtures.write(dir.resolve("trang-thai.edxml"), Packages.status());
        Path out = dir.resolve("x.edxml");
        CliRun run = reply(status, "--status", "03", "--out", out);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().startsWith(status + ": là gói tin trạng thái"), run::toString);
        assertFalse(Files.exists(out));

        Path junk = Files.writeString(dir.resolve("rac.edxml"), "<html/>");
        CliRun notEdxml = reply(junk, "--status", "03", "--out", out);
        assertEquals(1, notEdxml.code(), notEdxml::toString);
        assertTrue(notEdxml.err().contains("EDXML-ENV-004"), notEdxml::toString);
        assertEquals(
                2,
                reply(dir.resolve("khong-co.edxml"), "--status", "03", "--out", out)
                        .code());
    }

    @Test
    void inEnglish() {
        Path out = dir.resolve("en.edxml");
        CliRun run = reply(received, "--status", "03", "--out", out, "--lang", "en");
        assertEquals(0, run.code(), run::toString);
        assertTrue(
                run.out().startsWith("Wrote the status package " + out + ": 03 (Accepted and registered)"),
                run::toString);
        CliRun reason = reply(received, "--status", "02", "--out", out, "--lang", "en");
        assertEquals(2, reason.code(), reason::toString);
        assertTrue(reason.err().contains("status 02 (Rejected) needs --description"), reason::toString);
        CliRun unknown = reply(received, "--status", "99", "--out", out, "--lang", "en");
        assertTrue(unknown.err().contains("01 Đã đến (Arrived)"), unknown::toString);
    }

    @Test
    void helpShowsTheCodesAndExamples() {
        CliRun run = reply("--help");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("13 Yêu cầu lấy lại"), run::toString);
        assertTrue(run.out().contains("edxml reply 1234.edxml --status 03"), run::toString);
    }
}
