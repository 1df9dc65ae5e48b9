"""German words for time expressions (used by ``pipeline.dates``). Matching is case-insensitive
except where noted in ``pipeline.dates``; keys are lower case."""

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4,
    "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
            "sonnabend": 5, "sonntag": 6}
# Written together with the weekday: "Dienstagabend", "Montagmorgen".
DAY_PARTS = ("früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
# Words for a day relative to publication. "morgen" only in lower case (not "am Morgen").
RELATIVE_DAYS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1,
                 "übermorgen": 2}
# Adjectives before a weekday that fix the day: "am gestrigen Samstag".
DAY_ADJECTIVES = {"vorgestrigen": -2, "gestrigen": -1, "heutigen": 0, "morgigen": 1}
PAST_MODIFIERS = ("vergangene", "vergangenen", "vergangener", "vergangenes", "letzte", "letzten",
                  "letzter", "letztes", "vorige", "vorigen", "voriger", "voriges")
FUTURE_MODIFIERS = ("nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden",
                    "kommender", "kommendes", "folgende", "folgenden")
THIS_MODIFIERS = ("diese", "diesen", "dieser", "dieses", "diesem", "laufenden", "laufende")
# Unit words after a modifier: "vergangene Woche", "im kommenden Jahr", "am vergangenen Wochenende".
UNITS = {"woche": "week", "wochenende": "weekend", "monat": "month", "monats": "month",
         "jahr": "year", "jahres": "year", "jahrs": "year"}
# One-word relative units: "in der Vorwoche", "im Vorjahr".
RELATIVE_UNITS = {"vorwoche": ("week", -1), "vormonat": ("month", -1), "vorjahr": ("year", -1)}
# Words before a month or relative unit: "Anfang März", "Ende vergangener Woche".
PART_WORDS = ("anfang", "mitte", "ende", "beginn", "zu beginn", "seit", "bis", "ab")
# Prepositions that may start an expression and are kept in its text.
LEAD_WORDS = ("am", "im", "in", "seit", "bis", "ab", "vom", "zum", "ende", "anfang", "mitte")
# Words that make the sentence speak about the future (weekday -> the next one).
FUTURE_CUES = (r"\b(?:wird|werden|wirst|werde|will|wollen|plant|planen|geplant\w*|beabsichtig\w*|"
               r"bevorstehend\w*|soll\s+\w+\s+werden|sollen\s+\w+\s+werden)\b")
# Words before a four-digit number that make it a count, not a year ("mindestens 2000 Soldaten").
QUANTITY_WORDS = ("mindestens", "rund", "etwa", "über", "mehr als", "knapp", "fast", "bis zu",
                  "insgesamt", "weitere", "ungefähr", "circa", "ca.", "nur", "je")
# Words after a four-digit number that make it a count or a measure.
COUNT_WORDS = ("menschen", "personen", "soldaten", "euro", "dollar", "prozent", "meter", "kilometer",
               "tote", "toten", "einwohner", "mitglieder", "stück", "tonnen", "mal", "%")
# The weekend before publication (after it in future-tense sentences).
WEEKEND_PHRASES = ("am wochenende", "an diesem wochenende", "übers wochenende", "über das wochenende")
# A weekday that is part of a newspaper's name ("Welt am Sonntag", "Bild am Sonntag").
NAME_BEFORE = ("welt", "bild", "tagesspiegel", "berliner morgenpost", "nzz", "sonntagsblick")
NAME_AFTER = ("zeitung",)
