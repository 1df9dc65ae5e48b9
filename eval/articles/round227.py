"""Round 227: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm227-de-01: A Beirut investigating judge cuts Hannibal Gaddafi's bail and lifts his travel ban, he walks free after almost ten years without charge; Tripoli thanks Beirut, the al-Sadr family objects, Amal supporters block the airport road (2025-11-10).
- hm227-de-02: Protesters for the 43 Ayotzinapa students ram a National Palace gate with a truck during López Obrador's press conference; no arrests, the parents' accusations, Alcalde's offer of talks, the UN rights office appeals (2024-03-06).
- hm227-de-03: Ghana's President Mahama suspends Chief Justice Gertrude Torkornoo and sets up a Pwamang inquiry; the NPP, Afenyo-Markin, her lawyers and Akufo-Addo object, protest at the Supreme Court (2025-04-23).
- hm227-de-04: The Houthi-attacked bulk carrier Tutor sinks in the Red Sea; a Filipino sailor missing, Saree threatens more attacks, Manila and the IMO condemn, CENTCOM strikes Houthi radars (2024-06-19).
- hm227-en-01: A Peruvian court sentences former President Martin Vizcarra to 14 years for bribery in Moquegua; custody and Barbadillo prison, his brother cries foul, supporters protest, Jeri's government backs the judiciary (2025-11-27).
- hm227-en-02: Gunmen abduct more than 300 pupils and 12 teachers from St. Mary's School in Papiri, Niger State; the state blames the school, Tinubu skips the G20, troops deployed, CAN and UNICEF react (2025-11-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm227-de-01 (Hannibal Gaddafi freed in Beirut)
LEB_JUD = actor("Judiciary of Lebanon", "LBN", "JUD")
HAMADEH = actor("Zaher Hamadeh", "LBN", "JUD")
HANNIBAL = actor("Hannibal Gaddafi", "LBY", "CVL")
LEB_ISF = actor("Internal Security Forces of Lebanon", "LBN", "COP")
LEB_AUTH = actor("Lebanese authorities", "LBN", "GOV")
LBY_GOV = actor("Government of National Unity of Libya", "LBY", "GOV")
LEB_GOV = actor("Government of Lebanon", "LBN", "GOV")
LBY_DELEG = actor("Libyan government delegation", "LBY", "GOV")
NASSAR = actor("Adel Nassar", "LBN", "GOV")
BAYON = actor("Laurent Bayon", "FRA", "CVL")
SADR_FAMILY = actor("al-Sadr family", "LBN", "CVL")
AMAL_SUPP = actor("Amal Movement supporters", "LBN", "PTY")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")

H1 = ("Beirut (dpa) - Nach fast zehn Jahren in libanesischer Haft ist Hannibal al-Gaddafi, ein Sohn des früheren "
      "libyschen Machthabers Muammar al-Gaddafi, gegen Kaution freigekommen.")
H2 = ("Untersuchungsrichter Zaher Hamadeh hatte die Kaution am Montag von elf Millionen auf 900.000 Dollar gesenkt und "
      "das gegen ihn verhängte Ausreiseverbot aufgehoben.")
H3 = "Der 49-Jährige habe am Abend das Gebäude der Polizeidirektion in Beirut verlassen, sagte sein Anwalt Laurent Bayon."
H4 = ("Gaddafi war im Dezember 2015 in Syrien entführt und in den Libanon gebracht worden, wo ihn die Behörden seither "
      "festhielten.")
H5 = ("Die libanesische Justiz wirft ihm vor, Informationen über das Verschwinden des schiitischen Geistlichen Musa "
      "al-Sadr im Jahr 1978 in Libyen zurückzuhalten.")
H6 = "Gaddafi war damals zwei Jahre alt."
H7 = "Eine Anklage wurde in all den Jahren nie gegen ihn erhoben."
H8 = "Die Regierung in Tripolis begrüßte die Entscheidung und dankte Beirut für die Zusammenarbeit."
H9 = ("Eine libysche Delegation hatte sich in den vergangenen Wochen mehrfach mit Justizminister Adel Nassar getroffen "
      "und auf eine Freilassung gedrängt.")
H10 = "„Mein Mandant war ein politischer Gefangener, und das wird er nicht vergessen“, sagte Bayon."
H11 = "Die Familie al-Sadr verurteilte die Freilassung dagegen scharf."
H12 = "Die Justiz habe sich dem Druck aus Tripolis gebeugt, erklärte ein Sprecher der Familie."
H13 = "Anhänger der schiitischen Amal-Bewegung blockierten am Abend mit brennenden Reifen die Straße zum Flughafen."
H14 = "Die Amal-Bewegung von Parlamentspräsident Nabih Berri wies jede Verbindung zu den Blockaden zurück."
H15 = "Die Armee verlegte zusätzliche Soldaten in den Süden der Hauptstadt."
H16 = "Wohin Gaddafi nun ausreisen wird, blieb zunächst offen."

DE01 = {
    "id": "hm227-de-01", "lang": "de", "url": None, "published": "2025-11-10",
    "title": "Gaddafi-Sohn Hannibal im Libanon gegen Kaution frei",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("RETREAT", LEB_JUD, HANNIBAL, H1, mode="release", location="Beirut", location_country="LBN"),
        event("RETREAT", HAMADEH, HANNIBAL, H2, date="2025-11-10"),
        event("RETREAT", LEB_ISF, HANNIBAL, H3, mode="release", location="Beirut", location_country="LBN"),
        event("COERCE", LEB_AUTH, HANNIBAL, H4, mode="arrest"),
        event("ACCUSE", LEB_JUD, HANNIBAL, H5, mode="allege"),
        event("ACCUSE", LEB_JUD, HANNIBAL, H7, mode="allege", negated=True),
        event("SUPPORT", LBY_GOV, LEB_JUD, H8),
        event("SUPPORT", LBY_GOV, LEB_GOV, H8),
        event("CONSULT", LBY_DELEG, NASSAR, H9, mode="visit", location="Beirut", location_country="LBN"),
        event("REQUEST", LBY_DELEG, NASSAR, H9, mode="yield"),
        event("ACCUSE", BAYON, LEB_AUTH, H10, mode="disapprove"),
        event("ACCUSE", SADR_FAMILY, LEB_JUD, H11, mode="disapprove"),
        event("ACCUSE", SADR_FAMILY, LEB_JUD, H12, mode="allege"),
        event("PROTEST", AMAL_SUPP, LEB_JUD, H13, mode="obstruct", location="Beirut", location_country="LBN"),
        event("MOBILIZE", LAF, None, H15, mode="troops", location="Beirut", location_country="LBN"),
    ],
    "quotes": [
        quote("Der 49-Jährige habe am Abend das Gebäude der Polizeidirektion in Beirut verlassen", "Laurent Bayon",
              "indirect"),
        quote("Mein Mandant war ein politischer Gefangener, und das wird er nicht vergessen", "Laurent Bayon", "direct"),
        quote("Die Justiz habe sich dem Druck aus Tripolis gebeugt", "spokesperson of the al-Sadr family", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Hannibal Gaddafi", "PER", "LBY", ["Hannibal al-Gaddafi", "Gaddafi", "Der 49-Jährige"]),
        entity("Muammar Gaddafi", "PER", "LBY", ["Muammar al-Gaddafi"]),
        entity("Zaher Hamadeh", "PER", "LBN", ["Untersuchungsrichter Zaher Hamadeh"]),
        entity("Internal Security Forces of Lebanon", "ORG", "LBN", ["der Polizeidirektion in Beirut"]),
        entity("Laurent Bayon", "PER", "FRA", ["sein Anwalt Laurent Bayon", "Bayon"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Lebanon", "LOC", "LBN", ["den Libanon"]),
        entity("Lebanese authorities", "ORG", "LBN", ["die Behörden"]),
        entity("Judiciary of Lebanon", "ORG", "LBN", ["Die libanesische Justiz", "Die Justiz"]),
        entity("Musa al-Sadr", "PER", "LBN", ["Musa al-Sadr"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
        entity("Government of National Unity of Libya", "ORG", "LBY", ["Die Regierung in Tripolis", "Tripolis"]),
        entity("Libyan government delegation", "ORG", "LBY", ["Eine libysche Delegation"]),
        entity("Adel Nassar", "PER", "LBN", ["Justizminister Adel Nassar"]),
        entity("al-Sadr family", "ORG", "LBN", ["Die Familie al-Sadr", "der Familie"]),
        entity("Amal Movement", "ORG", "LBN", ["schiitischen Amal-Bewegung", "Die Amal-Bewegung"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri"]),
        entity("Beirut–Rafic Hariri International Airport", "LOC", "LBN", ["Flughafen"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die Armee"]),
    ],
}

# ---------------------------------------------------------------- hm227-de-02 (Ayotzinapa, National Palace gate)
MEX_PROTESTERS = actor("protesters in Mexico City", "MEX", "CVL")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
CDMX_POLICE = actor("Mexico City police", "MEX", "COP")
AMLO = actor("Andrés Manuel López Obrador", "MEX", "GOV")
PARENTS = actor("parents of the Ayotzinapa students", "MEX", "CVL")
ROSALES = actor("Vidulfo Rosales", "MEX", "CVL")
ALCALDE = actor("Luisa María Alcalde", "MEX", "GOV")
IGUALA_POLICE = actor("Iguala municipal police", "MEX", "COP")
STUDENTS = actor("students of the Ayotzinapa teacher training college", "MEX", "CVL")
MEX_JUDGE = actor("Mexican federal judge", "MEX", "JUD")
MEX_SOLDIERS = actor("Mexican soldiers charged in the Ayotzinapa case", "MEX", "MIL")
OHCHR_MEX = actor("UN Human Rights Office in Mexico", "UNO", "IGO")

A1 = ("Mexiko-Stadt (AFP) - Bei einer Protestaktion für die 43 verschwundenen Studenten von Ayotzinapa haben "
      "Demonstranten in Mexiko-Stadt mit einem Lastwagen ein Tor des Nationalpalasts aufgebrochen.")
A2 = ("Das schwere Holztor wurde aus den Angeln gerissen, während Präsident Andrés Manuel López Obrador im Inneren "
      "seine tägliche Pressekonferenz abhielt.")
A3 = "Polizisten drängten die Menge mit Schutzschilden zurück und setzten Feuerlöscher ein."
A4 = "Der Präsident warf den Demonstranten vor, sich für eine Provokation gegen seine Regierung einspannen zu lassen."
A5 = "„Wir werden nicht in die Falle tappen“, sagte López Obrador, „das sind Provokateure.“"
A6 = "Die Polizei nahm nach dem Vorfall niemanden fest."
A7 = "Die Eltern der Studenten hatten ein für Februar geplantes Treffen mit dem Staatschef abgesagt."
A8 = "Sie werfen ihm vor, das Militär zu schützen."
A9 = "Ihr Anwalt Vidulfo Rosales forderte die Regierung auf, sämtliche Archive der Armee offenzulegen."
A10 = "Innenministerin Luisa María Alcalde bot den Familien ein neues Gespräch im Palast an."
A11 = ("Die Studenten der Lehrerschule von Ayotzinapa waren im September 2014 in Iguala von örtlichen Polizisten "
       "verschleppt worden.")
A12 = "Bis heute wurden nur die Überreste von drei von ihnen identifiziert."
A13 = "Ein Bundesrichter hatte im Januar die Freilassung von acht Soldaten angeordnet, die in dem Fall vor Gericht stehen."
A14 = "Die Armee bestreitet jede Beteiligung an dem Verbrechen."
A15 = "Das UN-Menschenrechtsbüro in Mexiko rief beide Seiten zur Mäßigung auf."

DE02 = {
    "id": "hm227-de-02", "lang": "de", "url": None, "published": "2024-03-06",
    "title": "Demonstranten rammen Tor des Nationalpalasts in Mexiko",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12, A13, A14, A15]),
    "events": [
        event("PROTEST", MEX_PROTESTERS, MEX_GOV, A1, mode="riot", date="2024-03-06", location="Mexico City",
              location_country="MEX"),
        event("ASSAULT", CDMX_POLICE, MEX_PROTESTERS, A3, mode="crowd-control"),
        event("ACCUSE", AMLO, MEX_PROTESTERS, A4, mode="allege"),
        event("ACCUSE", AMLO, MEX_PROTESTERS, A5, mode="disapprove"),
        event("COERCE", CDMX_POLICE, MEX_PROTESTERS, A6, mode="arrest", negated=True),
        event("REJECT", PARENTS, AMLO, A7, mode="meet"),
        event("ACCUSE", PARENTS, AMLO, A8, mode="allege"),
        event("REQUEST", ROSALES, MEX_GOV, A9, mode="change"),
        event("AGREE", ALCALDE, PARENTS, A10),
        event("ASSAULT", IGUALA_POLICE, STUDENTS, A11, mode="abduct", location="Iguala", location_country="MEX"),
        event("RETREAT", MEX_JUDGE, MEX_SOLDIERS, A13, mode="release"),
        event("REQUEST", OHCHR_MEX, MEX_PROTESTERS, A15),
        event("REQUEST", OHCHR_MEX, MEX_GOV, A15),
    ],
    "quotes": [
        quote("Wir werden nicht in die Falle tappen", "Andrés Manuel López Obrador", "direct"),
        quote("das sind Provokateure", "Andrés Manuel López Obrador", "direct"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Ayotzinapa", "LOC", "MEX", ["Ayotzinapa"]),
        entity("students of the Ayotzinapa teacher training college", "ORG", "MEX",
               ["43 verschwundenen Studenten von Ayotzinapa", "Die Studenten der Lehrerschule von Ayotzinapa"]),
        entity("protesters in Mexico City", "ORG", "MEX", ["Demonstranten", "die Menge"]),
        entity("National Palace", "LOC", "MEX", ["Nationalpalasts", "im Palast"]),
        entity("Andrés Manuel López Obrador", "PER", "MEX",
               ["Präsident Andrés Manuel López Obrador", "López Obrador", "Der Präsident", "dem Staatschef"]),
        entity("Mexico City police", "ORG", "MEX", ["Polizisten", "Die Polizei"]),
        entity("Government of Mexico", "ORG", "MEX", ["seine Regierung", "die Regierung"]),
        entity("parents of the Ayotzinapa students", "ORG", "MEX", ["Die Eltern der Studenten", "den Familien"]),
        entity("Mexican Army", "ORG", "MEX", ["das Militär", "der Armee", "Die Armee"]),
        entity("Vidulfo Rosales", "PER", "MEX", ["Ihr Anwalt Vidulfo Rosales"]),
        entity("Luisa María Alcalde", "PER", "MEX", ["Innenministerin Luisa María Alcalde"]),
        entity("Iguala", "LOC", "MEX", ["Iguala"]),
        entity("Iguala municipal police", "ORG", "MEX", ["örtlichen Polizisten"]),
        entity("Mexican federal judge", "PER", "MEX", ["Ein Bundesrichter"]),
        entity("UN Human Rights Office in Mexico", "ORG", "UNO", ["Das UN-Menschenrechtsbüro in Mexiko"]),
    ],
}

# ---------------------------------------------------------------- hm227-de-03 (Ghana, Chief Justice suspended)
MAHAMA = actor("John Mahama", "GHA", "GOV")
TORKORNOO = actor("Gertrude Torkornoo", "GHA", "JUD")
NPP = actor("New Patriotic Party", "GHA", "OPP")
AFENYO = actor("Alexander Afenyo-Markin", "GHA", "LEG")
TORK_LAWYERS = actor("lawyers of Gertrude Torkornoo", "GHA", "CVL")
GBA = actor("Ghana Bar Association", "GHA", "CVL")
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
AKUFO = actor("Nana Akufo-Addo", "GHA", "OPP")
NPP_SUPP = actor("New Patriotic Party supporters", "GHA", "OPP")
GHA_POLICE = actor("Ghana Police Service", "GHA", "COP")

G1 = ("Accra (Reuters) - Ghanas Präsident John Mahama hat die Vorsitzende Richterin des Obersten Gerichts, Gertrude "
      "Torkornoo, vorläufig von ihrem Amt suspendiert.")
G2 = "Grundlage seien drei Petitionen, die ihre Absetzung verlangten, teilte das Präsidialamt am Dienstagabend mit."
G3 = ("Der Präsident habe zudem einen fünfköpfigen Untersuchungsausschuss unter Leitung von Richter Gabriel Pwamang "
      "eingesetzt.")
G4 = "Welche Vorwürfe im Einzelnen gegen die Richterin erhoben werden, wurde nicht bekannt."
G5 = "Noch nie in der Geschichte des Landes ist ein amtierender Chefrichter suspendiert worden."
G6 = "Die oppositionelle Neue Patriotische Partei (NPP) sprach von einem Angriff auf die Unabhängigkeit der Justiz."
G7 = "„Der Präsident will sich die Gerichte gefügig machen“, sagte Minderheitsführer Alexander Afenyo-Markin im Parlament."
G8 = "Die Regierung wies den Vorwurf zurück."
G9 = "Es handle sich um ein in der Verfassung vorgesehenes Verfahren, sagte Informationsminister Fritz Baffour."
G10 = "Torkornoos Anwälte bezeichneten die Suspendierung als verfassungswidrig und kündigten eine Klage an."
G11 = "Die Anwaltskammer des Landes forderte ein faires und transparentes Verfahren."
G12 = ("Ex-Präsident Nana Akufo-Addo, der Torkornoo 2023 ernannt hatte, rief seinen Nachfolger auf, die Entscheidung "
       "zurückzunehmen.")
G13 = "Vor dem Obersten Gericht in Accra versammelten sich am Mittwoch Hunderte Anhänger der NPP."
G14 = "Die Polizei riegelte das Gelände ab und hielt die Demonstranten auf Abstand."
G15 = "Mahama ernannte den dienstältesten Richter Paul Baffoe-Bonnie zum kommissarischen Vorsitzenden."

DE03 = {
    "id": "hm227-de-03", "lang": "de", "url": None, "published": "2025-04-23",
    "title": "Ghanas Präsident suspendiert oberste Richterin",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("SANCTION", MAHAMA, TORKORNOO, G1, mode="expel"),
        event("ACCUSE", MAHAMA, TORKORNOO, G3, mode="investigate"),
        event("ACCUSE", NPP, MAHAMA, G6, mode="disapprove"),
        event("ACCUSE", AFENYO, MAHAMA, G7, mode="allege"),
        event("ACCUSE", TORK_LAWYERS, MAHAMA, G10, mode="disapprove"),
        event("REQUEST", GBA, GHA_GOV, G11, mode="change"),
        event("REQUEST", AKUFO, MAHAMA, G12, mode="change"),
        event("PROTEST", NPP_SUPP, MAHAMA, G13, mode="demo", location="Accra", location_country="GHA"),
        event("COERCE", GHA_POLICE, NPP_SUPP, G14, mode="restrict", location="Accra", location_country="GHA"),
    ],
    "quotes": [
        quote("Grundlage seien drei Petitionen, die ihre Absetzung verlangten", "Office of the President of Ghana",
              "indirect"),
        quote("Der Präsident habe zudem einen fünfköpfigen Untersuchungsausschuss unter Leitung von Richter Gabriel "
              "Pwamang eingesetzt", "Office of the President of Ghana", "indirect"),
        quote("Der Präsident will sich die Gerichte gefügig machen", "Alexander Afenyo-Markin", "direct"),
        quote("Es handle sich um ein in der Verfassung vorgesehenes Verfahren", "Fritz Baffour", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["Accra"]),
        entity("Ghana", "LOC", "GHA", ["Ghanas", "des Landes"]),
        entity("John Mahama", "PER", "GHA", ["Präsident John Mahama", "Der Präsident", "seinen Nachfolger", "Mahama"]),
        entity("Supreme Court of Ghana", "ORG", "GHA", ["des Obersten Gerichts", "dem Obersten Gericht"]),
        entity("Gertrude Torkornoo", "PER", "GHA", ["Gertrude Torkornoo", "die Richterin", "Torkornoo"]),
        entity("Office of the President of Ghana", "ORG", "GHA", ["das Präsidialamt"]),
        entity("Gabriel Pwamang", "PER", "GHA", ["Richter Gabriel Pwamang"]),
        entity("New Patriotic Party", "ORG", "GHA", ["Die oppositionelle Neue Patriotische Partei (NPP)", "NPP"]),
        entity("Alexander Afenyo-Markin", "PER", "GHA", ["Minderheitsführer Alexander Afenyo-Markin"]),
        entity("Parliament of Ghana", "ORG", "GHA", ["im Parlament"]),
        entity("Government of Ghana", "ORG", "GHA", ["Die Regierung"]),
        entity("Fritz Baffour", "PER", "GHA", ["Informationsminister Fritz Baffour"]),
        entity("lawyers of Gertrude Torkornoo", "ORG", "GHA", ["Torkornoos Anwälte"]),
        entity("Ghana Bar Association", "ORG", "GHA", ["Die Anwaltskammer des Landes"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["Ex-Präsident Nana Akufo-Addo"]),
        entity("New Patriotic Party supporters", "ORG", "GHA", ["Hunderte Anhänger der NPP", "die Demonstranten"]),
        entity("Ghana Police Service", "ORG", "GHA", ["Die Polizei"]),
        entity("Paul Baffoe-Bonnie", "PER", "GHA", ["den dienstältesten Richter Paul Baffoe-Bonnie"]),
    ],
}

# ---------------------------------------------------------------- hm227-de-04 (the Tutor sinks in the Red Sea)
HOUTHIS = actor("Houthis", "YEM", "REB")
TUTOR_OWNER = actor("Greek owner of the Tutor", "GRC", "BUS")
TUTOR_CREW = actor("crew of the Tutor", "PHL", "CVL")
US_NAVY = actor("United States Navy", "USA", "MIL")
SAREE = actor("Yahya Saree", "YEM", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
MANALO = actor("Enrique Manalo", "PHL", "GOV")
GERAPETRITIS = actor("Giorgos Gerapetritis", "GRC", "GOV")
CENTCOM = actor("United States Central Command", "USA", "MIL")
GALAXY_CREW = actor("crew of the Galaxy Leader", "PHL", "CVL")
IMO = actor("International Maritime Organization", "UNO", "IGO")
DOMINGUEZ = actor("Arsenio Dominguez", "UNO", "IGO")

T1 = "Dubai (dpa) - Der von den Huthi-Milizen im Roten Meer angegriffene Frachter „Tutor“ ist gesunken."
T2 = "Das Schiff sei eine Woche nach dem Angriff untergegangen, teilte die britische Seesicherheitsbehörde UKMTO mit."
T3 = ("Die Huthis hatten den unter liberianischer Flagge fahrenden Massengutfrachter eines griechischen Eigners am "
      "12. Juni vor der Hafenstadt Hodeida mit einem sprengstoffbeladenen Boot und Geschossen angegriffen.")
T4 = "Ein Seemann aus den Philippinen wird seitdem vermisst."
T5 = "Die übrigen 21 Besatzungsmitglieder waren von der US-Marine in Sicherheit gebracht worden."
T6 = "Militärsprecher Jahja Sari erklärte, man werde weiterhin alle Schiffe angreifen, die israelische Häfen anliefen."
T7 = "Die Angriffe seien eine Antwort auf den Krieg im Gazastreifen, sagte er."
T8 = "Die philippinische Regierung verurteilte den Angriff und forderte die Huthis auf, die Seeleute zu verschonen."
T9 = "Außenminister Enrique Manalo telefonierte mit seinem griechischen Kollegen Giorgos Gerapetritis."
T10 = ("Das US-Zentralkommando (Centcom) teilte mit, es habe am Wochenende zwei Radaranlagen und einen "
       "Drohnenstartplatz der Huthis zerstört.")
T11 = "Die Huthis halten zudem seit November die Besatzung des Autotransporters „Galaxy Leader“ fest."
T12 = "Der Schiffsverkehr durch den Suezkanal ist seit Beginn der Angriffe um mehr als die Hälfte eingebrochen."
T13 = "Die Huthis bestreiten, es auf zivile Seeleute abzusehen."
T14 = "Die Internationale Seeschifffahrtsorganisation IMO rief zu einem sofortigen Ende der Angriffe auf."
T15 = "Generalsekretär Arsenio Dominguez sprach von einem „inakzeptablen Angriff auf unschuldige Seeleute“."

DE04 = {
    "id": "hm227-de-04", "lang": "de", "url": None, "published": "2024-06-19",
    "title": "Von Huthis angegriffener Frachter „Tutor“ gesunken",
    "text": paragraphs([T1, T2, T3], [T4, T5], [T6, T7, T8, T9], [T10, T11, T12, T13], [T14, T15]),
    "events": [
        event("ASSAULT", HOUTHIS, TUTOR_OWNER, T1, location="Red Sea"),
        event("ASSAULT", HOUTHIS, TUTOR_OWNER, T3, mode="explosives", date="2024-06-12", location="Hodeidah",
              location_country="YEM"),
        event("AID", US_NAVY, TUTOR_CREW, T5),
        event("THREATEN", SAREE, ISRAEL, T6, mode="violence"),
        event("ACCUSE", PHL_GOV, HOUTHIS, T8, mode="disapprove"),
        event("REQUEST", PHL_GOV, HOUTHIS, T8, mode="yield"),
        event("CONSULT", MANALO, GERAPETRITIS, T9, mode="phone"),
        event("ASSAULT", CENTCOM, HOUTHIS, T10, location_country="YEM"),
        event("ASSAULT", HOUTHIS, GALAXY_CREW, T11, mode="abduct"),
        event("REQUEST", IMO, HOUTHIS, T14, mode="yield"),
        event("ACCUSE", DOMINGUEZ, HOUTHIS, T15, mode="disapprove"),
    ],
    "quotes": [
        quote("Das Schiff sei eine Woche nach dem Angriff untergegangen", "United Kingdom Maritime Trade Operations",
              "indirect"),
        quote("man werde weiterhin alle Schiffe angreifen, die israelische Häfen anliefen", "Yahya Saree", "indirect"),
        quote("Die Angriffe seien eine Antwort auf den Krieg im Gazastreifen", "Yahya Saree", "indirect"),
        quote("es habe am Wochenende zwei Radaranlagen und einen Drohnenstartplatz der Huthis zerstört",
              "United States Central Command", "indirect"),
        quote("inakzeptablen Angriff auf unschuldige Seeleute", "Arsenio Dominguez", "direct"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("Houthis", "ORG", "YEM", ["Huthi-Milizen", "Die Huthis", "der Huthis"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("Tutor", "MISC", "LBR", ["Tutor", "Das Schiff", "Massengutfrachter"]),
        entity("United Kingdom Maritime Trade Operations", "ORG", "GBR",
               ["die britische Seesicherheitsbehörde UKMTO"]),
        entity("Hodeidah", "LOC", "YEM", ["Hodeida"]),
        entity("Philippines", "LOC", "PHL", ["den Philippinen"]),
        entity("crew of the Tutor", "ORG", "PHL", ["Die übrigen 21 Besatzungsmitglieder"]),
        entity("United States Navy", "ORG", "USA", ["der US-Marine"]),
        entity("Yahya Saree", "PER", "YEM", ["Militärsprecher Jahja Sari"]),
        entity("Israel", "LOC", "ISR", ["israelische Häfen"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Die philippinische Regierung"]),
        entity("Enrique Manalo", "PER", "PHL", ["Außenminister Enrique Manalo"]),
        entity("Giorgos Gerapetritis", "PER", "GRC", ["seinem griechischen Kollegen Giorgos Gerapetritis"]),
        entity("United States Central Command", "ORG", "USA", ["Das US-Zentralkommando (Centcom)"]),
        entity("Galaxy Leader", "MISC", "BHS", ["Galaxy Leader"]),
        entity("Suez Canal", "LOC", "EGY", ["Suezkanal"]),
        entity("International Maritime Organization", "ORG", "UNO",
               ["Die Internationale Seeschifffahrtsorganisation IMO"]),
        entity("Arsenio Dominguez", "PER", "UNO", ["Generalsekretär Arsenio Dominguez"]),
    ],
}

# ---------------------------------------------------------------- hm227-en-01 (Vizcarra sentenced)
PER_COURT = actor("Peruvian court", "PER", "JUD")
PER_JUDGE = actor("presiding judge of the Peruvian court", "PER", "JUD")
VIZCARRA = actor("Martín Vizcarra", "PER", "GOV")
PER_POLICE = actor("Peruvian National Police", "PER", "COP")
PER_PROS = actor("Public Ministry of Peru", "PER", "JUD")
PER_CONGRESS = actor("Congress of Peru", "PER", "LEG")
MARIO = actor("Mario Vizcarra", "PER", "PTY")
VIZ_SUPP = actor("supporters of Martín Vizcarra", "PER", "CVL")
PER_GOV = actor("Government of Peru", "PER", "GOV")

V1 = ("LIMA, Nov 27 (Reuters) - A Peruvian court sentenced former President Martin Vizcarra to 14 years in prison on "
      "Wednesday for taking bribes while he was governor of the southern Moquegua region more than a decade ago.")
V2 = ("The presiding judge ordered him taken into custody immediately, and police led him out of the courtroom in "
      "handcuffs.")
V3 = ("He was later taken to the Barbadillo prison on the eastern outskirts of the capital, where former presidents "
      "Pedro Castillo, Alejandro Toledo and Ollanta Humala are also being held.")
V4 = ("Prosecutors had accused Vizcarra of receiving 2.3 million soles ($680,000) from construction firms in exchange "
      "for public works contracts, including for a hospital.")
V5 = "They had sought a 15-year sentence."
V6 = "Vizcarra, who was removed from office by Congress in 2020 over the same allegations, has denied wrongdoing."
V7 = "\"This is political revenge, and we will appeal,\" he told reporters before the verdict was read."
V8 = ("His brother Mario Vizcarra, who is running for president in April's election for the Peru Primero party, called "
      "the ruling an attempt to knock the family out of politics.")
V9 = ("Dozens of supporters waving party flags gathered outside the court building in Lima and chanted against the "
      "judges.")
V10 = "Police kept them behind metal barriers."
V11 = "The government of President Jose Jeri said it respected the independence of the judiciary."
V12 = "Congress had also barred Vizcarra from holding public office for ten years in 2021."
V13 = "The court rejected a prosecution request to seize his assets."
V14 = "His lawyer, Erwin Siccha, said the defence would file its appeal within days."
V15 = "Vizcarra is the fourth former Peruvian president to be jailed in recent years."

EN01 = {
    "id": "hm227-en-01", "lang": "en", "url": None, "published": "2025-11-27",
    "title": "Peru's ex-president Vizcarra sentenced to 14 years for bribery",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10, V11], [V12, V13, V14, V15]),
    "events": [
        event("SANCTION", PER_COURT, VIZCARRA, V1, mode="convict", date="2025-11-26", location="Lima",
              location_country="PER"),
        event("COERCE", PER_JUDGE, VIZCARRA, V2, mode="arrest"),
        event("COERCE", PER_POLICE, VIZCARRA, V2, mode="arrest"),
        event("COERCE", PER_POLICE, VIZCARRA, V3, mode="arrest", location="Lima", location_country="PER"),
        event("ACCUSE", PER_PROS, VIZCARRA, V4, mode="allege"),
        event("REQUEST", PER_PROS, PER_COURT, V5),
        event("SANCTION", PER_CONGRESS, VIZCARRA, V6, mode="expel"),
        event("ACCUSE", VIZCARRA, PER_COURT, V7, mode="allege"),
        event("ACCUSE", MARIO, PER_COURT, V8, mode="allege"),
        event("PROTEST", VIZ_SUPP, PER_COURT, V9, mode="demo", location="Lima", location_country="PER"),
        event("COERCE", PER_POLICE, VIZ_SUPP, V10, mode="restrict"),
        event("SUPPORT", PER_GOV, PER_COURT, V11),
        event("COERCE", PER_CONGRESS, VIZCARRA, V12, mode="ban"),
        event("REJECT", PER_COURT, PER_PROS, V13),
    ],
    "quotes": [
        quote("This is political revenge, and we will appeal", "Martín Vizcarra", "direct"),
        quote("it respected the independence of the judiciary", "Government of Peru", "indirect"),
        quote("the defence would file its appeal within days", "Erwin Siccha", "indirect"),
    ],
    "entities": [
        entity("Lima", "LOC", "PER", ["LIMA", "Lima", "the capital"]),
        entity("Peruvian court", "ORG", "PER", ["A Peruvian court", "the courtroom", "The court", "the court building"]),
        entity("Martín Vizcarra", "PER", "PER", ["former President Martin Vizcarra", "Vizcarra"]),
        entity("Moquegua", "LOC", "PER", ["the southern Moquegua region"]),
        entity("presiding judge of the Peruvian court", "PER", "PER", ["The presiding judge"]),
        entity("Peruvian National Police", "ORG", "PER", ["police", "Police"]),
        entity("Barbadillo prison", "LOC", "PER", ["the Barbadillo prison"]),
        entity("Pedro Castillo", "PER", "PER", ["Pedro Castillo"]),
        entity("Alejandro Toledo", "PER", "PER", ["Alejandro Toledo"]),
        entity("Ollanta Humala", "PER", "PER", ["Ollanta Humala"]),
        entity("Public Ministry of Peru", "ORG", "PER", ["Prosecutors", "a prosecution request"]),
        entity("Congress of Peru", "ORG", "PER", ["Congress"]),
        entity("Mario Vizcarra", "PER", "PER", ["His brother Mario Vizcarra"]),
        entity("Peru Primero", "ORG", "PER", ["the Peru Primero party"]),
        entity("supporters of Martín Vizcarra", "ORG", "PER", ["Dozens of supporters waving party flags"]),
        entity("Government of Peru", "ORG", "PER", ["The government of President Jose Jeri"]),
        entity("José Jerí", "PER", "PER", ["President Jose Jeri"]),
        entity("Erwin Siccha", "PER", "PER", ["His lawyer, Erwin Siccha"]),
    ],
}

# ---------------------------------------------------------------- hm227-en-02 (Papiri school abduction, Niger State)
GUNMEN_NIGER = actor("gunmen in Niger State", "NGA", "REB")
PAPIRI_PUPILS = actor("pupils and teachers of St. Mary's School, Papiri", "NGA", "CVL")
GUNMEN_KEBBI = actor("gunmen in Kebbi State", "NGA", "REB")
KEBBI_GIRLS = actor("schoolgirls in Kebbi State", "NGA", "CVL")
NIGER_STATE = actor("Niger State Government", "NGA", "GOV")
ST_MARYS = actor("St. Mary's School, Papiri", "NGA", "CVL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_SEC = actor("Nigerian security chiefs", "NGA", "MIL")
SHETTIMA = actor("Kashim Shettima", "NGA", "GOV")
G20 = actor("Group of 20", "IGO", "IGO")
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
NGA_POLICE = actor("Nigeria Police Force", "NGA", "COP")
CAN = actor("Christian Association of Nigeria", "NGA", "CVL")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
YOHANNA = actor("Bulus Dauwa Yohanna", "NGA", "CVL")
UNICEF = actor("UNICEF", "UNO", "IGO")
TRUMP = actor("Donald Trump", "USA", "GOV")

N1 = ("MINNA, Nigeria, Nov 22 (Reuters) - Gunmen stormed a Catholic boarding school in Nigeria's Niger State before "
      "dawn on Friday and abducted more than 300 pupils and 12 teachers, the Christian Association of Nigeria said on "
      "Saturday.")
N2 = ("The attack on St. Mary's School in the village of Papiri came days after gunmen seized 25 schoolgirls in "
      "neighbouring Kebbi State.")
N3 = ("The Niger State government said the school had reopened without permission despite an order to shut boarding "
      "schools in the area over security threats.")
N4 = ("The Catholic Diocese of Kontagora, which runs the school, rejected the claim and said it had received no such "
      "order.")
N5 = ("President Bola Tinubu cancelled his trip to the Group of 20 summit in Johannesburg and ordered security chiefs "
      "to rescue the children.")
N6 = "Vice President Kashim Shettima will lead Nigeria's delegation instead, the presidency said."
N7 = ("Troops and police tactical units have been deployed to the forests around Agwara, police spokesman Wasiu "
      "Abiodun said.")
N8 = "No group has claimed responsibility."
N9 = ("Armed gangs, known locally as bandits, have kidnapped thousands of people for ransom across northern Nigeria in "
      "recent years.")
N10 = ("The Christian Association of Nigeria urged the government to act quickly and accused it of failing to protect "
       "schools.")
N11 = ("\"Our children are not safe anywhere in this country,\" said the association's Niger State chairman, Bishop "
       "Bulus Dauwa Yohanna.")
N12 = ("Fifty of the pupils escaped on Friday night and have been reunited with their parents, the association said.")
N13 = ("The U.N. children's agency UNICEF condemned the abduction and called for the children's immediate release.")
N14 = ("In Washington, where President Donald Trump has threatened military action over killings of Christians in "
       "Nigeria, the State Department said it was following the situation closely.")

EN02 = {
    "id": "hm227-en-02", "lang": "en", "url": None, "published": "2025-11-22",
    "title": "Gunmen abduct more than 300 pupils from Catholic school in Nigeria's Niger State",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12], [N13, N14]),
    "events": [
        event("ASSAULT", GUNMEN_NIGER, PAPIRI_PUPILS, N1, mode="abduct", date="2025-11-21", location="Papiri",
              location_country="NGA"),
        event("ASSAULT", GUNMEN_KEBBI, KEBBI_GIRLS, N2, mode="abduct", location="Kebbi State", location_country="NGA"),
        event("ACCUSE", NIGER_STATE, ST_MARYS, N3, mode="allege"),
        event("REQUEST", TINUBU, NGA_SEC, N5),
        event("AGREE", SHETTIMA, G20, N6, location="Johannesburg", location_country="ZAF"),
        event("MOBILIZE", NGA_ARMY, None, N7, mode="troops", location="Agwara", location_country="NGA"),
        event("MOBILIZE", NGA_POLICE, None, N7, mode="police", location="Agwara", location_country="NGA"),
        event("REQUEST", CAN, NGA_GOV, N10),
        event("ACCUSE", CAN, NGA_GOV, N10, mode="allege"),
        event("ACCUSE", YOHANNA, NGA_GOV, N11, mode="disapprove"),
        event("ACCUSE", UNICEF, GUNMEN_NIGER, N13, mode="disapprove"),
        event("REQUEST", UNICEF, GUNMEN_NIGER, N13, mode="yield"),
        event("THREATEN", TRUMP, NGA_GOV, N14, mode="violence"),
    ],
    "quotes": [
        quote("Gunmen stormed a Catholic boarding school in Nigeria's Niger State before dawn on Friday and abducted "
              "more than 300 pupils and 12 teachers", "Christian Association of Nigeria", "indirect"),
        quote("the school had reopened without permission despite an order to shut boarding schools in the area over "
              "security threats", "Niger State Government", "indirect"),
        quote("it had received no such order", "Catholic Diocese of Kontagora", "indirect"),
        quote("Vice President Kashim Shettima will lead Nigeria's delegation instead", "Presidency of Nigeria",
              "indirect"),
        quote("Troops and police tactical units have been deployed to the forests around Agwara", "Wasiu Abiodun",
              "indirect"),
        quote("Our children are not safe anywhere in this country", "Bulus Dauwa Yohanna", "direct"),
        quote("Fifty of the pupils escaped on Friday night and have been reunited with their parents",
              "Christian Association of Nigeria", "indirect"),
        quote("it was following the situation closely", "United States Department of State", "indirect"),
    ],
    "entities": [
        entity("Minna", "LOC", "NGA", ["MINNA"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "this country"]),
        entity("Niger State", "LOC", "NGA", ["Niger State"]),
        entity("gunmen in Niger State", "ORG", "NGA", ["Gunmen"]),
        entity("St. Mary's School, Papiri", "ORG", "NGA",
               ["a Catholic boarding school", "St. Mary's School", "the school"]),
        entity("Papiri", "LOC", "NGA", ["the village of Papiri"]),
        entity("Christian Association of Nigeria", "ORG", "NGA", ["the Christian Association of Nigeria",
                                                                   "The Christian Association of Nigeria",
                                                                   "the association"]),
        entity("Kebbi State", "LOC", "NGA", ["neighbouring Kebbi State"]),
        entity("Niger State Government", "ORG", "NGA", ["The Niger State government"]),
        entity("Catholic Diocese of Kontagora", "ORG", "NGA", ["The Catholic Diocese of Kontagora"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu"]),
        entity("Group of 20", "ORG", "IGO", ["the Group of 20 summit"]),
        entity("Johannesburg", "LOC", "ZAF", ["Johannesburg"]),
        entity("Kashim Shettima", "PER", "NGA", ["Vice President Kashim Shettima"]),
        entity("Presidency of Nigeria", "ORG", "NGA", ["the presidency"]),
        entity("Agwara", "LOC", "NGA", ["Agwara"]),
        entity("Wasiu Abiodun", "PER", "NGA", ["police spokesman Wasiu Abiodun"]),
        entity("Government of Nigeria", "ORG", "NGA", ["the government"]),
        entity("Bulus Dauwa Yohanna", "PER", "NGA", ["Bishop Bulus Dauwa Yohanna"]),
        entity("UNICEF", "ORG", "UNO", ["The U.N. children's agency UNICEF"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
