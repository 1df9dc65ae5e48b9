"""German tokenizer rules: abbreviations, ordinals and sentence openers."""

# Abbreviations that end in a full stop but do not end a sentence.
ABBREVIATIONS = frozenset("""
Abg. Abs. Abt. a.D. Adm. allg. Anm. Art. Aufl. Bd. Bde. bspw. bzgl. bzw. ca. Chr. d.h. Dipl. Dir. Dr. Drs.
ebd. engl. etc. ev. evtl. e.V. f. ff. Fa. frz. Fr. geb. gem. Gen. ggf. Hbf. hl. Hr. Hrsg. i.A. i.d.R.
inkl. Ing. i.V. jr. Jh. Jhd. jun. Kap. kath. Kfm. Kl. Kpt. lt. Ltd. max. Mill. Min. Mio. Mrd. mind. Mr.
Mrs. Nr. o.ä. o.Ä. Okt. Prof. Präs. Pkt. rd. S. s. sen. Sep. Sept. sog. St. Std. stellv. Stv. Str. Tel.
Tsd. u. u.a. u.ä. u.Ä. usw. u.U. v. v.a. vgl. Vors. z. z.B. z.T. zzgl. z.Zt. Jan. Feb. Febr. Mär. Apr.
Jun. Jul. Aug. Nov. Dez. Mo. Di. Mi. Do. Sa. So. Gebr. Co. Inc. Corp. bzw. dt. Univ.
""".split())

# Names whose last word is spelled like an abbreviation: at a sentence end the full stop is the sentence's
NAMES_LIKE_ABBREVIATIONS = frozenset({"Hun Sen"})

# German datelines name US states in full ("Nashville/Tennessee").
STATE_ABBREVIATIONS: frozenset[str] = frozenset()

# Abbreviations only when a number follows ("Nr. 5").
NUMBER_ABBREVIATIONS = frozenset({"Nr.", "No."})

# Abbreviations that often close a sentence: a full stop after them ends one when a
# typical sentence opener follows ("... Äpfel usw. Die Preise ...").
FINAL_ABBREVIATIONS = frozenset("""
usw. etc. ff. Chr. v.Chr. n.Chr. Mio. Mrd. Tsd. e.V. Jh. Jhd. Str. Hbf. Co. Inc. Ltd. Corp.
""".split())

# An ordinal ("7.") before these words is part of a date, not a sentence end.
MONTHS = frozenset("""
Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
""".split())

# A number of up to three digits (or a Roman numeral) followed by a full stop is an
# ordinal ("zum 2. Mal", "Benedikt XVI. sagte") unless one of these words follows.
# Words before a one-letter name that is no initial: the platform X ("schrieb auf der Plattform X.")
PLATFORM_WORDS = frozenset({"auf", "plattform", "onlineplattform", "onlinedienst", "kurznachrichtendienst", "netzwerk", "dienst"})

ORDINAL_DOT = True

SENTENCE_STARTERS = frozenset("""
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Ich Wir Ihr Man Dies Diese Dieser
Dieses Diesen Doch Aber Und Oder Denn Dann Da Danach Darauf Dabei Dagegen Damit Dazu Deshalb Daher
Deswegen Trotzdem Dennoch Zudem Außerdem Allerdings Jedoch Auch Nun Jetzt Heute Gestern So Somit Also
Zwar Bereits Schon Noch Nur Am Im Ins Vom Zum Zur Beim In An Auf Aus Bei Mit Nach Seit Von Vor Zu Für
Gegen Ohne Um Über Unter Laut Trotz Während Wegen Wie Was Wer Wo Wann Warum Weshalb Welche Welcher
Welches Als Wenn Ob Obwohl Weil Dass Alle Viele Einige Mehrere Kein Keine Sein Seine Ihre Unser Unsere
Mein Meine Hier Dort Insgesamt Zuvor Später Anschließend Seitdem Inzwischen Mittlerweile Bislang Bisher
Nicht Sondern Zunächst Erst Zuletzt Schließlich Letztlich Vielmehr Stattdessen Demnach Dadurch Hinzu
Zugleich Gleichzeitig Ebenso Ebenfalls Offenbar Wohl Vielleicht Sicher Natürlich Bitte Ja Nein
""".split())

# Clitics split off a word ("don't" -> "do" + "n't"); German keeps "geht's" whole, as UD GSD does.
CLITICS: tuple[str, ...] = ()
