"""Writes the tables the learn tests use (run once; the outputs are kept in src/test/resources/learn/).

iris-versicolor-virginica.csv: Fisher's iris, the two classes no line separates (header, class names).
blobs.csv: 60 rows of 3 features at full double precision, labels 0/1, no header (scikit-learn's
make_classification, random_state=1960).
"""
import csv
import sys

from sklearn.datasets import load_iris, make_classification

out = sys.argv[1]
iris = load_iris()
with open(f"{out}/iris-versicolor-virginica.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["sepal_length", "sepal_width", "petal_length", "petal_width", "species"])
    for x, y in zip(iris.data, iris.target):
        if y > 0:
            w.writerow([repr(float(v)) for v in x] + [iris.target_names[y]])

X, y = make_classification(n_samples=60, n_features=3, n_informative=2, n_redundant=0, n_clusters_per_class=1,
                           flip_y=0.05, random_state=1960)
with open(f"{out}/blobs.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    for x, t in zip(X, y):
        w.writerow([repr(float(v)) for v in x] + [int(t)])
