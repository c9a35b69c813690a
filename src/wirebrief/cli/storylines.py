"""`wirebrief eval storylines` and `wirebrief bench storylines`: measuring storyline assignment."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ._app import bench_app, error, eval_app, floor_verdict, progress

DEV_FILE = Path("../shared/eval/uci_stories_dev.csv")
SEEDS_DIR = Path("../shared/seeds")
CNNDM_FILE = Path("../shared/eval/cnndm_dev.jsonl")
ANNOTATED_FILE = Path("../shared/eval/annotated_dev.jsonl")
MULTIDAY_FILE = Path(__file__).resolve().parents[3] / "tests" / "data" / "storylines_dev.jsonl"
# hand-written full-text sets not tuned on, each printed as a stream: unseen, unseen-2, …
UNSEEN_FILES = [MULTIDAY_FILE.with_name(name) for name in
                ("storylines_unseen.jsonl", "storylines_unseen_2.jsonl", "storylines_unseen_3.jsonl", "storylines_unseen_4.jsonl")]


def _load(path: Path):
    from ..evaluation import storylines as evaluation

    if not path.is_file():
        error(f"{path}: no such file")
        raise typer.Exit(1)
    try:
        return evaluation.load_uci(path)
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        error(f"{path}: not a UCI News Aggregator CSV ({exc})")
        raise typer.Exit(1) from None


@eval_app.command("storylines")
def eval_storylines_cmd(
    path: Annotated[Path, typer.Argument(help="UCI News Aggregator CSV: ID, TITLE, STORY, TIMESTAMP (ms), …")] = DEV_FILE,
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of the seed digests (004 and 000): the issue's scenario.")] = SEEDS_DIR,
    cnndm: Annotated[Path, typer.Option("--cnndm", help="cnndm_dev.jsonl: one morning of unrelated full-text stories.")] = CNNDM_FILE,
    annotated: Annotated[Path, typer.Option("--annotated", help="annotated_dev.jsonl (articles the multi-day set names).")] = ANNOTATED_FILE,
    multiday: Annotated[Path, typer.Option("--multiday", help="The multi-day development set (JSONL).")] = MULTIDAY_FILE,
    unseen: Annotated[list[Path], typer.Option("--unseen", help="Hand-written full-text sets not tuned on (JSONL; repeat the option for several).")] = UNSEEN_FILES,
    errors: Annotated[int, typer.Option("--errors", min=0, help="List this many mixed storylines and split stories of the tune streams (tune, tune-il) only.")] = 0,
) -> None:
    """Stream labelled headlines (UCI) and full-text articles (seeds, cnndm_dev, a multi-day set) in time order;
    NMI, BCubed and pairs joined for wirebrief and a TF-IDF baseline. Full-text streams missing on disk are skipped."""
    from ..evaluation import storylines as evaluation

    headlines = _load(path)
    try:
        scores = evaluation.evaluate(headlines, progress=progress)
    except ValueError as exc:
        error(f"{path}: {exc}")
        raise typer.Exit(1) from None
    typer.echo("Headlines (UCI): tune, tune-il = settings chosen here (tune stories only); held-out, all, interleaved = not tuned on")
    typer.echo(evaluation.format_report(scores))
    if errors:
        streams_by_name = evaluation.streams_of(headlines)
        for name in evaluation.TUNE_STREAMS:
            predicted, _ = evaluation.predict(evaluation.SYSTEMS["wirebrief"], streams_by_name[name])
            typer.echo("")
            typer.echo(evaluation.format_errors(name, streams_by_name[name], predicted, limit=errors))
    streams = {}
    if seeds.is_dir() and any(seeds.glob("004_*.txt")) and any(seeds.glob("000_*.txt")):
        streams["seeds"] = evaluation.load_seeds(seeds)
    if cnndm.is_file():
        streams["cnndm_dev"] = evaluation.load_cnndm(cnndm)
    if multiday.is_file() and annotated.is_file() and cnndm.is_file():
        streams["multiday"] = evaluation.load_multiday(multiday, annotated, cnndm)
    for k, path_k in enumerate(unseen, 1):
        if path_k.is_file():
            streams["unseen" if k == 1 else f"unseen-{k}"] = evaluation.load_handwritten(path_k)
    if streams:
        typer.echo("")
        typer.echo("Full text (headline and lede, as `wirebrief ingest` assigns): multiday = settings chosen here; seeds, cnndm_dev = not tuned on (watched as floors while choosing); unseen = hand-written, not tuned on (its joins were looked at once while the rule was designed); unseen-2, unseen-3, unseen-4 = hand-written, never looked at while choosing")
        full_text = evaluation.evaluate_full_text(streams, progress=progress)
        typer.echo(evaluation.format_full_text(full_text))
        ours = [r for r in full_text if r.system == "wirebrief"]
        full_text_met = all(evaluation.seeds_right(r) for r in ours if r.stream == "seeds") and all(
            r.pairs.joined_wrong == 0 for r in ours if r.stream == "cnndm_dev")
    else:
        full_text_met = True
    floor_verdict(evaluation.meets_floor(scores) and full_text_met)


@bench_app.command("storylines")
def bench_storylines_cmd(
    path: Annotated[Path, typer.Argument(help="UCI News Aggregator CSV to replay.")] = DEV_FILE,
    n: Annotated[int, typer.Option("--n", min=1, help="Articles to stream.")] = 100_000,
    block: Annotated[int, typer.Option("--block", min=1, help="Report the time per this many articles.")] = 10_000,
) -> None:
    """Replay headlines (shifted 30 days per replay, lightly reworded) and time each block of articles."""
    from ..evaluation import storylines as evaluation

    headlines = _load(path)
    if not headlines:
        error(f"{path}: no rows")
        raise typer.Exit(1)
    typer.echo(f"{'articles':>9} {'secs/block':>10} {'CPU s':>7} {'active':>7} {'compared/article':>16}")
    started, started_cpu = time.perf_counter(), time.process_time()
    steps = []
    for step in evaluation.bench(headlines, n, block=block):
        steps.append(step)
        typer.echo(f"{step.done:>9} {step.seconds:>10.2f} {step.cpu_seconds:>7.2f} {step.active:>7} {step.comparisons:>16.1f}")
    total, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    full = [s for s in steps if s.done % block == 0]
    ratio = ""
    if len(full) > 1 and full[0].seconds and full[0].cpu_seconds:
        ratio = f", last/first block {full[-1].seconds / full[0].seconds:.2f} (CPU {full[-1].cpu_seconds / full[0].cpu_seconds:.2f})"
    typer.echo(f"total {total:.1f} s for {n} articles ({n / total:,.0f} articles/s; {n / cpu:,.0f} per CPU second){ratio}")
