"""Abbreviations that end in a full stop but do not end a sentence."""

ABBREVIATIONS = frozenset("""
Abs. Abt. a.D. Adm. allg. Anm. Art. Aufl. Bd. bspw. bzw. ca. Chr. d.h. Dipl. Dir. Dr. Drs. ebd. engl.
etc. ev. evtl. e.V. f. ff. Fa. frz. Fr. geb. gem. Gen. ggf. Hbf. hl. Hr. Hrsg. i.A. i.d.R. inkl. Ing.
i.V. jr. Jh. jun. Kap. kath. Kfm. Kl. Kpt. lt. Ltd. max. Mio. Mrd. mind. Mr. Mrs. Nr. o.ä. o.Ä. Okt. Prof.
Präs. Pkt. rd. S. s. sen. Sep. Sept. sog. Str. St. Tel. u. u.a. u.ä. u.Ä. usw. u.U. v. v.a. vgl. Vors. z. z.B.
z.T. zzgl. z.Zt. Jan. Feb. Febr. Mär. Apr. Jun. Jul. Aug. Nov. Dez. Mo. Di. Mi. Do. Fr. Sa. So. Gebr.
""".split())

# An ordinal ("7.") before these words is part of a date, not a sentence end.
MONTHS = frozenset("""
Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
""".split())
