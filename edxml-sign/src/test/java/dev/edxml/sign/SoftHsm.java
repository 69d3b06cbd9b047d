package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh SoftHSM2 token in a temporary folder, standing in for a USB token (TEST ONLY). SoftHSM reads its
 * configuration file from {@code SOFTHSM2_CONF} when the library is loaded, so whatever uses the token runs in a JVM
 * of its own: {@link #java}. Missing tools fail the test with {@code -Dedxml.requireTools=true} and skip it otherwise.
 *
 * @param conf   SoftHSM's configuration ({@code SOFTHSM2_CONF})
 * @param config the SunPKCS11 configuration for the token, as a user would write it for a real token
 * @param pin    the token's user PIN
 */
public record SoftHsm(Path conf, Path config, String pin) {
    /** The password of the PKCS#12 files {@link #importKeys} reads (PKCS#12 passwords must be ASCII in the JDK). */
    public static final String P12_PASSWORD = "p12-mat-khau";

    private static final List<Path> LIBRARIES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));

    /** Initialises a token with user PIN {@code pin} in {@code dir}. */
    public static SoftHsm create(Path dir, String pin) throws IOException, InterruptedException {
        Tools.require("softhsm2-util");
        Path library = library();
        Path conf = Files.writeString(
                dir.resolve("softhsm2.conf"),
                "directories.tokendir = " + Files.createDirectories(dir.resolve("tokens"))
                        + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        ProcessBuilder init = new ProcessBuilder(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "edxml-test",
                "--pin",
                pin,
                "--so-pin",
                "12345678");
        init.environment().put("SOFTHSM2_CONF", conf.toString());
        Run r = run(init);
        Matcher m = Pattern.compile("reassigned to slot (\\d+)").matcher(r.output());
        if (r.exit() != 0 || !m.find()) {
            fail("softhsm2-util did not initialise a token:\n" + r.output());
        }
        // the SunPKCS11 configuration: the vendor's library and the slot (slotListIndex = 0 would do as well)
        Path config = Files.writeString(
                dir.resolve("token.cfg"), "name = SoftHSM\nlibrary = " + library + "\nslot = " + m.group(1) + "\n");
        return new SoftHsm(conf, config, pin);
    }

    /**
     * Runs {@code mainClass} in a JVM with this test's class path, {@code SOFTHSM2_CONF} pointing at this token and
     * the extra environment {@code env}; UTF-8 output, no other defaults assumed.
     */
    public Run java(String mainClass, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        pb.environment().put("SOFTHSM2_CONF", conf.toString());
        return run(pb);
    }

    /** Imports the PKCS#12 files {@code DIR/ALIAS.p12} (password {@link #P12_PASSWORD}) under their aliases. */
    public void importKeys(Path dir, String... aliases) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("import", config.toString(), pin, dir.toString()));
        args.addAll(List.of(aliases));
        Run r = java(Pkcs11Fork.class.getName(), Map.of(), args.toArray(new String[0]));
        if (!"true".equals(r.values().get("done"))) {
            fail("importing keys into the token failed:\n" + r);
        }
    }

    private static Path library() {
        for (Path p : LIBRARIES) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        String message =
                "the SoftHSM2 PKCS#11 library is not installed (looked at " + LIBRARIES + "; Debian package softhsm2)";
        if (Boolean.getBoolean("edxml.requireTools")) {
            fail(message + " but edxml.requireTools=true");
        }
        Assumptions.abort(message + ": PKCS#11 test skipped (CI installs it)");
        throw new AssertionError("unreachable");
    }

    private static Run run(ProcessBuilder pb) throws IOException, InterruptedException {
        // output to files, so that neither a full pipe nor a hung process can block the test past the timeout
        Path out = Files.createTempFile("edxml-softhsm-", ".out");
        Path err = Files.createTempFile("edxml-softhsm-", ".err");
        try {
            Process p =
                    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("timed out: " + pb.command() + "\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Run(
                    p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What a process did: exit code, stdout and stderr. */
    public record Run(int exit, String output, String errors) {
        /** The {@code key=value} lines of stdout. */
        public Map<String, String> values() {
            Map<String, String> m = new LinkedHashMap<>();
            output.lines()
                    .filter(l -> l.matches("[\\w.]+=.*"))
                    .forEach(l -> m.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            return m;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + output + "--- stderr\n" + errors;
        }
    }
}
