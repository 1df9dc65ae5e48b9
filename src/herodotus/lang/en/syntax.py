"""English syntax facts used by the parser's decoding."""

# Core arguments and the case they take (visible on pronouns only: "he" / "him").
CASE_OF_ROLE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Acc"}

# Verbs that hand the act of their infinitive to their object ("urged Israel to withdraw", "asked Kenya
# to send police"); after any other verb its subject does it ("Modi telephoned Ramgoolam to congratulate
# him"). Lemmas.
OBJECT_CONTROL = frozenset({
    "urge", "ask", "call", "invite", "tell", "order", "force", "allow", "permit", "persuade", "encourage",
    "press", "pressure", "push", "instruct", "direct", "authorize", "authorise", "require", "compel", "help",
    "enable", "warn", "advise", "appeal", "lead", "get", "want", "expect", "need", "implore", "beg",
    "challenge", "dare", "remind", "oblige", "empower", "mandate", "task", "commission", "trust", "prompt", "spur",
})

# Of those, verbs that are a telephone call when a name follows them ("Putin called Trump to congratulate him"):
# then the caller does what the infinitive says ("called on Israel to withdraw" still asks Israel).
CALL_VERBS = frozenset({"call"})
