package dev.edxml.conformance;

import dev.edxml.conformance.internal.CommandAdapter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The software under test as one long-running process (the batch adapter): a package path a line on its standard
 * input, one JSON answer a line on its standard output, in order. A case that gets no answer in time, or an answer
 * that is not one JSON object, ends the process; the next case starts a new one. Calls are serialised.
 */
final class BatchProcess {
    /** The end of the process's output. */
    private static final String EOF = new String("EOF");
    /** The longest answer line read. */
    private static final int MAX_LINE = CommandAdapter.MAX_STDOUT;

    private final CommandAdapter command;
    private Process process;
    private Path trust;
    private OutputStream stdin;
    private BlockingQueue<String> lines;
    /** Appended to by the reader thread while the caller reads it: a synchronised buffer on purpose. */
    @SuppressWarnings("JdkObsolete")
    private StringBuffer stderr;

    BatchProcess(CommandAdapter command) {
        this.command = command;
    }

    @SuppressWarnings("ReferenceEquality") // EOF is a private instance that no line read can be
    synchronized Answer read(Path file, Path trustAnchor) {
        if (process == null || !process.isAlive() || !trustAnchor.equals(trust)) {
            stop();
            String failure = start(trustAnchor);
            if (failure != null) {
                return Answer.error(failure);
            }
        }
        try {
            stdin.write((file.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            return fail("the batch process does not take input any more: " + e.getMessage());
        }
        String line;
        try {
            line = lines.poll(command.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
        if (line == null) {
            return fail("no answer within " + command.timeout().toSeconds() + " s (the batch process was killed)");
        }
        if (line == EOF) {
            return fail("the batch process ended without answering" + tail());
        }
        try {
            Answer a = Answer.fromJson(line);
            String rejected = a.fields().get("rejected");
            return rejected != null ? Answer.rejected(rejected) : a;
        } catch (IllegalArgumentException e) {
            return fail("the answer line is not one JSON object: " + e.getMessage());
        }
    }

    @SuppressWarnings("JdkObsolete") // see stderr
    private String start(Path trustAnchor) {
        java.util.List<String> words = command.expand(Map.of("trust", trustAnchor.toString()));
        try {
            process = new ProcessBuilder(words).start();
        } catch (IOException | RuntimeException e) {
            process = null;
            return "cannot start " + words.get(0) + ": " + e.getMessage();
        }
        trust = trustAnchor;
        stdin = process.getOutputStream();
        lines = new LinkedBlockingQueue<>();
        stderr = new StringBuffer();
        BlockingQueue<String> out = lines;
        Process p = process;
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        StringBuilder sb = new StringBuilder();
                        for (int c; (c = r.read()) != -1; ) {
                            if (c == '\n') {
                                out.add(sb.toString());
                                sb.setLength(0);
                            } else if (sb.length() < MAX_LINE) {
                                sb.append((char) c);
                            }
                        }
                    } catch (IOException e) {
                        // the process is gone: EOF below
                    }
                    out.add(EOF);
                },
                "edxml-conformance-batch-out");
        reader.setDaemon(true);
        reader.start();
        StringBuffer err = stderr;
        Thread errors = new Thread(
                () -> {
                    try (BufferedReader r =
                            new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                        for (String l; (l = r.readLine()) != null; ) {
                            err.append(l).append('\n');
                            if (err.length() > CommandAdapter.MAX_STDERR) {
                                err.delete(0, err.length() - CommandAdapter.MAX_STDERR); // the last lines say the most
                            }
                        }
                    } catch (IOException e) {
                        // gone
                    }
                },
                "edxml-conformance-batch-err");
        errors.setDaemon(true);
        errors.start();
        return null;
    }

    private String tail() {
        String t = stderr == null ? "" : stderr.toString().strip();
        return t.isEmpty() ? "" : ": " + (t.length() > 300 ? "…" + t.substring(t.length() - 300) : t);
    }

    private Answer fail(String why) {
        stop();
        return Answer.error(why);
    }

    /** Ends the process: its input closed, a moment to finish, then killed with its children. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    @Override
    public String toString() {
        return "BatchProcess[" + command.template() + (process != null ? ", running" : "") + "]";
    }
}
