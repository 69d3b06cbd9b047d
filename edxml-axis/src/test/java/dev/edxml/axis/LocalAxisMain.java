package dev.edxml.axis;

import java.nio.file.Path;

/** The local axis in a JVM of its own, for the crash test: prints {@code PORT n}, then serves until killed. */
public final class LocalAxisMain {
    private LocalAxisMain() {}

    public static void main(String[] args) throws Exception {
        LocalAxis axis = ExchangeTest.configured(LocalAxis.builder().dataDir(Path.of(args[0])))
                .start();
        System.out.println("PORT " + axis.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
