"""The classic example's initial weights: np.random.seed(1), then syn0 = 2 random((3,4)) - 1 and
syn1 = 2 random((4,1)) - 1, written in learn's JSON shape (scenarios/data/xor3-init.json)."""
import json

import numpy as np

np.random.seed(1)
syn0 = 2 * np.random.random((3, 4)) - 1
syn1 = 2 * np.random.random((4, 1)) - 1
print(json.dumps({"layers": [{"weights": syn0.tolist()}, {"weights": syn1.tolist()}]}, indent=1))
