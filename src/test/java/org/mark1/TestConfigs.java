package org.mark1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mark1.machine.MachineConfig;

/** Variants of the default machine for tests: {@code TestConfigs.with("excitatory", 3, "inhibitory", 2)}. */
public final class TestConfigs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestConfigs() {
    }

    public static MachineConfig with(Object... keyValues) {
        ObjectNode node = MAPPER.valueToTree(MachineConfig.defaults());
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = (String) keyValues[i];
            if (!node.has(key)) {
                throw new IllegalArgumentException("no parameter " + key);
            }
            node.set(key, MAPPER.valueToTree(keyValues[i + 1]));
        }
        try {
            return MAPPER.treeToValue(node, MachineConfig.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IllegalArgumentException iae) {
                    throw iae; // the record's own refusal, e.g. an InvalidValue naming the key
                }
            }
            throw new IllegalArgumentException(e);
        }
    }
}
