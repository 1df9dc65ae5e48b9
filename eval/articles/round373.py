"""Round 373: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm373-de-01: South Korea: Yoon Suk Yeol supporters storm and ransack the Seoul Western District Court after judge Cha Eun-kyung orders the suspended president's formal arrest; attacks on police, 46 arrests, the attack on the CIO car the evening before, Choi Sang-mok and Chun Dae-yup condemn, the Democratic Party blames Yoon and the PPP, Yoon Sang-hyun's promise to protesters, Kweon Seong-dong's appeal to the police, Yoon calls for calm but keeps refusing CIO questioning, his arrest on 15 January and impeachment recalled (2025-01-19).
- hm373-de-02: Malaysia: KK Mart founder Chai Kee Kan and his wife Loh Siew Mui charged in Shah Alam over socks printed with the word Allah, three managers of the supplier Xin Jian Chang charged with abetment; a firebomb thrown at a KK Mart shop in Bidor hours earlier, police investigate, Fahmi Fadzil condemns and warns, KK Mart's apology and police report, the king's order, Akmal Saleh's boycott call and DAP criticism, Anwar's appeal for calm (2024-03-26).
- hm373-de-03: IOC/Indonesia: the IOC Executive Board ends talks with Indonesia's Olympic committee on hosting future Olympic events and tells federations not to stage competitions there after Jakarta refused visas to Israel's team for the artistic gymnastics world championships; Yusril's reasons, the MUI's demand, the Israeli federation loses at CAS, Dolgopyat and Yael Arad react, Erick Thohir offers talks, FIFA's 2023 withdrawal of the U-20 World Cup recalled (2025-10-22).
- hm373-de-04: Taiwan: the KMT-TPP majority in the Legislative Yuan passes the contested reform widening parliament's investigative powers while DPP lawmakers protest in the chamber and tens of thousands rally outside; the DPP accuses the opposition and plans a constitutional challenge, Cho Jung-tai weighs a reconsideration motion, Fu Kun-chi and Huang Kuo-chang hit back, the brawl of 17 May, Lai's appeal, McCaul's visit to Lai, Beijing's Taiwan Affairs Office accuses the DPP, the Joint Sword drills (2024-05-28).
- hm373-en-01: FIFA: an online FIFA congress confirms Saudi Arabia as 2034 World Cup host and Morocco, Spain and Portugal for 2030 by acclamation; Norway's federation objects to the single vote, Infantino praises the Saudi bid, Prince Abdulaziz bin Turki thanks FIFA and pledges, Amnesty, Steve Cockburn and Human Rights Watch accuse FIFA, the BWI's ILO complaint, the female players' Aramco letter and FIFA's refusal, Sánchez and Mohammed VI welcome the 2030 award (2024-12-11).
- hm373-en-02: IOC/Paris 2024: the IOC defends Algerian boxer Imane Khelif after Italy's Angela Carini quits their bout after 46 seconds; the IBA's 2023 disqualification of Khelif and Taiwan's Lin Yu-ting, the IOC's derecognition of the IBA and its criticism, Meloni criticises and plans to meet Bach, Abodi's request, the Algerian Olympic Committee and Lai Ching-te back their boxers, Taiwan's Sports Administration accuses the IBA, Carini apologises (2024-08-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm373-de-01 (South Korea, court stormed by Yoon supporters)
YOON_SUPPORTERS = actor("supporters of Yoon Suk Yeol", "KOR", "CVL")
WESTERN_COURT = actor("Seoul Western District Court", "KOR", "JUD")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
KOR_POLICE = actor("Korean National Police Agency", "KOR", "COP")
CIO = actor("Corruption Investigation Office for High-ranking Officials", "KOR", "JUD")
CHOI = actor("Choi Sang-mok", "KOR", "GOV")
CHUN = actor("Chun Dae-yup", "KOR", "JUD")
DPK = actor("Democratic Party of Korea", "KOR", "PTY")
PPP = actor("People Power Party", "KOR", "PTY")
KWEON = actor("Kweon Seong-dong", "KOR", "LEG")
KOR_ASSEMBLY = actor("National Assembly of South Korea", "KOR", "LEG")

S1 = ("Seoul (dpa) - Nach der Anordnung von Untersuchungshaft gegen Südkoreas suspendierten Präsidenten Yoon Suk Yeol "
      "haben Hunderte seiner Anhänger ein Gericht in der Hauptstadt gestürmt.")
S2 = ("Richterin Cha Eun-kyung vom Bezirksgericht West in Seoul hatte in der Nacht zum Sonntag einen Haftbefehl gegen "
      "Yoon erlassen, weil die Gefahr bestehe, dass er Beweismittel vernichte.")
S3 = ("Kurz darauf drangen Demonstranten durch eingeschlagene Fenster und Türen in das Gebäude ein und verwüsteten "
      "mehrere Stockwerke.")
S4 = "Einige von ihnen hätten gezielt nach der Richterin gesucht, teilte die Polizei mit."
S5 = "Die Juristin hatte das Gericht zu diesem Zeitpunkt bereits verlassen."
S6 = ("Die Randalierer griffen Polizisten mit Plastikstühlen, Feuerlöschern und Eisenstangen an, mindestens neun "
      "Beamte wurden verletzt.")
S7 = "Erst nach rund drei Stunden drängte die Bereitschaftspolizei die Menge aus dem Gebäude."
S8 = "Die Polizei nahm nach eigenen Angaben 46 Menschen fest."
S9 = ("Bereits am Samstagabend hatten Yoon-Anhänger ein Fahrzeug der Antikorruptionsbehörde CIO umringt und die "
      "Scheiben eingeschlagen, als Ermittler das Gericht nach der Anhörung verließen.")
S10 = ("Der amtierende Präsident Choi Sang-mok verurteilte die Ausschreitungen und kündigte ein hartes Vorgehen gegen "
       "die Täter an.")
S11 = "„Illegale Gewalt gegen die Justiz wird in keiner Weise toleriert“, sagte Choi."
S12 = ("Der Leiter der Justizverwaltung, Chun Dae-yup, besichtigte das verwüstete Gebäude und sprach von einem "
       "„beispiellosen“ Angriff auf den Rechtsstaat.")
S13 = ("Die oppositionelle Demokratische Partei warf Yoon und Abgeordneten der Regierungspartei PPP vor, die Menge mit "
       "ihren Äußerungen aufgewiegelt zu haben.")
S14 = ("Der PPP-Abgeordnete Yoon Sang-hyun hatte Demonstranten am Vorabend versichert, Festgenommene würden bald "
       "wieder freikommen.")
S15 = ("PPP-Fraktionschef Kweon Seong-dong distanzierte sich von der Gewalt, forderte die Polizei aber auf, gegen junge "
       "Demonstranten „verhältnismäßig“ vorzugehen.")
S16 = "Yoon selbst rief seine Anhänger über seine Anwälte auf, ihren Unmut friedlich zu äußern."
S17 = ("Er werde sich weiterhin nicht von der CIO vernehmen lassen, weil die Behörde für Ermittlungen wegen Aufruhrs "
       "nicht zuständig sei, erklärte sein Anwalt Seok Dong-hyeon.")
S18 = ("Yoon war am Mittwoch nach wochenlangem Widerstand in seiner Residenz festgenommen worden, als erster amtierender "
       "Präsident in der Geschichte des Landes.")
S19 = ("Das Parlament hatte ihn im Dezember wegen der kurzzeitigen Verhängung des Kriegsrechts seines Amtes enthoben, "
       "über seine endgültige Absetzung entscheidet das Verfassungsgericht.")
S20 = ("Die CIO wirft ihm vor, mit dem Kriegsrecht einen Aufruhr angezettelt zu haben, und kann ihn nun bis zu 20 Tage "
       "festhalten.")

DE01 = {
    "id": "hm373-de-01", "lang": "de", "url": None, "published": "2025-01-19",
    "title": "Yoon-Anhänger stürmen Gericht in Seoul",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8, S9], [S10, S11, S12], [S13, S14, S15],
                       [S16, S17], [S18, S19, S20]),
    "events": [
        event("COERCE", WESTERN_COURT, YOON, S1, mode="arrest"),
        event("PROTEST", YOON_SUPPORTERS, WESTERN_COURT, S1, mode="riot", location="Seoul", location_country="KOR"),
        event("COERCE", WESTERN_COURT, YOON, S2, mode="arrest", date="2025-01-19"),
        event("PROTEST", YOON_SUPPORTERS, WESTERN_COURT, S3, mode="riot", date="2025-01-19", location="Seoul",
              location_country="KOR"),
        event("ASSAULT", YOON_SUPPORTERS, KOR_POLICE, S6, mode="beat", date="2025-01-19", location="Seoul",
              location_country="KOR"),
        event("COERCE", KOR_POLICE, YOON_SUPPORTERS, S7, mode="restrict", date="2025-01-19", location="Seoul",
              location_country="KOR"),
        event("COERCE", KOR_POLICE, YOON_SUPPORTERS, S8, mode="arrest"),
        event("PROTEST", YOON_SUPPORTERS, CIO, S9, mode="riot", date="2025-01-18", location="Seoul",
              location_country="KOR"),
        event("ACCUSE", CHOI, YOON_SUPPORTERS, S10, mode="disapprove"),
        event("THREATEN", CHOI, YOON_SUPPORTERS, S10),
        event("THREATEN", CHOI, YOON_SUPPORTERS, S11),
        event("ACCUSE", CHUN, YOON_SUPPORTERS, S12, mode="disapprove"),
        event("ACCUSE", DPK, YOON, S13, mode="allege"),
        event("ACCUSE", DPK, PPP, S13, mode="allege"),
        event("REQUEST", KWEON, KOR_POLICE, S15, mode="change"),
        event("REQUEST", YOON, YOON_SUPPORTERS, S16),
        event("REJECT", YOON, CIO, S17),
        event("COERCE", CIO, YOON, S18, mode="arrest", date="2025-01-15", location="Seoul", location_country="KOR"),
        event("COERCE", KOR_ASSEMBLY, YOON, S19, mode="restrict"),
        event("COERCE", YOON, None, S19, mode="martial-law"),
        event("ACCUSE", CIO, YOON, S20, mode="allege"),
    ],
    "quotes": [
        quote("weil die Gefahr bestehe, dass er Beweismittel vernichte", "Cha Eun-kyung", "indirect"),
        quote("Einige von ihnen hätten gezielt nach der Richterin gesucht", "Korean National Police Agency",
              "indirect"),
        quote("Illegale Gewalt gegen die Justiz wird in keiner Weise toleriert", "Choi Sang-mok", "direct"),
        quote("beispiellosen", "Chun Dae-yup", "direct"),
        quote("die Menge mit ihren Äußerungen aufgewiegelt zu haben", "Democratic Party of Korea", "indirect"),
        quote("Festgenommene würden bald wieder freikommen", "Yoon Sang-hyun", "indirect"),
        quote("verhältnismäßig", "Kweon Seong-dong", "direct"),
        quote("Er werde sich weiterhin nicht von der CIO vernehmen lassen, weil die Behörde für Ermittlungen wegen "
              "Aufruhrs nicht zuständig sei", "Seok Dong-hyeon", "indirect"),
        quote("mit dem Kriegsrecht einen Aufruhr angezettelt zu haben", "Corruption Investigation Office for "
              "High-ranking Officials", "indirect"),
    ],
    "entities": [
        entity("Seoul", "LOC", "KOR", ["Seoul", "der Hauptstadt"]),
        entity("South Korea", "LOC", "KOR", ["Südkoreas", "des Landes"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Südkoreas suspendierten Präsidenten Yoon Suk Yeol", "Yoon", "er",
                                               "Yoon selbst", "ihn", "ihm"]),
        entity("supporters of Yoon Suk Yeol", "PER", "KOR", ["Hunderte seiner Anhänger", "Demonstranten",
                                                             "Die Randalierer", "die Menge", "Yoon-Anhänger",
                                                             "die Täter", "seine Anhänger"]),
        entity("Seoul Western District Court", "ORG", "KOR", ["ein Gericht in der Hauptstadt",
                                                              "Bezirksgericht West in Seoul", "das Gebäude",
                                                              "das Gericht", "dem Gebäude"]),
        entity("Cha Eun-kyung", "PER", "KOR", ["Richterin Cha Eun-kyung", "der Richterin", "Die Juristin"]),
        entity("Korean National Police Agency", "ORG", "KOR", ["die Polizei", "Die Polizei",
                                                               "die Bereitschaftspolizei"]),
        entity("police officers injured at the Seoul Western District Court", "PER", "KOR",
               ["Polizisten", "mindestens neun Beamte"]),
        entity("Corruption Investigation Office for High-ranking Officials", "ORG", "KOR",
               ["der Antikorruptionsbehörde CIO", "Ermittler", "der CIO", "die Behörde", "Die CIO"]),
        entity("Choi Sang-mok", "PER", "KOR", ["Der amtierende Präsident Choi Sang-mok", "Choi"]),
        entity("Chun Dae-yup", "PER", "KOR", ["Der Leiter der Justizverwaltung, Chun Dae-yup"]),
        entity("National Court Administration", "ORG", "KOR", ["der Justizverwaltung"]),
        entity("Democratic Party of Korea", "ORG", "KOR", ["Die oppositionelle Demokratische Partei"]),
        entity("People Power Party", "ORG", "KOR", ["der Regierungspartei PPP", "PPP"]),
        entity("Yoon Sang-hyun", "PER", "KOR", ["Der PPP-Abgeordnete Yoon Sang-hyun"]),
        entity("Kweon Seong-dong", "PER", "KOR", ["PPP-Fraktionschef Kweon Seong-dong"]),
        entity("lawyers of Yoon Suk Yeol", "PER", "KOR", ["seine Anwälte"]),
        entity("Seok Dong-hyeon", "PER", "KOR", ["sein Anwalt Seok Dong-hyeon"]),
        entity("Hannam-dong presidential residence", "LOC", "KOR", ["seiner Residenz"]),
        entity("National Assembly of South Korea", "ORG", "KOR", ["Das Parlament"]),
        entity("Constitutional Court of Korea", "ORG", "KOR", ["das Verfassungsgericht"]),
    ],
}

# ---------------------------------------------------------------- hm373-de-02 (Malaysia, KK Mart socks charges)
MYS_PROSECUTORS = actor("Attorney General's Chambers of Malaysia", "MYS", "JUD")
CHAI = actor("Chai Kee Kan", "MYS", "BUS")
LOH = actor("Loh Siew Mui", "MYS", "BUS")
XJC_MANAGERS = actor("managers of Xin Jian Chang", "MYS", "BUS")
XJC = actor("Xin Jian Chang", "MYS", "BUS")
BIDOR_ATTACKERS = actor("attackers who firebombed the KK Mart shop in Bidor", "MYS", "CVL")
KK_MART = actor("KK Mart", "MYS", "BUS")
MYS_POLICE = actor("Royal Malaysia Police", "MYS", "COP")
FAHMI = actor("Fahmi Fadzil", "MYS", "GOV")
SULTAN_IBRAHIM = actor("Sultan Ibrahim", "MYS", "GOV")
MYS_AUTHORITIES = actor("Malaysian authorities", "MYS", "GOV")
AKMAL = actor("Akmal Saleh", "MYS", "PTY")
DAP = actor("Democratic Action Party", "MYS", "PTY")
ANWAR = actor("Anwar Ibrahim", "MYS", "GOV")

K1 = ("Kuala Lumpur (dpa) - Im Streit um Socken mit dem Namen Allahs hat die malaysische Justiz den Gründer der "
      "Supermarktkette KK Mart und dessen Ehefrau angeklagt.")
K2 = ("Die Staatsanwaltschaft wirft Chai Kee Kan und Loh Siew Mui vor, mit dem Verkauf der Socken vorsätzlich die "
      "religiösen Gefühle von Muslimen verletzt zu haben.")
K3 = "Beide plädierten am Dienstag vor einem Gericht in Shah Alam auf nicht schuldig."
K4 = "Ihnen drohen bis zu ein Jahr Haft oder eine Geldstrafe."
K5 = ("Auch drei Manager des Zulieferers Xin Jian Chang, der die Ware geliefert hatte, wurden wegen Beihilfe "
      "angeklagt.")
K6 = ("Wenige Stunden vor dem Gerichtstermin hatten Unbekannte einen Brandsatz auf eine KK-Mart-Filiale in der "
      "Kleinstadt Bidor im Bundesstaat Perak geworfen.")
K7 = "Nach Polizeiangaben entstand nur geringer Sachschaden, verletzt wurde niemand."
K8 = "Die Polizei ermittelt wegen Brandstiftung und wertet Aufnahmen von Überwachungskameras aus."
K9 = ("Regierungssprecher Fahmi Fadzil verurteilte den Anschlag und warnte davor, das Recht in die eigene Hand zu "
      "nehmen.")
K10 = "„Wer Gewalt anwendet, wird die volle Härte des Gesetzes zu spüren bekommen“, sagte er."
K11 = ("Die Socken waren Mitte März in einer Filiale in Bandar Sunway bei Kuala Lumpur entdeckt worden und hatten in "
       "dem mehrheitlich muslimischen Land Empörung ausgelöst.")
K12 = ("KK Mart hatte sich umgehend entschuldigt, die Ware aus den Regalen genommen und Anzeige gegen den Zulieferer "
       "erstattet.")
K13 = "König Sultan Ibrahim wies die Behörden an, hart gegen alle Verantwortlichen vorzugehen."
K14 = ("Der Chef der Jugendorganisation der mitregierenden Umno, Akmal Saleh, rief dennoch zum Boykott der Kette auf, "
       "bis diese „Konsequenzen“ ziehe.")
K15 = "Eine Entschuldigung reiche nicht aus, sagte Akmal."
K16 = ("Politiker der ebenfalls mitregierenden DAP, die vor allem von chinesischstämmigen Malaysiern gewählt wird, "
       "warfen ihm vor, religiöse Spannungen anzuheizen.")
K17 = "Akmal erklärte am Dienstag, er habe nie zu Gewalt aufgerufen."
K18 = "Premierminister Anwar Ibrahim rief alle Seiten zur Mäßigung auf."

DE02 = {
    "id": "hm373-de-02", "lang": "de", "url": None, "published": "2024-03-26",
    "title": "Socken-Streit in Malaysia: Gründer von KK Mart angeklagt",
    "text": paragraphs([K1, K2, K3, K4, K5], [K6, K7, K8, K9, K10], [K11, K12, K13],
                       [K14, K15, K16, K17, K18]),
    "events": [
        event("ACCUSE", MYS_PROSECUTORS, CHAI, K1, mode="allege"),
        event("ACCUSE", MYS_PROSECUTORS, LOH, K1, mode="allege"),
        event("ACCUSE", MYS_PROSECUTORS, CHAI, K2, mode="allege"),
        event("ACCUSE", MYS_PROSECUTORS, LOH, K2, mode="allege"),
        event("ACCUSE", MYS_PROSECUTORS, XJC_MANAGERS, K5, mode="allege"),
        event("ASSAULT", BIDOR_ATTACKERS, KK_MART, K6, mode="primitive", date="2024-03-26", location="Bidor",
              location_country="MYS"),
        event("ACCUSE", MYS_POLICE, BIDOR_ATTACKERS, K8, mode="investigate"),
        event("ACCUSE", FAHMI, BIDOR_ATTACKERS, K9, mode="disapprove"),
        event("THREATEN", FAHMI, BIDOR_ATTACKERS, K10),
        event("CONCEDE", KK_MART, None, K12),
        event("ACCUSE", KK_MART, XJC, K12, mode="allege"),
        event("REQUEST", SULTAN_IBRAHIM, MYS_AUTHORITIES, K13),
        event("PROTEST", AKMAL, KK_MART, K14, mode="boycott"),
        event("REJECT", AKMAL, KK_MART, K15),
        event("ACCUSE", DAP, AKMAL, K16, mode="disapprove"),
        event("REQUEST", ANWAR, None, K18),
    ],
    "quotes": [
        quote("mit dem Verkauf der Socken vorsätzlich die religiösen Gefühle von Muslimen verletzt zu haben",
              "Attorney General's Chambers of Malaysia", "indirect"),
        quote("Nach Polizeiangaben entstand nur geringer Sachschaden, verletzt wurde niemand", "Royal Malaysia Police",
              "indirect"),
        quote("Wer Gewalt anwendet, wird die volle Härte des Gesetzes zu spüren bekommen", "Fahmi Fadzil", "direct"),
        quote("Konsequenzen", "Akmal Saleh", "direct"),
        quote("Eine Entschuldigung reiche nicht aus", "Akmal Saleh", "indirect"),
        quote("religiöse Spannungen anzuheizen", "Democratic Action Party", "indirect"),
        quote("er habe nie zu Gewalt aufgerufen", "Akmal Saleh", "indirect"),
    ],
    "entities": [
        entity("Kuala Lumpur", "LOC", "MYS", ["Kuala Lumpur"]),
        entity("Malaysia", "LOC", "MYS", ["dem mehrheitlich muslimischen Land"]),
        entity("Attorney General's Chambers of Malaysia", "ORG", "MYS", ["die malaysische Justiz",
                                                                         "Die Staatsanwaltschaft"]),
        entity("KK Mart", "ORG", "MYS", ["der Supermarktkette KK Mart", "KK-Mart-Filiale", "KK Mart",
                                         "der Kette", "diese"]),
        entity("Chai Kee Kan", "PER", "MYS", ["den Gründer der Supermarktkette KK Mart", "Chai Kee Kan"]),
        entity("Loh Siew Mui", "PER", "MYS", ["dessen Ehefrau", "Loh Siew Mui"]),
        entity("Shah Alam Sessions Court", "ORG", "MYS", ["einem Gericht in Shah Alam"]),
        entity("Shah Alam", "LOC", "MYS", ["Shah Alam"]),
        entity("managers of Xin Jian Chang", "PER", "MYS", ["drei Manager des Zulieferers Xin Jian Chang"]),
        entity("Xin Jian Chang", "ORG", "MYS", ["des Zulieferers Xin Jian Chang", "den Zulieferer"]),
        entity("attackers who firebombed the KK Mart shop in Bidor", "PER", "MYS", ["Unbekannte"]),
        entity("Bidor", "LOC", "MYS", ["der Kleinstadt Bidor"]),
        entity("Perak", "LOC", "MYS", ["im Bundesstaat Perak"]),
        entity("Royal Malaysia Police", "ORG", "MYS", ["Polizeiangaben", "Die Polizei"]),
        entity("Fahmi Fadzil", "PER", "MYS", ["Regierungssprecher Fahmi Fadzil", "er"]),
        entity("Bandar Sunway", "LOC", "MYS", ["Bandar Sunway"]),
        entity("Sultan Ibrahim", "PER", "MYS", ["König Sultan Ibrahim"]),
        entity("Malaysian authorities", "ORG", "MYS", ["die Behörden"]),
        entity("Umno Youth", "ORG", "MYS", ["der Jugendorganisation der mitregierenden Umno"]),
        entity("United Malays National Organisation", "ORG", "MYS", ["der mitregierenden Umno"]),
        entity("Akmal Saleh", "PER", "MYS", ["Akmal Saleh", "Akmal", "ihm", "er"]),
        entity("Democratic Action Party", "ORG", "MYS", ["Politiker der ebenfalls mitregierenden DAP"]),
        entity("Anwar Ibrahim", "PER", "MYS", ["Premierminister Anwar Ibrahim"]),
    ],
}

# ---------------------------------------------------------------- hm373-de-03 (IOC/Indonesia, Israeli gymnasts)
IOC = actor("International Olympic Committee", "NGO", "NGO")
IOC_EB = actor("IOC Executive Board", "NGO", "NGO")
KOI = actor("Indonesian Olympic Committee", "IDN", "NGO")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")
INT_FEDERATIONS = actor("international sports federations", "NGO", "NGO")
ISR_GYMNASTS = actor("Israeli gymnastics team", "ISR", "CVL")
MUI = actor("Indonesian Ulema Council", "IDN", "REL")
ISR_GYM_FED = actor("Israel Gymnastics Federation", "ISR", "NGO")
FIG = actor("International Gymnastics Federation", "NGO", "NGO")
CAS = actor("Court of Arbitration for Sport", "NGO", "JUD")
DOLGOPYAT = actor("Artem Dolgopyat", "ISR", "CVL")
THOHIR = actor("Erick Thohir", "IDN", "GOV")
ARAD = actor("Yael Arad", "ISR", "NGO")
FIFA_I = actor("FIFA", "NGO", "NGO")
PSSI = actor("Football Association of Indonesia", "IDN", "NGO")

I1 = ("Lausanne/Jakarta (dpa) - Nach dem Ausschluss israelischer Turner von der Weltmeisterschaft in Jakarta hat das "
      "Internationale Olympische Komitee (IOC) seine Gespräche mit Indonesien über künftige olympische Großereignisse "
      "auf Eis gelegt.")
I2 = ("Die IOC-Exekutive beschloss am Mittwoch in Lausanne, den Dialog mit dem Nationalen Olympischen Komitee des "
      "Landes über die Ausrichtung von Olympischen Spielen, Jugendspielen und anderen olympischen Veranstaltungen zu "
      "beenden.")
I3 = ("Dies gelte so lange, bis die indonesische Regierung garantiere, dass alle Sportler unabhängig von ihrer "
      "Nationalität einreisen dürften, hieß es in einer Mitteilung.")
I4 = ("Zugleich empfahl das IOC allen internationalen Sportverbänden, bis auf Weiteres keine Wettkämpfe und Sitzungen "
      "in Indonesien abzuhalten.")
I5 = ("Indonesien hatte der israelischen Mannschaft die Visa für die Kunstturn-WM verweigert, die am Sonntag in "
      "Jakarta begonnen hatte.")
I6 = ("Der für Einwanderung zuständige Koordinationsminister Yusril Ihza Mahendra hatte das damit begründet, dass "
      "Indonesien keine diplomatischen Beziehungen zu Israel unterhalte und das Vorgehen Israels im Gazastreifen "
      "ablehne.")
I7 = ("Zuvor hatte der einflussreiche Indonesische Ulema-Rat (MUI) die Regierung aufgefordert, die Israelis nicht "
      "ins Land zu lassen.")
I8 = ("Der israelische Turnverband zog vor den Internationalen Sportgerichtshof CAS, scheiterte dort aber mit einem "
      "Eilantrag gegen den Weltverband FIG.")
I9 = "Die FIG erklärte, sie habe alles versucht, müsse die Entscheidung der Gastgeber aber hinnehmen."
I10 = ("Der israelische Olympiasieger Artem Dolgopyat sprach mit Blick auf Jakarta von einem „schwarzen Tag für den "
       "Sport“.")
I11 = ("Die Präsidentin des Israelischen Olympischen Komitees, Yael Arad, begrüßte den Beschluss des IOC als „klares "
       "Signal gegen Diskriminierung“.")
I12 = ("Indonesiens Sportminister Erick Thohir sagte, man respektiere die Entscheidung, Sicherheit und öffentliche "
       "Ordnung hätten aber Vorrang gehabt.")
I13 = "Man werde mit dem IOC das Gespräch suchen, um eine Lösung zu finden, fügte er hinzu."
I14 = ("Das Land mit der weltweit größten muslimischen Bevölkerung hatte sich zuletzt Hoffnungen auf die Ausrichtung "
       "der Olympischen Spiele 2036 gemacht.")
I15 = ("Bereits 2023 hatte der Weltfußballverband FIFA Indonesien die U20-Weltmeisterschaft entzogen, nachdem "
       "Politiker gegen eine Teilnahme Israels protestiert hatten.")

DE03 = {
    "id": "hm373-de-03", "lang": "de", "url": None, "published": "2025-10-22",
    "title": "IOC setzt Gespräche mit Indonesien nach Ausschluss israelischer Turner aus",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11], [I12, I13, I14, I15]),
    "events": [
        event("SANCTION", IOC, KOI, I1, mode="discontinue"),
        event("SANCTION", IOC_EB, KOI, I2, mode="discontinue", date="2025-10-22", location="Lausanne",
              location_country="CHE"),
        event("REQUEST", IOC, IDN_GOV, I3, mode="change"),
        event("REQUEST", IOC, INT_FEDERATIONS, I4, mode="change"),
        event("REJECT", IDN_GOV, ISR_GYMNASTS, I5),
        event("REQUEST", MUI, IDN_GOV, I7),
        event("ACCUSE", ISR_GYM_FED, FIG, I8, mode="allege"),
        event("REJECT", CAS, ISR_GYM_FED, I8),
        event("ACCUSE", DOLGOPYAT, IDN_GOV, I10, mode="disapprove"),
        event("SUPPORT", ARAD, IOC, I11),
        event("AGREE", THOHIR, IOC, I13),
        event("SANCTION", FIFA_I, PSSI, I15, mode="discontinue"),
    ],
    "quotes": [
        quote("Dies gelte so lange, bis die indonesische Regierung garantiere, dass alle Sportler unabhängig von ihrer "
              "Nationalität einreisen dürften", "International Olympic Committee", "indirect"),
        quote("dass Indonesien keine diplomatischen Beziehungen zu Israel unterhalte und das Vorgehen Israels im "
              "Gazastreifen ablehne", "Yusril Ihza Mahendra", "indirect"),
        quote("sie habe alles versucht, müsse die Entscheidung der Gastgeber aber hinnehmen",
              "International Gymnastics Federation", "indirect"),
        quote("schwarzen Tag für den Sport", "Artem Dolgopyat", "direct"),
        quote("klares Signal gegen Diskriminierung", "Yael Arad", "direct"),
        quote("man respektiere die Entscheidung, Sicherheit und öffentliche Ordnung hätten aber Vorrang gehabt",
              "Erick Thohir", "indirect"),
        quote("Man werde mit dem IOC das Gespräch suchen, um eine Lösung zu finden", "Erick Thohir", "indirect"),
    ],
    "entities": [
        entity("Lausanne", "LOC", "CHE", ["Lausanne"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Israeli gymnastics team", "PER", "ISR", ["israelischer Turner", "der israelischen Mannschaft",
                                                         "die Israelis"]),
        entity("International Olympic Committee", "ORG", "NGO", ["Internationale Olympische Komitee (IOC)", "IOC"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesien", "des Landes", "Indonesiens",
                                           "Das Land mit der weltweit größten muslimischen Bevölkerung"]),
        entity("IOC Executive Board", "ORG", "NGO", ["Die IOC-Exekutive"]),
        entity("Indonesian Olympic Committee", "ORG", "IDN", ["dem Nationalen Olympischen Komitee des Landes"]),
        entity("Government of Indonesia", "ORG", "IDN", ["die indonesische Regierung", "die Regierung",
                                                         "der Gastgeber"]),
        entity("international sports federations", "ORG", "NGO", ["allen internationalen Sportverbänden"]),
        entity("Yusril Ihza Mahendra", "PER", "IDN", ["Der für Einwanderung zuständige Koordinationsminister Yusril "
                                                      "Ihza Mahendra"]),
        entity("Israel", "LOC", "ISR", ["Israel", "Israels"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Indonesian Ulema Council", "ORG", "IDN", ["der einflussreiche Indonesische Ulema-Rat (MUI)"]),
        entity("Israel Gymnastics Federation", "ORG", "ISR", ["Der israelische Turnverband"]),
        entity("Court of Arbitration for Sport", "ORG", "NGO", ["den Internationalen Sportgerichtshof CAS"]),
        entity("International Gymnastics Federation", "ORG", "NGO", ["den Weltverband FIG", "Die FIG", "sie"]),
        entity("Artem Dolgopyat", "PER", "ISR", ["Der israelische Olympiasieger Artem Dolgopyat"]),
        entity("Yael Arad", "PER", "ISR", ["Die Präsidentin des Israelischen Olympischen Komitees, Yael Arad"]),
        entity("Olympic Committee of Israel", "ORG", "ISR", ["des Israelischen Olympischen Komitees"]),
        entity("Erick Thohir", "PER", "IDN", ["Indonesiens Sportminister Erick Thohir", "er"]),
        entity("FIFA", "ORG", "NGO", ["der Weltfußballverband FIFA"]),
        entity("Football Association of Indonesia", "ORG", "IDN", []),
        entity("Indonesian politicians opposed to Israel's participation", "PER", "IDN", ["Politiker"]),
    ],
}

# ---------------------------------------------------------------- hm373-de-04 (Taiwan, Legislative Yuan reform)
DPP_LAWMAKERS = actor("Democratic Progressive Party legislators", "TWN", "LEG")
KMT = actor("Kuomintang", "TWN", "PTY")
TPP = actor("Taiwan People's Party", "TWN", "PTY")
TWN_PROTESTERS = actor("protesters against the Legislative Yuan reform", "TWN", "CVL")
LEG_YUAN = actor("Legislative Yuan", "TWN", "LEG")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
DPP_CAUCUS = actor("Democratic Progressive Party caucus", "TWN", "LEG")
FU = actor("Fu Kun-chi", "TWN", "LEG")
HUANG = actor("Huang Kuo-chang", "TWN", "LEG")
KMT_LAWMAKERS = actor("Kuomintang legislators", "TWN", "LEG")
LAI = actor("Lai Ching-te", "TWN", "GOV")
MCCAUL = actor("Michael McCaul", "USA", "LEG")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")
PLA = actor("People's Liberation Army", "CHN", "MIL")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")

W1 = ("Taipeh (dpa) - Ungeachtet massiver Proteste hat Taiwans von der Opposition kontrolliertes Parlament umstrittene "
      "Gesetzesänderungen verabschiedet, die seine Kontrollrechte gegenüber der Regierung deutlich ausweiten.")
W2 = ("Die Abgeordneten der Kuomintang (KMT) und der kleineren Taiwanischen Volkspartei (TPP) stimmten am Dienstag in "
      "dritter Lesung für die Reform, während Abgeordnete der regierenden Demokratischen Fortschrittspartei (DPP) im "
      "Plenarsaal mit Transparenten protestierten.")
W3 = "Vor dem Parlamentsgebäude demonstrierten bis in den Abend Zehntausende Menschen gegen das Gesetzespaket."
W4 = ("Viele trugen Symbole eines blauen Vogels, die der sogenannten Blauvogel-Bewegung in Anlehnung an die Straße vor "
      "dem Parlament ihren Namen gaben.")
W5 = ("Die Reform stellt unter anderem falsche Aussagen von Regierungsvertretern vor dem Parlament unter Strafe und "
      "verpflichtet den Präsidenten zu regelmäßigen Berichten vor den Abgeordneten.")
W6 = ("Die DPP wirft KMT und TPP vor, das Gesetz ohne ausreichende Beratung durch das Parlament gepeitscht zu "
      "haben.")
W7 = "Ihre Fraktion kündigte an, das Verfassungsgericht anzurufen."
W8 = "Regierungschef Cho Jung-tai sagte, sein Kabinett prüfe, eine erneute Abstimmung zu beantragen."
W9 = ("KMT-Fraktionschef Fu Kun-chi wies die Kritik zurück und warf der DPP vor, Falschinformationen über die Reform "
      "zu verbreiten.")
W10 = "„Das Parlament holt sich nur die Rechte zurück, die ihm zustehen“, sagte er."
W11 = ("TPP-Fraktionschef Huang Kuo-chang sagte, die DPP könne nicht akzeptieren, dass sie bei der Wahl im Januar ihre "
       "Mehrheit im Parlament verloren habe.")
W12 = ("Am 17. Mai hatten sich Abgeordnete von DPP und KMT während einer Debatte über die Reform im Plenarsaal "
       "geprügelt, mehrere mussten im Krankenhaus behandelt werden.")
W13 = ("Präsident Lai Ching-te, der erst vor gut einer Woche sein Amt angetreten hatte, hatte die Parteien "
       "aufgerufen, die Verfassung zu achten und ihren Streit durch Verhandlungen beizulegen.")
W14 = ("Am Montag empfing Lai eine Delegation des US-Kongresses unter Leitung des republikanischen Abgeordneten "
       "Michael McCaul.")
W15 = "McCaul äußerte die Hoffnung, dass der Streit die Demokratie der Insel nicht schwäche."
W16 = ("Das Taiwan-Büro der chinesischen Regierung hatte der DPP bereits in der vergangenen Woche vorgeworfen, die "
       "Proteste angestiftet zu haben, um von ihrer „separatistischen“ Politik abzulenken.")
W17 = ("Peking betrachtet Taiwan als Teil der Volksrepublik und hatte die Insel kurz nach Lais Amtsantritt mit einem "
       "großangelegten Militärmanöver umstellt.")

DE04 = {
    "id": "hm373-de-04", "lang": "de", "url": None, "published": "2024-05-28",
    "title": "Taiwans Parlament beschließt umstrittene Reform trotz Protesten",
    "text": paragraphs([W1, W2, W3, W4, W5], [W6, W7, W8], [W9, W10, W11, W12], [W13, W14, W15], [W16, W17]),
    "events": [
        event("PROTEST", DPP_LAWMAKERS, KMT, W2, mode="demo", date="2024-05-28", location="Taipei",
              location_country="TWN"),
        event("PROTEST", DPP_LAWMAKERS, TPP, W2, mode="demo", date="2024-05-28", location="Taipei",
              location_country="TWN"),
        event("PROTEST", TWN_PROTESTERS, LEG_YUAN, W3, mode="demo", date="2024-05-28", location="Taipei",
              location_country="TWN"),
        event("ACCUSE", DPP, KMT, W6, mode="disapprove"),
        event("ACCUSE", DPP, TPP, W6, mode="disapprove"),
        event("THREATEN", DPP_CAUCUS, LEG_YUAN, W7),
        event("ACCUSE", FU, DPP, W9, mode="allege"),
        event("ACCUSE", HUANG, DPP, W11, mode="disapprove"),
        event("ASSAULT", DPP_LAWMAKERS, KMT_LAWMAKERS, W12, mode="beat", date="2024-05-17", location="Taipei",
              location_country="TWN"),
        event("ASSAULT", KMT_LAWMAKERS, DPP_LAWMAKERS, W12, mode="beat", date="2024-05-17", location="Taipei",
              location_country="TWN"),
        event("REQUEST", LAI, None, W13),
        event("CONSULT", MCCAUL, LAI, W14, mode="visit", date="2024-05-27", location="Taipei",
              location_country="TWN"),
        event("ACCUSE", TAO, DPP, W16, mode="allege"),
        event("MOBILIZE", PLA, TWN_GOV, W17, mode="troops"),
    ],
    "quotes": [
        quote("das Gesetz ohne ausreichende Beratung durch das Parlament gepeitscht zu haben",
              "Democratic Progressive Party", "indirect"),
        quote("sein Kabinett prüfe, eine erneute Abstimmung zu beantragen", "Cho Jung-tai", "indirect"),
        quote("Falschinformationen über die Reform zu verbreiten", "Fu Kun-chi", "indirect"),
        quote("Das Parlament holt sich nur die Rechte zurück, die ihm zustehen", "Fu Kun-chi", "direct"),
        quote("die DPP könne nicht akzeptieren, dass sie bei der Wahl im Januar ihre Mehrheit im Parlament verloren "
              "habe", "Huang Kuo-chang", "indirect"),
        quote("dass der Streit die Demokratie der Insel nicht schwäche", "Michael McCaul", "indirect"),
        quote("die Proteste angestiftet zu haben, um von ihrer „separatistischen“ Politik abzulenken",
              "Taiwan Affairs Office", "indirect"),
        quote("separatistischen", "Taiwan Affairs Office", "direct"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans", "Taiwan", "der Insel", "die Insel"]),
        entity("Legislative Yuan", "ORG", "TWN", ["Taiwans von der Opposition kontrolliertes Parlament",
                                                  "dem Parlamentsgebäude", "dem Parlament", "das Parlament",
                                                  "Das Parlament", "Parlament"]),
        entity("Kuomintang", "ORG", "TWN", ["Kuomintang (KMT)", "KMT"]),
        entity("Taiwan People's Party", "ORG", "TWN", ["der kleineren Taiwanischen Volkspartei (TPP)", "TPP"]),
        entity("Democratic Progressive Party", "ORG", "TWN", ["der regierenden Demokratischen Fortschrittspartei "
                                                              "(DPP)", "Die DPP", "der DPP", "die DPP", "DPP"]),
        entity("Democratic Progressive Party legislators", "PER", "TWN",
               ["Abgeordnete der regierenden Demokratischen Fortschrittspartei (DPP)"]),
        entity("protesters against the Legislative Yuan reform", "PER", "TWN", ["Zehntausende Menschen", "Viele"]),
        entity("Bluebird Movement", "ORG", "TWN", ["der sogenannten Blauvogel-Bewegung"]),
        entity("Qingdao East Road", "LOC", "TWN", ["die Straße vor dem Parlament"]),
        entity("Democratic Progressive Party caucus", "ORG", "TWN", ["Ihre Fraktion"]),
        entity("Constitutional Court of Taiwan", "ORG", "TWN", ["das Verfassungsgericht"]),
        entity("Cho Jung-tai", "PER", "TWN", ["Regierungschef Cho Jung-tai"]),
        entity("Executive Yuan", "ORG", "TWN", ["sein Kabinett", "der Regierung"]),
        entity("Fu Kun-chi", "PER", "TWN", ["KMT-Fraktionschef Fu Kun-chi", "er"]),
        entity("Huang Kuo-chang", "PER", "TWN", ["TPP-Fraktionschef Huang Kuo-chang"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai", "Lais", "den Präsidenten"]),
        entity("United States Congress", "ORG", "USA", ["eine Delegation des US-Kongresses"]),
        entity("Michael McCaul", "PER", "USA", ["des republikanischen Abgeordneten Michael McCaul", "McCaul"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Das Taiwan-Büro der chinesischen Regierung"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "der chinesischen Regierung"]),
        entity("People's Republic of China", "LOC", "CHN", ["der Volksrepublik"]),
        entity("People's Liberation Army", "ORG", "CHN", []),
    ],
}

# ---------------------------------------------------------------- hm373-en-01 (FIFA, Saudi Arabia 2034)
FIFA = actor("FIFA", "NGO", "NGO")
FIFA_CONGRESS = actor("FIFA Congress", "NGO", "NGO")
SAU = actor("Saudi Arabia", "SAU", "GOV")
MOROCCO = actor("Morocco", "MAR", "GOV")
SPAIN = actor("Spain", "ESP", "GOV")
PORTUGAL = actor("Portugal", "PRT", "GOV")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
NFF = actor("Football Association of Norway", "NOR", "NGO")
INFANTINO = actor("Gianni Infantino", "NGO", "NGO")
ABDULAZIZ = actor("Abdulaziz bin Turki Al Faisal", "SAU", "GOV")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
COCKBURN = actor("Steve Cockburn", "NGO", "NGO")
SAU_AUTHORITIES = actor("Saudi authorities", "SAU", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
BWI = actor("Building and Wood Workers' International", "NGO", "LAB")
FEMALE_PLAYERS = actor("female professional footballers", "NGO", "CVL")
SANCHEZ = actor("Pedro Sánchez", "ESP", "GOV")
MOHAMMED_VI = actor("Mohammed VI", "MAR", "GOV")

F1 = ("ZURICH (AP) — FIFA confirmed Saudi Arabia as host of the 2034 World Cup on Wednesday, ending a process that "
      "human rights groups said had handed soccer's biggest event to the kingdom without any serious scrutiny.")
F2 = ("The decision was made by acclamation at an online congress of FIFA's 211 member federations, which in the same "
      "vote approved Morocco, Spain and Portugal as co-hosts of the 2030 tournament, with three opening games in "
      "Uruguay, Argentina and Paraguay.")
F3 = ("Delegates applauded after FIFA President Gianni Infantino put both bids to a single vote, a format that "
      "Norway's soccer federation had said it could not support.")
F4 = "\"This is a great day for football and for the world,\" Infantino said in Zurich."
F5 = ("FIFA's own evaluation report had given the Saudi bid a record score of 419.8 out of 500 and rated the human "
      "rights risk as \"medium.\"")
F6 = ("Saudi Sports Minister Prince Abdulaziz bin Turki Al Faisal thanked FIFA and pledged to deliver \"the best World "
      "Cup ever\" in 15 stadiums, most of which have yet to be built.")
F7 = ("Amnesty International called the decision \"reckless\" and said it would put the lives of migrant workers at "
      "risk.")
F8 = ("\"FIFA has chosen to ignore the warnings,\" said Steve Cockburn, Amnesty's head of labor rights and sport, who "
      "urged Saudi authorities to abolish the kafala sponsorship system before construction begins.")
F9 = ("Human Rights Watch said FIFA had failed to secure binding commitments on labor rights, free speech and the "
      "rights of women before awarding the tournament.")
F10 = ("In June, the Building and Wood Workers' International union federation filed a complaint with the "
       "International Labour Organization accusing Saudi Arabia of wage theft and deadly working conditions for "
       "migrant laborers.")
F11 = "Saudi officials have dismissed such criticism, saying the tournament will speed up reforms."
F12 = ("More than 100 female players signed an open letter in October urging FIFA to end its sponsorship deal with "
       "Saudi state oil company Aramco.")
F13 = "FIFA turned down the demand, saying Aramco's money would benefit the game at all levels."
F14 = ("The 2034 tournament is expected to be moved to the northern winter to avoid the desert heat, as was the 2022 "
       "World Cup in neighboring Qatar.")
F15 = ("Spanish Prime Minister Pedro Sánchez welcomed the 2030 award on X, calling it \"a source of pride for the "
       "whole country.\"")
F16 = "King Mohammed VI of Morocco sent Infantino a message of thanks, the royal palace in Rabat said."

EN01 = {
    "id": "hm373-en-01", "lang": "en", "url": None, "published": "2024-12-11",
    "title": "FIFA confirms Saudi Arabia as 2034 World Cup host despite rights concerns",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10, F11], [F12, F13, F14], [F15, F16]),
    "events": [
        event("SUPPORT", FIFA, SAU, F1, date="2024-12-11"),
        event("ACCUSE", RIGHTS_GROUPS, FIFA, F1, mode="disapprove"),
        event("SUPPORT", FIFA_CONGRESS, SAU, F2),
        event("SUPPORT", FIFA_CONGRESS, MOROCCO, F2),
        event("SUPPORT", FIFA_CONGRESS, SPAIN, F2),
        event("SUPPORT", FIFA_CONGRESS, PORTUGAL, F2),
        event("REJECT", NFF, FIFA, F3),
        event("SUPPORT", ABDULAZIZ, FIFA, F6),
        event("AGREE", ABDULAZIZ, FIFA, F6),
        event("ACCUSE", AMNESTY, FIFA, F7, mode="disapprove"),
        event("ACCUSE", COCKBURN, FIFA, F8, mode="disapprove"),
        event("REQUEST", COCKBURN, SAU_AUTHORITIES, F8, mode="change"),
        event("ACCUSE", HRW, FIFA, F9, mode="disapprove"),
        event("ACCUSE", BWI, SAU, F10, mode="allege"),
        event("REQUEST", FEMALE_PLAYERS, FIFA, F12, mode="change"),
        event("REJECT", FIFA, FEMALE_PLAYERS, F13, mode="change"),
        event("SUPPORT", SANCHEZ, FIFA, F15),
        event("SUPPORT", MOHAMMED_VI, INFANTINO, F16),
    ],
    "quotes": [
        quote("had handed soccer's biggest event to the kingdom without any serious scrutiny", "human rights groups",
              "indirect"),
        quote("it could not support", "Football Association of Norway", "indirect"),
        quote("This is a great day for football and for the world", "Gianni Infantino", "direct"),
        quote("medium", "FIFA", "direct"),
        quote("the best World Cup ever", "Abdulaziz bin Turki Al Faisal", "direct"),
        quote("reckless", "Amnesty International", "direct"),
        quote("it would put the lives of migrant workers at risk", "Amnesty International", "indirect"),
        quote("FIFA has chosen to ignore the warnings", "Steve Cockburn", "direct"),
        quote("FIFA had failed to secure binding commitments on labor rights, free speech and the rights of women "
              "before awarding the tournament", "Human Rights Watch", "indirect"),
        quote("the tournament will speed up reforms", "Saudi officials", "indirect"),
        quote("Aramco's money would benefit the game at all levels", "FIFA", "indirect"),
        quote("a source of pride for the whole country", "Pedro Sánchez", "direct"),
        quote("King Mohammed VI of Morocco sent Infantino a message of thanks", "Royal Palace of Morocco",
              "indirect"),
    ],
    "entities": [
        entity("Zurich", "LOC", "CHE", ["ZURICH", "Zurich"]),
        entity("FIFA", "ORG", "NGO", ["FIFA", "FIFA's"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the kingdom", "Saudi"]),
        entity("human rights groups", "ORG", "NGO", ["human rights groups"]),
        entity("FIFA Congress", "ORG", "NGO", ["an online congress of FIFA's 211 member federations"]),
        entity("Morocco", "LOC", "MAR", ["Morocco"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Portugal", "LOC", "PRT", ["Portugal"]),
        entity("Uruguay", "LOC", "URY", ["Uruguay"]),
        entity("Argentina", "LOC", "ARG", ["Argentina"]),
        entity("Paraguay", "LOC", "PRY", ["Paraguay"]),
        entity("Gianni Infantino", "PER", "CHE", ["FIFA President Gianni Infantino", "Infantino"]),
        entity("Football Association of Norway", "ORG", "NOR", ["Norway's soccer federation"]),
        entity("Abdulaziz bin Turki Al Faisal", "PER", "SAU", ["Saudi Sports Minister Prince Abdulaziz bin Turki Al "
                                                               "Faisal"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnesty's"]),
        entity("Steve Cockburn", "PER", "GBR", ["Steve Cockburn, Amnesty's head of labor rights and sport"]),
        entity("Saudi authorities", "ORG", "SAU", ["Saudi authorities"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Building and Wood Workers' International", "ORG", "NGO",
               ["the Building and Wood Workers' International union federation"]),
        entity("International Labour Organization", "ORG", "UNO", ["the International Labour Organization"]),
        entity("Saudi officials", "PER", "SAU", ["Saudi officials"]),
        entity("female professional footballers", "PER", "NGO", ["More than 100 female players"]),
        entity("Aramco", "ORG", "SAU", ["Saudi state oil company Aramco", "Aramco's"]),
        entity("Qatar", "LOC", "QAT", ["neighboring Qatar"]),
        entity("Pedro Sánchez", "PER", "ESP", ["Spanish Prime Minister Pedro Sánchez"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Mohammed VI", "PER", "MAR", ["King Mohammed VI of Morocco"]),
        entity("Royal Palace of Morocco", "ORG", "MAR", ["the royal palace in Rabat"]),
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
    ],
}

# ---------------------------------------------------------------- hm373-en-02 (IOC, Khelif bout and Meloni)
IOC_B = actor("International Olympic Committee", "NGO", "NGO")
KHELIF = actor("Imane Khelif", "DZA", "CVL")
LIN = actor("Lin Yu-ting", "TWN", "CVL")
IBA = actor("International Boxing Association", "NGO", "NGO")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
BACH = actor("Thomas Bach", "NGO", "NGO")
ABODI = actor("Andrea Abodi", "ITA", "GOV")
COA = actor("Algerian Olympic Committee", "DZA", "NGO")
LAI_B = actor("Lai Ching-te", "TWN", "GOV")
TWN_SPORTS = actor("Sports Administration of Taiwan", "TWN", "GOV")
CARINI = actor("Angela Carini", "ITA", "CVL")

B1 = ("PARIS (AP) — The International Olympic Committee on Thursday defended Algerian boxer Imane Khelif after her "
      "Italian opponent quit their bout in tears after 46 seconds, reigniting a bitter debate over gender eligibility "
      "that has drawn in Italy's prime minister.")
B2 = ("Angela Carini abandoned the 66-kilogram round-of-16 fight at the North Paris Arena after taking a punch to the "
      "nose and left the ring without shaking Khelif's hand.")
B3 = "\"I have never felt a punch like this,\" the 25-year-old told reporters."
B4 = ("Khelif and Taiwan's Lin Yu-ting were disqualified from last year's world championships in New Delhi by the "
      "International Boxing Association, which said they had failed gender eligibility tests.")
B5 = ("The IOC, which stripped the Russian-led IBA of its recognition over governance and financial concerns, cleared "
      "both boxers to compete in Paris.")
B6 = ("\"Everyone competing in the women's category is complying with the competition eligibility rules,\" IOC "
      "spokesman Mark Adams said.")
B7 = ("The IOC called the IBA's 2023 decision \"sudden and arbitrary\" and said the two athletes had been subjected to "
      "abuse online.")
B8 = ("Italian Prime Minister Giorgia Meloni said athletes with \"male genetic characteristics\" should not be admitted "
      "to women's competitions.")
B9 = ("\"It did not seem like a fight on equal terms,\" Meloni told reporters, adding that she would raise the issue "
      "with IOC President Thomas Bach when they meet in Paris on Saturday.")
B10 = "Italy's sports minister, Andrea Abodi, said he had asked the IOC for explanations before the bout."
B11 = ("The Algerian Olympic Committee condemned what it called the \"unethical targeting and defamation\" of Khelif "
       "by some foreign media and said it stood firmly behind her.")
B12 = "In Taipei, President Lai Ching-te posted a message of support for Lin, who is due to fight later Friday."
B13 = ("Taiwan's Sports Administration accused the IBA of spreading false claims and said it was considering legal "
       "action.")
B14 = ("On Friday, Carini said she was sorry she had not shaken Khelif's hand and that she had not meant to make a "
       "statement against her.")
B15 = "\"If I saw her again, I would hug her,\" she told the Gazzetta dello Sport newspaper."
B16 = ("Khelif, a silver medalist at the 2022 world championships, faces Hungary's Anna Luca Hamori in the "
       "quarterfinals on Saturday.")

EN02 = {
    "id": "hm373-en-02", "lang": "en", "url": None, "published": "2024-08-02",
    "title": "IOC defends Algerian boxer Khelif after Italian quits bout; Meloni weighs in",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7], [B8, B9, B10], [B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("SUPPORT", IOC_B, KHELIF, B1, date="2024-08-01"),
        event("SANCTION", IBA, KHELIF, B4, mode="expel", location="New Delhi", location_country="IND"),
        event("SANCTION", IBA, LIN, B4, mode="expel", location="New Delhi", location_country="IND"),
        event("SANCTION", IOC_B, IBA, B5, mode="expel"),
        event("SUPPORT", IOC_B, KHELIF, B5),
        event("SUPPORT", IOC_B, LIN, B5),
        event("ACCUSE", IOC_B, IBA, B7, mode="disapprove"),
        event("ACCUSE", MELONI, IOC_B, B8, mode="disapprove"),
        event("ACCUSE", MELONI, IOC_B, B9, mode="disapprove"),
        event("AGREE", MELONI, BACH, B9),
        event("REQUEST", ABODI, IOC_B, B10),
        event("ACCUSE", COA, None, B11, mode="disapprove"),
        event("SUPPORT", COA, KHELIF, B11),
        event("SUPPORT", LAI_B, LIN, B12),
        event("ACCUSE", TWN_SPORTS, IBA, B13, mode="allege"),
        event("CONCEDE", CARINI, KHELIF, B14, date="2024-08-02"),
    ],
    "quotes": [
        quote("I have never felt a punch like this", "Angela Carini", "direct"),
        quote("they had failed gender eligibility tests", "International Boxing Association", "indirect"),
        quote("Everyone competing in the women's category is complying with the competition eligibility rules",
              "Mark Adams", "direct"),
        quote("sudden and arbitrary", "International Olympic Committee", "direct"),
        quote("the two athletes had been subjected to abuse online", "International Olympic Committee", "indirect"),
        quote("male genetic characteristics", "Giorgia Meloni", "direct"),
        quote("athletes with \"male genetic characteristics\" should not be admitted to women's competitions",
              "Giorgia Meloni", "indirect"),
        quote("It did not seem like a fight on equal terms", "Giorgia Meloni", "direct"),
        quote("she would raise the issue with IOC President Thomas Bach when they meet in Paris on Saturday",
              "Giorgia Meloni", "indirect"),
        quote("he had asked the IOC for explanations before the bout", "Andrea Abodi", "indirect"),
        quote("unethical targeting and defamation", "Algerian Olympic Committee", "direct"),
        quote("it stood firmly behind her", "Algerian Olympic Committee", "indirect"),
        quote("it was considering legal action", "Sports Administration of Taiwan", "indirect"),
        quote("she was sorry she had not shaken Khelif's hand and that she had not meant to make a statement against "
              "her", "Angela Carini", "indirect"),
        quote("If I saw her again, I would hug her", "Angela Carini", "direct"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["PARIS", "Paris"]),
        entity("International Olympic Committee", "ORG", "NGO", ["The International Olympic Committee", "The IOC",
                                                                 "IOC", "the IOC"]),
        entity("Imane Khelif", "PER", "DZA", ["Algerian boxer Imane Khelif", "Khelif's", "Khelif", "her"]),
        entity("Angela Carini", "PER", "ITA", ["her Italian opponent", "Angela Carini", "the 25-year-old", "Carini",
                                               "she"]),
        entity("Italy", "LOC", "ITA", ["Italy's"]),
        entity("North Paris Arena", "LOC", "FRA", ["the North Paris Arena"]),
        entity("Lin Yu-ting", "PER", "TWN", ["Taiwan's Lin Yu-ting", "Lin"]),
        entity("New Delhi", "LOC", "IND", ["New Delhi"]),
        entity("International Boxing Association", "ORG", "NGO", ["the International Boxing Association",
                                                                  "the Russian-led IBA", "the IBA's", "the IBA"]),
        entity("Mark Adams", "PER", "GBR", ["IOC spokesman Mark Adams"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Italian Prime Minister Giorgia Meloni", "Meloni"]),
        entity("Thomas Bach", "PER", "DEU", ["IOC President Thomas Bach"]),
        entity("Andrea Abodi", "PER", "ITA", ["Italy's sports minister, Andrea Abodi"]),
        entity("Algerian Olympic Committee", "ORG", "DZA", ["The Algerian Olympic Committee"]),
        entity("foreign media", "ORG", None, ["some foreign media"]),
        entity("Taipei", "LOC", "TWN", ["Taipei"]),
        entity("Lai Ching-te", "PER", "TWN", ["President Lai Ching-te"]),
        entity("Sports Administration of Taiwan", "ORG", "TWN", ["Taiwan's Sports Administration"]),
        entity("Gazzetta dello Sport", "ORG", "ITA", ["the Gazzetta dello Sport newspaper"]),
        entity("Anna Luca Hamori", "PER", "HUN", ["Hungary's Anna Luca Hamori"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
