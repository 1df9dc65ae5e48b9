"""Round 391: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm391-de-01: Papua New Guinea: after the "Black Wednesday" riots in Port Moresby and Lae Marape declares a 14-day state of emergency, puts troops and police on standby, suspends police chief David Manning and finance secretary Samson Akunai and orders an inquiry; the pay-cut strike, the denied tax rise, Lelang demands his resignation and Marape refuses, China's embassy demands protection, Albanese offers help but no request yet, the December security pact (2024-01-12).
- hm391-de-02: FATF: the plenary in Paris removes the Philippines from the grey list and adds Laos and Nepal; strategic deficiencies, Marcos welcomes it, the AMLC pledges cooperation, Paudel objects but commits to the action plan, Ukraine's demand to blacklist Russia rejected, Russia's 2023 suspension, Moscow denies (2025-02-21).
- hm391-de-03: India: Karnataka's Special Investigation Team arrests JD(S) MP Prajwal Revanna at Bengaluru airport on his return from Munich and a court remands him; the abuse allegations, his video pledge and denial, party suspension, Deve Gowda's letter and warning, H. D. Revanna's arrest and bail, Siddaramaiah accuses the Centre and writes to Modi, the MEA denies clearance and moves to revoke the passport (2024-05-31).
- hm391-de-04: Pakistan: the interior ministry bans the Pashtun Tahafuz Movement under the anti-terror law before its jirga in Khyber; Pashteen objects and defies the ban, the PTM says police cleared the jirga site with tear gas, Amnesty and the HRCP object, the KP government complains, Tarar accuses and warns the PTM, Pashteen's December arrest in Chaman (2024-10-08).
- hm391-en-01: Canada/AIIB: Ottawa freezes all government activity with the Asian Infrastructure Investment Bank and Freeland orders a review after communications chief Bob Pickard resigns and says the bank is dominated by Communist Party members; the bank denies, Mao Ning accuses Ottawa, the Conservatives demand withdrawal, the Kovrig/Spavor and Meng arrests and the Zhao Wei expulsion row (2023-06-15).
- hm391-en-02: Japan/United States: the U.S. military grounds all V-22 Ospreys after the Yakushima crash that killed eight airmen; Kihara's request had been refused, he welcomes the grounding and asks for information, Tamaki demands withdrawal, protest at Futenma, Emanuel thanks Japanese searchers (2023-12-07).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm391-de-01 (Papua New Guinea, Black Wednesday)
PNG_GOV = actor("Government of Papua New Guinea", "PNG", "GOV")
PNGDF = actor("Papua New Guinea Defence Force", "PNG", "MIL")
RPNGC = actor("Royal Papua New Guinea Constabulary", "PNG", "COP")
PNG_RIOTERS = actor("rioters in Papua New Guinea", "PNG", "CVL")
PNG_STRIKING_POLICE = actor("striking police officers in Papua New Guinea", "PNG", "COP")
PNG_STRIKING_STAFF = actor("striking public servants in Papua New Guinea", "PNG", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")
MANNING = actor("David Manning", "PNG", "COP")
AKUNAI = actor("Samson Akunai", "PNG", "GOV")
LELANG = actor("Joseph Lelang", "PNG", "OPP")
CHN_EMB_PNG = actor("Embassy of China in Papua New Guinea", "CHN", "GOV")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
AUS_GOV = actor("Government of Australia", "AUS", "GOV")

P1 = ("Port Moresby (dpa) - Nach schweren Unruhen mit mindestens 15 Toten hat die Regierung von Papua-Neuguinea über "
      "die Hauptstadt Port Moresby einen 14-tägigen Ausnahmezustand verhängt.")
P2 = ("Rund 1000 Soldaten und Polizisten seien in Bereitschaft versetzt worden, sagte Premierminister James Marape am "
      "Donnerstag im Parlament.")
P3 = ("Am Mittwoch hatten Hunderte Menschen in Port Moresby und in der zweitgrößten Stadt Lae Geschäfte geplündert und "
      "in Brand gesetzt.")
P4 = ("Auslöser war ein Streik von Polizisten und anderen Staatsbediensteten, die vor dem Parlament gegen unerklärliche "
      "Abzüge von ihren Gehältern protestiert hatten.")
P5 = "Nach Angaben von Augenzeugen brannten in der Innenstadt zahlreiche Gebäude bis auf die Grundmauern nieder."
P6 = ("Die Regierung führte die Abzüge auf einen Fehler im Abrechnungssystem zurück und wies Berichte über eine "
      "heimliche Steuererhöhung zurück.")
P7 = "Marape suspendierte am Donnerstag Polizeichef David Manning sowie Finanzstaatssekretär Samson Akunai."
P8 = ("Zudem ordnete er eine Untersuchung an, die klären soll, wer für die Gehaltsabzüge und das Versagen der "
      "Sicherheitskräfte verantwortlich ist.")
P9 = "„Was wir gesehen haben, war kein Protest mehr, sondern organisierte Kriminalität“, sagte Marape vor Journalisten."
P10 = "Oppositionsführer Joseph Lelang forderte den Premierminister zum Rücktritt auf."
P11 = "Marape lehnte dies ab und nannte die Forderung ein „politisches Manöver“."
P12 = ("Die chinesische Botschaft teilte mit, mehrere Geschäfte chinesischer Staatsbürger seien geplündert worden, und "
       "forderte die Behörden auf, Chinesen im Land besser zu schützen.")
P13 = ("Australiens Premierminister Anthony Albanese sagte, sein Land stehe bereit, Papua-Neuguinea auf Anfrage zu "
       "helfen.")
P14 = "Eine offizielle Bitte um Unterstützung lag nach Angaben aus Canberra bislang nicht vor."
P15 = ("Papua-Neuguinea ist mit rund zehn Millionen Einwohnern das bevölkerungsreichste Land im Südpazifik und gilt als "
       "wichtiger Partner Australiens im Wettbewerb mit China um Einfluss in der Region.")
P16 = ("Erst im Dezember hatten Marape und Albanese in Canberra ein Sicherheitsabkommen unterzeichnet, das unter anderem "
       "die Ausbildung der Polizei vorsieht.")

DE01 = {
    "id": "hm391-de-01", "lang": "de", "url": None, "published": "2024-01-12",
    "title": "Ausnahmezustand in Papua-Neuguinea nach tödlichen Unruhen",
    "text": paragraphs([P1, P2, P3, P4, P5], [P6, P7, P8, P9], [P10, P11, P12], [P13, P14, P15, P16]),
    "events": [
        event("COERCE", PNG_GOV, None, P1, mode="martial-law", location="Port Moresby", location_country="PNG"),
        event("MOBILIZE", PNGDF, None, P2, mode="troops", date="2024-01-11"),
        event("MOBILIZE", RPNGC, None, P2, mode="police", date="2024-01-11"),
        event("PROTEST", PNG_RIOTERS, None, P3, mode="riot", date="2024-01-10", location="Port Moresby",
              location_country="PNG"),
        event("PROTEST", PNG_STRIKING_POLICE, PNG_GOV, P4, mode="strike", location="Port Moresby",
              location_country="PNG"),
        event("PROTEST", PNG_STRIKING_STAFF, PNG_GOV, P4, mode="strike", location="Port Moresby",
              location_country="PNG"),
        event("COERCE", MARAPE, MANNING, P7, mode="restrict", date="2024-01-11"),
        event("COERCE", MARAPE, AKUNAI, P7, mode="restrict", date="2024-01-11"),
        event("ACCUSE", MARAPE, None, P8, mode="investigate"),
        event("ACCUSE", MARAPE, PNG_RIOTERS, P9, mode="disapprove"),
        event("REQUEST", LELANG, MARAPE, P10, mode="change"),
        event("REJECT", MARAPE, LELANG, P11, mode="change"),
        event("ACCUSE", MARAPE, LELANG, P11, mode="disapprove"),
        event("REQUEST", CHN_EMB_PNG, PNG_GOV, P12),
        event("AGREE", ALBANESE, PNG_GOV, P13),
        event("REQUEST", PNG_GOV, AUS_GOV, P14, mode="assist", negated=True),
        event("SUPPORT", MARAPE, ALBANESE, P16, location="Canberra", location_country="AUS"),
    ],
    "quotes": [
        quote("Rund 1000 Soldaten und Polizisten seien in Bereitschaft versetzt worden", "James Marape", "indirect"),
        quote("Nach Angaben von Augenzeugen brannten in der Innenstadt zahlreiche Gebäude bis auf die Grundmauern nieder",
              "eyewitnesses in Port Moresby", "indirect"),
        quote("Was wir gesehen haben, war kein Protest mehr, sondern organisierte Kriminalität", "James Marape",
              "direct"),
        quote("politisches Manöver", "James Marape", "direct"),
        quote("mehrere Geschäfte chinesischer Staatsbürger seien geplündert worden",
              "Embassy of China in Papua New Guinea", "indirect"),
        quote("sein Land stehe bereit, Papua-Neuguinea auf Anfrage zu helfen", "Anthony Albanese", "indirect"),
        quote("Eine offizielle Bitte um Unterstützung lag nach Angaben aus Canberra bislang nicht vor",
              "Government of Australia", "indirect"),
    ],
    "entities": [
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby", "die Hauptstadt Port Moresby"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["die Regierung von Papua-Neuguinea", "Die Regierung",
                                                                "die Behörden"]),
        entity("Papua New Guinea", "LOC", "PNG", ["Papua-Neuguinea", "das bevölkerungsreichste Land im Südpazifik",
                                                  "im Land"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG", ["Rund 1000 Soldaten"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["Polizisten", "der Polizei"]),
        entity("James Marape", "PER", "PNG", ["Premierminister James Marape", "Marape", "er", "den Premierminister"]),
        entity("National Parliament of Papua New Guinea", "ORG", "PNG", ["im Parlament", "dem Parlament"]),
        entity("rioters in Papua New Guinea", "PER", "PNG", ["Hunderte Menschen"]),
        entity("Lae", "LOC", "PNG", ["der zweitgrößten Stadt Lae"]),
        entity("striking police officers in Papua New Guinea", "PER", "PNG", ["Polizisten"]),
        entity("striking public servants in Papua New Guinea", "PER", "PNG", ["anderen Staatsbediensteten"]),
        entity("eyewitnesses in Port Moresby", "PER", "PNG", ["Augenzeugen"]),
        entity("David Manning", "PER", "PNG", ["Polizeichef David Manning"]),
        entity("Samson Akunai", "PER", "PNG", ["Finanzstaatssekretär Samson Akunai"]),
        entity("security forces of Papua New Guinea", "ORG", "PNG", ["der Sicherheitskräfte"]),
        entity("Joseph Lelang", "PER", "PNG", ["Oppositionsführer Joseph Lelang"]),
        entity("Embassy of China in Papua New Guinea", "ORG", "CHN", ["Die chinesische Botschaft"]),
        entity("Chinese citizens in Papua New Guinea", "PER", "CHN", ["chinesischer Staatsbürger", "Chinesen"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australiens Premierminister Anthony Albanese", "Albanese"]),
        entity("Australia", "LOC", "AUS", ["Australiens", "sein Land"]),
        entity("Government of Australia", "ORG", "AUS", ["Canberra"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm391-de-02 (FATF grey list)
FATF = actor("Financial Action Task Force", "IGO", "IGO")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
LAO_GOV = actor("Government of Laos", "LAO", "GOV")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
AMLC = actor("Anti-Money Laundering Council", "PHL", "GOV")
PAUDEL = actor("Bishnu Prasad Paudel", "NPL", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")

F1 = ("Paris (dpa) - Die Financial Action Task Force (FATF) hat die Philippinen von ihrer grauen Liste der Länder mit "
      "Mängeln bei der Bekämpfung von Geldwäsche und Terrorfinanzierung gestrichen.")
F2 = ("Neu unter verstärkte Beobachtung gestellt wurden dagegen Laos und Nepal, wie das Gremium zum Abschluss seiner "
      "Plenarsitzung am Freitag in Paris mitteilte.")
F3 = ("Beiden Ländern bescheinigte die FATF „strategische Mängel“, unter anderem bei der Aufsicht über Banken, Kasinos "
      "und Immobiliengeschäfte.")
F4 = "Die Philippinen hatten seit Juni 2021 auf der Liste gestanden."
F5 = "Präsident Ferdinand Marcos Jr. begrüßte die Entscheidung als „Meilenstein“."
F6 = ("Sie werde Überweisungen von Millionen philippinischer Arbeitskräfte im Ausland billiger und schneller machen, "
      "sagte der Staatschef in Manila.")
F7 = ("Der philippinische Anti-Geldwäsche-Rat kündigte an, die Zusammenarbeit mit ausländischen Ermittlungsbehörden "
      "weiter auszubauen.")
F8 = ("Die FATF hatte von Manila insbesondere ein härteres Vorgehen gegen illegale Online-Kasinos verlangt, die mit "
      "Menschenhandel und Betrug in Verbindung gebracht werden.")
F9 = ("Nepals Finanzminister Bishnu Prasad Paudel nannte die Entscheidung „enttäuschend“, sagte aber zu, einen mit der "
      "FATF vereinbarten Aktionsplan binnen zwei Jahren umzusetzen.")
F10 = ("Die Regierung in Kathmandu hatte im vergangenen Jahr noch per Eilverordnung mehrere Gesetze geändert, um die "
       "Aufnahme abzuwenden.")
F11 = "Aus Laos lag zunächst keine Stellungnahme vor."
F12 = "Nordkorea, der Iran und Myanmar stehen weiterhin auf der schwarzen Liste der Hochrisikoländer."
F13 = "Die Ukraine hatte vor dem Treffen erneut gefordert, auch Russland auf die schwarze Liste zu setzen."
F14 = "Die FATF lehnte dies ab, die 2023 verhängte Suspendierung der russischen Mitgliedschaft bleibt aber in Kraft."
F15 = "Moskau weist Vorwürfe zurück, die Finanzierung von Terrorismus und die Umgehung von Sanktionen zu dulden."
F16 = ("Die FATF mit Sitz in Paris legt internationale Standards gegen Geldwäsche fest; eine Aufnahme in die graue Liste "
       "gilt als Warnsignal für Investoren und Banken.")

DE02 = {
    "id": "hm391-de-02", "lang": "de", "url": None, "published": "2025-02-21",
    "title": "FATF streicht Philippinen von grauer Liste – Laos und Nepal neu aufgenommen",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11], [F12, F13, F14, F15, F16]),
    "events": [
        event("CONCEDE", FATF, PHL_GOV, F1, location="Paris", location_country="FRA"),
        event("SANCTION", FATF, LAO_GOV, F2, date="2025-02-21", location="Paris", location_country="FRA"),
        event("SANCTION", FATF, NPL_GOV, F2, date="2025-02-21", location="Paris", location_country="FRA"),
        event("ACCUSE", FATF, LAO_GOV, F3, mode="disapprove"),
        event("ACCUSE", FATF, NPL_GOV, F3, mode="disapprove"),
        event("SUPPORT", MARCOS, FATF, F5),
        event("AGREE", AMLC, None, F7),
        event("REQUEST", FATF, PHL_GOV, F8, mode="change"),
        event("ACCUSE", PAUDEL, FATF, F9, mode="disapprove"),
        event("AGREE", PAUDEL, FATF, F9),
        event("REQUEST", UKR_GOV, FATF, F13),
        event("REJECT", FATF, UKR_GOV, F14),
        event("SANCTION", FATF, RUS_GOV, F14, mode="expel"),
    ],
    "quotes": [
        quote("Neu unter verstärkte Beobachtung gestellt wurden dagegen Laos und Nepal", "Financial Action Task Force",
              "indirect"),
        quote("strategische Mängel", "Financial Action Task Force", "direct"),
        quote("Meilenstein", "Ferdinand Marcos Jr.", "direct"),
        quote("Sie werde Überweisungen von Millionen philippinischer Arbeitskräfte im Ausland billiger und schneller "
              "machen", "Ferdinand Marcos Jr.", "indirect"),
        quote("die Zusammenarbeit mit ausländischen Ermittlungsbehörden weiter auszubauen",
              "Anti-Money Laundering Council", "indirect"),
        quote("enttäuschend", "Bishnu Prasad Paudel", "direct"),
        quote("einen mit der FATF vereinbarten Aktionsplan binnen zwei Jahren umzusetzen", "Bishnu Prasad Paudel",
              "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Financial Action Task Force", "ORG", "IGO", ["Die Financial Action Task Force (FATF)", "das Gremium",
                                                             "die FATF", "Die FATF", "der FATF"]),
        entity("Philippines", "LOC", "PHL", ["die Philippinen", "Die Philippinen"]),
        entity("Government of the Philippines", "ORG", "PHL", ["Manila"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Laos", "LOC", "LAO", ["Laos"]),
        entity("Nepal", "LOC", "NPL", ["Nepal", "Nepals"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos Jr.", "der Staatschef"]),
        entity("Filipino overseas workers", "PER", "PHL", ["Millionen philippinischer Arbeitskräfte im Ausland"]),
        entity("Anti-Money Laundering Council", "ORG", "PHL", ["Der philippinische Anti-Geldwäsche-Rat"]),
        entity("Bishnu Prasad Paudel", "PER", "NPL", ["Nepals Finanzminister Bishnu Prasad Paudel"]),
        entity("Government of Nepal", "ORG", "NPL", ["Die Regierung in Kathmandu"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("North Korea", "LOC", "PRK", ["Nordkorea"]),
        entity("Iran", "LOC", "IRN", ["der Iran"]),
        entity("Myanmar", "LOC", "MMR", ["Myanmar"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Die Ukraine"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
    ],
}

# ---------------------------------------------------------------- hm391-de-03 (India, Prajwal Revanna arrested)
KA_SIT = actor("Special Investigation Team of Karnataka Police", "IND", "COP")
PRAJWAL = actor("Prajwal Revanna", "IND", "LEG")
KA_COURT = actor("Special Court for MPs and MLAs in Bengaluru", "IND", "JUD")
JDS = actor("Janata Dal (Secular)", "IND", "PTY")
DEVE_GOWDA = actor("H. D. Deve Gowda", "IND", "PTY")
HD_REVANNA = actor("H. D. Revanna", "IND", "LEG")
SIDDARAMAIAH = actor("Siddaramaiah", "IND", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
IND_MEA = actor("Ministry of External Affairs of India", "IND", "GOV")

R1 = ("Bengaluru (dpa) - Nach einem Monat im Ausland ist der wegen mutmaßlicher Sexualverbrechen gesuchte indische "
      "Abgeordnete Prajwal Revanna bei seiner Rückkehr festgenommen worden.")
R2 = ("Beamte eines Sonderermittlungsteams der Polizei des Bundesstaats Karnataka nahmen den 33-Jährigen in der Nacht "
      "zum Freitag am Flughafen von Bengaluru fest, nachdem er mit einem Lufthansa-Flug aus München gelandet war.")
R3 = "Ein Gericht in Bengaluru ordnete am Freitag an, dass er bis zum 6. Juni in Polizeigewahrsam bleibt."
R4 = ("Die Ermittler werfen dem Enkel des früheren Premierministers H. D. Deve Gowda vor, mehrere Frauen sexuell "
      "missbraucht und die Taten gefilmt zu haben.")
R5 = "Hunderte Videos waren Ende April in seinem Wahlkreis Hassan aufgetaucht, kurz nachdem dort gewählt worden war."
R6 = "Revanna hatte Indien am 27. April mit einem Diplomatenpass verlassen."
R7 = ("In einer Videobotschaft hatte er am Montag angekündigt, sich am Freitag den Ermittlern zu stellen, und alle "
      "Vorwürfe zurückgewiesen.")
R8 = "„Ich habe Vertrauen in die Justiz“, sagte er."
R9 = "Seine Partei Janata Dal (Secular) hatte ihn bereits Ende April suspendiert."
R10 = ("Sein Großvater hatte ihn vergangene Woche in einem offenen Brief aufgefordert, nach Indien zurückzukehren, und "
       "ihm mit dem „Zorn“ der ganzen Familie gedroht.")
R11 = ("Sein Vater H. D. Revanna war Anfang Mai wegen der mutmaßlichen Entführung eines der Opfer festgenommen und "
       "später von einem Gericht gegen Kaution freigelassen worden.")
R12 = ("Der Fall hat mitten in der Parlamentswahl für heftigen Streit zwischen der Kongresspartei und der "
       "hindunationalistischen BJP von Premierminister Narendra Modi gesorgt, die in Karnataka mit der JD(S) verbündet "
       "ist.")
R13 = ("Karnatakas Regierungschef Siddaramaiah von der Kongresspartei warf der Zentralregierung vor, Revanna die Flucht "
       "ermöglicht zu haben.")
R14 = "Er hatte Modi in zwei Briefen aufgefordert, den Diplomatenpass des Abgeordneten zu annullieren."
R15 = ("Das Außenministerium in Neu-Delhi erklärte, für die Reise sei keine politische Genehmigung beantragt oder "
       "erteilt worden.")
R16 = "Es leitete inzwischen ein Verfahren zum Entzug des Passes ein."
R17 = "Die Stimmen der Parlamentswahl werden am 4. Juni ausgezählt."

DE03 = {
    "id": "hm391-de-03", "lang": "de", "url": None, "published": "2024-05-31",
    "title": "Indischer Abgeordneter Prajwal Revanna nach Rückkehr festgenommen",
    "text": paragraphs([R1, R2, R3], [R4, R5, R6, R7, R8], [R9, R10, R11], [R12, R13, R14, R15, R16, R17]),
    "events": [
        event("COERCE", KA_SIT, PRAJWAL, R1, mode="arrest"),
        event("COERCE", KA_SIT, PRAJWAL, R2, mode="arrest", date="2024-05-31", location="Bengaluru",
              location_country="IND"),
        event("COERCE", KA_COURT, PRAJWAL, R3, mode="arrest", date="2024-05-31", location="Bengaluru",
              location_country="IND"),
        event("ACCUSE", KA_SIT, PRAJWAL, R4, mode="allege"),
        event("AGREE", PRAJWAL, KA_SIT, R7, date="2024-05-27"),
        event("SANCTION", JDS, PRAJWAL, R9, mode="expel"),
        event("REQUEST", DEVE_GOWDA, PRAJWAL, R10),
        event("THREATEN", DEVE_GOWDA, PRAJWAL, R10),
        event("COERCE", KA_SIT, HD_REVANNA, R11, mode="arrest"),
        event("RETREAT", KA_COURT, HD_REVANNA, R11, mode="release"),
        event("ACCUSE", SIDDARAMAIAH, IND_GOV, R13, mode="allege"),
        event("REQUEST", SIDDARAMAIAH, MODI, R14),
        event("COERCE", IND_MEA, PRAJWAL, R16, mode="restrict"),
    ],
    "quotes": [
        quote("mehrere Frauen sexuell missbraucht und die Taten gefilmt zu haben",
              "Special Investigation Team of Karnataka Police", "indirect"),
        quote("sich am Freitag den Ermittlern zu stellen", "Prajwal Revanna", "indirect"),
        quote("Ich habe Vertrauen in die Justiz", "Prajwal Revanna", "direct"),
        quote("Zorn", "H. D. Deve Gowda", "direct"),
        quote("Revanna die Flucht ermöglicht zu haben", "Siddaramaiah", "indirect"),
        quote("für die Reise sei keine politische Genehmigung beantragt oder erteilt worden",
              "Ministry of External Affairs of India", "indirect"),
    ],
    "entities": [
        entity("Bengaluru", "LOC", "IND", ["Bengaluru"]),
        entity("Prajwal Revanna", "PER", "IND",
               ["der wegen mutmaßlicher Sexualverbrechen gesuchte indische Abgeordnete Prajwal Revanna",
                "den 33-Jährigen", "er", "dem Enkel des früheren Premierministers H. D. Deve Gowda", "Revanna", "ihn",
                "ihm", "des Abgeordneten"]),
        entity("Special Investigation Team of Karnataka Police", "ORG", "IND",
               ["Beamte eines Sonderermittlungsteams der Polizei des Bundesstaats Karnataka", "Die Ermittler",
                "den Ermittlern"]),
        entity("Karnataka", "LOC", "IND", ["des Bundesstaats Karnataka", "Karnataka", "Karnatakas"]),
        entity("Kempegowda International Airport", "LOC", "IND", ["am Flughafen von Bengaluru"]),
        entity("Lufthansa", "ORG", "DEU", ["Lufthansa"]),
        entity("Munich", "LOC", "DEU", ["München"]),
        entity("Special Court for MPs and MLAs in Bengaluru", "ORG", "IND", ["Ein Gericht in Bengaluru",
                                                                             "einem Gericht"]),
        entity("H. D. Deve Gowda", "PER", "IND", ["des früheren Premierministers H. D. Deve Gowda",
                                                  "Sein Großvater"]),
        entity("victims of Prajwal Revanna", "PER", "IND", ["mehrere Frauen", "der Opfer"]),
        entity("Hassan", "LOC", "IND", ["seinem Wahlkreis Hassan"]),
        entity("India", "LOC", "IND", ["Indien"]),
        entity("Janata Dal (Secular)", "ORG", "IND", ["Seine Partei Janata Dal (Secular)", "der JD(S)"]),
        entity("H. D. Revanna", "PER", "IND", ["Sein Vater H. D. Revanna"]),
        entity("Indian National Congress", "ORG", "IND", ["der Kongresspartei"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["der hindunationalistischen BJP"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi", "Modi"]),
        entity("Siddaramaiah", "PER", "IND", ["Karnatakas Regierungschef Siddaramaiah", "Er"]),
        entity("Government of India", "ORG", "IND", ["der Zentralregierung"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["Das Außenministerium in Neu-Delhi", "Es"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
    ],
}

# ---------------------------------------------------------------- hm391-de-04 (Pakistan, PTM banned)
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
PTM = actor("Pashtun Tahafuz Movement", "PAK", "OPP")
PAK_MOI = actor("Ministry of Interior of Pakistan", "PAK", "GOV")
PASHTEEN = actor("Manzoor Pashteen", "PAK", "OPP")
KP_POLICE = actor("Khyber Pakhtunkhwa Police", "PAK", "COP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
HRCP = actor("Human Rights Commission of Pakistan", "PAK", "NGO")
KP_GOV = actor("Government of Khyber Pakhtunkhwa", "PAK", "GOV")
TARAR = actor("Attaullah Tarar", "PAK", "GOV")
PAK_POLICE = actor("Pakistani police", "PAK", "COP")

T1 = ("Islamabad (dpa) - Pakistans Regierung hat die Paschtunen-Bewegung PTM verboten und damit wenige Tage vor einer "
      "geplanten Großversammlung scharfe Kritik von Menschenrechtlern ausgelöst.")
T2 = ("Die Pashtun Tahafuz Movement gefährde Frieden und Sicherheit des Landes, hieß es in einer am Sonntagabend "
      "veröffentlichten Mitteilung des Innenministeriums.")
T3 = "Die Gruppe wurde auf Grundlage des Anti-Terror-Gesetzes auf die Liste verbotener Organisationen gesetzt."
T4 = ("Die 2018 gegründete Bewegung setzt sich für die Rechte der Paschtunen im Nordwesten des Landes ein, die unter "
      "den Militäreinsätzen gegen islamistische Extremisten besonders gelitten haben.")
T5 = ("PTM-Anführer Manzoor Pashteen nannte das Verbot „verfassungswidrig“ und kündigte an, die für Freitag geplante "
      "Dschirga im Bezirk Khyber trotz des Verbots abzuhalten.")
T6 = "„Man kann eine Organisation verbieten, aber nicht die Stimme eines ganzen Volkes“, sagte er in einer Videobotschaft."
T7 = ("In der Nacht zum Dienstag räumte die Polizei nach Angaben der Bewegung das Gelände der Versammlung nahe Jamrud "
      "und setzte dabei Tränengas ein.")
T8 = "Eine Stellungnahme der Polizei lag zunächst nicht vor."
T9 = "Amnesty International forderte die Regierung auf, das Verbot umgehend aufzuheben."
T10 = ("Es handle sich um einen weiteren Versuch, friedlichen Protest in Pakistan zu unterdrücken, erklärte die "
       "Organisation.")
T11 = "Auch die Menschenrechtskommission von Pakistan (HRCP) verurteilte den Schritt."
T12 = ("Die Provinzregierung von Khyber Pakhtunkhwa, die von der Partei des inhaftierten Ex-Premiers Imran Khan "
       "gestellt wird, kritisierte, sie sei vor dem Verbot nicht konsultiert worden.")
T13 = ("Informationsminister Attaullah Tarar warf der PTM vor, aus dem Ausland gesteuert zu werden und Hass gegen die "
       "Armee zu schüren.")
T14 = "Eine Versammlung der verbotenen Gruppe werde nicht geduldet, sagte er."
T15 = ("Pashteen war in der Vergangenheit mehrfach festgenommen worden, zuletzt im vergangenen Dezember in der "
       "Grenzstadt Chaman.")
T16 = "Der Nordwesten Pakistans wird seit Monaten von einer Welle von Anschlägen der pakistanischen Taliban erschüttert."

DE04 = {
    "id": "hm391-de-04", "lang": "de", "url": None, "published": "2024-10-08",
    "title": "Pakistan verbietet Paschtunen-Bewegung PTM",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12], [T13, T14, T15, T16]),
    "events": [
        event("COERCE", PAK_GOV, PTM, T1, mode="ban"),
        event("ACCUSE", PAK_MOI, PTM, T2, mode="allege", date="2024-10-06"),
        event("COERCE", PAK_MOI, PTM, T3, mode="ban"),
        event("ACCUSE", PASHTEEN, PAK_GOV, T5, mode="disapprove"),
        event("REJECT", PASHTEEN, PAK_GOV, T5),
        event("ACCUSE", PTM, KP_POLICE, T7, mode="allege"),
        event("REQUEST", AMNESTY, PAK_GOV, T9, mode="yield"),
        event("ACCUSE", AMNESTY, PAK_GOV, T10, mode="disapprove"),
        event("ACCUSE", HRCP, PAK_GOV, T11, mode="disapprove"),
        event("ACCUSE", KP_GOV, PAK_GOV, T12, mode="disapprove"),
        event("ACCUSE", TARAR, PTM, T13, mode="allege"),
        event("THREATEN", TARAR, PTM, T14, mode="ban"),
        event("COERCE", PAK_POLICE, PASHTEEN, T15, mode="arrest", location="Chaman", location_country="PAK"),
    ],
    "quotes": [
        quote("Die Pashtun Tahafuz Movement gefährde Frieden und Sicherheit des Landes",
              "Ministry of Interior of Pakistan", "indirect"),
        quote("verfassungswidrig", "Manzoor Pashteen", "direct"),
        quote("die für Freitag geplante Dschirga im Bezirk Khyber trotz des Verbots abzuhalten", "Manzoor Pashteen",
              "indirect"),
        quote("Man kann eine Organisation verbieten, aber nicht die Stimme eines ganzen Volkes", "Manzoor Pashteen",
              "direct"),
        quote("In der Nacht zum Dienstag räumte die Polizei nach Angaben der Bewegung das Gelände der Versammlung nahe "
              "Jamrud und setzte dabei Tränengas ein", "Pashtun Tahafuz Movement", "indirect"),
        quote("Es handle sich um einen weiteren Versuch, friedlichen Protest in Pakistan zu unterdrücken",
              "Amnesty International", "indirect"),
        quote("sie sei vor dem Verbot nicht konsultiert worden", "Government of Khyber Pakhtunkhwa", "indirect"),
        quote("aus dem Ausland gesteuert zu werden und Hass gegen die Armee zu schüren", "Attaullah Tarar",
              "indirect"),
        quote("Eine Versammlung der verbotenen Gruppe werde nicht geduldet", "Attaullah Tarar", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistans Regierung", "die Regierung"]),
        entity("Pakistan", "LOC", "PAK", ["des Landes", "Pakistan", "Pakistans"]),
        entity("Pashtun Tahafuz Movement", "ORG", "PAK",
               ["die Paschtunen-Bewegung PTM", "Die Pashtun Tahafuz Movement", "Die Gruppe",
                "Die 2018 gegründete Bewegung", "der Bewegung", "der PTM", "der verbotenen Gruppe"]),
        entity("human rights activists in Pakistan", "PER", "PAK", ["Menschenrechtlern"]),
        entity("Ministry of Interior of Pakistan", "ORG", "PAK", ["des Innenministeriums"]),
        entity("Pashtuns", "PER", "PAK", ["der Paschtunen"]),
        entity("Manzoor Pashteen", "PER", "PAK", ["PTM-Anführer Manzoor Pashteen", "er", "Pashteen"]),
        entity("Khyber District", "LOC", "PAK", ["im Bezirk Khyber"]),
        entity("Khyber Pakhtunkhwa Police", "ORG", "PAK", ["die Polizei", "der Polizei"]),
        entity("Jamrud", "LOC", "PAK", ["Jamrud"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "die Organisation"]),
        entity("Human Rights Commission of Pakistan", "ORG", "PAK",
               ["die Menschenrechtskommission von Pakistan (HRCP)"]),
        entity("Government of Khyber Pakhtunkhwa", "ORG", "PAK", ["Die Provinzregierung von Khyber Pakhtunkhwa",
                                                                  "sie"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["der Partei des inhaftierten Ex-Premiers Imran Khan"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten Ex-Premiers Imran Khan"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Informationsminister Attaullah Tarar", "er"]),
        entity("Pakistan Army", "ORG", "PAK", ["die Armee"]),
        entity("Chaman", "LOC", "PAK", ["der Grenzstadt Chaman"]),
        entity("Tehrik-i-Taliban Pakistan", "ORG", "PAK", ["der pakistanischen Taliban"]),
    ],
}

# ---------------------------------------------------------------- hm391-en-01 (Canada freezes AIIB ties)
CAN_GOV = actor("Government of Canada", "CAN", "GOV")
AIIB = actor("Asian Infrastructure Investment Bank", "IGO", "IGO")
PICKARD = actor("Bob Pickard", "CAN", "CVL")
FREELAND = actor("Chrystia Freeland", "CAN", "GOV")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
CAN_CONSERVATIVES = actor("Conservative Party of Canada", "CAN", "PTY")
CHONG = actor("Michael Chong", "CAN", "OPP")
CHN_SECURITY = actor("Chinese security authorities", "CHN", "COP")
KOVRIG = actor("Michael Kovrig", "CAN", "CVL")
SPAVOR = actor("Michael Spavor", "CAN", "CVL")
RCMP = actor("Royal Canadian Mounted Police", "CAN", "COP")
MENG = actor("Meng Wanzhou", "CHN", "BUS")
CHN_GOV = actor("Government of China", "CHN", "GOV")

A1 = ("OTTAWA, Ontario (AP) — Canada on Wednesday froze all dealings with the Beijing-based Asian Infrastructure "
      "Investment Bank after a senior Canadian employee quit, saying the lender was dominated by members of China's "
      "Communist Party.")
A2 = ("Finance Minister Chrystia Freeland said her department had launched an immediate review of the allegations and "
      "of Canada's involvement in the bank.")
A3 = ("\"As a result, and effective immediately, the government of Canada is halting all government-led activity with "
      "the bank,\" Freeland told reporters.")
A4 = ("Bob Pickard, who had headed the bank's global communications office since 2022, announced his resignation on "
      "Twitter earlier Wednesday.")
A5 = ("\"The Bank is dominated by Communist Party members and also has one of the most toxic cultures imaginable,\" he "
      "wrote.")
A6 = ("Pickard said he had left China because he feared for his safety and did not believe his country's interests "
      "were served by its membership in the bank.")
A7 = ("The bank rejected the claims as \"baseless and disappointing\" and said it was proud of its policies and its "
      "staff.")
A8 = ("In Beijing, Foreign Ministry spokeswoman Mao Ning accused Canada of \"politicizing\" a multilateral development "
      "institution.")
A9 = "She said the bank had always operated in an open and transparent manner."
A10 = "Canada has been a member of the AIIB since 2018 and holds a seat on its board of directors."
A11 = ("The opposition Conservatives, who have long opposed Canadian membership, demanded that the government pull out "
       "of the bank altogether.")
A12 = "\"This bank is an instrument of the Chinese state,\" said Michael Chong, the party's foreign affairs critic."
A13 = ("Relations between Ottawa and Beijing soured after Chinese authorities detained Canadians Michael Kovrig and "
       "Michael Spavor in 2018, days after Canadian police arrested Huawei executive Meng Wanzhou in Vancouver.")
A14 = ("Last month, Ottawa expelled Chinese diplomat Zhao Wei over an alleged intimidation campaign against Chong's "
       "relatives in Hong Kong, and Beijing responded by expelling a Canadian consul in Shanghai.")
A15 = "The AIIB, which began operating in 2016, has more than 100 members; the United States and Japan are not among them."

EN01 = {
    "id": "hm391-en-01", "lang": "en", "url": None, "published": "2023-06-15",
    "title": "Canada freezes ties with China-led bank after official alleges Communist Party dominance",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9], [A10, A11, A12], [A13, A14, A15]),
    "events": [
        event("SANCTION", CAN_GOV, AIIB, A1, mode="discontinue", date="2023-06-14"),
        event("RETREAT", PICKARD, None, A1, mode="resign"),
        event("ACCUSE", PICKARD, AIIB, A1, mode="allege"),
        event("ACCUSE", FREELAND, AIIB, A2, mode="investigate"),
        event("SANCTION", FREELAND, AIIB, A3, mode="discontinue"),
        event("RETREAT", PICKARD, None, A4, mode="resign", date="2023-06-14"),
        event("ACCUSE", PICKARD, AIIB, A5, mode="allege"),
        event("ACCUSE", MAO_NING, CAN_GOV, A8, mode="disapprove", location="Beijing", location_country="CHN"),
        event("REQUEST", CAN_CONSERVATIVES, CAN_GOV, A11, mode="change"),
        event("ACCUSE", CHONG, AIIB, A12, mode="disapprove"),
        event("COERCE", CHN_SECURITY, KOVRIG, A13, mode="arrest"),
        event("COERCE", CHN_SECURITY, SPAVOR, A13, mode="arrest"),
        event("COERCE", RCMP, MENG, A13, mode="arrest", location="Vancouver", location_country="CAN"),
        event("SANCTION", CAN_GOV, CHN_GOV, A14, mode="expel"),
        event("SANCTION", CHN_GOV, CAN_GOV, A14, mode="expel"),
    ],
    "quotes": [
        quote("the lender was dominated by members of China's Communist Party", "Bob Pickard", "indirect"),
        quote("her department had launched an immediate review of the allegations and of Canada's involvement in the "
              "bank", "Chrystia Freeland", "indirect"),
        quote("As a result, and effective immediately, the government of Canada is halting all government-led activity "
              "with the bank", "Chrystia Freeland", "direct"),
        quote("The Bank is dominated by Communist Party members and also has one of the most toxic cultures "
              "imaginable", "Bob Pickard", "direct"),
        quote("he had left China because he feared for his safety and did not believe his country's interests were "
              "served by its membership in the bank", "Bob Pickard", "indirect"),
        quote("baseless and disappointing", "Asian Infrastructure Investment Bank", "direct"),
        quote("it was proud of its policies and its staff", "Asian Infrastructure Investment Bank", "indirect"),
        quote("politicizing", "Mao Ning", "direct"),
        quote("the bank had always operated in an open and transparent manner", "Mao Ning", "indirect"),
        quote("This bank is an instrument of the Chinese state", "Michael Chong", "direct"),
    ],
    "entities": [
        entity("Ottawa", "LOC", "CAN", ["OTTAWA"]),
        entity("Ontario", "LOC", "CAN", ["Ontario"]),
        entity("Government of Canada", "ORG", "CAN", ["Canada", "Canada's", "the government of Canada",
                                                      "the government", "Ottawa"]),
        entity("Asian Infrastructure Investment Bank", "ORG", "IGO",
               ["the Beijing-based Asian Infrastructure Investment Bank", "the lender", "the bank", "The Bank",
                "The bank", "the AIIB", "The AIIB", "This bank"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Chinese Communist Party", "ORG", "CHN", ["China's Communist Party", "Communist Party"]),
        entity("Bob Pickard", "PER", "CAN", ["a senior Canadian employee", "Bob Pickard", "he", "Pickard", "his"]),
        entity("Chrystia Freeland", "PER", "CAN", ["Finance Minister Chrystia Freeland", "Freeland", "her"]),
        entity("Department of Finance Canada", "ORG", "CAN", ["her department"]),
        entity("Twitter", "ORG", "MNC", ["Twitter"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Canada", "LOC", "CAN", ["his country"]),
        entity("Mao Ning", "PER", "CHN", ["Foreign Ministry spokeswoman Mao Ning", "She"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign Ministry"]),
        entity("Conservative Party of Canada", "ORG", "CAN", ["The opposition Conservatives", "the party's"]),
        entity("Michael Chong", "PER", "CAN", ["Michael Chong, the party's foreign affairs critic", "Chong's"]),
        entity("Government of China", "ORG", "CHN", ["Beijing", "the Chinese state"]),
        entity("Chinese security authorities", "ORG", "CHN", ["Chinese authorities"]),
        entity("Michael Kovrig", "PER", "CAN", ["Michael Kovrig"]),
        entity("Michael Spavor", "PER", "CAN", ["Michael Spavor"]),
        entity("Royal Canadian Mounted Police", "ORG", "CAN", ["Canadian police"]),
        entity("Huawei", "ORG", "CHN", ["Huawei"]),
        entity("Meng Wanzhou", "PER", "CHN", ["Huawei executive Meng Wanzhou"]),
        entity("Vancouver", "LOC", "CAN", ["Vancouver"]),
        entity("Zhao Wei", "PER", "CHN", ["Chinese diplomat Zhao Wei"]),
        entity("relatives of Michael Chong", "PER", "CHN", ["Chong's relatives"]),
        entity("Hong Kong", "LOC", "CHN", ["Hong Kong"]),
        entity("Jennifer Lynn Lalonde", "PER", "CAN", ["a Canadian consul in Shanghai"]),
        entity("Shanghai", "LOC", "CHN", ["Shanghai"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
    ],
}

# ---------------------------------------------------------------- hm391-en-02 (Japan/US, Ospreys grounded)
US_MIL = actor("United States Armed Forces", "USA", "MIL")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")
USFJ = actor("United States Forces Japan", "USA", "MIL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
TAMAKI = actor("Denny Tamaki", "JPN", "GOV")
OKI_PROTESTERS = actor("protesters in Ginowan", "JPN", "CVL")
USMC = actor("United States Marine Corps", "USA", "MIL")
EMANUEL = actor("Rahm Emanuel", "USA", "GOV")
JPN_FISHERMEN = actor("fishermen on Yakushima", "JPN", "CVL")

O1 = ("TOKYO (AP) — The U.S. military has grounded its entire fleet of V-22 Osprey aircraft after a crash off "
      "southwestern Japan that killed eight American airmen, a week after Tokyo asked it to stop flying the aircraft.")
O2 = ("Air Force Special Operations Command said in a statement released Wednesday in Washington that a preliminary "
      "investigation pointed to a potential materiel failure rather than a mistake by the crew.")
O3 = "The Navy and the Marine Corps, which fly most of the roughly 400 Ospreys in service, ordered similar stand-downs."
O4 = ("The CV-22B from Yokota Air Base near Tokyo went down on Nov. 29 off Yakushima, an island in Kagoshima "
      "prefecture, during a training flight.")
O5 = ("The remains of seven of the eight airmen and large parts of the wreckage have since been recovered from the "
      "sea.")
O6 = ("Defense Minister Minoru Kihara asked U.S. forces in Japan the day after the crash to suspend all Osprey flights "
      "except those needed for the search.")
O7 = "The U.S. military nevertheless kept flying its Ospreys in Japan, saying the aircraft had passed safety checks."
O8 = "Japan's Ground Self-Defense Force grounded its own 14 Ospreys."
O9 = ("Kihara welcomed the grounding on Thursday and asked Washington to share detailed information on the cause of the "
      "crash before flights resume.")
O10 = "\"Safety is the top priority, and we want a full explanation,\" he told reporters."
O11 = ("Okinawa Gov. Denny Tamaki, who has long opposed the Osprey deployment on the island, demanded that Tokyo and "
       "Washington withdraw the aircraft from Japan altogether.")
O12 = ("Several hundred protesters rallied Sunday outside the Marine Corps' Futenma air station in Ginowan, where 24 "
       "Ospreys are based.")
O13 = "U.S. Ambassador Rahm Emanuel thanked Japanese authorities and local fishermen for their help in the search."
O14 = ("The crash was the second deadly Osprey accident this year after a Marine Corps MV-22B went down in northern "
       "Australia in August, killing three Marines.")
O15 = ("The tilt-rotor aircraft, which takes off like a helicopter and flies like a plane, has long faced criticism in "
       "Japan over its safety record.")
O16 = "About 54,000 U.S. troops are stationed in Japan under a bilateral security treaty, most of them on Okinawa."

EN02 = {
    "id": "hm391-en-02", "lang": "en", "url": None, "published": "2023-12-07",
    "title": "US military grounds Osprey fleet after deadly crash off Japan",
    "text": paragraphs([O1, O2, O3], [O4, O5, O6, O7, O8], [O9, O10, O11, O12, O13], [O14, O15, O16]),
    "events": [
        event("CONCEDE", US_MIL, JPN_GOV, O1),
        event("REQUEST", JPN_GOV, US_MIL, O1),
        event("REQUEST", KIHARA, USFJ, O6, date="2023-11-30"),
        event("REJECT", US_MIL, KIHARA, O7),
        event("SUPPORT", KIHARA, US_MIL, O9, date="2023-12-07"),
        event("REQUEST", KIHARA, USA_GOV, O9, date="2023-12-07"),
        event("REQUEST", TAMAKI, JPN_GOV, O11, mode="change"),
        event("REQUEST", TAMAKI, USA_GOV, O11, mode="change"),
        event("PROTEST", OKI_PROTESTERS, USMC, O12, mode="demo", date="2023-12-03", location="Ginowan",
              location_country="JPN"),
        event("SUPPORT", EMANUEL, JPN_GOV, O13),
        event("SUPPORT", EMANUEL, JPN_FISHERMEN, O13),
    ],
    "quotes": [
        quote("a preliminary investigation pointed to a potential materiel failure rather than a mistake by the crew",
              "Air Force Special Operations Command", "indirect"),
        quote("the aircraft had passed safety checks", "United States Armed Forces", "indirect"),
        quote("Safety is the top priority, and we want a full explanation", "Minoru Kihara", "direct"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["TOKYO", "Tokyo"]),
        entity("United States Armed Forces", "ORG", "USA", ["The U.S. military"]),
        entity("V-22 Osprey", "MISC", "USA", ["V-22 Osprey aircraft", "Ospreys", "Osprey", "the aircraft",
                                               "The tilt-rotor aircraft"]),
        entity("Japan", "LOC", "JPN", ["southwestern Japan", "Japan"]),
        entity("crew of the CV-22B", "PER", "USA", ["eight American airmen", "the eight airmen", "the crew"]),
        entity("Government of Japan", "ORG", "JPN", ["Tokyo", "Japanese authorities"]),
        entity("Air Force Special Operations Command", "ORG", "USA", ["Air Force Special Operations Command"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States Navy", "ORG", "USA", ["The Navy"]),
        entity("United States Marine Corps", "ORG", "USA", ["the Marine Corps", "Marine Corps"]),
        entity("CV-22B", "MISC", "USA", ["The CV-22B"]),
        entity("Yokota Air Base", "LOC", "JPN", ["Yokota Air Base"]),
        entity("Yakushima", "LOC", "JPN", ["Yakushima", "an island in Kagoshima prefecture"]),
        entity("Kagoshima Prefecture", "LOC", "JPN", ["Kagoshima prefecture"]),
        entity("Minoru Kihara", "PER", "JPN", ["Defense Minister Minoru Kihara", "Kihara", "he"]),
        entity("United States Forces Japan", "ORG", "USA", ["U.S. forces in Japan"]),
        entity("Japan Ground Self-Defense Force", "ORG", "JPN", ["Japan's Ground Self-Defense Force"]),
        entity("Denny Tamaki", "PER", "JPN", ["Okinawa Gov. Denny Tamaki"]),
        entity("Okinawa", "LOC", "JPN", ["Okinawa", "the island"]),
        entity("protesters in Ginowan", "PER", "JPN", ["Several hundred protesters"]),
        entity("Marine Corps Air Station Futenma", "LOC", "JPN", ["Futenma air station"]),
        entity("Ginowan", "LOC", "JPN", ["Ginowan"]),
        entity("Rahm Emanuel", "PER", "USA", ["U.S. Ambassador Rahm Emanuel"]),
        entity("fishermen on Yakushima", "PER", "JPN", ["local fishermen"]),
        entity("MV-22B", "MISC", "USA", ["a Marine Corps MV-22B"]),
        entity("Australia", "LOC", "AUS", ["northern Australia"]),
        entity("United States Marines killed in Australia", "PER", "USA", ["three Marines"]),
        entity("United States troops in Japan", "PER", "USA", ["About 54,000 U.S. troops"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
