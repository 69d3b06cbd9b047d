package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language of the human text: how the default is chosen, and that no English leaks into Vietnamese. */
class LanguageTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultFollowsEdxmlLangThenTheSystemLocaleThenVietnamese() {
        assertEquals(Lang.EN, Lang.resolve(Map.of("EDXML_LANG", "en"), new Locale("vi")));
        assertEquals(Lang.VI, Lang.resolve(Map.of("EDXML_LANG", "vi_VN.UTF-8"), Locale.US));
        assertEquals(Lang.EN, Lang.resolve(Map.of("EDXML_LANG", "EN-gb"), null));
        assertEquals(Lang.EN, Lang.resolve(Map.of(), Locale.US));
        assertEquals(Lang.VI, Lang.resolve(Map.of(), new Locale("vi", "VN")));
        assertEquals(Lang.VI, Lang.resolve(Map.of(), Locale.FRANCE), "neither language: Vietnamese");
        assertEquals(Lang.EN, Lang.resolve(Map.of("EDXML_LANG", "klingon"), Locale.ENGLISH), "a bad name is ignored");
        assertEquals(Lang.VI, Lang.resolve(Map.of(), null));
        // a Unix system that states no language (C, C.UTF-8, POSIX, nothing set) is no preference, though the JVM
        // says English for it; Windows's interface language always is one
        assertNull(Lang.systemPreference(Map.of("LANG", "C.UTF-8"), false, Locale.US));
        assertNull(Lang.systemPreference(Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8"), false, Locale.US));
        assertNull(Lang.systemPreference(Map.of(), false, Locale.US));
        assertEquals(Locale.US, Lang.systemPreference(Map.of("LANG", "en_US.UTF-8"), false, Locale.US));
        assertEquals(
                Locale.US, Lang.systemPreference(Map.of("LC_MESSAGES", "en_US.UTF-8", "LANG", "C"), false, Locale.US));
        assertEquals(Locale.US, Lang.systemPreference(Map.of(), true, Locale.US));
        assertEquals(
                Lang.VI, Lang.resolve(Map.of(), Lang.systemPreference(Map.of("LANG", "C.UTF-8"), false, Locale.US)));
        assertEquals(Lang.VI, Lang.fromArgs(new String[] {"--lang", "vi"}, Lang.EN));
        assertEquals(Lang.EN, Lang.fromArgs(new String[] {"inspect"}, Lang.EN));
    }

    @Test
    void edxmlLangAndLangOption() {
        CliRun en = CliRun.withEnv(
                Map.of("EDXML_LANG", "en"), "inspect", dir.resolve("none.edxml").toString());
        assertTrue(en.err().endsWith(": no such file\n"), en::toString);
        CliRun vi = CliRun.withEnv(Map.of("EDXML_LANG", "en"), "--lang", "vi", "inspect", "x", "y");
        assertTrue(vi.err().startsWith("edxml: tùy chọn hoặc tham số không nhận ra: y"), vi::toString);
        CliRun help = CliRun.withEnv(Map.of("EDXML_LANG", "en"), "validate", "--help");
        assertTrue(help.out().contains("Checks packages against the format rules"), help::toString);
    }

    @Test
    void picocliComplaintsAreInTheCommandsLanguage() {
        List<CliRun> runs = List.of(
                CliRun.of("validate", "--profile"),
                CliRun.of("inspct"),
                CliRun.of("--lang", "xx", "inspect", "a"),
                CliRun.of("stats", "--threads", "x", "."),
                CliRun.of("sign", "a"),
                CliRun.of("inspect", "--json", "--json", "a"),
                CliRun.of("inspect", "--bogus", "a"),
                CliRun.of("verify", "a", "--trust"));
        for (CliRun r : runs) {
            assertEquals(2, r.code(), r::toString);
            for (String english : List.of(
                    "Missing",
                    "Did you mean",
                    "Invalid value",
                    "Unknown option",
                    "Unmatched",
                    "should be specified",
                    "Expected parameter",
                    "required")) {
                assertFalse(r.err().contains(english), r::toString);
            }
            assertTrue(r.err().contains("Xem hướng dẫn: edxml"), r::toString);
        }
        assertTrue(runs.get(0).err().startsWith("edxml: tùy chọn --profile cần một giá trị\n"), runs.get(0)::toString);
        assertTrue(runs.get(1).err().contains("Có phải ý bạn là: inspect"), runs.get(1)::toString);
        assertTrue(
                runs.get(2).err().contains("giá trị không hợp lệ cho --lang: \"xx\" (các giá trị được nhận: vi, en)"),
                runs.get(2)::toString);
        assertTrue(runs.get(4).err().contains("thiếu tham số bắt buộc: --out"), runs.get(4)::toString);
        assertTrue(runs.get(5).err().contains("tùy chọn --json chỉ được cho một lần"), runs.get(5)::toString);
        CliRun en = CliRun.of("--lang", "en", "inspct");
        assertTrue(en.err().contains("Did you mean: inspect"), en::toString);
    }

    @Test
    void noCertificateAndMissingFolderAreSaidPlainly() throws IOException {
        Path pem = Files.writeString(dir.resolve("empty.pem"), "hello\n");
        Path pkg = dir.resolve("p.edxml");
        dev.edxml.Edxml.write(Packages.edoc(null), pkg);
        CliRun r = CliRun.of("verify", pkg.toString(), "--trust", pem.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("không có chứng thư số nào"), r::toString);
        assertFalse(r.err().contains("No certificate data"), r::toString);
        Path out = dir.resolve("khong-co").resolve("report.html");
        CliRun v = CliRun.of("validate", pkg.toString(), "--format", "html", "--output", out.toString());
        assertEquals(2, v.code(), v::toString);
        assertTrue(v.err().contains("thư mục " + out.getParent() + " không tồn tại"), v::toString);
        CliRun key = CliRun.withEnv(
                Map.of("EDXML_KEY_PASSWORD", "x"),
                "sign",
                pkg.toString(),
                "--key",
                dir.toString(),
                "--out",
                dir.resolve("o.edxml").toString());
        assertEquals(2, key.code(), key::toString);
        assertFalse(key.err().contains("Is a directory"), key::toString);
    }

    @Test
    void theOldSdksPlaceholderHasOneVietnameseName() throws IOException {
        for (String bundle : List.of(
                "dev/edxml/messages_vi.properties",
                "dev/edxml/sign/messages_vi.properties",
                "dev/edxml/validate/messages_sig_vi.properties",
                "dev/edxml/validate/reports_vi.properties",
                "dev/edxml/cli/texts_vi.properties",
                "dev/edxml/cli/help_vi.properties")) {
            String text;
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String other :
                    List.of("hữ ký giả", "khối giữ chỗ", "Khối giữ chỗ", "Signature giả", "Signature giữ chỗ")) {
                assertFalse(text.contains(other), bundle + " says " + other + ", not \"khối chữ ký giữ chỗ\"");
            }
        }
        assertTrue(Lang.VI.t("sig.legacy-placeholder").contains("khối chữ ký giữ chỗ"));
    }

    @Test
    void theProcessFollowsEdxmlLangAndTheSystemLocale() throws Exception {
        Path none = dir.resolve("none.edxml");
        assertTrue(java(Map.of("EDXML_LANG", "en"), "vi", none).contains("no such file"));
        assertTrue(java(Map.of(), "en", none).contains("no such file"));
        assertTrue(java(Map.of(), "vi", none).contains("không tìm thấy tệp"));
        assertTrue(java(Map.of(), "fr", none).contains("không tìm thấy tệp"));
        // a server's C locale states no language, though the JVM then says English: Vietnamese
        assertTrue(java(Map.of("LANG", "C.UTF-8"), "en", none).contains("không tìm thấy tệp"));
    }

    /** Runs main with {@code env} over EDXML_LANG and LANG, the system language being {@code language}; its stderr. */
    private static String java(Map<String, String> env, String language, Path file) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language,
                "-cp",
                System.getProperty("java.class.path"),
                EdxmlCli.class.getName(),
                "inspect",
                file.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("EDXML_LANG");
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().put("LANG", language + ".UTF-8"); // the system states the language the JVM is told
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        return err;
    }
}
