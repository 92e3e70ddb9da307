#!/usr/bin/python3
"""Times scikit-learn's Perceptron on the A-unit responses `mark1 bench` stored.

    /usr/bin/python3 sklearn_perceptron.py FEATURES UNITS PRESENTATIONS [REPEATS]

FEATURES has one card per line, `class;a a a ...` (the class, then the A-units the card fires).
The cards become a dense 0/1 matrix of UNITS columns, the same 512 features the Mark I's pots
weigh. Perceptron (no penalty, learning rate 1, no shuffling, no early stop) runs as many passes
over the cards, in their order, as make PRESENTATIONS presentations. Prints, for each repeat, the
presentations and the seconds `fit` took, one line each. Needs `apt-get install python3-sklearn`.
"""
import sys
import time

import numpy as np
from sklearn.linear_model import Perceptron


def main():
    path, units, presentations = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    labels, rows = [], []
    with open(path) as f:
        for line in f:
            label, _, active = line.rstrip("\n").partition(";")
            labels.append(int(label))
            rows.append([int(a) for a in active.split()])
    x = np.zeros((len(rows), units))
    for i, active in enumerate(rows):
        x[i, active] = 1.0
    y = np.array(labels)
    passes = max(1, -(-presentations // len(rows)))
    for _ in range(repeats):
        model = Perceptron(penalty=None, alpha=0.0, eta0=1.0, fit_intercept=True, max_iter=passes, tol=None,
                           shuffle=False, random_state=0)
        start = time.perf_counter()
        model.fit(x, y)
        took = time.perf_counter() - start
        print(passes * len(rows), took)


if __name__ == "__main__":
    main()
