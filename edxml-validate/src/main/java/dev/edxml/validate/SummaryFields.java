package dev.edxml.validate;

import dev.edxml.internal.Messages;
import dev.edxml.model.BusinessDocType;
import dev.edxml.model.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line summary of a report ({@link ValidationReport#summary()}, the package's own description) laid out as
 * labelled rows for a clerk: number and notation, date, sender, receivers, subject. The summary is a description,
 * not a format: when it does not read as expected, the page shows it whole under one label rather than guess.
 */
final class SummaryFields {
    private static final Pattern EDOC = Pattern.compile("^(?:(?<code>(?!from )\\S*/.*?) )?"
            + "(?:(?<date>\\d{4}/\\d{2}/\\d{2}) )?(?:from (?<from>\\S+) )?to \\[(?<to>[^\\]]*)]"
            + "(?:, (?<business>[a-z][a-z ]*))?(?:, \"(?<subject>.*)\")?, (?<attachments>\\d+) attachments?, "
            + "(?<signature>XML-DSig signature|legacy signature placeholder|unsigned)(?:, extensions=.*)?$");
    private static final Pattern STATUS = Pattern.compile("^(?:no status code|(?<status>\\S+)(?: \\(.*? / .*?\\))?)"
            + "(?: from (?<from>\\S+))?(?: about (?<about>.+?))?"
            + "(?: at (?<at>\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}))?(?:, \"(?<description>.*)\")?(?:, .*)?$");

    /** A labelled value. */
    record Row(String label, String value) {}

    private SummaryFields() {}

    static List<Row> of(ValidationReport r, Messages texts, Locale locale) {
        List<Row> rows = new ArrayList<>();
        String kind = ReportWords.kind(r);
        rows.add(new Row(t(texts, "kind", locale), t(texts, "kind." + (kind == null ? "unknown" : kind), locale)));
        if (r.summary().isEmpty()) {
            return rows;
        }
        Matcher m = ("edoc".equals(kind) ? EDOC : STATUS).matcher(r.summary());
        if (kind == null || !m.matches()) {
            rows.add(new Row(t(texts, "field.summary", locale), r.summary()));
        } else if (kind.equals("edoc")) {
            add(rows, texts, locale, "field.code", m.group("code"));
            add(rows, texts, locale, "field.date", m.group("date"));
            add(rows, texts, locale, "field.from", m.group("from"));
            add(rows, texts, locale, "field.to", m.group("to"));
            add(rows, texts, locale, "field.business", business(m.group("business"), locale));
            add(rows, texts, locale, "field.subject", m.group("subject"));
            add(rows, texts, locale, "field.attachments", m.group("attachments"));
            add(
                    rows,
                    texts,
                    locale,
                    "field.signature",
                    t(
                            texts,
                            "signature."
                                    + m.group("signature").replace(' ', '-').toLowerCase(Locale.ROOT),
                            locale));
        } else {
            String code = m.group("status");
            add(
                    rows,
                    texts,
                    locale,
                    "field.status",
                    code == null
                            ? null
                            : code + " – "
                                    + (vi(locale)
                                            ? StatusCode.of(code).nameVi()
                                            : StatusCode.of(code).nameEn()));
            add(rows, texts, locale, "field.from", m.group("from"));
            add(rows, texts, locale, "field.about", m.group("about"));
            add(rows, texts, locale, "field.time", m.group("at"));
            add(rows, texts, locale, "field.description", m.group("description"));
        }
        return rows;
    }

    /** The business type in the reader's language; the summary names it in lower-case English. */
    private static String business(String english, Locale locale) {
        if (english == null) {
            return null;
        }
        for (BusinessDocType t : BusinessDocType.known()) {
            if (t.nameEn().equalsIgnoreCase(english)) {
                return vi(locale) ? t.nameVi() : t.nameEn();
            }
        }
        return english;
    }

    private static void add(List<Row> rows, Messages texts, Locale locale, String key, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(new Row(t(texts, key, locale), value));
        }
    }

    private static boolean vi(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    static String t(Messages texts, String key, Locale locale, String... args) {
        return texts.text(key, List.of(args), locale);
    }
}
