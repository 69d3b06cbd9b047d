package dev.edxml.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The language of the command's human text: {@code --lang} when given, otherwise the environment variable
 * {@code EDXML_LANG}, otherwise the system's display locale (read once at start-up), otherwise Vietnamese. The texts are
 * loaded from this module's resources, never through {@code ResourceBundle}, whose fallback to the default locale
 * would make the output depend on the machine.
 */
@SuppressWarnings("ImmutableEnumChecker") // texts is an unmodifiable copy
enum Lang {
    VI(new Locale("vi")),
    EN(Locale.ENGLISH);

    private final Locale locale;
    private final Map<String, String> texts;

    Lang(Locale locale) {
        this.locale = locale;
        this.texts = load("texts_" + locale.getLanguage() + ".properties");
    }

    /** The locale to hand to the library's {@code message(Locale)} methods. */
    Locale locale() {
        return locale;
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    String t(String key, Object... args) {
        String s = texts.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no " + name() + " text for " + key);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** The keys of this language's texts, for the test that keeps the languages in step. */
    java.util.Set<String> keys() {
        return texts.keySet();
    }

    /** The environment variable naming the default language ({@code vi} or {@code en}). */
    static final String VARIABLE = "EDXML_LANG";

    /**
     * The language when {@code --lang} is not given: {@code EDXML_LANG} ({@code vi}, {@code en}, or a locale name
     * such as {@code en_US.UTF-8}), then the language of {@code systemLocale} when it is Vietnamese or English, then
     * Vietnamese. The system locale only picks the language: it never changes how numbers or dates are written.
     */
    /**
     * The system's display locale as a language preference, or null when the system states none: on Unix-like
     * systems the first of {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that is set decides, and none, {@code C},
     * {@code C.UTF-8} or {@code POSIX} (a server's or a container's default) is no preference, although the JVM reports
     * English for them. Windows has no such variables: its user interface language is the preference.
     */
    static Locale systemPreference(Map<String, String> env, boolean windows, Locale display) {
        if (windows) {
            return display;
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                String n = v.strip();
                return n.equals("C") || n.startsWith("C.") || n.equals("POSIX") ? null : display;
            }
        }
        return null;
    }

    static Lang resolve(Map<String, String> env, Locale systemLocale) {
        Lang named = named(env.get(VARIABLE));
        if (named != null) {
            return named;
        }
        Lang system = systemLocale == null ? null : named(systemLocale.getLanguage());
        return system == null ? VI : system;
    }

    /** The language a name such as {@code en}, {@code EN}, {@code en_US.UTF-8} or {@code vi-VN} stands for, or null. */
    static Lang named(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("en") || n.startsWith("en_") || n.startsWith("en-") || n.startsWith("en.")) {
            return EN;
        }
        if (n.equals("vi") || n.startsWith("vi_") || n.startsWith("vi-") || n.startsWith("vi.")) {
            return VI;
        }
        return null;
    }

    /**
     * The language named by {@code --lang} in raw arguments, else {@code otherwise}: for messages about arguments that
     * did not parse, and the help, which picocli answers before any command runs.
     */
    static Lang fromArgs(String[] args, Lang otherwise) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].startsWith("--lang=")
                    ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null && v.equalsIgnoreCase("en")) {
                return EN;
            }
            if (v != null && v.equalsIgnoreCase("vi")) {
                return VI;
            }
        }
        return otherwise;
    }

    /** The same with Vietnamese as the default. */
    static Lang fromArgs(String[] args) {
        return fromArgs(args, VI);
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = Lang.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(k -> k, p::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
