"""Round 338: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm338-de-01: Germany: the Halle regional court fines AfD Thuringia leader Björn Höcke for using the SA slogan "Alles für Deutschland"; prosecution and defence demands, no prison term, Höcke appeals, protest outside the court, Schuster welcomes and Chrupalla attacks the verdict (2024-05-14).
- hm338-de-02: Turkey: police block Taksim Square on May Day in Istanbul and detain more than 200 people; governor Gül's ban, tear gas, Yerlikaya's figures, Özel's march stopped, İmamoğlu and DİSK object, no MPs detained (2024-05-01).
- hm338-de-03: Ukraine: Zelensky dismisses Air Force commander Mykola Oleshchuk after the loss of an F-16; Bezuhla's friendly-fire claim, Oleshchuk's counter-accusation, her demand for his resignation, inquiry with US experts, request for more jets (2024-08-30).
- hm338-de-04: Russia: after Ukrainian drones hit high-rises in Kazan, Putin threatens Ukraine with many times more destruction; the defence ministry blames Kyiv, Minnikhanov cancels events, Zakharova and Peskov accuse Kyiv and the West, the earlier missile strike on Kyiv's embassies (2024-12-22).
- hm338-en-01: United Kingdom: Tommy Robinson jailed for 18 months for contempt of court over false claims about Syrian refugee Jamal Hijazi; the Solicitor General's case, his surrender in Folkestone, rival marches in London, Hijazi's lawyers and Starmer's spokesman welcome the sentence (2024-10-28).
- hm338-en-02: Malta/OSCE: Lavrov attends the OSCE ministerial meeting on his first trip to an EU country since the invasion; Sybiha walks out, Tsahkna stays away, Blinken accuses Moscow, no Blinken-Lavrov meeting, Lavrov accuses Washington and NATO, the leadership deal with Sinirlioglu (2024-12-05).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm338-de-01 (Germany, Höcke fined for SA slogan)
HOECKE = actor("Björn Höcke", "DEU", "OPP")
HALLE_COURT = actor("Regional Court of Halle", "DEU", "JUD")
STENGEL = actor("Jan Stengel", "DEU", "JUD")
HALLE_PROSECUTORS = actor("Halle Public Prosecutor's Office", "DEU", "JUD")
HOECKE_DEFENCE = actor("Björn Höcke's defence team", "DEU", "CVL")
VOSGERAU = actor("Ulrich Vosgerau", "DEU", "CVL")
HALLE_PROTESTERS = actor("protesters outside the Halle court", "DEU", "CVL")
AFD = actor("Alternative for Germany", "DEU", "PTY")
SAXONY_ANHALT_POLICE = actor("Saxony-Anhalt State Police", "DEU", "COP")
SCHUSTER = actor("Josef Schuster", "DEU", "CVL")
CHRUPALLA = actor("Tino Chrupalla", "DEU", "OPP")
DEU_JUDICIARY = actor("German judiciary", "DEU", "JUD")

A1 = ("Halle (dpa) - Der Thüringer AfD-Chef Björn Höcke ist wegen der Verwendung einer verbotenen Losung der "
      "nationalsozialistischen Sturmabteilung (SA) zu einer Geldstrafe verurteilt worden.")
A2 = "Das Landgericht Halle verhängte am Dienstag 100 Tagessätze zu je 130 Euro, insgesamt also 13.000 Euro."
A3 = "Der 52-Jährige hatte eine Wahlkampfrede im Mai 2021 in Merseburg mit den Worten „Alles für Deutschland“ beendet."
A4 = ("Der Vorsitzende Richter Jan Stengel sagte in der Urteilsbegründung, der frühere Geschichtslehrer habe gewusst, "
      "dass es sich um eine Parole der SA handele.")
A5 = "„Sie sind ein redegewandter Politiker, der weiß, was er sagt“, sagte Stengel an Höcke gewandt."
A6 = ("Die Staatsanwaltschaft hatte eine Freiheitsstrafe von sechs Monaten auf Bewährung gefordert, die Verteidigung "
      "einen Freispruch.")
A7 = "Eine Haftstrafe verhängte das Gericht damit nicht."
A8 = "Höcke kündigte noch im Gerichtssaal an, gegen das Urteil in Revision zu gehen."
A9 = "Er habe nicht gewusst, dass der Spruch von der SA stamme, hatte er im Prozess beteuert."
A10 = "Das Urteil sei ein „politisches Urteil“, sagte sein Anwalt Ulrich Vosgerau."
A11 = "Vor dem Gerichtsgebäude demonstrierten am Morgen mehrere hundert Menschen gegen die AfD."
A12 = "Die Polizei trennte sie mit Absperrgittern von einer kleineren Gruppe von Höcke-Anhängern."
A13 = "Zwischenfälle gab es nach Angaben der Polizei nicht."
A14 = "Der Präsident des Zentralrats der Juden, Josef Schuster, begrüßte das Urteil."
A15 = "Wer sich der Sprache der SA bediene, dürfe sich nicht hinter Unwissenheit verstecken, sagte er."
A16 = ("AfD-Bundessprecher Tino Chrupalla warf der Justiz dagegen vor, den Wahlkampf in Thüringen beeinflussen zu "
       "wollen.")
A17 = ("Höcke ist Spitzenkandidat seiner Partei für die Landtagswahl am 1. September, bei der die AfD in Umfragen vorn "
       "liegt.")
A18 = ("Ein zweites Verfahren wegen desselben Spruchs, den er im Dezember in Gera erneut verwendet haben soll, steht "
       "noch aus.")

DE01 = {
    "id": "hm338-de-01", "lang": "de", "url": None, "published": "2024-05-14",
    "title": "Geldstrafe für Höcke wegen SA-Parole",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10], [A11, A12, A13], [A14, A15, A16],
                       [A17, A18]),
    "events": [
        event("SANCTION", HALLE_COURT, HOECKE, A1, mode="convict", location="Halle", location_country="DEU"),
        event("SANCTION", HALLE_COURT, HOECKE, A2, mode="convict", date="2024-05-14", location="Halle",
              location_country="DEU"),
        event("ACCUSE", STENGEL, HOECKE, A4, mode="allege", location="Halle", location_country="DEU"),
        event("REQUEST", HALLE_PROSECUTORS, HALLE_COURT, A6, location="Halle", location_country="DEU"),
        event("REQUEST", HOECKE_DEFENCE, HALLE_COURT, A6, location="Halle", location_country="DEU"),
        event("COERCE", HALLE_COURT, HOECKE, A7, mode="arrest", location="Halle", location_country="DEU",
              negated=True),
        event("REJECT", HOECKE, HALLE_COURT, A8, location="Halle", location_country="DEU"),
        event("ACCUSE", VOSGERAU, HALLE_COURT, A10, mode="disapprove"),
        event("PROTEST", HALLE_PROTESTERS, AFD, A11, mode="demo", date="2024-05-14", location="Halle",
              location_country="DEU"),
        event("COERCE", SAXONY_ANHALT_POLICE, HALLE_PROTESTERS, A12, mode="restrict", location="Halle",
              location_country="DEU"),
        event("SUPPORT", SCHUSTER, HALLE_COURT, A14),
        event("ACCUSE", SCHUSTER, HOECKE, A15, mode="disapprove"),
        event("ACCUSE", CHRUPALLA, DEU_JUDICIARY, A16, mode="allege"),
    ],
    "quotes": [
        quote("Alles für Deutschland", "Björn Höcke", "direct"),
        quote("der frühere Geschichtslehrer habe gewusst, dass es sich um eine Parole der SA handele", "Jan Stengel",
              "indirect"),
        quote("Sie sind ein redegewandter Politiker, der weiß, was er sagt", "Jan Stengel", "direct"),
        quote("Er habe nicht gewusst, dass der Spruch von der SA stamme", "Björn Höcke", "indirect"),
        quote("politisches Urteil", "Ulrich Vosgerau", "direct"),
        quote("Das Urteil sei ein „politisches Urteil“", "Ulrich Vosgerau", "indirect"),
        quote("Zwischenfälle gab es nach Angaben der Polizei nicht", "Saxony-Anhalt State Police", "indirect"),
        quote("Wer sich der Sprache der SA bediene, dürfe sich nicht hinter Unwissenheit verstecken", "Josef Schuster",
              "indirect"),
        quote("den Wahlkampf in Thüringen beeinflussen zu wollen", "Tino Chrupalla", "indirect"),
    ],
    "entities": [
        entity("Halle", "LOC", "DEU", ["Halle"]),
        entity("Björn Höcke", "PER", "DEU", ["Der Thüringer AfD-Chef Björn Höcke", "Der 52-Jährige",
                                             "der frühere Geschichtslehrer", "Höcke"]),
        entity("Sturmabteilung", "ORG", "DEU", ["nationalsozialistischen Sturmabteilung (SA)", "SA"]),
        entity("Regional Court of Halle", "ORG", "DEU", ["Das Landgericht Halle", "das Gericht", "im Gerichtssaal",
                                                          "Vor dem Gerichtsgebäude"]),
        entity("Merseburg", "LOC", "DEU", ["Merseburg"]),
        entity("Jan Stengel", "PER", "DEU", ["Der Vorsitzende Richter Jan Stengel", "Stengel"]),
        entity("Halle Public Prosecutor's Office", "ORG", "DEU", ["Die Staatsanwaltschaft"]),
        entity("Björn Höcke's defence team", "ORG", "DEU", ["die Verteidigung"]),
        entity("Ulrich Vosgerau", "PER", "DEU", ["sein Anwalt Ulrich Vosgerau"]),
        entity("protesters outside the Halle court", "PER", "DEU", ["mehrere hundert Menschen"]),
        entity("Höcke supporters", "PER", "DEU", ["einer kleineren Gruppe von Höcke-Anhängern"]),
        entity("Alternative for Germany", "ORG", "DEU", ["AfD", "die AfD", "seiner Partei"]),
        entity("Saxony-Anhalt State Police", "ORG", "DEU", ["Die Polizei", "der Polizei"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["des Zentralrats der Juden"]),
        entity("Josef Schuster", "PER", "DEU", ["Der Präsident des Zentralrats der Juden, Josef Schuster"]),
        entity("Tino Chrupalla", "PER", "DEU", ["AfD-Bundessprecher Tino Chrupalla"]),
        entity("German judiciary", "ORG", "DEU", ["der Justiz"]),
        entity("Thuringia", "LOC", "DEU", ["Thüringen"]),
        entity("Gera", "LOC", "DEU", ["Gera"]),
    ],
}

# ---------------------------------------------------------------- hm338-de-02 (Turkey, May Day in Istanbul)
TUR_POLICE = actor("Turkish National Police", "TUR", "COP")
MAYDAY_DEMONSTRATORS = actor("May Day demonstrators in Istanbul", "TUR", "CVL")
GUL = actor("Davut Gül", "TUR", "GOV")
YERLIKAYA = actor("Ali Yerlikaya", "TUR", "GOV")
OZEL = actor("Özgür Özel", "TUR", "OPP")
TUR_UNIONISTS = actor("trade unionists marching with Özgür Özel", "TUR", "LAB")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
TUR_CONST_COURT = actor("Constitutional Court of Turkey", "TUR", "JUD")
IMAMOGLU = actor("Ekrem İmamoğlu", "TUR", "OPP")
DISK = actor("Confederation of Progressive Trade Unions of Turkey", "TUR", "LAB")
CERKEZOGLU = actor("Arzu Çerkezoğlu", "TUR", "LAB")
CHP_MPS = actor("CHP members of parliament", "TUR", "LEG")
MAYDAY_ANKARA_IZMIR = actor("May Day demonstrators in Ankara and Izmir", "TUR", "CVL")

B1 = ("Istanbul (dpa) - Die türkische Polizei hat bei Kundgebungen zum 1. Mai in Istanbul mehr als 200 Menschen "
      "festgenommen.")
B2 = ("Beamte setzten am Mittwoch Tränengas und Pfefferspray gegen Demonstranten ein, die Absperrungen auf dem Weg "
      "zum zentralen Taksim-Platz durchbrechen wollten.")
B3 = ("Der Gouverneur von Istanbul, Davut Gül, hatte Kundgebungen auf dem Platz zuvor verboten und das Gebiet "
      "weiträumig absperren lassen.")
B4 = "Auch mehrere U-Bahn-Stationen und Fährverbindungen im Zentrum blieben auf Anordnung der Behörden geschlossen."
B5 = ("Innenminister Ali Yerlikaya teilte am Abend mit, 210 Menschen seien festgenommen worden, weil sie sich den "
      "Anordnungen der Polizei widersetzt hätten.")
B6 = "Nach seinen Angaben wurden zudem 38 Polizisten verletzt."
B7 = ("Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel, führte gemeinsam mit Gewerkschaftern einen "
      "Marsch vom Rathausplatz Saraçhane in Richtung Taksim an.")
B8 = "Die Polizei stoppte den Zug nach wenigen hundert Metern."
B9 = "„Taksim gehört den Arbeitern, und kein Gouverneur kann ihnen diesen Platz verbieten“, sagte Özel vor Anhängern."
B10 = "Er warf der Regierung von Präsident Recep Tayyip Erdoğan vor, die Verfassung zu missachten."
B11 = ("Das Verfassungsgericht hatte im vergangenen Jahr entschieden, dass das Versammlungsverbot auf dem Taksim-Platz "
       "die Rechte der Gewerkschaften verletzt habe.")
B12 = ("Istanbuls Bürgermeister Ekrem İmamoğlu, der ebenfalls der CHP angehört, nannte die Absperrungen „eine Schande "
       "für unsere Stadt“.")
B13 = "Der Gewerkschaftsbund DİSK forderte die Freilassung aller Festgenommenen."
B14 = ("Dessen Vorsitzende Arzu Çerkezoğlu sagte, die Arbeiter hätten friedlich feiern wollen und seien von der "
       "Polizei angegriffen worden.")
B15 = "Festnahmen von Abgeordneten gab es nach Angaben der CHP nicht."
B16 = ("In der Hauptstadt Ankara und in Izmir verliefen die Kundgebungen der Gewerkschaften dagegen ohne größere "
       "Zwischenfälle.")

DE02 = {
    "id": "hm338-de-02", "lang": "de", "url": None, "published": "2024-05-01",
    "title": "Mehr als 200 Festnahmen bei Mai-Kundgebungen in Istanbul",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6], [B7, B8, B9, B10, B11, B12], [B13, B14, B15, B16]),
    "events": [
        event("COERCE", TUR_POLICE, MAYDAY_DEMONSTRATORS, B1, mode="arrest", location="Istanbul",
              location_country="TUR"),
        event("ASSAULT", TUR_POLICE, MAYDAY_DEMONSTRATORS, B2, mode="crowd-control", date="2024-05-01",
              location="Istanbul", location_country="TUR"),
        event("PROTEST", MAYDAY_DEMONSTRATORS, None, B2, mode="demo", date="2024-05-01", location="Istanbul",
              location_country="TUR"),
        event("COERCE", GUL, MAYDAY_DEMONSTRATORS, B3, mode="ban", location="Taksim Square, Istanbul",
              location_country="TUR"),
        event("COERCE", GUL, None, B4, mode="restrict", location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_POLICE, MAYDAY_DEMONSTRATORS, B5, mode="arrest", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", YERLIKAYA, MAYDAY_DEMONSTRATORS, B5, mode="allege"),
        event("PROTEST", OZEL, TUR_GOV, B7, mode="demo", location="Istanbul", location_country="TUR"),
        event("PROTEST", TUR_UNIONISTS, TUR_GOV, B7, mode="demo", location="Istanbul", location_country="TUR"),
        event("COERCE", TUR_POLICE, MAYDAY_DEMONSTRATORS, B8, mode="restrict", location="Istanbul",
              location_country="TUR"),
        event("ACCUSE", OZEL, GUL, B9, mode="disapprove", location="Istanbul", location_country="TUR"),
        event("ACCUSE", OZEL, TUR_GOV, B10, mode="allege"),
        event("SANCTION", TUR_CONST_COURT, GUL, B11, mode="convict"),
        event("ACCUSE", IMAMOGLU, GUL, B12, mode="disapprove"),
        event("REQUEST", DISK, None, B13, mode="yield"),
        event("ACCUSE", CERKEZOGLU, TUR_POLICE, B14, mode="allege"),
        event("COERCE", TUR_POLICE, CHP_MPS, B15, mode="arrest", negated=True),
        event("PROTEST", MAYDAY_ANKARA_IZMIR, None, B16, mode="demo", location_country="TUR"),
    ],
    "quotes": [
        quote("210 Menschen seien festgenommen worden, weil sie sich den Anordnungen der Polizei widersetzt hätten",
              "Ali Yerlikaya", "indirect"),
        quote("Nach seinen Angaben wurden zudem 38 Polizisten verletzt", "Ali Yerlikaya", "indirect"),
        quote("Taksim gehört den Arbeitern, und kein Gouverneur kann ihnen diesen Platz verbieten", "Özgür Özel",
              "direct"),
        quote("die Verfassung zu missachten", "Özgür Özel", "indirect"),
        quote("dass das Versammlungsverbot auf dem Taksim-Platz die Rechte der Gewerkschaften verletzt habe",
              "Constitutional Court of Turkey", "indirect"),
        quote("eine Schande für unsere Stadt", "Ekrem İmamoğlu", "direct"),
        quote("die Arbeiter hätten friedlich feiern wollen und seien von der Polizei angegriffen worden",
              "Arzu Çerkezoğlu", "indirect"),
        quote("Festnahmen von Abgeordneten gab es nach Angaben der CHP nicht", "Republican People's Party",
              "indirect"),
    ],
    "entities": [
        entity("Istanbul", "LOC", "TUR", ["Istanbul", "unsere Stadt"]),
        entity("Turkish National Police", "ORG", "TUR", ["Die türkische Polizei", "Beamte", "der Polizei",
                                                          "Die Polizei", "38 Polizisten"]),
        entity("May Day demonstrators in Istanbul", "PER", "TUR", ["mehr als 200 Menschen", "Demonstranten",
                                                                    "210 Menschen", "aller Festgenommenen",
                                                                    "die Arbeiter"]),
        entity("Taksim Square", "LOC", "TUR", ["zentralen Taksim-Platz", "dem Platz", "Taksim", "Taksim-Platz"]),
        entity("Davut Gül", "PER", "TUR", ["Der Gouverneur von Istanbul, Davut Gül", "kein Gouverneur"]),
        entity("Turkish authorities", "ORG", "TUR", ["der Behörden"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Innenminister Ali Yerlikaya"]),
        entity("Republican People's Party", "ORG", "TUR", ["der größten Oppositionspartei CHP", "der CHP"]),
        entity("Özgür Özel", "PER", "TUR", ["Der Vorsitzende der größten Oppositionspartei CHP, Özgür Özel",
                                            "Özel"]),
        entity("trade unionists marching with Özgür Özel", "PER", "TUR", ["Gewerkschaftern"]),
        entity("Saraçhane", "LOC", "TUR", ["Rathausplatz Saraçhane"]),
        entity("Özel's supporters", "PER", "TUR", ["Anhängern"]),
        entity("Government of Turkey", "ORG", "TUR", ["der Regierung von Präsident Recep Tayyip Erdoğan"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan"]),
        entity("Constitutional Court of Turkey", "ORG", "TUR", ["Das Verfassungsgericht"]),
        entity("Ekrem İmamoğlu", "PER", "TUR", ["Istanbuls Bürgermeister Ekrem İmamoğlu"]),
        entity("Confederation of Progressive Trade Unions of Turkey", "ORG", "TUR", ["Der Gewerkschaftsbund DİSK"]),
        entity("Arzu Çerkezoğlu", "PER", "TUR", ["Dessen Vorsitzende Arzu Çerkezoğlu"]),
        entity("CHP members of parliament", "PER", "TUR", ["Abgeordneten"]),
        entity("Ankara", "LOC", "TUR", ["Ankara", "der Hauptstadt"]),
        entity("Izmir", "LOC", "TUR", ["Izmir"]),
    ],
}

# ---------------------------------------------------------------- hm338-de-03 (Ukraine, Oleshchuk dismissed)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
OLESHCHUK = actor("Mykola Oleshchuk", "UKR", "MIL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
BEZUHLA = actor("Mariana Bezuhla", "UKR", "LEG")
UKR_AIR_FORCE = actor("Ukrainian Air Force", "UKR", "MIL")
UKR_MOD = actor("Ministry of Defence of Ukraine", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
DENMARK = actor("Denmark", "DNK", "GOV")
NETHERLANDS = actor("Netherlands", "NLD", "GOV")

C1 = ("Kiew (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat den Kommandeur der Luftstreitkräfte, Mykola "
      "Oleschtschuk, entlassen.")
C2 = "Selenskyj unterzeichnete am Freitag ein entsprechendes Dekret."
C3 = "Die Führung der Luftwaffe übernimmt vorübergehend Generalleutnant Anatolij Krywonoschko."
C4 = ("Hintergrund ist offenbar der Absturz eines der ersten von westlichen Partnern gelieferten F-16-Kampfjets am "
      "Montag.")
C5 = "Der Pilot Olexij Mes, der unter dem Rufnamen Moonfish bekannt war, kam dabei ums Leben."
C6 = "Die Maschine war während eines massiven russischen Raketen- und Drohnenangriffs auf die Ukraine im Einsatz."
C7 = ("Man müsse die Kommandoebene stärken und sich um die Menschen kümmern, sagte Selenskyj in seiner abendlichen "
      "Videoansprache.")
C8 = "Er dankte Oleschtschuk zugleich für seinen Dienst."
C9 = ("Die Parlamentsabgeordnete Marjana Besuhla hatte zuvor behauptet, der Jet sei versehentlich von einem "
      "ukrainischen Patriot-Flugabwehrsystem abgeschossen worden.")
C10 = "Die Luftwaffe wies das als Falschinformation zurück."
C11 = ("Oleschtschuk warf Besuhla in einem Beitrag bei Telegram vor, die Luftstreitkräfte und die westlichen Partner "
       "zu diskreditieren und damit Russland in die Hände zu spielen.")
C12 = "Besuhla forderte daraufhin seinen Rücktritt."
C13 = "„Die Wahrheit über den Verlust muss auf den Tisch“, schrieb die Abgeordnete."
C14 = "Eine Kommission des Verteidigungsministeriums untersucht die Absturzursache."
C15 = "Nach Angaben der Luftwaffe unterstützen Fachleute aus den USA die Ermittlungen."
C16 = ("Verteidigungsminister Rustem Umjerow sagte, es gebe bislang keine Hinweise auf einen Abschuss durch eigene "
       "Truppen.")
C17 = "Die Ukraine hatte im Sommer die ersten F-16 aus Dänemark und den Niederlanden erhalten."
C18 = "Selenskyj bat die westlichen Partner am Abend erneut um weitere Flugzeuge und Flugabwehrsysteme."

DE03 = {
    "id": "hm338-de-03", "lang": "de", "url": None, "published": "2024-08-30",
    "title": "Selenskyj entlässt Luftwaffenchef nach F-16-Absturz",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8], [C9, C10, C11, C12, C13], [C14, C15, C16],
                       [C17, C18]),
    "events": [
        event("SANCTION", ZELENSKY, OLESHCHUK, C1, mode="expel"),
        event("SANCTION", ZELENSKY, OLESHCHUK, C2, mode="expel", date="2024-08-30"),
        event("ASSAULT", RUS_MIL, UKRAINE, C6, mode="heavy-weapons", location_country="UKR"),
        event("SUPPORT", ZELENSKY, OLESHCHUK, C8),
        event("ACCUSE", BEZUHLA, UKR_AIR_FORCE, C9, mode="allege"),
        event("ACCUSE", OLESHCHUK, BEZUHLA, C11, mode="allege"),
        event("REQUEST", BEZUHLA, OLESHCHUK, C12, mode="change"),
        event("REQUEST", BEZUHLA, OLESHCHUK, C13, mode="change"),
        event("ACCUSE", UKR_MOD, None, C14, mode="investigate"),
        event("COOPERATE", USA, UKRAINE, C15),
        event("AID", DENMARK, UKRAINE, C17),
        event("AID", NETHERLANDS, UKRAINE, C17),
        event("REQUEST", ZELENSKY, None, C18, mode="assist"),
    ],
    "quotes": [
        quote("Man müsse die Kommandoebene stärken und sich um die Menschen kümmern", "Volodymyr Zelensky",
              "indirect"),
        quote("der Jet sei versehentlich von einem ukrainischen Patriot-Flugabwehrsystem abgeschossen worden",
              "Mariana Bezuhla", "indirect"),
        quote("die Luftstreitkräfte und die westlichen Partner zu diskreditieren und damit Russland in die Hände zu "
              "spielen", "Mykola Oleshchuk", "indirect"),
        quote("Die Wahrheit über den Verlust muss auf den Tisch", "Mariana Bezuhla", "direct"),
        quote("Nach Angaben der Luftwaffe unterstützen Fachleute aus den USA die Ermittlungen", "Ukrainian Air Force",
              "indirect"),
        quote("es gebe bislang keine Hinweise auf einen Abschuss durch eigene Truppen", "Rustem Umerov", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der Luftstreitkräfte", "Die Führung der Luftwaffe",
                                                     "Die Luftwaffe", "der Luftwaffe", "die Luftstreitkräfte"]),
        entity("Mykola Oleshchuk", "PER", "UKR", ["den Kommandeur der Luftstreitkräfte, Mykola Oleschtschuk",
                                                  "Oleschtschuk"]),
        entity("Anatolii Kryvonozhko", "PER", "UKR", ["Generalleutnant Anatolij Krywonoschko"]),
        entity("Oleksiy Mes", "PER", "UKR", ["Der Pilot Olexij Mes"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "Die Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Mariana Bezuhla", "PER", "UKR", ["Die Parlamentsabgeordnete Marjana Besuhla", "Besuhla",
                                                 "die Abgeordnete"]),
        entity("Telegram", "ORG", "ARE", ["Telegram"]),
        entity("Ministry of Defence of Ukraine", "ORG", "UKR", ["des Verteidigungsministeriums"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Rustem Umerov", "PER", "UKR", ["Verteidigungsminister Rustem Umjerow"]),
        entity("Denmark", "LOC", "DNK", ["Dänemark"]),
        entity("Netherlands", "LOC", "NLD", ["den Niederlanden"]),
        entity("Western partners of Ukraine", "ORG", None, ["westlichen Partnern", "die westlichen Partner"]),
    ],
}

# ---------------------------------------------------------------- hm338-de-04 (Russia, drones on Kazan, Putin threatens)
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "GOV")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
MINNIKHANOV = actor("Rustam Minnikhanov", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")

D1 = ("Moskau (dpa) - Nach Drohnenangriffen auf Hochhäuser in der russischen Stadt Kasan hat Kremlchef Wladimir Putin "
      "der Ukraine mit Vergeltung gedroht.")
D2 = ("„Wer auch immer versucht, bei uns etwas zu zerstören, wird ein Vielfaches an Zerstörung erleben und es "
      "bereuen“, sagte Putin am Sonntag bei einem Treffen mit Regierungsmitgliedern in Moskau.")
D3 = ("Am Samstagmorgen waren drei Wohnhochhäuser in Kasan, der Hauptstadt der Teilrepublik Tatarstan, von Drohnen "
      "getroffen worden.")
D4 = "Videos in sozialen Netzwerken zeigten, wie eine Drohne in die oberen Stockwerke eines Gebäudes einschlug."
D5 = ("Das russische Verteidigungsministerium machte die Ukraine für den Angriff verantwortlich und erklärte, die "
      "Luftabwehr habe mehrere Drohnen abgeschossen.")
D6 = "Tatarstans Oberhaupt Rustam Minnichanow sagte alle Großveranstaltungen am Wochenende ab."
D7 = "Der Flughafen der Stadt stellte den Betrieb für mehrere Stunden ein."
D8 = ("Es handle sich um einen „terroristischen Angriff“ auf friedliche Bürger, sagte Außenamtssprecherin Maria "
      "Sacharowa.")
D9 = "Sie warf Kiew vor, mit westlicher Hilfe gezielt zivile Ziele anzugreifen."
D10 = "Kasan liegt rund 1000 Kilometer von der ukrainischen Grenze entfernt."
D11 = ("Nach Angaben der ukrainischen Luftwaffe griff Russland die Ukraine in der Nacht zum Sonntag mit mehr als "
       "hundert Drohnen an.")
D12 = "Kremlsprecher Dmitri Peskow sagte, Russland werde sich von solchen Angriffen nicht einschüchtern lassen."
D13 = ("Er warf den USA und Großbritannien vor, Kiew mit Informationen für Angriffe tief im russischen Hinterland zu "
       "versorgen.")
D14 = ("Bereits am Freitag hatte Russland Kiew mit ballistischen Raketen angegriffen; dabei wurden auch mehrere "
       "Botschaftsgebäude beschädigt.")
D15 = ("Der ukrainische Außenminister Andrij Sybiha warf Moskau vor, gezielt diplomatische Vertretungen zu "
       "gefährden.")

DE04 = {
    "id": "hm338-de-04", "lang": "de", "url": None, "published": "2024-12-22",
    "title": "Putin droht nach Drohnenangriff auf Kasan mit Vergeltung",
    "text": paragraphs([D1, D2], [D3, D4, D5, D6, D7], [D8, D9, D10], [D11, D12, D13], [D14, D15]),
    "events": [
        event("THREATEN", PUTIN, UKR_GOV, D1),
        event("THREATEN", PUTIN, UKR_GOV, D2, date="2024-12-22", location="Moskau", location_country="RUS"),
        event("ACCUSE", RUS_MOD, UKR_GOV, D5, mode="allege"),
        event("ASSAULT", RUS_MIL, UKR_MIL, D5, location="Kasan", location_country="RUS"),
        event("COERCE", MINNIKHANOV, None, D6, mode="restrict", location="Tatarstan", location_country="RUS"),
        event("ACCUSE", ZAKHAROVA, UKR_GOV, D8, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, UKR_GOV, D9, mode="allege"),
        event("ACCUSE", UKR_AIR_FORCE, RUSSIA, D11, mode="allege", date="2024-12-22", location_country="UKR"),
        event("ACCUSE", PESKOV, USA, D13, mode="allege"),
        event("ACCUSE", PESKOV, GBR, D13, mode="allege"),
        event("ASSAULT", RUS_MIL, UKRAINE, D14, mode="heavy-weapons", date="2024-12-20", location="Kiew",
              location_country="UKR"),
        event("ACCUSE", SYBIHA, RUSSIA, D15, mode="allege"),
    ],
    "quotes": [
        quote("Wer auch immer versucht, bei uns etwas zu zerstören, wird ein Vielfaches an Zerstörung erleben und es "
              "bereuen", "Vladimir Putin", "direct"),
        quote("die Luftabwehr habe mehrere Drohnen abgeschossen", "Ministry of Defence of Russia", "indirect"),
        quote("terroristischen Angriff", "Maria Zakharova", "direct"),
        quote("Es handle sich um einen „terroristischen Angriff“ auf friedliche Bürger", "Maria Zakharova",
              "indirect"),
        quote("mit westlicher Hilfe gezielt zivile Ziele anzugreifen", "Maria Zakharova", "indirect"),
        quote("Nach Angaben der ukrainischen Luftwaffe griff Russland die Ukraine in der Nacht zum Sonntag mit mehr "
              "als hundert Drohnen an", "Ukrainian Air Force", "indirect"),
        quote("Russland werde sich von solchen Angriffen nicht einschüchtern lassen", "Dmitry Peskov", "indirect"),
        quote("Kiew mit Informationen für Angriffe tief im russischen Hinterland zu versorgen", "Dmitry Peskov",
              "indirect"),
        quote("gezielt diplomatische Vertretungen zu gefährden", "Andrii Sybiha", "indirect"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Kazan", "LOC", "RUS", ["der russischen Stadt Kasan", "Kasan", "der Stadt"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der Ukraine", "Kiew"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Government of Russia", "ORG", "RUS", ["Regierungsmitgliedern", "Russland", "Moskau"]),
        entity("Tatarstan", "LOC", "RUS", ["der Teilrepublik Tatarstan", "Tatarstans"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Russian air defence", "ORG", "RUS", ["Luftabwehr"]),
        entity("Rustam Minnikhanov", "PER", "RUS", ["Tatarstans Oberhaupt Rustam Minnichanow"]),
        entity("Kazan International Airport", "LOC", "RUS", ["Der Flughafen der Stadt"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der ukrainischen Luftwaffe"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Der ukrainische Außenminister Andrij Sybiha"]),
    ],
}

# ---------------------------------------------------------------- hm338-en-01 (United Kingdom, Tommy Robinson jailed)
ROBINSON = actor("Tommy Robinson", "GBR", "CVL")
WOOLWICH_COURT = actor("Woolwich Crown Court", "GBR", "JUD")
HIJAZI = actor("Jamal Hijazi", "GBR", "CVL")
HIGH_COURT = actor("High Court of England and Wales", "GBR", "JUD")
JOHNSON = actor("Jeremy Johnson", "GBR", "JUD")
SACKMAN = actor("Sarah Sackman", "GBR", "GOV")
KENT_POLICE = actor("Kent Police", "GBR", "COP")
ROBINSON_SUPPORTERS = actor("supporters of Tommy Robinson", "GBR", "CVL")
SUTR = actor("Stand Up To Racism", "GBR", "NGO")
MET_POLICE = actor("Metropolitan Police", "GBR", "COP")
LONDON_DEMONSTRATORS = actor("demonstrators in central London", "GBR", "CVL")
HIJAZI_LAWYERS = actor("lawyers of Jamal Hijazi", "GBR", "CVL")
STARMER_SPOKESMAN = actor("Spokesman for the Prime Minister of the United Kingdom", "GBR", "GOV")
CT_POLICE = actor("Counter Terrorism Policing", "GBR", "COP")

E1 = ("LONDON (AP) — Far-right activist Tommy Robinson was jailed for 18 months on Monday after admitting that he "
      "repeatedly breached a court order by repeating false claims about a Syrian refugee.")
E2 = ("Robinson, whose real name is Stephen Yaxley-Lennon, admitted 10 breaches of a 2021 High Court injunction at "
      "Woolwich Crown Court in London.")
E3 = ("The injunction barred him from repeating allegations against Jamal Hijazi, a teenager who had successfully "
      "sued him for libel after Robinson accused him of attacking girls at his school.")
E4 = ("Justice Jeremy Johnson said Robinson's breaches were \"deliberate\" and that he had shown no genuine "
      "remorse.")
E5 = ("The judge said the sentence could be cut by four months if Robinson \"purges\" his contempt by taking the "
      "film that repeats the claims off the internet.")
E6 = ("The case was brought by the Solicitor General, Sarah Sackman, after Robinson played that documentary to "
      "thousands of supporters at a rally in Trafalgar Square in July.")
E7 = ("Robinson, who left Britain the day after that rally, handed himself in to Kent Police in Folkestone on Friday "
      "and was held in custody over the weekend.")
E8 = ("Thousands of his supporters marched through central London on Saturday, while a counter-demonstration "
      "organized by Stand Up To Racism drew a similar crowd.")
E9 = "The Metropolitan Police said officers arrested 10 people during the two marches."
E10 = ("His lawyer, Sasha Wass, told the court that Robinson accepted he had broken the order but believed he was "
       "acting in the public interest.")
E11 = "Hijazi's lawyers welcomed the sentence, saying their client had been subjected to years of abuse."
E12 = "A spokesman for Prime Minister Keir Starmer welcomed the sentence."
E13 = "\"Nobody is above the law,\" he told reporters."
E14 = "\"The court has sent a clear message.\""
E15 = ("Counter-terrorism police have also charged Robinson with refusing to give officers access to his phone when "
       "he was stopped at the Channel Tunnel in July, a case due to go to trial next year.")

EN01 = {
    "id": "hm338-en-01", "lang": "en", "url": None, "published": "2024-10-28",
    "title": "Far-right activist Tommy Robinson jailed for 18 months for contempt of court",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12, E13, E14], [E15]),
    "events": [
        event("SANCTION", WOOLWICH_COURT, ROBINSON, E1, mode="convict", date="2024-10-28", location="London",
              location_country="GBR"),
        event("COERCE", WOOLWICH_COURT, ROBINSON, E1, mode="arrest", date="2024-10-28", location="London",
              location_country="GBR"),
        event("CONCEDE", ROBINSON, None, E1),
        event("CONCEDE", ROBINSON, None, E2, location="London", location_country="GBR"),
        event("COERCE", HIGH_COURT, ROBINSON, E3, mode="censor"),
        event("ACCUSE", HIJAZI, ROBINSON, E3, mode="allege"),
        event("ACCUSE", ROBINSON, HIJAZI, E3, mode="allege"),
        event("ACCUSE", JOHNSON, ROBINSON, E4, mode="disapprove", location="London", location_country="GBR"),
        event("ACCUSE", SACKMAN, ROBINSON, E6, mode="allege"),
        event("RETREAT", ROBINSON, KENT_POLICE, E7, date="2024-10-25", location="Folkestone",
              location_country="GBR"),
        event("COERCE", KENT_POLICE, ROBINSON, E7, mode="arrest", date="2024-10-25", location="Folkestone",
              location_country="GBR"),
        event("PROTEST", ROBINSON_SUPPORTERS, None, E8, mode="demo", date="2024-10-26", location="London",
              location_country="GBR"),
        event("PROTEST", SUTR, ROBINSON_SUPPORTERS, E8, mode="demo", date="2024-10-26", location="London",
              location_country="GBR"),
        event("COERCE", MET_POLICE, LONDON_DEMONSTRATORS, E9, mode="arrest", location="London",
              location_country="GBR"),
        event("SUPPORT", HIJAZI_LAWYERS, WOOLWICH_COURT, E11),
        event("SUPPORT", STARMER_SPOKESMAN, WOOLWICH_COURT, E12),
        event("ACCUSE", CT_POLICE, ROBINSON, E15, mode="allege"),
    ],
    "quotes": [
        quote("Robinson's breaches were \"deliberate\" and that he had shown no genuine remorse", "Jeremy Johnson",
              "indirect"),
        quote("deliberate", "Jeremy Johnson", "direct"),
        quote("the sentence could be cut by four months if Robinson \"purges\" his contempt by taking the film that "
              "repeats the claims off the internet", "Jeremy Johnson", "indirect"),
        quote("purges", "Jeremy Johnson", "direct"),
        quote("officers arrested 10 people during the two marches", "Metropolitan Police", "indirect"),
        quote("Robinson accepted he had broken the order but believed he was acting in the public interest",
              "Sasha Wass", "indirect"),
        quote("their client had been subjected to years of abuse", "lawyers of Jamal Hijazi", "indirect"),
        quote("Nobody is above the law", "Spokesman for the Prime Minister of the United Kingdom", "direct"),
        quote("The court has sent a clear message", "Spokesman for the Prime Minister of the United Kingdom",
              "direct"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London", "central London"]),
        entity("Tommy Robinson", "PER", "GBR", ["Far-right activist Tommy Robinson", "Robinson", "Stephen Yaxley-Lennon"]),
        entity("Jamal Hijazi", "PER", "GBR", ["a Syrian refugee", "Jamal Hijazi", "a teenager", "Hijazi",
                                              "their client"]),
        entity("High Court of England and Wales", "ORG", "GBR", ["High Court"]),
        entity("Woolwich Crown Court", "ORG", "GBR", ["Woolwich Crown Court", "the court", "The court"]),
        entity("Jeremy Johnson", "PER", "GBR", ["Justice Jeremy Johnson", "The judge"]),
        entity("Sarah Sackman", "PER", "GBR", ["the Solicitor General, Sarah Sackman"]),
        entity("Trafalgar Square", "LOC", "GBR", ["Trafalgar Square"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Kent Police", "ORG", "GBR", ["Kent Police"]),
        entity("Folkestone", "LOC", "GBR", ["Folkestone"]),
        entity("supporters of Tommy Robinson", "PER", "GBR", ["thousands of supporters", "Thousands of his supporters"]),
        entity("Stand Up To Racism", "ORG", "GBR", ["Stand Up To Racism"]),
        entity("Metropolitan Police", "ORG", "GBR", ["The Metropolitan Police"]),
        entity("Sasha Wass", "PER", "GBR", ["His lawyer, Sasha Wass"]),
        entity("lawyers of Jamal Hijazi", "PER", "GBR", ["Hijazi's lawyers"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer"]),
        entity("Spokesman for the Prime Minister of the United Kingdom", "PER", "GBR",
               ["A spokesman for Prime Minister Keir Starmer"]),
        entity("Counter Terrorism Policing", "ORG", "GBR", ["Counter-terrorism police"]),
        entity("Channel Tunnel", "LOC", "GBR", ["the Channel Tunnel"]),
    ],
}

# ---------------------------------------------------------------- hm338-en-02 (Malta/OSCE, Lavrov at the ministerial)
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")
OSCE = actor("Organization for Security and Co-operation in Europe", "IGO", "IGO")
MLT_GOV = actor("Government of Malta", "MLT", "GOV")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
NATO = actor("NATO", "IGO", "IGO")
SINIRLIOGLU = actor("Feridun Sinirlioğlu", "TUR", "GOV")
VALTONEN = actor("Elina Valtonen", "FIN", "GOV")

F1 = ("TA' QALI, Malta (AP) — Russian Foreign Minister Sergey Lavrov accused the United States and the European Union "
      "on Thursday of turning the Organization for Security and Co-operation in Europe into a tool against Moscow, as "
      "he attended a meeting of the group's foreign ministers in Malta.")
F2 = ("It was Lavrov's first visit to a member state of the EU since Russia launched its full-scale invasion of "
      "Ukraine in February 2022.")
F3 = "Ukrainian Foreign Minister Andrii Sybiha left the hall as Lavrov began to speak."
F4 = ("Sybiha told reporters that Russia had no place at a table devoted to security in Europe and called Lavrov "
      "\"a war criminal.\"")
F5 = ("Estonian Foreign Minister Margus Tsahkna stayed away from the session, saying he would not listen to \"the "
      "propagandist of a terrorist state\" in person.")
F6 = ("U.S. Secretary of State Antony Blinken told the ministers that Moscow was abusing the OSCE's consensus rules to "
      "paralyze the organization and urged members not to let Russia hold it \"hostage.\"")
F7 = ("Blinken and Lavrov did not meet on the sidelines of the gathering, and a State Department official said that "
      "no such meeting had been requested.")
F8 = ("Lavrov later told a news conference that Washington was \"not interested\" in dialogue and accused NATO of "
      "preparing for a confrontation with Russia.")
F9 = ("He said that \"the realities on the ground\" had to be the basis of any talks and that Moscow remained ready "
      "to negotiate on Ukraine.")
F10 = ("Maltese Foreign Minister Ian Borg, who holds the OSCE's rotating chairmanship this year, said that the "
       "organization had to remain a place where adversaries could still talk.")
F11 = ("After months of deadlock, the 57 participating states agreed on a new leadership team, with former Turkish "
       "Foreign Minister Feridun Sinirlioglu as secretary general.")
F12 = ("Russia had blocked earlier proposals for the top posts, leaving the organization without a secretary general "
       "since September.")
F13 = ("Finnish Foreign Minister Elina Valtonen, whose country takes over the chairmanship in January, called on "
       "Russia to withdraw its troops from Ukraine.")
F14 = "\"There can be no business as usual,\" she said."
F15 = "\"Russia knows what it has to do.\""

EN02 = {
    "id": "hm338-en-02", "lang": "en", "url": None, "published": "2024-12-05",
    "title": "Lavrov accuses the West at OSCE meeting in Malta as Ukraine's minister walks out",
    "text": paragraphs([F1, F2], [F3, F4, F5], [F6, F7], [F8, F9], [F10, F11, F12], [F13, F14, F15]),
    "events": [
        event("ACCUSE", LAVROV, USA, F1, mode="allege", date="2024-12-05", location="Ta' Qali",
              location_country="MLT"),
        event("ACCUSE", LAVROV, EU, F1, mode="allege", date="2024-12-05", location="Ta' Qali",
              location_country="MLT"),
        event("CONSULT", LAVROV, OSCE, F1, mode="multilateral", date="2024-12-05", location="Ta' Qali",
              location_country="MLT"),
        event("CONSULT", LAVROV, MLT_GOV, F2, mode="visit", location_country="MLT"),
        event("PROTEST", SYBIHA, LAVROV, F3, mode="boycott", location="Ta' Qali", location_country="MLT"),
        event("ACCUSE", SYBIHA, LAVROV, F4, mode="disapprove"),
        event("PROTEST", TSAHKNA, LAVROV, F5, mode="boycott", location="Ta' Qali", location_country="MLT"),
        event("ACCUSE", TSAHKNA, LAVROV, F5, mode="disapprove"),
        event("ACCUSE", BLINKEN, RUSSIA, F6, mode="allege", location="Ta' Qali", location_country="MLT"),
        event("REQUEST", BLINKEN, OSCE, F6, mode="change", location="Ta' Qali", location_country="MLT"),
        event("CONSULT", BLINKEN, LAVROV, F7, location="Ta' Qali", location_country="MLT", negated=True),
        event("ACCUSE", LAVROV, USA, F8, mode="disapprove"),
        event("ACCUSE", LAVROV, NATO, F8, mode="allege"),
        event("AGREE", LAVROV, UKR_GOV, F9),
        event("SUPPORT", OSCE, SINIRLIOGLU, F11),
        event("REJECT", RUSSIA, OSCE, F12),
        event("REQUEST", VALTONEN, RUSSIA, F13, mode="yield"),
    ],
    "quotes": [
        quote("Russia had no place at a table devoted to security in Europe", "Andrii Sybiha", "indirect"),
        quote("a war criminal", "Andrii Sybiha", "direct"),
        quote("he would not listen to \"the propagandist of a terrorist state\" in person", "Margus Tsahkna",
              "indirect"),
        quote("the propagandist of a terrorist state", "Margus Tsahkna", "direct"),
        quote("Moscow was abusing the OSCE's consensus rules to paralyze the organization", "Antony Blinken",
              "indirect"),
        quote("hostage", "Antony Blinken", "direct"),
        quote("no such meeting had been requested", "State Department official", "indirect"),
        quote("Washington was \"not interested\" in dialogue", "Sergey Lavrov", "indirect"),
        quote("not interested", "Sergey Lavrov", "direct"),
        quote("\"the realities on the ground\" had to be the basis of any talks and that Moscow remained ready to "
              "negotiate on Ukraine", "Sergey Lavrov", "indirect"),
        quote("the realities on the ground", "Sergey Lavrov", "direct"),
        quote("the organization had to remain a place where adversaries could still talk", "Ian Borg", "indirect"),
        quote("There can be no business as usual", "Elina Valtonen", "direct"),
        quote("Russia knows what it has to do", "Elina Valtonen", "direct"),
    ],
    "entities": [
        entity("Ta' Qali", "LOC", "MLT", ["TA' QALI"]),
        entity("Malta", "LOC", "MLT", ["Malta"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Russian Foreign Minister Sergey Lavrov", "Lavrov"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "the EU"]),
        entity("Organization for Security and Co-operation in Europe", "ORG", "IGO",
               ["the Organization for Security and Co-operation in Europe", "the group", "OSCE",
                "the organization"]),
        entity("Russia", "LOC", "RUS", ["Moscow", "Russia"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Ukrainian Foreign Minister Andrii Sybiha", "Sybiha"]),
        entity("Margus Tsahkna", "PER", "EST", ["Estonian Foreign Minister Margus Tsahkna"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken", "Blinken"]),
        entity("U.S. Department of State", "ORG", "USA", ["a State Department official"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Ian Borg", "PER", "MLT", ["Maltese Foreign Minister Ian Borg"]),
        entity("Feridun Sinirlioğlu", "PER", "TUR", ["former Turkish Foreign Minister Feridun Sinirlioglu"]),
        entity("Elina Valtonen", "PER", "FIN", ["Finnish Foreign Minister Elina Valtonen"]),
        entity("Finland", "LOC", "FIN", ["whose country"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
