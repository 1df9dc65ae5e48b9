"""Abbreviations that end in a full stop but do not end a sentence."""

ABBREVIATIONS = frozenset("""
Adm. Apr. Aug. Ave. Brig. Capt. Cmdr. Co. Col. Corp. Dec. Dept. Dr. e.g. Feb. Fig. Fla. Gen. Gov. i.e.
Inc. Jan. Jr. Jul. Jun. Lt. Ltd. Maj. Mar. Mass. Messrs. Mr. Mrs. Ms. Mt. No. Nov. Oct. Pres. Prof. Rep.
Reps. Rev. Sen. Sens. Sep. Sept. Sgt. Sr. St. vs. v. U.S. U.K. U.N. U.S.A. E.U. Calif. Ariz. D.C. a.m. p.m.
""".split())

MONTHS = frozenset("""
January February March April May June July August September October November December
""".split())
