package dev.edxml.conformance;

import dev.edxml.Edxml;
import dev.edxml.conformance.ConformanceCase.Direction;
import dev.edxml.conformance.ConformanceCase.Level;
import dev.edxml.conformance.ConformanceCase.Outcome;
import dev.edxml.conformance.internal.Fields;
import dev.edxml.conformance.internal.ScenarioFiles;
import dev.edxml.internal.Json;
import dev.edxml.internal.JsonReader;
import dev.edxml.model.Attachment;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.EdocPackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The producer scenarios (kịch bản sinh gói tin) and the answers a receiver sends (trả lời bằng gói tin trạng thái).
 *
 * <p>{@link #issue} writes a scenario set for one run: {@value #FILE} (every scenario with its one-time challenge and
 * the fields its package must carry), for each document scenario a description in {@code edxml new edoc --json}'s
 * format with its attachment files, and for each status scenario the document package to answer. The challenge is a
 * fresh random value per run, carried in the document's subject ({@code Subject}) or, for a status, in the notation
 * of the document answered (so in {@code ResponseFor/Code}): fields every honest producer keeps, so that canned
 * packages from an earlier run fail.
 */
final class Scenarios {
    /** The scenario file's name in a scenario folder. */
    public static final String FILE = ScenarioFiles.FILE;
    /** The placeholder that stands for the challenge in the manifest's expected fields. */
    public static final String CHALLENGE = "{challenge}";
    /** The PKCS#12 file of the keys issued for the run (entries {@code person} and {@code organisation}). */
    public static final String KEY_FILE = RunKeys.KEY_FILE;
    /** The file holding its password (one line): give its path, never the password, on a command line. */
    public static final String PASSWORD_FILE = RunKeys.PASSWORD_FILE;
    /** The CA of the run's keys (PEM), the only trust anchor of the {@code axis} level's checks. */
    public static final String CA_FILE = RunKeys.CA_FILE;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Scenarios() {}

    /** One producer scenario before a challenge is drawn. */
    private record Template(
            String id,
            Level level,
            String title,
            String titleVi,
            String kind,
            Map<String, Object> edoc,
            Map<String, byte[]> files,
            String status,
            String statusDescription,
            String number) {}

    /** One reply case: answer the consumer case {@code source} with {@code status}. */
    record ReplySpec(String id, String source, String status, String description, String title, String titleVi) {}

    static List<ReplySpec> replies() {
        return List.of(
                new ReplySpec(
                        "C-RPL-001",
                        "C-ENV-001",
                        "03",
                        "Đã vào sổ văn bản đến",
                        "Answer a new official letter with status 03 (received)",
                        "Trả lời công văn mới bằng trạng thái 03 (đã tiếp nhận)"),
                new ReplySpec(
                        "C-RPL-002",
                        "C-HDR-002",
                        "01",
                        "Đã đến",
                        "Answer a letter with three recipients as the first one, status 01",
                        "Trả lời văn bản có ba nơi nhận với tư cách nơi nhận thứ nhất, trạng thái 01"),
                new ReplySpec(
                        "C-RPL-003",
                        "C-HDR-003",
                        "02",
                        "Gửi nhầm đơn vị nhận, đề nghị kiểm tra lại",
                        "Refuse a letter with a decomposed (NFD) subject, status 02 with the reason",
                        "Từ chối văn bản có trích yếu dạng NFD, trạng thái 02 kèm lý do"),
                new ReplySpec(
                        "C-RPL-004",
                        "C-HDR-008",
                        "04",
                        "Giao Phòng Tổng hợp xử lý",
                        "Answer a letter between QĐ 20/2020 identifiers, status 04 (assigned)",
                        "Trả lời văn bản giữa các mã định danh QĐ 20/2020, trạng thái 04 (phân công xử lý)"),
                new ReplySpec(
                        "C-RPL-005",
                        "C-ATT-004",
                        "06",
                        "Đã hoàn thành xử lý",
                        "Answer a letter with three attachments, status 06 (completed)",
                        "Trả lời văn bản có ba tệp đính kèm, trạng thái 06 (hoàn thành)"));
    }

    private static List<Template> templates() throws IOException {
        List<Template> t = new ArrayList<>();
        Map<String, Object> d1 = description(
                "1201",
                "VPCP-KSTT",
                "Công văn",
                "V/v thử nghiệm trao đổi văn bản điện tử (mã kiểm tra " + CHALLENGE + ")",
                List.of("000.00.00.H41=UBND tỉnh Nghệ An"),
                List.of("cong-van-1201.pdf"));
        t.add(new Template(
                "C-PRD-001",
                Level.MUST,
                "Make an official letter with one PDF for one receiver",
                "Tạo công văn kèm một tệp PDF gửi một nơi nhận",
                "edoc",
                d1,
                Map.of("cong-van-1201.pdf", Vectors.pdf("Cong van so 1201")),
                null,
                null,
                null));
        Map<String, Object> d2 = description(
                "1202",
                "VPCP-TCCV",
                "Công văn",
                "Về việc tăng cường ứng dụng chữ ký số tại Đắk Lắk, Thừa Thiên Huế và Bà Rịa – Vũng Tàu (mã kiểm tra "
                        + CHALLENGE + ")",
                List.of(
                        "000.00.00.H41=UBND tỉnh Nghệ An",
                        "000.00.00.H14=UBND tỉnh Cao Bằng",
                        "000.00.00.H27=UBND tỉnh Đắk Lắk"),
                List.of("cv-1202.pdf"));
        t.add(new Template(
                "C-PRD-002",
                Level.MUST,
                "Make a letter for three receivers with a Vietnamese subject (every diacritic kept, NFC)",
                "Tạo văn bản gửi ba nơi nhận, trích yếu tiếng Việt (giữ đủ dấu, dạng NFC)",
                "edoc",
                d2,
                Map.of("cv-1202.pdf", Vectors.pdf("Cong van so 1202")),
                null,
                null,
                null));
        Map<String, Object> d3 = description(
                "1203",
                "BC-VPCP",
                "Báo cáo",
                "Báo cáo tình hình triển khai quý IV (mã kiểm tra " + CHALLENGE + ")",
                List.of("000.00.00.H41=UBND tỉnh Nghệ An"),
                List.of("bao-cao-1203.pdf", "Phụ lục số liệu.xlsx", "du-thao.docx"));
        t.add(new Template(
                "C-PRD-003",
                Level.MUST,
                "Make a report with three attachments (PDF, XLSX, DOCX), in order",
                "Tạo báo cáo kèm ba tệp (PDF, XLSX, DOCX), đúng thứ tự",
                "edoc",
                d3,
                Map.of(
                        "bao-cao-1203.pdf",
                        Vectors.pdf("Bao cao 1203"),
                        "Phụ lục số liệu.xlsx",
                        Vectors.zip("xl/workbook.xml", "<workbook/>"),
                        "du-thao.docx",
                        Vectors.docx("Du thao")),
                null,
                null,
                null));
        Map<String, Object> d4 = description(
                "15",
                "QĐ-TTg",
                "Quyết định",
                "Quyết định ban hành quy chế trao đổi văn bản điện tử (mã kiểm tra " + CHALLENGE + ")",
                List.of("000.00.00.H41=UBND tỉnh Nghệ An"),
                List.of("qd-15.pdf"));
        d4.put("priority", 2);
        d4.put("due", "2026-02-15");
        t.add(new Template(
                "C-PRD-004",
                Level.SHOULD,
                "Make an urgent decision with a due date (priority 2)",
                "Tạo quyết định thượng khẩn có hạn xử lý (độ khẩn 2)",
                "edoc",
                d4,
                Map.of("qd-15.pdf", Vectors.pdf("Quyet dinh 15")),
                null,
                null,
                null));
        t.add(new Template(
                "C-PRD-005",
                Level.MUST,
                "Answer a received letter with status 03 (received)",
                "Trả lời văn bản nhận được bằng trạng thái 03 (đã tiếp nhận)",
                "status",
                Map.of(),
                Map.of(),
                "03",
                "Đã vào sổ văn bản đến",
                "77"));
        t.add(new Template(
                "C-PRD-006",
                Level.MUST,
                "Refuse a received letter with status 02 and the reason",
                "Từ chối văn bản nhận được bằng trạng thái 02 kèm lý do",
                "status",
                Map.of(),
                Map.of(),
                "02",
                "Văn bản không thuộc thẩm quyền giải quyết",
                "78"));
        t.add(new Template(
                "C-PRD-007",
                Level.SHOULD,
                "Report a received letter as completed, status 06",
                "Báo văn bản nhận được đã hoàn thành, trạng thái 06",
                "status",
                Map.of(),
                Map.of(),
                "06",
                "Đã hoàn thành xử lý",
                "79"));
        return t;
    }

    private static Map<String, Object> description(
            String number, String notation, String type, String subject, List<String> to, List<String> attach) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("from", Vectors.SENDER);
        d.put("fromName", "Văn phòng Chính phủ");
        d.put("to", to);
        d.put("number", number);
        d.put("notation", notation);
        d.put("date", "2026-01-14");
        d.put("place", "Hà Nội");
        d.put("type", type);
        d.put("subject", subject);
        d.put("signerPosition", "Phó Chủ nhiệm");
        d.put("signerName", "Trần Văn Minh");
        d.put("attach", attach);
        return d;
    }

    /** The producer cases of the catalogue (expected fields hold {@value #CHALLENGE}). */
    static List<ConformanceCase> cases() throws IOException {
        List<ConformanceCase> cases = new ArrayList<>();
        for (Template t : templates()) {
            cases.add(new ConformanceCase(
                    t.id,
                    t.title,
                    t.titleVi,
                    t.kind.equals("edoc")
                            ? "QCVN 102:2016 §2 (gói tin văn bản); Decree 30/2020"
                            : "QCVN 102:2016 §7 (gói tin trạng thái)",
                    t.level,
                    Direction.PRODUCER,
                    Outcome.ACCEPT,
                    List.of(),
                    expected(t, CHALLENGE),
                    t.id + ".edxml"));
        }
        return cases;
    }

    /** The fields the package of producer case {@code id} must carry for {@code challenge}, from the catalogue. */
    static Map<String, String> expectedFor(String id, String challenge) throws IOException {
        for (Template t : templates()) {
            if (t.id.equals(id)) {
                return expected(t, challenge);
            }
        }
        throw new IllegalArgumentException("no producer case " + id);
    }

    private static Map<String, String> expected(Template t, String challenge) throws IOException {
        Map<String, String> f = new TreeMap<>();
        if (t.kind.equals("edoc")) {
            Map<String, Object> d = t.edoc;
            f.put("kind", "edoc");
            f.put("from.organId", (String) d.get("from"));
            List<?> to = (List<?>) d.get("to");
            for (int i = 0; i < to.size(); i++) {
                String r = (String) to.get(i);
                f.put("to[" + i + "].organId", r.contains("=") ? r.substring(0, r.indexOf('=')) : r);
            }
            f.put("code.number", (String) d.get("number"));
            f.put("code.notation", (String) d.get("notation"));
            f.put("promulgationDate", (String) d.get("date"));
            f.put("subject", ((String) d.get("subject")).replace(CHALLENGE, challenge));
            List<?> att = (List<?>) d.get("attach");
            for (int i = 0; i < att.size(); i++) {
                String name = (String) att.get(i);
                f.put("attachments[" + i + "].name", name);
                f.put("attachments[" + i + "].contentType", Attachment.contentTypeFor(name));
                f.put("attachments[" + i + "].size", Integer.toString(t.files.get(name).length));
            }
        } else {
            EdocPackage received = received(t, challenge);
            Map<String, String> r = Fields.of(received);
            f.put("kind", "status");
            f.put("documentId", r.get("documentId"));
            f.put("from.organId", r.get("to[0].organId"));
            f.put("responseFor.organId", r.get("from.organId"));
            f.put("code.number", r.get("code.number"));
            f.put("code.notation", r.get("code.notation"));
            f.put("promulgationDate", r.get("promulgationDate"));
            f.put("statusCode", t.status);
            f.put("description", t.statusDescription);
        }
        return f;
    }

    /** The document package a status scenario answers; its notation carries the challenge. */
    private static EdocPackage received(Template t, String challenge) {
        return Edxml.edoc()
                .header(Vectors.header()
                        .code(t.number, "KT-" + challenge)
                        .conventionalDocumentId()
                        .subject("V/v đề nghị phối hợp kiểm thử kết nối")
                        .build())
                .business(Vectors.business(BusinessDocType.NEW))
                .traceHeaders(Vectors.firstHop())
                .addAttachment(Vectors.pdfAttachment(
                        "cid:33333333-3333-4333-8333-3333333333" + t.number,
                        "cv-" + t.number + ".pdf",
                        Integer.parseInt(t.number)))
                .build();
    }

    /** A fresh challenge: 12 characters of an unambiguous alphabet in three groups ({@code K7QX-M2RD-9PZA}). */
    public static String challenge(RandomGenerator random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * Writes a scenario set for one run into {@code dir} (created if needed), each scenario with its own challenge
     * drawn from {@code random} (give a {@link java.security.SecureRandom} for a real run), and returns it.
     */
    public static List<Scenario> issue(Suite suite, Path dir, RandomGenerator random) throws IOException {
        Files.createDirectories(dir);
        List<Scenario> out = new ArrayList<>();
        for (Template t : templates()) {
            String challenge = challenge(random);
            Map<String, String> expected = expected(t, challenge);
            if (t.kind.equals("edoc")) {
                Map<String, Object> d = new LinkedHashMap<>(t.edoc);
                d.put("subject", ((String) d.get("subject")).replace(CHALLENGE, challenge));
                for (Map.Entry<String, byte[]> f : t.files.entrySet()) {
                    Suite.writeAtomically(dir.resolve(f.getKey()), f.getValue());
                }
                String file = t.id + ".json";
                Suite.writeAtomically(dir.resolve(file), (Json.write(d) + "\n").getBytes(StandardCharsets.UTF_8));
                out.add(new Scenario(
                        t.id,
                        "edoc",
                        challenge,
                        "subject",
                        t.id + ".edxml",
                        Optional.of(file),
                        d,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        expected));
            } else {
                String file = t.id + "-received.edxml";
                Suite.writeAtomically(dir.resolve(file), Edxml.toBytes(received(t, challenge)));
                out.add(new Scenario(
                        t.id,
                        "status",
                        challenge,
                        "code.notation",
                        t.id + ".edxml",
                        Optional.empty(),
                        Map.of(),
                        Optional.of(file),
                        Optional.of(t.status),
                        Optional.of(t.statusDescription),
                        expected));
            }
        }
        // the keys of the axis level, issued for this run only: a CA named after the run, a person and an organisation
        String runId = challenge(random);
        java.security.SecureRandom keyRandom =
                random instanceof java.security.SecureRandom sr ? sr : new java.security.SecureRandom();
        java.security.cert.X509Certificate ca = RunKeys.issue(dir, runId, keyRandom);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("suiteVersion", suite.version());
        doc.put("suiteDigest", suite.digest());
        doc.put("runId", runId);
        doc.put("signingCaSha256", RunKeys.fingerprint(ca));
        doc.put("signingKey", RunKeys.KEY_FILE);
        doc.put("signingKeyPasswordFile", RunKeys.PASSWORD_FILE);
        doc.put("scenarios", out.stream().map(Scenarios::toJson).toList());
        Suite.writeAtomically(dir.resolve(FILE), (Json.write(doc) + "\n").getBytes(StandardCharsets.UTF_8));
        return read(dir); // as a run reads them (JSON numbers as BigDecimal)
    }

    /**
     * Reads the scenario set in {@code dir} ({@value #FILE}).
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when it is not a scenario file
     */
    public static List<Scenario> read(Path dir) throws IOException {
        String text = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8);
        try {
            if (!(JsonReader.read(text) instanceof Map<?, ?> doc)) {
                throw new IllegalArgumentException(FILE + " is not a JSON object");
            }
            List<Scenario> out = new ArrayList<>();
            for (Object o : (List<?>) doc.get("scenarios")) {
                Map<?, ?> s = (Map<?, ?>) o;
                Map<String, String> expected = new TreeMap<>();
                ((Map<?, ?>) s.get("expectedFields")).forEach((k, v) -> expected.put((String) k, (String) v));
                Map<String, Object> edoc = new LinkedHashMap<>();
                if (s.get("edoc") instanceof Map<?, ?> e) {
                    e.forEach((k, v) -> edoc.put((String) k, v));
                }
                out.add(new Scenario(
                        (String) s.get("id"),
                        (String) s.get("kind"),
                        (String) s.get("challenge"),
                        (String) s.get("challengeField"),
                        (String) s.get("output"),
                        opt(s, "description"),
                        edoc,
                        opt(s, "received"),
                        opt(s, "status"),
                        opt(s, "statusDescription"),
                        expected));
            }
            return List.copyOf(out);
        } catch (JsonReader.Malformed e) {
            throw new IllegalArgumentException(FILE + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(FILE + " is not a scenario file: " + e.getMessage(), e);
        }
    }

    /** The digest of the suite that issued the scenarios in {@code dir} (empty when the file does not say). */
    static Optional<String> issuedBy(Path dir) throws IOException {
        try {
            if (JsonReader.read(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8)) instanceof Map<?, ?> doc
                    && doc.get("suiteDigest") instanceof String d) {
                return Optional.of(d);
            }
            return Optional.empty();
        } catch (JsonReader.Malformed e) {
            throw new IllegalArgumentException(FILE + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the run's CA recorded in the scenarios in {@code dir} (empty when the file does not say). */
    static Optional<String> signingCa(Path dir) throws IOException {
        try {
            if (JsonReader.read(Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8)) instanceof Map<?, ?> doc
                    && doc.get("signingCaSha256") instanceof String d) {
                return Optional.of(d);
            }
            return Optional.empty();
        } catch (JsonReader.Malformed e) {
            throw new IllegalArgumentException(FILE + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> opt(Map<?, ?> m, String key) {
        return Optional.ofNullable((String) m.get(key));
    }

    private static Map<String, Object> toJson(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind());
        m.put("challenge", s.challenge());
        m.put("challengeField", s.challengeField());
        m.put("output", s.output());
        s.description().ifPresent(d -> m.put("description", d));
        if (!s.edoc().isEmpty()) {
            m.put("edoc", s.edoc());
        }
        s.received().ifPresent(r -> m.put("received", r));
        s.status().ifPresent(r -> m.put("status", r));
        s.statusDescription().ifPresent(r -> m.put("statusDescription", r));
        m.put("expectedFields", new TreeMap<>(s.expectedFields()));
        return m;
    }
}
