"""Round 185: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm185-de-01: Chad's security forces arrest opposition leader Succès Masra over alleged incitement after the Mandakao killings; his party protests (2025-05-16).
- hm185-de-02: The ICJ throws out Sudan's genocide case against the United Arab Emirates for lack of jurisdiction; Abu Dhabi welcomes it, Port Sudan objects (2025-05-05).
- hm185-de-03: El Salvador's parliament passes Bukele's foreign agents law days after the arrest of Cristosal lawyer Ruth López; NGOs and the UN object (2025-05-21).
- hm185-de-04: Suicide attack on the Mar Elias church in Damascus; the interior ministry blames IS and arrests suspects, the patriarchate criticises the government (2025-06-23).
- hm185-en-01: Congo's Justice Minister Constant Mutamba resigns after parliament clears his prosecution over a prison contract; supporters tear-gassed (2025-06-18).
- hm185-en-02: Trump threatens Brazil with a 50% tariff over the Bolsonaro trial; Lula vows reciprocity, Brasilia summons the U.S. charge d'affaires (2025-07-10).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm185-de-01 (Chad)
MASRA = actor("Succès Masra", "TCD", "OPP")
TCD_SEC = actor("Chadian security forces", "TCD", "COP")
TRANSFO = actor("Les Transformateurs", "TCD", "PTY")
KEDELAYE = actor("Oumar Mahamat Kedelaye", "TCD", "JUD")
GUNMEN = actor("gunmen", "TCD", None)
MANDAKAO = actor("residents of Mandakao", "TCD", "CVL")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
NJESADA = actor("Ndolembai Njesada", "TCD", "PTY")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
MASRA_FANS = actor("supporters of Succès Masra", "TCD", "CVL")
TCD_POL = actor("Chadian police", "TCD", "COP")
EU = actor("European Union", "EUR", "IGO")

A1 = "N'Djamena - Im Tschad haben Sicherheitskräfte den früheren Regierungschef und Oppositionsführer Succès Masra festgenommen."
A2 = ("Bewaffnete Einheiten seien am frühen Freitagmorgen in sein Haus in der Hauptstadt eingedrungen und hätten ihn "
      "abgeführt, teilte seine Partei Les Transformateurs mit.")
A3 = ("Der Staatsanwalt der Hauptstadt, Oumar Mahamat Kedelaye, wirft dem Politiker vor, mit Botschaften in sozialen Netzwerken zu "
      "Gewalt im Süden des Landes aufgerufen zu haben.")
A4 = ("Bewaffnete hatten am Mittwoch im Dorf Mandakao in der Provinz Logone Occidental das Feuer auf Bewohner eröffnet "
      "und mindestens 42 Menschen getötet.")
A5 = "Die Partei sprach von einer »politischen Entführung« und forderte die sofortige Freilassung ihres Vorsitzenden."
A6 = "»Man will den einzigen Politiker zum Schweigen bringen, der Mahamat Déby noch die Stirn bietet«, sagte Parteivize Ndolembai Njesada."
A7 = "Regierungssprecher Gassim Chérif Mahamat wies den Vorwurf politischer Motive zurück."
A8 = "Die Justiz handle unabhängig, und niemand stehe über dem Gesetz, sagte er."
A9 = ("Vor dem Parteisitz im Viertel Moursal versammelten sich am Nachmittag Hunderte Anhänger Masras, die Polizei "
      "trieb sie mit Tränengas auseinander.")
A10 = "Masra war nach der Präsidentenwahl im Mai 2024 als Regierungschef zurückgetreten und hatte Déby Wahlbetrug vorgeworfen."
A11 = "Seine Partei boykottierte anschließend die Parlamentswahl im Dezember."
A12 = "Eine formelle Anklage erhob die Staatsanwaltschaft bis zum Abend nicht."
A13 = "Seinen Anwälten zufolge drohen Masra im Fall einer Verurteilung bis zu 20 Jahre Haft."
A14 = "Die Europäische Union rief die Behörden in N'Djamena auf, die Rechte des Oppositionspolitikers zu achten."

DE01 = {
    "id": "hm185-de-01", "lang": "de", "url": None, "published": "2025-05-16",
    "title": "Tschads Oppositionsführer Masra festgenommen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8, A9], [A10, A11, A12, A13, A14]),
    "events": [
        event("COERCE", TCD_SEC, MASRA, A1, mode="arrest", date="2025-05-16", location="N'Djamena", location_country="TCD"),
        event("COERCE", TCD_SEC, MASRA, A2, mode="arrest", date="2025-05-16", location="N'Djamena", location_country="TCD"),
        event("ACCUSE", KEDELAYE, MASRA, A3, mode="allege"),
        event("ASSAULT", GUNMEN, MANDAKAO, A4, mode="firearms", date="2025-05-14", location="Mandakao", location_country="TCD"),
        event("ACCUSE", TRANSFO, TCD_GOV, A5, mode="disapprove"),
        event("REQUEST", TRANSFO, TCD_GOV, A5, mode="yield"),
        event("ACCUSE", NJESADA, DEBY, A6, mode="disapprove"),
        event("PROTEST", MASRA_FANS, TCD_GOV, A9, mode="demo", date="2025-05-16", location="N'Djamena", location_country="TCD"),
        event("ASSAULT", TCD_POL, MASRA_FANS, A9, mode="crowd-control", date="2025-05-16", location="N'Djamena", location_country="TCD"),
        event("RETREAT", MASRA, None, A10, mode="resign"),
        event("ACCUSE", MASRA, DEBY, A10, mode="allege"),
        event("PROTEST", TRANSFO, TCD_GOV, A11, mode="boycott"),
        event("ACCUSE", KEDELAYE, MASRA, A12, mode="allege", negated=True),
        event("REQUEST", EU, TCD_GOV, A14, mode="change"),
    ],
    "quotes": [
        quote("Bewaffnete Einheiten seien am frühen Freitagmorgen in sein Haus in der Hauptstadt eingedrungen und hätten ihn abgeführt",
              "Les Transformateurs", "indirect"),
        quote("mit Botschaften in sozialen Netzwerken zu Gewalt im Süden des Landes aufgerufen zu haben",
              "Oumar Mahamat Kedelaye", "indirect"),
        quote("politischen Entführung", "Les Transformateurs", "direct"),
        quote("Man will den einzigen Politiker zum Schweigen bringen, der Mahamat Déby noch die Stirn bietet",
              "Ndolembai Njesada", "direct"),
        quote("Die Justiz handle unabhängig, und niemand stehe über dem Gesetz", "Gassim Chérif Mahamat", "indirect"),
        quote("drohen Masra im Fall einer Verurteilung bis zu 20 Jahre Haft", "lawyers of Succès Masra", "indirect"),
    ],
    "entities": [
        entity("Succès Masra", "PER", "TCD", ["Oppositionsführer Succès Masra", "ihn", "dem Politiker", "ihres Vorsitzenden",
                                              "Masras", "Masra", "des Oppositionspolitikers"]),
        entity("Chad", "GPE", "TCD", ["Tschad", "des Landes"]),
        entity("Chadian security forces", "ORG", "TCD", ["Sicherheitskräfte", "Bewaffnete Einheiten"]),
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena", "der Hauptstadt"]),
        entity("Les Transformateurs", "ORG", "TCD", ["seine Partei Les Transformateurs", "Die Partei", "Parteisitz",
                                                     "Seine Partei"]),
        entity("Oumar Mahamat Kedelaye", "PER", "TCD", ["Der Staatsanwalt der Hauptstadt, Oumar Mahamat Kedelaye"]),
        entity("Mandakao", "LOC", "TCD", ["Dorf Mandakao"]),
        entity("Logone Occidental", "LOC", "TCD", ["Provinz Logone Occidental"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Mahamat Déby", "Déby"]),
        entity("Ndolembai Njesada", "PER", "TCD", ["Parteivize Ndolembai Njesada"]),
        entity("Gassim Chérif Mahamat", "PER", "TCD", ["Regierungssprecher Gassim Chérif Mahamat", "er"]),
        entity("Moursal", "LOC", "TCD", ["Viertel Moursal"]),
        entity("supporters of Succès Masra", "ORG", "TCD", ["Hunderte Anhänger Masras"]),
        entity("Chadian police", "ORG", "TCD", ["die Polizei"]),
        entity("Public Prosecutor's Office of Chad", "ORG", "TCD", ["die Staatsanwaltschaft"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Government of Chad", "ORG", "TCD", ["die Behörden in N'Djamena"]),
    ],
}

# ---------------------------------------------------------------- hm185-de-02 (ICJ, Sudan v UAE)
ICJ = actor("International Court of Justice", "UNO", "JUD")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
KETAIT = actor("Reem Ketait", "ARE", "GOV")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
OSMAN = actor("Muawia Osman", "SDN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
UNSC = actor("UN Security Council", "UNO", "IGO")

B1 = ("Den Haag - Der Internationale Gerichtshof (IGH) hat die Klage des Sudans gegen die Vereinigten Arabischen Emirate "
      "wegen Beihilfe zum Völkermord abgewiesen.")
B2 = ("Das höchste UN-Gericht lehnte am Montag mit 14 zu 2 Stimmen den Eilantrag Port Sudans ab und strich den Fall "
      "wegen offensichtlicher Unzuständigkeit von seiner Liste.")
B3 = ("Die Regierung in Port Sudan hatte den Emiraten vorgeworfen, die paramilitärische RSF mit Waffen zu beliefern und "
      "damit Massaker an der Volksgruppe der Masalit in West-Darfur zu ermöglichen.")
B4 = "Die Emirate hatten beim Beitritt zur Völkermordkonvention einen Vorbehalt gegen die Zuständigkeit des Gerichts eingelegt."
B5 = "Abu Dhabi begrüßte die Entscheidung."
B6 = "„Die Klage war von Anfang an ein zynisches Manöver“, erklärte die Spitzendiplomatin Reem Ketait aus dem Außenministerium."
B7 = "Die sudanesische Armee solle lieber die Kämpfe beenden und einer Waffenruhe zustimmen, fügte sie hinzu."
B8 = "Die Emirate bestreiten seit langem, die RSF zu bewaffnen."
B9 = "Sudans Justizminister Muawia Osman nannte das Urteil „enttäuschend“, betonte aber, es spreche die Emirate nicht frei."
B10 = "Man werde weiter alle rechtlichen Wege nutzen, um die Verantwortlichen zur Rechenschaft zu ziehen, sagte er."
B11 = "Der Krieg zwischen Armee und RSF dauert seit April 2023 an, Zehntausende Menschen wurden getötet."
B12 = "Amnesty International forderte den UN-Sicherheitsrat auf, das Waffenembargo für Darfur auf den ganzen Sudan auszuweiten."
B13 = "Ob sich das Gremium erneut mit der Rolle der Emirate befasst, ist offen."

DE02 = {
    "id": "hm185-de-02", "lang": "de", "url": None, "published": "2025-05-05",
    "title": "IGH weist Sudans Völkermordklage gegen die Emirate ab",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12, B13]),
    "events": [
        event("REJECT", ICJ, SDN_GOV, B1),
        event("REJECT", ICJ, SDN_GOV, B2, date="2025-05-05"),
        event("ACCUSE", SDN_GOV, UAE, B3, mode="allege"),
        event("SUPPORT", UAE, ICJ, B5),
        event("ACCUSE", KETAIT, SDN_GOV, B6, mode="disapprove"),
        event("REQUEST", KETAIT, SAF, B7, mode="yield"),
        event("ACCUSE", OSMAN, ICJ, B9, mode="disapprove"),
        event("THREATEN", OSMAN, UAE, B10),
        event("REQUEST", AMNESTY, UNSC, B12, mode="change"),
    ],
    "quotes": [
        quote("die paramilitärische RSF mit Waffen zu beliefern und damit Massaker an der Volksgruppe der Masalit in "
              "West-Darfur zu ermöglichen", "Government of Sudan", "indirect"),
        quote("Die Klage war von Anfang an ein zynisches Manöver", "Reem Ketait", "direct"),
        quote("Die sudanesische Armee solle lieber die Kämpfe beenden und einer Waffenruhe zustimmen", "Reem Ketait", "indirect"),
        quote("die RSF zu bewaffnen", "United Arab Emirates", "indirect"),
        quote("enttäuschend", "Muawia Osman", "direct"),
        quote("es spreche die Emirate nicht frei", "Muawia Osman", "indirect"),
        quote("Man werde weiter alle rechtlichen Wege nutzen, um die Verantwortlichen zur Rechenschaft zu ziehen",
              "Muawia Osman", "indirect"),
        quote("das Waffenembargo für Darfur auf den ganzen Sudan auszuweiten", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("International Court of Justice", "ORG", "UNO", ["Der Internationale Gerichtshof (IGH)",
                                                                 "Das höchste UN-Gericht", "des Gerichts"]),
        entity("Sudan", "GPE", "SDN", ["des Sudans", "Sudans", "den ganzen Sudan"]),
        entity("United Arab Emirates", "GPE", "ARE", ["die Vereinigten Arabischen Emirate", "den Emiraten",
                                                      "Die Emirate", "Abu Dhabi", "die Emirate", "der Emirate"]),
        entity("Government of Sudan", "ORG", "SDN", ["Port Sudans", "Die Regierung in Port Sudan"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["die paramilitärische RSF", "die RSF", "RSF"]),
        entity("Masalit", "ORG", "SDN", ["der Volksgruppe der Masalit"]),
        entity("West Darfur", "LOC", "SDN", ["West-Darfur"]),
        entity("Den Haag", "LOC", "NLD", ["Den Haag"]),
        entity("Reem Ketait", "PER", "ARE", ["die Spitzendiplomatin Reem Ketait", "sie"]),
        entity("Ministry of Foreign Affairs of the United Arab Emirates", "ORG", "ARE", ["dem Außenministerium"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Die sudanesische Armee", "Armee"]),
        entity("Muawia Osman", "PER", "SDN", ["Sudans Justizminister Muawia Osman", "er"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("UN Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat", "das Gremium"]),
        entity("Darfur", "LOC", "SDN", ["Darfur"]),
    ],
}

# ---------------------------------------------------------------- hm185-de-03 (El Salvador)
SLV_ASSEMBLY = actor("Legislative Assembly of El Salvador", "SLV", "LEG")
SLV_NGOS = actor("non-governmental organisations in El Salvador", "SLV", "NGO")
BUKELE = actor("Nayib Bukele", "SLV", "GOV")
SLV_AGO = actor("Attorney General's Office of El Salvador", "SLV", "JUD")
LOPEZ = actor("Ruth López", "SLV", "NGO")
CRISTOSAL = actor("Cristosal", "SLV", "NGO")
SLV_GOV = actor("Government of El Salvador", "SLV", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
SLV_PROTESTERS = actor("Salvadoran journalists and activists", "SLV", "CVL")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")

C1 = ("San Salvador - In El Salvador hat das Parlament mit den Stimmen der Regierungspartei Nuevas Ideas ein umstrittenes "
      "Gesetz gegen »ausländische Agenten« verabschiedet.")
C2 = ("Organisationen, die Geld aus dem Ausland erhalten, müssen sich künftig registrieren lassen und 30 Prozent der "
      "Mittel als Steuer abführen.")
C3 = ("Präsident Nayib Bukele hatte die Vorlage eingebracht und Nichtregierungsorganisationen vorgeworfen, sie "
      "verfolgten mit dem Geld »globalistischer« Spender politische Ziele.")
C4 = ("Wenige Tage zuvor hatte die Generalstaatsanwaltschaft die prominente Anwältin Ruth López von der "
      "Menschenrechtsorganisation Cristosal in ihrem Haus festnehmen lassen.")
C5 = "Die Behörde wirft ihr vor, während ihrer früheren Tätigkeit beim Wahlgericht öffentliche Gelder veruntreut zu haben."
C6 = ("Cristosal sprach von einem »Racheakt« für die Recherchen der Juristin zu Korruption in Regierungskreisen und "
      "verlangte ihre Freilassung.")
C7 = "Amnesty International und Human Rights Watch verurteilten die Festnahme."
C8 = "Vor dem Parlament protestierten am Dienstag Dutzende Journalisten und Aktivisten mit Schildern gegen das Gesetz."
C9 = "Bukele wies die Kritik auf der Plattform X zurück."
C10 = "»In den USA gelten viel strengere Regeln«, schrieb er. »Wir übernehmen nur, was dort längst normal ist.«"
C11 = "Das UN-Menschenrechtsbüro in Genf forderte die Regierung auf, das Gesetz nicht in Kraft zu setzen."
C12 = "Ein Verbot von Cristosal hat die Regierung bislang nicht verhängt."
C13 = "Aktivisten zufolge müssten Dutzende Organisationen ihre Arbeit einstellen, sollte die Steuer greifen."

DE03 = {
    "id": "hm185-de-03", "lang": "de", "url": None, "published": "2025-05-21",
    "title": "El Salvador beschließt Gesetz gegen »ausländische Agenten«",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12, C13]),
    "events": [
        event("COERCE", SLV_ASSEMBLY, SLV_NGOS, C1, mode="restrict"),
        event("ACCUSE", BUKELE, SLV_NGOS, C3, mode="allege"),
        event("COERCE", SLV_AGO, LOPEZ, C4, mode="arrest"),
        event("ACCUSE", SLV_AGO, LOPEZ, C5, mode="allege"),
        event("ACCUSE", CRISTOSAL, SLV_GOV, C6, mode="disapprove"),
        event("REQUEST", CRISTOSAL, SLV_GOV, C6, mode="yield"),
        event("ACCUSE", AMNESTY, SLV_AGO, C7, mode="disapprove"),
        event("ACCUSE", HRW, SLV_AGO, C7, mode="disapprove"),
        event("PROTEST", SLV_PROTESTERS, SLV_ASSEMBLY, C8, mode="demo", date="2025-05-20", location="San Salvador",
              location_country="SLV"),
        event("REQUEST", OHCHR, SLV_GOV, C11, mode="change"),
        event("COERCE", SLV_GOV, CRISTOSAL, C12, mode="restrict", negated=True),
    ],
    "quotes": [
        quote("ausländische Agenten", "Legislative Assembly of El Salvador", "direct"),
        quote("sie verfolgten mit dem Geld »globalistischer« Spender politische Ziele", "Nayib Bukele", "indirect"),
        quote("globalistischer", "Nayib Bukele", "direct"),
        quote("während ihrer früheren Tätigkeit beim Wahlgericht öffentliche Gelder veruntreut zu haben",
              "Attorney General's Office of El Salvador", "indirect"),
        quote("Racheakt", "Cristosal", "direct"),
        quote("In den USA gelten viel strengere Regeln", "Nayib Bukele", "direct"),
        quote("Wir übernehmen nur, was dort längst normal ist", "Nayib Bukele", "direct"),
        quote("müssten Dutzende Organisationen ihre Arbeit einstellen, sollte die Steuer greifen", "Salvadoran activists",
              "indirect"),
    ],
    "entities": [
        entity("El Salvador", "GPE", "SLV", ["El Salvador"]),
        entity("San Salvador", "LOC", "SLV", ["San Salvador"]),
        entity("Legislative Assembly of El Salvador", "ORG", "SLV", ["das Parlament", "Vor dem Parlament"]),
        entity("Nuevas Ideas", "ORG", "SLV", ["der Regierungspartei Nuevas Ideas"]),
        entity("Nayib Bukele", "PER", "SLV", ["Präsident Nayib Bukele", "Bukele", "er"]),
        entity("non-governmental organisations in El Salvador", "ORG", "SLV",
               ["Nichtregierungsorganisationen", "Organisationen", "Dutzende Organisationen"]),
        entity("Attorney General's Office of El Salvador", "ORG", "SLV", ["die Generalstaatsanwaltschaft", "Die Behörde"]),
        entity("Ruth López", "PER", "SLV", ["die prominente Anwältin Ruth López", "ihr", "der Juristin"]),
        entity("Cristosal", "ORG", "SLV", ["der Menschenrechtsorganisation Cristosal", "Cristosal"]),
        entity("Supreme Electoral Tribunal of El Salvador", "ORG", "SLV", ["Wahlgericht"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Salvadoran journalists and activists", "ORG", "SLV", ["Dutzende Journalisten und Aktivisten"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Government of El Salvador", "ORG", "SLV", ["die Regierung", "Regierungskreisen"]),
        entity("Salvadoran activists", "ORG", "SLV", ["Aktivisten"]),
    ],
}

# ---------------------------------------------------------------- hm185-de-04 (Damascus church attack)
ATTACKERS = actor("Mar Elias church attackers", "SYR", None)
WORSHIPPERS = actor("worshippers at the Mar Elias church", "SYR", "CVL")
SYR_MOI = actor("Ministry of Interior of Syria", "SYR", "GOV")
ISIS = actor("Islamic State", "SYR", "REB")
SYR_SEC = actor("Syrian security forces", "SYR", "COP")
SUSPECTS = actor("suspects in the Mar Elias church attack", "SYR", None)
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
PATRIARCHATE = actor("Greek Orthodox Patriarchate of Antioch", "SYR", "CVL")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
PEDERSEN = actor("Geir Pedersen", "UNO", "IGO")
SYRIANS = actor("Syrians", "SYR", "CVL")
USA = actor("United States", "USA", "GOV")
FRA = actor("France", "FRA", "GOV")
TUR = actor("Turkey", "TUR", "GOV")
VICTIMS = actor("injured of the Mar Elias church attack", "SYR", "CVL")

D1 = ("Damaskus - Bei einem Selbstmordanschlag auf eine Kirche in der syrischen Hauptstadt Damaskus sind mindestens "
      "25 Menschen getötet worden.")
D2 = ("Ein Angreifer habe während des Sonntagsgottesdienstes in der Mar-Elias-Kirche im Viertel Dwela zunächst um sich "
      "geschossen und dann einen Sprengstoffgürtel gezündet, teilte das Innenministerium mit.")
D3 = "Mehr als 60 Menschen wurden verletzt."
D4 = "Das Ministerium machte eine Zelle der Terrormiliz Islamischer Staat (IS) für die Tat verantwortlich."
D5 = "Nach Angaben des Ministeriums nahmen Sicherheitskräfte bei Razzien im Umland der Hauptstadt mehrere Verdächtige fest."
D6 = ("Übergangspräsident Ahmed al-Scharaa sprach von einem »abscheulichen Verbrechen« und kündigte an, die Drahtzieher "
      "zur Rechenschaft zu ziehen.")
D7 = "Das griechisch-orthodoxe Patriarchat von Antiochia warf der Regierung dagegen vor, die Christen nicht ausreichend zu schützen."
D8 = "»Wir brauchen mehr als Beileidsbekundungen«, hieß es in einer Erklärung. »Wir verlangen Sicherheit für unsere Gemeinden.«"
D9 = ("UN-Sondergesandter Geir Pedersen verurteilte den Anschlag und rief alle Syrer auf, sich gegen Terror und "
      "religiöse Hetze zu stellen.")
D10 = "Auch die USA, Frankreich und die Türkei verurteilten die Tat."
D11 = "Ankara bot an, Verletzte in türkischen Krankenhäusern zu behandeln."
D12 = "Es war der erste große Anschlag auf eine Kirche in Syrien seit dem Sturz von Baschar al-Assad im Dezember."

DE04 = {
    "id": "hm185-de-04", "lang": "de", "url": None, "published": "2025-06-23",
    "title": "Selbstmordanschlag auf Kirche in Damaskus – Regierung macht IS verantwortlich",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("ASSAULT", ATTACKERS, WORSHIPPERS, D1, mode="suicide-attack", date="2025-06-22", location="Damascus",
              location_country="SYR"),
        event("ASSAULT", ATTACKERS, WORSHIPPERS, D2, mode="suicide-attack", date="2025-06-22", location="Damascus",
              location_country="SYR"),
        event("ACCUSE", SYR_MOI, ISIS, D4, mode="allege"),
        event("COERCE", SYR_SEC, SUSPECTS, D5, mode="arrest", location="Damascus", location_country="SYR"),
        event("ACCUSE", SHARAA, ATTACKERS, D6, mode="disapprove"),
        event("THREATEN", SHARAA, ATTACKERS, D6, mode="arrest"),
        event("ACCUSE", PATRIARCHATE, SYR_GOV, D7, mode="allege"),
        event("REQUEST", PATRIARCHATE, SYR_GOV, D8, mode="assist"),
        event("ACCUSE", PEDERSEN, ATTACKERS, D9, mode="disapprove"),
        event("REQUEST", PEDERSEN, SYRIANS, D9, mode="change"),
        event("ACCUSE", USA, ATTACKERS, D10, mode="disapprove"),
        event("ACCUSE", FRA, ATTACKERS, D10, mode="disapprove"),
        event("ACCUSE", TUR, ATTACKERS, D10, mode="disapprove"),
        event("AGREE", TUR, VICTIMS, D11),
    ],
    "quotes": [
        quote("Ein Angreifer habe während des Sonntagsgottesdienstes in der Mar-Elias-Kirche im Viertel Dwela zunächst um "
              "sich geschossen und dann einen Sprengstoffgürtel gezündet", "Ministry of Interior of Syria", "indirect"),
        quote("nahmen Sicherheitskräfte bei Razzien im Umland der Hauptstadt mehrere Verdächtige fest",
              "Ministry of Interior of Syria", "indirect"),
        quote("abscheulichen Verbrechen", "Ahmed al-Sharaa", "direct"),
        quote("die Christen nicht ausreichend zu schützen", "Greek Orthodox Patriarchate of Antioch", "indirect"),
        quote("Wir brauchen mehr als Beileidsbekundungen", "Greek Orthodox Patriarchate of Antioch", "direct"),
        quote("Wir verlangen Sicherheit für unsere Gemeinden.", "Greek Orthodox Patriarchate of Antioch", "direct"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["der syrischen Hauptstadt Damaskus", "Damaskus", "der Hauptstadt"]),
        entity("Mar Elias Church", "LOC", "SYR", ["eine Kirche", "der Mar-Elias-Kirche"]),
        entity("Dweila", "LOC", "SYR", ["Viertel Dwela"]),
        entity("Mar Elias church attackers", "PER", "SYR", ["Ein Angreifer", "die Drahtzieher"]),
        entity("Ministry of Interior of Syria", "ORG", "SYR", ["das Innenministerium", "Das Ministerium",
                                                              "des Ministeriums"]),
        entity("Islamic State", "ORG", "SYR", ["Terrormiliz Islamischer Staat (IS)"]),
        entity("Syrian security forces", "ORG", "SYR", ["Sicherheitskräfte"]),
        entity("suspects in the Mar Elias church attack", "PER", "SYR", ["mehrere Verdächtige"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa"]),
        entity("Greek Orthodox Patriarchate of Antioch", "ORG", "SYR",
               ["Das griechisch-orthodoxe Patriarchat von Antiochia"]),
        entity("Government of Syria", "ORG", "SYR", ["der Regierung"]),
        entity("Geir Pedersen", "PER", "UNO", ["UN-Sondergesandter Geir Pedersen"]),
        entity("Syrians", "ORG", "SYR", ["alle Syrer"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Turkey", "GPE", "TUR", ["die Türkei", "Ankara", "türkischen"]),
        entity("Syria", "GPE", "SYR", ["Syrien", "syrischen"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Baschar al-Assad"]),
    ],
}

# ---------------------------------------------------------------- hm185-en-01 (DR Congo, Mutamba)
MUTAMBA = actor("Constant Mutamba", "COD", "GOV")
COD_ASSEMBLY = actor("National Assembly of the Democratic Republic of the Congo", "COD", "LEG")
MVONDE = actor("Firmin Mvonde", "COD", "JUD")
MUTAMBA_FANS = actor("supporters of Constant Mutamba", "COD", "CVL")
COD_POL = actor("Congolese police", "COD", "COP")
ENSEMBLE = actor("Ensemble pour la République", "COD", "PTY")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")

E1 = ("KINSHASA - Democratic Republic of Congo’s Justice Minister Constant Mutamba has resigned, days after parliament "
      "authorised his prosecution over the alleged embezzlement of $19 million earmarked for a new prison.")
E2 = ("In a letter to President Felix Tshisekedi published on Tuesday, Mutamba said he was stepping down “to defend my "
      "honour” and to spare the government any embarrassment.")
E3 = ("Prosecutor General Firmin Mvonde accuses him of awarding the prison contract in Kisangani to a little-known "
      "company without a tender and transferring the money before any work began.")
E4 = ("Lawmakers voted on Saturday to let the case proceed after a heated session in which Mutamba "
      "called it “a political set-up”.")
E5 = "He denied any wrongdoing, saying the funds were still held in a central bank account."
E6 = "Mvonde has barred the former minister from leaving Kinshasa while the investigation continues."
E7 = "Mutamba has not been detained."
E8 = ("Several hundred of his supporters gathered outside parliament on Monday, chanting slogans against the prosecutor, "
      "before police dispersed them with tear gas.")
E9 = "Mutamba, a former opposition figure, joined the government in 2024 and had made prison reform his flagship."
E10 = "Moise Katumbi’s opposition party Ensemble pour la République demanded an audit of all spending by the ministry."
E11 = "“This is not about one man,” a party spokesman told reporters. “The whole system must be investigated.”"
E12 = "If convicted, Mutamba could face up to 20 years of forced labour, according to legal experts."

EN01 = {
    "id": "hm185-en-01", "lang": "en", "url": None, "published": "2025-06-18",
    "title": "Congo's justice minister resigns after lawmakers clear way for embezzlement case",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("RETREAT", MUTAMBA, None, E1, mode="resign"),
        event("ACCUSE", COD_ASSEMBLY, MUTAMBA, E1, mode="investigate"),
        event("RETREAT", MUTAMBA, None, E2, mode="resign", date="2025-06-17"),
        event("ACCUSE", MVONDE, MUTAMBA, E3, mode="allege"),
        event("ACCUSE", COD_ASSEMBLY, MUTAMBA, E4, mode="investigate", date="2025-06-14", location="Kinshasa",
              location_country="COD"),
        event("ACCUSE", MUTAMBA, MVONDE, E4, mode="disapprove", date="2025-06-14"),
        event("COERCE", MVONDE, MUTAMBA, E6, mode="restrict"),
        event("COERCE", MVONDE, MUTAMBA, E7, mode="arrest", negated=True),
        event("PROTEST", MUTAMBA_FANS, MVONDE, E8, mode="demo", date="2025-06-16", location="Kinshasa",
              location_country="COD"),
        event("ASSAULT", COD_POL, MUTAMBA_FANS, E8, mode="crowd-control", date="2025-06-16", location="Kinshasa",
              location_country="COD"),
        event("REQUEST", ENSEMBLE, COD_GOV, E10, mode="change"),
        event("REQUEST", ENSEMBLE, COD_GOV, E11, mode="change"),
    ],
    "quotes": [
        quote("he was stepping down “to defend my honour” and to spare the government any embarrassment",
              "Constant Mutamba", "indirect"),
        quote("to defend my honour", "Constant Mutamba", "direct"),
        quote("awarding the prison contract in Kisangani to a little-known company without a tender and transferring the "
              "money before any work began", "Firmin Mvonde", "indirect"),
        quote("a political set-up", "Constant Mutamba", "direct"),
        quote("the funds were still held in a central bank account", "Constant Mutamba", "indirect"),
        quote("This is not about one man", "Ensemble pour la République", "direct"),
        quote("The whole system must be investigated", "Ensemble pour la République", "direct"),
        quote("If convicted, Mutamba could face up to 20 years of forced labour", "legal experts", "indirect"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["KINSHASA", "Kinshasa"]),
        entity("Democratic Republic of the Congo", "GPE", "COD", ["Democratic Republic of Congo’s"]),
        entity("Constant Mutamba", "PER", "COD", ["Justice Minister Constant Mutamba", "Mutamba", "he", "him", "He",
                                                  "the former minister", "his"]),
        entity("National Assembly of the Democratic Republic of the Congo", "ORG", "COD",
               ["parliament", "Lawmakers"]),
        entity("Felix Tshisekedi", "PER", "COD", ["President Felix Tshisekedi"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD", ["the government", "the ministry"]),
        entity("Firmin Mvonde", "PER", "COD", ["Prosecutor General Firmin Mvonde", "Mvonde", "the prosecutor"]),
        entity("Kisangani", "LOC", "COD", ["Kisangani"]),
        entity("Central Bank of the Congo", "ORG", "COD", ["a central bank account"]),
        entity("supporters of Constant Mutamba", "ORG", "COD", ["Several hundred of his supporters"]),
        entity("Congolese police", "ORG", "COD", ["police"]),
        entity("Moise Katumbi", "PER", "COD", ["Moise Katumbi’s"]),
        entity("Ensemble pour la République", "ORG", "COD",
               ["opposition party Ensemble pour la République", "a party spokesman"]),
        entity("legal experts", "ORG", None, ["legal experts"]),
    ],
}

# ---------------------------------------------------------------- hm185-en-02 (Brazil tariff)
TRUMP = actor("Donald Trump", "USA", "GOV")
BRA = actor("Brazil", "BRA", "GOV")
STF = actor("Supreme Federal Court of Brazil", "BRA", "JUD")
LULA = actor("Luiz Inacio Lula da Silva", "BRA", "GOV")
BRA_MFA = actor("Ministry of Foreign Affairs of Brazil", "BRA", "GOV")
US = actor("United States", "USA", "GOV")
US_EMB = actor("U.S. Embassy in Brasilia", "USA", "GOV")
BRA_GOV = actor("Government of Brazil", "BRA", "GOV")
BOLSONARO = actor("Jair Bolsonaro", "BRA", "OPP")
CNI = actor("National Confederation of Industry", "BRA", "BUS")

F1 = ("WASHINGTON/BRASILIA - U.S. President Donald Trump said on Wednesday he would impose a 50% tariff on all imports "
      "from Brazil from Aug. 1, citing what he called a “witch hunt” against former President Jair Bolsonaro.")
F2 = ("In a letter to President Luiz Inacio Lula da Silva, Trump said the trial of his ally over "
      "an alleged coup plot “should not be taking place” and accused Brazil’s Supreme Court of issuing “secret” "
      "censorship orders against U.S. platforms.")
F3 = ("He also directed Trade Representative Jamieson Greer to open an investigation into Brazil’s trade practices "
      "under Section 301 of the Trade Act.")
F4 = "Lula responded that Brazil was a sovereign nation that “will not accept being lectured by anyone”."
F5 = "Any unilateral increase in tariffs would be answered under Brazil’s economic reciprocity law, he said in a statement."
F6 = ("Brazil’s Foreign Ministry summoned the top U.S. diplomat in Brasilia, charge d’affaires Gabriel Escobar, to "
      "protest against the letter.")
F7 = "Earlier on Wednesday, the U.S. embassy had said Bolsonaro and his supporters were being persecuted."
F8 = "Bolsonaro thanked Trump on X for his support."
F9 = "The National Confederation of Industry urged both governments to return to negotiations."
F10 = "Lula has not spoken to Trump since the U.S. leader took office in January, officials in Brasilia said."
F11 = "The United States runs a trade surplus with Brazil."
F12 = "Economists said coffee, orange juice and aircraft exports could be hit hardest if the tariff takes effect."

EN02 = {
    "id": "hm185-en-02", "lang": "en", "url": None, "published": "2025-07-10",
    "title": "Trump threatens Brazil with 50% tariff over Bolsonaro trial; Lula vows reciprocity",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12]),
    "events": [
        event("THREATEN", TRUMP, BRA, F1, mode="restrict", date="2025-07-09"),
        event("ACCUSE", TRUMP, STF, F1, mode="disapprove", date="2025-07-09"),
        event("ACCUSE", TRUMP, STF, F2, mode="allege"),
        event("ACCUSE", TRUMP, BRA, F3, mode="investigate"),
        event("REJECT", LULA, TRUMP, F4, mode="change"),
        event("THREATEN", LULA, US, F5, mode="restrict"),
        event("ACCUSE", BRA_MFA, US, F6, mode="disapprove"),
        event("ACCUSE", US_EMB, BRA_GOV, F7, mode="allege", date="2025-07-09"),
        event("SUPPORT", BOLSONARO, TRUMP, F8),
        event("REQUEST", CNI, US, F9, mode="meet"),
        event("REQUEST", CNI, BRA_GOV, F9, mode="meet"),
        event("CONSULT", LULA, TRUMP, F10, mode="phone", negated=True),
    ],
    "quotes": [
        quote("he would impose a 50% tariff on all imports from Brazil from Aug. 1", "Donald Trump", "indirect"),
        quote("witch hunt", "Donald Trump", "direct"),
        quote("the trial of his ally over an alleged coup plot “should not be taking place”", "Donald Trump", "indirect"),
        quote("should not be taking place", "Donald Trump", "direct"),
        quote("secret", "Donald Trump", "direct"),
        quote("issuing “secret” censorship orders against U.S. platforms", "Donald Trump", "indirect"),
        quote("Brazil was a sovereign nation that “will not accept being lectured by anyone”", "Luiz Inacio Lula da Silva",
              "indirect"),
        quote("will not accept being lectured by anyone", "Luiz Inacio Lula da Silva", "direct"),
        quote("Any unilateral increase in tariffs would be answered under Brazil’s economic reciprocity law",
              "Luiz Inacio Lula da Silva", "indirect"),
        quote("Bolsonaro and his supporters were being persecuted", "U.S. Embassy in Brasilia", "indirect"),
        quote("Lula has not spoken to Trump since the U.S. leader took office in January",
              "Brazilian government officials", "indirect"),
        quote("coffee, orange juice and aircraft exports could be hit hardest if the tariff takes effect", "economists",
              "indirect"),
    ],
    "entities": [
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "he", "Trump", "He", "the U.S. leader"]),
        entity("Brazil", "GPE", "BRA", ["Brazil", "Brazil’s"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["former President Jair Bolsonaro", "his ally", "Bolsonaro"]),
        entity("Luiz Inacio Lula da Silva", "PER", "BRA", ["President Luiz Inacio Lula da Silva", "Lula"]),
        entity("Supreme Federal Court of Brazil", "ORG", "BRA", ["Brazil’s Supreme Court"]),
        entity("Jamieson Greer", "PER", "USA", ["Trade Representative Jamieson Greer"]),
        entity("Ministry of Foreign Affairs of Brazil", "ORG", "BRA", ["Brazil’s Foreign Ministry"]),
        entity("Gabriel Escobar", "PER", "USA", ["the top U.S. diplomat in Brasilia", "charge d’affaires Gabriel Escobar"]),
        entity("Brasilia", "LOC", "BRA", ["BRASILIA", "Brasilia"]),
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("U.S. Embassy in Brasilia", "ORG", "USA", ["the U.S. embassy"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("National Confederation of Industry", "ORG", "BRA", ["The National Confederation of Industry"]),
        entity("Government of Brazil", "ORG", "BRA", ["officials in Brasilia"]),
        entity("United States", "GPE", "USA", ["The United States", "U.S."]),
        entity("economists", "ORG", None, ["Economists"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
