"""Round 237: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm237-de-01: Police arrest two suspects a week after the Louvre crown-jewel heist; Beccuau criticises leaks, Nuñez praises the investigators, Dati rejects des Cars's resignation, Bardella attacks the government (2025-10-26).
- hm237-de-02: Energoatom kickback affair ("Midas"): Svyrydenko suspends Justice Minister Halushchenko, Energy Minister Hrynchuk resigns at Zelensky's request, NABU raids and arrests, NSDC sanctions Mindich, European Solidarity and Zakharova react (2025-11-12).
- hm237-de-03: Armenia and Azerbaijan finalise the text of a peace treaty; Baku demands a constitutional change and the OSCE Minsk Group's dissolution, Pashinyan offers to sign, Kallas and Rubio react, Baku accuses Armenian troops of firing (2025-03-14).
- hm237-de-04: Clashes between anti-government protesters and SNS supporters in Vrbas and Bačka Palanka; police tear gas and arrests, Vučić calls protesters terrorists and rejects early elections, Commissioner Kos urges restraint (2025-08-14).
- hm237-en-01: A Vladivostok court sentences U.S. Army Staff Sergeant Gordon Black to three years and nine months; Washington warns against travel to Russia, Peskov says there are no talks on him (2024-06-19).
- hm237-en-02: Two Israeli embassy staff shot dead outside the Capital Jewish Museum in Washington; Elias Rodriguez detained and charged by Pirro, FBI investigates, Trump and Danon condemn, Netanyahu orders tighter security at missions and accuses Macron, Starmer and Carney (2025-05-22).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm237-de-01 (Louvre heist, arrests)
FRA_POLICE = actor("French police", "FRA", "COP")
LOUVRE_SUSPECTS = actor("Louvre robbery suspects", "FRA", "CVL")
LOUVRE_ROBBERS = actor("Louvre robbers", "FRA", "CVL")
LOUVRE_GUARDS = actor("Louvre security staff", "FRA", "CVL")
PARIS_PROS = actor("Paris Prosecutor's Office", "FRA", "JUD")
BECCUAU = actor("Laure Beccuau", "FRA", "JUD")
FRA_MEDIA = actor("French media", "FRA", "CVL")
NUNEZ = actor("Laurent Nuñez", "FRA", "GOV")
DES_CARS = actor("Laurence des Cars", "FRA", "GOV")
DATI = actor("Rachida Dati", "FRA", "GOV")
BARDELLA = actor("Jordan Bardella", "FRA", "OPP")
FRA_GOV = actor("Government of France", "FRA", "GOV")

L1 = ("Paris (dpa) - Eine Woche nach dem spektakulären Juwelendiebstahl im Pariser Louvre hat die Polizei zwei "
      "Verdächtige festgenommen.")
L2 = ("Einer der Männer sei am Samstagabend am Flughafen Roissy-Charles-de-Gaulle gefasst worden, als er nach "
      "Algerien habe ausfliegen wollen, teilte die Pariser Staatsanwaltschaft mit.")
L3 = "Der zweite Verdächtige wurde kurz darauf in Seine-Saint-Denis nördlich der Hauptstadt festgenommen."
L4 = "Beide sind Anfang 30 und der Polizei wegen früherer Einbrüche bekannt."
L5 = "Ermittler der Brigade zur Bekämpfung des Bandenverbrechens verhörten die Männer am Sonntag in Polizeigewahrsam."
L6 = ("Vier Täter waren am vergangenen Sonntagvormittag mit einem Möbellift an der Fassade zur Apollon-Galerie "
      "hinaufgefahren und hatten acht Schmuckstücke aus dem Kronschatz erbeutet.")
L7 = "Das Aufsichtspersonal bedrohten sie dabei mit Trennschleifern."
L8 = "Der Wert der Beute wird auf 88 Millionen Euro geschätzt."
L9 = "Staatsanwältin Laure Beccuau kritisierte, dass Medien die Festnahmen vorzeitig öffentlich gemacht hätten."
L10 = "„Diese übereilte Veröffentlichung schadet der Arbeit der Ermittler“, sagte sie dem Sender BFMTV."
L11 = "Innenminister Laurent Nuñez gratulierte den Beamten zu ihrer »unermüdlichen Arbeit«."
L12 = ("Louvre-Direktorin Laurence des Cars hatte am Mittwoch vor dem Senat ein »schreckliches Versagen« bei der "
       "Sicherung des Museums eingeräumt.")
L13 = "Ihr angebotener Rücktritt sei von Kulturministerin Rachida Dati abgelehnt worden, sagte sie."
L14 = ("Der Chef des rechtsnationalen Rassemblement National, Jordan Bardella, warf der Regierung vor, die Sicherheit "
       "der Museen vernachlässigt zu haben.")
L15 = "Von den gestohlenen Juwelen fehlt weiter jede Spur."
L16 = "Anklage wurde gegen die beiden Männer zunächst nicht erhoben."

DE01 = {
    "id": "hm237-de-01", "lang": "de", "url": None, "published": "2025-10-26",
    "title": "Zwei Festnahmen nach Juwelenraub im Louvre",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8], [L9, L10, L11, L12, L13, L14], [L15, L16]),
    "events": [
        event("COERCE", FRA_POLICE, LOUVRE_SUSPECTS, L1, mode="arrest", location="Paris", location_country="FRA"),
        event("COERCE", FRA_POLICE, LOUVRE_SUSPECTS, L2, mode="arrest", date="2025-10-25",
              location="Roissy-Charles-de-Gaulle Airport", location_country="FRA"),
        event("COERCE", FRA_POLICE, LOUVRE_SUSPECTS, L3, mode="arrest", location="Seine-Saint-Denis",
              location_country="FRA"),
        event("ACCUSE", FRA_POLICE, LOUVRE_SUSPECTS, L5, mode="investigate", date="2025-10-26"),
        event("THREATEN", LOUVRE_ROBBERS, LOUVRE_GUARDS, L7, mode="violence", date="2025-10-19",
              location="Louvre", location_country="FRA"),
        event("ACCUSE", BECCUAU, FRA_MEDIA, L9, mode="disapprove"),
        event("ACCUSE", BECCUAU, FRA_MEDIA, L10, mode="disapprove"),
        event("SUPPORT", NUNEZ, FRA_POLICE, L11),
        event("CONCEDE", DES_CARS, None, L12, date="2025-10-22"),
        event("REJECT", DATI, DES_CARS, L13),
        event("ACCUSE", BARDELLA, FRA_GOV, L14, mode="disapprove"),
        event("ACCUSE", PARIS_PROS, LOUVRE_SUSPECTS, L16, mode="allege", negated=True),
    ],
    "quotes": [
        quote("Einer der Männer sei am Samstagabend am Flughafen Roissy-Charles-de-Gaulle gefasst worden, als er nach "
              "Algerien habe ausfliegen wollen", "Paris Prosecutor's Office", "indirect"),
        quote("dass Medien die Festnahmen vorzeitig öffentlich gemacht hätten", "Laure Beccuau", "indirect"),
        quote("Diese übereilte Veröffentlichung schadet der Arbeit der Ermittler", "Laure Beccuau", "direct"),
        quote("unermüdlichen Arbeit", "Laurent Nuñez", "direct"),
        quote("schreckliches Versagen", "Laurence des Cars", "direct"),
        quote("Ihr angebotener Rücktritt sei von Kulturministerin Rachida Dati abgelehnt worden", "Laurence des Cars",
              "indirect"),
        quote("die Sicherheit der Museen vernachlässigt zu haben", "Jordan Bardella", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris", "der Hauptstadt"]),
        entity("Louvre", "ORG", "FRA", ["Pariser Louvre", "Louvre", "des Museums"]),
        entity("French police", "ORG", "FRA", ["die Polizei", "der Polizei"]),
        entity("Louvre robbery suspects", "MISC", "FRA", ["zwei Verdächtige", "Einer der Männer",
                                                          "Der zweite Verdächtige", "die Männer",
                                                          "die beiden Männer"]),
        entity("Roissy-Charles-de-Gaulle Airport", "LOC", "FRA", ["Flughafen Roissy-Charles-de-Gaulle"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("Paris Prosecutor's Office", "ORG", "FRA", ["die Pariser Staatsanwaltschaft"]),
        entity("Seine-Saint-Denis", "LOC", "FRA", ["Seine-Saint-Denis"]),
        entity("Brigade de répression du banditisme", "ORG", "FRA",
               ["Brigade zur Bekämpfung des Bandenverbrechens"]),
        entity("Galerie d'Apollon", "LOC", "FRA", ["Apollon-Galerie"]),
        entity("Laure Beccuau", "PER", "FRA", ["Staatsanwältin Laure Beccuau"]),
        entity("BFMTV", "ORG", "FRA", ["BFMTV"]),
        entity("Laurent Nuñez", "PER", "FRA", ["Innenminister Laurent Nuñez"]),
        entity("Laurence des Cars", "PER", "FRA", ["Louvre-Direktorin Laurence des Cars"]),
        entity("French Senate", "ORG", "FRA", ["dem Senat"]),
        entity("Rachida Dati", "PER", "FRA", ["Kulturministerin Rachida Dati"]),
        entity("Rassemblement National", "ORG", "FRA", ["Rassemblement National"]),
        entity("Jordan Bardella", "PER", "FRA", ["Jordan Bardella"]),
        entity("Government of France", "ORG", "FRA", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm237-de-02 (Energoatom "Midas" affair)
SVYRYDENKO = actor("Yulia Svyrydenko", "UKR", "GOV")
HALUSHCHENKO = actor("Herman Halushchenko", "UKR", "GOV")
HRYNCHUK = actor("Svitlana Hrynchuk", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
NABU = actor("National Anti-Corruption Bureau of Ukraine", "UKR", "GOV")
SAP = actor("Specialized Anti-Corruption Prosecutor's Office", "UKR", "JUD")
MINDICH_NET = actor("Timur Mindich's network", "UKR", "CVL")
MINDICH = actor("Timur Mindich", "UKR", "BUS")
CHERNYSHOV = actor("Oleksiy Chernyshov", "UKR", "GOV")
NSDC = actor("National Security and Defense Council of Ukraine", "UKR", "GOV")
EURO_SOLIDARITY = actor("European Solidarity", "UKR", "OPP")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")

M1 = ("Kiew (dpa) - Im Korruptionsskandal um den staatlichen Atomkonzern Energoatom hat die ukrainische "
      "Regierungschefin Julija Swyrydenko Justizminister Herman Haluschtschenko suspendiert.")
M2 = "Energieministerin Switlana Hryntschuk reichte am Mittwoch ihren Rücktritt ein."
M3 = "Präsident Wolodymyr Selenskyj hatte beide zuvor aufgefordert, ihre Ämter niederzulegen."
M4 = ("Die Anti-Korruptionsbehörde NABU wirft einem Netzwerk um den Geschäftsmann Timur Minditsch vor, bei Energoatom "
      "Schmiergelder von zehn bis 15 Prozent auf Aufträge kassiert zu haben.")
M5 = ("Insgesamt seien auf diese Weise rund 100 Millionen Dollar gewaschen worden, teilte die Behörde gemeinsam mit "
      "der Sonderstaatsanwaltschaft SAP mit.")
M6 = "Ermittler durchsuchten bereits am Montag mehr als 70 Objekte, fünf Verdächtige wurden festgenommen."
M7 = ("Minditsch, Mitinhaber von Selenskyjs früherer Produktionsfirma Kwartal 95, hatte das Land wenige Stunden vor "
      "den Razzien verlassen.")
M8 = "Der Nationale Sicherheits- und Verteidigungsrat verhängte auf Antrag Selenskyjs Sanktionen gegen ihn."
M9 = "Auch der frühere Vize-Regierungschef Olexij Tschernyschow steht im Visier der Ermittler."
M10 = ("„Es darf keine Nachsicht geben für jeden, der an diesen Machenschaften beteiligt war“, sagte Selenskyj in "
       "seiner abendlichen Videobotschaft.")
M11 = "Haluschtschenko, der bis Juli Energieminister war, bestreitet jedes Fehlverhalten."
M12 = ("Die Oppositionspartei Europäische Solidarität des früheren Präsidenten Petro Poroschenko verlangte den "
       "Rücktritt der gesamten Regierung.")
M13 = "Die EU-Kommission lobte die Arbeit der beiden Anti-Korruptionsbehörden."
M14 = "Brüssel verfolge die Ermittlungen genau, sagte eine Sprecherin."
M15 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, verhöhnte die Führung in Kiew als "
       "»korruptes Regime«.")
M16 = ("Der Skandal fällt in eine Zeit, in der viele Ukrainer wegen der Schäden am Stromnetz täglich stundenlang ohne "
       "Strom sind.")

DE02 = {
    "id": "hm237-de-02", "lang": "de", "url": None, "published": "2025-11-12",
    "title": "Korruptionsskandal bei Energoatom: Zwei Minister müssen gehen",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8, M9], [M10, M11, M12], [M13, M14, M15, M16]),
    "events": [
        event("SANCTION", SVYRYDENKO, HALUSHCHENKO, M1, mode="expel"),
        event("RETREAT", HRYNCHUK, None, M2, mode="resign", date="2025-11-12"),
        event("REQUEST", ZELENSKY, HALUSHCHENKO, M3, mode="change"),
        event("REQUEST", ZELENSKY, HRYNCHUK, M3, mode="change"),
        event("ACCUSE", NABU, MINDICH_NET, M4, mode="allege"),
        event("COERCE", NABU, MINDICH_NET, M6, mode="seize", date="2025-11-10"),
        event("COERCE", NABU, MINDICH_NET, M6, mode="arrest", date="2025-11-10"),
        event("SANCTION", NSDC, MINDICH, M8),
        event("ACCUSE", NABU, CHERNYSHOV, M9, mode="investigate"),
        event("ACCUSE", ZELENSKY, MINDICH_NET, M10, mode="disapprove"),
        event("REQUEST", EURO_SOLIDARITY, UKR_GOV, M12, mode="change"),
        event("SUPPORT", EU_COMMISSION, NABU, M13),
        event("SUPPORT", EU_COMMISSION, SAP, M13),
        event("ACCUSE", ZAKHAROVA, UKR_GOV, M15, mode="disapprove"),
    ],
    "quotes": [
        quote("bei Energoatom Schmiergelder von zehn bis 15 Prozent auf Aufträge kassiert zu haben",
              "National Anti-Corruption Bureau of Ukraine", "indirect"),
        quote("Insgesamt seien auf diese Weise rund 100 Millionen Dollar gewaschen worden",
              "National Anti-Corruption Bureau of Ukraine", "indirect"),
        quote("Es darf keine Nachsicht geben für jeden, der an diesen Machenschaften beteiligt war",
              "Volodymyr Zelensky", "direct"),
        quote("Brüssel verfolge die Ermittlungen genau", "European Commission spokesperson", "indirect"),
        quote("korruptes Regime", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Energoatom", "ORG", "UKR", ["Energoatom", "den staatlichen Atomkonzern Energoatom"]),
        entity("Yulia Svyrydenko", "PER", "UKR", ["Regierungschefin Julija Swyrydenko"]),
        entity("Herman Halushchenko", "PER", "UKR", ["Justizminister Herman Haluschtschenko", "Haluschtschenko"]),
        entity("Svitlana Hrynchuk", "PER", "UKR", ["Energieministerin Switlana Hryntschuk"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "Selenskyjs", "Selenskyj"]),
        entity("National Anti-Corruption Bureau of Ukraine", "ORG", "UKR",
               ["Die Anti-Korruptionsbehörde NABU", "die Behörde"]),
        entity("Timur Mindich", "PER", "UKR", ["Timur Minditsch", "Minditsch"]),
        entity("Specialized Anti-Corruption Prosecutor's Office", "ORG", "UKR", ["der Sonderstaatsanwaltschaft SAP"]),
        entity("Kvartal 95", "ORG", "UKR", ["Kwartal 95"]),
        entity("National Security and Defense Council of Ukraine", "ORG", "UKR",
               ["Der Nationale Sicherheits- und Verteidigungsrat"]),
        entity("Oleksiy Chernyshov", "PER", "UKR", ["Vize-Regierungschef Olexij Tschernyschow"]),
        entity("European Solidarity", "ORG", "UKR", ["Europäische Solidarität"]),
        entity("Petro Poroshenko", "PER", "UKR", ["Präsidenten Petro Poroschenko"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der gesamten Regierung", "die Führung in Kiew"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "Brüssel"]),
        entity("European Commission spokesperson", "PER", "EUR", ["eine Sprecherin"]),
        entity("Russian Ministry of Foreign Affairs", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Sacharowa"]),
    ],
}

# ---------------------------------------------------------------- hm237-de-03 (Armenia-Azerbaijan peace text)
ARMENIA = actor("Armenia", "ARM", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")
ARM_MFA = actor("Ministry of Foreign Affairs of Armenia", "ARM", "GOV")
OSCE_MINSK = actor("OSCE Minsk Group", "IGO", "IGO")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
AZE_ARMY = actor("Azerbaijani Armed Forces", "AZE", "MIL")
KARABAKH_FORCES = actor("Nagorno-Karabakh Armenian forces", "ARM", "REB")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
RUBIO = actor("Marco Rubio", "USA", "GOV")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")
AZE_MOD = actor("Ministry of Defence of Azerbaijan", "AZE", "GOV")
ARM_ARMY = actor("Armenian Armed Forces", "ARM", "MIL")

P1 = ("Baku/Eriwan (AFP) - Armenien und Aserbaidschan haben sich nach fast vier Jahrzehnten Feindschaft auf den Text "
      "eines Friedensabkommens geeinigt.")
P2 = "Die Verhandlungen über den Entwurf seien abgeschlossen, erklärte das aserbaidschanische Außenministerium am Donnerstag."
P3 = ("Das Außenministerium in Eriwan bestätigte dies und erklärte, Armenien sei bereit, mit Baku über Ort und "
      "Zeitpunkt der Unterzeichnung zu beraten.")
P4 = ("Aserbaidschan verlangt vor einer Unterzeichnung jedoch eine Änderung der armenischen Verfassung, die nach "
      "Lesart Bakus Gebietsansprüche auf Berg-Karabach enthält.")
P5 = "Zudem müsse die sogenannte Minsk-Gruppe der OSZE aufgelöst werden, hieß es in Baku."
P6 = ("Ministerpräsident Nikol Paschinjan sprach von einem »historischen Tag« und bot an, das Abkommen umgehend mit "
      "Präsident Ilham Alijew zu unterzeichnen.")
P7 = ("Eine neue Verfassung könne es jedoch nur per Referendum geben, und das sei vor 2027 nicht geplant, sagte der "
      "Regierungschef.")
P8 = "Die beiden Nachbarn im Südkaukasus hatten zwei Kriege um Berg-Karabach geführt."
P9 = ("Im September 2023 hatte die aserbaidschanische Armee die Region in einer Blitzoffensive eingenommen, mehr als "
      "100.000 Karabach-Armenier flohen nach Armenien.")
P10 = "EU-Außenbeauftragte Kaja Kallas rief beide Seiten auf, das Abkommen rasch zu unterzeichnen."
P11 = "US-Außenminister Marco Rubio telefonierte mit Paschinjan und lobte dessen »mutige Führung«."
P12 = "Armeniens Opposition warf Paschinjan dagegen vor, Baku zu weit entgegengekommen zu sein."
P13 = ("Wenige Stunden nach der Einigung beschuldigte das Verteidigungsministerium in Baku armenische Truppen, "
       "Stellungen im Bezirk Kalbadschar beschossen zu haben.")
P14 = "Eriwan wies dies als »Desinformation« zurück."
P15 = "Ein Termin für die Unterzeichnung steht noch nicht fest."

DE03 = {
    "id": "hm237-de-03", "lang": "de", "url": None, "published": "2025-03-14",
    "title": "Armenien und Aserbaidschan einigen sich auf Friedenstext",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9], [P10, P11, P12], [P13, P14, P15]),
    "events": [
        event("AGREE", ARMENIA, AZERBAIJAN, P1),
        event("AGREE", AZE_MFA, ARMENIA, P2, date="2025-03-13"),
        event("AGREE", ARM_MFA, AZERBAIJAN, P3),
        event("REQUEST", AZERBAIJAN, ARMENIA, P4, mode="change"),
        event("REQUEST", AZERBAIJAN, OSCE_MINSK, P5, mode="change"),
        event("AGREE", PASHINYAN, ALIYEV, P6),
        event("REJECT", PASHINYAN, AZERBAIJAN, P7, mode="change"),
        event("ASSAULT", AZE_ARMY, KARABAKH_FORCES, P9, date="2023-09-19", location="Nagorno-Karabakh",
              location_country="AZE"),
        event("REQUEST", KALLAS, ARMENIA, P10),
        event("REQUEST", KALLAS, AZERBAIJAN, P10),
        event("CONSULT", RUBIO, PASHINYAN, P11, mode="phone"),
        event("SUPPORT", RUBIO, PASHINYAN, P11),
        event("ACCUSE", ARM_OPP, PASHINYAN, P12, mode="disapprove"),
        event("ACCUSE", AZE_MOD, ARM_ARMY, P13, mode="allege", location="Kalbajar", location_country="AZE"),
    ],
    "quotes": [
        quote("Die Verhandlungen über den Entwurf seien abgeschlossen", "Ministry of Foreign Affairs of Azerbaijan",
              "indirect"),
        quote("Armenien sei bereit, mit Baku über Ort und Zeitpunkt der Unterzeichnung zu beraten",
              "Ministry of Foreign Affairs of Armenia", "indirect"),
        quote("Zudem müsse die sogenannte Minsk-Gruppe der OSZE aufgelöst werden", "Government of Azerbaijan",
              "indirect"),
        quote("historischen Tag", "Nikol Pashinyan", "direct"),
        quote("Eine neue Verfassung könne es jedoch nur per Referendum geben, und das sei vor 2027 nicht geplant",
              "Nikol Pashinyan", "indirect"),
        quote("mutige Führung", "Marco Rubio", "direct"),
        quote("Baku zu weit entgegengekommen zu sein", "Armenian opposition", "indirect"),
        quote("Stellungen im Bezirk Kalbadschar beschossen zu haben", "Ministry of Defence of Azerbaijan", "indirect"),
        quote("Desinformation", "Government of Armenia", "direct"),
    ],
    "entities": [
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Yerevan", "LOC", "ARM", ["Eriwan"]),
        entity("Armenia", "LOC", "ARM", ["Armenien", "Armeniens"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschan", "Bakus"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["das aserbaidschanische Außenministerium"]),
        entity("Ministry of Foreign Affairs of Armenia", "ORG", "ARM", ["Das Außenministerium in Eriwan"]),
        entity("Nagorno-Karabakh", "LOC", "AZE", ["Berg-Karabach", "die Region"]),
        entity("OSCE Minsk Group", "ORG", "IGO", ["die sogenannte Minsk-Gruppe der OSZE"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Ministerpräsident Nikol Paschinjan", "der Regierungschef",
                                                 "Paschinjan"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew"]),
        entity("Azerbaijani Armed Forces", "ORG", "AZE", ["die aserbaidschanische Armee"]),
        entity("Karabakh Armenians", "MISC", "ARM", ["Karabach-Armenier"]),
        entity("Kaja Kallas", "PER", "EUR", ["EU-Außenbeauftragte Kaja Kallas"]),
        entity("Marco Rubio", "PER", "USA", ["US-Außenminister Marco Rubio"]),
        entity("Armenian opposition", "ORG", "ARM", ["Armeniens Opposition"]),
        entity("Ministry of Defence of Azerbaijan", "ORG", "AZE", ["das Verteidigungsministerium in Baku"]),
        entity("Armenian Armed Forces", "ORG", "ARM", ["armenische Truppen"]),
        entity("Kalbajar", "LOC", "AZE", ["Bezirk Kalbadschar"]),
    ],
}

# ---------------------------------------------------------------- hm237-de-04 (Serbia, Vrbas clashes)
SRB_PROTESTERS = actor("Serbian anti-government protesters", "SRB", "CVL")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
SNS_SUPPORTERS = actor("Serbian Progressive Party supporters", "SRB", "PTY")
SNS = actor("Serbian Progressive Party", "SRB", "PTY")
SRB_POLICE = actor("Serbian police", "SRB", "COP")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
SRB_STUDENTS = actor("Serbian student protest movement", "SRB", "CVL")
KOS = actor("Marta Kos", "EUR", "IGO")

V1 = ("Belgrad (dpa) - In Serbien ist es bei Protesten gegen die Regierung von Präsident Aleksandar Vučić in mehreren "
      "Städten zu schweren Ausschreitungen gekommen.")
V2 = ("In Vrbas im Norden des Landes bewarfen Anhänger der regierenden Fortschrittspartei SNS Demonstranten vor dem "
      "örtlichen Parteibüro mit Feuerwerkskörpern, Steinen und Flaschen.")
V3 = "Die Polizei ging mit Tränengas und Schlagstöcken gegen die Menge vor."
V4 = "In Bačka Palanka bewarfen Demonstranten das Büro der SNS mit Eiern und Farbbeuteln."
V5 = "Nach Angaben des Innenministeriums wurden 16 Polizisten verletzt und 37 Menschen festgenommen."
V6 = ("Vučić bezeichnete die Demonstranten als »Terroristen« und kündigte an, der Staat werde sich mit aller Härte "
      "verteidigen.")
V7 = ("Die Studierenden, die die Protestbewegung anführen, warfen der Regierung vor, bezahlte Schläger gegen "
      "friedliche Demonstranten einzusetzen.")
V8 = ("Sie verlangen seit dem Einsturz eines Bahnhofsvordachs in Novi Sad mit 16 Toten im vergangenen November "
      "vorgezogene Parlamentswahlen.")
V9 = "Vučić lehnte Neuwahlen erneut ab."
V10 = ("„Wir werden nicht zulassen, dass eine gewalttätige Minderheit Serbien in Geiselhaft nimmt“, sagte er im "
       "Sender TV Pink.")
V11 = "EU-Erweiterungskommissarin Marta Kos zeigte sich besorgt und rief die Regierung in Belgrad zur Zurückhaltung auf."
V12 = "„Das Recht auf friedlichen Protest muss geschützt werden“, schrieb Kos auf der Plattform X."
V13 = "Die SNS wies jede Verantwortung für die Gewalt zurück."
V14 = "In der Nacht zum Donnerstag zogen erneut Tausende Menschen durch Novi Sad und Belgrad."
V15 = "Die Polizei hielt sich dort zurück und nahm niemanden fest."

DE04 = {
    "id": "hm237-de-04", "lang": "de", "url": None, "published": "2025-08-14",
    "title": "Ausschreitungen bei Protesten in Serbien",
    "text": paragraphs([V1, V2, V3, V4, V5], [V6, V7, V8, V9, V10], [V11, V12, V13], [V14, V15]),
    "events": [
        event("PROTEST", SRB_PROTESTERS, SRB_GOV, V1, mode="riot"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_PROTESTERS, V2, mode="primitive", location="Vrbas",
              location_country="SRB"),
        event("ASSAULT", SRB_POLICE, SRB_PROTESTERS, V3, mode="crowd-control", location="Vrbas",
              location_country="SRB"),
        event("PROTEST", SRB_PROTESTERS, SNS, V4, mode="demo", location="Bačka Palanka", location_country="SRB"),
        event("COERCE", SRB_POLICE, SRB_PROTESTERS, V5, mode="arrest"),
        event("ACCUSE", VUCIC, SRB_PROTESTERS, V6, mode="disapprove"),
        event("THREATEN", VUCIC, SRB_PROTESTERS, V6),
        event("ACCUSE", SRB_STUDENTS, SRB_GOV, V7, mode="allege"),
        event("REQUEST", SRB_STUDENTS, SRB_GOV, V8, mode="change"),
        event("REJECT", VUCIC, SRB_STUDENTS, V9, mode="change"),
        event("THREATEN", VUCIC, SRB_PROTESTERS, V10),
        event("REQUEST", KOS, SRB_GOV, V11),
        event("REQUEST", KOS, SRB_GOV, V12, mode="change"),
        event("PROTEST", SRB_PROTESTERS, SRB_GOV, V14, mode="demo", location="Novi Sad", location_country="SRB"),
        event("COERCE", SRB_POLICE, SRB_PROTESTERS, V15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("wurden 16 Polizisten verletzt und 37 Menschen festgenommen", "Ministry of Internal Affairs of Serbia",
              "indirect"),
        quote("Terroristen", "Aleksandar Vučić", "direct"),
        quote("der Staat werde sich mit aller Härte verteidigen", "Aleksandar Vučić", "indirect"),
        quote("bezahlte Schläger gegen friedliche Demonstranten einzusetzen", "Serbian student protest movement",
              "indirect"),
        quote("Wir werden nicht zulassen, dass eine gewalttätige Minderheit Serbien in Geiselhaft nimmt",
              "Aleksandar Vučić", "direct"),
        quote("Das Recht auf friedlichen Protest muss geschützt werden", "Marta Kos", "direct"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Serbia", "LOC", "SRB", ["Serbien"]),
        entity("Government of Serbia", "ORG", "SRB", ["die Regierung von Präsident Aleksandar Vučić", "der Regierung",
                                                      "die Regierung in Belgrad"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "Vučić"]),
        entity("Vrbas", "LOC", "SRB", ["Vrbas"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["Fortschrittspartei SNS", "der SNS", "Die SNS"]),
        entity("Serbian Progressive Party supporters", "MISC", "SRB",
               ["Anhänger der regierenden Fortschrittspartei SNS"]),
        entity("Serbian anti-government protesters", "MISC", "SRB", ["Demonstranten", "die Menge", "die Demonstranten",
                                                                     "Tausende Menschen"]),
        entity("Serbian police", "ORG", "SRB", ["Die Polizei"]),
        entity("Bačka Palanka", "LOC", "SRB", ["Bačka Palanka"]),
        entity("Ministry of Internal Affairs of Serbia", "ORG", "SRB", ["des Innenministeriums"]),
        entity("Serbian student protest movement", "MISC", "SRB", ["Die Studierenden", "die Protestbewegung"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("TV Pink", "ORG", "SRB", ["TV Pink"]),
        entity("Marta Kos", "PER", "EUR", ["EU-Erweiterungskommissarin Marta Kos", "Kos"]),
        entity("X", "ORG", "USA", ["Plattform X"]),
    ],
}

# ---------------------------------------------------------------- hm237-en-01 (Gordon Black sentenced in Vladivostok)
RUS_COURT = actor("Pervomaisky District Court of Vladivostok", "RUS", "JUD")
GORDON_BLACK = actor("Gordon Black", "USA", "MIL")
RUS_POLICE = actor("Russian police", "RUS", "COP")
VASHCHUK = actor("Alexandra Vashchuk", "RUS", "CVL")
MILLER = actor("Matthew Miller", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
USA = actor("United States", "USA", "GOV")

G1 = ("VLADIVOSTOK, Russia, June 19 (Reuters) - A Russian court on Wednesday sentenced U.S. Army Staff Sergeant Gordon "
      "Black to three years and nine months in a penal colony for stealing from his girlfriend and threatening to kill "
      "her.")
G2 = "The Pervomaisky district court in Vladivostok also ordered Black, 34, to pay a fine of 10,000 roubles ($113)."
G3 = ("Black was detained in the Pacific port city on May 2 after his Russian girlfriend, Alexandra Vashchuk, accused "
      "him of stealing money from her.")
G4 = "He had flown to Russia from South Korea, where he was stationed, without seeking permission from his commanders."
G5 = "Black told the court he regretted taking the money but denied threatening Vashchuk."
G6 = "\"I did not want to hurt anyone,\" he said through an interpreter before the verdict was read."
G7 = "His lawyer, Vladimir Volkov, said the defence would appeal."
G8 = ("State Department spokesman Matthew Miller said Washington was following the case closely and urged Moscow to "
      "give U.S. consular officers regular access to Black.")
G9 = ("He repeated the department's warning that Americans should not travel to Russia, where authorities "
      "\"arbitrarily detain\" U.S. citizens.")
G10 = "Kremlin spokesman Dmitry Peskov said there had been no contacts with Washington about Black."
G11 = ("Washington has not declared Black wrongfully detained, a designation that would hand his case to the special "
       "envoy for hostage affairs.")
G12 = ("Relations between Moscow and Washington have sunk to their lowest level in decades since Russia invaded "
       "Ukraine in 2022.")

EN01 = {
    "id": "hm237-en-01", "lang": "en", "url": None, "published": "2024-06-19",
    "title": "Russian court jails U.S. soldier Gordon Black for nearly four years",
    "text": paragraphs([G1, G2], [G3, G4], [G5, G6, G7], [G8, G9, G10], [G11, G12]),
    "events": [
        event("SANCTION", RUS_COURT, GORDON_BLACK, G1, mode="convict", location="Vladivostok",
              location_country="RUS"),
        event("SANCTION", RUS_COURT, GORDON_BLACK, G2, mode="convict", location="Vladivostok",
              location_country="RUS"),
        event("COERCE", RUS_POLICE, GORDON_BLACK, G3, mode="arrest", date="2024-05-02", location="Vladivostok",
              location_country="RUS"),
        event("ACCUSE", VASHCHUK, GORDON_BLACK, G3, mode="allege"),
        event("CONCEDE", GORDON_BLACK, None, G5),
        event("REQUEST", MILLER, RUSSIA, G8),
        event("ACCUSE", MILLER, RUSSIA, G9, mode="disapprove"),
        event("CONSULT", RUSSIA, USA, G10, negated=True),
        event("ACCUSE", USA, RUSSIA, G11, mode="allege", negated=True),
    ],
    "quotes": [
        quote("he regretted taking the money", "Gordon Black", "indirect"),
        quote("I did not want to hurt anyone", "Gordon Black", "direct"),
        quote("the defence would appeal", "Vladimir Volkov", "indirect"),
        quote("Washington was following the case closely", "Matthew Miller", "indirect"),
        quote("Americans should not travel to Russia, where authorities \"arbitrarily detain\" U.S. citizens",
              "Matthew Miller", "indirect"),
        quote("arbitrarily detain", "Matthew Miller", "direct"),
        quote("there had been no contacts with Washington about Black", "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Vladivostok", "LOC", "RUS", ["VLADIVOSTOK", "Vladivostok", "the Pacific port city"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Moscow"]),
        entity("Gordon Black", "PER", "USA", ["U.S. Army Staff Sergeant Gordon Black", "Black"]),
        entity("U.S. Army", "ORG", "USA", ["U.S. Army"]),
        entity("Pervomaisky District Court of Vladivostok", "ORG", "RUS",
               ["A Russian court", "The Pervomaisky district court in Vladivostok", "the court"]),
        entity("Alexandra Vashchuk", "PER", "RUS", ["his Russian girlfriend, Alexandra Vashchuk", "Vashchuk",
                                                    "his girlfriend"]),
        entity("South Korea", "LOC", "KOR", ["South Korea"]),
        entity("Vladimir Volkov", "PER", "RUS", ["His lawyer, Vladimir Volkov"]),
        entity("U.S. State Department", "ORG", "USA", ["State Department", "the department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        entity("United States", "LOC", "USA", ["Washington"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm237-en-02 (Capital Jewish Museum shooting)
RODRIGUEZ = actor("Elias Rodriguez", "USA", "CVL")
ISR_EMBASSY_STAFF = actor("Israeli Embassy staff", "ISR", "GOV")
MUSEUM_SECURITY = actor("Capital Jewish Museum event security", "USA", "CVL")
PIRRO = actor("Jeanine Pirro", "USA", "JUD")
FBI = actor("Federal Bureau of Investigation", "USA", "COP")
TRUMP = actor("Donald Trump", "USA", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
DANON = actor("Danny Danon", "ISR", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
CARNEY = actor("Mark Carney", "CAN", "GOV")

W1 = ("WASHINGTON (AP) - A gunman killed two young staff members of the Israeli Embassy outside the Capital Jewish "
      "Museum in Washington on Wednesday night.")
W2 = ("The victims, Yaron Lischinsky, 30, and Sarah Milgrim, 26, had just left a reception for young diplomats hosted "
      "by the American Jewish Committee.")
W3 = ("Metropolitan Police Chief Pamela Smith said the suspect, 30-year-old Elias Rodriguez of Chicago, had been seen "
      "pacing outside the museum before the shooting.")
W4 = ("He then walked into the museum, where event security held him until officers arrived, and he chanted "
      "\"Free, free Palestine\" as he was led away, Smith said.")
W5 = ("Interim U.S. Attorney Jeanine Pirro charged Rodriguez on Thursday with the murder of foreign officials and other "
      "federal crimes that could carry the death penalty.")
W6 = "The FBI said it was investigating the shooting as an act of terrorism and a hate crime."
W7 = ("President Donald Trump said the \"horrible D.C. killings\" were \"based obviously on antisemitism\" and must "
      "end now.")
W8 = "Israeli Prime Minister Benjamin Netanyahu ordered security reinforced at Israeli missions around the world."
W9 = "Israel's U.N. ambassador, Danny Danon, called the shooting \"a depraved act of antisemitic terrorism.\""
W10 = ("Netanyahu later accused the leaders of France, Britain and Canada of emboldening Hamas with their calls to halt "
       "Israel's offensive in Gaza.")
W11 = ("Israel's ambassador to the United States, Yechiel Leiter, said Lischinsky had bought a ring and planned to "
       "propose to Milgrim in Jerusalem the following week.")
W12 = "Attacks on Jewish targets in the United States have risen sharply since the start of the war in Gaza."

EN02 = {
    "id": "hm237-en-02", "lang": "en", "url": None, "published": "2025-05-22",
    "title": "Two Israeli Embassy staffers shot dead outside Jewish museum in Washington",
    "text": paragraphs([W1, W2], [W3, W4, W5, W6], [W7, W8, W9, W10], [W11, W12]),
    "events": [
        event("ASSAULT", RODRIGUEZ, ISR_EMBASSY_STAFF, W1, mode="firearms", date="2025-05-21",
              location="Washington", location_country="USA"),
        event("COERCE", MUSEUM_SECURITY, RODRIGUEZ, W4, mode="arrest", date="2025-05-21", location="Washington",
              location_country="USA"),
        event("ACCUSE", PIRRO, RODRIGUEZ, W5, mode="allege", date="2025-05-22"),
        event("ACCUSE", FBI, RODRIGUEZ, W6, mode="investigate"),
        event("ACCUSE", TRUMP, RODRIGUEZ, W7, mode="disapprove"),
        event("MOBILIZE", NETANYAHU, None, W8, mode="police"),
        event("ACCUSE", DANON, RODRIGUEZ, W9, mode="disapprove"),
        event("ACCUSE", NETANYAHU, MACRON, W10, mode="disapprove"),
        event("ACCUSE", NETANYAHU, STARMER, W10, mode="disapprove"),
        event("ACCUSE", NETANYAHU, CARNEY, W10, mode="disapprove"),
    ],
    "quotes": [
        quote("the suspect, 30-year-old Elias Rodriguez of Chicago, had been seen pacing outside the museum before the "
              "shooting", "Pamela Smith", "indirect"),
        quote("He then walked into the museum, where event security held him until officers arrived, and he chanted "
              "\"Free, free Palestine\" as he was led away", "Pamela Smith", "indirect"),
        quote("Free, free Palestine", "Elias Rodriguez", "direct"),
        quote("it was investigating the shooting as an act of terrorism and a hate crime",
              "Federal Bureau of Investigation", "indirect"),
        quote("the \"horrible D.C. killings\" were \"based obviously on antisemitism\" and must end now", "Donald Trump",
              "indirect"),
        quote("horrible D.C. killings", "Donald Trump", "direct"),
        quote("based obviously on antisemitism", "Donald Trump", "direct"),
        quote("a depraved act of antisemitic terrorism", "Danny Danon", "direct"),
        quote("Lischinsky had bought a ring and planned to propose to Milgrim in Jerusalem the following week",
              "Yechiel Leiter", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington", "D.C."]),
        entity("Israeli Embassy", "ORG", "ISR", ["the Israeli Embassy"]),
        entity("Capital Jewish Museum", "ORG", "USA", ["the Capital Jewish Museum", "the museum"]),
        entity("Yaron Lischinsky", "PER", "ISR", ["Yaron Lischinsky", "Lischinsky"]),
        entity("Sarah Milgrim", "PER", "USA", ["Sarah Milgrim", "Milgrim"]),
        entity("American Jewish Committee", "ORG", "USA", ["the American Jewish Committee"]),
        entity("Metropolitan Police Department of the District of Columbia", "ORG", "USA", ["officers"]),
        entity("Pamela Smith", "PER", "USA", ["Metropolitan Police Chief Pamela Smith", "Smith"]),
        entity("Elias Rodriguez", "PER", "USA", ["A gunman", "the suspect, 30-year-old Elias Rodriguez of Chicago",
                                                 "Rodriguez"]),
        entity("Chicago", "LOC", "USA", ["Chicago"]),
        entity("Jeanine Pirro", "PER", "USA", ["Interim U.S. Attorney Jeanine Pirro"]),
        entity("Federal Bureau of Investigation", "ORG", "USA", ["The FBI"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Danny Danon", "PER", "ISR", ["Israel's U.N. ambassador, Danny Danon"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Canada", "LOC", "CAN", ["Canada"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Israel", "LOC", "ISR", ["Israel's"]),
        entity("Yechiel Leiter", "PER", "ISR", ["Israel's ambassador to the United States, Yechiel Leiter"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("United States", "LOC", "USA", ["the United States"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
