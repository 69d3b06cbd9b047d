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
import java.util.stream.Collectors;

/**
 * The Vietnamese and English texts of this module's error codes. Loaded from the module's own resources (not
 * {@code ResourceBundle}, whose fallback to the default locale this library must not have).
 */
public final class Messages {
    private static final Map<String, String> VI = load("messages_vi.properties");
    private static final Map<String, String> EN = load("messages_en.properties");

    private Messages() {
    }

    /** The message for {@code code} in Vietnamese for a {@code vi} locale, otherwise in English. */
    public static String format(String code, List<String> args, Locale locale) {
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        String pattern = (vi ? VI : EN).get(code);
        if (pattern == null) {
            return code + " " + args;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }

    /** The codes of one language's bundle ({@code vi} or {@code en}), for the test that keeps them in sync. */
    public static java.util.Set<String> codes(String language) {
        return ("vi".equals(language) ? VI : EN).keySet();
    }

    private static Map<String, String> load(String name) {
        try (InputStream in = Messages.class.getResourceAsStream("/dev/edxml/" + name)) {
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
