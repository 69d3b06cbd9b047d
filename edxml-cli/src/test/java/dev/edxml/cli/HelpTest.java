package dev.edxml.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's {@code --help}: examples in both languages, Vietnamese by default, and a Vietnamese text for every
 * option, parameter, description and footer (so a command or option added later without its translation fails here).
 */
class HelpTest {
    private static final ResourceBundle BUNDLE = EdxmlCli.vietnameseHelp();

    /** Every command of the tree, the root included, as the real command line builds it. */
    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine cl, List<CommandLine> all) {
        all.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }

    private static CommandLine english() {
        return EdxmlCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());
    }

    private static CommandLine vietnamese() {
        CommandLine cl = english();
        cl.setResourceBundle(EdxmlCli.vietnameseHelp());
        return cl;
    }

    @Test
    void everyCommandOptionAndParameterHasAVietnameseText() {
        List<CommandLine> en = commands(english());
        List<CommandLine> vi = commands(vietnamese());
        assertEquals(en.size(), vi.size());
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            CommandSpec e = en.get(i).getCommandSpec();
            CommandSpec v = vi.get(i).getCommandSpec();
            String name = e.qualifiedName();
            if (Arrays.equals(e.usageMessage().description(), v.usageMessage().description())) {
                missing.add(name + ": description");
            }
            // examples may be the same commands in both languages, so a footer needs its key, not a different text
            String q = e.qualifiedName(".");
            if (e.usageMessage().footer().length > 0 && !BUNDLE.containsKey(q + ".usage.footer.0")) {
                missing.add(name + ": footer (examples)");
            }
            List<ArgSpec> eArgs = e.args();
            List<ArgSpec> vArgs = v.args();
            for (int j = 0; j < eArgs.size(); j++) {
                ArgSpec ea = eArgs.get(j);
                if (ea.hidden()) {
                    continue;
                }
                String label = ea instanceof OptionSpec o ? o.longestName() : ea.paramLabel();
                String[] ed = ea.description();
                String[] vd = vArgs.get(j).description();
                if (vd.length == 0 || Arrays.equals(ed, vd)) {
                    missing.add(name + " " + label);
                }
            }
        }
        assertEquals(List.of(), missing, "no Vietnamese help text in " + EdxmlCli.HELP_VI);
    }

    @Test
    void everyKeyOfTheVietnameseHelpNamesARealCommandOrOption() {
        ResourceBundle bundle = BUNDLE;
        Set<String> known = new TreeSet<>(Set.of("help", "version", "lang", "debug", "quiet", "progress"));
        for (CommandLine cl : commands(english())) {
            CommandSpec spec = cl.getCommandSpec();
            String q = spec.qualifiedName(".");
            known.add(q + ".usage.description");
            known.add(q + ".usage.footer");
            known.add(q + ".usage.footerHeading");
            known.add(q + ".usage.exitCodeListHeading");
            known.add(q + ".usage.exitCodeList");
            for (OptionSpec o : spec.options()) {
                known.add(q + "." + o.longestName().replaceFirst("^-+", ""));
            }
            spec.positionalParameters().forEach(p -> known.add(q + "." + p.descriptionKey()));
            // options of a mixin shared by several commands (TrustOptions) have one unqualified key each
            spec.mixins().values().forEach(m -> m.options()
                    .forEach(o -> known.add(o.longestName().replaceFirst("^-+", ""))));
        }
        known.addAll(Set.of("usage.synopsisHeading", "usage.commandListHeading"));
        List<String> stale = bundle.keySet().stream()
                .map(k -> k.replaceFirst("\\.\\d+$", ""))
                .filter(k -> !known.contains(k))
                .sorted()
                .distinct()
                .toList();
        assertEquals(List.of(), stale, "keys in " + EdxmlCli.HELP_VI + " that no command or option has");
    }

    @Test
    void helpIsVietnameseByDefaultAndEnglishWithLangEn() {
        for (CommandLine cl : commands(english())) {
            List<String> path = new ArrayList<>(
                    Arrays.asList(cl.getCommandSpec().qualifiedName().split(" ")));
            path.remove(0);
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun vi = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, vi.code(), vi::toString);
            assertTrue(vi.out().startsWith("Cách dùng: edxml"), vi::toString);
            assertTrue(vi.out().contains("Ví dụ:"), () -> "no examples: " + vi);
            assertFalse(vi.out().contains("Examples:"), vi::toString);

            args.add("--lang=en");
            CliRun en = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, en.code(), en::toString);
            assertTrue(en.out().startsWith("Usage: edxml"), en::toString);
            assertTrue(en.out().contains("Examples:"), () -> "no examples: " + en);
            assertFalse(en.out().contains("Ví dụ:"), en::toString);
        }
    }

    @Test
    void langBeforeTheCommandCountsToo() {
        CliRun en = CliRun.of("--lang", "en", "validate", "--help");
        assertTrue(en.out().contains("Checks packages against the format rules"), en::toString);
        CliRun vi = CliRun.of("validate", "--help");
        assertTrue(vi.out().contains("Kiểm tra gói tin theo các quy tắc định dạng"), vi::toString);
    }
}
