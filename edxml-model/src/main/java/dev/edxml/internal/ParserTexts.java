package dev.edxml.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese for the XML parser's own words, which {@code EDXML-ENV-001} quotes: the JDK's parser speaks English
 * whatever the locale asked for. The commonest complaints are translated; any other is kept, marked as the parser's.
 */
final class ParserTexts {
    private record Rule(Pattern english, String vietnamese) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    "XML document structures must start and end within the same entity\\.?",
                    "tài liệu kết thúc khi còn phần tử chưa đóng"),
            rule("Premature end of file\\.?", "tệp kết thúc đột ngột (trống hoặc bị cắt)"),
            rule("unexpected end of document", "tài liệu kết thúc đột ngột"),
            rule("Content is not allowed in prolog\\.?", "có nội dung không hợp lệ trước phần tử gốc"),
            rule("Content is not allowed in trailing section\\.?", "có nội dung sau phần tử gốc"),
            rule("content after the document element", "có nội dung sau phần tử gốc"),
            rule(
                    "The markup in the document following the root element must be well-formed\\.?",
                    "có nội dung không hợp lệ sau phần tử gốc"),
            rule(
                    "The markup in the document preceding the root element must be well-formed\\.?",
                    "có nội dung không hợp lệ trước phần tử gốc"),
            rule(
                    "The element type \"(.*)\" must be terminated by the matching end-tag \"(.*)\"\\.?",
                    "phần tử \"$1\" phải được đóng bằng thẻ \"$2\""),
            rule(
                    "Element type \"(.*)\" must be followed by either attribute specifications, \">\" or \"/>\"\\.?",
                    "sau tên phần tử \"$1\" phải là thuộc tính, \">\" hoặc \"/>\""),
            rule(
                    "Attribute \"(.*)\" was already specified for element \"(.*)\"\\.?",
                    "thuộc tính \"$1\" bị lặp trên phần tử \"$2\""),
            rule(
                    "Open quote is expected for attribute \"(.*)\" associated with an\\s+element type\\s+\"(.*)\"\\.?",
                    "giá trị thuộc tính \"$1\" của phần tử \"$2\" phải nằm trong dấu nháy"),
            rule(
                    "The value of attribute \"(.*)\" associated with an element type \"(.*)\" must not contain the '<' character\\.?",
                    "giá trị thuộc tính \"$1\" của phần tử \"$2\" không được chứa ký tự '<'"),
            rule(
                    "The entity \"(.*)\" was referenced, but not declared\\.?",
                    "thực thể \"$1\" được dùng nhưng không được khai báo"),
            rule(
                    "The reference to entity \"(.*)\" must end with the ';' delimiter\\.?",
                    "tham chiếu thực thể \"$1\" phải kết thúc bằng ';'"),
            rule(
                    "The entity name must immediately follow the '&' in the entity reference\\.?",
                    "sau '&' phải là tên thực thể (viết '&amp;' cho ký tự &)"),
            rule(
                    "The content of elements must consist of well-formed character data or markup\\.?",
                    "nội dung phần tử không phải dữ liệu ký tự hay thẻ hợp lệ"),
            rule(
                    "Invalid byte (\\d+) of (\\d+)-byte UTF-8 sequence\\.?",
                    "chuỗi byte UTF-8 không hợp lệ (byte $1 của $2)"),
            rule("invalid UTF-8 byte sequence on line (\\d+)", "chuỗi byte UTF-8 không hợp lệ ở dòng $1"),
            rule(
                    "An invalid XML character \\(Unicode: (0x[0-9a-fA-F]+)\\) was found in (.*)\\.?",
                    "có ký tự không được phép trong XML (Unicode: $1)"),
            rule(
                    "the namespace prefix of attribute (.*) on (.*) is not declared",
                    "tiền tố không gian tên của thuộc tính $1 trên $2 chưa được khai báo"),
            rule(
                    "the namespace prefix of element (.*) is not declared",
                    "tiền tố không gian tên của phần tử $1 chưa được khai báo"),
            rule("Unexpected character '(.*)' \\(code (\\d+)\\).*", "ký tự không mong đợi '$1' (mã $2)"),
            rule(
                    "The processing instruction must begin with the name of the target\\.?",
                    "chỉ thị xử lý phải bắt đầu bằng tên đích"),
            rule("The XML declaration must end with \"\\?>\"\\.?", "khai báo XML phải kết thúc bằng \"?>\""));

    private ParserTexts() {}

    private static Rule rule(String english, String vietnamese) {
        return new Rule(Pattern.compile(english, Pattern.DOTALL), vietnamese);
    }

    /** The parser's complaint in Vietnamese; one not known here, marked as the parser's own (English) words. */
    static String vietnamese(String english) {
        String s = english == null ? "" : english.strip();
        if (s.matches("\\{\\d+}")) {
            return s; // a placeholder (the rule catalogue shows messages with their arguments unfilled)
        }
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(s);
            if (m.matches()) {
                return m.replaceFirst(r.vietnamese());
            }
        }
        return "(thông báo của bộ phân tích XML) " + s;
    }
}
