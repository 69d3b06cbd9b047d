package dev.edxml.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the build's class-data-sharing archive (issue 17): {@code java
 * -XX:ArchiveClassesAtExit=edxml.jsa -cp edxml.jar dev.edxml.cli.CdsTraining}. Runs, in one process and with
 * throwaway keys, what short commands load: the version, help, {@code demo} (new, sign, verify, validate, inspect),
 * then {@code verify}, {@code inspect} and {@code validate} of the demo's package. Output is discarded; the files go
 * to a temporary folder that is deleted. Not part of the command line's contract.
 */
public final class CdsTraining {
    private CdsTraining() {}

    /** Runs the training; exits 0 even when a step fails (an archive of fewer classes is still an archive). */
    public static void main(String[] args) throws IOException {
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        Path dir = Files.createTempDirectory("edxml-cds-");
        try {
            new EdxmlCli.Version().getVersion();
            String signed = dir.resolve("demo-signed.edxml").toString();
            String root = dir.resolve("demo-root.pem").toString();
            for (List<String> run : List.of(
                    List.of("--help"),
                    List.of("verify", "--help"),
                    List.of("--lang", "en", "demo", "--out", dir.toString()),
                    List.of("verify", signed, "--trust", root),
                    List.of("--lang", "en", "verify", signed, "--trust", root),
                    List.of("verify", signed, "--trust", root, "--json"),
                    List.of("inspect", signed),
                    List.of("validate", signed))) {
                PrintWriter sink = new PrintWriter(new StringWriter());
                EdxmlCli.commandLine(sink, sink, Map.of()).execute(run.toArray(String[]::new));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        System.exit(0);
    }
}
