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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Vietnamese and English texts of error and finding codes, one pair of bundles per module. Loaded from the owning
 * module's own resources, not with {@code ResourceBundle}, whose fallback to the default locale this library must
 * not have.
 */
public final class Messages {
    private static final Messages MODEL = new Messages(Messages.class::getResourceAsStream, "/dev/edxml/messages");

    private final Map<String, String> vi;
    private final Map<String, String> en;

    /**
     * The bundles {@code base_vi.properties} and {@code base_en.properties}, opened by the owning module itself, as in
     * {@code new Messages(SignMessages.class::getResourceAsStream, "/dev/edxml/sign/messages")}: on the module path a
     * module's resources in its own packages are encapsulated, so only code of that module may open them (a
     * {@code Class} handed to this module would be looked up with this module as the caller, and found nothing).
     */
    public Messages(Function<String, InputStream> opener, String base) {
        this.vi = load(opener, base + "_vi.properties");
        this.en = load(opener, base + "_en.properties");
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
        if (isVi && "EDXML-ENV-001".equals(code)) {
            // the parser's own words are English whatever the locale: translated where known
            args = args.stream().map(ParserTexts::vietnamese).toList();
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }

    /** The keys of one language's bundle ({@code vi} or {@code en}). */
    public Set<String> keys(String language) {
        return ("vi".equals(language) ? vi : en).keySet();
    }

    private static Map<String, String> load(Function<String, InputStream> opener, String name) {
        try (InputStream in = opener.apply(name)) {
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
