"""English syntax facts used by the parser's decoding."""

# Core arguments and the case they take (visible on pronouns only: "he" / "him").
CASE_OF_ROLE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Acc"}
