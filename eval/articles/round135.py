"""Round 135: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm135-de-01: Deadly unrest in Kaédi after Mauritania's presidential election; Biram Dah Abeid rejects Ghazouani's win, mobile internet cut (2024-07-03).
- hm135-de-02: Guinea's junta leader Doumbouya pardons ex-junta chief Moussa Dadis Camara; victims' groups, FIDH and the UN object (2025-03-29).
- hm135-de-03: Egypt's President al-Sisi on his first visit to Ankara; agreements with Erdoğan, joint Gaza demands (2024-09-04).
- hm135-de-04: Brazilian justice Alexandre de Moraes orders X blocked nationwide; Musk attacks him, Lula backs the courts (2024-08-31).
- hm135-en-01: Ivory Coast's Constitutional Council bars Laurent Gbagbo and Tidjane Thiam from the presidential race (2025-09-09).
- hm135-en-02: Israel strikes the Syrian general staff in Damascus over the Sweida fighting; ceasefire with Druze elders (2025-07-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm135-de-01
ABEID = actor("Biram Dah Abeid", "MRT", "OPP")
ABEID_SUP = actor("Biram Dah Abeid supporters", "MRT", "OPP")
MRT_POLICE = actor("Mauritanian police", "MRT", "COP")
MRT_PROTESTERS = actor("Mauritanian protesters", "MRT", "CVL")
MRT_GOV = actor("Government of Mauritania", "MRT", "GOV")
MRT_INTMIN = actor("Mohamed Ahmed Ould Mohamed Lemine", "MRT", "GOV")
GHAZOUANI = actor("Mohamed Ould Ghazouani", "MRT", "GOV")
FAYE = actor("Bassirou Diomaye Faye", "SEN", "GOV")
AU = actor("African Union", "IGO", "IGO")

M1 = "Nach der Präsidentenwahl in Mauretanien sind bei Unruhen in der Stadt Kaédi im Süden des Landes drei Menschen ums Leben gekommen."
M2 = "Anhänger des unterlegenen Oppositionskandidaten Biram Dah Abeid zündeten in der Nacht zum Dienstag Reifen an und bewarfen eine Polizeiwache mit Steinen, wie Augenzeugen berichteten."
M3 = "Die Polizei setzte Tränengas gegen die Menge ein, mehrere Geschäfte wurden geplündert."
M4 = "Das Innenministerium teilte mit, landesweit seien mehr als hundert Menschen festgenommen worden, darunter zahlreiche Ausländer."
M5 = "Innenminister Mohamed Ahmed Ould Mohamed Lemine warf „ausländischen Kräften“ vor, die Proteste angestachelt zu haben."
M6 = "Die Wahlkommission hatte Präsident Mohamed Ould Ghazouani am Montag mit gut 56 Prozent der Stimmen zum Sieger der Wahl vom Samstag erklärt."
M7 = "Abeid, der auf rund 22 Prozent kam, erkennt das Ergebnis nicht an und wirft der Regierung massiven Wahlbetrug vor."
M8 = "„Das ist ein Diebstahl am mauretanischen Volk“, sagte er am Dienstag vor Journalisten in Nouakchott."
M9 = "Die Behörden sperrten am Dienstag das mobile Internet im ganzen Land."
M10 = "Senegals Präsident Bassirou Diomaye Faye gratulierte Ghazouani bereits am Montag zu seiner Wiederwahl."
M11 = "Die Afrikanische Union rief alle Seiten zur Zurückhaltung auf."

DE01 = {
    "id": "hm135-de-01", "lang": "de", "url": None, "published": "2024-07-03",
    "title": "Tote bei Unruhen nach Präsidentenwahl in Mauretanien",
    "text": paragraphs([M1, M2, M3, M4, M5], [M6, M7, M8], [M9, M10, M11]),
    "events": [
        event("PROTEST", ABEID_SUP, MRT_POLICE, M2, mode="riot", date="2024-07-02", location="Kaédi", location_country="MRT"),
        event("ASSAULT", MRT_POLICE, ABEID_SUP, M3, mode="crowd-control", date="2024-07-02", location="Kaédi", location_country="MRT"),
        event("COERCE", MRT_POLICE, MRT_PROTESTERS, M4, mode="arrest", location_country="MRT"),
        event("ACCUSE", MRT_INTMIN, None, M5, mode="allege"),
        event("ACCUSE", ABEID, MRT_GOV, M7, mode="allege"),
        event("ACCUSE", ABEID, MRT_GOV, M8, mode="disapprove", date="2024-07-02", location="Nouakchott", location_country="MRT"),
        event("COERCE", MRT_GOV, None, M9, mode="withhold", date="2024-07-02", location_country="MRT"),
        event("SUPPORT", FAYE, GHAZOUANI, M10, date="2024-07-01"),
        event("REQUEST", AU, None, M11),
    ],
    "quotes": [
        quote("Anhänger des unterlegenen Oppositionskandidaten Biram Dah Abeid zündeten in der Nacht zum Dienstag Reifen an und bewarfen eine Polizeiwache mit Steinen", "eyewitnesses", "indirect"),
        quote("landesweit seien mehr als hundert Menschen festgenommen worden, darunter zahlreiche Ausländer", "Interior Ministry of Mauritania", "indirect"),
        quote("ausländischen Kräften", "Mohamed Ahmed Ould Mohamed Lemine", "direct"),
        quote("die Proteste angestachelt zu haben", "Mohamed Ahmed Ould Mohamed Lemine", "indirect"),
        quote("Das ist ein Diebstahl am mauretanischen Volk", "Biram Dah Abeid", "direct"),
    ],
    "entities": [
        entity("Mauritania", "GPE", "MRT", ["Mauretanien", "des Landes", "im ganzen Land"]),
        entity("Kaédi", "LOC", "MRT", ["der Stadt Kaédi im Süden des Landes"]),
        entity("Biram Dah Abeid supporters", "ORG", "MRT", ["Anhänger des unterlegenen Oppositionskandidaten Biram Dah Abeid", "die Menge"]),
        entity("Biram Dah Abeid", "PER", "MRT", ["des unterlegenen Oppositionskandidaten Biram Dah Abeid", "Abeid, der auf rund 22 Prozent kam", "er"]),
        entity("police station in Kaédi", "LOC", "MRT", ["eine Polizeiwache"]),
        entity("eyewitnesses", "ORG", None, ["Augenzeugen"]),
        entity("Mauritanian police", "ORG", "MRT", ["Die Polizei"]),
        entity("shops in Kaédi", "LOC", "MRT", ["mehrere Geschäfte"]),
        entity("Interior Ministry of Mauritania", "ORG", "MRT", ["Das Innenministerium"]),
        entity("detainees", "ORG", None, ["mehr als hundert Menschen", "zahlreiche Ausländer"]),
        entity("Mohamed Ahmed Ould Mohamed Lemine", "PER", "MRT", ["Innenminister Mohamed Ahmed Ould Mohamed Lemine"]),
        entity("foreign forces", "ORG", None, ["ausländischen Kräften"]),
        entity("Electoral Commission of Mauritania", "ORG", "MRT", ["Die Wahlkommission"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT", ["Präsident Mohamed Ould Ghazouani", "Ghazouani"]),
        entity("Government of Mauritania", "ORG", "MRT", ["der Regierung", "Die Behörden"]),
        entity("Mauritanian people", "ORG", "MRT", ["mauretanischen Volk"]),
        entity("journalists", "ORG", None, ["Journalisten"]),
        entity("Nouakchott", "LOC", "MRT", ["Nouakchott"]),
        entity("Senegal", "GPE", "SEN", ["Senegals"]),
        entity("Bassirou Diomaye Faye", "PER", "SEN", ["Senegals Präsident Bassirou Diomaye Faye"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
    ],
}

# ---------------------------------------------------------------- hm135-de-02
DOUMBOUYA = actor("Mamadi Doumbouya", "GIN", "GOV")
CAMARA = actor("Moussa Dadis Camara", "GIN", "MIL")
GIN_COURT = actor("Guinean court", "GIN", "JUD")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
GIN_MIL = actor("Guinean military", "GIN", "MIL")
GIN_OPP = actor("Guinean opposition", "GIN", "OPP")
A_DIALLO = actor("Asmaou Diallo", "GIN", "NGO")
FIDH = actor("International Federation for Human Rights", "NGO", "NGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
KABA = actor("Yaya Kairaba Kaba", "GIN", "GOV")
VICTIMS_2009 = actor("Victims of the 28 September 2009 massacre", "GIN", "CVL")
UFDG = actor("Union of Democratic Forces of Guinea", "GIN", "OPP")

G1 = "Guineas Militärmachthaber Mamadi Doumbouya hat am Freitag den früheren Juntachef Moussa Dadis Camara begnadigt, der wegen des Massakers im Stadion von Conakry zu 20 Jahren Haft verurteilt worden war."
G2 = "Als Begründung nannte die Regierung in einer im Staatsfernsehen verlesenen Erklärung den Gesundheitszustand des früheren Hauptmanns."
G3 = "Nach Angaben seiner Anwälte verließ Camara noch in der Nacht das Gefängnis in Conakry."
G4 = "Am 28. September 2009 hatten Soldaten eine Kundgebung der Opposition in dem Stadion gestürmt und mehr als 150 Menschen getötet."
G5 = "„Diese Begnadigung ist ein Schlag ins Gesicht der Opfer und ihrer Familien“, sagte Asmaou Diallo, Vorsitzende der Vereinigung der Opfer, Eltern und Freunde des 28. September (Avipa)."
G6 = "Die Internationale Föderation für Menschenrechte (FIDH) sprach von einem „gefährlichen Signal der Straflosigkeit“ und forderte die Junta auf, die Entscheidung rückgängig zu machen."
G7 = "Auch das UN-Menschenrechtsbüro in Genf zeigte sich besorgt und erklärte, Guinea sei verpflichtet, die Verantwortlichen schwerer Verbrechen zur Rechenschaft zu ziehen."
G8 = "Justizminister Yaya Kairaba Kaba sagte, der Staat werde die Entschädigung der Opfer dennoch wie angekündigt übernehmen."
G9 = "Die Oppositionspartei UFDG warf Doumbouya vor, mit der Begnadigung vor der geplanten Präsidentenwahl um die Gunst der Armee zu werben."

DE02 = {
    "id": "hm135-de-02", "lang": "de", "url": None, "published": "2025-03-29",
    "title": "Guineas Junta begnadigt Ex-Machthaber Dadis Camara",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9]),
    "events": [
        event("CONCEDE", DOUMBOUYA, CAMARA, G1, date="2025-03-28"),
        event("SANCTION", GIN_COURT, CAMARA, G1, mode="convict"),
        event("COERCE", GIN_COURT, CAMARA, G1, mode="arrest"),
        event("RETREAT", GIN_GOV, CAMARA, G3, mode="release", date="2025-03-28", location="Conakry", location_country="GIN"),
        event("ASSAULT", GIN_MIL, GIN_OPP, G4, mode="targeted", date="2009-09-28", location="Conakry", location_country="GIN"),
        event("ACCUSE", A_DIALLO, DOUMBOUYA, G5, mode="disapprove"),
        event("ACCUSE", FIDH, GIN_GOV, G6, mode="disapprove"),
        event("REQUEST", FIDH, GIN_GOV, G6, mode="change"),
        event("ACCUSE", OHCHR, GIN_GOV, G7, mode="disapprove"),
        event("AGREE", KABA, VICTIMS_2009, G8),
        event("ACCUSE", UFDG, DOUMBOUYA, G9, mode="allege"),
    ],
    "quotes": [
        quote("verließ Camara noch in der Nacht das Gefängnis in Conakry", "Camara's lawyers", "indirect"),
        quote("Diese Begnadigung ist ein Schlag ins Gesicht der Opfer und ihrer Familien", "Asmaou Diallo", "direct"),
        quote("gefährlichen Signal der Straflosigkeit", "International Federation for Human Rights", "direct"),
        quote("Guinea sei verpflichtet, die Verantwortlichen schwerer Verbrechen zur Rechenschaft zu ziehen", "Office of the UN High Commissioner for Human Rights", "indirect"),
        quote("der Staat werde die Entschädigung der Opfer dennoch wie angekündigt übernehmen", "Yaya Kairaba Kaba", "indirect"),
        quote("mit der Begnadigung vor der geplanten Präsidentenwahl um die Gunst der Armee zu werben", "Union of Democratic Forces of Guinea", "indirect"),
    ],
    "entities": [
        entity("Guinea", "GPE", "GIN", ["Guineas", "Guinea", "der Staat"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["Guineas Militärmachthaber Mamadi Doumbouya", "Doumbouya"]),
        entity("Moussa Dadis Camara", "PER", "GIN", ["den früheren Juntachef Moussa Dadis Camara", "des früheren Hauptmanns", "Camara"]),
        entity("Stadium of 28 September", "LOC", "GIN", ["im Stadion von Conakry", "dem Stadion"]),
        entity("Conakry", "LOC", "GIN", ["Conakry"]),
        entity("Government of Guinea", "ORG", "GIN", ["die Regierung", "die Junta"]),
        entity("Guinean state television", "ORG", "GIN", ["im Staatsfernsehen"]),
        entity("Camara's lawyers", "ORG", "GIN", ["seiner Anwälte"]),
        entity("Conakry prison", "LOC", "GIN", ["das Gefängnis in Conakry"]),
        entity("Guinean military", "ORG", "GIN", ["Soldaten", "der Armee"]),
        entity("Guinean opposition", "ORG", "GIN", ["der Opposition"]),
        entity("Victims of the 28 September 2009 massacre", "ORG", "GIN", ["der Opfer und ihrer Familien", "der Opfer", "mehr als 150 Menschen"]),
        entity("Asmaou Diallo", "PER", "GIN", ["Asmaou Diallo, Vorsitzende der Vereinigung der Opfer, Eltern und Freunde des 28. September (Avipa)"]),
        entity("AVIPA", "ORG", "GIN", ["der Vereinigung der Opfer, Eltern und Freunde des 28. September (Avipa)"]),
        entity("International Federation for Human Rights", "ORG", "NGO", ["Die Internationale Föderation für Menschenrechte (FIDH)"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["das UN-Menschenrechtsbüro in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Yaya Kairaba Kaba", "PER", "GIN", ["Justizminister Yaya Kairaba Kaba"]),
        entity("Union of Democratic Forces of Guinea", "ORG", "GIN", ["Die Oppositionspartei UFDG"]),
    ],
}

# ---------------------------------------------------------------- hm135-de-03
SISI = actor("Abdel Fattah el-Sisi", "EGY", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")

T1 = "Erstmals seit mehr als einem Jahrzehnt ist ein ägyptischer Präsident zu einem offiziellen Besuch in die Türkei gereist."
T2 = "Staatschef Abdel Fattah al-Sisi wurde am Mittwoch in Ankara von Präsident Recep Tayyip Erdoğan mit militärischen Ehren empfangen."
T3 = "Beide Seiten unterzeichneten 17 Abkommen, unter anderem über eine Zusammenarbeit in den Bereichen Energie, Verteidigung, Tourismus und Gesundheit."
T4 = "Zudem vereinbarten sie, das jährliche Handelsvolumen in den kommenden Jahren auf 15 Milliarden Dollar zu steigern."
T5 = "„Wir schlagen ein neues Kapitel in unseren Beziehungen auf“, sagte Erdoğan bei einer gemeinsamen Pressekonferenz."
T6 = "Beide Präsidenten forderten eine sofortige Waffenruhe im Gazastreifen und ungehinderten Zugang für humanitäre Hilfe."
T7 = "Erdoğan warf der israelischen Regierung vor, mit ihrer Politik die ganze Region in einen Krieg zu ziehen."
T8 = "Al-Sisi bekräftigte, Ägypten werde eine Vertreibung der Palästinenser auf die Sinai-Halbinsel niemals akzeptieren."
T10 = "Die Beziehungen zwischen Kairo und Ankara waren nach dem Sturz des islamistischen Präsidenten Mohammed Mursi durch das ägyptische Militär im Jahr 2013 jahrelang eingefroren."
T11 = "Erdoğan hatte Kairo im Februar besucht und damit die Annäherung besiegelt."
T12 = "Zum Abschluss lud al-Sisi den türkischen Präsidenten zu einem Gegenbesuch im kommenden Jahr ein."

DE03 = {
    "id": "hm135-de-03", "lang": "de", "url": None, "published": "2024-09-04",
    "title": "Al-Sisi zu historischem Besuch in Ankara",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8], [T10, T11, T12]),
    "events": [
        event("CONSULT", SISI, TURKEY, T1, mode="visit"),
        event("CONSULT", SISI, ERDOGAN, T2, mode="visit", date="2024-09-04", location="Ankara", location_country="TUR"),
        event("SUPPORT", EGYPT, TURKEY, T3),
        event("AGREE", EGYPT, TURKEY, T4),
        event("SUPPORT", ERDOGAN, EGYPT, T5),
        event("REQUEST", SISI, ISR_GOV, T6, mode="yield"),
        event("REQUEST", ERDOGAN, ISR_GOV, T6, mode="yield"),
        event("ACCUSE", ERDOGAN, ISR_GOV, T7, mode="allege"),
        event("REJECT", SISI, ISR_GOV, T8),
        event("CONSULT", ERDOGAN, EGYPT, T11, mode="visit", location="Cairo", location_country="EGY"),
        event("AGREE", SISI, ERDOGAN, T12),
    ],
    "quotes": [
        quote("Wir schlagen ein neues Kapitel in unseren Beziehungen auf", "Recep Tayyip Erdoğan", "direct"),
        quote("mit ihrer Politik die ganze Region in einen Krieg zu ziehen", "Recep Tayyip Erdoğan", "indirect"),
        quote("Ägypten werde eine Vertreibung der Palästinenser auf die Sinai-Halbinsel niemals akzeptieren", "Abdel Fattah el-Sisi", "indirect"),
    ],
    "entities": [
        entity("Abdel Fattah el-Sisi", "PER", "EGY", ["ein ägyptischer Präsident", "Staatschef Abdel Fattah al-Sisi", "Al-Sisi", "al-Sisi"]),
        entity("Turkey", "GPE", "TUR", ["die Türkei"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Erdoğan", "den türkischen Präsidenten"]),
        entity("Egypt", "GPE", "EGY", ["Ägypten"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen"]),
        entity("Government of Israel", "ORG", "ISR", ["der israelischen Regierung"]),
        entity("Palestinians", "ORG", "PSE", ["der Palästinenser"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["die Sinai-Halbinsel"]),
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Mohamed Morsi", "PER", "EGY", ["des islamistischen Präsidenten Mohammed Mursi"]),
        entity("Egyptian Armed Forces", "ORG", "EGY", ["das ägyptische Militär"]),
    ],
}

# ---------------------------------------------------------------- hm135-de-04
MORAES = actor("Alexandre de Moraes", "BRA", "JUD")
X_CORP = actor("X", "MNC", "BUS")
ANATEL = actor("Anatel", "BRA", "GOV")
BRA_USERS = actor("Internet users in Brazil", "BRA", "CVL")
STARLINK = actor("Starlink", "MNC", "BUS")
MUSK = actor("Elon Musk", "USA", "BUS")
LULA = actor("Luiz Inácio Lula da Silva", "BRA", "GOV")
BRA_JUD = actor("Brazilian judiciary", "BRA", "JUD")
BRAZIL = actor("Brazil", "BRA", "GOV")
BRA_PL = actor("Liberal Party", "BRA", "PTY")

B1 = "Der brasilianische Verfassungsrichter Alexandre de Moraes hat die Sperrung der Onlineplattform X in ganz Brasilien angeordnet."
B2 = "Die Telekommunikationsbehörde Anatel wies die Internetanbieter am Freitag an, den Zugang zu dem Dienst binnen 24 Stunden zu blockieren."
B3 = "Moraes begründete die Entscheidung damit, dass X entgegen einer gerichtlichen Anordnung keinen rechtlichen Vertreter in Brasilien benannt habe."
B4 = "Wer die Sperre mithilfe von VPN-Diensten umgehe, müsse mit einer Geldstrafe von 50.000 Reais pro Tag rechnen, hieß es in dem Beschluss."
B5 = "Bereits am Donnerstag hatte der Richter die Konten des Satellitendienstes Starlink, der ebenfalls zum Firmenimperium von Elon Musk gehört, sperren lassen."
B6 = "„Ein nicht gewählter Richter zerstört in Brasilien die Meinungsfreiheit“, schrieb Musk auf X."
B7 = "Präsident Luiz Inácio Lula da Silva stellte sich hinter die Justiz."
B8 = "Musk müsse sich wie jeder andere ausländische Unternehmer an die Gesetze des Landes halten, sagte Lula in einem Radiointerview."
B9 = "X hatte sein Büro in Brasilien bereits Mitte August geschlossen und dies mit Drohungen des Richters gegen seine Rechtsvertreterin begründet."
B10 = "Abgeordnete der Liberalen Partei des früheren Präsidenten Jair Bolsonaro kündigten an, im Senat ein Amtsenthebungsverfahren gegen Moraes anzustreben."
B11 = "Nach Angaben des Konkurrenten Bluesky meldeten sich binnen zwei Tagen mehr als eine halbe Million neue Nutzer aus Brasilien an."

DE04 = {
    "id": "hm135-de-04", "lang": "de", "url": None, "published": "2024-08-31",
    "title": "Brasilianischer Richter lässt X sperren",
    "text": paragraphs([B1, B2, B3, B4, B5], [B6, B7, B8], [B9, B10, B11]),
    "events": [
        event("COERCE", MORAES, X_CORP, B1, mode="censor", location_country="BRA"),
        event("COERCE", ANATEL, X_CORP, B2, mode="censor", date="2024-08-30", location_country="BRA"),
        event("ACCUSE", MORAES, X_CORP, B3, mode="allege"),
        event("THREATEN", MORAES, BRA_USERS, B4),
        event("COERCE", MORAES, STARLINK, B5, mode="seize", date="2024-08-29", location_country="BRA"),
        event("ACCUSE", MUSK, MORAES, B6, mode="disapprove"),
        event("SUPPORT", LULA, BRA_JUD, B7),
        event("REQUEST", LULA, MUSK, B8, mode="change"),
        event("SANCTION", X_CORP, BRAZIL, B9, mode="withdraw"),
        event("ACCUSE", X_CORP, MORAES, B9, mode="allege"),
        event("REQUEST", BRA_PL, MORAES, B10, mode="change"),
    ],
    "quotes": [
        quote("dass X entgegen einer gerichtlichen Anordnung keinen rechtlichen Vertreter in Brasilien benannt habe", "Alexandre de Moraes", "indirect"),
        quote("Wer die Sperre mithilfe von VPN-Diensten umgehe, müsse mit einer Geldstrafe von 50.000 Reais pro Tag rechnen", "Alexandre de Moraes", "indirect"),
        quote("Ein nicht gewählter Richter zerstört in Brasilien die Meinungsfreiheit", "Elon Musk", "direct"),
        quote("Musk müsse sich wie jeder andere ausländische Unternehmer an die Gesetze des Landes halten", "Luiz Inácio Lula da Silva", "indirect"),
        quote("meldeten sich binnen zwei Tagen mehr als eine halbe Million neue Nutzer aus Brasilien an", "Bluesky", "indirect"),
    ],
    "entities": [
        entity("Alexandre de Moraes", "PER", "BRA", ["Der brasilianische Verfassungsrichter Alexandre de Moraes", "Moraes", "der Richter", "des Richters"]),
        entity("X", "ORG", "MNC", ["der Onlineplattform X", "dem Dienst", "X", "sein Büro in Brasilien"]),
        entity("Brazil", "GPE", "BRA", ["ganz Brasilien", "Brasilien", "des Landes"]),
        entity("Anatel", "ORG", "BRA", ["Die Telekommunikationsbehörde Anatel"]),
        entity("Brazilian internet providers", "ORG", "BRA", ["die Internetanbieter"]),
        entity("Starlink", "ORG", "MNC", ["des Satellitendienstes Starlink"]),
        entity("Elon Musk", "PER", "USA", ["Elon Musk", "Musk"]),
        entity("Luiz Inácio Lula da Silva", "PER", "BRA", ["Präsident Luiz Inácio Lula da Silva", "Lula"]),
        entity("Brazilian judiciary", "ORG", "BRA", ["die Justiz"]),
        entity("X's legal representative in Brazil", "PER", "BRA", ["seine Rechtsvertreterin"]),
        entity("Liberal Party", "ORG", "BRA", ["der Liberalen Partei des früheren Präsidenten Jair Bolsonaro"]),
        entity("Liberal Party lawmakers", "ORG", "BRA", ["Abgeordnete der Liberalen Partei des früheren Präsidenten Jair Bolsonaro"]),
        entity("Jair Bolsonaro", "PER", "BRA", ["des früheren Präsidenten Jair Bolsonaro"]),
        entity("Federal Senate of Brazil", "ORG", "BRA", ["im Senat"]),
        entity("Bluesky", "ORG", "MNC", ["des Konkurrenten Bluesky"]),
    ],
}

# ---------------------------------------------------------------- hm135-en-01
CIV_COUNCIL = actor("Constitutional Council of Ivory Coast", "CIV", "JUD")
L_GBAGBO = actor("Laurent Gbagbo", "CIV", "OPP")
THIAM = actor("Tidjane Thiam", "CIV", "OPP")
OUATTARA = actor("Alassane Ouattara", "CIV", "GOV")
PDCI = actor("Democratic Party of Ivory Coast", "CIV", "OPP")
PPACI = actor("African Peoples' Party-Ivory Coast", "CIV", "OPP")
CIV_POLICE = actor("Ivorian police", "CIV", "COP")
COULIBALY = actor("Amadou Coulibaly", "CIV", "GOV")
RHDP = actor("Rally of Houphouëtists for Democracy and Peace", "CIV", "PTY")
CIV_OPP = actor("Ivorian opposition", "CIV", "OPP")

C1 = "Ivory Coast's Constitutional Council on Monday barred former President Laurent Gbagbo and opposition leader Tidjane Thiam from running in next month's presidential election, while clearing President Alassane Ouattara to seek a fourth term."
C2 = "The council published a final list of five candidates for the Oct. 25 vote, including former first lady Simone Ehivet Gbagbo, who has split from her ex-husband's party."
C3 = "It said Laurent Gbagbo was ineligible because of a criminal conviction and that Thiam had still held French nationality when he registered as a voter."
C4 = "“This is a political execution dressed up as a court ruling,” the Democratic Party of Ivory Coast (PDCI), which Thiam leads, said in a statement."
C5 = "Thiam, a former chief executive of Credit Suisse who has spent much of the past months in France, called the decision “a denial of democracy” and said Ouattara was choosing his own opponents."
C6 = "Gbagbo's African Peoples' Party-Ivory Coast (PPA-CI) said it would form a common front with the PDCI and threatened nationwide protests if Ouattara did not drop his bid."
C7 = "Police deployed armoured vehicles around the PDCI headquarters in Abidjan's Cocody district on Monday evening, witnesses said."
C8 = "Government spokesman Amadou Coulibaly urged all parties to accept the council's decisions, saying they were final and could not be appealed."
C9 = "Ouattara's ruling RHDP party accused the opposition of trying to destabilise the country ahead of the vote."
C10 = "Ouattara, 83, has governed the world's top cocoa producer since 2011, when he took office after a post-election conflict that killed some 3,000 people."

EN01 = {
    "id": "hm135-en-01", "lang": "en", "url": None, "published": "2025-09-09",
    "title": "Ivory Coast bars Gbagbo and Thiam from presidential race",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9, C10]),
    "events": [
        event("COERCE", CIV_COUNCIL, L_GBAGBO, C1, mode="restrict", date="2025-09-08", location_country="CIV"),
        event("COERCE", CIV_COUNCIL, THIAM, C1, mode="restrict", date="2025-09-08", location_country="CIV"),
        event("ACCUSE", PDCI, CIV_COUNCIL, C4, mode="disapprove"),
        event("ACCUSE", THIAM, CIV_COUNCIL, C5, mode="disapprove"),
        event("ACCUSE", THIAM, OUATTARA, C5, mode="allege"),
        event("AGREE", PPACI, PDCI, C6),
        event("THREATEN", PPACI, OUATTARA, C6),
        event("MOBILIZE", CIV_POLICE, PDCI, C7, mode="police", date="2025-09-08", location="Abidjan", location_country="CIV"),
        event("REQUEST", COULIBALY, None, C8),
        event("ACCUSE", RHDP, CIV_OPP, C9, mode="allege"),
    ],
    "quotes": [
        quote("Laurent Gbagbo was ineligible because of a criminal conviction", "Constitutional Council of Ivory Coast", "indirect"),
        quote("Thiam had still held French nationality when he registered as a voter", "Constitutional Council of Ivory Coast", "indirect"),
        quote("This is a political execution dressed up as a court ruling", "Democratic Party of Ivory Coast", "direct"),
        quote("a denial of democracy", "Tidjane Thiam", "direct"),
        quote("Ouattara was choosing his own opponents", "Tidjane Thiam", "indirect"),
        quote("it would form a common front with the PDCI", "African Peoples' Party-Ivory Coast", "indirect"),
        quote("Police deployed armoured vehicles around the PDCI headquarters in Abidjan's Cocody district on Monday evening", "witnesses", "indirect"),
        quote("they were final and could not be appealed", "Amadou Coulibaly", "indirect"),
    ],
    "entities": [
        entity("Ivory Coast", "GPE", "CIV", ["Ivory Coast", "the country", "the world's top cocoa producer"]),
        entity("Constitutional Council of Ivory Coast", "ORG", "CIV", ["Ivory Coast's Constitutional Council", "The council", "It", "the council"]),
        entity("Laurent Gbagbo", "PER", "CIV", ["former President Laurent Gbagbo", "Laurent Gbagbo", "her ex-husband", "Gbagbo"]),
        entity("Tidjane Thiam", "PER", "CIV", ["opposition leader Tidjane Thiam", "Thiam", "he", "Thiam, a former chief executive of Credit Suisse who has spent much of the past months in France"]),
        entity("Alassane Ouattara", "PER", "CIV", ["President Alassane Ouattara", "Ouattara", "Ouattara, 83", "he"]),
        entity("Simone Ehivet Gbagbo", "PER", "CIV", ["former first lady Simone Ehivet Gbagbo"]),
        entity("Democratic Party of Ivory Coast", "ORG", "CIV", ["the Democratic Party of Ivory Coast (PDCI)", "the PDCI"]),
        entity("Credit Suisse", "ORG", "CHE", ["Credit Suisse"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("African Peoples' Party-Ivory Coast", "ORG", "CIV", ["Gbagbo's African Peoples' Party-Ivory Coast (PPA-CI)", "it"]),
        entity("Ivorian police", "ORG", "CIV", ["Police"]),
        entity("PDCI headquarters", "LOC", "CIV", ["the PDCI headquarters in Abidjan's Cocody district"]),
        entity("Abidjan", "LOC", "CIV", ["Abidjan"]),
        entity("Cocody", "LOC", "CIV", ["Abidjan's Cocody district"]),
        entity("witnesses", "ORG", None, ["witnesses"]),
        entity("Amadou Coulibaly", "PER", "CIV", ["Government spokesman Amadou Coulibaly"]),
        entity("Government of Ivory Coast", "ORG", "CIV", ["Government"]),
        entity("Rally of Houphouëtists for Democracy and Peace", "ORG", "CIV", ["Ouattara's ruling RHDP party"]),
        entity("Ivorian opposition", "ORG", "CIV", ["the opposition"]),
    ],
}

# ---------------------------------------------------------------- hm135-en-02
IDF = actor("Israel Defense Forces", "ISR", "MIL")
SYR_MIL = actor("Syrian army", "SYR", "MIL")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_MFA = actor("Syrian Foreign Ministry", "SYR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
DRUZE_MIL = actor("Druze militias", "SYR", "REB")
BEDOUIN = actor("Bedouin tribes", "SYR", "CVL")
SOHR = actor("Syrian Observatory for Human Rights", "NGO", "NGO")
HIJRI = actor("Hikmat al-Hijri", "SYR", "CVL")
SYR_INTMIN = actor("Syrian Interior Ministry", "SYR", "GOV")
DRUZE_ELDERS = actor("Druze elders", "SYR", "CVL")
RUBIO = actor("Marco Rubio", "USA", "GOV")
TURKEY_GOV = actor("Turkey", "TUR", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")

S1 = "Israeli warplanes struck the headquarters of the Syrian army's general staff in central Damascus on Wednesday, sharply escalating Israel's intervention in the southern province of Sweida."
S2 = "The Israeli military said it had also hit a target near the presidential palace and would continue to act to protect the Druze minority."
S3 = "Syria's health ministry said three people were killed and 34 wounded in the strikes on the capital."
S4 = "The Syrian foreign ministry condemned the attacks as a “flagrant violation” of international law and said Israel was deliberately sowing chaos in the country."
S5 = "“Damascus has had its warnings – from now on the blows will be painful,” Israeli Defence Minister Israel Katz wrote on X."
S6 = "The violence in Sweida began on Sunday with gun battles between Druze fighters and Sunni Bedouin tribes, and escalated when government troops moved into the provincial capital on Tuesday."
S7 = "The Syrian Observatory for Human Rights, a Britain-based war monitor, said more than 300 people had been killed, including dozens of Druze civilians shot dead by government forces and allied gunmen."
S8 = "Sheikh Hikmat al-Hijri, the most influential of the Druze spiritual leaders, had rejected a truce announced on Tuesday and described the offensive as “a war of extermination”."
S9 = "Late on Wednesday, the interior ministry announced a new ceasefire agreed with Druze elders, under which government forces are to withdraw from the city."
S10 = "U.S. Secretary of State Marco Rubio said Washington had spoken with all parties and that steps had been agreed to end the fighting by nightfall."
S11 = "Turkey and Saudi Arabia condemned the Israeli strikes as a violation of Syria's sovereignty."

EN02 = {
    "id": "hm135-en-02", "lang": "en", "url": None, "published": "2025-07-16",
    "title": "Israel strikes Syrian army headquarters in Damascus over Sweida fighting",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9], [S10, S11]),
    "events": [
        event("ASSAULT", IDF, SYR_MIL, S1, mode="aerial", date="2025-07-16", location="Damascus", location_country="SYR"),
        event("ASSAULT", IDF, SYR_GOV, S2, location="Damascus", location_country="SYR"),
        event("ACCUSE", SYR_MFA, ISRAEL, S4, mode="disapprove"),
        event("THREATEN", KATZ, SYR_GOV, S5, mode="violence"),
        event("ASSAULT", DRUZE_MIL, BEDOUIN, S6, mode="firearms", date="2025-07-13", location="Sweida", location_country="SYR"),
        event("MOBILIZE", SYR_MIL, None, S6, mode="troops", date="2025-07-15", location="Sweida", location_country="SYR"),
        event("ACCUSE", SOHR, SYR_MIL, S7, mode="allege"),
        event("REJECT", HIJRI, SYR_GOV, S8, mode="yield", date="2025-07-15"),
        event("ACCUSE", HIJRI, SYR_GOV, S8, mode="disapprove"),
        event("AGREE", SYR_INTMIN, DRUZE_ELDERS, S9, date="2025-07-16", location="Sweida", location_country="SYR"),
        event("CONCEDE", SYR_MIL, DRUZE_ELDERS, S9, date="2025-07-16", location="Sweida", location_country="SYR"),
        event("CONSULT", RUBIO, None, S10),
        event("ACCUSE", TURKEY_GOV, ISRAEL, S11, mode="disapprove"),
        event("ACCUSE", SAUDI, ISRAEL, S11, mode="disapprove"),
    ],
    "quotes": [
        quote("it had also hit a target near the presidential palace and would continue to act to protect the Druze minority", "Israel Defense Forces", "indirect"),
        quote("three people were killed and 34 wounded in the strikes on the capital", "Syrian Ministry of Health", "indirect"),
        quote("flagrant violation", "Syrian Foreign Ministry", "direct"),
        quote("Israel was deliberately sowing chaos in the country", "Syrian Foreign Ministry", "indirect"),
        quote("Damascus has had its warnings – from now on the blows will be painful", "Israel Katz", "direct"),
        quote("more than 300 people had been killed, including dozens of Druze civilians shot dead by government forces and allied gunmen", "Syrian Observatory for Human Rights", "indirect"),
        quote("a war of extermination", "Hikmat al-Hijri", "direct"),
        quote("Washington had spoken with all parties and that steps had been agreed to end the fighting by nightfall", "Marco Rubio", "indirect"),
    ],
    "entities": [
        entity("Israel", "GPE", "ISR", ["Israel's", "Israel"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Israeli warplanes"]),
        entity("Syrian army general staff headquarters", "LOC", "SYR", ["the headquarters of the Syrian army's general staff in central Damascus"]),
        entity("Syrian army", "ORG", "SYR", ["the Syrian army's", "government troops", "government forces"]),
        entity("Damascus", "LOC", "SYR", ["central Damascus", "the capital", "Damascus"]),
        entity("Sweida", "LOC", "SYR", ["the southern province of Sweida", "Sweida"]),
        entity("Sweida city", "LOC", "SYR", ["the provincial capital", "the city"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["The Israeli military", "it"]),
        entity("Presidential Palace in Damascus", "LOC", "SYR", ["the presidential palace"]),
        entity("Druze", "ORG", "SYR", ["the Druze minority"]),
        entity("Syrian Ministry of Health", "ORG", "SYR", ["Syria's health ministry"]),
        entity("Syria", "GPE", "SYR", ["Syria's", "the country"]),
        entity("Syrian Foreign Ministry", "ORG", "SYR", ["The Syrian foreign ministry"]),
        entity("Israel Katz", "PER", "ISR", ["Israeli Defence Minister Israel Katz"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Druze militias", "ORG", "SYR", ["Druze fighters"]),
        entity("Bedouin tribes", "ORG", "SYR", ["Sunni Bedouin tribes"]),
        entity("Syrian Observatory for Human Rights", "ORG", "NGO", ["The Syrian Observatory for Human Rights, a Britain-based war monitor"]),
        entity("Britain", "GPE", "GBR", ["Britain"]),
        entity("Druze civilians", "ORG", "SYR", ["dozens of Druze civilians"]),
        entity("pro-government gunmen", "ORG", "SYR", ["allied gunmen"]),
        entity("Hikmat al-Hijri", "PER", "SYR", ["Sheikh Hikmat al-Hijri, the most influential of the Druze spiritual leaders"]),
        entity("Syrian Interior Ministry", "ORG", "SYR", ["the interior ministry"]),
        entity("Druze elders", "ORG", "SYR", ["Druze elders"]),
        entity("Marco Rubio", "PER", "USA", ["U.S. Secretary of State Marco Rubio"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Turkey", "GPE", "TUR", ["Turkey"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Saudi Arabia"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
