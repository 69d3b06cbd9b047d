package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code main} builds for a process's arguments (issue 17: only the command asked for). */
class StartupTest {
    private static Class<?> asked(String... args) {
        return Startup.commandAskedFor(args, EdxmlCli.COMMANDS);
    }

    @Test
    void theCommandIsTheFirstWordAfterTheGlobalOptions() {
        assertEquals(VerifyCommand.class, asked("verify", "a.edxml", "--trust", "ca.pem"));
        assertEquals(VerifyCommand.class, asked("--lang", "en", "verify", "a.edxml"));
        assertEquals(InspectCommand.class, asked("--lang=en", "--debug", "inspect", "verify"));
        assertEquals(StatsCommand.class, asked("stats", "--help"));
        assertEquals(AxisCommand.class, asked("axis", "serve"));
    }

    @Test
    void anythingElseBuildsEveryCommand() {
        assertNull(asked());
        assertNull(asked("--help"));
        assertNull(asked("-V"));
        assertNull(asked("--lang"));
        assertNull(asked("veryfy", "a.edxml"), "an unknown word gets the full command line and its suggestions");
        assertNull(asked("generate-completion"));
        assertNull(asked("--no-such-option", "verify"));
    }

    @Test
    void versionAloneIsAnsweredDirectly() {
        assertTrue(Startup.isVersionOnly(new String[] {"--version"}));
        assertTrue(Startup.isVersionOnly(new String[] {"-V"}));
        assertFalse(Startup.isVersionOnly(new String[] {"verify", "--version"}));
        assertFalse(Startup.isVersionOnly(new String[] {}));
    }

    @Test
    void everyCommandIsFoundByItsName() {
        StringWriter sink = new StringWriter();
        var full = EdxmlCli.commandLine(new PrintWriter(sink), new PrintWriter(sink), Map.of());
        for (Class<?> c : EdxmlCli.COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            assertEquals(c, asked(name), name);
            assertEquals(
                    c,
                    full.getSubcommands()
                            .get(name)
                            .getCommandSpec()
                            .userObject()
                            .getClass(),
                    name);
        }
    }
}
