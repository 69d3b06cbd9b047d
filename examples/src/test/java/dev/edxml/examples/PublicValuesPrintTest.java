package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.Edxml;
import dev.edxml.model.Attachment;
import dev.edxml.model.AttachmentContent;
import dev.edxml.model.EdocPackage;
import dev.edxml.model.MessageHeader;
import dev.edxml.model.Organization;
import dev.edxml.sign.TrustPolicy;
import dev.edxml.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an integrator sees in jshell: every public class of every exported package of our libraries says what it holds
 * when printed, rather than {@code Foo@1b6d3586}. Builders print what they would build, or why they cannot yet.
 */
class PublicValuesPrintTest {

    @Test
    void everyPublicValueTypeOfTheLibrariesHasItsOwnToString() throws Exception {
        List<String> modules = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        int checked = 0;
        for (URL url : Collections.list(getClass().getClassLoader().getResources("module-info.class"))) {
            ModuleDescriptor d;
            try (InputStream in = url.openStream()) {
                d = ModuleDescriptor.read(in);
            }
            if (!d.name().startsWith("dev.edxml")) {
                continue;
            }
            modules.add(d.name());
            for (ModuleDescriptor.Exports e : d.exports()) {
                if (e.isQualified()) {
                    continue; // internal packages, exported only to our own modules
                }
                for (Class<?> c : classesOf(url, e.source())) {
                    if (!isValueLike(c)) {
                        continue;
                    }
                    checked++;
                    if (c.getMethod("toString").getDeclaringClass() == Object.class) {
                        plain.add(c.getName());
                    }
                    if (c.isRecord() && !declaresToString(c)) {
                        // a record's own toString prints an array component as [B@1b6d3586
                        for (RecordComponent rc : c.getRecordComponents()) {
                            if (rc.getType().isArray()) {
                                plain.add(c.getName() + " (array component " + rc.getName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(
                modules.containsAll(List.of(
                        "dev.edxml.model",
                        "dev.edxml.sign",
                        "dev.edxml.validate",
                        "dev.edxml.conformance",
                        "dev.edxml.stats",
                        "dev.edxml.axis")),
                "modules found: " + modules);
        assertTrue(checked > 50, "only " + checked + " public types found");
        assertEquals(List.of(), plain, "public types that print as Object's ClassName@hash");
    }

    @Test
    void buildersSayWhatTheyWouldBuildOrWhatIsMissing() {
        EdocPackage.Builder edoc = Edxml.edoc();
        assertTrue(edoc.toString().startsWith("EdocPackage.Builder{"), edoc::toString);
        MessageHeader.Builder header = MessageHeader.builder()
                .subject("V/v thử nghiệm")
                .from(Organization.of("000.00.00.G22", "Văn phòng Chính phủ"));
        assertTrue(header.toString().contains("V/v thử nghiệm"), header::toString);
        Attachment.Builder att = Attachment.builder().name("a.pdf");
        assertEquals("Attachment.Builder{content id made at build, a.pdf, no content yet}", att.toString());
        att.content(AttachmentContent.ofBytes("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(att.toString().endsWith(", 8 bytes}"), att::toString);
        String trust = TrustPolicy.builder().toString();
        assertTrue(trust.startsWith("TrustPolicy.Builder{"), trust);
        assertFalse(trust.contains("@"), trust);
        assertTrue(Validator.builder().toString().contains("rules"), Validator.builder()::toString);
    }

    private static boolean declaresToString(Class<?> c) {
        try {
            return c.getDeclaredMethod("toString") != null;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean isValueLike(Class<?> c) {
        if (!Modifier.isPublic(c.getModifiers())
                || c.isInterface()
                || c.isEnum()
                || c.isAnnotation()
                || Modifier.isAbstract(c.getModifiers())
                || Throwable.class.isAssignableFrom(c)) {
            return false;
        }
        // a holder of static methods only (Edxml, Fields…) has no instances to print
        return Arrays.stream(c.getDeclaredMethods())
                .anyMatch(m -> !Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()));
    }

    /** The classes of {@code pkg} beside the {@code module-info.class} at {@code url} (a folder or a jar). */
    private static List<Class<?>> classesOf(URL moduleInfo, String pkg)
            throws IOException, ReflectiveOperationException {
        String u = moduleInfo.toString();
        String base = u.substring(0, u.length() - "module-info.class".length());
        List<Class<?>> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        String dir = pkg.replace('.', '/');
        if (base.startsWith("jar:")) {
            URI jar = URI.create(base.substring(0, base.indexOf("!/") + 2));
            try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
                collect(fs.getPath("/" + dir), pkg, names);
            }
        } else {
            collect(Path.of(URI.create(base)).resolve(dir), pkg, names);
        }
        for (String n : names) {
            out.add(Class.forName(n, false, PublicValuesPrintTest.class.getClassLoader()));
        }
        return out;
    }

    private static void collect(Path dir, String pkg, java.util.Set<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
                    .map(f -> pkg + "." + f.substring(0, f.length() - ".class".length()))
                    .forEach(names::add);
        }
    }
}
