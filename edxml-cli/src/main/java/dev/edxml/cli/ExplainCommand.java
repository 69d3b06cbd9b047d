package dev.edxml.cli;

import dev.edxml.internal.Json;
import dev.edxml.validate.Profile;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edxml explain CODE}: what a finding or error code means, its clause, its severity under each profile and
 * how it looks in the output. An unknown code cannot be explained: exit 2, with the nearest codes.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explains a finding or error code (EDXML-HDR-018, or HDR-018): its message, the clause of the "
                + "regulation it rests on, its severity under each profile (qcvn102, axis, lenient) and an example of "
                + "how it appears. --list prints every code.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  edxml explain EDXML-HDR-018",
            "  edxml explain sig-030 --lang en",
            "  edxml explain --list | grep ATT"
        })
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    EdxmlCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", arity = "0..*", descriptionKey = "codes", description = "The codes to explain.")
    List<String> codes;

    @Option(names = "--list", description = "Print every code the library can report, one a line with its message.")
    boolean list;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Lang lang = cli.lang;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Explanations all = Explanations.load();
        if (list) {
            for (String code : all.codes()) {
                out.println(code + "  " + all.find(code).orElseThrow().message(lang));
            }
            out.flush();
            return EdxmlCli.OK;
        }
        if (codes == null || codes.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), lang.t("err.missing", "CODE"));
        }
        int code = EdxmlCli.OK;
        List<Object> objects = new java.util.ArrayList<>();
        for (String asked : codes) {
            Optional<String> renamed =
                    Explanations.renamed(asked).filter(r -> all.find(r).isPresent());
            renamed.ifPresent(
                    r -> err.println("edxml explain: " + lang.t("explain.renamed", Explanations.normalise(asked), r)));
            String c = renamed.orElse(asked);
            Optional<Explanations.Entry> e = all.find(c);
            if (e.isEmpty()) {
                List<String> near = all.near(c);
                err.println("edxml explain: " + lang.t("explain.unknown", dev.edxml.internal.Markup.oneLine(c))
                        + (near.isEmpty() ? "" : " " + lang.t("explain.near", String.join(", ", near))));
                code = EdxmlCli.CANNOT_RUN;
                continue;
            }
            if (json) {
                objects.add(json(e.get(), lang));
            } else {
                all.lines(e.get(), lang).forEach(out::println);
            }
        }
        if (json && !objects.isEmpty()) {
            out.println(Json.write(objects.size() == 1 ? objects.get(0) : objects));
        }
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, Object> json(Explanations.Entry e, Lang lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", e.code());
        o.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("message", e.message(lang));
        o.put("messageVi", e.vi());
        o.put("messageEn", e.en());
        o.put("clause", e.clause());
        Map<String, Object> severity = new LinkedHashMap<>();
        for (Profile p : Profile.builtIn()) {
            severity.put(
                    p.name(),
                    e.severity(p)
                            .map(s -> (Object) s.name().toLowerCase(java.util.Locale.ROOT))
                            .orElse(null));
        }
        o.put("severity", severity);
        o.put("example", Explanations.example(e, lang));
        return o;
    }
}
