package dev.edxml.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A realistic report made without packages (fixed seed): a dozen agencies with long Vietnamese names, fifteen months
 * of documents whose share of valid signatures rises, an agency that only answers (no document), packages naming no
 * sender, unreadable packages. For the tests of the human forms and the screenshots of the HTML page.
 */
final class SampleReport {
    static final String[][] AGENCIES = {
        {"000.00.00.G01", "Bộ Nội vụ"},
        {"000.00.00.G12", "Bộ Tài chính"},
        {"000.00.00.G16", "Bộ Thông tin và Truyền thông"},
        {"000.00.00.G22", "Văn phòng Chính phủ"},
        {"000.00.00.H14", "Ủy ban nhân dân tỉnh Bắc Ninh"},
        {"000.00.00.H26", "Ủy ban nhân dân thành phố Hà Nội"},
        {"000.00.00.H29", "Ủy ban nhân dân Thành phố Hồ Chí Minh"},
        {"000.00.00.H41", "Ủy ban nhân dân tỉnh Nghệ An"},
        {"000.00.00.K05", "Tòa án nhân dân tối cao"},
        {"000.00.11.H53", "Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế"},
        {"000.00.20.A80", "UBND xã Hòa Tiến - UBND huyện Hòa Vang - Thành phố Đà Nẵng"},
        {null, null}
    };
    static final YearMonth FIRST = YearMonth.of(2024, 1);
    static final int MONTHS = 15;

    private SampleReport() {}

    static StatsReport make() {
        Random rnd = new Random(20250301L);
        List<Figures> agencies = new ArrayList<>();
        List<PeriodFigures> months = new ArrayList<>();
        for (int i = 0; i < AGENCIES.length; i++) {
            Optional<String> id = Optional.ofNullable(AGENCIES[i][0]);
            boolean answersOnly = "000.00.00.K05".equals(AGENCIES[i][0]);
            double start = 0.1 + 0.6 * rnd.nextDouble();
            double slope = 0.03 * rnd.nextDouble();
            int[] c = new int[12];
            for (int m = 0; m < MONTHS && !answersOnly; m++) {
                int d = 10 + rnd.nextInt(id.isEmpty() ? 10 : 300);
                double p = Math.min(0.98, start + slope * m);
                int valid = (int) Math.round(d * p);
                int rest = d - valid;
                int untrusted = rest / 5;
                int indeterminate = rest / 10;
                int invalid = rest / 8;
                int legacy = rest / 4;
                int unsigned = rest - untrusted - indeterminate - invalid - legacy;
                int withPdf = (int) Math.round(d * 0.8);
                int allPdfValid = (int) Math.round(withPdf * Math.min(0.95, p * 0.9));
                int scanned = (withPdf - allPdfValid) / 2;
                months.add(new PeriodFigures(
                        id, FIRST.plusMonths(m), d, valid, untrusted, withPdf, allPdfValid, withPdf, scanned));
                int[] add = {
                    d,
                    valid,
                    untrusted,
                    indeterminate,
                    invalid,
                    legacy,
                    unsigned,
                    withPdf,
                    allPdfValid,
                    scanned,
                    invalid / 2
                };
                for (int k = 0; k < add.length; k++) {
                    c[k] += add[k];
                }
            }
            int d = c[0];
            int withPdf = c[7];
            int allValid = c[8];
            int scanned = c[9];
            int rest = withPdf - allValid;
            int pdfUntrusted = rest / 6;
            int pdfInvalid = rest / 10;
            int pdfUnreadable = rest / 20;
            int pdfUnsigned = rest - pdfUntrusted - pdfInvalid - pdfUnreadable;
            int status = answersOnly ? 40 : d / 3;
            int ack = status / 2;
            int fin = status / 3;
            int rej = status - ack - fin;
            int formatErrors = (c[4] + c[5]) / 2;
            long[] toAck = new long[Math.max(0, ack - 3)];
            for (int k = 0; k < toAck.length; k++) {
                toAck[k] = 600L + rnd.nextInt(3 * 86_400);
            }
            Map<String, Integer> reasons = new LinkedHashMap<>();
            if ((rej + 1) / 2 > 0) {
                reasons.put("Sai thể thức văn bản", (rej + 1) / 2);
            }
            if (rej / 2 > 0) {
                reasons.put("Thiếu chữ ký số", rej / 2);
            }
            Figures f = new Figures(
                    id,
                    Optional.ofNullable(AGENCIES[i][1]),
                    d + status,
                    d,
                    c[1],
                    c[2],
                    c[4],
                    c[5],
                    c[6],
                    c[10],
                    c[3],
                    0,
                    formatErrors,
                    withPdf + d / 4,
                    withPdf,
                    allValid,
                    pdfUntrusted,
                    pdfInvalid,
                    pdfUnsigned,
                    Math.min(scanned, pdfUnsigned),
                    pdfUnreadable,
                    withPdf,
                    allValid,
                    status,
                    ack,
                    fin,
                    rej,
                    3,
                    TimeSummary.ofSeconds(toAck),
                    TimeSummary.NONE,
                    reasons);
            agencies.add(f);
        }
        List<UnreadablePackage> bad = List.of(
                new UnreadablePackage(
                        "archive/2024/05/cut.edxml",
                        "EDXML-ENV-001",
                        OptionalInt.of(74),
                        OptionalInt.of(9),
                        "XML document structures must start and end within the same entity."),
                new UnreadablePackage(
                        "archive/2024/07/report.docx",
                        ComplianceStats.NOT_EDXML,
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        "an Office Open XML document (.docx, .xlsx, .pptx…), not an edXML "
                                + "package or a .zip archive of packages"));
        Figures total = sum(agencies, bad.size());
        return new StatsReport(
                "archive-2024",
                Instant.parse("2025-04-01T02:30:00Z"),
                3,
                "qcvn102",
                total,
                agencies,
                bad,
                4,
                List.of(new SignatureFindingCount("EDXML-SIG-042", dev.edxml.Severity.INFO, 1200)),
                months);
    }

    private static Figures sum(List<Figures> list, int unreadable) {
        int[] s = new int[27];
        for (Figures f : list) {
            int[] v = {
                f.packages(),
                f.documents(),
                f.xmldsigValid(),
                f.xmldsigUntrusted(),
                f.xmldsigInvalid(),
                f.legacyPlaceholder(),
                f.unsigned(),
                f.xmldsigNotBySender(),
                f.xmldsigIndeterminate(),
                f.formatErrors(),
                f.attachments(),
                f.pdfAttachments(),
                f.pdfValid(),
                f.pdfUntrusted(),
                f.pdfInvalid(),
                f.pdfUnsigned(),
                f.pdfScanned(),
                f.pdfUnreadable(),
                f.documentsWithPdf(),
                f.documentsAllPdfValid(),
                f.statusPackages(),
                f.acknowledged(),
                f.finished(),
                f.rejected(),
                f.statusUnmatched()
            };
            for (int k = 0; k < v.length; k++) {
                s[k] += v[k];
            }
        }
        return new Figures(
                Optional.empty(),
                Optional.empty(),
                s[0] + unreadable,
                s[1],
                s[2],
                s[3],
                s[4],
                s[5],
                s[6],
                s[7],
                s[8],
                unreadable,
                s[9] + unreadable,
                s[10],
                s[11],
                s[12],
                s[13],
                s[14],
                s[15],
                s[16],
                s[17],
                s[18],
                s[19],
                s[20],
                s[21],
                s[22],
                s[23],
                s[24],
                TimeSummary.ofSeconds(new long[] {3600, 7200, 90_000}),
                TimeSummary.NONE,
                Map.of("Sai thể thức văn bản", 20));
    }
}
