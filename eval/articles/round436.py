"""Round 436: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, Sub-Saharan Africa, invented wording and details):
- hm436-de-01: Mozambique: police tear-gas Venâncio Mondlane and supporters in Maputo after his lawyer Elvino Dias and Podemos official Paulo Guambe are shot dead; Mondlane blames state death squads, police deny, Nyusi condemns, prosecutors investigate without arrests, EU and Faki react, strike, fraud allegations (2024-10-21).
- hm436-de-02: Uganda/Kenya: Kenyan activists Bob Njagi and Nicholas Oyoo freed and handed over at Busia after five weeks in Ugandan military custody; Muhoozi's X post, Nairobi's demands, Njagi's accusations and Kampala's denial, LSK criticises Nairobi and sues Uganda at the EACJ, Mudavadi thanks Museveni, Besigye's 2024 abduction recalled (2025-11-08).
- hm436-de-03: South Africa: an East London regional court convicts EFF leader Julius Malema over firing a rifle at the 2018 Mdantsane rally; Snyman acquitted, AfriForum's complaint and praise, Malema attacks the ruling and AfriForum, police cordon, Gardee accuses prosecutors, Trump's Oval Office video and genocide claim recalled (2025-10-01).
- hm436-de-04: Nigeria: Tinubu orders a review of his clemency list after outrage over the pardon of Maryam Sanda; the Bello family, Atiku and the NBA object, the presidency denies careless vetting, the posthumous Ogoni Nine pardon welcomed by MOSOP with a demand for exoneration (2025-10-14).
- hm436-en-01: Ghana/United States: Mahama says Ghana has agreed to take in West African deportees from the US and 14 have arrived; he denies payment, the NPP and Afenyo-Markin object, Democracy Hub sues, deportees' lawyers allege detention, US deals with Eswatini, Rwanda, South Sudan and Uganda, tariff strain, planned Mahama-Trump talks (2025-09-11).
- hm436-en-02: Burundi: the CNDD-FDD wins all directly elected seats in the legislative election; Rwasa's coalition barred and his "masquerade" charge, Catholic bishops allege ballot stuffing, the government denies, Ndayishimiye praises voters, EAC observers, Niteretse's warning, HRW accuses the Imbonerakure (2025-06-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm436-de-01 (Mozambique, Dias and Guambe killed)
MOZ_POLICE = actor("Police of the Republic of Mozambique", "MOZ", "COP")
MONDLANE = actor("Venâncio Mondlane", "MOZ", "OPP")
MONDLANE_SUPPORTERS = actor("supporters of Venâncio Mondlane", "MOZ", "CVL")
DIAS_KILLERS = actor("killers of Elvino Dias and Paulo Guambe", "MOZ", "CVL")
DIAS = actor("Elvino Dias", "MOZ", "CVL")
GUAMBE = actor("Paulo Guambe", "MOZ", "PTY")
MOZ_SECURITY = actor("Mozambican security forces", "MOZ", "COP")
NYUSI = actor("Filipe Nyusi", "MOZ", "GOV")
MOZ_PGR = actor("Attorney General's Office of Mozambique", "MOZ", "JUD")
EU = actor("European Union", "EUR", "IGO")
MOZ_GOV = actor("Government of Mozambique", "MOZ", "GOV")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
MAPUTO_STRIKERS = actor("striking traders and minibus drivers in Maputo", "MOZ", "CVL")
FRELIMO = actor("Frelimo", "MOZ", "PTY")
EU_EOM = actor("European Union Election Observation Mission to Mozambique", "EUR", "IGO")
MOZ_CNE = actor("National Elections Commission of Mozambique", "MOZ", "GOV")

M1 = ("Maputo (dpa) - In Mosambik hat die Polizei am Montag Tränengas gegen den Oppositionspolitiker Venâncio "
      "Mondlane und Dutzende seiner Anhänger eingesetzt.")
M2 = ("Mondlane wollte in der Hauptstadt Maputo an der Stelle vor Journalisten sprechen, an der zwei seiner engsten "
      "Vertrauten erschossen worden waren.")
M3 = "Als die Beamten Gasgranaten abfeuerten, mussten er und mehrere Reporter in Seitenstraßen flüchten."
M4 = ("Unbekannte hatten Mondlanes Anwalt Elvino Dias und den Parteifunktionär Paulo Guambe in der Nacht zum Samstag "
      "in ihrem Auto im Zentrum Maputos mit mehr als 20 Schüssen getötet.")
M5 = ("Dias hatte eine Anfechtung der Präsidentenwahl vom 9. Oktober vorbereitet, bei der sich ein Sieg des "
      "Kandidaten der seit der Unabhängigkeit regierenden Frelimo, Daniel Chapo, abzeichnet.")
M6 = "Mondlane machte die Sicherheitskräfte für die Tat verantwortlich."
M7 = "„Das war eine Hinrichtung durch Todesschwadronen des Staates“, sagte der 50-Jährige."
M8 = "Die Polizei wies jede Beteiligung zurück."
M9 = "Präsident Filipe Nyusi verurteilte die Tat und sprach von einem „feigen Verbrechen“."
M10 = "Die Generalstaatsanwaltschaft leitete Ermittlungen wegen Mordes ein."
M11 = "Die Polizei nahm bis Montagabend niemanden fest."
M12 = "Die Europäische Union forderte die Regierung zu einer unabhängigen und transparenten Untersuchung auf."
M13 = "Auch der Chef der Kommission der Afrikanischen Union, Moussa Faki Mahamat, verurteilte die Tötungen."
M14 = ("Einem Aufruf Mondlanes zu einem landesweiten Generalstreik folgten am Montag in Maputo zahlreiche Händler und "
       "Minibusfahrer.")
M15 = "Viele Geschäfte in der Innenstadt blieben geschlossen."
M16 = ("Mondlane, der von der jungen Partei Podemos unterstützt wird, beansprucht den Wahlsieg für sich und wirft der "
       "Frelimo massiven Betrug vor.")
M17 = "Die Wahlkommission will das Endergebnis bis Donnerstag verkünden."
M18 = "Wahlbeobachter der EU hatten bereits Unregelmäßigkeiten bei der Auszählung kritisiert."

DE01 = {
    "id": "hm436-de-01", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Tränengas gegen Mondlane nach Mord an Vertrauten in Mosambik",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7, M8], [M9, M10, M11, M12, M13], [M14, M15, M16, M17, M18]),
    "events": [
        event("ASSAULT", MOZ_POLICE, MONDLANE, M1, mode="crowd-control", date="2024-10-21",
              location_country="MOZ"),
        event("ASSAULT", MOZ_POLICE, MONDLANE_SUPPORTERS, M1, mode="crowd-control", date="2024-10-21",
              location_country="MOZ"),
        event("ASSAULT", MOZ_POLICE, MONDLANE, M3, mode="crowd-control", location="Maputo",
              location_country="MOZ"),
        event("ASSAULT", DIAS_KILLERS, DIAS, M4, mode="firearms", date="2024-10-19", location="Maputo",
              location_country="MOZ"),
        event("ASSAULT", DIAS_KILLERS, GUAMBE, M4, mode="firearms", date="2024-10-19", location="Maputo",
              location_country="MOZ"),
        event("ACCUSE", MONDLANE, MOZ_SECURITY, M6, mode="allege"),
        event("ACCUSE", MONDLANE, MOZ_SECURITY, M7, mode="allege"),
        event("ACCUSE", NYUSI, DIAS_KILLERS, M9, mode="disapprove"),
        event("ACCUSE", MOZ_PGR, DIAS_KILLERS, M10, mode="investigate"),
        event("COERCE", MOZ_POLICE, DIAS_KILLERS, M11, mode="arrest", negated=True),
        event("REQUEST", EU, MOZ_GOV, M12),
        event("ACCUSE", FAKI, DIAS_KILLERS, M13, mode="disapprove"),
        event("PROTEST", MAPUTO_STRIKERS, MOZ_GOV, M14, mode="strike", date="2024-10-21", location="Maputo",
              location_country="MOZ"),
        event("ACCUSE", MONDLANE, FRELIMO, M16, mode="allege"),
        event("ACCUSE", EU_EOM, MOZ_CNE, M18, mode="disapprove"),
    ],
    "quotes": [
        quote("Das war eine Hinrichtung durch Todesschwadronen des Staates", "Venâncio Mondlane", "direct"),
        quote("feigen Verbrechen", "Filipe Nyusi", "direct"),
    ],
    "entities": [
        entity("Maputo", "LOC", "MOZ", ["Maputo", "der Hauptstadt Maputo", "Maputos"]),
        entity("Mozambique", "LOC", "MOZ", ["Mosambik"]),
        entity("Police of the Republic of Mozambique", "ORG", "MOZ", ["die Polizei", "Die Polizei", "die Beamten"]),
        entity("Venâncio Mondlane", "PER", "MOZ", ["den Oppositionspolitiker Venâncio Mondlane", "Mondlane", "er",
                                                   "Mondlanes", "der 50-Jährige"]),
        entity("supporters of Venâncio Mondlane", "PER", "MOZ", ["Dutzende seiner Anhänger"]),
        entity("Elvino Dias", "PER", "MOZ", ["Mondlanes Anwalt Elvino Dias", "Dias"]),
        entity("Paulo Guambe", "PER", "MOZ", ["den Parteifunktionär Paulo Guambe"]),
        entity("killers of Elvino Dias and Paulo Guambe", "PER", "MOZ", ["Unbekannte"]),
        entity("Frelimo", "ORG", "MOZ", ["der seit der Unabhängigkeit regierenden Frelimo", "Frelimo"]),
        entity("Daniel Chapo", "PER", "MOZ", ["Daniel Chapo"]),
        entity("Mozambican security forces", "ORG", "MOZ", ["die Sicherheitskräfte",
                                                           "Todesschwadronen des Staates"]),
        entity("Filipe Nyusi", "PER", "MOZ", ["Präsident Filipe Nyusi"]),
        entity("Attorney General's Office of Mozambique", "ORG", "MOZ", ["Die Generalstaatsanwaltschaft"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "der EU"]),
        entity("Government of Mozambique", "ORG", "MOZ", ["die Regierung"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("Moussa Faki Mahamat", "PER", "IGO", ["der Chef der Kommission der Afrikanischen Union, Moussa Faki "
                                                     "Mahamat"]),
        entity("striking traders and minibus drivers in Maputo", "PER", "MOZ", ["zahlreiche Händler und "
                                                                               "Minibusfahrer"]),
        entity("Podemos (Mozambique)", "ORG", "MOZ", ["der jungen Partei Podemos"]),
        entity("National Elections Commission of Mozambique", "ORG", "MOZ", ["Die Wahlkommission"]),
        entity("European Union Election Observation Mission to Mozambique", "ORG", "EUR", ["Wahlbeobachter der EU"]),
    ],
}

# ---------------------------------------------------------------- hm436-de-02 (Uganda/Kenya, activists freed)
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
UPDF = actor("Uganda People's Defence Forces", "UGA", "MIL")
NJAGI = actor("Bob Njagi", "KEN", "CVL")
OYOO = actor("Nicholas Oyoo", "KEN", "CVL")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
LSK = actor("Law Society of Kenya", "KEN", "CVL")
MUDAVADI = actor("Musalia Mudavadi", "KEN", "GOV")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
UGA_SECURITY = actor("Ugandan security forces", "UGA", "COP")
BESIGYE = actor("Kizza Besigye", "UGA", "OPP")
RIGHTS_GROUPS = actor("human rights organisations", "NGO", "NGO")

U1 = ("Nairobi (dpa) - Nach mehr als fünf Wochen in ugandischem Gewahrsam sind die kenianischen Aktivisten Bob "
      "Njagi und Nicholas Oyoo wieder frei.")
U2 = ("Ugandische Behörden übergaben die beiden Männer am Freitag am ugandischen Grenzübergang Busia an Vertreter "
      "der kenianischen Botschaft, wie das Außenministerium in Nairobi mitteilte.")
U3 = ("Die beiden waren am 1. Oktober in Kampala verschleppt worden, nachdem sie eine Wahlkampfveranstaltung des "
      "Oppositionspolitikers Bobi Wine besucht hatten.")
U4 = ("Armeechef Muhoozi Kainerugaba hatte Mitte Oktober auf der Plattform X erklärt, die Männer befänden sich in "
      "Gewahrsam des Militärs.")
U5 = ("Kenias Regierung hatte Kampala wiederholt aufgefordert, die Aktivisten freizulassen oder ihnen konsularischen "
      "Zugang zu gewähren.")
U6 = ("Njagi sagte nach seiner Ankunft in Nairobi, sie seien in einer Militärkaserne festgehalten und nie einem "
      "Richter vorgeführt worden.")
U7 = "„Man hat uns behandelt wie Kriegsgefangene“, sagte er."
U8 = "Ugandas Regierungssprecher wies Vorwürfe der Misshandlung zurück."
U9 = ("Die kenianische Anwaltskammer LSK warf der Regierung in Nairobi vor, zu spät und zu zaghaft reagiert zu "
      "haben.")
U10 = ("Sie reichte nach eigenen Angaben beim Ostafrikanischen Gerichtshof in Arusha Klage gegen Uganda ein.")
U11 = ("Kenias Außenminister Musalia Mudavadi dankte dagegen Präsident Yoweri Museveni für dessen „persönliches "
       "Eingreifen“.")
U12 = "Beide Länder würden ihre Zusammenarbeit in Sicherheitsfragen fortsetzen, sagte Mudavadi."
U13 = "Der Fall hat die Beziehungen zwischen den Nachbarn dennoch belastet."
U14 = ("Bereits im November 2024 hatten ugandische Sicherheitskräfte den Oppositionspolitiker Kizza Besigye in "
       "Nairobi entführt und nach Kampala gebracht.")
U15 = ("Menschenrechtsorganisationen werfen den Regierungen beider Länder vor, gemeinsam gegen Kritiker "
       "vorzugehen.")
U16 = ("In Uganda finden am 15. Januar Präsidenten- und Parlamentswahlen statt, bei denen Museveni eine siebte "
       "Amtszeit anstrebt.")

DE02 = {
    "id": "hm436-de-02", "lang": "de", "url": None, "published": "2025-11-08",
    "title": "Uganda lässt kenianische Aktivisten frei",
    "text": paragraphs([U1, U2, U3, U4], [U5, U6, U7, U8], [U9, U10, U11, U12], [U13, U14, U15, U16]),
    "events": [
        event("RETREAT", UGA_GOV, NJAGI, U1, mode="release"),
        event("RETREAT", UGA_GOV, OYOO, U1, mode="release"),
        event("RETREAT", UGA_GOV, NJAGI, U2, mode="release", date="2025-11-07", location="Busia",
              location_country="UGA"),
        event("RETREAT", UGA_GOV, OYOO, U2, mode="release", date="2025-11-07", location="Busia",
              location_country="UGA"),
        event("COERCE", UPDF, NJAGI, U4, mode="arrest"),
        event("COERCE", UPDF, OYOO, U4, mode="arrest"),
        event("REQUEST", KEN_GOV, UGA_GOV, U5, mode="yield"),
        event("ACCUSE", NJAGI, UPDF, U6, mode="allege"),
        event("ACCUSE", NJAGI, UPDF, U7, mode="allege"),
        event("ACCUSE", LSK, KEN_GOV, U9, mode="disapprove"),
        event("ACCUSE", LSK, UGA_GOV, U10, mode="allege", location="Arusha", location_country="TZA"),
        event("SUPPORT", MUDAVADI, MUSEVENI, U11),
        event("AGREE", MUDAVADI, UGA_GOV, U12),
        event("ASSAULT", UGA_SECURITY, BESIGYE, U14, mode="abduct", location="Nairobi", location_country="KEN"),
        event("ACCUSE", RIGHTS_GROUPS, KEN_GOV, U15, mode="allege"),
        event("ACCUSE", RIGHTS_GROUPS, UGA_GOV, U15, mode="allege"),
    ],
    "quotes": [
        quote("Ugandische Behörden übergaben die beiden Männer am Freitag am ugandischen Grenzübergang Busia an "
              "Vertreter der kenianischen Botschaft", "Ministry of Foreign Affairs of Kenya", "indirect"),
        quote("die Männer befänden sich in Gewahrsam des Militärs", "Muhoozi Kainerugaba", "indirect"),
        quote("sie seien in einer Militärkaserne festgehalten und nie einem Richter vorgeführt worden", "Bob Njagi",
              "indirect"),
        quote("Man hat uns behandelt wie Kriegsgefangene", "Bob Njagi", "direct"),
        quote("zu spät und zu zaghaft reagiert zu haben", "Law Society of Kenya", "indirect"),
        quote("persönliches Eingreifen", "Musalia Mudavadi", "direct"),
        quote("Beide Länder würden ihre Zusammenarbeit in Sicherheitsfragen fortsetzen", "Musalia Mudavadi",
              "indirect"),
        quote("gemeinsam gegen Kritiker vorzugehen", "human rights organisations", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Bob Njagi", "PER", "KEN", ["Bob Njagi", "Njagi", "er"]),
        entity("Nicholas Oyoo", "PER", "KEN", ["Nicholas Oyoo"]),
        entity("Kenyan activists Bob Njagi and Nicholas Oyoo", "PER", "KEN",
               ["die kenianischen Aktivisten Bob Njagi und Nicholas Oyoo", "die beiden Männer", "Die beiden", "sie",
                "die Männer", "die Aktivisten", "ihnen"]),
        entity("Government of Uganda", "ORG", "UGA", ["Ugandische Behörden", "Kampala", "Uganda"]),
        entity("Busia", "LOC", "UGA", ["am ugandischen Grenzübergang Busia"]),
        entity("Embassy of Kenya in Uganda", "ORG", "KEN", ["Vertreter der kenianischen Botschaft"]),
        entity("Ministry of Foreign Affairs of Kenya", "ORG", "KEN", ["das Außenministerium in Nairobi"]),
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Bobi Wine", "PER", "UGA", ["des Oppositionspolitikers Bobi Wine"]),
        entity("Muhoozi Kainerugaba", "PER", "UGA", ["Armeechef Muhoozi Kainerugaba"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Uganda People's Defence Forces", "ORG", "UGA", ["des Militärs"]),
        entity("Government of Kenya", "ORG", "KEN", ["Kenias Regierung", "der Regierung in Nairobi"]),
        entity("government spokesperson of Uganda", "PER", "UGA", ["Ugandas Regierungssprecher"]),
        entity("Uganda", "LOC", "UGA", ["Ugandas", "In Uganda"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["Die kenianische Anwaltskammer LSK", "Sie"]),
        entity("East African Court of Justice", "ORG", "IGO", ["beim Ostafrikanischen Gerichtshof in Arusha"]),
        entity("Arusha", "LOC", "TZA", ["Arusha"]),
        entity("Musalia Mudavadi", "PER", "KEN", ["Kenias Außenminister Musalia Mudavadi", "Mudavadi"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "dessen", "Museveni"]),
        entity("Ugandan security forces", "ORG", "UGA", ["ugandische Sicherheitskräfte"]),
        entity("Kizza Besigye", "PER", "UGA", ["den Oppositionspolitiker Kizza Besigye"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
    ],
}

# ---------------------------------------------------------------- hm436-de-03 (South Africa, Malema convicted)
EL_COURT = actor("East London Regional Court", "ZAF", "JUD")
MALEMA = actor("Julius Malema", "ZAF", "OPP")
SNYMAN = actor("Adriaan Snyman", "ZAF", "CVL")
AFRIFORUM = actor("AfriForum", "ZAF", "NGO")
KRIEL = actor("Kallie Kriel", "ZAF", "NGO")
SAPS = actor("South African Police Service", "ZAF", "COP")
GARDEE = actor("Godrich Gardee", "ZAF", "OPP")
NPA = actor("National Prosecuting Authority of South Africa", "ZAF", "JUD")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")

R1 = ("East London (dpa) - Der südafrikanische Linkspopulist Julius Malema ist wegen illegalen Waffenbesitzes und "
      "des Abfeuerns einer Schusswaffe schuldig gesprochen worden.")
R2 = ("Ein Regionalgericht in der Hafenstadt East London befand den Chef der Partei Economic Freedom Fighters (EFF) "
      "am Mittwoch in fünf Anklagepunkten für schuldig.")
R3 = ("Malema hatte im Juli 2018 bei einer Feier zum fünften Jahrestag der EFF im Stadion von Mdantsane mit einem "
      "Sturmgewehr in die Luft geschossen.")
R4 = "Ein Video der Szene verbreitete sich damals rasch in sozialen Netzwerken."
R5 = "Sein früherer Leibwächter Adriaan Snyman, der ihm die Waffe gereicht haben soll, wurde freigesprochen."
R6 = ("Das Verfahren war durch eine Anzeige der Lobbygruppe AfriForum in Gang gekommen, die sich für die Interessen "
      "der weißen Afrikaaner-Minderheit einsetzt.")
R7 = "AfriForum-Chef Kallie Kriel sprach von einem „Sieg für den Rechtsstaat“."
R8 = "Malema wies das Urteil vor dem Gerichtsgebäude als politisch motiviert zurück und kündigte Berufung an."
R9 = "„AfriForum will mich ins Gefängnis bringen, weil ich für die Landlosen kämpfe“, rief er Hunderten Anhängern zu."
R10 = "Die Polizei hatte das Gericht mit einem Großaufgebot abgeriegelt."
R11 = "Das Strafmaß soll im Januar verkündet werden."
R12 = ("Bei einer Haftstrafe von mehr als zwölf Monaten ohne Option auf eine Geldstrafe droht Malema der Verlust "
       "seines Parlamentsmandats.")
R13 = "EFF-Vizechef Godrich Gardee warf der Staatsanwaltschaft vor, mit zweierlei Maß zu messen."
R14 = "Die EFF ist mit knapp zehn Prozent der Stimmen viertstärkste Kraft im Parlament."
R15 = ("US-Präsident Donald Trump hatte im Mai bei einem Besuch von Staatschef Cyril Ramaphosa im Weißen Haus ein "
       "Video vorgeführt, in dem Malema das umstrittene Kampflied „Kill the Boer“ singt.")
R16 = "Trump warf Südafrika damals einen „Genozid“ an weißen Farmern vor, was Pretoria entschieden zurückwies."

DE03 = {
    "id": "hm436-de-03", "lang": "de", "url": None, "published": "2025-10-01",
    "title": "Südafrikas Linkspopulist Malema wegen Schüssen schuldig gesprochen",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7], [R8, R9, R10, R11, R12], [R13, R14, R15, R16]),
    "events": [
        event("SANCTION", EL_COURT, MALEMA, R1, mode="convict"),
        event("SANCTION", EL_COURT, MALEMA, R2, mode="convict", date="2025-10-01", location="East London",
              location_country="ZAF"),
        event("CONCEDE", EL_COURT, SNYMAN, R5),
        event("ACCUSE", AFRIFORUM, MALEMA, R6, mode="allege"),
        event("SUPPORT", KRIEL, EL_COURT, R7),
        event("ACCUSE", MALEMA, EL_COURT, R8, mode="disapprove"),
        event("ACCUSE", MALEMA, AFRIFORUM, R9, mode="allege"),
        event("MOBILIZE", SAPS, None, R10, mode="police"),
        event("ACCUSE", GARDEE, NPA, R13, mode="disapprove"),
        event("CONSULT", RAMAPHOSA, TRUMP, R15, mode="visit", location="White House", location_country="USA"),
        event("ACCUSE", TRUMP, ZAF_GOV, R16, mode="allege"),
    ],
    "quotes": [
        quote("Sieg für den Rechtsstaat", "Kallie Kriel", "direct"),
        quote("AfriForum will mich ins Gefängnis bringen, weil ich für die Landlosen kämpfe", "Julius Malema",
              "direct"),
        quote("mit zweierlei Maß zu messen", "Godrich Gardee", "indirect"),
        quote("Kill the Boer", "Julius Malema", "direct"),
        quote("Genozid", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("East London", "LOC", "ZAF", ["East London", "der Hafenstadt East London"]),
        entity("Julius Malema", "PER", "ZAF", ["Der südafrikanische Linkspopulist Julius Malema",
                                               "den Chef der Partei Economic Freedom Fighters (EFF)", "Malema",
                                               "ihm", "er", "mich"]),
        entity("East London Regional Court", "ORG", "ZAF", ["Ein Regionalgericht in der Hafenstadt East London",
                                                           "das Gericht"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF", ["Partei Economic Freedom Fighters (EFF)", "der EFF",
                                                           "Die EFF"]),
        entity("Mdantsane", "LOC", "ZAF", ["im Stadion von Mdantsane"]),
        entity("Adriaan Snyman", "PER", "ZAF", ["Sein früherer Leibwächter Adriaan Snyman"]),
        entity("AfriForum", "ORG", "ZAF", ["der Lobbygruppe AfriForum", "AfriForum"]),
        entity("Afrikaners", "MISC", "ZAF", ["der weißen Afrikaaner-Minderheit"]),
        entity("Kallie Kriel", "PER", "ZAF", ["AfriForum-Chef Kallie Kriel"]),
        entity("supporters of Julius Malema", "PER", "ZAF", ["Hunderten Anhängern"]),
        entity("South African Police Service", "ORG", "ZAF", ["Die Polizei"]),
        entity("National Assembly of South Africa", "ORG", "ZAF", ["im Parlament"]),
        entity("Godrich Gardee", "PER", "ZAF", ["EFF-Vizechef Godrich Gardee"]),
        entity("National Prosecuting Authority of South Africa", "ORG", "ZAF", ["der Staatsanwaltschaft"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Staatschef Cyril Ramaphosa"]),
        entity("White House", "LOC", "USA", ["im Weißen Haus"]),
        entity("Kill the Boer", "MISC", "ZAF", ["Kill the Boer"]),
        entity("Government of South Africa", "ORG", "ZAF", ["Südafrika", "Pretoria"]),
        entity("white farmers in South Africa", "PER", "ZAF", ["weißen Farmern"]),
    ],
}

# ---------------------------------------------------------------- hm436-de-04 (Nigeria, clemency row)
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
NGA_PRESIDENCY = actor("Presidency of Nigeria", "NGA", "GOV")
NGA_CONVICTS = actor("Nigerian convicts granted clemency", "NGA", "CVL")
SANDA = actor("Maryam Sanda", "NGA", "CVL")
FCT_COURT = actor("High Court of the Federal Capital Territory", "NGA", "JUD")
BELLO_FAMILY = actor("family of Bilyaminu Bello", "NGA", "CVL")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
NBA = actor("Nigerian Bar Association", "NGA", "CVL")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
OGONI_NINE = actor("Ogoni Nine", "NGA", "CVL")
MOSOP = actor("Movement for the Survival of the Ogoni People", "NGA", "NGO")

N1 = ("Abuja (dpa) - Nach heftiger Kritik an einer Welle von Begnadigungen will Nigerias Präsident Bola Tinubu die "
      "Liste der Begünstigten überprüfen lassen.")
N2 = "Das Präsidialamt erklärte am Montag, Justizminister Lateef Fagbemi solle jeden einzelnen Fall erneut prüfen."
N3 = "Tinubu hatte Anfang Oktober auf Empfehlung des Staatsrats 175 Menschen begnadigt oder ihre Strafen verkürzt."
N4 = ("Zu den Begnadigten gehört auch Maryam Sanda, die ein Gericht in Abuja 2020 wegen der Ermordung ihres "
      "Ehemanns Bilyaminu Bello zum Tode verurteilt hatte.")
N5 = "Die Familie des Getöteten sprach von einem „Schlag ins Gesicht“ aller Opfer von Gewalt."
N6 = "Auch mehrere verurteilte Drogenschmuggler und Menschenhändler sollen auf der Liste stehen."
N7 = ("Der Oppositionspolitiker Atiku Abubakar warf Tinubu vor, Mördern und Drogenhändlern den roten Teppich "
      "auszurollen.")
N8 = ("Die nigerianische Anwaltskammer NBA forderte die Regierung auf, die Kriterien für die Begnadigungen "
      "offenzulegen.")
N9 = ("Die Regierung habe das Recht der Opfer auf Gerechtigkeit missachtet, hieß es in einer Erklärung der "
      "Kammer.")
N10 = "Das Präsidialamt wies Vorwürfe einer nachlässigen Prüfung zurück."
N11 = ("Tinubu begnadigte zudem posthum die sogenannten Ogoni Nine um den Umweltaktivisten Ken Saro-Wiwa, die 1995 "
       "unter der Militärdiktatur von Sani Abacha hingerichtet worden waren.")
N12 = ("Die Bewegung für das Überleben des Ogoni-Volkes (MOSOP) begrüßte den Schritt, verlangte aber eine "
       "vollständige Entlastung statt einer Begnadigung.")
N13 = "„Unsere Väter waren keine Verbrecher“, sagte MOSOP-Präsident Fegalo Nsuke."
N14 = "Begnadigungen sind in Nigeria ein Vorrecht des Präsidenten, der dabei vom Staatsrat beraten wird."
N15 = "Dem Gremium gehören unter anderem frühere Staatschefs und die Gouverneure der 36 Bundesstaaten an."

DE04 = {
    "id": "hm436-de-04", "lang": "de", "url": None, "published": "2025-10-14",
    "title": "Nigerias Präsident lässt umstrittene Begnadigungen prüfen",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6], [N7, N8, N9, N10], [N11, N12, N13], [N14, N15]),
    "events": [
        event("CONCEDE", TINUBU, None, N1),
        event("CONCEDE", NGA_PRESIDENCY, None, N2, date="2025-10-13"),
        event("CONCEDE", TINUBU, NGA_CONVICTS, N3),
        event("CONCEDE", TINUBU, SANDA, N4),
        event("SANCTION", FCT_COURT, SANDA, N4, mode="convict", location="Abuja", location_country="NGA"),
        event("ACCUSE", BELLO_FAMILY, TINUBU, N5, mode="disapprove"),
        event("ACCUSE", ATIKU, TINUBU, N7, mode="disapprove"),
        event("REQUEST", NBA, NGA_GOV, N8),
        event("ACCUSE", NBA, NGA_GOV, N9, mode="disapprove"),
        event("CONCEDE", TINUBU, OGONI_NINE, N11),
        event("SUPPORT", MOSOP, TINUBU, N12),
        event("REQUEST", MOSOP, TINUBU, N12),
    ],
    "quotes": [
        quote("Justizminister Lateef Fagbemi solle jeden einzelnen Fall erneut prüfen", "Presidency of Nigeria",
              "indirect"),
        quote("Schlag ins Gesicht", "family of Bilyaminu Bello", "direct"),
        quote("Mördern und Drogenhändlern den roten Teppich auszurollen", "Atiku Abubakar", "indirect"),
        quote("die Kriterien für die Begnadigungen offenzulegen", "Nigerian Bar Association", "indirect"),
        quote("Die Regierung habe das Recht der Opfer auf Gerechtigkeit missachtet", "Nigerian Bar Association",
              "indirect"),
        quote("Unsere Väter waren keine Verbrecher", "Fegalo Nsuke", "direct"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja"]),
        entity("Bola Tinubu", "PER", "NGA", ["Nigerias Präsident Bola Tinubu", "Tinubu", "des Präsidenten"]),
        entity("Nigeria", "LOC", "NGA", ["Nigerias", "in Nigeria"]),
        entity("Presidency of Nigeria", "ORG", "NGA", ["Das Präsidialamt"]),
        entity("Lateef Fagbemi", "PER", "NGA", ["Justizminister Lateef Fagbemi"]),
        entity("Council of State of Nigeria", "ORG", "NGA", ["des Staatsrats", "vom Staatsrat", "Dem Gremium"]),
        entity("Nigerian convicts granted clemency", "PER", "NGA", ["175 Menschen", "den Begnadigten"]),
        entity("Maryam Sanda", "PER", "NGA", ["Maryam Sanda"]),
        entity("High Court of the Federal Capital Territory", "ORG", "NGA", ["ein Gericht in Abuja"]),
        entity("Bilyaminu Bello", "PER", "NGA", ["ihres Ehemanns Bilyaminu Bello", "des Getöteten"]),
        entity("family of Bilyaminu Bello", "PER", "NGA", ["Die Familie des Getöteten"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Der Oppositionspolitiker Atiku Abubakar"]),
        entity("Nigerian Bar Association", "ORG", "NGA", ["Die nigerianische Anwaltskammer NBA", "der Kammer"]),
        entity("Government of Nigeria", "ORG", "NGA", ["die Regierung", "Die Regierung"]),
        entity("Ogoni Nine", "PER", "NGA", ["die sogenannten Ogoni Nine um den Umweltaktivisten Ken Saro-Wiwa",
                                            "Unsere Väter"]),
        entity("Ken Saro-Wiwa", "PER", "NGA", ["den Umweltaktivisten Ken Saro-Wiwa"]),
        entity("Sani Abacha", "PER", "NGA", ["Sani Abacha"]),
        entity("Movement for the Survival of the Ogoni People", "ORG", "NGA",
               ["Die Bewegung für das Überleben des Ogoni-Volkes (MOSOP)", "MOSOP"]),
        entity("Fegalo Nsuke", "PER", "NGA", ["MOSOP-Präsident Fegalo Nsuke"]),
    ],
}

# ---------------------------------------------------------------- hm436-en-01 (Ghana/US, deportees)
GHA_GOV = actor("Government of Ghana", "GHA", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
DEPORTEES = actor("West African deportees from the United States", "NGA", "CVL")
US_OFFICIALS = actor("United States officials", "USA", "GOV")
NPP = actor("New Patriotic Party", "GHA", "OPP")
AFENYO = actor("Alexander Afenyo-Markin", "GHA", "LEG")
DEMOCRACY_HUB = actor("Democracy Hub", "GHA", "NGO")
DEPORTEE_LAWYERS = actor("lawyers of the deportees", "USA", "CVL")
GAF = actor("Ghana Armed Forces", "GHA", "MIL")
SWZ_GOV = actor("Government of Eswatini", "SWZ", "GOV")
RWA_GOV = actor("Government of Rwanda", "RWA", "GOV")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")
UGA_GOV_E = actor("Government of Uganda", "UGA", "GOV")
TRUMP_E = actor("Donald Trump", "USA", "GOV")
MAHAMA = actor("John Dramani Mahama", "GHA", "GOV")

G1 = ("ACCRA, Ghana (AP) — Ghana has agreed to take in West African migrants deported from the United States, "
      "President John Dramani Mahama said Wednesday, and 14 of them have already arrived in the capital.")
G2 = ("Mahama told reporters the arrangement covered only citizens of West African countries, who do not need visas "
      "to enter Ghana.")
G3 = ("The first group, mostly Nigerians and one Gambian, landed on a U.S. government-chartered flight last week and "
      "has since been taken to their home countries by bus, he said.")
G4 = "Mahama denied that Ghana was being paid for taking the deportees."
G5 = "\"We are not doing this for money; we are doing it as good neighbors,\" he said."
G6 = ("Foreign Minister Samuel Okudzeto Ablakwa said the deal had been reached in talks with U.S. officials in Accra "
      "in August.")
G7 = ("The opposition New Patriotic Party accused the government of bypassing parliament and demanded that the "
      "agreement be submitted to lawmakers for approval.")
G8 = ("Minority Leader Alexander Afenyo-Markin called the arrangement \"a dangerous secret deal\" that turned Ghana "
      "into \"a dumping ground\" for Washington.")
G9 = ("The civic group Democracy Hub filed a lawsuit at the Supreme Court on Thursday seeking to block further "
      "deportation flights.")
G10 = ("Lawyers for several of the deportees said in a U.S. court filing that their clients had been held for days "
       "at a military camp outside Accra without access to counsel.")
G11 = "Ghana's military said it had only provided shelter and food."
G12 = ("The Trump administration has struck similar third-country deportation deals with Eswatini, Rwanda, South "
       "Sudan and Uganda as part of its crackdown on illegal immigration.")
G13 = ("Ghana's relations with Washington have been strained by new visa restrictions and a 15% tariff on Ghanaian "
       "goods imposed by President Donald Trump.")
G14 = ("Mahama said he would discuss the issue with Trump on the sidelines of the U.N. General Assembly in New York "
       "later this month.")
G15 = "Citizens of the 12 member states of the Economic Community of West African States can travel within the bloc without visas."

EN01 = {
    "id": "hm436-en-01", "lang": "en", "url": None, "published": "2025-09-11",
    "title": "Ghana agrees to take in West African deportees from the US",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6], [G7, G8, G9], [G10, G11, G12], [G13, G14, G15]),
    "events": [
        event("AGREE", GHA_GOV, USA_GOV, G1),
        event("COERCE", USA_GOV, DEPORTEES, G1, mode="deport"),
        event("COERCE", USA_GOV, DEPORTEES, G3, mode="deport"),
        event("COERCE", GHA_GOV, DEPORTEES, G3, mode="deport"),
        event("AGREE", GHA_GOV, USA_GOV, G6, location="Accra", location_country="GHA"),
        event("CONSULT", US_OFFICIALS, GHA_GOV, G6, mode="meet", location="Accra", location_country="GHA"),
        event("ACCUSE", NPP, GHA_GOV, G7, mode="disapprove"),
        event("REQUEST", NPP, GHA_GOV, G7, mode="change"),
        event("ACCUSE", AFENYO, GHA_GOV, G8, mode="disapprove"),
        event("ACCUSE", DEMOCRACY_HUB, GHA_GOV, G9, mode="allege", date="2025-09-11"),
        event("ACCUSE", DEPORTEE_LAWYERS, GAF, G10, mode="allege"),
        event("AID", GAF, DEPORTEES, G11),
        event("AGREE", USA_GOV, SWZ_GOV, G12),
        event("AGREE", USA_GOV, RWA_GOV, G12),
        event("AGREE", USA_GOV, SSD_GOV, G12),
        event("AGREE", USA_GOV, UGA_GOV_E, G12),
        event("SANCTION", TRUMP_E, GHA_GOV, G13),
        event("AGREE", MAHAMA, TRUMP_E, G14, mode="meet", location="New York", location_country="USA"),
    ],
    "quotes": [
        quote("Ghana has agreed to take in West African migrants deported from the United States",
              "John Dramani Mahama", "indirect"),
        quote("the arrangement covered only citizens of West African countries, who do not need visas to enter "
              "Ghana", "John Dramani Mahama", "indirect"),
        quote("The first group, mostly Nigerians and one Gambian, landed on a U.S. government-chartered flight last "
              "week and has since been taken to their home countries by bus", "John Dramani Mahama", "indirect"),
        quote("that Ghana was being paid for taking the deportees", "John Dramani Mahama", "indirect"),
        quote("We are not doing this for money; we are doing it as good neighbors", "John Dramani Mahama", "direct"),
        quote("the deal had been reached in talks with U.S. officials in Accra in August",
              "Samuel Okudzeto Ablakwa", "indirect"),
        quote("that the agreement be submitted to lawmakers for approval", "New Patriotic Party", "indirect"),
        quote("a dangerous secret deal", "Alexander Afenyo-Markin", "direct"),
        quote("a dumping ground", "Alexander Afenyo-Markin", "direct"),
        quote("that their clients had been held for days at a military camp outside Accra without access to counsel",
              "lawyers of the deportees", "indirect"),
        quote("it had only provided shelter and food", "Ghana Armed Forces", "indirect"),
        quote("he would discuss the issue with Trump on the sidelines of the U.N. General Assembly in New York later "
              "this month", "John Dramani Mahama", "indirect"),
    ],
    "entities": [
        entity("Accra", "LOC", "GHA", ["ACCRA", "the capital", "Accra"]),
        entity("Ghana", "LOC", "GHA", ["Ghana", "Ghana's"]),
        entity("Government of Ghana", "ORG", "GHA", ["Ghana", "the government"]),
        entity("West African deportees from the United States", "PER", "NGA",
               ["West African migrants deported from the United States", "14 of them", "The first group",
                "the deportees", "their clients"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("John Dramani Mahama", "PER", "GHA", ["President John Dramani Mahama", "Mahama", "he"]),
        entity("Nigerians", "MISC", "NGA", ["Nigerians"]),
        entity("Gambian", "MISC", "GMB", ["one Gambian"]),
        entity("Samuel Okudzeto Ablakwa", "PER", "GHA", ["Foreign Minister Samuel Okudzeto Ablakwa"]),
        entity("United States officials", "PER", "USA", ["U.S. officials"]),
        entity("New Patriotic Party", "ORG", "GHA", ["The opposition New Patriotic Party"]),
        entity("Parliament of Ghana", "ORG", "GHA", ["parliament", "lawmakers"]),
        entity("Alexander Afenyo-Markin", "PER", "GHA", ["Minority Leader Alexander Afenyo-Markin"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "The Trump administration"]),
        entity("Democracy Hub", "ORG", "GHA", ["The civic group Democracy Hub"]),
        entity("Supreme Court of Ghana", "ORG", "GHA", ["the Supreme Court"]),
        entity("lawyers of the deportees", "PER", "USA", ["Lawyers for several of the deportees"]),
        entity("Ghana Armed Forces", "ORG", "GHA", ["Ghana's military"]),
        entity("Eswatini", "LOC", "SWZ", ["Eswatini"]),
        entity("Rwanda", "LOC", "RWA", ["Rwanda"]),
        entity("South Sudan", "LOC", "SSD", ["South Sudan"]),
        entity("Uganda", "LOC", "UGA", ["Uganda"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["the Economic Community of West African States", "the bloc"]),
    ],
}

# ---------------------------------------------------------------- hm436-en-02 (Burundi, legislative election)
BDI_CENI = actor("Independent National Electoral Commission of Burundi", "BDI", "GOV")
RWASA = actor("Agathon Rwasa", "BDI", "OPP")
BDI_BISHOPS = actor("Conference of Catholic Bishops of Burundi", "BDI", "REL")
CNDD_FDD = actor("CNDD-FDD", "BDI", "PTY")
NDAYISHIMIYE = actor("Évariste Ndayishimiye", "BDI", "GOV")
BDI_VOTERS = actor("Burundian voters", "BDI", "CVL")
BDI_SECURITY = actor("Burundian security forces", "BDI", "COP")
EAC_OBSERVERS = actor("East African Community observer mission", "IGO", "IGO")
NITERETSE = actor("Martin Niteretse", "BDI", "GOV")
BDI_OPPOSITION = actor("Burundian opposition", "BDI", "OPP")
HRW = actor("Human Rights Watch", "NGO", "NGO")
IMBONERAKURE = actor("Imbonerakure", "BDI", "PTY")

B1 = ("BUJUMBURA, Burundi (AP) — Burundi's ruling CNDD-FDD party has won all 100 directly elected seats in the "
      "National Assembly, according to provisional results announced Tuesday by the electoral commission.")
B2 = ("Commission chairman Prosper Ntahorwamiye said the party received 96.5% of the vote in the June 5 legislative "
      "and communal elections.")
B3 = "No opposition party crossed the 2% threshold needed to win seats."
B4 = ("The commission had rejected the candidate lists of a coalition led by the main opposition figure, Agathon "
      "Rwasa, after he was ousted as head of the National Congress for Freedom party last year.")
B5 = "Rwasa said the results had been \"written in advance\" and called the vote \"a masquerade.\""
B6 = ("The Catholic bishops' conference, which deployed observers, said ruling party activists had stuffed ballot "
      "boxes and kept opposition monitors out of the counting in several provinces.")
B7 = "The government rejected the bishops' claims as \"unfounded.\""
B8 = ("President Évariste Ndayishimiye praised voters for what he called an exemplary election and thanked the "
      "security forces.")
B9 = ("Observers from the East African Community commended the calm conduct of the vote but urged the commission to "
      "publish results for each polling station.")
B10 = ("Interior Minister Martin Niteretse warned the opposition against \"any attempt to disturb public order\" "
       "after the results.")
B11 = "The election comes amid a deep economic crisis, with chronic fuel shortages and inflation above 30%."
B12 = ("Human Rights Watch said last month that members of the party's youth league, the Imbonerakure, had "
       "threatened people who refused to join the CNDD-FDD.")
B13 = "Ndayishimiye is expected to seek a second term in 2027."
B14 = "The new National Assembly is due to be sworn in in early August."

EN02 = {
    "id": "hm436-en-02", "lang": "en", "url": None, "published": "2025-06-11",
    "title": "Burundi's ruling party sweeps legislative vote as opposition cries foul",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10], [B11, B12, B13, B14]),
    "events": [
        event("REJECT", BDI_CENI, RWASA, B4),
        event("ACCUSE", RWASA, BDI_CENI, B5, mode="allege"),
        event("ACCUSE", BDI_BISHOPS, CNDD_FDD, B6, mode="allege"),
        event("SUPPORT", NDAYISHIMIYE, BDI_VOTERS, B8),
        event("SUPPORT", NDAYISHIMIYE, BDI_SECURITY, B8),
        event("SUPPORT", EAC_OBSERVERS, BDI_CENI, B9),
        event("REQUEST", EAC_OBSERVERS, BDI_CENI, B9, mode="change"),
        event("THREATEN", NITERETSE, BDI_OPPOSITION, B10),
        event("ACCUSE", HRW, IMBONERAKURE, B12, mode="allege"),
    ],
    "quotes": [
        quote("Burundi's ruling CNDD-FDD party has won all 100 directly elected seats in the National Assembly",
              "Independent National Electoral Commission of Burundi", "indirect"),
        quote("the party received 96.5% of the vote in the June 5 legislative and communal elections",
              "Prosper Ntahorwamiye", "indirect"),
        quote("written in advance", "Agathon Rwasa", "direct"),
        quote("the results had been \"written in advance\"", "Agathon Rwasa", "indirect"),
        quote("a masquerade", "Agathon Rwasa", "direct"),
        quote("ruling party activists had stuffed ballot boxes and kept opposition monitors out of the counting in "
              "several provinces", "Conference of Catholic Bishops of Burundi", "indirect"),
        quote("unfounded", "Government of Burundi", "direct"),
        quote("any attempt to disturb public order", "Martin Niteretse", "direct"),
        quote("members of the party's youth league, the Imbonerakure, had threatened people who refused to join the "
              "CNDD-FDD", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Bujumbura", "LOC", "BDI", ["BUJUMBURA"]),
        entity("Burundi", "LOC", "BDI", ["Burundi", "Burundi's"]),
        entity("CNDD-FDD", "ORG", "BDI", ["Burundi's ruling CNDD-FDD party", "the party", "ruling party",
                                          "the party's", "the CNDD-FDD"]),
        entity("National Assembly of Burundi", "ORG", "BDI", ["the National Assembly",
                                                             "The new National Assembly"]),
        entity("Independent National Electoral Commission of Burundi", "ORG", "BDI",
               ["the electoral commission", "The commission", "the commission"]),
        entity("Prosper Ntahorwamiye", "PER", "BDI", ["Commission chairman Prosper Ntahorwamiye"]),
        entity("Agathon Rwasa", "PER", "BDI", ["the main opposition figure, Agathon Rwasa", "he", "Rwasa"]),
        entity("National Congress for Freedom", "ORG", "BDI", ["the National Congress for Freedom party"]),
        entity("Conference of Catholic Bishops of Burundi", "ORG", "BDI", ["The Catholic bishops' conference",
                                                                          "the bishops'"]),
        entity("Government of Burundi", "ORG", "BDI", ["The government"]),
        entity("Évariste Ndayishimiye", "PER", "BDI", ["President Évariste Ndayishimiye", "he", "Ndayishimiye"]),
        entity("Burundian voters", "PER", "BDI", ["voters"]),
        entity("Burundian security forces", "ORG", "BDI", ["the security forces"]),
        entity("East African Community", "ORG", "IGO", ["the East African Community"]),
        entity("East African Community observer mission", "ORG", "IGO", ["Observers from the East African "
                                                                         "Community"]),
        entity("Martin Niteretse", "PER", "BDI", ["Interior Minister Martin Niteretse"]),
        entity("Burundian opposition", "ORG", "BDI", ["the opposition"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Imbonerakure", "ORG", "BDI", ["the party's youth league, the Imbonerakure"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
