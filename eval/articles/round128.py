"""Round 128: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm128-de-01: Austria's Chancellor Nehammer announces his resignation after coalition talks collapse; Van der Bellen invites Kickl (2025-01-05).
- hm128-de-02: Hungary and Ukraine expel each other's diplomats after the SBU arrests alleged Hungarian spies in Transcarpathia (2025-05-09).
- hm128-de-03: Russian MiG-31 jets violate Estonian airspace near Vaindloo; Tallinn summons the chargé and seeks NATO Article 4 talks (2025-09-19).
- hm128-de-04: Armenia's parliament passes the law on starting EU accession; Moscow warns Yerevan (2025-03-26).
- hm128-en-01: JD Vance visits Pituffik and attacks Denmark; Greenland forms a coalition, Copenhagen pushes back (2025-03-28).
- hm128-en-02: Canada's labour minister asks the labour board to end the Canada Post strike (2024-12-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm128-de-01
NEHAMMER = actor("Karl Nehammer", "AUT", "GOV")
OVP = actor("Austrian People's Party", "AUT", "PTY")
SPO = actor("Social Democratic Party of Austria", "AUT", "PTY")
NEOS = actor("NEOS", "AUT", "PTY")
BABLER = actor("Andreas Babler", "AUT", "PTY")
STOCKER = actor("Christian Stocker", "AUT", "PTY")
FPO = actor("Freedom Party of Austria", "AUT", "PTY")
KICKL = actor("Herbert Kickl", "AUT", "PTY")
VAN_DER_BELLEN = actor("Alexander Van der Bellen", "AUT", "GOV")
HAFENECKER = actor("Christian Hafenecker", "AUT", "PTY")

G1 = "Österreichs Bundeskanzler Karl Nehammer hat nach dem Scheitern der Koalitionsverhandlungen seinen Rücktritt angekündigt."
G2 = "Er werde in den kommenden Tagen als Kanzler und als Chef der konservativen ÖVP zurücktreten und einen geordneten Übergang ermöglichen, sagte Nehammer am Samstagabend in einer Videobotschaft."
G3 = "Kurz zuvor hatte er die Gespräche mit den Sozialdemokraten über eine gemeinsame Regierung abgebrochen."
G4 = "Die liberalen Neos waren bereits am Freitag aus den Dreierverhandlungen mit ÖVP und SPÖ ausgestiegen."
G5 = "Nehammer warf SPÖ-Chef Andreas Babler vor, mit seinen Forderungen nach neuen Steuern jeden Kompromiss blockiert zu haben."
G6 = "Babler wies die Vorwürfe zurück und hielt der Volkspartei vor, sie habe „nie ernsthaft verhandeln wollen“."
G7 = "Der Parteivorstand der ÖVP bestimmte am Sonntag Generalsekretär Christian Stocker zum geschäftsführenden Parteichef."
G8 = "Stocker sagte, die ÖVP werde sich Gesprächen mit der rechtspopulistischen FPÖ nicht verschließen, sollte Bundespräsident Alexander Van der Bellen deren Chef Herbert Kickl mit der Regierungsbildung beauftragen."
G9 = "Nehammer hatte eine Zusammenarbeit mit Kickl im Wahlkampf noch kategorisch ausgeschlossen."
G10 = "Van der Bellen lud Kickl für Montag zu einem Gespräch in die Hofburg ein."
G11 = "Die FPÖ war bei der Nationalratswahl Ende September mit knapp 29 Prozent erstmals stärkste Kraft geworden."
G12 = "FPÖ-Generalsekretär Christian Hafenecker forderte den Bundespräsidenten auf, Kickl „unverzüglich“ den Auftrag zur Regierungsbildung zu erteilen."

DE01 = {
    "id": "hm128-de-01", "lang": "de", "url": None, "published": "2025-01-05",
    "title": "Nehammer kündigt Rücktritt an – Van der Bellen lädt Kickl ein",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("CONCEDE", NEHAMMER, None, G1, date="2025-01-04"),
        event("CONCEDE", NEHAMMER, None, G2, date="2025-01-04"),
        event("SANCTION", NEHAMMER, SPO, G3, mode="withdraw", date="2025-01-04"),
        event("SANCTION", NEOS, OVP, G4, mode="withdraw", date="2025-01-03"),
        event("SANCTION", NEOS, SPO, G4, mode="withdraw", date="2025-01-03"),
        event("ACCUSE", NEHAMMER, BABLER, G5, mode="disapprove", date="2025-01-04"),
        event("ACCUSE", BABLER, OVP, G6, mode="disapprove"),
        event("AGREE", STOCKER, FPO, G8, date="2025-01-05"),
        event("REJECT", NEHAMMER, KICKL, G9, mode="assist"),
        event("AGREE", VAN_DER_BELLEN, KICKL, G10, date="2025-01-05", location="Vienna", location_country="AUT"),
        event("REQUEST", HAFENECKER, VAN_DER_BELLEN, G12, mode="change"),
    ],
    "quotes": [
        quote("Er werde in den kommenden Tagen als Kanzler und als Chef der konservativen ÖVP zurücktreten und einen geordneten Übergang ermöglichen", "Karl Nehammer", "indirect"),
        quote("mit seinen Forderungen nach neuen Steuern jeden Kompromiss blockiert zu haben", "Karl Nehammer", "indirect"),
        quote("nie ernsthaft verhandeln wollen", "Andreas Babler", "direct"),
        quote("sie habe „nie ernsthaft verhandeln wollen“", "Andreas Babler", "indirect"),
        quote("die ÖVP werde sich Gesprächen mit der rechtspopulistischen FPÖ nicht verschließen, sollte Bundespräsident Alexander Van der Bellen deren Chef Herbert Kickl mit der Regierungsbildung beauftragen", "Christian Stocker", "indirect"),
        quote("unverzüglich", "Christian Hafenecker", "direct"),
        quote("Kickl „unverzüglich“ den Auftrag zur Regierungsbildung zu erteilen", "Christian Hafenecker", "indirect"),
    ],
    "entities": [
        entity("Austria", "GPE", "AUT", ["Österreichs"]),
        entity("Karl Nehammer", "PER", "AUT", ["Österreichs Bundeskanzler Karl Nehammer", "Er", "Nehammer", "er"]),
        entity("Austrian People's Party", "ORG", "AUT", ["der konservativen ÖVP", "ÖVP", "der Volkspartei", "die ÖVP", "sie"]),
        entity("Social Democratic Party of Austria", "ORG", "AUT", ["den Sozialdemokraten", "SPÖ"]),
        entity("NEOS", "ORG", "AUT", ["Die liberalen Neos"]),
        entity("Andreas Babler", "PER", "AUT", ["SPÖ-Chef Andreas Babler", "Babler"]),
        entity("ÖVP party executive", "ORG", "AUT", ["Der Parteivorstand der ÖVP"]),
        entity("Christian Stocker", "PER", "AUT", ["Generalsekretär Christian Stocker", "Stocker"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["der rechtspopulistischen FPÖ", "Die FPÖ"]),
        entity("Alexander Van der Bellen", "PER", "AUT", ["Bundespräsident Alexander Van der Bellen", "Van der Bellen", "den Bundespräsidenten"]),
        entity("Herbert Kickl", "PER", "AUT", ["deren Chef Herbert Kickl", "Kickl"]),
        entity("Hofburg", "LOC", "AUT", ["die Hofburg"]),
        entity("Christian Hafenecker", "PER", "AUT", ["FPÖ-Generalsekretär Christian Hafenecker"]),
    ],
}

# ---------------------------------------------------------------- hm128-de-02
HUNGARY = actor("Hungary", "HUN", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
HUN_DIPLOMATS = actor("Hungarian diplomats in Ukraine", "HUN", "GOV")
UKR_DIPLOMATS = actor("Ukrainian diplomats in Hungary", "UKR", "GOV")
SBU = actor("Security Service of Ukraine", "UKR", "COP")
HUN_AGENTS = actor("suspected Hungarian military intelligence agents", "HUN", "MIL")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

H1 = "Ungarn und die Ukraine haben sich gegenseitig Spionage vorgeworfen und jeweils zwei Diplomaten des anderen Landes ausgewiesen."
H2 = "Der ukrainische Geheimdienst SBU teilte am Freitagmorgen mit, er habe in der Region Transkarpatien zwei mutmaßliche Agenten des ungarischen Militärgeheimdienstes festgenommen."
H3 = "Die beiden hätten nach Angaben der Behörde militärische Stellungen ausgekundschaftet und die Haltung der Bevölkerung zu einem möglichen Einmarsch ungarischer Truppen erkundet."
H4 = "Der ungarische Außenminister Péter Szijjártó sprach von „antiungarischer Propaganda“ und kündigte die Ausweisung zweier ukrainischer Diplomaten an, die unter diplomatischer Tarnung spioniert hätten."
H5 = "„Wir lassen nicht zu, dass Ungarn zum Sündenbock gemacht wird“, sagte Szijjártó in einem Video auf Facebook."
H6 = "Kiew reagierte wenige Stunden später und wies seinerseits zwei ungarische Diplomaten aus."
H7 = "Außenminister Andrij Sybiha schrieb auf X, die Ukraine werde sich von „Erpressung und Propaganda“ nicht einschüchtern lassen."
H8 = "Das Verhältnis der beiden Nachbarländer ist seit Langem gespannt."
H9 = "Ministerpräsident Viktor Orbán lehnt einen EU-Beitritt der Ukraine ab und lässt die Ungarn derzeit in einer unverbindlichen Befragung darüber abstimmen."
H10 = "Präsident Wolodymyr Selenskyj wirft Budapest vor, die ungarische Minderheit in Transkarpatien für innenpolitische Zwecke zu missbrauchen."
H11 = "Die EU-Kommission rief beide Seiten auf, den Streit auf diplomatischem Weg beizulegen."

DE02 = {
    "id": "hm128-de-02", "lang": "de", "url": None, "published": "2025-05-09",
    "title": "Ungarn und Ukraine weisen wegen Spionagevorwürfen Diplomaten aus",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11]),
    "events": [
        event("ACCUSE", HUNGARY, UKRAINE, H1, mode="allege", date="2025-05-09"),
        event("ACCUSE", UKRAINE, HUNGARY, H1, mode="allege", date="2025-05-09"),
        event("SANCTION", HUNGARY, UKR_DIPLOMATS, H1, mode="expel", date="2025-05-09"),
        event("SANCTION", UKRAINE, HUN_DIPLOMATS, H1, mode="expel", date="2025-05-09"),
        event("COERCE", SBU, HUN_AGENTS, H2, mode="arrest", date="2025-05-09", location="Zakarpattia Oblast", location_country="UKR"),
        event("ACCUSE", SBU, HUN_AGENTS, H3, mode="allege", date="2025-05-09"),
        event("ACCUSE", SZIJJARTO, UKRAINE, H4, mode="disapprove", date="2025-05-09"),
        event("ACCUSE", SZIJJARTO, UKR_DIPLOMATS, H4, mode="allege", date="2025-05-09"),
        event("SANCTION", SZIJJARTO, UKR_DIPLOMATS, H4, mode="expel", date="2025-05-09"),
        event("SANCTION", UKRAINE, HUN_DIPLOMATS, H6, mode="expel", date="2025-05-09"),
        event("ACCUSE", SYBIHA, HUNGARY, H7, mode="disapprove", date="2025-05-09"),
        event("REJECT", ORBAN, UKRAINE, H9),
        event("ACCUSE", ZELENSKY, HUNGARY, H10, mode="allege"),
        event("REQUEST", EU_COMMISSION, HUNGARY, H11),
        event("REQUEST", EU_COMMISSION, UKRAINE, H11),
    ],
    "quotes": [
        quote("er habe in der Region Transkarpatien zwei mutmaßliche Agenten des ungarischen Militärgeheimdienstes festgenommen", "Security Service of Ukraine", "indirect"),
        quote("Die beiden hätten nach Angaben der Behörde militärische Stellungen ausgekundschaftet und die Haltung der Bevölkerung zu einem möglichen Einmarsch ungarischer Truppen erkundet", "Security Service of Ukraine", "indirect"),
        quote("antiungarischer Propaganda", "Péter Szijjártó", "direct"),
        quote("die unter diplomatischer Tarnung spioniert hätten", "Péter Szijjártó", "indirect"),
        quote("Wir lassen nicht zu, dass Ungarn zum Sündenbock gemacht wird", "Péter Szijjártó", "direct"),
        quote("Erpressung und Propaganda", "Andrii Sybiha", "direct"),
        quote("die Ukraine werde sich von „Erpressung und Propaganda“ nicht einschüchtern lassen", "Andrii Sybiha", "indirect"),
        quote("die ungarische Minderheit in Transkarpatien für innenpolitische Zwecke zu missbrauchen", "Volodymyr Zelensky", "indirect"),
        quote("den Streit auf diplomatischem Weg beizulegen", "European Commission", "indirect"),
    ],
    "entities": [
        entity("Hungary", "GPE", "HUN", ["Ungarn", "Budapest"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "Kiew", "der Ukraine"]),
        entity("expelled diplomats", "ORG", None, ["jeweils zwei Diplomaten des anderen Landes"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["Der ukrainische Geheimdienst SBU", "der Behörde"]),
        entity("Zakarpattia Oblast", "LOC", "UKR", ["der Region Transkarpatien", "Transkarpatien"]),
        entity("suspected Hungarian military intelligence agents", "ORG", "HUN", ["zwei mutmaßliche Agenten des ungarischen Militärgeheimdienstes", "Die beiden"]),
        entity("Military National Security Service of Hungary", "ORG", "HUN", ["des ungarischen Militärgeheimdienstes"]),
        entity("population of Transcarpathia", "ORG", "UKR", ["der Bevölkerung"]),
        entity("Hungarian Defence Forces", "ORG", "HUN", ["ungarischer Truppen"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Der ungarische Außenminister Péter Szijjártó", "Szijjártó"]),
        entity("Ukrainian diplomats in Hungary", "ORG", "UKR", ["zweier ukrainischer Diplomaten"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Hungarian diplomats in Ukraine", "ORG", "HUN", ["zwei ungarische Diplomaten"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Außenminister Andrij Sybiha"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ministerpräsident Viktor Orbán"]),
        entity("Hungarian citizens", "ORG", "HUN", ["die Ungarn"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Hungarian minority in Transcarpathia", "ORG", "UKR", ["die ungarische Minderheit in Transkarpatien"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm128-de-03
RUS_AF = actor("Russian Air Force", "RUS", "MIL")
RUS_MIL = actor("Russian military", "RUS", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
ESTONIA = actor("Estonia", "EST", "GOV")
EST_DF = actor("Estonian Defence Forces", "EST", "MIL")
ITA_AF = actor("Italian Air Force", "ITA", "MIL")
EST_GOV = actor("Government of Estonia", "EST", "GOV")
TSAHKNA = actor("Margus Tsahkna", "EST", "GOV")
MICHAL = actor("Kristen Michal", "EST", "GOV")
NATO = actor("NATO", "IGO", "IGO")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
POL_AF = actor("Polish Air Force", "POL", "MIL")
NLD_AF = actor("Royal Netherlands Air Force", "NLD", "MIL")
POLAND = actor("Poland", "POL", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")

I1 = "Drei russische Kampfjets vom Typ MiG-31 sind am Freitag ohne Genehmigung in den Luftraum des Nato-Mitglieds Estland eingedrungen."
I2 = "Die Maschinen seien rund zwölf Minuten lang über der kleinen Insel Vaindloo im Finnischen Meerbusen ohne Flugplan und mit abgeschalteten Transpondern geflogen, teilten die estnischen Streitkräfte mit."
I3 = "Italienische F-35-Jets, die im Rahmen der Nato-Luftraumüberwachung im Baltikum in Estland stationiert sind, fingen die Flugzeuge ab und eskortierten sie aus dem Luftraum."
I4 = "Die Regierung in Tallinn bestellte den russischen Geschäftsträger ein und übergab ihm eine Protestnote."
I5 = "Außenminister Margus Tsahkna sprach von einer „beispiellos dreisten“ Verletzung des Luftraums."
I6 = "Ministerpräsident Kristen Michal kündigte an, Estland werde Konsultationen nach Artikel 4 des Nato-Vertrags beantragen."
I7 = "„Wir erwarten eine klare und geschlossene Antwort der Verbündeten“, sagte Michal."
I8 = "Das russische Verteidigungsministerium bestritt jede Grenzverletzung; die Jets seien planmäßig über neutralen Gewässern von Karelien in die Exklave Kaliningrad geflogen."
I9 = "Die EU-Außenbeauftragte Kaja Kallas nannte den Vorfall eine „äußerst gefährliche Provokation“."
I10 = "In der Nacht zum 10. September hatten polnische und niederländische Kampfjets über Polen mehrere russische Drohnen abgeschossen, die in den polnischen Luftraum eingedrungen waren."
I11 = "Nato-Generalsekretär Mark Rutte sagte, das Bündnis werde „jeden Zentimeter“ seines Territoriums verteidigen."

DE03 = {
    "id": "hm128-de-03", "lang": "de", "url": None, "published": "2025-09-19",
    "title": "Russische Kampfjets verletzen estnischen Luftraum",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11]),
    "events": [
        event("MOBILIZE", RUS_AF, ESTONIA, I1, mode="weapons", date="2025-09-19", location="Vaindloo", location_country="EST"),
        event("ACCUSE", EST_DF, RUS_AF, I2, mode="allege", date="2025-09-19"),
        event("MOBILIZE", ITA_AF, RUS_AF, I3, mode="weapons", date="2025-09-19", location="Vaindloo", location_country="EST"),
        event("ACCUSE", EST_GOV, RUSSIA, I4, mode="disapprove", date="2025-09-19", location="Tallinn", location_country="EST"),
        event("ACCUSE", TSAHKNA, RUSSIA, I5, mode="disapprove", date="2025-09-19"),
        event("REQUEST", MICHAL, NATO, I6, mode="meet", date="2025-09-19"),
        event("REQUEST", MICHAL, NATO, I7, mode="assist", date="2025-09-19"),
        event("ACCUSE", KALLAS, RUSSIA, I9, mode="disapprove"),
        event("ASSAULT", POL_AF, RUS_MIL, I10, mode="aerial", date="2025-09-10", location="Poland", location_country="POL"),
        event("ASSAULT", NLD_AF, RUS_MIL, I10, mode="aerial", date="2025-09-10", location="Poland", location_country="POL"),
        event("MOBILIZE", RUS_MIL, POLAND, I10, mode="weapons", date="2025-09-10", location="Poland", location_country="POL"),
        event("THREATEN", RUTTE, RUSSIA, I11, mode="violence"),
    ],
    "quotes": [
        quote("Die Maschinen seien rund zwölf Minuten lang über der kleinen Insel Vaindloo im Finnischen Meerbusen ohne Flugplan und mit abgeschalteten Transpondern geflogen", "Estonian Defence Forces", "indirect"),
        quote("beispiellos dreisten", "Margus Tsahkna", "direct"),
        quote("Estland werde Konsultationen nach Artikel 4 des Nato-Vertrags beantragen", "Kristen Michal", "indirect"),
        quote("Wir erwarten eine klare und geschlossene Antwort der Verbündeten", "Kristen Michal", "direct"),
        quote("die Jets seien planmäßig über neutralen Gewässern von Karelien in die Exklave Kaliningrad geflogen", "Ministry of Defence of Russia", "indirect"),
        quote("äußerst gefährliche Provokation", "Kaja Kallas", "direct"),
        quote("jeden Zentimeter", "Mark Rutte", "direct"),
        quote("das Bündnis werde „jeden Zentimeter“ seines Territoriums verteidigen", "Mark Rutte", "indirect"),
    ],
    "entities": [
        entity("Russian MiG-31 fighter jets", "ORG", "RUS", ["Drei russische Kampfjets vom Typ MiG-31", "Die Maschinen", "die Flugzeuge", "die Jets"]),
        entity("Estonia", "GPE", "EST", ["des Nato-Mitglieds Estland", "Estland"]),
        entity("Vaindloo", "LOC", "EST", ["der kleinen Insel Vaindloo"]),
        entity("Gulf of Finland", "LOC", None, ["Finnischen Meerbusen"]),
        entity("Estonian Defence Forces", "ORG", "EST", ["die estnischen Streitkräfte"]),
        entity("Italian F-35 jets", "ORG", "ITA", ["Italienische F-35-Jets"]),
        entity("NATO", "ORG", "IGO", ["Nato", "der Verbündeten", "das Bündnis"]),
        entity("Baltic states", "LOC", None, ["Baltikum"]),
        entity("Government of Estonia", "ORG", "EST", ["Die Regierung in Tallinn"]),
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Russian chargé d'affaires in Estonia", "PER", "RUS", ["den russischen Geschäftsträger", "ihm"]),
        entity("Margus Tsahkna", "PER", "EST", ["Außenminister Margus Tsahkna"]),
        entity("Kristen Michal", "PER", "EST", ["Ministerpräsident Kristen Michal", "Michal"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("neutral waters", "LOC", None, ["neutralen Gewässern"]),
        entity("Karelia", "LOC", "RUS", ["Karelien"]),
        entity("Kaliningrad", "LOC", "RUS", ["die Exklave Kaliningrad"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Polish and Dutch fighter jets", "ORG", None, ["polnische und niederländische Kampfjets"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Russian drones", "ORG", "RUS", ["mehrere russische Drohnen"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
    ],
}

# ---------------------------------------------------------------- hm128-de-04
ARM_PARL = actor("National Assembly of Armenia", "ARM", "LEG")
EU = actor("European Union", "EUR", "IGO")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")
ARM_INITIATIVE = actor("Armenian citizens' initiative for EU accession", "ARM", "CVL")
ARMENIA = actor("Armenia", "ARM", "GOV")
OVERCHUK = actor("Alexei Overchuk", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
CSTO = actor("Collective Security Treaty Organization", "IGO", "IGO")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_MIL = actor("Armed Forces of Armenia", "ARM", "MIL")

J1 = "Das armenische Parlament hat am Mittwoch ein Gesetz verabschiedet, das den Beginn eines Beitrittsprozesses zur Europäischen Union vorsieht."
J2 = "64 Abgeordnete stimmten in dritter Lesung für die Vorlage, sieben dagegen; die Oppositionsfraktionen boykottierten die Abstimmung größtenteils."
J3 = "Das Gesetz geht auf eine Bürgerinitiative zurück, die mehr als 60.000 Unterschriften gesammelt hatte."
J4 = "Regierungschef Nikol Paschinjan betonte, ein formeller Beitrittsantrag stehe derzeit nicht an; über eine Mitgliedschaft müssten am Ende die Bürger in einem Referendum entscheiden."
J5 = "Moskau reagierte verärgert."
J6 = "Vizeregierungschef Alexej Owertschuk warnte, eine EU-Mitgliedschaft sei mit der Zugehörigkeit zur Eurasischen Wirtschaftsunion unvereinbar."
J7 = "Sollte Armenien diesen Weg weitergehen, werde Russland seine Handelsbeziehungen mit dem Land überprüfen müssen, sagte er."
J8 = "Kremlsprecher Dmitri Peskow sprach zwar von einem „souveränen Recht“ Armeniens, forderte Eriwan aber auf, die Folgen für die Wirtschaft des Landes „sehr genau abzuwägen“."
J9 = "Armenien hat seine Mitarbeit im von Russland geführten Militärbündnis OVKS bereits im vergangenen Jahr eingefroren."
J10 = "Paschinjan wirft Moskau vor, sein Land während der Offensive Aserbaidschans in Bergkarabach im Herbst 2023 im Stich gelassen zu haben."
J11 = "Die EU-Kommission begrüßte das Votum als „klares Bekenntnis“ der armenischen Bevölkerung zu Europa und sagte Eriwan weitere Unterstützung bei Reformen zu."
J12 = "Im Juli 2024 hatte die EU erstmals zehn Millionen Euro aus der Europäischen Friedensfazilität für die armenischen Streitkräfte bereitgestellt."

DE04 = {
    "id": "hm128-de-04", "lang": "de", "url": None, "published": "2025-03-26",
    "title": "Armeniens Parlament stimmt für Beginn des EU-Beitrittsprozesses",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("AGREE", ARM_PARL, EU, J1, date="2025-03-26", location="Yerevan", location_country="ARM"),
        event("AGREE", ARM_PARL, EU, J2, date="2025-03-26", location="Yerevan", location_country="ARM"),
        event("PROTEST", ARM_OPP, ARM_PARL, J2, mode="boycott", date="2025-03-26", location="Yerevan", location_country="ARM"),
        event("REQUEST", ARM_INITIATIVE, ARM_PARL, J3, mode="change"),
        event("ACCUSE", RUSSIA, ARMENIA, J5, mode="disapprove"),
        event("THREATEN", OVERCHUK, ARMENIA, J7, mode="relations"),
        event("REQUEST", PESKOV, ARMENIA, J8),
        event("SANCTION", ARMENIA, CSTO, J9, mode="withdraw"),
        event("ACCUSE", PASHINYAN, RUSSIA, J10, mode="disapprove"),
        event("SUPPORT", EU_COMMISSION, ARMENIA, J11),
        event("AGREE", EU_COMMISSION, ARMENIA, J11),
        event("AID", EU, ARM_MIL, J12),
    ],
    "quotes": [
        quote("ein formeller Beitrittsantrag stehe derzeit nicht an; über eine Mitgliedschaft müssten am Ende die Bürger in einem Referendum entscheiden", "Nikol Pashinyan", "indirect"),
        quote("eine EU-Mitgliedschaft sei mit der Zugehörigkeit zur Eurasischen Wirtschaftsunion unvereinbar", "Alexei Overchuk", "indirect"),
        quote("Sollte Armenien diesen Weg weitergehen, werde Russland seine Handelsbeziehungen mit dem Land überprüfen müssen", "Alexei Overchuk", "indirect"),
        quote("souveränen Recht", "Dmitry Peskov", "direct"),
        quote("sehr genau abzuwägen", "Dmitry Peskov", "direct"),
        quote("die Folgen für die Wirtschaft des Landes „sehr genau abzuwägen“", "Dmitry Peskov", "indirect"),
        quote("sein Land während der Offensive Aserbaidschans in Bergkarabach im Herbst 2023 im Stich gelassen zu haben", "Nikol Pashinyan", "indirect"),
        quote("klares Bekenntnis", "European Commission", "direct"),
    ],
    "entities": [
        entity("National Assembly of Armenia", "ORG", "ARM", ["Das armenische Parlament"]),
        entity("European Union", "ORG", "EUR", ["Europäischen Union", "EU", "die EU"]),
        entity("European Peace Facility", "ORG", "EUR", ["der Europäischen Friedensfazilität"]),
        entity("Armed Forces of Armenia", "ORG", "ARM", ["die armenischen Streitkräfte"]),
        entity("Armenian deputies", "ORG", "ARM", ["64 Abgeordnete"]),
        entity("Armenian opposition", "ORG", "ARM", ["die Oppositionsfraktionen"]),
        entity("Armenian citizens' initiative for EU accession", "ORG", "ARM", ["eine Bürgerinitiative"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan"]),
        entity("Armenian citizens", "ORG", "ARM", ["die Bürger"]),
        entity("Russia", "GPE", "RUS", ["Moskau", "Russland"]),
        entity("Alexei Overchuk", "PER", "RUS", ["Vizeregierungschef Alexej Owertschuk", "er"]),
        entity("Eurasian Economic Union", "ORG", "IGO", ["Eurasischen Wirtschaftsunion"]),
        entity("Armenia", "GPE", "ARM", ["Armenien", "dem Land", "Armeniens", "Eriwan", "des Landes", "sein Land"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Collective Security Treaty Organization", "ORG", "IGO", ["Militärbündnis OVKS"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschans"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Bergkarabach"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Armenian people", "ORG", "ARM", ["der armenischen Bevölkerung"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm128-en-01
VANCE = actor("JD Vance", "USA", "GOV")
DENMARK = actor("Denmark", "DNK", "GOV")
GREENLAND = actor("Greenland", "GRL", "GOV")
GRL_GOV = actor("Government of Greenland", "GRL", "GOV")
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
USA = actor("United States", "USA", "GOV")
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
DEMOKRAATIT = actor("Democrats (Greenland)", "GRL", "PTY")
GRL_PARTNERS = actor("Greenlandic coalition partners", "GRL", "PTY")
NIELSEN = actor("Jens-Frederik Nielsen", "GRL", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
GRL_PROTESTERS = actor("Greenlandic protesters", "GRL", "CVL")
RASMUSSEN = actor("Lars Lokke Rasmussen", "DNK", "GOV")

K1 = "U.S. Vice President JD Vance accused Denmark on Friday of neglecting Greenland's security during a brief visit to a remote American military base on the Arctic island."
K2 = "\"Denmark has not done right by the people of Greenland, and that has to change,\" Vance told service members at the Pituffik Space Base in the island's far northwest."
K3 = "He said Washington did not think military force would ever be necessary and that Greenlanders should decide their own future, but argued that the island would be safer under a U.S. security umbrella."
K4 = "The trip was scaled back after the Greenlandic and Danish governments criticised an earlier plan for Usha Vance, the vice president's wife, to attend a dog sled race in the town of Sisimiut without an invitation."
K5 = "Danish Prime Minister Mette Frederiksen said the pressure on Greenland was \"not acceptable\" and described Denmark as a \"good and strong ally\" that had increased its defence spending in the Arctic."
K6 = "In the capital Nuuk, Greenland's Democrats party, led by incoming premier Jens-Frederik Nielsen, signed a coalition agreement with three other parties just hours before Vance landed."
K7 = "\"We are not for sale, and we will not be pressured,\" Nielsen told reporters."
K8 = "At the White House, President Donald Trump repeated that the United States needed Greenland \"for world peace\" and again refused to rule out using force to take it."
K9 = "About a thousand people marched to the U.S. consulate in Nuuk on March 15 in one of the largest protests in the territory's history."
K10 = "Danish Foreign Minister Lars Lokke Rasmussen said Copenhagen was open to discussing a larger U.S. military presence on the island, which is covered by a 1951 defence agreement."

EN01 = {
    "id": "hm128-en-01", "lang": "en", "url": None, "published": "2025-03-28",
    "title": "Vance accuses Denmark of neglecting Greenland during Arctic base visit",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("ACCUSE", VANCE, DENMARK, K1, mode="disapprove", date="2025-03-28", location="Pituffik Space Base", location_country="GRL"),
        event("ACCUSE", VANCE, DENMARK, K2, mode="disapprove", date="2025-03-28", location="Pituffik Space Base", location_country="GRL"),
        event("REQUEST", VANCE, DENMARK, K2, mode="change", date="2025-03-28", location="Pituffik Space Base", location_country="GRL"),
        event("THREATEN", VANCE, GREENLAND, K3, mode="violence", date="2025-03-28", negated=True),
        event("ACCUSE", GRL_GOV, USA, K4, mode="disapprove"),
        event("ACCUSE", DNK_GOV, USA, K4, mode="disapprove"),
        event("ACCUSE", FREDERIKSEN, USA, K5, mode="disapprove"),
        event("SUPPORT", DEMOKRAATIT, GRL_PARTNERS, K6, date="2025-03-28", location="Nuuk", location_country="GRL"),
        event("REJECT", NIELSEN, USA, K7, mode="change"),
        event("THREATEN", TRUMP, GREENLAND, K8, mode="territory", date="2025-03-28"),
        event("PROTEST", GRL_PROTESTERS, USA, K9, mode="demo", date="2025-03-15", location="Nuuk", location_country="GRL"),
        event("AGREE", RASMUSSEN, USA, K10, mode=None),
    ],
    "quotes": [
        quote("Denmark has not done right by the people of Greenland, and that has to change", "JD Vance", "direct"),
        quote("Washington did not think military force would ever be necessary and that Greenlanders should decide their own future", "JD Vance", "indirect"),
        quote("the island would be safer under a U.S. security umbrella", "JD Vance", "indirect"),
        quote("not acceptable", "Mette Frederiksen", "direct"),
        quote("the pressure on Greenland was \"not acceptable\"", "Mette Frederiksen", "indirect"),
        quote("good and strong ally", "Mette Frederiksen", "direct"),
        quote("We are not for sale, and we will not be pressured", "Jens-Frederik Nielsen", "direct"),
        quote("for world peace", "Donald Trump", "direct"),
        quote("the United States needed Greenland \"for world peace\"", "Donald Trump", "indirect"),
        quote("Copenhagen was open to discussing a larger U.S. military presence on the island, which is covered by a 1951 defence agreement", "Lars Lokke Rasmussen", "indirect"),
    ],
    "entities": [
        entity("JD Vance", "PER", "USA", ["U.S. Vice President JD Vance", "Vance", "He"]),
        entity("Denmark", "GPE", "DNK", ["Denmark", "Copenhagen"]),
        entity("Greenland", "GPE", "GRL", ["Greenland", "the Arctic island", "the island", "the territory"]),
        entity("Pituffik Space Base", "LOC", "GRL", ["a remote American military base", "the Pituffik Space Base"]),
        entity("U.S. service members at Pituffik", "ORG", "USA", ["service members"]),
        entity("Greenlanders", "ORG", "GRL", ["the people of Greenland", "Greenlanders"]),
        entity("United States", "GPE", "USA", ["Washington", "the United States"]),
        entity("Government of Greenland", "ORG", "GRL", ["the Greenlandic and Danish governments"]),
        entity("Government of Denmark", "ORG", "DNK", ["the Greenlandic and Danish governments"]),
        entity("Usha Vance", "PER", "USA", ["Usha Vance, the vice president's wife"]),
        entity("Sisimiut", "LOC", "GRL", ["the town of Sisimiut"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Danish Prime Minister Mette Frederiksen"]),
        entity("Arctic", "LOC", None, ["the Arctic"]),
        entity("Nuuk", "LOC", "GRL", ["the capital Nuuk", "Nuuk"]),
        entity("Democrats (Greenland)", "ORG", "GRL", ["Greenland's Democrats party"]),
        entity("Jens-Frederik Nielsen", "PER", "GRL", ["incoming premier Jens-Frederik Nielsen", "Nielsen"]),
        entity("Greenlandic coalition partners", "ORG", "GRL", ["three other parties"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Greenlandic protesters", "ORG", "GRL", ["About a thousand people"]),
        entity("U.S. Consulate in Nuuk", "ORG", "USA", ["the U.S. consulate in Nuuk"]),
        entity("Lars Lokke Rasmussen", "PER", "DNK", ["Danish Foreign Minister Lars Lokke Rasmussen"]),
    ],
}

# ---------------------------------------------------------------- hm128-en-02
MACKINNON = actor("Steven MacKinnon", "CAN", "GOV")
CIRB = actor("Canada Industrial Relations Board", "CAN", "JUD")
CUPW = actor("Canadian Union of Postal Workers", "CAN", "LAB")
CANADA_POST = actor("Canada Post", "CAN", "BUS")
SIMPSON = actor("Jan Simpson", "CAN", "LAB")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
CFIB = actor("Canadian Federation of Independent Business", "CAN", "BUS")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
NDP = actor("New Democratic Party", "CAN", "PTY")
POSTAL_WORKERS = actor("striking Canada Post workers", "CAN", "LAB")

L1 = "Canada's labour minister on Friday asked the federal labour board to order some 55,000 striking postal workers back to work, four weeks into a walkout that has halted mail and parcel deliveries across the country during the busy holiday season."
L2 = "Steven MacKinnon said talks between Canada Post and the Canadian Union of Postal Workers (CUPW) had reached an impasse after a special mediator concluded the two sides remained too far apart to reach a deal before the end of the year."
L3 = "He said he would also appoint an industrial inquiry commission to examine the state of the postal service and recommend ways to settle the dispute."
L4 = "\"Canadians, small businesses and charities cannot afford to wait any longer,\" MacKinnon told reporters on Parliament Hill."
L5 = "CUPW national president Jan Simpson accused the Liberal government of trampling on the workers' constitutional right to strike and said the union would consider a legal challenge."
L6 = "\"This government has once again taken the side of the employer,\" she said in a statement."
L7 = "Canada Post welcomed the minister's move and said it would be ready to resume deliveries within days of a return-to-work order."
L8 = "The Canadian Federation of Independent Business, which had urged Ottawa for weeks to intervene, said the decision came too late for many retailers."
L9 = "Opposition Conservative leader Pierre Poilievre blamed Prime Minister Justin Trudeau for letting the strike drag on and hurting small businesses in their busiest time of year."
L10 = "The New Democratic Party, whose support the minority Liberal government relies on in parliament, called the intervention an attack on workers' rights."
L11 = "Hundreds of postal workers and supporters rallied outside MacKinnon's constituency office in Gatineau, Quebec, on Friday afternoon."

EN02 = {
    "id": "hm128-en-02", "lang": "en", "url": None, "published": "2024-12-13",
    "title": "Canada moves to end postal strike, asks labour board to order workers back",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10, L11]),
    "events": [
        event("REQUEST", MACKINNON, CIRB, L1, mode="change", date="2024-12-13"),
        event("PROTEST", CUPW, CANADA_POST, L1, mode="strike"),
        event("ACCUSE", SIMPSON, CAN_GOV, L5, mode="disapprove"),
        event("ACCUSE", SIMPSON, CAN_GOV, L6, mode="disapprove"),
        event("SUPPORT", CANADA_POST, MACKINNON, L7),
        event("REQUEST", CFIB, CAN_GOV, L8),
        event("ACCUSE", CFIB, CAN_GOV, L8, mode="disapprove"),
        event("ACCUSE", POILIEVRE, TRUDEAU, L9, mode="disapprove"),
        event("ACCUSE", NDP, CAN_GOV, L10, mode="disapprove"),
        event("PROTEST", POSTAL_WORKERS, MACKINNON, L11, mode="demo", date="2024-12-13", location="Gatineau", location_country="CAN"),
    ],
    "quotes": [
        quote("talks between Canada Post and the Canadian Union of Postal Workers (CUPW) had reached an impasse after a special mediator concluded the two sides remained too far apart to reach a deal before the end of the year", "Steven MacKinnon", "indirect"),
        quote("he would also appoint an industrial inquiry commission to examine the state of the postal service and recommend ways to settle the dispute", "Steven MacKinnon", "indirect"),
        quote("Canadians, small businesses and charities cannot afford to wait any longer", "Steven MacKinnon", "direct"),
        quote("the union would consider a legal challenge", "Jan Simpson", "indirect"),
        quote("This government has once again taken the side of the employer", "Jan Simpson", "direct"),
        quote("it would be ready to resume deliveries within days of a return-to-work order", "Canada Post", "indirect"),
        quote("the decision came too late for many retailers", "Canadian Federation of Independent Business", "indirect"),
    ],
    "entities": [
        entity("Canada", "GPE", "CAN", ["Canada", "the country", "Ottawa"]),
        entity("Steven MacKinnon", "PER", "CAN", ["Canada's labour minister", "Steven MacKinnon", "He", "MacKinnon", "the minister"]),
        entity("Canada Industrial Relations Board", "ORG", "CAN", ["the federal labour board"]),
        entity("striking Canada Post workers", "ORG", "CAN", ["some 55,000 striking postal workers", "the workers", "Hundreds of postal workers"]),
        entity("Canada Post", "ORG", "CAN", ["Canada Post", "the postal service", "the employer"]),
        entity("Canadian Union of Postal Workers", "ORG", "CAN", ["the Canadian Union of Postal Workers (CUPW)", "CUPW", "the union"]),
        entity("special mediator", "PER", "CAN", ["a special mediator"]),
        entity("industrial inquiry commission", "ORG", "CAN", ["an industrial inquiry commission"]),
        entity("Canadians", "ORG", "CAN", ["Canadians"]),
        entity("small businesses", "ORG", "CAN", ["small businesses"]),
        entity("charities", "ORG", "CAN", ["charities"]),
        entity("reporters", "ORG", None, ["reporters"]),
        entity("Parliament Hill", "LOC", "CAN", ["Parliament Hill"]),
        entity("Jan Simpson", "PER", "CAN", ["CUPW national president Jan Simpson", "she"]),
        entity("Government of Canada", "ORG", "CAN", ["the Liberal government", "This government", "the minority Liberal government"]),
        entity("Canadian Federation of Independent Business", "ORG", "CAN", ["The Canadian Federation of Independent Business"]),
        entity("retailers", "ORG", "CAN", ["many retailers"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Opposition Conservative leader Pierre Poilievre"]),
        entity("Justin Trudeau", "PER", "CAN", ["Prime Minister Justin Trudeau"]),
        entity("New Democratic Party", "ORG", "CAN", ["The New Democratic Party"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament"]),
        entity("supporters of the postal workers", "ORG", "CAN", ["supporters"]),
        entity("MacKinnon's constituency office", "LOC", "CAN", ["MacKinnon's constituency office in Gatineau, Quebec"]),
        entity("Gatineau", "LOC", "CAN", ["Gatineau"]),
        entity("Quebec", "LOC", "CAN", ["Quebec"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
