"""Segment: a `Document` in, clean `Article`s out.

1. Split the text into units: one paragraph or pasted line each.
2. Drop clutter: photo captions and credits, "Recommended Stories" widgets, ads, share prompts,
   video credit blocks ("Presenter: …", "Guests:" and the names under it), bylines.
3. Find headline candidates: short lines that read as titles, not sentences.
4. Keep a candidate as a story boundary only when the text after it does not continue the story
   before it (lexical cohesion); otherwise it is a subheading and stays inside its story.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from .models import Article, Document, content_id
from .text import terms

HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# Below this cosine between the story so far and the section after a candidate, a new story starts.
# Crossheads inside a story are short (2-5 words) while headlines run longer, so a short candidate
# must break cohesion more clearly to open a story.
STORY_COHESION_THRESHOLD = 0.13
SHORT_TITLE_COHESION_THRESHOLD = 0.06
SHORT_TITLE_MAX_WORDS = 4
COHESION_WINDOW_UNITS = 8  # paragraphs looked at on each side of a candidate
CAPTION_REPEAT_OVERLAP = 0.6
CAPTION_MAX_WORDS = 80  # a longer paragraph ending in "(file picture)" is a story, not a caption  # token overlap with a removed caption that marks a repeat of it

_QUOTES = "\"'“”‘’«»"
_TERMINAL = ".!?…"

# Lines that are widgets, prompts or furniture of a news page, whatever story they sit in.
_BOILERPLATE = [
    r"(recommended|related|more|top|trending|latest|popular|suggested)( stories| articles| news| reading| content| videos?)?",
    r"list of \d+ items?(\s*end of list)?",
    r"end of list",
    r"advertisement|ad|sponsored( content)?|promoted|scroll to continue( with content)?",
    r"story continues( below( (the )?advertisement)?)?",
    r"(continue|keep) reading.*",
    r"(read|see|watch|listen)( more| also| next)?\s*[:|–-].*",
    r"related( stories| articles| content| coverage| video| links?)?\s*[:|–-].*",
    r"(article|story) continues below( this)? (ad|advert|advertisement)",
    r"scroll (down )?(for|to) (the )?(video|more|next article)",
    r"video duration \d+ (minutes?|seconds?)( \d+ seconds?)?( \d{1,2}:\d{2})?",
    r"\d{1,2}:\d{2}(:\d{2})?",
    r"(read|see|watch) (more|also)",
    r"(also )?read( more)?:.*",
    r"(sign up|subscribe|register)\b.{0,120}",
    r"(share|share this|share (or comment on )?this (article|story|page)|share on \w+|copy link|link copied|print|email|comments?)",
    r"follow (us|\w+) on \w+.{0,80}",
    r"(click|tap) here\b.{0,120}",
    r"skip (to|past) \w+.{0,40}",
    r"(image|media|video) (source|caption|credit)s?\s*[,:].*",
    r"(copyright|©|\(c\)).{0,120}",
    r"all rights reserved\.?",
    r"listen to (this|the) (article|story).*",
    r"\d+\s*(min|minute)s?\s*read",
    r"(updated|published|posted|last updated)\s*(on|at)?\s*[:\-]?\s*[\w ,:.]{0,40}\d[\w ,:.]{0,40}",
    r"this (article|story|report) (was|has been) (updated|amended|corrected).{0,200}",
    r"(getty images|afp|reuters|ap|epa|shutterstock|alamy|pa images|pa media)( via .{1,40})?",
]
_BOILERPLATE_RE = re.compile(r"^(?:" + "|".join(_BOILERPLATE) + r")\s*[.:!]?$", re.IGNORECASE)

_AGENCY = (
    r"AFP|Reuters|REUTERS|AP|EPA(?:-EFE)?|Getty(?: Images)?|Shutterstock|Alamy|Anadolu(?: Agency)?|"
    r"Bloomberg|Xinhua|PA(?: Images| Media| Wire)?|SOPA Images|NurPhoto|Sipa|dpa|ANSA|Kyodo|"
    r"Handout|Pool|File|UPI|Zuma(?: Press)?|LightRocket|WireImage|Press Association|AAP"
)
# A caption is a caption wherever it appears: these are the ways news sites credit a picture.
_CREDIT_TAIL_RES = [
    re.compile(r"\((?:[^()]*\b(?:photo|photograph|picture|image|file|illustration|video|footage)s?\b[^()]*)\)\s*$", re.I),
    re.compile(r"\[[^\[\]]{2,80}/[^\[\]]{1,60}\]\s*$"),  # [Roman Plipey/AFP]
    re.compile(r"\[(?:" + _AGENCY + r")[^\[\]]{0,60}\]\s*$"),
    re.compile(r"\((?:" + _AGENCY + r")\b[^()]{0,60}\)\s*$"),
    re.compile(r"\b(?:photograph|photo|picture|image|illustration|credit|photos|pictures)s?\s*:\s*[^.]{2,80}$", re.I),
    re.compile(r"\b(?:REUTERS|AFP|AP|EPA)\s*/\s*[A-Z][\w.'’ /-]{1,60}$"),
    re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/\s*(?:" + _AGENCY + r")(?: via [^.]{1,40})?\s*\)?$"),
    re.compile(r"\b(?:" + _AGENCY + r") via (?:Getty Images|AP|Reuters)$"),
]
_CREDIT_HEAD_RE = re.compile(r"^(?:photo|photograph|picture|image|caption|pictured|above|top|file photo)\s*[:|]", re.I)

# Credit blocks of video segments and programmes: "Presenter: Rishaad Salamat", "Guests:".
_CREDIT_LABELS = (
    r"presenters?|hosts?|anchors?|guests?|panel(?:ists)?|producers?|produced by|editors?|edited by|"
    r"video editors?|video by|camera|cameraman|camerawoman|filmed by|reporters?|correspondents?|"
    r"(?:additional )?reporting(?: by)?|writing by|written by|editing by|compiled by|graphics?|"
    r"directed by|director|executive producer|series producer|presented by|moderator|narrator|"
    r"interviewees?|featuring|with"
)
_CREDIT_LINE_RE = re.compile(r"^\(?(?:" + _CREDIT_LABELS + r")\s*:\s*(?P<value>.{0,120}?)\)?$", re.I)
_REUTERS_FOOTER_RE = re.compile(r"^\((?:additional )?reporting by .{2,300}\)$", re.I)
_BYLINE_RE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|,|de|van|von|al|bin))*\s*(?:[,|–-].{0,60})?$")
# "Ajay Chhibber – Distinguished visiting scholar at …": one entry of a credit list.
_NAME_ROLE_RE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}\s*(?:–|—|-|,|:)\s+\S.{0,200}$")

# "Bendy tower! The tower appears…": a sentence break inside makes a paragraph, not a headline.
_INNER_SENTENCE_BREAK_RE = re.compile(r"\b([A-Za-z]+)[.!?…]+[\"'”’]?\s+[\"'“‘]?[A-Z]")
_ABBREVIATIONS = frozenset("mr ms mrs dr st jr sr gov sen rep gen col lt sgt prof vs no co inc ltd corp mt ft".split())
_CONVERSATIONAL_OPENERS = frozenset("so and but or you i we it that this if then well now".split())
_BULLET_RE = re.compile(r"^(?:[-*•·▪◦]|\d{1,2}[.)])\s+")
_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")



@dataclass(frozen=True)
class Unit:
    """One paragraph or pasted line of a document, with what segmentation learned about it."""

    text: str
    heading_level: int = 0  # markdown heading level, 0 when not a markdown heading


def split_document(document: Document) -> list[Article]:
    """Split a document into clean articles; a single-article document gives at most one."""
    if _BRIEFING_HEADER_RE.match(document.text.lstrip()):
        return read_briefings(document)
    units = _clean_units(_split_units(document.text))
    if not units:
        return []
    if document.single_article:
        if document.title:  # the given title wins; a copy of it opening the text is dropped
            body = [u.text for u in units if u is not units[0] or _norm(u.text) != _norm(document.title)]
            return [_make_article(document, document.title.strip(), body)] if body else []
        title, body = _title_and_body(units, None)
        return [_make_article(document, title, body)] if body else []
    articles = []
    for story in _split_stories(units):
        title, body = _title_and_body(story, document.title if not articles else None)
        if body:
            articles.append(_make_article(document, title, body))
    return articles


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def is_heading_like(text: str) -> bool:
    """A short line that reads as a title: few words, no sentence-final full stop, starts upper-case."""
    text = text.strip()
    words = text.split()
    if not (2 <= len(words) <= HEADLINE_MAX_WORDS) or len(text) > HEADLINE_MAX_CHARS:
        return False
    unquoted = text.rstrip(_QUOTES + ")").rstrip()
    if _BULLET_RE.match(text) or not unquoted or unquoted[-1] in ".,;:–—-…":
        return False
    if any(_ends_sentence(m.group(1)) for m in _INNER_SENTENCE_BREAK_RE.finditer(unquoted)):
        return False
    if unquoted[-1] in "?!" and words[0].lower().strip(_QUOTES + ",") in _CONVERSATIONAL_OPENERS:
        return False
    first = text.lstrip(_QUOTES + "(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _ends_sentence(word: str) -> bool:
    """A full stop after `word` ends a sentence unless the word is an abbreviation or initial (U.S.)."""
    return len(word) > 1 and not word.isupper() and word.lower() not in _ABBREVIATIONS


def is_clutter(text: str) -> bool:
    """True for a line that is page furniture or a picture caption, not part of a story."""
    line = text.strip()
    if not line:
        return True
    if _BOILERPLATE_RE.match(line) or _REUTERS_FOOTER_RE.match(line) or _CREDIT_HEAD_RE.match(line):
        return True
    if _BYLINE_RE.match(line) and len(line.split()) <= 12:
        return True
    return len(line.split()) <= CAPTION_MAX_WORDS and any(pattern.search(line) for pattern in _CREDIT_TAIL_RES)


# Furniture: what a page or a wire adds around a story, whatever line or sentence it sits in. Classes,
# as sites write them: notes on the editorial process, subscription and newsletter prompts, contributor
# lines, related-story lists, author bios, picture and video prompts, copyright notices.
_FURNITURE = [
    r"\b(?:reviewed|edited|fact[- ]checked) (?:according to|in accordance with)\b.{0,60}\beditorial\b",
    r"\beditorial (?:process|policies|standards|guidelines)\b",
    r"^editor[’']?s note\s*:",
    r"\bthe (?:views|opinions) expressed in this (?:commentary|article|column|piece)\b",
    r"\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|updates|alerts|briefing|inbox|emails?)\b",
    r"\b(?:our|the|free|daily|weekly) newsletter\b.{0,40}\b(?:sign up|subscribe|delivered|inbox)\b",
    r"\bcontributed (?:to )?(?:this )?(?:report|reporting|story|article)\b",
    r"^\(?(?:additional )?(?:reporting|writing|editing) by\b",
    r"^\s*[-–—•]\s*[-–—•]\s|(?:\s[-–—•]){3,}\s",  # "- - Jones tells …": a list of related stories; table rules
    r"^(?:read more|related|see also|more on this story|watch(?: the)? video|video)\s*:",
    r"(?-i:^(?:[A-Z][\w.'’-]+ ){1,3})is an? (?:[\w'’-]+ ){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist"
    r"|contributor|producer|commentator)s? (?:for|at|with|of|based)\b",
    r"\bfollow (?:him|her|them|us|\w+) on (?:twitter|x|instagram|facebook)\b",
    r"\b(?:click|tap) (?:here )?to (?:enlarge|see the gallery)\b|\b(?:photo|picture|image) gallery\b",
    r"^(?:pictured|above|below|left|right|top|inset)\s*:",
    r"\ball rights reserved\b|\bmay not be (?:published|broadcast|rewritten|redistributed)\b",
]
_FURNITURE_RE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE), re.IGNORECASE)
# Prompts pasted into the text before the story's own words: "Scroll down for video Gordon Brown …".
_INLINE_PROMPT_RE = re.compile(r"\b(?:scroll down for (?:the )?(?:video|more)|click to enlarge)\b[.:]?\s*", re.IGNORECASE)


def is_furniture(text: str) -> bool:
    """True for a line or sentence that is page or process furniture (see _FURNITURE)."""
    return bool(_FURNITURE_RE.search(text.strip()))


# The space after a sentence's full stop, or after the quote mark closing it (kept with the sentence).
_ROUGH_SENTENCE_BREAK_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”’\"']))\s+(?=[“‘\"'(]?[A-Z])")


def drop_furniture(text: str) -> str:
    """A paragraph without its furniture sentences (a whole line of furniture gives "")."""
    if not _FURNITURE_RE.search(text):
        return text
    return " ".join(s for s in _ROUGH_SENTENCE_BREAK_RE.split(text) if not is_furniture(s)).strip()


def strip_prompts(text: str) -> str:
    """The text without prompts pasted into it ("Scroll down for video")."""
    return _INLINE_PROMPT_RE.sub("", text).strip()


# 1. Units ---------------------------------------------------------------------------------------


def _split_units(text: str) -> list[Unit]:
    """Paragraphs separated by blank lines; inside one, each pasted line is its own unit unless the
    lines are a hard-wrapped paragraph (a line that stops mid-sentence)."""
    units: list[Unit] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [_strip_markdown(line) for line in block.split("\n") if line.strip()]
        merged: list[str] = []
        for line in lines:
            if merged and _continues(merged[-1], line):
                merged[-1] = f"{merged[-1]} {line}"
            else:
                merged.append(line)
        for line in merged:
            match = _MD_HEADING_RE.match(line)
            if match:
                units.append(Unit(match.group(2).strip(), heading_level=len(match.group(1))))
            elif line.strip():
                units.append(Unit(line.strip()))
    return units


def _continues(previous: str, line: str) -> bool:
    """Is `line` the hard-wrapped continuation of `previous`?"""
    if _MD_HEADING_RE.match(line) or _BULLET_RE.match(line.strip()) or _MD_HEADING_RE.match(previous):
        return False
    previous = previous.rstrip()
    if not previous or previous[-1] in _TERMINAL + _QUOTES + ")]:":
        return False
    first = line.strip()[:1]
    return first.islower() or (len(previous) >= 50 and previous[-1] in ",;–—-")


def _strip_markdown(line: str) -> str:
    line = _MD_LINK_RE.sub(r"\1", line)
    line = _MD_EMPHASIS_RE.sub(r"\2", line)
    return line.rstrip()


# 2. Clutter ---------------------------------------------------------------------------------------


def _clean_units(units: list[Unit]) -> list[Unit]:
    """Drop clutter lines, credit blocks, and paragraphs that repeat a removed caption."""
    kept: list[Unit] = []
    last_caption: set[str] = set()
    in_credit_list = False
    for unit in units:
        text = drop_furniture(strip_prompts(unit.text))
        if not text:
            continue
        if text != unit.text:
            unit = Unit(text, unit.heading_level)
        credit = _CREDIT_LINE_RE.match(text)
        if credit:
            # "Guests:" with nothing after it opens a list of "Name – role" lines.
            in_credit_list = not credit.group("value").strip()
            continue
        if in_credit_list:
            if _NAME_ROLE_RE.match(text) and not text.rstrip().endswith((".", "?", "!")) or _is_name_only(text):
                continue
            in_credit_list = False
        if is_clutter(text):
            last_caption = _tokens(text)
            continue
        tokens = _tokens(text) if last_caption and text.rstrip(_QUOTES)[-1:] not in _TERMINAL else set()
        if tokens:
            if len(tokens & last_caption) / len(tokens) >= CAPTION_REPEAT_OVERLAP:
                last_caption = set()
                continue  # the caption line that repeats the credited caption just removed
        last_caption = set()
        kept.append(unit)
    return kept


def _is_name_only(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and text[-1] not in _TERMINAL


# 3–4. Stories --------------------------------------------------------------------------------------


def _split_stories(units: list[Unit]) -> list[list[Unit]]:
    """Cut the units into stories at headline candidates that open a new topic."""
    candidates = [i for i in range(len(units) - 1) if units[i].heading_level or is_heading_like(units[i].text)]
    md_levels = [units[i].heading_level for i in candidates if units[i].heading_level]
    top_level = min(md_levels) if md_levels else 0
    idf = _idf(units)
    boundaries = [0]
    for index in candidates:
        if index == 0:
            continue
        level = units[index].heading_level
        if top_level and level == top_level:
            boundaries.append(index)  # the author marked it as a top-level heading
        elif top_level and level > top_level:
            continue  # a markdown subheading
        else:
            before, after = _section_before(units, index, boundaries[-1]), _section_after(units, index)
            if _new_story_starts(units[index], before, after, idf):
                boundaries.append(_headline_in_run(units, index, before, after, idf))
    stories = [units[start:end] for start, end in zip(boundaries, boundaries[1:] + [len(units)])]
    return [story for story in stories if story]


def _headline_in_run(units: list[Unit], index: int, before: list[Unit], after: list[Unit], idf: dict[str, float]) -> int:
    """Where a new story starts inside a run of title-like lines: a caption line closing the last
    story reads like the story before; the headline reads like the story after."""
    run_end = index
    while run_end + 1 < len(units) - 1 and _is_title(units[run_end + 1]):
        run_end += 1
    before_vector, after_vector = _vector(before, idf), _vector(after, idf)
    for position in range(index, run_end):
        line = _vector([units[position]], idf)
        if _cosine(line, after_vector) >= _cosine(line, before_vector):
            return position
    return run_end


def _section_before(units: list[Unit], index: int, story_start: int) -> list[Unit]:
    window = units[max(story_start, index - COHESION_WINDOW_UNITS) : index]
    return [u for u in window if not _is_title(u)]


def _section_after(units: list[Unit], index: int) -> list[Unit]:
    """The body paragraphs after a candidate, up to the next title-like line (a subtitle or kicker
    right under the candidate is skipped)."""
    section: list[Unit] = []
    for unit in units[index + 1 :]:
        if _is_title(unit):
            if section:
                break
            continue
        section.append(unit)
        if len(section) == COHESION_WINDOW_UNITS:
            break
    return section


def _is_title(unit: Unit) -> bool:
    return bool(unit.heading_level) or is_heading_like(unit.text)


def _new_story_starts(candidate: Unit, before: list[Unit], after: list[Unit], idf: dict[str, float]) -> bool:
    if not before:
        return False  # a title right under a title: a subtitle or kicker of the same story
    if not after:
        return True
    short = len(candidate.text.split()) <= SHORT_TITLE_MAX_WORDS
    threshold = SHORT_TITLE_COHESION_THRESHOLD if short else STORY_COHESION_THRESHOLD
    return _cosine(_vector(before, idf), _vector(after, idf)) < threshold


def _tokens(text: str) -> set[str]:
    return set(terms(text))


def _idf(units: list[Unit]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for unit in units:
        df.update(_tokens(unit.text))
    n = len(units)
    return {term: math.log((n + 1) / (count + 0.5)) for term, count in df.items()}


def _vector(units: list[Unit], idf: dict[str, float]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for unit in units:
        counts.update(terms(unit.text))
    return {term: (1 + math.log(tf)) * idf.get(term, 0.0) for term, tf in counts.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


# Articles --------------------------------------------------------------------------------------


def _title_and_body(units: list[Unit], fallback_title: str | None) -> tuple[str, list[str]]:
    """The headline is the story's first unit when it reads as one; otherwise the page title, or
    the opening words of the first sentence."""
    if len(units) > 1 and (units[0].heading_level or is_heading_like(units[0].text)):
        return units[0].text, [u.text for u in units[1:]]
    body = [u.text for u in units]
    if fallback_title:
        return fallback_title.strip(), body
    first_sentence = re.split(r"(?<=[.!?])\s+", body[0], maxsplit=1)[0] if body else ""
    words = first_sentence.split()
    title = " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return title.rstrip(".") if title else "Untitled", body


def _make_article(document: Document, title: str, body: list[str]) -> Article:
    text = "\n\n".join(body)
    return Article(
        id=content_id(title, text),
        document_id=document.id,
        title=title,
        text=text,
        url=document.url,
        source=document.site or document.origin,
        published=document.published,
        authors=document.authors,
        language=document.language or "en",
        source_id=document.source_id,
    )


# Briefings read back -------------------------------------------------------------------------------

# wirebrief's own format (`render.to_markdown`): a header line with the `date` command's time and the title, then
# labelled sections. A text that opens with such a header is read as briefings, one story per header.
_BRIEFING_HEADER_RE = re.compile(
    r"^(?P<time>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} "
    r"\d\d:\d\d:\d\d UTC \d{4}): # (?P<title>.+?)\s*$",
    re.MULTILINE,
)
# Section labels, and whether the lines under one are content: prose sections and the timeline are; key players,
# quotes (repeating the text) and the list of cited sources are not.
_BRIEFING_SECTIONS = {
    "The Story": True, "Key Points": True, "Key Takeaways": True, "Impact Analysis": True, "What's New": True,
    "Timeline": True, "Key Players": False, "Quotes": False, "Sources": False,
}  # fmt: skip
_SECTION_LABEL_RE = re.compile(r"^(?P<label>" + "|".join(re.escape(label) for label in _BRIEFING_SECTIONS) + r"):\s*$")
_TIMELINE_DATE_RE = re.compile(r"^\d{4}(?:-\d\d){0,2}:\s+")  # "2026-02-04: ", "2026-02: ", "2026: "
_CITATION_MARKS_RE = re.compile(r"(?:\s*\[\d+\])+(?=\s|$)")  # " [1][3]" after each statement, with --citations


def read_briefings(document: Document) -> list[Article]:
    """Briefings in wirebrief's format read back as articles: each header gives one, its title the header's
    and its publication date the header's time; the statements of its content sections are its paragraphs
    (bullets without their mark, a timeline entry without its date, citation marks dropped), the labels not."""
    headers = list(_BRIEFING_HEADER_RE.finditer(document.text))
    articles = []
    for header, following in zip(headers, [*headers[1:], None]):
        end = following.start() if following else len(document.text)
        paragraphs: list[str] = []
        content = True
        for line in document.text[header.end() : end].split("\n"):
            line = line.strip()
            label = _SECTION_LABEL_RE.match(line)
            if label:
                content = _BRIEFING_SECTIONS[label.group("label")]
                continue
            if not content or not line:
                continue
            line = _CITATION_MARKS_RE.sub("", _BULLET_RE.sub("", line, count=1))
            line = _TIMELINE_DATE_RE.sub("", line, count=1).strip()
            if line:
                paragraphs.append(line)
        if not paragraphs:
            continue
        written = datetime.strptime(header.group("time"), "%a %b %d %H:%M:%S UTC %Y")
        title = document.title.strip() if document.single_article and document.title else header.group("title")
        article = _make_article(document, title, paragraphs)
        articles.append(dataclasses.replace(article, published=written.date()))
    return articles[:1] if document.single_article else articles
