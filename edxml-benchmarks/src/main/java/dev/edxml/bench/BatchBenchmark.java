package dev.edxml.bench;

import dev.edxml.Edxml;
import dev.edxml.validate.Profile;
import dev.edxml.validate.ValidationReport;
import dev.edxml.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batch of 10,000 small packages from files: {@code Validator.validateAll} (one thread per core) with the JVM
 * told it has one core, then two, to show that validation uses both; and reading the batch on one thread. Seconds
 * per batch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class BatchBenchmark {
    private List<Path> files;
    private Validator validator;

    @Setup
    public void setup() throws Exception {
        files = Workloads.forBenchmarks().ensureBatch().batchFiles();
        validator = Validator.of(Profile.QCVN102);
    }

    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
    public List<ValidationReport> validateAllOneCore() {
        return validator.validateAll(files, dev.edxml.Progress.NONE);
    }

    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=2"})
    public List<ValidationReport> validateAllTwoCores() {
        return validator.validateAll(files, dev.edxml.Progress.NONE);
    }

    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx1g"})
    public int readAll() throws Exception {
        int n = 0;
        for (Path f : files) {
            n += Edxml.read(f).hashCode() & 1;
        }
        return n;
    }
}
