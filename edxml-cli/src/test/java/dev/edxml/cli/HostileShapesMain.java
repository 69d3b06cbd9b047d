package dev.edxml.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run in a forked JVM with {@code -Xmx128m} by {@link HostileShapesProperties}: every command on every hostile file, in
 * one process (not a JVM per case). Arguments: the trust anchor, then the files. One line per command on stdout,
 * tab-separated: {@code file command exit millis verdict}, where the verdict is {@code ok} or what went wrong (an Error
 * such as an OutOfMemoryError, a stack trace or raw control characters in the output, parser noise on System.err).
 */
public final class HostileShapesMain {
    private HostileShapesMain() {}

    public static void main(String[] args) throws Exception {
        String trust = args[0];
        PrintStream realOut = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        // what a parser prints by itself ("[Fatal Error] …") would land here
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Path folder = Files.createDirectories(file.resolveSibling(file.getFileName() + ".d"));
            Files.copy(file, folder.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<List<String>> commands = List.of(
                    List.of("inspect", file.toString()),
                    List.of("validate", file.toString()),
                    List.of("verify", file.toString(), "--trust", trust),
                    List.of("stats", folder.toString()));
            for (List<String> command : commands) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                List<String> argv = new ArrayList<>(List.of("--lang", "en"));
                argv.addAll(command);
                long t0 = System.nanoTime();
                int code;
                String verdict = "ok";
                try {
                    code = EdxmlCli.commandLine(new PrintWriter(out), new PrintWriter(err), Map.of())
                            .execute(argv.toArray(String[]::new));
                } catch (Throwable t) {
                    code = -1;
                    verdict = "threw " + t;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                String text = out + "\n" + err;
                if (verdict.equals("ok")) {
                    if (text.contains("\tat ") || text.contains("Exception") || text.contains("Error:")) {
                        verdict = "stack trace or exception name: " + firstLines(err.toString());
                    } else if (text.chars().anyMatch(HostileShapesMain::raw)) {
                        verdict = "raw control character in the output";
                    } else if (stray.size() > 0) {
                        verdict = "printed on System.err: " + firstLines(stray.toString(StandardCharsets.UTF_8));
                        stray.reset();
                    }
                }
                realOut.println(String.join(
                        "\t",
                        file.getFileName().toString(),
                        command.get(0),
                        String.valueOf(code),
                        String.valueOf(ms),
                        verdict));
                realOut.flush();
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        realOut.println("peakHeapBytes\t" + peak + "\tmaxHeapBytes\t"
                + Runtime.getRuntime().maxMemory());
    }

    private static boolean raw(int c) {
        return c == 0x1B || c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static String firstLines(String s) {
        return s.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("").replace('\t', ' ');
    }
}
