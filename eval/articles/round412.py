"""Round 412: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024, Sub-Saharan Africa, invented wording and details):
- hm412-de-01: Sudan: RSF fighters attack the village of Wad al-Nura in Al Jazirah state and kill scores of civilians; the Wad Madani resistance committee's account, the RSF's claim of attacking army positions and its denial, Port Sudan's foreign ministry and Burhan react, UNICEF's Russell condemns, Nkweta-Salami and US envoy Perriello appeal and warn (2024-06-06).
- hm412-de-02: Cameroon/Norway: Norwegian police (Kripos) arrest Ambazonia Governing Council leader Lucas Ayaba Cho near Oslo over incitement to crimes against humanity; an Oslo court orders four weeks' custody, Yaoundé welcomes it and requests extradition, Sadi calls him a terrorist, the AGovC demands his release, his lawyer denies, Biya's refusal to negotiate (2024-09-25).
- hm412-de-03: Burundi: President Ndayishimiye pardons journalist Floriane Irangabiye, who leaves Bubanza prison; her 2022 arrest, ten-year sentence and appeal recalled, RSF welcomes the pardon and demands Sandra Muhoza's release, the US embassy praises the step, a government spokesman denies persecution of journalists (2024-08-16).
- hm412-de-04: Ghana: police break up a Democracy Hub rally against illegal gold mining (galamsey) near Jubilee House in Accra and arrest 53 people including Oliver Barker-Vormawor; police accusations, bail for 39, Mahama condemns, Fatimatu Abubakar cites troop deployments, Akufo-Addo refuses a state of emergency (2024-09-23).
- hm412-en-01: Guinea: unions call off the general strike after an appeals court frees journalist Sékou Jamal Pendessa; two men shot dead in Conakry, Doumbouya names Bah Oury prime minister, who offers talks with the unions, the media restrictions and the UN rights office's appeal recalled (2024-02-28).
- hm412-en-02: ECOWAS/Niger: the Abuja summit lifts most sanctions on Niger and financial restrictions on Guinea but keeps targeted sanctions; Tinubu urges Niger, Mali and Burkina Faso to stay, Gowon's appeal, Niamey welcomes the move but calls its exit irreversible, accuses the bloc and rejects the demand to free Bazoum (2024-02-25).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm412-de-01 (Sudan, RSF attack on Wad al-Nura)
RSF = actor("Rapid Support Forces", "SDN", "REB")
NURA_RESIDENTS = actor("residents of Wad al-Nura", "SDN", "CVL")
WMRC = actor("Wad Madani Resistance Committee", "SDN", "CVL")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
SDN_MOFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
RUSSELL = actor("Catherine Russell", "UNO", "IGO")
NKWETA = actor("Clementine Nkweta-Salami", "UNO", "IGO")
PERRIELLO = actor("Tom Perriello", "USA", "GOV")

D1 = ("Kairo (dpa) - Kämpfer der paramilitärischen RSF-Miliz haben im Sudan ein Dorf im Bundesstaat Al-Dschasira "
      "angegriffen und dabei zahlreiche Zivilisten getötet.")
D2 = ("Die RSF hätten die Ortschaft Wad al-Nura am Mittwoch zweimal mit schwerer Artillerie beschossen und "
      "anschließend gestürmt, teilte das Widerstandskomitee der nahen Provinzhauptstadt Wad Madani mit.")
D3 = "Nach Angaben der Aktivisten wurden mehr als 100 Menschen getötet, unter ihnen 35 Kinder."
D4 = "In sozialen Medien verbreitete Videos zeigten Reihen von in Tücher gewickelten Leichen auf dem Dorfplatz."
D5 = ("Die RSF erklärten, ihre Einheiten hätten in der Umgebung des Dorfes drei Stellungen der Armee "
      "angegriffen.")
D6 = "Berichte über getötete Zivilisten wies die Miliz als Propaganda zurück."
D7 = ("Das Außenministerium der von der Armee gestützten Regierung in Port Sudan sprach von einem „grausamen "
      "Massaker“ an wehrlosen Dorfbewohnern.")
D8 = "Armeechef Abdel Fattah al-Burhan kündigte eine „harte Antwort“ auf die Verbrechen der Miliz an."
D9 = ("UNICEF-Exekutivdirektorin Catherine Russell verurteilte den Angriff und zeigte sich entsetzt über den Tod so "
      "vieler Kinder.")
D10 = ("Die UN-Koordinatorin für humanitäre Hilfe im Sudan, Clementine Nkweta-Salami, forderte die RSF und die Armee "
       "auf, Zivilisten unter allen Umständen zu schützen.")
D11 = ("Der US-Sondergesandte für den Sudan, Tom Perriello, rief die Miliz auf, ihre Angriffe auf Dörfer sofort "
       "einzustellen.")
D12 = ("Wer für solche Gräueltaten verantwortlich sei, werde zur Rechenschaft gezogen, schrieb er auf der "
       "Plattform X.")
D13 = ("Die RSF kontrollieren seit Dezember große Teile des Bundesstaates südlich der Hauptstadt Khartum, darunter "
       "Wad Madani.")
D14 = ("Seit April 2023 kämpft die Armee unter Al-Burhan gegen die RSF seines früheren Stellvertreters Mohamed "
       "Hamdan Daglo.")
D15 = "Nach UN-Angaben wurden seither mehr als zehn Millionen Menschen aus ihren Häusern vertrieben."

DE01 = {
    "id": "hm412-de-01", "lang": "de", "url": None, "published": "2024-06-06",
    "title": "RSF-Miliz greift Dorf im Sudan an - mehr als 100 Tote",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12], [D13, D14, D15]),
    "events": [
        event("ASSAULT", RSF, NURA_RESIDENTS, D1, location_country="SDN"),
        event("ACCUSE", WMRC, RSF, D2, mode="allege"),
        event("ASSAULT", RSF, SAF, D5),
        event("ACCUSE", SDN_MOFA, RSF, D7, mode="disapprove"),
        event("THREATEN", BURHAN, RSF, D8, mode="violence"),
        event("ACCUSE", RUSSELL, RSF, D9, mode="disapprove"),
        event("REQUEST", NKWETA, RSF, D10),
        event("REQUEST", NKWETA, SAF, D10),
        event("REQUEST", PERRIELLO, RSF, D11, mode="yield"),
        event("THREATEN", PERRIELLO, RSF, D12),
    ],
    "quotes": [
        quote("Die RSF hätten die Ortschaft Wad al-Nura am Mittwoch zweimal mit schwerer Artillerie beschossen und "
              "anschließend gestürmt", "Wad Madani Resistance Committee", "indirect"),
        quote("Nach Angaben der Aktivisten wurden mehr als 100 Menschen getötet, unter ihnen 35 Kinder",
              "Wad Madani Resistance Committee", "indirect"),
        quote("ihre Einheiten hätten in der Umgebung des Dorfes drei Stellungen der Armee angegriffen",
              "Rapid Support Forces", "indirect"),
        quote("grausamen Massaker", "Ministry of Foreign Affairs of Sudan", "direct"),
        quote("harte Antwort", "Abdel Fattah al-Burhan", "direct"),
        quote("Zivilisten unter allen Umständen zu schützen", "Clementine Nkweta-Salami", "indirect"),
        quote("ihre Angriffe auf Dörfer sofort einzustellen", "Tom Perriello", "indirect"),
        quote("Wer für solche Gräueltaten verantwortlich sei, werde zur Rechenschaft gezogen", "Tom Perriello",
              "indirect"),
        quote("Nach UN-Angaben wurden seither mehr als zehn Millionen Menschen aus ihren Häusern vertrieben",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Rapid Support Forces", "ORG", "SDN",
               ["der paramilitärischen RSF-Miliz", "Die RSF", "die Miliz", "der Miliz", "die RSF"]),
        entity("RSF units", "ORG", "SDN", ["ihre Einheiten"]),
        entity("Sudan", "LOC", "SDN", ["im Sudan"]),
        entity("Al Jazirah", "LOC", "SDN", ["Bundesstaat Al-Dschasira", "des Bundesstaates"]),
        entity("Wad al-Nura", "LOC", "SDN", ["ein Dorf", "die Ortschaft Wad al-Nura", "des Dorfes", "dem Dorfplatz"]),
        entity("residents of Wad al-Nura", "PER", "SDN",
               ["zahlreiche Zivilisten", "mehr als 100 Menschen", "35 Kinder", "wehrlosen Dorfbewohnern"]),
        entity("Wad Madani Resistance Committee", "ORG", "SDN",
               ["das Widerstandskomitee der nahen Provinzhauptstadt Wad Madani", "der Aktivisten"]),
        entity("Wad Madani", "LOC", "SDN", ["der nahen Provinzhauptstadt Wad Madani", "Wad Madani"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["der Armee", "die Armee"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Das Außenministerium"]),
        entity("Government of Sudan", "ORG", "SDN", ["der von der Armee gestützten Regierung in Port Sudan"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Armeechef Abdel Fattah al-Burhan", "Al-Burhan",
                                                        "seines"]),
        entity("UNICEF", "ORG", "UNO", ["UNICEF"]),
        entity("Catherine Russell", "PER", "UNO", ["UNICEF-Exekutivdirektorin Catherine Russell"]),
        entity("Clementine Nkweta-Salami", "PER", "UNO",
               ["Die UN-Koordinatorin für humanitäre Hilfe im Sudan, Clementine Nkweta-Salami"]),
        entity("Tom Perriello", "PER", "USA", ["Der US-Sondergesandte für den Sudan, Tom Perriello", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Khartoum", "LOC", "SDN", ["der Hauptstadt Khartum"]),
        entity("Mohamed Hamdan Dagalo", "PER", "SDN", ["seines früheren Stellvertreters Mohamed Hamdan Daglo"]),
        entity("United Nations", "ORG", "UNO", ["UN-Angaben"]),
    ],
}

# ---------------------------------------------------------------- hm412-de-02 (Cameroon/Norway, Ayaba Cho arrested)
KRIPOS = actor("Norwegian National Criminal Investigation Service", "NOR", "COP")
AYABA = actor("Lucas Ayaba Cho", "CMR", "REB")
OSLO_COURT = actor("Oslo District Court", "NOR", "JUD")
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
NOR_GOV = actor("Government of Norway", "NOR", "GOV")
SADI = actor("René Emmanuel Sadi", "CMR", "GOV")
AGOVC = actor("Ambazonia Governing Council", "CMR", "REB")
SEPARATISTS = actor("Anglophone separatists", "CMR", "REB")

C1 = ("Oslo (dpa) - Die norwegische Polizei hat den Anführer einer bewaffneten Separatistengruppe aus dem "
      "englischsprachigen Teil Kameruns festgenommen.")
C2 = ("Lucas Ayaba Cho sei am Dienstag in seiner Wohnung im Großraum Oslo in Gewahrsam genommen worden, teilte die "
      "Kriminalpolizei Kripos am Mittwoch mit.")
C3 = "Dem Separatistenführer werde Anstiftung zu Verbrechen gegen die Menschlichkeit vorgeworfen, hieß es."
C4 = "Er soll Kämpfer in Kamerun zu Entführungen und Angriffen auf Zivilisten aufgerufen haben."
C5 = "Ein Gericht in Oslo ordnete noch am Mittwoch vier Wochen Untersuchungshaft an."
C6 = ("Ayaba Cho führt den Ambazonia Governing Council (AGovC), dessen bewaffneter Arm seit Jahren gegen die "
      "kamerunische Armee kämpft.")
C7 = ("Der Konflikt in den englischsprachigen Regionen Nordwest und Südwest hat seit 2017 mehr als 6000 Menschen "
      "das Leben gekostet.")
C8 = "Die Regierung in Jaunde begrüßte die Festnahme."
C9 = ("Kommunikationsminister René Emmanuel Sadi sagte, Kamerun habe Norwegen um die Auslieferung des "
      "„Terroristen“ ersucht.")
C10 = "Ayaba Cho habe über Jahre Anschläge auf Schulen, Soldaten und Dorfbewohner angeordnet, erklärte Sadi."
C11 = ("Der AGovC bezeichnete die Festnahme als „politisch motiviert“ und forderte die sofortige Freilassung seines "
       "Anführers.")
C12 = "Sein Anwalt wies die Vorwürfe zurück."
C13 = ("Sein Mandant habe lediglich politische Erklärungen abgegeben und nie zu Gewalt gegen Zivilisten aufgerufen, "
       "sagte der Anwalt dem Sender NRK.")
C14 = "Kamerun hatte Norwegen bereits in der Vergangenheit vorgeworfen, Separatistenführern Unterschlupf zu gewähren."
C15 = ("Eine Friedensinitiative unter kanadischer Vermittlung scheiterte Anfang 2023, nachdem Jaunde eine "
       "Beteiligung an den Gesprächen bestritten hatte.")
C16 = ("Die Regierung von Präsident Paul Biya lehnt Verhandlungen mit den Separatisten über eine Autonomie der "
       "Regionen bislang ab.")

DE02 = {
    "id": "hm412-de-02", "lang": "de", "url": None, "published": "2024-09-25",
    "title": "Norwegen nimmt Anführer kamerunischer Separatisten fest",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7], [C8, C9, C10], [C11, C12, C13], [C14, C15, C16]),
    "events": [
        event("COERCE", KRIPOS, AYABA, C1, mode="arrest", location_country="NOR"),
        event("COERCE", KRIPOS, AYABA, C2, mode="arrest", date="2024-09-24", location="Oslo",
              location_country="NOR"),
        event("ACCUSE", KRIPOS, AYABA, C3, mode="allege"),
        event("COERCE", OSLO_COURT, AYABA, C5, mode="arrest", date="2024-09-25", location="Oslo",
              location_country="NOR"),
        event("SUPPORT", CMR_GOV, KRIPOS, C8),
        event("REQUEST", CMR_GOV, NOR_GOV, C9, mode="yield"),
        event("ACCUSE", SADI, AYABA, C9, mode="disapprove"),
        event("ACCUSE", SADI, AYABA, C10, mode="allege"),
        event("ACCUSE", AGOVC, KRIPOS, C11, mode="disapprove"),
        event("REQUEST", AGOVC, KRIPOS, C11, mode="yield"),
        event("ACCUSE", CMR_GOV, NOR_GOV, C14, mode="allege"),
        event("REJECT", CMR_GOV, SEPARATISTS, C16, mode="meet"),
    ],
    "quotes": [
        quote("Lucas Ayaba Cho sei am Dienstag in seiner Wohnung im Großraum Oslo in Gewahrsam genommen worden",
              "Norwegian National Criminal Investigation Service", "indirect"),
        quote("Dem Separatistenführer werde Anstiftung zu Verbrechen gegen die Menschlichkeit vorgeworfen",
              "Norwegian National Criminal Investigation Service", "indirect"),
        quote("Terroristen", "René Emmanuel Sadi", "direct"),
        quote("Kamerun habe Norwegen um die Auslieferung des „Terroristen“ ersucht", "René Emmanuel Sadi",
              "indirect"),
        quote("Ayaba Cho habe über Jahre Anschläge auf Schulen, Soldaten und Dorfbewohner angeordnet",
              "René Emmanuel Sadi", "indirect"),
        quote("politisch motiviert", "Ambazonia Governing Council", "direct"),
        quote("Sein Mandant habe lediglich politische Erklärungen abgegeben und nie zu Gewalt gegen Zivilisten "
              "aufgerufen", "lawyer of Lucas Ayaba Cho", "indirect"),
        quote("Separatistenführern Unterschlupf zu gewähren", "Government of Cameroon", "indirect"),
    ],
    "entities": [
        entity("Oslo", "LOC", "NOR", ["Oslo", "im Großraum Oslo"]),
        entity("Norwegian National Criminal Investigation Service", "ORG", "NOR",
               ["Die norwegische Polizei", "die Kriminalpolizei Kripos"]),
        entity("Lucas Ayaba Cho", "PER", "CMR",
               ["den Anführer einer bewaffneten Separatistengruppe aus dem englischsprachigen Teil Kameruns",
                "Lucas Ayaba Cho", "Dem Separatistenführer", "Er", "Ayaba Cho", "des „Terroristen“",
                "seines Anführers", "Sein Mandant"]),
        entity("Cameroon", "LOC", "CMR", ["Kameruns", "in Kamerun"]),
        entity("Oslo District Court", "ORG", "NOR", ["Ein Gericht in Oslo"]),
        entity("Ambazonia Governing Council", "ORG", "CMR", ["den Ambazonia Governing Council (AGovC)",
                                                             "Der AGovC"]),
        entity("Ambazonia Defence Forces", "ORG", "CMR", ["dessen bewaffneter Arm"]),
        entity("Cameroonian Armed Forces", "ORG", "CMR", ["die kamerunische Armee"]),
        entity("Northwest Region", "LOC", "CMR", ["Nordwest"]),
        entity("Southwest Region", "LOC", "CMR", ["Südwest"]),
        entity("Government of Cameroon", "ORG", "CMR",
               ["Die Regierung in Jaunde", "Kamerun", "Jaunde", "Die Regierung von Präsident Paul Biya"]),
        entity("Yaoundé", "LOC", "CMR", ["Jaunde"]),
        entity("René Emmanuel Sadi", "PER", "CMR", ["Kommunikationsminister René Emmanuel Sadi", "Sadi"]),
        entity("Government of Norway", "ORG", "NOR", ["Norwegen"]),
        entity("lawyer of Lucas Ayaba Cho", "PER", "NOR", ["Sein Anwalt", "der Anwalt"]),
        entity("NRK", "ORG", "NOR", ["dem Sender NRK"]),
        entity("Government of Canada", "ORG", "CAN", ["kanadischer Vermittlung"]),
        entity("Paul Biya", "PER", "CMR", ["Präsident Paul Biya"]),
        entity("Anglophone separatists", "ORG", "CMR", ["den Separatisten", "Separatistenführern"]),
    ],
}

# ---------------------------------------------------------------- hm412-de-03 (Burundi, Irangabiye pardoned)
NDAYISHIMIYE = actor("Évariste Ndayishimiye", "BDI", "GOV")
IRANGABIYE = actor("Floriane Irangabiye", "BDI", "MED")
BDI_GOV = actor("Government of Burundi", "BDI", "GOV")
SNR = actor("National Intelligence Service of Burundi", "BDI", "COP")
MUKAZA_COURT = actor("High Court of Mukaza", "BDI", "JUD")
BDI_APPEALS = actor("Court of Appeal of Bujumbura", "BDI", "JUD")
RSF_NGO = actor("Reporters Without Borders", "NGO", "NGO")
MARONG = actor("Sadibou Marong", "NGO", "NGO")
MUHOZA = actor("Sandra Muhoza", "BDI", "MED")
BDI_PROSECUTORS = actor("Public Prosecutor's Office of Burundi", "BDI", "JUD")
US_EMB_BDI = actor("Embassy of the United States in Bujumbura", "USA", "GOV")

B1 = ("Bujumbura (dpa) - Burundis Präsident Évariste Ndayishimiye hat die zu zehn Jahren Haft verurteilte "
      "Journalistin Floriane Irangabiye begnadigt.")
B2 = ("Die Journalistin verließ am Freitag das Gefängnis von Bubanza im Westen des Landes, wie ihre Familie "
      "bestätigte.")
B3 = "Der Staatschef hatte das entsprechende Dekret bereits am Mittwoch unterzeichnet."
B4 = ("Irangabiye, die aus dem Exil in Ruanda für den regierungskritischen Sender Radio Igicaniro gearbeitet hatte, "
      "war im August 2022 bei einem Besuch in ihrer Heimat vom Geheimdienst festgenommen worden.")
B5 = ("Ein Gericht in Bujumbura verurteilte sie im Januar 2023 wegen Gefährdung der nationalen Integrität zu zehn "
      "Jahren Haft.")
B6 = "Die Richter warfen ihr vor, in Radiosendungen zum Sturz der Regierung aufgerufen zu haben."
B7 = "Ein Berufungsgericht bestätigte das Urteil im Mai 2023."
B8 = "Die Organisation Reporter ohne Grenzen (RSF) begrüßte die Begnadigung."
B9 = ("„Floriane Irangabiye hätte keinen einzigen Tag im Gefängnis verbringen dürfen“, erklärte der Leiter des "
      "Afrika-Büros der Organisation, Sadibou Marong.")
B10 = "RSF forderte die Behörden zugleich auf, auch die Journalistin Sandra Muhoza freizulassen."
B11 = "Der Geheimdienst hatte Muhoza im April nach einem Beitrag in einer WhatsApp-Gruppe festgenommen."
B12 = "Die Staatsanwaltschaft wirft ihr ebenfalls Gefährdung der nationalen Integrität vor."
B13 = "Die US-Botschaft in Bujumbura nannte die Freilassung Irangabiyes einen „wichtigen Schritt“."
B14 = "Ein Regierungssprecher wies Vorwürfe zurück, Burundi verfolge Journalisten wegen ihrer Arbeit."
B15 = "Die Begnadigung sei ein Zeichen der Großzügigkeit des Präsidenten, sagte er."
B16 = "Ndayishimiye hatte im Dezember noch erklärt, die Journalistin habe „Hass verbreitet“."
B17 = ("Burundi liegt in der Rangliste der Pressefreiheit von Reporter ohne Grenzen auf einem der hinteren "
       "Plätze.")

DE03 = {
    "id": "hm412-de-03", "lang": "de", "url": None, "published": "2024-08-16",
    "title": "Burundis Präsident begnadigt inhaftierte Journalistin",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10, B11, B12, B13], [B14, B15, B16, B17]),
    "events": [
        event("CONCEDE", NDAYISHIMIYE, IRANGABIYE, B1),
        event("RETREAT", BDI_GOV, IRANGABIYE, B2, mode="release", date="2024-08-16", location="Bubanza",
              location_country="BDI"),
        event("CONCEDE", NDAYISHIMIYE, IRANGABIYE, B3, date="2024-08-14"),
        event("COERCE", SNR, IRANGABIYE, B4, mode="arrest", location_country="BDI"),
        event("SANCTION", MUKAZA_COURT, IRANGABIYE, B5, mode="convict", location="Bujumbura",
              location_country="BDI"),
        event("COERCE", MUKAZA_COURT, IRANGABIYE, B5, mode="arrest", location="Bujumbura",
              location_country="BDI"),
        event("ACCUSE", MUKAZA_COURT, IRANGABIYE, B6, mode="allege"),
        event("SANCTION", BDI_APPEALS, IRANGABIYE, B7, mode="convict"),
        event("SUPPORT", RSF_NGO, NDAYISHIMIYE, B8),
        event("ACCUSE", MARONG, BDI_GOV, B9, mode="disapprove"),
        event("REQUEST", RSF_NGO, BDI_GOV, B10, mode="yield"),
        event("COERCE", SNR, MUHOZA, B11, mode="arrest"),
        event("ACCUSE", BDI_PROSECUTORS, MUHOZA, B12, mode="allege"),
        event("SUPPORT", US_EMB_BDI, BDI_GOV, B13),
        event("ACCUSE", NDAYISHIMIYE, IRANGABIYE, B16, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Journalistin verließ am Freitag das Gefängnis von Bubanza im Westen des Landes",
              "family of Floriane Irangabiye", "indirect"),
        quote("in Radiosendungen zum Sturz der Regierung aufgerufen zu haben", "High Court of Mukaza", "indirect"),
        quote("Floriane Irangabiye hätte keinen einzigen Tag im Gefängnis verbringen dürfen", "Sadibou Marong",
              "direct"),
        quote("auch die Journalistin Sandra Muhoza freizulassen", "Reporters Without Borders", "indirect"),
        quote("wichtigen Schritt", "Embassy of the United States in Bujumbura", "direct"),
        quote("Die Begnadigung sei ein Zeichen der Großzügigkeit des Präsidenten",
              "spokesperson of the Government of Burundi", "indirect"),
        quote("Hass verbreitet", "Évariste Ndayishimiye", "direct"),
        quote("die Journalistin habe „Hass verbreitet“", "Évariste Ndayishimiye", "indirect"),
    ],
    "entities": [
        entity("Bujumbura", "LOC", "BDI", ["Bujumbura"]),
        entity("Burundi", "LOC", "BDI", ["Burundis", "des Landes", "ihrer Heimat", "Burundi"]),
        entity("Évariste Ndayishimiye", "PER", "BDI",
               ["Burundis Präsident Évariste Ndayishimiye", "Der Staatschef", "des Präsidenten", "Ndayishimiye"]),
        entity("Floriane Irangabiye", "PER", "BDI",
               ["die zu zehn Jahren Haft verurteilte Journalistin Floriane Irangabiye", "Die Journalistin",
                "Irangabiye", "sie", "ihr", "Floriane Irangabiye", "Irangabiyes", "die Journalistin"]),
        entity("Bubanza prison", "LOC", "BDI", ["das Gefängnis von Bubanza"]),
        entity("family of Floriane Irangabiye", "PER", "BDI", ["ihre Familie"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda"]),
        entity("Radio Igicaniro", "ORG", "BDI", ["den regierungskritischen Sender Radio Igicaniro"]),
        entity("National Intelligence Service of Burundi", "ORG", "BDI", ["vom Geheimdienst", "Der Geheimdienst"]),
        entity("High Court of Mukaza", "ORG", "BDI", ["Ein Gericht in Bujumbura", "Die Richter"]),
        entity("Government of Burundi", "ORG", "BDI", ["der Regierung", "die Behörden", "Burundi"]),
        entity("Court of Appeal of Bujumbura", "ORG", "BDI", ["Ein Berufungsgericht"]),
        entity("Reporters Without Borders", "ORG", "NGO",
               ["Die Organisation Reporter ohne Grenzen (RSF)", "der Organisation", "RSF", "Reporter ohne Grenzen"]),
        entity("Sadibou Marong", "PER", "NGO",
               ["der Leiter des Afrika-Büros der Organisation, Sadibou Marong"]),
        entity("Sandra Muhoza", "PER", "BDI", ["die Journalistin Sandra Muhoza", "Muhoza", "ihr"]),
        entity("WhatsApp", "ORG", "MNC", ["WhatsApp"]),
        entity("Public Prosecutor's Office of Burundi", "ORG", "BDI", ["Die Staatsanwaltschaft"]),
        entity("Embassy of the United States in Bujumbura", "ORG", "USA", ["Die US-Botschaft in Bujumbura"]),
        entity("spokesperson of the Government of Burundi", "PER", "BDI", ["Ein Regierungssprecher", "er"]),
    ],
}

# ---------------------------------------------------------------- hm412-de-04 (Ghana, galamsey protesters arrested)
GHA_POLICE = actor("Ghana Police Service", "GHA", "COP")
GHA_PROTESTERS = actor("Democracy Hub protesters", "GHA", "CVL")
DEMO_HUB = actor("Democracy Hub", "GHA", "NGO")
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
AKUFO_ADDO = actor("Nana Akufo-Addo", "GHA", "GOV")
BARKER = actor("Oliver Barker-Vormawor", "GHA", "CVL")
ACCRA_COURT = actor("Accra Circuit Court", "GHA", "JUD")
MAHAMA = actor("John Mahama", "GHA", "OPP")
GHA_ARMY = actor("Ghana Armed Forces", "GHA", "MIL")

G1 = ("Accra (dpa) - In Ghana hat die Polizei Dutzende Demonstranten festgenommen, die gegen den illegalen "
      "Goldbergbau im Land protestiert hatten.")
G2 = ("Die Beamten lösten am Samstag eine Kundgebung der Bewegung Democracy Hub in der Nähe des Präsidentensitzes "
      "Jubilee House in der Hauptstadt auf.")
G3 = ("Die Demonstranten verlangten von Präsident Nana Akufo-Addo, den Notstand in den Bergbauregionen auszurufen "
      "und alle Abbaulizenzen in Waldgebieten zu widerrufen.")
G4 = "Nach Polizeiangaben wurden 53 Menschen festgenommen."
G5 = ("Die Demonstranten hätten ohne Genehmigung eine Sicherheitszone betreten und Beamte angegriffen, erklärte ein "
      "Polizeisprecher.")
G6 = "Unter den Festgenommenen ist auch der Aktivist Oliver Barker-Vormawor, einer der Gründer der Bewegung."
G7 = "Ein Gericht in Accra ließ am Montag 39 von ihnen gegen Kaution frei."
G8 = "Democracy Hub forderte die Einstellung aller Verfahren gegen die Festgenommenen."
G9 = "Oppositionsführer John Mahama verurteilte die Festnahmen als „Angriff auf die Demokratie“."
G10 = "Die Regierung wolle berechtigten Protest mundtot machen, schrieb der frühere Präsident auf der Plattform X."
G11 = ("Informationsministerin Fatimatu Abubakar sagte dagegen, die Regierung nehme die Sorgen der Bürger ernst und "
       "habe bereits Soldaten zum Schutz der Flüsse entsandt.")
G12 = "Einen Notstand lehnt Akufo-Addo bislang ab."
G13 = ("Der illegale Kleinbergbau, in Ghana Galamsey genannt, hat nach Angaben von Umweltschützern zahlreiche "
       "Flüsse mit Quecksilber verseucht.")
G14 = "Die staatlichen Wasserwerke mussten deshalb bereits mehrere Aufbereitungsanlagen vorübergehend schließen."
G15 = "Ghana ist der größte Goldproduzent Afrikas."
G16 = "Am 7. Dezember wählt das Land einen neuen Präsidenten, Akufo-Addo darf nach zwei Amtszeiten nicht mehr antreten."

DE04 = {
    "id": "hm412-de-04", "lang": "de", "url": None, "published": "2024-09-23",
    "title": "Ghana: Polizei nimmt Dutzende Gegner des illegalen Goldbergbaus fest",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("COERCE", GHA_POLICE, GHA_PROTESTERS, G1, mode="arrest", location_country="GHA"),
        event("PROTEST", GHA_PROTESTERS, GHA_GOV, G1, mode="demo", location_country="GHA"),
        event("COERCE", GHA_POLICE, GHA_PROTESTERS, G2, mode="crowd-control", date="2024-09-21",
              location="Accra", location_country="GHA"),
        event("PROTEST", GHA_PROTESTERS, GHA_GOV, G2, mode="demo", date="2024-09-21", location="Accra",
              location_country="GHA"),
        event("REQUEST", GHA_PROTESTERS, AKUFO_ADDO, G3, mode="change"),
        event("COERCE", GHA_POLICE, GHA_PROTESTERS, G4, mode="arrest"),
        event("ACCUSE", GHA_POLICE, GHA_PROTESTERS, G5, mode="allege"),
        event("COERCE", GHA_POLICE, BARKER, G6, mode="arrest"),
        event("RETREAT", ACCRA_COURT, GHA_PROTESTERS, G7, mode="release", date="2024-09-23", location="Accra",
              location_country="GHA"),
        event("REQUEST", DEMO_HUB, GHA_GOV, G8, mode="yield"),
        event("ACCUSE", MAHAMA, GHA_POLICE, G9, mode="disapprove"),
        event("ACCUSE", MAHAMA, GHA_GOV, G10, mode="disapprove"),
        event("MOBILIZE", GHA_ARMY, None, G11, mode="troops"),
        event("REJECT", AKUFO_ADDO, GHA_PROTESTERS, G12, mode="change"),
    ],
    "quotes": [
        quote("den Notstand in den Bergbauregionen auszurufen und alle Abbaulizenzen in Waldgebieten zu widerrufen",
              "Democracy Hub protesters", "indirect"),
        quote("Nach Polizeiangaben wurden 53 Menschen festgenommen", "Ghana Police Service", "indirect"),
        quote("Die Demonstranten hätten ohne Genehmigung eine Sicherheitszone betreten und Beamte angegriffen",
              "spokesperson of the Ghana Police Service", "indirect"),
        quote("Angriff auf die Demokratie", "John Mahama", "direct"),
        quote("Die Regierung wolle berechtigten Protest mundtot machen", "John Mahama", "indirect"),
        quote("die Regierung nehme die Sorgen der Bürger ernst und habe bereits Soldaten zum Schutz der Flüsse "
              "entsandt", "Fatimatu Abubakar", "indirect"),
        quote("Der illegale Kleinbergbau, in Ghana Galamsey genannt, hat nach Angaben von Umweltschützern "
              "zahlreiche Flüsse mit Quecksilber verseucht", "Ghanaian environmentalists", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["Accra", "in der Hauptstadt"]),
        entity("Ghana", "LOC", "GHA", ["Ghana", "im Land", "das Land"]),
        entity("Ghana Police Service", "ORG", "GHA", ["die Polizei", "Die Beamten", "Polizeiangaben"]),
        entity("Democracy Hub protesters", "PER", "GHA",
               ["Dutzende Demonstranten", "Die Demonstranten", "53 Menschen", "Unter den Festgenommenen",
                "39 von ihnen", "die Festgenommenen"]),
        entity("Democracy Hub", "ORG", "GHA", ["der Bewegung Democracy Hub", "der Bewegung", "Democracy Hub"]),
        entity("Jubilee House", "LOC", "GHA", ["des Präsidentensitzes Jubilee House"]),
        entity("Nana Akufo-Addo", "PER", "GHA", ["Präsident Nana Akufo-Addo", "Akufo-Addo"]),
        entity("spokesperson of the Ghana Police Service", "PER", "GHA", ["ein Polizeisprecher"]),
        entity("Oliver Barker-Vormawor", "PER", "GHA",
               ["der Aktivist Oliver Barker-Vormawor, einer der Gründer der Bewegung"]),
        entity("Accra Circuit Court", "ORG", "GHA", ["Ein Gericht in Accra"]),
        entity("John Mahama", "PER", "GHA", ["Oppositionsführer John Mahama", "der frühere Präsident"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Ghana", "ORG", "GHA", ["Die Regierung", "die Regierung"]),
        entity("Fatimatu Abubakar", "PER", "GHA", ["Informationsministerin Fatimatu Abubakar"]),
        entity("Ghana Armed Forces", "ORG", "GHA", ["Soldaten"]),
        entity("Ghanaian environmentalists", "PER", "GHA", ["Umweltschützern"]),
        entity("Ghana Water Limited", "ORG", "GHA", ["Die staatlichen Wasserwerke"]),
        entity("Africa", "LOC", None, ["Afrikas"]),
    ],
}

# ---------------------------------------------------------------- hm412-en-01 (Guinea, strike called off)
GIN_UNIONS = actor("Guinean Trade Union Movement", "GIN", "LAB")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
GIN_APPEALS = actor("Conakry Court of Appeal", "GIN", "JUD")
PENDESSA = actor("Sékou Jamal Pendessa", "GIN", "MED")
CONAKRY_RESIDENTS = actor("residents of Conakry", "GIN", "CVL")
GIN_SECURITY = actor("Guinean security forces", "GIN", "COP")
BAH_OURY = actor("Mamadou Oury Bah", "GIN", "GOV")
ECOWAS_E1 = actor("Economic Community of West African States", "IGO", "IGO")
GIN_OPPOSITION = actor("Guinean opposition", "GIN", "OPP")
DOUMBOUYA = actor("Mamadi Doumbouya", "GIN", "GOV")
GIN_POLICE = actor("Guinean police", "GIN", "COP")
GIN_HAC = actor("High Authority for Communication of Guinea", "GIN", "GOV")
GIN_BROADCASTERS = actor("private broadcasters of Guinea", "GIN", "MED")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")

N1 = ("CONAKRY, Guinea (AP) — Guinea's main labor unions on Wednesday called off a nationwide general strike after "
      "a court ordered the release of a journalist whose detention had become a rallying point against the ruling "
      "military junta.")
N2 = ("An appeals court in Conakry reduced the sentence of Sékou Jamal Pendessa, secretary-general of the "
      "journalists' union, to the three months he had already spent in custody.")
N3 = "He walked out of the capital's central prison hours later and was greeted by cheering colleagues."
N4 = "“Our main demand has been met, so we are suspending the strike,” a spokesman for the unions told reporters."
N5 = ("The unions warned they would resume the walkout if the government failed to lower food prices and lift "
      "restrictions on the media.")
N6 = "The strike, which began Monday, shut down shops, markets and public transport across the capital."
N7 = ("Two young men were shot dead on Monday during clashes with security forces in the suburb of Sonfonia, "
      "according to residents.")
N8 = "The government has not commented on the deaths."
N9 = ("On Tuesday, junta leader Col. Mamadi Doumbouya named veteran opposition politician Mamadou Oury Bah, known as "
      "Bah Oury, as the new prime minister.")
N10 = "Bah Oury promised to meet union leaders in the coming days to discuss prices and wages."
N11 = ("The junta has agreed with the West African bloc ECOWAS to hand power back to civilians by the end of "
       "2024.")
N12 = "Opposition groups accuse Doumbouya of planning to stay in power beyond that deadline."
N13 = ("Police arrested Pendessa in January and accused him of organizing an unauthorized protest against media "
       "restrictions.")
N14 = ("In December, the media regulator ordered several private radio and television stations removed from cable "
       "and satellite packages.")
N15 = ("The U.N. human rights office had called on the authorities to release Pendessa and to respect press "
       "freedom.")

EN01 = {
    "id": "hm412-en-01", "lang": "en", "url": None, "published": "2024-02-28",
    "title": "Guinea's unions call off general strike after jailed journalist is freed",
    "text": paragraphs([N1, N2, N3], [N4, N5], [N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("CONCEDE", GIN_UNIONS, GIN_GOV, N1, date="2024-02-28", location_country="GIN"),
        event("CONCEDE", GIN_APPEALS, PENDESSA, N1),
        event("CONCEDE", GIN_APPEALS, PENDESSA, N2, location="Conakry", location_country="GIN"),
        event("RETREAT", GIN_GOV, PENDESSA, N3, mode="release", location="Conakry", location_country="GIN"),
        event("CONCEDE", GIN_UNIONS, GIN_GOV, N4),
        event("THREATEN", GIN_UNIONS, GIN_GOV, N5),
        event("PROTEST", GIN_UNIONS, GIN_GOV, N6, mode="strike", date="2024-02-26", location="Conakry",
              location_country="GIN"),
        event("ACCUSE", CONAKRY_RESIDENTS, GIN_SECURITY, N7, mode="allege"),
        event("AGREE", BAH_OURY, GIN_UNIONS, N10, mode="meet"),
        event("AGREE", GIN_GOV, ECOWAS_E1, N11),
        event("ACCUSE", GIN_OPPOSITION, DOUMBOUYA, N12, mode="allege"),
        event("COERCE", GIN_POLICE, PENDESSA, N13, mode="arrest"),
        event("ACCUSE", GIN_POLICE, PENDESSA, N13, mode="allege"),
        event("COERCE", GIN_HAC, GIN_BROADCASTERS, N14, mode="censor"),
        event("REQUEST", OHCHR, GIN_GOV, N15, mode="yield"),
    ],
    "quotes": [
        quote("Our main demand has been met, so we are suspending the strike",
              "spokesman of the Guinean Trade Union Movement", "direct"),
        quote("they would resume the walkout if the government failed to lower food prices and lift restrictions on "
              "the media", "Guinean Trade Union Movement", "indirect"),
        quote("Two young men were shot dead on Monday during clashes with security forces in the suburb of Sonfonia",
              "residents of Conakry", "indirect"),
        quote("of planning to stay in power beyond that deadline", "Guinean opposition", "indirect"),
        quote("of organizing an unauthorized protest against media restrictions", "Guinean police", "indirect"),
        quote("to release Pendessa and to respect press freedom",
              "Office of the United Nations High Commissioner for Human Rights", "indirect"),
    ],
    "entities": [
        entity("Conakry", "LOC", "GIN", ["CONAKRY", "Conakry", "the capital"]),
        entity("Guinea", "LOC", "GIN", ["Guinea", "Guinea's"]),
        entity("Guinean Trade Union Movement", "ORG", "GIN",
               ["Guinea's main labor unions", "the unions", "The unions", "union leaders"]),
        entity("Sékou Jamal Pendessa", "PER", "GIN",
               ["a journalist", "Sékou Jamal Pendessa, secretary-general of the journalists' union", "he", "He",
                "Pendessa", "him"]),
        entity("Government of Guinea", "ORG", "GIN",
               ["the ruling military junta", "the government", "The government", "The junta", "the authorities"]),
        entity("Conakry Court of Appeal", "ORG", "GIN", ["a court", "An appeals court in Conakry"]),
        entity("Union of Press Professionals of Guinea", "ORG", "GIN", ["the journalists' union"]),
        entity("Conakry central prison", "LOC", "GIN", ["the capital's central prison"]),
        entity("spokesman of the Guinean Trade Union Movement", "PER", "GIN", ["a spokesman for the unions"]),
        entity("Two young men", "PER", "GIN", ["Two young men"]),
        entity("Guinean security forces", "ORG", "GIN", ["security forces"]),
        entity("Sonfonia", "LOC", "GIN", ["the suburb of Sonfonia"]),
        entity("residents of Conakry", "PER", "GIN", ["residents"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["junta leader Col. Mamadi Doumbouya", "Doumbouya"]),
        entity("Mamadou Oury Bah", "PER", "GIN",
               ["veteran opposition politician Mamadou Oury Bah, known as Bah Oury", "Bah Oury"]),
        entity("Economic Community of West African States", "ORG", "IGO", ["the West African bloc ECOWAS"]),
        entity("Guinean opposition", "ORG", "GIN", ["Opposition groups"]),
        entity("Guinean police", "ORG", "GIN", ["Police"]),
        entity("High Authority for Communication of Guinea", "ORG", "GIN", ["the media regulator"]),
        entity("private broadcasters of Guinea", "ORG", "GIN", ["several private radio and television stations"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["The U.N. human rights office"]),
    ],
}

# ---------------------------------------------------------------- hm412-en-02 (ECOWAS lifts sanctions on Niger)
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
NER_GOV = actor("Government of Niger", "NER", "GOV")
GIN_GOV_E = actor("Government of Guinea", "GIN", "GOV")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
GOWON = actor("Yakubu Gowon", "NGA", "CVL")
ABDRAMANE = actor("Amadou Abdramane", "NER", "MIL")

E1 = ("ABUJA, Nigeria (AP) — West Africa's regional bloc on Saturday lifted most of the sanctions it had imposed on "
      "Niger after last year's military takeover, in a bid to persuade the country's rulers to reverse their "
      "decision to leave the organization.")
E2 = ("The Economic Community of West African States, known as ECOWAS, said it would reopen its borders with Niger, "
      "restore commercial flights and unfreeze Nigerien assets held at the regional central bank, citing "
      "humanitarian grounds.")
E3 = "The measures had caused shortages of food and medicine in the landlocked country of 26 million people."
E4 = ("The bloc did not lift targeted sanctions against members of the junta, ECOWAS Commission President Omar Alieu "
      "Touray told reporters after the summit in the Nigerian capital.")
E5 = "Leaders also removed financial and economic restrictions on Guinea."
E6 = ("Nigerian President Bola Tinubu, the bloc's current chairman, urged Niger, Mali and Burkina Faso to reconsider "
      "their decision to quit ECOWAS.")
E7 = "“We must not allow our community to break apart,” Tinubu told fellow leaders as the summit opened."
E8 = ("Former Nigerian military ruler Yakubu Gowon, one of the bloc's founders, had appealed to the leaders earlier "
      "this month to lift the sanctions and bring the three countries back into the fold.")
E9 = "Niger's junta welcomed the decision in a statement read on state television on Sunday."
E10 = "But its spokesman, Col. Amadou Abdramane, said the withdrawal from ECOWAS was “irreversible.”"
E11 = "He accused the bloc of acting on behalf of foreign powers."
E12 = "ECOWAS had threatened in August to use military force to reinstate President Mohamed Bazoum."
E13 = "ECOWAS leaders on Saturday again demanded that the junta free Bazoum and his family."
E14 = "Abdramane said the former president's fate was a matter for Nigerien courts alone."
E15 = "Under the bloc's rules, a member's withdrawal takes effect one year after it gives notice."

EN02 = {
    "id": "hm412-en-02", "lang": "en", "url": None, "published": "2024-02-25",
    "title": "West African bloc lifts most sanctions on Niger, urges juntas to stay",
    "text": paragraphs([E1, E2, E3], [E4, E5], [E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("CONCEDE", ECOWAS, NER_GOV, E1, date="2024-02-24", location="Abuja", location_country="NGA"),
        event("SANCTION", ECOWAS, NER_GOV, E1, mode="discontinue"),
        event("CONCEDE", ECOWAS, NER_GOV, E2),
        event("CONCEDE", ECOWAS, NER_GOV, E4, location="Abuja", location_country="NGA", negated=True),
        event("CONCEDE", ECOWAS, GIN_GOV_E, E5, location="Abuja", location_country="NGA"),
        event("REQUEST", TINUBU, NER_GOV, E6, mode="change"),
        event("REQUEST", TINUBU, MLI_GOV, E6, mode="change"),
        event("REQUEST", TINUBU, BFA_GOV, E6, mode="change"),
        event("REQUEST", GOWON, ECOWAS, E8, mode="yield"),
        event("SUPPORT", NER_GOV, ECOWAS, E9, date="2024-02-25"),
        event("REJECT", ABDRAMANE, ECOWAS, E10, mode="change"),
        event("ACCUSE", ABDRAMANE, ECOWAS, E11, mode="allege"),
        event("THREATEN", ECOWAS, NER_GOV, E12, mode="violence"),
        event("REQUEST", ECOWAS, NER_GOV, E13, mode="yield", date="2024-02-24", location="Abuja",
              location_country="NGA"),
        event("REJECT", ABDRAMANE, ECOWAS, E14, mode="yield"),
    ],
    "quotes": [
        quote("it would reopen its borders with Niger, restore commercial flights and unfreeze Nigerien assets held at "
              "the regional central bank, citing humanitarian grounds", "Economic Community of West African States",
              "indirect"),
        quote("The bloc did not lift targeted sanctions against members of the junta", "Omar Alieu Touray",
              "indirect"),
        quote("to reconsider their decision to quit ECOWAS", "Bola Tinubu", "indirect"),
        quote("We must not allow our community to break apart", "Bola Tinubu", "direct"),
        quote("to lift the sanctions and bring the three countries back into the fold", "Yakubu Gowon", "indirect"),
        quote("irreversible", "Amadou Abdramane", "direct"),
        quote("the withdrawal from ECOWAS was “irreversible.”", "Amadou Abdramane", "indirect"),
        quote("of acting on behalf of foreign powers", "Amadou Abdramane", "indirect"),
        quote("that the junta free Bazoum and his family", "Economic Community of West African States", "indirect"),
        quote("the former president's fate was a matter for Nigerien courts alone", "Amadou Abdramane", "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["ABUJA", "the Nigerian capital"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["West Africa's regional bloc", "the organization",
                "The Economic Community of West African States, known as ECOWAS", "The bloc", "the bloc's", "ECOWAS",
                "the bloc", "our community"]),
        entity("Niger", "LOC", "NER", ["Niger", "the landlocked country of 26 million people", "the country's"]),
        entity("Government of Niger", "ORG", "NER",
               ["the country's rulers", "the junta", "Niger", "Niger's junta", "its"]),
        entity("Central Bank of West African States", "ORG", "IGO", ["the regional central bank"]),
        entity("Omar Alieu Touray", "PER", "IGO", ["ECOWAS Commission President Omar Alieu Touray"]),
        entity("Government of Guinea", "ORG", "GIN", ["Guinea"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerian President Bola Tinubu, the bloc's current chairman",
                                             "Tinubu"]),
        entity("Government of Mali", "ORG", "MLI", ["Mali"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Burkina Faso"]),
        entity("Yakubu Gowon", "PER", "NGA",
               ["Former Nigerian military ruler Yakubu Gowon, one of the bloc's founders"]),
        entity("ECOWAS leaders", "PER", "IGO", ["fellow leaders", "the leaders", "Leaders", "ECOWAS leaders"]),
        entity("Télé Sahel", "ORG", "NER", ["state television"]),
        entity("Amadou Abdramane", "PER", "NER", ["its spokesman, Col. Amadou Abdramane", "He", "Abdramane"]),
        entity("foreign powers", "ORG", None, ["foreign powers"]),
        entity("Mohamed Bazoum", "PER", "NER", ["President Mohamed Bazoum", "Bazoum", "the former president's"]),
        entity("family of Mohamed Bazoum", "PER", "NER", ["his family"]),
        entity("Nigerien judiciary", "ORG", "NER", ["Nigerien courts"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
