"""Round 428: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm428-de-01: Germany: Faeser bans the neo-Nazi network Hammerskins Deutschland and its "Crew 38"; raids with seizures in ten states but no arrests, Haldenwang and the Central Council of Jews welcome it, Schuster demands more, Throm criticises the delay, the 2020 Nordadler ban recalled (2023-09-19).
- hm428-de-02: Netherlands: Dutch police detain about 2,400 Extinction Rebellion activists blocking the A12 in The Hague and use water cannon; XR demands an end to fossil subsidies and vows to return, Mayor van Zanen's ban, Rutte refuses, parliament's motion, the ACP union and XR trade accusations (2023-09-09).
- hm428-de-03: Slovakia/Ukraine: Fico meets Shmyhal in Uzhhorod, rules out state military aid but promises not to block Ukraine's EU accession or commercial arms sales; invitation to a joint government session accepted, border-bridge deal, gas-transit request refused, Šimečka's criticism, Orbán's block of the EU aid package (2024-01-22).
- hm428-de-04: Poland/Belarus: Warsaw sends more troops to the border after Belarusian helicopters allegedly enter Polish airspace near Białowieża; Błaszczak's order, the chargé summoned, NATO informed, Minsk denies and accuses Warsaw, Morawiecki blames Minsk and Moscow, Wagner near Grodno, Tusk criticises PiS (2023-08-02).
- hm428-en-01: Sweden/Latvia: Swedish authorities seize the Bulgarian-owned ship Vezhen after damage to the Latvia-Gotland fibre-optic cable; sabotage inquiry without arrests, Navibulgar pledges cooperation and denies intent, Sofia asks for consular access, Siliņa and Kristersson react, Baltic Sentry, Russian embassy accuses Swedish media (2025-01-27).
- hm428-en-02: EU/Morocco: the EU Court of Justice dismisses the Commission's and Council's appeals and confirms the annulment of the EU-Morocco fisheries and farm deals covering Western Sahara; the Polisario hails it and makes demands, Rabat rejects the ruling and attacks the court, von der Leyen and Borrell back Morocco, Albares pledges to keep working with Rabat (2024-10-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm428-de-01 (Germany, Hammerskins ban)
FAESER = actor("Nancy Faeser", "DEU", "GOV")
DEU_BMI = actor("Federal Ministry of the Interior of Germany", "DEU", "GOV")
HAMMERSKINS = actor("Hammerskins Deutschland", "DEU", "CVL")
CREW38 = actor("Crew 38", "DEU", "CVL")
DEU_POLICE = actor("German police", "DEU", "COP")
HALDENWANG = actor("Thomas Haldenwang", "DEU", "GOV")
ZENTRALRAT = actor("Central Council of Jews in Germany", "DEU", "REL")
SCHUSTER = actor("Josef Schuster", "DEU", "REL")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
THROM = actor("Alexander Throm", "DEU", "LEG")
SEEHOFER = actor("Horst Seehofer", "DEU", "GOV")
NORDADLER = actor("Nordadler", "DEU", "CVL")

H1 = ("Berlin (dpa) - Bundesinnenministerin Nancy Faeser hat die rechtsextremistische Vereinigung „Hammerskins "
      "Deutschland“ verboten.")
H2 = ("Das Verbot umfasse auch die regionalen Ableger der Gruppe sowie die Unterorganisation „Crew 38“, teilte das "
      "Ministerium am Dienstag in Berlin mit.")
H3 = ("Seit dem frühen Morgen durchsuchten rund 700 Polizisten die Wohnungen von 28 mutmaßlichen Mitgliedern in zehn "
      "Bundesländern und stellten Waffen, Datenträger und Propagandamaterial sicher.")
H4 = "Festnahmen gab es nach Angaben des Ministeriums nicht."
H5 = ("„Mit dem heutigen Verbot setzen wir dem Treiben einer international vernetzten Neonazi-Vereinigung ein Ende“, "
      "sagte Faeser.")
H6 = ("Die Hammerskins hätten über Jahre Rechtsrock-Konzerte organisiert und damit Geld für die Szene gesammelt, hieß "
      "es in der Verbotsverfügung.")
H7 = ("Die Gruppe war Ende der 1980er-Jahre in den USA gegründet worden und gilt als selbst ernannte Elite der "
      "Skinhead-Bewegung.")
H8 = "Der deutsche Ableger zählte zuletzt rund 130 Mitglieder."
H9 = ("Verfassungsschutzpräsident Thomas Haldenwang begrüßte das Verbot als „schweren Schlag gegen die "
      "rechtsextremistische Musikszene“.")
H10 = "Auch der Zentralrat der Juden in Deutschland lobte den Schritt."
H11 = ("Präsident Josef Schuster forderte die Bundesregierung zugleich auf, weitere Strukturen der Szene konsequent zu "
       "verfolgen.")
H12 = ("Ein Anwalt mehrerer Mitglieder wies den Vorwurf zurück, die Vereinigung richte sich gegen die "
       "verfassungsmäßige Ordnung.")
H13 = "Gegen das Verbot kann vor dem Bundesverwaltungsgericht in Leipzig geklagt werden."
H14 = ("Der innenpolitische Sprecher der Unionsfraktion, Alexander Throm, warf Faeser vor, viel zu lange gezögert zu "
       "haben.")
H15 = "Die Vorbereitung des Verbots hatte mehr als ein Jahr gedauert."
H16 = ("Bereits im Jahr 2020 hatte der damalige Innenminister Horst Seehofer die Neonazi-Gruppe „Nordadler“ "
       "verboten.")

DE01 = {
    "id": "hm428-de-01", "lang": "de", "url": None, "published": "2023-09-19",
    "title": "Faeser verbietet rechtsextreme Hammerskins",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6], [H7, H8, H9], [H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("COERCE", FAESER, HAMMERSKINS, H1, mode="ban"),
        event("COERCE", DEU_BMI, HAMMERSKINS, H2, mode="ban", date="2023-09-19"),
        event("COERCE", DEU_BMI, CREW38, H2, mode="ban", date="2023-09-19"),
        event("COERCE", DEU_POLICE, HAMMERSKINS, H3, mode="seize", date="2023-09-19"),
        event("COERCE", DEU_POLICE, HAMMERSKINS, H4, mode="arrest", negated=True),
        event("ACCUSE", FAESER, HAMMERSKINS, H5, mode="disapprove"),
        event("ACCUSE", DEU_BMI, HAMMERSKINS, H6, mode="allege"),
        event("SUPPORT", HALDENWANG, FAESER, H9),
        event("SUPPORT", ZENTRALRAT, FAESER, H10),
        event("REQUEST", SCHUSTER, DEU_GOV, H11),
        event("ACCUSE", THROM, FAESER, H14, mode="disapprove"),
        event("COERCE", SEEHOFER, NORDADLER, H16, mode="ban"),
    ],
    "quotes": [
        quote("Das Verbot umfasse auch die regionalen Ableger der Gruppe sowie die Unterorganisation „Crew 38“",
              "Federal Ministry of the Interior of Germany", "indirect"),
        quote("Festnahmen gab es nach Angaben des Ministeriums nicht", "Federal Ministry of the Interior of Germany",
              "indirect"),
        quote("Mit dem heutigen Verbot setzen wir dem Treiben einer international vernetzten Neonazi-Vereinigung ein "
              "Ende", "Nancy Faeser", "direct"),
        quote("Die Hammerskins hätten über Jahre Rechtsrock-Konzerte organisiert und damit Geld für die Szene "
              "gesammelt", "Federal Ministry of the Interior of Germany", "indirect"),
        quote("schweren Schlag gegen die rechtsextremistische Musikszene", "Thomas Haldenwang", "direct"),
        quote("weitere Strukturen der Szene konsequent zu verfolgen", "Josef Schuster", "indirect"),
        quote("die Vereinigung richte sich gegen die verfassungsmäßige Ordnung", "lawyer of Hammerskins members",
              "indirect"),
        quote("viel zu lange gezögert zu haben", "Alexander Throm", "indirect"),
    ],
    "entities": [
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Nancy Faeser", "PER", "DEU", ["Bundesinnenministerin Nancy Faeser", "Faeser"]),
        entity("Hammerskins Deutschland", "ORG", "DEU",
               ["die rechtsextremistische Vereinigung „Hammerskins Deutschland“", "der Gruppe",
                "einer international vernetzten Neonazi-Vereinigung", "Die Hammerskins", "Die Gruppe",
                "Der deutsche Ableger", "die Vereinigung"]),
        entity("Crew 38", "ORG", "DEU", ["die Unterorganisation „Crew 38“"]),
        entity("Federal Ministry of the Interior of Germany", "ORG", "DEU", ["das Ministerium", "des Ministeriums"]),
        entity("German police", "ORG", "DEU", ["rund 700 Polizisten"]),
        entity("members of Hammerskins Deutschland", "PER", "DEU", ["28 mutmaßlichen Mitgliedern",
                                                                    "mehrerer Mitglieder"]),
        entity("United States", "LOC", "USA", ["in den USA"]),
        entity("Thomas Haldenwang", "PER", "DEU", ["Verfassungsschutzpräsident Thomas Haldenwang"]),
        entity("Federal Office for the Protection of the Constitution", "ORG", "DEU", ["Verfassungsschutzpräsident"]),
        entity("Central Council of Jews in Germany", "ORG", "DEU", ["der Zentralrat der Juden in Deutschland"]),
        entity("Josef Schuster", "PER", "DEU", ["Präsident Josef Schuster"]),
        entity("Government of Germany", "ORG", "DEU", ["die Bundesregierung"]),
        entity("lawyer of Hammerskins members", "PER", "DEU", ["Ein Anwalt mehrerer Mitglieder"]),
        entity("Federal Administrative Court of Germany", "ORG", "DEU", ["dem Bundesverwaltungsgericht in Leipzig"]),
        entity("Leipzig", "LOC", "DEU", ["Leipzig"]),
        entity("Alexander Throm", "PER", "DEU",
               ["Der innenpolitische Sprecher der Unionsfraktion, Alexander Throm"]),
        entity("CDU/CSU parliamentary group", "ORG", "DEU", ["der Unionsfraktion"]),
        entity("Horst Seehofer", "PER", "DEU", ["der damalige Innenminister Horst Seehofer"]),
        entity("Nordadler", "ORG", "DEU", ["die Neonazi-Gruppe „Nordadler“"]),
    ],
}

# ---------------------------------------------------------------- hm428-de-02 (Netherlands, A12 blockade)
NLD_POLICE = actor("Dutch police", "NLD", "COP")
XR_NL = actor("Extinction Rebellion", "NLD", "NGO")
XR_ACTIVISTS = actor("Extinction Rebellion activists", "NLD", "CVL")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
XR_SPOKESWOMAN = actor("spokeswoman of Extinction Rebellion", "NLD", "NGO")
RUTTE = actor("Mark Rutte", "NLD", "GOV")
TWEEDE_KAMER = actor("House of Representatives of the Netherlands", "NLD", "LEG")
ACP = actor("ACP police union", "NLD", "LAB")
VAN_ZANEN = actor("Jan van Zanen", "NLD", "GOV")

X1 = ("Den Haag (dpa) - Bei einer Blockade der Autobahn A12 in Den Haag hat die niederländische Polizei am Samstag rund "
      "2400 Klimaaktivisten festgenommen.")
X2 = ("Die Beamten setzten Wasserwerfer gegen Hunderte Demonstranten ein, die nahe dem Regierungsviertel auf der "
      "Fahrbahn saßen.")
X3 = ("Die Bewegung Extinction Rebellion blockiert die A12 seit Monaten immer wieder, um gegen Steuervergünstigungen "
      "für die fossile Industrie zu protestieren.")
X4 = "Nach ihren Angaben belaufen sich diese Subventionen auf rund 17,5 Milliarden Euro im Jahr."
X5 = "Die Aktivisten verlangen, dass die Regierung die Subventionen sofort streicht."
X6 = "„Wir kommen jeden Tag wieder, bis die Regierung handelt“, sagte eine Sprecherin der Gruppe."
X7 = ("Die Polizei brachte die Festgenommenen in Bussen zu Sammelstellen und ließ die meisten am Abend wieder "
      "frei.")
X8 = "Bereits im Mai hatte die Polizei bei einer ähnlichen Blockade mehr als 1500 Menschen festgenommen."
X9 = ("Bürgermeister Jan van Zanen hatte die Kundgebung nur auf einer nahe gelegenen Wiese genehmigt und die "
      "Blockade der Autobahn untersagt.")
X10 = ("Der geschäftsführende Ministerpräsident Mark Rutte äußerte Verständnis für die Sorgen der Demonstranten, "
       "lehnte ein sofortiges Ende der Subventionen aber ab.")
X11 = "Eine Abschaffung müsse international abgestimmt werden, sagte er."
X12 = ("Das Parlament hatte die Regierung am Donnerstag in einem Antrag aufgefordert, einen Plan für den Ausstieg "
       "aus den Subventionen vorzulegen.")
X13 = ("Die Polizeigewerkschaft ACP warf den Aktivisten vor, mit den wiederholten Blockaden Hunderte Beamte zu binden, "
       "die anderswo fehlten.")
X14 = ("Extinction Rebellion wiederum warf der Polizei vor, mit den Wasserwerfern unverhältnismäßig hart "
       "vorgegangen zu sein.")
X15 = "Ein Polizeisprecher wies das zurück."

DE02 = {
    "id": "hm428-de-02", "lang": "de", "url": None, "published": "2023-09-09",
    "title": "Tausende Festnahmen bei Klimaprotest auf Autobahn in Den Haag",
    "text": paragraphs([X1, X2, X3], [X4, X5, X6, X7], [X8, X9], [X10, X11, X12], [X13, X14, X15]),
    "events": [
        event("COERCE", NLD_POLICE, XR_ACTIVISTS, X1, mode="arrest", date="2023-09-09", location="Den Haag",
              location_country="NLD"),
        event("PROTEST", XR_ACTIVISTS, NLD_GOV, X1, mode="obstruct", date="2023-09-09", location="Den Haag",
              location_country="NLD"),
        event("COERCE", NLD_POLICE, XR_ACTIVISTS, X2, mode="crowd-control", date="2023-09-09", location="Den Haag",
              location_country="NLD"),
        event("PROTEST", XR_NL, NLD_GOV, X3, mode="obstruct"),
        event("REQUEST", XR_ACTIVISTS, NLD_GOV, X5, mode="change"),
        event("THREATEN", XR_SPOKESWOMAN, NLD_GOV, X6),
        event("RETREAT", NLD_POLICE, XR_ACTIVISTS, X7, mode="release", date="2023-09-09"),
        event("COERCE", NLD_POLICE, XR_ACTIVISTS, X8, mode="arrest"),
        event("COERCE", VAN_ZANEN, XR_NL, X9, mode="ban"),
        event("REJECT", RUTTE, XR_NL, X10, mode="change"),
        event("REQUEST", TWEEDE_KAMER, NLD_GOV, X12, mode="change", date="2023-09-07"),
        event("ACCUSE", ACP, XR_ACTIVISTS, X13, mode="disapprove"),
        event("ACCUSE", XR_NL, NLD_POLICE, X14, mode="disapprove"),
    ],
    "quotes": [
        quote("belaufen sich diese Subventionen auf rund 17,5 Milliarden Euro im Jahr", "Extinction Rebellion",
              "indirect"),
        quote("dass die Regierung die Subventionen sofort streicht", "Extinction Rebellion", "indirect"),
        quote("Wir kommen jeden Tag wieder, bis die Regierung handelt", "spokeswoman of Extinction Rebellion",
              "direct"),
        quote("Eine Abschaffung müsse international abgestimmt werden", "Mark Rutte", "indirect"),
        quote("mit den wiederholten Blockaden Hunderte Beamte zu binden, die anderswo fehlten", "ACP police union",
              "indirect"),
        quote("mit den Wasserwerfern unverhältnismäßig hart vorgegangen zu sein", "Extinction Rebellion",
              "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("A12 motorway", "LOC", "NLD", ["der Autobahn A12", "die A12", "der Autobahn"]),
        entity("Dutch police", "ORG", "NLD", ["die niederländische Polizei", "Die Beamten", "Die Polizei",
                                              "die Polizei", "der Polizei"]),
        entity("Extinction Rebellion activists", "PER", "NLD",
               ["rund 2400 Klimaaktivisten", "Hunderte Demonstranten", "Die Aktivisten", "die Festgenommenen",
                "der Demonstranten", "den Aktivisten"]),
        entity("Extinction Rebellion", "ORG", "NLD", ["Die Bewegung Extinction Rebellion", "ihren", "der Gruppe",
                                                      "Extinction Rebellion"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["die Regierung"]),
        entity("spokeswoman of Extinction Rebellion", "PER", "NLD", ["eine Sprecherin der Gruppe"]),
        entity("Jan van Zanen", "PER", "NLD", ["Bürgermeister Jan van Zanen"]),
        entity("Mark Rutte", "PER", "NLD", ["Der geschäftsführende Ministerpräsident Mark Rutte", "er"]),
        entity("House of Representatives of the Netherlands", "ORG", "NLD", ["Das Parlament"]),
        entity("ACP police union", "ORG", "NLD", ["Die Polizeigewerkschaft ACP"]),
        entity("Dutch police spokesman", "PER", "NLD", ["Ein Polizeisprecher"]),
    ],
}

# ---------------------------------------------------------------- hm428-de-03 (Slovakia/Ukraine, Fico in Uzhhorod)
FICO = actor("Robert Fico", "SVK", "GOV")
SHMYHAL = actor("Denys Shmyhal", "UKR", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
EU = actor("European Union", "EUR", "IGO")

F1 = ("Uschhorod (dpa) - Der slowakische Regierungschef Robert Fico hat sich bei seinem ersten Treffen mit dem "
      "ukrainischen Ministerpräsidenten Denys Schmyhal gegen Militärhilfe für Kiew aus staatlichen Beständen "
      "ausgesprochen.")
F2 = ("Die Slowakei werde den Beitritt der Ukraine zur EU aber nicht blockieren, sagte Fico am Montag nach den "
      "Gesprächen in der westukrainischen Grenzstadt.")
F3 = "Auch kommerzielle Waffenlieferungen slowakischer Rüstungsfirmen wolle Bratislava nicht verhindern."
F4 = "„Wir wollen gute nachbarschaftliche Beziehungen zur Ukraine“, sagte der 59-Jährige."
F5 = ("Schmyhal dankte der Slowakei für die bisherige Unterstützung und lud Fico zu einer gemeinsamen Sitzung beider "
      "Regierungen im Frühjahr ein.")
F6 = "Fico nahm die Einladung an."
F7 = ("Beide Seiten vereinbarten zudem, den Bau einer neuen Brücke über den Grenzfluss Usch zu beschleunigen.")
F8 = "Strittig blieb der Transit von russischem Gas."
F9 = ("Fico hatte Kiew vor dem Treffen aufgefordert, die Durchleitung auch nach dem Auslaufen des Vertrags mit dem "
      "russischen Konzern Gazprom Ende des Jahres zu ermöglichen.")
F10 = "Schmyhal bekräftigte jedoch, dass die Ukraine den Vertrag nicht verlängern werde."
F11 = ("Kurz nach ihrem Amtsantritt im Oktober hatte Ficos Regierung ein bereits vorbereitetes Militärhilfepaket für "
       "die Ukraine gestoppt.")
F12 = "Der Regierungschef hat wiederholt erklärt, der Krieg habe keine militärische Lösung."
F13 = ("Der Vorsitzende der oppositionellen Progressiven Slowakei, Michal Šimečka, warf Fico vor, mit seiner Politik "
       "die Interessen Moskaus zu bedienen.")
F14 = "Ungarns Regierungschef Viktor Orbán blockiert bislang ein 50-Milliarden-Euro-Hilfspaket der EU für die Ukraine."
F15 = "Fico sicherte zu, das Paket beim Sondergipfel der Staats- und Regierungschefs am 1. Februar nicht aufzuhalten."
F16 = "Die Slowakei grenzt auf knapp 100 Kilometern an die Ukraine."

DE03 = {
    "id": "hm428-de-03", "lang": "de", "url": None, "published": "2024-01-22",
    "title": "Fico in Uschhorod: Keine staatliche Militärhilfe, aber kein Veto gegen EU-Beitritt",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9, F10], [F11, F12, F13], [F14, F15, F16]),
    "events": [
        event("CONSULT", FICO, SHMYHAL, F1, mode="meet", date="2024-01-22", location="Uzhhorod",
              location_country="UKR"),
        event("REJECT", FICO, UKR_GOV, F1, mode="assist"),
        event("AGREE", FICO, UKR_GOV, F2),
        event("AGREE", FICO, UKR_GOV, F3),
        event("SUPPORT", SHMYHAL, SVK_GOV, F5),
        event("AGREE", SHMYHAL, FICO, F5),
        event("AGREE", FICO, SHMYHAL, F6),
        event("AGREE", SVK_GOV, UKR_GOV, F7),
        event("REQUEST", FICO, UKR_GOV, F9),
        event("REJECT", SHMYHAL, FICO, F10),
        event("SANCTION", SVK_GOV, UKR_GOV, F11, mode="discontinue"),
        event("ACCUSE", SIMECKA, FICO, F13, mode="disapprove"),
        event("REJECT", ORBAN, EU, F14),
        event("AGREE", FICO, EU, F15),
    ],
    "quotes": [
        quote("Die Slowakei werde den Beitritt der Ukraine zur EU aber nicht blockieren", "Robert Fico", "indirect"),
        quote("Auch kommerzielle Waffenlieferungen slowakischer Rüstungsfirmen wolle Bratislava nicht verhindern",
              "Robert Fico", "indirect"),
        quote("Wir wollen gute nachbarschaftliche Beziehungen zur Ukraine", "Robert Fico", "direct"),
        quote("die Durchleitung auch nach dem Auslaufen des Vertrags mit dem russischen Konzern Gazprom Ende des Jahres "
              "zu ermöglichen", "Robert Fico", "indirect"),
        quote("dass die Ukraine den Vertrag nicht verlängern werde", "Denys Shmyhal", "indirect"),
        quote("der Krieg habe keine militärische Lösung", "Robert Fico", "indirect"),
        quote("mit seiner Politik die Interessen Moskaus zu bedienen", "Michal Šimečka", "indirect"),
        quote("das Paket beim Sondergipfel der Staats- und Regierungschefs am 1. Februar nicht aufzuhalten",
              "Robert Fico", "indirect"),
    ],
    "entities": [
        entity("Uzhhorod", "LOC", "UKR", ["Uschhorod", "der westukrainischen Grenzstadt"]),
        entity("Robert Fico", "PER", "SVK", ["Der slowakische Regierungschef Robert Fico", "seinem", "Fico",
                                             "der 59-Jährige", "Ficos", "Der Regierungschef", "seiner"]),
        entity("Denys Shmyhal", "PER", "UKR", ["dem ukrainischen Ministerpräsidenten Denys Schmyhal", "Schmyhal"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Slovakia", "LOC", "SVK", ["Die Slowakei", "der Slowakei"]),
        entity("Government of Slovakia", "ORG", "SVK", ["Bratislava", "Ficos Regierung", "ihrem"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("European Union", "ORG", "EUR", ["EU", "der EU"]),
        entity("Slovak arms manufacturers", "ORG", "SVK", ["slowakischer Rüstungsfirmen"]),
        entity("Uzh", "LOC", "UKR", ["den Grenzfluss Usch"]),
        entity("Gazprom", "ORG", "RUS", ["dem russischen Konzern Gazprom"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["der oppositionellen Progressiven Slowakei"]),
        entity("Michal Šimečka", "PER", "SVK",
               ["Der Vorsitzende der oppositionellen Progressiven Slowakei, Michal Šimečka"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskaus"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Regierungschef Viktor Orbán"]),
        entity("Hungary", "LOC", "HUN", ["Ungarns"]),
        entity("European Council", "ORG", "EUR", ["der Staats- und Regierungschefs"]),
    ],
}

# ---------------------------------------------------------------- hm428-de-04 (Poland/Belarus, helicopters)
POL_GOV = actor("Government of Poland", "POL", "GOV")
BLASZCZAK = actor("Mariusz Błaszczak", "POL", "GOV")
POL_MOD = actor("Ministry of National Defence of Poland", "POL", "GOV")
BLR_MIL = actor("Armed Forces of Belarus", "BLR", "MIL")
POL_MFA = actor("Ministry of Foreign Affairs of Poland", "POL", "GOV")
BLR_GOV = actor("Government of Belarus", "BLR", "GOV")
NATO = actor("NATO", "IGO", "IGO")
BLR_MOD = actor("Ministry of Defence of Belarus", "BLR", "GOV")
MORAWIECKI = actor("Mateusz Morawiecki", "POL", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
WAGNER = actor("Wagner Group", "RUS", "MIL")
LTU_BORDER = actor("State Border Guard Service of Lithuania", "LTU", "COP")
TUSK = actor("Donald Tusk", "POL", "OPP")

W1 = ("Warschau (dpa) - Nach einer mutmaßlichen Verletzung seines Luftraums durch zwei belarussische "
      "Militärhubschrauber schickt Polen zusätzliche Soldaten an die Grenze zu Belarus.")
W2 = ("Verteidigungsminister Mariusz Błaszczak ordnete am Dienstagabend an, die Truppen in der Region zu verstärken "
      "und weitere Kampfhubschrauber dorthin zu verlegen.")
W3 = ("Die beiden Maschinen vom Typ Mi-8 und Mi-24 seien während einer Übung nahe dem Ort Białowieża in sehr "
      "geringer Höhe in den polnischen Luftraum eingedrungen, teilte das Verteidigungsministerium mit.")
W4 = "Am Nachmittag hatte die Armeeführung einen solchen Vorfall noch bestritten."
W5 = "Das Außenministerium in Warschau bestellte am Dienstag den belarussischen Geschäftsträger ein."
W6 = "Die Regierung informierte zudem die Nato über den Vorfall."
W7 = "Das Verteidigungsministerium in Minsk wies die Vorwürfe als „weit hergeholt“ zurück."
W8 = "Polen wolle damit nur die Aufrüstung an seiner Ostgrenze rechtfertigen, erklärte das Ministerium."
W9 = ("Regierungschef Mateusz Morawiecki warf Minsk und Moskau vor, die Lage an der Grenze gezielt zu "
      "verschärfen.")
W10 = "In Belarus halten sich seit Juli mehrere Tausend Kämpfer der russischen Söldnertruppe Wagner auf."
W11 = ("Ein Teil von ihnen wurde nach belarussischen Angaben in die Nähe der Stadt Grodno unweit der polnischen "
       "Grenze verlegt.")
W12 = ("Morawiecki hatte am Wochenende gewarnt, die Söldner könnten als Migranten getarnt versuchen, nach Polen zu "
       "gelangen.")
W13 = "Auch der litauische Grenzschutz verstärkte seine Patrouillen an der Grenze zu Belarus."
W14 = ("Oppositionsführer Donald Tusk warf der nationalkonservativen PiS-Regierung vor, das Thema für den Wahlkampf "
       "vor der Parlamentswahl im Oktober zu nutzen.")
W15 = "Seit 2021 versuchen Tausende Migranten, über Belarus illegal in die EU zu gelangen."
W16 = "Warschau wirft Minsk vor, die Menschen gezielt an die Grenze zu bringen, um die EU zu destabilisieren."

DE04 = {
    "id": "hm428-de-04", "lang": "de", "url": None, "published": "2023-08-02",
    "title": "Polen verstärkt Truppen nach Zwischenfall mit belarussischen Hubschraubern",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8, W9], [W10, W11, W12, W13], [W14, W15, W16]),
    "events": [
        event("MOBILIZE", POL_GOV, None, W1, mode="troops", location_country="POL"),
        event("MOBILIZE", BLASZCZAK, None, W2, mode="troops", date="2023-08-01", location_country="POL"),
        event("ACCUSE", POL_MOD, BLR_MIL, W3, mode="allege"),
        event("ACCUSE", POL_MFA, BLR_GOV, W5, mode="disapprove", date="2023-08-01", location="Warschau",
              location_country="POL"),
        event("CONSULT", POL_GOV, NATO, W6),
        event("ACCUSE", BLR_MOD, POL_GOV, W8, mode="allege"),
        event("ACCUSE", MORAWIECKI, BLR_GOV, W9, mode="allege"),
        event("ACCUSE", MORAWIECKI, RUS_GOV, W9, mode="allege"),
        event("MOBILIZE", WAGNER, None, W11, mode="militia", location="Grodno", location_country="BLR"),
        event("ACCUSE", MORAWIECKI, WAGNER, W12, mode="allege"),
        event("MOBILIZE", LTU_BORDER, None, W13, mode="police", location_country="LTU"),
        event("ACCUSE", TUSK, POL_GOV, W14, mode="disapprove"),
        event("ACCUSE", POL_GOV, BLR_GOV, W16, mode="allege"),
    ],
    "quotes": [
        quote("Die beiden Maschinen vom Typ Mi-8 und Mi-24 seien während einer Übung nahe dem Ort Białowieża in sehr "
              "geringer Höhe in den polnischen Luftraum eingedrungen", "Ministry of National Defence of Poland",
              "indirect"),
        quote("weit hergeholt", "Ministry of Defence of Belarus", "direct"),
        quote("Polen wolle damit nur die Aufrüstung an seiner Ostgrenze rechtfertigen", "Ministry of Defence of Belarus",
              "indirect"),
        quote("die Lage an der Grenze gezielt zu verschärfen", "Mateusz Morawiecki", "indirect"),
        quote("Ein Teil von ihnen wurde nach belarussischen Angaben in die Nähe der Stadt Grodno unweit der polnischen "
              "Grenze verlegt", "Government of Belarus", "indirect"),
        quote("die Söldner könnten als Migranten getarnt versuchen, nach Polen zu gelangen", "Mateusz Morawiecki",
              "indirect"),
        quote("das Thema für den Wahlkampf vor der Parlamentswahl im Oktober zu nutzen", "Donald Tusk", "indirect"),
        quote("die Menschen gezielt an die Grenze zu bringen, um die EU zu destabilisieren", "Government of Poland",
              "indirect"),
    ],
    "entities": [
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Poland", "LOC", "POL", ["seines", "Polen", "den polnischen Luftraum", "der polnischen Grenze", "seiner"]),
        entity("Government of Poland", "ORG", "POL", ["Polen", "Die Regierung", "der nationalkonservativen "
                                                      "PiS-Regierung", "Warschau"]),
        entity("Belarusian military helicopters", "MISC", "BLR", ["zwei belarussische Militärhubschrauber",
                                                                  "Die beiden Maschinen vom Typ Mi-8 und Mi-24"]),
        entity("Belarus", "LOC", "BLR", ["Belarus"]),
        entity("Mariusz Błaszczak", "PER", "POL", ["Verteidigungsminister Mariusz Błaszczak"]),
        entity("Polish Armed Forces", "ORG", "POL", ["zusätzliche Soldaten", "die Truppen", "die Armeeführung"]),
        entity("Białowieża", "LOC", "POL", ["dem Ort Białowieża"]),
        entity("Ministry of National Defence of Poland", "ORG", "POL", ["das Verteidigungsministerium"]),
        entity("Ministry of Foreign Affairs of Poland", "ORG", "POL", ["Das Außenministerium in Warschau"]),
        entity("chargé d'affaires of Belarus in Poland", "PER", "BLR", ["den belarussischen Geschäftsträger"]),
        entity("NATO", "ORG", "IGO", ["die Nato"]),
        entity("Ministry of Defence of Belarus", "ORG", "BLR", ["Das Verteidigungsministerium in Minsk",
                                                                "das Ministerium"]),
        entity("Mateusz Morawiecki", "PER", "POL", ["Regierungschef Mateusz Morawiecki", "Morawiecki"]),
        entity("Government of Belarus", "ORG", "BLR", ["Minsk"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Wagner Group", "ORG", "RUS", ["mehrere Tausend Kämpfer der russischen Söldnertruppe Wagner",
                                              "ihnen", "die Söldner"]),
        entity("Grodno", "LOC", "BLR", ["der Stadt Grodno"]),
        entity("State Border Guard Service of Lithuania", "ORG", "LTU", ["der litauische Grenzschutz"]),
        entity("Donald Tusk", "PER", "POL", ["Oppositionsführer Donald Tusk"]),
        entity("Law and Justice", "ORG", "POL", ["PiS"]),
        entity("migrants", "PER", None, ["Migranten", "Tausende Migranten", "die Menschen"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
    ],
}

# ---------------------------------------------------------------- hm428-en-01 (Sweden/Latvia, Vezhen seized)
SWE_PROSECUTION = actor("Swedish Prosecution Authority", "SWE", "JUD")
VEZHEN = actor("Vezhen", "BGR", "BUS")
SWE_COASTGUARD = actor("Swedish Coast Guard", "SWE", "COP")
LJUNGQVIST = actor("Mats Ljungqvist", "SWE", "JUD")
NAVIBULGAR = actor("Navibulgar", "BGR", "BUS")
GEORGIEV = actor("Georg Georgiev", "BGR", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
LVA_NAVY = actor("Latvian Naval Forces", "LVA", "MIL")
NATO_E = actor("NATO", "IGO", "IGO")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
LVA_GOV = actor("Government of Latvia", "LVA", "GOV")
RUS_EMB_SWE = actor("Embassy of Russia in Sweden", "RUS", "GOV")
SWE_MEDIA = actor("Swedish media", "SWE", "MED")

S1 = ("STOCKHOLM (Reuters) - Swedish authorities on Monday seized a Bulgarian-owned ship suspected of damaging an "
      "undersea fibre-optic cable between Latvia and the Swedish island of Gotland, prosecutors said.")
S2 = ("The Swedish Coast Guard boarded the Maltese-flagged bulk carrier Vezhen off the southern port of Karlskrona "
      "and escorted it to an anchorage near the coast.")
S3 = "Prosecutor Mats Ljungqvist said a preliminary investigation into suspected aggravated sabotage had been opened."
S4 = ("\"We have a ship that we suspect of having caused the damage, and we are now taking the necessary "
      "investigative measures,\" he told reporters.")
S5 = "No crew members have been arrested, Ljungqvist said."
S6 = ("The ship's owner, Bulgaria's Navibulgar, said it was cooperating fully with the Swedish authorities and that "
      "any damage had been caused accidentally.")
S7 = ("An anchor may have dragged along the seabed in stormy weather, the company's chief executive told Bulgarian "
      "television.")
S8 = ("Bulgarian Foreign Minister Georg Georgiev said Sofia had asked Stockholm for consular access to the crew, "
      "which includes Bulgarian, Russian and Myanmar nationals.")
S9 = ("Latvian Prime Minister Evika Siliņa said the cable had been \"significantly damaged\" early on Sunday and "
      "that Riga was treating the incident as a possible act of sabotage.")
S10 = "Latvia's navy sent a patrol vessel to the area and was coordinating with NATO allies, she said."
S11 = ("Swedish Prime Minister Ulf Kristersson wrote on X that the government was taking the incident \"very "
       "seriously\" and that Sweden was in close contact with Latvia and NATO.")
S12 = ("NATO launched a mission called Baltic Sentry this month to protect undersea infrastructure, deploying "
       "frigates, patrol aircraft and naval drones.")
S13 = "Kristersson said last week that Sweden would contribute up to three warships and a surveillance aircraft."
S14 = ("The Russian embassy in Stockholm accused Swedish media of spreading \"anti-Russian hysteria\" over the "
       "incident.")
S15 = "Moscow has denied involvement in earlier cases of damage to Baltic Sea cables and pipelines."

EN01 = {
    "id": "hm428-en-01", "lang": "en", "url": None, "published": "2025-01-27",
    "title": "Sweden seizes ship suspected of damaging Baltic Sea cable to Latvia",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("COERCE", SWE_PROSECUTION, VEZHEN, S1, mode="seize", date="2025-01-27"),
        event("COERCE", SWE_COASTGUARD, VEZHEN, S2, mode="seize", location="Karlskrona", location_country="SWE"),
        event("ACCUSE", SWE_PROSECUTION, VEZHEN, S3, mode="investigate"),
        event("ACCUSE", LJUNGQVIST, VEZHEN, S4, mode="allege"),
        event("COERCE", SWE_PROSECUTION, VEZHEN, S5, mode="arrest", negated=True),
        event("COOPERATE", NAVIBULGAR, SWE_PROSECUTION, S6),
        event("REQUEST", GEORGIEV, SWE_GOV, S8),
        event("MOBILIZE", LVA_NAVY, None, S10, mode="troops"),
        event("COOPERATE", LVA_NAVY, NATO_E, S10),
        event("CONSULT", KRISTERSSON, LVA_GOV, S11),
        event("CONSULT", KRISTERSSON, NATO_E, S11),
        event("MOBILIZE", NATO_E, None, S12, mode="troops"),
        event("AGREE", KRISTERSSON, NATO_E, S13),
        event("ACCUSE", RUS_EMB_SWE, SWE_MEDIA, S14, mode="disapprove"),
    ],
    "quotes": [
        quote("Swedish authorities on Monday seized a Bulgarian-owned ship suspected of damaging an undersea "
              "fibre-optic cable between Latvia and the Swedish island of Gotland", "Swedish Prosecution Authority",
              "indirect"),
        quote("a preliminary investigation into suspected aggravated sabotage had been opened", "Mats Ljungqvist",
              "indirect"),
        quote("We have a ship that we suspect of having caused the damage, and we are now taking the necessary "
              "investigative measures", "Mats Ljungqvist", "direct"),
        quote("No crew members have been arrested", "Mats Ljungqvist", "indirect"),
        quote("it was cooperating fully with the Swedish authorities and that any damage had been caused "
              "accidentally", "Navibulgar", "indirect"),
        quote("An anchor may have dragged along the seabed in stormy weather", "Chief Executive of Navibulgar",
              "indirect"),
        quote("Sofia had asked Stockholm for consular access to the crew, which includes Bulgarian, Russian and "
              "Myanmar nationals", "Georg Georgiev", "indirect"),
        quote("significantly damaged", "Evika Siliņa", "direct"),
        quote("the cable had been \"significantly damaged\" early on Sunday and that Riga was treating the incident as "
              "a possible act of sabotage", "Evika Siliņa", "indirect"),
        quote("Latvia's navy sent a patrol vessel to the area and was coordinating with NATO allies", "Evika Siliņa",
              "indirect"),
        quote("very seriously", "Ulf Kristersson", "direct"),
        quote("the government was taking the incident \"very seriously\" and that Sweden was in close contact with "
              "Latvia and NATO", "Ulf Kristersson", "indirect"),
        quote("Sweden would contribute up to three warships and a surveillance aircraft", "Ulf Kristersson",
              "indirect"),
        quote("anti-Russian hysteria", "Embassy of Russia in Sweden", "direct"),
    ],
    "entities": [
        entity("Stockholm", "LOC", "SWE", ["STOCKHOLM"]),
        entity("Swedish authorities", "ORG", "SWE", ["Swedish authorities", "the Swedish authorities"]),
        entity("Vezhen", "MISC", "BGR", ["a Bulgarian-owned ship", "the Maltese-flagged bulk carrier Vezhen", "it",
                                         "a ship", "The ship's"]),
        entity("Latvia-Gotland fibre-optic cable", "MISC", "LVA",
               ["an undersea fibre-optic cable between Latvia and the Swedish island of Gotland", "the cable"]),
        entity("Latvia", "LOC", "LVA", ["Latvia", "Latvia's"]),
        entity("Gotland", "LOC", "SWE", ["the Swedish island of Gotland"]),
        entity("Swedish Prosecution Authority", "ORG", "SWE", ["prosecutors"]),
        entity("Swedish Coast Guard", "ORG", "SWE", ["The Swedish Coast Guard"]),
        entity("Karlskrona", "LOC", "SWE", ["the southern port of Karlskrona"]),
        entity("Mats Ljungqvist", "PER", "SWE", ["Prosecutor Mats Ljungqvist", "he", "Ljungqvist", "we"]),
        entity("crew of the Vezhen", "PER", "BGR", ["No crew members", "the crew"]),
        entity("Navibulgar", "ORG", "BGR", ["Bulgaria's Navibulgar", "it", "the company's"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgaria's"]),
        entity("Chief Executive of Navibulgar", "PER", "BGR", ["the company's chief executive"]),
        entity("Georg Georgiev", "PER", "BGR", ["Bulgarian Foreign Minister Georg Georgiev"]),
        entity("Government of Bulgaria", "ORG", "BGR", ["Sofia"]),
        entity("Government of Sweden", "ORG", "SWE", ["Stockholm", "the government"]),
        entity("Evika Siliņa", "PER", "LVA", ["Latvian Prime Minister Evika Siliņa", "she"]),
        entity("Government of Latvia", "ORG", "LVA", ["Riga", "Latvia"]),
        entity("Latvian Naval Forces", "ORG", "LVA", ["Latvia's navy"]),
        entity("NATO", "ORG", "IGO", ["NATO"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Swedish Prime Minister Ulf Kristersson", "Kristersson"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Sweden", "LOC", "SWE", ["Sweden"]),
        entity("Baltic Sentry", "MISC", "IGO", ["a mission called Baltic Sentry"]),
        entity("Embassy of Russia in Sweden", "ORG", "RUS", ["The Russian embassy in Stockholm"]),
        entity("Swedish media", "ORG", "SWE", ["Swedish media"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow"]),
        entity("Baltic Sea", "LOC", None, ["Baltic Sea"]),
    ],
}

# ---------------------------------------------------------------- hm428-en-02 (EU/Morocco, CJEU Western Sahara)
CJEU = actor("Court of Justice of the European Union", "EUR", "JUD")
EU_COUNCIL = actor("Council of the European Union", "EUR", "IGO")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
EU_GENERAL_COURT = actor("General Court of the European Union", "EUR", "JUD")
POLISARIO = actor("Polisario Front", "ESH", "REB")
BOUCHRAYA = actor("Oubi Bouchraya Bachir", "ESH", "REB")
EU_E = actor("European Union", "EUR", "IGO")
MAR_MFA = actor("Ministry of Foreign Affairs of Morocco", "MAR", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")

C1 = ("LUXEMBOURG (AP) — The European Union's top court on Friday struck down two trade deals between the EU and "
      "Morocco covering fisheries and farm products, ruling that they had been concluded without the consent of the "
      "people of Western Sahara.")
C2 = ("The Court of Justice of the European Union dismissed appeals by the European Commission and the Council of "
      "the EU against a 2021 ruling by a lower court that had annulled the agreements.")
C3 = "The court also ruled that melons and tomatoes grown in the territory must be labeled as coming from Western Sahara."
C4 = ("The Polisario Front, which seeks independence for the former Spanish colony, hailed the decision as \"a "
      "historic victory\" for the Sahrawi people.")
C5 = ("Its representative in Europe, Oubi Bouchraya Bachir, called on the EU to stop doing business with Rabat in "
      "the occupied territory.")
C6 = ("Morocco's Foreign Ministry said the kingdom did not consider itself concerned by the ruling and would not "
      "accept any agreement that failed to respect its territorial integrity.")
C7 = "The ministry accused the court of \"flagrant legal errors\" and of taking a political stance."
C8 = ("European Commission President Ursula von der Leyen and EU foreign policy chief Josep Borrell said in a joint "
      "statement that the bloc attached \"the highest value\" to its strategic partnership with Morocco.")
C9 = ("Spanish Foreign Minister José Manuel Albares said Madrid would keep working with Rabat to protect the "
      "partnership.")
C10 = "Spain is Morocco's largest trading partner in the EU."
C11 = ("In 2022, Madrid backed Morocco's autonomy plan for Western Sahara as the most serious basis for a "
       "settlement.")
C12 = ("France followed in July this year, prompting Algeria, the Polisario's main backer, to withdraw its "
       "ambassador from Paris.")
C13 = "The fisheries agreement expired in July 2023, and Spanish boats have not fished in the area since then."
C14 = "The Polisario Front brought the cases before the EU courts in 2019."
C15 = ("It demands a referendum on independence, which was promised under a 1991 U.N.-brokered ceasefire but has "
       "never been held.")

EN02 = {
    "id": "hm428-en-02", "lang": "en", "url": None, "published": "2024-10-04",
    "title": "EU top court strikes down EU-Morocco trade deals over Western Sahara",
    "text": paragraphs([C1, C2, C3], [C4, C5], [C6, C7], [C8, C9, C10], [C11, C12, C13, C14, C15]),
    "events": [
        event("REJECT", CJEU, EU_COUNCIL, C1, date="2024-10-04", location="Luxembourg", location_country="LUX"),
        event("REJECT", CJEU, EU_COMMISSION, C2),
        event("REJECT", CJEU, EU_COUNCIL, C2),
        event("REJECT", EU_GENERAL_COURT, EU_COUNCIL, C2),
        event("SUPPORT", POLISARIO, CJEU, C4),
        event("REQUEST", BOUCHRAYA, EU_E, C5, mode="change"),
        event("REJECT", MAR_MFA, CJEU, C6),
        event("ACCUSE", MAR_MFA, CJEU, C7, mode="disapprove"),
        event("SUPPORT", VDL, MAR_GOV, C8),
        event("SUPPORT", BORRELL, MAR_GOV, C8),
        event("AGREE", ALBARES, MAR_GOV, C9),
        event("SUPPORT", ESP_GOV, MAR_GOV, C11),
        event("SUPPORT", FRA_GOV, MAR_GOV, C12),
        event("SANCTION", DZA_GOV, FRA_GOV, C12, mode="withdraw"),
        event("ACCUSE", POLISARIO, EU_COUNCIL, C14, mode="allege"),
        event("REQUEST", POLISARIO, MAR_GOV, C15),
    ],
    "quotes": [
        quote("they had been concluded without the consent of the people of Western Sahara",
              "Court of Justice of the European Union", "indirect"),
        quote("a historic victory", "Polisario Front", "direct"),
        quote("to stop doing business with Rabat in the occupied territory", "Oubi Bouchraya Bachir", "indirect"),
        quote("the kingdom did not consider itself concerned by the ruling and would not accept any agreement that "
              "failed to respect its territorial integrity", "Ministry of Foreign Affairs of Morocco", "indirect"),
        quote("flagrant legal errors", "Ministry of Foreign Affairs of Morocco", "direct"),
        quote("the highest value", "Ursula von der Leyen", "direct"),
        quote("the highest value", "Josep Borrell", "direct"),
        quote("the bloc attached \"the highest value\" to its strategic partnership with Morocco",
              "Ursula von der Leyen", "indirect"),
        quote("the bloc attached \"the highest value\" to its strategic partnership with Morocco", "Josep Borrell",
              "indirect"),
        quote("Madrid would keep working with Rabat to protect the partnership", "José Manuel Albares", "indirect"),
    ],
    "entities": [
        entity("Luxembourg", "LOC", "LUX", ["LUXEMBOURG"]),
        entity("Court of Justice of the European Union", "ORG", "EUR",
               ["The European Union's top court", "The Court of Justice of the European Union", "The court",
                "the court"]),
        entity("European Union", "ORG", "EUR", ["The European Union's", "the EU", "the bloc", "EU"]),
        entity("Morocco", "LOC", "MAR", ["Morocco", "the kingdom", "Morocco's"]),
        entity("Western Sahara", "LOC", "ESH", ["Western Sahara", "the territory", "the former Spanish colony",
                                                "the occupied territory", "the area"]),
        entity("Sahrawi people", "PER", "ESH", ["the people of Western Sahara", "the Sahrawi people"]),
        entity("European Commission", "ORG", "EUR", ["the European Commission"]),
        entity("Council of the European Union", "ORG", "EUR", ["the Council of the EU"]),
        entity("General Court of the European Union", "ORG", "EUR", ["a lower court"]),
        entity("Polisario Front", "ORG", "ESH", ["The Polisario Front", "Its", "the Polisario's", "It"]),
        entity("Oubi Bouchraya Bachir", "PER", "ESH", ["Its representative in Europe, Oubi Bouchraya Bachir"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Government of Morocco", "ORG", "MAR", ["Rabat"]),
        entity("Ministry of Foreign Affairs of Morocco", "ORG", "MAR", ["Morocco's Foreign Ministry",
                                                                        "The ministry"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("José Manuel Albares", "PER", "ESP", ["Spanish Foreign Minister José Manuel Albares"]),
        entity("Government of Spain", "ORG", "ESP", ["Madrid"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Government of France", "ORG", "FRA", ["France"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algeria"]),
        entity("Algerian ambassador to France", "PER", "DZA", ["its ambassador"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Spanish fishing boats", "MISC", "ESP", ["Spanish boats"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
