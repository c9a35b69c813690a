"""The prompt: numbered source sentences first, then the briefing asked for as JSON with citations.

Evidence is chosen by the extractive writer: the sentences its briefing cites (The Story, Key Points,
Key Takeaways, Impact Analysis, timeline, in that order), then the rest of the article from the top,
as many as fit the prompt's token budget. The model sees them in reading order, numbered from 1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..annotate import AnnotatedArticle
from ..models import Briefing

PROMPT_MAX_TOKENS = 2048  # the whole prompt, chat template included
TEMPLATE_OVERHEAD_TOKENS = 24  # chat markup around the two messages
SECTIONS = ("story", "key_points", "key_takeaways", "impact_analysis")
# Statements asked for per section (min, max): the JSON schema enforces them where the backend can.
DEFAULT_SECTION_SIZES = {"story": (1, 2), "key_points": (2, 5), "key_takeaways": (1, 3), "impact_analysis": (1, 2)}
STATEMENT_MAX_CHARS = 200  # about 40 tokens: bounded statements keep an answer within its token limit
MAX_CITES = 3

SYSTEM = (
    "You are a news editor. You write briefings that state only what the numbered source sentences say, "
    "and cite the numbers of the sentences each statement rests on. You answer with JSON only."
)
_GUIDE = {
    "story": "what happened, who, where and when",
    "key_points": "short factual statements, one fact each",
    "key_takeaways": "what it means: the positions, stakes and significance the sources state",
    "impact_analysis": "what comes next according to the sources: what it depends on, who is affected",
}


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    schema: dict
    evidence: tuple[int, ...]  # article sentence index of source number 1, 2, …
    tokens: int  # as counted by the backend (or estimated)


@dataclass(frozen=True)
class DraftStatement:
    text: str
    cites: tuple[int, ...]  # source numbers as the model wrote them (1-based)


_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?=\s+[A-Z\"“‘(])")


class InvalidDraft(ValueError):
    """The model's answer is not a briefing in the schema."""


def schema(sources: int, sizes: dict[str, tuple[int, int]] = DEFAULT_SECTION_SIZES) -> dict:
    """The answer's JSON schema; citations are limited to the `sources` numbers shown."""
    statement = {
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 10, "maxLength": STATEMENT_MAX_CHARS},
            "cite": {"type": "array", "items": {"type": "integer", "enum": list(range(1, sources + 1))},
                     "minItems": 1, "maxItems": MAX_CITES},
        },
        "required": ["text", "cite"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            name: {"type": "array", "items": statement, "minItems": low, "maxItems": high} for name, (low, high) in sizes.items()
        },
        "required": list(sizes),
        "additionalProperties": False,
    }


def rank_evidence(annotated: AnnotatedArticle, extractive: Briefing) -> list[int]:
    """Sentence indexes, most useful first: what the extractive briefing cites, then the article from the top."""
    cited = [
        index
        for section in (extractive.story, extractive.key_points, extractive.key_takeaways, extractive.impact_analysis,
                        tuple(e.statement for e in extractive.timeline))
        for statement in section
        for _, index in statement.citations
    ]
    rest = [s.sentence.index for s in annotated.sentences if not s.is_heading and s.words >= 3]
    return list(dict.fromkeys(cited + rest))


def build(
    annotated: AnnotatedArticle,
    extractive: Briefing,
    count_tokens: Callable[[str], int],
    *,
    max_tokens: int = PROMPT_MAX_TOKENS,
    sizes: dict[str, tuple[int, int]] = DEFAULT_SECTION_SIZES,
) -> Prompt:
    """The prompt for one article, its evidence cut to fit `max_tokens`."""
    article = annotated.article
    texts = {s.sentence.index: " ".join(s.sentence.text.split()) for s in annotated.sentences}
    head = f"Headline: {article.title}\n" + (f"Published: {article.published.isoformat()}\n" if article.published else "")
    shape = ", ".join(f'"{name}": [{low} to {high} statements: {_GUIDE[name]}]' for name, (low, high) in sizes.items())
    tail = (
        "\nWrite the briefing of this story from the sources above. Answer with one JSON object: {"
        + shape
        + '}, where every statement is {"text": "<one short sentence in your own words>", "cite": [<numbers of the sources it rests on>]}. '
        "Use only names, numbers and dates that the cited sources contain."
    )
    used = count_tokens(SYSTEM) + count_tokens(head + "Sources:\n" + tail) + TEMPLATE_OVERHEAD_TOKENS
    chosen: list[int] = []
    for index in rank_evidence(annotated, extractive):
        cost = count_tokens(f"[{len(chosen) + 1}] {texts[index]}\n") + 1  # +1: tokens can merge across lines
        if used + cost > max_tokens:
            continue  # a shorter sentence further down may still fit
        chosen.append(index)
        used += cost
    chosen.sort()
    lines = "".join(f"[{number}] {texts[index]}\n" for number, index in enumerate(chosen, start=1))
    user = head + "Sources:\n" + lines + tail
    return Prompt(SYSTEM, user, schema(len(chosen), sizes), tuple(chosen), used)


def parse(text: str, sizes: dict[str, tuple[int, int]] = DEFAULT_SECTION_SIZES) -> dict[str, list[DraftStatement]]:
    """The model's answer as statements per section, one sentence each; raises InvalidDraft when it does not
    follow the schema.

    Checked here whether or not the backend enforced the schema: a section may hold fewer statements than
    asked (the writer fills it), but never more, and every statement needs text and citation numbers."""
    try:
        data = json.loads(text, strict=False)  # a raw newline inside a string is no reason to throw an answer away
    except ValueError as exc:
        raise InvalidDraft(f"not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InvalidDraft("not a JSON object")
    draft: dict[str, list[DraftStatement]] = {}
    for name, (_, high) in sizes.items():
        items = data.get(name)
        if not isinstance(items, list):
            raise InvalidDraft(f"{name!r} is missing or not a list")
        if len(items) > high:
            raise InvalidDraft(f"{name!r} has {len(items)} statements, at most {high} asked")
        if any(isinstance(item, dict) and len(str(item.get("text", ""))) > STATEMENT_MAX_CHARS * 2 for item in items):
            raise InvalidDraft(f"{name!r}: a statement runs past {STATEMENT_MAX_CHARS * 2} characters")
        statements = []
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not isinstance(item.get("cite"), list):
                raise InvalidDraft(f"{name!r}: a statement is not {{'text': str, 'cite': [int]}}")
            cites = item["cite"]
            if not all(isinstance(c, int) and not isinstance(c, bool) for c in cites):
                raise InvalidDraft(f"{name!r}: citation numbers must be integers")
            statements += [DraftStatement(sentence, tuple(cites)) for sentence in _sentences(" ".join(item["text"].split()))]
        draft[name] = statements
    return draft


def _sentences(text: str) -> list[str]:
    """A statement's sentences, each verified on its own (a small model runs several into one), without an
    unfinished last one (cut off at the length limit) when there is a finished one before it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    cuts = [0, *ends, len(text)]
    sentences = [text[a:b].strip() for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]
    if len(sentences) > 1 and not sentences[-1].endswith(_ENDS):
        sentences.pop()
    return sentences


def cited_sentences(draft: DraftStatement, evidence: Sequence[int]) -> tuple[int, ...]:
    """Article sentence indexes behind a statement's source numbers; numbers outside the list are dropped."""
    return tuple(dict.fromkeys(evidence[n - 1] for n in draft.cites if 1 <= n <= len(evidence)))
