package dev.edxml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vietnamese and English texts of error and finding codes, one pair of bundles per module. Loaded from the owning
 * module's own resources, not with {@code ResourceBundle}, whose fallback to the default locale this library must
 * not have.
 */
public final class Messages {
    private static final Messages MODEL = new Messages(Messages.class, "/dev/edxml/messages");

    private final Map<String, String> vi;
    private final Map<String, String> en;

    /**
     * The bundles {@code base_vi.properties} and {@code base_en.properties}, read through {@code owner} (so that a
     * module's encapsulated resources are found).
     */
    public Messages(Class<?> owner, String base) {
        this.vi = load(owner, base + "_vi.properties");
        this.en = load(owner, base + "_en.properties");
    }

    /** A model message in Vietnamese for a {@code vi} locale, otherwise in English. */
    public static String format(String code, List<String> args, Locale locale) {
        return MODEL.text(code, args, locale);
    }

    /** The codes of the model's bundle in one language ({@code vi} or {@code en}), for the test that keeps them in sync. */
    public static Set<String> codes(String language) {
        return MODEL.keys(language);
    }

    /** The message for {@code code} in Vietnamese for a {@code vi} locale, otherwise in English. */
    public String text(String code, List<String> args, Locale locale) {
        boolean isVi = locale != null && "vi".equals(locale.getLanguage());
        String pattern = (isVi ? vi : en).get(code);
        if (pattern == null) {
            return code + " " + args;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }

    /** The keys of one language's bundle ({@code vi} or {@code en}). */
    public Set<String> keys(String language) {
        return ("vi".equals(language) ? vi : en).keySet();
    }

    private static Map<String, String> load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
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
