"""Round 466: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm466-de-01: Iraq/Turkey: Baghdad and Erbil agree on an interim deal on Kurdish oil exports after the ICC arbitration ruling against Turkey and Ankara's pipeline halt; Barzani visits al-Sudani, Baghdad's second claim rejected by Ankara, APIKUR's demand, Hennis-Plasschaert welcomes it (2023-04-04).
- hm466-de-02: Algeria/Niger: Algiers and Niamey summon each other's ambassadors over migrant expulsions to the desert; Niger's accusations and demand, Algeria's denial, IOM appeal, Algeria's stance on the coup and the rejected mediation offer recalled (2024-04-06).
- hm466-de-03: Kuwait: the Constitutional Court annuls the September 2022 election and reinstates the 2020 parliament; al-Saadoun and opposition MPs object, protest at his diwaniya, boycott announcement, police deployed, the government's January resignation recalled (2023-03-19).
- hm466-de-04: Iran/France: Iran frees Louis Arnaud; Macron thanks Oman, his 2022 arrest and sentence, Séjourné demands the release of Cécile Kohler and Jacques Paris and calls them state hostages, Tehran rejects the demand, Brière and Phelan's release recalled (2024-06-13).
- hm466-en-01: Syria: Assad agrees to open Bab al-Salam and Al Raée to U.N. earthquake aid after meeting Martin Griffiths; Guterres welcomes it, first trucks cross, Griffiths admits failure, White Helmets accuse the U.N., HTS refuses cross-line convoys, U.S. sanctions eased, Damascus demands more (2023-02-14).
- hm466-en-02: Yemen/Bahrain: Bahrain blames the Houthis for a drone attack killing two Bahraini soldiers on the Saudi border; the coalition condemns and threatens a response but does not strike, GCC and U.S. condemn, the Houthi delegation's Riyadh talks and demands recalled (2023-09-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm466-de-01 (Iraq/Turkey, Kurdish oil exports)
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
M_BARZANI = actor("Masrour Barzani", "IRQ", "GOV")
ICC_ARB = actor("International Court of Arbitration of the International Chamber of Commerce", "NGO", "JUD")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
TUR_ENERGY = actor("Ministry of Energy and Natural Resources of Turkey", "TUR", "GOV")
APIKUR = actor("Association of the Petroleum Industry of Kurdistan", "IRQ", "BUS")
HENNIS = actor("Jeanine Hennis-Plasschaert", "UNO", "IGO")

O1 = ("Bagdad (dpa) - Im Streit um die Ölexporte aus der autonomen Kurdenregion im Nordirak haben sich die "
      "Zentralregierung in Bagdad und die kurdische Regionalregierung auf eine Übergangslösung geeinigt.")
O2 = ("Ministerpräsident Mohammed Schia al-Sudani empfing dazu am Dienstag den Regierungschef der Kurdenregion, "
      "Masrur Barsani, in Bagdad.")
O3 = ("Nach der Vereinbarung soll die staatliche Vermarktungsgesellschaft SOMO künftig auch das Öl aus der "
      "Kurdenregion verkaufen.")
O4 = "Die Einnahmen sollen auf ein Konto fließen, das die kurdische Seite verwaltet, über das Bagdad aber die Aufsicht erhält."
O5 = "„Dies ist ein wichtiger Schritt zur Lösung aller offenen Fragen“, sagte al-Sudani nach dem Treffen."
O6 = "Barsani sprach von einem Beweis dafür, dass sich Probleme „im Rahmen der Verfassung“ lösen ließen."
O7 = "Hintergrund ist ein Schiedsspruch der Internationalen Handelskammer (ICC) in Paris, der Ende März bekannt wurde."
O8 = ("Das Schiedsgericht gab darin einer Klage Bagdads recht, wonach die Türkei zwischen 2014 und 2018 mit der "
      "Durchleitung kurdischen Öls ohne Zustimmung der Zentralregierung gegen ein Pipeline-Abkommen von 1973 "
      "verstoßen habe, und sprach dem Irak eine Entschädigung von rund 1,5 Milliarden Dollar zu.")
O9 = "Die Türkei stoppte daraufhin die Durchleitung von Öl aus der Kurdenregion zum Mittelmeerhafen Ceyhan."
O10 = "Seitdem liegen Exporte von rund 450.000 Barrel pro Tag auf Eis."
O11 = "Ein Termin für die Wiederaufnahme der Lieferungen wurde am Dienstag nicht genannt."
O12 = "Bagdad fordert in einem zweiten Schiedsverfahren weitere Entschädigungen für die Zeit nach 2018."
O13 = "Das türkische Energieministerium wies diese Forderungen zurück."
O14 = ("Der Verband der in Kurdistan tätigen Ölfirmen, Apikur, forderte Bagdad und Ankara auf, die Exporte so schnell "
       "wie möglich wieder zu ermöglichen.")
O15 = "Mehrere Unternehmen hätten die Förderung bereits drosseln oder ganz einstellen müssen, hieß es."
O16 = ("Die UN-Sondergesandte für den Irak, Jeanine Hennis-Plasschaert, begrüßte die Einigung zwischen Bagdad und "
       "Erbil.")
O17 = ("Die Kurdenregion hatte seit 2014 eigenständig Öl über die Türkei exportiert, was die Zentralregierung stets "
       "als verfassungswidrig betrachtete.")
O18 = "Der Streit um die Verteilung der Öleinnahmen belastet die Beziehungen zwischen Bagdad und Erbil seit Jahren."

DE01 = {
    "id": "hm466-de-01", "lang": "de", "url": None, "published": "2023-04-04",
    "title": "Bagdad und Erbil einigen sich im Streit um kurdisches Öl",
    "text": paragraphs([O1, O2, O3, O4, O5, O6], [O7, O8, O9, O10], [O11, O12, O13, O14, O15], [O16, O17, O18]),
    "events": [
        event("AGREE", IRQ_GOV, KRG, O1),
        event("CONSULT", M_BARZANI, SUDANI, O2, mode="visit", date="2023-04-04", location="Baghdad",
              location_country="IRQ"),
        event("SANCTION", ICC_ARB, TUR_GOV, O8, mode="convict"),
        event("SANCTION", TUR_GOV, KRG, O9, mode="discontinue"),
        event("REQUEST", IRQ_GOV, TUR_GOV, O12),
        event("REJECT", TUR_ENERGY, IRQ_GOV, O13),
        event("REQUEST", APIKUR, IRQ_GOV, O14),
        event("REQUEST", APIKUR, TUR_GOV, O14),
        event("SUPPORT", HENNIS, IRQ_GOV, O16),
        event("SUPPORT", HENNIS, KRG, O16),
    ],
    "quotes": [
        quote("Dies ist ein wichtiger Schritt zur Lösung aller offenen Fragen", "Mohammed Shia al-Sudani", "direct"),
        quote("im Rahmen der Verfassung", "Masrour Barzani", "direct"),
        quote("dass sich Probleme „im Rahmen der Verfassung“ lösen ließen", "Masrour Barzani", "indirect"),
        quote("wonach die Türkei zwischen 2014 und 2018 mit der Durchleitung kurdischen Öls ohne Zustimmung der "
              "Zentralregierung gegen ein Pipeline-Abkommen von 1973 verstoßen habe", "Government of Iraq",
              "indirect"),
        quote("Mehrere Unternehmen hätten die Förderung bereits drosseln oder ganz einstellen müssen",
              "Association of the Petroleum Industry of Kurdistan", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Iraqi Kurdistan", "LOC", "IRQ", ["der autonomen Kurdenregion im Nordirak", "der Kurdenregion",
                                                 "Kurdistan", "Die Kurdenregion"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Zentralregierung in Bagdad", "Bagdad", "Bagdads",
                                                    "der Zentralregierung", "die Zentralregierung"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["die kurdische Regionalregierung",
                                                               "die kurdische Seite", "Erbil"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "al-Sudani"]),
        entity("Masrour Barzani", "PER", "IRQ", ["den Regierungschef der Kurdenregion, Masrur Barsani", "Barsani"]),
        entity("State Organization for Marketing of Oil", "ORG", "IRQ",
               ["die staatliche Vermarktungsgesellschaft SOMO"]),
        entity("International Court of Arbitration of the International Chamber of Commerce", "ORG", "NGO",
               ["Internationalen Handelskammer (ICC)", "Das Schiedsgericht"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Government of Turkey", "ORG", "TUR", ["die Türkei", "Die Türkei", "Ankara"]),
        entity("Iraq", "LOC", "IRQ", ["dem Irak", "den Irak"]),
        entity("Ceyhan", "LOC", "TUR", ["Mittelmeerhafen Ceyhan"]),
        entity("Ministry of Energy and Natural Resources of Turkey", "ORG", "TUR",
               ["Das türkische Energieministerium"]),
        entity("Association of the Petroleum Industry of Kurdistan", "ORG", "IRQ",
               ["Der Verband der in Kurdistan tätigen Ölfirmen, Apikur"]),
        entity("oil companies in Kurdistan", "ORG", "IRQ", ["Mehrere Unternehmen"]),
        entity("Jeanine Hennis-Plasschaert", "PER", "UNO",
               ["Die UN-Sondergesandte für den Irak, Jeanine Hennis-Plasschaert"]),
        entity("Turkey", "LOC", "TUR", ["über die Türkei"]),
        entity("Erbil", "LOC", "IRQ", ["Erbil"]),
    ],
}

# ---------------------------------------------------------------- hm466-de-02 (Algeria/Niger, migrant expulsions)
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
NER_MFA = actor("Ministry of Foreign Affairs of Niger", "NER", "GOV")
DZA_SECURITY = actor("Algerian security forces", "DZA", "COP")
IOM = actor("International Organization for Migration", "UNO", "IGO")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")

N1 = ("Algier (dpa) - Im Streit über die Abschiebung von Migranten in die Sahara haben Algerien und Niger "
      "gegenseitig die Botschafter des anderen Landes einbestellt.")
N2 = ("Das algerische Außenministerium bestellte am Donnerstag den Botschafter Nigers ein, wie die staatliche "
      "Nachrichtenagentur APS berichtete.")
N3 = ("Dem Diplomaten sei das „Erstaunen“ Algeriens über die Vorwürfe aus Niamey übermittelt worden, die jeder "
      "Grundlage entbehrten.")
N4 = ("Zuvor hatte das Außenministerium in Niamey am Mittwoch den algerischen Botschafter einbestellt und gegen den "
      "„gewaltsamen“ Charakter der Abschiebungen protestiert.")
N5 = ("Algerische Sicherheitskräfte hätten nigrische Staatsbürger und Migranten aus anderen afrikanischen Ländern "
      "festgenommen und ohne Absprache an der Grenze ausgesetzt, hieß es in einer Erklärung der Militärregierung.")
N6 = "Niger verlange, dass die Würde und die Rechte seiner Bürger respektiert würden."
N7 = "Algerien schiebt seit Jahren Tausende Migranten über die Wüstengrenze nach Niger ab."
N8 = "Nach Zählung der Hilfsorganisation Alarme Phone Sahara waren es im vergangenen Jahr mehr als 23.000 Menschen."
N9 = ("Viele von ihnen werden am sogenannten Point Zéro mitten in der Wüste abgesetzt und müssen rund 15 Kilometer "
      "bis zum Grenzort Assamaka laufen.")
N10 = "Das dortige Transitzentrum der Internationalen Organisation für Migration (IOM) ist seit Monaten überfüllt."
N11 = "Die IOM rief Algier und Niamey zu einer besseren Abstimmung bei Rückführungen auf."
N12 = "Die Beziehungen zwischen den Nachbarn sind seit dem Militärputsch in Niger im Juli 2023 angespannt."
N13 = ("Algerien hatte den Sturz von Präsident Mohamed Bazoum verurteilt, sich aber gegen eine Militärintervention "
       "der westafrikanischen Staatengemeinschaft Ecowas gestellt.")
N14 = "Ein algerisches Vermittlungsangebot hatte die Junta im vergangenen Oktober zurückgewiesen."
N15 = ("Ende November hob die Militärregierung zudem ein mit Unterstützung der EU erlassenes Gesetz gegen "
       "Schleuserkriminalität auf.")
N16 = "Seitdem ziehen wieder deutlich mehr Migranten durch Niger in Richtung Algerien und Libyen."

DE02 = {
    "id": "hm466-de-02", "lang": "de", "url": None, "published": "2024-04-06",
    "title": "Algerien und Niger bestellen Botschafter ein",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10, N11], [N12, N13, N14, N15, N16]),
    "events": [
        event("ACCUSE", DZA_GOV, NER_GOV, N1, mode="disapprove"),
        event("ACCUSE", NER_GOV, DZA_GOV, N1, mode="disapprove"),
        event("ACCUSE", DZA_MFA, NER_GOV, N2, mode="disapprove", date="2024-04-04"),
        event("ACCUSE", NER_MFA, DZA_GOV, N4, mode="disapprove", date="2024-04-03", location="Niamey",
              location_country="NER"),
        event("ACCUSE", NER_GOV, DZA_SECURITY, N5, mode="allege"),
        event("REQUEST", NER_GOV, DZA_GOV, N6, mode="change"),
        event("REQUEST", IOM, DZA_GOV, N11, mode="change"),
        event("REQUEST", IOM, NER_GOV, N11, mode="change"),
        event("ACCUSE", DZA_GOV, NER_GOV, N13, mode="disapprove"),
        event("REJECT", DZA_GOV, ECOWAS, N13),
        event("REJECT", NER_GOV, DZA_GOV, N14),
    ],
    "quotes": [
        quote("Das algerische Außenministerium bestellte am Donnerstag den Botschafter Nigers ein",
              "Algérie Presse Service", "indirect"),
        quote("Erstaunen", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("Dem Diplomaten sei das „Erstaunen“ Algeriens über die Vorwürfe aus Niamey übermittelt worden, die jeder "
              "Grundlage entbehrten", "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("gewaltsamen", "Ministry of Foreign Affairs of Niger", "direct"),
        quote("Algerische Sicherheitskräfte hätten nigrische Staatsbürger und Migranten aus anderen afrikanischen "
              "Ländern festgenommen und ohne Absprache an der Grenze ausgesetzt", "Government of Niger", "indirect"),
        quote("dass die Würde und die Rechte seiner Bürger respektiert würden", "Government of Niger", "indirect"),
        quote("waren es im vergangenen Jahr mehr als 23.000 Menschen", "Alarme Phone Sahara", "indirect"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algerien", "Algeriens", "Algier"]),
        entity("Government of Niger", "ORG", "NER", ["Niger", "Niamey", "der Militärregierung", "die Junta",
                                                     "die Militärregierung"]),
        entity("Sahara", "LOC", None, ["die Sahara"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["Das algerische Außenministerium"]),
        entity("Ambassador of Niger to Algeria", "PER", "NER", ["den Botschafter Nigers", "Dem Diplomaten"]),
        entity("Algérie Presse Service", "ORG", "DZA", ["die staatliche Nachrichtenagentur APS"]),
        entity("Ministry of Foreign Affairs of Niger", "ORG", "NER", ["das Außenministerium in Niamey"]),
        entity("Niamey", "LOC", "NER", ["Niamey"]),
        entity("Ambassador of Algeria to Niger", "PER", "DZA", ["den algerischen Botschafter"]),
        entity("Algerian security forces", "ORG", "DZA", ["Algerische Sicherheitskräfte"]),
        entity("Nigerien migrants", "PER", "NER", ["nigrische Staatsbürger", "seiner Bürger"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Alarme Phone Sahara", "ORG", "NGO", ["der Hilfsorganisation Alarme Phone Sahara"]),
        entity("Point Zéro", "LOC", "NER", ["am sogenannten Point Zéro"]),
        entity("Assamaka", "LOC", "NER", ["Grenzort Assamaka"]),
        entity("International Organization for Migration", "ORG", "UNO",
               ["Internationalen Organisation für Migration (IOM)", "Die IOM"]),
        entity("Mohamed Bazoum", "PER", "NER", ["Präsident Mohamed Bazoum"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["der westafrikanischen Staatengemeinschaft Ecowas"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
    ],
}

# ---------------------------------------------------------------- hm466-de-03 (Kuwait, election annulled)
KWT_CC = actor("Constitutional Court of Kuwait", "KWT", "JUD")
KWT_NA = actor("National Assembly of Kuwait", "KWT", "LEG")
MISHAL = actor("Mishal al-Ahmad al-Jaber al-Sabah", "KWT", "GOV")
SAADOUN = actor("Ahmed al-Saadoun", "KWT", "LEG")
KWT_OPP_MPS = actor("Kuwaiti opposition lawmakers", "KWT", "OPP")
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")
KWT_OPP_SUPP = actor("Kuwaiti opposition supporters", "KWT", "CVL")
KWT_2020_MPS = actor("members of the reinstated National Assembly of Kuwait", "KWT", "LEG")
KWT_POLICE = actor("Kuwaiti police", "KWT", "COP")

K1 = ("Kuwait-Stadt (dpa) - Das Verfassungsgericht in Kuwait hat am Sonntag die Parlamentswahl vom vergangenen "
      "September für ungültig erklärt und das 2020 gewählte Parlament wieder eingesetzt.")
K2 = ("Die Richter begründeten dies mit Verfahrensfehlern bei der Auflösung des früheren Parlaments durch Kronprinz "
      "Mischal al-Ahmad al-Sabah im vergangenen Sommer.")
K3 = "Das Urteil ist endgültig."
K4 = "Bei der Wahl im September hatten Oppositionskandidaten eine Mehrheit der 50 Sitze gewonnen."
K5 = "Der Präsident des aufgelösten Parlaments, Ahmed al-Saadun, sprach von einem „gefährlichen Präzedenzfall“."
K6 = ("Mehrere Oppositionsabgeordnete warfen der Regierung vor, sich mit Hilfe der Justiz eines unbequemen "
      "Parlaments entledigen zu wollen.")
K7 = "Ein Sprecher der geschäftsführenden Regierung wies dies zurück."
K8 = ("Am Abend versammelten sich Hunderte Anhänger der Opposition in der Diwanija von al-Saadun und protestierten "
      "gegen das Urteil.")
K9 = ("Zwölf Abgeordnete des wiederhergestellten Parlaments erklärten aus Protest gegen das Urteil, sie würden an "
      "keiner Sitzung teilnehmen.")
K10 = "Die Polizei verstärkte ihre Präsenz rund um das Parlamentsgebäude in der Hauptstadt."
K11 = ("Die Regierung von Ministerpräsident Scheich Ahmad Nawaf al-Sabah war bereits im Januar nach einem Streit mit "
       "dem Parlament zurückgetreten.")
K12 = "Die Abgeordneten hatten einen Erlass von Verbraucherkrediten für kuwaitische Bürger gefordert."
K13 = "Die Regierung lehnte dies als zu teuer ab."
K14 = "Seitdem führt das Kabinett die Geschäfte nur kommissarisch."
K15 = ("Kuwait hat als einziges Golfland ein gewähltes Parlament mit weitreichenden Befugnissen, das Minister befragen "
       "und Gesetze blockieren kann.")
K16 = "Der Dauerstreit zwischen Regierung und Volksvertretung blockiert seit Jahren Reformen in dem ölreichen Emirat."
K17 = ("Der 85 Jahre alte Emir Scheich Nawaf al-Ahmad al-Sabah hatte 2021 die meisten seiner Befugnisse an den "
       "Kronprinzen übertragen.")

DE03 = {
    "id": "hm466-de-03", "lang": "de", "url": None, "published": "2023-03-19",
    "title": "Kuwaits Verfassungsgericht annulliert Parlamentswahl",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9, K10], [K11, K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("COERCE", KWT_CC, KWT_NA, K1, mode="restrict", date="2023-03-19"),
        event("COERCE", MISHAL, KWT_NA, K2, mode="restrict"),
        event("ACCUSE", SAADOUN, KWT_CC, K5, mode="disapprove"),
        event("ACCUSE", KWT_OPP_MPS, KWT_GOV, K6, mode="allege"),
        event("PROTEST", KWT_OPP_SUPP, KWT_CC, K8, mode="demo", date="2023-03-19"),
        event("PROTEST", KWT_2020_MPS, KWT_CC, K9, mode="boycott"),
        event("MOBILIZE", KWT_POLICE, None, K10, mode="police", location="Kuwait City", location_country="KWT"),
        event("RETREAT", KWT_GOV, None, K11, mode="resign"),
        event("REQUEST", KWT_NA, KWT_GOV, K12, mode="change"),
        event("REJECT", KWT_GOV, KWT_NA, K13, mode="change"),
    ],
    "quotes": [
        quote("gefährlichen Präzedenzfall", "Ahmed al-Saadoun", "direct"),
        quote("sich mit Hilfe der Justiz eines unbequemen Parlaments entledigen zu wollen",
              "Kuwaiti opposition lawmakers", "indirect"),
        quote("sie würden an keiner Sitzung teilnehmen", "members of the reinstated National Assembly of Kuwait",
              "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["Kuwait-Stadt", "der Hauptstadt"]),
        entity("Constitutional Court of Kuwait", "ORG", "KWT", ["Das Verfassungsgericht in Kuwait", "Die Richter"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait", "dem ölreichen Emirat"]),
        entity("National Assembly of Kuwait", "ORG", "KWT",
               ["das 2020 gewählte Parlament", "des früheren Parlaments", "des aufgelösten Parlaments",
                "eines unbequemen Parlaments", "des wiederhergestellten Parlaments", "dem Parlament",
                "Die Abgeordneten", "ein gewähltes Parlament", "Volksvertretung"]),
        entity("Mishal al-Ahmad al-Jaber al-Sabah", "PER", "KWT", ["Kronprinz Mischal al-Ahmad al-Sabah",
                                                                   "den Kronprinzen"]),
        entity("Kuwaiti opposition", "ORG", "KWT", ["der Opposition"]),
        entity("Ahmed al-Saadoun", "PER", "KWT", ["Der Präsident des aufgelösten Parlaments, Ahmed al-Saadun",
                                                  "al-Saadun"]),
        entity("Kuwaiti opposition lawmakers", "PER", "KWT", ["Mehrere Oppositionsabgeordnete"]),
        entity("Government of Kuwait", "ORG", "KWT",
               ["der Regierung", "der geschäftsführenden Regierung",
                "Die Regierung von Ministerpräsident Scheich Ahmad Nawaf al-Sabah", "Die Regierung",
                "das Kabinett", "Regierung"]),
        entity("spokesperson of the Government of Kuwait", "PER", "KWT", ["Ein Sprecher der geschäftsführenden "
                                                                          "Regierung"]),
        entity("Kuwaiti opposition supporters", "PER", "KWT", ["Hunderte Anhänger der Opposition"]),
        entity("diwaniya of Ahmed al-Saadoun", "LOC", "KWT", ["der Diwanija von al-Saadun"]),
        entity("members of the reinstated National Assembly of Kuwait", "PER", "KWT",
               ["Zwölf Abgeordnete des wiederhergestellten Parlaments"]),
        entity("Kuwaiti police", "ORG", "KWT", ["Die Polizei"]),
        entity("National Assembly building", "LOC", "KWT", ["das Parlamentsgebäude"]),
        entity("Ahmad Nawaf al-Ahmad al-Sabah", "PER", "KWT", ["Ministerpräsident Scheich Ahmad Nawaf al-Sabah"]),
        entity("Nawaf al-Ahmad al-Jaber al-Sabah", "PER", "KWT",
               ["Der 85 Jahre alte Emir Scheich Nawaf al-Ahmad al-Sabah", "seiner"]),
    ],
}

# ---------------------------------------------------------------- hm466-de-04 (Iran/France, Louis Arnaud freed)
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
ARNAUD = actor("Louis Arnaud", "FRA", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
OMN_GOV = actor("Government of Oman", "OMN", "GOV")
IRN_SECURITY = actor("Iranian security forces", "IRN", "COP")
IRN_REVCOURT = actor("Revolutionary Court of Iran", "IRN", "JUD")
FRA_MFA = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
SEJOURNE = actor("Stéphane Séjourné", "FRA", "GOV")
IRN_JUD = actor("Judiciary of Iran", "IRN", "JUD")
KOHLER = actor("Cécile Kohler", "FRA", "LAB")
J_PARIS = actor("Jacques Paris", "FRA", "CVL")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
BRIERE = actor("Benjamin Brière", "FRA", "CVL")
PHELAN = actor("Bernard Phelan", "FRA", "CVL")
IHR = actor("Iran Human Rights", "NGO", "NGO")

L1 = "Paris (dpa) - Nach mehr als anderthalb Jahren in iranischer Haft ist der Franzose Louis Arnaud freigelassen worden."
L2 = "„Louis Arnaud ist frei“, schrieb Präsident Emmanuel Macron am Mittwochabend auf der Plattform X."
L3 = "Der Unternehmensberater werde am Donnerstag in Frankreich zurückerwartet, fügte der Staatschef hinzu."
L4 = "Macron dankte dem Sultanat Oman für seine Vermittlung."
L5 = "Oman hat in den vergangenen Jahren mehrfach bei der Freilassung westlicher Häftlinge in Iran vermittelt."
L6 = ("Arnaud war im September 2022 während einer Reise in Teheran festgenommen worden, kurz nach Beginn der "
      "landesweiten Proteste nach dem Tod der jungen Kurdin Jina Mahsa Amini.")
L7 = ("Ein Revolutionsgericht verurteilte ihn im vergangenen November wegen angeblicher Gefährdung der nationalen "
      "Sicherheit zu fünf Jahren Haft.")
L8 = "Seine Familie hatte die Vorwürfe stets als haltlos zurückgewiesen."
L9 = "Das Pariser Außenministerium hatte von einer „willkürlichen Inhaftierung“ gesprochen."
L10 = ("Außenminister Stéphane Séjourné forderte Teheran auf, auch die übrigen in Iran festgehaltenen Franzosen "
       "unverzüglich freizulassen.")
L11 = ("Darunter sind die Lehrerin und Gewerkschafterin Cécile Kohler und ihr Lebensgefährte Jacques Paris, die seit "
       "Mai 2022 inhaftiert sind.")
L12 = "Die iranische Justiz wirft den beiden Spionage vor."
L13 = "„Sie sind Staatsgeiseln“, sagte Séjourné dem Sender France Inter."
L14 = ("Ein Sprecher des iranischen Außenministeriums wies die Forderung aus Paris zurück und sagte, Iran entscheide "
       "über solche Fälle allein nach seinen eigenen Gesetzen.")
L15 = "Im Mai 2023 waren bereits die Franzosen Benjamin Brière und Bernard Phelan aus iranischer Haft freigekommen."
L16 = ("Die Organisation Iran Human Rights mit Sitz in Oslo wirft Teheran vor, Ausländer als Faustpfand für "
       "Zugeständnisse des Westens zu benutzen.")

DE04 = {
    "id": "hm466-de-04", "lang": "de", "url": None, "published": "2024-06-13",
    "title": "Iran lässt Franzosen Louis Arnaud frei",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("RETREAT", IRN_GOV, ARNAUD, L1, mode="release"),
        event("SUPPORT", MACRON, OMN_GOV, L4),
        event("COERCE", IRN_SECURITY, ARNAUD, L6, mode="arrest", location="Tehran", location_country="IRN"),
        event("SANCTION", IRN_REVCOURT, ARNAUD, L7, mode="convict"),
        event("ACCUSE", FRA_MFA, IRN_GOV, L9, mode="disapprove"),
        event("REQUEST", SEJOURNE, IRN_GOV, L10, mode="yield"),
        event("ACCUSE", IRN_JUD, KOHLER, L12, mode="allege"),
        event("ACCUSE", IRN_JUD, J_PARIS, L12, mode="allege"),
        event("ACCUSE", SEJOURNE, IRN_GOV, L13, mode="disapprove"),
        event("REJECT", IRN_MFA, FRA_GOV, L14, mode="yield"),
        event("RETREAT", IRN_GOV, BRIERE, L15, mode="release"),
        event("RETREAT", IRN_GOV, PHELAN, L15, mode="release"),
        event("ACCUSE", IHR, IRN_GOV, L16, mode="allege"),
    ],
    "quotes": [
        quote("Louis Arnaud ist frei", "Emmanuel Macron", "direct"),
        quote("Der Unternehmensberater werde am Donnerstag in Frankreich zurückerwartet", "Emmanuel Macron",
              "indirect"),
        quote("willkürlichen Inhaftierung", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("auch die übrigen in Iran festgehaltenen Franzosen unverzüglich freizulassen", "Stéphane Séjourné",
              "indirect"),
        quote("Sie sind Staatsgeiseln", "Stéphane Séjourné", "direct"),
        quote("Iran entscheide über solche Fälle allein nach seinen eigenen Gesetzen",
              "spokesperson of the Ministry of Foreign Affairs of Iran", "indirect"),
        quote("Ausländer als Faustpfand für Zugeständnisse des Westens zu benutzen", "Iran Human Rights",
              "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Louis Arnaud", "PER", "FRA", ["der Franzose Louis Arnaud", "Louis Arnaud", "Der Unternehmensberater",
                                              "Arnaud", "ihn", "Seine"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "der Staatschef", "Macron"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Government of Oman", "ORG", "OMN", ["dem Sultanat Oman", "Oman", "seine"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
        entity("Revolutionary Court of Iran", "ORG", "IRN", ["Ein Revolutionsgericht"]),
        entity("family of Louis Arnaud", "PER", "FRA", ["Seine Familie"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["Das Pariser Außenministerium"]),
        entity("Stéphane Séjourné", "PER", "FRA", ["Außenminister Stéphane Séjourné", "Séjourné"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran", "Iran"]),
        entity("French detainees in Iran", "PER", "FRA", ["die übrigen in Iran festgehaltenen Franzosen"]),
        entity("Cécile Kohler", "PER", "FRA", ["die Lehrerin und Gewerkschafterin Cécile Kohler"]),
        entity("Jacques Paris", "PER", "FRA", ["ihr Lebensgefährte Jacques Paris"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Die iranische Justiz"]),
        entity("France Inter", "ORG", "FRA", ["dem Sender France Inter"]),
        entity("spokesperson of the Ministry of Foreign Affairs of Iran", "PER", "IRN",
               ["Ein Sprecher des iranischen Außenministeriums"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des iranischen Außenministeriums"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Benjamin Brière", "PER", "FRA", ["Benjamin Brière"]),
        entity("Bernard Phelan", "PER", "FRA", ["Bernard Phelan"]),
        entity("Iran Human Rights", "ORG", "NGO", ["Die Organisation Iran Human Rights"]),
        entity("Oslo", "LOC", "NOR", ["Oslo"]),
    ],
}

# ---------------------------------------------------------------- hm466-en-01 (Syria, earthquake aid crossings)
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
GRIFFITHS = actor("Martin Griffiths", "UNO", "IGO")
GUTERRES = actor("António Guterres", "UNO", "IGO")
SYR_SURVIVORS = actor("earthquake survivors in northwestern Syria", "SYR", "CVL")
WHITE_HELMETS = actor("Syria Civil Defence (White Helmets)", "SYR", "NGO")
SALEH = actor("Raed al-Saleh", "SYR", "NGO")
HTS = actor("Hayat Tahrir al-Sham", "SYR", "REB")
USA_GOV = actor("Government of the United States", "USA", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
EU = actor("European Union", "EUR", "IGO")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
IRN_GOV_E = actor("Government of Iran", "IRN", "GOV")
ARE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")

Y1 = ("DAMASCUS, Syria (AP) — Syrian President Bashar Assad has agreed to open two additional border crossings from "
      "Turkey into rebel-held northwestern Syria for U.N. aid deliveries to earthquake survivors, the United Nations "
      "said Monday.")
Y2 = ("The decision came after Assad met in Damascus with the U.N.'s humanitarian chief, Martin Griffiths, a week "
      "after the Feb. 6 earthquake.")
Y3 = ("U.N. Secretary-General Antonio Guterres welcomed the decision, saying the Bab al-Salam and Al Raée crossings "
      "would initially be open for three months.")
Y4 = "“Opening these crossing points will allow more aid to go in, faster,” Guterres said in a statement."
Y5 = ("Until now, the U.N. was authorized to deliver aid to the region only through the Bab al-Hawa crossing, under a "
      "Security Council mandate that Russia, Assad's main backer, has repeatedly sought to curtail.")
Y6 = ("The first trucks carrying U.N. aid, including tents, blankets and medicine, crossed through Bab al-Salam on "
      "Tuesday, according to U.N. spokesman Stephane Dujarric.")
Y7 = ("Griffiths had acknowledged on Sunday that the world had “so far failed the people in northwest Syria” by not "
      "getting aid to them quickly enough.")
Y8 = ("Rescuers from the White Helmets, a civil defense group working in opposition-held areas, have accused the U.N. "
      "of delays that cost lives.")
Y9 = ("“The U.N. did not need anyone's permission to save lives,” the group's head, Raed al-Saleh, told The "
      "Associated Press.")
Y10 = ("Hayat Tahrir al-Sham, the militant group that controls much of Idlib province, has refused to allow aid "
       "convoys from government-held areas into the enclave, according to U.N. officials.")
Y11 = "Last week, the United States eased sanctions on Syria for six months to allow earthquake-related transactions."
Y12 = ("Assad's government has called on the U.S. and the European Union to lift all sanctions, saying they hamper "
       "relief efforts.")
Y13 = ("Planes carrying aid from Russia, Iran, the United Arab Emirates and Saudi Arabia have landed at airports in "
       "government-held areas.")
Y14 = ("The earthquake and its aftershocks killed more than 37,000 people in Turkey and Syria, including more than "
       "5,800 in Syria.")
Y15 = ("In the rebel-held northwest, where some 4 million people live, many survivors are sleeping in tents or cars "
       "in freezing temperatures.")

EN01 = {
    "id": "hm466-en-01", "lang": "en", "url": None, "published": "2023-02-14",
    "title": "Assad agrees to open 2 more crossings for quake aid to rebel-held Syria, UN says",
    "text": paragraphs([Y1, Y2, Y3, Y4], [Y5, Y6], [Y7, Y8, Y9, Y10], [Y11, Y12, Y13], [Y14, Y15]),
    "events": [
        event("AGREE", ASSAD, UN, Y1, date="2023-02-13"),
        event("CONSULT", GRIFFITHS, ASSAD, Y2, mode="visit", location="Damascus", location_country="SYR"),
        event("SUPPORT", GUTERRES, ASSAD, Y3),
        event("AID", UN, SYR_SURVIVORS, Y6, date="2023-02-14", location="Bab al-Salam", location_country="SYR"),
        event("CONCEDE", GRIFFITHS, SYR_SURVIVORS, Y7, date="2023-02-12"),
        event("ACCUSE", WHITE_HELMETS, UN, Y8, mode="disapprove"),
        event("ACCUSE", SALEH, UN, Y9, mode="disapprove"),
        event("REJECT", HTS, UN, Y10),
        event("CONCEDE", USA_GOV, SYR_GOV, Y11),
        event("REQUEST", SYR_GOV, USA_GOV, Y12, mode="yield"),
        event("REQUEST", SYR_GOV, EU, Y12, mode="yield"),
        event("AID", RUS_GOV, SYR_GOV, Y13),
        event("AID", IRN_GOV_E, SYR_GOV, Y13),
        event("AID", ARE_GOV, SYR_GOV, Y13),
        event("AID", SAU_GOV, SYR_GOV, Y13),
    ],
    "quotes": [
        quote("Syrian President Bashar Assad has agreed to open two additional border crossings from Turkey into "
              "rebel-held northwestern Syria for U.N. aid deliveries to earthquake survivors", "United Nations",
              "indirect"),
        quote("the Bab al-Salam and Al Raée crossings would initially be open for three months", "António Guterres",
              "indirect"),
        quote("Opening these crossing points will allow more aid to go in, faster", "António Guterres", "direct"),
        quote("The first trucks carrying U.N. aid, including tents, blankets and medicine, crossed through Bab "
              "al-Salam on Tuesday", "Stéphane Dujarric", "indirect"),
        quote("so far failed the people in northwest Syria", "Martin Griffiths", "direct"),
        quote("the world had “so far failed the people in northwest Syria” by not getting aid to them quickly "
              "enough", "Martin Griffiths", "indirect"),
        quote("The U.N. did not need anyone's permission to save lives", "Raed al-Saleh", "direct"),
        quote("Hayat Tahrir al-Sham, the militant group that controls much of Idlib province, has refused to allow "
              "aid convoys from government-held areas into the enclave", "United Nations officials", "indirect"),
        quote("they hamper relief efforts", "Government of Syria", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["DAMASCUS", "Damascus"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Syrian President Bashar Assad", "Assad", "Assad's"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("northwestern Syria", "LOC", "SYR", ["rebel-held northwestern Syria", "the region",
                                                    "northwest Syria", "the enclave", "the rebel-held northwest"]),
        entity("United Nations", "ORG", "UNO", ["U.N.", "the United Nations", "the U.N.", "The U.N."]),
        entity("earthquake survivors in northwestern Syria", "PER", "SYR",
               ["earthquake survivors", "the people in northwest Syria", "them", "many survivors"]),
        entity("Martin Griffiths", "PER", "UNO", ["the U.N.'s humanitarian chief, Martin Griffiths", "Griffiths"]),
        entity("António Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres", "Guterres"]),
        entity("Bab al-Salam", "LOC", "SYR", ["Bab al-Salam"]),
        entity("Al Raée", "LOC", "SYR", ["Al Raée"]),
        entity("Bab al-Hawa", "LOC", "SYR", ["the Bab al-Hawa crossing"]),
        entity("United Nations Security Council", "ORG", "UNO", ["Security Council"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia, Assad's main backer"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. spokesman Stephane Dujarric"]),
        entity("Syria Civil Defence (White Helmets)", "ORG", "SYR",
               ["the White Helmets, a civil defense group working in opposition-held areas", "the group's"]),
        entity("Raed al-Saleh", "PER", "SYR", ["the group's head, Raed al-Saleh"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["Hayat Tahrir al-Sham, the militant group that controls much "
                                                      "of Idlib province"]),
        entity("Idlib", "LOC", "SYR", ["Idlib province"]),
        entity("United Nations officials", "PER", "UNO", ["U.N. officials"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "the U.S."]),
        entity("Government of Syria", "ORG", "SYR", ["Assad's government"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
    ],
}

# ---------------------------------------------------------------- hm466-en-02 (Yemen/Bahrain, drone attack)
BDF = actor("Bahrain Defence Force", "BHR", "MIL")
HOUTHIS = actor("Houthis", "YEM", "REB")
COALITION = actor("Saudi-led coalition in Yemen", "IGO", "MIL")
MALIKI = actor("Turki al-Maliki", "SAU", "MIL")
GCC = actor("Gulf Cooperation Council", "IGO", "IGO")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
SAU_GOV_E = actor("Government of Saudi Arabia", "SAU", "GOV")
KBS = actor("Khalid bin Salman", "SAU", "GOV")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")

B1 = ("DUBAI, Sept 26 (Reuters) - Two Bahraini soldiers were killed in a drone attack on the southern border of "
      "Saudi Arabia, Bahrain's military said on Monday, blaming Yemen's Iran-aligned Houthi movement.")
B2 = ("The Bahrain Defence Force's general command said the Houthis had launched the “treacherous” attack on Bahraini "
      "positions guarding the border despite a halt to military operations.")
B3 = "Several other soldiers were wounded, it said."
B4 = "The Houthis did not immediately comment."
B5 = ("The Saudi-led coalition fighting the Houthis in Yemen condemned the attack as a “hostile act” that undermined "
      "efforts to end the war.")
B6 = ("Coalition spokesman Turki al-Maliki said the coalition reserved the right to respond “at the appropriate time "
      "and place” to the attack.")
B7 = "The coalition did not launch retaliatory air strikes on Tuesday, residents in Houthi-held areas said."
B8 = "The Gulf Cooperation Council and the United States also condemned the attack."
B9 = ("The killings came days after a Houthi delegation held five days of talks in Riyadh, the group's first publicly "
      "announced visit to Saudi Arabia since the war began.")
B10 = ("Saudi Defence Minister Prince Khalid bin Salman met the delegation, led by chief Houthi negotiator Mohammed "
       "Abdulsalam, and said the kingdom supported dialogue among Yemenis.")
B11 = "Riyadh described the talks as “positive”, and the Houthis said they would hold further rounds."
B12 = ("The Houthis are demanding that Riyadh pay the salaries of public servants in areas they control and fully "
       "reopen Sanaa airport and Hodeidah port.")
B13 = "A U.N.-brokered truce that took effect in April 2022 formally expired six months later but has largely held."
B14 = "Bahrain has been a member of the coalition since 2015."
B15 = ("The war has killed hundreds of thousands of people, directly or indirectly, and left millions dependent on "
       "aid.")

EN02 = {
    "id": "hm466-en-02", "lang": "en", "url": None, "published": "2023-09-26",
    "title": "Bahrain says two soldiers killed in Houthi drone attack on Saudi border",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12], [B13, B14, B15]),
    "events": [
        event("ACCUSE", BDF, HOUTHIS, B1, mode="allege", date="2023-09-25"),
        event("ACCUSE", BDF, HOUTHIS, B2, mode="disapprove"),
        event("ACCUSE", COALITION, HOUTHIS, B5, mode="disapprove"),
        event("THREATEN", MALIKI, HOUTHIS, B6, mode="violence"),
        event("ASSAULT", COALITION, HOUTHIS, B7, mode="aerial", date="2023-09-26", negated=True),
        event("ACCUSE", GCC, HOUTHIS, B8, mode="disapprove"),
        event("ACCUSE", USA_GOV_E, HOUTHIS, B8, mode="disapprove"),
        event("CONSULT", HOUTHIS, SAU_GOV_E, B9, mode="visit", location="Riyadh", location_country="SAU"),
        event("CONSULT", ABDULSALAM, KBS, B10, mode="meet"),
        event("AGREE", HOUTHIS, SAU_GOV_E, B11, mode="meet"),
        event("REQUEST", HOUTHIS, SAU_GOV_E, B12, mode="assist"),
    ],
    "quotes": [
        quote("Two Bahraini soldiers were killed in a drone attack on the southern border of Saudi Arabia",
              "Bahrain Defence Force", "indirect"),
        quote("treacherous", "Bahrain Defence Force", "direct"),
        quote("the Houthis had launched the “treacherous” attack on Bahraini positions guarding the border despite a "
              "halt to military operations", "Bahrain Defence Force", "indirect"),
        quote("Several other soldiers were wounded", "Bahrain Defence Force", "indirect"),
        quote("hostile act", "Saudi-led coalition in Yemen", "direct"),
        quote("at the appropriate time and place", "Turki al-Maliki", "direct"),
        quote("the coalition reserved the right to respond “at the appropriate time and place” to the attack",
              "Turki al-Maliki", "indirect"),
        quote("The coalition did not launch retaliatory air strikes on Tuesday", "residents in Houthi-held areas",
              "indirect"),
        quote("the kingdom supported dialogue among Yemenis", "Khalid bin Salman", "indirect"),
        quote("positive", "Government of Saudi Arabia", "direct"),
        quote("they would hold further rounds", "Houthis", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Bahraini soldiers", "PER", "BHR", ["Two Bahraini soldiers", "Several other soldiers"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Bahrain Defence Force", "ORG", "BHR", ["Bahrain's military",
                                                      "The Bahrain Defence Force's general command", "it"]),
        entity("Yemen", "LOC", "YEM", ["Yemen's", "Yemen"]),
        entity("Houthis", "ORG", "YEM", ["Iran-aligned Houthi movement", "the Houthis", "The Houthis",
                                         "a Houthi delegation", "the group's", "the delegation", "they"]),
        entity("Saudi-led coalition in Yemen", "ORG", "IGO", ["The Saudi-led coalition fighting the Houthis in Yemen",
                                                              "the coalition", "The coalition"]),
        entity("Turki al-Maliki", "PER", "SAU", ["Coalition spokesman Turki al-Maliki"]),
        entity("residents in Houthi-held areas", "PER", "YEM", ["residents in Houthi-held areas"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["The Gulf Cooperation Council"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Riyadh", "LOC", "SAU", ["Riyadh"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["the kingdom", "Riyadh"]),
        entity("Khalid bin Salman", "PER", "SAU", ["Saudi Defence Minister Prince Khalid bin Salman"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["chief Houthi negotiator Mohammed Abdulsalam"]),
        entity("Sanaa International Airport", "LOC", "YEM", ["Sanaa airport"]),
        entity("Port of Hodeidah", "LOC", "YEM", ["Hodeidah port"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Bahrain", "LOC", "BHR", ["Bahrain"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
