"""Round 248: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm248-de-01: Vietnam: after Typhoon Yagi, the Phong Chau bridge collapses and a landslide buries Lang Nu; Pham Minh Chinh orders an inquiry and the search, soldiers and police search, Hanoi evacuates residents, US, South Korean, Japanese, Australian and EU aid, Unicef appeal, To Lam thanks donors, critics blame the authorities (2024-09-10).
- hm248-de-02: Japan/South Korea: Lee Jae-myung visits Shigeru Ishiba in Tokyo; first joint statement in 17 years, North Korea and shuttle diplomacy, Ishiba stands by past remorse, Lee keeps the 2015 accord, onward trip to Trump, protest at the Japanese embassy in Seoul, the PPP's mixed reaction (2025-08-23).
- hm248-de-03: Indonesia: Prabowo names Suharto a national hero; KontraS and Amnesty's Usman Hamid object, students and victims' relatives protest at the palace and are held back by police, Fadli Zon defends the honour, the PDI-P objects, rights groups threaten legal action (2025-11-10).
- hm248-de-04: Pakistan: PTI supporters and Khyber Pakhtunkhwa Chief Minister Sohail Afridi protest outside Adiala jail over rumours about Imran Khan's health; visits refused, his sisters accuse the police, Tarar accuses the PTI, his sons demand contact, the PTI threatens nationwide protests, police seal off the jail (2025-11-27).
- hm248-en-01: Japan: a Naha court jails U.S. airman Brennon Washington for five years for sexually assaulting a girl on Okinawa; Tamaki demands preventive steps, earlier protests against Tokyo and the U.S. military, USFJ cooperation and a joint forum, demonstrators outside the court, Hayashi presses Washington (2024-12-13).
- hm248-en-02: UN: the Security Council holds a public meeting on North Korea's human rights despite a procedural vote forced by China and Russia; Turk, Salmon, a defector and Thomas-Greenfield accuse Pyongyang, Geng Shuang and Russia's envoy accuse Washington and Seoul, North Korea stays away and threatens (2024-06-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm248-de-01 (Vietnam, Typhoon Yagi)
PHAM_MINH_CHINH = actor("Pham Minh Chinh", "VNM", "GOV")
VNM_ARMY = actor("Vietnam People's Army", "VNM", "MIL")
VNM_POLICE = actor("Vietnamese police", "VNM", "COP")
LANG_NU_RESIDENTS = actor("residents of Lang Nu", "VNM", "CVL")
PHU_THO_AUTH = actor("authorities of Phu Tho province", "VNM", "GOV")
HANOI_AUTH = actor("Hanoi city authorities", "VNM", "GOV")
HANOI_RESIDENTS = actor("residents of Hanoi", "VNM", "CVL")
VIETNAM = actor("Vietnam", "VNM", "GOV")
USA_V = actor("United States", "USA", "GOV")
SKOREA_V = actor("South Korea", "KOR", "GOV")
JAPAN_V = actor("Japan", "JPN", "GOV")
AUSTRALIA_V = actor("Australia", "AUS", "GOV")
EU_V = actor("European Union", "EUR", "IGO")
UNICEF = actor("UNICEF", "UNO", "IGO")
TO_LAM = actor("To Lam", "VNM", "GOV")
VNM_CRITICS = actor("Vietnamese social media users", "VNM", "CVL")

V1 = ("Hanoi (dpa) - Nach dem Einsturz einer Brücke und schweren Erdrutschen im Norden Vietnams hat "
      "Regierungschef Pham Minh Chinh eine Untersuchung des Unglücks angeordnet.")
V2 = ("Die Phong-Chau-Brücke über den Roten Fluss in der Provinz Phu Tho war am Montag nach tagelangen "
      "Regenfällen infolge des Taifuns Yagi eingestürzt.")
V3 = "Zehn Autos und zwei Motorräder stürzten in den Fluss, 13 Menschen werden vermisst."
V4 = "In der Bergprovinz Lao Cai begrub eine Schlammlawine am Dienstag das Dorf Lang Nu fast vollständig."
V5 = "Soldaten und Polizisten suchten dort mit Baggern und bloßen Händen nach Dutzenden Vermissten."
V6 = ("Landesweit seien mindestens 143 Menschen ums Leben gekommen und 58 weitere vermisst, teilte der "
      "Katastrophenschutz mit.")
V7 = ("Chinh besuchte am Montagabend die Unglücksstelle in Phu Tho und wies die Provinzbehörden an, die Suche "
      "nach den Vermissten „mit allen Mitteln“ fortzusetzen.")
V8 = "Zudem ordnete er den raschen Bau einer neuen Brücke an."
V9 = ("In der Hauptstadt Hanoi stieg der Pegel des Roten Flusses auf den höchsten Stand seit 20 Jahren; die "
      "Stadtverwaltung ließ Tausende Anwohner in Sicherheit bringen.")
V10 = "Die USA kündigten eine Soforthilfe von einer Million Dollar an."
V11 = "Südkorea sagte zwei Millionen Dollar zu, Japan schickte Zelte, Wasserfilter und Generatoren."
V12 = "Auch Australien und die Europäische Union stellten Hilfsgelder bereit."
V13 = ("Das UN-Kinderhilfswerk Unicef warnte, in den überfluteten Gebieten drohten Krankheiten, und rief zu "
       "Spenden auf.")
V14 = ("Staats- und Parteichef To Lam dankte den Geberländern und sagte, Vietnam werde ihre Hilfe „niemals "
       "vergessen“.")
V15 = ("In sozialen Netzwerken warfen Nutzer den Behörden in Phu Tho vor, die marode Brücke trotz früherer "
       "Warnungen nicht gesperrt zu haben.")
V16 = "Yagi war der stärkste Taifun, der Vietnam seit Jahrzehnten getroffen hat."

DE01 = {
    "id": "hm248-de-01", "lang": "de", "url": None, "published": "2024-09-10",
    "title": "Vietnams Regierungschef ordnet nach Brückeneinsturz Untersuchung an",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6], [V7, V8, V9], [V10, V11, V12, V13, V14], [V15, V16]),
    "events": [
        event("ACCUSE", PHAM_MINH_CHINH, None, V1, mode="investigate"),
        event("AID", VNM_ARMY, LANG_NU_RESIDENTS, V5, location="Lang Nu", location_country="VNM"),
        event("AID", VNM_POLICE, LANG_NU_RESIDENTS, V5, location="Lang Nu", location_country="VNM"),
        event("REQUEST", PHAM_MINH_CHINH, PHU_THO_AUTH, V7, date="2024-09-09", location="Phu Tho",
              location_country="VNM"),
        event("AID", HANOI_AUTH, HANOI_RESIDENTS, V9, location="Hanoi", location_country="VNM"),
        event("AGREE", USA_V, VIETNAM, V10),
        event("AGREE", SKOREA_V, VIETNAM, V11),
        event("AID", JAPAN_V, VIETNAM, V11),
        event("AID", AUSTRALIA_V, VIETNAM, V12),
        event("AID", EU_V, VIETNAM, V12),
        event("REQUEST", UNICEF, None, V13, mode="assist"),
        event("SUPPORT", TO_LAM, None, V14),
        event("ACCUSE", VNM_CRITICS, PHU_THO_AUTH, V15, mode="allege"),
    ],
    "quotes": [
        quote("Landesweit seien mindestens 143 Menschen ums Leben gekommen und 58 weitere vermisst",
              "Vietnam Disaster and Dyke Management Authority", "indirect"),
        quote("mit allen Mitteln", "Pham Minh Chinh", "direct"),
        quote("in den überfluteten Gebieten drohten Krankheiten", "UNICEF", "indirect"),
        quote("niemals vergessen", "To Lam", "direct"),
        quote("Vietnam werde ihre Hilfe „niemals vergessen“", "To Lam", "indirect"),
    ],
    "entities": [
        entity("Hanoi", "LOC", "VNM", ["Hanoi", "der Hauptstadt Hanoi"]),
        entity("Vietnam", "LOC", "VNM", ["Vietnams", "Vietnam"]),
        entity("Pham Minh Chinh", "PER", "VNM", ["Regierungschef Pham Minh Chinh", "Chinh"]),
        entity("Phong Chau bridge", "LOC", "VNM", ["Die Phong-Chau-Brücke", "die marode Brücke"]),
        entity("Red River", "LOC", "VNM", ["den Roten Fluss", "des Roten Flusses", "den Fluss"]),
        entity("Phu Tho", "LOC", "VNM", ["der Provinz Phu Tho", "Phu Tho"]),
        entity("Lao Cai", "LOC", "VNM", ["der Bergprovinz Lao Cai"]),
        entity("Lang Nu", "LOC", "VNM", ["das Dorf Lang Nu"]),
        entity("Vietnam Disaster and Dyke Management Authority", "ORG", "VNM", ["der Katastrophenschutz"]),
        entity("authorities of Phu Tho province", "ORG", "VNM", ["die Provinzbehörden", "den Behörden in Phu Tho"]),
        entity("Hanoi city authorities", "ORG", "VNM", ["die Stadtverwaltung"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Australia", "LOC", "AUS", ["Australien"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("UNICEF", "ORG", "UNO", ["Das UN-Kinderhilfswerk Unicef"]),
        entity("To Lam", "PER", "VNM", ["Staats- und Parteichef To Lam"]),
    ],
}

# ---------------------------------------------------------------- hm248-de-02 (Japan/South Korea, Lee in Tokyo)
LEE = actor("Lee Jae-myung", "KOR", "GOV")
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
SKOREA = actor("South Korea", "KOR", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
KOR_CIVIC = actor("South Korean civic group", "KOR", "NGO")
PPP_K = actor("People Power Party", "KOR", "OPP")

K1 = ("Tokio (AFP) - Bei seinem ersten Besuch in Japan hat Südkoreas Präsident Lee Jae-myung mit "
      "Ministerpräsident Shigeru Ishiba eine engere Zusammenarbeit vereinbart.")
K2 = ("Beide Regierungschefs veröffentlichten nach ihrem Gipfeltreffen am Samstag eine gemeinsame Erklärung, die "
      "erste seit 17 Jahren.")
K3 = ("Darin verpflichten sich Seoul und Tokio, gemeinsam mit den USA auf eine vollständige Denuklearisierung "
      "Nordkoreas hinzuarbeiten.")
K4 = ("Zudem wollen beide Länder die gegenseitigen Besuche ihrer Regierungschefs, die sogenannte "
      "Pendeldiplomatie, wieder regelmäßig aufnehmen.")
K5 = ("„Japan ist ein Partner, mit dem wir gemeinsam in die Zukunft gehen müssen“, sagte Lee bei einer "
      "gemeinsamen Pressekonferenz.")
K6 = ("Ishiba sagte, er stehe zu den Positionen früherer Regierungen zur Geschichte, einschließlich der "
      "Äußerungen von Reue über die Kolonialherrschaft.")
K7 = ("Lee hatte bereits vor der Reise erklärt, er werde das umstrittene Abkommen von 2015 über die sogenannten "
      "Trostfrauen nicht aufkündigen.")
K8 = "Ishiba nahm eine Einladung Lees zu einem Gegenbesuch in Südkorea an."
K9 = ("Lee reist am Sonntag weiter nach Washington, wo er am Montag US-Präsident Donald Trump treffen will.")
K11 = ("In Seoul protestierten am Samstag mehrere Dutzend Mitglieder einer Bürgerinitiative vor der japanischen "
       "Botschaft und warfen Tokio vor, sich nie aufrichtig für die Zwangsarbeit während der Kolonialzeit "
       "entschuldigt zu haben.")
K12 = ("Die konservative Oppositionspartei PPP begrüßte die Annäherung, warf Lee aber „Doppelzüngigkeit“ vor, weil "
       "er Japan als Oppositionsführer jahrelang scharf kritisiert habe.")
K13 = ("Das Verhältnis der Nachbarn ist wegen der japanischen Kolonialherrschaft über Korea von 1910 bis 1945 "
       "bis heute belastet.")

DE02 = {
    "id": "hm248-de-02", "lang": "de", "url": None, "published": "2025-08-23",
    "title": "Lee und Ishiba vereinbaren engere Zusammenarbeit",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8, K9], [K11, K12], [K13]),
    "events": [
        event("CONSULT", LEE, ISHIBA, K1, mode="visit", location="Tokyo", location_country="JPN"),
        event("AGREE", LEE, ISHIBA, K1),
        event("AGREE", LEE, ISHIBA, K2, date="2025-08-23"),
        event("AGREE", SKOREA, JAPAN, K3),
        event("AGREE", SKOREA, JAPAN, K4),
        event("SUPPORT", LEE, JAPAN, K5),
        event("CONCEDE", ISHIBA, SKOREA, K6),
        event("CONCEDE", LEE, JAPAN, K7),
        event("AGREE", ISHIBA, LEE, K8),
        event("AGREE", LEE, TRUMP, K9),
        event("PROTEST", KOR_CIVIC, JAPAN, K11, mode="demo", date="2025-08-23", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", KOR_CIVIC, JAPAN, K11, mode="allege"),
        event("SUPPORT", PPP_K, LEE, K12),
        event("ACCUSE", PPP_K, LEE, K12, mode="disapprove"),
    ],
    "quotes": [
        quote("Japan ist ein Partner, mit dem wir gemeinsam in die Zukunft gehen müssen", "Lee Jae-myung", "direct"),
        quote("er stehe zu den Positionen früherer Regierungen zur Geschichte, einschließlich der Äußerungen von "
              "Reue über die Kolonialherrschaft", "Shigeru Ishiba", "indirect"),
        quote("er werde das umstrittene Abkommen von 2015 über die sogenannten Trostfrauen nicht aufkündigen",
              "Lee Jae-myung", "indirect"),
        quote("Doppelzüngigkeit", "People Power Party", "direct"),
        quote("er Japan als Oppositionsführer jahrelang scharf kritisiert habe", "People Power Party", "indirect"),
    ],
    "entities": [
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("South Korea", "LOC", "KOR", ["Südkoreas", "Südkorea"]),
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Lee Jae-myung", "PER", "KOR", ["Präsident Lee Jae-myung", "Lee", "Lees"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Ministerpräsident Shigeru Ishiba", "Ishiba"]),
        entity("United States", "LOC", "USA", ["den USA", "Washington"]),
        entity("North Korea", "LOC", "PRK", ["Nordkoreas"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("South Korean civic group", "ORG", "KOR", ["einer Bürgerinitiative"]),
        entity("Embassy of Japan in Seoul", "ORG", "JPN", ["der japanischen Botschaft"]),
        entity("People Power Party", "ORG", "KOR", ["Die konservative Oppositionspartei PPP"]),
        entity("Korea", "LOC", "KOR", ["Korea"]),
    ],
}

# ---------------------------------------------------------------- hm248-de-03 (Indonesia, Suharto named national hero)
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
SUHARTO = actor("Suharto", "IDN", "GOV")
KONTRAS = actor("Commission for the Disappeared and Victims of Violence", "IDN", "NGO")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
USMAN_HAMID = actor("Usman Hamid", "IDN", "NGO")
IDN_STUDENTS = actor("Indonesian students", "IDN", "CVL")
VICTIM_RELATIVES = actor("relatives of victims of the Suharto era", "IDN", "CVL")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
FADLI_ZON = actor("Fadli Zon", "IDN", "GOV")
PDIP = actor("lawmakers of the Indonesian Democratic Party of Struggle", "IDN", "LEG")
MPR = actor("People's Consultative Assembly", "IDN", "LEG")
IDN_RIGHTS = actor("Indonesian human rights groups", "IDN", "NGO")

S1 = ("Jakarta (AFP) - Indonesiens Präsident Prabowo Subianto hat am Montag den früheren Machthaber Suharto zum "
      "Nationalhelden erklärt und damit scharfe Kritik von Menschenrechtlern ausgelöst.")
S2 = ("Bei einer Zeremonie im Präsidentenpalast in Jakarta überreichte Prabowo die Urkunde an Suhartos älteste "
      "Tochter Siti Hardijanti Rukmana.")
S3 = ("Zugleich wurden neun weitere Persönlichkeiten geehrt, darunter der frühere Präsident Abdurrahman Wahid "
      "und die 1993 ermordete Arbeiteraktivistin Marsinah.")
S4 = ("Suharto hatte Indonesien von 1967 bis 1998 mit harter Hand regiert; unter seiner Herrschaft wurden "
      "Hunderttausende mutmaßliche Kommunisten getötet.")
S5 = ("Die Menschenrechtsorganisation Kontras warf der Regierung vor, die Geschichte umzuschreiben und die Opfer "
      "zu verhöhnen.")
S6 = ("„Das ist ein Schlag ins Gesicht aller Opfer und ihrer Familien“, sagte der Direktor von Amnesty "
      "International Indonesien, Usman Hamid.")
S7 = ("Mehrere Hundert Studenten und Angehörige von Opfern zogen am Nachmittag vor den Palast, die Polizei "
      "hielt sie mit Absperrgittern auf Abstand.")
S7b = "„Suharto war ein Diktator, kein Held“, riefen die Demonstranten."
S8 = ("Kulturminister Fadli Zon, der den zuständigen Ordensrat leitet, wies die Kritik zurück.")
S9 = ("Suharto habe das Land modernisiert und Millionen Menschen aus der Armut geholt, sagte er vor "
      "Journalisten.")
S10 = ("Mehrere Abgeordnete der Demokratischen Partei des Kampfes (PDI-P) der früheren Präsidentin Megawati "
       "Sukarnoputri kritisierten die Ehrung als Verrat an der Reformbewegung von 1998.")
S11 = ("Die Beratende Volksversammlung hatte bereits im September 2024 Suhartos Namen aus einem Beschluss "
       "gestrichen, der ihm Korruption vorwarf.")
S12 = "Menschenrechtsgruppen kündigten an, gegen die Ernennung vor Gericht zu ziehen."
S13 = ("Prabowo war in den 1980er und 1990er Jahren mit Suhartos Tochter Titiek verheiratet und diente als "
       "General unter dem Langzeitherrscher.")

DE03 = {
    "id": "hm248-de-03", "lang": "de", "url": None, "published": "2025-11-10",
    "title": "Prabowo ernennt Suharto zum Nationalhelden",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S7b], [S8, S9, S10], [S11, S12, S13]),
    "events": [
        event("SUPPORT", PRABOWO, SUHARTO, S1, date="2025-11-10"),
        event("ACCUSE", KONTRAS, IDN_GOV, S5, mode="allege"),
        event("ACCUSE", USMAN_HAMID, IDN_GOV, S6, mode="disapprove"),
        event("PROTEST", IDN_STUDENTS, IDN_GOV, S7, mode="demo", location="Jakarta", location_country="IDN"),
        event("PROTEST", VICTIM_RELATIVES, IDN_GOV, S7, mode="demo", location="Jakarta", location_country="IDN"),
        event("COERCE", IDN_POLICE, IDN_STUDENTS, S7, mode="restrict", location="Jakarta", location_country="IDN"),
        event("COERCE", IDN_POLICE, VICTIM_RELATIVES, S7, mode="restrict", location="Jakarta",
              location_country="IDN"),
        event("SUPPORT", FADLI_ZON, SUHARTO, S9),
        event("ACCUSE", PDIP, IDN_GOV, S10, mode="disapprove"),
        event("CONCEDE", MPR, SUHARTO, S11),
        event("THREATEN", IDN_RIGHTS, IDN_GOV, S12),
    ],
    "quotes": [
        quote("Das ist ein Schlag ins Gesicht aller Opfer und ihrer Familien", "Usman Hamid", "direct"),
        quote("Suharto war ein Diktator, kein Held", "protesters in Jakarta", "direct"),
        quote("Suharto habe das Land modernisiert und Millionen Menschen aus der Armut geholt", "Fadli Zon",
              "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens", "Indonesien", "das Land"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto", "Prabowo"]),
        entity("Suharto", "PER", "IDN", ["den früheren Machthaber Suharto", "Suharto", "Suhartos",
                                         "dem Langzeitherrscher"]),
        entity("Merdeka Palace", "LOC", "IDN", ["Präsidentenpalast in Jakarta", "den Palast"]),
        entity("Siti Hardijanti Rukmana", "PER", "IDN", ["Suhartos älteste Tochter Siti Hardijanti Rukmana"]),
        entity("Abdurrahman Wahid", "PER", "IDN", ["der frühere Präsident Abdurrahman Wahid"]),
        entity("Marsinah", "PER", "IDN", ["die 1993 ermordete Arbeiteraktivistin Marsinah"]),
        entity("Commission for the Disappeared and Victims of Violence", "ORG", "IDN",
               ["Die Menschenrechtsorganisation Kontras"]),
        entity("Government of Indonesia", "ORG", "IDN", ["der Regierung"]),
        entity("Amnesty International Indonesia", "ORG", "IDN", ["Amnesty International Indonesien"]),
        entity("Usman Hamid", "PER", "IDN", ["Usman Hamid"]),
        entity("Indonesian National Police", "ORG", "IDN", ["die Polizei"]),
        entity("Fadli Zon", "PER", "IDN", ["Kulturminister Fadli Zon"]),
        entity("Indonesian Democratic Party of Struggle", "ORG", "IDN",
               ["der Demokratischen Partei des Kampfes (PDI-P)"]),
        entity("Megawati Sukarnoputri", "PER", "IDN", ["der früheren Präsidentin Megawati Sukarnoputri"]),
        entity("People's Consultative Assembly", "ORG", "IDN", ["Die Beratende Volksversammlung"]),
        entity("Titiek Suharto", "PER", "IDN", ["Suhartos Tochter Titiek"]),
    ],
}

# ---------------------------------------------------------------- hm248-de-04 (Pakistan, protests at Adiala jail)
PTI_SUPPORTERS = actor("supporters of Pakistan Tehreek-e-Insaf", "PAK", "OPP")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
AFRIDI = actor("Sohail Afridi", "PAK", "GOV")
ADIALA_ADMIN = actor("administration of Adiala jail", "PAK", "GOV")
KHAN_SISTERS = actor("sisters of Imran Khan", "PAK", "CVL")
PUNJAB_POLICE = actor("Punjab Police", "PAK", "COP")
TARAR = actor("Attaullah Tarar", "PAK", "GOV")
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
KASIM = actor("Kasim Khan", "PAK", "CVL")
SULAIMAN = actor("Sulaiman Khan", "PAK", "CVL")
IHC = actor("Islamabad High Court", "PAK", "JUD")

P1 = ("Rawalpindi (Reuters) - Inmitten von Gerüchten über den Gesundheitszustand des inhaftierten pakistanischen "
      "Ex-Premiers Imran Khan haben Hunderte seiner Anhänger vor dem Adiala-Gefängnis in Rawalpindi gegen die "
      "Regierung protestiert.")
P2 = ("Der Regierungschef der Provinz Khyber Pakhtunkhwa, Sohail Afridi, harrte mit Dutzenden Parteifreunden bis "
      "in die Nacht vor dem Gefängnistor aus, nachdem die Gefängnisleitung ihm zum wiederholten Mal einen Besuch "
      "bei Khan verweigert hatte.")
P3 = "„Wir werden hier bleiben, bis wir Imran Khan mit eigenen Augen gesehen haben“, sagte Afridi."
P4 = ("Khans Schwestern werfen der Polizei vor, sie vor gut einer Woche bei einer Sitzblockade vor dem Gefängnis "
      "an den Haaren weggezerrt und geschlagen zu haben.")
P5 = "„Seit drei Wochen wissen wir nicht, ob unser Bruder lebt“, sagte Aleema Khan."
P6 = "Die Gefängnisverwaltung wies Berichte über einen Tod des 73-Jährigen als haltlos zurück."
P7 = "Khan sei bei guter Gesundheit und werde ärztlich versorgt, hieß es in einer Erklärung."
P8 = ("Informationsminister Attaullah Tarar warf der Partei Pakistan Tehreek-e-Insaf (PTI) vor, mit "
      "Falschmeldungen gezielt Unruhe zu stiften.")
P9 = ("Auch Khans in London lebende Söhne Kasim und Sulaiman verlangten von der Regierung einen Lebensbeweis und "
      "ein Telefonat mit ihrem Vater.")
P10 = ("Das Hohe Gericht in Islamabad hatte im März angeordnet, dass Khan zweimal pro Woche Besuch von "
       "Angehörigen und Anwälten empfangen darf.")
P11 = ("Die PTI drohte mit landesweiten Protesten ab Freitag, sollte die Familie bis dahin keinen Zugang "
       "erhalten.")
P12 = ("Die Polizei zog daraufhin zusätzliche Einheiten rund um das Gefängnis zusammen und sperrte mehrere "
       "Zufahrtsstraßen.")
P13 = ("Khan sitzt seit August 2023 in Haft und verbüßt unter anderem eine 14-jährige Haftstrafe wegen "
       "Korruption.")

DE04 = {
    "id": "hm248-de-04", "lang": "de", "url": None, "published": "2025-11-27",
    "title": "Proteste vor Gefängnis in Rawalpindi wegen Gerüchten um Imran Khan",
    "text": paragraphs([P1, P2, P3], [P4, P5], [P6, P7, P8, P9], [P10, P11, P12, P13]),
    "events": [
        event("PROTEST", PTI_SUPPORTERS, PAK_GOV, P1, mode="demo", location="Rawalpindi", location_country="PAK"),
        event("PROTEST", AFRIDI, ADIALA_ADMIN, P2, mode="demo", location="Rawalpindi", location_country="PAK"),
        event("REJECT", ADIALA_ADMIN, AFRIDI, P2, mode="meet"),
        event("ACCUSE", KHAN_SISTERS, PUNJAB_POLICE, P4, mode="allege"),
        event("ACCUSE", TARAR, PTI, P8, mode="allege"),
        event("REQUEST", KASIM, PAK_GOV, P9, mode="meet"),
        event("REQUEST", SULAIMAN, PAK_GOV, P9, mode="meet"),
        event("REQUEST", IHC, ADIALA_ADMIN, P10, mode="change"),
        event("THREATEN", PTI, PAK_GOV, P11),
        event("MOBILIZE", PUNJAB_POLICE, None, P12, mode="police", location="Rawalpindi", location_country="PAK"),
        event("COERCE", PUNJAB_POLICE, None, P12, mode="restrict", location="Rawalpindi", location_country="PAK"),
    ],
    "quotes": [
        quote("Wir werden hier bleiben, bis wir Imran Khan mit eigenen Augen gesehen haben", "Sohail Afridi",
              "direct"),
        quote("Seit drei Wochen wissen wir nicht, ob unser Bruder lebt", "Aleema Khan", "direct"),
        quote("Khan sei bei guter Gesundheit und werde ärztlich versorgt", "administration of Adiala jail",
              "indirect"),
    ],
    "entities": [
        entity("Rawalpindi", "LOC", "PAK", ["Rawalpindi"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten pakistanischen Ex-Premiers Imran Khan", "Khan",
                                            "Khans", "Imran Khan", "des 73-Jährigen", "ihrem Vater",
                                            "unser Bruder"]),
        entity("Adiala jail", "LOC", "PAK", ["dem Adiala-Gefängnis in Rawalpindi", "dem Gefängnistor",
                                             "dem Gefängnis", "das Gefängnis"]),
        entity("Government of Pakistan", "ORG", "PAK", ["die Regierung", "der Regierung"]),
        entity("Khyber Pakhtunkhwa", "LOC", "PAK", ["der Provinz Khyber Pakhtunkhwa"]),
        entity("Sohail Afridi", "PER", "PAK", ["Der Regierungschef der Provinz Khyber Pakhtunkhwa, Sohail Afridi",
                                               "Afridi"]),
        entity("administration of Adiala jail", "ORG", "PAK", ["die Gefängnisleitung", "Die Gefängnisverwaltung"]),
        entity("sisters of Imran Khan", "PER", "PAK", ["Khans Schwestern"]),
        entity("Punjab Police", "ORG", "PAK", ["der Polizei", "Die Polizei"]),
        entity("Aleema Khan", "PER", "PAK", ["Aleema Khan"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Informationsminister Attaullah Tarar"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["der Partei Pakistan Tehreek-e-Insaf (PTI)",
                                                          "Die PTI"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Kasim Khan", "PER", "PAK", ["Kasim"]),
        entity("Sulaiman Khan", "PER", "PAK", ["Sulaiman"]),
        entity("Islamabad High Court", "ORG", "PAK", ["Das Hohe Gericht in Islamabad"]),
    ],
}

# ---------------------------------------------------------------- hm248-en-01 (Japan, U.S. airman jailed on Okinawa)
NAHA_COURT = actor("Naha District Court", "JPN", "JUD")
BRENNON_WASHINGTON = actor("Brennon Washington", "USA", "MIL")
NAHA_PROSECUTORS = actor("Naha District Public Prosecutors Office", "JPN", "JUD")
TAMAKI = actor("Denny Tamaki", "JPN", "GOV")
USFJ = actor("U.S. Forces Japan", "USA", "MIL")
JPN_GOV_O = actor("Government of Japan", "JPN", "GOV")
OKINAWA_ASSEMBLY = actor("Okinawa Prefectural Assembly", "JPN", "LEG")
OKINAWA_POLICE = actor("Okinawa Prefectural Police", "JPN", "COP")
OKINAWA_PREF = actor("Okinawa Prefectural Government", "JPN", "GOV")
OKINAWA_PROTESTERS = actor("protesters in Naha", "JPN", "CVL")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
USA_O = actor("United States", "USA", "GOV")

O1 = ('NAHA, Japan, Dec 13 (Reuters) - A Japanese court on Friday sentenced a U.S. Air Force serviceman to five years '
      'in prison for sexually assaulting a teenage girl on Okinawa, a case that has reignited anger over the '
      'American military presence on the southern island.')
O2 = ('The Naha District Court found Senior Airman Brennon Washington, 25, guilty of luring the girl, who was under '
      '16, into his car and assaulting her at his home in December last year.')
O3 = 'Prosecutors had sought a seven-year term.'
O4 = ('The airman, who is based at Kadena Air Base, had pleaded not guilty, and his lawyer said he would consider '
      'an appeal.')
O5 = ('Okinawa Governor Denny Tamaki called the ruling "appropriate" but demanded that the U.S. military take '
      'concrete steps to prevent a repeat.')
O6 = ('"The anger and anxiety of the people of Okinawa have not subsided," Tamaki told reporters at the '
      'prefectural government office.')
O7 = ('The case caused an outcry in June when it emerged that the central government had not told Okinawa '
      'officials about the assault for months.')
O8 = ('Tamaki accused Tokyo at the time of withholding information from the prefecture, and the prefectural '
      'assembly passed a resolution protesting against the U.S. military.')
O9 = ('U.S. Forces Japan said in a statement that it respected the Japanese judicial process and had fully '
      'cooperated with local investigators.')
O10 = ('The U.S. military has since set up a joint forum with Japanese government and Okinawan officials to '
       'prevent crimes by its personnel.')
O11 = ('Outside the courthouse, several dozen demonstrators held up banners reading "No more U.S. military '
       'crimes" and called for the bases to leave Okinawa.')
O12 = ('Chief Cabinet Secretary Yoshimasa Hayashi said that the government took the verdict seriously and '
       'would keep pressing Washington to enforce discipline among its troops.')
O13 = ('About 70 percent of the land used exclusively by U.S. forces in Japan is on Okinawa, which makes up less '
       'than 1 percent of the country\'s territory.')

EN01 = {
    "id": "hm248-en-01", "lang": "en", "url": None, "published": "2024-12-13",
    "title": "Japanese court jails U.S. airman for sexual assault on Okinawa",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7, O8], [O9, O10, O11], [O12, O13]),
    "events": [
        event("SANCTION", NAHA_COURT, BRENNON_WASHINGTON, O1, mode="convict", date="2024-12-13", location="Naha",
              location_country="JPN"),
        event("COERCE", NAHA_COURT, BRENNON_WASHINGTON, O1, mode="arrest", date="2024-12-13", location="Naha",
              location_country="JPN"),
        event("SANCTION", NAHA_COURT, BRENNON_WASHINGTON, O2, mode="convict", location="Naha",
              location_country="JPN"),
        event("ACCUSE", NAHA_PROSECUTORS, BRENNON_WASHINGTON, O3, mode="allege"),
        event("REQUEST", TAMAKI, USFJ, O5, mode="change"),
        event("ACCUSE", TAMAKI, JPN_GOV_O, O8, mode="allege"),
        event("ACCUSE", OKINAWA_ASSEMBLY, USFJ, O8, mode="disapprove"),
        event("COOPERATE", USFJ, OKINAWA_POLICE, O9),
        event("COOPERATE", USFJ, JPN_GOV_O, O10),
        event("COOPERATE", USFJ, OKINAWA_PREF, O10),
        event("PROTEST", OKINAWA_PROTESTERS, USFJ, O11, mode="demo", location="Naha", location_country="JPN"),
        event("REQUEST", HAYASHI, USA_O, O12, mode="change"),
    ],
    "quotes": [
        quote("appropriate", "Denny Tamaki", "direct"),
        quote("The anger and anxiety of the people of Okinawa have not subsided", "Denny Tamaki", "direct"),
        quote("he would consider an appeal", "lawyer of Brennon Washington", "indirect"),
        quote("it respected the Japanese judicial process and had fully cooperated with local investigators",
              "U.S. Forces Japan", "indirect"),
        quote("No more U.S. military crimes", "protesters in Naha", "direct"),
        quote("the government took the verdict seriously and would keep pressing Washington to enforce discipline "
              "among its troops", "Yoshimasa Hayashi", "indirect"),
    ],
    "entities": [
        entity("Naha", "LOC", "JPN", ["NAHA"]),
        entity("Naha District Court", "ORG", "JPN", ["A Japanese court", "The Naha District Court",
                                                     "the courthouse"]),
        entity("Brennon Washington", "PER", "USA", ["a U.S. Air Force serviceman",
                                                    "Senior Airman Brennon Washington", "The airman"]),
        entity("Okinawa", "LOC", "JPN", ["Okinawa", "the southern island", "the prefecture"]),
        entity("Naha District Public Prosecutors Office", "ORG", "JPN", ["Prosecutors"]),
        entity("Kadena Air Base", "LOC", "JPN", ["Kadena Air Base"]),
        entity("Denny Tamaki", "PER", "JPN", ["Okinawa Governor Denny Tamaki", "Tamaki"]),
        entity("U.S. Forces Japan", "ORG", "USA", ["the U.S. military", "U.S. Forces Japan", "The U.S. military",
                                                   "U.S. forces"]),
        entity("Okinawa Prefectural Government", "ORG", "JPN", ["the prefectural government office",
                                                                "Okinawa officials", "Okinawan officials"]),
        entity("Government of Japan", "ORG", "JPN", ["the central government", "Tokyo", "Japanese government",
                                                     "the government"]),
        entity("Okinawa Prefectural Assembly", "ORG", "JPN", ["the prefectural assembly"]),
        entity("Okinawa Prefectural Police", "ORG", "JPN", ["local investigators"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Chief Cabinet Secretary Yoshimasa Hayashi"]),
        entity("United States", "LOC", "USA", ["Washington"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
    ],
}

# ---------------------------------------------------------------- hm248-en-02 (UN Security Council, North Korean human rights)
UNSC = actor("UN Security Council", "UNO", "IGO")
CHINA_U = actor("China", "CHN", "GOV")
RUSSIA_U = actor("Russia", "RUS", "GOV")
TURK = actor("Volker Turk", "UNO", "IGO")
NKOREA_U = actor("North Korea", "PRK", "GOV")
SALMON = actor("Elizabeth Salmon", "UNO", "IGO")
DEFECTOR = actor("North Korean defector", "PRK", "CVL")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
GENG = actor("Geng Shuang", "CHN", "GOV")
USA_U = actor("United States", "USA", "GOV")
SKOREA_U = actor("South Korea", "KOR", "GOV")
RUS_ENVOY = actor("Russian envoy to the United Nations", "RUS", "GOV")
PRK_MISSION = actor("North Korean mission to the United Nations", "PRK", "GOV")
PRK_MFA = actor("Ministry of Foreign Affairs of North Korea", "PRK", "GOV")

U1 = ('UNITED NATIONS, June 12 (Reuters) - The U.N. Security Council held its first public meeting on North '
      'Korea\'s human rights record in almost a year on Wednesday, after a bid by China and Russia to block it '
      'failed.')
U2 = ('China called a procedural vote on the agenda, but 12 of the council\'s 15 members voted in favour of holding '
      'the meeting, with China and Russia against and Mozambique abstaining.')
U3 = 'South Korea, which holds the council presidency this month, convened the session with the United States and Japan.'
U4 = ('U.N. human rights chief Volker Turk told the council that North Koreans faced forced labour, torture and '
      'arbitrary detention, and that conditions had worsened since Pyongyang sealed its borders during the COVID-19 '
      'pandemic.')
U5 = 'He urged members to consider referring the situation to the International Criminal Court.'
U6 = ('Elizabeth Salmon, the U.N. special rapporteur on North Korea, said the government was diverting scarce '
      'resources to its weapons programmes while its people went hungry.')
U7 = ('A North Korean defector who escaped in 2019 told the council that his parents had been sent to a prison camp '
      'after he fled.')
U8 = ('"The DPRK\'s human rights violations and its weapons programmes are two sides of the same coin," U.S. '
      'Ambassador Linda Thomas-Greenfield said.')
U9 = ('China\'s deputy ambassador Geng Shuang accused Washington and Seoul of politicising human rights and said the '
      'meeting would only "heighten tensions" on the Korean peninsula.')
U10 = ('Russia\'s envoy accused the United States of using the meeting to justify a military build-up in the '
       'region.')
U11 = 'North Korea\'s mission to the United Nations did not take part in the meeting.'
U12 = ('Ahead of the session, North Korea\'s foreign ministry had denounced it as a "hostile" plot by the United '
       'States and its allies and vowed to "resolutely respond".')
U13 = 'The council last held such a meeting in August 2023, its first public session on the issue since 2017.'

EN02 = {
    "id": "hm248-en-02", "lang": "en", "url": None, "published": "2024-06-12",
    "title": "UN Security Council discusses North Korea rights abuses over China, Russia objections",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7, U8], [U9, U10], [U11, U12, U13]),
    "events": [
        event("REJECT", CHINA_U, UNSC, U2, mode="meet"),
        event("REJECT", RUSSIA_U, UNSC, U2, mode="meet"),
        event("ACCUSE", TURK, NKOREA_U, U4, mode="allege"),
        event("REQUEST", TURK, UNSC, U5, mode="change"),
        event("ACCUSE", SALMON, NKOREA_U, U6, mode="allege"),
        event("ACCUSE", DEFECTOR, NKOREA_U, U7, mode="allege"),
        event("ACCUSE", THOMAS_GREENFIELD, NKOREA_U, U8, mode="allege"),
        event("ACCUSE", GENG, USA_U, U9, mode="allege"),
        event("ACCUSE", GENG, SKOREA_U, U9, mode="allege"),
        event("ACCUSE", RUS_ENVOY, USA_U, U10, mode="allege"),
        event("CONSULT", PRK_MISSION, UNSC, U11, mode="multilateral", negated=True),
        event("ACCUSE", PRK_MFA, USA_U, U12, mode="disapprove"),
        event("THREATEN", PRK_MFA, USA_U, U12),
    ],
    "quotes": [
        quote("North Koreans faced forced labour, torture and arbitrary detention, and that conditions had worsened "
              "since Pyongyang sealed its borders during the COVID-19 pandemic", "Volker Turk", "indirect"),
        quote("the government was diverting scarce resources to its weapons programmes while its people went hungry",
              "Elizabeth Salmon", "indirect"),
        quote("his parents had been sent to a prison camp after he fled", "North Korean defector", "indirect"),
        quote("The DPRK's human rights violations and its weapons programmes are two sides of the same coin",
              "Linda Thomas-Greenfield", "direct"),
        quote("heighten tensions", "Geng Shuang", "direct"),
        quote('the meeting would only "heighten tensions" on the Korean peninsula', "Geng Shuang", "indirect"),
        quote("hostile", "Ministry of Foreign Affairs of North Korea", "direct"),
        quote("resolutely respond", "Ministry of Foreign Affairs of North Korea", "direct"),
    ],
    "entities": [
        entity("United Nations", "ORG", "UNO", ["UNITED NATIONS", "the United Nations"]),
        entity("UN Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council", "the council's"]),
        entity("North Korea", "LOC", "PRK", ["North Korea", "The DPRK", "Pyongyang", "the government"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Russia", "LOC", "RUS", ["Russia"]),
        entity("Mozambique", "LOC", "MOZ", ["Mozambique"]),
        entity("South Korea", "LOC", "KOR", ["South Korea", "Seoul"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington"]),
        entity("Japan", "LOC", "JPN", ["Japan"]),
        entity("Volker Turk", "PER", "UNO", ["U.N. human rights chief Volker Turk"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
        entity("Elizabeth Salmon", "PER", "UNO", ["Elizabeth Salmon, the U.N. special rapporteur on North Korea"]),
        entity("North Korean defector", "PER", "PRK", ["A North Korean defector"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["U.S. Ambassador Linda Thomas-Greenfield"]),
        entity("Geng Shuang", "PER", "CHN", ["China's deputy ambassador Geng Shuang"]),
        entity("Korean peninsula", "LOC", None, ["the Korean peninsula"]),
        entity("Russian envoy to the United Nations", "PER", "RUS", ["Russia's envoy"]),
        entity("North Korean mission to the United Nations", "ORG", "PRK",
               ["North Korea's mission to the United Nations"]),
        entity("Ministry of Foreign Affairs of North Korea", "ORG", "PRK", ["North Korea's foreign ministry"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
