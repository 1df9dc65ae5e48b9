"""Round 409: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm409-de-01: Sri Lanka: the CID arrests ex-president Ranil Wickremesinghe over state money spent on a 2023 London trip; remand until 26 August and bail refused, Premadasa cries political revenge, UNP supporters rally outside court without arrests, the UNP demands his release, the government rejects persecution claims (2025-08-23).
- hm409-de-02: Thailand: after the State Audit Office tower collapses in the Myanmar earthquake, Bangkok opens a criminal probe into the ITD-China Railway No. 10 consortium; police detain and free four Chinese nationals removing documents, Akanat shuts the Xin Ke Yuan steel plant, Beijing urges its firms to cooperate, Israeli and US rescuers help, Natthaphong blames the government (2025-04-01).
- hm409-de-03: Indonesia: thousands protest in Pati against regent Sudewo over a 250 per cent property-tax rise; stones and tear gas, Sudewo apologises but refuses to resign, the regional parliament sets up an impeachment committee, Tito Karnavian appeals for calm, the KPK checks a bribery lead (2025-08-13).
- hm409-de-04: IOC: Kirsty Coventry elected the first woman and first African IOC president in Costa Navarino; Bach, Samaranch and Mnangagwa congratulate, the suspended Russian Olympic Committee, Degtyarev and Bidnyi make opposite demands, Coventry's working group on the female category (2025-03-20).
- hm409-en-01: Papua New Guinea: Prime Minister James Marape survives a no-confidence vote 75 to 28; the opposition's accusations and vote-buying claim, Marape's invitation to opponents, police deployed at Parliament House, Manning's arrest warning, Albanese's call, the January riots and police strike recalled (2024-09-11).
- hm409-en-02: WHO: the World Health Organization fires Western Pacific regional director Takeshi Kasai after a misconduct investigation; Tedros's email, the earlier leave and staff accusations of racist abuse, Kasai's denial, staff welcome the decision and ask for a review, the U.S. mission backs the WHO (2023-03-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm409-de-01 (Sri Lanka, Wickremesinghe arrested)
LKA_CID = actor("Criminal Investigation Department of Sri Lanka", "LKA", "COP")
RANIL = actor("Ranil Wickremesinghe", "LKA", "OPP")
LKA_COURT = actor("Colombo Fort Magistrate's Court", "LKA", "JUD")
RANIL_LAWYERS = actor("lawyers of Ranil Wickremesinghe", "LKA", "CVL")
PREMADASA = actor("Sajith Premadasa", "LKA", "OPP")
LKA_GOV = actor("Government of Sri Lanka", "LKA", "GOV")
UNP_SUPPORTERS = actor("supporters of the United National Party", "LKA", "CVL")
LKA_POLICE = actor("Sri Lanka Police", "LKA", "COP")
UNP = actor("United National Party", "LKA", "PTY")

L1 = ("Colombo (dpa) - Sri Lankas früherer Präsident Ranil Wickremesinghe ist wegen des Verdachts der Veruntreuung "
      "staatlicher Gelder festgenommen worden.")
L2 = ("Beamte der Kriminalpolizei CID nahmen den 76-Jährigen am Freitag nach einer mehrstündigen Befragung in ihrem "
      "Hauptquartier in Colombo fest, wie ein Polizeisprecher mitteilte.")
L3 = ("Die Ermittler werfen Wickremesinghe vor, für eine private Reise nach London im September 2023 rund 16,6 "
      "Millionen Rupien (etwa 47.000 Euro) aus der Staatskasse ausgegeben zu haben.")
L4 = ("Damals hatte er als Staatschef an einer Feier zu Ehren seiner Ehefrau an einer britischen Universität "
      "teilgenommen.")
L5 = "Ein Richter in Colombo ordnete am Abend Untersuchungshaft bis zum 26. August an."
L6 = "Einen Antrag der Verteidigung auf Freilassung gegen Kaution lehnte er ab."
L7 = "Wickremesinghe weist die Vorwürfe zurück."
L8 = "Die Reise sei dienstlich gewesen und ordnungsgemäß abgerechnet worden, erklärte sein Büro."
L9 = ("Oppositionsführer Sajith Premadasa, ein langjähriger Rivale Wickremesinghes, verurteilte die Festnahme als "
      "„politische Rache“.")
L10 = ("Die Regierung von Präsident Anura Kumara Dissanayake missbrauche die Justiz, um Gegner einzuschüchtern, sagte "
       "er.")
L11 = ("Hunderte Anhänger von Wickremesinghes Vereinigter Nationalpartei (UNP) versammelten sich vor dem "
       "Gerichtsgebäude und riefen Parolen gegen die Regierung.")
L12 = "Die Polizei sperrte die Zufahrtsstraßen ab, nahm aber niemanden fest."
L13 = "Die UNP forderte die sofortige Freilassung ihres Vorsitzenden."
L14 = "Regierungssprecher Nalinda Jayatissa wies den Vorwurf politischer Verfolgung zurück."
L15 = "„Niemand steht über dem Gesetz, auch kein früherer Präsident“, sagte der Minister in Colombo."
L16 = ("Dissanayake hatte die Präsidentenwahl im September 2024 mit einem Wahlkampf gegen die Korruption der alten "
       "Eliten gewonnen.")
L17 = ("Wickremesinghe hatte das Land von 2022 bis 2024 durch die schwerste Wirtschaftskrise seiner Geschichte "
       "geführt.")
L18 = "Nach Angaben seiner Partei wurde er in der Nacht wegen Herzbeschwerden in ein Krankenhaus verlegt."

DE01 = {
    "id": "hm409-de-01", "lang": "de", "url": None, "published": "2025-08-23",
    "title": "Sri Lankas Ex-Präsident Wickremesinghe festgenommen",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11, L12, L13], [L14, L15, L16],
                       [L17, L18]),
    "events": [
        event("COERCE", LKA_CID, RANIL, L1, mode="arrest", location_country="LKA"),
        event("COERCE", LKA_CID, RANIL, L2, mode="arrest", date="2025-08-22", location="Colombo",
              location_country="LKA"),
        event("ACCUSE", LKA_CID, RANIL, L3, mode="allege"),
        event("COERCE", LKA_COURT, RANIL, L5, mode="arrest", date="2025-08-22", location="Colombo",
              location_country="LKA"),
        event("REQUEST", RANIL_LAWYERS, LKA_COURT, L6, mode="yield"),
        event("REJECT", LKA_COURT, RANIL_LAWYERS, L6, mode="yield"),
        event("ACCUSE", PREMADASA, LKA_GOV, L9, mode="disapprove"),
        event("ACCUSE", PREMADASA, LKA_GOV, L10, mode="allege"),
        event("PROTEST", UNP_SUPPORTERS, LKA_GOV, L11, mode="demo", location="Colombo", location_country="LKA"),
        event("COERCE", LKA_POLICE, UNP_SUPPORTERS, L12, mode="arrest", location="Colombo", location_country="LKA",
              negated=True),
        event("REQUEST", UNP, LKA_GOV, L13, mode="yield"),
    ],
    "quotes": [
        quote("Beamte der Kriminalpolizei CID nahmen den 76-Jährigen am Freitag nach einer mehrstündigen Befragung in "
              "ihrem Hauptquartier in Colombo fest", "Sri Lanka Police spokesman", "indirect"),
        quote("für eine private Reise nach London im September 2023 rund 16,6 Millionen Rupien (etwa 47.000 Euro) aus "
              "der Staatskasse ausgegeben zu haben", "Criminal Investigation Department of Sri Lanka", "indirect"),
        quote("Die Reise sei dienstlich gewesen und ordnungsgemäß abgerechnet worden",
              "Office of Ranil Wickremesinghe", "indirect"),
        quote("politische Rache", "Sajith Premadasa", "direct"),
        quote("Die Regierung von Präsident Anura Kumara Dissanayake missbrauche die Justiz, um Gegner einzuschüchtern",
              "Sajith Premadasa", "indirect"),
        quote("Niemand steht über dem Gesetz, auch kein früherer Präsident", "Nalinda Jayatissa", "direct"),
        quote("wurde er in der Nacht wegen Herzbeschwerden in ein Krankenhaus verlegt", "United National Party",
              "indirect"),
    ],
    "entities": [
        entity("Colombo", "LOC", "LKA", ["Colombo"]),
        entity("Sri Lanka", "LOC", "LKA", ["Sri Lankas", "das Land"]),
        entity("Ranil Wickremesinghe", "PER", "LKA",
               ["Sri Lankas früherer Präsident Ranil Wickremesinghe", "den 76-Jährigen", "Wickremesinghe", "er",
                "Wickremesinghes", "ihres Vorsitzenden"]),
        entity("Criminal Investigation Department of Sri Lanka", "ORG", "LKA",
               ["Beamte der Kriminalpolizei CID", "Die Ermittler"]),
        entity("Sri Lanka Police spokesman", "PER", "LKA", ["ein Polizeisprecher"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Maithree Wickremesinghe", "PER", "LKA", ["seiner Ehefrau"]),
        entity("University of Wolverhampton", "ORG", "GBR", ["einer britischen Universität"]),
        entity("Colombo Fort Magistrate", "PER", "LKA", ["Ein Richter in Colombo", "er"]),
        entity("lawyers of Ranil Wickremesinghe", "PER", "LKA", ["der Verteidigung"]),
        entity("Office of Ranil Wickremesinghe", "ORG", "LKA", ["sein Büro"]),
        entity("Sajith Premadasa", "PER", "LKA",
               ["Oppositionsführer Sajith Premadasa, ein langjähriger Rivale Wickremesinghes", "er"]),
        entity("Government of Sri Lanka", "ORG", "LKA",
               ["Die Regierung von Präsident Anura Kumara Dissanayake", "die Regierung"]),
        entity("Anura Kumara Dissanayake", "PER", "LKA", ["Präsident Anura Kumara Dissanayake", "Dissanayake"]),
        entity("United National Party", "ORG", "LKA",
               ["Wickremesinghes Vereinigter Nationalpartei (UNP)", "Die UNP", "seiner Partei"]),
        entity("supporters of the United National Party", "PER", "LKA",
               ["Hunderte Anhänger von Wickremesinghes Vereinigter Nationalpartei (UNP)"]),
        entity("Colombo Fort Magistrate's Court", "ORG", "LKA", ["dem Gerichtsgebäude"]),
        entity("Sri Lanka Police", "ORG", "LKA", ["Die Polizei"]),
        entity("Nalinda Jayatissa", "PER", "LKA", ["Regierungssprecher Nalinda Jayatissa", "der Minister"]),
    ],
}

# ---------------------------------------------------------------- hm409-de-02 (Thailand, tower collapse probe)
THA_GOV = actor("Government of Thailand", "THA", "GOV")
ITD_CR10 = actor("ITD-China Railway No. 10 joint venture", "THA", "BUS")
THA_POLICE = actor("Royal Thai Police", "THA", "COP")
CHN_NATIONALS = actor("Chinese nationals detained in Bangkok", "CHN", "CVL")
ANUTIN = actor("Anutin Charnvirakul", "THA", "GOV")
AKANAT = actor("Akanat Promphan", "THA", "GOV")
XKY = actor("Xin Ke Yuan Steel", "CHN", "BUS")
CHN_MFA = actor("Ministry of Foreign Affairs of China", "CHN", "GOV")
CR10 = actor("China Railway No. 10 Engineering Group", "CHN", "BUS")
CHADCHART = actor("Chadchart Sittipunt", "THA", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
US_RESCUERS = actor("United States rescue specialists", "USA", "GOV")
NATTHAPHONG = actor("Natthaphong Ruengpanyawut", "THA", "OPP")

H1 = ("Bangkok (dpa) - Nach dem Einsturz eines Hochhauses in Bangkok beim schweren Erdbeben in Myanmar haben die "
      "thailändischen Behörden strafrechtliche Ermittlungen gegen das verantwortliche Baukonsortium eingeleitet.")
H2 = ("Der Rohbau der staatlichen Rechnungsprüfungsbehörde im Stadtteil Chatuchak war am Freitag als einziges "
      "Hochhaus der Hauptstadt in sich zusammengestürzt.")
H3 = "Bislang wurden 15 Tote aus den Trümmern geborgen, mehr als 70 Menschen werden noch vermisst."
H4 = ("Die Polizei nahm am Sonntag vier chinesische Staatsbürger fest, die ohne Genehmigung Dokumente von der "
      "abgesperrten Baustelle gebracht haben sollen.")
H5 = "Nach einer Befragung kamen die Männer wieder auf freien Fuß."
H6 = ("Innenminister Anutin Charnvirakul sprach von einem „schwerwiegenden Verdacht“ gegen die beteiligten "
      "Unternehmen.")
H7 = ("Industrieminister Akanat Promphan ließ zudem ein Stahlwerk der chinesischen Firma Xin Ke Yuan in der Provinz "
      "Rayong schließen.")
H8 = "Proben des dort hergestellten Bewehrungsstahls hätten nicht den Normen entsprochen, sagte er."
H9 = ("Das Konsortium aus dem thailändischen Bauunternehmen Italian-Thai Development und der chinesischen China "
      "Railway No. 10 wies jede Verantwortung zurück.")
H10 = ("Man habe alle Vorgaben eingehalten und werde eng mit den Ermittlern zusammenarbeiten, hieß es in einer "
       "Erklärung.")
H11 = ("Das Außenministerium in Peking forderte China Railway No. 10 und Xin Ke Yuan auf, die Untersuchung "
       "uneingeschränkt zu unterstützen.")
H12 = ("Sprecher Guo Jiakun sagte, China setze auf eine „faire und transparente“ Aufklärung und werde sich nicht "
       "einmischen.")
H13 = "Der Gouverneur von Bangkok, Chadchart Sittipunt, bat ausländische Rettungsteams um Hilfe bei der Bergung."
H14 = ("Spezialisten der israelischen Armee und aus den USA beteiligen sich bereits an der Suche nach Verschütteten "
       "in den Trümmern.")
H15 = ("Oppositionsführer Natthaphong Ruengpanyawut warf der Regierung vor, die Bauaufsicht jahrelang vernachlässigt "
       "zu haben.")
H16 = ("Das Beben der Stärke 7,7 hatte sein Zentrum nahe der Stadt Mandalay, wo nach Angaben der Militärjunta mehr "
       "als 2.000 Menschen ums Leben kamen.")

DE02 = {
    "id": "hm409-de-02", "lang": "de", "url": None, "published": "2025-04-01",
    "title": "Thailand ermittelt nach Hochhaus-Einsturz gegen Baufirmen",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10], [H11, H12], [H13, H14, H15, H16]),
    "events": [
        event("ACCUSE", THA_GOV, ITD_CR10, H1, mode="investigate"),
        event("COERCE", THA_POLICE, CHN_NATIONALS, H4, mode="arrest", date="2025-03-30", location="Bangkok",
              location_country="THA"),
        event("RETREAT", THA_POLICE, CHN_NATIONALS, H5, mode="release"),
        event("ACCUSE", ANUTIN, ITD_CR10, H6, mode="allege"),
        event("COERCE", AKANAT, XKY, H7, mode="restrict", location="Rayong", location_country="THA"),
        event("ACCUSE", AKANAT, XKY, H8, mode="allege"),
        event("AGREE", ITD_CR10, THA_GOV, H10),
        event("REQUEST", CHN_MFA, CR10, H11),
        event("REQUEST", CHN_MFA, XKY, H11),
        event("REQUEST", CHADCHART, None, H13, mode="assist"),
        event("AID", IDF, THA_GOV, H14, location="Bangkok", location_country="THA"),
        event("AID", US_RESCUERS, THA_GOV, H14, location="Bangkok", location_country="THA"),
        event("ACCUSE", NATTHAPHONG, THA_GOV, H15, mode="disapprove"),
    ],
    "quotes": [
        quote("schwerwiegenden Verdacht", "Anutin Charnvirakul", "direct"),
        quote("Proben des dort hergestellten Bewehrungsstahls hätten nicht den Normen entsprochen", "Akanat Promphan",
              "indirect"),
        quote("Man habe alle Vorgaben eingehalten und werde eng mit den Ermittlern zusammenarbeiten",
              "ITD-China Railway No. 10 joint venture", "indirect"),
        quote("China setze auf eine „faire und transparente“ Aufklärung und werde sich nicht einmischen",
              "Guo Jiakun", "indirect"),
        quote("faire und transparente", "Guo Jiakun", "direct"),
        quote("die Bauaufsicht jahrelang vernachlässigt zu haben", "Natthaphong Ruengpanyawut", "indirect"),
        quote("mehr als 2.000 Menschen ums Leben kamen", "Myanmar military government", "indirect"),
    ],
    "entities": [
        entity("Bangkok", "LOC", "THA", ["Bangkok", "der Hauptstadt"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar"]),
        entity("Government of Thailand", "ORG", "THA", ["die thailändischen Behörden", "der Regierung"]),
        entity("ITD-China Railway No. 10 joint venture", "ORG", "THA",
               ["das verantwortliche Baukonsortium", "Das Konsortium aus dem thailändischen Bauunternehmen "
                "Italian-Thai Development und der chinesischen China Railway No. 10"]),
        entity("State Audit Office of Thailand", "ORG", "THA", ["der staatlichen Rechnungsprüfungsbehörde"]),
        entity("Chatuchak", "LOC", "THA", ["Stadtteil Chatuchak"]),
        entity("Royal Thai Police", "ORG", "THA", ["Die Polizei"]),
        entity("Chinese nationals detained in Bangkok", "PER", "CHN",
               ["vier chinesische Staatsbürger", "die Männer"]),
        entity("Anutin Charnvirakul", "PER", "THA", ["Innenminister Anutin Charnvirakul"]),
        entity("Akanat Promphan", "PER", "THA", ["Industrieminister Akanat Promphan", "er"]),
        entity("Xin Ke Yuan Steel", "ORG", "CHN", ["ein Stahlwerk der chinesischen Firma Xin Ke Yuan", "Xin Ke Yuan"]),
        entity("Rayong", "LOC", "THA", ["der Provinz Rayong"]),
        entity("Italian-Thai Development", "ORG", "THA", ["dem thailändischen Bauunternehmen Italian-Thai Development"]),
        entity("China Railway No. 10 Engineering Group", "ORG", "CHN",
               ["der chinesischen China Railway No. 10", "China Railway No. 10"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Das Außenministerium in Peking"]),
        entity("Guo Jiakun", "PER", "CHN", ["Sprecher Guo Jiakun"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Chadchart Sittipunt", "PER", "THA", ["Der Gouverneur von Bangkok, Chadchart Sittipunt"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Spezialisten der israelischen Armee"]),
        entity("United States rescue specialists", "PER", "USA", ["aus den USA"]),
        entity("Natthaphong Ruengpanyawut", "PER", "THA", ["Oppositionsführer Natthaphong Ruengpanyawut"]),
        entity("Mandalay", "LOC", "MMR", ["der Stadt Mandalay"]),
        entity("Myanmar military government", "ORG", "MMR", ["der Militärjunta"]),
    ],
}

# ---------------------------------------------------------------- hm409-de-03 (Indonesia, Pati tax protest)
PATI_PROTESTERS = actor("Protesters in Pati", "IDN", "CVL")
SUDEWO = actor("Sudewo", "IDN", "GOV")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
PATI_DPRD = actor("Pati Regional House of Representatives", "IDN", "LEG")
TITO = actor("Tito Karnavian", "IDN", "GOV")
KPK = actor("Corruption Eradication Commission", "IDN", "JUD")

P1 = ("Pati (dpa) - Tausende Menschen haben in der indonesischen Stadt Pati den Rücktritt ihres Landrats gefordert "
      "und sich Straßenschlachten mit der Polizei geliefert.")
P2 = ("Die Demonstranten versammelten sich am Mittwoch vor dem Amtssitz von Landrat Sudewo und warfen Flaschen und "
      "Steine auf die Sicherheitskräfte.")
P3 = "Die Polizei setzte Tränengas und Wasserwerfer ein; ein Streifenwagen ging in Flammen auf."
P4 = "Wie die Polizei mitteilte, wurden mehr als 30 Menschen verletzt, darunter mehrere Beamte."
P5 = ("Auslöser der Proteste in der Provinz Zentraljava war eine Erhöhung der Grund- und Gebäudesteuer um bis zu "
      "250 Prozent.")
P6 = "Nach wochenlanger Kritik nahm der Landrat die Erhöhung vergangene Woche zurück."
P7 = ("Viele Demonstranten warfen ihm jedoch Arroganz vor, weil er seine Kritiker zuvor herausgefordert hatte, ruhig "
      "50.000 Menschen auf die Straße zu bringen.")
P8 = "Sudewo entschuldigte sich am Mittwoch öffentlich, lehnte einen Rücktritt aber ab."
P9 = ("„Ich bin vom Volk gewählt worden und werde nicht wegen Forderungen der Straße zurücktreten“, sagte der "
      "56-Jährige vor Journalisten.")
P10 = ("Das Regionalparlament von Pati beschloss noch am selben Tag die Einsetzung eines Sonderausschusses, der ein "
       "Amtsenthebungsverfahren gegen den Landrat vorbereiten soll.")
P11 = "Sudewo gehört der Partei Gerindra von Präsident Prabowo Subianto an."
P12 = "Innenminister Tito Karnavian rief die Demonstranten in Jakarta zur Ruhe auf."
P13 = ("Die Antikorruptionsbehörde KPK erklärte, sie prüfe zudem Hinweise auf eine Verwicklung Sudewos in einen "
       "Bestechungsskandal bei der Eisenbahnverwaltung.")
P14 = "Der Landrat hat stets bestritten, Geld angenommen zu haben."
P15 = ("Seit einer Reform haben Landkreise in Indonesien größere Spielräume bei der Festsetzung lokaler Steuern, um "
       "gekürzte Zuweisungen aus Jakarta auszugleichen.")

DE03 = {
    "id": "hm409-de-03", "lang": "de", "url": None, "published": "2025-08-13",
    "title": "Tausende fordern in Indonesien Rücktritt von Landrat",
    "text": paragraphs([P1, P2, P3, P4], [P5, P6, P7], [P8, P9, P10, P11], [P12, P13, P14, P15]),
    "events": [
        event("PROTEST", PATI_PROTESTERS, SUDEWO, P1, mode="demo", location="Pati", location_country="IDN"),
        event("REQUEST", PATI_PROTESTERS, SUDEWO, P1, mode="change"),
        event("PROTEST", PATI_PROTESTERS, IDN_POLICE, P1, mode="riot", location="Pati", location_country="IDN"),
        event("PROTEST", PATI_PROTESTERS, IDN_POLICE, P2, mode="riot", date="2025-08-13", location="Pati",
              location_country="IDN"),
        event("ASSAULT", IDN_POLICE, PATI_PROTESTERS, P3, mode="crowd-control", location="Pati",
              location_country="IDN"),
        event("CONCEDE", SUDEWO, PATI_PROTESTERS, P6),
        event("ACCUSE", PATI_PROTESTERS, SUDEWO, P7, mode="disapprove"),
        event("CONCEDE", SUDEWO, PATI_PROTESTERS, P8, date="2025-08-13"),
        event("REJECT", SUDEWO, PATI_PROTESTERS, P8, mode="change", date="2025-08-13"),
        event("REJECT", SUDEWO, PATI_PROTESTERS, P9, mode="change"),
        event("ACCUSE", PATI_DPRD, SUDEWO, P10, mode="investigate", date="2025-08-13"),
        event("REQUEST", TITO, PATI_PROTESTERS, P12),
        event("ACCUSE", KPK, SUDEWO, P13, mode="investigate"),
    ],
    "quotes": [
        quote("wurden mehr als 30 Menschen verletzt, darunter mehrere Beamte", "Indonesian National Police",
              "indirect"),
        quote("ruhig 50.000 Menschen auf die Straße zu bringen", "Sudewo", "indirect"),
        quote("Ich bin vom Volk gewählt worden und werde nicht wegen Forderungen der Straße zurücktreten", "Sudewo",
              "direct"),
        quote("sie prüfe zudem Hinweise auf eine Verwicklung Sudewos in einen Bestechungsskandal bei der "
              "Eisenbahnverwaltung", "Corruption Eradication Commission", "indirect"),
        quote("Geld angenommen zu haben", "Sudewo", "indirect"),
    ],
    "entities": [
        entity("Pati", "LOC", "IDN", ["Pati", "der indonesischen Stadt Pati"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien"]),
        entity("Protesters in Pati", "PER", "IDN",
               ["Tausende Menschen", "Die Demonstranten", "Viele Demonstranten", "die Demonstranten"]),
        entity("Sudewo", "PER", "IDN",
               ["ihres Landrats", "Landrat Sudewo", "der Landrat", "ihm", "er", "Sudewo", "der 56-Jährige",
                "den Landrat", "Sudewos", "Der Landrat"]),
        entity("Indonesian National Police", "ORG", "IDN",
               ["der Polizei", "die Sicherheitskräfte", "Die Polizei", "die Polizei"]),
        entity("Central Java", "LOC", "IDN", ["der Provinz Zentraljava"]),
        entity("Pati Regional House of Representatives", "ORG", "IDN", ["Das Regionalparlament von Pati"]),
        entity("Gerindra", "ORG", "IDN", ["der Partei Gerindra"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto"]),
        entity("Tito Karnavian", "PER", "IDN", ["Innenminister Tito Karnavian"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Corruption Eradication Commission", "ORG", "IDN", ["Die Antikorruptionsbehörde KPK", "sie"]),
        entity("Directorate General of Railways of Indonesia", "ORG", "IDN", ["der Eisenbahnverwaltung"]),
        entity("Government of Indonesia", "ORG", "IDN", ["Jakarta"]),
    ],
}

# ---------------------------------------------------------------- hm409-de-04 (IOC, Coventry elected)
IOC = actor("International Olympic Committee", "NGO", "NGO")
COVENTRY = actor("Kirsty Coventry", "NGO", "NGO")
BACH = actor("Thomas Bach", "NGO", "NGO")
SAMARANCH = actor("Juan Antonio Samaranch Salisachs", "NGO", "NGO")
MNANGAGWA = actor("Emmerson Mnangagwa", "ZWE", "GOV")
ROC = actor("Russian Olympic Committee", "RUS", "NGO")
DEGTYAREV = actor("Mikhail Degtyarev", "RUS", "GOV")
BIDNYI = actor("Matvii Bidnyi", "UKR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
TRANS_ATHLETES = actor("transgender women athletes", "USA", "CVL")

O1 = ("Costa Navarino (dpa) - Die Simbabwerin Kirsty Coventry wird als erste Frau an der Spitze des Internationalen "
      "Olympischen Komitees (IOC) stehen.")
O2 = ("Die IOC-Mitglieder wählten die 41-Jährige am Donnerstag bei ihrer Session im griechischen Costa Navarino "
      "bereits im ersten Wahlgang zur Nachfolgerin von Thomas Bach.")
O3 = ("Coventry erhielt 49 von 97 Stimmen und setzte sich gegen sechs Mitbewerber durch, darunter der Spanier Juan "
      "Antonio Samaranch und der Brite Sebastian Coe.")
O4 = ("Die zweifache Schwimm-Olympiasiegerin tritt ihr Amt am 23. Juni an und ist zugleich die erste Afrikanerin an "
      "der Spitze der Organisation.")
O5 = "„Dies ist ein außergewöhnlicher Moment“, sagte Coventry nach der Wahl."
O6 = ("Sie versprach, das IOC zu einer „mutigen“ Organisation zu machen und die Athleten in den Mittelpunkt zu "
      "stellen.")
O7 = "Bach gratulierte seiner Nachfolgerin und sprach von einer „großartigen Wahl“."
O8 = "Samaranch, der mit 28 Stimmen auf Platz zwei kam, gratulierte ebenfalls."
O9 = ("Simbabwes Präsident Emmerson Mnangagwa nannte den Erfolg seiner Sportministerin einen „historischen Sieg für "
      "Afrika“.")
O10 = ("Auf Coventry warten schwierige Entscheidungen, etwa über die Rückkehr Russlands in die olympische "
       "Bewegung.")
O11 = ("Das IOC hatte das Russische Olympische Komitee im Oktober 2023 suspendiert, weil es Sportverbände aus "
       "besetzten ukrainischen Gebieten aufgenommen hatte.")
O12 = ("Russlands Sportminister Michail Degtjarjow forderte die künftige Präsidentin auf, die Beschränkungen für "
       "russische Sportler aufzuheben.")
O13 = "Der ukrainische Sportminister Matwij Bidnyj verlangte dagegen, am Ausschluss Russlands festzuhalten."
O14 = "Coventry selbst ließ offen, wie sie mit der Frage umgehen will."
O15 = "Zugleich kündigte sie an, eine Arbeitsgruppe zum Schutz der Frauenkategorie im Sport einzusetzen."
O16 = ("US-Präsident Donald Trump hatte im Februar per Dekret Transgender-Frauen von Frauenwettbewerben an Schulen "
       "und Universitäten ausgeschlossen.")
O17 = "Die nächsten Sommerspiele finden 2028 in Los Angeles statt."

DE04 = {
    "id": "hm409-de-04", "lang": "de", "url": None, "published": "2025-03-20",
    "title": "Kirsty Coventry wird erste IOC-Präsidentin",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7, O8, O9], [O10, O11, O12, O13, O14], [O15, O16, O17]),
    "events": [
        event("SUPPORT", IOC, COVENTRY, O2, date="2025-03-20", location="Costa Navarino", location_country="GRC"),
        event("AGREE", COVENTRY, None, O6),
        event("SUPPORT", BACH, COVENTRY, O7),
        event("SUPPORT", SAMARANCH, COVENTRY, O8),
        event("SUPPORT", MNANGAGWA, COVENTRY, O9),
        event("SANCTION", IOC, ROC, O11),
        event("REQUEST", DEGTYAREV, COVENTRY, O12, mode="yield"),
        event("REQUEST", BIDNYI, IOC, O13),
        event("AGREE", COVENTRY, None, O15),
        event("COERCE", TRUMP, TRANS_ATHLETES, O16, mode="ban"),
    ],
    "quotes": [
        quote("Dies ist ein außergewöhnlicher Moment", "Kirsty Coventry", "direct"),
        quote("das IOC zu einer „mutigen“ Organisation zu machen und die Athleten in den Mittelpunkt zu stellen",
              "Kirsty Coventry", "indirect"),
        quote("mutigen", "Kirsty Coventry", "direct"),
        quote("großartigen Wahl", "Thomas Bach", "direct"),
        quote("historischen Sieg für Afrika", "Emmerson Mnangagwa", "direct"),
        quote("die Beschränkungen für russische Sportler aufzuheben", "Mikhail Degtyarev", "indirect"),
        quote("am Ausschluss Russlands festzuhalten", "Matvii Bidnyi", "indirect"),
        quote("eine Arbeitsgruppe zum Schutz der Frauenkategorie im Sport einzusetzen", "Kirsty Coventry",
              "indirect"),
    ],
    "entities": [
        entity("Costa Navarino", "LOC", "GRC", ["Costa Navarino", "im griechischen Costa Navarino"]),
        entity("Kirsty Coventry", "PER", "ZWE",
               ["Die Simbabwerin Kirsty Coventry", "die 41-Jährige", "Coventry", "Die zweifache "
                "Schwimm-Olympiasiegerin", "Sie", "seiner Nachfolgerin", "seiner Sportministerin",
                "die künftige Präsidentin", "sie"]),
        entity("International Olympic Committee", "ORG", "NGO",
               ["des Internationalen Olympischen Komitees (IOC)", "Die IOC-Mitglieder", "der Organisation",
                "das IOC", "Das IOC"]),
        entity("Thomas Bach", "PER", "DEU", ["Thomas Bach", "Bach"]),
        entity("Juan Antonio Samaranch Salisachs", "PER", "ESP", ["der Spanier Juan Antonio Samaranch",
                                                                  "Samaranch"]),
        entity("Sebastian Coe", "PER", "GBR", ["der Brite Sebastian Coe"]),
        entity("Zimbabwe", "LOC", "ZWE", ["Simbabwes"]),
        entity("Emmerson Mnangagwa", "PER", "ZWE", ["Simbabwes Präsident Emmerson Mnangagwa"]),
        entity("Africa", "LOC", None, ["Afrika"]),
        entity("Russia", "LOC", "RUS", ["Russlands"]),
        entity("Russian Olympic Committee", "ORG", "RUS", ["das Russische Olympische Komitee", "es"]),
        entity("Mikhail Degtyarev", "PER", "RUS", ["Russlands Sportminister Michail Degtjarjow"]),
        entity("Russian athletes", "PER", "RUS", ["russische Sportler"]),
        entity("Matvii Bidnyi", "PER", "UKR", ["Der ukrainische Sportminister Matwij Bidnyj"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Olympic Games", "MISC", None, ["Die nächsten Sommerspiele"]),
    ],
}

# ---------------------------------------------------------------- hm409-en-01 (Papua New Guinea, Marape survives)
PNG_PARL = actor("National Parliament of Papua New Guinea", "PNG", "LEG")
MARAPE = actor("James Marape", "PNG", "GOV")
PNG_OPP = actor("Opposition of Papua New Guinea", "PNG", "OPP")
PNG_OPP_SPOKESMAN = actor("spokesman of the opposition of Papua New Guinea", "PNG", "OPP")
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
PNG_POLICE = actor("Royal Papua New Guinea Constabulary", "PNG", "COP")
MANNING = actor("David Manning", "PNG", "COP")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")

N1 = ("PORT MORESBY, Papua New Guinea (AP) — Papua New Guinea Prime Minister James Marape survived a no-confidence "
      "vote in Parliament on Tuesday, ending weeks of political uncertainty in the South Pacific nation.")
N2 = "Lawmakers voted 75 to 28 against the motion after a debate that lasted most of the day."
N3 = ("Opposition lawmakers had accused Marape of mismanaging the economy, failing to pay public servants on time and "
      "losing control of law and order.")
N4 = "Marape told Parliament after the vote that he would invite opposition members to join his government."
N5 = "\"This vote shows that the people's representatives want stability, not chaos,\" he said."
N6 = ("An opposition spokesman said the result had been bought with promises of ministerial posts and development "
      "funds.")
N7 = "The prime minister's office dismissed the claim as baseless."
N8 = ("Police deployed dozens of officers around Parliament House in Port Moresby ahead of the vote, and no "
      "disturbances were reported.")
N9 = ("Police Commissioner David Manning had warned that anyone trying to disrupt the session would be arrested.")
N10 = ("Australian Prime Minister Anthony Albanese called Marape on Wednesday to congratulate him, according to "
       "Marape's office.")
N11 = ("Canberra has pledged to fund and train Papua New Guinea's police under a security agreement the two "
       "governments concluded last December.")
N12 = ("Pressure on Marape had mounted in January, when police officers walked off the job in a dispute over pay "
       "deductions.")
N13 = ("At least 15 people were killed in the looting and arson that followed in Port Moresby and the second city "
       "of Lae.")
N14 = ("Papua New Guinea, a nation of about 10 million people, has a long history of unstable coalitions, and "
       "no-confidence motions are a common tool for toppling governments.")
N15 = "Marape, who has led the country since 2019, is due to face voters again in 2027."

EN01 = {
    "id": "hm409-en-01", "lang": "en", "url": None, "published": "2024-09-11",
    "title": "Papua New Guinea's prime minister survives no-confidence vote",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9], [N10, N11], [N12, N13, N14, N15]),
    "events": [
        event("SUPPORT", PNG_PARL, MARAPE, N1, date="2024-09-10", location="Port Moresby", location_country="PNG"),
        event("SUPPORT", PNG_PARL, MARAPE, N2),
        event("ACCUSE", PNG_OPP, MARAPE, N3, mode="disapprove"),
        event("AGREE", MARAPE, PNG_OPP, N4),
        event("ACCUSE", PNG_OPP_SPOKESMAN, PNG_GOV, N6, mode="allege"),
        event("MOBILIZE", PNG_POLICE, None, N8, mode="police", location="Port Moresby", location_country="PNG"),
        event("THREATEN", MANNING, None, N9, mode="arrest"),
        event("CONSULT", ALBANESE, MARAPE, N10, mode="phone", date="2024-09-11"),
        event("SUPPORT", ALBANESE, MARAPE, N10, date="2024-09-11"),
        event("AGREE", AUS_GOV, PNG_GOV, N11),
        event("PROTEST", PNG_POLICE, PNG_GOV, N12, mode="strike"),
    ],
    "quotes": [
        quote("he would invite opposition members to join his government", "James Marape", "indirect"),
        quote("This vote shows that the people's representatives want stability, not chaos", "James Marape",
              "direct"),
        quote("the result had been bought with promises of ministerial posts and development funds",
              "spokesman of the opposition of Papua New Guinea", "indirect"),
        quote("anyone trying to disrupt the session would be arrested", "David Manning", "indirect"),
        quote("Australian Prime Minister Anthony Albanese called Marape on Wednesday to congratulate him",
              "Office of James Marape", "indirect"),
    ],
    "entities": [
        entity("Port Moresby", "LOC", "PNG", ["PORT MORESBY", "Port Moresby"]),
        entity("Papua New Guinea", "LOC", "PNG",
               ["Papua New Guinea", "the South Pacific nation", "Papua New Guinea's", "a nation of about 10 million "
                "people", "the country"]),
        entity("James Marape", "PER", "PNG",
               ["Papua New Guinea Prime Minister James Marape", "Marape", "he", "his", "him", "Marape's"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG", ["Parliament", "Lawmakers"]),
        entity("Opposition of Papua New Guinea", "ORG", "PNG", ["Opposition lawmakers", "opposition members"]),
        entity("spokesman of the opposition of Papua New Guinea", "PER", "PNG", ["An opposition spokesman"]),
        entity("Office of James Marape", "ORG", "PNG", ["The prime minister's office", "Marape's office"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["his government"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG",
               ["Police", "Papua New Guinea's police", "police officers"]),
        entity("Parliament House", "LOC", "PNG", ["Parliament House in Port Moresby"]),
        entity("David Manning", "PER", "PNG", ["Police Commissioner David Manning"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australian Prime Minister Anthony Albanese"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Lae", "LOC", "PNG", ["the second city of Lae"]),
    ],
}

# ---------------------------------------------------------------- hm409-en-02 (WHO, Kasai fired)
WHO = actor("World Health Organization", "UNO", "IGO")
KASAI = actor("Takeshi Kasai", "UNO", "IGO")
WHO_STAFF = actor("staff of the WHO Western Pacific regional office", "UNO", "IGO")
US_MISSION = actor("United States Mission to the United Nations in Geneva", "USA", "GOV")

W1 = ("GENEVA (AP) — The World Health Organization has fired its top official in the Western Pacific, Dr. Takeshi "
      "Kasai, after an internal investigation found he had engaged in misconduct.")
W2 = ("In an email to staff on Wednesday, WHO Director-General Tedros Adhanom Ghebreyesus said the inquiry had "
      "resulted in \"findings of misconduct\" and that Kasai's appointment had been terminated.")
W3 = ("Tedros said Zsuzsanna Jakab, his deputy, would keep running the regional office in Manila until member "
      "countries elect a successor.")
W4 = ("Kasai, a Japanese physician, was placed on leave in August after The Associated Press reported that dozens of "
      "staffers had accused him of racist, abusive and unethical behavior.")
W5 = ("Staffers said he had blamed the spread of COVID-19 in some Pacific countries on their \"lack of capacity due "
      "to their inferior culture, race and socioeconomic level\" in internal meetings.")
W6 = "Others said he had berated employees in front of colleagues and pressured them to share confidential data."
W7 = "Kasai has denied using racist language."
W8 = ("In a statement last year, he said he had sometimes been \"tough\" on his team but had never intended to "
      "offend anyone.")
W9 = ("Staff members who had complained welcomed the decision but urged the agency to examine how Kasai had been "
      "able to stay in his post for so long.")
W10 = ("\"This should have happened years ago,\" one staffer in Manila told the AP, speaking on condition of "
       "anonymity for fear of retaliation.")
W11 = ("The U.S. mission to the U.N. in Geneva said Washington supported the WHO's efforts to root out harassment "
       "and abuse within its ranks.")
W12 = ("The agency has faced mounting criticism over its handling of sexual abuse and harassment cases in recent "
       "years.")
W13 = ("The Western Pacific office oversees WHO's work in 37 countries and areas, including China, Japan and "
       "Australia.")
W14 = "Kasai could not immediately be reached for comment."

EN02 = {
    "id": "hm409-en-02", "lang": "en", "url": None, "published": "2023-03-09",
    "title": "WHO fires Western Pacific director after misconduct probe",
    "text": paragraphs([W1, W2, W3], [W4, W5, W6, W7, W8], [W9, W10, W11], [W12, W13, W14]),
    "events": [
        event("COERCE", WHO, KASAI, W1, mode="restrict"),
        event("ACCUSE", WHO, KASAI, W1, mode="investigate"),
        event("COERCE", WHO, KASAI, W2, mode="restrict"),
        event("COERCE", WHO, KASAI, W4, mode="restrict"),
        event("ACCUSE", WHO_STAFF, KASAI, W4, mode="allege"),
        event("ACCUSE", WHO_STAFF, KASAI, W5, mode="allege"),
        event("ACCUSE", WHO_STAFF, KASAI, W6, mode="allege"),
        event("SUPPORT", WHO_STAFF, WHO, W9),
        event("REQUEST", WHO_STAFF, WHO, W9),
        event("ACCUSE", WHO_STAFF, WHO, W10, mode="disapprove"),
        event("SUPPORT", US_MISSION, WHO, W11),
    ],
    "quotes": [
        quote("findings of misconduct", "Tedros Adhanom Ghebreyesus", "direct"),
        quote("the inquiry had resulted in \"findings of misconduct\" and that Kasai's appointment had been "
              "terminated", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("Zsuzsanna Jakab, his deputy, would keep running the regional office in Manila until member countries "
              "elect a successor", "Tedros Adhanom Ghebreyesus", "indirect"),
        quote("lack of capacity due to their inferior culture, race and socioeconomic level", "Takeshi Kasai",
              "direct"),
        quote("he had blamed the spread of COVID-19 in some Pacific countries on their \"lack of capacity due to "
              "their inferior culture, race and socioeconomic level\" in internal meetings",
              "staff of the WHO Western Pacific regional office", "indirect"),
        quote("he had berated employees in front of colleagues and pressured them to share confidential data",
              "staff of the WHO Western Pacific regional office", "indirect"),
        quote("tough", "Takeshi Kasai", "direct"),
        quote("he had sometimes been \"tough\" on his team but had never intended to offend anyone", "Takeshi Kasai",
              "indirect"),
        quote("This should have happened years ago", "WHO staff member in Manila", "direct"),
        quote("Washington supported the WHO's efforts to root out harassment and abuse within its ranks",
              "United States Mission to the United Nations in Geneva", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA", "Geneva"]),
        entity("World Health Organization", "ORG", "UNO",
               ["The World Health Organization", "WHO", "the agency", "the WHO's", "The agency", "its",
                "WHO's"]),
        entity("Takeshi Kasai", "PER", "JPN",
               ["its top official in the Western Pacific, Dr. Takeshi Kasai", "he", "Kasai's", "Kasai",
                "a Japanese physician", "him", "his"]),
        entity("Tedros Adhanom Ghebreyesus", "PER", "ETH",
               ["WHO Director-General Tedros Adhanom Ghebreyesus", "Tedros", "his"]),
        entity("Zsuzsanna Jakab", "PER", "HUN", ["Zsuzsanna Jakab, his deputy"]),
        entity("WHO Regional Office for the Western Pacific", "ORG", "UNO",
               ["the regional office in Manila", "The Western Pacific office"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Associated Press", "ORG", "USA", ["The Associated Press", "the AP"]),
        entity("staff of the WHO Western Pacific regional office", "PER", "UNO",
               ["dozens of staffers", "Staffers", "Others", "Staff members who had complained", "staff"]),
        entity("WHO staff member in Manila", "PER", "UNO", ["one staffer in Manila"]),
        entity("United States Mission to the United Nations in Geneva", "ORG", "USA",
               ["The U.S. mission to the U.N. in Geneva"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United Nations", "ORG", "UNO", ["the U.N."]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
