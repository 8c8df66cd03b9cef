#!/usr/bin/python3
"""Train XGBoost's Python package and scikit-learn on exactly the data
bench_learned trains on (export it with `bench_learned --export-csv F`) and
report training time and prediction throughput, for BENCHMARKS.md.

Usage: compare_python.py FEATURES.csv [--rounds 100] [--threads 0]
Needs the Debian packages python3-xgboost and python3-sklearn.
"""
import argparse
import time

import numpy as np


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    data = np.loadtxt(args.csv, delimiter=",", skiprows=1, dtype=np.float32)
    x, y = data[:, :-1], data[:, -1]
    print(f"rows {x.shape[0]} features {x.shape[1]}")
    big = np.tile(x, (max(1, (1 << 20) // x.shape[0] + 1), 1))[: 1 << 20]

    def measure(label, fit, predict, warm_up):
        """Times fit() and predict(model, rows) on all of `big` (after a call on
        its first 1000 rows when `warm_up`) and prints both for BENCHMARKS.md."""
        t = time.perf_counter()
        model = fit()
        train_s = time.perf_counter() - t
        if warm_up:
            predict(model, big[:1000])
        t = time.perf_counter()
        predict(model, big)
        pred_s = time.perf_counter() - t
        print(f"{label}: train {train_s:.2f} s, "
              f"predict {big.shape[0] / pred_s:.3g} predictions/s (batch {big.shape[0]})")

    try:
        import xgboost as xgb

        params = dict(objective="reg:squarederror", tree_method="hist", max_depth=6, eta=0.25,
                      subsample=0.8, colsample_bytree=0.8, min_child_weight=2.0, seed=42,
                      base_score=float(y.mean()), nthread=args.threads)
        measure(f"xgboost-python {xgb.__version__}",
                lambda: xgb.train(params, xgb.DMatrix(x, label=y), num_boost_round=args.rounds),
                lambda booster, rows: booster.inplace_predict(rows), warm_up=True)
    except ImportError as e:
        print(f"xgboost-python unavailable: {e}")

    try:
        import sklearn
        from sklearn.ensemble import HistGradientBoostingRegressor

        model = HistGradientBoostingRegressor(max_iter=args.rounds, max_depth=6, learning_rate=0.25,
                                              random_state=42, early_stopping=False)
        measure(f"scikit-learn {sklearn.__version__} HistGradientBoostingRegressor",
                lambda: model.fit(x, y), lambda fitted, rows: fitted.predict(rows), warm_up=False)
    except ImportError as e:
        print(f"scikit-learn unavailable: {e}")


if __name__ == "__main__":
    main()
