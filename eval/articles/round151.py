"""Round 151: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm151-de-01: Tens of thousands protest in Bratislava and other Slovak cities against Fico's course after his Moscow visit; Fico alleges a coup plot (2025-01-25).
- hm151-de-02: Magdeburg Christmas market car attack: the suspect remanded, Scholz and Faeser visit, Saudi Arabia says it warned Berlin (2024-12-22).
- hm151-de-03: Poland shoots down Russian drones over its territory; Tusk requests NATO Article 4 consultations, Moscow denies targeting Poland (2025-09-10).
- hm151-de-04: Gazprom halts gas to Transnistria; Moldova accuses Moscow of blackmail, Tiraspol rejects Chisinau's offer, the EU pledges aid (2025-01-03).
- hm151-en-01: Russian police detain mourners after Alexei Navalny's death; Biden blames Putin, Germany and France summon envoys (2024-02-19).
- hm151-en-02: A Tbilisi court jails opposition leader Nika Gvaramia for defying a parliamentary commission; Kobakhidze defends it, Kallas objects (2025-06-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm151-de-01: Slovakia, protests against Fico
# ---------------------------------------------------------------------------
SK_PROT = actor("Slovak protesters", "SVK", "CVL")
FICO = actor("Robert Fico", "SVK", "GOV")
SK_OPP = actor("Slovak opposition", "SVK", "OPP")
SK_ORG = actor("Slovak protest organizers", "SVK", "CVL")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
PELLEGRINI = actor("Peter Pellegrini", "SVK", "GOV")
SK_GOV = actor("Government of Slovakia", "SVK", "GOV")
SK_POL = actor("Slovak police", "SVK", "COP")

G1 = ("In der Slowakei sind am Freitagabend erneut Zehntausende Menschen gegen die Regierung von "
      "Ministerpräsident Robert Fico auf die Straße gegangen.")
G2 = ("Allein in Bratislava versammelten sich rund 60.000 Teilnehmer auf dem Platz der Freiheit, "
      "Kundgebungen gab es zudem in mehr als 40 weiteren Städten.")
G3 = "Die Demonstranten warfen Fico vor, das Land schrittweise aus der EU und der Nato herauszuführen."
G4 = "Auf vielen Transparenten stand „Die Slowakei ist Europa“."
G5 = ("Fico wies die Vorwürfe zurück und warf der Opposition vor, nach ukrainischem Vorbild einen "
      "Umsturz vorzubereiten.")
G6 = "Den Organisatoren drohte er mit Ermittlungen wegen ausländischer Finanzierung."
G7 = ("Der Vorsitzende der oppositionellen Progressiven Slowakei, Michal Šimečka, nannte die Äußerungen "
      "„lächerlich und gefährlich“.")
G8 = "Er verlangte, Fico müsse sich im Parlament klar zur Mitgliedschaft in EU und Nato bekennen."
G9 = ("Die Proteste hatten begonnen, nachdem Fico kurz vor Weihnachten in Moskau Kremlchef Wladimir Putin "
      "getroffen hatte.")
G10 = "Staatspräsident Peter Pellegrini rief Regierung und Opposition zum Dialog auf."
G11 = "Die Polizei nahm in Bratislava niemanden fest."
G12 = "Die Slowakei grenzt an die Ukraine und ist seit 2004 Mitglied von EU und Nato."

DE01 = {
    "id": "hm151-de-01", "lang": "de", "url": None, "published": "2025-01-25",
    "title": "Zehntausende demonstrieren in der Slowakei gegen Fico",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("PROTEST", SK_PROT, FICO, G1, mode="demo", date="2025-01-24", location="Slovakia",
              location_country="SVK"),
        event("PROTEST", SK_PROT, FICO, G2, mode="demo", date="2025-01-24", location="Bratislava",
              location_country="SVK"),
        event("ACCUSE", SK_PROT, FICO, G3, mode="disapprove"),
        event("ACCUSE", FICO, SK_OPP, G5, mode="allege"),
        event("THREATEN", FICO, SK_ORG, G6),
        event("ACCUSE", SIMECKA, FICO, G7, mode="disapprove"),
        event("REQUEST", SIMECKA, FICO, G8, mode="change"),
        event("CONSULT", FICO, PUTIN, G9, mode="visit", location="Moscow", location_country="RUS"),
        event("PROTEST", SK_PROT, FICO, G9, mode="demo"),
        event("REQUEST", PELLEGRINI, SK_GOV, G10, mode="meet"),
        event("REQUEST", PELLEGRINI, SK_OPP, G10, mode="meet"),
        event("COERCE", SK_POL, SK_PROT, G11, mode="arrest", location="Bratislava", location_country="SVK",
              negated=True),
    ],
    "quotes": [
        quote("das Land schrittweise aus der EU und der Nato herauszuführen", "Slovak protesters", "indirect"),
        quote("Die Slowakei ist Europa", "Slovak protesters", "direct"),
        quote("nach ukrainischem Vorbild einen Umsturz vorzubereiten", "Robert Fico", "indirect"),
        quote("lächerlich und gefährlich", "Michal Šimečka", "direct"),
        quote("Fico müsse sich im Parlament klar zur Mitgliedschaft in EU und Nato bekennen", "Michal Šimečka",
              "indirect"),
    ],
    "entities": [
        entity("Slovakia", "GPE", "SVK", ["In der Slowakei", "Die Slowakei", "das Land"]),
        entity("Robert Fico", "PER", "SVK", ["Ministerpräsident Robert Fico", "Fico", "er"]),
        entity("Slovak protesters", "ORG", "SVK", ["Zehntausende Menschen", "rund 60.000 Teilnehmer",
                                                   "Die Demonstranten"]),
        entity("Bratislava", "LOC", "SVK", ["Bratislava"]),
        entity("Freedom Square", "LOC", "SVK", ["dem Platz der Freiheit"]),
        entity("European Union", "ORG", "EUR", ["der EU", "EU"]),
        entity("NATO", "ORG", "IGO", ["der Nato", "Nato"]),
        entity("Slovak opposition", "ORG", "SVK", ["der Opposition", "Opposition"]),
        entity("Ukraine", "GPE", "UKR", ["ukrainischem", "die Ukraine"]),
        entity("Slovak protest organizers", "ORG", "SVK", ["Den Organisatoren"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["der oppositionellen Progressiven Slowakei"]),
        entity("Michal Šimečka", "PER", "SVK", ["Michal Šimečka", "Er"]),
        entity("National Council of Slovakia", "ORG", "SVK", ["im Parlament"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Peter Pellegrini", "PER", "SVK", ["Staatspräsident Peter Pellegrini"]),
        entity("Government of Slovakia", "ORG", "SVK", ["Regierung", "die Regierung"]),
        entity("Slovak police", "ORG", "SVK", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------------------
# hm151-de-02: Magdeburg Christmas market attack
# ---------------------------------------------------------------------------
JUDGE = actor("Magdeburg remand judge", "DEU", "JUD")
PROSEC = actor("Magdeburg public prosecutor's office", "DEU", "JUD")
SUSPECT = actor("Taleb al-Abdulmohsen", "SAU", "CVL")
VICTIMS = actor("Magdeburg Christmas market visitors", "DEU", "CVL")
DE_POL = actor("Saxony-Anhalt police", "DEU", "COP")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
HASELOFF = actor("Reiner Haseloff", "DEU", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
DE_SEC = actor("German security authorities", "DEU", "GOV")
WEIDEL = actor("Alice Weidel", "DEU", "PTY")
DE_GOV = actor("Government of Germany", "DEU", "GOV")

M1 = ("Nach der Todesfahrt auf dem Weihnachtsmarkt in Magdeburg hat ein Haftrichter Untersuchungshaft "
      "gegen den mutmaßlichen Täter angeordnet.")
M2 = ("Die Staatsanwaltschaft wirft dem 50 Jahre alten Arzt aus Saudi-Arabien fünffachen Mord sowie "
      "versuchten Mord in mehr als 200 Fällen vor.")
M3 = "Der Mann war am Freitagabend mit einem Mietwagen über einen Rettungsweg in die Menge gerast."
M4 = "Polizisten nahmen ihn wenige Minuten später neben dem Fahrzeug fest."
M5 = ("Bundeskanzler Olaf Scholz besuchte am Samstag gemeinsam mit Innenministerin Nancy Faeser den Tatort "
      "und traf Sachsen-Anhalts Ministerpräsidenten Reiner Haseloff.")
M6 = "„Was für eine furchtbare, wahnsinnige Tat“, sagte Scholz."
M7 = ("Saudi-Arabien verurteilte den Anschlag und erklärte, es habe die deutschen Behörden bereits vor "
      "Monaten vor dem Mann gewarnt.")
M8 = "Faeser ließ prüfen, ob Sicherheitsbehörden Hinweise auf den Täter übersehen hatten."
M9 = "AfD-Chefin Alice Weidel warf der Bundesregierung ein Versagen in der Sicherheitspolitik vor."
M10 = "Am Abend versammelten sich Hunderte Menschen vor dem Dom zu einer stillen Andacht."
M11 = "Die Ermittler gehen davon aus, dass der Mann allein gehandelt hat."
M12 = "Der Weihnachtsmarkt bleibt bis auf Weiteres geschlossen."

DE02 = {
    "id": "hm151-de-02", "lang": "de", "url": None, "published": "2024-12-22",
    "title": "Anschlag in Magdeburg: Haftbefehl gegen mutmaßlichen Täter",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12]),
    "events": [
        event("COERCE", JUDGE, SUSPECT, M1, mode="arrest", location="Magdeburg", location_country="DEU"),
        event("ACCUSE", PROSEC, SUSPECT, M2, mode="allege"),
        event("ASSAULT", SUSPECT, VICTIMS, M3, date="2024-12-20", location="Magdeburg", location_country="DEU"),
        event("COERCE", DE_POL, SUSPECT, M4, mode="arrest", date="2024-12-20", location="Magdeburg",
              location_country="DEU"),
        event("CONSULT", SCHOLZ, HASELOFF, M5, mode="visit", date="2024-12-21", location="Magdeburg",
              location_country="DEU"),
        event("CONSULT", FAESER, HASELOFF, M5, mode="visit", date="2024-12-21", location="Magdeburg",
              location_country="DEU"),
        event("ACCUSE", SCHOLZ, SUSPECT, M6, mode="disapprove"),
        event("ACCUSE", SAUDI, SUSPECT, M7, mode="disapprove"),
        event("COOPERATE", SAUDI, DE_SEC, M7),
        event("ACCUSE", FAESER, DE_SEC, M8, mode="investigate"),
        event("ACCUSE", WEIDEL, DE_GOV, M9, mode="disapprove"),
    ],
    "quotes": [
        quote("Was für eine furchtbare, wahnsinnige Tat", "Olaf Scholz", "direct"),
        quote("es habe die deutschen Behörden bereits vor Monaten vor dem Mann gewarnt", "Saudi Arabia",
              "indirect"),
        quote("dass der Mann allein gehandelt hat", "German investigators", "indirect"),
    ],
    "entities": [
        entity("Magdeburg Christmas market", "LOC", "DEU", ["dem Weihnachtsmarkt in Magdeburg",
                                                            "Der Weihnachtsmarkt"]),
        entity("Magdeburg", "LOC", "DEU", ["Magdeburg"]),
        entity("Magdeburg remand judge", "PER", "DEU", ["ein Haftrichter"]),
        entity("Taleb al-Abdulmohsen", "PER", "SAU", ["den mutmaßlichen Täter",
                                                      "dem 50 Jahre alten Arzt aus Saudi-Arabien",
                                                      "Der Mann", "ihn", "dem Mann", "den Täter", "der Mann"]),
        entity("Magdeburg public prosecutor's office", "ORG", "DEU", ["Die Staatsanwaltschaft"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi-Arabien"]),
        entity("Saxony-Anhalt police", "ORG", "DEU", ["Polizisten"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser", "Faeser"]),
        entity("Saxony-Anhalt", "GPE", "DEU", ["Sachsen-Anhalts"]),
        entity("Reiner Haseloff", "PER", "DEU", ["Ministerpräsidenten Reiner Haseloff"]),
        entity("German security authorities", "ORG", "DEU", ["die deutschen Behörden", "Sicherheitsbehörden"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Chefin Alice Weidel"]),
        entity("Alternative for Germany", "ORG", "DEU", ["AfD"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Magdeburg Cathedral", "LOC", "DEU", ["dem Dom"]),
        entity("German investigators", "ORG", "DEU", ["Die Ermittler"]),
    ],
}

# ---------------------------------------------------------------------------
# hm151-de-03: Russian drones over Poland
# ---------------------------------------------------------------------------
PL_MIL = actor("Polish armed forces", "POL", "MIL")
RU_MIL = actor("Russian armed forces", "RUS", "MIL")
UKRAINE_C = actor("Ukraine", "UKR", None)
NL_MIL = actor("Netherlands", "NLD", "MIL")
POLAND = actor("Poland", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
NATO = actor("NATO", "IGO", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
MERZ = actor("Friedrich Merz", "DEU", "GOV")
RU_MOD = actor("Russian Ministry of Defence", "RUS", "GOV")
PL_MOD = actor("Polish Ministry of National Defence", "POL", "GOV")
BELARUS = actor("Belarus", "BLR", "GOV")

D1 = ("Polen hat in der Nacht zum Mittwoch erstmals mehrere russische Drohnen über dem eigenen "
      "Staatsgebiet abgeschossen.")
D2 = ("Die Flugkörper waren während eines massiven russischen Angriffs auf die Westukraine aus Richtung "
      "Belarus in den polnischen Luftraum eingedrungen.")
D3 = ("Unterstützt wurden die polnischen Kampfjets von niederländischen F-35-Maschinen, die im Rahmen der "
      "Nato in Polen stationiert sind.")
D4 = "Die Flughäfen in Warschau und Rzeszów stellten den Betrieb für mehrere Stunden ein."
D5 = "Ministerpräsident Donald Tusk beantragte Konsultationen nach Artikel 4 des Nato-Vertrags."
D6 = "„Das war keine Panne, sondern eine gezielte Provokation Russlands“, sagte er im Parlament in Warschau."
D7 = "Nato-Generalsekretär Mark Rutte sicherte Polen die volle Solidarität des Bündnisses zu."
D8 = "Auch Bundeskanzler Friedrich Merz verurteilte das Vorgehen Moskaus scharf."
D9 = ("Das russische Verteidigungsministerium erklärte, Ziele auf polnischem Gebiet seien nicht "
      "angegriffen worden.")
D10 = "Man sei zu Gesprächen mit dem polnischen Verteidigungsministerium bereit, hieß es weiter."
D11 = "Belarus teilte mit, es habe Warschau in der Nacht vor anfliegenden Drohnen gewarnt."
D12 = "Die polnische Armee verlegte zusätzliche Einheiten in die Grenzregion."

DE03 = {
    "id": "hm151-de-03", "lang": "de", "url": None, "published": "2025-09-10",
    "title": "Polen schießt russische Drohnen ab und ruft die Nato an",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("ASSAULT", PL_MIL, RU_MIL, D1, mode="aerial", date="2025-09-10", location="Poland",
              location_country="POL"),
        event("ASSAULT", RU_MIL, UKRAINE_C, D2, mode="drone", location="Western Ukraine", location_country="UKR"),
        event("AID", NL_MIL, POLAND, D3),
        event("REQUEST", TUSK, NATO, D5, mode="meet"),
        event("ACCUSE", TUSK, RUSSIA, D6, mode="allege"),
        event("SUPPORT", RUTTE, POLAND, D7),
        event("ACCUSE", MERZ, RUSSIA, D8, mode="disapprove"),
        event("AGREE", RU_MOD, PL_MOD, D10),
        event("COOPERATE", BELARUS, POLAND, D11),
        event("MOBILIZE", PL_MIL, None, D12, mode="troops"),
    ],
    "quotes": [
        quote("Das war keine Panne, sondern eine gezielte Provokation Russlands", "Donald Tusk", "direct"),
        quote("Ziele auf polnischem Gebiet seien nicht angegriffen worden", "Russian Ministry of Defence",
              "indirect"),
        quote("Man sei zu Gesprächen mit dem polnischen Verteidigungsministerium bereit",
              "Russian Ministry of Defence", "indirect"),
        quote("es habe Warschau in der Nacht vor anfliegenden Drohnen gewarnt", "Belarus", "indirect"),
    ],
    "entities": [
        entity("Poland", "GPE", "POL", ["Polen", "polnischen", "polnischem", "Warschau"]),
        entity("Russia", "GPE", "RUS", ["russische", "russischen", "Russlands", "Moskaus"]),
        entity("Western Ukraine", "LOC", "UKR", ["die Westukraine"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
        entity("Netherlands", "GPE", "NLD", ["niederländischen"]),
        entity("NATO", "ORG", "IGO", ["der Nato", "Nato", "des Bündnisses"]),
        entity("Warsaw Chopin Airport", "LOC", "POL", ["Die Flughäfen in Warschau"]),
        entity("Rzeszów", "LOC", "POL", ["Rzeszów"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "er"]),
        entity("Sejm", "ORG", "POL", ["im Parlament in Warschau"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("Friedrich Merz", "PER", "DEU", ["Bundeskanzler Friedrich Merz"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Polish Ministry of National Defence", "ORG", "POL",
               ["dem polnischen Verteidigungsministerium"]),
        entity("Polish armed forces", "ORG", "POL", ["die polnischen Kampfjets", "Die polnische Armee"]),
    ],
}

# ---------------------------------------------------------------------------
# hm151-de-04: Gas cut to Transnistria
# ---------------------------------------------------------------------------
MD_GOV = actor("Government of Moldova", "MDA", "GOV")
GAZPROM = actor("Gazprom", "RUS", "BUS")
TRANS = actor("Transnistrian authorities", "MDA", "GOV")
RECEAN = actor("Dorin Recean", "MDA", "GOV")
KRASNO = actor("Vadim Krasnoselsky", "MDA", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
EC = actor("European Commission", "EUR", "IGO")
SANDU = actor("Maia Sandu", "MDA", "GOV")
COSTA = actor("António Costa", "EUR", "IGO")

T1 = "Nach dem Stopp russischer Gaslieferungen hat die Republik Moldau Moskau Erpressung vorgeworfen."
T2 = ("Der Staatskonzern Gazprom hatte die Lieferungen an die abtrünnige Region Transnistrien zum "
      "Jahreswechsel eingestellt und dies mit angeblichen Schulden Chisinaus begründet.")
T3 = ("In Transnistrien sind seither Zehntausende Haushalte ohne Heizung und warmes Wasser, die meisten "
      "Fabriken stehen still.")
T4 = "Ministerpräsident Dorin Recean sprach von einem „hybriden Angriff“ des Kremls."
T5 = "Moskau wolle die Region vor der Parlamentswahl im Herbst destabilisieren, sagte er."
T6 = "Die Regierung in Chisinau bot den Behörden in Tiraspol an, Gas über Europa zu beschaffen."
T7 = "Der Separatistenführer Wadim Krasnoselski lehnte das Angebot ab."
T8 = "Er machte Chisinau und Kiew für die Lage verantwortlich."
T9 = "Die Ukraine hatte den Transit russischen Gases durch ihr Gebiet zum 1. Januar auslaufen lassen."
T10 = "Die EU-Kommission sagte Moldau rasche Unterstützung zu."
T11 = "Brüssel stellte bereits 30 Millionen Euro für Stromimporte bereit."
T12 = "Präsidentin Maia Sandu telefonierte am Donnerstag mit EU-Ratspräsident António Costa."
T13 = "Der schmale Landstreifen am Dnjestr gilt seit einem kurzen Krieg Anfang der neunziger Jahre als abtrünnig."

DE04 = {
    "id": "hm151-de-04", "lang": "de", "url": None, "published": "2025-01-03",
    "title": "Gasstopp für Transnistrien: Moldau wirft Moskau Erpressung vor",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9], [T10, T11, T12, T13]),
    "events": [
        event("ACCUSE", MD_GOV, RUSSIA, T1, mode="allege"),
        event("SANCTION", GAZPROM, TRANS, T2, mode="discontinue", date="2025-01-01"),
        event("ACCUSE", GAZPROM, MD_GOV, T2, mode="allege"),
        event("ACCUSE", RECEAN, RUSSIA, T4, mode="allege"),
        event("ACCUSE", RECEAN, RUSSIA, T5, mode="allege"),
        event("AGREE", MD_GOV, TRANS, T6),
        event("REJECT", KRASNO, MD_GOV, T7, mode="assist"),
        event("ACCUSE", KRASNO, MD_GOV, T8, mode="allege"),
        event("ACCUSE", KRASNO, UKRAINE, T8, mode="allege"),
        event("SANCTION", UKRAINE, RUSSIA, T9, mode="discontinue", date="2025-01-01"),
        event("AGREE", EC, MD_GOV, T10),
        event("AID", EC, MD_GOV, T11),
        event("CONSULT", SANDU, COSTA, T12, mode="phone", date="2025-01-02"),
    ],
    "quotes": [
        quote("hybriden Angriff", "Dorin Recean", "direct"),
        quote("Moskau wolle die Region vor der Parlamentswahl im Herbst destabilisieren", "Dorin Recean",
              "indirect"),
        quote("Gas über Europa zu beschaffen", "Government of Moldova", "indirect"),
    ],
    "entities": [
        entity("Moldova", "GPE", "MDA", ["die Republik Moldau", "Moldau"]),
        entity("Russia", "GPE", "RUS", ["russischer", "Moskau", "des Kremls", "russischen"]),
        entity("Gazprom", "ORG", "RUS", ["Der Staatskonzern Gazprom"]),
        entity("Transnistria", "LOC", "MDA", ["die abtrünnige Region Transnistrien", "In Transnistrien",
                                              "die Region", "Der schmale Landstreifen am Dnjestr"]),
        entity("Government of Moldova", "ORG", "MDA", ["Chisinaus", "Die Regierung in Chisinau", "Chisinau"]),
        entity("Dorin Recean", "PER", "MDA", ["Ministerpräsident Dorin Recean", "er"]),
        entity("Transnistrian authorities", "ORG", "MDA", ["den Behörden in Tiraspol"]),
        entity("Vadim Krasnoselsky", "PER", "MDA", ["Der Separatistenführer Wadim Krasnoselski", "Er"]),
        entity("Ukraine", "GPE", "UKR", ["Kiew", "Die Ukraine"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "Brüssel"]),
        entity("Maia Sandu", "PER", "MDA", ["Präsidentin Maia Sandu"]),
        entity("António Costa", "PER", "EUR", ["EU-Ratspräsident António Costa"]),
        entity("Dniester", "LOC", None, ["Dnjestr"]),
    ],
}

# ---------------------------------------------------------------------------
# hm151-en-01: Navalny's death, detentions and reactions
# ---------------------------------------------------------------------------
RU_POL = actor("Russian police", "RUS", "COP")
MOURNERS = actor("Russian mourners", "RUS", "CVL")
RU_GOV = actor("Government of Russia", "RUS", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
FRANCE = actor("France", "FRA", "GOV")
YULIA = actor("Yulia Navalnaya", "RUS", "OPP")
WEST_LEADERS = actor("Western leaders", None, "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
WEST_GOVS = actor("Western governments", None, "GOV")
PRISON = actor("Russian prison officials", "RUS", "GOV")
LYUDMILA = actor("Lyudmila Navalnaya", "RUS", "CVL")
EU = actor("European Union", "EUR", "IGO")
EU_FMS = actor("EU foreign ministers", "EUR", "IGO")

E1 = ("Russian police detained more than 400 people at gatherings in memory of Alexei Navalny over the "
      "weekend, according to the rights group OVD-Info.")
E2 = ("Thousands laid flowers at memorials to victims of Soviet repression in a quiet show of defiance "
      "against the Kremlin.")
E3 = "Most of the arrests were made in St Petersburg, where officers dragged mourners into waiting buses."
E4 = "Navalny, 47, died on Friday in an Arctic penal colony where he was serving a 19-year sentence."
E5 = ("U.S. President Joe Biden said there was “no doubt” that Vladimir Putin was responsible for the "
      "opposition leader’s death.")
E6 = "“This is what Putin does,” Biden told reporters at the White House, “and the world should not look away.”"
E7 = "Germany and France summoned Russia’s ambassadors on Monday to protest against the death."
E8 = ("Navalny’s widow, Yulia Navalnaya, said her husband had been killed on Putin’s orders and urged "
      "Western leaders not to recognise Putin’s re-election in March.")
E9 = ("Kremlin spokesman Dmitry Peskov called the Western accusations “absolutely unacceptable” and said "
      "the cause of death was still being established.")
E10 = ("Prison officials in the Arctic town of Kharp have so far rejected requests by Navalny’s mother, "
       "Lyudmila Navalnaya, to hand over his body.")
E11 = ("The European Union has not yet imposed new sanctions over the death, though its foreign "
       "ministers discussed options in Brussels on Monday.")
E12 = "Navalnaya attended their meeting and urged them to target Putin’s inner circle."

EN01 = {
    "id": "hm151-en-01", "lang": "en", "url": None, "published": "2024-02-19",
    "title": "Hundreds detained in Russia as mourners honour Navalny; Biden blames Putin",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("COERCE", RU_POL, MOURNERS, E1, mode="arrest", location="Russia", location_country="RUS"),
        event("PROTEST", MOURNERS, RU_GOV, E2, mode="demo", location="Russia", location_country="RUS"),
        event("COERCE", RU_POL, MOURNERS, E3, mode="arrest", location="St Petersburg", location_country="RUS"),
        event("ACCUSE", BIDEN, PUTIN, E5, mode="allege"),
        event("ACCUSE", BIDEN, PUTIN, E6, mode="disapprove", location="Washington", location_country="USA"),
        event("ACCUSE", GERMANY, RUSSIA, E7, mode="disapprove", date="2024-02-19"),
        event("ACCUSE", FRANCE, RUSSIA, E7, mode="disapprove", date="2024-02-19"),
        event("ACCUSE", YULIA, PUTIN, E8, mode="allege"),
        event("REQUEST", YULIA, WEST_LEADERS, E8, mode="change"),
        event("ACCUSE", PESKOV, WEST_GOVS, E9, mode="disapprove"),
        event("REJECT", PRISON, LYUDMILA, E10, mode="yield", location="Kharp", location_country="RUS"),
        event("REQUEST", LYUDMILA, PRISON, E10, mode="yield", location="Kharp", location_country="RUS"),
        event("SANCTION", EU, RUSSIA, E11, negated=True),
        event("CONSULT", YULIA, EU_FMS, E12, date="2024-02-19", location="Brussels", location_country="BEL"),
        event("REQUEST", YULIA, EU_FMS, E12, mode="change"),
    ],
    "quotes": [
        quote("Russian police detained more than 400 people at gatherings in memory of Alexei Navalny over the "
              "weekend", "OVD-Info", "indirect"),
        quote("no doubt", "Joe Biden", "direct"),
        quote("there was “no doubt” that Vladimir Putin was responsible for the opposition leader’s death",
              "Joe Biden", "indirect"),
        quote("This is what Putin does", "Joe Biden", "direct"),
        quote("and the world should not look away", "Joe Biden", "direct"),
        quote("her husband had been killed on Putin’s orders", "Yulia Navalnaya", "indirect"),
        quote("absolutely unacceptable", "Dmitry Peskov", "direct"),
        quote("the cause of death was still being established", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Russian police", "ORG", "RUS", ["Russian police", "officers"]),
        entity("Alexei Navalny", "PER", "RUS", ["Alexei Navalny", "Navalny", "the opposition leader’s", "he",
                                                "her husband", "his body"]),
        entity("OVD-Info", "ORG", "RUS", ["the rights group OVD-Info"]),
        entity("Russian mourners", "ORG", "RUS", ["more than 400 people", "Thousands", "mourners"]),
        entity("Soviet Union", "GPE", "SUN", ["Soviet"]),
        entity("Government of Russia", "ORG", "RUS", ["the Kremlin"]),
        entity("St Petersburg", "LOC", "RUS", ["St Petersburg"]),
                entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden"]),
        entity("Vladimir Putin", "PER", "RUS", ["Vladimir Putin", "Putin", "Putin’s"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("Russia", "GPE", "RUS", ["Russia’s"]),
        entity("Yulia Navalnaya", "PER", "RUS", ["Navalny’s widow, Yulia Navalnaya", "Navalnaya"]),
        entity("Western leaders", "ORG", None, ["Western leaders"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Russian prison officials", "ORG", "RUS", ["Prison officials"]),
        entity("Kharp", "LOC", "RUS", ["the Arctic town of Kharp"]),
        entity("Lyudmila Navalnaya", "PER", "RUS", ["Navalny’s mother, Lyudmila Navalnaya"]),
        entity("European Union", "ORG", "EUR", ["The European Union", "its"]),
        entity("EU foreign ministers", "ORG", "EUR", ["its foreign ministers", "them"]),
        entity("Brussels", "LOC", "BEL", ["Brussels"]),
    ],
}

# ---------------------------------------------------------------------------
# hm151-en-02: Georgia, Gvaramia sentenced
# ---------------------------------------------------------------------------
TB_COURT = actor("Tbilisi City Court", "GEO", "JUD")
GVARAMIA = actor("Nika Gvaramia", "GEO", "OPP")
COMMISSION = actor("Georgian parliamentary commission on the Saakashvili era", "GEO", "LEG")
SAAKASHVILI = actor("Mikheil Saakashvili", "GEO", "OPP")
GE_PARL = actor("Parliament of Georgia", "GEO", "LEG")
GV_SUPP = actor("Gvaramia supporters", "GEO", "CVL")
GE_GOV = actor("Government of Georgia", "GEO", "GOV")
GE_POL = actor("Georgian police", "GEO", "COP")
KOBAKHIDZE = actor("Irakli Kobakhidze", "GEO", "GOV")
GE_OPP = actor("Georgian opposition", "GEO", "OPP")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
MELIA = actor("Nika Melia", "GEO", "OPP")

N1 = ("A court in Tbilisi on Monday sentenced Georgian opposition leader Nika Gvaramia to eight months in "
      "prison for refusing to appear before a parliamentary commission.")
N2 = ("The commission, chaired by former justice minister Tea Tsulukiani, is investigating alleged abuses "
      "under ex-president Mikheil Saakashvili.")
N3 = ("Gvaramia, a leader of the pro-Western Coalition for Change, had said he would not recognise a body "
      "set up by an \"illegitimate\" parliament.")
N4 = "The court also barred him from holding public office for two years."
N5 = ("Dozens of supporters gathered outside the courthouse, chanting \"Freedom for political prisoners\" "
      "as police formed a cordon.")
N6 = "Prime Minister Irakli Kobakhidze defended the verdict, saying that nobody in Georgia was above the law."
N7 = "\"Those who ignore parliament ignore the people,\" he said."
N8 = ("The European Union's foreign policy chief, Kaja Kallas, condemned the sentence as "
      "\"politically motivated\".")
N9 = "She called on the Georgian government to release all detained opposition figures and journalists."
N10 = "Opposition politician Nika Melia, an ally of Gvaramia, received a similar sentence earlier this month."
N11 = "The ruling Georgian Dream party denies using the courts against its opponents."
N12 = "The South Caucasus country of 3.7 million people holds local elections in October."

EN02 = {
    "id": "hm151-en-02", "lang": "en", "url": None, "published": "2025-06-23",
    "title": "Georgian court jails opposition leader Gvaramia over commission boycott",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7], [N8, N9, N10, N11, N12]),
    "events": [
        event("SANCTION", TB_COURT, GVARAMIA, N1, mode="convict", date="2025-06-23", location="Tbilisi",
              location_country="GEO"),
        event("REJECT", GVARAMIA, COMMISSION, N1, mode="meet"),
        event("ACCUSE", COMMISSION, SAAKASHVILI, N2, mode="investigate"),
        event("REJECT", GVARAMIA, COMMISSION, N3, mode="meet"),
        event("ACCUSE", GVARAMIA, GE_PARL, N3, mode="disapprove"),
        event("COERCE", TB_COURT, GVARAMIA, N4, mode="ban"),
        event("PROTEST", GV_SUPP, GE_GOV, N5, mode="demo", date="2025-06-23", location="Tbilisi",
              location_country="GEO"),
        event("COERCE", GE_POL, GV_SUPP, N5, mode="restrict", date="2025-06-23", location="Tbilisi",
              location_country="GEO"),
        event("SUPPORT", KOBAKHIDZE, TB_COURT, N6),
        event("ACCUSE", KOBAKHIDZE, GE_OPP, N7, mode="disapprove"),
        event("ACCUSE", KALLAS, GE_GOV, N8, mode="disapprove"),
        event("REQUEST", KALLAS, GE_GOV, N9, mode="yield"),
        event("SANCTION", TB_COURT, MELIA, N10, mode="convict"),
    ],
    "quotes": [
        quote("illegitimate", "Nika Gvaramia", "direct"),
        quote("he would not recognise a body set up by an \"illegitimate\" parliament", "Nika Gvaramia",
              "indirect"),
        quote("Freedom for political prisoners", "Gvaramia supporters", "direct"),
        quote("nobody in Georgia was above the law", "Irakli Kobakhidze", "indirect"),
        quote("Those who ignore parliament ignore the people", "Irakli Kobakhidze", "direct"),
        quote("politically motivated", "Kaja Kallas", "direct"),
    ],
    "entities": [
        entity("Tbilisi City Court", "ORG", "GEO", ["A court in Tbilisi", "The court"]),
        entity("Tbilisi", "LOC", "GEO", ["Tbilisi"]),
        entity("Nika Gvaramia", "PER", "GEO", ["Georgian opposition leader Nika Gvaramia", "Gvaramia", "he",
                                               "him"]),
        entity("Georgian parliamentary commission on the Saakashvili era", "ORG", "GEO",
               ["a parliamentary commission", "The commission", "a body"]),
        entity("Tea Tsulukiani", "PER", "GEO", ["former justice minister Tea Tsulukiani"]),
        entity("Mikheil Saakashvili", "PER", "GEO", ["ex-president Mikheil Saakashvili"]),
        entity("Coalition for Change", "ORG", "GEO", ["the pro-Western Coalition for Change"]),
        entity("Parliament of Georgia", "ORG", "GEO", ["an \"illegitimate\" parliament", "parliament"]),
        entity("Gvaramia supporters", "ORG", "GEO", ["Dozens of supporters"]),
        entity("Georgian police", "ORG", "GEO", ["police"]),
        entity("Irakli Kobakhidze", "PER", "GEO", ["Prime Minister Irakli Kobakhidze", "he"]),
        entity("Georgia", "GPE", "GEO", ["Georgia", "The South Caucasus country"]),
        entity("European Union", "ORG", "EUR", ["The European Union's"]),
        entity("Kaja Kallas", "PER", "EUR", ["foreign policy chief, Kaja Kallas", "She"]),
        entity("Government of Georgia", "ORG", "GEO", ["the Georgian government"]),
        entity("Nika Melia", "PER", "GEO", ["Opposition politician Nika Melia"]),
        entity("Georgian Dream", "ORG", "GEO", ["The ruling Georgian Dream party"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
