package dev.edxml.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} code block of the README and the module READMEs compiles against the library: each block becomes
 * the body of a method (or, when it declares members, the members of a class), with the imports its README's module
 * needs and a few declarations the prose assumes ({@link #PRELUDE}: a password, a package, a key, a writer). A block
 * that no longer matches the API fails the build, so the documentation cannot drift.
 */
class ReadmeCodeTest {
    /** The variables and helpers the README snippets assume, as fields and methods of the snippet's class. */
    static final String PRELUDE = String.join(
            "\n",
            "char[] password = new char[0]; char[] pin = new char[0]; char[] secretChars = new char[0];",
            "dev.edxml.model.EdocPackage pkg; java.security.KeyStore keyStore;",
            "dev.edxml.sign.SigningKey key, personKey, orgKey;",
            "java.util.List<java.security.cert.X509Certificate> chain; java.time.Clock clock;",
            "java.io.Writer writer; java.nio.file.Path inbox = java.nio.file.Path.of(\"inbox\");",
            "interface Service { String signHash(byte[] h); byte[] result(String tx); }",
            "Service service;",
            "void register(dev.edxml.model.EdxmlPackage p, String sha256) { }",
            "void answerRejected(dev.edxml.validate.ReceivedPackage.Reason r) { }",
            "interface YourProduct { void sendLetter(java.net.URI endpoint, String system, char[] secret); }",
            "YourProduct myProduct;",
            "static class MyParser {",
            "    static java.util.Map<String, String> fields(java.nio.file.Path file) { return java.util.Map.of(); }",
            "}",
            "");

    /** The imports for each README, by its folder ("" for the root). */
    static final Map<String, String> IMPORTS = Map.of(
            "", "dev.edxml.*,dev.edxml.model.*,dev.edxml.sign.*,dev.edxml.validate.*",
            "edxml-model", "dev.edxml.*,dev.edxml.model.*",
            "edxml-sign", "dev.edxml.*,dev.edxml.model.*,dev.edxml.sign.*,dev.edxml.sign.pdf.*",
            "edxml-validate", "dev.edxml.*,dev.edxml.model.*,dev.edxml.sign.*,dev.edxml.validate.*",
            "edxml-stats", "dev.edxml.sign.*,dev.edxml.stats.*",
            "conformance-suite", "dev.edxml.conformance.*,dev.edxml.conformance.junit.*,org.junit.jupiter.api.*",
            "edxml-axis", "dev.edxml.axis.*,org.junit.jupiter.api.*,org.junit.jupiter.api.io.*");

    @Test
    void everyJavaBlockCompiles(@TempDir Path dir) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> sources = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : IMPORTS.entrySet()) {
            Path readme = root.resolve(e.getKey()).resolve("README.md");
            for (String block : blocks(Files.readString(readme, StandardCharsets.UTF_8))) {
                n++;
                String name = "Snippet" + n;
                StringBuilder imports = new StringBuilder("package snippets;\n");
                for (String i : e.getValue().split(",", -1)) {
                    imports.append("import ").append(i).append(";\n");
                }
                imports.append("import java.nio.file.*;\nimport java.util.*;\nimport java.time.*;\n"
                        + "import java.net.URI;\nimport java.util.stream.*;\n"
                        + "import static org.junit.jupiter.api.Assertions.*;\n");
                StringBuilder body = new StringBuilder();
                for (String line : block.split("\n", -1)) {
                    if (line.startsWith("import ")) {
                        imports.append(line).append('\n');
                    } else {
                        body.append(line).append('\n');
                    }
                }
                boolean members = body.toString().strip().startsWith("@");
                String code = imports + "// " + e.getKey() + "/README.md\nclass " + name + " {\n" + PRELUDE
                        + (members ? body : "void run() throws Exception {\n" + body + "}\n") + "}\n";
                Path f = dir.resolve("snippets").resolve(name + ".java");
                Files.createDirectories(f.getParent());
                Files.writeString(f, code, StandardCharsets.UTF_8);
                sources.add(f.toString());
            }
        }
        assertTrue(n >= 15, "the READMEs' java blocks were found: " + n);
        List<String> args = new ArrayList<>(List.of(
                "-encoding",
                "UTF-8",
                "-proc:none",
                "-d",
                dir.resolve("classes").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        args.addAll(sources);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ToolProvider.getSystemJavaCompiler()
                .run(null, null, new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(new String[0]));
        assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
    }

    /** The contents of the fenced {@code java} blocks. */
    static List<String> blocks(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : markdown.split("\n", -1)) {
            if (cur == null && line.strip().equals("```java")) {
                cur = new StringBuilder();
            } else if (cur != null && line.strip().equals("```")) {
                out.add(cur.toString());
                cur = null;
            } else if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        return out;
    }
}
