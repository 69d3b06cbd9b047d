package dev.edxml.conformance;

import dev.edxml.conformance.internal.CommandAdapter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the runner asks the software under test to make the package of a producer scenario (bộ chuyển đổi phía gửi),
 * when the vendor does not hand in a folder of packages made beforehand.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProducerAdapter {
    /**
     * Makes the package of {@code scenario} (its files are in {@code scenarioDir}) and writes it to {@code out}.
     * Returns {@link Answer#accepted accepted} once written, else a rejection or an error saying why.
     */
    Answer produce(Scenario scenario, Path scenarioDir, Path out);

    /**
     * The same, at the {@code axis} level: the package (and its main PDF) must be signed with the keys the suite
     * issued for the run ({@code key}, a PKCS#12 file, its password the first line of {@code passwordFile}). By
     * default the keys are ignored (the package then fails at {@code axis}).
     */
    default Answer produce(Scenario scenario, Path scenarioDir, Path out, Path key, Path passwordFile) {
        return produce(scenario, scenarioDir, out);
    }

    /** How the reports name the software that makes the packages (command lines, a class…). */
    default String describe() {
        return toString();
    }

    /**
     * Command lines: {@code edoc} for document scenarios, with {@code {scenario}} (the description file, {@code edxml
     * new edoc --json}'s format), {@code {dir}} (the scenario folder) and {@code {out}}; {@code reply} for status
     * scenarios (see {@link ReplyAdapter#command}). For our own command:
     * {@code edxml new edoc --json {scenario} --out {out}} and
     * {@code edxml reply {file} --status {status} --description {description} --out {out}}.
     */
    static ProducerAdapter commands(String edoc, ReplyAdapter reply, Duration timeout) {
        return commands(CommandAdapter.of(edoc).timeout(timeout), reply);
    }

    private static ProducerAdapter commands(CommandAdapter edoc, ReplyAdapter reply) {
        Objects.requireNonNull(edoc, "edoc")
                .requireOnly(java.util.Set.of("scenario", "dir", "out", "key", "password-file"));
        Objects.requireNonNull(reply, "reply");
        return new ProducerAdapter() {
            @Override
            public Answer produce(Scenario s, Path dir, Path out) {
                if (s.kind().equals("status")) {
                    return reply.reply(
                            dir.resolve(s.received().orElseThrow()),
                            s.status().orElseThrow(),
                            s.statusDescription().orElseThrow(),
                            out);
                }
                CommandAdapter.Execution e = edoc.run(Map.of(
                        "scenario",
                        dir.resolve(s.description().orElseThrow()).toString(),
                        "dir",
                        dir.toString(),
                        "out",
                        out.toString()));
                return Runner.written(e, out, edoc);
            }

            @Override
            public Answer produce(Scenario s, Path dir, Path out, Path key, Path passwordFile) {
                if (s.kind().equals("status")) {
                    return reply.reply(
                            dir.resolve(s.received().orElseThrow()),
                            s.status().orElseThrow(),
                            s.statusDescription().orElseThrow(),
                            out,
                            key,
                            passwordFile);
                }
                CommandAdapter.Execution e = edoc.run(Map.of(
                        "scenario",
                        dir.resolve(s.description().orElseThrow()).toString(),
                        "dir",
                        dir.toString(),
                        "out",
                        out.toString(),
                        "key",
                        key.toString(),
                        "password-file",
                        passwordFile.toString()));
                return Runner.written(e, out, edoc);
            }

            @Override
            public String toString() {
                return edoc.template() + " / " + reply;
            }
        };
    }
}
