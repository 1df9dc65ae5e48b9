"""Round 35 of the blind hand-made articles (written blind, see README.md).

Six invented wire-style reports (4 German, 2 English), dated 2023-2025:
- hm35-de-01: Chad, opposition leader Yaya Dillo killed in an army assault on his party's headquarters
  (N'Djamena, February 2024)
- hm35-de-02: Armenia, arrests at the Tavush border-demarcation protests led by Archbishop Bagrat
  Galstanyan (Yerevan, May 2024)
- hm35-de-03: Greece, general strike and clashes on the second anniversary of the Tempi train crash
  (Athens, February 2025)
- hm35-de-04: Moldova orders 45 Russian embassy staff out (Chisinau, July 2023)
- hm35-en-01: Ecuador, state of emergency after the assassination of candidate Fernando Villavicencio
  (Quito, August 2023)
- hm35-en-02: Papua New Guinea, tribal ambush in Enga province (February 2024)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm35-de-01 (Chad)
D1_S1 = ("Im Tschad ist der Oppositionspolitiker Yaya Dillo bei einem Angriff der Armee auf die Zentrale "
         "seiner Partei in N'Djamena getötet worden.")
D1_S2 = ("Soldaten hatten das Gebäude der Sozialistischen Partei ohne Grenzen (PSF) am Mittwoch umstellt und "
         "mit Panzerfahrzeugen beschossen.")
D1_S3 = ("Regierungssprecher Abderaman Koulamallah warf Dillo vor, seine Anhänger hätten zuvor die Zentrale "
         "des Geheimdienstes ANSE angegriffen.")
D1_S4 = "»Die Ordnung ist wiederhergestellt«, sagte er im Staatsfernsehen."
D1_S5 = "Das Oppositionsbündnis Wakit Tama sprach von einer Hinrichtung: Dillo sei »kaltblütig ermordet« worden."
D1_S6 = "Es verlangte eine unabhängige internationale Untersuchung."
D1_S7 = ("Die Afrikanische Union verurteilte die Gewalt und rief die Regierung in N'Djamena zur "
         "Zurückhaltung auf.")
D1_S8 = "„Nichts rechtfertigt Gewalt gegen politische Akteure“, erklärte AU-Kommissionschef Moussa Faki, selbst ein Tschader."
D1_S9 = "Die Behörden schalteten am Donnerstag das mobile Internet weitgehend ab."
D1_S10 = "Nach Angaben der Staatsanwaltschaft wurden zudem mehrere Parteimitglieder festgenommen."
D1_S11 = ("Dillo, ein Cousin von Übergangspräsident Mahamat Idriss Déby, wollte bei der Präsidentenwahl im "
          "Mai gegen diesen antreten.")

TCD_ARMY = actor("Chadian army", "TCD", "MIL")
DILLO = actor("Yaya Dillo", "TCD", "OPP")
PSF = actor("Socialist Party Without Borders", "TCD", "OPP")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
KOULAMALLAH = actor("Abderaman Koulamallah", "TCD", "GOV")
WAKIT_TAMA = actor("Wakit Tama", "TCD", "OPP")
AU = actor("African Union", "IGO", "IGO")
FAKI = actor("Moussa Faki", "IGO", "IGO")

DE01 = {
    "id": "hm35-de-01",
    "lang": "de",
    "published": "2024-02-29",
    "title": "Oppositionsführer Dillo bei Armeeeinsatz im Tschad getötet",
    "text": paragraphs([D1_S1, D1_S2, D1_S3, D1_S4], [D1_S5, D1_S6, D1_S7, D1_S8], [D1_S9, D1_S10, D1_S11]),
    "events": [
        event("ASSAULT", TCD_ARMY, DILLO, D1_S1, date="2024-02-28", location="N'Djamena", location_country="TCD"),
        event("ASSAULT", TCD_ARMY, PSF, D1_S2, mode="heavy-weapons", date="2024-02-28", location="N'Djamena",
              location_country="TCD"),
        event("ACCUSE", KOULAMALLAH, DILLO, D1_S3, mode="allege"),
        event("ACCUSE", WAKIT_TAMA, TCD_ARMY, D1_S5, mode="allege"),
        event("REQUEST", WAKIT_TAMA, TCD_GOV, D1_S6),
        event("ACCUSE", AU, TCD_GOV, D1_S7, mode="disapprove"),
        event("REQUEST", AU, TCD_GOV, D1_S7),
        event("ACCUSE", FAKI, TCD_GOV, D1_S8, mode="disapprove"),
        event("COERCE", TCD_GOV, None, D1_S9, mode="withhold", date="2024-02-29"),
        event("COERCE", actor("Chadian police", "TCD", "COP"), actor("PSF members", "TCD", "OPP"), D1_S10,
              mode="arrest"),
    ],
    "quotes": [
        quote("seine Anhänger hätten zuvor die Zentrale des Geheimdienstes ANSE angegriffen",
              "Abderaman Koulamallah", "indirect"),
        quote("Die Ordnung ist wiederhergestellt", "Abderaman Koulamallah", "direct"),
        quote("kaltblütig ermordet", "Wakit Tama", "direct"),
        quote("Dillo sei »kaltblütig ermordet« worden", "Wakit Tama", "indirect"),
        quote("Nichts rechtfertigt Gewalt gegen politische Akteure", "Moussa Faki", "direct"),
        quote("wurden zudem mehrere Parteimitglieder festgenommen", "Prosecutor's Office of Chad", "indirect"),
    ],
    "entities": [
        entity("Chad", "GPE", "TCD", ["Tschad"]),
        entity("Yaya Dillo", "PER", "TCD", ["der Oppositionspolitiker Yaya Dillo", "Dillo"]),
        entity("Chadian army", "ORG", "TCD", ["der Armee", "Soldaten"]),
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena"]),
        entity("Socialist Party Without Borders", "ORG", "TCD",
               ["seiner Partei", "der Sozialistischen Partei ohne Grenzen (PSF)"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["Regierungssprecher Abderaman Koulamallah", "er"]),
        entity("National Security Agency (ANSE)", "ORG", "TCD", ["des Geheimdienstes ANSE"]),
        entity("Wakit Tama", "ORG", "TCD", ["Das Oppositionsbündnis Wakit Tama", "Es"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union", "AU"]),
        entity("Government of Chad", "ORG", "TCD", ["die Regierung in N'Djamena", "Die Behörden"]),
        entity("Moussa Faki", "PER", "IGO", ["AU-Kommissionschef Moussa Faki"]),
        entity("Prosecutor's Office of Chad", "ORG", "TCD", ["der Staatsanwaltschaft"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Übergangspräsident Mahamat Idriss Déby", "diesen"]),
    ],
}

# ---------------------------------------------------------------- hm35-de-02 (Armenia)
D2_S1 = ("In der armenischen Hauptstadt Eriwan hat die Polizei am Montag mehr als 150 Demonstranten "
         "festgenommen, die Straßen im Zentrum blockiert hatten.")
D2_S2 = "Die Kundgebungen richten sich gegen die Übergabe von vier Dörfern in der Region Tavush an Aserbaidschan."
D2_S3 = ("Angeführt werden sie von Erzbischof Bagrat Galstanjan, der den Rücktritt von Regierungschef "
         "Nikol Paschinjan fordert.")
D2_S4 = "Paschinjan lehnte einen Rücktritt ab."
D2_S5 = "Die Grenzziehung sei der einzige Weg zu einem Friedensvertrag, sagte er vor dem Parlament."
D2_S6 = "Der Erzbischof warf der Regierung vor, Armenien ohne Gegenleistung zu schwächen."
D2_S7 = "»Wir werden nicht weichen«, rief er seinen Anhängern zu."
D2_S8 = ("Armenische und aserbaidschanische Grenztruppen hatten die Markierung des ersten Abschnitts in der "
         "vergangenen Woche abgeschlossen.")
D2_S9 = "Baku begrüßte den Schritt als Beitrag zu einem dauerhaften Frieden."
D2_S10 = "Die Menschenrechtsbeauftragte Anahit Manasjan nannte das Vorgehen der Polizei »unverhältnismäßig«."
D2_S11 = "Bis Dienstagmorgen wurden die meisten Festgenommenen wieder freigelassen."

ARM_POLICE = actor("Armenian police", "ARM", "COP")
ARM_PROTESTERS = actor("protesters", "ARM", "CVL")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
GALSTANYAN = actor("Bagrat Galstanyan", "ARM", "OPP")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")

DE02 = {
    "id": "hm35-de-02",
    "lang": "de",
    "published": "2024-05-28",
    "title": "Massenfestnahmen bei Protesten gegen Grenzziehung in Eriwan",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9, D2_S10, D2_S11]),
    "events": [
        event("COERCE", ARM_POLICE, ARM_PROTESTERS, D2_S1, mode="arrest", date="2024-05-27", location="Yerevan",
              location_country="ARM"),
        event("PROTEST", ARM_PROTESTERS, ARM_GOV, D2_S1, mode="obstruct", date="2024-05-27", location="Yerevan",
              location_country="ARM"),
        event("PROTEST", ARM_PROTESTERS, ARM_GOV, D2_S2, mode="demo"),
        event("REQUEST", GALSTANYAN, PASHINYAN, D2_S3, mode="change"),
        event("REJECT", PASHINYAN, GALSTANYAN, D2_S4, mode="change"),
        event("ACCUSE", GALSTANYAN, ARM_GOV, D2_S6, mode="allege"),
        event("COOPERATE", actor("Armenian border guards", "ARM", "MIL"),
              actor("Azerbaijani border guards", "AZE", "MIL"), D2_S8),
        event("SUPPORT", actor("Azerbaijan", "AZE", "GOV"), ARM_GOV, D2_S9),
        event("ACCUSE", actor("Anahit Manasyan", "ARM", "GOV"), ARM_POLICE, D2_S10, mode="disapprove"),
        event("RETREAT", ARM_POLICE, ARM_PROTESTERS, D2_S11, mode="release", date="2024-05-28"),
    ],
    "quotes": [
        quote("Die Grenzziehung sei der einzige Weg zu einem Friedensvertrag", "Nikol Pashinyan", "indirect"),
        quote("Armenien ohne Gegenleistung zu schwächen", "Bagrat Galstanyan", "indirect"),
        quote("Wir werden nicht weichen", "Bagrat Galstanyan", "direct"),
        quote("unverhältnismäßig", "Anahit Manasyan", "direct"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["der armenischen Hauptstadt Eriwan"]),
        entity("Armenian police", "ORG", "ARM", ["die Polizei", "der Polizei"]),
        entity("Tavush", "LOC", "ARM", ["der Region Tavush"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan", "Baku"]),
        entity("Bagrat Galstanyan", "PER", "ARM", ["Erzbischof Bagrat Galstanjan", "Der Erzbischof", "er"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan", "er"]),
        entity("Parliament of Armenia", "ORG", "ARM", ["dem Parlament"]),
        entity("Government of Armenia", "ORG", "ARM", ["der Regierung"]),
        entity("Armenia", "GPE", "ARM", ["Armenien"]),
        entity("Anahit Manasyan", "PER", "ARM", ["Die Menschenrechtsbeauftragte Anahit Manasjan"]),
    ],
}

# ---------------------------------------------------------------- hm35-de-03 (Greece)
D3_S1 = ("Zwei Jahre nach dem schwersten Zugunglück in der Geschichte Griechenlands haben Gewerkschaften am "
         "Freitag das Land mit einem Generalstreik weitgehend lahmgelegt.")
D3_S2 = "Allein in Athen versammelten sich nach Polizeiangaben mehr als 150.000 Menschen vor dem Parlament."
D3_S3 = ("Am Rande der Kundgebung warfen Vermummte Brandsätze auf Polizisten, die Beamten setzten Tränengas "
         "und Blendgranaten ein.")
D3_S4 = "Ministerpräsident Kyriakos Mitsotakis rief die Demonstranten zur Besonnenheit auf."
D3_S5 = "„Niemand“, schrieb er auf Facebook, „wird die Wahrheit unter den Teppich kehren.“"
D3_S6 = "Die oppositionelle Pasok warf der Regierung vor, Beweise am Unglücksort beseitigt zu haben."
D3_S7 = "Parteichef Nikos Androulakis forderte vorgezogene Neuwahlen."
D3_S8 = ("Bei dem Zusammenstoß eines Personenzugs mit einem Güterzug bei Tempi waren im Februar 2023 "
         "57 Menschen ums Leben gekommen.")
D3_S9 = "Die Justiz ermittelt inzwischen gegen mehr als 30 Personen, darunter Bahnmitarbeiter."
D3_S10 = "Die Europäische Staatsanwaltschaft hatte Athen vorgeworfen, ihre Ermittlungen zu behindern."

GRC_GOV = actor("Government of Greece", "GRC", "GOV")
GRC_POLICE = actor("Greek police", "GRC", "COP")
GRC_PROTESTERS = actor("protesters", "GRC", "CVL")

DE03 = {
    "id": "hm35-de-03",
    "lang": "de",
    "published": "2025-02-28",
    "title": "Generalstreik und Krawalle am Jahrestag des Zugunglücks von Tempi",
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6, D3_S7], [D3_S8, D3_S9, D3_S10]),
    "events": [
        event("PROTEST", actor("Greek trade unions", "GRC", "LAB"), GRC_GOV, D3_S1, mode="strike",
              date="2025-02-28"),
        event("PROTEST", GRC_PROTESTERS, GRC_GOV, D3_S2, mode="demo", date="2025-02-28", location="Athens",
              location_country="GRC"),
        event("PROTEST", actor("masked rioters", "GRC", "CVL"), GRC_POLICE, D3_S3, mode="riot", date="2025-02-28",
              location="Athens", location_country="GRC"),
        event("ASSAULT", GRC_POLICE, GRC_PROTESTERS, D3_S3, mode="crowd-control", date="2025-02-28",
              location="Athens", location_country="GRC"),
        event("REQUEST", actor("Kyriakos Mitsotakis", "GRC", "GOV"), GRC_PROTESTERS, D3_S4),
        event("ACCUSE", actor("PASOK", "GRC", "PTY"), GRC_GOV, D3_S6, mode="allege"),
        event("REQUEST", actor("Nikos Androulakis", "GRC", "PTY"), GRC_GOV, D3_S7, mode="change"),
        event("ACCUSE", actor("Greek judiciary", "GRC", "JUD"), actor("railway employees", "GRC", "BUS"), D3_S9,
              mode="investigate"),
        event("ACCUSE", actor("European Public Prosecutor's Office", "EUR", "JUD"), GRC_GOV, D3_S10,
              mode="allege"),
    ],
    "quotes": [
        quote("Allein in Athen versammelten sich nach Polizeiangaben mehr als 150.000 Menschen vor dem Parlament",
              "Greek police", "indirect"),
        quote("Niemand", "Kyriakos Mitsotakis", "direct"),
        quote("wird die Wahrheit unter den Teppich kehren", "Kyriakos Mitsotakis", "direct"),
        quote("Beweise am Unglücksort beseitigt zu haben", "PASOK", "indirect"),
        quote("ihre Ermittlungen zu behindern", "European Public Prosecutor's Office", "indirect"),
    ],
    "entities": [
        entity("Greece", "GPE", "GRC", ["Griechenlands", "das Land"]),
        entity("Greek trade unions", "ORG", "GRC", ["Gewerkschaften"]),
        entity("Athens", "LOC", "GRC", ["Athen"]),
        entity("Greek police", "ORG", "GRC", ["Polizeiangaben", "Polizisten", "die Beamten"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["dem Parlament"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis", "er"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("PASOK", "ORG", "GRC", ["Die oppositionelle Pasok"]),
        entity("Government of Greece", "ORG", "GRC", ["der Regierung", "Athen"]),
        entity("Nikos Androulakis", "PER", "GRC", ["Parteichef Nikos Androulakis"]),
        entity("Tempi", "LOC", "GRC", ["Tempi"]),
        entity("Greek judiciary", "ORG", "GRC", ["Die Justiz"]),
        entity("European Public Prosecutor's Office", "ORG", "EUR", ["Die Europäische Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm35-de-04 (Moldova)
D4_S1 = "Die Republik Moldau hat die Ausweisung von 45 russischen Diplomaten und Botschaftsmitarbeitern angeordnet."
D4_S2 = ("Das Außenministerium in Chisinau bestellte am Mittwoch den russischen Botschafter Oleg Wasnezow ein "
         "und teilte ihm die Entscheidung mit.")
D4_S3 = "Regierungssprecher Daniel Voda begründete den Schritt mit »zahlreichen unfreundlichen Aktionen« Moskaus."
D4_S4 = "Kremlsprecher Dmitri Peskow nannte die Entscheidung bedauerlich und kündigte eine Reaktion an."
D4_S5 = "Moskau werde diesen Schritt nicht unbeantwortet lassen, sagte er."
D4_S6 = "Außenamtssprecherin Maria Sacharowa warf Chisinau vor, die Beziehungen »gezielt zu zerstören«."
D4_S7 = ("Medien hatten zuvor berichtet, auf dem Dach der russischen Botschaft seien zahlreiche Antennen "
         "installiert worden.")
D4_S8 = "Präsidentin Maia Sandu sagte, Moldau lasse sich nicht einschüchtern."
D4_S9 = "Rumänien stellte sich ausdrücklich hinter die Entscheidung des Nachbarlandes."
D4_S10 = "Die Europäische Union sagte Moldau zudem mehr Hilfe beim Schutz vor hybriden Angriffen zu."
D4_S11 = "Sandu telefonierte am Abend mit EU-Ratspräsident Charles Michel."

MDA = actor("Moldova", "MDA", "GOV")
RUS = actor("Russia", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

DE04 = {
    "id": "hm35-de-04",
    "lang": "de",
    "published": "2023-07-26",
    "title": "Moldau weist 45 russische Botschaftsmitarbeiter aus",
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6], [D4_S7, D4_S8, D4_S9, D4_S10, D4_S11]),
    "events": [
        event("SANCTION", MDA, RUS, D4_S1, mode="expel", date="2023-07-26"),
        event("ACCUSE", actor("Ministry of Foreign Affairs of Moldova", "MDA", "GOV"), RUS, D4_S2,
              mode="disapprove", date="2023-07-26", location="Chisinau", location_country="MDA"),
        event("ACCUSE", actor("Daniel Voda", "MDA", "GOV"), RUS, D4_S3, mode="disapprove"),
        event("ACCUSE", PESKOV, MDA, D4_S4, mode="disapprove"),
        event("THREATEN", PESKOV, MDA, D4_S4),
        event("THREATEN", PESKOV, MDA, D4_S5),
        event("ACCUSE", actor("Maria Zakharova", "RUS", "GOV"), MDA, D4_S6, mode="allege"),
        event("SUPPORT", actor("Romania", "ROU", "GOV"), MDA, D4_S9),
        event("AGREE", actor("European Union", "EUR", "IGO"), MDA, D4_S10),
        event("CONSULT", actor("Maia Sandu", "MDA", "GOV"), actor("Charles Michel", "EUR", "IGO"), D4_S11,
              mode="phone", date="2023-07-26"),
    ],
    "quotes": [
        quote("zahlreichen unfreundlichen Aktionen", "Daniel Voda", "direct"),
        quote("Moskau werde diesen Schritt nicht unbeantwortet lassen", "Dmitry Peskov", "indirect"),
        quote("gezielt zu zerstören", "Maria Zakharova", "direct"),
        quote("die Beziehungen »gezielt zu zerstören«", "Maria Zakharova", "indirect"),
        quote("auf dem Dach der russischen Botschaft seien zahlreiche Antennen installiert worden",
              "Moldovan media", "indirect"),
        quote("Moldau lasse sich nicht einschüchtern", "Maia Sandu", "indirect"),
    ],
    "entities": [
        entity("Moldova", "GPE", "MDA", ["Die Republik Moldau", "Chisinau", "des Nachbarlandes", "Moldau"]),
        entity("Russia", "GPE", "RUS", ["Moskaus", "Moskau"]),
        entity("Ministry of Foreign Affairs of Moldova", "ORG", "MDA", ["Das Außenministerium in Chisinau"]),
        entity("Oleg Vasnetsov", "PER", "RUS", ["den russischen Botschafter Oleg Wasnezow", "ihm"]),
        entity("Daniel Voda", "PER", "MDA", ["Regierungssprecher Daniel Voda"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "er"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Embassy of Russia in Moldova", "ORG", "RUS", ["der russischen Botschaft"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu", "Sandu"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("Romania", "GPE", "ROU", ["Rumänien"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
    ],
}

# ---------------------------------------------------------------- hm35-en-01 (Ecuador)
E1_S1 = ("Ecuadorean President Guillermo Lasso declared a 60-day state of emergency on Thursday after "
         "presidential candidate Fernando Villavicencio was shot dead at a campaign rally in Quito.")
E1_S2 = ("Gunmen opened fire on the 59-year-old as he left the event on Wednesday evening, wounding several "
         "other people, police said.")
E1_S3 = "One suspect died in a shootout with guards, and six Colombian nationals were arrested hours later."
E1_S4 = "Lasso blamed organised crime for the killing."
E1_S5 = ("“Organised crime has gone too far, but the full weight of the law will fall on them,” he said in a "
         "televised address.")
E1_S6 = ("The armed forces deployed troops across the country, and Lasso said the FBI had agreed to help with "
         "the investigation.")
E1_S7 = "Villavicencio, a former journalist, had campaigned against corruption."
E1_S8 = "Days before his death, he said he had been threatened by the leader of the Los Choneros gang."
E1_S9 = "The United States and the European Union condemned the attack."
E1_S10 = "The first round of the election will go ahead as planned on Aug. 20, the electoral council said."

LASSO = actor("Guillermo Lasso", "ECU", "GOV")
GUNMEN = actor("gunmen", "ECU", "REB")
ORG_CRIME = actor("organised crime", "ECU", "REB")

EN01 = {
    "id": "hm35-en-01",
    "lang": "en",
    "published": "2023-08-10",
    "title": "Ecuador declares state of emergency after presidential candidate shot dead",
    "text": paragraphs([E1_S1, E1_S2, E1_S3], [E1_S4, E1_S5, E1_S6], [E1_S7, E1_S8, E1_S9, E1_S10]),
    "events": [
        event("COERCE", LASSO, None, E1_S1, mode="curfew", date="2023-08-10"),
        event("ASSAULT", GUNMEN, actor("Fernando Villavicencio", "ECU", "OPP"), E1_S2, mode="assassinate",
              date="2023-08-09", location="Quito", location_country="ECU"),
        event("COERCE", actor("National Police of Ecuador", "ECU", "COP"), actor("Colombian nationals", "COL", "CVL"),
              E1_S3, mode="arrest"),
        event("ACCUSE", LASSO, ORG_CRIME, E1_S4, mode="allege"),
        event("THREATEN", LASSO, ORG_CRIME, E1_S5),
        event("MOBILIZE", actor("Armed Forces of Ecuador", "ECU", "MIL"), None, E1_S6, mode="troops"),
        event("AGREE", actor("Federal Bureau of Investigation", "USA", "COP"), actor("Ecuador", "ECU", "GOV"),
              E1_S6),
        event("ACCUSE", actor("Fernando Villavicencio", "ECU", "OPP"), actor("Los Choneros", "ECU", "REB"), E1_S8,
              mode="allege"),
        event("ACCUSE", actor("United States", "USA", "GOV"), GUNMEN, E1_S9, mode="disapprove"),
        event("ACCUSE", actor("European Union", "EUR", "IGO"), GUNMEN, E1_S9, mode="disapprove"),
    ],
    "quotes": [
        quote("Gunmen opened fire on the 59-year-old as he left the event on Wednesday evening, wounding several "
              "other people", "National Police of Ecuador", "indirect"),
        quote("Organised crime has gone too far, but the full weight of the law will fall on them",
              "Guillermo Lasso", "direct"),
        quote("the FBI had agreed to help with the investigation", "Guillermo Lasso", "indirect"),
        quote("he had been threatened by the leader of the Los Choneros gang", "Fernando Villavicencio", "indirect"),
        quote("The first round of the election will go ahead as planned on Aug. 20",
              "National Electoral Council of Ecuador", "indirect"),
    ],
    "entities": [
        entity("Guillermo Lasso", "PER", "ECU", ["Ecuadorean President Guillermo Lasso", "Lasso", "he"]),
        entity("Fernando Villavicencio", "PER", "ECU",
               ["presidential candidate Fernando Villavicencio", "the 59-year-old", "Villavicencio, a former journalist",
                "Villavicencio", "he", "his"]),
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["police"]),
        entity("Colombia", "GPE", "COL", ["Colombian"]),
        entity("Armed Forces of Ecuador", "ORG", "ECU", ["The armed forces"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI"]),
        entity("Los Choneros", "ORG", "ECU", ["the Los Choneros gang"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("National Electoral Council of Ecuador", "ORG", "ECU", ["the electoral council"]),
    ],
}

# ---------------------------------------------------------------- hm35-en-02 (Papua New Guinea)
E2_S1 = ("At least 26 men from the Kaekin clan were killed in an ambush by rival tribesmen in Papua New "
         "Guinea's Enga province on Sunday, police said.")
E2_S2 = "Acting Police Commissioner David Manning said the death toll was expected to rise."
E2_S3 = "“This is domestic terrorism,” Prime Minister James Marape told parliament on Monday."
E2_S4 = ("The army sent 100 additional soldiers to the province, and Marape threatened to give security "
         "forces powers to use lethal force.")
E2_S5 = "Tribal leaders in the area rejected a government call to hand over their weapons."
E2_S6 = ("Australia's Foreign Minister Penny Wong offered assistance, saying Canberra stood ready to help "
         "“in any way we can”.")
E2_S7 = ("Fighting between the Kaekin and the Ambulin clans and their allies has flared for years over land "
         "and election disputes.")
E2_S8 = "No arrests had been made by Monday evening, a police spokesman said."
E2_S9 = "The UN resident coordinator in Port Moresby urged both clans to lay down their arms."

AMBULIN = actor("Ambulin clan fighters", "PNG", "REB")
KAEKIN = actor("Kaekin clan", "PNG", "CVL")
MARAPE = actor("James Marape", "PNG", "GOV")
UN_RC = actor("UN Resident Coordinator in Papua New Guinea", "UNO", "IGO")

EN02 = {
    "id": "hm35-en-02",
    "lang": "en",
    "published": "2024-02-19",
    "title": "Dozens killed in tribal ambush in Papua New Guinea's highlands",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8, E2_S9]),
    "events": [
        event("ASSAULT", AMBULIN, KAEKIN, E2_S1, mode="massacre", date="2024-02-18", location="Enga",
              location_country="PNG"),
        event("ACCUSE", MARAPE, AMBULIN, E2_S3, mode="disapprove", date="2024-02-19"),
        event("MOBILIZE", actor("Papua New Guinea Defence Force", "PNG", "MIL"), None, E2_S4, mode="troops",
              location="Enga", location_country="PNG"),
        event("THREATEN", MARAPE, AMBULIN, E2_S4, mode="violence"),
        event("REJECT", actor("tribal leaders", "PNG", "CVL"), actor("Government of Papua New Guinea", "PNG", "GOV"),
              E2_S5),
        event("AGREE", actor("Penny Wong", "AUS", "GOV"), actor("Papua New Guinea", "PNG", "GOV"), E2_S6),
        event("COERCE", actor("Royal Papua New Guinea Constabulary", "PNG", "COP"), AMBULIN, E2_S8, mode="arrest",
              negated=True),
        event("REQUEST", UN_RC, AMBULIN, E2_S9, mode="yield"),
        event("REQUEST", UN_RC, KAEKIN, E2_S9, mode="yield"),
    ],
    "quotes": [
        quote("At least 26 men from the Kaekin clan were killed in an ambush by rival tribesmen in Papua New "
              "Guinea's Enga province on Sunday", "Royal Papua New Guinea Constabulary", "indirect"),
        quote("the death toll was expected to rise", "David Manning", "indirect"),
        quote("This is domestic terrorism", "James Marape", "direct"),
        quote("in any way we can", "Penny Wong", "direct"),
        quote("Canberra stood ready to help “in any way we can”", "Penny Wong", "indirect"),
        quote("No arrests had been made by Monday evening", "Royal Papua New Guinea Constabulary", "indirect"),
    ],
    "entities": [
        entity("Kaekin clan", "ORG", "PNG", ["the Kaekin clan", "the Kaekin"]),
        entity("Ambulin clan", "ORG", "PNG", ["rival tribesmen", "the Ambulin clans"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua New Guinea"]),
        entity("Enga", "LOC", "PNG", ["Enga province", "the province", "the area"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["police", "a police spokesman"]),
        entity("David Manning", "PER", "PNG", ["Acting Police Commissioner David Manning"]),
        entity("James Marape", "PER", "PNG", ["Prime Minister James Marape", "Marape"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG", ["parliament"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG", ["The army"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["a government"]),
        entity("Penny Wong", "PER", "AUS", ["Australia's Foreign Minister Penny Wong"]),
        entity("Australia", "GPE", "AUS", ["Australia", "Canberra"]),
        entity("UN Resident Coordinator in Papua New Guinea", "PER", "UNO", ["The UN resident coordinator in Port Moresby"]),
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
