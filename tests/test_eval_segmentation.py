from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from wirebrief.evaluation.segmentation import (
    FLOOR_LINE,
    build_digests,
    evaluate,
    format_report,
    headline_from_url,
    naive_split,
    paragraphs_from_text,
    score_segmentation,
)

EVAL_DIR = Path(__file__).parents[2] / "shared" / "eval"
CNNDM = EVAL_DIR / "cnndm_dev.jsonl"
needs_cnndm = pytest.mark.skipif(not CNNDM.exists(), reason=f"{CNNDM} not present")

DM_URL = ("http://web.archive.org/web/20150403223948id_/http://www.dailymail.co.uk/sport/football/"
          "article-3023941/Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html")
CNN_INDEX_URL = ("http://web.archive.org/web/20150505001344id_/http://edition.cnn.com/2015/04/29/"
                 "world/space-russian-cargo-ship/index.html")
CNN_SLASH_URL = ("http://web.archive.org/web/20150722034343id_/http://www.cnn.com/2015/04/08/us/"
                 "feat-nasa-scientist-alien-life/")


def _rows(n: int = 12) -> list[dict]:
    """Small hand-made rows shaped like cnndm_dev.jsonl (one long line of text per article)."""
    rows = []
    for i in range(n):
        sentences = [f"Story {i} sentence {j} says Maria Lopez met officials in Leeds." for j in range(9)]
        rows.append({
            "id": str(i),
            "url": f"http://www.dailymail.co.uk/news/article-{1000 + i}/Story-number-{i}-about-Leeds-council.html",
            "article": " ".join(sentences),
        })
    return rows


def _perfect(digests):
    by_text = {d.text: [SimpleNamespace(title=s.title, text=s.text) for s in d.stories] for d in digests}
    return lambda text: by_text[text]


# --- headlines ----------------------------------------------------------------------------------

def test_headline_from_daily_mail_url():
    assert headline_from_url(DM_URL) == "Gary Locke set confirmed permanent Kilmarnock manager"


def test_headline_from_cnn_urls_uses_the_slug_before_index_html():
    assert headline_from_url(CNN_INDEX_URL) == "Space russian cargo ship"
    assert headline_from_url(CNN_SLASH_URL) == "Nasa scientist alien life"  # "feat" tag dropped


def test_headline_keeps_capitalised_words_and_rejoins_apostrophes():
    url = "http://www.dailymail.co.uk/news/article-1/Let-s-not-fly-world-s-longest-kite-Bid-scuppered.html"
    assert headline_from_url(url) == "Let's not fly world's longest kite Bid scuppered"
    url = "http://www.dailymail.co.uk/news/article-2/Gunman-wounds-guard-outside-U-S-Census-Bureau.html"
    assert headline_from_url(url) == "Gunman wounds guard outside US Census Bureau"
    assert headline_from_url("http://www.dailymail.co.uk/news/article-3023941/") is None


@needs_cnndm
def test_every_url_in_the_dev_set_gives_a_headline():
    rows = [json.loads(line) for line in CNNDM.read_text(encoding="utf-8").splitlines()]
    headlines = [headline_from_url(row["url"]) for row in rows]
    assert all(h and not h[0].islower() and len(h.split()) >= 2 for h in headlines)
    by_url = dict(zip((row["url"] for row in rows), headlines))
    cnn = [u for u in by_url if "cnn.com" in u and u.endswith("/index.html")]
    assert cnn and all("index" not in by_url[u].lower() for u in cnn)


# --- digests ------------------------------------------------------------------------------------

def test_paragraphs_hold_one_to_three_sentences_and_keep_all_text():
    import random

    text = " ".join(f"Sentence number {i} is here." for i in range(20))
    paragraphs = paragraphs_from_text(text, random.Random(1))
    assert " ".join(paragraphs) == text
    assert all(1 <= p.count(".") <= 3 for p in paragraphs)
    assert len(paragraphs) < 20  # some paragraphs hold more than one sentence


def test_build_digests_is_deterministic_and_seed_dependent():
    rows = _rows(30)
    first, again, other = build_digests(rows, seed=13), build_digests(rows, seed=13), build_digests(rows, seed=14)
    assert [d.text for d in first] == [d.text for d in again]
    assert [d.text for d in first] != [d.text for d in other]


def test_digest_structure_boundaries_and_clutter():
    digests = build_digests(_rows(30), seed=13)
    assert digests
    for digest in digests:
        lines = digest.text.split("\n")
        assert 3 <= len(digest.stories) <= 8
        assert [lines[i] for i in digest.boundaries] == list(digest.headlines)
        assert digest.boundaries[0] == 0
        assert all(lines[i - 1] == "" and lines[i + 1] == "" for i in digest.boundaries[1:])
        assert digest.clutter_lines
        for line in digest.clutter_lines:
            assert line in lines
            assert line not in digest.headlines
        for story, start in zip(digest.stories, digest.boundaries):
            # the first paragraph comes right after the headline: no clutter before it
            assert lines[start + 2] == story.paragraphs[0]
            assert all(p in lines for p in story.paragraphs)


@needs_cnndm
def test_dev_set_digests_have_varied_clutter_at_every_story():
    rows = [json.loads(line) for line in CNNDM.read_text(encoding="utf-8").splitlines()]
    digests = build_digests(rows, seed=13)
    assert sum(len(d.stories) for d in digests) >= len(rows) - 2
    assert all(3 <= len(d.stories) <= 8 for d in digests)
    clutter = [line for d in digests for line in d.clutter_lines]
    assert len(clutter) >= len(rows)
    for marker in ["Recommended Stories", "itemsend of list", "REUTERS/", "Photograph: ", "Image source, ",
                   "(AP Photo/", "/ AFP)", "READ MORE: "]:
        assert any(marker in line for line in clutter), marker


# --- scoring ------------------------------------------------------------------------------------

def test_perfect_prediction_scores_one():
    digests = build_digests(_rows(20), seed=3)
    scores = score_segmentation(digests, _perfect(digests))
    assert scores.f1 == scores.precision == scores.recall == 1.0
    assert scores.clutter_removed == 1.0
    assert scores.headline_exact == 1.0 and scores.body_recall == 1.0
    assert scores.true_boundaries == sum(len(d.stories) for d in digests)


def test_merging_two_stories_lowers_recall_not_precision():
    digests = build_digests(_rows(8), seed=3)[:1]
    stories = digests[0].stories
    merged = SimpleNamespace(title=stories[0].title, text=stories[0].text + "\n\n" + stories[1].text)
    prediction = [merged] + [SimpleNamespace(title=s.title, text=s.text) for s in stories[2:]]
    scores = score_segmentation(digests, lambda text: prediction)
    assert scores.precision == 1.0
    assert scores.recall == pytest.approx((len(stories) - 1) / len(stories))
    assert scores.f1 < 1.0
    assert scores.headline_exact == pytest.approx((len(stories) - 1) / len(stories))
    assert scores.body_recall == 1.0


def test_kept_clutter_and_dropped_paragraphs_are_counted():
    digest = build_digests(_rows(8), seed=3)[0]
    kept = digest.clutter_lines[0]
    prediction = [SimpleNamespace(title=s.title, text=s.text) for s in digest.stories]
    prediction[0] = SimpleNamespace(title=prediction[0].title, text=prediction[0].text + "\n\n" + kept)
    prediction[1] = SimpleNamespace(title=prediction[1].title, text="\n\n".join(digest.stories[1].paragraphs[1:]))
    scores = score_segmentation([digest], lambda text: prediction)
    assert scores.clutter_kept == 1  # only the one occurrence that was kept, even if the line repeats
    assert scores.clutter_removed == pytest.approx(1 - 1 / len(digest.clutter_lines))
    assert scores.body_recall == pytest.approx(1 - 1 / sum(len(s.paragraphs) for s in digest.stories))
    assert scores.f1 == 1.0


def test_unfound_or_extra_titles_are_false_boundaries():
    digest = build_digests(_rows(8), seed=3)[0]
    prediction = [SimpleNamespace(title=s.title, text=s.text) for s in digest.stories]
    prediction.insert(1, SimpleNamespace(title="A headline that is not in the digest", text=""))
    prediction.insert(2, SimpleNamespace(title=digest.clutter_lines[0], text=""))  # a clutter line as a title
    scores = score_segmentation([digest], lambda text: prediction)
    assert scores.recall == 1.0
    assert scores.predicted_boundaries == len(digest.stories) + 2
    assert scores.precision == pytest.approx(len(digest.stories) / (len(digest.stories) + 2))
    assert scores.clutter_removed < 1.0


# --- baseline and report ------------------------------------------------------------------------

SMALL_DIGEST = """First story headline here

The first story begins with a full sentence.

Recommended Stories

list of 3 itemsend of list

It goes on for another sentence.

Second story headline

The second story has one paragraph.
A caption line [Roman Pilipey/AFP]"""


def test_naive_split_starts_stories_at_short_unpunctuated_lines_and_keeps_clutter():
    articles = naive_split(SMALL_DIGEST)
    assert [a.title for a in articles] == [
        "First story headline here", "Recommended Stories", "list of 3 itemsend of list", "Second story headline",
    ]
    assert articles[0].text == "The first story begins with a full sentence."
    assert articles[2].text == "It goes on for another sentence."
    assert articles[3].text == "The second story has one paragraph.\nA caption line [Roman Pilipey/AFP]"


def test_naive_baseline_is_imperfect_on_built_digests():
    digests = build_digests(_rows(20), seed=5)
    scores = score_segmentation(digests, naive_split)
    assert scores.recall == 1.0  # every synthetic headline here is short and unpunctuated
    assert scores.clutter_removed < 0.5


def test_evaluate_and_report(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in _rows(16)), encoding="utf-8")
    digests = build_digests(_rows(16), seed=13)
    result = evaluate(path, _perfect(digests), seed=13)
    assert result["digests"] == len(digests)
    assert result["articles"] == sum(len(d.stories) for d in digests)
    assert result["systems"]["wirebrief"]["f1"] == 1.0
    assert result["systems"]["naive baseline"]["clutter_removed"] < 1.0
    assert result["meets_floor"] is True
    report = format_report(result)
    assert FLOOR_LINE in report
    lines = report.splitlines()
    wirebrief_row = next(line for line in lines if line.startswith("wirebrief"))
    baseline_row = next(line for line in lines if line.startswith("naive baseline"))
    assert "1.000" in wirebrief_row and len(wirebrief_row) == len(baseline_row)


@needs_cnndm
@pytest.mark.parametrize("seed", [13, 7])
def test_wirebrief_segmenter_meets_the_floor_on_the_dev_set(seed):
    """The issue's floor: boundary F1 >= 0.95 and clutter removed >= 0.98 (seed 13 is the reported run;
    another seed guards against a segmenter that only suits one draw of digests)."""
    scores = evaluate(CNNDM, seed=seed)["systems"]["wirebrief"]
    assert scores["f1"] >= 0.95
    assert scores["clutter_removed"] >= 0.98
