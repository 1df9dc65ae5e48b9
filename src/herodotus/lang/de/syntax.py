"""German syntax facts used by the parser's decoding."""

# Core arguments and the morphological case each one takes. A predicate has at most
# one of each; when the parser proposes two subjects, the predicted case of the
# nouns decides ("Den Präsidenten kritisierte der Minister": Minister is Nom).
CASE_OF_ROLE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat"}

# Verbs that hand the act of their infinitive clause to their object ("forderte Israel auf, ihn
# freizulassen": Israel is to free him); after any other verb its subject does it ("rief Ramgoolam an, um
# ihm zu gratulieren"). Lemmas, separable verbs whole.
OBJECT_CONTROL = frozenset({
    "auffordern", "aufrufen", "bitten", "drängen", "zwingen", "erlauben", "gestatten", "ermächtigen",
    "verpflichten", "ermutigen", "ersuchen", "einladen", "überreden", "veranlassen", "beauftragen", "raten",
    "verbieten", "helfen", "anweisen", "nötigen", "mahnen", "ermahnen", "bewegen", "überzeugen", "hindern",
})

# Verbs that are a telephone call when a name follows them (German says "rief X an": no infinitive follows).
CALL_VERBS: frozenset[str] = frozenset()
