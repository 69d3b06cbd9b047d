package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shell completion script covers the commands and their options. */
class CompletionTest {
    @Test
    void theCompletionScriptKnowsEveryCommand() {
        CliRun run = CliRun.of("generate-completion");
        assertEquals(0, run.code(), run::toString);
        String script = run.out();
        assertTrue(script.contains("complete -F"), "a bash completion function is registered");
        for (String command : new String[] {"inspect", "validate", "sign", "verify", "demo", "new", "reply"}) {
            assertTrue(script.contains(command), command);
        }
        assertTrue(script.contains("--profile") && script.contains("--trust"), "options are completed too");
    }
}
