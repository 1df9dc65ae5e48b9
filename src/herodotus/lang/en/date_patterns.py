"""English words for time expressions (used by ``pipeline.dates``); keys are lower case."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
# Written apart in English ("Tuesday night"); matched as separate words.
DAY_PARTS = ("morning", "afternoon", "evening", "night")
RELATIVE_DAYS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
                 "tomorrow": 1, "the day after tomorrow": 2}
DAY_ADJECTIVES: dict[str, int] = {}
PAST_MODIFIERS = ("last", "previous")
FUTURE_MODIFIERS = ("next", "coming", "following")
THIS_MODIFIERS = ("this", "earlier this", "later this")
UNITS = {"week": "week", "weekend": "weekend", "month": "month", "year": "year"}
RELATIVE_UNITS: dict[str, tuple[str, int]] = {}
PART_WORDS = ("early", "mid", "mid-", "late", "the end of", "the beginning of", "since", "until",
              "by", "end of")
LEAD_WORDS = ("on", "in", "since", "until", "by", "from", "the", "early", "late", "mid")
FUTURE_CUES = (r"\b(?:will|shall|won't|is going to|are going to|plans? to|planned|scheduled|"
               r"upcoming|expected to)\b|'ll\b")
QUANTITY_WORDS = ("at least", "about", "around", "more than", "nearly", "almost", "some", "over",
                  "up to", "roughly", "approximately", "only", "another")
COUNT_WORDS = ("people", "soldiers", "troops", "dollars", "euros", "percent", "meters", "metres",
               "kilometers", "killed", "dead", "residents", "members", "tons", "tonnes", "times", "%")
WEEKEND_PHRASES = ("over the weekend", "at the weekend", "on the weekend", "this weekend")
# A weekday that is part of a newspaper's name ("Mail on Sunday", "Sunday Times").
NAME_BEFORE = ("mail", "independent", "observer")
NAME_AFTER = ("times", "telegraph", "express", "mirror", "post", "herald", "tribune", "mail", "people")
