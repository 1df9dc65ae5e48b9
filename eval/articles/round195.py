"""Round 195: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm195-de-01: An Afghan drives a car into a Verdi warning-strike march in Munich; arrest, federal prosecutors take over, Söder, Scholz, Werneke and Merz react, Faeser rebuts (2025-02-14).
- hm195-de-02: Armenia's security service arrests billionaire Samvel Karapetyan after his pro-church remarks; Pashinyan threatens to nationalise his grid company, supporters protest, the Kremlin weighs in (2025-06-19).
- hm195-de-03: Riot outside the Citywest asylum centre near Dublin after a resident's arrest; Garda attacked, arrests, PSNI cooperation, Martin condemns, O'Callaghan sends more officers (2025-10-22).
- hm195-de-04: Hungary announces its withdrawal from the ICC as Orbán receives Netanyahu in Budapest; the ICC, Amnesty and the Tisza party object (2025-04-03).
- hm195-en-01: ICE detains Tufts doctoral student Rümeysa Öztürk in Somerville and moves her to Louisiana; court order, protests, Rubio's warning, Warren and Ankara react (2025-03-27).
- hm195-en-02: Russia opens criminal cases against the captains of two wrecked tankers after the Kerch Strait oil spill; emergency in Anapa, Kyiv calls for shadow-fleet sanctions (2024-12-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm195-de-01 (Munich)
FEDPROS = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
FARHAD = actor("Farhad N.", "AFG", "CVL")
VERDI_DEMO = actor("Verdi demonstrators", "DEU", "LAB")
VERDI = actor("Verdi", "DEU", "LAB")
PUB_EMPLOYERS = actor("German public-sector employers", "DEU", "GOV")
MUC_POLICE = actor("Munich police", "DEU", "COP")
TILMANN = actor("Gabriele Tilmann", "DEU", "JUD")
SOEDER = actor("Markus Söder", "DEU", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
WERNEKE = actor("Frank Werneke", "DEU", "LAB")
MERZ = actor("Friedrich Merz", "DEU", "OPP")
DEU_GOV = actor("German federal government", "DEU", "GOV")

M1 = ("München (dpa) - Nach der Autoattacke auf eine Kundgebung der Gewerkschaft Verdi in München hat die "
      "Bundesanwaltschaft die Ermittlungen gegen den mutmaßlichen Fahrer übernommen.")
M2 = ("Ein 24 Jahre alter Afghane war am Donnerstagmorgen mit einem Kleinwagen von hinten in den "
      "Demonstrationszug gefahren und hatte mindestens 36 Menschen verletzt, einige davon lebensgefährlich.")
M3 = ("Verdi hatte im Tarifstreit des öffentlichen Dienstes zu Warnstreiks aufgerufen, rund 1500 Beschäftigte "
      "zogen durch die Innenstadt.")
M4 = "Beamte stoppten den Wagen und nahmen den Mann noch am Tatort fest."
M5 = ("Oberstaatsanwältin Gabriele Tilmann sagte am Freitag, der Mann habe aus einer islamistischen Motivation "
      "heraus gehandelt.")
M6 = "Hinweise auf Mittäter oder Verbindungen zu einer Terrororganisation gebe es bislang nicht."
M7 = ("Bayerns Ministerpräsident Markus Söder (CSU) sprach von einem „mutmaßlichen Anschlag“, der Täter müsse "
      "„mit aller Härte“ bestraft werden.")
M8 = ("Bundeskanzler Olaf Scholz (SPD) sagte, der Mann könne nicht auf Nachsicht hoffen und müsse Deutschland "
      "verlassen.")
M9 = "Verdi-Chef Frank Werneke verurteilte die Tat als „feigen Angriff“ auf friedlich Demonstrierende."
M10 = ("Der Afghane war Ende 2016 als Minderjähriger nach Deutschland gekommen und lebte zuletzt mit einer "
       "Aufenthaltserlaubnis in München.")
M11 = ("Unionskanzlerkandidat Friedrich Merz warf der Bundesregierung vor, die Migrationspolitik nicht im Griff "
       "zu haben.")
M12 = "Innenministerin Nancy Faeser wies das zurück: Der Mann sei nicht ausreisepflichtig gewesen."
M13 = ("Die Polizei verstärkte am Freitag ihre Präsenz in der Innenstadt, wo zeitgleich die Münchner "
       "Sicherheitskonferenz begann.")

DE01 = {
    "id": "hm195-de-01", "lang": "de", "url": None, "published": "2025-02-14",
    "title": "Autoattacke auf Verdi-Demo in München: Bundesanwaltschaft übernimmt",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8], [M9, M10, M11, M12, M13]),
    "events": [
        event("ACCUSE", FEDPROS, FARHAD, M1, mode="investigate", date="2025-02-14"),
        event("ASSAULT", FARHAD, VERDI_DEMO, M2, date="2025-02-13", location="Munich", location_country="DEU"),
        event("PROTEST", VERDI, PUB_EMPLOYERS, M3, mode="strike", date="2025-02-13", location="Munich",
              location_country="DEU"),
        event("COERCE", MUC_POLICE, FARHAD, M4, mode="arrest", date="2025-02-13", location="Munich",
              location_country="DEU"),
        event("ACCUSE", TILMANN, FARHAD, M5, mode="allege", date="2025-02-14"),
        event("ACCUSE", SOEDER, FARHAD, M7, mode="disapprove"),
        event("THREATEN", SCHOLZ, FARHAD, M8, mode="expel"),
        event("ACCUSE", WERNEKE, FARHAD, M9, mode="disapprove"),
        event("ACCUSE", MERZ, DEU_GOV, M11, mode="disapprove"),
        event("MOBILIZE", MUC_POLICE, None, M13, mode="police", date="2025-02-14", location="Munich",
              location_country="DEU"),
    ],
    "quotes": [
        quote("der Mann habe aus einer islamistischen Motivation heraus gehandelt", "Gabriele Tilmann", "indirect"),
        quote("Hinweise auf Mittäter oder Verbindungen zu einer Terrororganisation gebe es bislang nicht",
              "Gabriele Tilmann", "indirect"),
        quote("mutmaßlichen Anschlag", "Markus Söder", "direct"),
        quote("mit aller Härte", "Markus Söder", "direct"),
        quote("der Täter müsse „mit aller Härte“ bestraft werden", "Markus Söder", "indirect"),
        quote("der Mann könne nicht auf Nachsicht hoffen und müsse Deutschland verlassen", "Olaf Scholz", "indirect"),
        quote("feigen Angriff", "Frank Werneke", "direct"),
        quote("die Migrationspolitik nicht im Griff zu haben", "Friedrich Merz", "indirect"),
        quote("Der Mann sei nicht ausreisepflichtig gewesen", "Nancy Faeser", "indirect"),
    ],
    "entities": [
        entity("Munich", "LOC", "DEU", ["München"]),
        entity("Verdi", "ORG", "DEU", ["der Gewerkschaft Verdi", "Verdi"]),
        entity("Federal Prosecutor General of Germany", "ORG", "DEU", ["die Bundesanwaltschaft"]),
        entity("Farhad N.", "PER", "AFG", ["den mutmaßlichen Fahrer", "Ein 24 Jahre alter Afghane", "den Mann",
                                           "der Mann", "Der Afghane", "der Täter", "Der Mann"]),
        entity("Gabriele Tilmann", "PER", "DEU", ["Oberstaatsanwältin Gabriele Tilmann"]),
        entity("Markus Söder", "PER", "DEU", ["Bayerns Ministerpräsident Markus Söder"]),
        entity("Christian Social Union (CSU)", "ORG", "DEU", ["CSU"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Social Democratic Party of Germany (SPD)", "ORG", "DEU", ["SPD"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Frank Werneke", "PER", "DEU", ["Verdi-Chef Frank Werneke"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionskanzlerkandidat Friedrich Merz"]),
        entity("German federal government", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser"]),
        entity("Munich police", "ORG", "DEU", ["Beamte", "Die Polizei"]),
        entity("Munich Security Conference", "ORG", "DEU", ["die Münchner Sicherheitskonferenz"]),
    ],
}

# ---------------------------------------------------------------- hm195-de-02 (Armenia, Karapetyan)
NSS_ARM = actor("National Security Service of Armenia", "ARM", "COP")
KARAPETYAN = actor("Samvel Karapetyan", "ARM", "BUS")
ENA = actor("Electric Networks of Armenia", "ARM", "BUS")
CHURCH_ARM = actor("Armenian Apostolic Church", "ARM", "NGO")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
KARA_SUPPORTERS = actor("supporters of Samvel Karapetyan", "ARM", "CVL")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ARM_ALLIANCE = actor("Armenia Alliance", "ARM", "OPP")
KARA_LAWYERS = actor("lawyers of Samvel Karapetyan", "ARM", "CVL")

K1 = ("Jerewan (AFP) - In Armenien hat der Nationale Sicherheitsdienst den russisch-armenischen Milliardär "
      "Samvel Karapetjan festgenommen.")
K2 = ("Ermittler durchsuchten am Mittwoch zudem sein Haus in Jerewan und Büros des von ihm kontrollierten "
      "Stromnetzbetreibers Electric Networks of Armenia.")
K3 = "Die Behörde wirft dem 59-Jährigen öffentliche Aufrufe zur Machtergreifung vor."
K4 = ("Karapetjan hatte sich zuvor in einem Interview hinter die Armenische Apostolische Kirche gestellt, mit "
      "deren Führung Regierungschef Nikol Paschinjan seit Wochen im Streit liegt.")
K5 = ("Sollten „schlechte Politiker“ die Kirche weiter angreifen, werde er sich auf seine Weise einmischen, "
      "hatte er gesagt.")
K6 = ("Paschinjan warf dem Unternehmer daraufhin vor, im Dienst ausländischer Interessen zu stehen, und "
      "kündigte die Verstaatlichung des Stromnetzes an.")
K7 = "„Es ist an der Zeit, das Netz in die Hände des Staates zurückzuholen“, schrieb er auf Facebook."
K8 = ("Hunderte Anhänger Karapetjans versammelten sich am Abend vor dem Sitz des Sicherheitsdienstes und "
      "forderten seine Freilassung.")
K9 = "Ein Gericht soll am Freitag über Untersuchungshaft entscheiden."
K10 = ("Kremlsprecher Dmitri Peskow sagte, Moskau verfolge den Fall aufmerksam und erwarte, dass die Rechte des "
       "russischen Staatsbürgers gewahrt würden.")
K11 = "Eine Einmischung in innere Angelegenheiten Armeniens sei das nicht, fügte er hinzu."
K12 = ("Die oppositionelle Armenien-Allianz des früheren Präsidenten Robert Kotscharjan sprach von einem "
       "„politischen Rachefeldzug“ der Regierung gegen ihre Kritiker.")
K13 = "Karapetjans Anwälte legten nach eigenen Angaben Beschwerde gegen die Festnahme ein."

DE02 = {
    "id": "hm195-de-02", "lang": "de", "url": None, "published": "2025-06-19",
    "title": "Armenien: Milliardär Karapetjan nach Kirchenstreit festgenommen",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9], [K10, K11, K12, K13]),
    "events": [
        event("COERCE", NSS_ARM, KARAPETYAN, K1, mode="arrest", date="2025-06-18", location="Yerevan",
              location_country="ARM"),
        event("COERCE", NSS_ARM, KARAPETYAN, K2, mode="seize", date="2025-06-18", location="Yerevan",
              location_country="ARM"),
        event("COERCE", NSS_ARM, ENA, K2, mode="seize", date="2025-06-18", location="Yerevan",
              location_country="ARM"),
        event("ACCUSE", NSS_ARM, KARAPETYAN, K3, mode="allege"),
        event("SUPPORT", KARAPETYAN, CHURCH_ARM, K4),
        event("THREATEN", KARAPETYAN, PASHINYAN, K5),
        event("ACCUSE", PASHINYAN, KARAPETYAN, K6, mode="allege"),
        event("THREATEN", PASHINYAN, ENA, K6),
        event("THREATEN", PASHINYAN, ENA, K7),
        event("PROTEST", KARA_SUPPORTERS, NSS_ARM, K8, mode="demo", date="2025-06-18", location="Yerevan",
              location_country="ARM"),
        event("REQUEST", KARA_SUPPORTERS, NSS_ARM, K8, mode="yield", date="2025-06-18"),
        event("REQUEST", PESKOV, ARM_GOV, K10, mode="change"),
        event("ACCUSE", ARM_ALLIANCE, ARM_GOV, K12, mode="disapprove"),
        event("ACCUSE", KARA_LAWYERS, NSS_ARM, K13, mode="allege"),
    ],
    "quotes": [
        quote("schlechte Politiker", "Samvel Karapetyan", "direct"),
        quote("Sollten „schlechte Politiker“ die Kirche weiter angreifen, werde er sich auf seine Weise einmischen",
              "Samvel Karapetyan", "indirect"),
        quote("im Dienst ausländischer Interessen zu stehen", "Nikol Pashinyan", "indirect"),
        quote("Es ist an der Zeit, das Netz in die Hände des Staates zurückzuholen", "Nikol Pashinyan", "direct"),
        quote("Moskau verfolge den Fall aufmerksam und erwarte, dass die Rechte des russischen Staatsbürgers "
              "gewahrt würden", "Dmitry Peskov", "indirect"),
        quote("Eine Einmischung in innere Angelegenheiten Armeniens sei das nicht", "Dmitry Peskov", "indirect"),
        quote("politischen Rachefeldzug", "Armenia Alliance", "direct"),
    ],
    "entities": [
        entity("Yerevan", "LOC", "ARM", ["Jerewan"]),
        entity("Armenia", "GPE", "ARM", ["Armenien", "Armeniens"]),
        entity("National Security Service of Armenia", "ORG", "ARM",
               ["der Nationale Sicherheitsdienst", "Die Behörde", "des Sicherheitsdienstes"]),
        entity("Samvel Karapetyan", "PER", "ARM",
               ["Samvel Karapetjan", "Karapetjan", "dem 59-Jährigen", "dem Unternehmer", "Karapetjans"]),
        entity("Electric Networks of Armenia", "ORG", "ARM",
               ["Stromnetzbetreibers Electric Networks of Armenia", "des Stromnetzes"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["die Armenische Apostolische Kirche", "die Kirche"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Regierungschef Nikol Paschinjan", "Paschinjan"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russia", "GPE", "RUS", ["Moskau"]),
        entity("Armenia Alliance", "ORG", "ARM", ["Die oppositionelle Armenien-Allianz"]),
        entity("Robert Kocharyan", "PER", "ARM", ["des früheren Präsidenten Robert Kotscharjan"]),
        entity("Government of Armenia", "ORG", "ARM", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm195-de-03 (Ireland, Citywest)
IE_PROTESTERS = actor("anti-immigration protesters", "IRL", "CVL")
GARDA = actor("Garda Síochána", "IRL", "COP")
IRL_GOV = actor("Government of Ireland", "IRL", "GOV")
CW_RESIDENT = actor("Citywest asylum centre resident", "IRL", "CVL")
KELLY = actor("Justin Kelly", "IRL", "COP")
PSNI = actor("Police Service of Northern Ireland", "GBR", "COP")
IRL_PROS = actor("Irish prosecutors", "IRL", "JUD")
MARTIN = actor("Micheál Martin", "IRL", "GOV")
OCALLAGHAN = actor("Jim O'Callaghan", "IRL", "GOV")

C1 = ("Dublin (dpa) - Bei Ausschreitungen vor einer Unterkunft für Asylsuchende am Stadtrand von Dublin sind "
      "mehrere Polizisten verletzt worden.")
C2 = ("Mehrere hundert Menschen hatten sich am Dienstagabend vor dem Citywest-Zentrum in Saggart versammelt, "
      "nachdem ein Bewohner der Einrichtung wegen eines mutmaßlichen sexuellen Übergriffs auf ein Mädchen "
      "festgenommen worden war.")
C3 = ("Aus der Menge flogen Steine, Flaschen und Feuerwerkskörper auf die Beamten, ein Polizeifahrzeug ging in "
      "Flammen auf.")
C4 = "Die Polizei setzte Pfefferspray ein und drängte die Randalierer erst nach Mitternacht zurück."
C5 = "Polizeichef Justin Kelly sprach von „organisierter Gewalt“ gegen seine Beamten."
C6 = "Sechs Männer seien festgenommen worden, weitere Festnahmen würden folgen, kündigte er an."
C7 = ("Die Garda teilte mit, sie tausche Videoaufnahmen mit der nordirischen Polizei PSNI aus, um angereiste "
      "Verdächtige zu identifizieren.")
C8 = "Die Staatsanwaltschaft erhob am Mittwoch Anklage gegen den 26 Jahre alten Bewohner der Unterkunft."
C9 = "Regierungschef Micheál Martin verurteilte die Gewalt als „völlig inakzeptabel“."
C10 = "Niemand habe das Recht, unter dem Vorwand des Protests Polizisten anzugreifen, sagte der Taoiseach."
C11 = ("Justizminister Jim O'Callaghan ordnete an, zusätzliche Einsatzkräfte an Unterkünfte für Asylsuchende im "
       "ganzen Land zu verlegen.")
C12 = "Für Mittwochabend wurde in sozialen Netzwerken zu einer weiteren Kundgebung aufgerufen."
C13 = "Bereits im November 2023 hatte es in der Dubliner Innenstadt schwere Krawalle gegeben."

DE03 = {
    "id": "hm195-de-03", "lang": "de", "url": None, "published": "2025-10-22",
    "title": "Krawalle vor Asylunterkunft bei Dublin – Polizisten verletzt",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12, C13]),
    "events": [
        event("PROTEST", IE_PROTESTERS, GARDA, C1, mode="riot", date="2025-10-21", location="Saggart",
              location_country="IRL"),
        event("PROTEST", IE_PROTESTERS, IRL_GOV, C2, mode="demo", date="2025-10-21", location="Saggart",
              location_country="IRL"),
        event("COERCE", GARDA, CW_RESIDENT, C2, mode="arrest"),
        event("ASSAULT", IE_PROTESTERS, GARDA, C3, mode="primitive", date="2025-10-21", location="Saggart",
              location_country="IRL"),
        event("ASSAULT", GARDA, IE_PROTESTERS, C4, mode="crowd-control", date="2025-10-21", location="Saggart",
              location_country="IRL"),
        event("ACCUSE", KELLY, IE_PROTESTERS, C5, mode="disapprove"),
        event("COERCE", GARDA, IE_PROTESTERS, C6, mode="arrest"),
        event("THREATEN", KELLY, IE_PROTESTERS, C6, mode="arrest"),
        event("COOPERATE", GARDA, PSNI, C7),
        event("ACCUSE", IRL_PROS, CW_RESIDENT, C8, mode="allege", date="2025-10-22"),
        event("ACCUSE", MARTIN, IE_PROTESTERS, C9, mode="disapprove"),
        event("ACCUSE", MARTIN, IE_PROTESTERS, C10, mode="disapprove"),
        event("MOBILIZE", OCALLAGHAN, None, C11, mode="police"),
    ],
    "quotes": [
        quote("organisierter Gewalt", "Justin Kelly", "direct"),
        quote("Sechs Männer seien festgenommen worden, weitere Festnahmen würden folgen", "Justin Kelly",
              "indirect"),
        quote("sie tausche Videoaufnahmen mit der nordirischen Polizei PSNI aus, um angereiste Verdächtige zu "
              "identifizieren", "Garda Síochána", "indirect"),
        quote("völlig inakzeptabel", "Micheál Martin", "direct"),
        quote("Niemand habe das Recht, unter dem Vorwand des Protests Polizisten anzugreifen", "Micheál Martin",
              "indirect"),
    ],
    "entities": [
        entity("Dublin", "LOC", "IRL", ["Dublin", "der Dubliner Innenstadt"]),
        entity("Citywest asylum centre", "LOC", "IRL",
               ["einer Unterkunft für Asylsuchende", "dem Citywest-Zentrum", "der Einrichtung", "der Unterkunft"]),
        entity("Saggart", "LOC", "IRL", ["Saggart"]),
        entity("anti-immigration protesters", "ORG", "IRL", ["Mehrere hundert Menschen", "der Menge",
                                                              "die Randalierer"]),
        entity("Garda Síochána", "ORG", "IRL", ["Die Polizei", "Die Garda", "die Beamten"]),
        entity("Citywest asylum centre resident", "PER", "IRL",
               ["ein Bewohner der Einrichtung", "den 26 Jahre alten Bewohner der Unterkunft"]),
        entity("Justin Kelly", "PER", "IRL", ["Polizeichef Justin Kelly", "er"]),
        entity("Police Service of Northern Ireland", "ORG", "GBR", ["der nordirischen Polizei PSNI"]),
        entity("Irish prosecutors", "ORG", "IRL", ["Die Staatsanwaltschaft"]),
        entity("Micheál Martin", "PER", "IRL", ["Regierungschef Micheál Martin", "der Taoiseach"]),
        entity("Jim O'Callaghan", "PER", "IRL", ["Justizminister Jim O'Callaghan"]),
    ],
}

# ---------------------------------------------------------------- hm195-de-04 (Hungary, ICC, Netanyahu)
HUNGARY = actor("Hungary", "HUN", "GOV")
ICC = actor("International Criminal Court", "IGO", "IGO")
GULYAS = actor("Gergely Gulyás", "HUN", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ICC_SPOKES = actor("Fadi El Abdallah", "IGO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
TISZA = actor("Tisza Party", "HUN", "OPP")

H1 = "Budapest (dpa) - Ungarn will aus dem Internationalen Strafgerichtshof (IStGH) austreten."
H2 = ("Das kündigte Kanzleramtsminister Gergely Gulyás am Donnerstag an, während Regierungschef Viktor Orbán den "
      "israelischen Ministerpräsidenten Benjamin Netanjahu mit militärischen Ehren auf der Budaer Burg empfing.")
H3 = ("Gegen Netanjahu liegt seit November ein Haftbefehl des Gerichts wegen mutmaßlicher Kriegsverbrechen im "
      "Gazastreifen vor.")
H4 = "Die ungarischen Behörden nahmen den Gast trotz des Haftbefehls nicht fest."
H5 = "Orbán begründete den Schritt damit, der Strafgerichtshof sei zu einem „politischen Gericht“ geworden."
H6 = "Netanjahu lobte die Entscheidung als „mutig und richtig“."
H7 = ("„Das ist ein wichtiger Schritt für alle Demokratien“, sagte er bei einer gemeinsamen Pressekonferenz, "
      "„denn dieses Gericht untergräbt unser Recht auf Selbstverteidigung.“")
H8 = ("Ein Sprecher des Gerichts in Den Haag erklärte, Ungarn bleibe als Vertragsstaat verpflichtet, den "
      "Haftbefehl zu vollstrecken.")
H9 = "Der Austritt wird erst ein Jahr nach der schriftlichen Mitteilung an die Vereinten Nationen wirksam."
H10 = ("Amnesty International sprach von einem „dunklen Tag“ für die Opfer und forderte Budapest auf, Netanjahu "
       "festzunehmen.")
H11 = "Gulyás wies die Forderung zurück: Ungarn werde keine „politisch motivierten“ Haftbefehle umsetzen."
H12 = "Die oppositionelle Tisza-Partei warf Orbán vor, Ungarn innerhalb der EU weiter zu isolieren."

DE04 = {
    "id": "hm195-de-04", "lang": "de", "url": None, "published": "2025-04-03",
    "title": "Ungarn kündigt Austritt aus Strafgerichtshof an – Netanjahu in Budapest",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("SANCTION", HUNGARY, ICC, H1, mode="withdraw", date="2025-04-03"),
        event("SANCTION", GULYAS, ICC, H2, mode="withdraw", date="2025-04-03"),
        event("CONSULT", NETANYAHU, ORBAN, H2, mode="visit", date="2025-04-03", location="Budapest",
              location_country="HUN"),
        event("ACCUSE", ICC, NETANYAHU, H3, mode="allege"),
        event("COERCE", HUNGARY, NETANYAHU, H4, mode="arrest", location="Budapest", location_country="HUN",
              negated=True),
        event("ACCUSE", ORBAN, ICC, H5, mode="disapprove"),
        event("SUPPORT", NETANYAHU, HUNGARY, H6),
        event("SUPPORT", NETANYAHU, HUNGARY, H7),
        event("ACCUSE", NETANYAHU, ICC, H7, mode="disapprove"),
        event("REQUEST", ICC_SPOKES, HUNGARY, H8, mode="change"),
        event("ACCUSE", AMNESTY, HUNGARY, H10, mode="disapprove"),
        event("REQUEST", AMNESTY, HUNGARY, H10, mode="change"),
        event("REJECT", GULYAS, AMNESTY, H11, mode="change"),
        event("ACCUSE", TISZA, ORBAN, H12, mode="disapprove"),
    ],
    "quotes": [
        quote("der Strafgerichtshof sei zu einem „politischen Gericht“ geworden", "Viktor Orbán", "indirect"),
        quote("politischen Gericht", "Viktor Orbán", "direct"),
        quote("mutig und richtig", "Benjamin Netanyahu", "direct"),
        quote("Das ist ein wichtiger Schritt für alle Demokratien", "Benjamin Netanyahu", "direct"),
        quote("denn dieses Gericht untergräbt unser Recht auf Selbstverteidigung", "Benjamin Netanyahu", "direct"),
        quote("Ungarn bleibe als Vertragsstaat verpflichtet, den Haftbefehl zu vollstrecken", "Fadi El Abdallah",
              "indirect"),
        quote("dunklen Tag", "Amnesty International", "direct"),
        quote("Ungarn werde keine „politisch motivierten“ Haftbefehle umsetzen", "Gergely Gulyás", "indirect"),
        quote("politisch motivierten", "Gergely Gulyás", "direct"),
        quote("Ungarn innerhalb der EU weiter zu isolieren", "Tisza Party", "indirect"),
    ],
    "entities": [
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("Hungary", "GPE", "HUN", ["Ungarn", "Die ungarischen Behörden", "Budapest"]),
        entity("International Criminal Court", "ORG", "IGO",
               ["dem Internationalen Strafgerichtshof (IStGH)", "des Gerichts", "der Strafgerichtshof",
                "dieses Gericht"]),
        entity("Gergely Gulyás", "PER", "HUN", ["Kanzleramtsminister Gergely Gulyás", "Gulyás"]),
        entity("Viktor Orbán", "PER", "HUN", ["Regierungschef Viktor Orbán", "Orbán"]),
        entity("Benjamin Netanyahu", "PER", "ISR",
               ["israelischen Ministerpräsidenten Benjamin Netanjahu", "Netanjahu", "den Gast", "er"]),
        entity("Buda Castle", "LOC", "HUN", ["der Budaer Burg"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Fadi El Abdallah", "PER", "IGO", ["Ein Sprecher des Gerichts"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Tisza Party", "ORG", "HUN", ["Die oppositionelle Tisza-Partei"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
    ],
}

# ---------------------------------------------------------------- hm195-en-01 (Öztürk)
ICE = actor("U.S. Immigration and Customs Enforcement", "USA", "COP")
OZTURK = actor("Rümeysa Öztürk", "TUR", "CVL")
DHS = actor("U.S. Department of Homeland Security", "USA", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
FOREIGN_STUDENTS = actor("foreign students in the United States", "USA", "CVL")
KHANBABAI = actor("Mahsa Khanbabai", "USA", "CVL")
TALWANI = actor("Indira Talwani", "USA", "JUD")
TUFTS_PROT = actor("Tufts students and faculty", "USA", "CVL")
TUFTS = actor("Tufts University", "USA", "CVL")
WARREN = actor("Elizabeth Warren", "USA", "LEG")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")
US_GOV = actor("United States", "USA", "GOV")

E1 = ("Federal immigration agents have detained a Turkish doctoral student at Tufts University, "
      "prompting protests and a court fight.")
E2 = ("Footage showed plainclothes officers, some masked, surrounding Rumeysa Ozturk, 30, on a Somerville "
      "street on Tuesday evening and handcuffing her.")
E3 = ("The Department of Homeland Security accused Ozturk of activities “in support of Hamas” but offered no "
      "evidence.")
E4 = ("Secretary of State Marco Rubio said Washington would cancel the visas of foreign students who joined "
      "disruptive campus protests.")
E5 = "“We will take visas away from anyone who comes here to cause trouble,” Rubio told reporters."
E6 = "Her lawyer, Mahsa Khanbabai, filed a habeas corpus petition in Boston on Tuesday night."
E7 = ("U.S. District Judge Indira Talwani ordered that she not be moved out of Massachusetts, but she had "
      "already been flown to a detention center in Basile, Louisiana.")
E8 = "Khanbabai said she had been unable to reach her client for a day."
E9 = "Hundreds of students and faculty rallied in Somerville on Wednesday to demand her release."
E10 = "Tufts President Sunil Kumar said the university had not shared any information with federal authorities."
E11 = ("Senator Elizabeth Warren called the detention “a shocking abuse of power” and urged the administration "
       "to release her.")
E12 = ("Turkey's foreign ministry said its Boston consulate was in contact with U.S. authorities and would give "
       "Ozturk legal assistance.")
E13 = "Last year, Ozturk co-wrote a student newspaper op-ed urging Tufts to cut ties with companies linked to Israel."

EN01 = {
    "id": "hm195-en-01", "lang": "en", "url": None, "published": "2025-03-27",
    "title": "Tufts student from Turkey detained by ICE, moved to Louisiana despite court order",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8], [E9, E10, E11, E12, E13]),
    "events": [
        event("COERCE", ICE, OZTURK, E1, mode="arrest", date="2025-03-25", location="Somerville",
              location_country="USA"),
        event("COERCE", ICE, OZTURK, E2, mode="arrest", date="2025-03-25", location="Somerville",
              location_country="USA"),
        event("ACCUSE", DHS, OZTURK, E3, mode="allege"),
        event("THREATEN", RUBIO, FOREIGN_STUDENTS, E4, mode="expel"),
        event("THREATEN", RUBIO, FOREIGN_STUDENTS, E5, mode="expel"),
        event("ACCUSE", KHANBABAI, ICE, E6, mode="allege", date="2025-03-25", location="Boston",
              location_country="USA"),
        event("REQUEST", TALWANI, ICE, E7, mode="change"),
        event("PROTEST", TUFTS_PROT, ICE, E9, mode="demo", date="2025-03-26", location="Somerville",
              location_country="USA"),
        event("REQUEST", TUFTS_PROT, ICE, E9, mode="yield", date="2025-03-26"),
        event("COOPERATE", TUFTS, DHS, E10, negated=True),
        event("ACCUSE", WARREN, TRUMP_ADMIN, E11, mode="disapprove"),
        event("REQUEST", WARREN, TRUMP_ADMIN, E11, mode="yield"),
        event("CONSULT", TUR_MFA, US_GOV, E12),
        event("AGREE", TUR_MFA, OZTURK, E12),
        event("REQUEST", OZTURK, TUFTS, E13, mode="change"),
    ],
    "quotes": [
        quote("in support of Hamas", "U.S. Department of Homeland Security", "direct"),
        quote("Washington would cancel the visas of foreign students who joined disruptive campus protests",
              "Marco Rubio", "indirect"),
        quote("We will take visas away from anyone who comes here to cause trouble", "Marco Rubio", "direct"),
        quote("she had been unable to reach her client for a day", "Mahsa Khanbabai", "indirect"),
        quote("the university had not shared any information with federal authorities", "Sunil Kumar", "indirect"),
        quote("a shocking abuse of power", "Elizabeth Warren", "direct"),
        quote("its Boston consulate was in contact with U.S. authorities and would give Ozturk legal assistance",
              "Ministry of Foreign Affairs of Turkey", "indirect"),
    ],
    "entities": [
        entity("U.S. Immigration and Customs Enforcement", "ORG", "USA",
               ["Federal immigration agents", "plainclothes officers"]),
        entity("Rümeysa Öztürk", "PER", "TUR",
               ["a Turkish doctoral student at Tufts University", "Rumeysa Ozturk", "Ozturk", "her", "Her",
                "she", "her client"]),
        entity("Tufts University", "ORG", "USA", ["Tufts University", "the university", "Tufts"]),
        entity("Boston", "LOC", "USA", ["Boston"]),
                entity("Somerville", "LOC", "USA", ["Somerville"]),
        entity("U.S. Department of Homeland Security", "ORG", "USA", ["The Department of Homeland Security"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio", "Rubio"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S. authorities", "federal authorities"]),
        entity("Mahsa Khanbabai", "PER", "USA", ["Her lawyer, Mahsa Khanbabai", "Khanbabai"]),
        entity("Indira Talwani", "PER", "USA", ["U.S. District Judge Indira Talwani"]),
        entity("Massachusetts", "LOC", "USA", ["Massachusetts"]),
        entity("Basile", "LOC", "USA", ["Basile, Louisiana"]),
        entity("Tufts students and faculty", "ORG", "USA", ["Hundreds of students and faculty"]),
        entity("Sunil Kumar", "PER", "USA", ["Tufts President Sunil Kumar"]),
        entity("Elizabeth Warren", "PER", "USA", ["Senator Elizabeth Warren"]),
        entity("Trump administration", "ORG", "USA", ["the administration"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Turkey's foreign ministry"]),
        entity("Turkey", "GPE", "TUR", ["Turkey's"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm195-en-02 (Kerch Strait oil spill)
RUS_IC = actor("Investigative Committee of Russia", "RUS", "JUD")
CAPTAINS = actor("captains of the Volgoneft-212 and Volgoneft-239", "RUS", "CVL")
EMERCOM = actor("Russian Emergencies Ministry", "RUS", "GOV")
CREWS = actor("crews of the Volgoneft tankers", "RUS", "CVL")
KONDRATYEV = actor("Veniamin Kondratyev", "RUS", "GOV")
KRAS_COURT = actor("Krasnodar court", "RUS", "JUD")
UKR_MFA = actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
EU = actor("European Union", "EUR", "IGO")
UK = actor("United Kingdom", "GBR", "GOV")
GREENPEACE = actor("Greenpeace", "NGO", "NGO")

R1 = ("Russian investigators have opened criminal cases against the captains of two aging tankers that were "
      "wrecked in a storm in the Kerch Strait, spilling thousands of tonnes of oil into the Black Sea.")
R2 = ("The Volgoneft-212 broke in two on Sunday and the Volgoneft-239 ran aground near the port of Taman, the "
      "Emergencies Ministry said.")
R3 = "One crew member died, and rescue helicopters lifted 26 others to safety."
R4 = ("Deputy Prime Minister Vitaly Savelyev, who heads the clean-up commission, called the spill “a serious "
      "environmental incident.”")
R5 = ("Krasnodar region governor Veniamin Kondratyev declared a regional state of emergency on Tuesday as black "
      "slicks reached the beaches around the resort town of Anapa.")
R6 = "Volunteers in protective suits shovelled oily sand into bags."
R7 = ("The Investigative Committee said the captains were suspected of breaching safety rules that led to a "
      "death and environmental damage.")
R8 = "A court in Krasnodar placed both men under house arrest on Tuesday, its press service said."
R9 = "Environmentalists have long warned that such Soviet-era river tankers are unfit for the open sea."
R10 = ("Ukraine's foreign ministry accused Moscow of turning the Black Sea into a dumping ground and urged the "
       "European Union and Britain to tighten sanctions on Russia's “shadow fleet.”")
R11 = ("Kremlin spokesman Dmitry Peskov denied that Western sanctions had forced Russian firms to keep old "
       "vessels in service.")
R12 = "Greenpeace urged Moscow to ban river tankers from the open sea and publish independent damage data."

EN02 = {
    "id": "hm195-en-02", "lang": "en", "url": None, "published": "2024-12-17",
    "title": "Russia opens cases against tanker captains after Black Sea oil spill",
    "text": paragraphs([R1, R2, R3, R4, R5, R6], [R7, R8, R9], [R10, R11, R12]),
    "events": [
        event("ACCUSE", RUS_IC, CAPTAINS, R1, mode="investigate"),
        event("AID", EMERCOM, CREWS, R3, date="2024-12-15", location="Kerch Strait"),
        event("COERCE", KONDRATYEV, None, R5, mode="curfew", date="2024-12-17", location="Krasnodar Krai",
              location_country="RUS"),
        event("ACCUSE", RUS_IC, CAPTAINS, R7, mode="allege"),
        event("COERCE", KRAS_COURT, CAPTAINS, R8, mode="arrest", date="2024-12-17", location="Krasnodar",
              location_country="RUS"),
        event("ACCUSE", UKR_MFA, RUSSIA, R10, mode="disapprove"),
        event("REQUEST", UKR_MFA, EU, R10, mode="assist"),
        event("REQUEST", UKR_MFA, UK, R10, mode="assist"),
        event("REQUEST", GREENPEACE, RUSSIA, R12, mode="change"),
    ],
    "quotes": [
        quote("The Volgoneft-212 broke in two on Sunday and the Volgoneft-239 ran aground near the port of Taman",
              "Russian Emergencies Ministry", "indirect"),
        quote("a serious environmental incident", "Vitaly Savelyev", "direct"),
        quote("the captains were suspected of breaching safety rules that led to a death and environmental damage",
              "Investigative Committee of Russia", "indirect"),
        quote("A court in Krasnodar placed both men under house arrest on Tuesday", "Krasnodar court", "indirect"),
        quote("such Soviet-era river tankers are unfit for the open sea", "environmentalists", "indirect"),
        quote("shadow fleet", "Ministry of Foreign Affairs of Ukraine", "direct"),
        quote("Western sanctions had forced Russian firms to keep old vessels in service", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Russian investigators",
                                                                   "The Investigative Committee"]),
        entity("captains of the Volgoneft-212 and Volgoneft-239", "PER", "RUS",
               ["the captains of two aging tankers", "the captains", "both men"]),
        entity("Kerch Strait", "LOC", None, ["the Kerch Strait"]),
        entity("Black Sea", "LOC", None, ["the Black Sea"]),
        entity("Volgoneft-212", "ORG", "RUS", ["The Volgoneft-212"]),
        entity("Volgoneft-239", "ORG", "RUS", ["the Volgoneft-239"]),
        entity("Taman", "LOC", "RUS", ["the port of Taman"]),
        entity("Russian Emergencies Ministry", "ORG", "RUS", ["the Emergencies Ministry", "rescue helicopters"]),
        entity("Vitaly Savelyev", "PER", "RUS", ["Deputy Prime Minister Vitaly Savelyev"]),
        entity("Veniamin Kondratyev", "PER", "RUS", ["Krasnodar region governor Veniamin Kondratyev"]),
        entity("Krasnodar Krai", "LOC", "RUS", ["Krasnodar region"]),
        entity("Anapa", "LOC", "RUS", ["the resort town of Anapa"]),
        entity("Krasnodar court", "ORG", "RUS", ["A court in Krasnodar"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Ukraine's foreign ministry"]),
        entity("Russia", "GPE", "RUS", ["Moscow", "Russia's", "Russian"]),
        entity("European Union", "ORG", "EUR", ["European Union"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Greenpeace", "ORG", "NGO", ["Greenpeace"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
