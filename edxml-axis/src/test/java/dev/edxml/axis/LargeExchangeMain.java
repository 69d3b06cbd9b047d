package dev.edxml.axis;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends and receives one large package through a local axis in the same small JVM (run with a low {@code -Xmx} by
 * {@link StreamingMemoryTest}): prints the size of the package received, or fails.
 */
public final class LargeExchangeMain {
    private LargeExchangeMain() {}

    public static void main(String[] args) throws Exception {
        Path pkg = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        try (LocalAxis axis = ExchangeTest.configured(LocalAxis.builder().dataDir(dir.resolve("axis")))
                .start()) {
            AxisClient g22 = ExchangeTest.client(axis.endpoint(), "vxp.g22", "bi-mat-g22");
            AxisClient h41 = ExchangeTest.client(axis.endpoint(), "vxp.h41", "bi-mat-h41");
            g22.send(pkg);
            ReceivedMessage m = h41.received(MessageType.EDOC).get(0);
            Path got = h41.download(m.docId(), dir.resolve("got.edxml"));
            System.out.println("RECEIVED " + Files.size(got));
        }
    }
}
