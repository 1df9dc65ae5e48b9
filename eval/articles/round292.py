"""Round 292: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm292-de-01: Kenya: after weeks of Gen Z protests Ruto dismisses almost his entire cabinet and Attorney General Muturi; he promises a broad-based government, protesters' demands, police tear gas in Nairobi, Odinga welcomes and demands punishment of police, Kalonzo Musyoka refuses to join (2024-07-11).
- hm292-de-02: Mali: the army says it has taken the rebel stronghold Kidal with Wagner mercenaries; Goïta's address, the CSP-PSD speaks of a strategic withdrawal and vows to fight on, drone-strike accusations, MINUSMA's early departure, Maïga's praise, the junta rejects talks (2023-11-14).
- hm292-de-03: Sierra Leone: Julius Maada Bio declared re-elected in the first round; Samura Kamara rejects the result and demands a recount, Bio calls for dialogue, earlier tear gas and live fire at APC headquarters, EU observers and Washington criticise, ECOWAS praises (2023-06-27).
- hm292-de-04: Ghana: parliament passes the anti-LGBTQ "family values" bill; Sam George urges Akufo-Addo to sign, Christian Council and Muslim clerics welcome it, Washington, Türk and Amnesty object, Richard Dela Sky sues, earlier police raid on LGBT+ Rights Ghana (2024-02-29).
- hm292-en-01: Liberia: George Weah concedes the run-off to Joseph Boakai and calls him; Boakai thanks him, earlier U.S. sanctions on McGill, Blinken, ECOWAS and Faki praise, police deployed, no CDC complaint (2023-11-17).
- hm292-en-02: Madagascar: Andry Rajoelina declared winner of a third term in a vote boycotted by ten opposition candidates; the collective rejects the result and asks the HCC to annul it, Rajoelina's offer, earlier tear gas on marches, the nationality row, FFKM appeal, police deployed (2023-11-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm292-de-01 (Kenya, Ruto dismisses his cabinet)
RUTO = actor("William Ruto", "KEN", "GOV")
KEN_CABINET = actor("Cabinet secretaries of Kenya", "KEN", "GOV")
MUTURI = actor("Justin Muturi", "KEN", "GOV")
KEN_PROTESTERS = actor("protesters in Kenya", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
KEN_PARL = actor("Parliament of Kenya", "KEN", "LEG")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
ODINGA = actor("Raila Odinga", "KEN", "OPP")
KALONZO = actor("Kalonzo Musyoka", "KEN", "OPP")

N1 = ("Nairobi (dpa) - Nach wochenlangen Protesten gegen seine Regierung hat Kenias Präsident William Ruto fast sein "
      "gesamtes Kabinett entlassen.")
N2 = ("Alle Kabinettssekretäre sowie Generalstaatsanwalt Justin Muturi seien mit sofortiger Wirkung ihrer Ämter "
      "enthoben, sagte Ruto am Donnerstag in einer Fernsehansprache im State House in Nairobi.")
N3 = ("Im Amt bleiben nur Vizepräsident Rigathi Gachagua und Premier-Kabinettssekretär Musalia Mudavadi, der zugleich "
      "das Außenministerium führt.")
N4 = "„Ich habe zugehört, was das kenianische Volk gesagt hat“, sagte der 57-Jährige."
N5 = ("Er werde umgehend Gespräche mit verschiedenen Sektoren und politischen Lagern aufnehmen, um eine breit "
      "aufgestellte Regierung zu bilden.")
N6 = "Bis dahin sollen die Staatssekretäre die Ministerien führen."
N7 = ("Auslöser der vor allem von jungen Kenianern über soziale Medien organisierten Proteste war ein Finanzgesetz mit "
      "zahlreichen Steuererhöhungen.")
N8 = "Nachdem Demonstranten am 25. Juni das Parlament gestürmt hatten, zog Ruto das Gesetz zurück."
N9 = ("Seitdem fordern viele Demonstranten auch den Rücktritt des Präsidenten und werfen seinen Ministern Korruption "
      "und Verschwendung vor.")
N10 = ("Nach Angaben der staatlichen Menschenrechtskommission KNCHR wurden bei den Protesten seit Mitte Juni "
       "mindestens 39 Menschen getötet.")
N11 = ("Am Dienstag hatte die Polizei in Nairobi erneut Tränengas gegen Demonstranten eingesetzt, die zum Parlament "
       "ziehen wollten.")
N12 = "Ruto hatte den Sturm auf das Parlament zunächst als „Verrat“ bezeichnet."
N13 = ("Oppositionsführer Raila Odinga begrüßte die Entlassungen als „ersten Schritt“, verlangte aber, Polizisten, die "
       "auf Demonstranten geschossen hätten, müssten bestraft werden.")
N14 = ("Der frühere Vizepräsident Kalonzo Musyoka lehnte eine Beteiligung seiner Wiper-Partei an einer "
       "Einheitsregierung ab.")
N15 = "„Das ist ein Manöver, um Zeit zu gewinnen“, sagte der Oppositionspolitiker."
N16 = "Ruto steht seit seinem Amtsantritt im September 2022 wegen der hohen Lebenshaltungskosten unter Druck."

DE01 = {
    "id": "hm292-de-01", "lang": "de", "url": None, "published": "2024-07-11",
    "title": "Nach Protesten: Kenias Präsident Ruto entlässt fast sein gesamtes Kabinett",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10, N11, N12], [N13, N14, N15, N16]),
    "events": [
        event("PROTEST", KEN_PROTESTERS, KEN_GOV, N1, mode="demo"),
        event("SANCTION", RUTO, KEN_CABINET, N1, mode="expel"),
        event("SANCTION", RUTO, KEN_CABINET, N2, mode="expel", date="2024-07-11", location="Nairobi",
              location_country="KEN"),
        event("SANCTION", RUTO, MUTURI, N2, mode="expel", date="2024-07-11", location="Nairobi",
              location_country="KEN"),
        event("AGREE", RUTO, None, N5),
        event("PROTEST", KEN_PROTESTERS, KEN_PARL, N8, mode="riot", location="Nairobi", location_country="KEN"),
        event("CONCEDE", RUTO, KEN_PROTESTERS, N8),
        event("REQUEST", KEN_PROTESTERS, RUTO, N9, mode="change"),
        event("ACCUSE", KEN_PROTESTERS, KEN_CABINET, N9, mode="allege"),
        event("ASSAULT", KEN_POLICE, KEN_PROTESTERS, N11, mode="crowd-control", date="2024-07-09",
              location="Nairobi", location_country="KEN"),
        event("ACCUSE", RUTO, KEN_PROTESTERS, N12, mode="disapprove"),
        event("SUPPORT", ODINGA, RUTO, N13),
        event("REQUEST", ODINGA, KEN_GOV, N13),
        event("ACCUSE", ODINGA, KEN_POLICE, N13, mode="allege"),
        event("REJECT", KALONZO, RUTO, N14),
        event("ACCUSE", KALONZO, RUTO, N15, mode="disapprove"),
    ],
    "quotes": [
        quote("Alle Kabinettssekretäre sowie Generalstaatsanwalt Justin Muturi seien mit sofortiger Wirkung ihrer Ämter "
              "enthoben", "William Ruto", "indirect"),
        quote("Ich habe zugehört, was das kenianische Volk gesagt hat", "William Ruto", "direct"),
        quote("Er werde umgehend Gespräche mit verschiedenen Sektoren und politischen Lagern aufnehmen, um eine breit "
              "aufgestellte Regierung zu bilden", "William Ruto", "indirect"),
        quote("wurden bei den Protesten seit Mitte Juni mindestens 39 Menschen getötet",
              "Kenya National Commission on Human Rights", "indirect"),
        quote("Verrat", "William Ruto", "direct"),
        quote("den Sturm auf das Parlament zunächst als „Verrat“ bezeichnet", "William Ruto", "indirect"),
        quote("ersten Schritt", "Raila Odinga", "direct"),
        quote("Polizisten, die auf Demonstranten geschossen hätten, müssten bestraft werden", "Raila Odinga",
              "indirect"),
        quote("Das ist ein Manöver, um Zeit zu gewinnen", "Kalonzo Musyoka", "direct"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto", "Ruto", "der 57-Jährige",
                                              "des Präsidenten"]),
        entity("Kenya", "LOC", "KEN", ["Kenias"]),
        entity("Government of Kenya", "ORG", "KEN", ["seine Regierung"]),
        entity("Cabinet of Kenya", "ORG", "KEN", ["sein gesamtes Kabinett", "Alle Kabinettssekretäre",
                                                  "seinen Ministern"]),
        entity("Justin Muturi", "PER", "KEN", ["Generalstaatsanwalt Justin Muturi"]),
        entity("State House (Nairobi)", "LOC", "KEN", ["State House"]),
        entity("Rigathi Gachagua", "PER", "KEN", ["Vizepräsident Rigathi Gachagua"]),
        entity("Musalia Mudavadi", "PER", "KEN", ["Premier-Kabinettssekretär Musalia Mudavadi"]),
        entity("Ministry of Foreign and Diaspora Affairs of Kenya", "ORG", "KEN", ["das Außenministerium"]),
        entity("Parliament of Kenya", "ORG", "KEN", ["das Parlament", "zum Parlament"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN",
               ["der staatlichen Menschenrechtskommission KNCHR"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["die Polizei"]),
        entity("Raila Odinga", "PER", "KEN", ["Oppositionsführer Raila Odinga"]),
        entity("Kalonzo Musyoka", "PER", "KEN", ["Der frühere Vizepräsident Kalonzo Musyoka",
                                                 "der Oppositionspolitiker"]),
        entity("Wiper Democratic Movement", "ORG", "KEN", ["seiner Wiper-Partei"]),
    ],
}

# ---------------------------------------------------------------- hm292-de-02 (Mali, army takes Kidal)
MLI_ARMY = actor("Malian Armed Forces", "MLI", "MIL")
CSP = actor("CSP-PSD", "MLI", "REB")
RAMADANE = actor("Mohamed Elmaouloud Ramadane", "MLI", "REB")
WAGNER = actor("Wagner Group", "RUS", "MIL")
MINUSMA = actor("MINUSMA", "UNO", "IGO")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
MAIGA = actor("Choguel Kokalla Maïga", "MLI", "GOV")

K1 = ("Bamako (AFP) - Malis Armee hat nach eigenen Angaben die Rebellenhochburg Kidal im Norden des Landes "
      "eingenommen.")
K2 = ("„Unsere Streitkräfte haben heute die Kontrolle über Kidal übernommen“, erklärte Übergangspräsident Oberst "
      "Assimi Goïta am Dienstag in einer Botschaft an die Nation.")
K3 = "Die Mission sei aber noch nicht beendet, fügte der 40-Jährige hinzu."
K4 = ("Die Stadt war seit rund einem Jahrzehnt in der Hand überwiegend von Tuareg geführter Rebellengruppen, die sich "
      "im Bündnis CSP-PSD zusammengeschlossen haben.")
K5 = "Das Bündnis erklärte, seine Kämpfer hätten sich aus „strategischen Gründen“ aus der Stadt zurückgezogen."
K6 = "„Der Kampf geht weiter“, sagte Rebellensprecher Mohamed Elmaouloud Ramadane der Nachrichtenagentur AFP."
K7 = ("Die Armee war in den vergangenen Wochen gemeinsam mit russischen Söldnern der Wagner-Gruppe von Anefis aus auf "
      "Kidal vorgerückt.")
K8 = ("Nach Angaben der Rebellen waren bei Drohnenangriffen der Armee auf Kidal vergangene Woche mehrere Zivilisten "
      "getötet worden, darunter Kinder.")
K9 = ("Die UN-Mission Minusma hatte ihr Lager in Kidal Ende Oktober vorzeitig geräumt, nachdem die Junta den Abzug der "
      "Blauhelme verlangt hatte.")
K10 = ("Die Junta wirft den Rebellen vor, mit der Übernahme des Lagers gegen das Friedensabkommen von Algier aus dem "
       "Jahr 2015 verstoßen zu haben.")
K11 = ("Regierungschef Choguel Kokalla Maïga sprach von einem „historischen Sieg“ und dankte den Soldaten für ihren "
       "Einsatz.")
K12 = ("In Bamako zogen am Abend Hunderte Menschen mit malischen und russischen Fahnen durch die Straßen, um die "
       "Einnahme der Stadt zu feiern.")
K13 = "Die Militärregierung lehnt Gespräche mit den Rebellen ab und bezeichnet sie als „Terroristen“."
K14 = ("Im Norden und im Zentrum Malis sind zudem Dschihadisten aktiv, die mit Al-Kaida und der Terrormiliz "
       "Islamischer Staat verbunden sind.")

DE02 = {
    "id": "hm292-de-02", "lang": "de", "url": None, "published": "2023-11-14",
    "title": "Malis Armee nimmt Rebellenhochburg Kidal ein",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10], [K11, K12, K13, K14]),
    "events": [
        event("ASSAULT", MLI_ARMY, CSP, K1, location="Kidal", location_country="MLI"),
        event("ASSAULT", MLI_ARMY, CSP, K2, date="2023-11-14", location="Kidal", location_country="MLI"),
        event("RETREAT", CSP, None, K5, mode="withdraw", location="Kidal", location_country="MLI"),
        event("THREATEN", RAMADANE, MLI_ARMY, K6, mode="violence"),
        event("MOBILIZE", MLI_ARMY, CSP, K7, mode="troops", location="Anefis", location_country="MLI"),
        event("MOBILIZE", WAGNER, CSP, K7, mode="troops", location="Anefis", location_country="MLI"),
        event("ACCUSE", CSP, MLI_ARMY, K8, mode="allege"),
        event("RETREAT", MINUSMA, None, K9, mode="withdraw", location="Kidal", location_country="MLI"),
        event("REQUEST", MLI_GOV, MINUSMA, K9),
        event("ACCUSE", MLI_GOV, CSP, K10, mode="allege"),
        event("SUPPORT", MAIGA, MLI_ARMY, K11),
        event("REJECT", MLI_GOV, CSP, K13, mode="meet"),
        event("ACCUSE", MLI_GOV, CSP, K13, mode="disapprove"),
    ],
    "quotes": [
        quote("Unsere Streitkräfte haben heute die Kontrolle über Kidal übernommen", "Assimi Goïta", "direct"),
        quote("Die Mission sei aber noch nicht beendet", "Assimi Goïta", "indirect"),
        quote("strategischen Gründen", "CSP-PSD", "direct"),
        quote("seine Kämpfer hätten sich aus „strategischen Gründen“ aus der Stadt zurückgezogen", "CSP-PSD",
              "indirect"),
        quote("Der Kampf geht weiter", "Mohamed Elmaouloud Ramadane", "direct"),
        quote("waren bei Drohnenangriffen der Armee auf Kidal vergangene Woche mehrere Zivilisten getötet worden, "
              "darunter Kinder", "CSP-PSD", "indirect"),
        quote("mit der Übernahme des Lagers gegen das Friedensabkommen von Algier aus dem Jahr 2015 verstoßen zu haben",
              "Government of Mali", "indirect"),
        quote("historischen Sieg", "Choguel Kokalla Maïga", "direct"),
        quote("Terroristen", "Government of Mali", "direct"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["Malis Armee", "Unsere Streitkräfte", "Die Armee", "der Armee",
                                                     "den Soldaten"]),
        entity("Kidal", "LOC", "MLI", ["die Rebellenhochburg Kidal", "Kidal", "Die Stadt", "der Stadt"]),
        entity("Mali", "LOC", "MLI", ["des Landes", "Malis"]),
        entity("Assimi Goïta", "PER", "MLI", ["Übergangspräsident Oberst Assimi Goïta", "der 40-Jährige"]),
        entity("CSP-PSD", "ORG", "MLI", ["Rebellengruppen", "Bündnis CSP-PSD", "Das Bündnis", "den Rebellen",
                                         "der Rebellen"]),
        entity("Mohamed Elmaouloud Ramadane", "PER", "MLI", ["Rebellensprecher Mohamed Elmaouloud Ramadane"]),
        entity("Agence France-Presse", "ORG", "FRA", ["der Nachrichtenagentur AFP"]),
        entity("Wagner Group", "ORG", "RUS", ["russischen Söldnern der Wagner-Gruppe"]),
        entity("Anefis", "LOC", "MLI", ["Anefis"]),
        entity("MINUSMA", "ORG", "UNO", ["Die UN-Mission Minusma", "der Blauhelme"]),
        entity("Government of Mali", "ORG", "MLI", ["die Junta", "Die Junta", "Die Militärregierung"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Choguel Kokalla Maïga", "PER", "MLI", ["Regierungschef Choguel Kokalla Maïga"]),
        entity("al-Qaeda", "ORG", None, ["Al-Kaida"]),
        entity("Islamic State", "ORG", None, ["der Terrormiliz Islamischer Staat"]),
    ],
}

# ---------------------------------------------------------------- hm292-de-03 (Sierra Leone, Bio re-elected)
BIO = actor("Julius Maada Bio", "SLE", "GOV")
KAMARA = actor("Samura Kamara", "SLE", "OPP")
ECSL = actor("Electoral Commission for Sierra Leone", "SLE", "GOV")
APC = actor("All People's Congress", "SLE", "OPP")
SLE_SECFORCES = actor("Sierra Leonean security forces", "SLE", "COP")
SLE_POLICE = actor("Sierra Leone Police", "SLE", "COP")
EU_EOM = actor("European Union Election Observation Mission to Sierra Leone", "EUR", "IGO")
USA = actor("United States", "USA", "GOV")
ECOWAS_EOM = actor("ECOWAS Election Observation Mission", "IGO", "IGO")

S1 = ("Freetown (AFP) - Sierra Leones Präsident Julius Maada Bio hat die Präsidentenwahl bereits im ersten Wahlgang "
      "gewonnen.")
S2 = ("Der 59-Jährige erhielt 56,17 Prozent der Stimmen, wie der Vorsitzende der Wahlkommission, Mohamed Kenewui "
      "Konneh, am Dienstag in Freetown mitteilte.")
S3 = ("Sein wichtigster Herausforderer Samura Kamara vom oppositionellen All People's Congress (APC) kam demnach auf "
      "41,16 Prozent.")
S4 = "Damit übersprang Bio knapp die Schwelle von 55 Prozent, ab der eine Stichwahl entfällt."
S5 = "Kamara wies das Ergebnis umgehend zurück."
S6 = "„Das ist kein Wahlergebnis, das ist Raub am helllichten Tag“, sagte der 71-Jährige in einer Videobotschaft."
S7 = "Die Wahlkommission habe die Zahlen zugunsten des Amtsinhabers manipuliert."
S8 = "Er forderte eine Neuauszählung unter internationaler Aufsicht."
S9 = ("Bio wurde nur wenige Stunden nach der Verkündung des Ergebnisses von Oberrichter Desmond Babatunde Edwards für "
      "eine zweite Amtszeit vereidigt.")
S10 = "„Ich bin der Präsident aller Sierra Leoner“, sagte er und rief die Opposition zum Dialog auf."
S11 = ("Bereits am Montag hatten Sicherheitskräfte vor dem Hauptquartier der APC in Freetown Tränengas und scharfe "
       "Munition eingesetzt.")
S12 = "Die Partei erklärte, dabei sei eine Mitarbeiterin erschossen worden."
S13 = ("Die Polizei sprach dagegen von einer nicht genehmigten Versammlung von Anhängern, die vorzeitig den Sieg "
       "ihres Kandidaten gefeiert hätten.")
S14 = "Festnahmen habe es nicht gegeben, teilte ein Polizeisprecher mit."
S15 = ("Beobachter der Europäischen Union bemängelten mangelnde Transparenz bei der Auszählung und forderten die "
       "Wahlkommission auf, die Ergebnisse für jedes Wahllokal zu veröffentlichen.")
S16 = "Auch die US-Regierung äußerte sich besorgt über „statistische Ungereimtheiten“."
S17 = ("Die Beobachtermission der Westafrikanischen Wirtschaftsgemeinschaft Ecowas lobte dagegen den friedlichen "
       "Ablauf der Stimmabgabe.")
S18 = "Sierra Leone hatte bis 2002 einen Bürgerkrieg mit mehr als 50.000 Toten erlebt."

DE03 = {
    "id": "hm292-de-03", "lang": "de", "url": None, "published": "2023-06-27",
    "title": "Sierra Leones Präsident Bio wiedergewählt – Opposition spricht von Betrug",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10], [S11, S12, S13, S14], [S15, S16, S17, S18]),
    "events": [
        event("REJECT", KAMARA, ECSL, S5),
        event("ACCUSE", KAMARA, ECSL, S6, mode="disapprove"),
        event("ACCUSE", KAMARA, ECSL, S7, mode="allege"),
        event("REQUEST", KAMARA, ECSL, S8, mode="change"),
        event("REQUEST", BIO, APC, S10, mode="meet"),
        event("ASSAULT", SLE_SECFORCES, APC, S11, mode="crowd-control", date="2023-06-26", location="Freetown",
              location_country="SLE"),
        event("ASSAULT", SLE_SECFORCES, APC, S11, mode="firearms", date="2023-06-26", location="Freetown",
              location_country="SLE"),
        event("ACCUSE", APC, SLE_SECFORCES, S12, mode="allege"),
        event("ACCUSE", SLE_POLICE, APC, S13, mode="allege"),
        event("COERCE", SLE_POLICE, APC, S14, mode="arrest", negated=True),
        event("ACCUSE", EU_EOM, ECSL, S15, mode="disapprove"),
        event("REQUEST", EU_EOM, ECSL, S15, mode="change"),
        event("ACCUSE", USA, ECSL, S16, mode="disapprove"),
        event("SUPPORT", ECOWAS_EOM, None, S17),
    ],
    "quotes": [
        quote("Der 59-Jährige erhielt 56,17 Prozent der Stimmen", "Mohamed Kenewui Konneh", "indirect"),
        quote("Das ist kein Wahlergebnis, das ist Raub am helllichten Tag", "Samura Kamara", "direct"),
        quote("Die Wahlkommission habe die Zahlen zugunsten des Amtsinhabers manipuliert", "Samura Kamara",
              "indirect"),
        quote("Ich bin der Präsident aller Sierra Leoner", "Julius Maada Bio", "direct"),
        quote("dabei sei eine Mitarbeiterin erschossen worden", "All People's Congress", "indirect"),
        quote("von einer nicht genehmigten Versammlung von Anhängern, die vorzeitig den Sieg ihres Kandidaten gefeiert "
              "hätten", "Sierra Leone Police", "indirect"),
        quote("Festnahmen habe es nicht gegeben", "spokesperson of the Sierra Leone Police", "indirect"),
        quote("statistische Ungereimtheiten", "Government of the United States", "direct"),
    ],
    "entities": [
        entity("Freetown", "LOC", "SLE", ["Freetown"]),
        entity("Julius Maada Bio", "PER", "SLE", ["Sierra Leones Präsident Julius Maada Bio", "Der 59-Jährige", "Bio",
                                                  "des Amtsinhabers"]),
        entity("Sierra Leone", "LOC", "SLE", ["Sierra Leones", "Sierra Leone"]),
        entity("Electoral Commission for Sierra Leone", "ORG", "SLE", ["der Wahlkommission", "Die Wahlkommission",
                                                                       "die Wahlkommission"]),
        entity("Mohamed Kenewui Konneh", "PER", "SLE", ["der Vorsitzende der Wahlkommission, Mohamed Kenewui Konneh"]),
        entity("Samura Kamara", "PER", "SLE", ["Sein wichtigster Herausforderer Samura Kamara", "Kamara",
                                               "der 71-Jährige", "ihres Kandidaten"]),
        entity("All People's Congress", "ORG", "SLE", ["All People's Congress (APC)", "der APC", "Die Partei",
                                                       "die Opposition"]),
        entity("Desmond Babatunde Edwards", "PER", "SLE", ["Oberrichter Desmond Babatunde Edwards"]),
        entity("Sierra Leonean security forces", "ORG", "SLE", ["Sicherheitskräfte"]),
        entity("Sierra Leone Police", "ORG", "SLE", ["Die Polizei"]),
        entity("spokesperson of the Sierra Leone Police", "PER", "SLE", ["ein Polizeisprecher"]),
        entity("European Union Election Observation Mission to Sierra Leone", "ORG", "EUR",
               ["Beobachter der Europäischen Union"]),
        entity("European Union", "ORG", "EUR", ["Europäischen Union"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Regierung"]),
        entity("ECOWAS Election Observation Mission", "ORG", "IGO",
               ["Die Beobachtermission der Westafrikanischen Wirtschaftsgemeinschaft Ecowas"]),
        entity("ECOWAS", "ORG", "IGO", ["Westafrikanischen Wirtschaftsgemeinschaft Ecowas"]),
    ],
}

# ---------------------------------------------------------------- hm292-de-04 (Ghana, anti-LGBTQ bill passed)
AKUFO_ADDO = actor("Nana Akufo-Addo", "GHA", "GOV")
SAM_GEORGE = actor("Sam George", "GHA", "LEG")
GHA_PARL = actor("Parliament of Ghana", "GHA", "LEG")
CCG = actor("Christian Council of Ghana", "GHA", "CVL")
GHA_IMAMS = actor("Muslim clerics in Ghana", "GHA", "CVL")
US_GOV = actor("Government of the United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
GHA_POLICE = actor("Ghana Police Service", "GHA", "COP")
LGBT_GHANA = actor("LGBT+ Rights Ghana", "GHA", "NGO")
DELA_SKY = actor("Richard Dela Sky", "GHA", "CVL")

G1 = ("Accra (dpa) - Ghanas Parlament hat eines der schärfsten Gesetze gegen sexuelle Minderheiten in Afrika "
      "verabschiedet.")
G2 = ("Die Abgeordneten stimmten am Mittwoch einem Entwurf zu, der für gleichgeschlechtliche sexuelle Handlungen bis "
      "zu drei Jahre Haft vorsieht.")
G3 = ("Wer Aktivitäten von Lesben, Schwulen, Bisexuellen und Transmenschen fördert oder finanziert, dem drohen bis zu "
      "fünf Jahre Gefängnis.")
G4 = "Damit das Gesetz in Kraft tritt, muss Präsident Nana Akufo-Addo es noch unterzeichnen."
G5 = ("Der 79-Jährige hatte im vergangenen Jahr gesagt, er werde das Gesetz unterschreiben, wenn die Mehrheit der "
      "Ghanaer es wolle.")
G6 = ("Der oppositionelle Abgeordnete Sam George, der den Entwurf eingebracht hatte, sprach von einem „Sieg für "
      "unsere Werte und unsere Familien“.")
G7 = "Er forderte Akufo-Addo auf, das Gesetz ohne Verzögerung zu unterschreiben."
G8 = "Der Christliche Rat Ghanas und muslimische Geistliche begrüßten die Abstimmung."
G9 = "Die US-Regierung zeigte sich „zutiefst beunruhigt“."
G10 = ("Das Gesetz bedrohe die Meinungs-, Presse- und Versammlungsfreiheit aller Ghanaer und könne ausländischen "
       "Investitionen schaden, erklärte Außenamtssprecher Matthew Miller in Washington.")
G11 = "UN-Menschenrechtskommissar Volker Türk rief Akufo-Addo am Donnerstag auf, das Gesetz nicht zu unterzeichnen."
G12 = ("Der Entwurf verstoße gegen die ghanaische Verfassung und gegen internationale Abkommen, die das Land "
       "ratifiziert habe, erklärte Türk in Genf.")
G13 = "Amnesty International verurteilte die Abstimmung als „schweren Rückschlag“ für die Menschenrechte."
G14 = ("Der Aktivist Alex Kofi Donkor von der Organisation LGBT+ Rights Ghana sagte, viele Betroffene hätten aus Angst "
       "vor Übergriffen bereits ihre Wohnungen verlassen.")
G15 = "Im Februar 2021 hatte die Polizei das erste Büro der Gruppe in Accra gestürmt und geschlossen."
G16 = ("Der Anwalt und Journalist Richard Dela Sky reichte am Donnerstag beim Obersten Gericht Klage gegen das Gesetz "
       "ein.")
G17 = "Ghana galt lange als eine der stabilsten Demokratien Westafrikas."

DE04 = {
    "id": "hm292-de-04", "lang": "de", "url": None, "published": "2024-02-29",
    "title": "Ghanas Parlament verabschiedet scharfes Gesetz gegen sexuelle Minderheiten",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7, G8], [G9, G10, G11, G12, G13], [G14, G15, G16, G17]),
    "events": [
        event("REQUEST", SAM_GEORGE, AKUFO_ADDO, G7, mode="change"),
        event("SUPPORT", CCG, GHA_PARL, G8),
        event("SUPPORT", GHA_IMAMS, GHA_PARL, G8),
        event("ACCUSE", US_GOV, GHA_PARL, G9, mode="disapprove"),
        event("ACCUSE", MILLER, GHA_PARL, G10, mode="disapprove", location="Washington", location_country="USA"),
        event("REQUEST", TURK, AKUFO_ADDO, G11, mode="change", date="2024-02-29"),
        event("ACCUSE", TURK, GHA_PARL, G12, mode="disapprove", location="Geneva", location_country="CHE"),
        event("ACCUSE", AMNESTY, GHA_PARL, G13, mode="disapprove"),
        event("COERCE", GHA_POLICE, LGBT_GHANA, G15, mode="seize", location="Accra", location_country="GHA"),
        event("ACCUSE", DELA_SKY, GHA_PARL, G16, mode="allege", date="2024-02-29"),
    ],
    "quotes": [
        quote("er werde das Gesetz unterschreiben, wenn die Mehrheit der Ghanaer es wolle", "Nana Akufo-Addo",
              "indirect"),
        quote("Sieg für unsere Werte und unsere Familien", "Sam George", "direct"),
        quote("zutiefst beunruhigt", "Government of the United States", "direct"),
        quote("Das Gesetz bedrohe die Meinungs-, Presse- und Versammlungsfreiheit aller Ghanaer und könne "
              "ausländischen Investitionen schaden", "Matthew Miller", "indirect"),
        quote("Der Entwurf verstoße gegen die ghanaische Verfassung und gegen internationale Abkommen, die das Land "
              "ratifiziert habe", "Volker Türk", "indirect"),
        quote("schweren Rückschlag", "Amnesty International", "direct"),
        quote("viele Betroffene hätten aus Angst vor Übergriffen bereits ihre Wohnungen verlassen", "Alex Kofi Donkor",
              "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["Accra"]),
        entity("Parliament of Ghana", "ORG", "GHA", ["Ghanas Parlament", "Die Abgeordneten"]),
        entity("Ghana", "LOC", "GHA", ["Ghanas", "Ghana", "das Land"]),
        entity("Africa", "LOC", None, ["Afrika"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["Präsident Nana Akufo-Addo", "Der 79-Jährige", "Akufo-Addo"]),
        entity("Sam George", "PER", "GHA", ["Der oppositionelle Abgeordnete Sam George"]),
        entity("Christian Council of Ghana", "ORG", "GHA", ["Der Christliche Rat Ghanas"]),
        entity("Muslim clerics in Ghana", "ORG", "GHA", ["muslimische Geistliche"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("Matthew Miller", "PER", "USA", ["Außenamtssprecher Matthew Miller"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk", "Türk"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Alex Kofi Donkor", "PER", "GHA", ["Der Aktivist Alex Kofi Donkor"]),
        entity("LGBT+ Rights Ghana", "ORG", "GHA", ["der Organisation LGBT+ Rights Ghana", "der Gruppe"]),
        entity("Ghana Police Service", "ORG", "GHA", ["die Polizei"]),
        entity("Richard Dela Sky", "PER", "GHA", ["Der Anwalt und Journalist Richard Dela Sky"]),
        entity("Supreme Court of Ghana", "ORG", "GHA", ["beim Obersten Gericht"]),
        entity("West Africa", "LOC", None, ["Westafrikas"]),
    ],
}

# ---------------------------------------------------------------- hm292-en-01 (Liberia, Weah concedes to Boakai)
WEAH = actor("George Weah", "LBR", "GOV")
BOAKAI = actor("Joseph Boakai", "LBR", "OPP")
CDC_SUPPORTERS = actor("supporters of the Coalition for Democratic Change", "LBR", "PTY")
CDC = actor("Coalition for Democratic Change", "LBR", "PTY")
LBR_NEC = actor("National Elections Commission of Liberia", "LBR", "GOV")
MCGILL = actor("Nathaniel McGill", "LBR", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
LBR_POLICE = actor("Liberia National Police", "LBR", "COP")
LBR_GOV = actor("Government of Liberia", "LBR", "GOV")

L1 = ("MONROVIA, Nov 17 (Reuters) - Liberian President George Weah conceded defeat on Friday to opposition leader "
      "Joseph Boakai after a tight run-off election, clearing the way for a peaceful handover of power in the West "
      "African nation.")
L2 = ("Provisional results from the National Elections Commission, with more than 99% of polling stations counted, "
      "gave Boakai 50.64% of the vote against 49.36% for Weah.")
L3 = ('"The CDC has lost the election, but Liberia has won," Weah said in an address broadcast on national radio, '
      'referring to his Coalition for Democratic Change.')
L4 = ("The former soccer star said he had called Boakai to congratulate him and urged his supporters to accept the "
      "outcome.")
L5 = '"This is a time for graciousness in defeat," said Weah, 57, whose term ends in January.'
L6 = ("Boakai, 78, a former vice president, thanked Weah for accepting the result and said he would reach out to all "
      "Liberians, including those who did not vote for him.")
L7 = "The CDC filed no complaint with the elections commission."
L8 = ("During the campaign, Boakai had accused Weah's government of squandering public money and failing to deliver "
      "on promises to improve roads and electricity.")
L9 = ("The United States imposed sanctions last year on Weah's chief of staff Nathaniel McGill over allegations of "
      "corruption.")
L10 = ("U.S. Secretary of State Antony Blinken praised Weah for accepting the results, saying he had put the interests "
       "of Liberia above his own.")
L11 = ("The Economic Community of West African States, which deployed observers for the vote, also commended Weah "
       "for his statesmanship.")
L12 = ('African Union Commission chairman Moussa Faki Mahamat congratulated Boakai and hailed the "maturity" of '
       "Liberia's democracy.")
L13 = "The vote was seen as a test for democracy in a region hit by a string of military coups since 2020."
L14 = ("In the capital Monrovia, thousands of Boakai supporters in the colours of his Unity Party poured into the "
       "streets to celebrate late into the night.")
L15 = ("Police said they had deployed additional officers around the elections commission's headquarters as a "
       "precaution.")
L16 = ("Boakai, who served as vice president under Ellen Johnson Sirleaf from 2006 to 2018, lost to Weah in the 2017 "
       "run-off.")

EN01 = {
    "id": "hm292-en-01", "lang": "en", "url": None, "published": "2023-11-17",
    "title": "Liberia's Weah concedes defeat to Boakai in presidential run-off",
    "text": paragraphs([L1, L2], [L3, L4, L5, L6, L7], [L8, L9], [L10, L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("CONCEDE", WEAH, BOAKAI, L1, date="2023-11-17"),
        event("CONSULT", WEAH, BOAKAI, L4, mode="phone"),
        event("SUPPORT", WEAH, BOAKAI, L4),
        event("REQUEST", WEAH, CDC_SUPPORTERS, L4),
        event("SUPPORT", BOAKAI, WEAH, L6),
        event("ACCUSE", CDC, LBR_NEC, L7, mode="allege", negated=True),
        event("ACCUSE", BOAKAI, LBR_GOV, L8, mode="allege"),
        event("SANCTION", USA, MCGILL, L9, mode="discontinue"),
        event("SUPPORT", BLINKEN, WEAH, L10),
        event("SUPPORT", ECOWAS, WEAH, L11),
        event("SUPPORT", FAKI, BOAKAI, L12),
        event("MOBILIZE", LBR_POLICE, None, L15, mode="police", location="Monrovia", location_country="LBR"),
    ],
    "quotes": [
        quote("The CDC has lost the election, but Liberia has won", "George Weah", "direct"),
        quote("he had called Boakai to congratulate him", "George Weah", "indirect"),
        quote("This is a time for graciousness in defeat", "George Weah", "direct"),
        quote("he would reach out to all Liberians, including those who did not vote for him", "Joseph Boakai",
              "indirect"),
        quote("he had put the interests of Liberia above his own", "Antony Blinken", "indirect"),
        quote("maturity", "Moussa Faki Mahamat", "direct"),
        quote("they had deployed additional officers around the elections commission's headquarters as a precaution",
              "Liberia National Police", "indirect"),
    ],
    "entities": [
        entity("Monrovia", "LOC", "LBR", ["MONROVIA", "Monrovia"]),
        entity("George Weah", "PER", "LBR", ["Liberian President George Weah", "Weah", "The former soccer star"]),
        entity("Joseph Boakai", "PER", "LBR", ["opposition leader Joseph Boakai", "Boakai"]),
        entity("Liberia", "LOC", "LBR", ["the West African nation", "Liberia"]),
        entity("National Elections Commission of Liberia", "ORG", "LBR", ["the National Elections Commission",
                                                                          "the elections commission"]),
        entity("Coalition for Democratic Change", "ORG", "LBR", ["The CDC", "his Coalition for Democratic Change"]),
        entity("Government of Liberia", "ORG", "LBR", ["Weah's government"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("Nathaniel McGill", "PER", "LBR", ["Weah's chief of staff Nathaniel McGill"]),
        entity("Antony Blinken", "PER", "USA", ["U.S. Secretary of State Antony Blinken"]),
        entity("ECOWAS", "ORG", "IGO", ["The Economic Community of West African States"]),
        entity("African Union Commission", "ORG", "IGO", ["African Union Commission"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["African Union Commission chairman Moussa Faki Mahamat"]),
        entity("Unity Party", "ORG", "LBR", ["his Unity Party"]),
        entity("Liberia National Police", "ORG", "LBR", ["Police"]),
        entity("Ellen Johnson Sirleaf", "PER", "LBR", ["Ellen Johnson Sirleaf"]),
    ],
}

# ---------------------------------------------------------------- hm292-en-02 (Madagascar, Rajoelina declared winner)
RAJOELINA = actor("Andry Rajoelina", "MDG", "GOV")
MDG_OPP = actor("Collective of opposition presidential candidates", "MDG", "OPP")
CENI = actor("Independent National Electoral Commission of Madagascar", "MDG", "GOV")
HCC = actor("High Constitutional Court of Madagascar", "MDG", "JUD")
MDG_SECFORCES = actor("Malagasy security forces", "MDG", "COP")
RAOBELINA = actor("Andry Raobelina", "MDG", "OPP")
FFKM = actor("Council of Christian Churches in Madagascar", "MDG", "CVL")
MDG_POLICE = actor("National Police of Madagascar", "MDG", "COP")

M1 = ("ANTANANARIVO, Nov 25 (AFP) - Madagascar's President Andry Rajoelina has won a third term with almost 59 "
      "percent of the vote in an election boycotted by most of the opposition, the electoral commission announced on "
      "Saturday.")
M2 = ("Rajoelina, 49, won 58.95 percent of ballots cast in the November 16 first round, according to provisional "
      "results published by the Independent National Electoral Commission (CENI), avoiding a run-off.")
M3 = "Turnout stood at just over 46 percent, one of the lowest in the Indian Ocean island's history."
M4 = ("Ten of the 12 candidates challenging Rajoelina, among them former presidents Marc Ravalomanana and Hery "
      "Rajaonarimampianina, had urged voters to stay away from the polls.")
M5 = ('"We do not recognise these results, and we will not recognise a president elected under these conditions," '
      "the collective of opposition candidates said in a statement.")
M6 = ("The group accused the CENI of inflating turnout figures and called on the High Constitutional Court to annul "
      "the vote.")
M7 = 'Rajoelina hailed "a victory for the Malagasy people" and said his door remained open to his rivals.'
M8 = ("In the weeks before the vote, security forces repeatedly fired tear gas to break up daily opposition marches "
      "in the capital Antananarivo.")
M9 = ("Opposition candidate Andry Raobelina was taken to hospital in October after he was hit by a tear gas canister "
      "during one of the marches.")
M10 = ("The opposition also objected to Rajoelina's candidacy after it emerged that he had acquired French nationality "
       "in 2014, which it said should have cost him his Malagasy citizenship.")
M11 = "The High Constitutional Court later threw out those challenges."
M12 = ("Rajoelina, a former DJ and businessman, first came to power in 2009 after the army-backed ouster of "
       "Ravalomanana and was elected president in 2018.")
M13 = ("Observers from the Southern African Development Community said voting had taken place in a largely peaceful "
       "atmosphere.")
M14 = ("The Council of Christian Churches in Madagascar (FFKM), which had tried to mediate between the two camps, "
       "appealed for calm.")
M15 = ("Police deployed in large numbers around the CENI headquarters in Antananarivo on Saturday, but the capital "
       "remained calm.")
M16 = "The High Constitutional Court is expected to proclaim the final results within nine days."

EN02 = {
    "id": "hm292-en-02", "lang": "en", "url": None, "published": "2023-11-25",
    "title": "Madagascar's Rajoelina wins third term in vote boycotted by opposition",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10, M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("PROTEST", MDG_OPP, RAJOELINA, M1, mode="boycott"),
        event("PROTEST", MDG_OPP, RAJOELINA, M4, mode="boycott"),
        event("REJECT", MDG_OPP, CENI, M5),
        event("ACCUSE", MDG_OPP, CENI, M6, mode="allege"),
        event("REQUEST", MDG_OPP, HCC, M6, mode="change"),
        event("AGREE", RAJOELINA, MDG_OPP, M7),
        event("ASSAULT", MDG_SECFORCES, MDG_OPP, M8, mode="crowd-control", location="Antananarivo",
              location_country="MDG"),
        event("PROTEST", MDG_OPP, RAJOELINA, M8, mode="demo", location="Antananarivo", location_country="MDG"),
        event("ASSAULT", MDG_SECFORCES, RAOBELINA, M9, mode="crowd-control"),
        event("ACCUSE", MDG_OPP, RAJOELINA, M10, mode="disapprove"),
        event("REJECT", HCC, MDG_OPP, M11, mode="change"),
        event("REQUEST", FFKM, None, M14),
        event("MOBILIZE", MDG_POLICE, None, M15, mode="police", date="2023-11-25", location="Antananarivo",
              location_country="MDG"),
    ],
    "quotes": [
        quote("Madagascar's President Andry Rajoelina has won a third term with almost 59 percent of the vote in an "
              "election boycotted by most of the opposition",
              "Independent National Electoral Commission of Madagascar", "indirect"),
        quote("Rajoelina, 49, won 58.95 percent of ballots cast in the November 16 first round",
              "Independent National Electoral Commission of Madagascar", "indirect"),
        quote("We do not recognise these results, and we will not recognise a president elected under these "
              "conditions", "Collective of opposition presidential candidates", "direct"),
        quote("a victory for the Malagasy people", "Andry Rajoelina", "direct"),
        quote("his door remained open to his rivals", "Andry Rajoelina", "indirect"),
        quote("should have cost him his Malagasy citizenship", "Collective of opposition presidential candidates",
              "indirect"),
        quote("voting had taken place in a largely peaceful atmosphere",
              "Southern African Development Community Electoral Observation Mission", "indirect"),
    ],
    "entities": [
        entity("Antananarivo", "LOC", "MDG", ["ANTANANARIVO", "the capital Antananarivo", "Antananarivo",
                                              "the capital"]),
        entity("Madagascar", "LOC", "MDG", ["Madagascar", "the Indian Ocean island"]),
        entity("Andry Rajoelina", "PER", "MDG", ["Madagascar's President Andry Rajoelina", "Rajoelina"]),
        entity("Independent National Electoral Commission of Madagascar", "ORG", "MDG",
               ["the electoral commission", "the Independent National Electoral Commission (CENI)", "the CENI",
                "CENI"]),
        entity("Marc Ravalomanana", "PER", "MDG", ["Marc Ravalomanana", "Ravalomanana"]),
        entity("Hery Rajaonarimampianina", "PER", "MDG", ["Hery Rajaonarimampianina"]),
        entity("Collective of opposition presidential candidates", "ORG", "MDG",
               ["Ten of the 12 candidates challenging Rajoelina", "the collective of opposition candidates",
                "The group", "The opposition", "most of the opposition"]),
        entity("High Constitutional Court of Madagascar", "ORG", "MDG", ["the High Constitutional Court",
                                                                        "The High Constitutional Court"]),
        entity("Malagasy security forces", "ORG", "MDG", ["security forces"]),
        entity("Andry Raobelina", "PER", "MDG", ["Opposition candidate Andry Raobelina"]),
        entity("France", "LOC", "FRA", ["French"]),
        entity("Southern African Development Community Electoral Observation Mission", "ORG", "IGO",
               ["Observers from the Southern African Development Community"]),
        entity("Southern African Development Community", "ORG", "IGO", ["the Southern African Development Community"]),
        entity("Council of Christian Churches in Madagascar", "ORG", "MDG",
               ["The Council of Christian Churches in Madagascar (FFKM)"]),
        entity("National Police of Madagascar", "ORG", "MDG", ["Police"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
