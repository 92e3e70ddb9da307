package org.mark1.cli;

import java.util.concurrent.Callable;
import org.mark1.report.ParameterTable;
import org.mark1.machine.MachineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code mark1 params}: the default machine's parameters, their sources and rationales. */
@Command(name = "params", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prints the default Mark I's parameters as a Markdown table: default, unit, source "
            + "([history], [weak], or [gap] = our choice) and why. Change one for a run with mark1 run --set KEY=VALUE."})
public final class ParamsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ParameterTable.markdown(MachineConfig.defaults()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
