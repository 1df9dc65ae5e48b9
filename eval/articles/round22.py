"""Round 22: six invented wire-style articles (4 German, 2 English), written blind.

Built sentence by sentence with `paragraphs`, so that every evidence is one exact sentence.
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm22-de-01: Malis Junta löst alle Parteien auf
# ---------------------------------------------------------------------------
D1_S1 = "Bamako (dpa) - Die Militärjunta in Mali hat sämtliche politischen Parteien des Landes aufgelöst."
D1_S2 = ("Übergangspräsident Assimi Goïta unterzeichnete am Dienstag ein entsprechendes Dekret, das am Abend im "
         "Staatsfernsehen verlesen wurde.")
D1_S3 = "Auch Versammlungen politischer Organisationen sind demnach bis auf Weiteres verboten."
D1_S4 = "Funktionären, die sich dem Verbot widersetzen, drohte die Junta mit Strafverfolgung."
D1_S5 = ("Ein Regierungssprecher begründete den Schritt mit der Notwendigkeit, die »Zersplitterung« der "
         "politischen Landschaft zu beenden.")
D1_S6 = ("Bereits Anfang Mai hatten Hunderte Menschen in der Hauptstadt gegen die geplante Auflösung "
         "demonstriert.")
D1_S7 = ("In den Tagen danach wurden mehrere Oppositionspolitiker von Unbekannten verschleppt, wie ihre "
         "Parteien mitteilten.")
D1_S8 = "Die Opposition warf der Junta vor, das Land in eine Diktatur zu verwandeln."
D1_S9 = ("UN-Menschenrechtskommissar Volker Türk forderte die Behörden in Bamako auf, das Dekret umgehend "
         "zurückzunehmen.")
D1_S10 = "»Dieses Dekret ist ein schwerer Schlag gegen die Grundrechte der Malier«, erklärte er in Genf."
D1_S11 = "Mali wird seit einem Putsch im Jahr 2020 von Militärs regiert."

_JUNTA = actor("Malian junta", "MLI", "GOV")
_PARTIES = actor("Malian political parties", "MLI", "PTY")
_TURK = actor("Volker Türk", "UNO", "IGO")

DE01 = {
    "id": "hm22-de-01", "lang": "de", "published": "2025-05-14", "title": None,
    "text": paragraphs([D1_S1, D1_S2, D1_S3, D1_S4, D1_S5], [D1_S6, D1_S7, D1_S8], [D1_S9, D1_S10, D1_S11]),
    "events": [
        event("COERCE", _JUNTA, _PARTIES, D1_S1, mode="ban", date="2025-05-13", location="Mali",
              location_country="MLI"),
        event("COERCE", actor("Assimi Goïta", "MLI", "GOV"), _PARTIES, D1_S2, mode="ban", date="2025-05-13"),
        event("COERCE", _JUNTA, _PARTIES, D1_S3, mode="ban", date="2025-05-13"),
        event("THREATEN", _JUNTA, actor("Malian party officials", "MLI", "PTY"), D1_S4, mode="arrest"),
        event("PROTEST", actor("Malian protesters", "MLI", "CVL"), _JUNTA, D1_S6, mode="demo", location="Bamako",
              location_country="MLI"),
        event("ACCUSE", actor("Malian opposition", "MLI", "OPP"), _JUNTA, D1_S8, mode="allege"),
        event("REQUEST", _TURK, actor("Malian authorities", "MLI", "GOV"), D1_S9, mode="change"),
        event("ACCUSE", _TURK, _JUNTA, D1_S10, mode="disapprove", location="Geneva", location_country="CHE"),
    ],
    "quotes": [
        quote("Auch Versammlungen politischer Organisationen sind demnach bis auf Weiteres verboten",
              "Assimi Goïta", "indirect"),
        quote("Zersplitterung", "Spokesperson of the Government of Mali", "direct"),
        quote("In den Tagen danach wurden mehrere Oppositionspolitiker von Unbekannten verschleppt",
              "Malian opposition parties", "indirect"),
        quote("das Land in eine Diktatur zu verwandeln", "Malian opposition", "indirect"),
        quote("Dieses Dekret ist ein schwerer Schlag gegen die Grundrechte der Malier", "Volker Türk", "direct"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako", "der Hauptstadt"]),
        entity("Malian junta", "ORG", "MLI", ["Die Militärjunta in Mali", "die Junta", "der Junta",
                                              "die Behörden in Bamako"]),
        entity("Mali", "GPE", "MLI", ["Mali", "des Landes", "das Land"]),
        entity("Malian political parties", "ORG", "MLI", ["sämtliche politischen Parteien des Landes",
                                                          "ihre Parteien"]),
        entity("Assimi Goïta", "PER", "MLI", ["Übergangspräsident Assimi Goïta"]),
        entity("Malian party officials", "ORG", "MLI", ["Funktionären"]),
        entity("Spokesperson of the Government of Mali", "PER", "MLI", ["Ein Regierungssprecher"]),
        entity("Malian protesters", "ORG", "MLI", ["Hunderte Menschen"]),
        entity("Malian opposition", "ORG", "MLI", ["Die Opposition", "mehrere Oppositionspolitiker"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk", "er"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
    ],
}

# ---------------------------------------------------------------------------
# hm22-de-02: Fünf Jahre Haft für Boualem Sansal, Streit zwischen Paris und Algier
# ---------------------------------------------------------------------------
D2_S1 = ("Algier (AFP) - Ein Gericht in Algerien hat den französisch-algerischen Schriftsteller Boualem Sansal zu "
         "fünf Jahren Haft verurteilt.")
D2_S2 = ("Das Strafgericht von Dar El Beida bei Algier sprach den 80-Jährigen am Donnerstag unter anderem der "
         "Gefährdung der nationalen Einheit schuldig.")
D2_S3 = "Sansal war im November am Flughafen der Hauptstadt festgenommen worden."
D2_S4 = ("Frankreichs Präsident Emmanuel Macron forderte Algier auf, den kranken Schriftsteller "
         "freizulassen.")
D2_S5 = ("Er setze auf eine »humanitäre Geste« von Präsident Abdelmadjid Tebboune, sagte Macron am Freitag in "
         "Paris.")
D2_S6 = "Außenminister Jean-Noël Barrot nannte das Urteil »ungerechtfertigt«."
D2_S7 = ("Das algerische Außenministerium wies die Forderung nach einer Freilassung als Einmischung in innere "
         "Angelegenheiten zurück.")
D2_S8 = ("Die Beziehungen zwischen Paris und Algier sind seit Monaten angespannt, nachdem Frankreich im Sommer "
         "einen marokkanischen Autonomieplan für die Westsahara unterstützt hatte.")
D2_S9 = "Algerien zog daraufhin seinen Botschafter aus Paris ab."

_SANSAL = actor("Boualem Sansal", "DZA", "CVL")
_MACRON = actor("Emmanuel Macron", "FRA", "GOV")
_FRA = actor("France", "FRA", "GOV")
_DZA = actor("Algeria", "DZA", "GOV")

DE02 = {
    "id": "hm22-de-02", "lang": "de", "published": "2025-03-28", "title": None,
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9]),
    "events": [
        event("SANCTION", actor("Dar El Beida criminal court", "DZA", "JUD"), _SANSAL, D2_S1, mode="convict",
              date="2025-03-27"),
        event("SANCTION", actor("Dar El Beida criminal court", "DZA", "JUD"), _SANSAL, D2_S2, mode="convict",
              date="2025-03-27", location="Dar El Beida", location_country="DZA"),
        event("COERCE", actor("Algerian police", "DZA", "COP"), _SANSAL, D2_S3, mode="arrest", location="Algiers",
              location_country="DZA"),
        event("REQUEST", _MACRON, _DZA, D2_S4, mode="yield", date="2025-03-28"),
        event("REQUEST", _MACRON, actor("Abdelmadjid Tebboune", "DZA", "GOV"), D2_S5, mode="yield",
              date="2025-03-28", location="Paris", location_country="FRA"),
        event("ACCUSE", actor("Jean-Noël Barrot", "FRA", "GOV"), actor("Dar El Beida criminal court", "DZA", "JUD"),
              D2_S6, mode="disapprove"),
        event("REJECT", actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV"), _MACRON, D2_S7,
              mode="yield"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV"), _FRA, D2_S7,
              mode="disapprove"),
        event("SUPPORT", _FRA, actor("Morocco", "MAR", "GOV"), D2_S8),
        event("SANCTION", _DZA, _FRA, D2_S9, mode="withdraw"),
    ],
    "quotes": [
        quote("Er setze auf eine »humanitäre Geste« von Präsident Abdelmadjid Tebboune", "Emmanuel Macron",
              "indirect"),
        quote("humanitäre Geste", "Emmanuel Macron", "direct"),
        quote("ungerechtfertigt", "Jean-Noël Barrot", "direct"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["bei Algier", "der Hauptstadt"]),
        entity("Algeria", "GPE", "DZA", ["Algerien", "Algier"]),
        entity("Dar El Beida criminal court", "ORG", "DZA", ["Ein Gericht in Algerien",
                                                             "Das Strafgericht von Dar El Beida"]),
        entity("Boualem Sansal", "PER", "DZA", ["den französisch-algerischen Schriftsteller Boualem Sansal",
                                                "den 80-Jährigen", "Sansal", "den kranken Schriftsteller"]),
        entity("Dar El Beida", "LOC", "DZA", ["Dar El Beida"]),
        entity("Algiers airport", "LOC", "DZA", ["am Flughafen der Hauptstadt"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "Frankreich", "Paris"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron", "Er", "Macron"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune"]),
        entity("Paris", "LOC", "FRA", ["in Paris", "aus Paris"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
        entity("Morocco", "GPE", "MAR", ["marokkanischen"]),
        entity("Western Sahara", "LOC", None, ["die Westsahara"]),
    ],
}

# ---------------------------------------------------------------------------
# hm22-de-03: Gefechte zwischen somalischer Armee und Jubaland
# ---------------------------------------------------------------------------
D3_S1 = ("Mogadischu (dpa) - Im Süden Somalias haben sich Truppen der Zentralregierung und Einheiten der "
         "Regionalregierung von Jubaland schwere Gefechte geliefert.")
D3_S2 = ("Bei den Kämpfen um die Küstenstadt Ras Kamboni nahe der kenianischen Grenze wurden am Mittwoch nach "
         "Angaben von Anwohnern mindestens zehn Soldaten getötet.")
D3_S3 = "Die Regionalregierung erklärte, die Regierungssoldaten hätten zuerst das Feuer eröffnet."
D3_S4 = ("Hintergrund ist ein Streit über die Wiederwahl von Jubalands Präsident Ahmed Madobe, die Mogadischu "
         "nicht anerkennt.")
D3_S5 = ("Ein Gericht in der Regionalhauptstadt Kismayo erließ am Mittwoch Haftbefehl gegen Somalias Präsidenten "
         "Hassan Sheikh Mohamud wegen Hochverrats.")
D3_S6 = "Zuvor hatte ein Gericht in Mogadischu Madobe seinerseits Landesverrat vorgeworfen."
D3_S7 = ("Die Regierung in Mogadischu beschuldigte zudem Kenia, die Kräfte Madobes mit Waffen zu "
         "versorgen.")
D3_S8 = "Nairobi wies dies zurück."
D3_S9 = "Kenia verlegte nach Angaben aus Sicherheitskreisen zusätzliche Soldaten an die Grenze."
D3_S10 = ("Die ostafrikanische Regionalorganisation Igad forderte beide Seiten auf, die Kämpfe sofort "
          "einzustellen und Gespräche aufzunehmen.")

_SNA = actor("Somali National Army", "SOM", "MIL")
_JUBA_FORCES = actor("Jubaland security forces", "SOM", "MIL")
_JUBA = actor("Jubaland administration", "SOM", "GOV")
_FGS = actor("Federal Government of Somalia", "SOM", "GOV")
_IGAD = actor("IGAD", "IGO", "IGO")

DE03 = {
    "id": "hm22-de-03", "lang": "de", "published": "2024-12-12", "title": None,
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6], [D3_S7, D3_S8, D3_S9, D3_S10]),
    "events": [
        event("ASSAULT", _SNA, _JUBA_FORCES, D3_S1, date="2024-12-11", location="Ras Kamboni",
              location_country="SOM"),
        event("ASSAULT", _JUBA_FORCES, _SNA, D3_S1, date="2024-12-11", location="Ras Kamboni",
              location_country="SOM"),
        event("ACCUSE", _JUBA, _SNA, D3_S3, mode="allege"),
        event("ACCUSE", actor("Kismayo court", "SOM", "JUD"), actor("Hassan Sheikh Mohamud", "SOM", "GOV"), D3_S5,
              mode="allege", date="2024-12-11", location="Kismayo", location_country="SOM"),
        event("ACCUSE", actor("Banadir regional court", "SOM", "JUD"), actor("Ahmed Madobe", "SOM", "GOV"), D3_S6,
              mode="allege", location="Mogadishu", location_country="SOM"),
        event("ACCUSE", _FGS, actor("Kenya", "KEN", "GOV"), D3_S7, mode="allege"),
        event("MOBILIZE", actor("Kenya Defence Forces", "KEN", "MIL"), None, D3_S9, mode="troops"),
        event("REQUEST", _IGAD, _FGS, D3_S10),
        event("REQUEST", _IGAD, _JUBA, D3_S10),
    ],
    "quotes": [
        quote("Bei den Kämpfen um die Küstenstadt Ras Kamboni nahe der kenianischen Grenze wurden am Mittwoch nach "
              "Angaben von Anwohnern mindestens zehn Soldaten getötet", "residents of Ras Kamboni", "indirect"),
        quote("die Regierungssoldaten hätten zuerst das Feuer eröffnet", "Jubaland administration", "indirect"),
        quote("die Kräfte Madobes mit Waffen zu versorgen", "Federal Government of Somalia", "indirect"),
        quote("Kenia verlegte nach Angaben aus Sicherheitskreisen zusätzliche Soldaten an die Grenze",
              "Kenyan security sources", "indirect"),
    ],
    "entities": [
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Somalia", "GPE", "SOM", ["Somalias"]),
        entity("Federal Government of Somalia", "ORG", "SOM", ["der Zentralregierung", "Die Regierung in Mogadischu"]),
        entity("Somali National Army", "ORG", "SOM", ["Truppen der Zentralregierung", "die Regierungssoldaten"]),
        entity("Jubaland security forces", "ORG", "SOM", ["Einheiten der Regionalregierung von Jubaland",
                                                          "die Kräfte Madobes"]),
        entity("Jubaland administration", "ORG", "SOM", ["der Regionalregierung von Jubaland",
                                                         "Die Regionalregierung"]),
        entity("Jubaland", "LOC", "SOM", ["Jubaland", "Jubalands"]),
        entity("Ras Kamboni", "LOC", "SOM", ["die Küstenstadt Ras Kamboni"]),
        entity("residents of Ras Kamboni", "ORG", "SOM", ["Anwohnern"]),
        entity("Ahmed Madobe", "PER", "SOM", ["Jubalands Präsident Ahmed Madobe", "Madobe", "Madobes"]),
        entity("Kismayo court", "ORG", "SOM", ["Ein Gericht in der Regionalhauptstadt Kismayo"]),
        entity("Kismayo", "LOC", "SOM", ["der Regionalhauptstadt Kismayo"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Somalias Präsidenten Hassan Sheikh Mohamud"]),
        entity("Banadir regional court", "ORG", "SOM", ["ein Gericht in Mogadischu"]),
        entity("Kenya", "GPE", "KEN", ["Kenia", "Nairobi"]),
        entity("Kenyan security sources", "ORG", "KEN", ["Sicherheitskreisen"]),
        entity("IGAD", "ORG", "IGO", ["Die ostafrikanische Regionalorganisation Igad"]),
    ],
}

# ---------------------------------------------------------------------------
# hm22-de-04: Kuwaits Emir löst das Parlament auf
# ---------------------------------------------------------------------------
D4_S1 = ("Kuwait-Stadt (dpa) - Kuwaits Emir Scheich Mischal al-Ahmad al-Sabah hat das Parlament aufgelöst und "
         "Teile der Verfassung für bis zu vier Jahre außer Kraft gesetzt.")
D4_S2 = ("In einer Fernsehansprache am Freitag begründete er den Schritt mit anhaltenden Blockaden zwischen "
         "Regierung und Abgeordneten.")
D4_S3 = "„Einige Abgeordnete haben die Demokratie missbraucht, um den Staat zu zerstören“, sagte der Emir."
D4_S4 = "Die Befugnisse der Nationalversammlung übernehmen vorerst er selbst und das Kabinett."
D4_S5 = "Mehrere Oppositionspolitiker kritisierten die Entscheidung als „Staatsstreich gegen die Verfassung“."
D4_S6 = ("Der frühere Abgeordnete Mussallam al-Barrak wurde am Sonntag festgenommen, nachdem er die Auflösung im "
         "Onlinedienst X verurteilt hatte, wie seine Familie mitteilte.")
D4_S7 = "Am Montag kam er gegen Kaution wieder frei."
D4_S8 = "Das Innenministerium erklärte, niemand werde wegen seiner Meinung verfolgt."
D4_S9 = ("Ein Versammlungsverbot verhängten die Behörden nicht, Kundgebungen sind in Kuwait allerdings ohnehin "
         "genehmigungspflichtig.")
D4_S10 = "Saudi-Arabien und Katar erklärten ihre Unterstützung für die Entscheidung des Emirs."

_EMIR = actor("Mishal al-Ahmad al-Jaber al-Sabah", "KWT", "GOV")
_BARRAK = actor("Musallam al-Barrak", "KWT", "OPP")
_KWT_POLICE = actor("Kuwaiti police", "KWT", "COP")

DE04 = {
    "id": "hm22-de-04", "lang": "de", "published": "2024-05-13", "title": None,
    "text": paragraphs([D4_S1, D4_S2, D4_S3, D4_S4], [D4_S5, D4_S6, D4_S7, D4_S8], [D4_S9, D4_S10]),
    "events": [
        event("COERCE", _EMIR, actor("National Assembly of Kuwait", "KWT", "LEG"), D4_S1, mode="restrict",
              date="2024-05-10"),
        event("ACCUSE", _EMIR, actor("Kuwaiti lawmakers", "KWT", "LEG"), D4_S3, mode="disapprove",
              date="2024-05-10"),
        event("ACCUSE", actor("Kuwaiti opposition politicians", "KWT", "OPP"), _EMIR, D4_S5, mode="disapprove"),
        event("COERCE", _KWT_POLICE, _BARRAK, D4_S6, mode="arrest", date="2024-05-12"),
        event("ACCUSE", _BARRAK, _EMIR, D4_S6, mode="disapprove"),
        event("RETREAT", _KWT_POLICE, _BARRAK, D4_S7, mode="release", date="2024-05-13"),
        event("COERCE", actor("Kuwaiti authorities", "KWT", "GOV"), None, D4_S9, mode="ban", negated=True),
        event("SUPPORT", actor("Saudi Arabia", "SAU", "GOV"), _EMIR, D4_S10),
        event("SUPPORT", actor("Qatar", "QAT", "GOV"), _EMIR, D4_S10),
    ],
    "quotes": [
        quote("Einige Abgeordnete haben die Demokratie missbraucht, um den Staat zu zerstören",
              "Mishal al-Ahmad al-Jaber al-Sabah", "direct"),
        quote("Staatsstreich gegen die Verfassung", "Kuwaiti opposition politicians", "direct"),
        quote("Der frühere Abgeordnete Mussallam al-Barrak wurde am Sonntag festgenommen, nachdem er die Auflösung "
              "im Onlinedienst X verurteilt hatte", "Family of Musallam al-Barrak", "indirect"),
        quote("niemand werde wegen seiner Meinung verfolgt", "Ministry of Interior of Kuwait", "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["Kuwait-Stadt"]),
        entity("Kuwait", "GPE", "KWT", ["Kuwaits", "Kuwait"]),
        entity("Mishal al-Ahmad al-Jaber al-Sabah", "PER", "KWT",
               ["Kuwaits Emir Scheich Mischal al-Ahmad al-Sabah", "er", "der Emir", "er selbst", "des Emirs"]),
        entity("National Assembly of Kuwait", "ORG", "KWT", ["das Parlament", "der Nationalversammlung"]),
        entity("Kuwaiti lawmakers", "ORG", "KWT", ["Abgeordneten", "Einige Abgeordnete"]),
        entity("Government of Kuwait", "ORG", "KWT", ["Regierung", "das Kabinett"]),
        entity("Kuwaiti opposition politicians", "ORG", "KWT", ["Mehrere Oppositionspolitiker"]),
        entity("Musallam al-Barrak", "PER", "KWT", ["Der frühere Abgeordnete Mussallam al-Barrak", "er"]),
        entity("X", "ORG", "MNC", ["Onlinedienst X"]),
        entity("Family of Musallam al-Barrak", "ORG", "KWT", ["seine Familie"]),
        entity("Ministry of Interior of Kuwait", "ORG", "KWT", ["Das Innenministerium"]),
        entity("Kuwaiti authorities", "ORG", "KWT", ["die Behörden"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
    ],
}

# ---------------------------------------------------------------------------
# hm22-en-01: Fiji court jails former prime minister Bainimarama
# ---------------------------------------------------------------------------
E1_S1 = ("A court in Fiji on Thursday sentenced former prime minister Frank Bainimarama to one year in prison for "
         "perverting the course of justice.")
E1_S2 = ("Former police commissioner Sitiveni Qiliho, who was tried alongside him, received a two-year sentence "
         "from the High Court in Suva.")
E1_S3 = ("Prosecutors said the two men had shut down a police investigation into alleged corruption at the "
         "University of the South Pacific in 2020.")
E1_S4 = ("Bainimarama, who ruled the Pacific nation from 2006 until 2022, was taken into custody immediately "
         "after the hearing.")
E1_S5 = "His lawyer, Devanesh Sharma, told reporters that the defence was studying the judgment."
E1_S6 = ("The FijiFirst party, which Bainimarama founded, accused Prime Minister Sitiveni Rabuka of using the "
         "courts to silence his predecessor.")
E1_S7 = '"This is a dark day for democracy in Fiji," a party spokesman said.'
E1_S8 = "Rabuka rejected the accusation, saying the judiciary was independent."

_HC = actor("High Court of Fiji", "FJI", "JUD")
_BAINI = actor("Frank Bainimarama", "FJI", "OPP")
_QILIHO = actor("Sitiveni Qiliho", "FJI", "COP")
_PROS = actor("Fijian prosecutors", "FJI", "JUD")

EN01 = {
    "id": "hm22-en-01", "lang": "en", "published": "2024-05-09", "title": None,
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5], [E1_S6, E1_S7, E1_S8]),
    "events": [
        event("SANCTION", _HC, _BAINI, E1_S1, mode="convict", date="2024-05-09", location="Suva",
              location_country="FJI"),
        event("SANCTION", _HC, _QILIHO, E1_S2, mode="convict", date="2024-05-09", location="Suva",
              location_country="FJI"),
        event("ACCUSE", _PROS, _BAINI, E1_S3, mode="allege"),
        event("ACCUSE", _PROS, _QILIHO, E1_S3, mode="allege"),
        event("COERCE", actor("Fijian police", "FJI", "COP"), _BAINI, E1_S4, mode="arrest", date="2024-05-09",
              location="Suva", location_country="FJI"),
        event("ACCUSE", actor("FijiFirst", "FJI", "PTY"), actor("Sitiveni Rabuka", "FJI", "GOV"), E1_S6,
              mode="allege"),
    ],
    "quotes": [
        quote("the two men had shut down a police investigation into alleged corruption at the University of the "
              "South Pacific in 2020", "Fijian prosecutors", "indirect"),
        quote("that the defence was studying the judgment", "Devanesh Sharma", "indirect"),
        quote("This is a dark day for democracy in Fiji", "FijiFirst spokesperson", "direct"),
        quote("the judiciary was independent", "Sitiveni Rabuka", "indirect"),
    ],
    "entities": [
        entity("Fiji", "GPE", "FJI", ["Fiji", "the Pacific nation"]),
        entity("High Court of Fiji", "ORG", "FJI", ["A court in Fiji", "the High Court in Suva"]),
        entity("Frank Bainimarama", "PER", "FJI", ["former prime minister Frank Bainimarama", "him", "Bainimarama",
                                                   "his predecessor"]),
        entity("Sitiveni Qiliho", "PER", "FJI", ["Former police commissioner Sitiveni Qiliho"]),
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Fijian prosecutors", "ORG", "FJI", ["Prosecutors"]),
        entity("University of the South Pacific", "ORG", "FJI", ["the University of the South Pacific"]),
        entity("Devanesh Sharma", "PER", "FJI", ["His lawyer, Devanesh Sharma"]),
        entity("FijiFirst", "ORG", "FJI", ["The FijiFirst party"]),
        entity("FijiFirst spokesperson", "PER", "FJI", ["a party spokesman"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Prime Minister Sitiveni Rabuka", "Rabuka"]),
    ],
}

# ---------------------------------------------------------------------------
# hm22-en-02: GenZ 212 protests in Morocco
# ---------------------------------------------------------------------------
E2_S1 = ("Moroccan police detained dozens of young people in Rabat and Casablanca on Sunday as protests demanding "
         "better hospitals and schools spread to several cities, rights groups said.")
E2_S2 = ("The rallies were organised by a leaderless movement calling itself GenZ 212, which accuses the "
         "government of spending billions on stadiums for the 2030 World Cup while hospitals decay.")
E2_S3 = "Anger erupted after eight women died following childbirth at a public hospital in Agadir last month."
E2_S4 = ("Interior ministry spokesman Rachid El Khalfi said some protesters had thrown stones at officers and "
         "damaged police vehicles.")
E2_S5 = ('The ruling coalition said it was ready for dialogue with young people and would respond to their '
         'demands "through the institutions".')
E2_S6 = "GenZ 212 rejected the offer, saying only concrete reforms would end the protests."
E2_S7 = "Prosecutors said most of those detained in Rabat would be released pending trial."
E2_S8 = ("Amnesty International urged the Moroccan authorities to release all peaceful protesters and to "
         "investigate reports of excessive force.")
E2_S9 = "In Oujda, police fired tear gas on Monday but made no arrests, witnesses said."

_MAR_POLICE = actor("Moroccan police", "MAR", "COP")
_MAR_PROT = actor("Moroccan protesters", "MAR", "CVL")
_MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
_GENZ = actor("GenZ 212", "MAR", "CVL")
_COALITION = actor("Moroccan ruling coalition", "MAR", "GOV")

EN02 = {
    "id": "hm22-en-02", "lang": "en", "published": "2025-09-30", "title": None,
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6, E2_S7], [E2_S8, E2_S9]),
    "events": [
        event("COERCE", _MAR_POLICE, _MAR_PROT, E2_S1, mode="arrest", date="2025-09-28", location="Rabat",
              location_country="MAR"),
        event("PROTEST", _MAR_PROT, _MAR_GOV, E2_S1, mode="demo", date="2025-09-28", location="Rabat",
              location_country="MAR"),
        event("PROTEST", _GENZ, _MAR_GOV, E2_S2, mode="demo"),
        event("ACCUSE", _GENZ, _MAR_GOV, E2_S2, mode="allege"),
        event("ACCUSE", actor("Rachid El Khalfi", "MAR", "GOV"), _MAR_PROT, E2_S4, mode="allege"),
        event("AGREE", _COALITION, _MAR_PROT, E2_S5),
        event("REJECT", _GENZ, _COALITION, E2_S6, mode="meet"),
        event("CONCEDE", actor("Moroccan prosecutors", "MAR", "JUD"), _MAR_PROT, E2_S7, location="Rabat",
              location_country="MAR"),
        event("REQUEST", actor("Amnesty International", "NGO", "NGO"), actor("Moroccan authorities", "MAR", "GOV"),
              E2_S8, mode="yield"),
        event("ASSAULT", _MAR_POLICE, _MAR_PROT, E2_S9, mode="crowd-control", date="2025-09-29", location="Oujda",
              location_country="MAR"),
        event("COERCE", _MAR_POLICE, _MAR_PROT, E2_S9, mode="arrest", date="2025-09-29", location="Oujda",
              location_country="MAR", negated=True),
    ],
    "quotes": [
        quote("Moroccan police detained dozens of young people in Rabat and Casablanca on Sunday as protests "
              "demanding better hospitals and schools spread to several cities", "Moroccan rights groups",
              "indirect"),
        quote("some protesters had thrown stones at officers and damaged police vehicles", "Rachid El Khalfi",
              "indirect"),
        quote('it was ready for dialogue with young people and would respond to their demands "through the '
              'institutions"', "Moroccan ruling coalition", "indirect"),
        quote("through the institutions", "Moroccan ruling coalition", "direct"),
        quote("only concrete reforms would end the protests", "GenZ 212", "indirect"),
        quote("most of those detained in Rabat would be released pending trial", "Moroccan prosecutors",
              "indirect"),
        quote("In Oujda, police fired tear gas on Monday but made no arrests", "witnesses", "indirect"),
    ],
    "entities": [
        entity("Moroccan police", "ORG", "MAR", ["Moroccan police", "police"]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Casablanca", "LOC", "MAR", ["Casablanca"]),
        entity("Moroccan protesters", "ORG", "MAR", ["dozens of young people", "young people", "some protesters",
                                                     "all peaceful protesters", "those detained in Rabat"]),
        entity("Moroccan rights groups", "ORG", "MAR", ["rights groups"]),
        entity("GenZ 212", "ORG", "MAR", ["a leaderless movement calling itself GenZ 212", "GenZ 212"]),
        entity("Government of Morocco", "ORG", "MAR", ["the government"]),
        entity("Agadir", "LOC", "MAR", ["Agadir"]),
        entity("Rachid El Khalfi", "PER", "MAR", ["Interior ministry spokesman Rachid El Khalfi"]),
        entity("Ministry of Interior of Morocco", "ORG", "MAR", ["Interior ministry"]),
        entity("Moroccan ruling coalition", "ORG", "MAR", ["The ruling coalition"]),
        entity("Moroccan prosecutors", "ORG", "MAR", ["Prosecutors"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Moroccan authorities", "ORG", "MAR", ["the Moroccan authorities"]),
        entity("Oujda", "LOC", "MAR", ["Oujda"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
