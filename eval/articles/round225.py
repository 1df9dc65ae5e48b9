"""Round 225: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm225-de-01: Azerbaijani fire kills four Armenian soldiers near Nerkin Hand in Syunik; Baku speaks of a "retaliation operation" for a soldier wounded in Nakhchivan, Yerevan denies and protests, the EU mission investigates, Moscow and Washington urge restraint and talks (2024-02-13).
- hm225-de-02: Russia's interior ministry puts Estonian Prime Minister Kaja Kallas, state secretary Peterkop and Lithuanian culture minister Kairys on its wanted list over Soviet monuments; Peskov and Zakharova threaten, Tallinn summons a Russian diplomat, Brussels and Riga back Kallas (2024-02-13).
- hm225-de-03: The GDL train drivers' union starts a three-day strike after the Hessian labour court rejects Deutsche Bahn's bid to stop it; Weselsky and Seiler trade blame, talks offer rejected, Wissing urges both sides back to the table (2024-01-10).
- hm225-de-04: Ukraine's military intelligence sinks the Russian patrol ship Sergei Kotov with sea drones near the Kerch Strait; Russian air defence claims drones over Crimea, Aksyonov closes the bridge, Zelensky and Umerov praise, Kartapolov threatens, Shapps lauds the strike, Peskov blames London (2024-03-05).
- hm225-en-01: Russia frees U.S. schoolteacher Marc Fogel, who flies home with envoy Steve Witkoff; Waltz and Trump praise Moscow, Washington to release Alexander Vinnik, Rubio thanks the Saudi crown prince, no Trump-Putin call yet (2025-02-11).
- hm225-en-02: Shamsud-Din Jabbar rams a pickup truck into New Year's crowds on Bourbon Street in New Orleans and is killed in a gunfight with police; the FBI investigates terrorism and searches a Houston house, Biden condemns, Trump blames the administration, Landry sends troopers (2025-01-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm225-de-01 (Nerkin Hand, Armenia-Azerbaijan border)
AZE_MIL = actor("Armed Forces of Azerbaijan", "AZE", "MIL")
ARM_MIL = actor("Armed Forces of Armenia", "ARM", "MIL")
AZE_DTX = actor("State Border Service of Azerbaijan", "AZE", "MIL")
AZE_GOV = actor("Azerbaijan", "AZE", "GOV")
ARM_GOV = actor("Armenia", "ARM", "GOV")
ARM_MFA = actor("Ministry of Foreign Affairs of Armenia", "ARM", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
MICHEL = actor("Charles Michel", "EUR", "IGO")
EUMA = actor("European Union Mission in Armenia", "EUR", "IGO")
RUSSIA = actor("Russia", "RUS", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")

A1 = ("Eriwan/Baku (dpa) - Bei Schüssen von aserbaidschanischer Seite sind an der Grenze im Süden Armeniens vier "
      "armenische Soldaten getötet worden.")
A2 = "Ein weiterer Soldat sei verwundet worden, teilte das Verteidigungsministerium in Eriwan am Dienstag mit."
A3 = "Die Schüsse fielen am frühen Morgen an Stellungen nahe dem Dorf Nerkin Hand in der Provinz Sjunik."
A4 = "Der aserbaidschanische Grenzschutz bestätigte den Angriff und sprach von einer »Vergeltungsoperation«."
A5 = ("Am Vortag sei ein aserbaidschanischer Soldat in der Exklave Nachitschewan durch armenisches Feuer verletzt "
      "worden, hieß es in Baku.")
A6 = "Eriwan bestreitet, dass seine Truppen am Montag geschossen haben."
A7 = ("Das armenische Außenministerium verurteilte den Angriff als »gezielte Provokation« und warf Baku vor, die "
      "Friedensgespräche zu untergraben.")
A8 = "Regierungschef Nikol Paschinjan telefonierte nach Angaben seines Büros mit EU-Ratspräsident Charles Michel."
A9 = "Die zivile EU-Beobachtermission in Armenien kündigte an, den Vorfall zu untersuchen."
A10 = "Ihre Patrouillen seien bereits in dem Gebiet unterwegs, sagte eine Sprecherin."
A11 = "Moskau rief beide Seiten zur Zurückhaltung auf."
A12 = ("Das US-Außenministerium forderte Armenien und Aserbaidschan auf, die Verhandlungen über einen Friedensvertrag "
       "fortzusetzen.")
A13 = ("Der außenpolitische Berater von Präsident Ilham Alijew, Hikmet Hadschijew, sagte, Baku werde auf »jede "
       "Provokation« auch künftig »entschlossen antworten«.")
A14 = "Armenien verlegte nach eigenen Angaben zusätzliche Einheiten in die Grenzregion."
A15 = "Die Grenze zwischen beiden Ländern ist auf weiten Strecken nicht markiert."

DE01 = {
    "id": "hm225-de-01", "lang": "de", "url": None, "published": "2024-02-13",
    "title": "Vier armenische Soldaten an Grenze zu Aserbaidschan getötet",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("ASSAULT", AZE_MIL, ARM_MIL, A1, mode="firearms", location="Syunik", location_country="ARM"),
        event("ASSAULT", AZE_DTX, ARM_MIL, A4, mode="firearms"),
        event("ACCUSE", AZE_GOV, ARM_MIL, A5, mode="allege"),
        event("ACCUSE", ARM_MFA, AZE_GOV, A7, mode="disapprove"),
        event("CONSULT", PASHINYAN, MICHEL, A8, mode="phone"),
        event("ACCUSE", EUMA, None, A9, mode="investigate"),
        event("REQUEST", RUSSIA, ARM_GOV, A11),
        event("REQUEST", RUSSIA, AZE_GOV, A11),
        event("REQUEST", US_STATE, ARM_GOV, A12, mode="meet"),
        event("REQUEST", US_STATE, AZE_GOV, A12, mode="meet"),
        event("THREATEN", HAJIYEV, ARM_GOV, A13, mode="violence"),
        event("MOBILIZE", ARM_GOV, None, A14, mode="troops"),
    ],
    "quotes": [
        quote("Ein weiterer Soldat sei verwundet worden", "Ministry of Defence of Armenia", "indirect"),
        quote("Vergeltungsoperation", "State Border Service of Azerbaijan", "direct"),
        quote("Am Vortag sei ein aserbaidschanischer Soldat in der Exklave Nachitschewan durch armenisches Feuer "
              "verletzt worden", "Azerbaijan", "indirect"),
        quote("dass seine Truppen am Montag geschossen haben", "Armenia", "indirect"),
        quote("gezielte Provokation", "Ministry of Foreign Affairs of Armenia", "direct"),
        quote("Ihre Patrouillen seien bereits in dem Gebiet unterwegs", "spokesperson of the European Union Mission "
              "in Armenia", "indirect"),
        quote("jede Provokation", "Hikmet Hajiyev", "direct"),
        quote("entschlossen antworten", "Hikmet Hajiyev", "direct"),
        quote("Baku werde auf »jede Provokation« auch künftig »entschlossen antworten«", "Hikmet Hajiyev",
              "indirect"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Armenia", "LOC", "ARM", ["Armeniens", "Armenien"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan"]),
        entity("Armed Forces of Armenia", "ORG", "ARM", ["vier armenische Soldaten", "seine Truppen"]),
        entity("Ministry of Defence of Armenia", "ORG", "ARM", ["das Verteidigungsministerium in Eriwan"]),
        entity("Nerkin Hand", "LOC", "ARM", ["Dorf Nerkin Hand"]),
        entity("Syunik", "LOC", "ARM", ["Provinz Sjunik"]),
        entity("State Border Service of Azerbaijan", "ORG", "AZE", ["Der aserbaidschanische Grenzschutz"]),
        entity("Nakhchivan", "LOC", "AZE", ["Exklave Nachitschewan"]),
        entity("Ministry of Foreign Affairs of Armenia", "ORG", "ARM", ["Das armenische Außenministerium"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan"]),
        entity("Charles Michel", "PER", "EUR", ["EU-Ratspräsident Charles Michel"]),
        entity("European Union Mission in Armenia", "ORG", "EUR",
               ["Die zivile EU-Beobachtermission in Armenien", "eine Sprecherin"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Hikmet Hadschijew"]),
    ],
}

# ---------------------------------------------------------------- hm225-de-02 (Kallas on Russia's wanted list)
RUS_GOV = actor("Russia", "RUS", "GOV")
RUS_MVD = actor("Ministry of Internal Affairs of Russia", "RUS", "GOV")
KALLAS = actor("Kaja Kallas", "EST", "GOV")
PETERKOP = actor("Taimar Peterkop", "EST", "GOV")
KAIRYS = actor("Simonas Kairys", "LTU", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
EST_MFA = actor("Ministry of Foreign Affairs of Estonia", "EST", "GOV")
RUS_EMB_EST = actor("Embassy of Russia in Estonia", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
ESTONIA = actor("Estonia", "EST", "GOV")
LITHUANIA = actor("Lithuania", "LTU", "GOV")
EU_COM = actor("European Commission", "EUR", "IGO")
RINKEVICS = actor("Edgars Rinkēvičs", "LVA", "GOV")
INTERPOL = actor("Interpol", "IGO", "IGO")

B1 = "Tallinn/Moskau (AFP) - Russland hat die estnische Regierungschefin Kaja Kallas zur Fahndung ausgeschrieben."
B2 = ("Ihr Name tauchte am Dienstag in einer Datenbank des russischen Innenministeriums auf, ebenso wie die Namen des "
      "estnischen Staatssekretärs Taimar Peterkop und des litauischen Kulturministers Simonas Kairys.")
B3 = "Hintergrund ist der Abriss sowjetischer Kriegsdenkmäler in den baltischen Staaten."
B4 = ("Kremlsprecher Dmitri Peskow sagte, Kallas und andere Politiker seien für »Verbrechen gegen das historische "
      "Gedächtnis« verantwortlich.")
B5 = "Sie würden sich dafür vor Gericht verantworten müssen, fügte er hinzu."
B6 = "Kallas reagierte gelassen auf die Ausschreibung."
B7 = "„Das beweist nur, dass ich das Richtige tue“, schrieb die Regierungschefin auf der Plattform X."
B8 = ("Moskau wolle mit solchen Schritten Angst verbreiten, doch die Unterstützung für die Ukraine werde nicht "
      "nachlassen, erklärte sie.")
B9 = "Das Außenministerium in Tallinn bestellte einen Vertreter der russischen Botschaft ein."
B10 = "Litauens Kulturminister Kairys kündigte an, den Abbau sowjetischer Symbole fortzusetzen."
B11 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, drohte Estland und Litauen mit weiteren "
       "Schritten gegen »Fälscher der Geschichte«.")
B12 = "Die EU-Kommission verurteilte die Fahndung als Einschüchterungsversuch."
B13 = "Lettlands Präsident Edgars Rinkēvičs bekundete Kallas seine Solidarität."
B14 = "Ein Fahndungsersuchen an Interpol hat Moskau nach estnischen Angaben nicht gestellt."
B15 = "Seit 2022 wurden in Estland Hunderte sowjetische Denkmäler entfernt."

DE02 = {
    "id": "hm225-de-02", "lang": "de", "url": None, "published": "2024-02-13",
    "title": "Russland schreibt Estlands Regierungschefin Kallas zur Fahndung aus",
    "text": paragraphs([B1, B2, B3], [B4, B5], [B6, B7, B8, B9, B10], [B11, B12, B13, B14, B15]),
    "events": [
        event("ACCUSE", RUS_GOV, KALLAS, B1, mode="allege"),
        event("ACCUSE", RUS_MVD, KALLAS, B2, mode="allege"),
        event("ACCUSE", RUS_MVD, PETERKOP, B2, mode="allege"),
        event("ACCUSE", RUS_MVD, KAIRYS, B2, mode="allege"),
        event("ACCUSE", PESKOV, KALLAS, B4, mode="allege"),
        event("THREATEN", PESKOV, KALLAS, B5, mode="arrest"),
        event("ACCUSE", KALLAS, RUS_GOV, B8, mode="disapprove"),
        event("SUPPORT", KALLAS, UKRAINE, B8),
        event("ACCUSE", EST_MFA, RUS_EMB_EST, B9, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, ESTONIA, B11),
        event("THREATEN", ZAKHAROVA, LITHUANIA, B11),
        event("ACCUSE", EU_COM, RUS_GOV, B12, mode="disapprove"),
        event("SUPPORT", RINKEVICS, KALLAS, B13),
        event("REQUEST", RUS_GOV, INTERPOL, B14, mode="assist", negated=True),
    ],
    "quotes": [
        quote("Verbrechen gegen das historische Gedächtnis", "Dmitry Peskov", "direct"),
        quote("Kallas und andere Politiker seien für »Verbrechen gegen das historische Gedächtnis« verantwortlich",
              "Dmitry Peskov", "indirect"),
        quote("Sie würden sich dafür vor Gericht verantworten müssen", "Dmitry Peskov", "indirect"),
        quote("Das beweist nur, dass ich das Richtige tue", "Kaja Kallas", "direct"),
        quote("Moskau wolle mit solchen Schritten Angst verbreiten, doch die Unterstützung für die Ukraine werde "
              "nicht nachlassen", "Kaja Kallas", "indirect"),
        quote("Fälscher der Geschichte", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Kaja Kallas", "PER", "EST",
               ["die estnische Regierungschefin Kaja Kallas", "Kallas", "die Regierungschefin", "Ihr Name"]),
        entity("Ministry of Internal Affairs of Russia", "ORG", "RUS", ["des russischen Innenministeriums"]),
        entity("Taimar Peterkop", "PER", "EST", ["estnischen Staatssekretärs Taimar Peterkop"]),
        entity("Simonas Kairys", "PER", "LTU",
               ["des litauischen Kulturministers Simonas Kairys", "Litauens Kulturminister Kairys"]),
        entity("Baltic states", "LOC", None, ["den baltischen Staaten"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das Außenministerium in Tallinn"]),
        entity("Embassy of Russia in Estonia", "ORG", "RUS", ["der russischen Botschaft"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Sacharowa"]),
        entity("Estonia", "LOC", "EST", ["Estland"]),
        entity("Lithuania", "LOC", "LTU", ["Litauen"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Edgars Rinkēvičs", "PER", "LVA", ["Lettlands Präsident Edgars Rinkēvičs"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
    ],
}

# ---------------------------------------------------------------- hm225-de-03 (GDL rail strike)
GDL = actor("Gewerkschaft Deutscher Lokomotivführer", "DEU", "LAB")
DB = actor("Deutsche Bahn", "DEU", "BUS")
HESSE_LAG = actor("Hessian State Labour Court", "DEU", "JUD")
WESELSKY = actor("Claus Weselsky", "DEU", "LAB")
SEILER = actor("Martin Seiler", "DEU", "BUS")
WISSING = actor("Volker Wissing", "DEU", "GOV")
PRO_BAHN = actor("Pro Bahn", "DEU", "NGO")

C1 = ("Frankfurt/Berlin (dpa) - Die Lokführergewerkschaft GDL hat mit einem dreitägigen Streik große Teile des "
      "Bahnverkehrs in Deutschland lahmgelegt.")
C2 = "Die Deutsche Bahn war zuvor mit dem Versuch gescheitert, den Ausstand gerichtlich verbieten zu lassen."
C3 = ("Das hessische Landesarbeitsgericht wies in der Nacht zum Mittwoch die Berufung des Konzerns gegen ein Urteil "
      "der Vorinstanz zurück.")
C4 = "Der Streik sei verhältnismäßig, befanden die Richter."
C5 = "GDL-Chef Claus Weselsky warf dem Bahnvorstand vor, die Beschäftigten seit Monaten hinzuhalten."
C6 = "„Wir streiken so lange, bis ein verhandlungsfähiges Angebot auf dem Tisch liegt“, sagte er in Frankfurt."
C7 = ("Die Gewerkschaft verlangt unter anderem, die Wochenarbeitszeit für Schichtarbeiter bei vollem Lohnausgleich "
      "von 38 auf 35 Stunden zu senken.")
C8 = "Die Bahn lehnt das ab."
C9 = "Personalvorstand Martin Seiler nannte den Streik »völlig unnötig« und bot der Gewerkschaft erneut Gespräche an."
C10 = "Weselsky schloss Verhandlungen vor dem Ende des Arbeitskampfs aus."
C11 = "Bundesverkehrsminister Volker Wissing forderte beide Seiten auf, an den Verhandlungstisch zurückzukehren."
C12 = "Eine Schlichtung, wie sie der Fahrgastverband Pro Bahn vorgeschlagen hatte, lehnt die GDL bislang ab."
C13 = "Im Fernverkehr fuhr am Mittwoch nur etwa jeder fünfte Zug."
C14 = "Auf den Autobahnen rund um die großen Städte bildeten sich lange Staus."
C15 = "Es ist bereits der dritte Arbeitskampf in der laufenden Tarifrunde."

DE03 = {
    "id": "hm225-de-03", "lang": "de", "url": None, "published": "2024-01-10",
    "title": "GDL-Streik legt Bahnverkehr lahm",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12], [C13, C14, C15]),
    "events": [
        event("PROTEST", GDL, DB, C1, mode="strike", location="Germany", location_country="DEU"),
        event("ACCUSE", DB, GDL, C2, mode="allege"),
        event("REJECT", HESSE_LAG, DB, C3, date="2024-01-10"),
        event("ACCUSE", WESELSKY, DB, C5, mode="disapprove"),
        event("THREATEN", WESELSKY, DB, C6, mode="restrict"),
        event("REQUEST", GDL, DB, C7, mode="change"),
        event("REJECT", DB, GDL, C8, mode="change"),
        event("ACCUSE", SEILER, GDL, C9, mode="disapprove"),
        event("AGREE", SEILER, GDL, C9),
        event("REJECT", WESELSKY, DB, C10, mode="meet"),
        event("REQUEST", WISSING, GDL, C11, mode="meet"),
        event("REQUEST", WISSING, DB, C11, mode="meet"),
        event("REJECT", GDL, PRO_BAHN, C12, mode="meet"),
    ],
    "quotes": [
        quote("Der Streik sei verhältnismäßig", "Hessian State Labour Court", "indirect"),
        quote("Wir streiken so lange, bis ein verhandlungsfähiges Angebot auf dem Tisch liegt", "Claus Weselsky",
              "direct"),
        quote("völlig unnötig", "Martin Seiler", "direct"),
    ],
    "entities": [
        entity("Frankfurt am Main", "LOC", "DEU", ["Frankfurt"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Gewerkschaft Deutscher Lokomotivführer", "ORG", "DEU",
               ["Die Lokführergewerkschaft GDL", "Die Gewerkschaft", "der Gewerkschaft", "die GDL"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Deutsche Bahn", "ORG", "DEU", ["Die Deutsche Bahn", "des Konzerns", "dem Bahnvorstand", "Die Bahn"]),
        entity("Hessian State Labour Court", "ORG", "DEU", ["Das hessische Landesarbeitsgericht", "die Richter"]),
        entity("Claus Weselsky", "PER", "DEU", ["GDL-Chef Claus Weselsky", "Weselsky"]),
        entity("Martin Seiler", "PER", "DEU", ["Personalvorstand Martin Seiler"]),
        entity("Volker Wissing", "PER", "DEU", ["Bundesverkehrsminister Volker Wissing"]),
        entity("Pro Bahn", "ORG", "DEU", ["der Fahrgastverband Pro Bahn"]),
    ],
}

# ---------------------------------------------------------------- hm225-de-04 (Sergei Kotov sunk)
UKR = actor("Ukraine", "UKR", "GOV")
BSF = actor("Black Sea Fleet of Russia", "RUS", "MIL")
HUR = actor("Main Directorate of Intelligence of Ukraine", "UKR", "MIL")
RUS_AD = actor("Russian air defence forces", "RUS", "MIL")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
AKSYONOV = actor("Sergey Aksyonov", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
UMEROV = actor("Rustem Umerov", "UKR", "GOV")
RUSSIA2 = actor("Russia", "RUS", "GOV")
PLETENCHUK = actor("Dmytro Pletenchuk", "UKR", "MIL")
KARTAPOLOV = actor("Andrey Kartapolov", "RUS", "LEG")
SHAPPS = actor("Grant Shapps", "GBR", "GOV")
PESKOV2 = actor("Dmitry Peskov", "RUS", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")

D1 = ("Kiew (Reuters) - Die Ukraine hat nach eigenen Angaben ein Patrouillenschiff der russischen Schwarzmeerflotte "
      "nahe der Meerenge von Kertsch versenkt.")
D2 = ("Einheiten des Militärgeheimdienstes HUR hätten das Schiff Sergej Kotow in der Nacht zum Dienstag mit "
      "Seedrohnen vom Typ Magura V5 angegriffen, teilte die Behörde mit.")
D3 = "Das Schiff sei am Heck und an der Seite getroffen worden und gesunken."
D4 = "Das russische Verteidigungsministerium äußerte sich zunächst nicht zu dem Vorfall."
D5 = "Es teilte lediglich mit, die Luftabwehr habe in der Nacht über der Krim 38 ukrainische Drohnen abgeschossen."
D6 = ("Der von Moskau eingesetzte Statthalter der Krim, Sergej Aksjonow, ließ den Verkehr über die Krim-Brücke für "
      "mehrere Stunden sperren.")
D7 = "Präsident Wolodymyr Selenskyj dankte in seiner abendlichen Videoansprache den Geheimdienstlern."
D8 = "„Russland hat im Schwarzen Meer nichts verloren“, schrieb Verteidigungsminister Rustem Umjerow auf Telegram."
D9 = ("Marinesprecher Dmytro Pletentschuk kündigte an, die Angriffe würden fortgesetzt, bis die Flotte die "
      "ukrainischen Gewässer verlassen habe.")
D10 = ("Der Vorsitzende des Verteidigungsausschusses der Duma, Andrej Kartapolow, drohte Kiew mit »harter "
       "Vergeltung«.")
D11 = ("Der britische Verteidigungsminister Grant Shapps lobte den Angriff als Beleg für die Schlagkraft der "
       "ukrainischen Streitkräfte.")
D12 = "Kremlsprecher Dmitri Peskow warf London vor, Kiew bei der Planung solcher Angriffe zu helfen."
D13 = ("Seit Beginn des Krieges hat die Schwarzmeerflotte nach Schätzungen westlicher Experten rund ein Drittel ihrer "
       "Kriegsschiffe verloren.")
D14 = "Die Meerenge von Kertsch trennt die Krim vom russischen Festland."

DE04 = {
    "id": "hm225-de-04", "lang": "de", "url": None, "published": "2024-03-05",
    "title": "Ukraine versenkt russisches Patrouillenschiff",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6], [D7, D8, D9], [D10, D11, D12], [D13, D14]),
    "events": [
        event("ASSAULT", UKR, BSF, D1, location="Kerch Strait"),
        event("ASSAULT", HUR, BSF, D2, date="2024-03-05", location="Kerch Strait"),
        event("ASSAULT", RUS_AD, UKR_MIL, D5, location="Crimea"),
        event("COERCE", AKSYONOV, None, D6, mode="restrict", location="Crimean Bridge"),
        event("SUPPORT", ZELENSKY, HUR, D7),
        event("ACCUSE", UMEROV, RUSSIA2, D8, mode="disapprove"),
        event("THREATEN", PLETENCHUK, BSF, D9, mode="violence"),
        event("THREATEN", KARTAPOLOV, UKR, D10, mode="violence"),
        event("SUPPORT", SHAPPS, UKR_MIL, D11),
        event("ACCUSE", PESKOV2, UK, D12, mode="allege"),
    ],
    "quotes": [
        quote("Einheiten des Militärgeheimdienstes HUR hätten das Schiff Sergej Kotow in der Nacht zum Dienstag mit "
              "Seedrohnen vom Typ Magura V5 angegriffen", "Main Directorate of Intelligence of Ukraine", "indirect"),
        quote("Das Schiff sei am Heck und an der Seite getroffen worden und gesunken",
              "Main Directorate of Intelligence of Ukraine", "indirect"),
        quote("die Luftabwehr habe in der Nacht über der Krim 38 ukrainische Drohnen abgeschossen",
              "Ministry of Defence of Russia", "indirect"),
        quote("Russland hat im Schwarzen Meer nichts verloren", "Rustem Umerov", "direct"),
        quote("die Angriffe würden fortgesetzt, bis die Flotte die ukrainischen Gewässer verlassen habe",
              "Dmytro Pletenchuk", "indirect"),
        quote("harter Vergeltung", "Andrey Kartapolov", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Ukraine", "LOC", "UKR", ["Die Ukraine"]),
        entity("Black Sea Fleet of Russia", "ORG", "RUS",
               ["der russischen Schwarzmeerflotte", "die Flotte", "die Schwarzmeerflotte"]),
        entity("Kerch Strait", "LOC", None, ["Meerenge von Kertsch"]),
        entity("Main Directorate of Intelligence of Ukraine", "ORG", "UKR",
               ["Militärgeheimdienstes HUR", "die Behörde", "den Geheimdienstlern"]),
        entity("Sergei Kotov", "MISC", "RUS", ["Sergej Kotow"]),
        entity("Magura V5", "MISC", "UKR", ["Magura V5"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Crimea", "LOC", "UKR", ["Krim"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Sergey Aksyonov", "PER", "RUS", ["Sergej Aksjonow"]),
        entity("Crimean Bridge", "LOC", None, ["Krim-Brücke"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Black Sea", "LOC", None, ["Schwarzen Meer"]),
        entity("Rustem Umerov", "PER", "UKR", ["Verteidigungsminister Rustem Umjerow"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Dmytro Pletenchuk", "PER", "UKR", ["Marinesprecher Dmytro Pletentschuk"]),
        entity("Andrey Kartapolov", "PER", "RUS", ["Andrej Kartapolow"]),
        entity("State Duma", "ORG", "RUS", ["Duma"]),
        entity("Grant Shapps", "PER", "GBR", ["Der britische Verteidigungsminister Grant Shapps"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["ukrainischen Streitkräfte"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("London", "LOC", "GBR", ["London"]),
    ],
}

# ---------------------------------------------------------------- hm225-en-01 (Marc Fogel freed)
RUS3 = actor("Russia", "RUS", "GOV")
FOGEL = actor("Marc Fogel", "USA", "CVL")
WITKOFF = actor("Steve Witkoff", "USA", "GOV")
WALTZ = actor("Mike Waltz", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
USA = actor("United States", "USA", "GOV")
VINNIK = actor("Alexander Vinnik", "RUS", "CVL")
RUS_POLICE = actor("Russian police", "RUS", "COP")
RUS_COURT = actor("Russian court", "RUS", "JUD")
FOGEL_FAMILY = actor("family of Marc Fogel", "USA", "CVL")
BIDEN_ADMIN = actor("Biden administration", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
US_DEMS = actor("Democratic members of the U.S. Congress", "USA", "LEG")

E1 = ("WASHINGTON (Reuters) - Russia has freed American schoolteacher Marc Fogel, who had been serving a 14-year "
      "sentence in a Russian penal colony for carrying medical marijuana, the White House said on Tuesday.")
E2 = ("Fogel left Russia aboard a plane with U.S. special envoy Steve Witkoff, who had flown to Moscow earlier in the "
      "day to negotiate his release.")
E3 = ("National Security Adviser Mike Waltz said the release was a sign of good faith from Moscow and a step in the "
      "right direction toward ending the war in Ukraine.")
E4 = ("President Donald Trump welcomed Fogel at the White House late on Tuesday and said Russia had treated the "
      "United States “very nicely” in the talks.")
E5 = "“I feel like the luckiest man on earth right now,” Fogel told reporters after landing at Andrews air base."
E6 = ("In return, the United States will release Alexander Vinnik, a Russian cryptocurrency expert who was "
      "convicted of money laundering, according to a person familiar with the matter.")
E7 = ("Kremlin spokesman Dmitry Peskov declined to discuss the terms but said Moscow hoped the exchange would help "
      "rebuild trust between the two countries.")
E8 = "Fogel, 63, was detained at a Moscow airport in August 2021 with about 17 grams of cannabis in his luggage."
E9 = "A Russian court sentenced him the following year to 14 years in a high-security penal colony."
E10 = "His family had repeatedly urged the Biden administration to designate him as wrongfully detained."
E11 = ("Secretary of State Marco Rubio thanked Saudi Crown Prince Mohammed bin Salman for helping to broker the "
       "release.")
E12 = "Trump told reporters he had not yet spoken to Russian President Vladimir Putin about the deal."
E13 = "Some Democratic lawmakers accused Moscow of using detained Americans as bargaining chips."
E14 = "Several other U.S. citizens remain in Russian custody."

EN01 = {
    "id": "hm225-en-01", "lang": "en", "url": None, "published": "2025-02-11",
    "title": "Russia frees American teacher Marc Fogel",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7], [E8, E9, E10], [E11, E12, E13, E14]),
    "events": [
        event("RETREAT", RUS3, FOGEL, E1, mode="release"),
        event("CONSULT", WITKOFF, RUS3, E2, mode="visit", location="Moscow", location_country="RUS"),
        event("SUPPORT", WALTZ, RUS3, E3),
        event("SUPPORT", TRUMP, RUS3, E4),
        event("CONCEDE", USA, VINNIK, E6),
        event("COERCE", RUS_POLICE, FOGEL, E8, mode="arrest", date="2021-08", location="Moscow",
              location_country="RUS"),
        event("SANCTION", RUS_COURT, FOGEL, E9, mode="convict"),
        event("REQUEST", FOGEL_FAMILY, BIDEN_ADMIN, E10, mode="assist"),
        event("SUPPORT", RUBIO, MBS, E11),
        event("CONSULT", TRUMP, PUTIN, E12, mode="phone", negated=True),
        event("ACCUSE", US_DEMS, RUS3, E13, mode="allege"),
    ],
    "quotes": [
        quote("Russia has freed American schoolteacher Marc Fogel, who had been serving a 14-year sentence in a "
              "Russian penal colony for carrying medical marijuana", "White House", "indirect"),
        quote("the release was a sign of good faith from Moscow and a step in the right direction toward ending the "
              "war in Ukraine", "Mike Waltz", "indirect"),
        quote("very nicely", "Donald Trump", "direct"),
        quote("Russia had treated the United States “very nicely” in the talks", "Donald Trump", "indirect"),
        quote("I feel like the luckiest man on earth right now", "Marc Fogel", "direct"),
        quote("In return, the United States will release Alexander Vinnik, a Russian cryptocurrency expert who was "
              "convicted of money laundering", "person familiar with the matter", "indirect"),
        quote("Moscow hoped the exchange would help rebuild trust between the two countries", "Dmitry Peskov",
              "indirect"),
        quote("he had not yet spoken to Russian President Vladimir Putin about the deal", "Donald Trump",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Marc Fogel", "PER", "USA", ["American schoolteacher Marc Fogel", "Fogel"]),
        entity("White House", "ORG", "USA", ["the White House"]),
        entity("Steve Witkoff", "PER", "USA", ["U.S. special envoy Steve Witkoff"]),
        entity("Moscow", "LOC", "RUS", ["Moscow"]),
        entity("Mike Waltz", "PER", "USA", ["National Security Adviser Mike Waltz"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Joint Base Andrews", "LOC", "USA", ["Andrews air base"]),
        entity("Alexander Vinnik", "PER", "RUS", ["Alexander Vinnik"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Russian court", "ORG", "RUS", ["A Russian court"]),
        entity("Biden administration", "ORG", "USA", ["the Biden administration"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Saudi Crown Prince Mohammed bin Salman"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("Democratic Party", "ORG", "USA", ["Some Democratic lawmakers"]),
    ],
}

# ---------------------------------------------------------------- hm225-en-02 (New Orleans truck attack)
JABBAR = actor("Shamsud-Din Jabbar", "USA", "REB")
REVELERS = actor("New Year's revelers on Bourbon Street", "USA", "CVL")
NOPD = actor("New Orleans Police Department", "USA", "COP")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
KIRKPATRICK = actor("Anne Kirkpatrick", "USA", "COP")
US_PUBLIC = actor("American public", "USA", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")
NOLA = actor("City of New Orleans", "USA", "GOV")
TRUMP2 = actor("Donald Trump", "USA", "GOV")
BIDEN_ADMIN2 = actor("Biden administration", "USA", "GOV")
LANDRY = actor("Jeff Landry", "USA", "GOV")

F1 = ("NEW ORLEANS (AP) - A man drove a pickup truck into a crowd of New Year's revelers on Bourbon Street early "
      "Wednesday, killing at least 14 people before he died in a gunfight with police.")
F2 = ("The driver, identified by the FBI as Shamsud-Din Jabbar, a 42-year-old Army veteran from Texas, opened fire "
      "on officers after the truck crashed, wounding two of them.")
F3 = ("An Islamic State flag was found in the rented truck, and the FBI is investigating the attack as an act of "
      "terrorism.")
F4 = "“He was hell-bent on creating carnage and damage,” Police Superintendent Anne Kirkpatrick told reporters."
F5 = "FBI agents searched a house in Houston linked to the suspect on Wednesday evening."
F6 = ("The bureau said it did not believe Jabbar had acted alone and asked the public to share videos and photos from "
      "the scene.")
F7 = ("President Joe Biden said investigators had told him the suspect posted videos on social media hours before "
      "the attack saying he had been inspired by Islamic State.")
F8 = "Biden condemned the “heinous” attack and promised the city the full support of the federal government."
F9 = ("President-elect Donald Trump blamed the Democratic administration's immigration policies, although the "
      "suspect was a U.S.-born citizen.")
F10 = "Louisiana Governor Jeff Landry ordered additional state troopers into the French Quarter."
F11 = ("Mayor LaToya Cantrell said the city would not be intimidated and that Bourbon Street would reopen as soon as "
       "investigators released the scene.")
F12 = "The Sugar Bowl college football playoff game at the nearby Superdome was postponed by a day."
F13 = "Concrete barriers that normally block vehicles from entering Bourbon Street had been removed for repairs."

EN02 = {
    "id": "hm225-en-02", "lang": "en", "url": None, "published": "2025-01-01",
    "title": "Truck attack on Bourbon Street kills at least 14 in New Orleans",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6], [F7, F8, F9], [F10, F11, F12, F13]),
    "events": [
        event("ASSAULT", JABBAR, REVELERS, F1, location="Bourbon Street, New Orleans", location_country="USA"),
        event("ASSAULT", NOPD, JABBAR, F1, mode="firearms", location="Bourbon Street, New Orleans",
              location_country="USA"),
        event("ASSAULT", JABBAR, NOPD, F2, mode="firearms"),
        event("ACCUSE", FBI, JABBAR, F3, mode="investigate"),
        event("ACCUSE", KIRKPATRICK, JABBAR, F4, mode="disapprove"),
        event("COERCE", FBI, JABBAR, F5, mode="seize", location="Houston", location_country="USA"),
        event("REQUEST", FBI, US_PUBLIC, F6, mode="assist"),
        event("ACCUSE", BIDEN, JABBAR, F7, mode="allege"),
        event("ACCUSE", BIDEN, JABBAR, F8, mode="disapprove"),
        event("AGREE", BIDEN, NOLA, F8),
        event("ACCUSE", TRUMP2, BIDEN_ADMIN2, F9, mode="disapprove"),
        event("MOBILIZE", LANDRY, None, F10, mode="police", location="French Quarter", location_country="USA"),
    ],
    "quotes": [
        quote("He was hell-bent on creating carnage and damage", "Anne Kirkpatrick", "direct"),
        quote("it did not believe Jabbar had acted alone", "Federal Bureau of Investigation", "indirect"),
        quote("investigators had told him the suspect posted videos on social media hours before the attack saying "
              "he had been inspired by Islamic State", "Joe Biden", "indirect"),
        quote("heinous", "Joe Biden", "direct"),
        quote("the city would not be intimidated and that Bourbon Street would reopen as soon as investigators "
              "released the scene", "LaToya Cantrell", "indirect"),
    ],
    "entities": [
        entity("New Orleans", "LOC", "USA", ["NEW ORLEANS"]),
        entity("Bourbon Street", "LOC", "USA", ["Bourbon Street"]),
        entity("New Orleans Police Department", "ORG", "USA", ["police"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["the FBI", "FBI agents", "The bureau"]),
        entity("Shamsud-Din Jabbar", "PER", "USA", ["Shamsud-Din Jabbar", "Jabbar", "the suspect", "The driver"]),
        entity("United States Army", "ORG", "USA", ["Army"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Islamic State", "ORG", None, ["Islamic State"]),
        entity("Anne Kirkpatrick", "PER", "USA", ["Police Superintendent Anne Kirkpatrick"]),
        entity("Houston", "LOC", "USA", ["Houston"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Donald Trump", "PER", "USA", ["President-elect Donald Trump"]),
        entity("Jeff Landry", "PER", "USA", ["Louisiana Governor Jeff Landry"]),
        entity("French Quarter", "LOC", "USA", ["French Quarter"]),
        entity("LaToya Cantrell", "PER", "USA", ["Mayor LaToya Cantrell"]),
        entity("Sugar Bowl", "MISC", "USA", ["The Sugar Bowl"]),
        entity("Caesars Superdome", "LOC", "USA", ["Superdome"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
