package dev.edxml.conformance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line that stands for the software under test (bộ chuyển đổi dòng lệnh), such as
 * {@code "their-tool parse {file}"}. No shell is involved: the template is split into words here (spaces separate
 * words; {@code "…"} and {@code '…'} quote, a backslash escapes the next character outside single quotes), then each
 * {@code {name}} placeholder inside a word is replaced by its value, which stays inside that one word whatever it
 * contains. The process runs with a timeout (then it is killed, with its children) and at most
 * {@value #MAX_STDOUT} bytes of stdout and {@value #MAX_STDERR} of stderr are kept (the rest is read and dropped).
 * Immutable.
 */
public final class CommandAdapter {
    /** The stdout kept from a run, in bytes. */
    public static final int MAX_STDOUT = 4 * 1024 * 1024;
    /** The stderr kept from a run, in bytes. */
    public static final int MAX_STDERR = 16 * 1024;
    /** The default timeout per run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+(?:-[a-z]+)*)}");

    private final String template;
    private final List<String> words;
    private final Duration timeout;

    private CommandAdapter(String template, List<String> words, Duration timeout) {
        this.template = template;
        this.words = List.copyOf(words);
        this.timeout = timeout;
    }

    /**
     * The command {@code template}, with the default timeout.
     *
     * @throws IllegalArgumentException when it is empty or a quote is not closed
     */
    public static CommandAdapter of(String template) {
        List<String> words = split(template);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an empty command");
        }
        return new CommandAdapter(template, words, DEFAULT_TIMEOUT);
    }

    /** The same command with another timeout per run. */
    public CommandAdapter timeout(Duration t) {
        if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + t);
        }
        return new CommandAdapter(template, words, t);
    }

    /** The command as given. */
    public String template() {
        return template;
    }

    /** The command split into words, placeholders not yet replaced. */
    public List<String> words() {
        return words;
    }

    /** The timeout per run. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Checks that the template uses no placeholder but {@code allowed} (a typo such as {@code {fille}} is found when
     * the adapter is made, not in the middle of a run).
     *
     * @return this adapter
     * @throws IllegalArgumentException naming the unknown placeholders and the ones this adapter has
     */
    public CommandAdapter requireOnly(java.util.Set<String> allowed) {
        java.util.Set<String> unknown = new java.util.TreeSet<>(placeholders());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown placeholder(s) "
                    + unknown.stream().map(n -> "{" + n + "}").toList() + " in \"" + template + "\"; this adapter has "
                    + new java.util.TreeSet<>(allowed)
                            .stream().map(n -> "{" + n + "}").toList());
        }
        return this;
    }

    /** The placeholders the template uses ({@code file}, {@code trust}, {@code out} …). */
    public java.util.Set<String> placeholders() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String w : words) {
            Matcher m = PLACEHOLDER.matcher(w);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * Splits a command line into words as a POSIX shell would for plain words and quotes (no variables, globs or
     * operators: {@code |}, {@code >} are ordinary characters).
     *
     * @throws IllegalArgumentException when a quote is not closed or the line ends in a lone backslash
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                inWord = true;
                i++;
                for (; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    w.append(d);
                }
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + line);
                }
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new IllegalArgumentException("a lone \\ at the end of: " + line);
                }
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** The words with every {@code {name}} replaced by {@code values.get(name)}; an unknown placeholder is refused. */
    public List<String> expand(Map<String, String> values) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            Matcher m = PLACEHOLDER.matcher(word);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = values.get(m.group(1));
                if (v == null) {
                    throw new IllegalArgumentException("{" + m.group(1) + "} has no value here; known: "
                            + new java.util.TreeSet<>(values.keySet()));
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(v));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * Runs the command with the placeholders replaced by {@code values}; never throws for what the process does (a
     * command that cannot start, a timeout, a crash are in the {@link Execution}).
     */
    public Execution run(Map<String, String> values) {
        List<String> command = expand(values);
        Process p;
        try {
            p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            return new Execution(command, -1, "", "", false, "cannot start " + command.get(0) + ": " + e.getMessage());
        }
        Drain out = new Drain(p.getInputStream(), MAX_STDOUT);
        Drain err = new Drain(p.getErrorStream(), MAX_STDERR);
        out.start();
        err.start();
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        try {
            out.join(5000);
            err.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!finished) {
            return new Execution(command, -1, out.text(), err.text(), true, null);
        }
        return new Execution(command, p.exitValue(), out.text(), err.text(), false, null);
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /**
     * What one run did.
     *
     * @param command      the words run
     * @param exitCode     the exit code ({@code -1} when it did not exit by itself)
     * @param stdout       its standard output (UTF-8, at most {@link #MAX_STDOUT} bytes)
     * @param stderr       its standard error (UTF-8, at most {@link #MAX_STDERR} bytes)
     * @param timedOut     whether it was killed at the timeout
     * @param startFailure why it could not be started, or {@code null}
     */
    public record Execution(
            List<String> command, int exitCode, String stdout, String stderr, boolean timedOut, String startFailure) {
        public Execution {
            command = List.copyOf(command);
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
        }

        /** Whether the process ran and exited by itself. */
        public boolean exited() {
            return startFailure == null && !timedOut;
        }

        /** The last lines of stderr, for a report (at most 500 characters). */
        public String stderrTail() {
            String s = stderr.strip();
            return s.length() <= 500 ? s : "…" + s.substring(s.length() - 499);
        }
    }

    @Override
    public String toString() {
        return template;
    }

    /** Reads a stream to its end, keeping the first {@code max} bytes. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final int max;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Drain(InputStream in, int max) {
            this.in = in;
            this.max = max;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    int keep = Math.min(n, max - kept.size());
                    if (keep > 0) {
                        kept.write(buf, 0, keep);
                    }
                }
            } catch (IOException e) {
                // the process was killed; what was read is kept
            }
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}
