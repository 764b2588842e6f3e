"""hcc-nlp: rule-based spaCy components that turn HCC trial texts into per-arm trial records."""
from __future__ import annotations

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers Doc/Span extensions)
from .abbreviations import AbbreviationResolver, make_abbreviations  # noqa: F401
from .context import ContextTagger, make_context  # noqa: F401
from .drugs import DrugTagger, make_drug_tagger  # noqa: F401
from .entities import EntityFilter, make_entity_filter  # noqa: F401
from .numbers import NumberTagger, make_number_tagger  # noqa: F401
from .sections import SectionTagger, make_sections  # noqa: F401
from .sentences import SentenceSegmenter, make_sentences  # noqa: F401
from .terms import TermRuler, make_term_ruler  # noqa: F401
from .tokenizer import create_tokenizer, customize_tokenizer  # noqa: F401  (registers hcc_nlp.tokenizer.v1)

__version__ = "0.1.0"

PIPELINE = (
    "hcc_sentences",
    "hcc_sections",
    "hcc_drugs",
    "hcc_terms",
    "hcc_numbers",
    "hcc_abbreviations",
    "hcc_context",
    "hcc_entities",
    "hcc_linker",
)


def config() -> "spacy.Config":
    """The pipeline as a spaCy config (``hcc_nlp/pipeline.cfg``)."""
    from importlib import resources

    from thinc.api import Config

    return Config().from_str(resources.files("hcc_nlp").joinpath("pipeline.cfg").read_text(encoding="utf-8"))


def from_config() -> Language:
    """The same pipeline as :func:`load`, built from :func:`config`."""
    from . import linker as _linker  # noqa: F401

    return spacy.util.load_model_from_config(config(), auto_fill=True, validate=True)


def load(linker: bool = True) -> Language:
    """A ready pipeline on ``spacy.blank("en")`` with the hcc tokenizer and all components."""
    from . import linker as _linker  # noqa: F401  (registers hcc_linker)

    nlp = spacy.blank("en")
    nlp.tokenizer = customize_tokenizer(nlp)
    for name in PIPELINE:
        if name == "hcc_linker" and not linker:
            continue
        nlp.add_pipe(name)
    return nlp
