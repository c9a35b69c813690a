"""Time the llm writer: prompt and completion tokens per second, seconds per briefing (medians).

`bench_llm(documents, writer)` briefs each document
through the pipeline with the given `LlmWriter`, the response cache bypassed so every answer is really
generated. The extractive writer briefs the same annotated articles in the same run, as the peer.
Seconds per briefing count the writer alone (annotation is shared by both writers and left out).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from .. import compose, pipeline
from ..config import Settings
from ..llm.prompt import SECTIONS
from ..models import Document


def bench_llm(documents: Sequence[Document], writer, settings: Settings | None = None) -> dict[str, Any]:
    """Brief every document with `writer` (an `LlmWriter`) and with the extractive writer; medians per briefing."""
    llm_s: list[float] = []
    extractive_s: list[float] = []
    written_all = []

    def timed(notes, generated_at: datetime):
        started = time.perf_counter()
        compose.build_briefing(notes, generated_at)
        extractive_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        written = writer.write(notes, generated_at, use_cache=False)
        llm_s.append(time.perf_counter() - started)
        written_all.append(written)
        return written.briefing

    generated_at = datetime.now(timezone.utc).replace(microsecond=0)
    pipeline.brief_documents(documents, settings or Settings(), generated_at=generated_at, writer=timed)
    answers = [w.completion for w in written_all if w.completion is not None]
    prompt_rates = [(c.prompt_evaluated or c.prompt_tokens) / c.prompt_s for c in answers if c.prompt_s > 0]
    completion_rates = [c.completion_tokens / (c.total_s - c.prompt_s) for c in answers if c.total_s > c.prompt_s]
    published = sum(
        len(getattr(w.briefing, name)) for w in written_all if w.completion for name in SECTIONS if name not in w.fallback
    )
    return {
        "model": writer.backend.model_id,
        "briefings": len(written_all),
        "seconds_per_briefing": _median(llm_s),
        "extractive_seconds_per_briefing": _median(extractive_s),
        "prompt_tokens_per_s": _median(prompt_rates),
        "completion_tokens_per_s": _median(completion_rates),
        "prompt_tokens": _median([c.prompt_tokens for c in answers]),
        "completion_tokens": _median([c.completion_tokens for c in answers]),
        "no_answer": sum(1 for w in written_all if w.completion is None),
        "statements_published": published,
        "statements_rejected": sum(len(w.rejected) for w in written_all),
        "sections_from_extractive": sum(len(w.fallback) for w in written_all),
    }


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 4) if values else None


def format_report(result: dict[str, Any]) -> str:
    """Medians, wirebrief's llm writer beside the extractive writer measured in the same run."""
    def show(value, digits=2):
        return "n/a" if value is None else f"{value:,.{digits}f}"

    return "\n".join([
        f"llm writer ({result['model']}), {result['briefings']} briefings, medians (timings on a shared machine are noisy):",
        f"  seconds per briefing     llm {show(result['seconds_per_briefing'], 3)}   extractive {show(result['extractive_seconds_per_briefing'], 3)}",
        f"  prompt tokens/s          {show(result['prompt_tokens_per_s'])}   (median prompt {show(result['prompt_tokens'], 0)} tokens)",
        f"  completion tokens/s      {show(result['completion_tokens_per_s'])}   (median answer {show(result['completion_tokens'], 0)} tokens)",
        f"  statements published {result['statements_published']}, rejected by the verifier {result['statements_rejected']}, "
        f"sections from the extractive writer {result['sections_from_extractive']}, no usable answer {result['no_answer']}",
    ])
