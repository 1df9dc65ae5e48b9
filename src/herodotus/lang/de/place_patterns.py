"""German cues for finding where an event happened (used by ``pipeline.geo``)."""

# Prepositions that put the following name in place ("in Kairo", "nahe Kiew", "bei Bachmut").
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "im", "nahe", "bei", "beim", "nach", "vor", "nördlich", "südlich", "östlich",
    "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich", "außerhalb", "innerhalb",
    "unweit", "rund", "um", "zwischen",
})
# Prepositions strong enough for names that are also ordinary words ("in Essen", not "beim Essen").
STRONG_PREPOSITIONS = frozenset({"in", "nahe", "unweit", "nördlich", "südlich", "östlich", "westlich",
                                 "außerhalb"})
# "nördlich von X": "von" counts as locative only after one of these.
DIRECTION_WORDS = frozenset({"nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich",
                             "südöstlich", "südwestlich", "außerhalb", "unweit", "nähe", "umgebung",
                             "umland", "stadtrand", "rand"})
# Nouns that announce a place name ("der Küstenstadt Banias", "der Provinz Idlib").
PLACE_NOUNS = frozenset({
    "stadt", "hauptstadt", "küstenstadt", "hafenstadt", "grenzstadt", "großstadt", "kleinstadt",
    "provinzhauptstadt", "metropole", "ort", "ortschaft", "dorf", "gemeinde", "region", "provinz",
    "bezirk", "distrikt", "bundesstaat", "gouvernement", "stadtteil", "ortsteil", "vorort", "flughafen",
    "hafen", "insel", "halbinsel", "grenzort", "grenzübergang",
})
# Words that may stand between the preposition and the name: articles and similar.
FILLER_WORDS = frozenset({"der", "die", "das", "dem", "den", "des", "einer", "einem", "eines", "ein",
                          "eine", "nahe", "von", "gelegenen"})
# Lower-case endings of adjectives between preposition and name ("der syrischen Hauptstadt").
ADJECTIVE_ENDINGS = ("en", "er", "em", "es", "e")
# Place names that are common German words or names: used only with strong evidence.
AMBIGUOUS = frozenset({
    "essen", "hamm", "mark", "bad", "of", "die", "das", "der", "ende", "halle", "stern", "weil",
    "lauf", "kurz", "zeit", "hof", "wedding", "laut", "most", "wissen", "bergen", "weiden", "singen",
    "trost", "bild", "hagen", "brand", "wald", "wels", "kirchen", "linden", "hausen", "corona", "bush",
})
# Words that are never place names on their own (sentence-initial function words, titles).
NEVER = frozenset({
    "am", "an", "auf", "aus", "bei", "bis", "da", "dann", "dem", "den", "der", "des", "die", "doch",
    "durch", "ein", "eine", "er", "es", "für", "herr", "frau", "im", "in", "mit", "nach", "nun", "sie",
    "so", "um", "und", "vom", "von", "vor", "wie", "wir", "zu", "zum", "zur", "präsident", "minister",
    "regierung", "armee", "polizei", "kanzler", "union", "nato", "un", "uno", "eu", "laut", "mehr",
    "damit", "dort", "hier", "heute", "gestern", "morgen", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember", "alle", "viele", "norden",
    "süden", "osten", "westen", "afrika", "europa", "asien", "nahost", "nahen osten",
})
# Word stems that mark a trip or a hosted visit; such a meeting without a named place happened in
# the host (the recipient's) country.
TRIP_CUES = ("besuch", "besucht", "besuchen", "reist", "reise", "gereist", "empfang", "empfäng",
             "empfing", "eingetroffen", "eintreffen", "traf ein", "trifft ein", "staatsbesuch",
             "antrittsbesuch", "visite", "zu gast", "gastgeber", "auslandsreise", "landete", "gelandet")
# For statements, demands and agreements only these place the act itself ("einigten sich in München").
STATEMENT_PREPOSITIONS = frozenset({"in", "im"})
# German datelines name no state after the town ("Whitesburg (dpa) -"); see the English list.
DATELINE_STATES: dict[str, str] = {}
