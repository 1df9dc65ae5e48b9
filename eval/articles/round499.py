"""Round 499: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm499-de-01: South Korea: the Seoul Western District Court sentences ex-Yongsan police chief Lee Im-jae to three years over the Itaewon crowd crush and acquits ex-Seoul police chief Kim Kwang-ho; no detention in court, bereaved families protest and demand an appeal, the Democratic Party objects, the failed impeachment of Lee Sang-min, the special-law deal and Yoon's earlier veto recalled (2024-10-17).
- hm499-de-02: South Korea/Japan: Seoul summons Japanese deputy chief of mission Naoki Kumagai over Shimane's "Takeshima Day" and demands its abolition; Hayashi refuses, activists protest at the Japanese embassy, police in Matsue stop Korean protesters, the December Dokdo drill, Tokyo's protest and Yoon's Tokyo visit recalled (2024-02-22).
- hm499-de-03: Pakistan: police arrest more than 100 suspects after a mob torches churches and Christian homes in Jaranwala over blasphemy claims; blasphemy case against two brothers, Rangers and assembly ban, Kakar condemns and threatens, Naqvi promises compensation, TLP denies, Bishop Azad Marshall accuses and demands justice, Washington asks for an inquiry (2023-08-17).
- hm499-de-04: UN Security Council: resolution 2720 on Gaza aid adopted with US and Russian abstentions after US veto threats; demands on Israel and Hamas, a coordinator requested from Guterres, US veto of Russia's amendment, Nebenzia, Erdan and Hamas object, the earlier US veto and Guterres's Article 99 letter recalled (2023-12-22).
- hm499-en-01: New Zealand: Green MP Golriz Ghahraman resigns over shoplifting allegations and accepts responsibility; police investigate without charges, a boutique owner's allegation, James Shaw praises her and asks for privacy, David Seymour accuses the Greens, Luxon declines comment (2024-01-16).
- hm499-en-02: Australia: the Full Federal Court dismisses Ben Roberts-Smith's defamation appeal against Nine's newspapers; Roberts-Smith weighs the High Court, McKenzie welcomes it, OSI and AFP investigate without charges, Oliver Schulz's 2023 arrest, Stokes's backing and the Brereton report recalled (2025-05-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm499-de-01 (South Korea, Itaewon verdict)
SEOUL_W_COURT = actor("Seoul Western District Court", "KOR", "JUD")
LEE_IMJAE = actor("Lee Im-jae", "KOR", "COP")
KIM_KWANGHO = actor("Kim Kwang-ho", "KOR", "COP")
KOR_PROSECUTORS = actor("Public Prosecutors' Office of South Korea", "KOR", "JUD")
ITAEWON_FAMILIES = actor("bereaved families of the Itaewon crowd crush", "KOR", "CVL")
LEE_JUNGMIN = actor("Lee Jung-min", "KOR", "CVL")
KOR_AUTHORITIES = actor("South Korean authorities", "KOR", "GOV")
FAMILIES_ASSOC = actor("Itaewon Disaster Bereaved Families' Association", "KOR", "NGO")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")
LEE_SANGMIN = actor("Lee Sang-min", "KOR", "GOV")
KOR_CONST_COURT = actor("Constitutional Court of Korea", "KOR", "JUD")
PPP = actor("People Power Party", "KOR", "PTY")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")

I1 = ("Seoul (dpa) - Knapp zwei Jahre nach der tödlichen Massenpanik im Seouler Ausgehviertel Itaewon hat ein "
      "Gericht den damaligen Polizeichef des Bezirks Yongsan zu drei Jahren Haft verurteilt.")
I2 = ("Das Bezirksgericht Seoul-West sprach Lee Im-jae am Donnerstag der fahrlässigen Tötung schuldig, weil er trotz "
      "zahlreicher Warnungen keine ausreichenden Vorkehrungen für die Halloween-Feiern getroffen habe.")
I3 = "Der frühere Chef der Seouler Stadtpolizei, Kim Kwang-ho, wurde dagegen freigesprochen."
I4 = "Das Gericht ließ Lee nicht im Saal festnehmen, da keine Fluchtgefahr bestehe."
I5 = ("Bei dem Gedränge in einer schmalen Gasse waren in der Nacht zum 30. Oktober 2022 fast 160 Menschen ums Leben "
      "gekommen, die meisten von ihnen junge Erwachsene.")
I6 = ("Die Anklage hatte Kim vorgeworfen, trotz absehbarer Menschenmassen zu wenige Beamte nach Itaewon geschickt zu "
      "haben.")
I7 = "Er sei für die Lage vor Ort nicht unmittelbar verantwortlich gewesen, befanden die Richter."
I8 = ("Vor dem Gericht protestierten Dutzende Hinterbliebene mit Porträts ihrer getöteten Angehörigen gegen den "
      "Freispruch.")
I9 = ("„Niemand an der Spitze übernimmt Verantwortung für den Tod unserer Kinder“, sagte Lee Jung-min, der "
      "Vorsitzende des Hinterbliebenenverbands.")
I10 = ("Der Verband forderte die Staatsanwaltschaft auf, in Berufung zu gehen und auch gegen Innenminister Lee "
       "Sang-min zu ermitteln.")
I11 = "Die oppositionelle Demokratische Partei nannte das Urteil „beschämend“."
I12 = ("Die Nationalversammlung hatte im Februar 2023 ein Amtsenthebungsverfahren gegen Lee Sang-min eingeleitet, das "
       "Verfassungsgericht wies es jedoch im Juli desselben Jahres ab.")
I13 = "Der Minister ist bis heute im Amt."
I14 = ("Im Mai hatten sich die Regierungspartei PPP und die Demokratische Partei nach monatelangem Streit auf ein "
       "Sondergesetz zur Aufarbeitung der Katastrophe geeinigt.")
I15 = "Eine unabhängige Kommission soll nun die Versäumnisse von Polizei und Behörden untersuchen."
I16 = "Präsident Yoon Suk Yeol hatte eine frühere Fassung des Gesetzes im Januar mit seinem Veto blockiert."

DE01 = {
    "id": "hm499-de-01", "lang": "de", "url": None, "published": "2024-10-17",
    "title": "Drei Jahre Haft für Polizeichef nach Itaewon-Katastrophe",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11], [I12, I13, I14, I15, I16]),
    "events": [
        event("SANCTION", SEOUL_W_COURT, LEE_IMJAE, I1, mode="convict", location="Seoul", location_country="KOR"),
        event("SANCTION", SEOUL_W_COURT, LEE_IMJAE, I2, mode="convict", date="2024-10-17", location="Seoul",
              location_country="KOR"),
        event("COERCE", SEOUL_W_COURT, LEE_IMJAE, I4, mode="arrest", negated=True),
        event("ACCUSE", KOR_PROSECUTORS, KIM_KWANGHO, I6, mode="allege"),
        event("PROTEST", ITAEWON_FAMILIES, SEOUL_W_COURT, I8, mode="demo", location="Seoul", location_country="KOR"),
        event("ACCUSE", LEE_JUNGMIN, KOR_AUTHORITIES, I9, mode="disapprove"),
        event("REQUEST", FAMILIES_ASSOC, KOR_PROSECUTORS, I10),
        event("ACCUSE", DPK, SEOUL_W_COURT, I11, mode="disapprove"),
        event("ACCUSE", KOR_ASSEMBLY, LEE_SANGMIN, I12, mode="allege"),
        event("REJECT", KOR_CONST_COURT, KOR_ASSEMBLY, I12),
        event("AGREE", PPP, DPK, I14),
        event("REJECT", YOON, KOR_ASSEMBLY, I16),
    ],
    "quotes": [
        quote("er trotz zahlreicher Warnungen keine ausreichenden Vorkehrungen für die Halloween-Feiern getroffen habe",
              "Seoul Western District Court", "indirect"),
        quote("keine Fluchtgefahr bestehe", "Seoul Western District Court", "indirect"),
        quote("trotz absehbarer Menschenmassen zu wenige Beamte nach Itaewon geschickt zu haben",
              "Public Prosecutors' Office of South Korea", "indirect"),
        quote("Er sei für die Lage vor Ort nicht unmittelbar verantwortlich gewesen", "Seoul Western District Court",
              "indirect"),
        quote("Niemand an der Spitze übernimmt Verantwortung für den Tod unserer Kinder", "Lee Jung-min", "direct"),
        quote("in Berufung zu gehen und auch gegen Innenminister Lee Sang-min zu ermitteln",
              "Itaewon Disaster Bereaved Families' Association", "indirect"),
        quote("beschämend", "Democratic Party of Korea", "direct"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Itaewon", "LOC", "KOR", ["Seouler Ausgehviertel Itaewon", "Itaewon"]),
        entity("Yongsan", "LOC", "KOR", ["des Bezirks Yongsan"]),
        entity("Seoul Western District Court", "ORG", "KOR",
               ["ein Gericht", "Das Bezirksgericht Seoul-West", "Das Gericht", "die Richter", "dem Gericht"]),
        entity("Lee Im-jae", "PER", "KOR",
               ["den damaligen Polizeichef des Bezirks Yongsan", "Lee Im-jae", "er", "Lee"]),
        entity("Seoul Metropolitan Police Agency", "ORG", "KOR", ["der Seouler Stadtpolizei"]),
        entity("Kim Kwang-ho", "PER", "KOR",
               ["Der frühere Chef der Seouler Stadtpolizei, Kim Kwang-ho", "Kim", "Er"]),
        entity("Public Prosecutors' Office of South Korea", "ORG", "KOR", ["Die Anklage", "die Staatsanwaltschaft"]),
        entity("bereaved families of the Itaewon crowd crush", "PER", "KOR",
               ["Dutzende Hinterbliebene", "unserer Kinder"]),
        entity("Lee Jung-min", "PER", "KOR", ["Lee Jung-min, der Vorsitzende des Hinterbliebenenverbands"]),
        entity("Itaewon Disaster Bereaved Families' Association", "ORG", "KOR",
               ["des Hinterbliebenenverbands", "Der Verband"]),
        entity("Lee Sang-min", "PER", "KOR", ["Innenminister Lee Sang-min", "Lee Sang-min", "Der Minister"]),
        entity("Democratic Party of Korea", "ORG", "KOR",
               ["Die oppositionelle Demokratische Partei", "die Demokratische Partei"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["Die Nationalversammlung"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["das Verfassungsgericht"]),
        entity("People Power Party", "ORG", "KOR", ["die Regierungspartei PPP"]),
        entity("Itaewon special investigation commission", "ORG", "KOR", ["Eine unabhängige Kommission"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Itaewon Special Act", "MISC", "KOR", ["ein Sondergesetz zur Aufarbeitung der Katastrophe",
                                                      "des Gesetzes"]),
        entity("Halloween", "MISC", None, ["Halloween-Feiern"]),
    ],
}

# ---------------------------------------------------------------- hm499-de-02 (South Korea/Japan, Takeshima Day)
KOR_GOV = actor("Government of South Korea", "KOR", "GOV")
KOR_MOFA = actor("Ministry of Foreign Affairs of South Korea", "KOR", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")
KUMAGAI = actor("Naoki Kumagai", "JPN", "GOV")
LIM_SOOSUK = actor("Lim Soo-suk", "KOR", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
KOR_ACTIVISTS_SEOUL = actor("South Korean activists in Seoul", "KOR", "CVL")
KOR_PROTESTERS_MATSUE = actor("South Korean protesters in Matsue", "KOR", "CVL")
JPN_POLICE = actor("Shimane Prefectural Police", "JPN", "COP")
KOR_NAVY = actor("Republic of Korea Navy", "KOR", "MIL")
KISHIDA = actor("Fumio Kishida", "JPN", "GOV")

T1 = ("Seoul (dpa) - Im Streit um eine kleine Inselgruppe im Japanischen Meer hat Südkorea erneut einen Vertreter "
      "der japanischen Botschaft einbestellt.")
T2 = ("Das Außenministerium in Seoul bestellte am Donnerstag den Gesandten Naoki Kumagai ein, nachdem die "
      "westjapanische Präfektur Shimane erneut ihren sogenannten Takeshima-Tag begangen hatte.")
T3 = ("An der Feier in der Stadt Matsue nahm wie in den Vorjahren auch ein Staatssekretär der Zentralregierung in "
      "Tokio teil.")
T4 = "Das Ministerium verlangte, die Veranstaltung „unverzüglich abzuschaffen“."
T5 = ("Japan erhebe seit Jahren „unberechtigte Ansprüche“ auf südkoreanisches Hoheitsgebiet, sagte Sprecher Lim "
      "Soo-suk.")
T6 = "Dokdo sei „historisch, geografisch und völkerrechtlich“ eindeutig koreanisches Territorium."
T7 = "Tokio lehnte die Forderung umgehend ab."
T8 = ("Die Inseln, die in Japan Takeshima heißen, seien „eindeutig ein integraler Teil des japanischen "
      "Territoriums“, sagte Regierungssprecher Yoshimasa Hayashi.")
T9 = "Eine Abschaffung des Gedenktags stehe nicht zur Debatte, fügte er hinzu."
T10 = ("In Seoul versammelten sich Dutzende Aktivisten vor der japanischen Botschaft und verbrannten eine japanische "
       "Flagge.")
T11 = ("In Matsue hinderte die Polizei eine Gruppe angereister Südkoreaner daran, mit Transparenten zum "
       "Veranstaltungsort zu gelangen.")
T12 = ("Südkorea kontrolliert die Felseninseln seit den 1950er Jahren und hat dort eine kleine Polizeieinheit "
       "stationiert.")
T13 = ("Erst im Dezember hatte die südkoreanische Marine rund um Dokdo ein Manöver abgehalten, gegen das Tokio "
       "protestierte.")
T14 = "Die Beziehungen zwischen den beiden Nachbarn hatten sich zuletzt dennoch deutlich entspannt."
T15 = ("Präsident Yoon Suk Yeol war im März vergangenen Jahres nach Tokio gereist und hatte dort Ministerpräsident "
       "Fumio Kishida getroffen.")
T16 = "Beide vereinbarten damals, die regelmäßigen Besuche der Regierungschefs wieder aufzunehmen."

DE02 = {
    "id": "hm499-de-02", "lang": "de", "url": None, "published": "2024-02-22",
    "title": "Südkorea bestellt japanischen Diplomaten wegen Takeshima-Tag ein",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9], [T10, T11], [T12, T13, T14, T15, T16]),
    "events": [
        event("ACCUSE", KOR_GOV, JPN_GOV, T1, mode="disapprove", location="Seoul", location_country="KOR"),
        event("ACCUSE", KOR_MOFA, KUMAGAI, T2, mode="disapprove", date="2024-02-22", location="Seoul",
              location_country="KOR"),
        event("REQUEST", KOR_MOFA, JPN_GOV, T4, mode="change"),
        event("ACCUSE", LIM_SOOSUK, JPN_GOV, T5, mode="disapprove"),
        event("REJECT", JPN_GOV, KOR_GOV, T7, mode="change"),
        event("REJECT", HAYASHI, KOR_GOV, T9, mode="change"),
        event("PROTEST", KOR_ACTIVISTS_SEOUL, JPN_GOV, T10, mode="demo", location="Seoul", location_country="KOR"),
        event("COERCE", JPN_POLICE, KOR_PROTESTERS_MATSUE, T11, mode="restrict", location="Matsue",
              location_country="JPN"),
        event("MOBILIZE", KOR_NAVY, None, T13, mode="troops", location="Dokdo", location_country="KOR"),
        event("ACCUSE", JPN_GOV, KOR_GOV, T13, mode="disapprove"),
        event("CONSULT", YOON, KISHIDA, T15, mode="visit", location="Tokio", location_country="JPN"),
        event("AGREE", YOON, KISHIDA, T16),
    ],
    "quotes": [
        quote("unverzüglich abzuschaffen", "Ministry of Foreign Affairs of South Korea", "direct"),
        quote("die Veranstaltung „unverzüglich abzuschaffen“", "Ministry of Foreign Affairs of South Korea",
              "indirect"),
        quote("unberechtigte Ansprüche", "Lim Soo-suk", "direct"),
        quote("Japan erhebe seit Jahren „unberechtigte Ansprüche“ auf südkoreanisches Hoheitsgebiet", "Lim Soo-suk",
              "indirect"),
        quote("historisch, geografisch und völkerrechtlich", "Lim Soo-suk", "direct"),
        quote("Dokdo sei „historisch, geografisch und völkerrechtlich“ eindeutig koreanisches Territorium",
              "Lim Soo-suk", "indirect"),
        quote("eindeutig ein integraler Teil des japanischen Territoriums", "Yoshimasa Hayashi", "direct"),
        quote("Die Inseln, die in Japan Takeshima heißen, seien „eindeutig ein integraler Teil des japanischen "
              "Territoriums“", "Yoshimasa Hayashi", "indirect"),
        quote("Eine Abschaffung des Gedenktags stehe nicht zur Debatte", "Yoshimasa Hayashi", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul"]),
        entity("Liancourt Rocks", "LOC", "KOR",
               ["eine kleine Inselgruppe im Japanischen Meer", "Dokdo", "Die Inseln", "Takeshima",
                "die Felseninseln"]),
        entity("Sea of Japan", "LOC", None, ["im Japanischen Meer"]),
        entity("South Korea", "LOC", "KOR", ["Südkorea"]),
        entity("Government of South Korea", "ORG", "KOR", ["Südkorea"]),
        entity("Embassy of Japan in Seoul", "ORG", "JPN", ["der japanischen Botschaft"]),
        entity("Ministry of Foreign Affairs of South Korea", "ORG", "KOR",
               ["Das Außenministerium in Seoul", "Das Ministerium"]),
        entity("Naoki Kumagai", "PER", "JPN", ["einen Vertreter der japanischen Botschaft",
                                               "den Gesandten Naoki Kumagai"]),
        entity("Shimane Prefecture", "ORG", "JPN", ["die westjapanische Präfektur Shimane"]),
        entity("Takeshima Day", "MISC", "JPN", ["ihren sogenannten Takeshima-Tag", "der Feier", "die Veranstaltung",
                                                "des Gedenktags"]),
        entity("Matsue", "LOC", "JPN", ["der Stadt Matsue", "Matsue"]),
        entity("state secretary of the Government of Japan", "PER", "JPN",
               ["ein Staatssekretär der Zentralregierung in Tokio"]),
        entity("Government of Japan", "ORG", "JPN", ["der Zentralregierung in Tokio", "Japan", "Tokio"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("Japan", "LOC", "JPN", ["in Japan"]),
        entity("Lim Soo-suk", "PER", "KOR", ["Sprecher Lim Soo-suk"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Regierungssprecher Yoshimasa Hayashi", "er"]),
        entity("South Korean activists in Seoul", "PER", "KOR", ["Dutzende Aktivisten"]),
        entity("Shimane Prefectural Police", "ORG", "JPN", ["die Polizei"]),
        entity("South Korean protesters in Matsue", "PER", "KOR", ["eine Gruppe angereister Südkoreaner"]),
        entity("Republic of Korea Navy", "ORG", "KOR", ["die südkoreanische Marine"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Fumio Kishida", "PER", "JPN", ["Ministerpräsident Fumio Kishida"]),
    ],
}

# ---------------------------------------------------------------- hm499-de-03 (Pakistan, Jaranwala church attacks)
JARANWALA_MOB = actor("mob in Jaranwala", "PAK", "CVL")
JARANWALA_CHRISTIANS = actor("Christians of Jaranwala", "PAK", "CVL")
PUNJAB_POLICE = actor("Punjab Police", "PAK", "COP")
ACCUSED_BROTHERS = actor("two Christian brothers accused of blasphemy", "PAK", "CVL")
PUNJAB_GOV = actor("Government of Punjab (Pakistan)", "PAK", "GOV")
RANGERS = actor("Pakistan Rangers", "PAK", "MIL")
JARANWALA_RESIDENTS = actor("residents of Jaranwala", "PAK", "CVL")
KAKAR = actor("Anwaar-ul-Haq Kakar", "PAK", "GOV")
NAQVI = actor("Mohsin Naqvi", "PAK", "GOV")
TLP = actor("Tehreek-e-Labbaik Pakistan", "PAK", "PTY")
MARSHALL = actor("Azad Marshall", "PAK", "REL")
PAK_AUTHORITIES = actor("Pakistani authorities", "PAK", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
PAK_GOV = actor("Government of Pakistan", "PAK", "GOV")

J1 = ("Islamabad (dpa) - Nach Angriffen eines aufgebrachten Mobs auf Kirchen und Häuser von Christen im Osten "
      "Pakistans hat die Polizei mehr als 100 Verdächtige festgenommen.")
J2 = ("Hunderte Männer hatten am Mittwoch in der Stadt Jaranwala in der Provinz Punjab mehrere Kirchen in Brand "
      "gesteckt sowie Dutzende Wohnhäuser geplündert und verwüstet.")
J3 = "Auslöser war der Vorwurf, zwei christliche Brüder hätten den Koran geschändet."
J4 = "Gegen die beiden wurde ein Verfahren wegen Blasphemie eingeleitet, teilte die Polizei mit."
J5 = "Sie sind bislang untergetaucht."
J6 = ("Die Provinzregierung ließ Einheiten der paramilitärischen Rangers in die Stadt verlegen und verhängte ein "
      "Versammlungsverbot.")
J7 = "Übergangspremier Anwaar-ul-Haq Kakar verurteilte die Gewalt scharf."
J8 = ("Wer die Gesetze breche und Minderheiten angreife, werde „mit aller Härte“ bestraft, schrieb er auf der "
      "Plattform X.")
J9 = ("Der geschäftsführende Regierungschef der Provinz Punjab, Mohsin Naqvi, besuchte am Donnerstag die zerstörten "
      "Kirchen und versprach den Betroffenen Entschädigungen.")
J10 = ("Unter den Festgenommenen seien auch Anhänger der islamistischen Partei Tehreek-e-Labbaik Pakistan (TLP), "
       "sagte ein Polizeisprecher.")
J11 = "Die TLP wies jede Beteiligung an den Ausschreitungen zurück."
J12 = ("Der Bischof der Kirche von Pakistan, Azad Marshall, warf den Behörden vor, die Christen nicht rechtzeitig "
       "geschützt zu haben.")
J13 = "„Wir fordern Gerechtigkeit und Sicherheit für unsere Gemeinden“, sagte er."
J14 = "Das US-Außenministerium rief Pakistan zu einer umfassenden Untersuchung auf."
J15 = ("Blasphemie ist in dem mehrheitlich muslimischen Land ein äußerst heikles Thema und kann mit dem Tod bestraft "
       "werden.")
J16 = ("Menschenrechtler kritisieren seit Jahren, dass die Gesetze häufig missbraucht werden, um persönliche "
       "Rechnungen zu begleichen.")

DE03 = {
    "id": "hm499-de-03", "lang": "de", "url": None, "published": "2023-08-17",
    "title": "Nach Angriffen auf Kirchen in Pakistan mehr als 100 Festnahmen",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11, J12, J13], [J14, J15, J16]),
    "events": [
        event("ASSAULT", JARANWALA_MOB, JARANWALA_CHRISTIANS, J1, mode="destroy", location_country="PAK"),
        event("COERCE", PUNJAB_POLICE, JARANWALA_MOB, J1, mode="arrest", location_country="PAK"),
        event("ASSAULT", JARANWALA_MOB, JARANWALA_CHRISTIANS, J2, mode="destroy", date="2023-08-16",
              location="Jaranwala", location_country="PAK"),
        event("ACCUSE", PUNJAB_POLICE, ACCUSED_BROTHERS, J4, mode="investigate"),
        event("MOBILIZE", RANGERS, None, J6, mode="troops", location="Jaranwala", location_country="PAK"),
        event("COERCE", PUNJAB_GOV, JARANWALA_RESIDENTS, J6, mode="ban", location="Jaranwala",
              location_country="PAK"),
        event("ACCUSE", KAKAR, JARANWALA_MOB, J7, mode="disapprove"),
        event("THREATEN", KAKAR, JARANWALA_MOB, J8),
        event("AGREE", NAQVI, JARANWALA_CHRISTIANS, J9, date="2023-08-17", location="Jaranwala",
              location_country="PAK"),
        event("COERCE", PUNJAB_POLICE, TLP, J10, mode="arrest"),
        event("ACCUSE", MARSHALL, PAK_AUTHORITIES, J12, mode="disapprove"),
        event("REQUEST", MARSHALL, PAK_AUTHORITIES, J13),
        event("REQUEST", US_STATE, PAK_GOV, J14),
    ],
    "quotes": [
        quote("Gegen die beiden wurde ein Verfahren wegen Blasphemie eingeleitet", "Punjab Police", "indirect"),
        quote("mit aller Härte", "Anwaar-ul-Haq Kakar", "direct"),
        quote("Wer die Gesetze breche und Minderheiten angreife, werde „mit aller Härte“ bestraft",
              "Anwaar-ul-Haq Kakar", "indirect"),
        quote("Unter den Festgenommenen seien auch Anhänger der islamistischen Partei Tehreek-e-Labbaik Pakistan (TLP)",
              "spokesperson of Punjab Police", "indirect"),
        quote("die Christen nicht rechtzeitig geschützt zu haben", "Azad Marshall", "indirect"),
        quote("Wir fordern Gerechtigkeit und Sicherheit für unsere Gemeinden", "Azad Marshall", "direct"),
        quote("dass die Gesetze häufig missbraucht werden, um persönliche Rechnungen zu begleichen",
              "human rights activists", "indirect"),
    ],
    "entities": [
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("mob in Jaranwala", "PER", "PAK", ["eines aufgebrachten Mobs", "Hunderte Männer"]),
        entity("Christians of Jaranwala", "PER", "PAK", ["Christen", "die Christen", "den Betroffenen"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistans", "dem mehrheitlich muslimischen Land"]),
        entity("Punjab Police", "ORG", "PAK", ["die Polizei"]),
        entity("Jaranwala", "LOC", "PAK", ["der Stadt Jaranwala", "die Stadt"]),
        entity("Punjab", "LOC", "PAK", ["der Provinz Punjab"]),
        entity("two Christian brothers accused of blasphemy", "PER", "PAK",
               ["zwei christliche Brüder", "die beiden", "Sie"]),
        entity("Quran", "MISC", None, ["den Koran"]),
        entity("Government of Punjab (Pakistan)", "ORG", "PAK", ["Die Provinzregierung"]),
        entity("Pakistan Rangers", "ORG", "PAK", ["Einheiten der paramilitärischen Rangers"]),
        entity("Anwaar-ul-Haq Kakar", "PER", "PAK", ["Übergangspremier Anwaar-ul-Haq Kakar", "er"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Mohsin Naqvi", "PER", "PAK",
               ["Der geschäftsführende Regierungschef der Provinz Punjab, Mohsin Naqvi"]),
        entity("Tehreek-e-Labbaik Pakistan", "ORG", "PAK",
               ["der islamistischen Partei Tehreek-e-Labbaik Pakistan (TLP)", "Die TLP"]),
        entity("spokesperson of Punjab Police", "PER", "PAK", ["ein Polizeisprecher"]),
        entity("Church of Pakistan", "ORG", "PAK", ["der Kirche von Pakistan"]),
        entity("Azad Marshall", "PER", "PAK", ["Der Bischof der Kirche von Pakistan, Azad Marshall", "er"]),
        entity("Pakistani authorities", "ORG", "PAK", ["den Behörden"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Pakistan"]),
        entity("human rights activists", "PER", None, ["Menschenrechtler"]),
    ],
}

# ---------------------------------------------------------------- hm499-de-04 (UN Security Council, resolution 2720)
UNSC = actor("United Nations Security Council", "UNO", "IGO")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
GUTERRES = actor("António Guterres", "UNO", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
THOMAS_GREENFIELD = actor("Linda Thomas-Greenfield", "USA", "GOV")
NEBENZIA = actor("Vassily Nebenzia", "RUS", "GOV")
ERDAN = actor("Gilad Erdan", "ISR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")

U1 = ("New York (dpa) - Nach tagelangem Ringen hat der UN-Sicherheitsrat eine Resolution verabschiedet, die "
      "deutlich mehr humanitäre Hilfe für den Gazastreifen fordert.")
U2 = ("13 der 15 Mitglieder stimmten am Freitag für den von den Vereinigten Arabischen Emiraten eingebrachten Text, "
      "die USA und Russland enthielten sich.")
U3 = ("Israel und die Hamas werden darin aufgefordert, die „sichere und ungehinderte“ Lieferung von Hilfsgütern in "
      "großem Umfang zu ermöglichen.")
U4 = "Zudem soll Generalsekretär António Guterres einen Koordinator für die Hilfe im Gazastreifen ernennen."
U5 = "Eine ursprünglich verlangte sofortige Einstellung der Kämpfe enthält der Text nicht mehr."
U6 = "Die Abstimmung war mehrfach verschoben worden, weil Washington mit einem Veto gedroht hatte."
U7 = ("US-Botschafterin Linda Thomas-Greenfield sagte, es sei „empörend“, dass der Rat die Terrorangriffe der Hamas "
      "vom 7. Oktober noch immer nicht verurteilt habe.")
U8 = ("Russland scheiterte mit einem Änderungsantrag, der eine „dringende Einstellung der Feindseligkeiten“ verlangen "
      "sollte, am Veto der USA.")
U9 = ("Der russische Botschafter Wassili Nebensja warf Washington vor, den Text bis zur Bedeutungslosigkeit "
      "verwässert zu haben.")
U10 = ("Israels UN-Botschafter Gilad Erdan kritisierte, die Vereinten Nationen konzentrierten sich allein auf die "
       "Hilfslieferungen statt auf die Geiseln in der Gewalt der Hamas.")
U11 = "Israel werde die Kontrolle über alle Hilfslieferungen nach Gaza nicht aus der Hand geben, sagte er."
U12 = "Die Hamas bezeichnete die Resolution als „unzureichend“."
U13 = ("„Das ist kein perfekter Text, aber ein Anfang“, sagte die emiratische Botschafterin Lana Nusseibeh nach der "
       "Abstimmung.")
U14 = ("Nach Angaben der Vereinten Nationen droht einem Großteil der Bevölkerung im Gazastreifen eine "
       "Hungersnot.")
U15 = ("Erst Anfang Dezember hatten die USA einen von den Emiraten eingebrachten Entwurf für eine sofortige "
       "humanitäre Waffenruhe mit ihrem Veto zu Fall gebracht.")
U16 = ("Guterres hatte zuvor in einem seltenen Schritt Artikel 99 der UN-Charta angewandt, um den Rat zum Handeln zu "
       "drängen.")

DE04 = {
    "id": "hm499-de-04", "lang": "de", "url": None, "published": "2023-12-22",
    "title": "UN-Sicherheitsrat fordert mehr Hilfe für Gaza",
    "text": paragraphs([U1, U2, U3, U4, U5], [U6, U7, U8, U9], [U10, U11, U12, U13], [U14, U15, U16]),
    "events": [
        event("REQUEST", UNSC, None, U1, mode="assist", location="New York", location_country="USA"),
        event("REQUEST", UNSC, ISR_GOV, U3, mode="assist"),
        event("REQUEST", UNSC, HAMAS, U3, mode="assist"),
        event("REQUEST", UNSC, GUTERRES, U4),
        event("THREATEN", USA_GOV, UNSC, U6),
        event("ACCUSE", THOMAS_GREENFIELD, UNSC, U7, mode="disapprove"),
        event("REJECT", USA_GOV, RUS_GOV, U8),
        event("ACCUSE", NEBENZIA, USA_GOV, U9, mode="disapprove"),
        event("ACCUSE", ERDAN, UN, U10, mode="disapprove"),
        event("REJECT", ERDAN, UNSC, U11),
        event("ACCUSE", HAMAS, UNSC, U12, mode="disapprove"),
        event("REJECT", USA_GOV, UAE_GOV, U15),
        event("REQUEST", GUTERRES, UNSC, U16),
    ],
    "quotes": [
        quote("sichere und ungehinderte", "United Nations Security Council", "direct"),
        quote("empörend", "Linda Thomas-Greenfield", "direct"),
        quote("es sei „empörend“, dass der Rat die Terrorangriffe der Hamas vom 7. Oktober noch immer nicht "
              "verurteilt habe", "Linda Thomas-Greenfield", "indirect"),
        quote("dringende Einstellung der Feindseligkeiten", "Government of Russia", "direct"),
        quote("den Text bis zur Bedeutungslosigkeit verwässert zu haben", "Vassily Nebenzia", "indirect"),
        quote("die Vereinten Nationen konzentrierten sich allein auf die Hilfslieferungen statt auf die Geiseln in "
              "der Gewalt der Hamas", "Gilad Erdan", "indirect"),
        quote("Israel werde die Kontrolle über alle Hilfslieferungen nach Gaza nicht aus der Hand geben",
              "Gilad Erdan", "indirect"),
        quote("unzureichend", "Hamas", "direct"),
        quote("Das ist kein perfekter Text, aber ein Anfang", "Lana Nusseibeh", "direct"),
        quote("Nach Angaben der Vereinten Nationen droht einem Großteil der Bevölkerung im Gazastreifen eine "
              "Hungersnot", "United Nations", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("United Nations Security Council", "ORG", "UNO", ["der UN-Sicherheitsrat", "der Rat", "den Rat"]),
        entity("Resolution 2720", "MISC", "UNO", ["eine Resolution", "den von den Vereinigten Arabischen Emiraten "
                                                  "eingebrachten Text", "der Text", "die Resolution",
                                                  "kein perfekter Text"]),
        entity("Gaza Strip", "LOC", "PSE", ["den Gazastreifen", "im Gazastreifen", "Gaza"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE",
               ["den Vereinigten Arabischen Emiraten", "den Emiraten"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Washington", "der USA"]),
        entity("Government of Russia", "ORG", "RUS", ["Russland"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Hamas", "ORG", "PSE", ["die Hamas", "der Hamas", "Die Hamas"]),
        entity("António Guterres", "PER", "UNO", ["Generalsekretär António Guterres", "Guterres"]),
        entity("Linda Thomas-Greenfield", "PER", "USA", ["US-Botschafterin Linda Thomas-Greenfield"]),
        entity("Vassily Nebenzia", "PER", "RUS", ["Der russische Botschafter Wassili Nebensja"]),
        entity("Gilad Erdan", "PER", "ISR", ["Israels UN-Botschafter Gilad Erdan", "er"]),
        entity("United Nations", "ORG", "UNO", ["die Vereinten Nationen", "der Vereinten Nationen"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Lana Nusseibeh", "PER", "ARE", ["die emiratische Botschafterin Lana Nusseibeh"]),
        entity("Charter of the United Nations", "MISC", "UNO", ["der UN-Charta"]),
    ],
}

# ---------------------------------------------------------------- hm499-en-01 (New Zealand, Ghahraman resigns)
GHAHRAMAN = actor("Golriz Ghahraman", "NZL", "LEG")
NZ_POLICE = actor("New Zealand Police", "NZL", "COP")
BOUTIQUE_OWNER = actor("owner of an Auckland boutique", "NZL", "BUS")
SHAW = actor("James Shaw", "NZL", "PTY")
NZ_MEDIA = actor("New Zealand media", "NZL", "MED")
NZ_PUBLIC = actor("New Zealand public", "NZL", "CVL")
SEYMOUR = actor("David Seymour", "NZL", "PTY")
NZ_GREENS = actor("Green Party of Aotearoa New Zealand", "NZL", "PTY")

G1 = ("WELLINGTON, New Zealand (AP) — A New Zealand lawmaker who was the country's first refugee elected to "
      "Parliament resigned on Tuesday after allegations that she had stolen clothing from two upscale stores.")
G2 = ("Golriz Ghahraman, a Green Party member who had served since 2017, said in a statement that her behavior was "
      "\"not who I am\" and was linked to severe stress.")
G3 = "\"I am not offering excuses, and I take full responsibility for my actions,\" Ghahraman said."
G4 = ("Police confirmed they were investigating complaints from stores in Auckland and Wellington but said no charges "
      "had been filed.")
G5 = ("The owner of one Auckland boutique told reporters that security footage showed Ghahraman leaving with a "
      "jacket she had not paid for.")
G6 = ("Green Party co-leader James Shaw praised her work on human rights and said the party had acted swiftly once it "
      "learned of the allegations.")
G7 = "\"Golriz has been a powerful voice for people who are rarely heard in this building,\" Shaw said."
G8 = "He asked the public and the media to respect her privacy while she receives medical care."
G9 = ("David Seymour, leader of the libertarian ACT Party, accused the Greens of trying to keep the matter quiet for "
      "days.")
G10 = "Shaw rejected the claim."
G11 = ("Ghahraman, who fled Iran with her family as a child, had been the target of frequent online threats and abuse "
       "during her time in Parliament.")
G12 = ("A former human rights lawyer, she worked for the United Nations in Cambodia and Afghanistan before entering "
       "politics.")
G13 = "Her seat will go to the next candidate on the Green Party list, Francisco Hernandez."
G14 = "Prime Minister Christopher Luxon declined to comment on the case, saying it was a matter for the police."
G15 = "The Greens, who hold 15 seats, are the third-largest party in the 123-member Parliament."

EN01 = {
    "id": "hm499-en-01", "lang": "en", "url": None, "published": "2024-01-16",
    "title": "New Zealand lawmaker resigns over shoplifting allegations",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8, G9, G10], [G11, G12, G13], [G14, G15]),
    "events": [
        event("RETREAT", GHAHRAMAN, None, G1, mode="resign", date="2024-01-16", location="Wellington",
              location_country="NZL"),
        event("CONCEDE", GHAHRAMAN, None, G3),
        event("ACCUSE", NZ_POLICE, GHAHRAMAN, G4, mode="investigate"),
        event("ACCUSE", NZ_POLICE, GHAHRAMAN, G4, mode="allege", negated=True),
        event("ACCUSE", BOUTIQUE_OWNER, GHAHRAMAN, G5, mode="allege"),
        event("SUPPORT", SHAW, GHAHRAMAN, G6),
        event("REQUEST", SHAW, NZ_PUBLIC, G8),
        event("REQUEST", SHAW, NZ_MEDIA, G8),
        event("ACCUSE", SEYMOUR, NZ_GREENS, G9, mode="disapprove"),
    ],
    "quotes": [
        quote("her behavior was \"not who I am\" and was linked to severe stress", "Golriz Ghahraman", "indirect"),
        quote("not who I am", "Golriz Ghahraman", "direct"),
        quote("I am not offering excuses, and I take full responsibility for my actions", "Golriz Ghahraman",
              "direct"),
        quote("they were investigating complaints from stores in Auckland and Wellington", "New Zealand Police",
              "indirect"),
        quote("no charges had been filed", "New Zealand Police", "indirect"),
        quote("security footage showed Ghahraman leaving with a jacket she had not paid for",
              "owner of an Auckland boutique", "indirect"),
        quote("the party had acted swiftly once it learned of the allegations", "James Shaw", "indirect"),
        quote("Golriz has been a powerful voice for people who are rarely heard in this building", "James Shaw",
              "direct"),
        quote("it was a matter for the police", "Christopher Luxon", "indirect"),
    ],
    "entities": [
        entity("Wellington", "LOC", "NZL", ["WELLINGTON", "Wellington"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand", "the country's"]),
        entity("Golriz Ghahraman", "PER", "NZL",
               ["A New Zealand lawmaker who was the country's first refugee elected to Parliament", "she",
                "Golriz Ghahraman, a Green Party member who had served since 2017", "her", "I", "my", "Ghahraman",
                "Golriz"]),
        entity("Parliament of New Zealand", "ORG", "NZL", ["Parliament", "this building",
                                                           "the 123-member Parliament"]),
        entity("Green Party of Aotearoa New Zealand", "ORG", "NZL",
               ["Green Party", "the party", "the Greens", "The Greens"]),
        entity("New Zealand Police", "ORG", "NZL", ["Police", "they", "the police"]),
        entity("Auckland", "LOC", "NZL", ["Auckland"]),
        entity("owner of an Auckland boutique", "PER", "NZL", ["The owner of one Auckland boutique"]),
        entity("James Shaw", "PER", "NZL", ["Green Party co-leader James Shaw", "Shaw", "He"]),
        entity("David Seymour", "PER", "NZL", ["David Seymour, leader of the libertarian ACT Party"]),
        entity("ACT New Zealand", "ORG", "NZL", ["the libertarian ACT Party"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Cambodia", "LOC", "KHM", ["Cambodia"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan"]),
        entity("Francisco Hernandez", "PER", "NZL", ["the next candidate on the Green Party list, Francisco "
                                                     "Hernandez"]),
        entity("Christopher Luxon", "PER", "NZL", ["Prime Minister Christopher Luxon"]),
    ],
}

# ---------------------------------------------------------------- hm499-en-02 (Australia, Roberts-Smith appeal)
AUS_FED_COURT = actor("Federal Court of Australia", "AUS", "JUD")
ROBERTS_SMITH = actor("Ben Roberts-Smith", "AUS", "CVL")
NINE = actor("Nine Entertainment", "AUS", "MED")
MCKENZIE = actor("Nick McKenzie", "AUS", "MED")
OSI = actor("Office of the Special Investigator", "AUS", "COP")
AUS_AFP = actor("Australian Federal Police", "AUS", "COP")
SCHULZ = actor("Oliver Schulz", "AUS", "MIL")
STOKES = actor("Kerry Stokes", "AUS", "BUS")
IGADF = actor("Inspector-General of the Australian Defence Force", "AUS", "MIL")
AUS_SF = actor("Australian special forces", "AUS", "MIL")

R1 = ("SYDNEY (AP) — Australia's most decorated living soldier, Ben Roberts-Smith, lost his appeal on Friday against "
      "a ruling that found newspapers had accurately reported he murdered unarmed prisoners in Afghanistan.")
R2 = ("Three judges of the Full Federal Court unanimously dismissed his appeal, saying the trial judge had made no "
      "error in finding that Roberts-Smith was complicit in the killing of four Afghan men.")
R3 = ("Roberts-Smith had sued the publisher Nine Entertainment for defamation over a series of 2018 articles in The "
      "Sydney Morning Herald, The Age and The Canberra Times.")
R4 = ("In 2023, Justice Anthony Besanko ruled that the newspapers had proven most of their allegations on the "
      "balance of probabilities, the standard in civil cases.")
R5 = ("In a statement, Roberts-Smith said he was \"disappointed\" and would consider taking his case to the High "
      "Court.")
R6 = "He has always denied any wrongdoing."
R7 = "Journalist Nick McKenzie, who co-wrote the articles, welcomed the judgment."
R8 = ("\"This is a win for the brave Afghan villagers and SAS soldiers who told the truth,\" McKenzie told reporters "
      "outside the court in Sydney.")
R9 = ("The Office of the Special Investigator, set up to examine alleged war crimes by Australian troops in "
      "Afghanistan, is investigating Roberts-Smith together with the Australian Federal Police.")
R10 = "He has not been charged with any crime."
R11 = ("In 2023, federal police arrested former SAS soldier Oliver Schulz, who became the first Australian veteran "
       "charged with a war crime over the killing of an Afghan man in 2012.")
R12 = ("Defense Minister Richard Marles said the government would not comment on an individual case while "
       "investigations were under way.")
R13 = ("Billionaire Kerry Stokes, whose Seven West Media group financed much of Roberts-Smith's legal campaign, has "
       "previously praised him as an Australian hero.")
R14 = ("A 2020 military inquiry known as the Brereton report found credible evidence that Australian special forces "
       "had unlawfully killed 39 Afghan prisoners and civilians.")
R15 = "Roberts-Smith received the Victoria Cross in 2011 for bravery during a battle in Afghanistan's Uruzgan province."

EN02 = {
    "id": "hm499-en-02", "lang": "en", "url": None, "published": "2025-05-16",
    "title": "Australian war veteran Ben Roberts-Smith loses defamation appeal",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11], [R12, R13, R14, R15]),
    "events": [
        event("REJECT", AUS_FED_COURT, ROBERTS_SMITH, R1, mode=None, date="2025-05-16", location="Sydney",
              location_country="AUS"),
        event("REJECT", AUS_FED_COURT, ROBERTS_SMITH, R2),
        event("ACCUSE", ROBERTS_SMITH, NINE, R3, mode="allege"),
        event("SUPPORT", MCKENZIE, AUS_FED_COURT, R7),
        event("ACCUSE", OSI, ROBERTS_SMITH, R9, mode="investigate"),
        event("ACCUSE", AUS_AFP, ROBERTS_SMITH, R9, mode="investigate"),
        event("ACCUSE", AUS_AFP, ROBERTS_SMITH, R10, mode="allege", negated=True),
        event("COERCE", AUS_AFP, SCHULZ, R11, mode="arrest"),
        event("ACCUSE", AUS_AFP, SCHULZ, R11, mode="allege"),
        event("SUPPORT", STOKES, ROBERTS_SMITH, R13),
        event("ACCUSE", IGADF, AUS_SF, R14, mode="allege"),
    ],
    "quotes": [
        quote("the trial judge had made no error in finding that Roberts-Smith was complicit in the killing of four "
              "Afghan men", "Federal Court of Australia", "indirect"),
        quote("the newspapers had proven most of their allegations on the balance of probabilities, the standard in "
              "civil cases", "Anthony Besanko", "indirect"),
        quote("disappointed", "Ben Roberts-Smith", "direct"),
        quote("he was \"disappointed\" and would consider taking his case to the High Court", "Ben Roberts-Smith",
              "indirect"),
        quote("This is a win for the brave Afghan villagers and SAS soldiers who told the truth", "Nick McKenzie",
              "direct"),
        quote("the government would not comment on an individual case while investigations were under way",
              "Richard Marles", "indirect"),
        quote("credible evidence that Australian special forces had unlawfully killed 39 Afghan prisoners and "
              "civilians", "Inspector-General of the Australian Defence Force", "indirect"),
    ],
    "entities": [
        entity("Sydney", "LOC", "AUS", ["SYDNEY", "Sydney"]),
        entity("Ben Roberts-Smith", "PER", "AUS",
               ["Australia's most decorated living soldier, Ben Roberts-Smith", "his", "he", "Roberts-Smith", "He",
                "him", "Roberts-Smith's"]),
        entity("Australia", "LOC", "AUS", ["Australia's"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan", "Afghanistan's"]),
        entity("Federal Court of Australia", "ORG", "AUS",
               ["Three judges of the Full Federal Court", "the court"]),
        entity("Anthony Besanko", "PER", "AUS", ["the trial judge", "Justice Anthony Besanko"]),
        entity("Afghan men killed by Australian soldiers", "PER", "AFG", ["unarmed prisoners", "four Afghan men"]),
        entity("Nine Entertainment", "ORG", "AUS", ["the publisher Nine Entertainment"]),
        entity("The Sydney Morning Herald", "ORG", "AUS", ["The Sydney Morning Herald"]),
        entity("The Age", "ORG", "AUS", ["The Age"]),
        entity("The Canberra Times", "ORG", "AUS", ["The Canberra Times"]),
        entity("High Court of Australia", "ORG", "AUS", ["the High Court"]),
        entity("Nick McKenzie", "PER", "AUS", ["Journalist Nick McKenzie", "McKenzie"]),
        entity("Special Air Service Regiment", "ORG", "AUS", ["SAS"]),
        entity("Office of the Special Investigator", "ORG", "AUS", ["The Office of the Special Investigator"]),
        entity("Australian Federal Police", "ORG", "AUS", ["the Australian Federal Police", "federal police"]),
        entity("Oliver Schulz", "PER", "AUS", ["former SAS soldier Oliver Schulz"]),
        entity("Richard Marles", "PER", "AUS", ["Defense Minister Richard Marles"]),
        entity("Government of Australia", "ORG", "AUS", ["the government"]),
        entity("Kerry Stokes", "PER", "AUS", ["Billionaire Kerry Stokes"]),
        entity("Seven West Media", "ORG", "AUS", ["Seven West Media group"]),
        entity("Brereton report", "MISC", "AUS", ["A 2020 military inquiry known as the Brereton report"]),
        entity("Australian special forces", "ORG", "AUS", ["Australian special forces"]),
        entity("Victoria Cross", "MISC", "AUS", ["the Victoria Cross"]),
        entity("Uruzgan", "LOC", "AFG", ["Afghanistan's Uruzgan province"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
