from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from wirebrief.evaluation.segmentation import (
    FLOOR_LINE,
    SourceArticle,
    build_digests,
    evaluate,
    format_report,
    headline_from_url,
    load_source,
    naive_split,
    page_headline,
    paragraphs_from_text,
    plain_line,
    score_segmentation,
    source_digests,
)

EVAL_DIR = Path(__file__).parents[2] / "shared" / "eval"
CNNDM = EVAL_DIR / "cnndm_dev.jsonl"
ANNOTATED = EVAL_DIR / "annotated_dev.jsonl"
EXTRACTION = EVAL_DIR / "extraction"
needs_cnndm = pytest.mark.skipif(not CNNDM.exists(), reason=f"{CNNDM} not present")
needs_sources = pytest.mark.skipif(not (CNNDM.exists() and ANNOTATED.exists() and EXTRACTION.exists()),
                                   reason=f"the three sources are not all in {EVAL_DIR}")

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
        assert [plain_line(lines[i]) for i in digest.boundaries] == list(digest.headlines)
        assert all(lines[i - 1] == "" and lines[i + 1] == "" for i in digest.boundaries if i)
        assert all(line in digest.clutter_lines for line in lines[: digest.boundaries[0]] if line)  # a contents list
        assert digest.clutter_lines
        for line in digest.clutter_lines:
            assert line in lines
            assert line not in digest.headlines
        for story, start in zip(digest.stories, digest.boundaries):
            # the first paragraph comes after the headline, with at most a byline between them
            between = [line for line in lines[start + 1 : lines.index(story.paragraphs[0], start)] if line]
            assert len(between) <= 1 and all(line in digest.clutter_lines for line in between)
            assert all(p in lines for p in story.paragraphs)


def test_paste_styles_vary_between_digests():
    """Markdown and bold headlines, separators, labels, bylines, datelines and contents lists all occur."""
    digests = build_digests(_rows(400), seed=13)
    text = "\n".join(d.text for d in digests)
    clutter = {line for d in digests for line in d.clutter_lines}
    assert "\n## Story number" in text and "\n**Story number" in text
    assert clutter & {"***", "—", "---", "* * *", "___", "•••"}
    assert any(line.startswith("By ") for line in clutter)
    assert any(line.startswith("1. Story number") for line in clutter)  # a numbered contents list
    assert " -- Story" in text or " — Story" in text  # a dateline opening a first paragraph
    assert any(line in clutter for line in ("WORLD", "Politics", "BUSINESS", "Sport"))


def test_lines_without_letters_are_neither_story_nor_clutter():
    article = SourceArticle("Storm closes schools", ("Heavy snow closed 200 schools.", "___", "More snow is due on Friday."))
    other = [SourceArticle(f"Other story {i}", (f"Paragraph {i} of another story.",)) for i in range(3)]
    digest = next(d for d in build_digests([article, *other], seed=1) if any(s.title == article.title for s in d.stories))
    story = next(s for s in digest.stories if s.title == article.title)
    assert story.paragraphs == ("Heavy snow closed 200 schools.", "More snow is due on Friday.")
    assert "___" in digest.text.split("\n")


def test_plain_line_strips_headline_markup():
    assert plain_line("## Rail strike called off") == "Rail strike called off"
    assert plain_line("**Rail strike called off**") == "Rail strike called off"
    assert plain_line("  Rail strike called off ") == "Rail strike called off"


def test_page_headline_prefers_the_h1_the_title_agrees_with():
    html = ("<html><head><title>Dam bursts in the north - The Courier</title>"
            '<meta property="og:title" content="Dam bursts in the north"></head>'
            "<body><h1>Menu</h1><h1>Dam bursts in the north</h1></body></html>")
    assert page_headline(html) == "Dam bursts in the north"
    # Without an <h1> to agree with: the longest part of the <title> (site names and sections are short).
    assert page_headline("<title>Dam bursts in the north | The Courier</title>") == "Dam bursts in the north"
    assert page_headline("<title>Opinion | Why the dam burst in the north</title>") == "Why the dam burst in the north"


def test_load_source_tells_the_three_kinds_apart(tmp_path):
    annotated = tmp_path / "annotated.jsonl"
    annotated.write_text(json.dumps({"id": "1", "title": "A title here", "text": "A title here\nFirst line.\n\nSecond line."}))
    name, articles = load_source(annotated)
    assert name == "annotated" and articles == [SourceArticle("A title here", ("First line.", "Second line."), None)]
    cnndm = tmp_path / "cnndm.jsonl"
    cnndm.write_text("\n".join(json.dumps(row) for row in _rows(3)))
    assert load_source(cnndm)[0] == "cnndm"
    folder = tmp_path / "extraction"
    (folder / "html").mkdir(parents=True)
    (folder / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": "Body one.\nBody two.", "url": "u"}}))
    import gzip

    (folder / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<title>Page headline - Site</title>"))
    assert load_source(folder) == ("extraction", [SourceArticle("Page headline", ("Body one.", "Body two."), "u")])


@needs_cnndm
def test_dev_set_digests_have_varied_clutter_at_every_story():
    rows = [json.loads(line) for line in CNNDM.read_text(encoding="utf-8").splitlines()]
    digests = build_digests(rows, seed=13)
    assert sum(len(d.stories) for d in digests) >= len(rows) - 2
    assert all(3 <= len(d.stories) <= 8 for d in digests)
    clutter = [line for d in digests for line in d.clutter_lines]
    assert len(clutter) >= len(rows)
    for marker in ["Recommended Stories", "itemsend of list", "REUTERS/", "Photograph: ", "Image source, ",
                   "(AP Photo/", "/ AFP)", "READ MORE: ", "Credit...", "Share on", "Related", "Advertisement"]:
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
    _, passes, digests = source_digests(path, seed=13)
    assert passes == 13  # 16 articles pasted again until 200 stories
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


# Per source: the floors are boundary F1 >= 0.97, headline exact >= 0.95, clutter removed >= 0.99,
# body recall >= 0.98.  The models were trained on extraction digests (other seeds); annotated and cnndm
# are unseen.  Where a source is not yet at the floor, the test holds the level reached (README).
LEVELS = {
    "annotated": {"f1": 0.97, "headline_exact": 0.94, "clutter_removed": 0.99, "body_recall": 0.99},  # headline exact below the floor
    "extraction": {"f1": 0.97, "headline_exact": 0.95, "clutter_removed": 0.99, "body_recall": 0.98},
    "cnndm": {"f1": 0.97, "headline_exact": 0.95, "clutter_removed": 0.99, "body_recall": 0.98},
}


@needs_sources
@pytest.mark.parametrize("path", [ANNOTATED, EXTRACTION, CNNDM], ids=["annotated", "extraction", "cnndm"])
def test_wirebrief_segmenter_holds_its_level_on_each_source(path):
    result = evaluate(path, seed=13)
    ours, naive = result["systems"]["wirebrief"], result["systems"]["naive baseline"]
    for key, level in LEVELS[result["source"]].items():
        assert ours[key] >= level, (result["source"], key, ours[key])
    assert ours["f1"] > naive["f1"] + 0.4


@needs_cnndm
def test_wirebrief_segmenter_meets_the_floor_on_cnndm_with_another_seed():
    """Another draw of digests guards against a segmenter that only suits seed 13."""
    scores = evaluate(CNNDM, seed=7)["systems"]["wirebrief"]
    assert scores["f1"] >= 0.97 and scores["headline_exact"] >= 0.95
    assert scores["clutter_removed"] >= 0.99 and scores["body_recall"] >= 0.98


def test_the_report_says_which_source_the_model_was_trained_on():
    from wirebrief.evaluation.segmentation import training_sources

    assert training_sources() == ["extraction"]
    result = {"source": "extraction", "path": "../shared/eval/extraction", "role": "tuned", "seed": 13, "digests": 1,
              "articles": 3, "clutter_lines": 0, "meets_floor": True,
              "systems": {"wirebrief": dict.fromkeys(["precision", "recall", "f1", "median_f1", "clutter_removed",
                                                      "headline_exact", "body_recall", "seconds"], 1.0)}}
    assert "TUNED ON: the boundary model was trained on other digests" in format_report(result).split("\n")[0]


def test_cli_eval_segment_reports_each_source_given(tmp_path):
    from typer.testing import CliRunner

    from wirebrief.cli._app import app
    import wirebrief.cli.evaluate  # noqa: F401  (registers the eval commands)

    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(json.dumps(row) for row in _rows(12)), encoding="utf-8")
    annotated = tmp_path / "real.jsonl"
    annotated.write_text("\n".join(json.dumps({"id": str(i), "title": f"Harbour wall story number {i} is approved",
                                               "text": f"Paragraph one of story {i} about the harbour wall.\nParagraph two."})
                                   for i in range(6)), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "segment", str(annotated), str(rows), "--seed", "3"])
    assert result.exit_code == (4 if "wirebrief is BELOW it" in result.output else 0), result.output  # 4: below the floor
    assert result.stdout.startswith("annotated: real.jsonl (seed 3")
    assert result.stdout.count("UNSEEN: nothing was tuned or trained on it") == 2  # neither is the training source
    assert "\ncnndm: rows.jsonl (seed 3" in result.stdout
    assert result.stdout.count("naive baseline") == 2 and result.stdout.count(FLOOR_LINE) == 2  # stderr: progress
    missing = CliRunner().invoke(app, ["eval", "segment", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1
