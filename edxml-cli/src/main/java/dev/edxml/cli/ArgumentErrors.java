package dev.edxml.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's complaints about the arguments, said in the command's language: picocli writes them in English, which
 * would leak into Vietnamese output. The kind of complaint is told by the exception's type and, where one type covers
 * several (a missing option versus an option missing its value), by picocli's wording; a complaint of a kind not known
 * here keeps picocli's text after the translated lead-in.
 */
final class ArgumentErrors {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.*) are mutually exclusive");

    private ArgumentErrors() {}

    /** The one-line message, without the {@code edxml: } prefix. */
    static String message(ParameterException ex, Lang lang) {
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u) {
            return lang.t("err.unknownArg", String.join(" ", u.getUnmatched()));
        }
        if (ex instanceof MissingParameterException missing) {
            if (m.startsWith("Missing required parameter for option")
                    || m.startsWith("Expected parameter")
                    || m.contains("requires at least")) {
                ArgSpec spec = ex.getArgSpec() != null
                        ? ex.getArgSpec()
                        : missing.getMissing().isEmpty()
                                ? null
                                : missing.getMissing().get(0);
                return lang.t("err.needsValue", spec == null ? lastQuoted(m) : name(spec));
            }
            return lang.t(
                    "err.missing",
                    missing.getMissing().stream().map(ArgumentErrors::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof OverwrittenOptionException o) {
            return lang.t("err.onlyOnce", name(o.getOverwritten()));
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            Matcher x = EXCLUSIVE.matcher(m);
            return lang.t("err.exclusive", x.find() ? x.group(1) : m);
        }
        if (m.startsWith("Invalid value for ") && ex.getArgSpec() != null) {
            ArgSpec spec = ex.getArgSpec();
            String value = ex.getValue() != null ? ex.getValue() : lastQuoted(m);
            String text = lang.t("err.badValue", name(spec), value);
            Class<?> type = spec.type();
            if (type != null && type.isEnum()) {
                text += " "
                        + lang.t(
                                "err.allowed",
                                Stream.of(type.getEnumConstants())
                                        .map(c -> c.toString().toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", ")));
            }
            return text;
        }
        if (m.startsWith("Unknown option") || m.startsWith("Unmatched argument")) {
            return lang.t("err.unknownArg", lastQuoted(m));
        }
        return lang.t("err.badArgs", m);
    }

    /** "Did you mean …" in the command's language, or null when picocli has no suggestion. */
    static String suggestions(ParameterException ex, Lang lang) {
        if (!(ex instanceof UnmatchedArgumentException u)) {
            return null;
        }
        List<String> s = u.getSuggestions();
        return s == null || s.isEmpty() ? null : lang.t("err.didYouMean", String.join(", ", s));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    private static String lastQuoted(String m) {
        Matcher q = QUOTED.matcher(m);
        String last = m;
        while (q.find()) {
            last = q.group(1);
        }
        return last;
    }
}
