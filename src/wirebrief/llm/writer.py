"""The llm writer: an `AnnotatedArticle` in, a `Briefing` out, written by a language model and verified.

1. the extractive briefing is built first: it ranks the evidence and is the fallback;
2. the model gets the numbered evidence and answers with the four prose sections as JSON, every
   statement citing source numbers (retried at a higher temperature when the answer does not validate);
3. every statement (one sentence each) is judged by the gate every writer's briefing passes
   (`verify.Gate.judge`: a complete sentence, supported by the sentences it cites) or, when its own
   citations fail, by the shown sources that best cover its words (it is then published citing those);
   unsupported, incomplete and repeated ones are dropped and kept in `Written.rejected`;
4. a section left empty takes the extractive writer's section; timeline, key players, quotes and
   sources are the extractive writer's. The whole briefing then goes through `verify.publish`, the
   same gate, so every statement in it is supported and carries its support. When the model gives no
   usable answer at all, the extractive briefing is returned (through the gate too) and a warning logged.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from .. import compose
from ..annotate import AnnotatedArticle
from ..models import Briefing, Citation, Statement, content_id
from ..text import terms
from ..verify import DEFAULT_THRESHOLD, Gate, Rejected, Verifier, publish
from . import prompt as prompts
from .backends import Backend, Completion, LlmCallFailed
from .cache import ResponseCache, request_key

DEFAULT_MAX_TOKENS = 700  # the answer; four sections of short statements fit in about 500
DEFAULT_ATTEMPTS = 3
RETRY_TEMPERATURE_STEP = 0.3  # a retried answer is sampled hotter, or it would come out the same
RESULTS_KEPT = 256  # a long-running process (watch, serve) keeps only the latest

log = logging.getLogger("wirebrief.llm")


@dataclass(frozen=True)
class Written:
    briefing: Briefing
    rejected: tuple[Rejected, ...]
    fallback: tuple[str, ...]  # sections taken from the extractive writer (all four when the model failed)
    completion: Completion | None  # the answer used; None when the model gave none
    attempts: int
    error: str | None = None  # why no answer of the model was used


def _judge(text: str, cited: tuple[int, ...], sources: dict[int, frozenset[str]], gate: Gate, article_id: str):
    """(Statement, None) when the gate passes `text` on the sentences it cites; else (None, (score, reasons)).

    A small model often cites the wrong source number: a statement its own citations do not support is
    checked once more against the shown sources that best cover its words, and published citing those
    when they support it. What no source supports stays out either way."""
    verdict = gate.judge(text, _cite(article_id, cited)) if cited else None
    if verdict is not None and verdict.supported:
        return Statement(text, _cite(article_id, cited), verdict.score), None
    cover = _best_cover(text, sources)
    if cover and cover != cited:
        second = gate.judge(text, _cite(article_id, cover))
        if second.supported:
            return Statement(text, _cite(article_id, cover), second.score), None
        verdict = verdict or second
    if verdict is None:
        return None, (0.0, ("cites none of the numbered sources",))
    return None, (verdict.score, tuple(verdict.reasons) or (f"support {verdict.score:.2f} is below the threshold",))


def _best_cover(text: str, sources: dict[int, frozenset[str]]) -> tuple[int, ...]:
    """Up to MAX_CITES source sentences that together hold most of the statement's content words (greedy)."""
    wanted = set(terms(text))
    chosen: list[int] = []
    while wanted and len(chosen) < prompts.MAX_CITES:
        gain, index = max(((len(wanted & words), -i) for i, words in sources.items() if i not in chosen), default=(0, 0))
        if gain == 0:
            break
        chosen.append(-index)
        wanted -= sources[-index]
    return tuple(sorted(chosen))


def _cite(article_id: str, indexes: tuple[int, ...]) -> tuple[Citation, ...]:
    return tuple((article_id, index) for index in indexes)


class _NoAnswer(Exception):
    def __init__(self, reason: str, attempts: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.attempts = attempts


VerifierFactory = Callable[[Sequence[str]], object]  # article sentences -> object with .check(text, cited)


class LlmWriter:
    """Callable like `compose.build_briefing`; `results` keeps what each call rejected and fell back on.
    It publishes through the verifier's gate itself (`publishes`), at its own threshold."""

    publishes = True  # the pipeline does not gate its briefings a second time

    def __init__(
        self,
        backend: Backend,
        *,
        cache: ResponseCache | None = None,
        threshold: float | None = None,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        temperature: float = 0.0,
        attempts: int = DEFAULT_ATTEMPTS,
        sizes: dict[str, tuple[int, int]] = prompts.DEFAULT_SECTION_SIZES,
        prompt_tokens: int = prompts.PROMPT_MAX_TOKENS,
        verifier: VerifierFactory | None = None,
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.attempts = max(1, attempts)
        self.sizes = sizes
        # The prompt must leave room for the answer in the model's context.
        self.prompt_tokens = min(prompt_tokens, backend.context_tokens - max_tokens)
        if verifier is None:
            limit = DEFAULT_THRESHOLD if threshold is None else threshold
            verifier = lambda sentences: Verifier(sentences, threshold=limit)  # noqa: E731
        self._verifier = verifier
        self.results: deque[Written] = deque(maxlen=RESULTS_KEPT)

    def __call__(self, annotated: AnnotatedArticle, generated_at: datetime) -> Briefing:
        written = self.write(annotated, generated_at)
        self.results.append(written)
        return written.briefing

    def write(self, annotated: AnnotatedArticle, generated_at: datetime, *, use_cache: bool = True) -> Written:
        article = annotated.article
        texts = {article.id: [info.sentence.text for info in annotated.sentences]}
        gate = Gate(texts, make_verifier=self._verifier)
        extractive = publish(compose.build_briefing(annotated, generated_at), texts, gate=gate)  # 1
        prompt = prompts.build(annotated, extractive, self.backend.count_tokens, max_tokens=self.prompt_tokens, sizes=self.sizes)
        if not prompt.evidence:  # no sentence to show the model (and no citation it could make): nothing to ask
            reason = "no source sentence fits the prompt"
            log.info("%s: %s; the extractive briefing is used", article.title, reason)
            return Written(extractive, (), prompts.SECTIONS, None, 0, reason)
        try:
            draft, completion, attempts = self._ask(prompt, use_cache)  # 2
        except _NoAnswer as failed:
            log.warning("%s: no usable answer from %s (%s); the extractive briefing is used", article.title, self.backend.model_id, failed.reason)
            return Written(extractive, (), prompts.SECTIONS, None, failed.attempts, failed.reason)

        sources = {index: frozenset(terms(annotated.sentences[index].sentence.text)) for index in prompt.evidence}
        sections: dict[str, list[Statement]] = {}
        rejected: list[Rejected] = []
        seen: set[str] = set()
        for name in prompts.SECTIONS:  # 3
            kept = sections.setdefault(name, [])
            for item in draft[name]:
                cited = prompts.cited_sentences(item, prompt.evidence)
                if item.text.lower() in seen:
                    rejected.append(Rejected(name, item.text, _cite(article.id, cited), 0.0, ("repeats an earlier statement",)))
                    continue
                statement, refusal = _judge(item.text, cited, sources, gate, article.id)
                if statement is None:
                    rejected.append(Rejected(name, item.text, _cite(article.id, cited), *refusal))
                else:
                    kept.append(statement)
                    seen.add(item.text.lower())
        fallback = tuple(name for name in prompts.SECTIONS if not sections[name])  # 4
        for name in fallback:
            sections[name] = list(getattr(extractive, name))
        briefing = dataclasses.replace(
            extractive,
            id=content_id(article.id, "llm", self.backend.model_id),
            story=tuple(sections["story"]),
            key_points=tuple(sections["key_points"]),
            key_takeaways=tuple(sections["key_takeaways"]),
            impact_analysis=tuple(sections["impact_analysis"]),
            writer="llm",
        )
        briefing = publish(briefing, texts, gate=gate, rejected=rejected)  # every statement judged already: fills support
        return Written(briefing, tuple(rejected), fallback, completion, attempts)

    def _ask(self, prompt: prompts.Prompt, use_cache: bool) -> tuple[dict[str, list[prompts.DraftStatement]], Completion, int]:
        """The model's answer, parsed: retried while it does not validate; a failed call is not retried here
        (the HTTP backend's transport already retried it with backoff)."""
        reason = "no attempt made"
        for attempt in range(self.attempts):
            temperature = self.temperature + RETRY_TEMPERATURE_STEP * attempt
            request = {"system": prompt.system, "user": prompt.user, "schema": prompt.schema,
                       "max_tokens": self.max_tokens, "temperature": temperature}
            key = request_key(self.backend.model_id, request)
            completion = self.cache.get(key) if self.cache is not None and use_cache else None
            if completion is None:
                try:
                    completion = self.backend.complete(
                        prompt.system, prompt.user, prompt.schema, max_tokens=self.max_tokens, temperature=temperature
                    )
                except LlmCallFailed as exc:
                    raise _NoAnswer(str(exc), attempt + 1) from exc
            try:
                draft = prompts.parse(completion.text, self.sizes)
            except prompts.InvalidDraft as exc:
                reason = f"the answer did not validate: {exc}"
                log.info("attempt %d: %s", attempt + 1, reason)
                continue
            if self.cache is not None and not completion.cached:
                self.cache.put(key, self.backend.model_id, completion)
            return draft, completion, attempt + 1
        raise _NoAnswer(reason + f" ({self.attempts} attempts)", self.attempts)
