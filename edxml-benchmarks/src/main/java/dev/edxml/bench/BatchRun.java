package dev.edxml.bench;

import dev.edxml.validate.Profile;
import dev.edxml.validate.Validator;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates the batch with {@code Validator.validateAll} six times (three warm-ups, three measured) and prints the
 * median measured time: the comparison script runs it alternately with {@code -XX:ActiveProcessorCount=1} and {@code =2},
 * several times, so that a change in the machine's load during the run does not favour either.
 *
 * <pre>java -XX:ActiveProcessorCount=N -cp benchmarks.jar dev.edxml.bench.BatchRun WORKLOADS</pre>
 *
 * Prints {@code cores=<N> validate_all_ms=<ms>}.
 */
public final class BatchRun {
    private BatchRun() {}

    public static void main(String[] args) throws Exception {
        List<Path> files = new Workloads(Path.of(args[0]), Workloads.LARGE_BYTES, Workloads.BATCH).batchFiles();
        Validator v = Validator.of(Profile.QCVN102);
        // the validator is a lot of code (rules, the schema): three warm-up passes before three measured ones
        long[] ms = new long[3];
        for (int i = -3; i < ms.length; i++) {
            long t = System.nanoTime();
            int n = v.validateAll(files, dev.edxml.Progress.NONE).size();
            if (n != files.size()) {
                throw new IllegalStateException(n + " reports for " + files.size() + " files");
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        java.util.Arrays.sort(ms);
        long median = ms[1];
        System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " validate_all_ms=" + median);
    }
}
