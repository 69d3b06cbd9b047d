package dev.edxml.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Finding;
import dev.edxml.Location;
import dev.edxml.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four report forms, on reports built by hand: what each must contain, escape and keep stable. */
class ValidationFormatTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    /** A message that needs escaping in every form: markup, ampersand, both quotes, a control character. */
    static final String NASTY = "<b>\"Bộ Tài chính\" & 'G12'</b>\u0001";

    static final ValidationReport EDOC = new ValidationReport(
            "in/a&b.edxml",
            Profile.AXIS,
            Optional.of("edoc"),
            "12/VPCP-TTĐT 2024/05/02 from 000.00.00.G22 to [000.00.00.H41, G12], new document, "
                    + "\"V/v kết nối <liên thông> & \"thử\"\", 1 attachment, unsigned",
            List.of(
                    new Finding(
                            "EDXML-ENV-030",
                            Severity.ERROR,
                            List.of(),
                            new Location(12, 5, "/edXML/x"),
                            "QCVN 102:2016 §2",
                            "Lỗi " + NASTY,
                            "Error " + NASTY),
                    new Finding(
                            "EDXML-ENV-036",
                            Severity.WARNING,
                            List.of(),
                            new Location(3, 1, ""),
                            "QCVN 102:2016 §3.1",
                            "Thứ tự lạ",
                            "Odd order"),
                    new Finding(
                            "EDXML-ENV-022",
                            Severity.INFO,
                            List.of(),
                            new Location(0, 0, ""),
                            "QCVN",
                            "Chú ý",
                            "Note")));
    static final ValidationReport STATUS = new ValidationReport(
            "s.edxml",
            Profile.AXIS,
            Optional.of("status"),
            "01 (Arrived / Đã đến) from 000.00.00.H41 about 12/VPCP-TTĐT at " + "2024/05/02 09:00:00, \"Đã đến\"",
            List.of());
    static final ValidationReport BROKEN = new ValidationReport(
            "broken.edxml",
            Profile.LENIENT,
            Optional.empty(),
            "",
            List.of(new Finding(
                    "EDXML-ENV-001",
                    Severity.ERROR,
                    List.of(),
                    new Location(2, 3, ""),
                    "XML 1.0",
                    "Không phải XML",
                    "Not XML")));
    static final List<ValidationReport> ALL = List.of(EDOC, STATUS, BROKEN);

    @Test
    void textIsOneFindingALineAsTheCliContractSays() {
        String text = ValidationFormat.TEXT.render(ALL, Locale.ENGLISH);
        List<String> lines = text.lines().toList();
        assertEquals(4, lines.size(), text);
        assertEquals("in/a&b.edxml:0:0: info EDXML-ENV-022 Note", lines.get(0), "file order, unknown places first");
        assertEquals("in/a&b.edxml:3:1: warning EDXML-ENV-036 Odd order", lines.get(1));
        assertEquals(
                "in/a&b.edxml:12:5: error EDXML-ENV-030 Error <b>\"Bộ Tài chính\" & 'G12'</b>\\u0001", lines.get(2));
        assertEquals(
                "broken.edxml:2:3: error EDXML-ENV-001 Không phải XML",
                ValidationFormat.TEXT.render(List.of(BROKEN), VI).strip());
        assertFalse(text.contains("\r"), "\\n whatever the platform");
        assertEquals(Optional.of(ValidationFormat.JUNIT), ValidationFormat.named("JUnit"));
    }

    @Test
    void jsonParsesBackWithStableKeysAndEscapes() {
        String json = ValidationFormat.JSON.render(ALL, Locale.ENGLISH);
        assertEquals(json, ValidationFormat.JSON.render(ALL, Locale.ENGLISH), "deterministic");
        List<?> array = (List<?>) new MiniJson(json).value();
        assertEquals(3, array.size());
        Map<?, ?> first = (Map<?, ?>) array.get(0);
        assertEquals(List.of("source", "profile", "kind", "summary", "valid", "findings"), List.copyOf(first.keySet()));
        assertEquals("in/a&b.edxml", first.get("source"));
        assertEquals("axis", first.get("profile"));
        assertEquals("edoc", first.get("kind"));
        assertEquals(false, first.get("valid"));
        assertTrue(((String) first.get("summary")).contains("\"V/v kết nối <liên thông> & \"thử\"\""));
        Map<?, ?> f = (Map<?, ?>) ((List<?>) first.get("findings")).get(2);
        assertEquals(
                List.of("code", "severity", "line", "column", "path", "clause", "message"), List.copyOf(f.keySet()));
        assertEquals("EDXML-ENV-030", f.get("code"));
        assertEquals("error", f.get("severity"));
        assertEquals(12L, f.get("line"));
        assertEquals("Error " + NASTY, f.get("message"));
        Map<?, ?> broken = (Map<?, ?>) array.get(2);
        assertEquals(null, broken.get("kind"));
        Map<?, ?> vi =
                (Map<?, ?>) ((List<?>) new MiniJson(ValidationFormat.JSON.render(List.of(BROKEN), VI)).value()).get(0);
        assertEquals("Không phải XML", ((Map<?, ?>) ((List<?>) vi.get("findings")).get(0)).get("message"));
        assertEquals(List.of(), new MiniJson(ValidationFormat.JSON.render(List.of(), VI)).value());
    }

    @Test
    void junitXmlHasASuitePerProfileACasePerPackageAndAFailurePerError() throws Exception {
        String xml = ValidationFormat.JUNIT.render(ALL, Locale.ENGLISH);
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("testsuites", d.getDocumentElement().getTagName());
        NodeList suites = d.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength(), "axis and lenient");
        Element axis = (Element) suites.item(0);
        assertEquals("edxml-validate.axis", axis.getAttribute("name"));
        assertEquals("2", axis.getAttribute("tests"));
        assertEquals("1", axis.getAttribute("failures"));
        Element edoc = (Element) axis.getElementsByTagName("testcase").item(0);
        assertEquals("in/a&b.edxml", edoc.getAttribute("name"));
        NodeList failures = edoc.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failure = (Element) failures.item(0);
        assertEquals("EDXML-ENV-030", failure.getAttribute("type"));
        assertTrue(
                failure.getAttribute("message").contains("Error <b>\"Bộ Tài chính\" & 'G12'</b>\\u0001"),
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("/edXML/x (QCVN 102:2016 §2)"), failure.getTextContent());
        String out = edoc.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.contains("warning EDXML-ENV-036 Odd order") && out.contains("info EDXML-ENV-022 Note"), out);
        Element status = (Element) axis.getElementsByTagName("testcase").item(1);
        assertEquals(0, status.getElementsByTagName("failure").getLength());
        assertEquals("1", ((Element) suites.item(1)).getAttribute("failures"));
    }

    @Test
    void htmlIsOneSelfContainedVietnamesePageWithEverythingEscaped() {
        String html = ValidationFormat.HTML.render(ALL, null);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), "Vietnamese by default");
        assertTrue(html.contains("<title>Kết quả kiểm tra gói tin edXML</title>"));
        assertTrue(html.contains("3 gói tin: 1 hợp lệ, 2 không hợp lệ"), html);
        assertFalse(
                html.contains("<script")
                        || html.contains("http://")
                        || html.contains("https://")
                        || html.contains("<link"),
                "nothing to run or fetch");
        // the package summarised at the top, in Vietnamese
        assertTrue(html.contains("<dt>Loại gói tin</dt><dd>Gói tin văn bản điện tử</dd>"), html);
        assertTrue(html.contains("<dt>Số, ký hiệu</dt><dd>12/VPCP-TTĐT</dd>"), html);
        assertTrue(html.contains("<dt>Đơn vị gửi</dt><dd>000.00.00.G22</dd>"), html);
        assertTrue(html.contains("<dt>Đơn vị nhận</dt><dd>000.00.00.H41, G12</dd>"), html);
        assertTrue(html.contains("<dt>Nghiệp vụ</dt><dd>Văn bản điện tử mới</dd>"), html);
        assertTrue(
                html.contains("<dt>Trích yếu</dt><dd>V/v kết nối &lt;liên thông&gt; &amp; &quot;thử&quot;</dd>"), html);
        assertTrue(html.contains("<dt>Trạng thái</dt><dd>01 – Đã đến</dd>"), html);
        assertTrue(html.contains("Không xác định (không đọc được gói tin)"), html);
        // findings grouped by severity, escaped
        assertTrue(html.indexOf(">Lỗi (1)</h3>") < html.indexOf(">Cảnh báo (1)</h3>"), html);
        assertTrue(html.contains("Lỗi &lt;b&gt;&quot;Bộ Tài chính&quot; &amp; &#39;G12&#39;&lt;/b&gt;\\u0001"), html);
        assertFalse(html.contains("<b>") || html.contains("\u0001"), html);
        assertTrue(html.contains("<h2>in/a&amp;b.edxml</h2>"), html);
        assertTrue(html.contains("12:5<small>/edXML/x</small>"), html);
        String en = ValidationFormat.HTML.render(ALL, Locale.ENGLISH);
        assertTrue(
                en.contains("<html lang=\"en\">")
                        && en.contains("<dt>Sender</dt><dd>000.00.00.G22</dd>")
                        && en.contains("<dt>Business type</dt><dd>New document</dd>"),
                en);
    }

    @Test
    void aSummaryThatDoesNotReadAsExpectedIsShownWhole() {
        ValidationReport odd =
                new ValidationReport("o.edxml", Profile.QCVN102, Optional.of("edoc"), "something & else", List.of());
        String html = ValidationFormat.HTML.render(List.of(odd), VI);
        assertTrue(html.contains("<dt>Tóm tắt</dt><dd>something &amp; else</dd>"), html);
        assertTrue(html.contains("Không phát hiện vấn đề nào."), html);
    }

    @Test
    void theLabelBundlesHaveTheSameKeys() throws Exception {
        assertEquals(keys("vi"), keys("en"));
    }

    private static List<String> keys(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in =
                ReportWords.class.getResourceAsStream("/dev/edxml/validate/reports_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().sorted().toList();
    }

    /** Just enough JSON to read the report back: objects (ordered), arrays, strings, integers, booleans, null. */
    static final class MiniJson {
        private final String s;
        private int i;

        MiniJson(String s) {
            this.s = s;
        }

        Object value() {
            Object v = read();
            skip();
            assertEquals(s.length(), i, "trailing text");
            return v;
        }

        private Object read() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                while (peek() != '}') {
                    String k = (String) read();
                    expect(':');
                    m.put(k, read());
                    if (peek() == ',') {
                        i++;
                    }
                }
                i++;
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                while (peek() != ']') {
                    l.add(read());
                    if (peek() == ',') {
                        i++;
                    }
                }
                i++;
                return l;
            }
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                for (i++; s.charAt(i) != '"'; i++) {
                    char ch = s.charAt(i);
                    if (ch == '\\') {
                        char e = s.charAt(++i);
                        switch (e) {
                            case 'n' -> b.append('\n');
                            case 't' -> b.append('\t');
                            case 'r' -> b.append('\r');
                            case 'b' -> b.append('\b');
                            case 'f' -> b.append('\f');
                            case 'u' -> {
                                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                            default -> b.append(e);
                        }
                    } else {
                        assertTrue(ch >= 0x20, "raw control character in a JSON string");
                        b.append(ch);
                    }
                }
                i++;
                return b.toString();
            }
            for (String word : List.of("true", "false", "null")) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            return Long.parseLong(s.substring(start, i));
        }

        private char peek() {
            skip();
            return s.charAt(i);
        }

        private void expect(char c) {
            assertEquals(c, peek());
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
