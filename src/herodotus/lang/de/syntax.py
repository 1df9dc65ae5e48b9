"""German syntax facts used by the parser's decoding."""

# Core arguments and the morphological case each one takes. A predicate has at most
# one of each; when the parser proposes two subjects, the predicted case of the
# nouns decides ("Den Präsidenten kritisierte der Minister": Minister is Nom).
CASE_OF_ROLE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat"}
