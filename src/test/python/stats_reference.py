"""SciPy's answers on fixed data: the reference the project's statistics (experiment/Statistics) must equal.

usage: python3 src/test/python/stats_reference.py > src/test/resources/stats/reference.json
(SciPy 1.17.1, NumPy; run from the repository root: it reads docs/compare/compare.csv as it was committed
when this file was made, and copies the numbers it used into the output, so the Java test needs no CSV.)

- paired: for each pair of samples a, b (d = a - b): scipy.stats.wilcoxon(a, b, zero_method='wilcox')
  (its default method 'auto': exact, all sign patterns, or the normal approximation with the tie
  correction), the rank sums W+ and W- of the non-zero differences (scipy.stats.rankdata, average ties),
  the matched-pairs rank-biserial correlation (W+ - W-) / (W+ + W-), scipy.stats.ttest_rel(a, b) and
  scipy.stats.binomtest(#positive, #non-zero, 0.5).
- median: scipy.stats.quantile_test(x, q=0).confidence_interval(0.95), the order-statistic interval
  of the median (NaN ends are written as null).
- bootstrap: scipy.stats.bootstrap((x,), np.mean, method='percentile', n_resamples=10000, rng=0); a
  different generator from the project's, so the test allows for Monte Carlo error.
"""
import csv
import json
import math

import numpy as np
from scipy import stats

rng = np.random.default_rng(15)


def paired(name, a, b):
    a = [float(v) for v in a]
    b = [float(v) for v in b]
    d = np.array(a) - np.array(b)
    nz = d[d != 0]
    if len(nz):
        r = stats.rankdata(np.abs(nz))
        wp = float(r[nz > 0].sum())
        wm = float(r[nz < 0].sum())
        rb = (wp - wm) / (wp + wm)
    else:
        wp = wm = rb = 0.0
    w = stats.wilcoxon(a, b, zero_method='wilcox')
    t = stats.ttest_rel(a, b)
    plus, minus = int((d > 0).sum()), int((d < 0).sum())
    sign = stats.binomtest(plus, plus + minus, 0.5).pvalue if plus + minus else 1.0
    return {"name": name, "a": a, "b": b, "wilcoxon_p": float(w.pvalue), "w_plus": wp, "w_minus": wm,
            "rank_biserial": rb, "paired_t_p": None if math.isnan(t.pvalue) else float(t.pvalue),
            "sign_p": float(sign), "plus": plus, "minus": minus, "zeros": int((d == 0).sum())}


def compare_csv(rule):
    with open("docs/compare/compare.csv") as f:
        return [float(r["fresh_accuracy"]) for r in csv.DictReader(f) if r["rule"] == rule]


cases = []
# the case: 20 seeds tied, 10 worse (Commons Math 3.6.1 said p = 0.64)
cases.append(paired("20 ties and 10 worse", [0.6] * 20 + [0.6 - k / 100 for k in range(1, 11)], [0.6] * 30))
cases.append(paired("12 better, no ties (exact)", [0.5 + k / 100 for k in range(1, 13)], [0.5] * 12))
cases.append(paired("4 mixed, no ties (exact)", [0.51, 0.52, 0.53, 0.46], [0.5] * 4))
cases.append(paired("8 with ties and zeros (all sign patterns)", [1.5, 1.5, 0, 3, 3, 1, 4, -2], [1, 1, 1, 1, 1, 1, 1, 1]))
cases.append(paired("13 with ties (all sign patterns)", [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9]))
x = rng.normal(0.3, 1.0, 25)
cases.append(paired("25 normal, no ties (exact)", x, np.zeros(25)))
x = rng.normal(0.2, 1.0, 60)
cases.append(paired("60 normal, no ties (normal approximation)", x, np.zeros(60)))
x = rng.integers(-3, 6, 40)
cases.append(paired("40 small integers, ties and zeros (normal approximation)", x, np.zeros(40)))
ec = compare_csv("error-correction")
for rule in ("lms", "sigmoid", "mlp"):
    cases.append(paired("docs/compare fresh accuracy: " + rule + " - error-correction", compare_csv(rule), ec))
cases.append(paired("all equal", [0.5] * 10, [0.5] * 10))

medians = []
for n in (3, 5, 6, 7, 10, 20, 30, 31):
    x = [float(v) for v in np.round(rng.lognormal(7, 0.6, n))]
    ci = stats.quantile_test(x, q=0).confidence_interval(0.95)
    medians.append({"x": x, "median": float(np.median(x)),
                    "low": None if math.isnan(ci.low) else float(ci.low),
                    "high": None if math.isnan(ci.high) else float(ci.high)})

boots = []
for n, centre in ((10, 60), (20, 98), (30, 50), (30, 99.7)):
    x = [float(v) for v in np.clip(np.round(rng.normal(centre, 4, n), 2), 0, 100)]
    ci = stats.bootstrap((x,), np.mean, method='percentile', n_resamples=10000, rng=0).confidence_interval
    boots.append({"x": x, "low": float(ci.low), "high": float(ci.high)})

print(json.dumps({"scipy": __import__("scipy").__version__, "paired": cases, "median": medians,
                  "bootstrap": boots}, indent=1))
