"""Measure digest segmentation on synthetic digests built from three sources of different style.

`wirebrief eval segment` pastes 3-8 articles one after another the way users paste a news digest
(headline line, blank line, paragraphs separated by blank lines).  The sources, reported apart:
- `annotated_dev.jsonl`: real 2023 articles from about 40 sites, title and body as published, with
  their subheadings, lists, Q&A lines and one-line quote paragraphs;
- `extraction/`: 181 real pages of the article-extraction benchmark, the human-checked body
  (subheadings, lists and tweet lines kept) under the page's own headline (its <h1> or <title>);
- `cnndm_dev.jsonl`: CNN/DailyMail articles (headline from the URL, paragraphs of 1-3 sentences).
Between paragraphs goes clutter of many site styles (photo captions with credits, "Recommended
Stories", related-story boxes, newsletter and subscription boxes, "READ MORE: ...", share buttons,
ads, video blocks), and each digest is pasted in one style of newsletters and apps: markdown or bold
headlines, separators ("***", "—") between stories, section labels above headlines, bylines, datelines
("ATLANTA --") opening the first paragraph, a numbered list of the stories at the top.  Everything is
drawn from one `random.Random(seed)`, so the same seed always gives the same digests.

Figures per system:
- boundary precision / recall / F1, micro-averaged over digests (plus the median per-digest F1):
  a predicted boundary is the line index of a predicted article's title in the digest;
- clutter removed: share of inserted clutter lines that appear in no predicted title or text;
- headline exact: share of true stories whose predicted article (the one holding most of the
  story's paragraphs) has exactly the true headline as its title;
- body recall: share of true body paragraphs found in some predicted article's text: verbatim, or
  with at most a tenth of its words cut and the rest in order (a source body holds furniture of its
  own, "Scroll down for video", "X contributed to this report", which a clean article rightly loses).
"""

from __future__ import annotations

import gzip
import json
import math
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from wirebrief.models import Article, Document, content_id

FLOORS = {"f1": 0.97, "headline_exact": 0.95, "clutter_removed": 0.99, "body_recall": 0.98}
FLOOR_LINE = "floor per source: boundary F1 ≥ 0.97, headline exact ≥ 0.95, clutter removed ≥ 0.99, body recall ≥ 0.98"
MIN_STORIES = 200  # a smaller source is pasted again in other digests (other neighbours, clutter, styles)


class ArticleLike(Protocol):
    title: str
    text: str


Splitter = Callable[[str], Sequence[ArticleLike]]


@dataclass(frozen=True)
class Story:
    """One true story of a digest: its headline and its clean body paragraphs."""

    title: str
    paragraphs: tuple[str, ...]
    url: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Digest:
    text: str
    stories: tuple[Story, ...]
    boundaries: tuple[int, ...]  # line index (into text.split("\n")) of each story's headline
    clutter_lines: tuple[str, ...]  # every inserted clutter line, in order (repeats kept)

    @property
    def headlines(self) -> tuple[str, ...]:
        return tuple(story.title for story in self.stories)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    median_f1: float  # median over digests of the per-digest boundary F1
    clutter_removed: float
    headline_exact: float
    body_recall: float
    true_boundaries: int
    predicted_boundaries: int
    correct_boundaries: int
    clutter_lines: int
    clutter_kept: int
    paragraphs: int
    paragraphs_found: int
    seconds: float = 0.0


# ---------------------------------------------------------------------------------------------
# Headlines from URLs

_APOSTROPHE_SUFFIXES = {"s", "t", "re", "ve", "ll", "m", "d"}


def headline_from_url(url: str) -> str | None:
    """A sentence-case headline from the URL's slug, or None when the URL carries no slug.

    Daily Mail: `.../article-3023941/Gary-Locke-set-confirmed-permanent-Kilmarnock-manager.html`
    gives "Gary Locke set confirmed permanent Kilmarnock manager".  CNN: the path segment before
    `index.html` (or the last one), e.g. `.../2015/04/08/us/feat-nasa-scientist-alien-life/`.
    Words capitalised in the slug are kept as they are; `world-s` becomes "world's",
    `O-Neill` "O'Neill", `U-S` "US", `5-000` "5,000".
    """
    segments = [s for s in urlsplit(url.strip()).path.split("/") if s]
    if segments and segments[-1].lower().startswith("index."):
        segments.pop()
    if not segments:
        return None
    slug = re.sub(r"\.html?$", "", segments[-1], flags=re.IGNORECASE)
    if re.fullmatch(r"(article-)?\d+", slug, flags=re.IGNORECASE):
        return None
    tokens = [t for t in re.split(r"[-_+]+", slug) if t and t.lower() != "feat"]  # CNN "feat" tag

    words: list[str] = []
    previous = ""
    for token in tokens:
        if words and token in _APOSTROPHE_SUFFIXES and words[-1][-1].isalpha():
            words[-1] += "'" + token
        elif words and words[-1] == "O" and token[:1].isupper():
            words[-1] = "O'" + token
        elif words and re.fullmatch(r"[A-Z]", token) and re.fullmatch(r"[A-Z]", previous):
            words[-1] += token  # U-S -> US
        elif words and re.fullmatch(r"\d{3}", token) and re.fullmatch(r"\d{1,3}(,\d{3})*", words[-1]):
            words[-1] += "," + token  # 5-000 -> 5,000
        else:
            words.append(token if any(c.isupper() for c in token) else token.lower())
        previous = token
    if not any(re.search(r"[A-Za-z]{2}", w) for w in words):
        return None
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
# Sources: articles with a true headline and their body paragraphs

@dataclass(frozen=True)
class SourceArticle:
    """One article to paste: its headline and its body paragraphs as published."""

    title: str
    paragraphs: tuple[str, ...]
    url: str | None = None


def load_rows(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def split_sentences(text: str) -> list[str]:
    """Rough sentences of one article (whitespace, non-breaking spaces included, collapsed)."""
    text = re.sub(r"\s+", " ", text).strip()
    return [s for s in _SENTENCE_BREAK.split(text) if s]


def paragraphs_from_text(text: str, rng: random.Random) -> list[str]:
    """Cut one long article line into paragraphs of 1-3 sentences."""
    sentences = split_sentences(text)
    paragraphs, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + n]))
        i += n
    return paragraphs


CLEANED_MAX_CUT = 0.1  # share of a true paragraph's words a predicted line may have cut and still be it


def _found_cleaned(paragraph: str, lines: set[str]) -> bool:
    """Whether some line is the paragraph with at most CLEANED_MAX_CUT of its words cut, the rest in order."""
    words = paragraph.split()
    for line in lines:
        kept = line.split()
        if not kept or len(kept) > len(words) or len(kept) < (1 - CLEANED_MAX_CUT) * len(words):
            continue
        remaining = iter(words)
        if all(word in remaining for word in kept):  # a subsequence of the paragraph's words
            return True
    return False


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _body_lines(text: str) -> tuple[str, ...]:
    return tuple(_one_line(line) for line in (text or "").split("\n") if line.strip())


def cnndm_articles(rows: Iterable[dict[str, Any]], rng: random.Random) -> list[SourceArticle]:
    """CNN/DailyMail rows: the headline comes from the URL's slug, the one-line text is cut into
    paragraphs of 1-3 sentences.  Rows whose URL gives no headline are skipped."""
    articles = []
    for row in rows:
        title = headline_from_url(row.get("url") or "")
        if title and (row.get("article") or "").strip():
            articles.append(SourceArticle(title, tuple(paragraphs_from_text(row["article"], rng)), row.get("url")))
    return articles


def annotated_articles(rows: Iterable[dict[str, Any]]) -> list[SourceArticle]:
    """Real articles with their title and the body as published (one paragraph a line)."""
    articles = []
    for row in rows:
        title, paragraphs = _one_line(row.get("title") or ""), _body_lines(row.get("text") or "")
        if paragraphs and _norm(paragraphs[0]) == _norm(title):
            paragraphs = paragraphs[1:]
        if title and paragraphs:
            articles.append(SourceArticle(title, paragraphs, row.get("url")))
    return articles


def extraction_articles(folder: str | Path) -> list[SourceArticle]:
    """The article-extraction benchmark's pages: the human-checked body from ground-truth.json (it
    keeps the pages' subheadings, lists and tweet lines) and the page's headline from its HTML."""
    folder = Path(folder)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    articles = []
    for page_id in sorted(truth):
        html_path = folder / "html" / f"{page_id}.html.gz"
        if not html_path.exists():
            continue
        title = page_headline(gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace"))
        paragraphs = _body_lines(truth[page_id].get("articleBody") or "")
        if paragraphs and _norm(paragraphs[0]) == _norm(title or ""):
            paragraphs = paragraphs[1:]
        if title and paragraphs:
            articles.append(SourceArticle(title, paragraphs, truth[page_id].get("url")))
    return articles


def page_headline(html: str) -> str | None:
    """A page's headline: its <h1> when the <title> or og:title agrees with it, else the <title>
    (or og:title) without the site's name after " | ", " - " or " – "."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    h1s = [_one_line(h.text_content()) for h in tree.iter("h1")]
    titles = [_one_line(t.text_content()) for t in tree.iter("title")][:1]
    titles += [_one_line(m.get("content") or "") for m in tree.iter("meta") if m.get("property") == "og:title"]
    titles = [t for t in titles if t]
    for h1 in h1s:
        if len(h1.split()) >= 2 and any(_norm(h1)[:30] in _norm(t) for t in titles):
            return h1
    for title in titles:
        parts = [p for p in re.split(r"\s+(?:\||-|–|—|::)\s+", title) if p.strip()]
        best = max(parts, key=len) if parts else ""
        if len(best.split()) >= 2:
            return best
    return None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def load_source(path: str | Path, seed: int = 13) -> tuple[str, list[SourceArticle]]:
    """Name and articles of one source: a folder with ground-truth.json (extraction pages), a JSONL
    of rows with `title` and `text` (real articles), or a JSONL of rows with `article` and `url`
    (CNN/DailyMail)."""
    path = Path(path)
    if path.is_dir():
        return "extraction", extraction_articles(path)
    rows = load_rows(path)
    if rows and "title" in rows[0] and "text" in rows[0]:
        return "annotated", annotated_articles(rows)
    return "cnndm", cnndm_articles(rows, random.Random(seed))


# ---------------------------------------------------------------------------------------------
# Clutter: site furniture between paragraphs

# A sentence ends at . ! ? (optionally followed by a closing quote) before a capital or a digit.
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'’”]))\s+(?=[\"'‘“(\[]?[A-Z0-9])")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")
_NOT_A_NAME = {
    "A", "An", "After", "And", "As", "At", "But", "During", "For", "He", "Her", "His", "I", "If",
    "In", "It", "Its", "On", "She", "So", "That", "The", "Their", "There", "These", "They",
    "This", "Those", "To", "We", "When", "While", "With", "You", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Dr", "Sir",
    "President", "Prime", "Former", "Yesterday", "Today", "Last", "New",
}

_FIRST_NAMES = [
    "Roman", "Sarah", "Ahmad", "Maria", "Kevin", "Yuki", "Olivier", "Hannah", "Mohammed", "Lucy",
    "Gleb", "Carlos", "Aurelien", "Jessica", "Daniel", "Amr", "Fiona", "Tom", "Ana", "Jacquelyn",
]
_LAST_NAMES = [
    "Pilipey", "Meyssonnier", "Garanich", "Nasr", "Lamarque", "Reid", "Abdallah", "Martin",
    "Hanna", "Dunham", "Kelly", "Barria", "Rourke", "Chernov", "Fernandez", "Nicholson",
    "Sullivan", "Pearce", "Walsh", "Okafor",
]
_PLACES = [
    "London", "Washington", "Paris", "Manchester", "New York", "Glasgow", "Sydney", "Brussels",
    "Los Angeles", "Berlin", "Kathmandu", "Chicago", "Madrid", "Liverpool", "Dublin",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["March", "April", "May"]
_CAPTION_TEMPLATES = [  # the styles add the date or day
    "{name} speaks to reporters in {place}",
    "{name} arrives for a meeting in {place}",
    "{name} (centre) during a press conference in {place}",
    "{name} leaves the building in {place}",
    "{name} pictured at an event in {place}",
    "{name} waves to supporters in {place}",
    "{name} looks on during a visit to {place}",
]
_GENERIC_SUBJECTS = ["A supporter", "A police officer", "A local resident", "A spokesman", "A member of the public"]
_AGENCIES = ["Getty Images", "AP", "Reuters", "EPA", "PA", "AFP/Getty Images", "Shutterstock"]
_OUTLETS = ["The Courier", "Daily Herald", "the Tribune", "The Morning Post", "Metro Desk", "the Gazette"]


@dataclass(frozen=True)
class _Context:
    sentences: tuple[str, ...]  # plain sentences fit for a caption: no quotes, 6-30 words
    names: tuple[str, ...]
    other_headlines: tuple[str, ...]


def _photographer(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)


def _date(rng: random.Random) -> str:
    return f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, 2015"


def _caption(rng: random.Random, ctx: _Context) -> str:
    """A plausible caption (no final full stop): an article sentence or a template with a name."""
    if ctx.sentences and rng.random() < 0.4:
        return rng.choice(ctx.sentences)[:-1]
    name = rng.choice(ctx.names) if ctx.names else rng.choice(_GENERIC_SUBJECTS)
    return rng.choice(_CAPTION_TEMPLATES).format(name=name, place=rng.choice(_PLACES))


def _other_headline(rng: random.Random, ctx: _Context) -> str:
    return rng.choice(ctx.other_headlines) if ctx.other_headlines else "Live updates"


# Each clutter style returns the paragraphs it inserts; a paragraph may hold several lines.
def _aljazeera_recommended(rng: random.Random, ctx: _Context) -> list[str]:
    return ["Recommended Stories", f"list of {rng.choice([3, 3, 4])} itemsend of list"]


def _aljazeera_photo(rng: random.Random, ctx: _Context) -> list[str]:
    first, last = _photographer(rng)
    short = f"{_caption(rng, ctx)}, {_date(rng)[:-6]}"  # "..., April 7"
    if rng.random() < 0.35:  # just the short caption with its bracketed credit
        agency = rng.choice(["AFP", "Reuters", "AP Photo", "File: " + first + " " + last + "/Reuters"])
        credit = agency if agency.startswith("File:") else f"{first} {last}/{agency}"
        return [f"{short} [{credit}]"]
    long = f"{_caption(rng, ctx)} on {_date(rng)}."
    if ctx.sentences and rng.random() < 0.5:
        long += " " + rng.choice(ctx.sentences)
    return [f"{long} (Photo by {first} {last.upper()} / AFP)\n{short} [{first} {last}/AFP]"]


def _reuters(rng: random.Random, ctx: _Context) -> list[str]:
    first, last = _photographer(rng)
    suffix = rng.choice(["", "", "/File Photo"])
    return [f"{_caption(rng, ctx)}, {_date(rng)}. REUTERS/{first} {last}{suffix}"]


def _guardian(rng: random.Random, ctx: _Context) -> list[str]:
    first, last = _photographer(rng)
    when = rng.choice(["", f" on {rng.choice(_DAYS)}", " in 2014"])
    return [f"{_caption(rng, ctx)}{when}. Photograph: {first} {last}/{rng.choice(_AGENCIES)}"]


def _bbc(rng: random.Random, ctx: _Context) -> list[str]:
    source = f"Image source, {rng.choice(['Getty Images', 'Reuters', 'EPA', 'PA Media', 'BBC'])}"
    caption = f"Image caption, {_caption(rng, ctx)}{rng.choice(['', ' on ' + rng.choice(_DAYS)])}"
    return [source, caption] if rng.random() < 0.5 else [source + "\n" + caption]


def _ap(rng: random.Random, ctx: _Context) -> list[str]:
    first, last = _photographer(rng)
    file_note = rng.choice(["", "", ", File"])
    prefix = rng.choice(["", "", "FILE - "])
    return [f"{prefix}{_caption(rng, ctx)}, {_date(rng)}. (AP Photo/{first} {last}{file_note})"]


def _credit_after_caption(rng: random.Random, ctx: _Context) -> list[str]:
    """Captions whose credit follows a label: "Credit...", "Photo:", "(Credit: …)", "| Getty"."""
    first, last = _photographer(rng)
    caption = _caption(rng, ctx)
    return [rng.choice([
        f"{caption}.Credit...{first} {last} for {rng.choice(_OUTLETS)}",
        f"{caption}.Credit...{first} {last}/{rng.choice(_AGENCIES)}",
        f"{caption}. Photo: {first} {last}/{rng.choice(_AGENCIES)}",
        f"{caption} (Credit: {rng.choice(_AGENCIES)})",
        f"{caption} | Photo credit: {first} {last}",
        f"{caption} (Image: {rng.choice(_AGENCIES)})",
        f"{caption}. Picture: {first} {last}",
    ])]


def _advertisement(rng: random.Random, ctx: _Context) -> list[str]:
    return [rng.choice([
        "Advertisement", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
        "Article continues below this ad", "Advertisement - Scroll to continue", "AD", "Sponsored content",
        "SPONSORED", "Ad Feedback", "Continue reading below", "Content continues below",
    ])]


def _read_more(rng: random.Random, ctx: _Context) -> list[str]:
    label = rng.choice(["READ MORE:", "Read more:", "RELATED:", "ALSO READ:", "SEE ALSO:", "WATCH:",
                        "MORE:", "Related:", "Read More |", "READ MORE |", "Also read:", "LISTEN:"])
    return [f"{label} {_other_headline(rng, ctx)}"]


def _related_list(rng: random.Random, ctx: _Context) -> list[str]:
    """A related-stories box: a header and two to four other headlines, one a line."""
    header = rng.choice(["Related Articles", "Related stories", "More on this story", "You may also like",
                         "RELATED COVERAGE", "Read next", "Most read", "Trending now", "More stories",
                         "Related", "MORE FROM NEWS", "Top stories"])
    bullet = rng.choice(["", "", "• ", "- "])
    items = [bullet + _other_headline(rng, ctx) for _ in range(rng.randint(2, 4))]
    return [header + "\n" + "\n".join(items)] if rng.random() < 0.5 else [header, *items]


def _newsletter(rng: random.Random, ctx: _Context) -> list[str]:
    box = rng.choice([
        ["Sign up for our newsletter to get the latest news delivered to your inbox."],
        ["Sign up for our newsletter"],
        ["Sign up for our free daily newsletter, The Morning Briefing"],
        ["Sign up to our Breaking News email, sent out as soon as big stories happen."],
        ["Get the latest news in your inbox", "Enter your email address", "Sign up"],
        ["Newsletter", "Get our best stories every morning.", "Subscribe"],
        ["Thank you for signing up!", "By signing up, you agree to our Terms of Use and Privacy Policy."],
        ["Subscribe to continue reading", "Already a subscriber? Log in"],
        ["Get unlimited digital access for just $1 a week. Subscribe now"],
        ["Enjoying this article? Subscribe for full access."],
    ])
    return box if rng.random() < 0.5 else ["\n".join(box)]


def _social(rng: random.Random, ctx: _Context) -> list[str]:
    if rng.random() < 0.4:  # a row of share buttons, one a line
        buttons = rng.sample(["Share", "Share on Facebook", "Share on X", "Share on Twitter", "Share via Email",
                              "Copy link", "Print", "Email", "WhatsApp", "LinkedIn", "Tweet"], rng.randint(2, 4))
        return ["\n".join(buttons)]
    return [rng.choice([
        "Share this article", "Share this article\nShare", "Share or comment on this article:",
        "Follow us on Twitter", "Follow us on Twitter @MailOnline", "Follow us on Facebook and Twitter",
        "Share this story", "Download the app for the latest news", "Comments", "Join the conversation",
        "View comments", f"{rng.randint(2, 400)} comments", "Leave a comment",
    ])]


def _video(rng: random.Random, ctx: _Context) -> list[str]:
    minutes, seconds = rng.randint(0, 4), rng.randint(10, 59)
    return [rng.choice([
        f"Video Duration {minutes:02d} minutes {seconds} seconds\n{minutes:02d}:{seconds}",
        f"Video Duration {minutes:02d} minutes {seconds} seconds {minutes:02d}:{seconds}",
        "Scroll down for video", f"Now playing\n{minutes:02d}:{seconds}", "Watch: video",
    ])]


_CLUTTER_STYLES = [
    (_aljazeera_recommended, 3), (_aljazeera_photo, 3), (_reuters, 2), (_guardian, 2), (_bbc, 2),
    (_ap, 2), (_credit_after_caption, 3), (_advertisement, 3), (_read_more, 2), (_related_list, 2),
    (_newsletter, 2), (_social, 2), (_video, 1),
]


def _clutter_block(rng: random.Random, ctx: _Context) -> list[str]:
    styles, weights = zip(*_CLUTTER_STYLES)
    return rng.choices(styles, weights=weights)[0](rng, ctx)


def _caption_sentences(sentences: Iterable[str]) -> tuple[str, ...]:
    return tuple(
        s for s in sentences
        if s.endswith(".") and 6 <= len(s.split()) <= 30 and not re.search(r"[\"'‘’“”]", s)
    )


def _names(text: str) -> tuple[str, ...]:
    """People named in the text: runs of exactly two capitalised words ("Gary Locke") whose
    second word also appears on its own ("Locke said")."""
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        name = match.group()
        if len(name.split()) != 2:
            continue
        first, last = name.split()
        alone = len(re.findall(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b", text))
        if first not in _NOT_A_NAME and alone >= 1 and name not in found:
            found.append(name)
    return tuple(found[:8])


# ---------------------------------------------------------------------------------------------
# Paste styles: how a digest copied from a newsletter, an app or a site marks its stories

_SEPARATORS = ["***", "—", "---", "* * *", "___", "•••"]
_SECTION_LABELS = ["WORLD", "Politics", "BUSINESS", "Sport", "Tech", "US News", "Opinion", "SCIENCE",
                   "Local", "Health", "Markets", "ENTERTAINMENT", "Climate", "Analysis", "EXCLUSIVE"]
_CONTENTS_HEADERS = ["In today's briefing:", "Today's top stories", "In this newsletter:", "Inside today:",
                     "Here's what we're covering:", "Top stories", "The Morning Briefing"]
_DATELINE_PLACES = ["ATLANTA", "LONDON", "WASHINGTON", "NEW YORK", "PARIS", "BRUSSELS", "SYDNEY", "CHICAGO",
                    "LOS ANGELES", "BERLIN", "TOKYO", "NAIROBI"]
_HAS_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(?:\([^)]{1,30}\))?\s*(?:--|—|–|-)\s")


@dataclass(frozen=True)
class _PasteStyle:
    headline: str  # "{}" with markup around the headline: "## {}", "**{}**"
    separator: str | None  # a line between stories
    labels: bool  # a section label above some headlines
    bylines: float  # share of stories with a byline under the headline
    datelines: float  # share of stories whose first paragraph opens with a dateline
    contents: bool  # a numbered list of the stories at the top


def _paste_style(rng: random.Random) -> _PasteStyle:
    return _PasteStyle(
        headline=rng.choices(["{}", "## {}", "# {}", "### {}", "**{}**"], weights=[10, 3, 1, 1, 2])[0],
        separator=rng.choice(_SEPARATORS) if rng.random() < 0.35 else None,
        labels=rng.random() < 0.25,
        bylines=rng.choice([0.0, 0.0, 0.5, 0.9]),
        datelines=rng.choice([0.0, 0.0, 0.3, 0.8]),
        contents=rng.random() < 0.15,
    )


def _byline(rng: random.Random) -> str:
    first, last = _photographer(rng)
    other = " ".join(_photographer(rng))
    return rng.choice([
        f"By {first} {last}", f"By {first.upper()} {last.upper()}", f"By {first} {last}, Reuters",
        f"By {first} {last} and {other}", f"By {first} {last} | {rng.choice(_OUTLETS)}",
        f"{first} {last} | {rng.choice(_OUTLETS)}", f"By {first} {last}, Associated Press",
        f"Published {_date(rng)}", f"Updated {rng.randint(1, 12)}:{rng.randint(10, 59)} PM EST, {_date(rng)}",
    ])


def _with_dateline(paragraph: str, rng: random.Random) -> str:
    if _HAS_DATELINE.match(paragraph) or not paragraph[:1].isupper():
        return paragraph
    place = rng.choice(_DATELINE_PLACES)
    return rng.choice([f"{place} --", f"{place} —", f"{place} (Reuters) -", f"{place} (AP) —",
                       f"{place.title()}, {rng.choice(_MONTHS)} {rng.randint(1, 28)} —"]) + " " + paragraph


# ---------------------------------------------------------------------------------------------
# Building digests

def build_digests(
    articles: Iterable[SourceArticle | dict[str, Any]], *, seed: int = 13, min_articles: int = 3,
    max_articles: int = 8, passes: int = 1,
) -> list[Digest]:
    """Shuffle the articles with `seed` and paste consecutive groups of 3-8 into digests with clutter
    and a paste style each.  `passes` > 1 reshuffles a small source to paste each article again
    beside other neighbours.  Rows of CNN/DailyMail (dicts) are read with `cnndm_articles`; a final
    group smaller than min_articles is left out."""
    rng = random.Random(seed)
    articles = list(articles)
    if articles and isinstance(articles[0], dict):
        articles = cnndm_articles(articles, rng)
    all_headlines = [article.title for article in articles]
    digests = []
    for _ in range(passes):
        order = articles[:]
        rng.shuffle(order)
        i = 0
        while len(order) - i >= min_articles:
            size = min(rng.randint(min_articles, max_articles), len(order) - i)
            digests.append(_build_digest(order[i : i + size], all_headlines, rng))
            i += size
    return digests


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _build_digest(group: Sequence[SourceArticle], all_headlines: Sequence[str], rng: random.Random) -> Digest:
    style = _paste_style(rng)
    lines: list[str] = []
    boundaries: list[int] = []
    clutter: list[str] = []

    def add_clutter(*paragraphs: str) -> None:
        for paragraph in paragraphs:
            block_lines = paragraph.split("\n")
            lines.extend(["", *block_lines] if lines else block_lines)
            clutter.extend(block_lines)

    if style.contents:
        add_clutter(rng.choice(_CONTENTS_HEADERS),
                    "\n".join(f"{n}. {article.title}" for n, article in enumerate(group, start=1)))
    stories: list[Story] = []
    for position, article in enumerate(group):
        paragraphs = list(article.paragraphs)
        if rng.random() < style.datelines:
            paragraphs[0] = _with_dateline(paragraphs[0], rng)
        text = " ".join(paragraphs)
        ctx = _Context(
            sentences=_caption_sentences(split_sentences(text)),
            names=_names(text),
            other_headlines=tuple(h for h in all_headlines if h != article.title),
        )
        # 1-3 clutter blocks (more in long articles), each after a random paragraph (never before the first).
        inserts: dict[int, list[list[str]]] = {}
        for _ in range(rng.randint(1, 3) + len(paragraphs) // 20):
            inserts.setdefault(rng.randint(1, len(paragraphs)), []).append(_clutter_block(rng, ctx))

        if position and style.separator:
            add_clutter(style.separator)
        if style.labels and rng.random() < 0.6:
            add_clutter(rng.choice(_SECTION_LABELS))
        if lines:
            lines.append("")
        boundaries.append(len(lines))
        lines.append(style.headline.format(article.title))
        if rng.random() < style.bylines:
            add_clutter(_byline(rng))
        for k, paragraph in enumerate(paragraphs, start=1):
            lines += ["", paragraph]
            for block in inserts.get(k, []):
                add_clutter(*block)
        # Lines without letters ("___" between sections) are neither story text nor clutter.
        stories.append(Story(title=article.title, paragraphs=tuple(p for p in paragraphs if _has_letters(p)),
                             url=article.url))
    return Digest(text="\n".join(lines), stories=tuple(stories), boundaries=tuple(boundaries),
                  clutter_lines=tuple(clutter))


# ---------------------------------------------------------------------------------------------
# Scoring

def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _article_lines(article: ArticleLike) -> list[str]:
    return [line.strip() for line in f"{article.title}\n{article.text}".split("\n") if line.strip()]


_MARKUP = re.compile(r"^(?:#{1,6}\s+(?P<heading>.*?)\s*#*|\*\*(?P<bold>.+)\*\*|__(?P<under>.+)__)$")


def plain_line(line: str) -> str:
    """A digest line without the markdown a paste may put around a headline ("## ", "**…**")."""
    line = line.strip()
    match = _MARKUP.match(line)
    return next((g.strip() for g in match.groups() if g), line) if match else line


def _predicted_boundaries(lines: Sequence[str], articles: Sequence[ArticleLike],
                          true_boundaries: Iterable[int] = ()) -> list[int | None]:
    """Line index of each predicted title, searching forward from the previous match (None: not
    found).  A headline can also stand in a related-stories list above its story: where the title
    matches a true headline line ahead, that line is the one."""
    true_boundaries = set(true_boundaries)
    found: list[int | None] = []
    start = 0
    for article in articles:
        title = article.title.strip()
        matches = [i for i in range(start, len(lines)) if title and lines[i] == title]
        index = next((i for i in matches if i in true_boundaries), matches[0] if matches else None)
        found.append(index)
        if index is not None:
            start = index + 1
    return found


def score_segmentation(digests: Sequence[Digest], split: Splitter) -> Scores:
    """Run `split` on each digest's text and score its boundaries, clutter removal and bodies."""
    n_true = n_pred = n_correct = 0
    n_clutter = n_kept = 0
    n_paragraphs = n_found = n_exact = n_stories = 0
    per_digest_f1 = []
    seconds = 0.0
    for digest in digests:
        started = time.perf_counter()
        articles = list(split(digest.text))
        seconds += time.perf_counter() - started

        lines = [plain_line(line) for line in digest.text.split("\n")]
        predicted = _predicted_boundaries(lines, articles, digest.boundaries)
        correct = len({i for i in predicted if i is not None} & set(digest.boundaries))
        n_true += len(digest.boundaries)
        n_pred += len(predicted)
        n_correct += correct
        per_digest_f1.append(_f1(_ratio(correct, len(predicted)) if predicted else 0.0,
                                 _ratio(correct, len(digest.boundaries))))

        # Clutter: each occurrence is kept if some predicted line still holds it (multiset), beyond
        # the lines of the true stories (a related-stories list repeats other stories' headlines).
        predicted_lines = Counter(line for article in articles for line in _article_lines(article))
        predicted_lines -= Counter([*digest.headlines, *(p for story in digest.stories for p in story.paragraphs)])
        for line in (c.strip() for c in digest.clutter_lines):
            if not line:
                continue
            n_clutter += 1
            if predicted_lines[line] > 0:
                predicted_lines[line] -= 1
                n_kept += 1

        body_lines = [{line.strip() for line in article.text.split("\n")} for article in articles]
        found_anywhere = set().union(*body_lines) if body_lines else set()
        for story in digest.stories:
            n_stories += 1
            n_paragraphs += len(story.paragraphs)
            n_found += sum(p in found_anywhere or _found_cleaned(p, found_anywhere) for p in story.paragraphs)
            # The story's predicted article: the one holding most of its paragraphs.
            overlaps = [sum(p in lines_ for p in story.paragraphs) for lines_ in body_lines]
            if overlaps and max(overlaps) > 0:
                best = articles[overlaps.index(max(overlaps))]
                n_exact += best.title.strip() == story.title

    precision = _ratio(n_correct, n_pred) if n_pred else 0.0
    recall = _ratio(n_correct, n_true)
    return Scores(
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        median_f1=statistics.median(per_digest_f1) if per_digest_f1 else 0.0,
        clutter_removed=_ratio(n_clutter - n_kept, n_clutter),
        headline_exact=_ratio(n_exact, n_stories),
        body_recall=_ratio(n_found, n_paragraphs),
        true_boundaries=n_true,
        predicted_boundaries=n_pred,
        correct_boundaries=n_correct,
        clutter_lines=n_clutter,
        clutter_kept=n_kept,
        paragraphs=n_paragraphs,
        paragraphs_found=n_found,
        seconds=round(seconds, 3),
    )


# ---------------------------------------------------------------------------------------------
# Systems

_TERMINAL = re.compile(r"[.!?…:][\"'’”)\]]*$")


def naive_split(text: str) -> list[Article]:
    """Baseline: every short line (≤ 15 words) without terminal punctuation after a blank line
    starts a new story; nothing is removed.  The first non-blank line always starts one."""
    stories: list[tuple[str, list[str]]] = []
    previous_blank = True
    for line in text.split("\n"):
        stripped = line.strip()
        starts_story = stripped and previous_blank and (
            not stories or (len(stripped.split()) <= 15 and not _TERMINAL.search(stripped))
        )
        if starts_story:
            stories.append((plain_line(stripped), []))
        elif stories:
            stories[-1][1].append(stripped)
        previous_blank = not stripped
    articles = []
    for title, body in stories:
        body_text = re.sub(r"\n{2,}", "\n\n", "\n".join(body)).strip()
        articles.append(Article(id=content_id(title, body_text), document_id="naive",
                                title=title, text=body_text))
    return articles


def wirebrief_split(text: str) -> list[Article]:
    """The project's segmenter on one pasted digest."""
    from wirebrief.segment import split_document  # imported late: the CLI may run without it

    return split_document(Document(id="eval", origin="eval", text=text))


def training_sources() -> list[str]:
    """Names of the sources the boundary model was trained on (from segment_model's "Trained on:" line)."""
    from wirebrief import segment_model

    match = re.search(r"Trained on: digests built from (.+?) with seeds", segment_model.__doc__ or "")
    return [name.strip() for name in match.group(1).split(",")] if match else []


def evaluate(path: str | Path, split: Splitter | None = None, *, seed: int = 13, progress: Callable | None = None) -> dict[str, Any]:
    """Build the digests of one source and score `split` (default: wirebrief) beside the naive baseline."""
    name, passes, digests = source_digests(path, seed=seed)
    systems = {"wirebrief": split or wirebrief_split, "naive baseline": naive_split}
    scores = {system: asdict(score_segmentation(progress(digests, f"{name}: {system}", len(digests)) if progress else digests, fn)) for system, fn in systems.items()}
    ours = scores["wirebrief"]
    return {
        "source": name,
        "path": str(path),
        "role": "tuned" if Path(path).name in training_sources() else "unseen",
        "seed": seed,
        "passes": passes,
        "digests": len(digests),
        "articles": sum(len(d.stories) for d in digests),
        "clutter_lines": sum(len(d.clutter_lines) for d in digests),
        "systems": scores,
        "floor": dict(FLOORS),
        "meets_floor": all(ours[key] >= floor for key, floor in FLOORS.items()),
    }


def source_digests(path: str | Path, seed: int = 13) -> tuple[str, int, list[Digest]]:
    """The digests `wirebrief eval segment` builds from one source: its name, the passes over its
    articles (a small source is pasted again, MIN_STORIES stories in all) and the digests."""
    name, articles = load_source(path, seed=seed)
    passes = max(1, math.ceil(MIN_STORIES / len(articles))) if articles else 1
    return name, passes, build_digests(articles, seed=seed, passes=passes)


def default_sources(eval_dir: str | Path) -> list[Path]:
    """The three development sources of `eval_dir` that are present."""
    eval_dir = Path(eval_dir)
    paths = [eval_dir / "annotated_dev.jsonl", eval_dir / "extraction", eval_dir / "cnndm_dev.jsonl"]
    return [p for p in paths if p.exists()]


def format_report(result: dict[str, Any] | Sequence[dict[str, Any]]) -> str:
    """One table per source, wirebrief beside the naive baseline, and the floor verdict of each."""
    results = [result] if isinstance(result, dict) else list(result)
    columns = [("P", "precision"), ("R", "recall"), ("F1", "f1"), ("F1 med", "median_f1"),
               ("clutter removed", "clutter_removed"), ("headline exact", "headline_exact"),
               ("body recall", "body_recall"), ("seconds", "seconds")]
    out = []
    for result in results:
        names = list(result["systems"])
        name_width = max(len("system"), *(len(n) for n in names))
        header = "  ".join(["system".ljust(name_width), *(label.rjust(max(6, len(label))) for label, _ in columns)])
        role = {"tuned": "; TUNED ON: the boundary model was trained on other digests of these articles",
                "unseen": "; UNSEEN: nothing was tuned or trained on it"}.get(result.get("role", ""), "")
        out += [
            f"{result.get('source', 'source')}: {Path(result['path']).name} (seed {result['seed']}, "
            f"{result.get('passes', 1)} pass(es)): {result['digests']} digests, {result['articles']} articles, "
            f"{result['clutter_lines']} clutter lines{role}",
            header,
        ]
        for name in names:
            figures = result["systems"][name]
            cells = [f"{figures[key]:.3f}".rjust(max(6, len(label))) for label, key in columns]
            out.append("  ".join([name.ljust(name_width), *cells]))
        verdict = "wirebrief meets it" if result.get("meets_floor") else "wirebrief is BELOW it"
        out += [f"{FLOOR_LINE} ({verdict})", ""]
    return "\n".join(out).rstrip("\n")
