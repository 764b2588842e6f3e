"""Error and warning messages with codes, and the package logger."""
from __future__ import annotations

import logging

logger = logging.getLogger("hcc_nlp")
logger.addHandler(logging.NullHandler())


class Errors:
    E002 = "[E002] {path}: file not found."
    E003 = "[E003] {path}: file is empty."
    E004 = "[E004] {path}: not UTF-8 text ({detail})."
    E005 = "[E005] {path}: looks binary (contains NUL bytes)."
    E006 = "[E006] {path}: larger than the {limit} MB limit."
    E007 = "[E007] {path}: record does not validate against the schema: {detail}"
    E008 = "[E008] {path}: not a directory."
    E009 = "[E009] {path}: extraction failed ({detail}); please report it with the text."
    E010 = "[E010] {path}: a JSON file that is not a ClinicalTrials.gov record (API v2, with 'protocolSection')."


class InputError(Exception):
    """A document that cannot be read; the message names the file."""
