"""Round 180: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm180-de-01: After the RSF capture of El Fasher, WHO reports a massacre at the Saudi maternity hospital; al-Burhan vows to retake the city, Hemedti admits violations (2025-10-30).
- hm180-de-02: Panama refuses safe conduct for ex-president Ricardo Martinelli after Nicaragua grants him asylum in its embassy (2024-02-09).
- hm180-de-03: Coup attempt by mutinous soldiers in Benin foiled; Nigerian jets strike, ECOWAS orders troops, Talon vows punishment (2025-12-08).
- hm180-de-04: Puntland withdraws recognition of Somalia's federal government over the constitutional amendments; Deni accuses Hassan Sheikh Mohamud (2024-04-01).
- hm180-en-01: Congo and Rwanda sign the U.S.-brokered peace agreement in Washington; Trump receives the ministers, the M23 keeps its ground (2025-06-28).
- hm180-en-02: Ecuador extradites Los Choneros leader Adolfo Macías ("Fito") to the United States; not-guilty plea in Brooklyn (2025-07-21).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm180-de-01 (Sudan, El Fasher)
TEDROS = actor("Tedros Adhanom Ghebreyesus", "UNO", "IGO")
RSF = actor("Rapid Support Forces", "SDN", "REB")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
HEMEDTI = actor("Mohamed Hamdan Dagalo", "SDN", "REB")
ABU_LULU = actor("Abu Lulu", "SDN", "REB")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
WFP = actor("World Food Programme", "UNO", "IGO")
FASHER_IDP = actor("displaced people from El Fasher", "SDN", "CVL")
TURK = actor("Volker Türk", "UNO", "IGO")
GERMANY = actor("Germany", "DEU", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")

H1 = ("Port Sudan (dpa) - Nach dem Fall der sudanesischen Stadt Al-Faschir mehren sich Berichte über Gräueltaten "
      "an Zivilisten.")
H2 = ("WHO-Chef Tedros Adhanom Ghebreyesus zeigte sich „entsetzt“ über Berichte, wonach Kämpfer der RSF-Miliz in "
      "der Saudischen Geburtsklinik der Stadt mehr als 460 Patienten und Angehörige getötet hätten.")
H3 = ("Die RSF hatten am Sonntag nach anderthalb Jahren Belagerung das letzte Hauptquartier der Armee in der "
      "Region Darfur überrannt.")
H4 = "Armeechef Abdel Fattah al-Burhan bestätigte am Montag den Rückzug seiner Truppen „an sicherere Orte“."
H5 = ("„Wir werden diese Stadt zurückerobern“, sagte er in einer Fernsehansprache, „und wir werden jeden Täter zur "
      "Rechenschaft ziehen.“")
H6 = ("RSF-Anführer Mohammed Hamdan Daglo räumte am Mittwoch „Verstöße“ seiner Kämpfer ein und kündigte eine "
      "Untersuchung an.")
H7 = ("Am Donnerstag meldete die Miliz die Festnahme eines Kommandeurs, der auf Videos bei der Erschießung "
      "unbewaffneter Männer zu sehen sein soll.")
H8 = ("Die Regierung in Port Sudan warf der Miliz Völkermord vor und nannte die Ankündigungen ein "
      "„Ablenkungsmanöver“.")
H9 = ("Nach UN-Angaben flohen seit Sonntag mehr als 60.000 Menschen aus der Stadt, viele von ihnen in das rund 60 "
      "Kilometer entfernte Tawila.")
H10 = "Das Welternährungsprogramm verteilte dort Notrationen an die Neuankömmlinge."
H11 = "UN-Menschenrechtskommissar Volker Türk forderte die RSF auf, Zivilisten sicheres Geleit aus der Stadt zu gewähren."
H12 = ("Deutschland und Großbritannien verurteilten die Gewalt der Miliz und riefen sie zu einer sofortigen "
       "Waffenruhe auf.")
H13 = "Der Krieg zwischen Armee und RSF hat seit April 2023 Zehntausende Menschen das Leben gekostet."

DE01 = {
    "id": "hm180-de-01", "lang": "de", "url": None, "published": "2025-10-30",
    "title": "Sudan: Nach dem Fall von Al-Faschir mehren sich Berichte über Massaker",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7, H8], [H9, H10, H11, H12, H13]),
    "events": [
        event("ACCUSE", TEDROS, RSF, H2, mode="allege"),
        event("ASSAULT", RSF, SAF, H3, date="2025-10-26", location="El Fasher", location_country="SDN"),
        event("RETREAT", SAF, None, H4, mode="withdraw", date="2025-10-27", location="El Fasher",
              location_country="SDN"),
        event("THREATEN", BURHAN, RSF, H5, mode="territory", date="2025-10-27"),
        event("CONCEDE", HEMEDTI, None, H6, date="2025-10-29"),
        event("ACCUSE", HEMEDTI, RSF, H6, mode="investigate", date="2025-10-29"),
        event("COERCE", RSF, ABU_LULU, H7, mode="arrest", date="2025-10-30"),
        event("ACCUSE", SDN_GOV, RSF, H8, mode="allege"),
        event("AID", WFP, FASHER_IDP, H10, location="Tawila", location_country="SDN"),
        event("REQUEST", TURK, RSF, H11, mode="yield"),
        event("ACCUSE", GERMANY, RSF, H12, mode="disapprove"),
        event("ACCUSE", UK, RSF, H12, mode="disapprove"),
        event("REQUEST", GERMANY, RSF, H12, mode="yield"),
        event("REQUEST", UK, RSF, H12, mode="yield"),
    ],
    "quotes": [
        quote("entsetzt", "Tedros Adhanom Ghebreyesus", "direct"),
        quote("Kämpfer der RSF-Miliz in der Saudischen Geburtsklinik der Stadt mehr als 460 Patienten und "
              "Angehörige getötet hätten", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("an sicherere Orte", "Abdel Fattah al-Burhan", "direct"),
        quote("Wir werden diese Stadt zurückerobern", "Abdel Fattah al-Burhan", "direct"),
        quote("und wir werden jeden Täter zur Rechenschaft ziehen", "Abdel Fattah al-Burhan", "direct"),
        quote("Verstöße", "Mohamed Hamdan Dagalo", "direct"),
        quote("Ablenkungsmanöver", "Government of Sudan", "direct"),
        quote("flohen seit Sonntag mehr als 60.000 Menschen aus der Stadt, viele von ihnen in das rund 60 Kilometer "
              "entfernte Tawila", "United Nations", "indirect"),
        quote("Zivilisten sicheres Geleit aus der Stadt zu gewähren", "Volker Türk", "indirect"),
    ],
    "entities": [
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Sudan", "GPE", "SDN", ["sudanesischen"]),
        entity("El Fasher", "LOC", "SDN", ["der sudanesischen Stadt Al-Faschir", "der Stadt", "diese Stadt"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "UNO", ["WHO-Chef Tedros Adhanom Ghebreyesus"]),
        entity("World Health Organization", "ORG", "UNO", ["WHO"]),
        entity("Rapid Support Forces", "ORG", "SDN",
               ["der RSF-Miliz", "Die RSF", "seiner Kämpfer", "die Miliz", "der Miliz", "die RSF"]),
        entity("Saudi Maternity Hospital", "LOC", "SDN", ["der Saudischen Geburtsklinik der Stadt"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee", "seiner Truppen", "Armee"]),
        entity("Darfur", "LOC", "SDN", ["der Region Darfur"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan", "er"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["RSF-Anführer Mohammed Hamdan Daglo"]),
        entity("Abu Lulu", "PER", "SDN", ["eines Kommandeurs"]),
        entity("Government of Sudan", "ORG", "SDN", ["Die Regierung in Port Sudan"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Tawila", "LOC", "SDN", ["Tawila", "dort"]),
        entity("World Food Programme", "ORG", "UNO", ["Das Welternährungsprogramm"]),
        entity("displaced people from El Fasher", "ORG", "SDN",
               ["mehr als 60.000 Menschen", "die Neuankömmlinge"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
    ],
}

# ---------------------------------------------------------------- hm180-de-02 (Panama, Martinelli)
PAN_GOV = actor("Government of Panama", "PAN", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")
MARTINELLI = actor("Ricardo Martinelli", "PAN", "OPP")
PAN_CSJ = actor("Supreme Court of Justice of Panama", "PAN", "JUD")
CORTIZO = actor("Laurentino Cortizo", "PAN", "GOV")
PAN_POLICE = actor("National Police of Panama", "PAN", "COP")
MURILLO = actor("Rosario Murillo", "NIC", "GOV")
TEWANEY = actor("Janaina Tewaney", "PAN", "GOV")

I1 = ("Panama-Stadt (dpa) - Panamas Regierung hat einen Antrag Nicaraguas auf freies Geleit für den verurteilten "
      "Ex-Präsidenten Ricardo Martinelli abgelehnt.")
I2 = ("Das Asylrecht gelte nicht für Personen, die wegen gewöhnlicher Straftaten verurteilt seien, erklärte das "
      "Außenministerium am Donnerstag.")
I3 = ("Martinelli hatte am Mittwoch in der nicaraguanischen Botschaft in Panama-Stadt Zuflucht gesucht, kurz "
      "darauf gewährte ihm die Regierung in Managua politisches Asyl.")
I4 = ("Der Oberste Gerichtshof hatte zuvor eine Haftstrafe von mehr als zehn Jahren wegen Geldwäsche gegen den "
      "71-Jährigen bestätigt.")
I5 = "Martinelli bestreitet die Vorwürfe."
I6 = ("Er sprach auf der Plattform X von „politischer Verfolgung“ und warf Präsident Laurentino Cortizo vor, ihn "
      "aus dem Wahlkampf drängen zu wollen.")
I7 = "Der frühere Staatschef führte bis zuletzt die Umfragen für die Präsidentenwahl im Mai an."
I8 = "Die Polizei bezog vor der Botschaft Stellung, um eine Flucht des Ex-Präsidenten zu verhindern."
I9 = ("Nicaraguas Vizepräsidentin Rosario Murillo forderte Panama auf, das Völkerrecht zu achten und Martinelli "
      "„ohne weitere Verzögerung“ ausreisen zu lassen.")
I10 = "Panama werde sich „keinem Druck beugen“, entgegnete Außenministerin Janaina Tewaney."
I11 = "Zudem untersagte die Regierung Martinelli, von der Botschaft aus Wahlkampf zu betreiben."
I12 = "Ob Panama die Beziehungen zu Managua herabstufen wird, blieb zunächst offen."

DE02 = {
    "id": "hm180-de-02", "lang": "de", "url": None, "published": "2024-02-09",
    "title": "Panama verweigert Martinelli freies Geleit nach Nicaragua",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11, I12]),
    "events": [
        event("REJECT", PAN_GOV, NIC_GOV, I1, mode="yield"),
        event("REQUEST", MARTINELLI, NIC_GOV, I3, mode="assist", date="2024-02-07", location="Panama City",
              location_country="PAN"),
        event("AID", NIC_GOV, MARTINELLI, I3, date="2024-02-07", location="Panama City", location_country="PAN"),
        event("SANCTION", PAN_CSJ, MARTINELLI, I4, mode="convict"),
        event("COERCE", PAN_CSJ, MARTINELLI, I4, mode="arrest"),
        event("ACCUSE", MARTINELLI, CORTIZO, I6, mode="allege"),
        event("MOBILIZE", PAN_POLICE, MARTINELLI, I8, mode="police", location="Panama City",
              location_country="PAN"),
        event("REQUEST", MURILLO, PAN_GOV, I9, mode="yield"),
        event("REJECT", TEWANEY, MURILLO, I10, mode="yield"),
        event("COERCE", PAN_GOV, MARTINELLI, I11, mode="restrict"),
    ],
    "quotes": [
        quote("Das Asylrecht gelte nicht für Personen, die wegen gewöhnlicher Straftaten verurteilt seien",
              "Ministry of Foreign Affairs of Panama", "indirect"),
        quote("politischer Verfolgung", "Ricardo Martinelli", "direct"),
        quote("ihn aus dem Wahlkampf drängen zu wollen", "Ricardo Martinelli", "indirect"),
        quote("ohne weitere Verzögerung", "Rosario Murillo", "direct"),
        quote("das Völkerrecht zu achten und Martinelli „ohne weitere Verzögerung“ ausreisen zu lassen",
              "Rosario Murillo", "indirect"),
        quote("keinem Druck beugen", "Janaina Tewaney", "direct"),
        quote("Panama werde sich „keinem Druck beugen“", "Janaina Tewaney", "indirect"),
    ],
    "entities": [
        entity("Panama City", "LOC", "PAN", ["Panama-Stadt"]),
        entity("Panama", "GPE", "PAN", ["Panamas", "Panama"]),
        entity("Government of Panama", "ORG", "PAN", ["Panamas Regierung", "die Regierung"]),
        entity("Nicaragua", "GPE", "NIC", ["Nicaraguas", "nicaraguanischen", "Managua"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["die Regierung in Managua"]),
        entity("Ricardo Martinelli", "PER", "PAN",
               ["den verurteilten Ex-Präsidenten Ricardo Martinelli", "Martinelli", "den 71-Jährigen", "Er",
                "ihn", "Der frühere Staatschef", "des Ex-Präsidenten"]),
        entity("Ministry of Foreign Affairs of Panama", "ORG", "PAN", ["das Außenministerium"]),
        entity("Embassy of Nicaragua in Panama", "LOC", "PAN",
               ["der nicaraguanischen Botschaft in Panama-Stadt", "der Botschaft"]),
        entity("Supreme Court of Justice of Panama", "ORG", "PAN", ["Der Oberste Gerichtshof"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Laurentino Cortizo", "PER", "PAN", ["Präsident Laurentino Cortizo"]),
        entity("National Police of Panama", "ORG", "PAN", ["Die Polizei"]),
        entity("Rosario Murillo", "PER", "NIC", ["Nicaraguas Vizepräsidentin Rosario Murillo"]),
        entity("Janaina Tewaney", "PER", "PAN", ["Außenministerin Janaina Tewaney"]),
    ],
}

# ---------------------------------------------------------------- hm180-de-03 (Benin)
BEN_MUTINEERS = actor("Beninese mutinous soldiers", "BEN", "MIL")
BEN_GOV = actor("Government of Benin", "BEN", "GOV")
ORTB = actor("Office de Radiodiffusion et Télévision du Bénin (ORTB)", "BEN", "GOV")
BEN_SEC = actor("Beninese security forces", "BEN", "COP")
TALON = actor("Patrice Talon", "BEN", "GOV")
NIGERIA = actor("Nigeria", "NGA", "GOV")
NIGERIA_MIL = actor("Nigeria", "NGA", "MIL")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
ECOWAS = actor("Economic Community of West African States (ECOWAS)", "IGO", "IGO")
AU = actor("African Union", "IGO", "IGO")
FRANCE = actor("France", "FRA", "GOV")
BEN_ARMY = actor("Beninese Armed Forces", "BEN", "MIL")

J1 = "Cotonou (dpa) - In Benin ist ein Putschversuch meuternder Soldaten gescheitert."
J2 = ("Eine Gruppe um Oberstleutnant Pascal Tigri hatte am Sonntagmorgen den Staatssender ORTB besetzt und die "
      "Absetzung von Präsident Patrice Talon verkündet.")
J3 = "Stundenlang waren in der Nähe der Präsidentenresidenz in Cotonou Schüsse zu hören."
J4 = "Innenminister Alassane Seidou sagte am Abend, die Armee habe die Lage „vollständig unter Kontrolle“."
J5 = "Mindestens 14 Verdächtige seien festgenommen worden, Tigri sei auf der Flucht."
J6 = ("Talon verurteilte den Umsturzversuch in einer Fernsehansprache und kündigte an, die Verantwortlichen würden "
      "„nicht ungestraft bleiben“.")
J7 = "Auf Bitten Cotonous schickte Nigeria Kampfjets, die Stellungen der Meuterer angriffen."
J8 = "Präsident Bola Tinubu sicherte Talon die „volle Solidarität“ seines Landes zu."
J9 = ("Die westafrikanische Staatengemeinschaft Ecowas ordnete die Entsendung von Soldaten ihrer Bereitschaftstruppe "
      "nach Benin an.")
J10 = "Die Afrikanische Union verurteilte den Putschversuch scharf."
J11 = "Frankreich unterstützte die beninischen Streitkräfte mit Aufklärung und Logistik, wie der Élysée-Palast mitteilte."
J12 = "Im April soll in Benin ein neuer Präsident gewählt werden, Talon darf nach zwei Amtszeiten nicht erneut antreten."

DE03 = {
    "id": "hm180-de-03", "lang": "de", "url": None, "published": "2025-12-08",
    "title": "Putschversuch in Benin gescheitert – Nigeria schickt Kampfjets",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("ASSAULT", BEN_MUTINEERS, BEN_GOV, J1, date="2025-12-07", location="Cotonou",
              location_country="BEN"),
        event("COERCE", BEN_MUTINEERS, ORTB, J2, mode="seize", date="2025-12-07", location="Cotonou",
              location_country="BEN"),
        event("COERCE", BEN_SEC, BEN_MUTINEERS, J5, mode="arrest", date="2025-12-07"),
        event("ACCUSE", TALON, BEN_MUTINEERS, J6, mode="disapprove", date="2025-12-07"),
        event("THREATEN", TALON, BEN_MUTINEERS, J6, date="2025-12-07"),
        event("REQUEST", BEN_GOV, NIGERIA, J7, mode="assist", date="2025-12-07"),
        event("AID", NIGERIA, BEN_GOV, J7, date="2025-12-07", location="Benin", location_country="BEN"),
        event("ASSAULT", NIGERIA_MIL, BEN_MUTINEERS, J7, mode="aerial", date="2025-12-07", location="Benin",
              location_country="BEN"),
        event("SUPPORT", TINUBU, TALON, J8),
        event("MOBILIZE", ECOWAS, None, J9, mode="troops", location="Benin", location_country="BEN"),
        event("ACCUSE", AU, BEN_MUTINEERS, J10, mode="disapprove"),
        event("AID", FRANCE, BEN_ARMY, J11, location="Benin", location_country="BEN"),
    ],
    "quotes": [
        quote("vollständig unter Kontrolle", "Alassane Seidou", "direct"),
        quote("die Armee habe die Lage „vollständig unter Kontrolle“", "Alassane Seidou", "indirect"),
        quote("Mindestens 14 Verdächtige seien festgenommen worden, Tigri sei auf der Flucht", "Alassane Seidou",
              "indirect"),
        quote("nicht ungestraft bleiben", "Patrice Talon", "direct"),
        quote("die Verantwortlichen würden „nicht ungestraft bleiben“", "Patrice Talon", "indirect"),
        quote("volle Solidarität", "Bola Tinubu", "direct"),
        quote("Frankreich unterstützte die beninischen Streitkräfte mit Aufklärung und Logistik",
              "Élysée Palace", "indirect"),
    ],
    "entities": [
        entity("Cotonou", "LOC", "BEN", ["Cotonou", "Cotonous"]),
        entity("Benin", "GPE", "BEN", ["Benin", "beninischen"]),
        entity("Beninese mutinous soldiers", "ORG", "BEN",
               ["meuternder Soldaten", "Eine Gruppe um Oberstleutnant Pascal Tigri", "Mindestens 14 Verdächtige",
                "die Verantwortlichen", "der Meuterer"]),
        entity("Pascal Tigri", "PER", "BEN", ["Oberstleutnant Pascal Tigri", "Tigri"]),
        entity("Office de Radiodiffusion et Télévision du Bénin (ORTB)", "ORG", "BEN", ["den Staatssender ORTB"]),
        entity("Patrice Talon", "PER", "BEN", ["Präsident Patrice Talon", "Talon"]),
        entity("Alassane Seidou", "PER", "BEN", ["Innenminister Alassane Seidou"]),
        entity("Beninese Armed Forces", "ORG", "BEN", ["die Armee", "die beninischen Streitkräfte"]),
        entity("Nigeria", "GPE", "NGA", ["Nigeria", "seines Landes"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
        entity("Economic Community of West African States (ECOWAS)", "ORG", "IGO",
               ["Die westafrikanische Staatengemeinschaft Ecowas"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("Élysée Palace", "ORG", "FRA", ["der Élysée-Palast"]),
    ],
}

# ---------------------------------------------------------------- hm180-de-04 (Puntland)
PUNTLAND = actor("Government of Puntland", "SOM", "GOV")
FGS = actor("Federal Government of Somalia", "SOM", "GOV")
DENI = actor("Said Abdullahi Deni", "SOM", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
SOM_PARL = actor("Federal Parliament of Somalia", "SOM", "LEG")
SHARIF = actor("Sharif Sheikh Ahmed", "SOM", "OPP")
AWEIS = actor("Daud Aweis", "SOM", "GOV")
USA = actor("United States", "USA", "GOV")

K1 = "Garowe (dpa) - Die somalische Teilregion Puntland erkennt die Zentralregierung in Mogadischu nicht mehr an."
K2 = ("Sie werde bis zur Annahme einer Verfassung per Volksabstimmung „unabhängig“ handeln, teilte die "
      "Regionalregierung am Sonntag nach einer Sondersitzung des Kabinetts mit.")
K3 = "Anlass ist eine Verfassungsänderung, die das Bundesparlament am Samstag gebilligt hatte."
K4 = ("Sie erlaubt es dem Präsidenten unter anderem, den Regierungschef ohne Zustimmung des Parlaments zu ernennen "
      "und zu entlassen.")
K5 = ("Puntlands Präsident Said Abdullahi Deni warf Staatschef Hassan Sheikh Mohamud vor, die Macht an sich zu "
      "reißen und das föderale System „zu zerstören“.")
K6 = "Die Änderungen seien ohne Zustimmung der Bundesstaaten beschlossen worden, sagte er."
K7 = "Auch Ex-Präsident Scharif Scheich Ahmed hatte gegen die Reform protestiert und Mohamud zum Dialog aufgerufen."
K8 = "Die Bundesregierung wies die Kritik zurück."
K9 = ("Informationsminister Daud Aweis sagte, die Reform stärke die Demokratie, die Tür für Gespräche mit Puntland "
      "bleibe aber offen.")
K10 = "Puntland hatte bereits im vergangenen Jahr die Zusammenarbeit mit der Zentralregierung weitgehend eingestellt."
K11 = ("Die Region im Nordosten ist ein wichtiger Schauplatz im Kampf gegen die Terrormiliz Al-Schabaab und einen "
       "Ableger des Islamischen Staates.")
K12 = "Die Afrikanische Union und die USA riefen beide Seiten zur Zurückhaltung und zu Gesprächen auf."

DE04 = {
    "id": "hm180-de-04", "lang": "de", "url": None, "published": "2024-04-01",
    "title": "Streit um Verfassung: Puntland kündigt Somalias Regierung die Anerkennung",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K10, K11, K12]),
    "events": [
        event("SANCTION", PUNTLAND, FGS, K1, mode="withdraw"),
        event("SANCTION", PUNTLAND, FGS, K2, mode="withdraw", date="2024-03-31"),
        event("ACCUSE", DENI, HSM, K5, mode="allege"),
        event("ACCUSE", DENI, SOM_PARL, K6, mode="disapprove"),
        event("ACCUSE", SHARIF, HSM, K7, mode="disapprove"),
        event("REQUEST", SHARIF, HSM, K7, mode="meet"),
        event("AGREE", AWEIS, PUNTLAND, K9),
        event("SANCTION", PUNTLAND, FGS, K10, mode="discontinue"),
        event("REQUEST", AU, PUNTLAND, K12, mode="meet"),
        event("REQUEST", AU, FGS, K12, mode="meet"),
        event("REQUEST", USA, PUNTLAND, K12, mode="meet"),
        event("REQUEST", USA, FGS, K12, mode="meet"),
    ],
    "quotes": [
        quote("Sie werde bis zur Annahme einer Verfassung per Volksabstimmung „unabhängig“ handeln",
              "Government of Puntland", "indirect"),
        quote("unabhängig", "Government of Puntland", "direct"),
        quote("zu zerstören", "Said Abdullahi Deni", "direct"),
        quote("die Macht an sich zu reißen und das föderale System „zu zerstören“", "Said Abdullahi Deni",
              "indirect"),
        quote("Die Änderungen seien ohne Zustimmung der Bundesstaaten beschlossen worden", "Said Abdullahi Deni",
              "indirect"),
        quote("die Reform stärke die Demokratie", "Daud Aweis", "indirect"),
        quote("die Tür für Gespräche mit Puntland bleibe aber offen", "Daud Aweis", "indirect"),
    ],
    "entities": [
        entity("Garowe", "LOC", "SOM", ["Garowe"]),
        entity("Somalia", "GPE", "SOM", ["somalische"]),
        entity("Puntland", "LOC", "SOM", ["Die somalische Teilregion Puntland", "Puntland", "Die Region im Nordosten"]),
        entity("Government of Puntland", "ORG", "SOM", ["Sie", "die Regionalregierung", "des Kabinetts"]),
        entity("Federal Government of Somalia", "ORG", "SOM",
               ["die Zentralregierung in Mogadischu", "Die Bundesregierung", "der Zentralregierung"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Federal Parliament of Somalia", "ORG", "SOM", ["das Bundesparlament", "des Parlaments"]),
        entity("Said Abdullahi Deni", "PER", "SOM", ["Puntlands Präsident Said Abdullahi Deni", "er"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM",
               ["dem Präsidenten", "Staatschef Hassan Sheikh Mohamud", "Mohamud"]),
        entity("Sharif Sheikh Ahmed", "PER", "SOM", ["Ex-Präsident Scharif Scheich Ahmed"]),
        entity("Daud Aweis", "PER", "SOM", ["Informationsminister Daud Aweis"]),
        entity("al-Shabaab", "ORG", "SOM", ["die Terrormiliz Al-Schabaab"]),
        entity("Islamic State Somalia Province", "ORG", "SOM", ["einen Ableger des Islamischen Staates"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("United States", "GPE", "USA", ["die USA"]),
    ],
}

# ---------------------------------------------------------------- hm180-en-01 (Congo-Rwanda)
KAYIKWAMBA = actor("Thérèse Kayikwamba Wagner", "COD", "GOV")
NDUHUNGIREHE = actor("Olivier Nduhungirehe", "RWA", "GOV")
RWANDA = actor("Rwanda", "RWA", "GOV")
RWANDA_MIL = actor("Rwanda", "RWA", "MIL")
DRC = actor("Democratic Republic of the Congo", "COD", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
M23 = actor("M23", "COD", "REB")
HRW = actor("Human Rights Watch", "NGO", "NGO")

L1 = ("WASHINGTON - The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday aimed "
      "at ending years of fighting in eastern Congo.")
L2 = ("Under the deal, brokered by Washington and Qatar, Rwanda is to withdraw its troops from Congolese territory "
      "within 90 days.")
L3 = ("Congo in turn pledged to neutralise the FDLR, a Rwandan Hutu militia founded by perpetrators of the 1994 "
      "genocide.")
L4 = "Secretary of State Marco Rubio, who hosted the signing, called it “an important moment after 30 years of war.”"
L5 = ("President Donald Trump received both ministers in the Oval Office and said the United States would get "
      "“a lot of the mineral rights from the Congo” as part of the deal.")
L6 = ("“Some wounds will heal, but they will never fully disappear,” Congo's Thérèse Kayikwamba Wagner said, urging "
      "Rwanda to honour its commitments.")
L7 = ("Her Rwandan counterpart Olivier Nduhungirehe said there was “a lot of uncertainty” because Kinshasa had "
      "failed to implement earlier agreements.")
L8 = "Rwanda denies backing the M23 rebels, who control the eastern cities of Goma and Bukavu."
L9 = "So far, Rwanda has not withdrawn any of its soldiers, whose number U.N. experts put at several thousand."
L10 = ("An M23 spokesman said the rebels would not give up the areas they hold and would negotiate only with "
       "Kinshasa, in talks in Qatar.")
L11 = "Human Rights Watch urged both governments to punish those responsible for abuses in the east."

EN01 = {
    "id": "hm180-en-01", "lang": "en", "url": None, "published": "2025-06-28",
    "title": "Congo and Rwanda sign U.S.-brokered peace deal in Washington",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11]),
    "events": [
        event("SUPPORT", KAYIKWAMBA, NDUHUNGIREHE, L1, date="2025-06-27", location="Washington",
              location_country="USA"),
        event("CONCEDE", RWANDA, DRC, L2),
        event("AGREE", DRC, RWANDA, L3),
        event("SUPPORT", RUBIO, None, L4, date="2025-06-27"),
        event("CONSULT", KAYIKWAMBA, TRUMP, L5, mode="visit", date="2025-06-27", location="Washington",
              location_country="USA"),
        event("CONSULT", NDUHUNGIREHE, TRUMP, L5, mode="visit", date="2025-06-27", location="Washington",
              location_country="USA"),
        event("REQUEST", KAYIKWAMBA, RWANDA, L6, mode="change", date="2025-06-27"),
        event("ACCUSE", NDUHUNGIREHE, DRC, L7, mode="allege", date="2025-06-27"),
        event("RETREAT", RWANDA_MIL, None, L9, mode="withdraw", negated=True),
        event("REJECT", M23, DRC, L10, mode="yield"),
        event("AGREE", M23, DRC, L10),
        event("REQUEST", HRW, DRC, L11, mode="change"),
        event("REQUEST", HRW, RWANDA, L11, mode="change"),
    ],
    "quotes": [
        quote("an important moment after 30 years of war", "Marco Rubio", "direct"),
        quote("a lot of the mineral rights from the Congo", "Donald Trump", "direct"),
        quote("the United States would get “a lot of the mineral rights from the Congo” as part of the deal",
              "Donald Trump", "indirect"),
        quote("Some wounds will heal, but they will never fully disappear", "Thérèse Kayikwamba Wagner", "direct"),
        quote("a lot of uncertainty", "Olivier Nduhungirehe", "direct"),
        quote("there was “a lot of uncertainty” because Kinshasa had failed to implement earlier agreements",
              "Olivier Nduhungirehe", "indirect"),
        quote("the rebels would not give up the areas they hold and would negotiate only with Kinshasa, in talks in "
              "Qatar", "M23 spokesman", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("Democratic Republic of the Congo", "GPE", "COD",
               ["Congo", "Congolese", "the Congo", "Congo's", "Kinshasa"]),
        entity("Rwanda", "GPE", "RWA", ["Rwanda", "Rwandan"]),
        entity("Thérèse Kayikwamba Wagner", "PER", "COD", ["Congo's Thérèse Kayikwamba Wagner", "Her"]),
        entity("Olivier Nduhungirehe", "PER", "RWA", ["Her Rwandan counterpart Olivier Nduhungirehe"]),
        entity("United States", "GPE", "USA", ["the United States"]),
        entity("Qatar", "GPE", "QAT", ["Qatar"]),
        entity("Democratic Forces for the Liberation of Rwanda (FDLR)", "ORG", "RWA",
               ["the FDLR", "a Rwandan Hutu militia founded by perpetrators of the 1994 genocide"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Oval Office", "LOC", "USA", ["the Oval Office"]),
        entity("M23", "ORG", "COD", ["the M23 rebels", "An M23 spokesman", "the rebels"]),
        entity("Goma", "LOC", "COD", ["Goma"]),
        entity("Bukavu", "LOC", "COD", ["Bukavu"]),
        entity("United Nations", "ORG", "UNO", ["U.N. experts"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm180-en-02 (Ecuador, Fito)
ECUADOR = actor("Ecuador", "ECU", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
DEA = actor("Drug Enforcement Administration", "USA", "COP")
FITO = actor("José Adolfo Macías", "ECU", "REB")
US_PROSECUTORS = actor("U.S. federal prosecutors", "USA", "JUD")
ECU_ARMY = actor("Ecuadorian Armed Forces", "ECU", "MIL")
ECU_POLICE = actor("National Police of Ecuador", "ECU", "COP")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
FITO_LAWYER = actor("lawyer for José Adolfo Macías", "ECU", None)
BONDI = actor("Pam Bondi", "USA", "GOV")
CHONEROS = actor("Los Choneros", "ECU", "REB")

N1 = ("QUITO - Ecuador on Sunday extradited José Adolfo Macías, the leader of the Los Choneros gang known as Fito, "
      "to the United States, less than a month after his recapture.")
N2 = ("Interior Minister John Reimberg said Macías had been handed over to agents of the U.S. Drug Enforcement "
      "Administration at a military airport in Guayaquil.")
N3 = ("On Monday, he pleaded not guilty in a Brooklyn courtroom to charges brought by federal prosecutors, "
      "including cocaine trafficking and weapons smuggling.")
N4 = ("Macías escaped from a prison in Guayaquil in January 2024, shortly before he was due to be moved to a "
      "maximum-security facility.")
N5 = ("Soldiers and police found him on June 25 in a bunker beneath a house in the port city of Manta after a "
      "months-long search.")
N6 = "President Daniel Noboa thanked Washington for its “decisive support” in the fight against organised crime."
N7 = "A lawyer for Macías said his client was being treated as a “trophy” to boost Noboa's tough-on-crime image."
N8 = ("U.S. Attorney General Pam Bondi said Macías had flooded American streets with cocaine and would “spend a very "
      "long time” behind bars if convicted.")
N9 = "Washington imposed sanctions on Los Choneros and its leader in February 2024."
N10 = ("The army stepped up patrols around prisons in Guayaquil and Esmeraldas to head off possible reprisals by the "
       "gang.")
N11 = "Ecuador recorded nearly 7,000 homicides last year, making it one of the most violent countries in Latin America."

EN02 = {
    "id": "hm180-en-02", "lang": "en", "url": None, "published": "2025-07-21",
    "title": "Ecuador extradites Los Choneros leader Fito to the United States",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10, N11]),
    "events": [
        event("COOPERATE", ECUADOR, USA_GOV, N1, date="2025-07-20"),
        event("COOPERATE", ECUADOR, DEA, N2, date="2025-07-20", location="Guayaquil", location_country="ECU"),
        event("ACCUSE", US_PROSECUTORS, FITO, N3, mode="allege", date="2025-07-21", location="New York",
              location_country="USA"),
        event("COERCE", ECU_ARMY, FITO, N5, mode="arrest", date="2025-06-25", location="Manta",
              location_country="ECU"),
        event("COERCE", ECU_POLICE, FITO, N5, mode="arrest", date="2025-06-25", location="Manta",
              location_country="ECU"),
        event("SUPPORT", NOBOA, USA_GOV, N6),
        event("ACCUSE", FITO_LAWYER, NOBOA, N7, mode="disapprove"),
        event("ACCUSE", BONDI, FITO, N8, mode="allege"),
        event("SANCTION", USA_GOV, CHONEROS, N9, mode="discontinue"),
        event("SANCTION", USA_GOV, FITO, N9, mode="discontinue"),
        event("MOBILIZE", ECU_ARMY, CHONEROS, N10, mode="troops", location_country="ECU"),
    ],
    "quotes": [
        quote("Macías had been handed over to agents of the U.S. Drug Enforcement Administration at a military "
              "airport in Guayaquil", "John Reimberg", "indirect"),
        quote("decisive support", "Daniel Noboa", "direct"),
        quote("trophy", "lawyer for José Adolfo Macías", "direct"),
        quote("his client was being treated as a “trophy” to boost Noboa's tough-on-crime image",
              "lawyer for José Adolfo Macías", "indirect"),
        quote("spend a very long time", "Pam Bondi", "direct"),
        quote("Macías had flooded American streets with cocaine and would “spend a very long time” behind bars if "
              "convicted", "Pam Bondi", "indirect"),
    ],
    "entities": [
        entity("Quito", "LOC", "ECU", ["QUITO"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador"]),
        entity("José Adolfo Macías", "PER", "ECU",
               ["José Adolfo Macías, the leader of the Los Choneros gang known as Fito", "Macías", "he", "him",
                "his client", "its leader"]),
        entity("Los Choneros", "ORG", "ECU", ["the Los Choneros gang", "Los Choneros", "the gang"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington", "American"]),
        entity("John Reimberg", "PER", "ECU", ["Interior Minister John Reimberg"]),
        entity("Drug Enforcement Administration", "ORG", "USA", ["the U.S. Drug Enforcement Administration"]),
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil"]),
        entity("Brooklyn", "LOC", "USA", ["Brooklyn"]),
        entity("U.S. federal prosecutors", "ORG", "USA", ["federal prosecutors"]),
        entity("Ecuadorian Armed Forces", "ORG", "ECU", ["Soldiers", "The army"]),
        entity("National Police of Ecuador", "ORG", "ECU", ["police"]),
        entity("Manta", "LOC", "ECU", ["the port city of Manta"]),
        entity("Daniel Noboa", "PER", "ECU", ["President Daniel Noboa", "Noboa's"]),
        entity("lawyer for José Adolfo Macías", "PER", "ECU", ["A lawyer for Macías"]),
        entity("Pam Bondi", "PER", "USA", ["U.S. Attorney General Pam Bondi"]),
        entity("Esmeraldas", "LOC", "ECU", ["Esmeraldas"]),
        entity("Latin America", "LOC", None, ["Latin America"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
