package dev.edxml.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the runner asks the software under test to answer a received package with a status package (trả lời bằng gói tin
 * trạng thái): for the reply cases ({@code C-RPL}) of a consumer run and the status scenarios of a producer run.
 */
@FunctionalInterface
public interface ReplyAdapter {
    /**
     * Answers the package {@code received} with status {@code status} and Description {@code description}, writing
     * the status package to {@code out}. Returns {@link Answer#accepted accepted} (no fields needed) when it wrote
     * the package, else a rejection or an error saying why.
     */
    Answer reply(Path received, String status, String description, Path out);

    /** How the reports name the software that answers (a command line, a class…). */
    default String describe() {
        return toString();
    }

    /**
     * A command line with the placeholders {@code {file}} (the received package), {@code {status}},
     * {@code {description}} and {@code {out}}: exit 0 and a file at {@code {out}} is a reply; for example
     * {@code java -jar edxml.jar reply {file} --status {status} --description {description} --out {out}}.
     */
    static ReplyAdapter command(CommandAdapter command) {
        Objects.requireNonNull(command, "command").requireOnly(java.util.Set.of("file", "status", "description", "out"));
        return new ReplyAdapter() {
            @Override
            public Answer reply(Path received, String status, String description, Path out) {
                CommandAdapter.Execution e = command.run(Map.of("file", received.toString(), "status", status,
                        "description", description, "out", out.toString()));
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
