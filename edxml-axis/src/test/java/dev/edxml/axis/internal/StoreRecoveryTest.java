package dev.edxml.axis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed axis can leave at each step of a commit is repaired when the store opens again. */
class StoreRecoveryTest {
    @TempDir
    Path dir;

    private static Store.Doc doc(String id, Store.Delivery... ds) {
        return new Store.Doc(
                id,
                "edoc",
                "eDoc",
                "sys.a",
                "000.00.00.A01",
                "2026-12-07T09:00:00.000+07:00",
                "t",
                "1/X",
                3,
                "00",
                List.of(ds));
    }

    @Test
    void orphansAreRemovedAndMissingInboxEntriesMadeAgain() throws Exception {
        Store s = Store.open(dir);
        Path staged = s.newTemp(".edxml");
        Files.writeString(staged, "pkg");
        Store.Delivery d = Store.delivery("m1", "000.00.00.B01", "sys.b", "now");
        s.commit(staged, doc("m1", d));
        s.updateStatus(d, "done", "", "later");
        // a crash after the package moved, before its record: never acknowledged
        Files.writeString(dir.resolve("packages/m2.edxml"), "half");
        // a crash between the record and the inbox entries
        Files.delete(dir.resolve("inbox/sys.b/" + d.docId + ".json"));
        Files.writeString(dir.resolve("inbox/sys.b/stray.json"), "{}");
        Files.writeString(dir.resolve("tmp/x.upload"), "partial");

        org.junit.jupiter.api.Assertions.assertEquals(
                "EDXML-AXS-502",
                org.junit.jupiter.api.Assertions.assertThrows(dev.edxml.axis.AxisException.class, () -> Store.open(dir))
                        .code(),
                "the folder is in use");
        s.close();
        Store again = Store.open(dir);
        assertEquals(1, again.size());
        assertFalse(Files.exists(dir.resolve("packages/m2.edxml")));
        assertFalse(Files.exists(dir.resolve("inbox/sys.b/stray.json")));
        assertTrue(Files.exists(dir.resolve("inbox/sys.b/" + d.docId + ".json")));
        assertEquals("pending", again.delivery(d.docId).status(), "the lost status update was never acknowledged");
        try (var files = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, files.count());
        }
        assertEquals(4, again.recovered().size(), again.recovered()::toString);
        again.close();
        Store clean = Store.open(dir);
        assertEquals(List.of(), clean.recovered(), "a clean store needs no repair");
        clean.close();
    }
}
