package dev.edxml.validate.rules;

import static dev.edxml.validate.rules.HeaderFields.any;
import static dev.edxml.validate.rules.HeaderFields.field;
import static dev.edxml.validate.rules.HeaderFields.select;
import static dev.edxml.validate.rules.HeaderFields.shown;
import static dev.edxml.validate.rules.HeaderFields.value;
import static dev.edxml.validate.rules.RuleCatalogue.E;
import static dev.edxml.validate.rules.RuleCatalogue.I;
import static dev.edxml.validate.rules.RuleCatalogue.W;
import static dev.edxml.validate.rules.RuleCatalogue.rule;

import dev.edxml.internal.xml.Names;
import dev.edxml.model.OrganId;
import dev.edxml.validate.LocatedElement;
import dev.edxml.validate.Rule;
import dev.edxml.validate.RuleContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules of area HDR on how header values are written (spec §3.6, §8, §12.1, §12.3 V-ID-1, V-LEN-*): organisation
 * identifiers, Decree 30 and Bkav lengths, e-mail syntax and text quality. They apply to document and status packages
 * alike ({@code From}, {@code To} and {@code ResponseFor} are the same {@code Organization} and reference there).
 */
final class HeaderTextRules {
    /** Decree 30/2020 Appendix VI Part II, the lengths the Bkav checker also has (spec §3.6). */
    private static final Map<String, Integer> DECREE_30 = Map.of(
            "Code/CodeNumber",
            11,
            "Code/CodeNotation",
            30,
            "DocumentType/TypeName",
            100,
            "From/OrganName",
            200,
            "To/OrganName",
            200,
            Names.SUBJECT,
            500,
            "SignerInfo/Position",
            100,
            "SignerInfo/FullName",
            50);
    /**
     * Limits only the Bkav checker has (spec §3.2, §3.3). Its {@code Website} limit of 20 is left out: real sites are
     * longer ({@code http://www.ict-hanoi.gov.vn} in the VPCP sample) and the spec doubts it.
     */
    private static final Map<String, Integer> BKAV = Map.ofEntries(
            Map.entry("From/OrganizationInCharge", 500),
            Map.entry("To/OrganizationInCharge", 500),
            Map.entry("From/OrganAdd", 500),
            Map.entry("To/OrganAdd", 500),
            Map.entry("From/Email", 100),
            Map.entry("To/Email", 100),
            Map.entry("From/Telephone", 20),
            Map.entry("To/Telephone", 20),
            Map.entry("From/Fax", 20),
            Map.entry("To/Fax", 20),
            Map.entry("PromulgationInfo/Place", 50),
            Map.entry(Names.CONTENT, 500),
            Map.entry("OtherInfo/SphereOfPromulgation", 100),
            Map.entry("OtherInfo/TyperNotation", 10),
            Map.entry("ToPlaces/Place", 150));
    /** Elements whose value is a code or identifier, matched exactly by peers. */
    private static final Set<String> CODES = Set.of(
            Names.ORGAN_ID,
            Names.CODE_NUMBER,
            Names.CODE_NOTATION,
            Names.DOCUMENT_ID,
            Names.CODE,
            Names.PRIORITY,
            Names.TYPE,
            Names.TYPE_DETAIL,
            Names.STEERING_TYPE,
            Names.STATUS_CODE,
            Names.PROMULGATION_DATE,
            Names.DUE_DATE,
            Names.PROMULGATION_AMOUNT,
            Names.PAGE_AMOUNT);

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");
    private static final int LEGACY_LENGTH = 13;

    private HeaderTextRules() {}

    static List<Rule> rules() {
        return List.of(
                rule(
                        "EDXML-HDR-033",
                        "QCVN 102:2016 §8; Amendment 1:2022, QĐ 20/2020 (OrganId)",
                        W,
                        W,
                        I,
                        ctx -> organIds(ctx, OrganId.Scheme.UNKNOWN)),
                rule(
                        "EDXML-HDR-045",
                        "QCVN 102:2016 §8; Amendment 1:2022, QĐ 20/2020 (OrganId characters)",
                        E,
                        E,
                        W,
                        HeaderTextRules::organIdCharacters),
                rule(
                        "EDXML-HDR-034",
                        "Decree 30/2020 Appendix VI (OrganId String 13)",
                        W,
                        W,
                        I,
                        ctx -> organIds(ctx, null)),
                rule(
                        "EDXML-HDR-035",
                        "QCVN 102:2016 §8 (OrganId)",
                        I,
                        I,
                        null,
                        ctx -> organIds(ctx, OrganId.Scheme.SYSTEM_ID)),
                rule(
                        "EDXML-HDR-038",
                        "Decree 30/2020 Appendix VI Part II (lengths)",
                        E,
                        W,
                        I,
                        ctx -> any(ctx, (c, h) -> lengths(c, h, DECREE_30))),
                rule(
                        "EDXML-HDR-039",
                        "[Bkav checker] (lengths)",
                        W,
                        W,
                        null,
                        ctx -> any(ctx, (c, h) -> lengths(c, h, BKAV))),
                rule("EDXML-HDR-040", "[Bkav checker] (Email)", W, W, I, ctx -> any(ctx, HeaderTextRules::email)),
                rule(
                        "EDXML-HDR-041",
                        "XML 1.0 §2.2; Unicode (control and format characters)",
                        W,
                        W,
                        I,
                        ctx -> any(ctx, HeaderTextRules::invisible)),
                rule(
                        "EDXML-HDR-042",
                        "Unicode NFC; TCVN 6909:2001 (precomposed Vietnamese)",
                        W,
                        W,
                        I,
                        ctx -> any(ctx, HeaderTextRules::nfc)),
                rule(
                        "EDXML-HDR-043",
                        "QCVN 102:2016 (codes and identifiers)",
                        W,
                        W,
                        I,
                        ctx -> any(ctx, HeaderTextRules::padded)));
    }

    /** The organisation identifiers of a header: sender, recipients and the issuers of documents answered. */
    private static List<LocatedElement> organIds(LocatedElement h) {
        List<LocatedElement> out = new ArrayList<>();
        for (String path : List.of("From/OrganId", "To/OrganId", "ResponseFor/OrganId")) {
            out.addAll(
                    select(h, path).stream().filter(e -> value(e).isPresent()).toList());
        }
        return out;
    }

    /** Reports identifiers of {@code scheme}, or (when {@code null}) those longer than a legacy code. */
    private static void organIds(RuleContext ctx, OrganId.Scheme scheme) {
        any(ctx, (c, h) -> {
            for (LocatedElement e : organIds(h)) {
                // white space around the value is EDXML-HDR-043's finding, not a second one here
                String v = e.text().strip();
                if (scheme == null && HeaderFields.length(v) > LEGACY_LENGTH) {
                    c.report(e, field(e), shown(v), String.valueOf(HeaderFields.length(v)));
                } else if (scheme != null && OrganId.of(v).scheme() == scheme) {
                    c.report(e, field(e), shown(v));
                }
            }
        });
    }

    /**
     * Every identifier structure (QCVN 102 {@code 000.00.00.G22}, QĐ 20/2020 {@code G12.01}, a 12-digit enterprise
     * code, a connected system's {@code vxp.saas.03}) is ASCII letters, digits and dots: anything else (a space, a
     * dash, a question mark left by a failed decoding) cannot route, so the package cannot reach anyone.
     */
    private static void organIdCharacters(RuleContext ctx) {
        any(ctx, (c, h) -> {
            for (LocatedElement e : organIds(h)) {
                String v = e.text().strip();
                StringBuilder bad = new StringBuilder();
                v.codePoints()
                        .filter(cp -> !(cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.')))
                        .distinct()
                        .forEach(cp -> bad.append(bad.length() == 0 ? "" : " ")
                                .append(String.format(Locale.ROOT, "U+%04X", cp)));
                if (bad.length() > 0) {
                    c.report(e, field(e), shown(v), bad.toString());
                }
            }
        });
    }

    private static void lengths(RuleContext ctx, LocatedElement h, Map<String, Integer> limits) {
        limits.forEach((path, limit) -> select(h, path).forEach(e -> value(e).ifPresent(v -> {
            int n = HeaderFields.length(v);
            if (n > limit) {
                ctx.report(e, field(e), String.valueOf(n), String.valueOf(limit));
            }
        })));
    }

    private static void email(RuleContext ctx, LocatedElement h) {
        for (String path : List.of("From/Email", "To/Email")) {
            for (LocatedElement e : select(h, path)) {
                value(e).filter(v -> !EMAIL.matcher(v.strip()).matches())
                        .ifPresent(v -> ctx.report(e, field(e), shown(v.strip())));
            }
        }
    }

    /** Leaf elements of the header with some text, in document order. */
    private static List<LocatedElement> texts(LocatedElement h) {
        return h.descendants()
                .filter(e -> e.children().isEmpty() && !e.text().isEmpty())
                .toList();
    }

    private static void invisible(RuleContext ctx, LocatedElement h) {
        for (LocatedElement e : texts(h)) {
            String t = e.text();
            int position = 0;
            for (int i = 0; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
                position++;
                int cp = t.codePointAt(i);
                if (isInvisible(cp)) {
                    ctx.report(e, field(e), String.format(Locale.ROOT, "U+%04X", cp), String.valueOf(position));
                    break;
                }
            }
        }
    }

    /**
     * C0 controls other than tab and line breaks cannot occur in XML 1.0, but DEL, the C1 controls (often a sign of
     * text decoded as Latin-1), format characters (BOM, zero-width space, bidi marks, soft hyphen), line separators
     * and the replacement character U+FFFD (left by a failed decoding) can.
     */
    static boolean isInvisible(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0xFFFD;
    }

    private static void nfc(RuleContext ctx, LocatedElement h) {
        for (LocatedElement e : texts(h)) {
            if (!Normalizer.isNormalized(e.text(), Normalizer.Form.NFC)) {
                ctx.report(e, field(e), shown(e.text().strip()));
            }
        }
    }

    private static void padded(RuleContext ctx, LocatedElement h) {
        for (LocatedElement e : texts(h)) {
            if (HeaderFields.NS.equals(e.namespace())
                    && CODES.contains(e.localName())
                    && !e.text().isBlank()
                    && HeaderFields.padded(e.text())) {
                ctx.report(e, field(e), shown(e.text()));
            }
        }
    }
}
