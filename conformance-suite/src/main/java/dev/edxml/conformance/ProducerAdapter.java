package dev.edxml.conformance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How the runner asks the software under test to make the package of a producer scenario (bộ chuyển đổi phía gửi),
 * when the vendor does not hand in a folder of packages made beforehand.
 */
@FunctionalInterface
public interface ProducerAdapter {
    /**
     * Makes the package of {@code scenario} (its files are in {@code scenarioDir}) and writes it to {@code out}.
     * Returns {@link Answer#accepted accepted} once written, else a rejection or an error saying why.
     */
    Answer produce(Scenario scenario, Path scenarioDir, Path out);

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
    static ProducerAdapter commands(CommandAdapter edoc, ReplyAdapter reply) {
        Objects.requireNonNull(edoc, "edoc").requireOnly(java.util.Set.of("scenario", "dir", "out"));
        Objects.requireNonNull(reply, "reply");
        return new ProducerAdapter() {
            @Override
            public Answer produce(Scenario s, Path dir, Path out) {
                if (s.kind().equals("status")) {
                    return reply.reply(dir.resolve(s.received().orElseThrow()), s.status().orElseThrow(),
                            s.statusDescription().orElseThrow(), out);
                }
                CommandAdapter.Execution e = edoc.run(Map.of("scenario",
                        dir.resolve(s.description().orElseThrow()).toString(), "dir", dir.toString(),
                        "out", out.toString()));
                return Runner.written(e, out, edoc);
            }

            @Override
            public String toString() {
                return edoc.template() + " / " + reply;
            }
        };
    }
}
