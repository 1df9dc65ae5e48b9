"""Round 244: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm244-de-01: Poland closes all border crossings with Belarus for the Russian-Belarusian "Zapad 2025" exercise; Tusk accuses Moscow and Minsk, 40,000 troops moved, Minsk protests and offers observers, Beijing worries about its freight trains, Lithuania and Latvia reinforce their borders (2025-09-12).
- hm244-de-02: Ukrainian drones hit the Toropets arsenal in Russia's Tver region; SBU, HUR and special forces claim the strike, governor Rudenya speaks of a repelled attack, Russian glide bombs on Kharkiv, Zelensky asks Washington and London for long-range permission, Putin's warning to NATO (2024-09-18).
- hm244-de-03: Ukraine's parliament ratifies the Rome Statute of the International Criminal Court with a seven-year reservation; Akane and the EU welcome it, Amnesty objects, Zakharova mocks, Kostin pledges cooperation with The Hague (2024-08-21).
- hm244-de-04: Mexico's first popular election of judges draws about 13 percent turnout; PAN and PRI boycott, Romero calls it a farce, protest in Mexico City, INE probes cheat sheets, arrests over a candidate's murder in Veracruz, Sheinbaum rejects the OAS observers' advice (2025-06-02).
- hm244-en-01: Azerbaijan orders the BBC to halt its work in Baku and suspends its journalists' accreditation; the BBC, London, Reporters Without Borders and the European Parliament object, Hajiyev accuses the broadcaster (2025-02-20).
- hm244-en-02: First high-level U.S.-Russian talks since the invasion in Riyadh: Rubio and Lavrov agree to restore embassies and set up negotiating teams; Kyiv not invited, Zelensky in Ankara rejects deals made without Ukraine, Erdogan offers to host talks, Starmer offers troops (2025-02-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm244-de-01 (Poland closes the Belarus border, Zapad 2025)
POLAND = actor("Poland", "POL", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
BLR_MIL = actor("Armed Forces of Belarus", "BLR", "MIL")
TUSK = actor("Donald Tusk", "POL", "GOV")
POL_MIL = actor("Polish Armed Forces", "POL", "MIL")
BLR_MFA = actor("Ministry of Foreign Affairs of Belarus", "BLR", "GOV")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
WANG_YI = actor("Wang Yi", "CHN", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
LATVIA = actor("Latvia", "LVA", "GOV")

Z1 = ("Warschau (dpa) - Polen hat wegen eines russisch-belarussischen Großmanövers sämtliche Grenzübergänge zu "
      "Belarus geschlossen.")
Z2 = ("Betroffen ist auch der Güterverkehr auf der Schiene, über den ein erheblicher Teil des Handels zwischen China "
      "und der EU abgewickelt wird.")
Z3 = "Ministerpräsident Donald Tusk begründete den Schritt mit der Übung »Sapad 2025«, die am Freitag begonnen hat."
Z4 = ("An dem Manöver nehmen russische und belarussische Truppen teil, geübt wird nach Angaben aus Minsk auch die "
      "Planung eines Einsatzes von Atomwaffen.")
Z5 = "Tusk warf Moskau und Minsk vor, die Übung als Drohkulisse gegen Polen zu inszenieren."
Z6 = ("„Wir sind so nah an einem offenen Konflikt wie seit dem Zweiten Weltkrieg nicht mehr“, sagte er im "
      "Parlament.")
Z7 = ("In der Nacht zum Mittwoch hatten polnische und verbündete Kampfjets über dem eigenen Staatsgebiet mehrere "
      "russische Drohnen abgeschossen.")
Z8 = "Polen verlegt nun rund 40.000 Soldaten in die Nähe der Grenzen zu Belarus und Russland."
Z9 = ("Das belarussische Außenministerium nannte die Grenzschließung eine »unbegründete Provokation«, die vor allem "
      "den Menschen in beiden Ländern schade.")
Z10 = "Minsk habe Warschau angeboten, Militärbeobachter zu der Übung zu entsenden, hieß es weiter."
Z11 = "Polen ging auf das Angebot nicht ein."
Z12 = ("Ein Sprecher des chinesischen Außenministeriums forderte Warschau auf, die Sicherheit der "
       "Güterzugverbindungen zwischen China und Europa zu gewährleisten.")
Z13 = "Chinas Außenminister Wang Yi wird in der kommenden Woche zu Gesprächen in Warschau erwartet."
Z14 = "Auch Litauen und Lettland verstärkten die Bewachung ihrer Grenzen zu Belarus."
Z15 = ("Die Grenze bleibe geschlossen, bis die Sicherheit des Landes gewährleistet sei, sagte Innenminister Marcin "
       "Kierwiński.")
Z16 = ("Belarus ist einer der engsten Verbündeten Russlands und diente 2022 als Aufmarschgebiet für die Invasion in "
       "der Ukraine.")

DE01 = {
    "id": "hm244-de-01", "lang": "de", "url": None, "published": "2025-09-12",
    "title": "Polen schließt Grenze zu Belarus wegen Großmanövers",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7, Z8], [Z9, Z10, Z11], [Z12, Z13, Z14], [Z15, Z16]),
    "events": [
        event("SANCTION", POLAND, BELARUS, Z1, mode="discontinue"),
        event("COOPERATE", RUS_MIL, BLR_MIL, Z4),
        event("ACCUSE", TUSK, RUSSIA, Z5, mode="allege"),
        event("ACCUSE", TUSK, BELARUS, Z5, mode="allege"),
        event("ASSAULT", POL_MIL, RUS_MIL, Z7, mode="aerial", location="Poland", location_country="POL"),
        event("MOBILIZE", POL_MIL, None, Z8, mode="troops"),
        event("ACCUSE", BLR_MFA, POLAND, Z9, mode="disapprove"),
        event("AGREE", BELARUS, POLAND, Z10),
        event("REJECT", POLAND, BELARUS, Z11),
        event("REQUEST", CHN_MFA, POLAND, Z12, mode="change"),
        event("AGREE", WANG_YI, POLAND, Z13),
        event("MOBILIZE", LITHUANIA, None, Z14, mode="police"),
        event("MOBILIZE", LATVIA, None, Z14, mode="police"),
    ],
    "quotes": [
        quote("die Übung als Drohkulisse gegen Polen zu inszenieren", "Donald Tusk", "indirect"),
        quote("Wir sind so nah an einem offenen Konflikt wie seit dem Zweiten Weltkrieg nicht mehr", "Donald Tusk",
              "direct"),
        quote("unbegründete Provokation", "Ministry of Foreign Affairs of Belarus", "direct"),
        quote("die Grenzschließung eine »unbegründete Provokation«, die vor allem den Menschen in beiden Ländern "
              "schade", "Ministry of Foreign Affairs of Belarus", "indirect"),
        quote("Minsk habe Warschau angeboten, Militärbeobachter zu der Übung zu entsenden",
              "Ministry of Foreign Affairs of Belarus", "indirect"),
        quote("Die Grenze bleibe geschlossen, bis die Sicherheit des Landes gewährleistet sei", "Marcin Kierwiński",
              "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Poland", "LOC", "POL", ["Polen"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk"]),
        entity("Zapad 2025", "MISC", None, ["Sapad 2025"]),
        entity("Armed Forces of Belarus", "ORG", "BLR", ["belarussische Truppen"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("World War II", "MISC", None, ["dem Zweiten Weltkrieg"]),
        entity("Polish Armed Forces", "ORG", "POL", ["polnische und verbündete Kampfjets", "Soldaten"]),
        entity("Russia", "LOC", "RUS", ["Russland", "Russlands"]),
        entity("Ministry of Foreign Affairs of Belarus", "ORG", "BLR", ["Das belarussische Außenministerium"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["des chinesischen Außenministeriums"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("Wang Yi", "PER", "CHN", ["Chinas Außenminister Wang Yi"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("Latvia", "LOC", "LVA", ["Lettland"]),
        entity("Marcin Kierwiński", "PER", "POL", ["Innenminister Marcin Kierwiński"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm244-de-02 (Ukrainian drones hit the Toropets arsenal)
UKRAINE = actor("Ukraine", "UKR", "GOV")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
SBU = actor("Security Service of Ukraine", "UKR", "GOV")
HUR = actor("Main Directorate of Intelligence of Ukraine", "UKR", "MIL")
SSO = actor("Special Operations Forces of Ukraine", "UKR", "MIL")
RUDENYA = actor("Igor Rudenya", "RUS", "GOV")
KHARKIV_RES = actor("residents of Kharkiv", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
NATO = actor("NATO", "IGO", "IGO")
RDK = actor("Russian Volunteer Corps", "RUS", "REB")

D1 = ("Kiew/Moskau (dpa) - Ukrainische Drohnen haben in der Nacht zum Mittwoch ein großes Munitionslager der "
      "russischen Armee in der Stadt Toropez im Gebiet Twer getroffen.")
D2 = "Videos in sozialen Netzwerken zeigten gewaltige Explosionen und einen Feuerball über der Kleinstadt."
D3 = ("Der Angriff sei gemeinsam vom Geheimdienst SBU, dem Militärgeheimdienst HUR und den Spezialkräften ausgeführt "
      "worden, sagte ein Vertreter des ukrainischen Sicherheitsapparats.")
D4 = ("Der Gouverneur des Gebiets Twer, Igor Rudenja, sprach von einem abgewehrten Drohnenangriff, herabstürzende "
      "Trümmer hätten einen Brand ausgelöst.")
D5 = "Teile von Toropez wurden evakuiert, nach Behördenangaben erlitten 13 Menschen leichte Verletzungen."
D6 = ("Das Verteidigungsministerium in Moskau erklärte, die Luftabwehr habe über mehreren Regionen mehr als 50 "
      "ukrainische Drohnen abgeschossen.")
D7 = "Es bestritt zugleich, dass in dem Lager größere Schäden entstanden seien."
D8 = ("Russland griff seinerseits die ostukrainische Großstadt Charkiw mit Gleitbomben an, wobei nach Angaben von "
      "Bürgermeister Ihor Terechow mindestens zwölf Menschen verletzt wurden.")
D9 = ("Präsident Wolodymyr Selenskyj forderte die USA und Großbritannien erneut auf, Kiew Angriffe mit westlichen "
      "Langstreckenwaffen auf Ziele tief in Russland zu erlauben.")
D10 = "„Ohne diese Erlaubnis kämpfen wir mit einer auf den Rücken gebundenen Hand“, sagte er in einer Videoansprache."
D11 = "Washington hat diese Erlaubnis bislang nicht erteilt."
D12 = ("Kremlchef Wladimir Putin hatte vergangene Woche gewarnt, eine solche Freigabe würde bedeuten, dass die "
       "NATO-Staaten sich im Krieg mit Russland befänden.")
D13 = "Das Arsenal in Toropez gilt als eines der größten des Landes."
D14 = "Dort sollen auch Raketen für Iskander-Systeme gelagert worden sein."
D15 = ("Im Grenzgebiet Kursk, wo ukrainische Truppen seit August Dutzende Ortschaften halten, lieferte sich die "
       "russische Armee nach eigenen Angaben Gefechte mit Kämpfern des Russischen Freiwilligenkorps.")

DE02 = {
    "id": "hm244-de-02", "lang": "de", "url": None, "published": "2024-09-18",
    "title": "Ukrainische Drohnen treffen russisches Munitionslager",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7], [D8, D15], [D9, D10, D11, D12], [D13, D14]),
    "events": [
        event("ASSAULT", UKR_MIL, RUS_MIL, D1, mode="drone", location="Toropets", location_country="RUS"),
        event("ASSAULT", SBU, RUS_MIL, D3, mode="drone"),
        event("ASSAULT", HUR, RUS_MIL, D3, mode="drone"),
        event("ASSAULT", SSO, RUS_MIL, D3, mode="drone"),
        event("ACCUSE", RUDENYA, UKRAINE, D4, mode="allege"),
        event("ASSAULT", RUS_MIL, UKR_MIL, D6),
        event("ASSAULT", RUSSIA, KHARKIV_RES, D8, mode="aerial", location="Kharkiv", location_country="UKR"),
        event("ASSAULT", RUS_MIL, RDK, D15, location="Kursk Oblast", location_country="RUS"),
        event("REQUEST", ZELENSKY, USA, D9, mode="assist"),
        event("REQUEST", ZELENSKY, UK, D9, mode="assist"),
        event("SUPPORT", USA, UKRAINE, D11, negated=True),
        event("THREATEN", PUTIN, NATO, D12, mode="violence"),
    ],
    "quotes": [
        quote("Der Angriff sei gemeinsam vom Geheimdienst SBU, dem Militärgeheimdienst HUR und den Spezialkräften "
              "ausgeführt worden", "Ukrainian security official", "indirect"),
        quote("herabstürzende Trümmer hätten einen Brand ausgelöst", "Igor Rudenya", "indirect"),
        quote("die Luftabwehr habe über mehreren Regionen mehr als 50 ukrainische Drohnen abgeschossen",
              "Ministry of Defence of Russia", "indirect"),
        quote("Ohne diese Erlaubnis kämpfen wir mit einer auf den Rücken gebundenen Hand", "Volodymyr Zelensky",
              "direct"),
        quote("eine solche Freigabe würde bedeuten, dass die NATO-Staaten sich im Krieg mit Russland befänden",
              "Vladimir Putin", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["Ukrainische Drohnen"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["der russischen Armee", "die russische Armee"]),
        entity("Toropets", "LOC", "RUS", ["der Stadt Toropez", "der Kleinstadt", "Toropez"]),
        entity("Tver Oblast", "LOC", "RUS", ["im Gebiet Twer", "des Gebiets Twer"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["Geheimdienst SBU"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR", ["dem Militärgeheimdienst HUR"]),
        entity("Special Operations Forces of Ukraine", "ORG", "UKR", ["den Spezialkräften"]),
        entity("Igor Rudenya", "PER", "RUS", ["Igor Rudenja"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau", "Es"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Kharkiv", "LOC", "UKR", ["die ostukrainische Großstadt Charkiw"]),
        entity("Ihor Terekhov", "PER", "UKR", ["Bürgermeister Ihor Terechow"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("United States", "LOC", "USA", ["die USA", "Washington"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("NATO", "ORG", "IGO", ["NATO-Staaten"]),
        entity("Iskander", "MISC", "RUS", ["Iskander-Systeme"]),
        entity("Kursk Oblast", "LOC", "RUS", ["Im Grenzgebiet Kursk"]),
        entity("Russian Volunteer Corps", "ORG", "RUS", ["Kämpfern des Russischen Freiwilligenkorps"]),
    ],
}

# ---------------------------------------------------------------- hm244-de-03 (Ukraine ratifies the Rome Statute)
RADA = actor("Verkhovna Rada", "UKR", "LEG")
ICC = actor("International Criminal Court", "IGO", "JUD")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
AKANE = actor("Tomoko Akane", "IGO", "JUD")
EU = actor("European Union", "EUR", "IGO")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
UKR_PGO = actor("Office of the Prosecutor General of Ukraine", "UKR", "JUD")
KOSTIN = actor("Andriy Kostin", "UKR", "JUD")

R1 = ("Kiew (AFP) - Das ukrainische Parlament hat das Römische Statut des Internationalen Strafgerichtshofs (IStGH) "
      "ratifiziert.")
R2 = "Für das Gesetz stimmten am Mittwoch 281 Abgeordnete, wie der Parlamentarier Jaroslaw Schelesnjak mitteilte."
R3 = "Damit kann die Ukraine zum Jahreswechsel Vertragsstaat des Gerichts in Den Haag werden."
R4 = ("Allerdings machte Kiew von einer Übergangsregel Gebrauch, nach der es die Zuständigkeit des Gerichts für "
      "Kriegsverbrechen eigener Staatsbürger sieben Jahre lang nicht anerkennt.")
R5 = "Menschenrechtsorganisationen wie Amnesty International kritisierten diese Einschränkung."
R6 = "Die Präsidentin des Strafgerichtshofs, Tomoko Akane, begrüßte die Entscheidung als »historischen Schritt«."
R7 = "Auch die EU lobte die Ratifizierung, die sie Kiew seit Langem nahegelegt hatte."
R8 = "Präsident Wolodymyr Selenskyj schrieb auf Telegram: „Wir sind jetzt ein vollwertiger Teil der internationalen Justiz.“"
R9 = ("Der IStGH hatte im März 2023 Haftbefehl gegen Kremlchef Wladimir Putin erlassen, dem die Verschleppung "
      "ukrainischer Kinder nach Russland vorgeworfen wird.")
R10 = "Russland ist kein Vertragsstaat und erkennt die Zuständigkeit des Gerichts nicht an."
R11 = "Außenamtssprecherin Maria Sacharowa verspottete die Ratifizierung in Moskau als »Propagandaaktion« Kiews."
R12 = ("Ukrainische Ermittler haben seit Beginn der russischen Invasion mehr als 140.000 mutmaßliche Kriegsverbrechen "
       "registriert.")
R13 = ("Generalstaatsanwalt Andrij Kostin kündigte an, die Zusammenarbeit mit den Ermittlern in Den Haag weiter "
       "auszubauen.")
R14 = "Der Gerichtshof ermittelt bereits seit März 2022 zu mutmaßlichen Verbrechen in der Ukraine."

DE03 = {
    "id": "hm244-de-03", "lang": "de", "url": None, "published": "2024-08-21",
    "title": "Ukraine ratifiziert Römisches Statut",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7, R8], [R9, R10, R11], [R12, R13, R14]),
    "events": [
        event("SUPPORT", RADA, ICC, R1),
        event("ACCUSE", AMNESTY, UKRAINE, R5, mode="disapprove"),
        event("SUPPORT", AKANE, RADA, R6),
        event("SUPPORT", EU, UKRAINE, R7),
        event("REQUEST", EU, UKRAINE, R7, mode="change"),
        event("ACCUSE", ICC, PUTIN, R9, mode="allege"),
        event("ACCUSE", ZAKHAROVA, UKRAINE, R11, mode="disapprove", location="Moscow", location_country="RUS"),
        event("ACCUSE", UKR_PGO, RUS_MIL, R12, mode="investigate"),
        event("AGREE", KOSTIN, ICC, R13),
        event("ACCUSE", ICC, None, R14, mode="investigate"),
    ],
    "quotes": [
        quote("historischen Schritt", "Tomoko Akane", "direct"),
        quote("Wir sind jetzt ein vollwertiger Teil der internationalen Justiz", "Volodymyr Zelensky", "direct"),
        quote("Propagandaaktion", "Maria Zakharova", "direct"),
        quote("die Zusammenarbeit mit den Ermittlern in Den Haag weiter auszubauen", "Andriy Kostin", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Verkhovna Rada", "ORG", "UKR", ["Das ukrainische Parlament"]),
        entity("Rome Statute", "MISC", None, ["das Römische Statut"]),
        entity("International Criminal Court", "ORG", "IGO",
               ["Internationalen Strafgerichtshofs", "IStGH", "des Gerichts", "des Strafgerichtshofs",
                "Der Gerichtshof"]),
        entity("Yaroslav Zhelezniak", "PER", "UKR", ["der Parlamentarier Jaroslaw Schelesnjak"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Tomoko Akane", "PER", "IGO", ["Die Präsidentin des Strafgerichtshofs, Tomoko Akane"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Office of the Prosecutor General of Ukraine", "ORG", "UKR", ["Ukrainische Ermittler"]),
        entity("Andriy Kostin", "PER", "UKR", ["Generalstaatsanwalt Andrij Kostin"]),
    ],
}

# ---------------------------------------------------------------- hm244-de-04 (Mexico's first judicial election)
SHEINBAUM = actor("Claudia Sheinbaum", "MEX", "GOV")
MEX_VOTERS = actor("Mexican voters", "MEX", "CVL")
PAN = actor("National Action Party", "MEX", "PTY")
PRI = actor("Institutional Revolutionary Party", "MEX", "PTY")
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
ROMERO = actor("Jorge Romero", "MEX", "PTY")
MORENA = actor("Morena", "MEX", "PTY")
MEX_PROTESTERS = actor("opponents of the judicial reform", "MEX", "CVL")
INE = actor("National Electoral Institute", "MEX", "GOV")
VER_GUNMEN = actor("gunmen in Veracruz", "MEX", "CVL")
VER_CANDIDATE = actor("mayoral candidate in Veracruz", "MEX", "PTY")
VER_POLICE = actor("Veracruz police", "MEX", "COP")
VER_SUSPECTS = actor("suspects in the killing of the Veracruz candidate", "MEX", "CVL")
OAS = actor("Organization of American States", "IGO", "IGO")
MEXICO = actor("Mexico", "MEX", "GOV")

M1 = ("Mexiko-Stadt (dpa) - Bei der ersten Volkswahl von Richtern in Mexiko hat nur rund jeder achte Wahlberechtigte "
      "seine Stimme abgegeben.")
M2 = ("Die Beteiligung habe zwischen 12,6 und 13,3 Prozent gelegen, teilte die Wahlbehörde INE nach einer ersten "
      "Hochrechnung mit.")
M3 = ("Präsidentin Claudia Sheinbaum dankte den Bürgern dennoch für ihre Teilnahme und nannte Mexiko »das "
      "demokratischste Land der Welt«.")
M4 = ("Die Oppositionsparteien PAN und PRI hatten die Abstimmung boykottiert und ihre Anhänger aufgefordert, zu Hause "
      "zu bleiben.")
M5 = ("PAN-Chef Jorge Romero bezeichnete die Wahl als »Farce«, mit der die Regierungspartei Morena die Justiz unter "
      "ihre Kontrolle bringen wolle.")
M6 = ("In Mexiko-Stadt zogen am Sonntag mehrere tausend Gegner der Justizreform vor das Gebäude des Obersten "
      "Gerichtshofs.")
M7 = ("Sheinbaum wies den Vorwurf zurück, die Regierung habe Wählern mit vorgefertigten Listen von Kandidaten die "
      "Stimmabgabe diktiert.")
M8 = "Die Wahlbehörde leitete eine Untersuchung zu den in mehreren Bundesstaaten verteilten Spickzetteln ein."
M9 = ("Gewählt wurden unter anderem die neun Richter des Obersten Gerichtshofs, in den meisten Rennen lagen "
      "regierungsnahe Kandidaten vorn.")
M10 = ("Im Bundesstaat Veracruz, wo zugleich Kommunalwahlen stattfanden, hatten Bewaffnete im Mai eine "
       "Bürgermeisterkandidatin während einer Wahlkampfveranstaltung erschossen.")
M11 = "Drei Verdächtige wurden inzwischen festgenommen."
M12 = ("Beobachter der Organisation Amerikanischer Staaten (OAS) empfahlen, das Modell vorerst nicht auf weitere "
       "Ebenen der Justiz auszuweiten.")
M13 = "Sheinbaum wies die Empfehlung zurück: Das Ergebnis sei Ausdruck des Volkswillens."
M14 = "Die Justizreform war im vergangenen September vom Kongress verabschiedet worden."
M15 = "Kritiker befürchten, dass Richter künftig stärker unter politischen Druck geraten."

DE04 = {
    "id": "hm244-de-04", "lang": "de", "url": None, "published": "2025-06-02",
    "title": "Geringe Beteiligung bei Richterwahl in Mexiko",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10, M11], [M12, M13, M14, M15]),
    "events": [
        event("SUPPORT", SHEINBAUM, MEX_VOTERS, M3),
        event("PROTEST", PAN, MEX_GOV, M4, mode="boycott"),
        event("PROTEST", PRI, MEX_GOV, M4, mode="boycott"),
        event("ACCUSE", ROMERO, MORENA, M5, mode="allege"),
        event("PROTEST", MEX_PROTESTERS, MEX_GOV, M6, mode="demo", location="Mexico City", location_country="MEX"),
        event("ACCUSE", INE, None, M8, mode="investigate"),
        event("ASSAULT", VER_GUNMEN, VER_CANDIDATE, M10, mode="firearms", location="Veracruz",
              location_country="MEX"),
        event("COERCE", VER_POLICE, VER_SUSPECTS, M11, mode="arrest"),
        event("REQUEST", OAS, MEXICO, M12, mode="change"),
        event("REJECT", SHEINBAUM, OAS, M13, mode="change"),
    ],
    "quotes": [
        quote("Die Beteiligung habe zwischen 12,6 und 13,3 Prozent gelegen", "National Electoral Institute",
              "indirect"),
        quote("das demokratischste Land der Welt", "Claudia Sheinbaum", "direct"),
        quote("Farce", "Jorge Romero", "direct"),
        quote("mit der die Regierungspartei Morena die Justiz unter ihre Kontrolle bringen wolle", "Jorge Romero",
              "indirect"),
        quote("das Modell vorerst nicht auf weitere Ebenen der Justiz auszuweiten", "Organization of American States",
              "indirect"),
        quote("Das Ergebnis sei Ausdruck des Volkswillens", "Claudia Sheinbaum", "indirect"),
        quote("dass Richter künftig stärker unter politischen Druck geraten", "critics of the judicial reform",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("Mexico", "LOC", "MEX", ["Mexiko"]),
        entity("National Electoral Institute", "ORG", "MEX", ["die Wahlbehörde INE", "Die Wahlbehörde"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "Sheinbaum"]),
        entity("National Action Party", "ORG", "MEX", ["PAN"]),
        entity("Institutional Revolutionary Party", "ORG", "MEX", ["PRI"]),
        entity("Jorge Romero", "PER", "MEX", ["PAN-Chef Jorge Romero"]),
        entity("Morena", "ORG", "MEX", ["die Regierungspartei Morena"]),
        entity("Supreme Court of Mexico", "ORG", "MEX", ["des Obersten Gerichtshofs"]),
        entity("Veracruz", "LOC", "MEX", ["Im Bundesstaat Veracruz"]),
        entity("Organization of American States", "ORG", "IGO", ["Organisation Amerikanischer Staaten (OAS)"]),
        entity("Congress of Mexico", "ORG", "MEX", ["vom Kongress"]),
    ],
}

# ---------------------------------------------------------------- hm244-en-01 (Azerbaijan orders the BBC to stop work)
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
BBC = actor("BBC", "GBR", "BUS")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
AZE_JOURNALISTS = actor("Azerbaijani journalists", "AZE", "CVL")
EP = actor("European Parliament", "EUR", "LEG")
BBC_CORRESPONDENTS = actor("BBC correspondents in Azerbaijan", "GBR", "BUS")

C1 = ("BAKU, Feb 20 (Reuters) - Azerbaijan has ordered the BBC to halt its operations in the country, the British "
      "broadcaster said on Thursday, the latest move against foreign media by President Ilham Aliyev's government.")
C2 = ("The foreign ministry suspended the accreditation of the BBC's Azerbaijani-language service and told it to "
      "close its Baku office, citing what it called “disinformation” and bias in its coverage.")
C3 = "The BBC said it was “deeply disappointed” by the decision and urged the authorities to reverse it."
C4 = "“We will continue to serve our audiences in Azerbaijan by every means available,” a spokesperson said."
C5 = "Britain's Foreign Office said it had raised its concerns with the Azerbaijani government."
C6 = ("Hikmet Hajiyev, foreign policy adviser to the president, accused the broadcaster of serving “the interests of "
      "certain circles” hostile to Azerbaijan.")
C7 = ("Reporters Without Borders called the ban “another blow” to independent journalism and demanded that Baku "
      "allow the BBC to resume its work.")
C8 = ("Azerbaijani police have detained more than a dozen journalists since late 2023, most of them on smuggling "
      "charges that rights groups say were fabricated.")
C9 = ("The European Parliament has repeatedly condemned the arrests and called on Baku to free the reporters, demands "
      "the government has rejected.")
C10 = ("The authorities did not expel the BBC's correspondents, but they may no longer work as journalists in the "
       "country.")
C11 = "Press freedom in the South Caucasus country has deteriorated sharply in recent years."
C12 = "The BBC has broadcast in Azerbaijani since 1994."
C13 = "Hajiyev denied that the decision was linked to the BBC's reporting on the arrested journalists."

EN01 = {
    "id": "hm244-en-01", "lang": "en", "url": None, "published": "2025-02-20",
    "title": "Azerbaijan orders BBC to halt operations",
    "text": paragraphs([C1, C2], [C3, C4, C5], [C6, C7], [C8, C9, C10], [C11, C12, C13]),
    "events": [
        event("COERCE", AZE_GOV, BBC, C1, mode="censor"),
        event("COERCE", AZE_MFA, BBC, C2, mode="censor", location="Baku", location_country="AZE"),
        event("ACCUSE", AZE_MFA, BBC, C2, mode="allege"),
        event("ACCUSE", BBC, AZE_GOV, C3, mode="disapprove"),
        event("REQUEST", BBC, AZE_GOV, C3, mode="change"),
        event("ACCUSE", UK_FCDO, AZE_GOV, C5, mode="disapprove"),
        event("ACCUSE", HAJIYEV, BBC, C6, mode="allege"),
        event("ACCUSE", RSF, AZE_GOV, C7, mode="disapprove"),
        event("REQUEST", RSF, AZE_GOV, C7, mode="change"),
        event("COERCE", AZE_POLICE, AZE_JOURNALISTS, C8, mode="arrest"),
        event("ACCUSE", EP, AZE_GOV, C9, mode="disapprove"),
        event("REQUEST", EP, AZE_GOV, C9, mode="yield"),
        event("REJECT", AZE_GOV, EP, C9, mode="yield"),
        event("COERCE", AZE_GOV, BBC_CORRESPONDENTS, C10, mode="deport", negated=True),
    ],
    "quotes": [
        quote("Azerbaijan has ordered the BBC to halt its operations in the country", "BBC", "indirect"),
        quote("disinformation", "Ministry of Foreign Affairs of Azerbaijan", "direct"),
        quote("deeply disappointed", "BBC", "direct"),
        quote("it was “deeply disappointed” by the decision", "BBC", "indirect"),
        quote("We will continue to serve our audiences in Azerbaijan by every means available", "BBC spokesperson",
              "direct"),
        quote("it had raised its concerns with the Azerbaijani government",
              "Foreign, Commonwealth and Development Office", "indirect"),
        quote("the interests of certain circles", "Hikmet Hajiyev", "direct"),
        quote("another blow", "Reporters Without Borders", "direct"),
        quote("Baku allow the BBC to resume its work", "Reporters Without Borders", "indirect"),
    ],
    "entities": [
        entity("Baku", "LOC", "AZE", ["BAKU", "Baku"]),
        entity("Azerbaijan", "LOC", "AZE", ["Azerbaijan", "the South Caucasus country"]),
        entity("BBC", "ORG", "GBR", ["the BBC", "the British broadcaster", "The BBC", "the broadcaster"]),
        entity("Ilham Aliyev", "PER", "AZE", ["President Ilham Aliyev", "the president"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["the Azerbaijani government", "the government",
                                                          "The authorities", "the authorities"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["The foreign ministry"]),
        entity("BBC News Azerbaijani", "ORG", "GBR", ["the BBC's Azerbaijani-language service"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Britain's Foreign Office"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Hikmet Hajiyev", "Hajiyev"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporters Without Borders"]),
        entity("Azerbaijani police", "ORG", "AZE", ["Azerbaijani police"]),
        entity("European Parliament", "ORG", "EUR", ["The European Parliament"]),
    ],
}

# ---------------------------------------------------------------- hm244-en-02 (U.S.-Russian talks in Riyadh)
RUBIO = actor("Marco Rubio", "USA", "GOV")
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
ERDOGAN = actor("Recep Tayyip Erdogan", "TUR", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

S1 = ("RIYADH, Feb 18 (Reuters) - Senior U.S. and Russian officials agreed on Tuesday to restore the staffing of their "
      "embassies and to start work on ending the war in Ukraine, after their first high-level talks since Russia's "
      "full-scale invasion.")
S2 = ("Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met for about four and a half hours "
      "at Riyadh's Diriyah Palace, hosted by Saudi Foreign Minister Prince Faisal bin Farhan.")
S3 = ("Rubio said both sides would appoint high-level teams to negotiate a settlement and that any deal would require "
      "concessions “from all sides”.")
S4 = ("Lavrov called the talks “very useful” but told reporters that Moscow would not accept troops from NATO "
      "countries being deployed in Ukraine as peacekeepers.")
S5 = ("Kremlin aide Yuri Ushakov, who also attended, said no date had yet been set for a meeting between President "
      "Vladimir Putin and President Donald Trump.")
S6 = "Washington did not invite Kyiv to the talks."
S7 = ("Speaking in Ankara after meeting Turkish President Tayyip Erdogan, President Volodymyr Zelenskiy said Ukraine "
      "would not recognise any agreement reached by Washington and Moscow without its participation.")
S8 = "He also postponed a planned visit to Saudi Arabia, saying he did not want to lend legitimacy to the meeting."
S9 = "Erdogan offered to host talks between Kyiv and Moscow in Turkey."
S10 = ("British Prime Minister Keir Starmer and other European leaders held an emergency meeting in Paris on Monday "
       "hosted by French President Emmanuel Macron.")
S11 = "Starmer has said Britain is ready to put troops on the ground in Ukraine to help guarantee any peace deal."
S12 = "The war, now approaching its fourth year, has killed or wounded hundreds of thousands of soldiers on both sides."
S13 = "Russian forces kept up their attacks overnight, launching 167 drones at Ukraine, the Ukrainian air force said."
S14 = "Moscow denies targeting civilians."

EN02 = {
    "id": "hm244-en-02", "lang": "en", "url": None, "published": "2025-02-18",
    "title": "U.S. and Russia agree to restore embassies, start work on Ukraine peace",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9], [S10, S11], [S12, S13, S14]),
    "events": [
        event("AGREE", USA, RUSSIA, S1),
        event("CONSULT", USA, RUSSIA, S1, mode="third-party", location="Riyadh", location_country="SAU"),
        event("CONSULT", RUBIO, LAVROV, S2, mode="third-party", location="Riyadh", location_country="SAU"),
        event("AGREE", RUBIO, RUSSIA, S3),
        event("REJECT", LAVROV, NATO, S4),
        event("AGREE", USA, UKRAINE, S6, negated=True),
        event("CONSULT", ZELENSKY, ERDOGAN, S7, mode="visit", location="Ankara", location_country="TUR"),
        event("REJECT", ZELENSKY, USA, S7),
        event("REJECT", ZELENSKY, RUSSIA, S7),
        event("REJECT", ZELENSKY, SAUDI, S8, mode="meet"),
        event("AGREE", ERDOGAN, UKRAINE, S9),
        event("AGREE", ERDOGAN, RUSSIA, S9),
        event("CONSULT", STARMER, MACRON, S10, mode="multilateral", location="Paris", location_country="FRA"),
        event("AGREE", STARMER, UKRAINE, S11),
        event("ASSAULT", RUS_MIL, UKRAINE, S13, mode="drone"),
    ],
    "quotes": [
        quote("from all sides", "Marco Rubio", "direct"),
        quote("both sides would appoint high-level teams to negotiate a settlement and that any deal would require "
              "concessions “from all sides”", "Marco Rubio", "indirect"),
        quote("very useful", "Sergey Lavrov", "direct"),
        quote("Moscow would not accept troops from NATO countries being deployed in Ukraine as peacekeepers",
              "Sergey Lavrov", "indirect"),
        quote("no date had yet been set for a meeting between President Vladimir Putin and President Donald Trump",
              "Yuri Ushakov", "indirect"),
        quote("Ukraine would not recognise any agreement reached by Washington and Moscow without its participation",
              "Volodymyr Zelensky", "indirect"),
        quote("he did not want to lend legitimacy to the meeting", "Volodymyr Zelensky", "indirect"),
        quote("Britain is ready to put troops on the ground in Ukraine to help guarantee any peace deal",
              "Keir Starmer", "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["RIYADH", "Riyadh"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("Sergey Lavrov", "PER", "RUS", ["Russian Foreign Minister Sergei Lavrov", "Lavrov"]),
        entity("Diriyah Palace", "LOC", "SAU", ["Diriyah Palace"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["Saudi Foreign Minister Prince Faisal bin Farhan"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Yuri Ushakov", "PER", "RUS", ["Kremlin aide Yuri Ushakov"]),
        entity("Vladimir Putin", "PER", "RUS", ["President Vladimir Putin"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Kyiv", "LOC", "UKR", ["Kyiv"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["Turkish President Tayyip Erdogan", "Erdogan"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelenskiy", "He"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Keir Starmer", "PER", "GBR", ["British Prime Minister Keir Starmer", "Starmer"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Emmanuel Macron", "PER", "FRA", ["French President Emmanuel Macron"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russian forces"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["the Ukrainian air force"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
