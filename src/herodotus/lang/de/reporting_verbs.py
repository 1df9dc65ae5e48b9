"""German speech cues for ``herodotus.pipeline.quotes``.

Hand-written patterns sit at the top. ``CUE_VERBS`` (between the GENERATED
markers) is written by ``scripts/build_cue_lexicon.py`` from annotated corpora:
SpkAtt-2023 Task 2 (WikiNews; only the documents NOT held out for
``eval/quotes``) and Redewiedergabe. Those corpora are CC BY-NC-SA: only these
lexicon facts (lemmas and counts) come from them, no trained model.
"""
from __future__ import annotations

# Prepositions that attribute the rest of the clause to the noun phrase they govern:
# "laut Polizei", "gemäß dem Bericht"; "X zufolge" puts the preposition after the phrase.
CUE_BEFORE = frozenset({"laut", "gemäß", "lt."})
CUE_AFTER = frozenset({"zufolge"})
# "nach Angaben von X", "nach Angaben der X", "nach Informationen des X", "nach Aussage X".
NACH_NOUNS = frozenset({
    "angaben", "angabe", "informationen", "aussage", "aussagen", "darstellung", "einschätzung",
    "ansicht", "meinung", "auffassung", "worten", "berichten", "schätzungen", "erkenntnissen",
    "mitteilung", "auskunft", "sicht", "vernehmen", "bericht", "berichte", "meldung", "meldungen",
    "studie", "stellungnahme", "analyse", "schätzung", "erklärung", "einschätzungen", "umfrage",
    "aussagen", "überlieferung", "überlieferungen", "erfahrungen", "berechnungen", "berechnung",
    "ermittlungen", "ergebnis", "ergebnissen", "planungen", "hinweis", "hinweisen", "ankündigung",
    "erkenntnisstand", "prognose", "prognosen", "umfragen", "quellen", "verfassung", "grundgesetz",
    "dafürhalten", "artikel", "paragraf", "paragraph", "gesetz", "medien",
})
# Nouns of speech acts whose content follows after a comma ("die Forderung des Ministers, ... zu ...",
# "die Ankündigung, der Iran werde ...", "mit der Aufforderung, ..."); the source is the genitive after them
SPEECH_NOUNS = frozenset({
    "forderung", "forderungen", "aufforderung", "ankündigung", "warnung", "appell", "aufruf", "mahnung",
    "behauptung", "behauptungen", "drohung", "zusage", "vorwurf", "vorwürfe", "äußerung", "feststellung",
    "bitte", "begründung", "versicherung", "beteuerung", "empfehlung",
})
# Relative adverbs that open what the noun before them says: "Berichte, wonach ...".
REPORT_RELATIVES = frozenset({"wonach"})
# Pronominal adverbs opening a sentence that reports the source of the sentence before:
# "Demnach zielten die Angriffe auf ...", "Demzufolge sei ...".
ANAPHORIC_FRAMES = frozenset({"demnach", "demzufolge"})
# Nouns (and word endings) of documents that say something: the source of "Demnach ..." after
# "Der Bundestag stimmte einer Gesetzesvorlage zu."
DOCUMENT_NOUNS = frozenset({
    "bericht", "studie", "umfrage", "urteil", "vorlage", "entwurf", "gesetz", "beschluss", "resolution",
    "gutachten", "erklärung", "mitteilung", "meldung", "analyse", "untersuchung", "verordnung", "vertrag",
    "abkommen", "dokument", "papier", "statistik", "prognose", "dekret", "brief", "schreiben",
    "stellungnahme", "kommuniqué", "kommunique",
})
# The words before a document's author right after it ("einem Schreiben von Finanzministerin X")
DOCUMENT_OWNERS = frozenset({"von", "des", "der"})
# ", so der Präsident." / ", so Merkel weiter."
SO_WORDS = frozenset({"so"})
# "wie der Sprecher mitteilte, ..." attributes the main clause.
WIE_WORDS = frozenset({"wie"})
# Complementisers that open a reported clause after a cue verb.
COMPLEMENTIZERS = frozenset({"dass", "daß", "ob", "wonach"})
# Nouns and adjectives that make any verb a report of a view before a dass/ob clause:
# "ist der Meinung, dass", "kam zu dem Schluss, dass", "hält es für unwahrscheinlich, dass",
# "war sich sicher, dass", "zeigte sich besorgt, dass".
OPINION_PREDICATES = frozenset("""
meinung ansicht auffassung überzeugung einschätzung schluss ergebnis erkenntnis standpunkt
sicher überzeugt möglich unmöglich wahrscheinlich unwahrscheinlich denkbar ausgeschlossen
besorgt zuversichtlich optimistisch skeptisch
schluß schlussfolgerung entschluss entschluß sinnvoll notwendig nötig fraglich
""".split())
# Verbs that report speech only in one construction, with the constructions they take: "quote" = a
# quotation opens within a few words in the same clause ("sieht Osterloh einen „Angriff gegen die
# Belegschaft“"), "colon" = a colon ends the frame ("veröffentlichte folgenden Kommentar dazu:"),
# "dass" = a dass/ob clause follows ("In dem Bericht steht, dass ..."). Checked against the gold cue
# counts of SpkAtt-2023 Task 2 (documents not held out) printed by ``scripts/spkatt_cues.py``: these
# are the frequent cue lemmas the lexicon lacked (sehen 8 cues, 5 before a quotation; halten 9, 3 before
# a quotation; stehen 3; veröffentlichen 2, colon/quotation), each in the construction the counts show.
CHECKED_CUES: dict[str, frozenset[str]] = {
    "sehen": frozenset({"quote", "dass"}),
    "halten": frozenset({"quote"}),
    "stehen": frozenset({"dass", "colon"}),
    "veröffentlichen": frozenset({"quote", "colon"}),
    # praise before the quoted words it praises ("lobte den Nachbarn für dessen „mutige Entscheidung“"); rare in
    # SpkAtt (begrüßen 1 cue, before a quotation), added as the counterpart of "kritisieren"
    "loben": frozenset({"quote"}),
    "begrüßen": frozenset({"quote"}),
}
# Verbs of judging whose subject uses the short label in marks they govern, far from any speech cue
# ("feierte die Entscheidung als »historischen Moment«", "lobte beide Seiten für ihre »Kompromissbereitschaft«");
# the articles' conventions list such labels as the subject's direct quotes.
JUDGING_VERBS = frozenset({
    "verurteilen", "kritisieren", "loben", "feiern", "begrüßen", "bedauern", "würdigen", "preisen",
    "geißeln", "anprangern", "beklagen", "werten", "bewerten", "verteidigen", "rechtfertigen", "nennen",
    "bezeichnen", "sprechen", "warnen", "drohen", "ausrufen", "verhängen", "ankündigen", "zurückweisen",
    "verspotten", "beschimpfen", "vorwerfen", "weisen", "bedanken", "danken", "bezichtigen", "beschuldigen",
    "aussprechen", "anordnen",
})
# The label belongs to the first verb above it ("feierte den Abzug als »historischen Moment«"); walking on
# through other verbs to a judging one costs SpkAtt precision.
LABEL_THROUGH_VERBS = False
# Impersonal frames ("heißt es", "hieß es") report speech without a speaker.
IMPERSONAL_SUBJECTS = frozenset({"es", "man"})
# Verbs that report speech when their subject is a person, even if rare in the corpora.
SEED_VERBS = frozenset({
    "hervorgehen",   # "Aus dem Bericht geht hervor, dass ...": the source is the "aus" phrase
    "sagen", "erklären", "betonen", "warnen", "mitteilen", "sprechen", "fordern", "kritisieren",
    "bekräftigen", "versichern", "ankündigen", "bestätigen", "berichten", "schreiben", "meinen",
    "behaupten", "vorwerfen", "zurückweisen", "unterstreichen", "hinzufügen", "ergänzen",
    "antworten", "entgegnen", "bekanntgeben", "angeben", "äußern", "verkünden", "drohen",
    "zitieren", "twittern", "mahnen", "appellieren", "beschuldigen", "beklagen", "bezeichnen",
    "nennen", "verlangen", "dementieren", "einräumen", "zugeben", "hervorheben", "ausführen",
    "anmerken", "erläutern", "hinweisen", "informieren", "melden", "mitteilen", "verweisen",
    "klarstellen", "bemerken", "festhalten", "einwenden", "widersprechen", "zusichern", "zusagen",
    "warnen", "verurteilen", "ankündigen", "bestreiten", "leugnen", "erinnern", "anklagen",
    "auffordern", "aufrufen", "bitten", "prophezeien", "vorhersagen", "schildern", "berichten",
    "fragen",   # "„Wer hat das entschieden?“, fragte Cancellato"
    # impersonal reports whose source stays unnamed: "Am Montag wurde bekannt, dass ...",
    # "Später stellte sich heraus, dass ..."
    "bekanntwerden", "herausstellen",
})
# Finite forms that are only Konjunktiv (I or II) in the 3rd person: a clause with one
# of them and no cue of its own continues the reported speech before it.
SUBJUNCTIVE_FORMS = frozenset("""
sei seien seiest wäre wären habe hätte hätten werde würde würden könne könnte könnten
müsse müsste müssten solle wolle dürfe dürfte dürften gebe gäbe
gehe stehe liege bleibe komme brauche handele handle lebe fehle gelte diene zeige
""".split())

# BEGIN GENERATED (scripts/build_cue_lexicon.py; do not edit by hand)
# lemma: (times a gold cue in news, times seen as a verb in the same documents,
#         times a speech frame verb in Redewiedergabe)
CUE_VERBS: dict[str, tuple[int, int, int]] = {
    'ablehnen': (3, 13, 0),
    'angeben': (12, 12, 1),
    'ankündigen': (19, 24, 1),
    'annehmen': (3, 14, 4),
    'anprangern': (3, 3, 0),
    'anweisen': (2, 4, 0),
    'appellieren': (2, 3, 0),
    'argumentieren': (2, 2, 0),
    'attackieren': (2, 2, 0),
    'auffordern': (20, 20, 1),
    'aufrufen': (2, 13, 0),
    'ausführen': (6, 6, 0),
    'ausgehen': (24, 24, 0),
    'aussagen': (2, 2, 1),
    'befürchten': (5, 16, 0),
    'begründen': (8, 15, 0),
    'behaupten': (6, 11, 4),
    'bekanntgeben': (13, 13, 0),
    'bekräftigen': (2, 5, 0),
    'bemühen': (2, 8, 0),
    'berichten': (37, 57, 2),
    'beschließen': (5, 9, 5),
    'beschreiben': (3, 5, 0),
    'beschuldigen': (6, 6, 0),
    'bestätigen': (10, 42, 0),
    'betonen': (12, 12, 0),
    'bezeichnen': (19, 30, 0),
    'bezweifeln': (3, 6, 0),
    'denken': (1, 15, 38),
    'einigen': (2, 8, 1),
    'einräumen': (3, 6, 0),
    'empfehlen': (2, 6, 1),
    'entgegnen': (2, 2, 1),
    'entscheiden': (4, 26, 0),
    'erhoffen': (3, 4, 0),
    'erklären': (62, 66, 7),
    'erwägen': (2, 5, 0),
    'feststellen': (7, 11, 0),
    'fordern': (13, 62, 0),
    'glauben': (7, 10, 47),
    'heißen': (30, 36, 3),
    'hervorgehen': (4, 4, 0),
    'hervorheben': (2, 2, 0),
    'hinweisen': (6, 6, 0),
    'hinzufügen': (4, 4, 0),
    'hoffen': (3, 7, 10),
    'kritisieren': (13, 30, 0),
    'lauten': (3, 11, 0),
    'lesen': (2, 4, 0),
    'meinen': (5, 7, 21),
    'melden': (10, 23, 3),
    'mitbegründen': (4, 4, 0),
    'mitteilen': (30, 30, 1),
    'mitzitieren': (3, 3, 0),
    'nennen': (8, 47, 3),
    'rufen': (2, 11, 9),
    'sagen': (124, 124, 119),
    'schreiben': (16, 20, 2),
    'schätzen': (3, 14, 0),
    'skandieren': (4, 4, 0),
    'vergleichen': (2, 6, 0),
    'verkünden': (4, 5, 0),
    'verlangen': (3, 9, 4),
    'vermuten': (4, 8, 2),
    'versichern': (4, 4, 4),
    'versprechen': (2, 5, 6),
    'verweisen': (3, 12, 0),
    'vorherrschen': (2, 2, 0),
    'vorschlagen': (5, 5, 0),
    'vorwarnen': (4, 4, 0),
    'vorwerfen': (20, 20, 0),
    'wagen': (2, 2, 3),
    'wissen': (1, 12, 67),
    'würdigen': (3, 5, 0),
    'zeigen': (7, 45, 0),
    'zitieren': (13, 19, 0),
    'zukommen': (4, 6, 0),
    'zurückweisen': (3, 7, 0),
    'zusagen': (2, 2, 0),
    'zusichern': (3, 3, 0),
    'zuweisen': (2, 3, 0),
    'äußern': (17, 37, 1),
}
# END GENERATED

# How a German report's clause goes on (quotes/indirect.py): a conjunction before a second main verb ends it
# (", und verlangte ..."); a verb-first condition (", sollte Ankara nicht einlenken") and a clause after a free
# relative subject ("wer zu Gewalt aufrufe, werde bestraft") belong to it.
CLAUSE_CONJUNCTIONS = frozenset({"und", "oder", "aber", "doch"})
CONDITIONAL_V1 = frozenset({"sollte", "sollten"})
FREE_RELATIVES = frozenset({"wer", "was"})
# A condition after the cue frame leaves the reported words before it ("sagte Gil, sofern Chile ... verzichte").
CONDITIONS = frozenset({"sofern", "falls", "wenn", "solange"})
