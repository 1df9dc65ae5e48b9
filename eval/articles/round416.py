"""Round 416: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in Europe, invented wording and details):
- hm416-de-01: Belarus/Germany: a Minsk regional court's death sentence for the German Red Cross medic Rico Krieger becomes known through Viasna; the Foreign Office condemns the death penalty and intervenes, prosecutors' railway-bomb accusation, Tsikhanouskaya accuses Lukashenko of hostage-taking, no summons of the Belarusian chargé yet (2024-07-19).
- hm416-de-02: Slovakia: parliament passes Fico's criminal-code reform abolishing the Special Prosecutor's Office after an opposition walkout; Fico accuses the special prosecutors and denies shielding allies, Lipšic and Čaputová object, Čaputová appeals to the Constitutional Court, the Commission's January demand, protests in Bratislava, Šimečka accuses Fico (2024-02-08).
- hm416-de-03: Ukraine: a Kyiv district court remands oligarch Ihor Kolomoisky in custody on SBU fraud and money-laundering charges; searches, his lawyers appeal, he denies the charges, Zelensky praises the investigators, the 2016 PrivatBank nationalisation and the US entry ban and lawsuit recalled (2023-09-02).
- hm416-de-04: Netherlands: Amsterdam riot police clear the pro-Palestinian camp at the University of Amsterdam's Roeterseiland campus and detain 169; the university had asked for help and refuses to cut Israeli ties, Halsema defends the operation, GroenLinks-PvdA and Amnesty object, Wilders praises the police, new protest, Berlin police clear a camp at the Free University (2024-05-07).
- hm416-en-01: Spain: Madrid refuses a port call in Cartagena to the Danish-flagged Marianne Danica carrying explosives to Israel; Albares and Puente confirm, no arms sales to Israel since October 7, Sumar's demand over the Borkum, Sánchez's accusations and ceasefire call, Israel's recall of its ambassador in November, planned recognition of Palestine (2024-05-16).
- hm416-en-02: Ireland/Israel: Israel announces the closure of its embassy in Dublin over Ireland's "extreme anti-Israel policies"; Saar cites recognition of Palestine and support for South Africa's ICJ case, Harris regrets the decision and denies Ireland is anti-Israel, Martin keeps the Tel Aviv embassy open, the May recall of Dana Erlich, a new embassy in Moldova, McDonald accuses Israel (2024-12-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm416-de-01 (Belarus/Germany, Rico Krieger)
MINSK_COURT = actor("Minsk Regional Court", "BLR", "JUD")
KRIEGER = actor("Rico Krieger", "DEU", "CVL")
DEU_AA = actor("German Federal Foreign Office", "DEU", "GOV")
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
BLR_PROSECUTORS = actor("Belarusian prosecutors", "BLR", "JUD")
TSIKHANOUSKAYA = actor("Sviatlana Tsikhanouskaya", "BLR", "OPP")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")

R1 = "Minsk/Berlin (dpa) - Ein Gericht in Belarus hat einen deutschen Staatsbürger wegen angeblicher Terrorakte zum Tode verurteilt."
R2 = ("Das Minsker Gebietsgericht verhängte das Urteil gegen den 30-jährigen Rico Krieger bereits am 24. Juni, wie die "
      "Menschenrechtsorganisation Wjasna am Freitag berichtete.")
R3 = "Das Auswärtige Amt in Berlin bestätigte den Fall."
R4 = ("„Die Todesstrafe ist eine grausame und unmenschliche Strafe, die wir unter allen Umständen ablehnen“, sagte eine "
      "Sprecherin.")
R5 = ("Man setze sich gegenüber den belarussischen Behörden intensiv für den Betroffenen ein, der konsularisch betreut "
      "werde.")
R6 = ("Die Anklage warf Krieger vor, im Oktober 2023 im Auftrag des ukrainischen Geheimdienstes SBU einen Sprengsatz an "
      "einer Bahnstrecke nahe Minsk gezündet zu haben.")
R7 = "Verletzt wurde dabei niemand."
R8 = "Verurteilt wurde der Deutsche unter anderem wegen Terrorismus, Söldnertums und Spionage."
R9 = "Krieger hatte nach Angaben von Bekannten als Sanitäter beim Deutschen Roten Kreuz gearbeitet."
R10 = ("Belarussische Staatsmedien zeigten ihn später in einem Video, in dem er sich als Mitglied des "
       "Kalinouski-Regiments bezeichnete, das auf ukrainischer Seite kämpft.")
R11 = "Die Exil-Oppositionsführerin Swetlana Tichanowskaja verurteilte das Urteil scharf."
R12 = ("Machthaber Alexander Lukaschenko benutze Ausländer als „Geiseln“, um sich Zugeständnisse des Westens zu "
       "erpressen, schrieb sie auf X.")
R13 = ("Die Bundesregierung hat den belarussischen Geschäftsträger in Berlin nach Angaben aus Regierungskreisen bislang "
       "nicht einbestellt.")
R14 = "Belarus ist das einzige Land in Europa, das die Todesstrafe noch vollstreckt."
R15 = "Hinrichtungen erfolgen dort durch Genickschuss, die Angehörigen werden erst danach informiert."
R16 = "Wjasna zählt derzeit fast 1400 politische Gefangene in Belarus."

DE01 = {
    "id": "hm416-de-01", "lang": "de", "url": None, "published": "2024-07-19",
    "title": "Deutscher in Belarus zum Tode verurteilt",
    "text": paragraphs([R1, R2, R3], [R4, R5], [R6, R7, R8, R9, R10], [R11, R12, R13], [R14, R15, R16]),
    "events": [
        event("SANCTION", MINSK_COURT, KRIEGER, R1, mode="convict", location_country="BLR"),
        event("SANCTION", MINSK_COURT, KRIEGER, R2, mode="convict", date="2024-06-24", location="Minsk",
              location_country="BLR"),
        event("ACCUSE", DEU_AA, BLR_GOV, R4, mode="disapprove"),
        event("REQUEST", DEU_AA, BLR_GOV, R5),
        event("ACCUSE", BLR_PROSECUTORS, KRIEGER, R6, mode="allege"),
        event("SANCTION", MINSK_COURT, KRIEGER, R8, mode="convict"),
        event("ACCUSE", TSIKHANOUSKAYA, MINSK_COURT, R11, mode="disapprove"),
        event("ACCUSE", TSIKHANOUSKAYA, LUKASHENKO, R12, mode="allege"),
        event("ACCUSE", DEU_GOV, BLR_GOV, R13, mode="disapprove", negated=True),
    ],
    "quotes": [
        quote("Das Minsker Gebietsgericht verhängte das Urteil gegen den 30-jährigen Rico Krieger bereits am 24. Juni",
              "Viasna", "indirect"),
        quote("Die Todesstrafe ist eine grausame und unmenschliche Strafe, die wir unter allen Umständen ablehnen",
              "spokesperson of the German Federal Foreign Office", "direct"),
        quote("Man setze sich gegenüber den belarussischen Behörden intensiv für den Betroffenen ein, der konsularisch "
              "betreut werde", "spokesperson of the German Federal Foreign Office", "indirect"),
        quote("im Oktober 2023 im Auftrag des ukrainischen Geheimdienstes SBU einen Sprengsatz an einer Bahnstrecke "
              "nahe Minsk gezündet zu haben", "Belarusian prosecutors", "indirect"),
        quote("Krieger hatte nach Angaben von Bekannten als Sanitäter beim Deutschen Roten Kreuz gearbeitet",
              "acquaintances of Rico Krieger", "indirect"),
        quote("Geiseln", "Sviatlana Tsikhanouskaya", "direct"),
        quote("Machthaber Alexander Lukaschenko benutze Ausländer als „Geiseln“, um sich Zugeständnisse des Westens zu "
              "erpressen", "Sviatlana Tsikhanouskaya", "indirect"),
        quote("Die Bundesregierung hat den belarussischen Geschäftsträger in Berlin nach Angaben aus Regierungskreisen "
              "bislang nicht einbestellt", "German government sources", "indirect"),
    ],
    "entities": [
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Belarus", "LOC", "BLR", ["Belarus", "dort"]),
        entity("Minsk Regional Court", "ORG", "BLR", ["Ein Gericht in Belarus", "Das Minsker Gebietsgericht"]),
        entity("Rico Krieger", "PER", "DEU", ["einen deutschen Staatsbürger", "den 30-jährigen Rico Krieger",
                                              "den Betroffenen", "Krieger", "der Deutsche", "ihn", "er"]),
        entity("Viasna", "ORG", "BLR", ["die Menschenrechtsorganisation Wjasna", "Wjasna"]),
        entity("German Federal Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("spokesperson of the German Federal Foreign Office", "PER", "DEU", ["eine Sprecherin"]),
        entity("Government of Belarus", "ORG", "BLR", ["den belarussischen Behörden"]),
        entity("Belarusian prosecutors", "ORG", "BLR", ["Die Anklage"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["des ukrainischen Geheimdienstes SBU"]),
        entity("acquaintances of Rico Krieger", "PER", "DEU", ["Bekannten"]),
        entity("German Red Cross", "ORG", "DEU", ["beim Deutschen Roten Kreuz"]),
        entity("Belarusian state media", "ORG", "BLR", ["Belarussische Staatsmedien"]),
        entity("Kastus Kalinouski Regiment", "ORG", "UKR", ["des Kalinouski-Regiments"]),
        entity("Sviatlana Tsikhanouskaya", "PER", "BLR", ["Die Exil-Oppositionsführerin Swetlana Tichanowskaja",
                                                          "sie"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Machthaber Alexander Lukaschenko"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Government of Germany", "ORG", "DEU", ["Die Bundesregierung", "Regierungskreisen"]),
        entity("chargé d'affaires of Belarus in Germany", "PER", "BLR",
               ["den belarussischen Geschäftsträger in Berlin"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm416-de-02 (Slovakia, special prosecutor abolished)
SVK_OPPOSITION = actor("Slovak opposition", "SVK", "OPP")
SVK_PARLIAMENT = actor("National Council of Slovakia", "SVK", "LEG")
FICO = actor("Robert Fico", "SVK", "GOV")
SVK_SPECIAL_PROSECUTOR = actor("Special Prosecutor's Office of Slovakia", "SVK", "JUD")
LIPSIC = actor("Daniel Lipšic", "SVK", "JUD")
CAPUTOVA = actor("Zuzana Čaputová", "SVK", "GOV")
SVK_CONST_COURT = actor("Constitutional Court of Slovakia", "SVK", "JUD")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
SVK_PROTESTERS = actor("Slovak protesters", "SVK", "CVL")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")

S1 = ("Bratislava (dpa) - Das slowakische Parlament hat trotz wochenlanger Proteste eine umstrittene Reform des "
      "Strafrechts beschlossen, mit der die Sonderstaatsanwaltschaft für schwere Korruption abgeschafft wird.")
S2 = ("Für die Novelle stimmten am Donnerstag 78 der 150 Abgeordneten, die Opposition hatte den Saal zuvor aus Protest "
      "verlassen.")
S3 = ("Die Sonderstaatsanwaltschaft soll zum 15. März aufgelöst werden, ihre Fälle übernehmen die regionalen "
      "Staatsanwaltschaften.")
S4 = "Zugleich werden die Strafen für Wirtschaftsdelikte gesenkt und Verjährungsfristen verkürzt."
S5 = ("Ministerpräsident Robert Fico verteidigte die Reform und warf der Sonderstaatsanwaltschaft vor, jahrelang "
      "politisch motivierte Verfahren gegen Mitglieder seiner Partei Smer geführt zu haben.")
S6 = ("Den Vorwurf der Opposition, die Koalition wolle damit Verbündete vor Strafverfolgung schützen, wies er "
      "zurück.")
S7 = "Justizminister Boris Susko sagte, die Slowakei passe ihr Strafrecht lediglich an europäische Standards an."
S8 = "Sonderstaatsanwalt Daniel Lipšic sprach dagegen von einem „schwarzen Tag für den Rechtsstaat“."
S9 = ("Präsidentin Zuzana Čaputová nannte die Reform verfassungswidrig und kündigte an, sie vor dem "
      "Verfassungsgericht anzufechten.")
S10 = ("„Ich bitte das Verfassungsgericht, die Wirksamkeit des Gesetzes umgehend auszusetzen“, sagte die Staatschefin "
       "in einer Fernsehansprache.")
S11 = ("Die EU-Kommission hatte bereits im Januar Bedenken geäußert und die Regierung in Bratislava aufgefordert, die "
       "Reform nicht im Eilverfahren durchzusetzen.")
S12 = ("Seit Dezember gehen in Bratislava und anderen Städten regelmäßig Zehntausende Menschen gegen die Pläne auf die "
       "Straße.")
S13 = "Auch am Donnerstagabend versammelten sich nach Polizeiangaben rund 15.000 Menschen vor dem Regierungssitz."
S14 = ("Der Chef der Progressiven Slowakei (PS), Michal Šimečka, warf Fico auf der Kundgebung vor, die Slowakei nach "
       "dem Vorbild Ungarns umzubauen.")
S15 = "Fico war im Oktober nach dem Wahlsieg seiner linksnationalen Smer zum vierten Mal Regierungschef geworden."
S16 = "Gegen mehrere frühere Polizeichefs und Politiker aus dem Umfeld der Smer laufen Korruptionsverfahren."

DE02 = {
    "id": "hm416-de-02", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Slowakei schafft Sonderstaatsanwaltschaft ab",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14], [S15, S16]),
    "events": [
        event("PROTEST", SVK_OPPOSITION, SVK_PARLIAMENT, S2, mode="boycott", date="2024-02-08", location="Bratislava",
              location_country="SVK"),
        event("ACCUSE", FICO, SVK_SPECIAL_PROSECUTOR, S5, mode="allege"),
        event("ACCUSE", LIPSIC, SVK_PARLIAMENT, S8, mode="disapprove"),
        event("ACCUSE", CAPUTOVA, SVK_PARLIAMENT, S9, mode="disapprove"),
        event("REQUEST", CAPUTOVA, SVK_CONST_COURT, S10, mode="change"),
        event("ACCUSE", EU_COMMISSION, SVK_GOV, S11, mode="disapprove"),
        event("REQUEST", EU_COMMISSION, SVK_GOV, S11, mode="change"),
        event("PROTEST", SVK_PROTESTERS, SVK_GOV, S12, mode="demo", location="Bratislava", location_country="SVK"),
        event("PROTEST", SVK_PROTESTERS, SVK_GOV, S13, mode="demo", date="2024-02-08", location="Bratislava",
              location_country="SVK"),
        event("ACCUSE", SIMECKA, FICO, S14, mode="disapprove", date="2024-02-08", location="Bratislava",
              location_country="SVK"),
    ],
    "quotes": [
        quote("jahrelang politisch motivierte Verfahren gegen Mitglieder seiner Partei Smer geführt zu haben",
              "Robert Fico", "indirect"),
        quote("die Koalition wolle damit Verbündete vor Strafverfolgung schützen", "Slovak opposition", "indirect"),
        quote("die Slowakei passe ihr Strafrecht lediglich an europäische Standards an", "Boris Susko", "indirect"),
        quote("schwarzen Tag für den Rechtsstaat", "Daniel Lipšic", "direct"),
        quote("Ich bitte das Verfassungsgericht, die Wirksamkeit des Gesetzes umgehend auszusetzen", "Zuzana Čaputová",
              "direct"),
        quote("Auch am Donnerstagabend versammelten sich nach Polizeiangaben rund 15.000 Menschen vor dem "
              "Regierungssitz", "Police of Slovakia", "indirect"),
        quote("die Slowakei nach dem Vorbild Ungarns umzubauen", "Michal Šimečka", "indirect"),
    ],
    "entities": [
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("National Council of Slovakia", "ORG", "SVK", ["Das slowakische Parlament", "den Saal"]),
        entity("Special Prosecutor's Office of Slovakia", "ORG", "SVK",
               ["die Sonderstaatsanwaltschaft für schwere Korruption", "Die Sonderstaatsanwaltschaft",
                "der Sonderstaatsanwaltschaft"]),
        entity("Slovak opposition", "ORG", "SVK", ["die Opposition", "der Opposition"]),
        entity("Robert Fico", "PER", "SVK", ["Ministerpräsident Robert Fico", "er", "Fico"]),
        entity("Smer", "ORG", "SVK", ["seiner Partei Smer", "seiner linksnationalen Smer", "der Smer"]),
        entity("Government of Slovakia", "ORG", "SVK", ["die Koalition", "die Regierung in Bratislava"]),
        entity("Boris Susko", "PER", "SVK", ["Justizminister Boris Susko"]),
        entity("Slovakia", "LOC", "SVK", ["die Slowakei"]),
        entity("Daniel Lipšic", "PER", "SVK", ["Sonderstaatsanwalt Daniel Lipšic"]),
        entity("Zuzana Čaputová", "PER", "SVK", ["Präsidentin Zuzana Čaputová", "Ich", "die Staatschefin"]),
        entity("Constitutional Court of Slovakia", "ORG", "SVK", ["dem Verfassungsgericht", "das Verfassungsgericht"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Slovak protesters", "PER", "SVK", ["Zehntausende Menschen", "rund 15.000 Menschen"]),
        entity("Government Office of Slovakia", "LOC", "SVK", ["dem Regierungssitz"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["der Progressiven Slowakei (PS)"]),
        entity("Michal Šimečka", "PER", "SVK", ["Der Chef der Progressiven Slowakei (PS), Michal Šimečka"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns"]),
    ],
}

# ---------------------------------------------------------------- hm416-de-03 (Ukraine, Kolomoisky remanded)
KYIV_COURT = actor("Shevchenkivskyi District Court of Kyiv", "UKR", "JUD")
KOLOMOISKY = actor("Ihor Kolomoisky", "UKR", "BUS")
SBU = actor("Security Service of Ukraine", "UKR", "COP")
KOLO_LAWYERS = actor("lawyers of Ihor Kolomoisky", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
US_DOJ = actor("United States Department of Justice", "USA", "JUD")

K1 = ("Kiew (dpa) - Ein Gericht in Kiew hat Untersuchungshaft gegen den ukrainischen Oligarchen Ihor Kolomojskyj "
      "angeordnet.")
K2 = ("Der 60-Jährige müsse zunächst für zwei Monate in Haft bleiben, entschied das Bezirksgericht Schewtschenkiwskyj "
      "am Samstag.")
K3 = "Gegen eine Kaution von gut 509 Millionen Hrywnja (rund 12,7 Millionen Euro) könne er freikommen."
K4 = "Zuvor hatte der Inlandsgeheimdienst SBU dem Milliardär Betrug und Geldwäsche vorgeworfen."
K5 = ("Kolomojskyj soll zwischen 2013 und 2020 mehr als eine halbe Milliarde Hrywnja über Banken unter seiner "
      "Kontrolle ins Ausland geschafft haben.")
K6 = "Ermittler durchsuchten nach SBU-Angaben zudem mehrere Büros und Wohnungen des Geschäftsmanns."
K7 = "Kolomojskyjs Anwälte legten umgehend Berufung gegen die Haftentscheidung ein."
K8 = "Der Unternehmer selbst bestreitet nach Angaben seines Umfelds jedes Fehlverhalten."
K9 = ("Präsident Wolodymyr Selenskyj würdigte in seiner abendlichen Videoansprache die Arbeit der Ermittler, ohne "
      "Kolomojskyj namentlich zu nennen.")
K10 = "„Die Gesetze in der Ukraine müssen für alle gelten“, sagte er."
K11 = "Kolomojskyj galt lange als einer der mächtigsten Männer des Landes."
K12 = ("Sein Fernsehsender 1+1 hatte die Comedyserie ausgestrahlt, mit der der frühere Schauspieler Selenskyj bekannt "
       "geworden war.")
K13 = ("Die Regierung hatte 2016 Kolomojskyjs größte Bank, die Privatbank, verstaatlicht, nachdem dort ein "
       "Milliardenloch entdeckt worden war.")
K14 = ("Das US-Außenministerium hatte 2021 ein Einreiseverbot gegen ihn und seine Familie verhängt und ihm Korruption "
       "vorgeworfen.")
K15 = ("Das US-Justizministerium wirft ihm in einer Zivilklage vor, veruntreutes Geld der Privatbank in Immobilien in "
       "den USA angelegt zu haben.")
K16 = ("Der Kampf gegen Korruption gilt als Voraussetzung für die von Kiew angestrebten Beitrittsverhandlungen mit der "
       "EU.")

DE03 = {
    "id": "hm416-de-03", "lang": "de", "url": None, "published": "2023-09-02",
    "title": "Ukrainischer Oligarch Kolomojskyj in Untersuchungshaft",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10], [K11, K12, K13, K14, K15], [K16]),
    "events": [
        event("COERCE", KYIV_COURT, KOLOMOISKY, K1, mode="arrest", location="Kyiv", location_country="UKR"),
        event("COERCE", KYIV_COURT, KOLOMOISKY, K2, mode="arrest", date="2023-09-02", location="Kyiv",
              location_country="UKR"),
        event("ACCUSE", SBU, KOLOMOISKY, K4, mode="allege"),
        event("COERCE", SBU, KOLOMOISKY, K6, mode="seize"),
        event("REQUEST", KOLO_LAWYERS, KYIV_COURT, K7, mode="yield"),
        event("SUPPORT", ZELENSKY, SBU, K9, date="2023-09-02"),
        event("COERCE", UKR_GOV, KOLOMOISKY, K13, mode="seize"),
        event("COERCE", US_STATE, KOLOMOISKY, K14, mode="ban"),
        event("ACCUSE", US_STATE, KOLOMOISKY, K14, mode="allege"),
        event("ACCUSE", US_DOJ, KOLOMOISKY, K15, mode="allege"),
    ],
    "quotes": [
        quote("Der 60-Jährige müsse zunächst für zwei Monate in Haft bleiben",
              "Shevchenkivskyi District Court of Kyiv", "indirect"),
        quote("Gegen eine Kaution von gut 509 Millionen Hrywnja (rund 12,7 Millionen Euro) könne er freikommen",
              "Shevchenkivskyi District Court of Kyiv", "indirect"),
        quote("Ermittler durchsuchten nach SBU-Angaben zudem mehrere Büros und Wohnungen des Geschäftsmanns",
              "Security Service of Ukraine", "indirect"),
        quote("Der Unternehmer selbst bestreitet nach Angaben seines Umfelds jedes Fehlverhalten",
              "associates of Ihor Kolomoisky", "indirect"),
        quote("Die Gesetze in der Ukraine müssen für alle gelten", "Volodymyr Zelensky", "direct"),
        quote("veruntreutes Geld der Privatbank in Immobilien in den USA angelegt zu haben",
              "United States Department of Justice", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Shevchenkivskyi District Court of Kyiv", "ORG", "UKR",
               ["Ein Gericht in Kiew", "das Bezirksgericht Schewtschenkiwskyj"]),
        entity("Ihor Kolomoisky", "PER", "UKR",
               ["den ukrainischen Oligarchen Ihor Kolomojskyj", "Der 60-Jährige", "er", "dem Milliardär",
                "Kolomojskyj", "seiner", "des Geschäftsmanns", "Kolomojskyjs", "Der Unternehmer", "Sein", "ihn",
                "ihm"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["der Inlandsgeheimdienst SBU", "SBU", "Ermittler",
                                                            "der Ermittler"]),
        entity("lawyers of Ihor Kolomoisky", "PER", "UKR", ["Kolomojskyjs Anwälte"]),
        entity("associates of Ihor Kolomoisky", "PER", "UKR", ["seines Umfelds"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er",
                                                    "der frühere Schauspieler Selenskyj"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "des Landes"]),
        entity("1+1", "ORG", "UKR", ["Sein Fernsehsender 1+1"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Die Regierung", "Kiew"]),
        entity("PrivatBank", "ORG", "UKR", ["Kolomojskyjs größte Bank, die Privatbank", "der Privatbank"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("family of Ihor Kolomoisky", "PER", "UKR", ["seine Familie"]),
        entity("United States Department of Justice", "ORG", "USA", ["Das US-Justizministerium"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
    ],
}

# ---------------------------------------------------------------- hm416-de-04 (Netherlands, UvA camp cleared)
AMS_POLICE = actor("Amsterdam police", "NLD", "COP")
UVA_PROTESTERS = actor("pro-Palestinian protesters at the University of Amsterdam", "NLD", "CVL")
UVA = actor("University of Amsterdam", "NLD", "EDU")
AMS_CITY = actor("Municipality of Amsterdam", "NLD", "GOV")
HALSEMA = actor("Femke Halsema", "NLD", "GOV")
GLPVDA = actor("GroenLinks-PvdA", "NLD", "PTY")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
WILDERS = actor("Geert Wilders", "NLD", "PTY")
BERLIN_POLICE = actor("Berlin police", "DEU", "COP")
FU_PROTESTERS = actor("pro-Palestinian protesters at the Free University of Berlin", "DEU", "CVL")

A1 = ("Amsterdam (dpa) - Die Polizei hat in Amsterdam ein pro-palästinensisches Protestcamp auf dem Gelände der "
      "Universität geräumt und dabei mehr als 160 Menschen festgenommen.")
A2 = ("Beamte der Mobilen Einheit rückten in der Nacht zum Dienstag mit Baggern an und rissen Zelte und Barrikaden auf "
      "dem Campus Roeterseiland nieder.")
A3 = "Nach Polizeiangaben wurden 169 Menschen festgenommen, die meisten kamen am Morgen wieder frei."
A4 = ("Die Demonstranten hatten am Montag Zelte aufgebaut und gefordert, dass die Universität alle Verbindungen zu "
      "israelischen Hochschulen abbricht.")
A5 = "Die Universitätsleitung lehnte dies ab und verwies auf die Freiheit der Wissenschaft."
A6 = "Die Hochschule hatte nach eigenen Angaben selbst um das Eingreifen der Polizei gebeten."
A7 = "Nach Angaben der Stadt warfen einige Demonstranten Steine und Feuerwerkskörper auf die Beamten."
A8 = "Bürgermeisterin Femke Halsema verteidigte den Einsatz."
A9 = ("Sie warf den Besetzern vor, die Sicherheit von Studenten und Mitarbeitern gefährdet zu haben, und sprach von "
      "einer „unhaltbaren Situation“.")
A10 = ("Die grün-linke Partei GroenLinks-PvdA und die Organisation Amnesty International kritisierten dagegen das harte "
       "Vorgehen der Polizei.")
A11 = "„Demonstrieren ist ein Grundrecht, auch auf dem Campus“, erklärte Amnesty."
A12 = ("Der Rechtspopulist Geert Wilders, dessen Partei PVV die Parlamentswahl im November gewonnen hatte, lobte die "
       "Beamten.")
A13 = "Am Dienstagnachmittag versammelten sich erneut mehrere Hundert Studenten vor einem Gebäude der Universität."
A14 = "Die Hochschule schloss daraufhin mehrere Gebäude in der Innenstadt."
A15 = "Ähnliche Proteste gegen den Krieg im Gazastreifen gibt es derzeit an zahlreichen Hochschulen in Europa und den USA."
A16 = ("Auch in Berlin löste die Polizei am Dienstag ein Protestcamp im Innenhof der Freien Universität auf und nahm "
       "mehrere Demonstranten fest.")

DE04 = {
    "id": "hm416-de-04", "lang": "de", "url": None, "published": "2024-05-07",
    "title": "Polizei räumt Protestcamp an Amsterdamer Universität",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14], [A15, A16]),
    "events": [
        event("COERCE", AMS_POLICE, UVA_PROTESTERS, A1, mode="arrest", location="Amsterdam", location_country="NLD"),
        event("COERCE", AMS_POLICE, UVA_PROTESTERS, A2, mode="crowd-control", date="2024-05-07",
              location="Amsterdam", location_country="NLD"),
        event("COERCE", AMS_POLICE, UVA_PROTESTERS, A3, mode="arrest", location="Amsterdam", location_country="NLD"),
        event("RETREAT", AMS_POLICE, UVA_PROTESTERS, A3, mode="release", date="2024-05-07", location="Amsterdam",
              location_country="NLD"),
        event("PROTEST", UVA_PROTESTERS, UVA, A4, mode="demo", date="2024-05-06", location="Amsterdam",
              location_country="NLD"),
        event("REJECT", UVA, UVA_PROTESTERS, A5, mode="change"),
        event("REQUEST", UVA, AMS_POLICE, A6, mode="assist"),
        event("ACCUSE", AMS_CITY, UVA_PROTESTERS, A7, mode="allege"),
        event("SUPPORT", HALSEMA, AMS_POLICE, A8),
        event("ACCUSE", HALSEMA, UVA_PROTESTERS, A9, mode="allege"),
        event("ACCUSE", GLPVDA, AMS_POLICE, A10, mode="disapprove"),
        event("ACCUSE", AMNESTY, AMS_POLICE, A10, mode="disapprove"),
        event("SUPPORT", WILDERS, AMS_POLICE, A12),
        event("PROTEST", UVA_PROTESTERS, UVA, A13, mode="demo", date="2024-05-07", location="Amsterdam",
              location_country="NLD"),
        event("COERCE", UVA, UVA_PROTESTERS, A14, mode="restrict", date="2024-05-07", location="Amsterdam",
              location_country="NLD"),
        event("COERCE", BERLIN_POLICE, FU_PROTESTERS, A16, mode="arrest", date="2024-05-07", location="Berlin",
              location_country="DEU"),
    ],
    "quotes": [
        quote("Nach Polizeiangaben wurden 169 Menschen festgenommen", "Amsterdam police", "indirect"),
        quote("dass die Universität alle Verbindungen zu israelischen Hochschulen abbricht",
              "pro-Palestinian protesters at the University of Amsterdam", "indirect"),
        quote("Die Hochschule hatte nach eigenen Angaben selbst um das Eingreifen der Polizei gebeten",
              "University of Amsterdam", "indirect"),
        quote("Nach Angaben der Stadt warfen einige Demonstranten Steine und Feuerwerkskörper auf die Beamten",
              "Municipality of Amsterdam", "indirect"),
        quote("die Sicherheit von Studenten und Mitarbeitern gefährdet zu haben", "Femke Halsema", "indirect"),
        quote("unhaltbaren Situation", "Femke Halsema", "direct"),
        quote("Demonstrieren ist ein Grundrecht, auch auf dem Campus", "Amnesty International", "direct"),
    ],
    "entities": [
        entity("Amsterdam", "LOC", "NLD", ["Amsterdam"]),
        entity("Amsterdam police", "ORG", "NLD", ["Die Polizei", "Beamte der Mobilen Einheit", "der Polizei",
                                                  "die Beamten", "den Einsatz"]),
        entity("pro-Palestinian protesters at the University of Amsterdam", "PER", "NLD",
               ["mehr als 160 Menschen", "169 Menschen", "Die Demonstranten", "einige Demonstranten",
                "den Besetzern"]),
        entity("University of Amsterdam", "ORG", "NLD", ["der Universität", "die Universität",
                                                         "Die Universitätsleitung", "Die Hochschule"]),
        entity("Roeterseiland campus", "LOC", "NLD", ["dem Campus Roeterseiland"]),
        entity("Municipality of Amsterdam", "ORG", "NLD", ["der Stadt"]),
        entity("Femke Halsema", "PER", "NLD", ["Bürgermeisterin Femke Halsema", "Sie"]),
        entity("GroenLinks-PvdA", "ORG", "NLD", ["Die grün-linke Partei GroenLinks-PvdA"]),
        entity("Amnesty International", "ORG", "NGO", ["die Organisation Amnesty International", "Amnesty"]),
        entity("Geert Wilders", "PER", "NLD", ["Der Rechtspopulist Geert Wilders"]),
        entity("Party for Freedom", "ORG", "NLD", ["dessen Partei PVV"]),
        entity("students at the University of Amsterdam", "PER", "NLD", ["mehrere Hundert Studenten"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Berlin police", "ORG", "DEU", ["die Polizei"]),
        entity("Free University of Berlin", "ORG", "DEU", ["der Freien Universität"]),
        entity("pro-Palestinian protesters at the Free University of Berlin", "PER", "DEU",
               ["mehrere Demonstranten"]),
    ],
}

# ---------------------------------------------------------------- hm416-en-01 (Spain, Marianne Danica refused)
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
DANICA_OPERATOR = actor("operator of the Marianne Danica", "DNK", "BUS")
ESP_TRANSPORT = actor("Ministry of Transport of Spain", "ESP", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
SUMAR = actor("Sumar", "ESP", "PTY")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
PALESTINE = actor("State of Palestine", "PSE", "GOV")

D1 = ("MADRID (AP) — Spain has refused to allow a ship carrying weapons to Israel to dock at one of its ports, Foreign "
      "Minister José Manuel Albares said Thursday.")
D2 = ("The Danish-flagged Marianne Danica, which was sailing from Chennai in India to the Israeli port of Haifa, had "
      "requested permission to stop at Cartagena on May 21, according to the Spanish Transport Ministry.")
D3 = "The vessel was carrying about 27 tons of explosives, Albares said."
D4 = ("“The Middle East does not need more weapons, it needs more peace,” Albares told reporters in Brussels, where he "
      "was attending a meeting of EU foreign ministers.")
D5 = "Transport Minister Óscar Puente confirmed on X that his ministry had turned down the request."
D6 = ("The government says it has not authorized any arms sales to Israel since the Hamas attack on southern Israel "
      "on Oct. 7.")
D7 = ("The decision comes days after lawmakers from Sumar, the junior partner in Prime Minister Pedro Sánchez's "
      "coalition, demanded that authorities block another cargo ship, the Borkum, saying it was transporting "
      "explosives for Israel.")
D8 = ("The Borkum, which the government said was carrying material for the Czech Republic, skipped its planned stop "
      "in Cartagena over the weekend.")
D9 = "The Israeli Embassy in Madrid did not respond to a request for comment."
D10 = "Relations between Spain and Israel have soured over the war in Gaza."
D11 = ("Sánchez has repeatedly accused Israel of violating international humanitarian law in the Palestinian "
       "territory and has called for an immediate cease-fire.")
D12 = ("In November, Israel recalled its ambassador to Madrid for consultations after Sánchez criticized its "
       "military campaign during a visit to the Rafah border crossing.")
D13 = ("Sánchez said this week that Spain was ready to recognize a Palestinian state by the end of July, together with "
       "other European countries.")
D14 = "Ireland, Norway and Slovenia have indicated they could take the same step."
D15 = "Spain is home to one of Europe's largest pro-Palestinian movements, with weekly marches in Madrid and Barcelona."

EN01 = {
    "id": "hm416-en-01", "lang": "en", "url": None, "published": "2024-05-16",
    "title": "Spain denies port call to ship carrying weapons to Israel",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6], [D7, D8, D9], [D10, D11, D12], [D13, D14, D15]),
    "events": [
        event("REJECT", ESP_GOV, DANICA_OPERATOR, D1),
        event("REQUEST", DANICA_OPERATOR, ESP_GOV, D2),
        event("REJECT", ESP_TRANSPORT, DANICA_OPERATOR, D5),
        event("AID", ESP_GOV, ISR_GOV, D6, negated=True),
        event("REQUEST", SUMAR, ESP_GOV, D7, mode="change"),
        event("ACCUSE", SANCHEZ, ISR_GOV, D11, mode="allege"),
        event("REQUEST", SANCHEZ, ISR_GOV, D11, mode="yield"),
        event("SANCTION", ISR_GOV, ESP_GOV, D12, mode="withdraw"),
        event("ACCUSE", SANCHEZ, ISR_GOV, D12, mode="disapprove", location="Rafah", location_country="EGY"),
        event("AGREE", SANCHEZ, PALESTINE, D13),
    ],
    "quotes": [
        quote("Spain has refused to allow a ship carrying weapons to Israel to dock at one of its ports",
              "José Manuel Albares", "indirect"),
        quote("The Danish-flagged Marianne Danica, which was sailing from Chennai in India to the Israeli port of "
              "Haifa, had requested permission to stop at Cartagena on May 21", "Ministry of Transport of Spain",
              "indirect"),
        quote("The vessel was carrying about 27 tons of explosives", "José Manuel Albares", "indirect"),
        quote("The Middle East does not need more weapons, it needs more peace", "José Manuel Albares", "direct"),
        quote("his ministry had turned down the request", "Óscar Puente", "indirect"),
        quote("it has not authorized any arms sales to Israel since the Hamas attack on southern Israel on Oct. 7",
              "Government of Spain", "indirect"),
        quote("it was transporting explosives for Israel", "Sumar", "indirect"),
        quote("was carrying material for the Czech Republic", "Government of Spain", "indirect"),
        quote("Spain was ready to recognize a Palestinian state by the end of July, together with other European "
              "countries", "Pedro Sánchez", "indirect"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["MADRID", "Madrid"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Government of Spain", "ORG", "ESP", ["Spain", "The government", "the government", "authorities"]),
        entity("Israel", "LOC", "ISR", ["Israel", "southern Israel"]),
        entity("José Manuel Albares", "PER", "ESP", ["Foreign Minister José Manuel Albares", "Albares", "he"]),
        entity("Marianne Danica", "MISC", "DNK", ["The Danish-flagged Marianne Danica", "The vessel"]),
        entity("Chennai", "LOC", "IND", ["Chennai"]),
        entity("India", "LOC", "IND", ["India"]),
        entity("Haifa", "LOC", "ISR", ["the Israeli port of Haifa"]),
        entity("Cartagena", "LOC", "ESP", ["Cartagena"]),
        entity("Ministry of Transport of Spain", "ORG", "ESP", ["the Spanish Transport Ministry", "his ministry"]),
        entity("Middle East", "LOC", None, ["The Middle East"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
        entity("Council of the European Union", "ORG", "EUR", ["a meeting of EU foreign ministers"]),
        entity("Óscar Puente", "PER", "ESP", ["Transport Minister Óscar Puente", "his"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Sumar", "ORG", "ESP", ["lawmakers from Sumar", "Sumar", "the junior partner in Prime Minister "
                                       "Pedro Sánchez's coalition"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Prime Minister Pedro Sánchez's", "Sánchez"]),
        entity("Borkum", "MISC", "DEU", ["another cargo ship, the Borkum", "The Borkum"]),
        entity("Czech Republic", "LOC", "CZE", ["the Czech Republic"]),
        entity("Embassy of Israel in Madrid", "ORG", "ISR", ["The Israeli Embassy in Madrid"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza", "the Palestinian territory"]),
        entity("Rafah border crossing", "LOC", "EGY", ["the Rafah border crossing"]),
        entity("State of Palestine", "ORG", "PSE", ["a Palestinian state"]),
        entity("Ireland", "LOC", "IRL", ["Ireland"]),
        entity("Norway", "LOC", "NOR", ["Norway"]),
        entity("Slovenia", "LOC", "SVN", ["Slovenia"]),
        entity("Europe", "LOC", None, ["Europe's"]),
        entity("Barcelona", "LOC", "ESP", ["Barcelona"]),
    ],
}

# ---------------------------------------------------------------- hm416-en-02 (Ireland/Israel, Dublin embassy closed)
ISR_GOV2 = actor("Government of Israel", "ISR", "GOV")
IRL_GOV = actor("Government of Ireland", "IRL", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
PALESTINE2 = actor("State of Palestine", "PSE", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
HARRIS = actor("Simon Harris", "IRL", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
MARTIN = actor("Micheál Martin", "IRL", "GOV")
ESP_GOV2 = actor("Government of Spain", "ESP", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
MDA_GOV = actor("Government of Moldova", "MDA", "GOV")
MCDONALD = actor("Mary Lou McDonald", "IRL", "OPP")

I1 = ("JERUSALEM (AP) — Israel said Sunday it will close its embassy in Ireland, accusing the Irish government of "
      "“extreme anti-Israel policies.”")
I2 = ("Foreign Minister Gideon Saar said in a statement that Ireland had “crossed every red line” in its relations "
      "with Israel.")
I3 = ("He cited Dublin's recognition of a Palestinian state in May and its decision last week to back South Africa's "
      "genocide case against Israel at the International Court of Justice.")
I4 = ("“The extreme anti-Israel policies of the Irish government stem from delegitimization and demonization of the "
      "Jewish state, and from double standards,” Saar said.")
I5 = "Israel will instead open an embassy in Moldova to strengthen ties with the country, he added."
I6 = "Irish Prime Minister Simon Harris called the decision “deeply regrettable.”"
I7 = "“I utterly reject the assertion that Ireland is anti-Israel,” Harris wrote on X."
I8 = "Ireland is pro-peace, pro-human rights and pro-international law, he said."
I9 = ("Harris said Ireland would keep calling for a cease-fire in Gaza and urged Hamas to release the remaining "
      "hostages.")
I10 = "Foreign Minister Micheál Martin said Ireland had no plans to close its own embassy in Tel Aviv."
I11 = ("Israel already recalled its ambassador, Dana Erlich, in May after Ireland, Spain and Norway announced they would "
       "recognize a Palestinian state.")
I12 = "The embassy in Dublin has operated without an ambassador since then."
I13 = ("Ireland has long been one of the most outspoken critics of Israel's military campaign in Gaza within the "
       "European Union.")
I14 = ("Sinn Féin leader Mary Lou McDonald accused Israel of trying to bully Ireland into silence over the killing of "
       "civilians in Gaza.")
I15 = "Ireland's Palestinian community has grown in recent years, and pro-Palestinian rallies draw thousands in Dublin."

EN02 = {
    "id": "hm416-en-02", "lang": "en", "url": None, "published": "2024-12-15",
    "title": "Israel to close embassy in Ireland, citing 'extreme anti-Israel policies'",
    "text": paragraphs([I1, I2, I3, I4, I5], [I6, I7, I8, I9, I10], [I11, I12, I13], [I14, I15]),
    "events": [
        event("SANCTION", ISR_GOV2, IRL_GOV, I1, mode="discontinue", date="2024-12-15"),
        event("ACCUSE", ISR_GOV2, IRL_GOV, I1, mode="disapprove", date="2024-12-15"),
        event("ACCUSE", SAAR, IRL_GOV, I2, mode="disapprove"),
        event("SUPPORT", IRL_GOV, PALESTINE2, I3),
        event("SUPPORT", IRL_GOV, ZAF_GOV, I3),
        event("ACCUSE", IRL_GOV, ISR_GOV2, I3, mode="allege"),
        event("ACCUSE", SAAR, IRL_GOV, I4, mode="disapprove"),
        event("AGREE", ISR_GOV2, MDA_GOV, I5),
        event("ACCUSE", HARRIS, ISR_GOV2, I6, mode="disapprove"),
        event("REQUEST", HARRIS, ISR_GOV2, I9, mode="yield"),
        event("REQUEST", HARRIS, HAMAS, I9, mode="yield"),
        event("SANCTION", MARTIN, ISR_GOV2, I10, mode="discontinue", negated=True),
        event("SANCTION", ISR_GOV2, IRL_GOV, I11, mode="withdraw"),
        event("AGREE", IRL_GOV, PALESTINE2, I11),
        event("AGREE", ESP_GOV2, PALESTINE2, I11),
        event("AGREE", NOR_GOV, PALESTINE2, I11),
        event("ACCUSE", MCDONALD, ISR_GOV2, I14, mode="allege"),
    ],
    "quotes": [
        quote("it will close its embassy in Ireland", "Government of Israel", "indirect"),
        quote("extreme anti-Israel policies", "Government of Israel", "direct"),
        quote("crossed every red line", "Gideon Saar", "direct"),
        quote("Ireland had “crossed every red line” in its relations with Israel", "Gideon Saar", "indirect"),
        quote("The extreme anti-Israel policies of the Irish government stem from delegitimization and demonization of "
              "the Jewish state, and from double standards", "Gideon Saar", "direct"),
        quote("Israel will instead open an embassy in Moldova to strengthen ties with the country", "Gideon Saar",
              "indirect"),
        quote("deeply regrettable", "Simon Harris", "direct"),
        quote("I utterly reject the assertion that Ireland is anti-Israel", "Simon Harris", "direct"),
        quote("Ireland is pro-peace, pro-human rights and pro-international law", "Simon Harris", "indirect"),
        quote("Ireland would keep calling for a cease-fire in Gaza", "Simon Harris", "indirect"),
        quote("Ireland had no plans to close its own embassy in Tel Aviv", "Micheál Martin", "indirect"),
        quote("trying to bully Ireland into silence over the killing of civilians in Gaza", "Mary Lou McDonald",
              "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel", "the Jewish state"]),
        entity("Embassy of Israel in Ireland", "ORG", "ISR", ["its embassy in Ireland", "The embassy in Dublin"]),
        entity("Ireland", "LOC", "IRL", ["Ireland", "Ireland's"]),
        entity("Government of Ireland", "ORG", "IRL", ["the Irish government", "Ireland", "Dublin's"]),
        entity("Gideon Saar", "PER", "ISR", ["Foreign Minister Gideon Saar", "He", "Saar", "he"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("State of Palestine", "ORG", "PSE", ["a Palestinian state"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South Africa's"]),
        entity("International Court of Justice", "ORG", "UNO", ["the International Court of Justice"]),
        entity("Moldova", "LOC", "MDA", ["Moldova", "the country"]),
        entity("Simon Harris", "PER", "IRL", ["Irish Prime Minister Simon Harris", "I", "Harris", "he"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("hostages held in Gaza", "PER", "ISR", ["the remaining hostages"]),
        entity("Micheál Martin", "PER", "IRL", ["Foreign Minister Micheál Martin"]),
        entity("Embassy of Ireland in Israel", "ORG", "IRL", ["its own embassy in Tel Aviv"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Dana Erlich", "PER", "ISR", ["its ambassador, Dana Erlich"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Norway", "LOC", "NOR", ["Norway"]),
        entity("Dublin", "LOC", "IRL", ["Dublin"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Sinn Féin", "ORG", "IRL", ["Sinn Féin"]),
        entity("Mary Lou McDonald", "PER", "IRL", ["Sinn Féin leader Mary Lou McDonald"]),
        entity("civilians in Gaza", "PER", "PSE", ["civilians in Gaza"]),
        entity("Palestinian community in Ireland", "PER", "IRL", ["Ireland's Palestinian community"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
