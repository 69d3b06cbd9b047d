package dev.edxml.conformance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.edxml.conformance.Answer;
import dev.edxml.conformance.ConsumerAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CommandAdapterTest {
    @Test
    void splitsLikeAShellWithoutOne() {
        assertEquals(
                List.of("java", "-jar", "my tool.jar", "parse", "{file}", "a\"b", "x y", "|", ">out"),
                CommandAdapter.split("  java -jar 'my tool.jar'\tparse {file} \"a\\\"b\" x\\ y | >out "));
        assertEquals(List.of("", "ab"), CommandAdapter.split("'' a''b"));
        assertThrows(IllegalArgumentException.class, () -> CommandAdapter.split("a 'b"));
        assertThrows(IllegalArgumentException.class, () -> CommandAdapter.split("a \"b"));
        assertThrows(IllegalArgumentException.class, () -> CommandAdapter.split("a\\"));
        assertThrows(IllegalArgumentException.class, () -> CommandAdapter.of("   "));
    }

    @Property
    void aSingleQuotedWordComesBackWhole(@ForAll @StringLength(max = 40) String word) {
        String quoted = "'" + word.replace("'", "'\\''") + "'";
        assertEquals(List.of("cmd", word), CommandAdapter.split("cmd " + quoted));
    }

    @Property
    void aPlaceholderValueStaysOneWord(@ForAll @StringLength(max = 40) String value) {
        CommandAdapter c = CommandAdapter.of("tool --in={file} {file}");
        assertEquals(List.of("tool", "--in=" + value, value), c.expand(Map.of("file", value)));
    }

    @Test
    void unknownPlaceholdersAreRefused() {
        CommandAdapter c = CommandAdapter.of("tool {file} {out}");
        assertEquals(java.util.Set.of("file", "out"), c.placeholders());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.expand(Map.of("file", "x")));
        assertTrue(e.getMessage().startsWith("{out} has no value here"), e.getMessage());
    }

    @Test
    void runsWithExitCodeOutputAndTimeout() {
        CommandAdapter.Execution ok =
                CommandAdapter.of("sh -c 'echo out; echo err >&2; exit 3'").run(Map.of());
        assertEquals(3, ok.exitCode());
        assertEquals("out\n", ok.stdout());
        assertEquals("err", ok.stderrTail());
        assertTrue(ok.exited());

        CommandAdapter.Execution slow =
                CommandAdapter.of("sleep 30").timeout(Duration.ofMillis(300)).run(Map.of());
        assertTrue(slow.timedOut());
        assertFalse(slow.exited());

        CommandAdapter.Execution none =
                CommandAdapter.of("/no/such/tool {file}").run(Map.of("file", "x"));
        assertTrue(none.startFailure().startsWith("cannot start /no/such/tool"), none.startFailure());

        CommandAdapter.Execution big =
                CommandAdapter.of("head -c 6000000 /dev/zero").run(Map.of());
        assertEquals(0, big.exitCode());
        assertEquals(CommandAdapter.MAX_STDOUT, big.stdout().length());
    }

    private static final Duration T = CommandAdapter.DEFAULT_TIMEOUT;

    @Test
    void theConsumerCommandAdapterJudgesExitCodesAndJson() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("c", ".edxml");
        try {
            Answer yes = ConsumerAdapter.command(
                            "echo '{\"kind\": \"edoc\", \"to\": [{\"organId\": "
                                    + "\"H41\"}], \"attachments\": [{\"size\": 12}], \"x\": null}'",
                            T)
                    .read(f, f);
            assertEquals(
                    Answer.accepted(Map.of("kind", "edoc", "to[0].organId", "H41", "attachments[0].size", "12")), yes);
            Answer no = ConsumerAdapter.command("sh -c 'echo bad package >&2; exit 1'", T)
                    .read(f, f);
            assertEquals(Answer.rejected("exit 1: bad package"), no);
            Answer notJson = ConsumerAdapter.command("cat {file}", T).read(f, f);
            assertEquals(Answer.Kind.ERROR, notJson.kind());
            assertTrue(notJson.detail().startsWith("exit 0 but stdout is not one JSON object"), notJson.detail());
        } finally {
            java.nio.file.Files.delete(f);
        }
    }
}
