"""Round 107: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm107-de-01: Armenia arrests Archbishop Bagrat Galstanyan over alleged coup plans; the church protests (2025-06-25).
- hm107-de-02: Heavy Russian missile and drone attack on Kyiv; Zelensky cuts short South Africa visit, Trump criticises Moscow (2025-04-24).
- hm107-de-03: EU adopts its 16th sanctions package against Russia on the war's third anniversary; von der Leyen in Kyiv (2025-02-24).
- hm107-de-04: Tajikistan and Kyrgyzstan sign their border treaty in Bishkek (2025-03-13).
- hm107-en-01: Justin Trudeau announces he will step down; opposition demands election, Trump renews 51st-state push (2025-01-06).
- hm107-en-02: Russia summons Azerbaijan's envoy after Sputnik raid in Baku as the Yekaterinburg deaths deepen the rift (2025-07-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm107-de-01
ARM_NSS = actor("National Security Service of Armenia", "ARM", "GOV")
GALSTANYAN = actor("Bagrat Galstanyan", "ARM", "CVL")
ARM_INVESTIGATORS = actor("Armenian investigators", "ARM", "COP")
ARM_DIOCESE = actor("Diocese of Tavush", "ARM", "CVL")
ARMENIA = actor("Armenia", "ARM", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_CLERGY = actor("Armenian Apostolic Church clergy", "ARM", "CVL")
KAREKIN = actor("Karekin II", "ARM", "CVL")
ARM_CHURCH = actor("Armenian Apostolic Church", "ARM", "CVL")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
ARM_PROTESTERS = actor("Armenian protesters", "ARM", "CVL")
ARM_POLICE = actor("Armenian police", "ARM", "COP")
ARM_AUTHORITIES = actor("Armenian authorities", "ARM", "GOV")
KARAPETYAN = actor("Samvel Karapetyan", "ARM", "BUS")
RUSSIA = actor("Russia", "RUS", "GOV")

A1 = "In Armenien ist der regierungskritische Erzbischof Bagrat Galstanjan am Mittwoch festgenommen worden."
A2 = "Der Nationale Sicherheitsdienst wirft dem Geistlichen vor, gemeinsam mit Anhängern einen gewaltsamen Umsturz geplant zu haben."
A3 = "Ermittler durchsuchten nach Angaben seiner Anwälte auch das Gebäude der Diözese Tawusch und mehrere Wohnungen in Jerewan."
A4 = ("Galstanjan hatte im vergangenen Jahr wochenlange Proteste gegen Regierungschef Nikol Paschinjan angeführt, "
      "nachdem Armenien mehrere Grenzdörfer an Aserbaidschan zurückgegeben hatte.")
A5 = "Paschinjan verteidigte das Vorgehen der Behörden."
A6 = "„Eine Gruppe von Geistlichen hat versucht, die Macht an sich zu reißen“, schrieb der Ministerpräsident auf Facebook."
A7 = "Er forderte Katholikos Karekin II. erneut auf, sein Amt niederzulegen."
A8 = ("Die Armenische Apostolische Kirche verurteilte die Festnahme als „Angriff auf die Kirche“ "
      "und verlangte die sofortige Freilassung des Erzbischofs.")
A9 = "Vor dem Gebäude des Sicherheitsdienstes versammelten sich am Abend mehrere Hundert Gläubige und Oppositionsanhänger."
A10 = "Die Polizei nahm nach eigenen Angaben mehr als ein Dutzend Demonstranten vorübergehend fest."
A11 = ("Erst vergangene Woche war der russisch-armenische Milliardär Samwel Karapetjan in Untersuchungshaft genommen worden, "
       "nachdem er sich öffentlich hinter die Kirche gestellt hatte.")
A12 = "In Armenien wird im Juni kommenden Jahres ein neues Parlament gewählt."

DE01 = {
    "id": "hm107-de-01", "lang": "de", "url": None, "published": "2025-06-25",
    "title": "Armenien lässt regierungskritischen Erzbischof festnehmen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7, A8], [A9, A10, A11, A12]),
    "events": [
        event("COERCE", ARM_NSS, GALSTANYAN, A1, mode="arrest", date="2025-06-25", location_country="ARM"),
        event("ACCUSE", ARM_NSS, GALSTANYAN, A2, mode="allege"),
        event("COERCE", ARM_INVESTIGATORS, ARM_DIOCESE, A3, mode="seize", date="2025-06-25", location="Yerevan",
              location_country="ARM"),
        event("PROTEST", GALSTANYAN, PASHINYAN, A4, mode="demo", location_country="ARM"),
        event("RETREAT", ARMENIA, AZERBAIJAN, A4, mode="withdraw"),
        event("SUPPORT", PASHINYAN, ARM_NSS, A5),
        event("ACCUSE", PASHINYAN, ARM_CLERGY, A6, mode="allege"),
        event("REQUEST", PASHINYAN, KAREKIN, A7, mode="change"),
        event("ACCUSE", ARM_CHURCH, ARM_GOV, A8, mode="disapprove"),
        event("REQUEST", ARM_CHURCH, ARM_GOV, A8, mode="yield"),
        event("PROTEST", ARM_PROTESTERS, ARM_NSS, A9, mode="demo", date="2025-06-25", location="Yerevan",
              location_country="ARM"),
        event("COERCE", ARM_POLICE, ARM_PROTESTERS, A10, mode="arrest", date="2025-06-25", location="Yerevan",
              location_country="ARM"),
        event("COERCE", ARM_AUTHORITIES, KARAPETYAN, A11, mode="arrest", location_country="ARM"),
        event("SUPPORT", KARAPETYAN, ARM_CHURCH, A11),
    ],
    "quotes": [
        quote("gemeinsam mit Anhängern einen gewaltsamen Umsturz geplant zu haben", "National Security Service of Armenia",
              "indirect"),
        quote("Ermittler durchsuchten nach Angaben seiner Anwälte auch das Gebäude der Diözese Tawusch und mehrere Wohnungen in Jerewan",
              "Galstanyan's lawyers", "indirect"),
        quote("Eine Gruppe von Geistlichen hat versucht, die Macht an sich zu reißen", "Nikol Pashinyan", "direct"),
        quote("Angriff auf die Kirche", "Armenian Apostolic Church", "direct"),
        quote("Die Polizei nahm nach eigenen Angaben mehr als ein Dutzend Demonstranten vorübergehend fest",
              "Armenian police", "indirect"),
    ],
    "entities": [
        entity("Armenia", "GPE", "ARM", ["Armenien"]),
        entity("Bagrat Galstanyan", "PER", "ARM",
               ["der regierungskritische Erzbischof Bagrat Galstanjan", "dem Geistlichen", "seiner", "Galstanjan",
                "des Erzbischofs"]),
        entity("National Security Service of Armenia", "ORG", "ARM",
               ["Der Nationale Sicherheitsdienst", "des Sicherheitsdienstes"]),
        entity("Galstanyan's supporters", "ORG", "ARM", ["Anhängern"]),
        entity("Armenian investigators", "ORG", "ARM", ["Ermittler"]),
        entity("Galstanyan's lawyers", "ORG", "ARM", ["seiner Anwälte"]),
        entity("Diocese of Tavush", "ORG", "ARM", ["der Diözese Tawusch"]),
        entity("Yerevan", "LOC", "ARM", ["Jerewan"]),
        entity("Nikol Pashinyan", "PER", "ARM",
               ["Regierungschef Nikol Paschinjan", "Paschinjan", "der Ministerpräsident", "Er"]),
        entity("Armenian border villages", "LOC", "ARM", ["mehrere Grenzdörfer"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan"]),
        entity("Armenian authorities", "ORG", "ARM", ["der Behörden"]),
        entity("Armenian Apostolic Church clergy", "ORG", "ARM", ["Eine Gruppe von Geistlichen"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Karekin II", "PER", "ARM", ["Katholikos Karekin II.", "sein"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["Die Armenische Apostolische Kirche", "die Kirche"]),
        entity("Armenian protesters", "ORG", "ARM", ["mehrere Hundert Gläubige und Oppositionsanhänger", "Demonstranten"]),
        entity("Armenian police", "ORG", "ARM", ["Die Polizei"]),
        entity("Samvel Karapetyan", "PER", "ARM", ["der russisch-armenische Milliardär Samwel Karapetjan", "er"]),
    ],
}

# ---------------------------------------------------------------- hm107-de-02
RUS_MIL = actor("Russian military", "RUS", "MIL")
UKR_CIVILIANS = actor("Ukrainian civilians", "UKR", "CVL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
USA = actor("United States", "USA", "GOV")
GERMANY = actor("Germany", "DEU", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
RUS_MOD = actor("Russian Ministry of Defence", "RUS", "MIL")
UKR_DEFENCE_INDUSTRY = actor("Ukrainian defence industry", "UKR", "BUS")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")

B1 = ("Bei einem der schwersten russischen Luftangriffe auf Kiew seit Monaten sind in der Nacht zum Donnerstag "
      "mindestens neun Menschen getötet worden.")
B2 = "Nach Angaben der ukrainischen Luftwaffe setzte Russland mehr als 60 Raketen und rund 150 Drohnen ein."
B3 = "Rettungskräfte suchten am Morgen in den Trümmern eines Wohnhauses im Stadtteil Swjatoschyn nach Verschütteten."
B4 = ("Der ukrainische Präsident Wolodymyr Selenskyj, der sich zu Gesprächen mit dem südafrikanischen Präsidenten "
      "Cyril Ramaphosa in Pretoria aufhielt, verkürzte seinen Besuch.")
B5 = "„Russland muss für jedes einzelne Leben bezahlen, das es heute Nacht ausgelöscht hat“, schrieb Selenskyj auf Telegram."
B6 = "Er rief die USA und Deutschland auf, der Ukraine umgehend weitere Patriot-Flugabwehrsysteme zu liefern."
B7 = "Der Druck müsse sich jetzt gegen Moskau richten und nicht gegen Kiew, fügte er hinzu."
B8 = "US-Präsident Donald Trump kritisierte den Angriff ungewöhnlich deutlich."
B9 = ("Er sei mit den russischen Angriffen auf Kiew „nicht glücklich“, erklärte er und forderte Kremlchef "
      "Wladimir Putin auf, die Angriffe einzustellen.")
B10 = ("Das russische Verteidigungsministerium erklärte, man habe Betriebe der ukrainischen Rüstungsindustrie "
       "mit Präzisionswaffen getroffen.")
B11 = ("Die EU-Außenbeauftragte Kaja Kallas sprach von „Terror gegen die Zivilbevölkerung“ und kündigte weitere "
       "Sanktionen gegen Moskau an.")

DE02 = {
    "id": "hm107-de-02", "lang": "de", "url": None, "published": "2025-04-24",
    "title": "Tote bei schwerem russischen Luftangriff auf Kiew",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11]),
    "events": [
        event("ASSAULT", RUS_MIL, UKR_CIVILIANS, B1, date="2025-04-24", location="Kyiv", location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKRAINE, B2, mode="heavy-weapons", date="2025-04-24", location="Kyiv",
              location_country="UKR"),
        event("CONSULT", ZELENSKY, RAMAPHOSA, B4, mode="visit", date="2025-04-24", location="Pretoria",
              location_country="ZAF"),
        event("ACCUSE", ZELENSKY, RUSSIA, B5, mode="disapprove", date="2025-04-24"),
        event("REQUEST", ZELENSKY, USA, B6, mode="assist", date="2025-04-24"),
        event("REQUEST", ZELENSKY, GERMANY, B6, mode="assist", date="2025-04-24"),
        event("ACCUSE", TRUMP, RUSSIA, B8, mode="disapprove", date="2025-04-24"),
        event("ACCUSE", TRUMP, RUSSIA, B9, mode="disapprove", date="2025-04-24"),
        event("REQUEST", TRUMP, PUTIN, B9, mode="yield", date="2025-04-24"),
        event("ASSAULT", RUS_MIL, UKR_DEFENCE_INDUSTRY, B10, date="2025-04-24", location_country="UKR"),
        event("ACCUSE", KALLAS, RUSSIA, B11, mode="disapprove", date="2025-04-24"),
        event("THREATEN", KALLAS, RUSSIA, B11, date="2025-04-24"),
    ],
    "quotes": [
        quote("Nach Angaben der ukrainischen Luftwaffe setzte Russland mehr als 60 Raketen und rund 150 Drohnen ein",
              "Ukrainian Air Force", "indirect"),
        quote("Russland muss für jedes einzelne Leben bezahlen, das es heute Nacht ausgelöscht hat", "Volodymyr Zelensky",
              "direct"),
        quote("Der Druck müsse sich jetzt gegen Moskau richten und nicht gegen Kiew", "Volodymyr Zelensky", "indirect"),
        quote("nicht glücklich", "Donald Trump", "direct"),
        quote("Er sei mit den russischen Angriffen auf Kiew „nicht glücklich“", "Donald Trump", "indirect"),
        quote("man habe Betriebe der ukrainischen Rüstungsindustrie mit Präzisionswaffen getroffen",
              "Russian Ministry of Defence", "indirect"),
        quote("Terror gegen die Zivilbevölkerung", "Kaja Kallas", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der ukrainischen Luftwaffe"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau", "es"]),
        entity("Ukrainian rescue services", "ORG", "UKR", ["Rettungskräfte"]),
        entity("residential building in Sviatoshynskyi district", "LOC", "UKR",
               ["eines Wohnhauses im Stadtteil Swjatoschyn"]),
        entity("Sviatoshynskyi district", "LOC", "UKR", ["Stadtteil Swjatoschyn"]),
        entity("Volodymyr Zelensky", "PER", "UKR",
               ["Der ukrainische Präsident Wolodymyr Selenskyj", "seinen", "Selenskyj", "Er", "er"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["dem südafrikanischen Präsidenten Cyril Ramaphosa"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("South Africa", "GPE", "ZAF", ["südafrikanischen"]),
        entity("Telegram", "ORG", None, ["Telegram"]),
        entity("United States", "GPE", "USA", ["die USA", "US"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Er", "er"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Russian Ministry of Defence", "ORG", "RUS", ["Das russische Verteidigungsministerium", "man"]),
        entity("Ukrainian defence industry", "ORG", "UKR", ["Betriebe der ukrainischen Rüstungsindustrie"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Ukrainian civilians", "ORG", "UKR", ["mindestens neun Menschen", "Zivilbevölkerung"]),
    ],
}

# ---------------------------------------------------------------- hm107-de-03
EU = actor("European Union", "EUR", "IGO")
RUS_BANKS = actor("Russian banks", "RUS", "BUS")
SZIJJARTO = actor("Péter Szijjártó", "HUN", "GOV")
HUNGARY = actor("Hungary", "HUN", "GOV")
RUS_MFA = actor("Russian Foreign Ministry", "RUS", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")

C1 = ("Die Europäische Union hat am dritten Jahrestag des russischen Großangriffs auf die Ukraine ihr "
      "16. Sanktionspaket gegen Russland beschlossen.")
C2 = "Die Außenminister der 27 Mitgliedstaaten billigten die Maßnahmen am Montag in Brüssel."
C3 = ("Das Paket sieht unter anderem ein Importverbot für russisches Aluminium vor und nimmt 74 weitere Schiffe "
      "der sogenannten Schattenflotte ins Visier.")
C4 = "Zudem werden 13 russische Banken vom Zahlungssystem Swift abgekoppelt."
C5 = ("Die EU-Außenbeauftragte Kaja Kallas sagte, die Union werde den Druck auf Moskau so lange erhöhen, "
      "bis der Kreml zu ernsthaften Verhandlungen bereit sei.")
C6 = "„Russland will keinen Frieden, Russland will die Ukraine“, sagte die frühere estnische Regierungschefin."
C7 = "Ungarns Außenminister Péter Szijjártó kritisierte das Paket, es schade vor allem der europäischen Wirtschaft."
C8 = "Budapest habe dennoch zugestimmt, um die Einheit der Union nicht zu gefährden, sagte er."
C9 = "Das russische Außenministerium bezeichnete die neuen Strafmaßnahmen als „illegal“ und wirkungslos."
C10 = ("EU-Kommissionspräsidentin Ursula von der Leyen reiste am Montag zudem nach Kiew, um die Solidarität "
       "der Union mit der Ukraine zu bekunden.")
C11 = ("Von der Leyen sagte dort zu, dass die Ukraine noch im März eine weitere Tranche von 3,5 Milliarden Euro "
       "erhalten werde.")

DE03 = {
    "id": "hm107-de-03", "lang": "de", "url": None, "published": "2025-02-24",
    "title": "EU beschließt 16. Sanktionspaket gegen Russland",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11]),
    "events": [
        event("SANCTION", EU, RUSSIA, C1, mode="discontinue", date="2025-02-24"),
        event("SANCTION", EU, RUSSIA, C2, mode="discontinue", date="2025-02-24", location="Brussels",
              location_country="BEL"),
        event("SANCTION", EU, RUSSIA, C3, mode="discontinue"),
        event("SANCTION", EU, RUS_BANKS, C4, mode="discontinue"),
        event("THREATEN", KALLAS, RUSSIA, C5, date="2025-02-24"),
        event("ACCUSE", KALLAS, RUSSIA, C6, mode="allege", date="2025-02-24"),
        event("ACCUSE", SZIJJARTO, EU, C7, mode="disapprove", date="2025-02-24"),
        event("SUPPORT", HUNGARY, EU, C8, date="2025-02-24"),
        event("ACCUSE", RUS_MFA, EU, C9, mode="disapprove", date="2025-02-24"),
        event("CONSULT", VDL, UKRAINE, C10, mode="visit", date="2025-02-24", location="Kyiv", location_country="UKR"),
        event("SUPPORT", VDL, UKRAINE, C10, date="2025-02-24"),
        event("AGREE", VDL, UKRAINE, C11, date="2025-02-24", location="Kyiv", location_country="UKR"),
    ],
    "quotes": [
        quote("die Union werde den Druck auf Moskau so lange erhöhen, bis der Kreml zu ernsthaften Verhandlungen bereit sei",
              "Kaja Kallas", "indirect"),
        quote("Russland will keinen Frieden, Russland will die Ukraine", "Kaja Kallas", "direct"),
        quote("es schade vor allem der europäischen Wirtschaft", "Péter Szijjártó", "indirect"),
        quote("Budapest habe dennoch zugestimmt, um die Einheit der Union nicht zu gefährden", "Péter Szijjártó",
              "indirect"),
        quote("illegal", "Russian Foreign Ministry", "direct"),
        quote("dass die Ukraine noch im März eine weitere Tranche von 3,5 Milliarden Euro erhalten werde",
              "Ursula von der Leyen", "indirect"),
    ],
    "entities": [
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "der 27 Mitgliedstaaten", "die Union", "der Union", "EU"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau", "der Kreml"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("EU foreign ministers", "ORG", "EUR", ["Die Außenminister der 27 Mitgliedstaaten"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Russian shadow fleet", "ORG", "RUS", ["74 weitere Schiffe der sogenannten Schattenflotte"]),
        entity("Russian banks", "ORG", "RUS", ["13 russische Banken"]),
        entity("SWIFT", "ORG", "BEL", ["Zahlungssystem Swift"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas", "die frühere estnische Regierungschefin"]),
        entity("Estonia", "GPE", "EST", ["estnische"]),
        entity("Hungary", "GPE", "HUN", ["Ungarns", "Budapest"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Ungarns Außenminister Péter Szijjártó", "er"]),
        entity("Russian Foreign Ministry", "ORG", "RUS", ["Das russische Außenministerium"]),
        entity("Ursula von der Leyen", "PER", "EUR",
               ["EU-Kommissionspräsidentin Ursula von der Leyen", "Von der Leyen"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
    ],
}

# ---------------------------------------------------------------- hm107-de-04
TAJIKISTAN = actor("Tajikistan", "TJK", "GOV")
KYRGYZSTAN = actor("Kyrgyzstan", "KGZ", "GOV")
RAHMON = actor("Emomali Rahmon", "TJK", "GOV")
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
KGZ_MIL = actor("Kyrgyz military", "KGZ", "MIL")
TJK_MIL = actor("Tajik military", "TJK", "MIL")
KGZ_CRITICS = actor("Kyrgyz government critics", "KGZ", "OPP")
KGZ_GOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")

D1 = "Tadschikistan und Kirgistan haben nach jahrzehntelangem Streit einen Vertrag über ihre gemeinsame Grenze unterzeichnet."
D2 = ("Der tadschikische Präsident Emomali Rachmon und sein kirgisischer Amtskollege Sadyr Dschaparow setzten "
      "am Donnerstag in Bischkek ihre Unterschriften unter das Abkommen.")
D3 = "Rachmon war dazu zu einem Staatsbesuch in die kirgisische Hauptstadt gereist, dem ersten seit vielen Jahren."
D4 = ("Bei Gefechten zwischen kirgisischen und tadschikischen Truppen waren 2021 und 2022 mehr als hundert Menschen "
      "getötet worden.")
D5 = ("„Wir haben eine Frage gelöst, die unsere Völker drei Jahrzehnte lang gespalten hat“, sagte Dschaparow bei "
      "einer gemeinsamen Pressekonferenz.")
D6 = ("Rachmon sprach von einem „historischen Tag“ und versprach, den Handel und den Bahnverkehr zwischen beiden "
      "Ländern wieder aufzunehmen.")
D7 = ("Nach Angaben der kirgisischen Regierung sollen beide Seiten ihre Truppen aus mehreren umstrittenen "
      "Abschnitten im Ferghana-Tal abziehen.")
D8 = "Die Parlamente beider Länder müssen das Abkommen noch ratifizieren."
D9 = "Kritiker in Kirgistan warfen der Regierung vor, bei den Verhandlungen zu viele Zugeständnisse gemacht zu haben."
D10 = ("Rachmon lud Dschaparow zudem zu einem Dreiergipfel mit Usbekistans Präsidenten Schawkat Mirsijojew "
       "Ende März in Chudschand ein.")
D11 = "Im Ferghana-Tal treffen die Grenzen der drei Länder auf engem Raum aufeinander."

DE04 = {
    "id": "hm107-de-04", "lang": "de", "url": None, "published": "2025-03-13",
    "title": "Tadschikistan und Kirgistan unterzeichnen Grenzvertrag",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11]),
    "events": [
        event("SUPPORT", TAJIKISTAN, KYRGYZSTAN, D1, date="2025-03-13", location="Bishkek", location_country="KGZ"),
        event("SUPPORT", RAHMON, JAPAROV, D2, date="2025-03-13", location="Bishkek", location_country="KGZ"),
        event("CONSULT", RAHMON, KYRGYZSTAN, D3, mode="visit", date="2025-03-13", location="Bishkek",
              location_country="KGZ"),
        event("ASSAULT", KGZ_MIL, TJK_MIL, D4),
        event("ASSAULT", TJK_MIL, KGZ_MIL, D4),
        event("AGREE", RAHMON, KYRGYZSTAN, D6, date="2025-03-13"),
        event("CONCEDE", KYRGYZSTAN, TAJIKISTAN, D7),
        event("CONCEDE", TAJIKISTAN, KYRGYZSTAN, D7),
        event("ACCUSE", KGZ_CRITICS, KGZ_GOV, D9, mode="allege"),
        event("AGREE", RAHMON, JAPAROV, D10, date="2025-03-13"),
    ],
    "quotes": [
        quote("Wir haben eine Frage gelöst, die unsere Völker drei Jahrzehnte lang gespalten hat", "Sadyr Japarov",
              "direct"),
        quote("historischen Tag", "Emomali Rahmon", "direct"),
        quote("sollen beide Seiten ihre Truppen aus mehreren umstrittenen Abschnitten im Ferghana-Tal abziehen",
              "Government of Kyrgyzstan", "indirect"),
        quote("bei den Verhandlungen zu viele Zugeständnisse gemacht zu haben", "Kyrgyz government critics", "indirect"),
    ],
    "entities": [
        entity("Tajikistan", "GPE", "TJK", ["Tadschikistan"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kirgistan"]),
        entity("Emomali Rahmon", "PER", "TJK", ["Der tadschikische Präsident Emomali Rachmon", "Rachmon"]),
        entity("Sadyr Japarov", "PER", "KGZ", ["sein kirgisischer Amtskollege Sadyr Dschaparow", "Dschaparow"]),
        entity("Bishkek", "LOC", "KGZ", ["Bischkek", "die kirgisische Hauptstadt"]),
        entity("Kyrgyz military", "ORG", "KGZ", ["kirgisischen und tadschikischen Truppen"]),
        entity("Tajik military", "ORG", "TJK", ["kirgisischen und tadschikischen Truppen"]),
        entity("Ferghana Valley", "LOC", None, ["Ferghana-Tal"]),
        entity("Tajikistan, Kyrgyzstan and Uzbekistan", "GPE", None, ["der drei Länder"]),
        entity("Government of Kyrgyzstan", "ORG", "KGZ", ["der kirgisischen Regierung", "der Regierung"]),
        entity("parliaments of Tajikistan and Kyrgyzstan", "ORG", None, ["Die Parlamente beider Länder"]),
        entity("Kyrgyz government critics", "ORG", "KGZ", ["Kritiker in Kirgistan"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistans"]),
        entity("Shavkat Mirziyoyev", "PER", "UZB", ["Usbekistans Präsidenten Schawkat Mirsijojew"]),
        entity("Khujand", "LOC", "TJK", ["Chudschand"]),
    ],
}

# ---------------------------------------------------------------- hm107-en-01
TRUDEAU = actor("Justin Trudeau", "CAN", "GOV")
LIB_MPS = actor("Liberal Party of Canada lawmakers", "CAN", "LEG")
FREELAND = actor("Chrystia Freeland", "CAN", "GOV")
POILIEVRE = actor("Pierre Poilievre", "CAN", "OPP")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
LIBERALS = actor("Liberal Party of Canada", "CAN", "PTY")
SINGH = actor("Jagmeet Singh", "CAN", "OPP")
CANADA = actor("Canada", "CAN", "GOV")
FORD = actor("Doug Ford", "CAN", "GOV")

E1 = ("Canadian Prime Minister Justin Trudeau said on Monday he would step down as leader of the governing Liberal "
      "Party and as prime minister once the party chooses a successor, ending nearly a decade in power.")
E2 = ("Trudeau, 53, told reporters outside his residence in Ottawa that Governor General Mary Simon had granted his "
      "request to suspend parliament until March 24.")
E3 = ("“The party needs a leader who can carry this fight into the next election without having to fight battles "
      "at home,” Trudeau said.")
E4 = ("Dozens of Liberal members of parliament had publicly called on him to quit after Finance Minister Chrystia "
      "Freeland resigned in December in a dispute over how to respond to U.S. tariff threats.")
E5 = ("Conservative leader Pierre Poilievre, whose party leads opinion polls by more than 20 points, demanded an "
      "immediate election.")
E6 = ("He accused the Liberals of shutting down parliament to protect themselves at a time when Canada faced a "
      "trade war with its largest partner.")
E7 = ("New Democratic Party leader Jagmeet Singh said his party would vote to bring down the government when the "
      "House of Commons returns.")
E8 = ("U.S. President-elect Donald Trump, who takes office on Jan. 20, reacted within hours by renewing his call for "
      "Canada to become the 51st U.S. state.")
E9 = ("“As the 51st State, Canada would never pay Tariffs again,” he wrote on his Truth Social platform, repeating "
      "his threat to impose 25% tariffs on all Canadian imports.")
E10 = "Ontario Premier Doug Ford urged Ottawa to draw up retaliatory measures without delay."
E11 = "“We will not be pushed around by anyone, including our closest friend,” Ford said."

EN01 = {
    "id": "hm107-en-01", "lang": "en", "url": None, "published": "2025-01-06",
    "title": "Canada's Trudeau to step down as Liberal leader, parliament suspended",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11]),
    "events": [
        event("CONCEDE", TRUDEAU, None, E1, date="2025-01-06", location="Ottawa", location_country="CAN"),
        event("REQUEST", LIB_MPS, TRUDEAU, E4, mode="change"),
        event("RETREAT", FREELAND, None, E4, mode="resign"),
        event("REQUEST", POILIEVRE, CAN_GOV, E5, mode="change", date="2025-01-06"),
        event("ACCUSE", POILIEVRE, LIBERALS, E6, mode="allege", date="2025-01-06"),
        event("THREATEN", SINGH, CAN_GOV, E7, date="2025-01-06"),
        event("REQUEST", TRUMP, CANADA, E8, mode="change", date="2025-01-06"),
        event("THREATEN", TRUMP, CANADA, E9, date="2025-01-06"),
        event("REQUEST", FORD, CAN_GOV, E10, mode="change", date="2025-01-06"),
    ],
    "quotes": [
        quote("Governor General Mary Simon had granted his request to suspend parliament until March 24",
              "Justin Trudeau", "indirect"),
        quote("The party needs a leader who can carry this fight into the next election without having to fight "
              "battles at home", "Justin Trudeau", "direct"),
        quote("shutting down parliament to protect themselves at a time when Canada faced a trade war with its largest "
              "partner", "Pierre Poilievre", "indirect"),
        quote("his party would vote to bring down the government when the House of Commons returns", "Jagmeet Singh",
              "indirect"),
        quote("As the 51st State, Canada would never pay Tariffs again", "Donald Trump", "direct"),
        quote("We will not be pushed around by anyone, including our closest friend", "Doug Ford", "direct"),
    ],
    "entities": [
        entity("Canada", "GPE", "CAN", ["Canadian", "Canada", "Ottawa"]),
        entity("Justin Trudeau", "PER", "CAN",
               ["Canadian Prime Minister Justin Trudeau", "he", "Trudeau, 53", "Trudeau", "his", "him"]),
        entity("Liberal Party of Canada", "ORG", "CAN",
               ["the governing Liberal Party", "the party", "The party", "the Liberals"]),
        entity("Trudeau's residence", "LOC", "CAN", ["his residence in Ottawa"]),
        entity("Ottawa", "LOC", "CAN", ["Ottawa"]),
        entity("Mary Simon", "PER", "CAN", ["Governor General Mary Simon"]),
        entity("Parliament of Canada", "ORG", "CAN", ["parliament", "the House of Commons"]),
        entity("Liberal Party of Canada lawmakers", "ORG", "CAN", ["Dozens of Liberal members of parliament"]),
        entity("Chrystia Freeland", "PER", "CAN", ["Finance Minister Chrystia Freeland"]),
        entity("United States", "GPE", "USA", ["U.S.", "its largest partner"]),
        entity("Pierre Poilievre", "PER", "CAN", ["Conservative leader Pierre Poilievre", "He"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["whose party"]),
        entity("New Democratic Party", "ORG", "CAN", ["New Democratic Party", "his party"]),
        entity("Jagmeet Singh", "PER", "CAN", ["New Democratic Party leader Jagmeet Singh"]),
        entity("Government of Canada", "ORG", "CAN", ["the government"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President-elect Donald Trump", "he", "his"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("Doug Ford", "PER", "CAN", ["Ontario Premier Doug Ford", "Ford"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
    ],
}

# ---------------------------------------------------------------- hm107-en-02
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
SPUTNIK_AZ = actor("Sputnik Azerbaijan", "RUS", "BUS")
SPUTNIK_STAFF = actor("Sputnik Azerbaijan journalists", "RUS", "CVL")
AZE_INTERIOR = actor("Azerbaijani Interior Ministry", "AZE", "GOV")
RUS_POLICE = actor("Russian police", "RUS", "COP")
AZE_DIASPORA = actor("Azerbaijani community in Russia", "AZE", "CVL")
OVERCHUK = actor("Alexei Overchuk", "RUS", "GOV")
HAJIYEV = actor("Hikmet Hajiyev", "AZE", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
ERDOGAN = actor("Recep Tayyip Erdogan", "TUR", "GOV")

F1 = ("Russia summoned Azerbaijan's ambassador on Tuesday to protest against the arrest of two Russian journalists "
      "in Baku, as relations between the former Soviet allies slid to their lowest point in decades.")
F2 = ("Azerbaijani police raided the Baku office of the state-owned Sputnik news agency on Monday and detained its "
      "director and editor-in-chief, whom the Interior Ministry accused of working for Russia's FSB security service.")
F3 = ("The raid came days after two Azerbaijani brothers died during a police operation against ethnic Azerbaijanis "
      "in the Russian city of Yekaterinburg.")
F4 = ("Baku says the men were beaten to death in custody, a claim Russian investigators reject, saying one of them "
      "died of heart failure.")
F5 = ("Azerbaijan has since cancelled all cultural events planned with Russia and called off a visit by Russian Deputy "
      "Prime Minister Alexei Overchuk.")
F6 = ("“What happened in Yekaterinburg was a killing on ethnic grounds, and those responsible must be punished,” "
      "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, told reporters in Baku.")
F7 = "Kremlin spokesman Dmitry Peskov said Moscow expected Baku to release the two journalists quickly."
F8 = ("Some two million ethnic Azerbaijanis are estimated to live in Russia, many of them working in markets "
      "and trade.")
F9 = "Aliyev spoke by phone with Turkish President Tayyip Erdogan on Tuesday evening, his office said."
F10 = "Erdogan assured Baku of Ankara's full support, according to the Turkish presidency."
F11 = ("Ties had already been strained since Baku blamed Russian air defences for the downing of an Azerbaijan "
       "Airlines passenger jet in December that killed 38 people.")
F12 = ("Putin apologised to Aliyev at the time for what he called a “tragic incident” in Russian airspace but "
       "stopped short of accepting blame.")

EN02 = {
    "id": "hm107-en-02", "lang": "en", "url": None, "published": "2025-07-01",
    "title": "Russia summons Azerbaijan envoy as row over Sputnik arrests deepens",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("ACCUSE", RUSSIA, AZERBAIJAN, F1, mode="disapprove", date="2025-07-01", location="Moscow",
              location_country="RUS"),
        event("COERCE", AZE_POLICE, SPUTNIK_AZ, F2, mode="seize", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("COERCE", AZE_POLICE, SPUTNIK_STAFF, F2, mode="arrest", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("ACCUSE", AZE_INTERIOR, SPUTNIK_STAFF, F2, mode="allege"),
        event("COERCE", RUS_POLICE, AZE_DIASPORA, F3, mode="seize", location="Yekaterinburg", location_country="RUS"),
        event("ACCUSE", AZERBAIJAN, RUS_POLICE, F4, mode="allege"),
        event("SANCTION", AZERBAIJAN, RUSSIA, F5, mode="discontinue"),
        event("REJECT", AZERBAIJAN, OVERCHUK, F5, mode="meet"),
        event("ACCUSE", HAJIYEV, RUS_POLICE, F6, mode="allege", location="Baku", location_country="AZE"),
        event("REQUEST", HAJIYEV, RUSSIA, F6, mode="change", location="Baku", location_country="AZE"),
        event("REQUEST", PESKOV, AZERBAIJAN, F7, mode="yield"),
        event("CONSULT", ALIYEV, ERDOGAN, F9, mode="phone", date="2025-07-01"),
        event("SUPPORT", ERDOGAN, AZERBAIJAN, F10, date="2025-07-01"),
        event("ACCUSE", AZERBAIJAN, RUS_MIL, F11, mode="allege"),
        event("CONCEDE", PUTIN, ALIYEV, F12),
    ],
    "quotes": [
        quote("working for Russia's FSB security service", "Azerbaijani Interior Ministry", "indirect"),
        quote("the men were beaten to death in custody", "Azerbaijan", "indirect"),
        quote("one of them died of heart failure", "Russian investigators", "indirect"),
        quote("What happened in Yekaterinburg was a killing on ethnic grounds, and those responsible must be punished",
              "Hikmet Hajiyev", "direct"),
        quote("Moscow expected Baku to release the two journalists quickly",
              "Dmitry Peskov", "indirect"),
        quote("Erdogan assured Baku of Ankara's full support", "Turkish presidency", "indirect"),
        quote("tragic incident", "Vladimir Putin", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow", "Russian"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan", "Baku"]),
        entity("Ambassador of Azerbaijan to Russia", "PER", "AZE", ["Azerbaijan's ambassador"]),
        entity("Sputnik Azerbaijan journalists", "ORG", "RUS",
               ["two Russian journalists", "its director and editor-in-chief", "the two journalists"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Azerbaijani police", "ORG", "AZE", ["Azerbaijani police"]),
        entity("Sputnik Azerbaijan", "ORG", "RUS", ["the Baku office of the state-owned Sputnik news agency"]),
        entity("Azerbaijani Interior Ministry", "ORG", "AZE", ["the Interior Ministry"]),
        entity("Federal Security Service", "ORG", "RUS", ["Russia's FSB security service"]),
        entity("Safarov brothers", "PER", "AZE", ["two Azerbaijani brothers", "the men", "one of them"]),
        entity("Russian police", "ORG", "RUS", ["a police operation"]),
        entity("Azerbaijani community in Russia", "ORG", "AZE", ["ethnic Azerbaijanis", "Some two million ethnic Azerbaijanis", "many of them"]),
        entity("Yekaterinburg", "LOC", "RUS", ["the Russian city of Yekaterinburg", "Yekaterinburg"]),
        entity("Russian investigators", "ORG", "RUS", ["Russian investigators"]),
        entity("Alexei Overchuk", "PER", "RUS", ["Russian Deputy Prime Minister Alexei Overchuk"]),
        entity("Hikmet Hajiyev", "PER", "AZE", ["Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev"]),
        entity("Ilham Aliyev", "PER", "AZE", ["President Ilham Aliyev", "Aliyev", "his"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Presidential Administration of Azerbaijan", "ORG", "AZE", ["his office"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["Turkish President Tayyip Erdogan", "Erdogan"]),
        entity("Turkey", "GPE", "TUR", ["Ankara"]),
        entity("Turkish presidency", "ORG", "TUR", ["the Turkish presidency"]),
        entity("Russian air defences", "ORG", "RUS", ["Russian air defences"]),
        entity("Azerbaijan Airlines", "ORG", "AZE", ["Azerbaijan Airlines"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin", "he"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
