package org.mark1.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mark1.io.InputError;
import org.mark1.io.YamlDocument;
import org.mark1.learning.Rules;

/**
 * Reads {@code learn --init FILE.json}: weights in the shape {@code learn} writes them, so that a
 * published example can be reproduced from its initial weights. A single-unit rule takes
 * {@code "weights": [w1, ...]} (one per feature) and {@code "bias": b}; {@code mlp} takes
 * {@code "layers": [{"weights": [[...], ...], "bias": [...]}, ...]}, rows of a layer's matrix being its
 * inputs and columns its units; a layer without {@code "bias"} has none. Other keys are ignored.
 */
public final class StartingWeights {

    private StartingWeights() {
    }

    public static TableLearning.LearnedWeights read(Path file, Rules rule, int features) {
        String name = file.toString();
        JsonNode root;
        try {
            root = YamlDocument.JSON.readTree(InputError.readText(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputError(name + ": not valid JSON (" + e.getOriginalMessage() + "); give the weights as learn writes them");
        }
        if (root == null || !root.isObject()) {
            throw new InputError(name + ": expected a JSON object with the weights; give the weights as learn writes them");
        }
        if (rule.singleUnit()) {
            double[] w = vector(name, "/weights", root.get("weights"));
            if (w.length != features) {
                throw new InputError(name + ": /weights has " + w.length + " numbers but the table has " + features
                        + " features; give one weight per feature");
            }
            return new TableLearning.LearnedWeights(w, number(name, "/bias", root.get("bias")), null);
        }
        JsonNode layers = root.get("layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw new InputError(name + ": /layers is missing; mlp starts from 'layers': [{'weights': [[...]], 'bias': [...]}, ...]");
        }
        List<TableLearning.Layer> out = new ArrayList<>();
        int inputs = features;
        for (int l = 0; l < layers.size(); l++) {
            String at = "/layers/" + l;
            JsonNode rows = layers.get(l).get("weights");
            if (rows == null || !rows.isArray() || rows.size() != inputs) {
                throw new InputError(name + ": " + at + "/weights needs " + inputs + " rows (one per input)");
            }
            double[][] w = new double[inputs][];
            for (int i = 0; i < inputs; i++) {
                w[i] = vector(name, at + "/weights/" + i, rows.get(i));
                if (w[i].length == 0 || w[i].length != w[0].length) {
                    throw new InputError(name + ": " + at + "/weights/" + i + " needs " + w[0].length + " numbers (one per unit)");
                }
            }
            JsonNode b = layers.get(l).get("bias");
            double[] bias = b == null || b.isNull() ? null : vector(name, at + "/bias", b);
            if (bias != null && bias.length != w[0].length) {
                throw new InputError(name + ": " + at + "/bias needs " + w[0].length + " numbers (one per unit)");
            }
            out.add(new TableLearning.Layer(w, bias));
            inputs = w[0].length;
        }
        if (inputs != 1) {
            throw new InputError(name + ": the last layer has " + inputs + " units; it needs one output unit");
        }
        return new TableLearning.LearnedWeights(null, null, out);
    }

    private static double[] vector(String name, String at, JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new InputError(name + ": " + at + " is missing; give a list of numbers");
        }
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(name, at + "/" + i, node.get(i));
        }
        return v;
    }

    private static double number(String name, String at, JsonNode node) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new InputError(name + ": " + at + " must be a finite number");
        }
        return node.doubleValue();
    }
}
