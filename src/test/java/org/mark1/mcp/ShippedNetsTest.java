package org.mark1.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedNetsTest {

    @Test
    void theIndexListsEveryShippedFileOnce() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios/mcp"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertEquals(files, ShippedNets.names().stream().sorted().toList());
        assertEquals(22, files.size(), "4 element nets, the heat illusion, the memory loop, 16 gates");
    }

    @Test
    void everyShippedNetLoadsUnderItsOwnNameExplainsItselfAndRuns() {
        for (String name : ShippedNets.names()) {
            NetFile.Loaded loaded = ShippedNets.load(name);
            assertEquals(name, loaded.net().name());
            String source = ShippedNets.source(name);
            assertTrue(source.startsWith("# " + name + ": "), name + " starts with a header saying what it is");
            assertTrue(source.contains("McCulloch & Pitts (1943)"), name + " cites the paper");
            assertTrue(source.contains("mark1 mcp run " + name), name + " says how to run it");
            Firings trace = loaded.net().run(loaded.input(), loaded.steps());
            assertTrue(TimingDiagram.render(trace).contains("tick"), name);
        }
    }

    @Test
    void theDelayNetRepeatsItsInputOneTickLater() {
        Net net = ShippedNets.load("delay").net();
        Firings trace = Runs.run(net, 12, "N1", "0 1 1 0 1 0 0 1 1 1");
        assertEquals("2 3 5 8 9 10", Runs.firings(trace, "N2"));
    }

    @Test
    void theTimingDiagramShowsOneColumnPerTickAndMarksInputs() {
        NetFile.Loaded heat = ShippedNets.load("heat-illusion");
        String diagram = TimingDiagram.render(Runs.run(heat.net(), 7, "N2", "0 1"));
        assertTrue(diagram.contains("\n  tick 01234567\n"), diagram);
        assertTrue(diagram.contains("\n> N2   .#......  cold receptor\n"), diagram);
        assertTrue(diagram.contains("\n  N3   ....#...  felt as heat\n"), diagram);
    }
}
