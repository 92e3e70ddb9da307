package org.mark1.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mark1.report.Replay;
import org.mark1.experiment.SeedRow;

/** {@code mark1 replay}: a subset replays into the docs folder given, and the table is made from what is there. */
class ReplayCommandTest {

    @Test
    void aReplayWritesTheScenariosRowsCurveAndTable(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs");
        CliTest.Outcome o = CliTest.mark1("replay", "mark1-squares", "--seeds", "2", "--threads", "2", "--out",
                dir.resolve("runs").toString(), "--docs", docs.toString());
        assertEquals(0, o.code(), o.err());
        List<SeedRow> rows = SeedRow.parse(Files.readString(docs.resolve("scenarios/mark1-squares/seeds.csv")));
        assertEquals(List.of(1960L, 1961L), rows.stream().map(SeedRow::seed).toList());
        assertTrue(Files.size(docs.resolve("scenarios/mark1-squares/curve.png")) > 0);
        assertTrue(Files.isDirectory(dir.resolve("runs/mark1-squares/seed1961")));
        String table = Files.readString(docs.resolve(Replay.TABLE));
        assertEquals(Replay.table(docs), table);
        assertTrue(table.contains("| [mark1-squares](#mark1-squares) |"), table);
        assertTrue(table.contains("Not replayed yet: ibm704-left-right, navy1960-one-typeface"), table);
        assertTrue(o.out().contains("2 seeds (1960-1961)"), o.out());
    }

    @Test
    void mistakesAreOneLineExitTwoAndNothingWritten(@TempDir Path dir) {
        Path docs = dir.resolve("docs");
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--all", "mark1-squares"), List.of("mark1-squares", "--seeds", "x"),
                List.of("no-such-scenario"), List.of("mark1-squares", "--threads", "0"))) {
            List<String> all = new java.util.ArrayList<>(List.of("replay", "--docs", docs.toString(), "--out", dir.resolve("r").toString()));
            all.addAll(args);
            CliTest.Outcome o = CliTest.mark1(all.toArray(String[]::new));
            assertEquals(2, o.code(), args + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertFalse(Files.exists(docs) || Files.exists(dir.resolve("r")), args + ": nothing written");
        }
    }
}
