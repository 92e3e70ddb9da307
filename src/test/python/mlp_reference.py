"""The classic NumPy XOR network, the reference `mark1 learn --rule mlp --batch full --no-bias` must match.

usage: python3 mlp_reference.py TABLE.csv INIT.json ITERATIONS > expected.json
Two layers of sigmoid units, no biases, full batch, rate 1, squared error (Trask, "A neural network
in 11 lines of Python"): l1 = sigma(X.syn0); l2 = sigma(l1.syn1); l2_delta = (y - l2) * l2 (1 - l2);
l1_delta = l2_delta.syn1^T * l1 (1 - l1); syn1 += l1^T.l2_delta; syn0 += X^T.l1_delta.
"""
import csv
import json
import sys

import numpy as np

path, init, iterations = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path) as f:
    rows = [r for r in csv.reader(f) if r][1:]
X = np.array([[float(v) for v in r[:-1]] for r in rows])
y = np.array([[float(r[-1])] for r in rows])
layers = json.load(open(init))["layers"]
syn0 = np.array(layers[0]["weights"])
syn1 = np.array(layers[1]["weights"])


def sigma(z):
    return 1 / (1 + np.exp(-z))


for _ in range(iterations):
    l1 = sigma(np.dot(X, syn0))
    l2 = sigma(np.dot(l1, syn1))
    l2_delta = (y - l2) * (l2 * (1 - l2))
    l1_delta = l2_delta.dot(syn1.T) * (l1 * (1 - l1))
    syn1 += l1.T.dot(l2_delta)
    syn0 += X.T.dot(l1_delta)
l2 = sigma(np.dot(sigma(np.dot(X, syn0)), syn1))
print(json.dumps({"iterations": iterations, "outputs": [float(v) for v in l2[:, 0]],
                  "layers": [{"weights": syn0.tolist()}, {"weights": syn1.tolist()}]}, indent=1))
