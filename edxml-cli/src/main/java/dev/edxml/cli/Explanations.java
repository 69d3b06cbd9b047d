package dev.edxml.cli;

import dev.edxml.EdxmlException;
import dev.edxml.Severity;
import dev.edxml.validate.Profile;
import dev.edxml.validate.Rule;
import dev.edxml.validate.Validator;
import dev.edxml.validate.rules.RuleCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every code the library can emit, with what {@code edxml explain} says about it: the format rules (their clause and
 * severity per profile), the reader's codes for a package that cannot be read, the signature, axis and statistics
 * codes. Built from the same sources as docs/rules.md (the rules and the message bundles), which is not in the jar.
 */
final class Explanations {
    /** Where a code comes from. */
    enum Kind {
        RULE,
        READER,
        SIGNATURE,
        AXIS,
        STATS,
        SERVE
    }

    /** One code: its kind, the rule when it is one, and its message in both languages ({@code {0}}… unfilled). */
    record Entry(String code, Kind kind, Optional<Rule> rule, String clause, String vi, String en) {
        /** The severity under {@code profile}: the rule's; a reader code is always an error; others have none. */
        Optional<Severity> severity(Profile profile) {
            if (rule.isPresent()) {
                return rule.get().severity(profile);
            }
            return kind == Kind.READER ? Optional.of(Severity.ERROR) : Optional.empty();
        }

        String message(Lang lang) {
            return lang == Lang.VI ? vi : en;
        }
    }

    private final Map<String, Entry> entries;

    private Explanations(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The catalogue as this build of the library has it. */
    static Explanations load() {
        Map<String, Entry> all = new TreeMap<>();
        add(all, Kind.READER, "dev/edxml/messages");
        add(all, Kind.SIGNATURE, "dev/edxml/sign/messages");
        add(all, Kind.AXIS, "dev/edxml/axis/messages");
        add(all, Kind.SERVE, "dev/edxml/cli/texts");
        for (String area : List.of("env", "hdr", "trc", "att", "sig", "sta")) {
            add(all, Kind.RULE, "dev/edxml/validate/messages_" + area);
        }
        add(all, Kind.STATS, "dev/edxml/stats/messages");
        for (Entry e : List.copyOf(all.values())) {
            if (e.kind() == Kind.STATS) {
                all.put(e.code(), new Entry(e.code(), e.kind(), e.rule(), "edxml-stats", e.vi(), e.en()));
            }
        }
        for (Rule r : Validator.builder().build().rules()) {
            Entry e = all.get(r.code());
            String vi = e != null ? e.vi() : r.message(new Locale("vi"), List.of());
            String en = e != null ? e.en() : r.message(Locale.ENGLISH, List.of());
            all.put(r.code(), new Entry(r.code(), Kind.RULE, Optional.of(r), r.clause(), vi, en));
        }
        // a message of the validate bundles that is no rule (the engine's own, EDXML-ENV-099) keeps its kind RULE
        // without a rule; the reader's codes get the clause the validator reports them under
        all.replaceAll((code, e) -> e.kind() == Kind.READER
                ? new Entry(
                        code,
                        e.kind(),
                        e.rule(),
                        RuleCatalogue.readFailure(new EdxmlException(code)).clause(),
                        e.vi(),
                        e.en())
                : e);
        return new Explanations(Map.copyOf(all));
    }

    /** The entry for a code, written in full or without {@code EDXML-}, in any case. */
    Optional<Entry> find(String code) {
        return Optional.ofNullable(entries.get(normalise(code)));
    }

    /**
     * The code an old spelling was renamed to: {@code EDXML-STATS-NNN} became {@code EDXML-STC-NNN} (issue 18), written
     * in full or without {@code EDXML-}, in any case.
     */
    static Optional<String> renamed(String code) {
        String n = normalise(code);
        return n.startsWith("EDXML-STATS-")
                ? Optional.of("EDXML-STC-" + n.substring("EDXML-STATS-".length()))
                : Optional.empty();
    }

    /** Every code, sorted. */
    List<String> codes() {
        return entries.keySet().stream().sorted().toList();
    }

    /** Up to three codes close to an unknown one: same area and nearest number, or fewest edits. */
    List<String> near(String code) {
        String n = normalise(code);
        return entries.keySet().stream()
                .sorted(Comparator.comparingInt((String c) -> distance(c, n)).thenComparing(c -> c))
                .filter(c -> distance(c, n) <= 3)
                .limit(3)
                .toList();
    }

    static String normalise(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.startsWith("EDXML-") ? c : "EDXML-" + c;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static void add(Map<String, Entry> all, Kind kind, String base) {
        Map<String, String> vi = bundle(base + "_vi.properties");
        Map<String, String> en = bundle(base + "_en.properties");
        vi.forEach((code, text) -> {
            if (code.startsWith("EDXML-")) {
                all.put(code, new Entry(code, kind, Optional.empty(), "", template(text), template(en.get(code))));
            }
        });
    }

    /** The message as a reader sees it: MessageFormat's doubled quotes undone, placeholders kept. */
    private static String template(String text) {
        return text == null ? "" : text.replace("''", "'");
    }

    private static Map<String, String> bundle(String name) {
        // the shaded jar runs on the class path, where every module's resources are visible
        try (InputStream in = Explanations.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines {@code edxml explain} prints. */
    List<String> lines(Entry e, Lang lang) {
        List<String> out = new ArrayList<>();
        out.add(e.code() + "  " + e.message(lang));
        out.add("  " + lang.t("explain.kind") + " "
                + lang.t("explain.kind." + e.kind().name()));
        if (!e.clause().isEmpty()) {
            out.add("  " + lang.t("explain.clause") + " " + e.clause());
        }
        List<String> sev = new ArrayList<>();
        for (Profile p : Profile.builtIn()) {
            sev.add(p.name() + ": " + e.severity(p).map(s -> word(s, lang)).orElse(lang.t("explain.notRun")));
        }
        if (e.kind() == Kind.RULE || e.kind() == Kind.READER) {
            out.add("  " + lang.t("explain.severity") + " " + String.join(" · ", sev));
        }
        out.add("  " + lang.t("explain.example") + " " + example(e, lang));
        out.add("  " + lang.t("explain.more"));
        return out;
    }

    /** How the code appears in the command's output, placeholders shown as {@code …}. */
    static String example(Entry e, Lang lang) {
        String message = e.message(lang).replaceAll("\\{\\d+(,[^}]*)?}", "…");
        return switch (e.kind()) {
            case RULE, READER -> "edxml validate 1234.edxml  →  1234.edxml:12:5: "
                    + e.severity(Profile.QCVN102).orElse(Severity.ERROR).name().toLowerCase(Locale.ROOT) + " "
                    + e.code() + " " + message;
            case SIGNATURE -> "edxml verify 1234.edxml --trust vn-gov  →  " + e.code() + " " + message;
            case AXIS -> "edxml axis send 1234.edxml …  →  " + e.code() + " " + message;
            case STATS -> "edxml stats archive/  →  " + e.code() + " " + message;
            case SERVE -> "curl --data-binary @1234.edxml http://127.0.0.1:8080/v1/verify  →  {\"error\": {\"code\": \""
                    + e.code() + "\", \"message\": \"" + message + "\"}}";
        };
    }

    static String word(Severity s, Lang lang) {
        return lang.t("explain.sev." + s.name());
    }
}
