"""English tokenizer rules: abbreviations, clitics and sentence openers."""

from .place_patterns import DATELINE_STATES

# Abbreviations that end in a full stop but do not end a sentence.
ABBREVIATIONS = frozenset("""
Adm. Apr. Aug. Ave. Brig. Bros. Capt. Cmdr. Co. Col. Corp. Dec. Dept. Dr. e.g. Feb. Fig. Fla. Gen. Gov.
i.e. Inc. Jan. Jr. Jul. Jun. Lt. Ltd. Maj. Mar. Mass. Messrs. Mr. Mrs. Ms. Mt. Nov. Oct. Pres. Prof.
Rep. Reps. Rev. Sen. Sens. Sep. Sept. Sgt. Sr. St. vs. v. U.S. U.K. U.N. U.S.A. E.U. Calif. Ariz. D.C.
a.m. p.m. approx. est. etc. Gov. Govs. Supt. Blvd. Rd. pp. Vol. ed. eds. Ph.D. Jan. Conn. Penn.
""".split())

# Names whose last word is spelled like an abbreviation: at a sentence end the full stop is the sentence's
NAMES_LIKE_ABBREVIATIONS = frozenset({"Hun Sen"})

# US state abbreviations only after a town and a comma ("NASHVILLE, Tenn. (AP) —", "in Memphis, Tenn., police"):
# elsewhere "Pa." or "Wash." may be ordinary words closing a sentence.
STATE_ABBREVIATIONS = frozenset(DATELINE_STATES)

# Abbreviations only when a number follows ("No. 5"; "No. It is not" ends a sentence).
NUMBER_ABBREVIATIONS = frozenset({"No.", "Nos.", "Nr."})

# Abbreviations that often close a sentence ("... for Apple Inc. The company ...").
FINAL_ABBREVIATIONS = frozenset("""
etc. Inc. Co. Corp. Ltd. Jr. Sr. Bros. U.S. U.K. U.N. E.U. D.C. a.m. p.m. U.S.A.
""".split())

MONTHS = frozenset("""
January February March April May June July August September October November December
""".split())

# English ordinals are written "7th", so a number before a full stop ends a sentence.
# Words before a one-letter name that is no initial: the platform X ("schrieb auf der Plattform X.")
PLATFORM_WORDS = frozenset({"on", "platform", "network", "site"})

ORDINAL_DOT = False

SENTENCE_STARTERS = frozenset("""
The A An This That These Those He She It They We I You His Her Its Their Our My But And Or So Yet
However Meanwhile Then Now In On At For With From By After Before During Since As If When While
Although Though Because There Here What Who Why How Which Where Some Many Most All Both Each Every No
Not One Also Still Later Earlier Today Yesterday Last Next Such Other Another Mr. Mrs. Ms. Dr.
Officials Police According Under Despite Instead Still Nevertheless Moreover Furthermore Thus
""".split())

# Clitics split off a word, as UD English EWT does ("don't" -> "do" + "n't").
CLITICS: tuple[str, ...] = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
