package dev.edxml.conformance;

import dev.edxml.conformance.internal.CommandAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the runner asks the software under test to answer a received package with a status package (trả lời bằng gói tin
 * trạng thái): for the reply cases ({@code C-RPL}) of a consumer run and the status scenarios of a producer run.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReplyAdapter {
    /**
     * Answers the package {@code received} with status {@code status} and Description {@code description}, writing
     * the status package to {@code out}. Returns {@link Answer#accepted accepted} (no fields needed) when it wrote
     * the package, else a rejection or an error saying why.
     */
    Answer reply(Path received, String status, String description, Path out);

    /**
     * The same, at the {@code axis} level: the status package must be signed with the key the suite issued for the
     * run ({@code key}, a PKCS#12 file whose password is the first line of {@code passwordFile}). By default the key
     * is ignored (the package is then unsigned and fails at {@code axis}).
     */
    default Answer reply(Path received, String status, String description, Path out, Path key, Path passwordFile) {
        return reply(received, status, description, out);
    }

    /** How the reports name the software that answers (a command line, a class…). */
    default String describe() {
        return toString();
    }

    /**
     * A command line with the placeholders {@code {file}} (the received package), {@code {status}},
     * {@code {description}} and {@code {out}}: exit 0 and a file at {@code {out}} is a reply; for example
     * {@code java -jar edxml.jar reply {file} --status {status} --description {description} --out {out}}.
     * At the {@code axis} level also {@code {key}} (the suite-issued PKCS#12) and {@code {password-file}} (its
     * password, never on the command line): {@code … --key {key} --password-file {password-file}}.
     */
    static ReplyAdapter command(String template, Duration timeout) {
        return command(CommandAdapter.of(template).timeout(timeout));
    }

    private static ReplyAdapter command(CommandAdapter command) {
        Objects.requireNonNull(command, "command")
                .requireOnly(java.util.Set.of("file", "status", "description", "out", "key", "password-file"));
        return new ReplyAdapter() {
            @Override
            public Answer reply(Path received, String status, String description, Path out) {
                if (command.placeholders().contains("key")
                        || command.placeholders().contains("password-file")) {
                    return Answer.error("{key} and {password-file} are given at the axis level only");
                }
                CommandAdapter.Execution e = command.run(Map.of(
                        "file",
                        received.toString(),
                        "status",
                        status,
                        "description",
                        description,
                        "out",
                        out.toString()));
                return Runner.written(e, out, command);
            }

            @Override
            public Answer reply(
                    Path received, String status, String description, Path out, Path key, Path passwordFile) {
                CommandAdapter.Execution e = command.run(Map.of(
                        "file",
                        received.toString(),
                        "status",
                        status,
                        "description",
                        description,
                        "out",
                        out.toString(),
                        "key",
                        key.toString(),
                        "password-file",
                        passwordFile.toString()));
                return Runner.written(e, out, command);
            }

            @Override
            public String toString() {
                return command.template();
            }
        };
    }

    /** Whether {@code out} now holds a file (what a library adapter returns after writing it). */
    static Answer written(Path out) {
        return Files.isRegularFile(out) ? Answer.accepted(Map.of()) : Answer.error("no file written at " + out);
    }
}
