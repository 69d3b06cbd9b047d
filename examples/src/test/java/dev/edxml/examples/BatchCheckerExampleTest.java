package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.EdocPackage;
import dev.edxml.validate.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCheckerExampleTest {
    @TempDir
    Path dir;

    @Test
    void summarisesEachProfileAndWritesTheHtmlPage() throws Exception {
        Fixtures f = new Fixtures(dir);
        Path folder = Files.createDirectories(dir.resolve("hop-thu"));
        Path signed = f.sentPackage(folder, "1-da-ky.edxml");
        EdocPackage unsigned =
                ((EdocPackage) Edxml.read(signed)).toBuilder().signature(null).build();
        Edxml.write(unsigned, folder.resolve("2-chua-ky.edxml"));
        Files.writeString(folder.resolve("3-hong.xml"), "đây không phải XML", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải gói tin: bỏ qua", StandardCharsets.UTF_8);
        Path html = dir.resolve("bao-cao.html");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Map<Profile, BatchCheckerExample.Summary> summaries =
                BatchCheckerExample.check(folder, html, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(Profile.builtIn(), summaries.keySet().stream().toList());
        summaries.values().forEach(s -> assertEquals(3, s.packages(), s::toString));
        // the axis requires a real signature: only the signed one passes; the broken file fails everywhere
        assertEquals(1, summaries.get(Profile.AXIS).valid(), summaries::toString);
        assertTrue(summaries.get(Profile.LENIENT).valid() >= 1, summaries::toString);
        summaries.values().forEach(s -> assertTrue(s.valid() < 3, s::toString));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("axis     3 gói tin: 1 hợp lệ, 2 không hợp lệ"), out);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        for (String name : new String[] {"1-da-ky.edxml", "2-chua-ky.edxml", "3-hong.xml"}) {
            assertTrue(page.contains(name), name);
        }
        assertTrue(!page.contains("ghi-chu.txt"));
        assertTrue(
                page.contains("EDXML-ENV-003"),
                "the broken file's finding (not XML from the first byte) is on the page");
    }
}
