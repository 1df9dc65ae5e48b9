"""Round 362: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm362-de-01: Germany: ex-RAF member Daniela Klette arrested in Berlin-Kreuzberg after three decades underground; Verden prosecutors' robbery charges, custody in Vechta, federal prosecutors' RAF inquiry, flat searched, Faeser and Behrens praise the investigators, two men briefly held in Friedrichshain and freed (2024-02-28).
- hm362-de-02: Austria: a Vienna court gives ex-chancellor Sebastian Kurz a suspended eight-month sentence for false testimony to the Ibiza inquiry and acquits him on other counts; Bonelli also convicted, Kurz calls the verdict unjust, Krainer attacks, Hafenecker demands Nehammer distance himself, the Greens welcome it, the 2021 WKStA inquiry and resignation recalled (2024-02-23).
- hm362-de-03: Germany: Berlin police halt and ban the "Palästina-Kongress" in Tempelhof; Abu-Sittah refused entry at BER, activity ban on Varoufakis, organisers and Varoufakis accuse the authorities, Wegner and the Central Council of Jews praise the police, protest and detentions outside, 900 officers deployed (2024-04-13).
- hm362-de-04: Spain: Pedro Sánchez suspends his public duties to weigh resigning after a Madrid judge opens a preliminary inquiry into his wife Begoña Gómez on a Manos Limpias complaint; he accuses PP and Vox, prosecutors ask for the case to be dropped, Feijóo attacks, Abascal demands his resignation, Díaz, ERC and PNV back him (2024-04-25).
- hm362-en-01: United Kingdom/Hong Kong: three men, among them a Hong Kong trade office manager, charged with assisting Hong Kong intelligence; Britain summons Ambassador Zheng Zeguang, bail, Hong Kong condemns and summons the British consul general, Wang Wenbin accuses London, activists welcome the charges, the March hacking accusation recalled (2024-05-14).
- hm362-en-02: United Kingdom: Southwark Crown Court jails Just Stop Oil co-founder Roger Hallam for five years and four others for four years over the M25 gantry protests; Judge Hehir calls Hallam a fanatic, supporters protest, Just Stop Oil, UN rapporteur Forst and Greenpeace UK condemn the sentences, Downing Street declines comment (2024-07-18).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm362-de-01 (Germany, Daniela Klette arrested)
LKA_NDS = actor("Lower Saxony State Criminal Police Office", "DEU", "COP")
KLETTE = actor("Daniela Klette", "DEU", "REB")
VERDEN_PROS = actor("Verden Public Prosecutor's Office", "DEU", "JUD")
VERDEN_COURT = actor("Verden District Court", "DEU", "JUD")
GBA = actor("Federal Public Prosecutor General", "DEU", "JUD")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
BEHRENS = actor("Daniela Behrens", "DEU", "GOV")
BERLIN_POLICE = actor("Berlin Police", "DEU", "COP")
TWO_MEN = actor("two men detained in Berlin-Friedrichshain", "DEU", "CVL")

K1 = ("Verden/Berlin (dpa) - Mehr als drei Jahrzehnte nach ihrem Abtauchen ist die frühere RAF-Terroristin Daniela "
      "Klette in Berlin festgenommen worden.")
K2 = ("Zielfahnder des Landeskriminalamts (LKA) Niedersachsen nahmen die 65-Jährige bereits am Montagabend in einer "
      "Wohnung im Stadtteil Kreuzberg fest, wie die Staatsanwaltschaft Verden am Dienstag mitteilte.")
K3 = "Ihre Identität sei anhand von Fingerabdrücken zweifelsfrei bestätigt worden."
K4 = "Klette lebte nach Angaben des LKA seit Jahren unter falschem Namen in der Wohnung."
K5 = ("Die Staatsanwaltschaft wirft ihr vor, zwischen 1999 und 2016 gemeinsam mit den früheren RAF-Mitgliedern "
      "Burkhard Garweg und Ernst-Volker Staub mehrere Supermärkte und Geldtransporter in Niedersachsen, "
      "Nordrhein-Westfalen und Schleswig-Holstein überfallen zu haben.")
K6 = "Dabei soll das Trio mehr als zwei Millionen Euro erbeutet haben."
K7 = ("Ein Ermittlungsrichter am Amtsgericht Verden setzte am Dienstag den Haftbefehl unter anderem wegen versuchten "
      "Mordes in Vollzug; die 65-Jährige kam anschließend in die Justizvollzugsanstalt Vechta.")
K8 = "Auch die Bundesanwaltschaft in Karlsruhe ermittelt gegen Klette."
K9 = ("Sie soll an drei Anschlägen der sogenannten dritten RAF-Generation zwischen 1990 und 1993 beteiligt gewesen "
      "sein, darunter an den Schüssen auf die US-Botschaft in Bonn und dem Sprengstoffanschlag auf den "
      "Gefängnisneubau in Weiterstadt.")
K10 = ("Bei der Durchsuchung der Wohnung stellten die Ermittler unter anderem Munition, Datenträger und mehrere "
       "Ausweisdokumente sicher.")
K11 = "Bundesinnenministerin Nancy Faeser (SPD) sprach von einem „riesigen Fahndungserfolg“."
K12 = "Niedersachsens Innenministerin Daniela Behrens (SPD) dankte den Fahndern für ihre Hartnäckigkeit."
K13 = "„Die Suche nach den beiden Komplizen geht mit unverminderter Intensität weiter“, sagte sie in Hannover."
K14 = ("Am Dienstag nahm die Berliner Polizei auf einem Wagenplatz im Stadtteil Friedrichshain zwei Männer "
       "vorübergehend fest.")
K15 = ("Beide kamen nach einer Überprüfung ihrer Identität wieder frei; um die Gesuchten handelte es sich nicht, wie "
       "ein LKA-Sprecher sagte.")
K16 = "Die RAF hatte 1998 ihre Auflösung erklärt."
K17 = ("Die Linksterroristen werden für 34 Morde verantwortlich gemacht, darunter an Arbeitgeberpräsident Hanns Martin "
       "Schleyer und Deutsche-Bank-Chef Alfred Herrhausen.")

DE01 = {
    "id": "hm362-de-01", "lang": "de", "url": None, "published": "2024-02-28",
    "title": "Frühere RAF-Terroristin Daniela Klette in Berlin gefasst",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7], [K8, K9, K10], [K11, K12, K13], [K14, K15], [K16, K17]),
    "events": [
        event("COERCE", LKA_NDS, KLETTE, K1, mode="arrest", location="Berlin", location_country="DEU"),
        event("COERCE", LKA_NDS, KLETTE, K2, mode="arrest", date="2024-02-26", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", VERDEN_PROS, KLETTE, K5, mode="allege"),
        event("COERCE", VERDEN_COURT, KLETTE, K7, mode="arrest", date="2024-02-27", location="Verden",
              location_country="DEU"),
        event("ACCUSE", GBA, KLETTE, K8, mode="investigate"),
        event("COERCE", LKA_NDS, KLETTE, K10, mode="seize", location="Berlin", location_country="DEU"),
        event("SUPPORT", FAESER, LKA_NDS, K11),
        event("SUPPORT", BEHRENS, LKA_NDS, K12),
        event("COERCE", BERLIN_POLICE, TWO_MEN, K14, mode="arrest", date="2024-02-27", location="Berlin",
              location_country="DEU"),
        event("RETREAT", BERLIN_POLICE, TWO_MEN, K15, mode="release", date="2024-02-27"),
    ],
    "quotes": [
        quote("Zielfahnder des Landeskriminalamts (LKA) Niedersachsen nahmen die 65-Jährige bereits am Montagabend in "
              "einer Wohnung im Stadtteil Kreuzberg fest", "Verden Public Prosecutor's Office", "indirect"),
        quote("Ihre Identität sei anhand von Fingerabdrücken zweifelsfrei bestätigt worden",
              "Verden Public Prosecutor's Office", "indirect"),
        quote("Klette lebte nach Angaben des LKA seit Jahren unter falschem Namen in der Wohnung",
              "Lower Saxony State Criminal Police Office", "indirect"),
        quote("zwischen 1999 und 2016 gemeinsam mit den früheren RAF-Mitgliedern Burkhard Garweg und Ernst-Volker Staub "
              "mehrere Supermärkte und Geldtransporter in Niedersachsen, Nordrhein-Westfalen und Schleswig-Holstein "
              "überfallen zu haben", "Verden Public Prosecutor's Office", "indirect"),
        quote("riesigen Fahndungserfolg", "Nancy Faeser", "direct"),
        quote("Die Suche nach den beiden Komplizen geht mit unverminderter Intensität weiter", "Daniela Behrens",
              "direct"),
        quote("Beide kamen nach einer Überprüfung ihrer Identität wieder frei; um die Gesuchten handelte es sich nicht",
              "spokesperson of the Lower Saxony State Criminal Police Office", "indirect"),
    ],
    "entities": [
        entity("Verden", "LOC", "DEU", ["Verden"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Daniela Klette", "PER", "DEU", ["die frühere RAF-Terroristin Daniela Klette", "die 65-Jährige",
                                                "Klette", "ihr", "Sie"]),
        entity("Red Army Faction", "ORG", "DEU", ["RAF", "Die Linksterroristen"]),
        entity("Lower Saxony State Criminal Police Office", "ORG", "DEU",
               ["Zielfahnder des Landeskriminalamts (LKA) Niedersachsen", "des LKA", "die Ermittler", "den Fahndern"]),
        entity("Kreuzberg", "LOC", "DEU", ["im Stadtteil Kreuzberg"]),
        entity("Verden Public Prosecutor's Office", "ORG", "DEU", ["die Staatsanwaltschaft Verden",
                                                                   "Die Staatsanwaltschaft"]),
        entity("Burkhard Garweg", "PER", "DEU", ["Burkhard Garweg"]),
        entity("Ernst-Volker Staub", "PER", "DEU", ["Ernst-Volker Staub"]),
        entity("Lower Saxony", "LOC", "DEU", ["Niedersachsen", "Niedersachsens"]),
        entity("North Rhine-Westphalia", "LOC", "DEU", ["Nordrhein-Westfalen"]),
        entity("Schleswig-Holstein", "LOC", "DEU", ["Schleswig-Holstein"]),
        entity("Verden District Court", "ORG", "DEU", ["Ein Ermittlungsrichter am Amtsgericht Verden"]),
        entity("Vechta Prison", "LOC", "DEU", ["die Justizvollzugsanstalt Vechta"]),
        entity("Federal Public Prosecutor General", "ORG", "DEU", ["die Bundesanwaltschaft in Karlsruhe"]),
        entity("Karlsruhe", "LOC", "DEU", ["Karlsruhe"]),
        entity("Embassy of the United States in Bonn", "LOC", "USA", ["die US-Botschaft in Bonn"]),
        entity("Bonn", "LOC", "DEU", ["Bonn"]),
        entity("Weiterstadt", "LOC", "DEU", ["Weiterstadt"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Daniela Behrens", "PER", "DEU", ["Niedersachsens Innenministerin Daniela Behrens", "sie"]),
        entity("Hannover", "LOC", "DEU", ["Hannover"]),
        entity("Berlin Police", "ORG", "DEU", ["die Berliner Polizei"]),
        entity("Friedrichshain", "LOC", "DEU", ["im Stadtteil Friedrichshain"]),
        entity("two men detained in Berlin-Friedrichshain", "PER", "DEU", ["zwei Männer", "Beide"]),
        entity("spokesperson of the Lower Saxony State Criminal Police Office", "PER", "DEU", ["ein LKA-Sprecher"]),
        entity("Hanns Martin Schleyer", "PER", "DEU", ["Arbeitgeberpräsident Hanns Martin Schleyer"]),
        entity("Alfred Herrhausen", "PER", "DEU", ["Deutsche-Bank-Chef Alfred Herrhausen"]),
        entity("Deutsche Bank", "ORG", "DEU", ["Deutsche-Bank"]),
    ],
}

# ---------------------------------------------------------------- hm362-de-02 (Austria, Kurz convicted)
VIENNA_COURT = actor("Vienna Regional Criminal Court", "AUT", "JUD")
KURZ = actor("Sebastian Kurz", "AUT", "CVL")
BONELLI = actor("Bernhard Bonelli", "AUT", "CVL")
KRAINER = actor("Kai Jan Krainer", "AUT", "OPP")
HAFENECKER = actor("Christian Hafenecker", "AUT", "OPP")
NEHAMMER = actor("Karl Nehammer", "AUT", "GOV")
GREENS_AUT = actor("The Greens (Austria)", "AUT", "PTY")
WKSTA = actor("Economic and Corruption Prosecutor's Office", "AUT", "JUD")
KURZ_GOV = actor("Sebastian Kurz", "AUT", "GOV")

S1 = ("Wien (dpa) - Österreichs früherer Bundeskanzler Sebastian Kurz ist wegen Falschaussage vor einem "
      "parlamentarischen Untersuchungsausschuss zu acht Monaten bedingter Haft verurteilt worden.")
S2 = ("Das Wiener Straflandesgericht sah es am Freitag als erwiesen an, dass der 37-Jährige im Ibiza-U-Ausschuss im "
      "Juni 2020 seine Rolle bei der Besetzung des Aufsichtsrats der Staatsholding Öbag heruntergespielt hatte.")
S3 = "Von weiteren Vorwürfen sprach Richter Michael Radasztics den ehemaligen ÖVP-Chef frei."
S4 = "Kurz' früherer Kabinettschef Bernhard Bonelli erhielt sechs Monate bedingte Haft."
S5 = "Die Urteile sind nicht rechtskräftig."
S6 = "Kurz zeigte sich nach der Verkündung überrascht und kündigte an, Berufung einzulegen."
S7 = "„Ich halte das Urteil für ungerecht“, sagte er vor Journalisten im Gerichtsgebäude."
S8 = ("Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) hatte Kurz vorgeworfen, den Ausschuss in drei Punkten "
      "bewusst falsch informiert zu haben.")
S9 = "Der Ex-Kanzler hatte die Vorwürfe während des im Oktober begonnenen Prozesses stets zurückgewiesen."
S10 = ("Bundeskanzler Karl Nehammer, der Kurz an der Spitze von Partei und Regierung nachgefolgt war, verwies auf die "
       "Unschuldsvermutung.")
S11 = "SPÖ-Fraktionsführer Kai Jan Krainer sprach von einem „Sittenbild“ des Systems Kurz."
S12 = ("FPÖ-Generalsekretär Christian Hafenecker forderte Nehammer auf, sich von seinem Vorgänger zu distanzieren und "
       "die Verantwortung für die ÖVP-Affären zu übernehmen.")
S13 = ("Die Grünen, Juniorpartner der ÖVP in der Regierung, sprachen von einem „klaren Signal“, dass auch für "
       "Spitzenpolitiker die Wahrheitspflicht gelte.")
S14 = ("Kurz war im Oktober 2021 als Kanzler zurückgetreten, nachdem die WKStA in einer anderen Affäre um geschönte "
       "Umfragen Ermittlungen gegen ihn aufgenommen hatte.")
S15 = "Wenig später zog er sich ganz aus der Politik zurück und ist seither als Unternehmer tätig."

DE02 = {
    "id": "hm362-de-02", "lang": "de", "url": None, "published": "2024-02-23",
    "title": "Österreichs Ex-Kanzler Kurz wegen Falschaussage verurteilt",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9], [S10, S11, S12, S13], [S14, S15]),
    "events": [
        event("SANCTION", VIENNA_COURT, KURZ, S1, mode="convict", location="Wien", location_country="AUT"),
        event("SANCTION", VIENNA_COURT, KURZ, S2, mode="convict", date="2024-02-23", location="Wien",
              location_country="AUT"),
        event("CONCEDE", VIENNA_COURT, KURZ, S3),
        event("SANCTION", VIENNA_COURT, BONELLI, S4, mode="convict"),
        event("ACCUSE", KURZ, VIENNA_COURT, S7, mode="disapprove"),
        event("ACCUSE", KRAINER, KURZ, S11, mode="disapprove"),
        event("REQUEST", HAFENECKER, NEHAMMER, S12, mode="change"),
        event("SUPPORT", GREENS_AUT, VIENNA_COURT, S13),
        event("RETREAT", KURZ_GOV, None, S14, mode="resign"),
        event("ACCUSE", WKSTA, KURZ_GOV, S14, mode="investigate"),
    ],
    "quotes": [
        quote("Ich halte das Urteil für ungerecht", "Sebastian Kurz", "direct"),
        quote("den Ausschuss in drei Punkten bewusst falsch informiert zu haben",
              "Economic and Corruption Prosecutor's Office", "indirect"),
        quote("Sittenbild", "Kai Jan Krainer", "direct"),
        quote("klaren Signal", "The Greens (Austria)", "direct"),
        quote("dass auch für Spitzenpolitiker die Wahrheitspflicht gelte", "The Greens (Austria)", "indirect"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["Wien"]),
        entity("Austria", "LOC", "AUT", ["Österreichs"]),
        entity("Sebastian Kurz", "PER", "AUT", ["Österreichs früherer Bundeskanzler Sebastian Kurz", "der 37-Jährige",
                                                "den ehemaligen ÖVP-Chef", "Kurz", "er", "Der Ex-Kanzler",
                                                "seinem Vorgänger"]),
        entity("Ibiza inquiry committee", "ORG", "AUT", ["einem parlamentarischen Untersuchungsausschuss",
                                                         "Ibiza-U-Ausschuss", "den Ausschuss"]),
        entity("Vienna Regional Criminal Court", "ORG", "AUT", ["Das Wiener Straflandesgericht"]),
        entity("Österreichische Beteiligungs AG", "ORG", "AUT", ["der Staatsholding Öbag"]),
        entity("Michael Radasztics", "PER", "AUT", ["Richter Michael Radasztics"]),
        entity("Austrian People's Party", "ORG", "AUT", ["ÖVP"]),
        entity("Bernhard Bonelli", "PER", "AUT", ["Kurz' früherer Kabinettschef Bernhard Bonelli"]),
        entity("Economic and Corruption Prosecutor's Office", "ORG", "AUT",
               ["Die Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA)", "die WKStA"]),
        entity("Karl Nehammer", "PER", "AUT", ["Bundeskanzler Karl Nehammer", "Nehammer"]),
        entity("Social Democratic Party of Austria", "ORG", "AUT", ["SPÖ"]),
        entity("Kai Jan Krainer", "PER", "AUT", ["SPÖ-Fraktionsführer Kai Jan Krainer"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["FPÖ"]),
        entity("Christian Hafenecker", "PER", "AUT", ["FPÖ-Generalsekretär Christian Hafenecker"]),
        entity("The Greens (Austria)", "ORG", "AUT", ["Die Grünen, Juniorpartner der ÖVP in der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm362-de-03 (Germany, Palästina-Kongress halted)
ORGANISERS = actor("organisers of the Palestine Congress", "DEU", "NGO")
FED_POLICE = actor("Federal Police of Germany", "DEU", "COP")
ABU_SITTAH = actor("Ghassan Abu-Sittah", "GBR", "CVL")
DEU_AUTH = actor("German authorities", "DEU", "GOV")
VAROUFAKIS = actor("Yanis Varoufakis", "GRC", "PTY")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
WEGNER = actor("Kai Wegner", "DEU", "GOV")
ZENTRALRAT = actor("Central Council of Jews in Germany", "DEU", "NGO")
PK_PROTESTERS = actor("protesters outside the Palestine Congress", "DEU", "CVL")

P1 = ("Berlin (dpa) - Die Berliner Polizei hat einen umstrittenen sogenannten Palästina-Kongress kurz nach dessen "
      "Beginn aufgelöst und für das gesamte Wochenende verboten.")
P2 = ("Beamte unterbrachen die Veranstaltung in einer Halle im Stadtteil Tempelhof am Freitagnachmittag nach rund zwei "
      "Stunden und ließen den Strom abschalten.")
P3 = ("Zuvor war ein Redner per Video zugeschaltet worden, gegen den nach Polizeiangaben ein politisches "
      "Betätigungsverbot in Deutschland besteht.")
P4 = ("Es habe die Gefahr bestanden, dass in weiteren Beiträgen antisemitische und gewaltverherrlichende Positionen "
      "verbreitet würden, sagte eine Polizeisprecherin.")
P5 = ("Zu dem dreitägigen Treffen hatten unter anderem der Verein Jüdische Stimme für gerechten Frieden in Nahost und "
      "die paneuropäische Bewegung DiEM25 aufgerufen.")
P6 = ("Die Veranstalter sprachen von einem „beispiellosen Angriff auf die Meinungsfreiheit“ und kündigten an, "
      "gerichtlich gegen das Verbot vorzugehen.")
P7 = ("Bereits am Flughafen BER hatte die Bundespolizei dem britisch-palästinensischen Chirurgen Ghassan Abu-Sittah, "
      "der auf dem Kongress sprechen sollte, die Einreise verweigert.")
P8 = "Der Rektor der Universität Glasgow wurde nach eigenen Angaben stundenlang festgehalten und dann nach London zurückgeschickt."
P9 = ("Gegen den früheren griechischen Finanzminister Yanis Varoufakis verhängten die Behörden ein Betätigungsverbot, "
      "das ihm auch Auftritte per Video untersagt, wie das Bundesinnenministerium bestätigte.")
P10 = ("Varoufakis warf der Bundesregierung vor, Kritiker der israelischen Kriegsführung im Gazastreifen mundtot machen "
       "zu wollen.")
P11 = "„Das ist ein schwarzer Tag für die Demokratie in Deutschland“, sagte der 63-Jährige in einer Videobotschaft."
P12 = "Berlins Regierender Bürgermeister Kai Wegner (CDU) begrüßte das Vorgehen der Polizei."
P13 = "„Es war richtig und notwendig, diesen Kongress zu beenden“, schrieb er auf X."
P14 = "Auch der Zentralrat der Juden in Deutschland lobte den Einsatz."
P15 = "Vor der Halle protestierten nach Polizeiangaben rund 250 Menschen gegen die Auflösung."
P16 = ("Die Polizei nahm mehrere von ihnen vorübergehend fest, unter anderem wegen des Rufens verbotener Parolen.")
P17 = "Insgesamt waren rund 900 Beamte im Einsatz."

DE03 = {
    "id": "hm362-de-03", "lang": "de", "url": None, "published": "2024-04-13",
    "title": "Polizei löst Palästina-Kongress in Berlin auf",
    "text": paragraphs([P1, P2, P3, P4, P5, P6], [P7, P8, P9, P10, P11], [P12, P13, P14], [P15, P16, P17]),
    "events": [
        event("COERCE", BERLIN_POLICE, ORGANISERS, P1, mode="ban", location="Berlin", location_country="DEU"),
        event("COERCE", BERLIN_POLICE, ORGANISERS, P2, mode="ban", date="2024-04-12", location="Berlin",
              location_country="DEU"),
        event("ACCUSE", ORGANISERS, BERLIN_POLICE, P6, mode="disapprove"),
        event("COERCE", FED_POLICE, ABU_SITTAH, P7, mode="ban", location="Berlin", location_country="DEU"),
        event("ACCUSE", ABU_SITTAH, FED_POLICE, P8, mode="allege"),
        event("COERCE", DEU_AUTH, VAROUFAKIS, P9, mode="ban"),
        event("ACCUSE", VAROUFAKIS, DEU_GOV, P10, mode="disapprove"),
        event("ACCUSE", VAROUFAKIS, DEU_GOV, P11, mode="disapprove"),
        event("SUPPORT", WEGNER, BERLIN_POLICE, P12),
        event("SUPPORT", WEGNER, BERLIN_POLICE, P13),
        event("SUPPORT", ZENTRALRAT, BERLIN_POLICE, P14),
        event("PROTEST", PK_PROTESTERS, BERLIN_POLICE, P15, mode="demo", location="Berlin", location_country="DEU"),
        event("COERCE", BERLIN_POLICE, PK_PROTESTERS, P16, mode="arrest", location="Berlin", location_country="DEU"),
        event("MOBILIZE", BERLIN_POLICE, None, P17, mode="police", location="Berlin", location_country="DEU"),
    ],
    "quotes": [
        quote("Zuvor war ein Redner per Video zugeschaltet worden, gegen den nach Polizeiangaben ein politisches "
              "Betätigungsverbot in Deutschland besteht", "Berlin Police", "indirect"),
        quote("Es habe die Gefahr bestanden, dass in weiteren Beiträgen antisemitische und gewaltverherrlichende "
              "Positionen verbreitet würden", "spokesperson of the Berlin Police", "indirect"),
        quote("beispiellosen Angriff auf die Meinungsfreiheit", "organisers of the Palestine Congress", "direct"),
        quote("Der Rektor der Universität Glasgow wurde nach eigenen Angaben stundenlang festgehalten und dann nach "
              "London zurückgeschickt", "Ghassan Abu-Sittah", "indirect"),
        quote("Gegen den früheren griechischen Finanzminister Yanis Varoufakis verhängten die Behörden ein "
              "Betätigungsverbot, das ihm auch Auftritte per Video untersagt", "Federal Ministry of the Interior",
              "indirect"),
        quote("Kritiker der israelischen Kriegsführung im Gazastreifen mundtot machen zu wollen", "Yanis Varoufakis",
              "indirect"),
        quote("Das ist ein schwarzer Tag für die Demokratie in Deutschland", "Yanis Varoufakis", "direct"),
        quote("Es war richtig und notwendig, diesen Kongress zu beenden", "Kai Wegner", "direct"),
        quote("Vor der Halle protestierten nach Polizeiangaben rund 250 Menschen gegen die Auflösung", "Berlin Police",
              "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin", "Berlins"]),
        entity("Berlin Police", "ORG", "DEU", ["Die Berliner Polizei", "Beamte", "der Polizei", "Die Polizei",
                                               "rund 900 Beamte"]),
        entity("Palestine Congress", "ORG", "DEU", ["einen umstrittenen sogenannten Palästina-Kongress",
                                                    "die Veranstaltung", "dem dreitägigen Treffen", "dem Kongress",
                                                    "diesen Kongress"]),
        entity("Tempelhof", "LOC", "DEU", ["im Stadtteil Tempelhof"]),
        entity("Salman Abu Sitta", "PER", "PSE", ["ein Redner"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("spokesperson of the Berlin Police", "PER", "DEU", ["eine Polizeisprecherin"]),
        entity("Jewish Voice for a Just Peace in the Middle East", "ORG", "DEU",
               ["der Verein Jüdische Stimme für gerechten Frieden in Nahost"]),
        entity("DiEM25", "ORG", "EUR", ["die paneuropäische Bewegung DiEM25"]),
        entity("organisers of the Palestine Congress", "ORG", "DEU", ["Die Veranstalter"]),
        entity("Berlin Brandenburg Airport", "LOC", "DEU", ["am Flughafen BER"]),
        entity("Federal Police of Germany", "ORG", "DEU", ["die Bundespolizei"]),
        entity("Ghassan Abu-Sittah", "PER", "GBR", ["dem britisch-palästinensischen Chirurgen Ghassan Abu-Sittah",
                                                    "Der Rektor der Universität Glasgow"]),
        entity("University of Glasgow", "ORG", "GBR", ["der Universität Glasgow"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Yanis Varoufakis", "PER", "GRC", ["den früheren griechischen Finanzminister Yanis Varoufakis",
                                                  "Varoufakis", "der 63-Jährige", "ihm"]),
        entity("German authorities", "ORG", "DEU", ["die Behörden"]),
        entity("Federal Ministry of the Interior", "ORG", "DEU", ["das Bundesinnenministerium"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Israel", "LOC", "ISR", ["israelischen"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Kai Wegner", "PER", "DEU", ["Berlins Regierender Bürgermeister Kai Wegner", "er"]),
        entity("Christian Democratic Union", "ORG", "DEU", ["CDU"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["der Zentralrat der Juden in Deutschland"]),
        entity("protesters outside the Palestine Congress", "PER", "DEU", ["rund 250 Menschen", "mehrere von ihnen"]),
    ],
}

# ---------------------------------------------------------------- hm362-de-04 (Spain, Sánchez weighs resigning)
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
GOMEZ = actor("Begoña Gómez", "ESP", "CVL")
PEINADO = actor("Juan Carlos Peinado", "ESP", "JUD")
MANOS_LIMPIAS = actor("Manos Limpias", "ESP", "NGO")
PP = actor("People's Party (Spain)", "ESP", "PTY")
VOX = actor("Vox", "ESP", "PTY")
MADRID_PROS = actor("Madrid Provincial Prosecutor's Office", "ESP", "JUD")
FEIJOO = actor("Alberto Núñez Feijóo", "ESP", "OPP")
ABASCAL = actor("Santiago Abascal", "ESP", "OPP")
DIAZ = actor("Yolanda Díaz", "ESP", "GOV")
ERC = actor("Republican Left of Catalonia", "ESP", "PTY")
PNV = actor("Basque Nationalist Party", "ESP", "PTY")

M1 = ("Madrid (dpa) - Spaniens Ministerpräsident Pedro Sánchez erwägt nach der Einleitung von Vorermittlungen gegen "
      "seine Ehefrau Begoña Gómez seinen Rücktritt.")
M2 = "Der Sozialist sagte bis Montag alle öffentlichen Termine ab, um über seine Zukunft nachzudenken."
M3 = ("Er müsse innehalten und darüber nachdenken, ob es sich lohne, weiter an der Spitze der Regierung zu stehen, "
      "schrieb der 52-Jährige am Mittwochabend in einem Brief an die Bürger, den er auf der Plattform X "
      "veröffentlichte.")
M4 = "Seine Entscheidung werde er am Montag bekanntgeben."
M5 = ("Zuvor war bekanntgeworden, dass ein Madrider Ermittlungsrichter Vorermittlungen gegen Gómez wegen des Verdachts "
      "der Einflussnahme und der Korruption im Geschäftsverkehr eingeleitet hat.")
M6 = ("Grundlage ist eine Anzeige der Organisation Manos Limpias (Saubere Hände), die dem rechtsextremen Lager "
      "zugerechnet wird.")
M7 = ("Sie stützt sich nach Angaben von Juristen im Wesentlichen auf Zeitungsberichte über Kontakte von Gómez zu "
      "Unternehmen, die staatliche Hilfen oder Aufträge erhielten.")
M8 = ("In seinem Brief warf Sánchez der konservativen Volkspartei (PP) und der rechtspopulistischen Vox vor, eine "
      "Kampagne der „Belästigung und Zerstörung“ gegen ihn und seine Familie zu führen.")
M9 = "„Ich bin ein Mann, der seine Frau zutiefst liebt“, schrieb er."
M10 = "Die Staatsanwaltschaft in Madrid beantragte am Donnerstag, das Verfahren einzustellen."
M11 = "Es gebe keine ausreichenden Hinweise auf eine Straftat, hieß es zur Begründung."
M12 = ("Oppositionsführer Alberto Núñez Feijóo warf Sánchez vor, mit dem Brief von den Problemen seiner Regierung "
       "ablenken zu wollen.")
M13 = "„Das ist eine Inszenierung, die einer Demokratie unwürdig ist“, sagte der PP-Chef."
M14 = "Vox-Chef Santiago Abascal forderte den Regierungschef auf, sofort zurückzutreten und Neuwahlen auszurufen."
M15 = ("Die Chefin des linken Koalitionspartners Sumar, Vize-Regierungschefin Yolanda Díaz, stellte sich dagegen "
       "demonstrativ hinter Sánchez.")
M16 = ("Auch die katalanische ERC und die baskische PNV, auf deren Stimmen die Minderheitsregierung im Parlament "
       "angewiesen ist, erklärten sich solidarisch mit dem Regierungschef.")
M17 = "Sánchez regiert seit November vergangenen Jahres in einer Koalition mit Sumar."

DE04 = {
    "id": "hm362-de-04", "lang": "de", "url": None, "published": "2024-04-25",
    "title": "Spaniens Regierungschef Sánchez erwägt Rücktritt",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7], [M8, M9], [M10, M11], [M12, M13, M14], [M15, M16, M17]),
    "events": [
        event("ACCUSE", PEINADO, GOMEZ, M5, mode="investigate", location="Madrid", location_country="ESP"),
        event("ACCUSE", MANOS_LIMPIAS, GOMEZ, M6, mode="allege"),
        event("ACCUSE", SANCHEZ, PP, M8, mode="disapprove"),
        event("ACCUSE", SANCHEZ, VOX, M8, mode="disapprove"),
        event("REQUEST", MADRID_PROS, PEINADO, M10, date="2024-04-25"),
        event("ACCUSE", FEIJOO, SANCHEZ, M12, mode="disapprove"),
        event("ACCUSE", FEIJOO, SANCHEZ, M13, mode="disapprove"),
        event("REQUEST", ABASCAL, SANCHEZ, M14, mode="change"),
        event("SUPPORT", DIAZ, SANCHEZ, M15),
        event("SUPPORT", ERC, SANCHEZ, M16),
        event("SUPPORT", PNV, SANCHEZ, M16),
    ],
    "quotes": [
        quote("Er müsse innehalten und darüber nachdenken, ob es sich lohne, weiter an der Spitze der Regierung zu "
              "stehen", "Pedro Sánchez", "indirect"),
        quote("Seine Entscheidung werde er am Montag bekanntgeben", "Pedro Sánchez", "indirect"),
        quote("Sie stützt sich nach Angaben von Juristen im Wesentlichen auf Zeitungsberichte über Kontakte von Gómez "
              "zu Unternehmen, die staatliche Hilfen oder Aufträge erhielten", "legal experts", "indirect"),
        quote("Belästigung und Zerstörung", "Pedro Sánchez", "direct"),
        quote("eine Kampagne der „Belästigung und Zerstörung“ gegen ihn und seine Familie zu führen", "Pedro Sánchez",
              "indirect"),
        quote("Ich bin ein Mann, der seine Frau zutiefst liebt", "Pedro Sánchez", "direct"),
        quote("Es gebe keine ausreichenden Hinweise auf eine Straftat", "Madrid Provincial Prosecutor's Office",
              "indirect"),
        quote("mit dem Brief von den Problemen seiner Regierung ablenken zu wollen", "Alberto Núñez Feijóo",
              "indirect"),
        quote("Das ist eine Inszenierung, die einer Demokratie unwürdig ist", "Alberto Núñez Feijóo", "direct"),
    ],
    "entities": [
        entity("Madrid", "LOC", "ESP", ["Madrid", "Madrider"]),
        entity("Spain", "LOC", "ESP", ["Spaniens"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Spaniens Ministerpräsident Pedro Sánchez", "Der Sozialist",
                                               "der 52-Jährige", "er", "Sánchez", "ihn", "den Regierungschef",
                                               "dem Regierungschef"]),
        entity("Begoña Gómez", "PER", "ESP", ["seine Ehefrau Begoña Gómez", "Gómez", "seine Frau"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Juan Carlos Peinado", "PER", "ESP", ["ein Madrider Ermittlungsrichter"]),
        entity("Manos Limpias", "ORG", "ESP", ["der Organisation Manos Limpias (Saubere Hände)"]),
        entity("legal experts", "PER", "ESP", ["Juristen"]),
        entity("People's Party (Spain)", "ORG", "ESP", ["der konservativen Volkspartei (PP)"]),
        entity("Vox", "ORG", "ESP", ["der rechtspopulistischen Vox", "Vox"]),
        entity("Madrid Provincial Prosecutor's Office", "ORG", "ESP", ["Die Staatsanwaltschaft in Madrid"]),
        entity("Alberto Núñez Feijóo", "PER", "ESP", ["Oppositionsführer Alberto Núñez Feijóo", "der PP-Chef"]),
        entity("Government of Spain", "ORG", "ESP", ["seiner Regierung", "die Minderheitsregierung"]),
        entity("Santiago Abascal", "PER", "ESP", ["Vox-Chef Santiago Abascal"]),
        entity("Sumar", "ORG", "ESP", ["des linken Koalitionspartners Sumar", "Sumar"]),
        entity("Yolanda Díaz", "PER", "ESP", ["Vize-Regierungschefin Yolanda Díaz"]),
        entity("Republican Left of Catalonia", "ORG", "ESP", ["die katalanische ERC"]),
        entity("Basque Nationalist Party", "ORG", "ESP", ["die baskische PNV"]),
        entity("Congress of Deputies", "ORG", "ESP", ["im Parlament"]),
    ],
}

# ---------------------------------------------------------------- hm362-en-01 (UK/Hong Kong, spying charges)
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CPS = actor("Crown Prosecution Service", "GBR", "JUD")
THREE_MEN = actor("three men charged with assisting Hong Kong intelligence", "GBR", "CVL")
YUEN = actor("Chung Biu Yuen", "CHN", "GOV")
WAI = actor("Chi Leung Wai", "GBR", "COP")
TRICKETT = actor("Matthew Trickett", "GBR", "GOV")
MET = actor("Metropolitan Police Service", "GBR", "COP")
WMC = actor("Westminster Magistrates' Court", "GBR", "JUD")
HK_GOV = actor("Government of Hong Kong", "CHN", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
WANG = actor("Wang Wenbin", "CHN", "GOV")
HK_ACTIVISTS = actor("Hong Kong activists in Britain", "CHN", "CVL")
CHEUNG = actor("Chloe Cheung", "CHN", "CVL")
CHN_HACKERS = actor("Chinese state-affiliated hackers", "CHN", "GOV")

H1 = ("LONDON (AP) — Britain summoned China's ambassador on Tuesday after three men, including a manager at Hong Kong's "
      "trade office in London, were charged with helping Hong Kong's intelligence service spy on pro-democracy "
      "activists in the U.K.")
H2 = ("The Foreign Office said Ambassador Zheng Zeguang had been told that a recent pattern of behavior directed by "
      "China against the U.K., including cyberattacks on lawmakers and bounties on Hong Kong activists living in "
      "Britain, was unacceptable.")
H3 = ("Chung Biu Yuen, 63, Chi Leung Wai, 38, and Matthew Trickett, 37, appeared at Westminster Magistrates' Court on "
      "Monday charged under the National Security Act with assisting a foreign intelligence service and with foreign "
      "interference.")
H4 = "Yuen is the office manager of the Hong Kong Economic and Trade Office in London, prosecutors said."
H5 = ("Wai works as a U.K. Border Force officer and Trickett, a former Royal Marine, works in immigration enforcement "
      "for the Home Office, according to police.")
H6 = ("The three were among 11 people arrested in raids across England on May 1 and 2, the Metropolitan Police "
      "said.")
H7 = ("They were released on conditional bail and are due to appear at the Old Bailey, Britain's central criminal "
      "court, on May 24.")
H8 = ("Hong Kong's government said it \"strongly condemned\" the U.K. for \"fabricating\" charges against its trade "
      "office employee and demanded that London provide full details of the case.")
H9 = ("The city's government also summoned the British consul general, Brian Davidson, to lodge a protest, a "
      "spokesperson said.")
H10 = ("In Beijing, Foreign Ministry spokesman Wang Wenbin accused Britain of \"maliciously smearing\" China and said "
       "Beijing had lodged \"stern representations\" with London.")
H11 = ("Hong Kong activists in Britain, several of whom face bounties of 1 million Hong Kong dollars ($128,000) "
       "issued by the city's police, welcomed the charges.")
H12 = ("\"This shows that Beijing's transnational repression has reached British soil,\" said Chloe Cheung, a "
       "19-year-old activist who is among those wanted by Hong Kong authorities.")
H13 = ("Relations between London and Beijing have been strained by China's crackdown on dissent in Hong Kong, a "
       "former British colony, and by a string of espionage cases in Britain.")
H14 = ("In March, Britain blamed Chinese state-affiliated hackers for a cyberattack on the Electoral Commission and "
       "for targeting lawmakers critical of Beijing.")

EN01 = {
    "id": "hm362-en-01", "lang": "en", "url": None, "published": "2024-05-14",
    "title": "UK summons China's envoy after 3 men charged with aiding Hong Kong intelligence",
    "text": paragraphs([H1, H2], [H3, H4, H5], [H6, H7], [H8, H9, H10], [H11, H12], [H13, H14]),
    "events": [
        event("ACCUSE", UK_FCDO, CHN_GOV, H1, mode="disapprove", date="2024-05-14", location="London",
              location_country="GBR"),
        event("ACCUSE", CPS, THREE_MEN, H1, mode="allege"),
        event("ACCUSE", UK_FCDO, CHN_GOV, H2, mode="disapprove"),
        event("ACCUSE", CPS, YUEN, H3, mode="allege", date="2024-05-13", location="London", location_country="GBR"),
        event("ACCUSE", CPS, WAI, H3, mode="allege", date="2024-05-13", location="London", location_country="GBR"),
        event("ACCUSE", CPS, TRICKETT, H3, mode="allege", date="2024-05-13", location="London",
              location_country="GBR"),
        event("COERCE", MET, THREE_MEN, H6, mode="arrest", location_country="GBR"),
        event("RETREAT", WMC, THREE_MEN, H7, mode="release", location="London", location_country="GBR"),
        event("ACCUSE", HK_GOV, UK_GOV, H8, mode="disapprove"),
        event("REQUEST", HK_GOV, UK_GOV, H8),
        event("ACCUSE", HK_GOV, UK_GOV, H9, mode="disapprove", location="Hong Kong", location_country="CHN"),
        event("ACCUSE", WANG, UK_GOV, H10, mode="disapprove", location="Beijing", location_country="CHN"),
        event("SUPPORT", HK_ACTIVISTS, CPS, H11),
        event("ACCUSE", CHEUNG, CHN_GOV, H12, mode="disapprove"),
        event("ACCUSE", UK_GOV, CHN_HACKERS, H14, mode="allege"),
    ],
    "quotes": [
        quote("Ambassador Zheng Zeguang had been told that a recent pattern of behavior directed by China against the "
              "U.K., including cyberattacks on lawmakers and bounties on Hong Kong activists living in Britain, was "
              "unacceptable", "Foreign, Commonwealth and Development Office", "indirect"),
        quote("Yuen is the office manager of the Hong Kong Economic and Trade Office in London",
              "Crown Prosecution Service", "indirect"),
        quote("Wai works as a U.K. Border Force officer and Trickett, a former Royal Marine, works in immigration "
              "enforcement for the Home Office", "Metropolitan Police Service", "indirect"),
        quote("The three were among 11 people arrested in raids across England on May 1 and 2",
              "Metropolitan Police Service", "indirect"),
        quote("strongly condemned", "Government of Hong Kong", "direct"),
        quote("fabricating", "Government of Hong Kong", "direct"),
        quote("it \"strongly condemned\" the U.K. for \"fabricating\" charges against its trade office employee",
              "Government of Hong Kong", "indirect"),
        quote("The city's government also summoned the British consul general, Brian Davidson, to lodge a protest",
              "spokesperson of the Government of Hong Kong", "indirect"),
        quote("maliciously smearing", "Wang Wenbin", "direct"),
        quote("stern representations", "Wang Wenbin", "direct"),
        quote("Beijing had lodged \"stern representations\" with London", "Wang Wenbin", "indirect"),
        quote("This shows that Beijing's transnational repression has reached British soil", "Chloe Cheung",
              "direct"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London"]),
        entity("United Kingdom", "LOC", "GBR", ["the U.K.", "Britain", "British"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "London"]),
        entity("Zheng Zeguang", "PER", "CHN", ["China's ambassador", "Ambassador Zheng Zeguang"]),
        entity("China", "LOC", "CHN", ["China", "China's"]),
        entity("three men charged with assisting Hong Kong intelligence", "PER", "GBR",
               ["three men, including a manager at Hong Kong's trade office in London", "The three", "They"]),
        entity("Hong Kong", "LOC", "CHN", ["Hong Kong's", "Hong Kong", "the city's"]),
        entity("Hong Kong intelligence service", "ORG", "CHN", ["Hong Kong's intelligence service",
                                                                "a foreign intelligence service"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["The Foreign Office"]),
        entity("Chung Biu Yuen", "PER", "CHN", ["Chung Biu Yuen, 63", "Yuen", "its trade office employee"]),
        entity("Chi Leung Wai", "PER", "GBR", ["Chi Leung Wai, 38", "Wai"]),
        entity("Matthew Trickett", "PER", "GBR", ["Matthew Trickett, 37", "Trickett, a former Royal Marine"]),
        entity("Westminster Magistrates' Court", "ORG", "GBR", ["Westminster Magistrates' Court"]),
        entity("Hong Kong Economic and Trade Office in London", "ORG", "CHN",
               ["the Hong Kong Economic and Trade Office in London", "Hong Kong's trade office in London"]),
        entity("Crown Prosecution Service", "ORG", "GBR", ["prosecutors"]),
        entity("UK Border Force", "ORG", "GBR", ["U.K. Border Force"]),
        entity("Royal Marines", "ORG", "GBR", ["Royal Marine"]),
        entity("Home Office", "ORG", "GBR", ["the Home Office"]),
        entity("Metropolitan Police Service", "ORG", "GBR", ["police", "the Metropolitan Police"]),
        entity("England", "LOC", "GBR", ["England"]),
        entity("Old Bailey", "ORG", "GBR", ["the Old Bailey, Britain's central criminal court"]),
        entity("Government of Hong Kong", "ORG", "CHN", ["Hong Kong's government", "The city's government"]),
        entity("Brian Davidson", "PER", "GBR", ["the British consul general, Brian Davidson"]),
        entity("spokesperson of the Government of Hong Kong", "PER", "CHN", ["a spokesperson"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Wang Wenbin", "PER", "CHN", ["Foreign Ministry spokesman Wang Wenbin"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign Ministry"]),
        entity("Hong Kong activists in Britain", "PER", "CHN", ["Hong Kong activists in Britain"]),
        entity("Hong Kong Police Force", "ORG", "CHN", ["the city's police"]),
        entity("Chloe Cheung", "PER", "CHN", ["Chloe Cheung, a 19-year-old activist"]),
        entity("Hong Kong authorities", "ORG", "CHN", ["Hong Kong authorities"]),
        entity("Chinese state-affiliated hackers", "ORG", "CHN", ["Chinese state-affiliated hackers"]),
        entity("Electoral Commission", "ORG", "GBR", ["the Electoral Commission"]),
    ],
}

# ---------------------------------------------------------------- hm362-en-02 (UK, Just Stop Oil activists jailed)
HEHIR = actor("Christopher Hehir", "GBR", "JUD")
FIVE_JSO = actor("five Just Stop Oil activists", "GBR", "CVL")
HALLAM = actor("Roger Hallam", "GBR", "CVL")
SHAW = actor("Daniel Shaw", "GBR", "CVL")
LANCASTER = actor("Louise Lancaster", "GBR", "CVL")
WHITTAKER = actor("Lucia Whittaker De Abreu", "GBR", "CVL")
GETHIN = actor("Cressida Gethin", "GBR", "CVL")
SOUTHWARK = actor("Southwark Crown Court", "GBR", "JUD")
JSO_ACTIVISTS = actor("Just Stop Oil activists", "GBR", "CVL")
JSO_SUPPORTERS = actor("Just Stop Oil supporters", "GBR", "CVL")
JSO = actor("Just Stop Oil", "GBR", "NGO")
FORST = actor("Michel Forst", "UNO", "IGO")
GREENPEACE_UK = actor("Greenpeace UK", "GBR", "NGO")

J1 = ("LONDON (AP) — A British judge on Thursday jailed five Just Stop Oil activists, including the group's co-founder "
      "Roger Hallam, for plotting to block London's M25 orbital motorway, in what campaigners said were the longest "
      "sentences ever handed down for nonviolent protest in the U.K.")
J2 = ("Hallam was sentenced to five years in prison at Southwark Crown Court, while Daniel Shaw, Louise Lancaster, "
      "Lucia Whittaker De Abreu and Cressida Gethin each received four years.")
J3 = ("A jury had found them guilty last week of conspiracy to cause a public nuisance after they took part in an "
      "online call in which supporters were recruited to climb gantries over the motorway.")
J4 = ("Over four days in November 2022, dozens of activists scaled the gantries, forcing police to halt traffic on "
      "Britain's busiest road.")
J5 = ("Prosecutors said the disruption affected more than 700,000 vehicles and cost the Metropolitan Police more than "
      "765,000 pounds ($990,000).")
J6 = ("Judge Christopher Hehir said Hallam had \"crossed the line from concerned campaigner to fanatic\" and that none "
      "of the defendants had shown any remorse.")
J7 = ("Hallam, who also co-founded Extinction Rebellion, had told the court he acted out of necessity because of the "
      "climate crisis.")
J8 = "Dozens of supporters protested outside the court as the sentences were read out."
J9 = ("Just Stop Oil called the ruling \"a disgrace\" and said its campaign of civil resistance against new oil and gas "
      "licenses would continue.")
J10 = ("Michel Forst, the United Nations special rapporteur on environmental defenders, said the sentences marked \"a "
       "dark day for peaceful environmental protest\" and urged the British government to review its protest laws.")
J11 = "Greenpeace UK said the punishments were \"out of all proportion\" to the offense."
J12 = ("Prime Minister Keir Starmer's office declined to comment on the sentences, saying they were a matter for the "
       "independent courts.")
J13 = ("The previous Conservative government tightened protest laws in 2022 and 2023 in response to disruptive "
       "tactics by groups such as Just Stop Oil and Extinction Rebellion.")
J14 = "The defendants' lawyers said they would consider an appeal."

EN02 = {
    "id": "hm362-en-02", "lang": "en", "url": None, "published": "2024-07-18",
    "title": "UK judge jails 5 Just Stop Oil activists over plot to block London's M25 motorway",
    "text": paragraphs([J1, J2, J3], [J4, J5], [J6, J7], [J8, J9, J10, J11, J12], [J13, J14]),
    "events": [
        event("SANCTION", HEHIR, FIVE_JSO, J1, mode="convict", date="2024-07-18", location="London",
              location_country="GBR"),
        event("COERCE", HEHIR, FIVE_JSO, J1, mode="arrest", date="2024-07-18", location="London",
              location_country="GBR"),
        event("SANCTION", HEHIR, HALLAM, J2, mode="convict", location="London", location_country="GBR"),
        event("COERCE", HEHIR, HALLAM, J2, mode="arrest", location="London", location_country="GBR"),
        event("SANCTION", HEHIR, SHAW, J2, mode="convict", location="London", location_country="GBR"),
        event("COERCE", HEHIR, SHAW, J2, mode="arrest", location="London", location_country="GBR"),
        event("SANCTION", HEHIR, LANCASTER, J2, mode="convict", location="London", location_country="GBR"),
        event("COERCE", HEHIR, LANCASTER, J2, mode="arrest", location="London", location_country="GBR"),
        event("SANCTION", HEHIR, WHITTAKER, J2, mode="convict", location="London", location_country="GBR"),
        event("COERCE", HEHIR, WHITTAKER, J2, mode="arrest", location="London", location_country="GBR"),
        event("SANCTION", HEHIR, GETHIN, J2, mode="convict", location="London", location_country="GBR"),
        event("COERCE", HEHIR, GETHIN, J2, mode="arrest", location="London", location_country="GBR"),
        event("SANCTION", SOUTHWARK, FIVE_JSO, J3, mode="convict"),
        event("PROTEST", JSO_ACTIVISTS, None, J4, mode="obstruct", location="M25", location_country="GBR"),
        event("ACCUSE", HEHIR, HALLAM, J6, mode="disapprove"),
        event("PROTEST", JSO_SUPPORTERS, SOUTHWARK, J8, mode="demo", location="London", location_country="GBR"),
        event("ACCUSE", JSO, HEHIR, J9, mode="disapprove"),
        event("ACCUSE", FORST, HEHIR, J10, mode="disapprove"),
        event("REQUEST", FORST, UK_GOV, J10, mode="change"),
        event("ACCUSE", GREENPEACE_UK, HEHIR, J11, mode="disapprove"),
    ],
    "quotes": [
        quote("were the longest sentences ever handed down for nonviolent protest in the U.K", "campaigners",
              "indirect"),
        quote("the disruption affected more than 700,000 vehicles and cost the Metropolitan Police more than 765,000 "
              "pounds ($990,000)", "Crown Prosecution Service", "indirect"),
        quote("crossed the line from concerned campaigner to fanatic", "Christopher Hehir", "direct"),
        quote("Hallam had \"crossed the line from concerned campaigner to fanatic\" and that none of the defendants had "
              "shown any remorse", "Christopher Hehir", "indirect"),
        quote("he acted out of necessity because of the climate crisis", "Roger Hallam", "indirect"),
        quote("a disgrace", "Just Stop Oil", "direct"),
        quote("its campaign of civil resistance against new oil and gas licenses would continue", "Just Stop Oil",
              "indirect"),
        quote("a dark day for peaceful environmental protest", "Michel Forst", "direct"),
        quote("the sentences marked \"a dark day for peaceful environmental protest\"", "Michel Forst", "indirect"),
        quote("out of all proportion", "Greenpeace UK", "direct"),
        quote("the punishments were \"out of all proportion\" to the offense", "Greenpeace UK", "indirect"),
        quote("they were a matter for the independent courts", "Office of the Prime Minister of the United Kingdom",
              "indirect"),
        quote("they would consider an appeal", "lawyers of the Just Stop Oil defendants", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London's"]),
        entity("Christopher Hehir", "PER", "GBR", ["A British judge", "Judge Christopher Hehir"]),
        entity("five Just Stop Oil activists", "PER", "GBR", ["five Just Stop Oil activists", "them", "they",
                                                              "the defendants"]),
        entity("Just Stop Oil", "ORG", "GBR", ["Just Stop Oil", "the group's"]),
        entity("Roger Hallam", "PER", "GBR", ["the group's co-founder Roger Hallam", "Hallam"]),
        entity("M25", "LOC", "GBR", ["London's M25 orbital motorway", "the motorway", "Britain's busiest road"]),
        entity("campaigners", "PER", "GBR", ["campaigners"]),
        entity("United Kingdom", "LOC", "GBR", ["the U.K.", "Britain's", "British"]),
        entity("Southwark Crown Court", "ORG", "GBR", ["Southwark Crown Court", "the court"]),
        entity("Daniel Shaw", "PER", "GBR", ["Daniel Shaw"]),
        entity("Louise Lancaster", "PER", "GBR", ["Louise Lancaster"]),
        entity("Lucia Whittaker De Abreu", "PER", "GBR", ["Lucia Whittaker De Abreu"]),
        entity("Cressida Gethin", "PER", "GBR", ["Cressida Gethin"]),
        entity("A jury at Southwark Crown Court", "ORG", "GBR", ["A jury"]),
        entity("Just Stop Oil activists", "PER", "GBR", ["dozens of activists"]),
        entity("Crown Prosecution Service", "ORG", "GBR", ["Prosecutors"]),
        entity("Metropolitan Police Service", "ORG", "GBR", ["police", "the Metropolitan Police"]),
        entity("Extinction Rebellion", "ORG", "GBR", ["Extinction Rebellion"]),
        entity("Just Stop Oil supporters", "PER", "GBR", ["Dozens of supporters"]),
        entity("Michel Forst", "PER", "UNO", ["Michel Forst, the United Nations special rapporteur on environmental "
                                              "defenders"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["the British government"]),
        entity("Greenpeace UK", "ORG", "GBR", ["Greenpeace UK"]),
        entity("Keir Starmer", "PER", "GBR", ["Prime Minister Keir Starmer's"]),
        entity("Office of the Prime Minister of the United Kingdom", "ORG", "GBR", ["Prime Minister Keir Starmer's "
                                                                                    "office"]),
        entity("Conservative Party (UK)", "ORG", "GBR", ["Conservative"]),
        entity("lawyers of the Just Stop Oil defendants", "PER", "GBR", ["The defendants' lawyers"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
