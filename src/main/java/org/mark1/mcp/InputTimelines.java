package org.mark1.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mark1.io.InputError;
import org.mark1.io.InvalidValue;

/**
 * Reads the timelines given on the command line: {@code --input 'N2: 0 1 0 0'} (or {@code N2=0100});
 * several may share one argument, separated by {@code ;}. Each must name an input of the net.
 */
public final class InputTimelines {

    private InputTimelines() {
    }

    public static Map<String, Timeline> parse(List<String> arguments, Net net) {
        Map<String, Timeline> timelines = new LinkedHashMap<>();
        for (String argument : arguments) {
            int start = 0;
            for (String part : argument.split(";", -1)) {
                read(argument, part, start, net, timelines);
                start += part.length() + 1;
            }
        }
        return timelines;
    }

    private static void read(String argument, String part, int offset, Net net, Map<String, Timeline> timelines) {
        String where = "--input '" + InputError.excerpt(argument) + "'";
        if (part.isBlank()) {
            return;
        }
        int sep = indexOfSeparator(part);
        if (sep < 0) {
            throw new InputError(where + ": expected NAME: timeline, e.g. 'N2: 0 1 0 0'");
        }
        String name = Names.canonical(part.substring(0, sep).strip());
        int i = net.indexOf(name);
        if (i < 0 || !net.neurons().get(i).input()) {
            String inputs = NetFile.someNames(net.inputs().stream().map(Neuron::name).toList());
            throw new InputError(where + ": " + (i < 0 ? net.name() + " has no neuron " + InputError.excerpt(name) : name + " is not an input of "
                    + net.name()) + "; its inputs are: " + (inputs.isEmpty() ? "(none)" : inputs));
        }
        if (timelines.containsKey(name)) {
            throw new InputError(where + ": " + name + " is given twice; give each input one timeline");
        }
        try {
            timelines.put(name, Timeline.parse(part.substring(sep + 1), offset + sep + 2));
        } catch (InvalidValue e) {
            throw new InputError(where + ": " + e.problem());
        }
    }

    private static int indexOfSeparator(String part) {
        int colon = part.indexOf(':');
        int equals = part.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }
}
