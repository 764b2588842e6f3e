from spacy.language import Language
