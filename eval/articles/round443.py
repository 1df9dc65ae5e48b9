"""Round 443: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023, Middle East and North Africa, invented wording and details):
- hm443-de-01: Algeria/France: Algiers recalls its ambassador from Paris over the "exfiltration" of activist Amira Bouraoui via Tunisia; Tunisian arrest and release, French embassy intervention, Paris rejects the accusations, helpers and journalist Mustapha Bendjama arrested in Algeria (2023-02-09).
- hm443-de-02: Morocco: the government and the four largest teachers' unions agree on a 1,500-dirham pay rise after two months of school strikes; the teachers' coordinations reject the deal and keep striking, FNAPEEM and PJD react (2023-12-11).
- hm443-de-03: Tunisia/EU: Kais Saied rejects 60 million euros of EU budget support as "charity"; the Commission says it will keep implementing the July memorandum, NGOs allege desert expulsions, FTDES and MEPs demand a review, the IMF "Diktat" recalled (2023-10-03).
- hm443-de-04: Lebanon: two dead in a gunfight after a Hezbollah ammunition truck overturns in Kahale; the army seizes the cargo, Hezbollah and the Bejjani family trade accusations, Geagea and Mikati react, residents block the Beirut-Damascus highway, military prosecutors investigate (2023-08-10).
- hm443-en-01: Syria/ICJ: the International Court of Justice orders Syria to prevent torture and preserve evidence in the case brought by Canada and the Netherlands; Syria boycotted and denies, Bruins Slot, Joly and Amnesty react, French arrest warrants for Bashar and Maher Assad recalled (2023-11-16).
- hm443-en-02: Egypt/Gaza: Egypt opens the Rafah crossing for wounded Palestinians and foreign passport holders under a Qatar-mediated deal; Biden thanks Egypt, Israel and Qatar, Shoukry rejects displacement, the Jabaliya strike and Egypt's condemnation, Israel's fuel ban (2023-11-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm443-de-01 (Algeria/France, Bouraoui affair)
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
DZA_MFA = actor("Ministry of Foreign Affairs of Algeria", "DZA", "GOV")
BOURAOUI = actor("Amira Bouraoui", "DZA", "OPP")
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
TUN_JUDGE = actor("Tunisian judge", "TUN", "JUD")
TUN_AUTH = actor("Tunisian authorities", "TUN", "GOV")
FRA_EMBASSY_TUNIS = actor("Embassy of France in Tunis", "FRA", "GOV")
DZA_SECURITY = actor("Algerian security services", "DZA", "COP")
BOURAOUI_HELPERS = actor("helpers of Amira Bouraoui", "DZA", "CVL")
BENDJAMA = actor("Mustapha Bendjama", "DZA", "MED")
DZA_COURT = actor("Algiers court", "DZA", "JUD")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")

D1 = ("Algier (dpa) - Im Streit um die Ausreise der Aktivistin Amira Bouraoui nach Frankreich hat Algerien seinen "
      "Botschafter in Paris zu Konsultationen zurückgerufen.")
D2 = ("Präsident Abdelmadjid Tebboune habe die Rückkehr von Botschafter Saïd Moussi angeordnet, teilte das "
      "Präsidialamt am Mittwochabend mit.")
D3 = ("In einer Protestnote warf das Außenministerium in Algier der französischen Seite vor, an einer „heimlichen und "
      "illegalen Exfiltration“ einer algerischen Staatsbürgerin mitgewirkt zu haben.")
D4 = "Dies sei eine inakzeptable Verletzung der nationalen Souveränität Algeriens, hieß es weiter."
D5 = ("Die 46 Jahre alte Ärztin und Journalistin besitzt neben der algerischen auch die französische "
      "Staatsangehörigkeit.")
D6 = "Trotz eines Ausreiseverbots war sie Ende Januar über die grüne Grenze nach Tunesien gelangt."
D7 = ("Die tunesische Polizei nahm sie am Freitag in Tunis fest, als sie mit ihrem französischen Pass nach Paris "
      "fliegen wollte.")
D8 = ("Ein Richter ordnete am Montag ihre Freilassung an, doch anschließend wurde sie erneut von Polizisten abgeführt, "
      "die sie offenbar nach Algerien bringen sollten.")
D9 = ("Nach einer Intervention der französischen Botschaft ließen die tunesischen Behörden Bouraoui noch am selben "
      "Abend nach Lyon ausreisen.")
D10 = "Das französische Außenministerium wies die Vorwürfe aus Algier zurück."
D11 = ("Frankreich habe in diesem Fall nicht anders gehandelt als bei jedem anderen seiner Staatsbürger, sagte "
       "Sprecherin Anne-Claire Legendre in Paris.")
D12 = "Paris lege weiterhin großen Wert auf die Vertiefung der Beziehungen zu Algerien, fügte sie hinzu."
D13 = ("In Algerien nahmen die Sicherheitsbehörden unterdessen mehrere Menschen fest, die Bouraoui bei der Flucht "
       "geholfen haben sollen.")
D14 = "Unter ihnen ist nach Angaben seines Anwalts der Journalist Mustapha Bendjama aus Annaba."
D15 = "Bouraoui gehört zu den bekanntesten Gesichtern der Protestbewegung Hirak."
D16 = ("Ein Gericht in Algier hatte sie 2021 wegen Beleidigung des Islam und des Staatschefs zu zwei Jahren Haft "
       "verurteilt.")
D17 = ("Die Beziehungen zwischen Algier und der früheren Kolonialmacht hatten sich erst im vergangenen August bei einem "
       "Besuch von Präsident Emmanuel Macron in Algerien entspannt.")
D18 = "Ob der für Mai geplante Staatsbesuch Tebbounes in Paris stattfinden wird, ist nun offen."

DE01 = {
    "id": "hm443-de-01", "lang": "de", "url": None, "published": "2023-02-09",
    "title": "Algerien ruft Botschafter aus Frankreich zurück",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8, D9], [D10, D11, D12], [D13, D14, D15, D16],
                       [D17, D18]),
    "events": [
        event("SANCTION", DZA_GOV, FRA_GOV, D1, mode="withdraw"),
        event("SANCTION", TEBBOUNE, FRA_GOV, D2, mode="withdraw", date="2023-02-08"),
        event("ACCUSE", DZA_MFA, FRA_GOV, D3, mode="allege"),
        event("ACCUSE", DZA_MFA, FRA_GOV, D4, mode="disapprove"),
        event("COERCE", TUN_POLICE, BOURAOUI, D7, mode="arrest", date="2023-02-03", location="Tunis",
              location_country="TUN"),
        event("RETREAT", TUN_JUDGE, BOURAOUI, D8, mode="release", date="2023-02-06"),
        event("COERCE", TUN_POLICE, BOURAOUI, D8, mode="arrest", date="2023-02-06"),
        event("REQUEST", FRA_EMBASSY_TUNIS, TUN_AUTH, D9, date="2023-02-06"),
        event("RETREAT", TUN_AUTH, BOURAOUI, D9, mode="release", date="2023-02-06"),
        event("COERCE", DZA_SECURITY, BOURAOUI_HELPERS, D13, mode="arrest", location_country="DZA"),
        event("COERCE", DZA_SECURITY, BENDJAMA, D14, mode="arrest"),
        event("SANCTION", DZA_COURT, BOURAOUI, D16, mode="convict", location="Algiers", location_country="DZA"),
        event("CONSULT", MACRON, DZA_GOV, D17, mode="visit", location_country="DZA"),
    ],
    "quotes": [
        quote("Präsident Abdelmadjid Tebboune habe die Rückkehr von Botschafter Saïd Moussi angeordnet",
              "Presidency of Algeria", "indirect"),
        quote("heimlichen und illegalen Exfiltration", "Ministry of Foreign Affairs of Algeria", "direct"),
        quote("an einer „heimlichen und illegalen Exfiltration“ einer algerischen Staatsbürgerin mitgewirkt zu haben",
              "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("Dies sei eine inakzeptable Verletzung der nationalen Souveränität Algeriens",
              "Ministry of Foreign Affairs of Algeria", "indirect"),
        quote("Frankreich habe in diesem Fall nicht anders gehandelt als bei jedem anderen seiner Staatsbürger",
              "Anne-Claire Legendre", "indirect"),
        quote("Paris lege weiterhin großen Wert auf die Vertiefung der Beziehungen zu Algerien",
              "Anne-Claire Legendre", "indirect"),
        quote("Unter ihnen ist nach Angaben seines Anwalts der Journalist Mustapha Bendjama aus Annaba",
              "lawyer of Mustapha Bendjama", "indirect"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Amira Bouraoui", "PER", "DZA", ["der Aktivistin Amira Bouraoui", "einer algerischen Staatsbürgerin",
                                                "Die 46 Jahre alte Ärztin und Journalistin", "sie", "ihre",
                                                "ihrem", "Bouraoui"]),
        entity("France", "LOC", "FRA", ["Frankreich", "der früheren Kolonialmacht"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algerien", "Algier"]),
        entity("Saïd Moussi", "PER", "DZA", ["seinen Botschafter in Paris", "Botschafter Saïd Moussi"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune", "des Staatschefs",
                                                      "Tebbounes"]),
        entity("Presidency of Algeria", "ORG", "DZA", ["das Präsidialamt"]),
        entity("Ministry of Foreign Affairs of Algeria", "ORG", "DZA", ["das Außenministerium in Algier"]),
        entity("Government of France", "ORG", "FRA", ["der französischen Seite", "Frankreich", "Paris"]),
        entity("Algeria", "LOC", "DZA", ["Algeriens", "Algerien"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Tunisian police", "ORG", "TUN", ["Die tunesische Polizei", "Polizisten"]),
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisian judge", "PER", "TUN", ["Ein Richter"]),
        entity("Embassy of France in Tunis", "ORG", "FRA", ["der französischen Botschaft"]),
        entity("Tunisian authorities", "ORG", "TUN", ["die tunesischen Behörden"]),
        entity("Lyon", "LOC", "FRA", ["Lyon"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA",
               ["Das französische Außenministerium"]),
        entity("Anne-Claire Legendre", "PER", "FRA", ["Sprecherin Anne-Claire Legendre", "sie"]),
        entity("Algerian security services", "ORG", "DZA", ["die Sicherheitsbehörden"]),
        entity("helpers of Amira Bouraoui", "PER", "DZA", ["mehrere Menschen"]),
        entity("lawyer of Mustapha Bendjama", "PER", "DZA", ["seines Anwalts"]),
        entity("Mustapha Bendjama", "PER", "DZA", ["der Journalist Mustapha Bendjama aus Annaba"]),
        entity("Annaba", "LOC", "DZA", ["Annaba"]),
        entity("Hirak", "ORG", "DZA", ["der Protestbewegung Hirak"]),
        entity("Algiers court", "ORG", "DZA", ["Ein Gericht in Algier"]),
        entity("Islam", "MISC", None, ["des Islam"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron"]),
    ],
}

# ---------------------------------------------------------------- hm443-de-02 (Morocco, teachers' strike deal)
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
MAR_UNIONS = actor("Moroccan teachers' unions", "MAR", "LAB")
BENMOUSSA = actor("Chakib Benmoussa", "MAR", "GOV")
MAR_TEACHERS = actor("Moroccan teachers", "MAR", "LAB")
COORDINATIONS = actor("Moroccan teachers' coordinations", "MAR", "LAB")
CNSE = actor("National Coordination of the Education Sector", "MAR", "LAB")
MAR_MOE = actor("Ministry of National Education of Morocco", "MAR", "GOV")
FNAPEEM = actor("FNAPEEM", "MAR", "CVL")
PJD = actor("Justice and Development Party", "MAR", "OPP")

M1 = ("Rabat (dpa) - Nach mehr als zwei Monaten Streik an Marokkos öffentlichen Schulen hat sich die Regierung mit den "
      "großen Lehrergewerkschaften auf kräftige Gehaltserhöhungen geeinigt.")
M2 = ("Lehrkräfte sollen bis Januar 2025 in zwei Schritten monatlich 1500 Dirham (rund 140 Euro) mehr erhalten, wie "
      "Bildungsminister Chakib Benmoussa am Sonntagabend mitteilte.")
M3 = ("Vertreter der Regierung und der vier größten Gewerkschaften hatten zuvor im Amtssitz von Regierungschef Aziz "
      "Akhannouch in Rabat stundenlang verhandelt.")
M4 = ("Bereits im November hatte die Regierung das umstrittene neue Statut für das Lehrpersonal, das den Ausstand "
      "ausgelöst hatte, auf Eis gelegt.")
M5 = ("Die Koordinationen der Lehrkräfte, die den Streik weitgehend ohne die Gewerkschaften organisiert hatten, "
      "lehnten die Vereinbarung ab.")
M6 = "Ihre Mitglieder setzten den Ausstand am Montag fort."
M7 = "Nach Angaben der Koordinationen fiel in Tausenden Schulen im ganzen Land erneut der Unterricht aus."
M8 = "„Die Gewerkschaften sprechen nicht für uns“, sagte ein Sprecher der Nationalen Koordination des Bildungssektors."
M9 = ("Die Lehrer verlangen unter anderem die vollständige Rücknahme des Statuts und die Übernahme der rund 140.000 "
      "Vertragslehrer in den Staatsdienst.")
M10 = ("Der Streik hatte Anfang Oktober begonnen und den Unterricht für Millionen Schülerinnen und Schüler "
       "lahmgelegt.")
M11 = "Im November waren Zehntausende Lehrkräfte in Rabat vor das Parlament gezogen."
M12 = "Das Bildungsministerium hatte Streikenden daraufhin mit Lohnabzügen gedroht."
M13 = "Der Elternverband FNAPEEM forderte Regierung und Lehrkräfte auf, den Konflikt rasch beizulegen."
M14 = ("Die oppositionelle islamistische Partei PJD warf der Regierung vor, die Krise durch monatelanges Zögern "
       "verschärft zu haben.")
M15 = "Akhannouch verteidigte die Einigung dagegen als „historisch“."
M16 = "Es handle sich um die größte Gehaltserhöhung für Lehrer in der Geschichte des Landes, sagte er."
M17 = "Das marokkanische Bildungssystem schneidet in internationalen Vergleichsstudien seit Jahren schlecht ab."

DE02 = {
    "id": "hm443-de-02", "lang": "de", "url": None, "published": "2023-12-11",
    "title": "Marokko: Einigung im Lehrerstreik - Basis macht weiter",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6, M7, M8, M9], [M10, M11, M12, M13], [M14, M15, M16, M17]),
    "events": [
        event("AGREE", MAR_GOV, MAR_UNIONS, M1),
        event("AGREE", BENMOUSSA, MAR_TEACHERS, M2, date="2023-12-10"),
        event("CONSULT", MAR_GOV, MAR_UNIONS, M3, mode="meet", location="Rabat", location_country="MAR"),
        event("CONCEDE", MAR_GOV, MAR_TEACHERS, M4),
        event("REJECT", COORDINATIONS, MAR_GOV, M5),
        event("PROTEST", COORDINATIONS, MAR_GOV, M6, mode="strike", date="2023-12-11"),
        event("ACCUSE", CNSE, MAR_UNIONS, M8, mode="disapprove"),
        event("REQUEST", MAR_TEACHERS, MAR_GOV, M9, mode="change"),
        event("PROTEST", MAR_TEACHERS, MAR_GOV, M11, mode="demo", location="Rabat", location_country="MAR"),
        event("THREATEN", MAR_MOE, MAR_TEACHERS, M12),
        event("REQUEST", FNAPEEM, MAR_GOV, M13),
        event("REQUEST", FNAPEEM, MAR_TEACHERS, M13),
        event("ACCUSE", PJD, MAR_GOV, M14, mode="disapprove"),
    ],
    "quotes": [
        quote("Lehrkräfte sollen bis Januar 2025 in zwei Schritten monatlich 1500 Dirham (rund 140 Euro) mehr erhalten",
              "Chakib Benmoussa", "indirect"),
        quote("Nach Angaben der Koordinationen fiel in Tausenden Schulen im ganzen Land erneut der Unterricht aus",
              "Moroccan teachers' coordinations", "indirect"),
        quote("Die Gewerkschaften sprechen nicht für uns", "spokesman of the National Coordination of the Education "
              "Sector", "direct"),
        quote("die Krise durch monatelanges Zögern verschärft zu haben", "Justice and Development Party", "indirect"),
        quote("historisch", "Aziz Akhannouch", "direct"),
        quote("Es handle sich um die größte Gehaltserhöhung für Lehrer in der Geschichte des Landes", "Aziz Akhannouch",
              "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos", "im ganzen Land", "des Landes"]),
        entity("Government of Morocco", "ORG", "MAR", ["die Regierung", "Vertreter der Regierung", "Regierung",
                                                      "der Regierung"]),
        entity("Moroccan teachers' unions", "ORG", "MAR", ["den großen Lehrergewerkschaften",
                                                          "der vier größten Gewerkschaften", "die Gewerkschaften",
                                                          "Die Gewerkschaften"]),
        entity("Moroccan teachers", "PER", "MAR", ["Lehrkräfte", "das Lehrpersonal", "Die Lehrer",
                                                   "Zehntausende Lehrkräfte", "Streikenden"]),
        entity("Chakib Benmoussa", "PER", "MAR", ["Bildungsminister Chakib Benmoussa"]),
        entity("Aziz Akhannouch", "PER", "MAR", ["Regierungschef Aziz Akhannouch", "Akhannouch", "er"]),
        entity("Moroccan teachers' coordinations", "ORG", "MAR", ["Die Koordinationen der Lehrkräfte",
                                                                  "Ihre Mitglieder", "der Koordinationen"]),
        entity("spokesman of the National Coordination of the Education Sector", "PER", "MAR",
               ["ein Sprecher der Nationalen Koordination des Bildungssektors"]),
        entity("National Coordination of the Education Sector", "ORG", "MAR",
               ["der Nationalen Koordination des Bildungssektors"]),
        entity("Moroccan contract teachers", "PER", "MAR", ["der rund 140.000 Vertragslehrer"]),
        entity("Moroccan schoolchildren", "PER", "MAR", ["Millionen Schülerinnen und Schüler"]),
        entity("Parliament of Morocco", "ORG", "MAR", ["das Parlament"]),
        entity("Ministry of National Education of Morocco", "ORG", "MAR", ["Das Bildungsministerium"]),
        entity("FNAPEEM", "ORG", "MAR", ["Der Elternverband FNAPEEM"]),
        entity("Justice and Development Party", "ORG", "MAR", ["Die oppositionelle islamistische Partei PJD"]),
    ],
}

# ---------------------------------------------------------------- hm443-de-03 (Tunisia/EU, Saied rejects EU money)
SAIED = actor("Kais Saied", "TUN", "GOV")
EU = actor("European Union", "EUR", "IGO")
EU_COM = actor("European Commission", "EUR", "IGO")
EU_COM_SPOX = actor("spokesperson of the European Commission", "EUR", "IGO")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
RUTTE = actor("Mark Rutte", "NLD", "GOV")
RIGHTS_GROUPS = actor("human rights organisations", "NGO", "NGO")
TUN_AUTHORITIES = actor("Tunisian authorities", "TUN", "GOV")
FTDES = actor("Tunisian Forum for Economic and Social Rights", "TUN", "NGO")
MEPS = actor("Members of the European Parliament", "EUR", "LEG")
IMF = actor("International Monetary Fund", "IGO", "IGO")

T1 = ("Tunis (dpa) - Tunesiens Präsident Kais Saied hat eine Finanzhilfe der Europäischen Union in Höhe von 60 "
      "Millionen Euro zurückgewiesen.")
T2 = ("Tunesien akzeptiere Zusammenarbeit, aber keine Almosen, sagte Saied am Montag laut einer Mitteilung des "
      "Präsidialamts.")
T3 = ("Der von Brüssel angekündigte Betrag sei „lächerlich“ und widerspreche dem Geist der im Juli geschlossenen "
      "Vereinbarung, hieß es darin.")
T4 = ("Die EU-Kommission hatte Ende September angekündigt, im Rahmen der Vereinbarung 127 Millionen Euro an Tunesien "
      "zu überweisen, davon 60 Millionen Euro als Budgethilfe.")
T5 = ("Eine Sprecherin der Kommission sagte in Brüssel, man werde die Umsetzung der Vereinbarung gemeinsam mit den "
      "tunesischen Partnern fortsetzen.")
T6 = "Das Geld sei bislang nicht ausgezahlt worden."
T7 = ("EU-Kommissionspräsidentin Ursula von der Leyen, Italiens Ministerpräsidentin Giorgia Meloni und der "
      "niederländische Regierungschef Mark Rutte waren Mitte Juli zur Unterzeichnung der Vereinbarung nach Tunis "
      "gereist.")
T8 = ("Die Vereinbarung sieht unter anderem eine engere Zusammenarbeit gegen Schleuser sowie Hilfen für die "
      "angeschlagene tunesische Wirtschaft vor.")
T9 = ("Italien erhofft sich davon vor allem, dass weniger Migranten von der tunesischen Küste aus über das Mittelmeer "
      "übersetzen.")
T10 = ("Menschenrechtsorganisationen werfen den tunesischen Behörden vor, Migranten aus Ländern südlich der Sahara in "
       "Wüstengebiete an den Grenzen zu Libyen und Algerien abgeschoben zu haben.")
T11 = ("Das Tunesische Forum für wirtschaftliche und soziale Rechte (FTDES) forderte die EU auf, die Zusammenarbeit "
       "bei der Migrationsabwehr auszusetzen.")
T12 = "Auch mehrere Abgeordnete des Europaparlaments verlangten eine Überprüfung der Vereinbarung."
T13 = ("Saied hatte bereits im Juni erklärt, sein Land werde nicht zum „Grenzwächter“ für andere Staaten werden.")
T14 = ("Die Bedingungen des Internationalen Währungsfonds für einen Kredit über 1,9 Milliarden Dollar hatte er im "
       "April als „Diktat“ abgelehnt.")
T15 = ("Tunesien steckt in einer schweren Wirtschaftskrise, Grundnahrungsmittel wie Mehl und Zucker sind vielerorts "
       "knapp.")

DE03 = {
    "id": "hm443-de-03", "lang": "de", "url": None, "published": "2023-10-03",
    "title": "Tunesiens Präsident Saied lehnt EU-Geld als „Almosen“ ab",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9], [T10, T11, T12], [T13, T14, T15]),
    "events": [
        event("REJECT", SAIED, EU, T1),
        event("REJECT", SAIED, EU, T2, date="2023-10-02"),
        event("ACCUSE", SAIED, EU, T3, mode="disapprove"),
        event("AGREE", EU_COM, TUN_GOV, T4),
        event("AGREE", EU_COM_SPOX, TUN_GOV, T5, location="Brussels", location_country="BEL"),
        event("AID", EU_COM, TUN_GOV, T6, negated=True),
        event("CONSULT", VDL, TUN_GOV, T7, mode="visit", location="Tunis", location_country="TUN"),
        event("CONSULT", MELONI, TUN_GOV, T7, mode="visit", location="Tunis", location_country="TUN"),
        event("CONSULT", RUTTE, TUN_GOV, T7, mode="visit", location="Tunis", location_country="TUN"),
        event("ACCUSE", RIGHTS_GROUPS, TUN_AUTHORITIES, T10, mode="allege"),
        event("REQUEST", FTDES, EU, T11, mode="change"),
        event("REQUEST", MEPS, EU_COM, T12, mode="change"),
        event("REJECT", SAIED, EU, T13),
        event("REJECT", SAIED, IMF, T14),
    ],
    "quotes": [
        quote("Tunesien akzeptiere Zusammenarbeit, aber keine Almosen", "Kais Saied", "indirect"),
        quote("lächerlich", "Kais Saied", "direct"),
        quote("Der von Brüssel angekündigte Betrag sei „lächerlich“ und widerspreche dem Geist der im Juli "
              "geschlossenen Vereinbarung", "Kais Saied", "indirect"),
        quote("man werde die Umsetzung der Vereinbarung gemeinsam mit den tunesischen Partnern fortsetzen",
              "spokesperson of the European Commission", "indirect"),
        quote("Das Geld sei bislang nicht ausgezahlt worden", "spokesperson of the European Commission", "indirect"),
        quote("Migranten aus Ländern südlich der Sahara in Wüstengebiete an den Grenzen zu Libyen und Algerien "
              "abgeschoben zu haben", "human rights organisations", "indirect"),
        quote("Grenzwächter", "Kais Saied", "direct"),
        quote("sein Land werde nicht zum „Grenzwächter“ für andere Staaten werden", "Kais Saied", "indirect"),
        quote("Diktat", "Kais Saied", "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesiens", "Tunesien", "sein Land"]),
        entity("Kais Saied", "PER", "TUN", ["Tunesiens Präsident Kais Saied", "Saied", "er"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union", "Brüssel", "die EU"]),
        entity("Presidency of Tunisia", "ORG", "TUN", ["des Präsidialamts"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission", "der Kommission"]),
        entity("Government of Tunisia", "ORG", "TUN", ["Tunesien", "den tunesischen Partnern"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["Eine Sprecherin der Kommission", "man"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italiens Ministerpräsidentin Giorgia Meloni"]),
        entity("Italy", "LOC", "ITA", ["Italiens", "Italien"]),
        entity("Mark Rutte", "PER", "NLD", ["der niederländische Regierungschef Mark Rutte"]),
        entity("EU-Tunisia memorandum of understanding", "MISC", "EUR",
               ["der im Juli geschlossenen Vereinbarung", "der Vereinbarung", "Die Vereinbarung"]),
        entity("Mediterranean Sea", "LOC", None, ["das Mittelmeer"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Tunisian authorities", "ORG", "TUN", ["den tunesischen Behörden"]),
        entity("Sub-Saharan migrants", "PER", None, ["Migranten aus Ländern südlich der Sahara"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("Tunisian Forum for Economic and Social Rights", "ORG", "TUN",
               ["Das Tunesische Forum für wirtschaftliche und soziale Rechte (FTDES)"]),
        entity("Members of the European Parliament", "PER", "EUR", ["mehrere Abgeordnete des Europaparlaments"]),
        entity("European Parliament", "ORG", "EUR", ["des Europaparlaments"]),
        entity("International Monetary Fund", "ORG", "IGO", ["des Internationalen Währungsfonds"]),
    ],
}

# ---------------------------------------------------------------- hm443-de-04 (Lebanon, Kahale truck shootout)
LBN_RESIDENTS = actor("residents of Kahale", "LBN", "CVL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
KAHALE_GUNMEN = actor("armed militiamen in Kahale", "LBN", "CVL")
LBN_CHRISTIAN_PARTIES = actor("Lebanese Christian parties", "LBN", "PTY")
BEJJANI_FAMILY = actor("family of Fadi Bejjani", "LBN", "CVL")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LBN_MIL_PROSECUTION = actor("Military Prosecution of Lebanon", "LBN", "JUD")
LBN_SECURITY = actor("Lebanese security forces", "LBN", "COP")

L1 = ("Beirut (dpa) - Bei einem Schusswechsel nach einem Lastwagenunfall im Libanon sind zwei Menschen getötet "
      "worden.")
L2 = ("Ein mit Munition beladener Lastwagen der Schiitenmiliz Hisbollah war am Mittwochabend in einer Kurve im "
      "überwiegend christlichen Ort Kahale östlich von Beirut umgestürzt, wie die Armee mitteilte.")
L3 = ("Als sich Anwohner an der Unfallstelle versammelten, kam es zu einem Feuergefecht zwischen ihnen und "
      "bewaffneten Begleitern des Transports.")
L4 = "Dabei wurden der Anwohner Fadi Bejjani und ein Hisbollah-Mitglied getötet."
L5 = "Soldaten riegelten das Gebiet ab und brachten die Ladung des Lastwagens in eine Kaserne."
L6 = "Die Hisbollah warf „bewaffneten Milizionären“ vor, den Lastwagen angegriffen zu haben."
L7 = "Zudem beschuldigte sie christliche Parteien einer „Hetzkampagne“ gegen die Organisation."
L8 = ("Bejjanis Familie sagte dagegen, er sei von Begleitern des Transports erschossen worden, als er zur "
      "Unfallstelle eilte.")
L9 = "Die Hisbollah wies dies zurück."
L10 = ("Samir Geagea, Chef der christlichen Partei Libanesische Kräfte, warf der Hisbollah vor, mit ihren Waffen das "
       "ganze Land in Gefahr zu bringen.")
L11 = "Er forderte, dass allein der Staat über Waffen verfügen dürfe."
L12 = "Der geschäftsführende Ministerpräsident Nadschib Mikati rief alle Seiten zur Besonnenheit auf."
L13 = "Aufgebrachte Anwohner blockierten bis zum Donnerstagmorgen die Fernstraße zwischen Beirut und Damaskus."
L14 = "Die Militärstaatsanwaltschaft leitete Ermittlungen zu dem Vorfall ein."
L15 = "Festnahmen gab es zunächst nicht."
L16 = ("Die Hisbollah verfügt über ein Waffenarsenal, das nach Einschätzung von Experten größer ist als das der "
       "libanesischen Armee.")
L17 = ("Der Libanon steckt seit 2019 in einer schweren Wirtschaftskrise und ist seit Oktober vergangenen Jahres ohne "
       "Staatsoberhaupt.")

DE04 = {
    "id": "hm443-de-04", "lang": "de", "url": None, "published": "2023-08-10",
    "title": "Zwei Tote nach Unfall eines Hisbollah-Lastwagens im Libanon",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16, L17]),
    "events": [
        event("ASSAULT", LBN_RESIDENTS, HEZBOLLAH, L3, mode="firearms", date="2023-08-09", location="Kahale",
              location_country="LBN"),
        event("ASSAULT", HEZBOLLAH, LBN_RESIDENTS, L3, mode="firearms", date="2023-08-09", location="Kahale",
              location_country="LBN"),
        event("COERCE", LAF, HEZBOLLAH, L5, mode="seize", location="Kahale", location_country="LBN"),
        event("ACCUSE", HEZBOLLAH, KAHALE_GUNMEN, L6, mode="allege"),
        event("ACCUSE", HEZBOLLAH, LBN_CHRISTIAN_PARTIES, L7, mode="disapprove"),
        event("ACCUSE", BEJJANI_FAMILY, HEZBOLLAH, L8, mode="allege"),
        event("ACCUSE", GEAGEA, HEZBOLLAH, L10, mode="disapprove"),
        event("REQUEST", GEAGEA, None, L11, mode="change"),
        event("REQUEST", MIKATI, None, L12),
        event("PROTEST", LBN_RESIDENTS, HEZBOLLAH, L13, mode="obstruct", date="2023-08-10", location="Kahale",
              location_country="LBN"),
        event("ACCUSE", LBN_MIL_PROSECUTION, None, L14, mode="investigate"),
        event("COERCE", LBN_SECURITY, None, L15, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Ein mit Munition beladener Lastwagen der Schiitenmiliz Hisbollah war am Mittwochabend in einer Kurve "
              "im überwiegend christlichen Ort Kahale östlich von Beirut umgestürzt", "Lebanese Armed Forces",
              "indirect"),
        quote("bewaffneten Milizionären", "Hezbollah", "direct"),
        quote("den Lastwagen angegriffen zu haben", "Hezbollah", "indirect"),
        quote("Hetzkampagne", "Hezbollah", "direct"),
        quote("er sei von Begleitern des Transports erschossen worden, als er zur Unfallstelle eilte",
              "family of Fadi Bejjani", "indirect"),
        quote("mit ihren Waffen das ganze Land in Gefahr zu bringen", "Samir Geagea", "indirect"),
        quote("dass allein der Staat über Waffen verfügen dürfe", "Samir Geagea", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["im Libanon", "das ganze Land", "Der Libanon"]),
        entity("Hezbollah", "ORG", "LBN", ["der Schiitenmiliz Hisbollah", "Die Hisbollah", "sie", "die Organisation",
                                           "der Hisbollah", "ihren"]),
        entity("Kahale", "LOC", "LBN", ["im überwiegend christlichen Ort Kahale östlich von Beirut"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die Armee", "Soldaten", "der libanesischen Armee"]),
        entity("residents of Kahale", "PER", "LBN", ["Anwohner", "ihnen", "Aufgebrachte Anwohner"]),
        entity("Hezbollah escorts", "PER", "LBN", ["bewaffneten Begleitern des Transports",
                                                  "Begleitern des Transports"]),
        entity("Fadi Bejjani", "PER", "LBN", ["der Anwohner Fadi Bejjani", "Bejjanis", "er"]),
        entity("Hezbollah member killed in Kahale", "PER", "LBN", ["ein Hisbollah-Mitglied"]),
        entity("armed militiamen in Kahale", "PER", "LBN", ["bewaffneten Milizionären"]),
        entity("Lebanese Christian parties", "ORG", "LBN", ["christliche Parteien"]),
        entity("family of Fadi Bejjani", "PER", "LBN", ["Bejjanis Familie"]),
        entity("Samir Geagea", "PER", "LBN", ["Samir Geagea, Chef der christlichen Partei Libanesische Kräfte",
                                              "Er"]),
        entity("Lebanese Forces", "ORG", "LBN", ["der christlichen Partei Libanesische Kräfte"]),
        entity("Government of Lebanon", "ORG", "LBN", ["der Staat"]),
        entity("Najib Mikati", "PER", "LBN", ["Der geschäftsführende Ministerpräsident Nadschib Mikati"]),
        entity("Beirut-Damascus highway", "LOC", "LBN", ["die Fernstraße zwischen Beirut und Damaskus"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Military Prosecution of Lebanon", "ORG", "LBN", ["Die Militärstaatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm443-en-01 (Syria, ICJ torture order)
ICJ = actor("International Court of Justice", "UNO", "JUD")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
BRUINS_SLOT = actor("Hanke Bruins Slot", "NLD", "GOV")
JOLY = actor("Mélanie Joly", "CAN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
FRA_JUDGES = actor("French investigating judges", "FRA", "JUD")
BASHAR = actor("Bashar al-Assad", "SYR", "GOV")
MAHER = actor("Maher al-Assad", "SYR", "MIL")
SYR_GENERALS = actor("Syrian army generals", "SYR", "MIL")

S1 = ("THE HAGUE, Netherlands (AP) — The United Nations' top court on Thursday ordered Syria to take all measures "
      "within its power to prevent torture and other cruel, inhuman or degrading treatment in its prisons and "
      "detention centers.")
S2 = ("In a preliminary ruling, the International Court of Justice also told Damascus to preserve any evidence "
      "related to allegations of torture.")
S3 = "The court's orders are legally binding, but it has no means of enforcing them."
S4 = ("Canada and the Netherlands brought the case in June, accusing Syria of violating the U.N. Convention against "
      "Torture through widespread abuse of detainees since the start of the civil war in 2011.")
S5 = "They asked the court for emergency measures while it considers the merits of the case, which could take years."
S6 = "Syria boycotted hearings on the request in October."
S7 = ("In a written submission, the government in Damascus rejected the accusations as “disinformation and "
      "lies.”")
S8 = ("Dutch Foreign Minister Hanke Bruins Slot welcomed the order as “an important step” toward justice for "
      "victims.")
S9 = ("“Today's decision sends a clear message that torture will not go unpunished,” Canadian Foreign Minister "
      "Mélanie Joly said in a statement.")
S10 = ("Amnesty International urged Syrian authorities to immediately grant independent monitors access to all "
       "detention facilities.")
S11 = "Rights groups estimate that tens of thousands of people have died in custody since 2011."
S12 = ("A day earlier, French investigating judges issued arrest warrants for Syrian President Bashar Assad, his "
       "brother Maher and two army generals over chemical attacks in 2013.")
S13 = ("The August 2013 sarin attack on Eastern Ghouta killed more than 1,000 people, according to U.S. intelligence "
       "estimates.")
S14 = "Assad's government has denied ever using chemical weapons."
S15 = "The Netherlands first formally notified Damascus of its allegations in 2020."

EN01 = {
    "id": "hm443-en-01", "lang": "en", "url": None, "published": "2023-11-16",
    "title": "UN top court orders Syria to prevent torture in case brought by Canada and the Netherlands",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("REQUEST", ICJ, SYR_GOV, S1, mode="change", date="2023-11-16", location="The Hague",
              location_country="NLD"),
        event("REQUEST", ICJ, SYR_GOV, S2, mode="change"),
        event("ACCUSE", CAN_GOV, SYR_GOV, S4, mode="allege"),
        event("ACCUSE", NLD_GOV, SYR_GOV, S4, mode="allege"),
        event("REQUEST", CAN_GOV, ICJ, S5),
        event("REQUEST", NLD_GOV, ICJ, S5),
        event("PROTEST", SYR_GOV, ICJ, S6, mode="boycott"),
        event("SUPPORT", BRUINS_SLOT, ICJ, S8),
        event("SUPPORT", JOLY, ICJ, S9),
        event("REQUEST", AMNESTY, SYR_GOV, S10, mode="yield"),
        event("THREATEN", FRA_JUDGES, BASHAR, S12, mode="arrest", date="2023-11-15"),
        event("THREATEN", FRA_JUDGES, MAHER, S12, mode="arrest", date="2023-11-15"),
        event("THREATEN", FRA_JUDGES, SYR_GENERALS, S12, mode="arrest", date="2023-11-15"),
        event("ACCUSE", NLD_GOV, SYR_GOV, S15, mode="allege"),
    ],
    "quotes": [
        quote("disinformation and lies", "Government of Syria", "direct"),
        quote("an important step", "Hanke Bruins Slot", "direct"),
        quote("Today's decision sends a clear message that torture will not go unpunished", "Mélanie Joly", "direct"),
        quote("The August 2013 sarin attack on Eastern Ghouta killed more than 1,000 people",
              "United States intelligence community", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("Netherlands", "LOC", "NLD", ["Netherlands"]),
        entity("International Court of Justice", "ORG", "UNO",
               ["The United Nations' top court", "the International Court of Justice", "The court's", "it",
                "the court"]),
        entity("Government of Syria", "ORG", "SYR", ["Syria", "Damascus", "the government in Damascus",
                                                     "Syrian authorities", "Assad's government"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["the Netherlands", "The Netherlands", "its"]),
        entity("United Nations Convention against Torture", "MISC", "UNO", ["the U.N. Convention against Torture"]),
        entity("Syrian detainees", "PER", "SYR", ["detainees", "victims"]),
        entity("Hanke Bruins Slot", "PER", "NLD", ["Dutch Foreign Minister Hanke Bruins Slot"]),
        entity("Mélanie Joly", "PER", "CAN", ["Canadian Foreign Minister Mélanie Joly"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("French investigating judges", "PER", "FRA", ["French investigating judges"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Syrian President Bashar Assad", "his", "Assad's"]),
        entity("Maher al-Assad", "PER", "SYR", ["his brother Maher"]),
        entity("Syrian army generals", "PER", "SYR", ["two army generals"]),
        entity("Eastern Ghouta", "LOC", "SYR", ["Eastern Ghouta"]),
        entity("United States intelligence community", "ORG", "USA", ["U.S. intelligence"]),
    ],
}

# ---------------------------------------------------------------- hm443-en-02 (Egypt/Gaza, Rafah crossing opens)
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
GAZA_CIVILIANS = actor("Palestinian civilians in Gaza", "PSE", "CVL")
EGY_HEALTH = actor("Ministry of Health of Egypt", "EGY", "GOV")
WOUNDED = actor("wounded Palestinians", "PSE", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
JABALIYA = actor("residents of Jabaliya refugee camp", "PSE", "CVL")
BIARI = actor("Ibrahim Biari", "PSE", "REB")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
ISR_CIVILIANS = actor("Israeli civilians", "ISR", "CVL")

R1 = ("RAFAH, Egypt (AP) — Dozens of severely wounded Palestinians and hundreds of foreign passport holders crossed "
      "from the Gaza Strip into Egypt on Wednesday, the first people allowed out of the besieged territory since the "
      "war began more than three weeks ago.")
R2 = ("Egypt opened the Rafah crossing under a deal mediated by Qatar in coordination with the United States, two "
      "Egyptian officials said.")
R3 = ("Egypt's Health Ministry said its ambulances had taken 76 patients to a field hospital in Sheikh Zuweid and to "
      "hospitals in El Arish.")
R4 = ("Among those leaving were citizens of Australia, Austria, Bulgaria, the Czech Republic, Finland, Indonesia and "
      "Japan, according to a list published by Gaza's border authority.")
R5 = ("U.S. President Joe Biden said the first Americans had made it out and thanked Egypt, Israel and Qatar for "
      "their “close cooperation.”")
R6 = ("Egyptian Foreign Minister Sameh Shoukry said Cairo would never accept the displacement of Palestinians into "
      "the Sinai Peninsula.")
R7 = ("The evacuation came a day after Israeli airstrikes hit the crowded Jabaliya refugee camp in northern Gaza.")
R8 = "The Health Ministry in Hamas-run Gaza said dozens of people were killed."
R9 = ("The Israeli military said the strike killed Ibrahim Biari, a Hamas commander it accused of helping to plan the "
      "Oct. 7 attack.")
R10 = "Egypt's Foreign Ministry condemned the attack “in the strongest terms.”"
R11 = ("Israel has not allowed any fuel into Gaza since the start of the war, saying Hamas would divert it for "
       "military use.")
R12 = "U.N. agencies have warned that hospitals in the territory are running out of generator fuel."
R13 = "About 200 aid trucks have entered Gaza through Rafah since Oct. 21."
R14 = ("The war began with Hamas' Oct. 7 attack on southern Israel, in which some 1,400 people were killed and more "
       "than 240 were taken hostage.")
R15 = "Gaza's Health Ministry says more than 8,700 Palestinians have been killed since then."

EN02 = {
    "id": "hm443-en-02", "lang": "en", "url": None, "published": "2023-11-01",
    "title": "Wounded Palestinians and foreigners leave Gaza as Egypt opens Rafah crossing",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6], [R7, R8, R9, R10], [R11, R12, R13], [R14, R15]),
    "events": [
        event("RETREAT", EGY_GOV, GAZA_CIVILIANS, R2, mode="access", date="2023-11-01", location="Rafah",
              location_country="EGY"),
        event("AID", EGY_HEALTH, WOUNDED, R3, location_country="EGY"),
        event("SUPPORT", BIDEN, EGY_GOV, R5),
        event("SUPPORT", BIDEN, ISR_GOV, R5),
        event("SUPPORT", BIDEN, QAT_GOV, R5),
        event("REJECT", SHOUKRY, None, R6),
        event("ASSAULT", IDF, JABALIYA, R7, mode="aerial", date="2023-10-31", location="Jabaliya",
              location_country="PSE"),
        event("ASSAULT", IDF, BIARI, R9, mode="aerial", date="2023-10-31", location="Jabaliya",
              location_country="PSE"),
        event("ACCUSE", IDF, BIARI, R9, mode="allege"),
        event("ACCUSE", EGY_MFA, ISR_GOV, R10, mode="disapprove"),
        event("AID", ISR_GOV, GAZA_CIVILIANS, R11, negated=True),
        event("ACCUSE", ISR_GOV, HAMAS, R11, mode="allege"),
        event("ASSAULT", HAMAS, ISR_CIVILIANS, R14, date="2023-10-07", location="southern Israel",
              location_country="ISR"),
    ],
    "quotes": [
        quote("Egypt opened the Rafah crossing under a deal mediated by Qatar in coordination with the United States",
              "Egyptian officials", "indirect"),
        quote("its ambulances had taken 76 patients to a field hospital in Sheikh Zuweid and to hospitals in El Arish",
              "Ministry of Health of Egypt", "indirect"),
        quote("Among those leaving were citizens of Australia, Austria, Bulgaria, the Czech Republic, Finland, "
              "Indonesia and Japan", "General Authority for Crossings and Borders of Gaza", "indirect"),
        quote("the first Americans had made it out", "Joe Biden", "indirect"),
        quote("close cooperation", "Joe Biden", "direct"),
        quote("Cairo would never accept the displacement of Palestinians into the Sinai Peninsula", "Sameh Shoukry",
              "indirect"),
        quote("dozens of people were killed", "Ministry of Health of Gaza", "indirect"),
        quote("the strike killed Ibrahim Biari, a Hamas commander it accused of helping to plan the Oct. 7 attack",
              "Israel Defense Forces", "indirect"),
        quote("in the strongest terms", "Ministry of Foreign Affairs of Egypt", "direct"),
        quote("Hamas would divert it for military use", "Government of Israel", "indirect"),
        quote("hospitals in the territory are running out of generator fuel", "United Nations agencies", "indirect"),
        quote("more than 8,700 Palestinians have been killed since then", "Ministry of Health of Gaza", "indirect"),
    ],
    "entities": [
        entity("Rafah", "LOC", "EGY", ["RAFAH", "the Rafah crossing", "Rafah"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("wounded Palestinians", "PER", "PSE", ["Dozens of severely wounded Palestinians", "76 patients"]),
        entity("foreign passport holders in Gaza", "PER", None, ["hundreds of foreign passport holders",
                                                                 "those leaving"]),
        entity("Gaza Strip", "LOC", "PSE", ["the Gaza Strip", "the besieged territory", "Gaza", "the territory"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt", "Cairo"]),
        entity("Government of Qatar", "ORG", "QAT", ["Qatar"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Egyptian officials", "PER", "EGY", ["two Egyptian officials"]),
        entity("Ministry of Health of Egypt", "ORG", "EGY", ["Egypt's Health Ministry", "its"]),
        entity("Sheikh Zuweid", "LOC", "EGY", ["Sheikh Zuweid"]),
        entity("El Arish", "LOC", "EGY", ["El Arish"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("Austria", "LOC", "AUT", ["Austria"]),
        entity("Bulgaria", "LOC", "BGR", ["Bulgaria"]),
        entity("Czech Republic", "LOC", "CZE", ["the Czech Republic"]),
        entity("Finland", "LOC", "FIN", ["Finland"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesia"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("General Authority for Crossings and Borders of Gaza", "ORG", "PSE", ["Gaza's border authority"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("American citizens in Gaza", "PER", "USA", ["the first Americans"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Sameh Shoukry", "PER", "EGY", ["Egyptian Foreign Minister Sameh Shoukry"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["the Sinai Peninsula"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israeli airstrikes", "The Israeli military", "it"]),
        entity("Jabaliya refugee camp", "LOC", "PSE", ["the crowded Jabaliya refugee camp in northern Gaza"]),
        entity("Ministry of Health of Gaza", "ORG", "PSE", ["The Health Ministry in Hamas-run Gaza",
                                                            "Gaza's Health Ministry"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas'"]),
        entity("Ibrahim Biari", "PER", "PSE", ["Ibrahim Biari, a Hamas commander"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Egypt's Foreign Ministry"]),
        entity("United Nations agencies", "ORG", "UNO", ["U.N. agencies"]),
        entity("Israel", "LOC", "ISR", ["southern Israel"]),
        entity("Israeli victims of the Oct. 7 attack", "PER", "ISR", ["some 1,400 people"]),
        entity("Israeli hostages", "PER", "ISR", ["more than 240"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
