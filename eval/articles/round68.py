"""Round 68: six hand-made blind articles (4 German, 2 English), written 2026-11-30.

Invented but plausible wire-style reports on real 2023-2025 settings (Middle East, South Asia,
Pacific, one with Italy); the events are not reported facts.

- hm68-de-01: a US drone strike kills a Nujaba commander in Baghdad, Sudani wants the coalition out
  (2024-01-05)
- hm68-de-02: deadly royalist protests in Kathmandu, curfew and arrests (2025-03-29)
- hm68-de-03: Iran frees the Italian journalist Cecilia Sala; the Abedini case (2025-01-08)
- hm68-de-04: an Egyptian soldier killed in an exchange of fire at Rafah; Cairo and the Rafah crossing
  (2024-05-27)
- hm68-en-01: New Zealand blames a Chinese state-sponsored group (APT40) for a hack of its parliament
  (2024-03-26)
- hm68-en-02: Bangladesh asks India to send back Sheikh Hasina (2024-12-23)
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------------------
# hm68-de-01 US drone strike in Baghdad
# ---------------------------------------------------------------------------
D1_S1 = ("Bei einem US-Drohnenangriff in Bagdad ist am Donnerstag ein Kommandeur der proiranischen Miliz "
         "Harakat al-Nudschaba getötet worden.")
D1_S2 = ("Das Pentagon bestätigte, dass Mushtaq Taleb al-Saidi, genannt Abu Taqwa, bei dem Angriff ums Leben "
         "kam.")
D1_S3 = "Er sei für Angriffe auf amerikanische Soldaten verantwortlich gewesen, sagte Pentagonsprecher Pat Ryder."
D1_S4 = ("Die irakische Regierung verurteilte den Angriff als »eklatanten Verstoß« gegen die Souveränität des "
         "Landes.")
D1_S5 = ("Ministerpräsident Mohammed Schia al-Sudani forderte am Freitag ein Ende der Präsenz der von den USA "
         "geführten Militärkoalition im Irak.")
D1_S6 = ("Man werde einen Termin für den Beginn entsprechender Gespräche festlegen, sagte er bei einer "
         "Gedenkveranstaltung in Bagdad.")
D1_S7 = "Die Nudschaba-Miliz drohte mit Vergeltung: „Wir werden diesen Angriff nicht unbeantwortet lassen.“"
D1_S8 = "Tausende Anhänger der Miliz forderten bei der Beerdigung al-Saidis am Freitag den Abzug der US-Truppen."
D1_S9 = ("Proiranische Milizen haben seit Beginn des Gaza-Kriegs mehr als hundert Angriffe auf US-Stützpunkte "
         "im Irak und in Syrien verübt.")
D1_S10 = "Washington hat rund 2500 Soldaten im Irak stationiert."

US_MIL = actor("United States", "USA", "MIL")
NUJABA = actor("Harakat al-Nujaba", "IRQ", "REB")
SAIDI = actor("Mushtaq Taleb al-Saidi", "IRQ", "REB")
RYDER = actor("Pat Ryder", "USA", "MIL")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
USA = actor("United States", "USA", "GOV")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
COALITION = actor("US-led coalition", "USA", "MIL")
NUJABA_SUPPORTERS = actor("Nujaba supporters", "IRQ", "CVL")

DE01 = {
    "id": "hm68-de-01",
    "lang": "de",
    "url": None,
    "published": "2024-01-05",
    "title": "Nach US-Drohnenangriff in Bagdad: Irak fordert Ende der Koalitionsmission",
    "text": paragraphs([D1_S1, D1_S2, D1_S3], [D1_S4, D1_S5, D1_S6], [D1_S7, D1_S8, D1_S9, D1_S10]),
    "events": [
        event("ASSAULT", US_MIL, NUJABA, D1_S1, mode="drone", date="2024-01-04", location="Baghdad",
              location_country="IRQ"),
        event("ASSAULT", US_MIL, SAIDI, D1_S2, mode="drone", date="2024-01-04"),
        event("ACCUSE", RYDER, SAIDI, D1_S3, mode="allege"),
        event("ACCUSE", IRQ_GOV, USA, D1_S4, mode="disapprove"),
        event("REQUEST", SUDANI, COALITION, D1_S5, date="2024-01-05"),
        event("AGREE", SUDANI, COALITION, D1_S6, mode=None, location="Baghdad", location_country="IRQ"),
        event("THREATEN", NUJABA, USA, D1_S7, mode="violence"),
        event("PROTEST", NUJABA_SUPPORTERS, USA, D1_S8, mode="demo", date="2024-01-05"),
    ],
    "quotes": [
        quote("dass Mushtaq Taleb al-Saidi, genannt Abu Taqwa, bei dem Angriff ums Leben kam",
              "United States Department of Defense", "indirect"),
        quote("Er sei für Angriffe auf amerikanische Soldaten verantwortlich gewesen", "Pat Ryder", "indirect"),
        quote("eklatanten Verstoß", "Government of Iraq", "direct"),
        quote("Man werde einen Termin für den Beginn entsprechender Gespräche festlegen", "Mohammed Shia al-Sudani",
              "indirect"),
        quote("Wir werden diesen Angriff nicht unbeantwortet lassen", "Harakat al-Nujaba", "direct"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Harakat al-Nujaba", "ORG", "IRQ", ["der proiranischen Miliz Harakat al-Nudschaba",
                                                   "Die Nudschaba-Miliz", "der Miliz"]),
        entity("United States Department of Defense", "ORG", "USA", ["Das Pentagon"]),
        entity("Mushtaq Taleb al-Saidi", "PER", "IRQ", ["ein Kommandeur", "Mushtaq Taleb al-Saidi, genannt Abu Taqwa",
                                                        "Er", "al-Saidis"]),
        entity("Pat Ryder", "PER", "USA", ["Pentagonsprecher Pat Ryder"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Die irakische Regierung"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani", "er"]),
        entity("US-led coalition", "ORG", "USA", ["der von den USA geführten Militärkoalition"]),
        entity("United States", "GPE", "USA", ["USA", "Washington"]),
        entity("Iraq", "GPE", "IRQ", ["Irak"]),
        entity("Syria", "GPE", "SYR", ["Syrien"]),
    ],
}

# ---------------------------------------------------------------------------
# hm68-de-02 Royalist protests in Kathmandu
# ---------------------------------------------------------------------------
D2_S1 = ("Tausende Anhänger der Monarchie haben am Freitag in Nepals Hauptstadt Kathmandu für eine Rückkehr des "
         "früheren Königs Gyanendra Shah auf den Thron demonstriert.")
D2_S2 = ("Als Demonstranten Polizeisperren durchbrachen und Häuser in Brand setzten, setzte die Polizei Tränengas "
         "und scharfe Munition ein.")
D2_S3 = ("Ein Demonstrant und ein Journalist wurden nach Angaben der Polizei getötet, mehr als hundert Menschen "
         "wurden verletzt.")
D2_S4 = "Die Behörden verhängten eine Ausgangssperre über mehrere Stadtteile, Soldaten patrouillierten in den Straßen."
D2_S5 = "Laut Polizei wurden 105 Menschen festgenommen."
D2_S6 = "Die Gewalt sei von Gyanendra angestiftet worden, sagte Innenminister Ramesh Lekhak."
D2_S7 = ("Abgeordnete der Regierungsparteien forderten die Regierung auf, dem Ex-König den Diplomatenpass zu "
         "entziehen.")
D2_S8 = "„Wer Gewalt anwendet, wird zur Rechenschaft gezogen“, sagte Ministerpräsident K.P. Sharma Oli am Samstag."
D2_S9 = ("Die monarchistische RPP lehnte ein Gesprächsangebot der Regierung ab: »Ein Dialog mit dieser Regierung "
         "ist sinnlos.«")
D2_S10 = "Nepal hatte die Monarchie 2008 abgeschafft."

ROYALISTS = actor("royalist protesters", "NPL", "CVL")
NPL_GOV = actor("Government of Nepal", "NPL", "GOV")
NPL_POLICE = actor("Nepal Police", "NPL", "COP")
NPL_AUTH = actor("Nepalese authorities", "NPL", "GOV")
NPL_ARMY = actor("Nepal Army", "NPL", "MIL")
LEKHAK = actor("Ramesh Lekhak", "NPL", "GOV")
GYANENDRA = actor("Gyanendra Shah", "NPL", "CVL")
NPL_MPS = actor("lawmakers of the ruling parties", "NPL", "LEG")
OLI = actor("K.P. Sharma Oli", "NPL", "GOV")
RPP = actor("Rastriya Prajatantra Party", "NPL", "PTY")

DE02 = {
    "id": "hm68-de-02",
    "lang": "de",
    "url": None,
    "published": "2025-03-29",
    "title": "Tote bei Protesten für Rückkehr der Monarchie in Nepal",
    "text": paragraphs([D2_S1, D2_S2, D2_S3], [D2_S4, D2_S5, D2_S6, D2_S7], [D2_S8, D2_S9, D2_S10]),
    "events": [
        event("PROTEST", ROYALISTS, NPL_GOV, D2_S1, mode="demo", date="2025-03-28", location="Kathmandu",
              location_country="NPL"),
        event("PROTEST", ROYALISTS, NPL_GOV, D2_S2, mode="riot", date="2025-03-28", location="Kathmandu",
              location_country="NPL"),
        event("ASSAULT", NPL_POLICE, ROYALISTS, D2_S2, mode="firearms", date="2025-03-28", location="Kathmandu",
              location_country="NPL"),
        event("COERCE", NPL_AUTH, None, D2_S4, mode="curfew", location="Kathmandu", location_country="NPL"),
        event("MOBILIZE", NPL_ARMY, None, D2_S4, mode="troops", location="Kathmandu", location_country="NPL"),
        event("COERCE", NPL_POLICE, ROYALISTS, D2_S5, mode="arrest"),
        event("ACCUSE", LEKHAK, GYANENDRA, D2_S6, mode="allege"),
        event("REQUEST", NPL_MPS, NPL_GOV, D2_S7),
        event("THREATEN", OLI, None, D2_S8, date="2025-03-29"),
        event("REJECT", RPP, NPL_GOV, D2_S9, mode="meet"),
    ],
    "quotes": [
        quote("Ein Demonstrant und ein Journalist wurden nach Angaben der Polizei getötet, mehr als hundert "
              "Menschen wurden verletzt", "Nepal Police", "indirect"),
        quote("wurden 105 Menschen festgenommen", "Nepal Police", "indirect"),
        quote("Die Gewalt sei von Gyanendra angestiftet worden", "Ramesh Lekhak", "indirect"),
        quote("Wer Gewalt anwendet, wird zur Rechenschaft gezogen", "K.P. Sharma Oli", "direct"),
        quote("Ein Dialog mit dieser Regierung ist sinnlos", "Rastriya Prajatantra Party", "direct"),
    ],
    "entities": [
        entity("royalist protesters", "ORG", "NPL", ["Tausende Anhänger der Monarchie", "Demonstranten"]),
        entity("Nepal", "GPE", "NPL", ["Nepals", "Nepal"]),
        entity("Kathmandu", "LOC", "NPL", ["Kathmandu"]),
        entity("Gyanendra Shah", "PER", "NPL", ["des früheren Königs Gyanendra Shah", "Gyanendra", "dem Ex-König"]),
        entity("Nepal Police", "ORG", "NPL", ["die Polizei", "der Polizei", "Polizei"]),
        entity("Nepalese authorities", "ORG", "NPL", ["Die Behörden"]),
        entity("Nepal Army", "ORG", "NPL", ["Soldaten"]),
        entity("Ramesh Lekhak", "PER", "NPL", ["Innenminister Ramesh Lekhak"]),
        entity("lawmakers of the ruling parties", "ORG", "NPL", ["Abgeordnete der Regierungsparteien"]),
        entity("Government of Nepal", "ORG", "NPL", ["die Regierung", "der Regierung", "dieser Regierung"]),
        entity("K.P. Sharma Oli", "PER", "NPL", ["Ministerpräsident K.P. Sharma Oli"]),
        entity("Rastriya Prajatantra Party", "ORG", "NPL", ["Die monarchistische RPP"]),
    ],
}

# ---------------------------------------------------------------------------
# hm68-de-03 Cecilia Sala freed
# ---------------------------------------------------------------------------
D3_S1 = ("Iran hat die italienische Journalistin Cecilia Sala nach drei Wochen Haft freigelassen, wie das Büro "
         "von Ministerpräsidentin Giorgia Meloni am Mittwoch mitteilte.")
D3_S2 = "Die 29-Jährige landete am Nachmittag mit einer Regierungsmaschine in Rom."
D3_S3 = "Sala war am 19. Dezember in Teheran festgenommen worden, wo sie mit einem Journalistenvisum arbeitete."
D3_S4 = "Teheran hatte die Festnahme mit »Verstößen gegen die Gesetze der Islamischen Republik« begründet."
D3_S5 = ("Rom hatte daraufhin den iranischen Botschafter einbestellt und die sofortige Freilassung der "
         "Journalistin gefordert.")
D3_S6 = "Meloni sprach nun von »intensiver Arbeit auf diplomatischen und nachrichtendienstlichen Kanälen«."
D3_S7 = ("Sie war am Wochenende überraschend nach Florida gereist, um den künftigen US-Präsidenten Donald Trump "
         "zu treffen.")
D3_S8 = ("In Mailand war Mitte Dezember der Iraner Mohammad Abedini festgenommen worden, dessen Auslieferung die "
         "USA verlangen.")
D3_S9 = "Washington wirft ihm vor, Drohnentechnik an die Revolutionsgarden geliefert zu haben."
D3_S10 = "Außenminister Antonio Tajani bestritt einen Zusammenhang: „Es gab keinen Austausch.“"

IRAN = actor("Iran", "IRN", "GOV")
SALA = actor("Cecilia Sala", "ITA", "CVL")
IRN_POLICE = actor("Iranian police", "IRN", "COP")
ITALY = actor("Italy", "ITA", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
ITA_POLICE = actor("Italian police", "ITA", "COP")
ABEDINI = actor("Mohammad Abedini", "IRN", "BUS")
USA3 = actor("United States", "USA", "GOV")

DE03 = {
    "id": "hm68-de-03",
    "lang": "de",
    "url": None,
    "published": "2025-01-08",
    "title": "Iran lässt italienische Journalistin Cecilia Sala frei",
    "text": paragraphs([D3_S1, D3_S2, D3_S3], [D3_S4, D3_S5, D3_S6, D3_S7], [D3_S8, D3_S9, D3_S10]),
    "events": [
        event("RETREAT", IRAN, SALA, D3_S1, mode="release", date="2025-01-08"),
        event("COERCE", IRN_POLICE, SALA, D3_S3, mode="arrest", location="Tehran", location_country="IRN"),
        event("ACCUSE", IRAN, SALA, D3_S4, mode="allege"),
        event("ACCUSE", ITALY, IRAN, D3_S5, mode="disapprove"),
        event("REQUEST", ITALY, IRAN, D3_S5, mode="yield"),
        event("CONSULT", MELONI, TRUMP, D3_S7, mode="visit", location="Florida", location_country="USA"),
        event("COERCE", ITA_POLICE, ABEDINI, D3_S8, mode="arrest", location="Milan", location_country="ITA"),
        event("REQUEST", USA3, ITALY, D3_S8),
        event("ACCUSE", USA3, ABEDINI, D3_S9, mode="allege"),
    ],
    "quotes": [
        quote("Iran hat die italienische Journalistin Cecilia Sala nach drei Wochen Haft freigelassen",
              "Office of the Prime Minister of Italy", "indirect"),
        quote("Verstößen gegen die Gesetze der Islamischen Republik", "Iran", "direct"),
        quote("intensiver Arbeit auf diplomatischen und nachrichtendienstlichen Kanälen", "Giorgia Meloni", "direct"),
        quote("Drohnentechnik an die Revolutionsgarden geliefert zu haben", "United States", "indirect"),
        quote("Es gab keinen Austausch", "Antonio Tajani", "direct"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "Teheran"]),
        entity("Cecilia Sala", "PER", "ITA", ["die italienische Journalistin Cecilia Sala", "Die 29-Jährige", "Sala",
                                              "sie", "der Journalistin"]),
        entity("Office of the Prime Minister of Italy", "ORG", "ITA", ["das Büro von Ministerpräsidentin Giorgia Meloni"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Ministerpräsidentin Giorgia Meloni", "Meloni", "Sie"]),
        entity("Italy", "GPE", "ITA", ["Rom"]),
        entity("Iranian ambassador to Italy", "PER", "IRN", ["den iranischen Botschafter"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Donald Trump", "PER", "USA", ["den künftigen US-Präsidenten Donald Trump"]),
        entity("Milan", "LOC", "ITA", ["Mailand"]),
        entity("Mohammad Abedini", "PER", "IRN", ["der Iraner Mohammad Abedini", "ihm"]),
        entity("United States", "GPE", "USA", ["USA", "Washington"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["die Revolutionsgarden"]),
        entity("Antonio Tajani", "PER", "ITA", ["Außenminister Antonio Tajani"]),
    ],
}

# ---------------------------------------------------------------------------
# hm68-de-04 Egyptian soldier killed at Rafah
# ---------------------------------------------------------------------------
D4_S1 = ("Bei einem Schusswechsel mit israelischen Soldaten nahe dem Grenzübergang Rafah ist am Montag ein "
         "ägyptischer Soldat getötet worden.")
D4_S2 = "Das ägyptische Militär leitete nach Angaben eines Sprechers eine Untersuchung ein."
D4_S3 = "Israels Armee erklärte, der Vorfall werde geprüft, man stehe in Kontakt mit den ägyptischen Streitkräften."
D4_S4 = "Israelische Truppen kontrollieren seit Anfang Mai die palästinensische Seite des Übergangs."
D4_S5 = "Kairo lehnt es seitdem ab, ihn in Abstimmung mit Israel wieder zu öffnen."
D4_S6 = ("Zudem verurteilte das Außenministerium in Kairo einen israelischen Luftangriff auf ein Zeltlager in "
         "Rafah, bei dem am Sonntagabend Dutzende Menschen getötet worden waren.")
D4_S7 = "Ministerpräsident Benjamin Netanjahu sprach von einem »tragischen Fehler«."
D4_S8 = ("UN-Generalsekretär António Guterres forderte ein sofortiges Ende der Kämpfe: „Es gibt keinen sicheren "
         "Ort in Gaza.“")
D4_S9 = ("Ägypten schickte am Montag nach eigenen Angaben 200 Lastwagen mit Hilfsgütern über den Übergang Kerem "
         "Schalom nach Gaza.")

IDF = actor("Israel Defense Forces", "ISR", "MIL")
EGY_MIL = actor("Egyptian Armed Forces", "EGY", "MIL")
EGYPT = actor("Egypt", "EGY", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
ISR_MIL = actor("Israel", "ISR", "MIL")
DISPLACED = actor("displaced Palestinians in Rafah", "PSE", "CVL")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
GUTERRES = actor("António Guterres", "UNO", "IGO")
GAZANS = actor("residents of Gaza", "PSE", "CVL")

DE04 = {
    "id": "hm68-de-04",
    "lang": "de",
    "url": None,
    "published": "2024-05-27",
    "title": "Ägyptischer Soldat bei Schusswechsel an der Grenze zu Gaza getötet",
    "text": paragraphs([D4_S1, D4_S2, D4_S3], [D4_S4, D4_S5, D4_S6, D4_S7], [D4_S8, D4_S9]),
    "events": [
        event("ASSAULT", IDF, EGY_MIL, D4_S1, mode="firearms", date="2024-05-27", location="Rafah crossing",
              location_country="EGY"),
        event("ASSAULT", EGY_MIL, IDF, D4_S1, mode="firearms", date="2024-05-27", location="Rafah crossing",
              location_country="EGY"),
        event("ACCUSE", EGY_MIL, None, D4_S2, mode="investigate"),
        event("ACCUSE", IDF, None, D4_S3, mode="investigate"),
        event("CONSULT", IDF, EGY_MIL, D4_S3),
        event("REJECT", EGYPT, ISRAEL, D4_S5),
        event("ACCUSE", EGY_MFA, ISRAEL, D4_S6, mode="disapprove"),
        event("ASSAULT", ISR_MIL, DISPLACED, D4_S6, mode="aerial", date="2024-05-26", location="Rafah",
              location_country="PSE"),
        event("CONCEDE", NETANYAHU, None, D4_S7),
        event("REQUEST", GUTERRES, None, D4_S8, mode="yield"),
        event("AID", EGYPT, GAZANS, D4_S9, date="2024-05-27", location="Gaza", location_country="PSE"),
    ],
    "quotes": [
        quote("Das ägyptische Militär leitete nach Angaben eines Sprechers eine Untersuchung ein",
              "Spokesman of the Egyptian Armed Forces", "indirect"),
        quote("der Vorfall werde geprüft, man stehe in Kontakt mit den ägyptischen Streitkräften",
              "Israel Defense Forces", "indirect"),
        quote("tragischen Fehler", "Benjamin Netanyahu", "direct"),
        quote("Es gibt keinen sicheren Ort in Gaza", "António Guterres", "direct"),
        quote("Ägypten schickte am Montag nach eigenen Angaben 200 Lastwagen mit Hilfsgütern über den Übergang "
              "Kerem Schalom nach Gaza", "Egypt", "indirect"),
    ],
    "entities": [
        entity("Israel Defense Forces", "ORG", "ISR", ["israelischen Soldaten", "Israels Armee",
                                                        "Israelische Truppen"]),
        entity("Rafah crossing", "LOC", "EGY", ["dem Grenzübergang Rafah", "des Übergangs", "ihn"]),
        entity("Egyptian Armed Forces", "ORG", "EGY", ["Das ägyptische Militär", "den ägyptischen Streitkräften"]),
        entity("Spokesman of the Egyptian Armed Forces", "PER", "EGY", ["eines Sprechers"]),
        entity("Egypt", "GPE", "EGY", ["Kairo", "Ägypten"]),
        entity("Israel", "GPE", "ISR", ["Israel", "Israels"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["das Außenministerium in Kairo"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Kerem Shalom crossing", "LOC", "ISR", ["den Übergang Kerem Schalom"]),
    ],
}

# ---------------------------------------------------------------------------
# hm68-en-01 New Zealand blames APT40
# ---------------------------------------------------------------------------
E1_S1 = ("New Zealand on Tuesday accused a Chinese state-sponsored hacking group of targeting its parliament in "
         "2021, joining the United States and Britain in blaming Beijing for malicious cyber activity.")
E1_S2 = ("The group, known as APT40, gained access to the Parliamentary Counsel Office and the Parliamentary "
         "Service, said Judith Collins, the minister responsible for the GCSB intelligence agency.")
E1_S3 = "“Foreign interference of this nature is unacceptable,” Collins said."
E1_S3B = "New Zealand had shared its findings with its Five Eyes intelligence partners."
E1_S4 = "Foreign Minister Winston Peters said he had raised the matter directly with China's ambassador in Wellington."
E1_S5 = "Wellington will not impose sanctions of its own, he added."
E1_S6 = "Washington and London on Monday imposed sanctions on a Wuhan-based company linked to APT40."
E1_S7 = "China's embassy dismissed the accusations as “groundless and irresponsible”."
E1_S8 = "It said it had lodged a formal protest with the New Zealand government."

NZ = actor("New Zealand", "NZL", "GOV")
APT40 = actor("APT40", "CHN", "GOV")
USA_E = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
CHINA = actor("China", "CHN", "GOV")
COLLINS = actor("Judith Collins", "NZL", "GOV")
PETERS = actor("Winston Peters", "NZL", "GOV")
WUHAN_CO = actor("Wuhan Xiaoruizhiyuan Science and Technology", "CHN", "BUS")
CHN_EMBASSY = actor("Embassy of China in New Zealand", "CHN", "GOV")
NZ_GOV = actor("Government of New Zealand", "NZL", "GOV")
FIVE_EYES = actor("Five Eyes partners", None, "GOV")

EN01 = {
    "id": "hm68-en-01",
    "lang": "en",
    "url": None,
    "published": "2024-03-26",
    "title": "New Zealand blames China-backed hackers for 2021 parliament breach",
    "text": paragraphs([E1_S1, E1_S2, E1_S3, E1_S3B], [E1_S4, E1_S5, E1_S6], [E1_S7, E1_S8]),
    "events": [
        event("ACCUSE", NZ, APT40, E1_S1, mode="allege", date="2024-03-26"),
        event("ACCUSE", USA_E, CHINA, E1_S1, mode="allege"),
        event("ACCUSE", UK, CHINA, E1_S1, mode="allege"),
        event("ACCUSE", COLLINS, APT40, E1_S2, mode="allege"),
        event("ACCUSE", COLLINS, APT40, E1_S3, mode="disapprove"),
        event("COOPERATE", NZ, FIVE_EYES, E1_S3B),
        event("ACCUSE", PETERS, CHINA, E1_S4, mode="disapprove"),
        event("SANCTION", NZ, CHINA, E1_S5, mode="discontinue", negated=True),
        event("SANCTION", USA_E, WUHAN_CO, E1_S6, mode="discontinue", date="2024-03-25"),
        event("SANCTION", UK, WUHAN_CO, E1_S6, mode="discontinue", date="2024-03-25"),
        event("ACCUSE", CHN_EMBASSY, NZ_GOV, E1_S8, mode="disapprove"),
    ],
    "quotes": [
        quote("The group, known as APT40, gained access to the Parliamentary Counsel Office and the Parliamentary "
              "Service", "Judith Collins", "indirect"),
        quote("Foreign interference of this nature is unacceptable", "Judith Collins", "direct"),
        quote("he had raised the matter directly with China's ambassador in Wellington", "Winston Peters",
              "indirect"),
        quote("Wellington will not impose sanctions of its own", "Winston Peters", "indirect"),
        quote("groundless and irresponsible", "Embassy of China in New Zealand", "direct"),
        quote("it had lodged a formal protest with the New Zealand government", "Embassy of China in New Zealand",
              "indirect"),
    ],
    "entities": [
        entity("New Zealand", "GPE", "NZL", ["New Zealand", "Wellington"]),
        entity("APT40", "ORG", "CHN", ["a Chinese state-sponsored hacking group", "The group, known as APT40",
                                       "APT40"]),
        entity("United States", "GPE", "USA", ["the United States", "Washington"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain", "London"]),
        entity("China", "GPE", "CHN", ["Beijing"]),
        entity("Parliamentary Counsel Office", "ORG", "NZL", ["the Parliamentary Counsel Office"]),
        entity("Parliamentary Service", "ORG", "NZL", ["the Parliamentary Service"]),
        entity("Judith Collins", "PER", "NZL", ["Judith Collins, the minister responsible for the GCSB intelligence "
                                                "agency", "Collins"]),
        entity("Government Communications Security Bureau", "ORG", "NZL", ["the GCSB intelligence agency"]),
        entity("Five Eyes", "ORG", "IGO", ["its Five Eyes intelligence partners"]),
        entity("Winston Peters", "PER", "NZL", ["Foreign Minister Winston Peters", "he"]),
        entity("Chinese ambassador to New Zealand", "PER", "CHN", ["China's ambassador in Wellington"]),
        entity("Wuhan Xiaoruizhiyuan Science and Technology", "ORG", "CHN", ["a Wuhan-based company linked to APT40"]),
        entity("Embassy of China in New Zealand", "ORG", "CHN", ["China's embassy", "It"]),
        entity("Government of New Zealand", "ORG", "NZL", ["the New Zealand government"]),
    ],
}

# ---------------------------------------------------------------------------
# hm68-en-02 Bangladesh asks India to send back Hasina
# ---------------------------------------------------------------------------
E2_S1 = ("Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina to face trial over "
         "the deadly crackdown on student-led protests, the interim government said on Monday.")
E2_S2 = ("“We have sent a note verbale to the Indian government,” Touhid Hossain, the foreign affairs adviser, "
         "told reporters in Dhaka.")
E2_S3 = "Hasina, 77, fled to New Delhi by helicopter on Aug. 5 as protesters stormed her official residence."
E2_S4 = ("A special tribunal in Dhaka issued an arrest warrant for her in October on charges of crimes against "
         "humanity.")
E2_S5 = "Dhaka also revoked her diplomatic passport."
E2_S6 = ("India's foreign ministry spokesman Randhir Jaiswal confirmed that New Delhi had received the note but "
         "declined to comment further.")
E2_S7 = ("Hasina's Awami League called the request “unlawful” and accused the interim government led by Muhammad "
         "Yunus of persecuting its leaders.")
E2_S8 = ("Relations between the neighbours have soured since August, although Foreign Secretary Vikram Misri "
         "visited Dhaka this month for talks.")
E2_S9 = "Misri pledged that India would continue to supply electricity and essential goods to Bangladesh."

BANGLADESH = actor("Bangladesh", "BGD", "GOV")
INDIA = actor("India", "IND", "GOV")
HOSSAIN = actor("Touhid Hossain", "BGD", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
BGD_PROTESTERS = actor("protesters", "BGD", "CVL")
HASINA_PM = actor("Sheikh Hasina", "BGD", "GOV")
HASINA = actor("Sheikh Hasina", "BGD", "OPP")
ICT = actor("International Crimes Tribunal", "BGD", "JUD")
BGD_INTERIM = actor("Interim government of Bangladesh", "BGD", "GOV")
AWAMI = actor("Awami League", "BGD", "PTY")
MISRI = actor("Vikram Misri", "IND", "GOV")

EN02 = {
    "id": "hm68-en-02",
    "lang": "en",
    "url": None,
    "published": "2024-12-23",
    "title": "Bangladesh asks India to send back ousted leader Hasina",
    "text": paragraphs([E2_S1, E2_S2, E2_S3], [E2_S4, E2_S5, E2_S6], [E2_S7, E2_S8, E2_S9]),
    "events": [
        event("REQUEST", BANGLADESH, INDIA, E2_S1, date="2024-12-23"),
        event("REQUEST", HOSSAIN, IND_GOV, E2_S2, date="2024-12-23", location="Dhaka", location_country="BGD"),
        event("PROTEST", BGD_PROTESTERS, HASINA_PM, E2_S3, mode="riot"),
        event("ACCUSE", ICT, HASINA, E2_S4, mode="allege", location="Dhaka", location_country="BGD"),
        event("COERCE", BGD_INTERIM, HASINA, E2_S5, mode="restrict"),
        event("ACCUSE", AWAMI, BGD_INTERIM, E2_S7, mode="disapprove"),
        event("CONSULT", MISRI, BANGLADESH, E2_S8, mode="visit", location="Dhaka", location_country="BGD"),
        event("AGREE", MISRI, BANGLADESH, E2_S9),
    ],
    "quotes": [
        quote("Bangladesh has formally asked India to send back former Prime Minister Sheikh Hasina to face trial "
              "over the deadly crackdown on student-led protests", "Interim government of Bangladesh", "indirect"),
        quote("We have sent a note verbale to the Indian government", "Touhid Hossain", "direct"),
        quote("that New Delhi had received the note", "Randhir Jaiswal", "indirect"),
        quote("unlawful", "Awami League", "direct"),
        quote("that India would continue to supply electricity and essential goods to Bangladesh", "Vikram Misri",
              "indirect"),
    ],
    "entities": [
        entity("Bangladesh", "GPE", "BGD", ["Bangladesh", "Dhaka"]),
        entity("India", "GPE", "IND", ["India", "New Delhi"]),
        entity("Sheikh Hasina", "PER", "BGD", ["former Prime Minister Sheikh Hasina", "Hasina", "her", "Hasina's"]),
        entity("Interim government of Bangladesh", "ORG", "BGD", ["the interim government",
                                                                  "the interim government led by Muhammad Yunus"]),
        entity("Touhid Hossain", "PER", "BGD", ["Touhid Hossain, the foreign affairs adviser"]),
        entity("Government of India", "ORG", "IND", ["the Indian government"]),
        entity("protesters", "ORG", "BGD", ["protesters"]),
        entity("International Crimes Tribunal", "ORG", "BGD", ["A special tribunal in Dhaka"]),
        entity("Randhir Jaiswal", "PER", "IND", ["India's foreign ministry spokesman Randhir Jaiswal"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry"]),
        entity("Awami League", "ORG", "BGD", ["Hasina's Awami League"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Muhammad Yunus"]),
        entity("Vikram Misri", "PER", "IND", ["Foreign Secretary Vikram Misri", "Misri"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
