"""The spaCy models' matrix products on numpy's BLAS, one thread while annotating (`annotate.nlp`):
the same tags, parses and entities as on thinc's BLIS."""

from __future__ import annotations

import pytest
import threadpoolctl

from wirebrief.annotate import nlp as model
from wirebrief.config import Settings


TEXT = (
    "The Harwick ferry, which has crossed the Tarran estuary since 1921, will stop running on March 3, "
    "the town council said on Tuesday. Councillor Mary Oduya told reporters the crossing had lost money "
    "for six years. \"We looked at every option,\" she said. Passengers will use the road bridge four miles "
    "upstream, where Pellmouth Buses plans a shuttle from April."
)


def _readings(nlp) -> list[tuple]:
    doc = nlp(TEXT)
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


def test_the_loaded_models_compute_on_numpys_blas():
    from thinc.api import NumpyOps

    nlp = model.load_pipeline(Settings().model)
    ops = nlp.get_pipe("tok2vec").model.ops
    assert isinstance(ops, NumpyOps) and not ops.use_blis


def test_numpys_blas_reads_as_blis_does():
    import spacy

    ours = model.load_pipeline(Settings().model)
    on_blis = spacy.load(Settings().model)  # thinc's default ops
    assert on_blis.get_pipe("tok2vec").model.ops.use_blis
    with model.one_blas_thread():
        assert _readings(ours) == _readings(on_blis)


def test_blas_runs_one_thread_while_annotating_and_as_before_after():
    pytest.importorskip("numpy")  # loads numpy's BLAS
    controller = threadpoolctl.ThreadpoolController()
    blas = controller.select(user_api="blas")
    if not blas.lib_controllers:
        pytest.skip("no BLAS that threadpoolctl can see")
    before = [c.num_threads for c in blas.lib_controllers]
    with model.one_blas_thread():
        assert [c.num_threads for c in threadpoolctl.ThreadpoolController().select(user_api="blas").lib_controllers] == [1] * len(before)
    assert [c.num_threads for c in threadpoolctl.ThreadpoolController().select(user_api="blas").lib_controllers] == before
