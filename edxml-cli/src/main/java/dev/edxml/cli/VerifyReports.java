package dev.edxml.cli;

import dev.edxml.Finding;
import dev.edxml.Severity;
import dev.edxml.internal.Markup;
import dev.edxml.sign.SignatureReport;
import dev.edxml.sign.SignerIdentity;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code verify} output for one file: the report's plain words ({@link SignatureReport#describe}) as text, or a
 * JSON object whose keys are always present ({@code null} when unknown). Problem messages follow {@code --lang}.
 */
final class VerifyReports {
    /** The verifier's "could not be read for verification". */
    static final String UNREADABLE = "EDXML-SIG-021";

    private VerifyReports() {}

    /**
     * {@code file: summary}, then one indented line per problem. The summary quotes the certificate's names and the
     * problems quote the package: both may carry escape sequences or line breaks from an attacker (a self-signed
     * certificate whose name redraws the screen to read "valid"), so each is one neutralised line
     * ({@link Markup#oneLine}).
     */
    static String text(String file, SignatureReport r, Lang lang) {
        Locale locale = lang.locale();
        String described = r.describe(locale);
        StringBuilder problems = new StringBuilder();
        for (Finding p : r.problems()) {
            problems.append(System.lineSeparator())
                    .append("  ")
                    .append(severity(p.severity(), locale))
                    .append(' ')
                    .append(p.code())
                    .append(' ')
                    .append(p.message(locale));
        }
        StringBuilder sb = new StringBuilder(Markup.oneLine(file)).append(": ");
        if (described.endsWith(problems.toString())) {
            // a package that is not XML (invalid UTF-8, cut short) is "unreadable", not "not signed"
            boolean unreadable = r.kind() == SignatureReport.Kind.NONE
                    && r.problems().stream().anyMatch(p -> p.code().equals(UNREADABLE));
            sb.append(
                            unreadable
                                    ? lang.t("verify.unreadable")
                                    : Markup.oneLine(described.substring(0, described.length() - problems.length())))
                    .append('\n');
            for (Finding p : r.problems()) {
                sb.append("  ")
                        .append(severity(p.severity(), locale))
                        .append(' ')
                        .append(p.code())
                        .append(' ')
                        .append(Markup.oneLine(p.message(locale)))
                        .append('\n');
            }
        } else {
            // a wording this class does not know: each line neutralised (a forged line stays possible, not an escape)
            described.lines().forEach(line -> sb.append(Markup.oneLine(line)).append('\n'));
        }
        return sb.toString();
    }

    /** The severity as {@link SignatureReport#describe} words it. */
    private static String severity(Severity s, Locale locale) {
        if (!"vi".equals(locale.getLanguage())) {
            return s.name();
        }
        return switch (s) {
            case ERROR -> "LỖI";
            case WARNING -> "CẢNH BÁO";
            default -> "THÔNG TIN";
        };
    }

    static Map<String, Object> json(String file, SignatureReport r, Lang lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", file);
        o.put("valid", r.isValid());
        o.put("verdict", token(r.verdict()));
        o.put("kind", token(r.kind()));
        o.put("signer", r.signer().map(VerifyReports::signer).orElse(null));
        o.put("signingTime", r.signingTime().map(VerifyReports::instant).orElse(null));
        o.put("signatureAlgorithm", r.signatureAlgorithm().orElse(null));
        o.put("digestAlgorithm", r.digestAlgorithm().orElse(null));
        o.put("coverage", token(r.coverage()));
        o.put("timestamp", r.timestamp().map(VerifyReports::instant).orElse(null));
        o.put("checkedAt", instant(r.checkedAt()));
        o.put("senderBinding", senderBinding(r));
        o.put("unsignedHops", unsignedHops(r));
        o.put("problems", r.problems().stream().map(p -> problem(p, lang)).toList());
        return o;
    }

    /** Whether the signer is the sender, as {@code verify --json} and {@code inspect --json} give it (or null). */
    static Map<String, Object> senderBinding(SignatureReport r) {
        return r.senderBinding()
                .map(b -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("status", token(b.status()));
                    m.put("organId", b.organId().orElse(null));
                    m.put("evidence", b.evidence());
                    return m;
                })
                .orElse(null);
    }

    /** The trace hops relays appended after signing, as {@code verify --json} and {@code inspect --json} give them. */
    static List<Map<String, Object>> unsignedHops(SignatureReport r) {
        return r.unsignedHops().stream()
                .map(h -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("position", h.position());
                    m.put("organId", h.organId().orElse(null));
                    m.put("timestamp", h.timestamp().orElse(null));
                    return m;
                })
                .toList();
    }

    private static Map<String, Object> signer(SignerIdentity s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", s.subject());
        m.put("commonName", s.commonName().orElse(null));
        m.put("organization", s.organization().orElse(null));
        m.put("taxCodes", List.copyOf(s.taxCodes()));
        m.put("personalIds", List.copyOf(s.personalIds()));
        m.put("issuer", s.issuer());
        m.put("serialNumber", s.serialNumber());
        m.put("notBefore", instant(s.notBefore()));
        m.put("notAfter", instant(s.notAfter()));
        return m;
    }

    static Map<String, Object> problem(Finding p, Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("severity", token(p.severity()));
        m.put("message", p.message(lang.locale()));
        return m;
    }

    static String instant(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    /** {@code LEGACY_PLACEHOLDER} → {@code legacy-placeholder}, as {@code inspect} spells its signature kinds. */
    static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
