from pathlib import Path

import pytest

import hcc_nlp

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def nlp():
    return hcc_nlp.load()


@pytest.fixture(scope="session")
def tagger():
    return hcc_nlp.load(linker=False)


def ents(doc, label):
    return [e.text for e in doc.ents if e.label_ == label]


def comparisons(record, *fields):
    """The (field, ...) tuple of each of the record's comparisons ("endpoint", "measure", "value", ...)."""
    return [tuple(c.get(f) for f in fields) for c in record["comparisons"]]


def per_arm(record, key, *fields):
    """Per arm, the (field, ...) tuple of each of its ``key`` items ("outcomes", "adverse_events")."""
    return [[tuple(item.get(f) for f in fields) for item in arm[key]] for arm in record["arms"]]
