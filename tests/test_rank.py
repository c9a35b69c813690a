"""The learned Story ranker (wirebrief.rank) and its cross-validated evaluation."""

from __future__ import annotations

import numpy as np
import pytest

from wirebrief import rank
from wirebrief.evaluation import summaries

ARTICLE = [
    "The city council approved a new budget for the harbour on Tuesday after a long debate.",
    "The budget doubles spending on harbour repairs and dredging over the next three years.",
    "He said it was a good day for everyone who works along the water in the old town.",
    "Critics of the harbour budget said the council had ignored the cost of flood defences.",
    "A spokesman for the mayor declined to comment on the vote when asked about it later.",
]


def test_features_one_row_per_sentence_with_position_and_leaning_pronoun():
    rows = rank.features(ARTICLE)
    assert rows.shape == (5, len(rank.FEATURES))
    column = {name: i for i, name in enumerate(rank.FEATURES)}
    assert rows[0, column["first"]] == 1 and rows[1, column["first"]] == 0
    assert rows[2, column["leans on context"]] == 1 and rows[0, column["leans on context"]] == 0
    # words the article repeats ("budget", "harbour", "council") make a sentence central
    assert rows[0, column["centrality"]] > rows[4, column["centrality"]]


def test_fit_learns_which_feature_matters_and_round_trips():
    rng = np.random.default_rng(0)
    examples = []
    for _ in range(40):
        rows = rank.features(list(rng.permutation(ARTICLE)))
        column = rank.FEATURES.index("number")
        rows[:, column] = rng.integers(0, 2, len(rows))
        examples.append((rows, rows[:, column] * 2.0 + 0.1))  # the target depends on one feature only
    ranker = rank.fit(examples, ridge=0.01)
    rows = examples[0][0]
    assert np.allclose(ranker.score(rows), rows[:, rank.FEATURES.index("number")] * 2.0 + 0.1, atol=1e-3)
    assert rank.Ranker.from_dict(ranker.to_dict()) == ranker
    with pytest.raises(ValueError):
        rank.Ranker.from_dict({**ranker.to_dict(), "features": ["bias"]})


def test_pick_keeps_budget_limit_order_and_drops_repeats():
    sentences = [*ARTICLE, "The council approved a new harbour budget on Tuesday after a debate."]
    scores = [5, 1, 2, 3, 0, 4]  # the repeat of the first sentence scores second best
    assert rank.pick(sentences, scores, budget=85, limit=3, overlap=0.5) == [0, 2, 3]  # article order, repeat skipped
    assert rank.pick(sentences, scores, budget=20, limit=3, overlap=0.5) == [0]  # nothing else fits in 20 words
    assert rank.pick(sentences, scores, budget=85, limit=1, overlap=0.5) == [0]


def test_learned_stories_pick_what_the_other_folds_reward():
    # every row rewards the fourth sentence: weights fitted on the other folds pick it for each row
    rows = [{"id": str(i), "article": " ".join(ARTICLE), "reference": ARTICLE[3]} for i in range(10)]
    stories = summaries.learned_stories(rows, [ARTICLE] * 10)
    assert len(stories) == 10 and all(ARTICLE[3] in story for story in stories)
