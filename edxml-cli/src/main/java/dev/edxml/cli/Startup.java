package dev.edxml.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * What a process's arguments ask for, read before picocli is set up, so that a short command starts quickly: the
 * version alone, or the one command to build (picocli reflects over every command it is given; building only the
 * one asked for saves a fifth to a quarter of a short command's CPU time, measured in edxml-benchmarks/RESULTS.md).
 * Anything else (no command, help of the root, an unknown word) builds every command, so the answers and the
 * suggestions stay those of the full command line.
 */
final class Startup {
    private Startup() {}

    /** Whether the arguments are just {@code --version} or {@code -V}. */
    static boolean isVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * The command the arguments name, or null: the first word that is not a global option ({@code --lang X},
     * {@code --lang=X}, {@code --debug}, {@code --quiet}, {@code --progress}) must be a command's name or alias; any other option before it gives null.
     */
    /** The root options without a value that may come before the command's name. */
    private static final java.util.Set<String> GLOBAL_FLAGS = java.util.Set.of("--debug", "--quiet", "--progress");

    static Class<?> commandAskedFor(String[] args, List<Class<?>> commands) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang")) {
                i++; // its value
            } else if (!a.startsWith("-")) {
                return named(a, commands);
            } else if (!a.startsWith("--lang=") && !GLOBAL_FLAGS.contains(a)) {
                return null;
            }
        }
        return null;
    }

    private static Class<?> named(String word, List<Class<?>> commands) {
        for (Class<?> c : commands) {
            Command command = c.getAnnotation(Command.class);
            if (command == null) {
                continue;
            }
            if (command.name().equals(word) || List.of(command.aliases()).contains(word)) {
                return c;
            }
        }
        return null;
    }
}
