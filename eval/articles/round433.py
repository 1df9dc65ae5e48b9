"""Round 433: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm433-de-01: Macau: the Judiciary Police arrest former pro-democracy lawmaker Au Kam San under the national security law; collusion allegations, his lawyer's denial, a court orders detention, Sam Hou Fai and the liaison office back the police, Amnesty demands his release, the 2021 disqualification recalled (2025-07-31).
- hm433-de-02: Cambodia: police arrest investigative journalist Mech Dara and a Phnom Penh judge orders him detained on incitement charges; Pen Bona defends the arrest, the US embassy and RSF object and demand his release, the information ministry refuses, the 2023 closure of Voice of Democracy recalled (2024-10-02).
- hm433-de-03: Fiji: President Katonivere suspends police commissioner Sitiveni Qiliho pending a tribunal inquiry; Rabuka's accusations, the lawyer's denial, army chief Kalouniwai's warning and his meeting with Rabuka, Bainimarama speaks of a purge (2023-01-27).
- hm433-de-04: South Korea/China: Seoul summons a Chinese diplomat over steel structures in the Yellow Sea after the China Coast Guard blocked the research ship Onnuri; Guo Jiakun rebuffs, PPP and Democratic Party demands, no navy ships sent, Yoon-Xi meeting recalled (2025-03-19).
- hm433-en-01: Malaysia: the cabinet agrees in principle to Ocean Infinity's "no find, no fee" search for MH370; Loke's hopes, Voice370 and Grace Nathan welcome it and demand data, Mao Ning's support and request, Australia's offer of help (2024-12-20).
- hm433-en-02: Asian Development Bank/Pakistan: the ADB approves $800 million for Pakistan over India's objections; Emma Fan's praise, India's diversion allegation and Sitharaman's meeting with Kanda, the IMF payout, Aurangzeb's thanks, Islamabad's "weaponise" charge, the May strikes, ceasefire and Indus Waters Treaty suspension recalled (2025-06-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm433-de-01 (Macau, Au Kam San arrested)
MAC_PJ = actor("Judiciary Police of Macau", "MAC", "COP")
AU = actor("Au Kam San", "MAC", "OPP")
MAC_COURT = actor("Criminal Instruction Court of Macau", "MAC", "JUD")
SAM_HOU_FAI = actor("Sam Hou Fai", "MAC", "GOV")
LIAISON = actor("Liaison Office of the Central People's Government in Macau", "CHN", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MAC_GOV = actor("Government of Macau", "MAC", "GOV")
MAC_EAC = actor("Electoral Affairs Commission of Macau", "MAC", "GOV")
MAC_DEMOCRATS = actor("pro-democracy candidates in Macau", "MAC", "OPP")

C1 = ("Macau (dpa) - Die Polizei in der chinesischen Sonderverwaltungszone Macau hat erstmals einen Politiker auf "
      "Grundlage des Gesetzes zum Schutz der nationalen Sicherheit festgenommen.")
C2 = ("Bei dem Festgenommenen handle es sich um einen 68 Jahre alten früheren Abgeordneten, teilte die Kriminalpolizei "
      "am Donnerstag mit.")
C3 = ("Lokale Medien identifizierten ihn als Au Kam San, der über Jahrzehnte zu den bekanntesten Stimmen des "
      "demokratischen Lagers gehörte.")
C4 = "Beamte nahmen den Politiker am Dienstag in seiner Wohnung fest und durchsuchten die Räume."
C5 = ("Die Behörde wirft ihm vor, seit 2022 mit regierungsfeindlichen Organisationen im Ausland in Verbindung "
      "gestanden und ihnen falsche Informationen über Macau geliefert zu haben.")
C6 = ("Damit habe er Hass gegen die Zentralregierung in Peking und die Regierung Macaus geschürt, hieß es in der "
      "Mitteilung weiter.")
C7 = "Sein Anwalt erklärte, Au weise die Vorwürfe entschieden zurück."
C8 = "Ein Strafermittlungsgericht ordnete am Mittwoch Untersuchungshaft an."
C9 = "Regierungschef Sam Hou Fai stellte sich hinter die Ermittler."
C10 = "„Die Polizei hat entschlossen und im Einklang mit dem Gesetz gehandelt“, sagte er vor Journalisten."
C11 = "Auch das Verbindungsbüro der Zentralregierung in Macau begrüßte die Festnahme."
C12 = ("Die Menschenrechtsorganisation Amnesty International forderte dagegen die sofortige Freilassung des "
       "früheren Abgeordneten.")
C13 = ("Das Gesetz werde benutzt, um friedliche Kritik zum Schweigen zu bringen, erklärte die "
       "Organisation.")
C14 = "Au hatte von 2009 bis 2021 in der Legislativversammlung gesessen."
C15 = ("Vor der Wahl 2021 hatte die Wahlkommission ihn und 20 weitere Kandidaten des demokratischen Lagers von der "
       "Abstimmung ausgeschlossen, weil sie angeblich nicht loyal zu China seien.")
C16 = "Macau hatte das Sicherheitsgesetz 2009 eingeführt und 2023 deutlich verschärft."
C17 = ("Anders als in Hongkong hatte es in der ehemaligen portugiesischen Kolonie zuletzt keine Massenproteste gegen "
       "die Regierung gegeben.")

DE01 = {
    "id": "hm433-de-01", "lang": "de", "url": None, "published": "2025-07-31",
    "title": "Macau nimmt Ex-Abgeordneten wegen Staatsgefährdung fest",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12, C13], [C14, C15, C16, C17]),
    "events": [
        event("COERCE", MAC_PJ, AU, C1, mode="arrest", location="Macau", location_country="MAC"),
        event("COERCE", MAC_PJ, AU, C4, mode="arrest", date="2025-07-29"),
        event("ACCUSE", MAC_PJ, AU, C5, mode="allege"),
        event("ACCUSE", MAC_PJ, AU, C6, mode="allege"),
        event("COERCE", MAC_COURT, AU, C8, mode="arrest", date="2025-07-30"),
        event("SUPPORT", SAM_HOU_FAI, MAC_PJ, C9),
        event("SUPPORT", SAM_HOU_FAI, MAC_PJ, C10),
        event("SUPPORT", LIAISON, MAC_PJ, C11),
        event("REQUEST", AMNESTY, MAC_GOV, C12, mode="yield"),
        event("ACCUSE", AMNESTY, MAC_GOV, C13, mode="disapprove"),
        event("COERCE", MAC_EAC, AU, C15, mode="restrict"),
        event("COERCE", MAC_EAC, MAC_DEMOCRATS, C15, mode="restrict"),
    ],
    "quotes": [
        quote("Bei dem Festgenommenen handle es sich um einen 68 Jahre alten früheren Abgeordneten",
              "Judiciary Police of Macau", "indirect"),
        quote("seit 2022 mit regierungsfeindlichen Organisationen im Ausland in Verbindung gestanden und ihnen falsche "
              "Informationen über Macau geliefert zu haben", "Judiciary Police of Macau", "indirect"),
        quote("Damit habe er Hass gegen die Zentralregierung in Peking und die Regierung Macaus geschürt",
              "Judiciary Police of Macau", "indirect"),
        quote("Au weise die Vorwürfe entschieden zurück", "lawyer of Au Kam San", "indirect"),
        quote("Die Polizei hat entschlossen und im Einklang mit dem Gesetz gehandelt", "Sam Hou Fai", "direct"),
        quote("Das Gesetz werde benutzt, um friedliche Kritik zum Schweigen zu bringen", "Amnesty International",
              "indirect"),
    ],
    "entities": [
        entity("Macau", "LOC", "MAC", ["Macau", "der chinesischen Sonderverwaltungszone Macau", "Macaus",
                                       "der ehemaligen portugiesischen Kolonie"]),
        entity("Judiciary Police of Macau", "ORG", "MAC", ["Die Polizei", "die Kriminalpolizei", "Beamte",
                                                           "Die Behörde", "die Ermittler"]),
        entity("National Security Law of Macau", "MISC", "MAC",
               ["des Gesetzes zum Schutz der nationalen Sicherheit", "Das Gesetz", "das Sicherheitsgesetz"]),
        entity("Au Kam San", "PER", "MAC", ["einen Politiker", "dem Festgenommenen",
                                            "einen 68 Jahre alten früheren Abgeordneten", "ihn", "Au Kam San",
                                            "den Politiker", "seiner", "ihm", "er", "Au",
                                            "des früheren Abgeordneten"]),
        entity("Macau media", "ORG", "MAC", ["Lokale Medien"]),
        entity("Government of China", "ORG", "CHN", ["die Zentralregierung in Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Government of Macau", "ORG", "MAC", ["die Regierung Macaus", "die Regierung"]),
        entity("lawyer of Au Kam San", "PER", "MAC", ["Sein Anwalt"]),
        entity("Criminal Instruction Court of Macau", "ORG", "MAC", ["Ein Strafermittlungsgericht"]),
        entity("Sam Hou Fai", "PER", "MAC", ["Regierungschef Sam Hou Fai", "er"]),
        entity("Liaison Office of the Central People's Government in Macau", "ORG", "CHN",
               ["das Verbindungsbüro der Zentralregierung in Macau"]),
        entity("Amnesty International", "ORG", "NGO", ["Die Menschenrechtsorganisation Amnesty International",
                                                       "die Organisation"]),
        entity("Hong Kong", "LOC", "HKG", ["Hongkong"]),
        entity("Legislative Assembly of Macau", "ORG", "MAC", ["der Legislativversammlung"]),
        entity("Electoral Affairs Commission of Macau", "ORG", "MAC", ["die Wahlkommission"]),
        entity("pro-democracy candidates in Macau", "PER", "MAC",
               ["20 weitere Kandidaten des demokratischen Lagers"]),
        entity("China", "LOC", "CHN", ["China"]),
    ],
}

# ---------------------------------------------------------------- hm433-de-02 (Cambodia, Mech Dara arrested)
KHM_POLICE = actor("Cambodian police", "KHM", "COP")
MECH_DARA = actor("Mech Dara", "KHM", "MED")
PP_COURT = actor("Phnom Penh Municipal Court", "KHM", "JUD")
KHM_PROSECUTORS = actor("Phnom Penh prosecutors", "KHM", "JUD")
PEN_BONA = actor("Pen Bona", "KHM", "GOV")
US_EMBASSY_KHM = actor("Embassy of the United States in Phnom Penh", "USA", "GOV")
KHM_GOV = actor("Government of Cambodia", "KHM", "GOV")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
KHM_INFO = actor("Ministry of Information of Cambodia", "KHM", "GOV")
VOD = actor("Voice of Democracy", "KHM", "MED")
HUN_SEN = actor("Hun Sen", "KHM", "GOV")

D1 = ("Phnom Penh (dpa) - In Kambodscha ist einer der bekanntesten Investigativjournalisten des Landes festgenommen "
      "und wegen Anstiftung zu Straftaten angeklagt worden.")
D2 = ("Nach Angaben seiner Familie hielten Polizisten Mech Dara am Montag auf einer Schnellstraße in der Provinz Preah "
      "Sihanouk an und brachten ihn nach Phnom Penh.")
D3 = "Ein Untersuchungsrichter am Stadtgericht von Phnom Penh ordnete am Dienstag Untersuchungshaft an."
D4 = "Der 36-Jährige wurde in das Gefängnis Prey Sar gebracht."
D5 = ("Die Staatsanwaltschaft wirft ihm vor, in Beiträgen auf Facebook zu Unruhen aufgerufen und die soziale Ordnung "
      "gefährdet zu haben.")
D6 = ("Mech Dara hatte zuletzt über Zwangsarbeit in Online-Betrugszentren und über illegale Steinbrüche in der "
      "Küstenprovinz berichtet.")
D7 = "Regierungssprecher Pen Bona verteidigte das Vorgehen der Polizei."
D8 = "„Journalisten stehen nicht über dem Gesetz“, sagte er der Zeitung „Khmer Times“."
D9 = ("Die US-Botschaft in Phnom Penh zeigte sich „zutiefst besorgt“ und rief die Regierung auf, die Pressefreiheit "
      "zu achten.")
D10 = ("Die Organisation Reporter ohne Grenzen verlangte die Freilassung des Journalisten und sprach von einem "
       "„Angriff auf die letzten unabhängigen Stimmen“ des Landes.")
D11 = "Das Informationsministerium wies die Forderung zurück und erklärte, die Justiz arbeite unabhängig."
D12 = "Kambodscha steht auf der Rangliste der Pressefreiheit von Reporter ohne Grenzen auf Platz 151 von 180."
D13 = "Seit der Wahl 2023 regiert Ministerpräsident Hun Manet, der Sohn des langjährigen Machthabers Hun Sen."
D14 = ("Bereits im vergangenen Jahr hatte die Regierung den unabhängigen Sender Voice of Democracy schließen lassen, "
       "für den Mech Dara jahrelang gearbeitet hatte.")
D15 = ("Hun Sen hatte dem Sender damals vorgeworfen, mit einem Bericht über seinen Sohn dessen Ruf beschädigt zu "
       "haben.")

DE02 = {
    "id": "hm433-de-02", "lang": "de", "url": None, "published": "2024-10-02",
    "title": "Kambodschanischer Journalist Mech Dara in Untersuchungshaft",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6], [D7, D8, D9, D10, D11], [D12, D13, D14, D15]),
    "events": [
        event("COERCE", KHM_POLICE, MECH_DARA, D1, mode="arrest", location_country="KHM"),
        event("ACCUSE", KHM_PROSECUTORS, MECH_DARA, D1, mode="allege"),
        event("COERCE", KHM_POLICE, MECH_DARA, D2, mode="arrest", date="2024-09-30", location="Preah Sihanouk",
              location_country="KHM"),
        event("COERCE", PP_COURT, MECH_DARA, D3, mode="arrest", date="2024-10-01", location="Phnom Penh",
              location_country="KHM"),
        event("COERCE", KHM_POLICE, MECH_DARA, D4, mode="arrest", location="Prey Sar", location_country="KHM"),
        event("ACCUSE", KHM_PROSECUTORS, MECH_DARA, D5, mode="allege"),
        event("SUPPORT", PEN_BONA, KHM_POLICE, D7),
        event("ACCUSE", US_EMBASSY_KHM, KHM_GOV, D9, mode="disapprove"),
        event("REQUEST", US_EMBASSY_KHM, KHM_GOV, D9, mode="change"),
        event("REQUEST", RSF, KHM_GOV, D10, mode="yield"),
        event("ACCUSE", RSF, KHM_GOV, D10, mode="disapprove"),
        event("REJECT", KHM_INFO, RSF, D11, mode="yield"),
        event("COERCE", KHM_GOV, VOD, D14, mode="censor"),
        event("ACCUSE", HUN_SEN, VOD, D15, mode="disapprove"),
    ],
    "quotes": [
        quote("Nach Angaben seiner Familie hielten Polizisten Mech Dara am Montag auf einer Schnellstraße in der "
              "Provinz Preah Sihanouk an und brachten ihn nach Phnom Penh", "family of Mech Dara", "indirect"),
        quote("in Beiträgen auf Facebook zu Unruhen aufgerufen und die soziale Ordnung gefährdet zu haben",
              "Phnom Penh prosecutors", "indirect"),
        quote("Journalisten stehen nicht über dem Gesetz", "Pen Bona", "direct"),
        quote("zutiefst besorgt", "Embassy of the United States in Phnom Penh", "direct"),
        quote("Angriff auf die letzten unabhängigen Stimmen", "Reporters Without Borders", "direct"),
        quote("die Justiz arbeite unabhängig", "Ministry of Information of Cambodia", "indirect"),
        quote("mit einem Bericht über seinen Sohn dessen Ruf beschädigt zu haben", "Hun Sen", "indirect"),
    ],
    "entities": [
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Cambodia", "LOC", "KHM", ["Kambodscha", "des Landes"]),
        entity("Mech Dara", "PER", "KHM", ["einer der bekanntesten Investigativjournalisten des Landes", "Mech Dara",
                                           "ihn", "Der 36-Jährige", "ihm", "des Journalisten"]),
        entity("family of Mech Dara", "PER", "KHM", ["seiner Familie"]),
        entity("Cambodian police", "ORG", "KHM", ["Polizisten", "der Polizei"]),
        entity("Preah Sihanouk", "LOC", "KHM", ["der Provinz Preah Sihanouk", "der Küstenprovinz"]),
        entity("Phnom Penh Municipal Court", "ORG", "KHM", ["Ein Untersuchungsrichter am Stadtgericht von Phnom "
                                                            "Penh"]),
        entity("Prey Sar prison", "LOC", "KHM", ["das Gefängnis Prey Sar"]),
        entity("Phnom Penh prosecutors", "ORG", "KHM", ["Die Staatsanwaltschaft"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Pen Bona", "PER", "KHM", ["Regierungssprecher Pen Bona", "er"]),
        entity("Khmer Times", "ORG", "KHM", ["der Zeitung „Khmer Times“"]),
        entity("Embassy of the United States in Phnom Penh", "ORG", "USA", ["Die US-Botschaft in Phnom Penh"]),
        entity("Government of Cambodia", "ORG", "KHM", ["die Regierung"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Die Organisation Reporter ohne Grenzen",
                                                           "Reporter ohne Grenzen"]),
        entity("Ministry of Information of Cambodia", "ORG", "KHM", ["Das Informationsministerium"]),
        entity("Hun Manet", "PER", "KHM", ["Ministerpräsident Hun Manet", "seinen Sohn"]),
        entity("Hun Sen", "PER", "KHM", ["des langjährigen Machthabers Hun Sen", "Hun Sen"]),
        entity("Voice of Democracy", "ORG", "KHM", ["den unabhängigen Sender Voice of Democracy", "dem Sender"]),
    ],
}

# ---------------------------------------------------------------- hm433-de-03 (Fiji, police chief suspended)
KATONIVERE = actor("Wiliame Katonivere", "FJI", "GOV")
QILIHO = actor("Sitiveni Qiliho", "FJI", "COP")
FJI_TRIBUNAL = actor("Fiji tribunal on Sitiveni Qiliho", "FJI", "JUD")
RABUKA = actor("Sitiveni Rabuka", "FJI", "GOV")
KALOUNIWAI = actor("Jone Kalouniwai", "FJI", "MIL")
FJI_GOV = actor("Government of Fiji", "FJI", "GOV")
FJI_MILITARY = actor("Republic of Fiji Military Forces", "FJI", "MIL")
BAINIMARAMA = actor("Frank Bainimarama", "FJI", "OPP")

F1 = ("Suva (dpa) - Fidschis Präsident Wiliame Katonivere hat Polizeichef Sitiveni Qiliho vorläufig von seinem Amt "
      "suspendiert.")
F2 = ("Die Suspendierung gelte ab sofort und bis zum Abschluss einer Untersuchung, teilte das Büro von "
      "Ministerpräsident Sitiveni Rabuka am Donnerstag mit.")
F3 = "Ein eigens eingesetztes Tribunal prüft nun Vorwürfe des Amtsmissbrauchs gegen den 49-Jährigen."
F4 = "Kommissarisch übernimmt sein bisheriger Stellvertreter Juki Fong Chew die Leitung der Polizei."
F5 = ("Rabuka hatte Qiliho nach seinem Amtsantritt im Dezember vorgeworfen, die Polizei unter der Vorgängerregierung "
      "für politische Zwecke missbraucht zu haben.")
F6 = ("Der Polizeichef habe Ermittlungen gegen Oppositionspolitiker angeordnet und Verfahren gegen "
      "Regierungsmitglieder verschleppt, sagte Rabuka im Parlament.")
F7 = "Qiliho, ein früherer Offizier der Streitkräfte, äußerte sich zunächst nicht."
F8 = "Sein Anwalt wies die Vorwürfe zurück."
F9 = "Die Suspendierung folgt auf wochenlange Spannungen zwischen der neuen Regierung und dem Militär."
F10 = ("Armeechef Jone Kalouniwai hatte die Regierung Mitte Januar davor gewarnt, Spitzenbeamte ohne ordentliches "
       "Verfahren auszutauschen, und ein Eingreifen der Streitkräfte nicht ausgeschlossen.")
F11 = ("Rabuka traf sich daraufhin mit Kalouniwai und forderte ihn auf, sich aus der Tagespolitik "
       "herauszuhalten.")
F12 = "Der Armeechef versicherte anschließend, das Militär respektiere die verfassungsmäßige Ordnung."
F13 = ("Die Streitkräfte wurden nach Angaben der Regierung am Donnerstag nicht in Alarmbereitschaft versetzt.")
F14 = ("Oppositionsführer Frank Bainimarama warf Rabuka vor, unliebsame Beamte gezielt aus dem Weg zu räumen.")
F15 = "„Das ist eine Säuberung, keine Reform“, sagte der frühere Regierungschef."
F16 = ("Rabukas Dreierkoalition hatte die Parlamentswahl im Dezember knapp gewonnen und Bainimaramas Partei "
       "FijiFirst nach 16 Jahren abgelöst.")
F17 = "Beide Politiker waren einst durch Militärputsche an die Macht gekommen."

DE03 = {
    "id": "hm433-de-03", "lang": "de", "url": None, "published": "2023-01-27",
    "title": "Fidschis Polizeichef suspendiert",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12, F13], [F14, F15, F16, F17]),
    "events": [
        event("COERCE", KATONIVERE, QILIHO, F1, mode="restrict", location_country="FJI"),
        event("ACCUSE", FJI_TRIBUNAL, QILIHO, F3, mode="investigate"),
        event("ACCUSE", RABUKA, QILIHO, F5, mode="allege"),
        event("ACCUSE", RABUKA, QILIHO, F6, mode="allege"),
        event("THREATEN", KALOUNIWAI, FJI_GOV, F10),
        event("CONSULT", RABUKA, KALOUNIWAI, F11, mode="meet"),
        event("REQUEST", RABUKA, KALOUNIWAI, F11, mode="change"),
        event("MOBILIZE", FJI_MILITARY, None, F13, mode="troops", date="2023-01-26", negated=True),
        event("ACCUSE", BAINIMARAMA, RABUKA, F14, mode="disapprove"),
        event("ACCUSE", BAINIMARAMA, RABUKA, F15, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Suspendierung gelte ab sofort und bis zum Abschluss einer Untersuchung",
              "Office of the Prime Minister of Fiji", "indirect"),
        quote("die Polizei unter der Vorgängerregierung für politische Zwecke missbraucht zu haben", "Sitiveni Rabuka",
              "indirect"),
        quote("Der Polizeichef habe Ermittlungen gegen Oppositionspolitiker angeordnet und Verfahren gegen "
              "Regierungsmitglieder verschleppt", "Sitiveni Rabuka", "indirect"),
        quote("Spitzenbeamte ohne ordentliches Verfahren auszutauschen", "Jone Kalouniwai", "indirect"),
        quote("das Militär respektiere die verfassungsmäßige Ordnung", "Jone Kalouniwai", "indirect"),
        quote("Die Streitkräfte wurden nach Angaben der Regierung am Donnerstag nicht in Alarmbereitschaft versetzt",
              "Government of Fiji", "indirect"),
        quote("unliebsame Beamte gezielt aus dem Weg zu räumen", "Frank Bainimarama", "indirect"),
        quote("Das ist eine Säuberung, keine Reform", "Frank Bainimarama", "direct"),
    ],
    "entities": [
        entity("Suva", "LOC", "FJI", ["Suva"]),
        entity("Fiji", "LOC", "FJI", ["Fidschis"]),
        entity("Wiliame Katonivere", "PER", "FJI", ["Fidschis Präsident Wiliame Katonivere"]),
        entity("Sitiveni Qiliho", "PER", "FJI", ["Polizeichef Sitiveni Qiliho", "seinem", "den 49-Jährigen", "sein",
                                                 "Qiliho", "Der Polizeichef"]),
        entity("Office of the Prime Minister of Fiji", "ORG", "FJI", ["das Büro von Ministerpräsident Sitiveni "
                                                                      "Rabuka"]),
        entity("Sitiveni Rabuka", "PER", "FJI", ["Ministerpräsident Sitiveni Rabuka", "Rabuka", "seinem",
                                                 "Rabukas"]),
        entity("Fiji tribunal on Sitiveni Qiliho", "ORG", "FJI", ["Ein eigens eingesetztes Tribunal"]),
        entity("Juki Fong Chew", "PER", "FJI", ["sein bisheriger Stellvertreter Juki Fong Chew"]),
        entity("Fiji Police Force", "ORG", "FJI", ["die Leitung der Polizei", "die Polizei"]),
        entity("Parliament of Fiji", "ORG", "FJI", ["im Parlament"]),
        entity("Republic of Fiji Military Forces", "ORG", "FJI", ["der Streitkräfte", "dem Militär",
                                                                  "das Militär", "Die Streitkräfte"]),
        entity("lawyer of Sitiveni Qiliho", "PER", "FJI", ["Sein Anwalt"]),
        entity("Government of Fiji", "ORG", "FJI", ["der neuen Regierung", "die Regierung", "der Regierung"]),
        entity("Jone Kalouniwai", "PER", "FJI", ["Armeechef Jone Kalouniwai", "Kalouniwai", "ihn",
                                                 "Der Armeechef"]),
        entity("Frank Bainimarama", "PER", "FJI", ["Oppositionsführer Frank Bainimarama",
                                                   "der frühere Regierungschef", "Bainimaramas"]),
        entity("FijiFirst", "ORG", "FJI", ["Bainimaramas Partei FijiFirst"]),
    ],
}

# ---------------------------------------------------------------- hm433-de-04 (South Korea/China, Yellow Sea)
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
KOR_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
CCG = actor("China Coast Guard", "CHN", "MIL")
CHN_WORKERS = actor("Chinese workers on the Yellow Sea platforms", "CHN", "CVL")
KIOST = actor("Korea Institute of Ocean Science and Technology", "KOR", "EDU")
KCG = actor("Korea Coast Guard", "KOR", "COP")
GUO = actor("Guo Jiakun", "CHN", "GOV")
PPP = actor("People Power Party", "KOR", "PTY")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
ROK_NAVY = actor("Republic of Korea Navy", "KOR", "MIL")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")

Y1 = ("Seoul (dpa) - Im Streit um chinesische Stahlplattformen im Gelben Meer hat Südkorea bei der Regierung in "
      "Peking Protest eingelegt.")
Y2 = ("Das Außenministerium in Seoul bestellte am Dienstag einen Gesandten der chinesischen Botschaft ein und "
      "verlangte, dass China die Rechte Südkoreas in dem Seegebiet respektiere.")
Y3 = "Auslöser war ein Zwischenfall vom 26. Februar, über den südkoreanische Medien erst jetzt berichtet hatten."
Y4 = ("Damals hatten Schiffe der chinesischen Küstenwache und Männer auf einer der Plattformen das südkoreanische "
      "Forschungsschiff „Onnuri“ daran gehindert, sich den Anlagen zu nähern.")
Y5 = "Einige der Männer sollen mit Messern bewaffnet gewesen sein."
Y6 = "Die südkoreanische Küstenwache schickte daraufhin eigene Schiffe in das Gebiet."
Y7 = ("China hat in einer Zone, in der nach einem Fischereiabkommen beider Länder Boote aus beiden Staaten fischen "
      "dürfen, seit 2018 mehrere große Plattformen errichtet.")
Y8 = ("Außenamtssprecher Guo Jiakun sagte in Peking, es handle sich um Anlagen zur Fischzucht, die nichts mit "
      "territorialen Ansprüchen zu tun hätten.")
Y9 = "Er rief Seoul auf, die Angelegenheit „rational“ zu betrachten."
Y10 = ("Abgeordnete der regierenden Partei Macht des Volkes forderten die Regierung auf, als Gegenmaßnahme eigene "
       "Anlagen in dem Gebiet zu errichten.")
Y11 = ("Die oppositionelle Demokratische Partei warf der Regierung vor, das Problem jahrelang ignoriert zu haben.")
Y12 = "Nach Angaben des Verteidigungsministeriums entsandte die Marine keine Kriegsschiffe in das Gebiet."
Y13 = ("Die Beziehungen zwischen Seoul und Peking hatten sich zuletzt leicht verbessert.")
Y14 = ("Im November hatten sich der inzwischen suspendierte Präsident Yoon Suk Yeol und Staatschef Xi Jinping am "
       "Rande des Apec-Gipfels in der peruanischen Hauptstadt Lima getroffen.")

DE04 = {
    "id": "hm433-de-04", "lang": "de", "url": None, "published": "2025-03-19",
    "title": "Südkorea protestiert gegen chinesische Plattformen im Gelben Meer",
    "text": paragraphs([Y1, Y2, Y3], [Y4, Y5, Y6], [Y7, Y8, Y9], [Y10, Y11, Y12], [Y13, Y14]),
    "events": [
        event("ACCUSE", KOR_GOV, CHN_GOV, Y1, mode="disapprove"),
        event("ACCUSE", KOR_MOFA, CHN_GOV, Y2, mode="disapprove", date="2025-03-18", location="Seoul",
              location_country="KOR"),
        event("REQUEST", KOR_MOFA, CHN_GOV, Y2, mode="change", date="2025-03-18", location="Seoul",
              location_country="KOR"),
        event("COERCE", CCG, KIOST, Y4, mode="restrict", date="2025-02-26", location="Yellow Sea"),
        event("COERCE", CHN_WORKERS, KIOST, Y4, mode="restrict", date="2025-02-26", location="Yellow Sea"),
        event("MOBILIZE", KCG, None, Y6, mode="police", location="Yellow Sea"),
        event("REQUEST", GUO, KOR_GOV, Y9),
        event("REQUEST", PPP, KOR_GOV, Y10, mode="change"),
        event("ACCUSE", DPK, KOR_GOV, Y11, mode="disapprove"),
        event("MOBILIZE", ROK_NAVY, None, Y12, mode="troops", location="Yellow Sea", negated=True),
        event("CONSULT", YOON, XI, Y14, mode="meet", location="Lima", location_country="PER"),
    ],
    "quotes": [
        quote("dass China die Rechte Südkoreas in dem Seegebiet respektiere",
              "Ministry of Foreign Affairs of South Korea", "indirect"),
        quote("es handle sich um Anlagen zur Fischzucht, die nichts mit territorialen Ansprüchen zu tun hätten",
              "Guo Jiakun", "indirect"),
        quote("rational", "Guo Jiakun", "direct"),
        quote("die Angelegenheit „rational“ zu betrachten", "Guo Jiakun", "indirect"),
        quote("das Problem jahrelang ignoriert zu haben", "Democratic Party of Korea", "indirect"),
        quote("Nach Angaben des Verteidigungsministeriums entsandte die Marine keine Kriegsschiffe in das Gebiet",
              "Ministry of National Defense of South Korea", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Yellow Sea", "LOC", None, ["im Gelben Meer", "dem Seegebiet", "das Gebiet", "in einer Zone",
                                           "dem Gebiet"]),
        entity("Government of South Korea", "ORG", "KOR", ["Südkorea", "Seoul", "die Regierung",
                                                           "der Regierung"]),
        entity("South Korea", "LOC", "KOR", ["Südkoreas"]),
        entity("Government of China", "ORG", "CHN", ["der Regierung in Peking", "China", "Peking"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR", ["Das Außenministerium in Seoul"]),
        entity("Embassy of China in Seoul", "ORG", "CHN", ["der chinesischen Botschaft"]),
        entity("Chinese embassy envoy", "PER", "CHN", ["einen Gesandten der chinesischen Botschaft"]),
        entity("South Korean media", "ORG", "KOR", ["südkoreanische Medien"]),
        entity("China Coast Guard", "ORG", "CHN", ["Schiffe der chinesischen Küstenwache"]),
        entity("Chinese workers on the Yellow Sea platforms", "PER", "CHN",
               ["Männer auf einer der Plattformen", "Einige der Männer"]),
        entity("Chinese steel platforms in the Yellow Sea", "MISC", "CHN",
               ["chinesische Stahlplattformen", "einer der Plattformen", "den Anlagen", "mehrere große Plattformen",
                "Anlagen zur Fischzucht"]),
        entity("Onnuri", "MISC", "KOR", ["das südkoreanische Forschungsschiff „Onnuri“"]),
        entity("Korea Coast Guard", "ORG", "KOR", ["Die südkoreanische Küstenwache"]),
        entity("Guo Jiakun", "PER", "CHN", ["Außenamtssprecher Guo Jiakun", "Er"]),
        entity("People Power Party", "ORG", "KOR", ["Abgeordnete der regierenden Partei Macht des Volkes"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR", ["des Verteidigungsministeriums"]),
        entity("Republic of Korea Navy", "ORG", "KOR", ["die Marine"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["der inzwischen suspendierte Präsident Yoon Suk Yeol"]),
        entity("Xi Jinping", "PER", "CHN", ["Staatschef Xi Jinping"]),
        entity("APEC summit 2024", "MISC", None, ["des Apec-Gipfels"]),
        entity("Lima", "LOC", "PER", ["der peruanischen Hauptstadt Lima"]),
    ],
}

# ---------------------------------------------------------------- hm433-en-01 (Malaysia, new MH370 search)
MYS_GOV = actor("Government of Malaysia", "MYS", "GOV")
OCEAN_INFINITY = actor("Ocean Infinity", "USA", "BUS")
MYS_CABINET = actor("Cabinet of Malaysia", "MYS", "GOV")
VOICE370 = actor("Voice370", "MYS", "NGO")
GRACE_NATHAN = actor("Grace Nathan", "MYS", "CVL")
MAO_NING = actor("Mao Ning", "CHN", "GOV")
CATHERINE_KING = actor("Catherine King", "AUS", "GOV")

H1 = ("KUALA LUMPUR, Malaysia (AP) — Malaysia's government has agreed in principle to a new hunt for Malaysia "
      "Airlines Flight 370 by the Texas-based marine robotics firm Ocean Infinity, more than a decade after the jet "
      "vanished with 239 people on board.")
H2 = ("Transport Minister Anthony Loke said Friday that the Cabinet had approved the company's proposal to search a "
      "new 15,000-square-kilometer (5,800-square-mile) area in the southern Indian Ocean.")
H3 = ("Under the \"no find, no fee\" deal, Ocean Infinity would be paid $70 million only if it locates the "
      "wreckage.")
H4 = ("\"We are committed to the search and remain hopeful that this time we will find the plane,\" Loke told "
      "reporters in Putrajaya.")
H5 = "He said the contract still had to be finalized and the search could begin early next year."
H6 = ("The Boeing 777 disappeared from radar on March 8, 2014, shortly after taking off from Kuala Lumpur for "
      "Beijing.")
H7 = "Most of the passengers were Chinese."
H8 = ("An underwater search covering 120,000 square kilometers of seabed found no trace of the plane and was called "
      "off in January 2017.")
H9 = "Ocean Infinity carried out its own hunt in 2018 but also came back empty-handed."
H10 = "The Voice370 group, which represents relatives of those on board, welcomed the decision."
H11 = "\"This is the news we have been waiting for,\" said Grace Nathan, whose mother was a passenger."
H12 = "She said the government must share all data with the families as the search proceeds."
H13 = ("In Beijing, Foreign Ministry spokeswoman Mao Ning said China supported the new search and asked Malaysia to "
       "keep in close contact with the Chinese families.")
H14 = ("Australia's Transport Minister Catherine King said her country would provide technical help if Malaysia "
       "asked for it.")
H15 = ("Malaysian investigators said in a 2018 report that the plane's controls were likely manipulated to take it "
       "off course, but they could not determine who was responsible.")
H16 = "Malaysia Airlines did not immediately respond to a request for comment."

EN01 = {
    "id": "hm433-en-01", "lang": "en", "url": None, "published": "2024-12-20",
    "title": "Malaysia agrees to a new search for missing Flight MH370, a decade after it vanished",
    "text": paragraphs([H1, H2, H3], [H4, H5], [H6, H7, H8, H9], [H10, H11, H12], [H13, H14], [H15, H16]),
    "events": [
        event("AGREE", MYS_GOV, OCEAN_INFINITY, H1),
        event("AGREE", MYS_CABINET, OCEAN_INFINITY, H2),
        event("SUPPORT", VOICE370, MYS_GOV, H10),
        event("SUPPORT", GRACE_NATHAN, MYS_GOV, H11),
        event("REQUEST", GRACE_NATHAN, MYS_GOV, H12),
        event("SUPPORT", MAO_NING, MYS_GOV, H13, location="Beijing", location_country="CHN"),
        event("REQUEST", MAO_NING, MYS_GOV, H13, location="Beijing", location_country="CHN"),
        event("AGREE", CATHERINE_KING, MYS_GOV, H14),
    ],
    "quotes": [
        quote("the Cabinet had approved the company's proposal to search a new 15,000-square-kilometer "
              "(5,800-square-mile) area in the southern Indian Ocean", "Anthony Loke", "indirect"),
        quote("We are committed to the search and remain hopeful that this time we will find the plane",
              "Anthony Loke", "direct"),
        quote("the contract still had to be finalized and the search could begin early next year", "Anthony Loke",
              "indirect"),
        quote("This is the news we have been waiting for", "Grace Nathan", "direct"),
        quote("the government must share all data with the families as the search proceeds", "Grace Nathan",
              "indirect"),
        quote("China supported the new search", "Mao Ning", "indirect"),
        quote("her country would provide technical help if Malaysia asked for it", "Catherine King", "indirect"),
        quote("the plane's controls were likely manipulated to take it off course, but they could not determine who "
              "was responsible", "Malaysian investigators", "indirect"),
        quote("no find, no fee", "Ocean Infinity", "direct"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["KUALA LUMPUR", "Kuala Lumpur"]),
        entity("Malaysia", "LOC", "MYS", ["Malaysia"]),
        entity("Government of Malaysia", "ORG", "MYS", ["Malaysia's government", "the government", "Malaysia"]),
        entity("Malaysia Airlines Flight 370", "MISC", "MYS", ["Malaysia Airlines Flight 370", "the jet",
                                                               "The Boeing 777", "the plane", "the wreckage"]),
        entity("Ocean Infinity", "ORG", "USA", ["the Texas-based marine robotics firm Ocean Infinity",
                                                "the company's", "Ocean Infinity", "it"]),
        entity("Anthony Loke", "PER", "MYS", ["Transport Minister Anthony Loke", "Loke", "He"]),
        entity("Cabinet of Malaysia", "ORG", "MYS", ["the Cabinet"]),
        entity("Indian Ocean", "LOC", None, ["the southern Indian Ocean"]),
        entity("Putrajaya", "LOC", "MYS", ["Putrajaya"]),
        entity("Beijing", "LOC", "CHN", ["Beijing"]),
        entity("Voice370", "ORG", "MYS", ["The Voice370 group"]),
        entity("relatives of MH370 passengers", "PER", None, ["relatives of those on board", "the families"]),
        entity("Grace Nathan", "PER", "MYS", ["Grace Nathan", "She"]),
        entity("mother of Grace Nathan", "PER", "MYS", ["whose mother"]),
        entity("Ministry of Foreign Affairs of China", "ORG", "CHN", ["Foreign Ministry"]),
        entity("Mao Ning", "PER", "CHN", ["Foreign Ministry spokeswoman Mao Ning"]),
        entity("China", "LOC", "CHN", ["China"]),
        entity("Chinese families of MH370 passengers", "PER", "CHN", ["the Chinese families"]),
        entity("Australia", "LOC", "AUS", ["Australia's", "her country"]),
        entity("Catherine King", "PER", "AUS", ["Australia's Transport Minister Catherine King"]),
        entity("Malaysian investigators", "ORG", "MYS", ["Malaysian investigators", "they"]),
        entity("Malaysia Airlines", "ORG", "MYS", ["Malaysia Airlines"]),
    ],
}

# ---------------------------------------------------------------- hm433-en-02 (ADB/Pakistan, loan over India's objections)
ADB = actor("Asian Development Bank", "IGO", "IGO")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")
IND_GOV = actor("Government of India", "IND", "GOV")
EMMA_FAN = actor("Emma Fan", "IGO", "IGO")
IND_MOF = actor("Ministry of Finance of India", "IND", "GOV")
SITHARAMAN = actor("Nirmala Sitharaman", "IND", "GOV")
KANDA = actor("Masato Kanda", "IGO", "IGO")
IMF = actor("International Monetary Fund", "IGO", "IGO")
AURANGZEB = actor("Muhammad Aurangzeb", "PAK", "GOV")
PAK_MOF = actor("Ministry of Finance of Pakistan", "PAK", "GOV")

A1 = ("MANILA, June 4 (Reuters) - The Asian Development Bank approved $800 million in financing for Pakistan on "
      "Tuesday, brushing aside objections from India, which had urged the lender to stop funding its neighbour after "
      "last month's military clashes.")
A2 = ("The package comprises a $300 million policy-based loan and a $500 million guarantee to help Islamabad raise "
      "tax revenue and manage public spending, the Manila-based bank said in a statement.")
A3 = ("Pakistan had made considerable progress in stabilising its economy, ADB Country Director Emma Fan said.")
A3B = ("A spokesperson for the bank said all board decisions had been taken in line with its rules and "
       "policies.")
A4 = ("India's finance ministry said it had opposed the loan at the board meeting, warning that the money could be "
      "diverted to military spending and to groups that carry out attacks in India.")
A5 = ("Finance Minister Nirmala Sitharaman had raised the same concern with ADB President Masato Kanda when they met "
      "in Milan in May.")
A6 = ("New Delhi made a similar push at the International Monetary Fund, which nonetheless released about $1 billion "
      "to Pakistan last month.")
A7 = ("Pakistan's Finance Minister Muhammad Aurangzeb welcomed the approval and thanked the bank for its \"continued "
      "support\".")
A8 = ("India's attempt to block the financing had failed, Pakistan's finance ministry said, accusing New Delhi of "
      "trying to \"weaponise\" multilateral lenders.")
A9 = "Islamabad denies supporting militant groups."
A10 = ("Relations between the nuclear-armed neighbours plunged after an attack on tourists in Indian Kashmir killed "
       "26 people in April.")
A11 = ("India blamed Pakistan for the attack and launched air strikes on what it called terrorist infrastructure in "
       "Pakistan on May 7.")
A12 = "The two countries agreed to a ceasefire on May 10 after four days of fighting."
A13 = ("India has also suspended its participation in the Indus Waters Treaty, a step Pakistan has called an \"act "
       "of war\".")

EN02 = {
    "id": "hm433-en-02", "lang": "en", "url": None, "published": "2025-06-04",
    "title": "ADB approves $800 million for Pakistan despite India's objections",
    "text": paragraphs([A1, A2, A3, A3B], [A4, A5, A6], [A7, A8, A9], [A10, A11, A12, A13]),
    "events": [
        event("AID", ADB, PAK_GOV, A1, date="2025-06-03"),
        event("REJECT", ADB, IND_GOV, A1, date="2025-06-03"),
        event("REQUEST", IND_GOV, ADB, A1),
        event("SUPPORT", EMMA_FAN, PAK_GOV, A3),
        event("ACCUSE", IND_MOF, PAK_GOV, A4, mode="allege"),
        event("CONSULT", SITHARAMAN, KANDA, A5, mode="meet", location="Milan", location_country="ITA"),
        event("ACCUSE", SITHARAMAN, PAK_GOV, A5, mode="allege"),
        event("REQUEST", IND_GOV, IMF, A6),
        event("AID", IMF, PAK_GOV, A6),
        event("SUPPORT", AURANGZEB, ADB, A7),
        event("ACCUSE", PAK_MOF, IND_GOV, A8, mode="disapprove"),
        event("ACCUSE", IND_GOV, PAK_GOV, A11, mode="allege"),
        event("ASSAULT", IND_GOV, PAK_GOV, A11, mode="aerial", date="2025-05-07", location_country="PAK"),
        event("AGREE", IND_GOV, PAK_GOV, A12, mode=None, date="2025-05-10"),
        event("SANCTION", IND_GOV, PAK_GOV, A13, mode="discontinue"),
        event("ACCUSE", PAK_GOV, IND_GOV, A13, mode="disapprove"),
    ],
    "quotes": [
        quote("The package comprises a $300 million policy-based loan and a $500 million guarantee to help Islamabad "
              "raise tax revenue and manage public spending", "Asian Development Bank", "indirect"),
        quote("Pakistan had made considerable progress in stabilising its economy", "Emma Fan", "indirect"),
        quote("all board decisions had been taken in line with its rules and policies", "spokesperson of the Asian "
              "Development Bank", "indirect"),
        quote("it had opposed the loan at the board meeting", "Ministry of Finance of India", "indirect"),
        quote("the money could be diverted to military spending and to groups that carry out attacks in India",
              "Ministry of Finance of India", "indirect"),
        quote("continued support", "Muhammad Aurangzeb", "direct"),
        quote("India's attempt to block the financing had failed", "Ministry of Finance of Pakistan", "indirect"),
        quote("weaponise", "Ministry of Finance of Pakistan", "direct"),
        quote("act of war", "Government of Pakistan", "direct"),
    ],
    "entities": [
        entity("Manila", "LOC", "PHL", ["MANILA"]),
        entity("Asian Development Bank", "ORG", "IGO", ["The Asian Development Bank", "the lender",
                                                        "the Manila-based bank", "ADB", "the bank"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistan"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistan", "its neighbour", "Islamabad"]),
        entity("Government of India", "ORG", "IND", ["India", "New Delhi", "it"]),
        entity("India", "LOC", "IND", ["India", "Indian Kashmir"]),
        entity("Emma Fan", "PER", "IGO", ["ADB Country Director Emma Fan"]),
        entity("spokesperson of the Asian Development Bank", "PER", "IGO", ["A spokesperson for the bank"]),
        entity("Ministry of Finance of India", "ORG", "IND", ["India's finance ministry", "it"]),
        entity("Nirmala Sitharaman", "PER", "IND", ["Finance Minister Nirmala Sitharaman"]),
        entity("Masato Kanda", "PER", "IGO", ["ADB President Masato Kanda"]),
        entity("Milan", "LOC", "ITA", ["Milan"]),
        entity("International Monetary Fund", "ORG", "IGO", ["the International Monetary Fund"]),
        entity("Muhammad Aurangzeb", "PER", "PAK", ["Pakistan's Finance Minister Muhammad Aurangzeb"]),
        entity("Ministry of Finance of Pakistan", "ORG", "PAK", ["Pakistan's finance ministry"]),
        entity("Kashmir", "LOC", "IND", ["Indian Kashmir"]),
        entity("Indus Waters Treaty", "MISC", None, ["the Indus Waters Treaty"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
