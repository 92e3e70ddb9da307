"""scikit-learn's perceptron on a learn table: the reference `mark1 learn --rule error-correction` must equal.

usage: python3 perceptron_reference.py TABLE.csv EPOCHS  > expected.json
Perceptron(shuffle=False, tol=None, eta0=1, max_iter=EPOCHS) from zero weights, rows in file order;
the weights and intercept are printed with every digit (repr).
"""
import csv
import json
import sys

import numpy as np
from sklearn.linear_model import Perceptron

path, epochs = sys.argv[1], int(sys.argv[2])
with open(path) as f:
    rows = [r for r in csv.reader(f) if r]
try:
    [float(v) for v in rows[0][:-1]]
except ValueError:
    rows = rows[1:]  # a header
X = np.array([[float(v) for v in r[:-1]] for r in rows])
y = np.array([r[-1] for r in rows])
p = Perceptron(shuffle=False, tol=None, eta0=1, max_iter=epochs)
p.fit(X, y)
print(json.dumps({"table": path.split("/")[-1], "epochs": epochs, "classes": [str(c) for c in p.classes_],
                  "weights": [float(v) for v in p.coef_[0]], "bias": float(p.intercept_[0])}, indent=1))
