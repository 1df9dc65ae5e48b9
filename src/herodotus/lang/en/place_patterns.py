"""English cues for finding where an event happened (used by ``pipeline.geo``)."""

# Prepositions that put the following name in place ("in Cairo", "near Kyiv", "outside Gaza").
LOCATIVE_PREPOSITIONS = frozenset({
    "in", "near", "at", "outside", "inside", "around", "across", "to", "within", "into",
    "between", "throughout", "through",
})
# Prepositions strong enough for names that are also ordinary words ("in Reading", not "for reading").
STRONG_PREPOSITIONS = frozenset({"in", "near", "outside"})
# "north of X": "of" counts as locative only after one of these.
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                             "southwest", "outskirts", "suburbs", "centre", "center", "heart"})
# Nouns that announce a place name ("the town of Kunyo Barrow", "the province of Idlib").
PLACE_NOUNS = frozenset({
    "city", "town", "capital", "village", "province", "region", "district", "port", "state", "county",
    "suburb", "airport", "island", "governorate", "neighbourhood", "neighborhood", "municipality",
})
# Words that may stand between the preposition and the name.
FILLER_WORDS = frozenset({"the", "a", "an", "of", "northern", "southern", "eastern", "western",
                          "central", "besieged", "coastal", "rebel-held", "border", "nearby"})
# English has no adjective endings to rely on; capitalised demonyms are handled as fillers.
ADJECTIVE_ENDINGS: tuple[str, ...] = ()
# Place names that are common English words or names: used only with strong evidence.
AMBIGUOUS = frozenset({
    "of", "bad", "mark", "essen", "hamm", "reading", "bath", "nice", "split", "mobile", "most",
    "said", "gary", "victoria", "florence", "chester", "eugene", "lincoln", "jackson", "washington",
    "paris", "troy", "buffalo", "orange", "independence", "liberty", "concord", "normal", "wells",
    "derby", "sale", "ende", "hull", "dover", "bristol", "time", "corona", "elizabeth", "bay", "bush",
    "zion", "hudson",
})
# Words that are never place names on their own.
NEVER = frozenset({
    "the", "a", "an", "and", "but", "he", "she", "it", "they", "we", "in", "on", "at", "of", "to",
    "for", "with", "by", "from", "as", "this", "that", "there", "president", "minister", "mr", "mrs",
    "ms", "government", "army", "police", "union", "nato", "un", "eu", "today", "yesterday",
    "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "north", "south", "east", "west", "africa", "europe", "asia",
    "middle east", "latin america", "the west",
})
# Word stems that mark a trip or a hosted visit.
TRIP_CUES = ("visit", "trip", "travel", "arriv", "hosted", "hosts", "hosting", "received",
             "receives", "welcomed", "welcomes", "landed", "tour", "flew to", "state visit")
# For statements, demands and agreements only these place the act itself ("agreed in Munich").
STATEMENT_PREPOSITIONS = frozenset({"in", "at"})
# The state abbreviations of US datelines in AP style ("WHITESBURG, Ky. (AP) —"): the state names
# the story's country when the town is too small for the gazetteer. Kept out of the gazetteer itself,
# as "Pa.", "Miss." or "Wash." are ordinary words outside a dateline.
DATELINE_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
}
