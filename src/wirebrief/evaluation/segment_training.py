"""Fit the story-boundary models of `wirebrief.segment` (small neural networks, numpy only).

    python -m wirebrief.evaluation.segment_training ../shared/eval/extraction --seeds 101 102 103 104 105 106

builds digests from the source exactly as `wirebrief eval segment` does (other seeds than the
evaluation's 13), and with the first three seeds digests of briefs too (and, with --topics, digests
whose neighbouring stories share a topic, `topic_digests`) (half the stories cut to their
first one to three paragraphs, as newsletters and wire briefings paste them), runs the segmenter's own units, clutter removal and candidates on each, and labels
every candidate: does a true story start there?  Two models are fitted, each the mean of three
networks (`NETWORKS` starts) with one hidden layer of 16 tanh units and a logistic output
(`fit_network`; on held-out extraction pages, 2-fold by page (`--cross-validate`, seeds 101-103), the
mean of three had a lower log loss than one network, 0.0839 against 0.0855 for LOCAL, 0.0480 against
0.0488 for SEGMENT; four more features tried the same way (with an earlier candidate set), the paragraph
above ending in a colon, a lede opening on a pronoun, a numbered line, a verb of saying, gave no lower
loss and were left out; six features of a lede set against the text above it (people named in full,
one of them named before by surname, a dateline again, the lede's names shared with the line rather than
the paragraph above, a verb of reporting, the length change) lowered boundary F1 on annotated_dev, unseen,
from 0.972 to 0.967 (and to 0.943 fitted with --topics too, which lifted cnndm's topic-chained digests from
0.971 to 0.986), so they were left out too):
- LOCAL, on the evidence around the line (`segment.FEATURE_NAMES`), the story so far taken from the
  true boundaries;
- SEGMENT, which adds the whole stories on both sides (`segment.SEGMENT_FEATURE_NAMES`), the rest
  running to the next true story start; the segmenter's second pass takes the mean of the two.
Each model's decision threshold is the one with the best boundary F1 (then headline exact) on the
training digests without the topic ones, end to end.  The result is written to `src/wirebrief/segment_model.py`.
"""

from __future__ import annotations

import argparse
import importlib
import pprint
from pathlib import Path

import numpy as np

from wirebrief import segment
from wirebrief.evaluation.segmentation import score_segmentation, source_digests, wirebrief_split

MODEL_PATH = Path(segment.__file__).with_name("segment_model.py")
HIDDEN_UNITS = 16
NETWORKS = 3  # networks per model, fitted from seeds 0, 1, 2
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)


BRIEF_SEEDS = 3  # the first seeds also paste the source as briefs (see `brief_digests`)
BRIEF_SHARE = 0.5  # share of a briefs digest's stories cut to their first paragraphs
BRIEF_MAX_PARAGRAPHS = 3


def training_digests(paths: list[Path], seeds: list[int], topics: bool = True) -> list:
    """The digests `wirebrief eval segment` would build with each seed, and for the first BRIEF_SEEDS
    seeds also digests of briefs (`brief_digests`) and, with `topics`, digests of neighbours on one
    topic (`topic_digests`).  The weights are fitted with the topic digests, the thresholds chosen
    without them: they teach the models what sets two stories of one topic apart, but a threshold
    chosen where such neighbours are a quarter of the pastes cut real articles at their subheadings."""
    digests = [digest for path in paths for seed in seeds for digest in source_digests(path, seed=seed)[2]]
    if topics:
        digests += [digest for path in paths for seed in seeds[:BRIEF_SEEDS] for digest in topic_digests(path, seed)]
    return digests + [digest for path in paths for seed in seeds[:BRIEF_SEEDS] for digest in brief_digests(path, seed)]


def topic_digests(path: Path, seed: int) -> list:
    """Digests whose neighbouring stories are on the same topic, as a paste of one league's, one company's
    or one war's news is: the articles chained from a random start, each next one the most similar left
    (tf-idf cosine of title and first paragraphs).  Shuffled digests seldom put two such stories side by
    side, and a model that saw only those cuts where the topic changes."""
    import random

    from wirebrief.evaluation.segmentation import MIN_STORIES, _build_digest, load_source

    rng = random.Random(seed + 2000)
    articles = load_source(path, seed=seed)[1]
    texts = [segment.Unit(" ".join([a.title, *a.paragraphs[:3]])) for a in articles]
    idf = segment._idf(texts)
    vectors = [segment._vector([t], idf) for t in texts]
    norms = [np.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors]

    def similarity(a: int, b: int) -> float:
        small, large = sorted((vectors[a], vectors[b]), key=len)
        return sum(w * large.get(t, 0.0) for t, w in small.items()) / (norms[a] * norms[b])

    digests, all_headlines = [], [a.title for a in articles]
    for _ in range(max(1, -(-MIN_STORIES // len(articles))) if articles else 0):
        left = list(range(len(articles)))
        chain = [left.pop(rng.randrange(len(left)))]
        while left:
            best = max(left, key=lambda k: similarity(chain[-1], k))
            chain.append(best)
            left.remove(best)
        i = 0
        while len(chain) - i >= 3:
            size = min(rng.randint(3, 8), len(chain) - i)
            digests.append(_build_digest([articles[k] for k in chain[i : i + size]], all_headlines, rng))
            i += size
    return digests


def brief_digests(path: Path, seed: int) -> list:
    """Digests in which about half the stories are cut to their first one to BRIEF_MAX_PARAGRAPHS paragraphs,
    as newsletters and wire briefings paste a story's top: a boundary model that saw only whole articles
    takes a two-paragraph story for a section of the one above."""
    import random

    from wirebrief.evaluation.segmentation import MIN_STORIES, SourceArticle, build_digests, load_source

    rng = random.Random(seed)
    articles = load_source(path, seed=seed)[1]
    cut = [SourceArticle(a.title, a.paragraphs[: rng.randint(1, BRIEF_MAX_PARAGRAPHS)], a.url)
           if rng.random() < BRIEF_SHARE else a for a in articles]
    passes = max(1, -(-MIN_STORIES // len(cut))) if cut else 1
    return build_digests(cut, seed=seed + 1000, passes=passes)


def training_rows(digests: list, whole_stories: bool) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every headline candidate in the digests."""
    features, labels = [], []
    for digest in digests:
        units = segment._mark_stop_headlines(segment._mark_lower_case_headlines(
            segment._clean_units(segment._read_paste_marks(segment._split_units(digest.text)))))  # as split_document sees them
        headlines = list(digest.headlines)
        starts, next_headline = [], 0
        for index, unit in enumerate(units):
            if next_headline < len(headlines) and unit.text == headlines[next_headline]:
                starts.append(index)
                next_headline += 1
        context = segment._Context(units)
        for index, unit in enumerate(units):
            if not index or index == len(units) - 1 or not segment._is_candidate(unit):
                continue
            story_start = max([s for s in starts if s < index], default=0)
            story_end = min([s for s in starts if s > index], default=len(units)) if whole_stories else None
            features.append(segment.boundary_features(context, index, story_start, story_end))
            labels.append(float(index in starts))
    return np.array(features, dtype=float), np.array(labels, dtype=float)


def fit_network(x: np.ndarray, y: np.ndarray, hidden: int = HIDDEN_UNITS, l2: float = 1e-3, steps: int = 2000,
                rate: float = 0.05, seed: int = 0) -> dict:
    """A network with one hidden layer of tanh units and a logistic output, on standardised features:
    full-batch Adam with an L2 penalty, from a seeded start (the same data gives the same weights)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    rng = np.random.default_rng(seed)
    params = [rng.normal(0, 0.3, (z.shape[1], hidden)), np.zeros(hidden), rng.normal(0, 0.3, hidden), np.zeros(1)]
    first, second = [np.zeros_like(p) for p in params], [np.zeros_like(p) for p in params]
    for step in range(1, steps + 1):
        w1, b1, w2, b2 = params
        h = np.tanh(z @ w1 + b1)
        g = (1 / (1 + np.exp(-(h @ w2 + b2[0]))) - y) / len(y)
        gh = np.outer(g, w2) * (1 - h**2)
        grads = [z.T @ gh + l2 * w1, gh.sum(axis=0), h.T @ g + l2 * w2, np.array([g.sum()])]
        for k, (param, grad) in enumerate(zip(params, grads)):
            first[k] = 0.9 * first[k] + 0.1 * grad
            second[k] = 0.999 * second[k] + 0.001 * grad**2
            param -= rate * (first[k] / (1 - 0.9**step)) / (np.sqrt(second[k] / (1 - 0.999**step)) + 1e-8)
    w1, b1, w2, b2 = params
    predicted = 1 / (1 + np.exp(-(np.tanh(z @ w1 + b1) @ w2 + b2[0]))) > 0.5
    return {
        "threshold": 0.5, "mean": _rounded(mean), "scale": _rounded(scale),
        "hidden_weights": [_rounded(row) for row in w1.T], "hidden_bias": _rounded(b1),
        "output_weights": _rounded(w2), "output_bias": round(float(b2[0]), 6),
        "rows": len(y), "positives": int(y.sum()), "accuracy": round(float(np.mean(predicted == (y > 0.5))), 4),
    }


def fit_ensemble(x: np.ndarray, y: np.ndarray, networks: int = NETWORKS, l2: float = 1e-3) -> dict:
    """`networks` networks fitted from different seeded starts on the same standardised features;
    the segmenter takes the mean of their probabilities."""
    fitted = [fit_network(x, y, l2=l2, seed=seed) for seed in range(networks)]
    first = fitted[0]
    return {
        "threshold": 0.5, "mean": first["mean"], "scale": first["scale"],
        "networks": [{key: net[key] for key in ("hidden_weights", "hidden_bias", "output_weights", "output_bias")}
                     for net in fitted],
        "rows": first["rows"], "positives": first["positives"],
        "accuracy": [net["accuracy"] for net in fitted],
    }


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    """The model's probabilities for rows of features (the mean over its networks)."""
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    probabilities = [1 / (1 + np.exp(-(np.tanh(z @ np.array(net["hidden_weights"]).T + np.array(net["hidden_bias"]))
                                       @ np.array(net["output_weights"]) + net["output_bias"])))
                     for net in model.get("networks", [model])]
    return np.mean(probabilities, axis=0)


def cross_validate(paths: list[Path], seeds: list[int], l2: float) -> None:
    """Held-out log loss of one network and of the mean of NETWORKS, 2-fold by page: digests are built
    from half of the pages, the models scored on the candidates of digests of the other half."""
    import hashlib

    from wirebrief.evaluation.segmentation import MIN_STORIES, build_digests, load_source

    articles = [article for path in paths for article in load_source(path)[1]]
    halves = [[a for a in articles if int(hashlib.md5(a.title.encode()).hexdigest(), 16) % 2 == k] for k in (0, 1)]
    passes = max(1, -(-MIN_STORIES // len(articles)))
    rows = [{whole: training_rows([d for seed in seeds for d in build_digests(half, seed=seed, passes=passes)], whole)
             for whole in (False, True)} for half in halves]
    for whole, name in ((False, "LOCAL"), (True, "SEGMENT")):
        for networks in (1, NETWORKS):
            loss = 0.0
            for k in (0, 1):
                (x, y), (x_out, y_out) = rows[k][whole], rows[1 - k][whole]
                p = np.clip(predict(fit_ensemble(x, y, networks=networks, l2=l2), x_out), 1e-6, 1 - 1e-6)
                loss += -np.mean(y_out * np.log(p) + (1 - y_out) * np.log(1 - p)) / 2
            print(f"{name}: {networks} network(s), held-out log loss {loss:.4f}")


def _rounded(values) -> list[float]:
    return [round(float(v), 6) for v in values]


def write_model(local: dict, whole: dict | None, trained_on: str) -> None:
    MODEL_PATH.write_text(
        '"""Weights of the story-boundary models of wirebrief.segment, generated by\n'
        "`python -m wirebrief.evaluation.segment_training` (do not edit by hand).\n\n"
        f"Trained on: {trained_on}.\n"
        "LOCAL weighs segment.FEATURE_NAMES, SEGMENT segment.SEGMENT_FEATURE_NAMES, in that order.\n"
        '"""\n\n'
        f"LOCAL = {pprint.pformat(local, width=110, sort_dicts=False)}\n\n"
        f"SEGMENT = {pprint.pformat(whole, width=110, sort_dicts=False)}\n",
        encoding="utf-8",
    )


def choose_threshold(digests: list, which: str) -> tuple[float, dict[float, tuple[float, float]]]:
    """The decision threshold of model `which` with the best boundary F1 (then headline exact)."""
    from wirebrief import segment_model

    importlib.reload(segment_model)
    chosen = getattr(segment_model, which)
    results = {}
    for threshold in THRESHOLDS:
        chosen["threshold"] = threshold
        scores = score_segmentation(digests, wirebrief_split)
        results[threshold] = (round(scores.f1, 4), round(scores.headline_exact, 4))
    return max(results, key=lambda t: results[t]), results


def choose_thresholds(local: dict, whole: dict, digests, trained_on: str) -> tuple[dict, dict]:
    """Choose LOCAL's threshold alone first (the second pass passes every first-pass cut through), then
    SEGMENT's, writing the model after each step; the scores by threshold of each."""
    write_model(local, None, trained_on)
    local["threshold"], local_results = choose_threshold(digests, "LOCAL")
    write_model(local, whole, trained_on)
    whole["threshold"], whole_results = choose_threshold(digests, "SEGMENT")
    write_model(local, whole, trained_on)
    return local_results, whole_results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--seeds", nargs="+", type=int, default=[101, 102, 103, 104, 105, 106])
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--threshold-only", action="store_true", help="keep the weights, choose SEGMENT's threshold again")
    parser.add_argument("--topics", action="store_true", help="fit on topic-chained digests too (see `topic_digests`)")
    parser.add_argument("--cross-validate", action="store_true", help="held-out log loss by page halves; writes nothing")
    args = parser.parse_args()
    if args.cross_validate:
        cross_validate(args.paths, args.seeds, args.l2)
        return
    if args.threshold_only:
        from wirebrief import segment_model

        local, whole = segment_model.LOCAL, segment_model.SEGMENT
        trained_on = segment_model.__doc__.split("Trained on: ")[1].split(".\n")[0]
        local_results, whole_results = choose_thresholds(local, whole, training_digests(args.paths, args.seeds, topics=False), trained_on)
        print("LOCAL threshold", local["threshold"], local_results)
        print("SEGMENT threshold", whole["threshold"], whole_results)
        return
    trained_on = (f"digests built from {', '.join(p.name for p in args.paths)} with seeds {args.seeds} "
                  f"(and {'topic-chained and ' if args.topics else ''}briefs digests with seeds {args.seeds[:BRIEF_SEEDS]})")
    digests = training_digests(args.paths, args.seeds, topics=args.topics)

    local = fit_ensemble(*training_rows(digests, whole_stories=False), l2=args.l2)
    whole = fit_ensemble(*training_rows(digests, whole_stories=True), l2=args.l2)
    # thresholds on the plain digests: topic-chained ones are for fitting only
    local_results, whole_results = choose_thresholds(local, whole, training_digests(args.paths, args.seeds, topics=False), trained_on)
    for name, model, results in (("LOCAL", local, local_results), ("SEGMENT", whole, whole_results)):
        print(f"{name}: {model['rows']} candidates, {model['positives']} story starts, accuracy {model['accuracy']}, "
              f"threshold {model['threshold']}")
        print("  (boundary F1, headline exact) by threshold:", results)


if __name__ == "__main__":
    main()
