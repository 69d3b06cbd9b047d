package dev.edxml.axis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every EDXML-AXS code used in the sources has a Vietnamese and an English message, and no message is left over. */
class MessagesTest {
    @Test
    void bundlesMatchTheCodesUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"(EDXML-AXS-\\d{3})\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertEquals(used, new TreeSet<>(AxisException.codes("vi")));
        assertEquals(used, new TreeSet<>(AxisException.codes("en")));
        for (String c : used) {
            AxisException e = new AxisException(c, "a", "b", "c");
            assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.forLanguageTag("vi")), c);
        }
    }
}
