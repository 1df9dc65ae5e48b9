"""Round 108: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm108-de-01: Romania's electoral bureau bars Calin Georgescu from the presidential race; riots in Bucharest (2025-03-10).
- hm108-de-02: First direct Russian-Ukrainian talks in Istanbul since 2022 agree a prisoner exchange (2025-05-16).
- hm108-de-03: Putin ends a state visit to Kazakhstan with an Oreshnik threat against Kyiv; Armenia stays away from the CSTO summit (2024-11-28).
- hm108-de-04: Serbian Prime Minister Vucevic resigns after an attack on students in Novi Sad (2025-01-28).
- hm108-en-01: The United States pauses military aid to Ukraine after the Oval Office clash (2025-03-04).
- hm108-en-02: Armenia and Azerbaijan sign a joint declaration at the White House; Iran and Russia wary (2025-08-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm108-de-01
ROU_BEC = actor("Central Electoral Bureau of Romania", "ROU", "GOV")
GEORGESCU = actor("Calin Georgescu", "ROU", "OPP")
GEORGESCU_SUPPORTERS = actor("Georgescu supporters", "ROU", "CVL")
ROU_POLICE = actor("Romanian police", "ROU", "COP")
ROU_GENDARMERIE = actor("Romanian Gendarmerie", "ROU", "COP")
MUSK = actor("Elon Musk", "USA", "BUS")
BOLOJAN = actor("Ilie Bolojan", "ROU", "GOV")
ROU_CITIZENS = actor("Romanian citizens", "ROU", "CVL")
ROU_PROSECUTORS = actor("Romanian Prosecutor General's Office", "ROU", "JUD")

G1 = ("Rumäniens Zentrales Wahlbüro hat den rechtsextremen Politiker Călin Georgescu von der Präsidentenwahl "
      "im Mai ausgeschlossen.")
G2 = ("Georgescu habe die Pflicht verletzt, die Demokratie zu verteidigen, hieß es in der Begründung, "
      "die am Sonntagabend veröffentlicht wurde.")
G3 = ("Der 62-Jährige hatte im November überraschend die erste Runde der Wahl gewonnen, die später vom "
      "Verfassungsgericht annulliert wurde.")
G4 = "Nach Bekanntwerden der Entscheidung zogen Tausende Anhänger Georgescus vor das Gebäude des Wahlbüros in Bukarest."
G5 = "Einige Demonstranten warfen Steine und Feuerwerkskörper auf Polizisten und setzten Autos in Brand."
G6 = "Die Gendarmerie setzte Tränengas und Wasserwerfer ein und nahm nach eigenen Angaben mehrere Männer fest."
G7 = ("Georgescu sprach auf der Plattform X von einem „direkten Schlag gegen das Herz der Demokratie“ und kündigte "
      "an, vor dem Verfassungsgericht Einspruch einzulegen.")
G8 = ("Auch der US-Unternehmer Elon Musk, ein enger Vertrauter von Präsident Donald Trump, nannte den Ausschluss "
      "„verrückt“.")
G9 = ("Interimspräsident Ilie Bolojan rief die Bürger zur Ruhe auf, jeder solle seine Meinung friedlich und im "
      "Rahmen der Gesetze äußern.")
G10 = ("Die Staatsanwaltschaft ermittelt bereits seit Februar gegen Georgescu, unter anderem wegen Anstiftung zu "
       "Handlungen gegen die verfassungsmäßige Ordnung.")
G11 = "Er darf das Land nicht verlassen und muss sich regelmäßig bei der Polizei melden."

DE01 = {
    "id": "hm108-de-01", "lang": "de", "url": None, "published": "2025-03-10",
    "title": "Rumänien schließt Georgescu von Präsidentenwahl aus",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10, G11]),
    "events": [
        event("COERCE", ROU_BEC, GEORGESCU, G1, mode="restrict", date="2025-03-09", location="Bucharest",
              location_country="ROU"),
        event("ACCUSE", ROU_BEC, GEORGESCU, G2, mode="allege", date="2025-03-09"),
        event("PROTEST", GEORGESCU_SUPPORTERS, ROU_BEC, G4, mode="demo", date="2025-03-09", location="Bucharest",
              location_country="ROU"),
        event("PROTEST", GEORGESCU_SUPPORTERS, ROU_POLICE, G5, mode="riot", date="2025-03-09", location="Bucharest",
              location_country="ROU"),
        event("ASSAULT", ROU_GENDARMERIE, GEORGESCU_SUPPORTERS, G6, mode="crowd-control", date="2025-03-09",
              location="Bucharest", location_country="ROU"),
        event("COERCE", ROU_GENDARMERIE, GEORGESCU_SUPPORTERS, G6, mode="arrest", date="2025-03-09",
              location="Bucharest", location_country="ROU"),
        event("ACCUSE", GEORGESCU, ROU_BEC, G7, mode="disapprove", date="2025-03-09"),
        event("ACCUSE", MUSK, ROU_BEC, G8, mode="disapprove"),
        event("REQUEST", BOLOJAN, ROU_CITIZENS, G9),
        event("ACCUSE", ROU_PROSECUTORS, GEORGESCU, G10, mode="investigate"),
        event("COERCE", ROU_PROSECUTORS, GEORGESCU, G11, mode="restrict"),
    ],
    "quotes": [
        quote("Georgescu habe die Pflicht verletzt, die Demokratie zu verteidigen", "Central Electoral Bureau of Romania",
              "indirect"),
        quote("Die Gendarmerie setzte Tränengas und Wasserwerfer ein und nahm nach eigenen Angaben mehrere Männer fest",
              "Romanian Gendarmerie", "indirect"),
        quote("direkten Schlag gegen das Herz der Demokratie", "Calin Georgescu", "direct"),
        quote("verrückt", "Elon Musk", "direct"),
        quote("jeder solle seine Meinung friedlich und im Rahmen der Gesetze äußern", "Ilie Bolojan", "indirect"),
    ],
    "entities": [
        entity("Romania", "GPE", "ROU", ["Rumäniens", "das Land"]),
        entity("Central Electoral Bureau of Romania", "ORG", "ROU",
               ["Rumäniens Zentrales Wahlbüro", "des Wahlbüros"]),
        entity("Calin Georgescu", "PER", "ROU",
               ["den rechtsextremen Politiker Călin Georgescu", "Georgescu", "Der 62-Jährige", "Georgescus", "Er"]),
        entity("Constitutional Court of Romania", "ORG", "ROU", ["Verfassungsgericht"]),
        entity("Georgescu supporters", "ORG", "ROU", ["Tausende Anhänger Georgescus", "Einige Demonstranten"]),
        entity("Bucharest", "LOC", "ROU", ["Bukarest"]),
        entity("Romanian police", "ORG", "ROU", ["Polizisten", "der Polizei"]),
        entity("Romanian Gendarmerie", "ORG", "ROU", ["Die Gendarmerie"]),
        entity("arrested protesters", "ORG", "ROU", ["mehrere Männer"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Elon Musk", "PER", "USA", ["der US-Unternehmer Elon Musk, ein enger Vertrauter von Präsident Donald Trump"]),
        entity("Donald Trump", "PER", "USA", ["Präsident Donald Trump"]),
        entity("United States", "GPE", "USA", ["US"]),
        entity("Ilie Bolojan", "PER", "ROU", ["Interimspräsident Ilie Bolojan"]),
        entity("Romanian citizens", "ORG", "ROU", ["die Bürger"]),
        entity("Romanian Prosecutor General's Office", "ORG", "ROU", ["Die Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm108-de-02
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
UKR_DELEGATE = actor("Ukrainian delegation member", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
KREMLIN = actor("Kremlin", "RUS", "GOV")

H1 = ("Erstmals seit mehr als drei Jahren haben Vertreter Russlands und der Ukraine am Freitag in Istanbul direkt "
      "miteinander verhandelt.")
H2 = ("Beide Seiten einigten sich nach Angaben des ukrainischen Delegationsleiters Rustem Umerow auf den Austausch "
      "von jeweils 1000 Kriegsgefangenen.")
H3 = ("Der russische Chefunterhändler Wladimir Medinski sagte, man habe zudem vereinbart, dass jede Seite ihre "
      "Vorstellungen für eine künftige Waffenruhe schriftlich vorlegen werde.")
H4 = "Ergebnisse zu einer Waffenruhe selbst gab es zunächst nicht."
H5 = ("Ein Mitglied der ukrainischen Delegation sagte, die russische Seite habe den Abzug der ukrainischen Truppen "
      "aus allen vier Regionen gefordert, die Moskau für sich beansprucht.")
H6 = "Diese Forderungen seien „inakzeptabel“ und hätten mit der Realität nichts zu tun, fügte er hinzu."
H7 = ("Präsident Wolodymyr Selenskyj warf Kremlchef Wladimir Putin am Rande eines Gipfeltreffens in Tirana vor, "
      "nur eine „Attrappen-Delegation“ ohne echte Befugnisse geschickt zu haben.")
H8 = "Putin war einem Aufruf Selenskyjs, persönlich nach Istanbul zu kommen, nicht gefolgt."
H9 = ("Bundeskanzler Friedrich Merz drohte Moskau in der albanischen Hauptstadt mit weiteren Sanktionen, sollte "
      "Russland einer bedingungslosen Waffenruhe nicht zustimmen.")
H10 = "„Wir werden den Druck erhöhen, wenn Putin weiter auf Zeit spielt“, sagte der CDU-Vorsitzende."
H11 = "Der Kreml erklärte am Abend, Russland sei zu weiteren Gesprächen bereit."

DE02 = {
    "id": "hm108-de-02", "lang": "de", "url": None, "published": "2025-05-16",
    "title": "Russland und Ukraine vereinbaren in Istanbul Gefangenenaustausch",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("CONSULT", RUSSIA, UKRAINE, H1, mode="third-party", date="2025-05-16", location="Istanbul",
              location_country="TUR"),
        event("AGREE", RUSSIA, UKRAINE, H2, date="2025-05-16", location="Istanbul", location_country="TUR"),
        event("AGREE", RUSSIA, UKRAINE, H3, date="2025-05-16", location="Istanbul", location_country="TUR"),
        event("REQUEST", RUSSIA, UKRAINE, H5, mode="yield", date="2025-05-16", location="Istanbul",
              location_country="TUR"),
        event("REJECT", UKR_DELEGATE, RUSSIA, H6, mode="yield", date="2025-05-16"),
        event("ACCUSE", ZELENSKY, PUTIN, H7, mode="disapprove", date="2025-05-16", location="Tirana",
              location_country="ALB"),
        event("REJECT", PUTIN, ZELENSKY, H8, mode="meet"),
        event("THREATEN", MERZ, RUSSIA, H9, date="2025-05-16", location="Tirana", location_country="ALB"),
        event("THREATEN", MERZ, PUTIN, H10, date="2025-05-16", location="Tirana", location_country="ALB"),
        event("AGREE", KREMLIN, UKRAINE, H11, date="2025-05-16"),
    ],
    "quotes": [
        quote("Beide Seiten einigten sich nach Angaben des ukrainischen Delegationsleiters Rustem Umerow auf den "
              "Austausch von jeweils 1000 Kriegsgefangenen", "Rustem Umerov", "indirect"),
        quote("man habe zudem vereinbart, dass jede Seite ihre Vorstellungen für eine künftige Waffenruhe schriftlich "
              "vorlegen werde", "Vladimir Medinsky", "indirect"),
        quote("die russische Seite habe den Abzug der ukrainischen Truppen aus allen vier Regionen gefordert, die Moskau "
              "für sich beansprucht", "Ukrainian delegation member", "indirect"),
        quote("inakzeptabel", "Ukrainian delegation member", "direct"),
        quote("Diese Forderungen seien „inakzeptabel“ und hätten mit der Realität nichts zu tun",
              "Ukrainian delegation member", "indirect"),
        quote("Attrappen-Delegation", "Volodymyr Zelensky", "direct"),
        quote("nur eine „Attrappen-Delegation“ ohne echte Befugnisse geschickt zu haben", "Volodymyr Zelensky",
              "indirect"),
        quote("Wir werden den Druck erhöhen, wenn Putin weiter auf Zeit spielt", "Friedrich Merz", "direct"),
        quote("Russland sei zu weiteren Gesprächen bereit", "Kremlin", "indirect"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau", "Russland"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Russian and Ukrainian delegations", "ORG", None, ["Vertreter Russlands und der Ukraine", "Beide Seiten"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Rustem Umerov", "PER", "UKR", ["des ukrainischen Delegationsleiters Rustem Umerow"]),
        entity("Vladimir Medinsky", "PER", "RUS", ["Der russische Chefunterhändler Wladimir Medinski", "man"]),
        entity("Ukrainian delegation member", "PER", "UKR", ["Ein Mitglied der ukrainischen Delegation", "er"]),
        entity("Ukrainian delegation", "ORG", "UKR", ["der ukrainischen Delegation"]),
        entity("Russian delegation", "ORG", "RUS", ["die russische Seite"]),
        entity("Ukrainian armed forces", "ORG", "UKR", ["der ukrainischen Truppen"]),
        entity("Russian-claimed Ukrainian regions", "LOC", "UKR", ["allen vier Regionen"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyjs"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Tirana", "LOC", "ALB", ["Tirana", "der albanischen Hauptstadt"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz", "der CDU-Vorsitzende"]),
        entity("Christian Democratic Union", "ORG", "DEU", ["CDU"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
    ],
}

# ---------------------------------------------------------------- hm108-de-03
RUS_MIL = actor("Russian military", "RUS", "MIL")
TOKAYEV = actor("Kassym-Jomart Tokayev", "KAZ", "GOV")
CSTO = actor("Collective Security Treaty Organization", "IGO", "IGO")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARMENIA = actor("Armenia", "ARM", "GOV")

I1 = ("Kremlchef Wladimir Putin hat zum Abschluss eines zweitägigen Besuchs in Kasachstan mit neuen Angriffen auf "
      "Regierungsgebäude in Kiew gedroht.")
I2 = ("Russland könne die Hyperschallrakete Oreschnik auch gegen „Entscheidungszentren“ in der ukrainischen "
      "Hauptstadt einsetzen, sagte er am Donnerstag in Astana.")
I3 = ("Die Äußerung folgte auf einen massiven russischen Angriff auf das ukrainische Energienetz in der Nacht, "
      "bei dem nach Kiewer Angaben mehr als eine Million Haushalte ohne Strom blieben.")
I4 = ("Am Mittwoch war Putin vom kasachischen Präsidenten Qassym-Schomart Tokajew mit militärischen Ehren "
      "empfangen worden.")
I5 = ("Beide Staatschefs unterzeichneten eine gemeinsame Erklärung und mehrere Abkommen, unter anderem über die "
      "Lieferung russischen Gases nach Kasachstan.")
I6 = ("Tokajew nannte Russland einen „strategischen Verbündeten“, mahnte gegenüber seinem Gast aber zugleich eine "
      "friedliche Lösung des Krieges in der Ukraine an.")
I7 = "Am Donnerstag nahm Putin in Astana am Gipfel des von Moskau geführten Militärbündnisses OVKS teil."
I8 = "Armeniens Regierungschef Nikol Paschinjan blieb dem Treffen wie angekündigt fern."
I9 = ("Eriwan hat seine Mitarbeit in dem Bündnis eingefroren und wirft Moskau vor, Armenien im Konflikt mit "
      "Aserbaidschan im Stich gelassen zu haben.")
I10 = "Putin sagte, die Tür für Armenien bleibe offen."

DE03 = {
    "id": "hm108-de-03", "lang": "de", "url": None, "published": "2024-11-28",
    "title": "Putin droht in Astana mit Angriffen auf Kiew",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6], [I7, I8, I9, I10]),
    "events": [
        event("THREATEN", PUTIN, UKRAINE, I1, mode="violence", date="2024-11-28", location="Astana",
              location_country="KAZ"),
        event("THREATEN", PUTIN, UKRAINE, I2, mode="violence", date="2024-11-28", location="Astana",
              location_country="KAZ"),
        event("ASSAULT", RUS_MIL, UKRAINE, I3, mode="destroy", date="2024-11-28", location_country="UKR"),
        event("CONSULT", PUTIN, TOKAYEV, I4, mode="visit", date="2024-11-27", location="Astana",
              location_country="KAZ"),
        event("SUPPORT", PUTIN, TOKAYEV, I5, date="2024-11-27", location="Astana", location_country="KAZ"),
        event("SUPPORT", TOKAYEV, RUSSIA, I6, date="2024-11-27"),
        event("REQUEST", TOKAYEV, PUTIN, I6, mode="yield", date="2024-11-27"),
        event("CONSULT", PUTIN, CSTO, I7, mode="multilateral", date="2024-11-28", location="Astana",
              location_country="KAZ"),
        event("REJECT", PASHINYAN, CSTO, I8, mode="meet", date="2024-11-28"),
        event("SANCTION", ARMENIA, CSTO, I9, mode="withdraw"),
        event("ACCUSE", ARMENIA, RUSSIA, I9, mode="allege"),
        event("AGREE", PUTIN, ARMENIA, I10, date="2024-11-28", location="Astana", location_country="KAZ"),
    ],
    "quotes": [
        quote("Entscheidungszentren", "Vladimir Putin", "direct"),
        quote("Russland könne die Hyperschallrakete Oreschnik auch gegen „Entscheidungszentren“ in der ukrainischen "
              "Hauptstadt einsetzen", "Vladimir Putin", "indirect"),
        quote("bei dem nach Kiewer Angaben mehr als eine Million Haushalte ohne Strom blieben", "Ukraine", "indirect"),
        quote("strategischen Verbündeten", "Kassym-Jomart Tokayev", "direct"),
        quote("Armenien im Konflikt mit Aserbaidschan im Stich gelassen zu haben", "Armenia", "indirect"),
        quote("die Tür für Armenien bleibe offen", "Vladimir Putin", "indirect"),
    ],
    "entities": [
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "er", "Putin", "seinem Gast"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kasachstan", "kasachischen"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew", "der ukrainischen Hauptstadt"]),
        entity("Ukrainian government buildings", "LOC", "UKR", ["Regierungsgebäude in Kiew", "Entscheidungszentren"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Astana", "LOC", "KAZ", ["Astana"]),
        entity("Ukrainian power grid", "LOC", "UKR", ["das ukrainische Energienetz"]),
        entity("Ukraine", "GPE", "UKR", ["Kiewer", "der Ukraine"]),
        entity("Ukrainian households", "ORG", "UKR", ["mehr als eine Million Haushalte"]),
        entity("Kassym-Jomart Tokayev", "PER", "KAZ",
               ["kasachischen Präsidenten Qassym-Schomart Tokajew", "Tokajew"]),
        entity("Putin and Tokayev", "ORG", None, ["Beide Staatschefs"]),
        entity("Collective Security Treaty Organization", "ORG", "IGO",
               ["des von Moskau geführten Militärbündnisses OVKS", "dem Bündnis"]),
        entity("Armenia", "GPE", "ARM", ["Armeniens", "Eriwan", "Armenien"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Armeniens Regierungschef Nikol Paschinjan"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
    ],
}

# ---------------------------------------------------------------- hm108-de-04
VUCEVIC = actor("Milos Vucevic", "SRB", "GOV")
DJURIC = actor("Milan Djuric", "SRB", "GOV")
SNS_SUPPORTERS = actor("Serbian Progressive Party supporters", "SRB", "PTY")
SRB_STUDENTS = actor("Serbian students", "SRB", "CVL")
VUCIC = actor("Aleksandar Vucic", "SRB", "GOV")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
SRB_PROTESTERS = actor("Serbian protesters", "SRB", "CVL")
SRB_OPP = actor("Serbian opposition", "SRB", "OPP")

J1 = "Nach wochenlangen Massenprotesten ist der serbische Ministerpräsident Miloš Vučević am Dienstag zurückgetreten."
J2 = "Er wolle damit zur Beruhigung der Lage beitragen, sagte Vučević vor Journalisten in Belgrad."
J3 = "Auch der Bürgermeister von Novi Sad, Milan Đurić, legte sein Amt nieder."
J4 = ("In der Nacht hatten in Novi Sad mutmaßliche Anhänger der regierenden Fortschrittspartei SNS eine Gruppe "
      "von Studenten angegriffen, die Plakate für einen Protestaufruf klebten.")
J5 = "Eine Studentin wurde dabei nach Angaben der Polizei mit einem Baseballschläger schwer verletzt."
J6 = "Präsident Aleksandar Vučić nannte den Angriff „inakzeptabel“."
J7 = "Die Polizei nahm nach eigenen Angaben bis zum Mittag drei Verdächtige fest."
J8 = ("Die Proteste hatten nach dem Einsturz eines Bahnhofsvordachs in Novi Sad am 1. November begonnen, "
      "bei dem 15 Menschen ums Leben kamen.")
J9 = ("Studenten blockieren seit Wochen Universitäten und Straßen und werfen der Regierung vor, wegen Korruption "
      "für die Katastrophe mitverantwortlich zu sein.")
J10 = "Am Montag hatten Zehntausende Menschen eine zentrale Kreuzung in Belgrad für 24 Stunden besetzt."
J11 = ("Die Studenten verlangen unter anderem die Veröffentlichung aller Unterlagen zur Renovierung des Bahnhofs "
       "und die Strafverfolgung der Verantwortlichen.")
J12 = "Die Opposition forderte die Bildung einer Übergangsregierung aus parteilosen Experten."

DE04 = {
    "id": "hm108-de-04", "lang": "de", "url": None, "published": "2025-01-28",
    "title": "Serbiens Regierungschef Vučević tritt zurück",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7], [J8, J9, J10, J11, J12]),
    "events": [
        event("RETREAT", VUCEVIC, None, J1, mode="resign", date="2025-01-28", location="Belgrade",
              location_country="SRB"),
        event("RETREAT", DJURIC, None, J3, mode="resign", date="2025-01-28", location="Novi Sad",
              location_country="SRB"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_STUDENTS, J4, mode="beat", date="2025-01-28", location="Novi Sad",
              location_country="SRB"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_STUDENTS, J5, mode="beat", date="2025-01-28", location="Novi Sad",
              location_country="SRB"),
        event("ACCUSE", VUCIC, SNS_SUPPORTERS, J6, mode="disapprove", date="2025-01-28"),
        event("COERCE", SRB_POLICE, SNS_SUPPORTERS, J7, mode="arrest", date="2025-01-28", location="Novi Sad",
              location_country="SRB"),
        event("PROTEST", SRB_STUDENTS, SRB_GOV, J9, mode="obstruct", location_country="SRB"),
        event("ACCUSE", SRB_STUDENTS, SRB_GOV, J9, mode="allege"),
        event("PROTEST", SRB_PROTESTERS, SRB_GOV, J10, mode="obstruct", date="2025-01-27", location="Belgrade",
              location_country="SRB"),
        event("REQUEST", SRB_STUDENTS, SRB_GOV, J11, mode="change"),
        event("REQUEST", SRB_OPP, SRB_GOV, J12, mode="change", date="2025-01-28"),
    ],
    "quotes": [
        quote("Er wolle damit zur Beruhigung der Lage beitragen", "Milos Vucevic", "indirect"),
        quote("Eine Studentin wurde dabei nach Angaben der Polizei mit einem Baseballschläger schwer verletzt",
              "Serbian police", "indirect"),
        quote("inakzeptabel", "Aleksandar Vucic", "direct"),
        quote("Die Polizei nahm nach eigenen Angaben bis zum Mittag drei Verdächtige fest", "Serbian police",
              "indirect"),
        quote("wegen Korruption für die Katastrophe mitverantwortlich zu sein", "Serbian students", "indirect"),
    ],
    "entities": [
        entity("Milos Vucevic", "PER", "SRB",
               ["der serbische Ministerpräsident Miloš Vučević", "Er", "Vučević"]),
        entity("Serbia", "GPE", "SRB", ["serbische"]),
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Milan Djuric", "PER", "SRB", ["der Bürgermeister von Novi Sad, Milan Đurić", "sein"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("Serbian Progressive Party supporters", "ORG", "SRB",
               ["mutmaßliche Anhänger der regierenden Fortschrittspartei SNS", "drei Verdächtige"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["der regierenden Fortschrittspartei SNS"]),
        entity("Serbian students", "ORG", "SRB",
               ["eine Gruppe von Studenten", "Studenten", "Die Studenten"]),
        entity("injured student", "PER", "SRB", ["Eine Studentin"]),
        entity("Serbian police", "ORG", "SRB", ["der Polizei", "Die Polizei"]),
        entity("Aleksandar Vucic", "PER", "SRB", ["Präsident Aleksandar Vučić"]),
        entity("Novi Sad railway station canopy", "LOC", "SRB", ["eines Bahnhofsvordachs in Novi Sad", "des Bahnhofs"]),
        entity("Government of Serbia", "ORG", "SRB", ["der Regierung"]),
        entity("Serbian universities", "ORG", "SRB", ["Universitäten"]),
        entity("Serbian protesters", "ORG", "SRB", ["Zehntausende Menschen"]),
        entity("Belgrade intersection", "LOC", "SRB", ["eine zentrale Kreuzung in Belgrad"]),
        entity("Serbian opposition", "ORG", "SRB", ["Die Opposition"]),
    ],
}

# ---------------------------------------------------------------- hm108-en-01
USA = actor("United States", "USA", "GOV")
WH_OFFICIAL = actor("White House official", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
VANCE = actor("JD Vance", "USA", "GOV")
SHMYHAL = actor("Denys Shmyhal", "UKR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
SHAHEEN = actor("Jeanne Shaheen", "USA", "LEG")

K1 = ("The United States has paused all military aid to Ukraine, a White House official said on Monday, days after "
      "an angry Oval Office confrontation between President Donald Trump and Ukrainian President Volodymyr Zelensky.")
K2 = ("Trump is focused on reaching a peace deal and needs partners to be committed to that goal, the official said, "
      "adding that the pause would last until Trump determined that Kyiv was showing good faith.")
K3 = ("The move affects more than $1 billion in weapons and ammunition already ordered, including shipments waiting "
      "in Poland, according to people familiar with the matter.")
K4 = ("Zelensky's visit to the White House on Friday ended in a shouting match, with Trump and Vice President JD Vance "
      "accusing him of being ungrateful and of “gambling with World War Three.”")
K5 = "A planned signing of a deal giving the United States access to Ukraine's rare earth minerals was called off."
K6 = ("Ukrainian Prime Minister Denys Shmyhal told a news conference in Kyiv on Tuesday that Ukraine would keep "
      "seeking cooperation with Washington but had the means to hold the front line.")
K7 = ("Zelensky later wrote on X that his team was ready to “work under President Trump's strong leadership” to "
      "achieve a lasting peace.")
K8 = ("Kremlin spokesman Dmitry Peskov said a halt to U.S. weapons supplies would be the best possible contribution "
      "to peace.")
K9 = ("British Prime Minister Keir Starmer, who hosted European leaders in London on Sunday, announced a 1.6 billion "
      "pound deal to supply Ukraine with more than 5,000 air defence missiles.")
K10 = ("Senator Jeanne Shaheen, the top Democrat on the Senate Foreign Relations Committee, said the pause was "
       "“a gift to Putin” that would weaken America's standing in the world.")

EN01 = {
    "id": "hm108-en-01", "lang": "en", "url": None, "published": "2025-03-04",
    "title": "US pauses military aid to Ukraine after Oval Office clash",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("SANCTION", USA, UKRAINE, K1, mode="discontinue", date="2025-03-03"),
        event("CONSULT", ZELENSKY, TRUMP, K4, mode="visit", date="2025-02-28", location="Washington",
              location_country="USA"),
        event("ACCUSE", TRUMP, ZELENSKY, K4, mode="disapprove", date="2025-02-28", location="Washington",
              location_country="USA"),
        event("ACCUSE", VANCE, ZELENSKY, K4, mode="disapprove", date="2025-02-28", location="Washington",
              location_country="USA"),
        event("REJECT", USA, UKRAINE, K5, mode="assist", date="2025-02-28"),
        event("AGREE", SHMYHAL, USA, K6, date="2025-03-04", location="Kyiv", location_country="UKR"),
        event("AGREE", ZELENSKY, TRUMP, K7),
        event("SUPPORT", PESKOV, USA, K8),
        event("AGREE", STARMER, UKRAINE, K9, date="2025-03-02", location="London", location_country="GBR"),
        event("ACCUSE", SHAHEEN, TRUMP, K10, mode="disapprove"),
    ],
    "quotes": [
        quote("The United States has paused all military aid to Ukraine", "White House official", "indirect"),
        quote("Trump is focused on reaching a peace deal and needs partners to be committed to that goal",
              "White House official", "indirect"),
        quote("the pause would last until Trump determined that Kyiv was showing good faith", "White House official",
              "indirect"),
        quote("The move affects more than $1 billion in weapons and ammunition already ordered, including shipments "
              "waiting in Poland", "people familiar with the matter", "indirect"),
        quote("gambling with World War Three", "Donald Trump", "direct"),
        quote("Ukraine would keep seeking cooperation with Washington but had the means to hold the front line",
              "Denys Shmyhal", "indirect"),
        quote("work under President Trump's strong leadership", "Volodymyr Zelensky", "direct"),
        quote("his team was ready to “work under President Trump's strong leadership” to achieve a lasting peace",
              "Volodymyr Zelensky", "indirect"),
        quote("a halt to U.S. weapons supplies would be the best possible contribution to peace", "Dmitry Peskov",
              "indirect"),
        quote("a gift to Putin", "Jeanne Shaheen", "direct"),
        quote("the pause was “a gift to Putin” that would weaken America's standing in the world", "Jeanne Shaheen",
              "indirect"),
    ],
    "entities": [
        entity("United States", "GPE", "USA", ["The United States", "the United States", "Washington", "U.S.", "America"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kyiv"]),
        entity("White House official", "PER", "USA", ["a White House official", "the official"]),
        entity("Oval Office", "LOC", "USA", ["Oval Office"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump", "President Trump"]),
        entity("Volodymyr Zelensky", "PER", "UKR",
               ["Ukrainian President Volodymyr Zelensky", "Zelensky", "him", "his team"]),
        entity("Poland", "GPE", "POL", ["Poland"]),
        entity("people familiar with the matter", "ORG", None, ["people familiar with the matter"]),
        entity("White House", "LOC", "USA", ["the White House", "White House"]),
        entity("JD Vance", "PER", "USA", ["Vice President JD Vance"]),
        entity("Denys Shmyhal", "PER", "UKR", ["Ukrainian Prime Minister Denys Shmyhal"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer"]),
        entity("United Kingdom", "GPE", "GBR", ["British"]),
        entity("European leaders", "ORG", None, ["European leaders"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Jeanne Shaheen", "PER", "USA",
               ["Senator Jeanne Shaheen, the top Democrat on the Senate Foreign Relations Committee"]),
        entity("Senate Foreign Relations Committee", "ORG", "USA", ["the Senate Foreign Relations Committee"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin"]),
    ],
}

# ---------------------------------------------------------------- hm108-en-02
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
MIRZOYAN = actor("Ararat Mirzoyan", "ARM", "GOV")
BAYRAMOV = actor("Jeyhun Bayramov", "AZE", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
IRAN_MFA = actor("Iranian Foreign Ministry", "IRN", "GOV")
VELAYATI = actor("Ali Akbar Velayati", "IRN", "GOV")
RUS_MFA = actor("Russian Foreign Ministry", "RUS", "GOV")

L1 = ("The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on Friday committing "
      "their countries to end decades of conflict, in a deal brokered by U.S. President Donald Trump.")
L2 = ("Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov initialled the text "
      "of a peace treaty that still has to be signed and ratified.")
L3 = ("Under the deal, Armenia will grant the United States development rights to a transit route through its "
      "southern Syunik province, to be called the “Trump Route for International Peace and Prosperity.”")
L4 = ("Before the ceremony, Trump held separate talks in the Oval Office with Azerbaijani President Ilham Aliyev "
      "and Armenian Prime Minister Nikol Pashinyan.")
L5 = ("He also signed a waiver lifting restrictions on U.S. defence cooperation with Azerbaijan that Congress "
      "imposed in 1992.")
L6 = ("“They fought for 35 years, and now they are going to be friends for a long, long time,” Trump told "
      "reporters.")
L7 = "Aliyev said Azerbaijan would nominate Trump for the Nobel Peace Prize."
L8 = "Pashinyan called the agreement “a significant milestone” and thanked Trump for his personal involvement."
L9 = ("In Tehran, the Foreign Ministry voiced concern on Saturday about any foreign intervention near Iran's "
      "borders.")
L10 = ("Ali Akbar Velayati, a senior adviser to Supreme Leader Ayatollah Ali Khamenei, went further and threatened "
       "that Iran would block the planned corridor.")
L11 = ("Russia's Foreign Ministry said problems in the South Caucasus should be solved by the countries of the "
       "region themselves, without “outside” interference.")

EN02 = {
    "id": "hm108-en-02", "lang": "en", "url": None, "published": "2025-08-09",
    "title": "Armenia, Azerbaijan sign joint declaration at White House",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7, L8], [L9, L10, L11]),
    "events": [
        event("SUPPORT", ARMENIA, AZERBAIJAN, L1, date="2025-08-08", location="Washington", location_country="USA"),
        event("AGREE", MIRZOYAN, BAYRAMOV, L2, date="2025-08-08", location="Washington", location_country="USA"),
        event("AGREE", ARMENIA, USA, L3),
        event("CONSULT", ALIYEV, TRUMP, L4, mode="visit", date="2025-08-08", location="Washington",
              location_country="USA"),
        event("CONSULT", PASHINYAN, TRUMP, L4, mode="visit", date="2025-08-08", location="Washington",
              location_country="USA"),
        event("CONCEDE", TRUMP, AZERBAIJAN, L5, date="2025-08-08"),
        event("AGREE", ALIYEV, TRUMP, L7, date="2025-08-08"),
        event("SUPPORT", PASHINYAN, TRUMP, L8, date="2025-08-08"),
        event("ACCUSE", IRAN_MFA, USA, L9, mode="disapprove", date="2025-08-09"),
        event("THREATEN", VELAYATI, USA, L10, mode="restrict"),
        event("ACCUSE", RUS_MFA, USA, L11, mode="disapprove"),
    ],
    "quotes": [
        quote("Trump Route for International Peace and Prosperity", "White House", "direct"),
        quote("They fought for 35 years, and now they are going to be friends for a long, long time", "Donald Trump",
              "direct"),
        quote("Azerbaijan would nominate Trump for the Nobel Peace Prize", "Ilham Aliyev", "indirect"),
        quote("a significant milestone", "Nikol Pashinyan", "direct"),
        quote("Iran would block the planned corridor", "Ali Akbar Velayati", "indirect"),
        quote("problems in the South Caucasus should be solved by the countries of the region themselves, without "
              "“outside” interference", "Russian Foreign Ministry", "indirect"),
        quote("outside", "Russian Foreign Ministry", "direct"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenia", "Armenian", "its"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan", "Azerbaijani"]),
        entity("Ilham Aliyev and Nikol Pashinyan", "PER", None, ["The leaders of Armenia and Azerbaijan"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump", "He", "his"]),
        entity("United States", "GPE", "USA", ["U.S.", "the United States"]),
        entity("Ararat Mirzoyan", "PER", "ARM", ["Armenian Foreign Minister Ararat Mirzoyan"]),
        entity("Jeyhun Bayramov", "PER", "AZE", ["his Azerbaijani counterpart Jeyhun Bayramov"]),
        entity("Syunik", "LOC", "ARM", ["its southern Syunik province"]),
        entity("Trump Route for International Peace and Prosperity", "LOC", "ARM",
               ["a transit route", "Trump Route for International Peace and Prosperity", "the planned corridor"]),
        entity("Oval Office", "LOC", "USA", ["the Oval Office"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Azerbaijani President Ilham Aliyev", "Aliyev"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Armenian Prime Minister Nikol Pashinyan", "Pashinyan"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Iranian Foreign Ministry", "ORG", "IRN", ["the Foreign Ministry"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Ali Akbar Velayati", "PER", "IRN",
               ["Ali Akbar Velayati, a senior adviser to Supreme Leader Ayatollah Ali Khamenei"]),
        entity("Ali Khamenei", "PER", "IRN", ["Supreme Leader Ayatollah Ali Khamenei"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Russia's Foreign Ministry"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("South Caucasus", "LOC", None, ["the South Caucasus", "the region"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
