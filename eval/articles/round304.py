"""Round 304: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm304-de-01: Nigeria: an army drone strike kills at least 85 villagers at a Maulud celebration in Tudun Biri, Kaduna State; the army admits the error, Okoro meets Governor Uba Sani, Tinubu orders an inquiry, Sani visits the village, the air force denies involvement, Amnesty and Atiku react, the earlier Nasarawa air strike, Lagbaja to visit (2023-12-05).
- hm304-de-02: Algeria: a Dar El Beida court sentences Boualem Sansal to five years; Macron asks Tebboune for a pardon, Barrot and Zimeray object, Zimeray's visa refused, Tebboune's earlier "impostor" remark, France's Western Sahara shift, no pardon yet (2025-03-27).
- hm304-de-03: Kenya: High Court judge Chacha Mwita rules the police deployment to Haiti unconstitutional; Aukot's petition and praise, the government to appeal, Kindiki's pledge, Ruto's offer, UN Security Council approval, US pledge, Henry's request, rights groups' criticism (2024-01-26).
- hm304-de-04: Tanzania: Chadema leader Tundu Lissu charged with treason after his arrest in Mbinga; tear gas on supporters, the police accusation, Mnyika demands his release, "No reforms, no election" boycott threat, Samia's earlier lifting of the rally ban, the 2017 shooting, police reinforce in Dar es Salaam (2025-04-10).
- hm304-en-01: Malawi: Vice President Saulos Chilima and nine others killed in a military plane crash near Chikangawa; Chakwera cancels his Bahamas trip, US, British and Israeli help, earlier arrest and dropped charges, UTM demands an independent inquiry, Chakwera orders an inquiry, Mutharika appeals for calm (2024-06-11).
- hm304-en-02: Niger/Mali/Burkina Faso: Tiani, Goita and Traore sign the AES confederation treaty in Niamey; Tiani rejects ECOWAS, Traore attacks France, joint bank agreed, ECOWAS urges a rethink, Touray warns, no sanctions, Faye offers mediation, US troop exit, jihadist attack near Tassia, pro-junta rally (2024-07-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm304-de-01 (Nigeria, Tudun Biri drone strike)
NGA_ARMY = actor("Nigerian Army", "NGA", "MIL")
TB_VILLAGERS = actor("villagers of Tudun Biri", "NGA", "CVL")
OKORO = actor("Valentine Okoro", "NGA", "MIL")
UBA_SANI = actor("Uba Sani", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
SANUSI = actor("Isa Sanusi", "NGA", "NGO")
ATIKU = actor("Atiku Abubakar", "NGA", "OPP")
NAF = actor("Nigerian Air Force", "NGA", "MIL")
NASARAWA_HERDERS = actor("herders in Nasarawa State", "NGA", "CVL")
LAGBAJA = actor("Taoreed Lagbaja", "NGA", "MIL")

T1 = ("Kaduna (AFP) - Bei einem versehentlichen Drohnenangriff der nigerianischen Armee auf eine religiöse Feier im "
      "Norden des Landes sind nach Behördenangaben mindestens 85 Menschen getötet worden.")
T2 = ("Die Drohne habe am Sonntagabend Dorfbewohner in Tudun Biri im Bundesstaat Kaduna getroffen, die den Geburtstag "
      "des Propheten Mohammed feierten, teilte die nationale Katastrophenschutzbehörde NEMA am Dienstag mit.")
T3 = "Unter den Toten seien viele Frauen und Kinder, mehr als 60 Verletzte würden in Krankenhäusern behandelt."
T4 = "Die Armee räumte den Fehler ein."
T5 = ("Die Soldaten hätten bei einem Routineeinsatz gegen Terroristen die Bewegungen der Menschen falsch gedeutet, "
      "sagte der Kommandeur der 1. Division, Generalmajor Valentine Okoro, bei einem Treffen mit Gouverneur Uba Sani "
      "in Kaduna.")
T6 = "Präsident Bola Tinubu ordnete eine umfassende Untersuchung an und nannte den Vorfall „sehr bedauerlich“."
T7 = "Der 71-Jährige sprach den Familien der Opfer sein Beileid aus."
T8 = "Gouverneur Sani besuchte am Montag das Dorf und nahm an der Beerdigung von Opfern teil."
T9 = "„Es ist eine Tragödie, die nie wieder geschehen darf“, sagte er vor Trauernden."
T10 = "Die Luftwaffe erklärte, sie sei an dem Einsatz nicht beteiligt gewesen."
T11 = "Amnesty International sprach von mindestens 120 Toten und forderte eine unabhängige Untersuchung."
T12 = ("Die Armee setze immer wieder Luftangriffe ein, ohne ausreichend zwischen Kämpfern und Zivilisten zu "
       "unterscheiden, erklärte der Nigeria-Direktor der Organisation, Isa Sanusi.")
T13 = "Oppositionsführer Atiku Abubakar verurteilte den Angriff als „inakzeptabel“."
T14 = ("Das Militär geht im Nordwesten Nigerias seit Jahren gegen bewaffnete Banden vor, die Dörfer überfallen und "
       "Menschen entführen.")
T15 = "Im Januar hatte ein Kampfflugzeug der Luftwaffe im Bundesstaat Nasarawa fast 40 Hirten getötet."
T16 = ("Armeechef Generalleutnant Taoreed Lagbaja werde das Dorf in den kommenden Tagen besuchen, hieß es aus "
       "Militärkreisen.")

DE01 = {
    "id": "hm304-de-01", "lang": "de", "url": None, "published": "2023-12-05",
    "title": "Nigerianische Armee tötet bei Drohnenangriff versehentlich mindestens 85 Dorfbewohner",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6, T7], [T8, T9, T10], [T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("ASSAULT", NGA_ARMY, TB_VILLAGERS, T1, mode="drone"),
        event("ASSAULT", NGA_ARMY, TB_VILLAGERS, T2, mode="drone", date="2023-12-03", location="Tudun Biri",
              location_country="NGA"),
        event("CONCEDE", NGA_ARMY, TB_VILLAGERS, T4),
        event("CONCEDE", OKORO, TB_VILLAGERS, T5),
        event("CONSULT", OKORO, UBA_SANI, T5, location="Kaduna", location_country="NGA"),
        event("ACCUSE", TINUBU, NGA_ARMY, T6, mode="investigate"),
        event("CONSULT", UBA_SANI, TB_VILLAGERS, T8, mode="visit", date="2023-12-04", location="Tudun Biri",
              location_country="NGA"),
        event("REQUEST", AMNESTY, NGA_GOV, T11),
        event("ACCUSE", SANUSI, NGA_ARMY, T12, mode="allege"),
        event("ACCUSE", ATIKU, NGA_ARMY, T13, mode="disapprove"),
        event("ASSAULT", NAF, NASARAWA_HERDERS, T15, mode="aerial", location="Nasarawa State",
              location_country="NGA"),
        event("AGREE", LAGBAJA, TB_VILLAGERS, T16),
    ],
    "quotes": [
        quote("Die Drohne habe am Sonntagabend Dorfbewohner in Tudun Biri im Bundesstaat Kaduna getroffen, die den "
              "Geburtstag des Propheten Mohammed feierten", "National Emergency Management Agency", "indirect"),
        quote("Unter den Toten seien viele Frauen und Kinder, mehr als 60 Verletzte würden in Krankenhäusern behandelt",
              "National Emergency Management Agency", "indirect"),
        quote("Die Soldaten hätten bei einem Routineeinsatz gegen Terroristen die Bewegungen der Menschen falsch "
              "gedeutet", "Valentine Okoro", "indirect"),
        quote("sehr bedauerlich", "Bola Tinubu", "direct"),
        quote("Es ist eine Tragödie, die nie wieder geschehen darf", "Uba Sani", "direct"),
        quote("sie sei an dem Einsatz nicht beteiligt gewesen", "Nigerian Air Force", "indirect"),
        quote("Die Armee setze immer wieder Luftangriffe ein, ohne ausreichend zwischen Kämpfern und Zivilisten zu "
              "unterscheiden", "Isa Sanusi", "indirect"),
        quote("inakzeptabel", "Atiku Abubakar", "direct"),
        quote("Armeechef Generalleutnant Taoreed Lagbaja werde das Dorf in den kommenden Tagen besuchen",
              "Nigerian military sources", "indirect"),
    ],
    "entities": [
        entity("Kaduna", "LOC", "NGA", ["Kaduna"]),
        entity("Nigerian Army", "ORG", "NGA", ["der nigerianischen Armee", "Die Armee", "Die Soldaten",
                                               "Das Militär"]),
        entity("Nigeria", "LOC", "NGA", ["des Landes", "Nigerias"]),
        entity("villagers of Tudun Biri", "ORG", "NGA", ["Dorfbewohner"]),
        entity("Tudun Biri", "LOC", "NGA", ["Tudun Biri", "das Dorf"]),
        entity("Kaduna State", "LOC", "NGA", ["Bundesstaat Kaduna"]),
        entity("Muhammad", "PER", None, ["des Propheten Mohammed"]),
        entity("National Emergency Management Agency", "ORG", "NGA",
               ["die nationale Katastrophenschutzbehörde NEMA"]),
        entity("Valentine Okoro", "PER", "NGA", ["der Kommandeur der 1. Division, Generalmajor Valentine Okoro"]),
        entity("1 Division (Nigerian Army)", "ORG", "NGA", ["der 1. Division"]),
        entity("Uba Sani", "PER", "NGA", ["Gouverneur Uba Sani", "Gouverneur Sani"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu", "Der 71-Jährige"]),
        entity("Nigerian Air Force", "ORG", "NGA", ["Die Luftwaffe", "der Luftwaffe"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "der Organisation"]),
        entity("Isa Sanusi", "PER", "NGA", ["der Nigeria-Direktor der Organisation, Isa Sanusi"]),
        entity("Atiku Abubakar", "PER", "NGA", ["Oppositionsführer Atiku Abubakar"]),
        entity("Northwest Nigeria", "LOC", "NGA", ["Nordwesten Nigerias"]),
        entity("Nasarawa State", "LOC", "NGA", ["Bundesstaat Nasarawa"]),
        entity("herders in Nasarawa State", "ORG", "NGA", ["fast 40 Hirten"]),
        entity("Taoreed Lagbaja", "PER", "NGA", ["Armeechef Generalleutnant Taoreed Lagbaja"]),
    ],
}

# ---------------------------------------------------------------- hm304-de-02 (Algeria, Sansal sentenced)
DZA_COURT = actor("Dar El Beida court", "DZA", "JUD")
SANSAL = actor("Boualem Sansal", "DZA", "CVL")
DZA_AUTH = actor("Algerian authorities", "DZA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
BARROT = actor("Jean-Noël Barrot", "FRA", "GOV")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
ZIMERAY = actor("François Zimeray", "FRA", "CVL")
APS = actor("Algeria Press Service", "DZA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
FRANCE = actor("France", "FRA", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")

S1 = ("Algier (dpa) - Ein algerisches Gericht hat den französisch-algerischen Schriftsteller Boualem Sansal zu fünf "
      "Jahren Haft verurteilt.")
S2 = ("Das Strafgericht im Algierer Vorort Dar El Beida sprach den 80-Jährigen am Donnerstag unter anderem der "
      "Untergrabung der nationalen Einheit schuldig und verhängte zudem eine Geldstrafe von 500.000 Dinar.")
S3 = "Die Staatsanwaltschaft hatte zehn Jahre Haft gefordert."
S4 = "Sansal war Mitte November bei seiner Ankunft am Flughafen von Algier festgenommen worden."
S5 = ("Anlass waren Äußerungen in einem Interview mit dem französischen Magazin Frontières, in dem er gesagt hatte, "
      "Teile Westalgeriens hätten historisch zu Marokko gehört.")
S6 = ("Der französische Präsident Emmanuel Macron rief seinen algerischen Amtskollegen Abdelmadjid Tebboune auf, den "
      "Schriftsteller zu begnadigen.")
S7 = ("Er vertraue auf die „Menschlichkeit“ Tebbounes, sagte Macron mit Blick auf das Alter und die Krebserkrankung "
      "des Schriftstellers.")
S8 = ("Außenminister Jean-Noël Barrot bedauerte das Urteil und verlangte eine „rasche und humanitäre Lösung“.")
S9 = ("Sansals französischer Anwalt François Zimeray sprach von einem „politischen Urteil“ gegen einen kranken "
      "alten Mann.")
S10 = "Die algerischen Behörden hatten ihm ein Visum verweigert, er konnte seinen Mandanten nie besuchen."
S11 = "Tebboune hatte Sansal im Dezember vor dem Parlament als „Betrüger“ bezeichnet, den Frankreich geschickt habe."
S12 = ("Die amtliche Nachrichtenagentur APS warf Paris vor, sich in die Angelegenheiten der algerischen Justiz "
       "einzumischen.")
S13 = ("Die Beziehungen zwischen Paris und Algier sind angespannt, seit Frankreich im vergangenen Sommer den "
       "marokkanischen Autonomieplan für die Westsahara unterstützte.")
S14 = "Sansal hatte vor Gericht erklärt, er habe lediglich von seiner Meinungsfreiheit Gebrauch gemacht."
S15 = "Eine Begnadigung durch Tebboune gab es bis zum Abend nicht."
S16 = "Das Urteil kann binnen zehn Tagen angefochten werden."

DE02 = {
    "id": "hm304-de-02", "lang": "de", "url": None, "published": "2025-03-27",
    "title": "Algerisches Gericht verurteilt Schriftsteller Sansal zu fünf Jahren Haft",
    "text": paragraphs([S1, S2, S3], [S4, S5], [S6, S7, S8, S9, S10], [S11, S12, S13], [S14, S15, S16]),
    "events": [
        event("SANCTION", DZA_COURT, SANSAL, S1, mode="convict"),
        event("COERCE", DZA_COURT, SANSAL, S1, mode="arrest"),
        event("SANCTION", DZA_COURT, SANSAL, S2, mode="convict", date="2025-03-27", location="Dar El Beida",
              location_country="DZA"),
        event("COERCE", DZA_AUTH, SANSAL, S4, mode="arrest", location="Algiers", location_country="DZA"),
        event("REQUEST", MACRON, TEBBOUNE, S6, mode="yield"),
        event("ACCUSE", BARROT, DZA_COURT, S8, mode="disapprove"),
        event("REQUEST", BARROT, DZA_GOV, S8, mode="yield"),
        event("ACCUSE", ZIMERAY, DZA_COURT, S9, mode="disapprove"),
        event("REJECT", DZA_AUTH, ZIMERAY, S10),
        event("ACCUSE", TEBBOUNE, SANSAL, S11, mode="disapprove"),
        event("ACCUSE", APS, FRA_GOV, S12, mode="allege"),
        event("SUPPORT", FRANCE, MOROCCO, S13),
        event("CONCEDE", TEBBOUNE, SANSAL, S15, negated=True),
    ],
    "quotes": [
        quote("Teile Westalgeriens hätten historisch zu Marokko gehört", "Boualem Sansal", "indirect"),
        quote("Menschlichkeit", "Emmanuel Macron", "direct"),
        quote("Er vertraue auf die „Menschlichkeit“ Tebbounes", "Emmanuel Macron", "indirect"),
        quote("rasche und humanitäre Lösung", "Jean-Noël Barrot", "direct"),
        quote("politischen Urteil", "François Zimeray", "direct"),
        quote("Betrüger", "Abdelmadjid Tebboune", "direct"),
        quote("Sansal im Dezember vor dem Parlament als „Betrüger“ bezeichnet, den Frankreich geschickt habe",
              "Abdelmadjid Tebboune", "indirect"),
        quote("sich in die Angelegenheiten der algerischen Justiz einzumischen", "Algeria Press Service", "indirect"),
        quote("er habe lediglich von seiner Meinungsfreiheit Gebrauch gemacht", "Boualem Sansal", "indirect"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier", "Algierer"]),
        entity("Dar El Beida court", "ORG", "DZA", ["Ein algerisches Gericht",
                                                    "Das Strafgericht im Algierer Vorort Dar El Beida"]),
        entity("Boualem Sansal", "PER", "DZA", ["den französisch-algerischen Schriftsteller Boualem Sansal",
                                                "den 80-Jährigen", "Sansal", "den Schriftsteller",
                                                "des Schriftstellers", "seinen Mandanten"]),
        entity("Dar El Beida", "LOC", "DZA", ["Dar El Beida"]),
        entity("Public Prosecutor's Office of Algeria", "ORG", "DZA", ["Die Staatsanwaltschaft"]),
        entity("Houari Boumediene Airport", "LOC", "DZA", ["Flughafen von Algier"]),
        entity("Frontières", "ORG", "FRA", ["dem französischen Magazin Frontières"]),
        entity("Western Algeria", "LOC", "DZA", ["Westalgeriens"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Der französische Präsident Emmanuel Macron", "Macron"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["seinen algerischen Amtskollegen Abdelmadjid Tebboune",
                                                      "Tebbounes", "Tebboune"]),
        entity("Jean-Noël Barrot", "PER", "FRA", ["Außenminister Jean-Noël Barrot"]),
        entity("François Zimeray", "PER", "FRA", ["Sansals französischer Anwalt François Zimeray"]),
        entity("Algerian authorities", "ORG", "DZA", ["Die algerischen Behörden"]),
        entity("Parliament of Algeria", "ORG", "DZA", ["dem Parlament"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Algeria Press Service", "ORG", "DZA", ["Die amtliche Nachrichtenagentur APS"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Western Sahara", "LOC", "ESH", ["Westsahara"]),
    ],
}

# ---------------------------------------------------------------- hm304-de-03 (Kenya, court blocks Haiti deployment)
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
MWITA = actor("Enock Chacha Mwita", "KEN", "JUD")
KEN_NSC = actor("National Security Council of Kenya", "KEN", "GOV")
AUKOT = actor("Ekuru Aukot", "KEN", "OPP")
KINDIKI = actor("Kithure Kindiki", "KEN", "GOV")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
KENYA = actor("Kenya", "KEN", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
HENRY = actor("Ariel Henry", "HTI", "GOV")
UN = actor("United Nations", "UNO", "IGO")
KEN_RIGHTS = actor("Kenyan human rights groups", "KEN", "NGO")

H1 = ("Nairobi (Reuters) - Ein kenianisches Gericht hat die geplante Entsendung von 1000 Polizisten nach Haiti für "
      "verfassungswidrig erklärt.")
H2 = ("Der Nationale Sicherheitsrat habe kein Mandat, Polizisten ins Ausland zu schicken, urteilte Richter Enock "
      "Chacha Mwita am Freitag am High Court in Nairobi.")
H3 = ("Jede Entscheidung, die Beamten dennoch zu entsenden, sei „verfassungswidrig, rechtswidrig und ungültig“, "
      "sagte der Richter.")
H4 = "Eine Entsendung sei nur möglich, wenn Kenia mit Haiti ein Gegenseitigkeitsabkommen schließe."
H5 = "Geklagt hatte der Oppositionspolitiker Ekuru Aukot von der kleinen Partei Thirdway Alliance."
H6 = ("Das Urteil sei ein Sieg für die Verfassung und für die kenianischen Steuerzahler, sagte Aukot vor "
      "Journalisten.")
H7 = "Regierungssprecher Isaac Mwaura kündigte an, die Regierung werde Berufung einlegen."
H8 = "Innenminister Kithure Kindiki sagte, Kenia werde Haiti nicht im Stich lassen."
H9 = ("Präsident William Ruto hatte im vergangenen Juli angeboten, eine multinationale Polizeimission gegen die Banden "
      "in Haiti anzuführen.")
H10 = "Der UN-Sicherheitsrat billigte den Einsatz im Oktober."
H11 = "Die USA sagten 200 Millionen Dollar für die Mission zu."
H12 = ("Haitis Regierungschef Ariel Henry hatte bereits im Oktober 2022 die Vereinten Nationen um die Entsendung "
       "ausländischer Sicherheitskräfte gebeten.")
H13 = "Bewaffnete Banden kontrollieren große Teile der Hauptstadt Port-au-Prince."
H14 = "Im vergangenen Jahr wurden bei der Bandengewalt fast 5000 Menschen getötet."
H15 = "Kenianische Menschenrechtsgruppen hatten den Einsatz kritisiert."
H16 = "Die haitianische Regierung äußerte sich zunächst nicht."

DE03 = {
    "id": "hm304-de-03", "lang": "de", "url": None, "published": "2024-01-26",
    "title": "Kenianisches Gericht stoppt Polizeieinsatz in Haiti",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("SANCTION", KEN_HIGH_COURT, KEN_GOV, H1, mode="convict"),
        event("SANCTION", MWITA, KEN_NSC, H2, mode="convict", date="2024-01-26", location="Nairobi",
              location_country="KEN"),
        event("SANCTION", MWITA, KEN_GOV, H3, mode="convict"),
        event("ACCUSE", AUKOT, KEN_GOV, H5, mode="allege"),
        event("SUPPORT", AUKOT, KEN_HIGH_COURT, H6),
        event("AGREE", KINDIKI, HTI_GOV, H8),
        event("AGREE", RUTO, HTI_GOV, H9),
        event("SUPPORT", UNSC, KENYA, H10),
        event("AGREE", USA_GOV, KENYA, H11),
        event("REQUEST", HENRY, UN, H12, mode="assist"),
        event("ACCUSE", KEN_RIGHTS, KEN_GOV, H15, mode="disapprove"),
    ],
    "quotes": [
        quote("Der Nationale Sicherheitsrat habe kein Mandat, Polizisten ins Ausland zu schicken",
              "Enock Chacha Mwita", "indirect"),
        quote("verfassungswidrig, rechtswidrig und ungültig", "Enock Chacha Mwita", "direct"),
        quote("Jede Entscheidung, die Beamten dennoch zu entsenden, sei „verfassungswidrig, rechtswidrig und "
              "ungültig“", "Enock Chacha Mwita", "indirect"),
        quote("Eine Entsendung sei nur möglich, wenn Kenia mit Haiti ein Gegenseitigkeitsabkommen schließe",
              "Enock Chacha Mwita", "indirect"),
        quote("Das Urteil sei ein Sieg für die Verfassung und für die kenianischen Steuerzahler", "Ekuru Aukot",
              "indirect"),
        quote("die Regierung werde Berufung einlegen", "Isaac Mwaura", "indirect"),
        quote("Kenia werde Haiti nicht im Stich lassen", "Kithure Kindiki", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("High Court of Kenya", "ORG", "KEN", ["Ein kenianisches Gericht", "High Court"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
        entity("National Security Council of Kenya", "ORG", "KEN", ["Der Nationale Sicherheitsrat"]),
        entity("Enock Chacha Mwita", "PER", "KEN", ["Richter Enock Chacha Mwita", "der Richter"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Ekuru Aukot", "PER", "KEN", ["der Oppositionspolitiker Ekuru Aukot", "Aukot"]),
        entity("Thirdway Alliance", "ORG", "KEN", ["der kleinen Partei Thirdway Alliance"]),
        entity("Isaac Mwaura", "PER", "KEN", ["Regierungssprecher Isaac Mwaura"]),
        entity("Government of Kenya", "ORG", "KEN", ["die Regierung"]),
        entity("Kithure Kindiki", "PER", "KEN", ["Innenminister Kithure Kindiki"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto"]),
        entity("Multinational Security Support Mission", "ORG", "IGO",
               ["eine multinationale Polizeimission", "die Mission"]),
        entity("UN Security Council", "ORG", "UNO", ["Der UN-Sicherheitsrat"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Ariel Henry", "PER", "HTI", ["Haitis Regierungschef Ariel Henry"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen"]),
        entity("Port-au-Prince", "LOC", "HTI", ["der Hauptstadt Port-au-Prince"]),
        entity("Kenyan human rights groups", "ORG", "KEN", ["Kenianische Menschenrechtsgruppen"]),
        entity("Government of Haiti", "ORG", "HTI", ["Die haitianische Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm304-de-04 (Tanzania, Lissu charged with treason)
TZA_PROSECUTION = actor("Tanzanian prosecution", "TZA", "JUD")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
CHADEMA_SUPPORTERS = actor("Chadema supporters", "TZA", "CVL")
MISIME = actor("David Misime", "TZA", "COP")
MNYIKA = actor("John Mnyika", "TZA", "OPP")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
CHADEMA = actor("Chadema", "TZA", "OPP")
SAMIA = actor("Samia Suluhu Hassan", "TZA", "GOV")
TZA_OPPOSITION = actor("Tanzanian opposition parties", "TZA", "OPP")
LISSU_GUNMEN = actor("gunmen who shot Tundu Lissu", "TZA", "CVL")

L1 = "Daressalam (dpa) - In Tansania ist Oppositionsführer Tundu Lissu wegen Hochverrats angeklagt worden."
L2 = ("Die Staatsanwaltschaft wirft dem Vorsitzenden der größten Oppositionspartei Chadema vor, in einer Rede zur "
      "Verhinderung der für Oktober geplanten Wahlen aufgerufen zu haben.")
L3 = "Der 57-Jährige erschien am Donnerstag vor einem Gericht in Daressalam."
L4 = "Bei Hochverrat ist in Tansania keine Freilassung gegen Kaution möglich."
L5 = "Lissu war am Mittwochabend nach einer Kundgebung in Mbinga im Süden des Landes festgenommen worden."
L6 = "Die Polizei setzte Tränengas gegen Anhänger ein, die sich um den Wagen des Politikers versammelt hatten."
L7 = "Polizeisprecher David Misime sagte, Lissu habe die Öffentlichkeit zum Aufstand gegen die Regierung aufgestachelt."
L8 = ("Chadema-Generalsekretär John Mnyika sprach von einem „politisch motivierten“ Verfahren und verlangte die "
      "sofortige Freilassung seines Parteichefs.")
L9 = "„Wir werden nicht aufgeben“, sagte er."
L10 = ("Chadema fordert unter dem Motto „Keine Reformen, keine Wahl“ eine Änderung des Wahlrechts und droht mit einem "
       "Boykott der Abstimmung.")
L11 = ("Präsidentin Samia Suluhu Hassan, die bei der Wahl eine zweite Amtszeit anstrebt, äußerte sich zunächst "
       "nicht.")
L12 = ("Die 65-Jährige hatte 2023 das Verbot politischer Kundgebungen aus der Zeit ihres Vorgängers John Magufuli "
       "aufgehoben.")
L13 = "Lissu kehrte im selben Jahr aus dem Exil in Belgien zurück."
L14 = "Unbekannte hatten 2017 in der Hauptstadt Dodoma 16 Mal auf ihn geschossen."
L15 = ("Die Polizei verstärkte am Donnerstag ihre Präsenz vor dem Gericht und an der Parteizentrale von Chadema in "
       "Daressalam.")

DE04 = {
    "id": "hm304-de-04", "lang": "de", "url": None, "published": "2025-04-10",
    "title": "Tansanischer Oppositionsführer Lissu wegen Hochverrats angeklagt",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10], [L11, L12, L13, L14], [L15]),
    "events": [
        event("ACCUSE", TZA_PROSECUTION, LISSU, L1, mode="allege"),
        event("ACCUSE", TZA_PROSECUTION, LISSU, L2, mode="allege"),
        event("COERCE", TZA_POLICE, LISSU, L5, mode="arrest", date="2025-04-09", location="Mbinga",
              location_country="TZA"),
        event("ASSAULT", TZA_POLICE, CHADEMA_SUPPORTERS, L6, mode="crowd-control", location="Mbinga",
              location_country="TZA"),
        event("ACCUSE", MISIME, LISSU, L7, mode="allege"),
        event("ACCUSE", MNYIKA, TZA_GOV, L8, mode="disapprove"),
        event("REQUEST", MNYIKA, TZA_GOV, L8, mode="yield"),
        event("REQUEST", CHADEMA, TZA_GOV, L10, mode="change"),
        event("THREATEN", CHADEMA, TZA_GOV, L10),
        event("CONCEDE", SAMIA, TZA_OPPOSITION, L12),
        event("ASSAULT", LISSU_GUNMEN, LISSU, L14, mode="firearms", location="Dodoma", location_country="TZA"),
        event("MOBILIZE", TZA_POLICE, None, L15, mode="police", date="2025-04-10", location="Dar es Salaam",
              location_country="TZA"),
    ],
    "quotes": [
        quote("in einer Rede zur Verhinderung der für Oktober geplanten Wahlen aufgerufen zu haben",
              "Tanzanian prosecution", "indirect"),
        quote("Lissu habe die Öffentlichkeit zum Aufstand gegen die Regierung aufgestachelt", "David Misime",
              "indirect"),
        quote("politisch motivierten", "John Mnyika", "direct"),
        quote("Wir werden nicht aufgeben", "John Mnyika", "direct"),
        quote("Keine Reformen, keine Wahl", "Chadema", "direct"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Tanzania", "LOC", "TZA", ["Tansania", "des Landes"]),
        entity("Tundu Lissu", "PER", "TZA", ["Oppositionsführer Tundu Lissu",
                                             "dem Vorsitzenden der größten Oppositionspartei Chadema",
                                             "Der 57-Jährige", "Lissu", "des Politikers", "seines Parteichefs"]),
        entity("Public Prosecutor's Office of Tanzania", "ORG", "TZA", ["Die Staatsanwaltschaft"]),
        entity("Chadema", "ORG", "TZA", ["der größten Oppositionspartei Chadema", "Chadema"]),
        entity("court in Dar es Salaam", "ORG", "TZA", ["einem Gericht in Daressalam", "dem Gericht"]),
        entity("Mbinga", "LOC", "TZA", ["Mbinga"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["Die Polizei"]),
        entity("Chadema supporters", "ORG", "TZA", ["Anhänger"]),
        entity("David Misime", "PER", "TZA", ["Polizeisprecher David Misime"]),
        entity("Government of Tanzania", "ORG", "TZA", ["die Regierung"]),
        entity("John Mnyika", "PER", "TZA", ["Chadema-Generalsekretär John Mnyika"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan", "Die 65-Jährige"]),
        entity("John Magufuli", "PER", "TZA", ["ihres Vorgängers John Magufuli"]),
        entity("Belgium", "LOC", "BEL", ["Belgien"]),
        entity("gunmen who shot Tundu Lissu", "PER", "TZA", ["Unbekannte"]),
        entity("Dodoma", "LOC", "TZA", ["der Hauptstadt Dodoma"]),
        entity("Chadema headquarters", "LOC", "TZA", ["der Parteizentrale von Chadema"]),
    ],
}

# ---------------------------------------------------------------- hm304-en-01 (Malawi, Chilima killed in plane crash)
CHAKWERA = actor("Lazarus Chakwera", "MWI", "GOV")
BAHAMAS_GOV = actor("Government of the Bahamas", "BHS", "GOV")
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
MWI_GOV = actor("Government of Malawi", "MWI", "GOV")
CHILIMA = actor("Saulos Chilima", "MWI", "GOV")
MWI_ACB = actor("Anti-Corruption Bureau of Malawi", "MWI", "GOV")
MWI_PROSECUTORS = actor("Malawian prosecutors", "MWI", "JUD")
UTM = actor("UTM Party", "MWI", "PTY")
MUTHARIKA = actor("Peter Mutharika", "MWI", "OPP")
MWI_PUBLIC = actor("people of Malawi", "MWI", "CVL")

M1 = ("LILONGWE, June 11 (Reuters) - Malawi's Vice President Saulos Chilima and nine other people were killed when a "
      "military plane carrying them crashed in mountainous forest in the north of the country, President Lazarus "
      "Chakwera said on Tuesday.")
M2 = ("Search teams found the wreckage near the Chikangawa forest reserve on Tuesday morning after a search lasting "
      "more than 24 hours, Chakwera said in a televised address.")
M3 = ('"I am deeply sorry to inform you that it has all turned out to be a terrible tragedy," Chakwera said.')
M4 = ("The Malawi Defence Force's Dornier 228 plane left Lilongwe on Monday morning for the northern city of Mzuzu, "
      "where Chilima was due to attend the funeral of former Attorney General Ralph Kasambara.")
M5 = ("Aviation authorities told the pilots not to attempt a landing because of poor visibility and to return to "
      "Lilongwe, but the plane disappeared from radar shortly afterwards, Chakwera said.")
M6 = "Chakwera cancelled a planned trip to the Bahamas on Monday to oversee the search."
M7 = "The United States, Britain and Israel provided specialised technology to help locate the aircraft."
M8 = "Chakwera declared 21 days of national mourning and ordered flags to be flown at half mast."
M9 = ("The 51-year-old Chilima, a former telecoms executive, was widely seen as a likely presidential contender in "
      "next year's election.")
M10 = ("He was arrested in 2022 over allegations that he took bribes from a businessman to help him win government "
       "contracts, but prosecutors dropped the charges last month.")
M11 = ("Chilima's UTM party said it wanted an independent investigation into the crash and criticised the "
       "government for taking so long to find the plane.")
M12 = "Chakwera said he had ordered an inquiry into the cause of the crash."
M13 = ("Former President Peter Mutharika, leader of the main opposition Democratic Progressive Party, called "
       "Chilima's death a loss for the whole nation and urged Malawians to remain calm.")
M14 = "The African Union and the U.S. State Department sent condolences."
M15 = "Among the dead was Shanil Dzimbiri, a former wife of ex-President Bakili Muluzi."

EN01 = {
    "id": "hm304-en-01", "lang": "en", "url": None, "published": "2024-06-11",
    "title": "Malawi's Vice President Chilima killed in military plane crash",
    "text": paragraphs([M1, M2, M3], [M4, M5], [M6, M7, M8], [M9, M10], [M11, M12, M13], [M14, M15]),
    "events": [
        event("REJECT", CHAKWERA, BAHAMAS_GOV, M6, mode="meet", date="2024-06-10"),
        event("AID", USA, MWI_GOV, M7),
        event("AID", UK, MWI_GOV, M7),
        event("AID", ISRAEL, MWI_GOV, M7),
        event("COERCE", MWI_ACB, CHILIMA, M10, mode="arrest"),
        event("ACCUSE", MWI_ACB, CHILIMA, M10, mode="allege"),
        event("CONCEDE", MWI_PROSECUTORS, CHILIMA, M10),
        event("REQUEST", UTM, MWI_GOV, M11),
        event("ACCUSE", UTM, MWI_GOV, M11, mode="disapprove"),
        event("ACCUSE", CHAKWERA, None, M12, mode="investigate"),
        event("REQUEST", MUTHARIKA, MWI_PUBLIC, M13),
    ],
    "quotes": [
        quote("Malawi's Vice President Saulos Chilima and nine other people were killed when a military plane carrying "
              "them crashed in mountainous forest in the north of the country", "Lazarus Chakwera", "indirect"),
        quote("Search teams found the wreckage near the Chikangawa forest reserve on Tuesday morning after a search "
              "lasting more than 24 hours", "Lazarus Chakwera", "indirect"),
        quote("I am deeply sorry to inform you that it has all turned out to be a terrible tragedy",
              "Lazarus Chakwera", "direct"),
        quote("Aviation authorities told the pilots not to attempt a landing because of poor visibility and to return "
              "to Lilongwe, but the plane disappeared from radar shortly afterwards", "Lazarus Chakwera", "indirect"),
        quote("it wanted an independent investigation into the crash", "UTM Party", "indirect"),
        quote("he had ordered an inquiry into the cause of the crash", "Lazarus Chakwera", "indirect"),
        quote("Chilima's death a loss for the whole nation", "Peter Mutharika", "indirect"),
    ],
    "entities": [
        entity("Lilongwe", "LOC", "MWI", ["LILONGWE", "Lilongwe"]),
        entity("Malawi", "LOC", "MWI", ["Malawi", "the country"]),
        entity("Saulos Chilima", "PER", "MWI", ["Malawi's Vice President Saulos Chilima",
                                                "The 51-year-old Chilima", "Chilima"]),
        entity("Lazarus Chakwera", "PER", "MWI", ["President Lazarus Chakwera", "Chakwera"]),
        entity("Chikangawa forest reserve", "LOC", "MWI", ["the Chikangawa forest reserve"]),
        entity("search teams", "ORG", "MWI", ["Search teams"]),
        entity("Malawi Defence Force", "ORG", "MWI", ["The Malawi Defence Force"]),
        entity("Mzuzu", "LOC", "MWI", ["the northern city of Mzuzu"]),
        entity("Ralph Kasambara", "PER", "MWI", ["former Attorney General Ralph Kasambara"]),
        entity("Department of Civil Aviation of Malawi", "ORG", "MWI", ["Aviation authorities"]),
        entity("Bahamas", "LOC", "BHS", ["the Bahamas"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Malawian prosecutors", "ORG", "MWI", ["prosecutors"]),
        entity("UTM Party", "ORG", "MWI", ["Chilima's UTM party"]),
        entity("Government of Malawi", "ORG", "MWI", ["the government"]),
        entity("Peter Mutharika", "PER", "MWI", ["Former President Peter Mutharika"]),
        entity("Democratic Progressive Party", "ORG", "MWI", ["the main opposition Democratic Progressive Party"]),
        entity("people of Malawi", "ORG", "MWI", ["Malawians"]),
        entity("African Union", "ORG", "IGO", ["The African Union"]),
        entity("U.S. Department of State", "ORG", "USA", ["the U.S. State Department"]),
        entity("Shanil Dzimbiri", "PER", "MWI", ["Shanil Dzimbiri"]),
        entity("Bakili Muluzi", "PER", "MWI", ["ex-President Bakili Muluzi"]),
    ],
}

# ---------------------------------------------------------------- hm304-en-02 (Niger/Mali/Burkina Faso, AES summit)
TIANI = actor("Abdourahamane Tiani", "NER", "GOV")
GOITA = actor("Assimi Goïta", "MLI", "GOV")
TRAORE = actor("Ibrahim Traoré", "BFA", "GOV")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
FRANCE_GOV = actor("France", "FRA", "GOV")
AES = actor("Alliance of Sahel States", "IGO", "IGO")
TOURAY = actor("Omar Alieu Touray", "IGO", "IGO")
NIGER = actor("Niger", "NER", "GOV")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
US_MILITARY = actor("U.S. military", "USA", "MIL")
NER_JUNTA = actor("National Council for the Safeguard of the Homeland", "NER", "GOV")
NER_MOD = actor("Ministry of Defence of Niger", "NER", "GOV")
NER_JIHADISTS = actor("jihadists in western Niger", "NER", "REB")
NIAMEY_SUPPORTERS = actor("junta supporters in Niamey", "NER", "CVL")

A1 = ("NIAMEY, July 6 (Reuters) - The military leaders of Niger, Mali and Burkina Faso signed a treaty creating a "
      "confederation on Saturday, cementing their break with the West African bloc ECOWAS at their first summit since "
      "the coups that brought them to power.")
A2 = ("Niger's General Abdourahamane Tiani hosted Mali's Colonel Assimi Goita and Burkina Faso's Captain Ibrahim "
      "Traore in the capital Niamey, where crowds lined the streets to greet them.")
A3 = '"Our peoples have irrevocably turned their backs on ECOWAS," Tiani told the summit.'
A4 = ("He accused the bloc of serving the interests of foreign powers, an apparent reference to former colonial "
      "ruler France.")
A5 = ("The Alliance of Sahel States (AES), set up as a mutual defence pact last September, now becomes a "
      "confederation with plans for a common passport.")
A6 = '"France still believes that our gold and our uranium belong to it," Traore said.'
A7 = ("Goita, who was named the confederation's first president for a one-year term, agreed with Tiani and Traore "
      "to set up a joint investment bank and a stabilisation fund.")
A8 = ("ECOWAS leaders, who meet in the Nigerian capital Abuja on Sunday, have urged the alliance to reconsider its "
      "members' exit from the bloc.")
A9 = ("ECOWAS Commission President Omar Alieu Touray warned on Friday that the region risked disintegration and that "
      "citizens of the alliance could lose visa-free travel and the right to live and work across West Africa.")
A10 = "The bloc has so far not imposed sanctions on the AES members over their exit."
A11 = "In February, ECOWAS lifted most of the sanctions it had placed on Niger after last year's coup."
A12 = ("Senegal's new President Bassirou Diomaye Faye has offered to act as a mediator with the AES.")
A13 = ("The last U.S. troops are due to leave an air base in Niamey on Sunday, after the junta ended a military "
       "cooperation agreement with Washington in March.")
A14 = ("Islamist violence has not abated, and the defence ministry said last month that suspected jihadists had "
       "killed 20 soldiers and a civilian in an attack near Tassia in western Niger.")
A15 = ("Hundreds of supporters waving Russian and Nigerien flags rallied in Niamey on Saturday, chanting slogans "
       "against France.")

EN02 = {
    "id": "hm304-en-02", "lang": "en", "url": None, "published": "2024-07-06",
    "title": "Sahel juntas sign confederation treaty, cementing break with ECOWAS",
    "text": paragraphs([A1, A2], [A3, A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("SUPPORT", TIANI, GOITA, A1, date="2024-07-06", location="Niamey", location_country="NER"),
        event("SUPPORT", TIANI, TRAORE, A1, date="2024-07-06", location="Niamey", location_country="NER"),
        event("CONSULT", GOITA, TIANI, A2, mode="visit", location="Niamey", location_country="NER"),
        event("CONSULT", TRAORE, TIANI, A2, mode="visit", location="Niamey", location_country="NER"),
        event("REJECT", TIANI, ECOWAS, A3, mode="change"),
        event("ACCUSE", TIANI, ECOWAS, A4, mode="allege"),
        event("ACCUSE", TRAORE, FRANCE_GOV, A6, mode="disapprove"),
        event("AGREE", GOITA, TIANI, A7),
        event("AGREE", GOITA, TRAORE, A7),
        event("REQUEST", ECOWAS, AES, A8, mode="change"),
        event("THREATEN", TOURAY, AES, A9, mode="restrict", date="2024-07-05"),
        event("SANCTION", ECOWAS, AES, A10, negated=True),
        event("RETREAT", ECOWAS, NIGER, A11),
        event("AGREE", FAYE, AES, A12),
        event("CONCEDE", US_MILITARY, NIGER, A13),
        event("SANCTION", NER_JUNTA, USA, A13, mode="discontinue"),
        event("ACCUSE", NER_MOD, NER_JIHADISTS, A14, mode="allege"),
        event("PROTEST", NIAMEY_SUPPORTERS, FRANCE_GOV, A15, mode="demo", date="2024-07-06", location="Niamey",
              location_country="NER"),
    ],
    "quotes": [
        quote("Our peoples have irrevocably turned their backs on ECOWAS", "Abdourahamane Tiani", "direct"),
        quote("serving the interests of foreign powers", "Abdourahamane Tiani", "indirect"),
        quote("France still believes that our gold and our uranium belong to it", "Ibrahim Traoré", "direct"),
        quote("the region risked disintegration and that citizens of the alliance could lose visa-free travel and the "
              "right to live and work across West Africa", "Omar Alieu Touray", "indirect"),
        quote("suspected jihadists had killed 20 soldiers and a civilian in an attack near Tassia in western Niger",
              "Ministry of Defence of Niger", "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["NIAMEY", "the capital Niamey", "Niamey"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("ECOWAS", "ORG", "IGO", ["the West African bloc ECOWAS", "ECOWAS", "the bloc"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Niger's General Abdourahamane Tiani", "Tiani"]),
        entity("Assimi Goïta", "PER", "MLI", ["Mali's Colonel Assimi Goita", "Goita"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Burkina Faso's Captain Ibrahim Traore", "Traore"]),
        entity("France", "LOC", "FRA", ["former colonial ruler France", "France"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["The Alliance of Sahel States (AES)", "AES",
                                                          "the alliance", "the confederation", "a confederation"]),
        entity("Abuja", "LOC", "NGA", ["the Nigerian capital Abuja"]),
        entity("ECOWAS Commission", "ORG", "IGO", ["ECOWAS Commission"]),
        entity("Omar Alieu Touray", "PER", "IGO", ["ECOWAS Commission President Omar Alieu Touray"]),
        entity("West Africa", "LOC", None, ["West Africa"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Senegal's new President Bassirou Diomaye Faye"]),
        entity("U.S. military", "ORG", "USA", ["The last U.S. troops"]),
        entity("Air Base 101", "LOC", "NER", ["an air base in Niamey"]),
        entity("National Council for the Safeguard of the Homeland", "ORG", "NER", ["the junta"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Ministry of Defence of Niger", "ORG", "NER", ["the defence ministry"]),
        entity("jihadists in western Niger", "ORG", "NER", ["suspected jihadists"]),
        entity("Tassia", "LOC", "NER", ["Tassia"]),
        entity("junta supporters in Niamey", "ORG", "NER", ["Hundreds of supporters"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
