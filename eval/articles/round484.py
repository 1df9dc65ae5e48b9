"""Round 484: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm484-de-01: Uganda: jailed opposition figure Kizza Besigye taken to a Kampala clinic on the tenth day of his hunger strike; the Nairobi abduction and court-martial charges, bail refused, Museveni refuses to be "blackmailed", Justice Minister Norbert Mao visits and promises a civilian court, Winnie Byanyima accuses the government, supporters tear-gassed and arrested, no civilian charges yet (2025-02-20).
- hm484-de-02: Nigeria: Binance manager Nadeem Anjarwalla escapes custody during prayers at an Abuja mosque; the February detention with Tigran Gambaryan, currency-manipulation and FIRS tax charges, Binance denies, Abuja asks Interpol and Nairobi for help, guards arrested, Gambaryan's family appeals to Washington, the central bank's earlier accusation (2024-03-26).
- hm484-de-03: Somalia/Ethiopia: Mogadishu accuses Ethiopian troops of attacking Somali army, police and intelligence posts in Doolow (Gedo) days after the Ankara Declaration; Ethiopia's army denies, Jubaland blames Mogadishu, the arrest warrant for Madobe, Faki urges restraint, the earlier AUSSOM threat, Fiqi phones Fidan (2024-12-24).
- hm484-de-04: Cameroon: Territorial Administration Minister Paul Atanga Nji bans the opposition alliances APC and ATC as "illegal" and threatens their leaders; Kamto calls it an "act of panic" and vows to carry on, police break up an APC meeting in Douala and arrest 15, the MRC, the bishops and the US embassy react, the government denies targeting the opposition (2024-03-13).
- hm484-en-01: Guinea: the junta's territorial administration ministry dissolves 53 parties, suspends 54 and puts 67 including the UFDG and RPG under observation; the UFDG and Konaté attack the junta, Forces Vives demand a handover, Ibrahima Kalil Condé denies targeting anyone, the broken ECOWAS pledge, missing activists Foniké Menguè and Billo Bah, the U.N. rights office urges a reversal (2024-10-29).
- hm484-en-02: Kenya/Tanzania: Tanzanian activist Maria Sarungi Tsehai abducted by armed men in Nairobi's Kilimani and freed hours later; Amnesty Kenya's account, police investigate and deny holding her, no arrests, the LSK and Faith Odhiambo accuse and demand, Houghton urges protection, Msigwa denies Tanzanian involvement, the Mbowe and Lissu arrests recalled, Ruto's pledge (2025-01-13).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm484-de-01 (Uganda, Besigye hunger strike)
BESIGYE = actor("Kizza Besigye", "UGA", "OPP")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
UGA_CMI = actor("Ugandan military intelligence", "UGA", "MIL")
UGA_COURT_MARTIAL = actor("General Court Martial of Uganda", "UGA", "JUD")
UGA_JUDGE = actor("Ugandan judge", "UGA", "JUD")
BESIGYE_LAWYERS = actor("lawyers of Kizza Besigye", "UGA", "CVL")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
MAO = actor("Norbert Mao", "UGA", "GOV")
BYANYIMA = actor("Winnie Byanyima", "UGA", "CVL")
BESIGYE_SUPPORTERS = actor("supporters of Kizza Besigye", "UGA", "CVL")
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
UGA_DPP = actor("Office of the Director of Public Prosecutions of Uganda", "UGA", "JUD")

U1 = ("Kampala (dpa) - Der inhaftierte ugandische Oppositionspolitiker Kizza Besigye ist nach zehn Tagen im "
      "Hungerstreik in ein Krankenhaus gebracht worden.")
U2 = ("Gefängnisbeamte hätten den 68-Jährigen am Mittwoch aus dem Hochsicherheitsgefängnis Luzira in eine Privatklinik "
      "in Kampala verlegt, teilte ein Sprecher der Strafvollzugsbehörde mit.")
U3 = "Besigye verweigert seit dem 10. Februar die Nahrung, um gegen seine andauernde Haft zu protestieren."
U4 = ("Der frühere Präsidentschaftskandidat war im November in der kenianischen Hauptstadt Nairobi von ugandischen "
      "Militärgeheimdienstlern verschleppt und nach Uganda gebracht worden.")
U5 = "Dort klagte ihn ein Militärgericht wegen illegalen Waffenbesitzes und Hochverrats an."
U6 = ("Ein Richter in Kampala lehnte in der vergangenen Woche einen Antrag seiner Anwälte auf Freilassung gegen "
      "Kaution ab.")
U7 = ("Präsident Yoweri Museveni hatte am Sonntag erklärt, er lasse sich durch den Hungerstreik nicht „erpressen“.")
U8 = "Über den Fall würden die Gerichte entscheiden, schrieb der 80-Jährige auf der Plattform X."
U9 = ("Justizminister Norbert Mao besuchte Besigye am Mittwoch in der Klinik und rief ihn auf, den Hungerstreik zu "
      "beenden.")
U10 = ("„Ich habe ihm gesagt, dass sein Leben wichtiger ist als jeder politische Streit“, sagte Mao nach dem "
       "Treffen.")
U11 = "Zugleich sagte er zu, dass das Verfahren rasch an ein ziviles Gericht übergeben werde."
U12 = ("Besigyes Ehefrau Winnie Byanyima, Direktorin des UN-Programms UNAIDS, warf der Regierung vor, das Leben ihres "
       "Mannes aufs Spiel zu setzen.")
U13 = "Sie forderte seine sofortige Freilassung."
U14 = "Vor der Klinik forderten am Mittwoch Dutzende Anhänger des Politikers mit Sprechchören seine Freilassung."
U15 = "Die Polizei trieb sie mit Tränengas auseinander und nahm zwölf Menschen fest."
U16 = "Die Staatsanwaltschaft hat bislang keine Anklage vor einem zivilen Gericht erhoben."
U17 = "Besigye trat viermal erfolglos gegen Museveni an, der Uganda seit 1986 regiert."
U18 = "Im Januar 2026 wird in dem ostafrikanischen Land ein neuer Präsident gewählt."

DE01 = {
    "id": "hm484-de-01", "lang": "de", "url": None, "published": "2025-02-20",
    "title": "Ugandischer Oppositionspolitiker Besigye nach Hungerstreik in Klinik",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7, U8], [U9, U10, U11], [U12, U13, U14, U15],
                       [U16, U17, U18]),
    "events": [
        event("PROTEST", BESIGYE, UGA_GOV, U3, mode="hunger"),
        event("ASSAULT", UGA_CMI, BESIGYE, U4, mode="abduct", location="Nairobi", location_country="KEN"),
        event("ACCUSE", UGA_COURT_MARTIAL, BESIGYE, U5, mode="allege"),
        event("REJECT", UGA_JUDGE, BESIGYE_LAWYERS, U6, mode="yield", location="Kampala", location_country="UGA"),
        event("REJECT", MUSEVENI, BESIGYE, U7, mode="yield", date="2025-02-16"),
        event("CONSULT", MAO, BESIGYE, U9, mode="visit", date="2025-02-19", location="Kampala",
              location_country="UGA"),
        event("REQUEST", MAO, BESIGYE, U9, mode="yield", date="2025-02-19"),
        event("AGREE", MAO, BESIGYE, U11),
        event("ACCUSE", BYANYIMA, UGA_GOV, U12, mode="disapprove"),
        event("REQUEST", BYANYIMA, UGA_GOV, U13, mode="yield"),
        event("PROTEST", BESIGYE_SUPPORTERS, UGA_GOV, U14, mode="demo", date="2025-02-19", location="Kampala",
              location_country="UGA"),
        event("ASSAULT", UGA_POLICE, BESIGYE_SUPPORTERS, U15, mode="crowd-control", location="Kampala",
              location_country="UGA"),
        event("COERCE", UGA_POLICE, BESIGYE_SUPPORTERS, U15, mode="arrest", location="Kampala",
              location_country="UGA"),
        event("ACCUSE", UGA_DPP, BESIGYE, U16, mode="allege", negated=True),
    ],
    "quotes": [
        quote("Gefängnisbeamte hätten den 68-Jährigen am Mittwoch aus dem Hochsicherheitsgefängnis Luzira in eine "
              "Privatklinik in Kampala verlegt", "Spokesperson of the Uganda Prisons Service", "indirect"),
        quote("erpressen", "Yoweri Museveni", "direct"),
        quote("er lasse sich durch den Hungerstreik nicht „erpressen“", "Yoweri Museveni", "indirect"),
        quote("Über den Fall würden die Gerichte entscheiden", "Yoweri Museveni", "indirect"),
        quote("Ich habe ihm gesagt, dass sein Leben wichtiger ist als jeder politische Streit", "Norbert Mao",
              "direct"),
        quote("dass das Verfahren rasch an ein ziviles Gericht übergeben werde", "Norbert Mao", "indirect"),
        quote("das Leben ihres Mannes aufs Spiel zu setzen", "Winnie Byanyima", "indirect"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Kizza Besigye", "PER", "UGA",
               ["Der inhaftierte ugandische Oppositionspolitiker Kizza Besigye", "den 68-Jährigen", "Besigye",
                "seine", "Der frühere Präsidentschaftskandidat", "ihn", "seiner", "ihm", "sein", "Besigyes",
                "ihres Mannes", "des Politikers"]),
        entity("Uganda Prisons Service", "ORG", "UGA", ["Gefängnisbeamte", "der Strafvollzugsbehörde"]),
        entity("Spokesperson of the Uganda Prisons Service", "PER", "UGA", ["ein Sprecher der Strafvollzugsbehörde"]),
        entity("Luzira Prison", "LOC", "UGA", ["dem Hochsicherheitsgefängnis Luzira"]),
        entity("private clinic in Kampala", "LOC", "UGA", ["eine Privatklinik in Kampala", "der Klinik"]),
        entity("Nairobi", "LOC", "KEN", ["der kenianischen Hauptstadt Nairobi"]),
        entity("Ugandan military intelligence", "ORG", "UGA", ["ugandischen Militärgeheimdienstlern"]),
        entity("Uganda", "LOC", "UGA", ["Uganda", "Dort", "dem ostafrikanischen Land"]),
        entity("General Court Martial of Uganda", "ORG", "UGA", ["ein Militärgericht"]),
        entity("Ugandan judge", "PER", "UGA", ["Ein Richter in Kampala"]),
        entity("lawyers of Kizza Besigye", "PER", "UGA", ["seiner Anwälte"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "er", "der 80-Jährige", "Museveni"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Norbert Mao", "PER", "UGA", ["Justizminister Norbert Mao", "Mao", "er"]),
        entity("Winnie Byanyima", "PER", "UGA",
               ["Besigyes Ehefrau Winnie Byanyima, Direktorin des UN-Programms UNAIDS", "Sie"]),
        entity("UNAIDS", "ORG", "UNO", ["des UN-Programms UNAIDS"]),
        entity("Government of Uganda", "ORG", "UGA", ["der Regierung"]),
        entity("supporters of Kizza Besigye", "PER", "UGA", ["Dutzende Anhänger des Politikers", "sie",
                                                             "zwölf Menschen"]),
        entity("Uganda Police Force", "ORG", "UGA", ["Die Polizei"]),
        entity("Office of the Director of Public Prosecutions of Uganda", "ORG", "UGA", ["Die Staatsanwaltschaft"]),
    ],
}

# ---------------------------------------------------------------- hm484-de-02 (Nigeria, Binance manager escapes)
NGA_SECURITY = actor("Nigerian security forces", "NGA", "COP")
ANJARWALLA = actor("Nadeem Anjarwalla", "KEN", "BUS")
GAMBARYAN = actor("Tigran Gambaryan", "USA", "BUS")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
BINANCE = actor("Binance", "MNC", "BUS")
FIRS = actor("Federal Inland Revenue Service", "NGA", "GOV")
INTERPOL = actor("Interpol", "IGO", "IGO")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
ANJARWALLA_GUARDS = actor("guards of Nadeem Anjarwalla", "NGA", "COP")
GAMBARYAN_FAMILY = actor("family of Tigran Gambaryan", "USA", "CVL")
USA_GOV = actor("Government of the United States", "USA", "GOV")
CBN = actor("Central Bank of Nigeria", "NGA", "GOV")
CRYPTO_EXCHANGES = actor("cryptocurrency exchanges", "MNC", "BUS")

N1 = ("Abuja (dpa) - Ein in Nigeria festgehaltener Manager der Kryptobörse Binance ist aus dem Gewahrsam der Behörden "
      "geflohen.")
N2 = ("Der britisch-kenianische Staatsbürger Nadeem Anjarwalla habe sich am Freitag beim Gebet in einer Moschee in der "
      "Hauptstadt Abuja von seinen Bewachern abgesetzt, teilte das Büro des Nationalen Sicherheitsberaters am Montag "
      "mit.")
N3 = ("Den Ermittlern zufolge verließ er das Land vermutlich mit einem kenianischen Pass, den die Behörden nicht "
      "beschlagnahmt hatten.")
N4 = ("Anjarwalla und sein US-Kollege Tigran Gambaryan waren Ende Februar kurz nach ihrer Ankunft in Abuja von "
      "Sicherheitskräften festgesetzt worden.")
N5 = ("Die Regierung wirft Binance vor, den Kurs der Landeswährung Naira manipuliert und Milliarden Dollar illegal "
      "außer Landes geschafft zu haben.")
N6 = "Binance weist die Vorwürfe zurück."
N7 = ("Die Steuerbehörde FIRS erhob zudem Anklage wegen Steuerhinterziehung gegen das Unternehmen und die beiden "
      "Manager.")
N8 = ("Nigeria habe Interpol um eine internationale Fahndung nach dem Flüchtigen gebeten, sagte Präsidentensprecher "
      "Ajuri Ngelale.")
N9 = "Zudem habe Abuja die Regierung in Nairobi um Unterstützung ersucht."
N10 = "Die Sicherheitsbehörden nahmen nach der Flucht mehrere Wachleute fest, die Anjarwalla begleitet hatten."
N11 = "Gambaryan befindet sich weiterhin in Gewahrsam."
N12 = "Seine Familie forderte die US-Regierung auf, sich stärker für seine Freilassung einzusetzen."
N13 = "Ein Sprecher des US-Außenministeriums sagte, Washington verfolge den Fall „sehr genau“."
N14 = "Die Zentralbank hatte Kryptobörsen bereits im Februar für den Verfall der Naira mitverantwortlich gemacht."
N15 = ("Die Währung hat seit dem Amtsantritt von Präsident Bola Tinubu im Mai 2023 rund zwei Drittel ihres Wertes "
       "gegenüber dem Dollar verloren.")

DE02 = {
    "id": "hm484-de-02", "lang": "de", "url": None, "published": "2024-03-26",
    "title": "Binance-Manager in Nigeria aus Gewahrsam geflohen",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13], [N14, N15]),
    "events": [
        event("COERCE", NGA_SECURITY, ANJARWALLA, N4, mode="arrest", location="Abuja", location_country="NGA"),
        event("COERCE", NGA_SECURITY, GAMBARYAN, N4, mode="arrest", location="Abuja", location_country="NGA"),
        event("ACCUSE", NGA_GOV, BINANCE, N5, mode="allege"),
        event("ACCUSE", FIRS, BINANCE, N7, mode="allege"),
        event("ACCUSE", FIRS, ANJARWALLA, N7, mode="allege"),
        event("ACCUSE", FIRS, GAMBARYAN, N7, mode="allege"),
        event("REQUEST", NGA_GOV, INTERPOL, N8, mode="assist"),
        event("REQUEST", NGA_GOV, KEN_GOV, N9, mode="assist"),
        event("COERCE", NGA_SECURITY, ANJARWALLA_GUARDS, N10, mode="arrest"),
        event("REQUEST", GAMBARYAN_FAMILY, USA_GOV, N12, mode="assist"),
        event("ACCUSE", CBN, CRYPTO_EXCHANGES, N14, mode="allege"),
    ],
    "quotes": [
        quote("Der britisch-kenianische Staatsbürger Nadeem Anjarwalla habe sich am Freitag beim Gebet in einer Moschee "
              "in der Hauptstadt Abuja von seinen Bewachern abgesetzt",
              "Office of the National Security Adviser of Nigeria", "indirect"),
        quote("verließ er das Land vermutlich mit einem kenianischen Pass, den die Behörden nicht beschlagnahmt hatten",
              "Nigerian investigators", "indirect"),
        quote("den Kurs der Landeswährung Naira manipuliert und Milliarden Dollar illegal außer Landes geschafft zu "
              "haben", "Government of Nigeria", "indirect"),
        quote("Nigeria habe Interpol um eine internationale Fahndung nach dem Flüchtigen gebeten", "Ajuri Ngelale",
              "indirect"),
        quote("Zudem habe Abuja die Regierung in Nairobi um Unterstützung ersucht", "Ajuri Ngelale", "indirect"),
        quote("sehr genau", "Spokesperson of the United States Department of State", "direct"),
        quote("Washington verfolge den Fall „sehr genau“", "Spokesperson of the United States Department of State",
              "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["Abuja", "der Hauptstadt Abuja"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "das Land"]),
        entity("Binance", "ORG", "MNC", ["der Kryptobörse Binance", "Binance", "das Unternehmen"]),
        entity("Nadeem Anjarwalla", "PER", "KEN",
               ["Ein in Nigeria festgehaltener Manager der Kryptobörse Binance",
                "Der britisch-kenianische Staatsbürger Nadeem Anjarwalla", "er", "Anjarwalla", "dem Flüchtigen"]),
        entity("Government of Nigeria", "ORG", "NGA", ["der Behörden", "die Behörden", "Die Regierung", "Nigeria",
                                                       "Abuja"]),
        entity("mosque in Abuja", "LOC", "NGA", ["einer Moschee in der Hauptstadt Abuja"]),
        entity("guards of Nadeem Anjarwalla", "PER", "NGA", ["seinen Bewachern", "mehrere Wachleute"]),
        entity("Office of the National Security Adviser of Nigeria", "ORG", "NGA",
               ["das Büro des Nationalen Sicherheitsberaters"]),
        entity("Nigerian investigators", "PER", "NGA", ["Den Ermittlern"]),
        entity("Tigran Gambaryan", "PER", "USA", ["sein US-Kollege Tigran Gambaryan", "Gambaryan", "seine"]),
        entity("Nigerian security forces", "ORG", "NGA", ["Sicherheitskräften", "Die Sicherheitsbehörden"]),
        entity("Naira", "MISC", "NGA", ["der Landeswährung Naira", "der Naira", "Die Währung"]),
        entity("Federal Inland Revenue Service", "ORG", "NGA", ["Die Steuerbehörde FIRS"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Ajuri Ngelale", "PER", "NGA", ["Präsidentensprecher Ajuri Ngelale"]),
        entity("Government of Kenya", "ORG", "KEN", ["die Regierung in Nairobi"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("family of Tigran Gambaryan", "PER", "USA", ["Seine Familie"]),
        entity("Government of the United States", "ORG", "USA", ["die US-Regierung", "Washington"]),
        entity("United States Department of State", "ORG", "USA", ["des US-Außenministeriums"]),
        entity("Spokesperson of the United States Department of State", "PER", "USA",
               ["Ein Sprecher des US-Außenministeriums"]),
        entity("Central Bank of Nigeria", "ORG", "NGA", ["Die Zentralbank"]),
        entity("cryptocurrency exchanges", "ORG", "MNC", ["Kryptobörsen"]),
        entity("Bola Tinubu", "PER", "NGA", ["Präsident Bola Tinubu"]),
    ],
}

# ---------------------------------------------------------------- hm484-de-03 (Somalia/Ethiopia, Doolow clash)
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
ENDF = actor("Ethiopian National Defense Force", "ETH", "MIL")
SOM_MFA = actor("Ministry of Foreign Affairs of Somalia", "SOM", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
SOMALILAND = actor("Government of Somaliland", "SOM", "GOV")
JUBALAND = actor("Jubaland State Administration", "SOM", "GOV")
MADOBE = actor("Ahmed Madobe", "SOM", "GOV")
BANADIR_COURT = actor("Banadir Regional Court", "SOM", "JUD")
FAKI = actor("Moussa Faki Mahamat", "IGO", "IGO")
FIQI = actor("Ahmed Moallim Fiqi", "SOM", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")

S1 = ("Mogadischu (dpa) - Somalia hat äthiopischen Truppen einen Angriff auf Stellungen der eigenen Armee im Grenzort "
      "Doolow vorgeworfen.")
S2 = ("Äthiopische Soldaten hätten am Sonntag ohne Vorwarnung Posten der somalischen Armee, der Polizei und des "
      "Geheimdienstes in der Region Gedo angegriffen, erklärte das Außenministerium in Mogadischu.")
S3 = "Dabei seien mehrere Menschen getötet worden."
S4 = ("Das Ministerium sprach von einer „eklatanten Verletzung“ der Souveränität Somalias und der Erklärung von "
      "Ankara.")
S5 = ("In der Erklärung von Ankara hatten sich Somalias Präsident Hassan Sheikh Mohamud und Äthiopiens "
      "Ministerpräsident Abiy Ahmed Mitte Dezember auf eine Beilegung ihres Streits geeinigt.")
S6 = ("Auslöser des Streits war eine Absichtserklärung, die Äthiopien im Januar mit der abtrünnigen Region Somaliland "
      "über einen Zugang zum Meer geschlossen hatte.")
S7 = ("Ein Sprecher der äthiopischen Armee bestritt, dass äthiopische Einheiten an Kämpfen in Doolow beteiligt gewesen "
      "seien.")
S8 = "Die Regierung in Addis Abeba äußerte sich zunächst nicht."
S9 = ("Die Regionalregierung von Jubaland warf Mogadischu vor, die Gefechte mit der Entsendung von Truppen in die "
      "Region provoziert zu haben.")
S10 = ("Jubalands Präsident Ahmed Madobe hatte sich im November gegen den Willen der Zentralregierung für eine dritte "
       "Amtszeit wählen lassen.")
S11 = "Ein Gericht in Mogadischu erließ daraufhin einen Haftbefehl gegen ihn wegen Hochverrats."
S12 = ("Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat, rief Mogadischu und Addis Abeba "
       "zur Zurückhaltung auf.")
S13 = ("Äthiopien stellt Tausende Soldaten für die Mission der Afrikanischen Union in Somalia, die gegen die "
       "Islamistenmiliz Al-Shabaab kämpft.")
S14 = ("Mogadischu hatte im Sommer gedroht, äthiopische Soldaten von der neuen Mission AUSSOM auszuschließen, sollte "
       "Addis Abeba an dem Abkommen mit Somaliland festhalten.")
S15 = ("Außenminister Ahmed Moallim Fiqi telefonierte am Montag mit seinem türkischen Kollegen Hakan Fidan, wie sein "
       "Ministerium mitteilte.")
S16 = "Beide hätten vereinbart, die Umsetzung der Erklärung von Ankara eng zu begleiten."

DE03 = {
    "id": "hm484-de-03", "lang": "de", "url": None, "published": "2024-12-24",
    "title": "Somalia wirft Äthiopien Angriff auf Armeeposten vor",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14], [S15, S16]),
    "events": [
        event("ACCUSE", SOM_GOV, ENDF, S1, mode="allege"),
        event("ACCUSE", SOM_MFA, ENDF, S2, mode="allege"),
        event("ACCUSE", SOM_MFA, ETH_GOV, S4, mode="disapprove"),
        event("AGREE", HSM, ABIY, S5),
        event("AGREE", ETH_GOV, SOMALILAND, S6),
        event("ACCUSE", JUBALAND, SOM_GOV, S9, mode="allege"),
        event("THREATEN", BANADIR_COURT, MADOBE, S11, mode="arrest", location="Mogadishu", location_country="SOM"),
        event("REQUEST", FAKI, SOM_GOV, S12),
        event("REQUEST", FAKI, ETH_GOV, S12),
        event("THREATEN", SOM_GOV, ETH_GOV, S14),
        event("CONSULT", FIQI, FIDAN, S15, mode="phone", date="2024-12-23"),
        event("AGREE", FIQI, FIDAN, S16),
    ],
    "quotes": [
        quote("Äthiopische Soldaten hätten am Sonntag ohne Vorwarnung Posten der somalischen Armee, der Polizei und des "
              "Geheimdienstes in der Region Gedo angegriffen", "Ministry of Foreign Affairs of Somalia", "indirect"),
        quote("Dabei seien mehrere Menschen getötet worden", "Ministry of Foreign Affairs of Somalia", "indirect"),
        quote("eklatanten Verletzung", "Ministry of Foreign Affairs of Somalia", "direct"),
        quote("dass äthiopische Einheiten an Kämpfen in Doolow beteiligt gewesen seien",
              "Spokesperson of the Ethiopian National Defense Force", "indirect"),
        quote("die Gefechte mit der Entsendung von Truppen in die Region provoziert zu haben",
              "Jubaland State Administration", "indirect"),
        quote("äthiopische Soldaten von der neuen Mission AUSSOM auszuschließen, sollte Addis Abeba an dem Abkommen mit "
              "Somaliland festhalten", "Government of Somalia", "indirect"),
        quote("Außenminister Ahmed Moallim Fiqi telefonierte am Montag mit seinem türkischen Kollegen Hakan Fidan",
              "Ministry of Foreign Affairs of Somalia", "indirect"),
        quote("Beide hätten vereinbart, die Umsetzung der Erklärung von Ankara eng zu begleiten",
              "Ministry of Foreign Affairs of Somalia", "indirect"),
    ],
    "entities": [
        entity("Mogadishu", "LOC", "SOM", ["Mogadischu"]),
        entity("Government of Somalia", "ORG", "SOM", ["Somalia", "Mogadischu", "der Zentralregierung"]),
        entity("Somalia", "LOC", "SOM", ["Somalias", "Somalia"]),
        entity("Ethiopian National Defense Force", "ORG", "ETH",
               ["äthiopischen Truppen", "Äthiopische Soldaten", "der äthiopischen Armee", "äthiopische Einheiten",
                "äthiopische Soldaten"]),
        entity("Somali National Army", "ORG", "SOM", ["der eigenen Armee", "der somalischen Armee"]),
        entity("Doolow", "LOC", "SOM", ["im Grenzort Doolow", "Doolow"]),
        entity("Somali Police Force", "ORG", "SOM", ["der Polizei"]),
        entity("National Intelligence and Security Agency of Somalia", "ORG", "SOM", ["des Geheimdienstes"]),
        entity("Gedo", "LOC", "SOM", ["der Region Gedo"]),
        entity("Ministry of Foreign Affairs of Somalia", "ORG", "SOM",
               ["das Außenministerium in Mogadischu", "Das Ministerium", "sein Ministerium"]),
        entity("Ankara Declaration", "MISC", "TUR", ["der Erklärung von Ankara"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Somalias Präsident Hassan Sheikh Mohamud"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Äthiopiens Ministerpräsident Abiy Ahmed"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Äthiopien", "Die Regierung in Addis Abeba", "Addis Abeba"]),
        entity("Government of Somaliland", "ORG", "SOM", ["der abtrünnigen Region Somaliland", "Somaliland"]),
        entity("Spokesperson of the Ethiopian National Defense Force", "PER", "ETH",
               ["Ein Sprecher der äthiopischen Armee"]),
        entity("Jubaland State Administration", "ORG", "SOM", ["Die Regionalregierung von Jubaland"]),
        entity("Jubaland", "LOC", "SOM", ["die Region", "Jubalands"]),
        entity("Ahmed Madobe", "PER", "SOM", ["Jubalands Präsident Ahmed Madobe", "ihn"]),
        entity("Banadir Regional Court", "ORG", "SOM", ["Ein Gericht in Mogadischu"]),
        entity("Moussa Faki Mahamat", "PER", "IGO",
               ["Der Vorsitzende der Kommission der Afrikanischen Union, Moussa Faki Mahamat"]),
        entity("African Union Commission", "ORG", "IGO", ["der Kommission der Afrikanischen Union"]),
        entity("African Union Support and Stabilization Mission in Somalia", "ORG", "IGO",
               ["die Mission der Afrikanischen Union in Somalia", "der neuen Mission AUSSOM"]),
        entity("al-Shabaab", "ORG", "SOM", ["die Islamistenmiliz Al-Shabaab"]),
        entity("Ahmed Moallim Fiqi", "PER", "SOM", ["Außenminister Ahmed Moallim Fiqi"]),
        entity("Hakan Fidan", "PER", "TUR", ["seinem türkischen Kollegen Hakan Fidan"]),
    ],
}

# ---------------------------------------------------------------- hm484-de-04 (Cameroon, opposition alliances banned)
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
APC = actor("Alliance politique pour le changement", "CMR", "OPP")
ATC = actor("Alliance pour la transition au Cameroun", "CMR", "OPP")
ATANGA_NJI = actor("Paul Atanga Nji", "CMR", "GOV")
KAMTO = actor("Maurice Kamto", "CMR", "OPP")
BIYA = actor("Paul Biya", "CMR", "GOV")
CMR_POLICE = actor("Cameroonian police", "CMR", "COP")
APC_SUPPORTERS = actor("supporters of the APC", "CMR", "CVL")
MRC = actor("Cameroon Renaissance Movement", "CMR", "PTY")
CMR_BISHOPS = actor("National Episcopal Conference of Cameroon", "CMR", "REL")
RDPC = actor("Cameroon People's Democratic Movement", "CMR", "PTY")
US_EMBASSY_YAOUNDE = actor("Embassy of the United States in Yaoundé", "USA", "GOV")

C1 = ("Jaunde (dpa) - Kameruns Regierung hat eineinhalb Jahre vor der Präsidentenwahl zwei Bündnisse von "
      "Oppositionsparteien und Bürgerrechtsgruppen verboten.")
C2 = ("Die Allianz für den Wandel (APC) und die Allianz für den Übergang in Kamerun (ATC) seien „illegal“ und "
      "„klandestin“, erklärte Verwaltungsminister Paul Atanga Nji am Dienstag in Jaunde.")
C3 = "Die Bündnisse hätten keine rechtliche Grundlage und wollten die öffentliche Ordnung stören."
C4 = "Der Minister drohte den Anführern beider Bündnisse mit Strafverfolgung."
C5 = ("Der APC gehört unter anderem die Bewegung für die Wiedergeburt Kameruns (MRC) von Oppositionsführer Maurice "
      "Kamto an.")
C6 = ("Kamto, der bei der Wahl 2018 nach offiziellen Angaben Zweiter wurde, nannte das Verbot einen „Akt der "
      "Panik“.")
C7 = "Die Bündnisse würden ihre Arbeit fortsetzen, sagte er."
C8 = "Kamto hat den Sieg von Präsident Paul Biya bei der Wahl 2018 nie anerkannt."
C9 = ("Die Polizei löste am Mittwochmorgen in der Hafenstadt Douala ein Treffen von rund hundert APC-Anhängern in "
      "einem Hotel auf.")
C10 = "Mindestens 15 Menschen wurden festgenommen, wie ein Polizeisprecher bestätigte."
C11 = "Die MRC forderte ihre umgehende Freilassung."
C12 = "Die katholische Bischofskonferenz rief die Regierung zum Dialog mit der Opposition auf."
C13 = "Die US-Botschaft in Jaunde mahnte, die Meinungs- und Versammlungsfreiheit zu achten."
C14 = ("Ein Regierungssprecher wies den Vorwurf zurück, die Regierung wolle die Opposition vor der Wahl "
       "ausschalten.")
C15 = "Der 91 Jahre alte Biya regiert das zentralafrikanische Land seit 1982."
C16 = "Die nächste Präsidentenwahl ist für Oktober 2025 angesetzt."
C17 = ("Ob der Amtsinhaber erneut antritt, ist offen; seine Partei RDPC hat ihn bereits mehrfach dazu aufgefordert.")

DE04 = {
    "id": "hm484-de-04", "lang": "de", "url": None, "published": "2024-03-13",
    "title": "Kamerun verbietet Oppositionsbündnisse",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14], [C15, C16, C17]),
    "events": [
        event("COERCE", CMR_GOV, APC, C1, mode="ban"),
        event("COERCE", CMR_GOV, ATC, C1, mode="ban"),
        event("COERCE", ATANGA_NJI, APC, C2, mode="ban", date="2024-03-12", location="Yaoundé",
              location_country="CMR"),
        event("COERCE", ATANGA_NJI, ATC, C2, mode="ban", date="2024-03-12", location="Yaoundé",
              location_country="CMR"),
        event("ACCUSE", ATANGA_NJI, APC, C3, mode="allege"),
        event("ACCUSE", ATANGA_NJI, ATC, C3, mode="allege"),
        event("THREATEN", ATANGA_NJI, APC, C4, mode="arrest"),
        event("THREATEN", ATANGA_NJI, ATC, C4, mode="arrest"),
        event("ACCUSE", KAMTO, CMR_GOV, C6, mode="disapprove"),
        event("REJECT", KAMTO, CMR_GOV, C7),
        event("REJECT", KAMTO, BIYA, C8),
        event("COERCE", CMR_POLICE, APC_SUPPORTERS, C9, mode="restrict", date="2024-03-13", location="Douala",
              location_country="CMR"),
        event("COERCE", CMR_POLICE, APC_SUPPORTERS, C10, mode="arrest", date="2024-03-13", location="Douala",
              location_country="CMR"),
        event("REQUEST", MRC, CMR_GOV, C11, mode="yield"),
        event("REQUEST", CMR_BISHOPS, CMR_GOV, C12, mode="meet"),
        event("REQUEST", US_EMBASSY_YAOUNDE, CMR_GOV, C13),
        event("REQUEST", RDPC, BIYA, C17),
    ],
    "quotes": [
        quote("illegal", "Paul Atanga Nji", "direct"),
        quote("klandestin", "Paul Atanga Nji", "direct"),
        quote("Die Allianz für den Wandel (APC) und die Allianz für den Übergang in Kamerun (ATC) seien „illegal“ und "
              "„klandestin“", "Paul Atanga Nji", "indirect"),
        quote("Die Bündnisse hätten keine rechtliche Grundlage und wollten die öffentliche Ordnung stören",
              "Paul Atanga Nji", "indirect"),
        quote("Akt der Panik", "Maurice Kamto", "direct"),
        quote("Die Bündnisse würden ihre Arbeit fortsetzen", "Maurice Kamto", "indirect"),
        quote("Mindestens 15 Menschen wurden festgenommen", "Spokesperson of the Cameroonian police", "indirect"),
        quote("die Meinungs- und Versammlungsfreiheit zu achten", "Embassy of the United States in Yaoundé",
              "indirect"),
    ],
    "entities": [
        entity("Yaoundé", "LOC", "CMR", ["Jaunde"]),
        entity("Government of Cameroon", "ORG", "CMR", ["Kameruns Regierung", "die Regierung"]),
        entity("APC and ATC alliances", "ORG", "CMR",
               ["zwei Bündnisse von Oppositionsparteien und Bürgerrechtsgruppen", "Die Bündnisse",
                "beider Bündnisse"]),
        entity("Alliance politique pour le changement", "ORG", "CMR", ["Die Allianz für den Wandel (APC)",
                                                                       "Der APC"]),
        entity("Alliance pour la transition au Cameroun", "ORG", "CMR",
               ["die Allianz für den Übergang in Kamerun (ATC)"]),
        entity("Paul Atanga Nji", "PER", "CMR", ["Verwaltungsminister Paul Atanga Nji", "Der Minister"]),
        entity("leaders of the APC and ATC", "PER", "CMR", ["den Anführern beider Bündnisse"]),
        entity("Cameroon Renaissance Movement", "ORG", "CMR",
               ["die Bewegung für die Wiedergeburt Kameruns (MRC)", "Die MRC"]),
        entity("Maurice Kamto", "PER", "CMR", ["Oppositionsführer Maurice Kamto", "Kamto", "er"]),
        entity("Paul Biya", "PER", "CMR", ["Präsident Paul Biya", "Der 91 Jahre alte Biya", "der Amtsinhaber",
                                            "seine", "ihn"]),
        entity("Cameroon People's Democratic Movement", "ORG", "CMR", ["seine Partei RDPC"]),
        entity("Cameroonian police", "ORG", "CMR", ["Die Polizei"]),
        entity("Douala", "LOC", "CMR", ["der Hafenstadt Douala"]),
        entity("supporters of the APC", "PER", "CMR", ["APC-Anhängern", "Mindestens 15 Menschen", "ihre"]),
        entity("Spokesperson of the Cameroonian police", "PER", "CMR", ["ein Polizeisprecher"]),
        entity("National Episcopal Conference of Cameroon", "ORG", "CMR", ["Die katholische Bischofskonferenz"]),
        entity("Cameroonian opposition", "ORG", "CMR", ["der Opposition", "die Opposition"]),
        entity("Embassy of the United States in Yaoundé", "ORG", "USA", ["Die US-Botschaft in Jaunde"]),
        entity("Government spokesperson of Cameroon", "PER", "CMR", ["Ein Regierungssprecher"]),
        entity("Cameroon", "LOC", "CMR", ["Kamerun", "das zentralafrikanische Land"]),
    ],
}

# ---------------------------------------------------------------- hm484-en-01 (Guinea, parties dissolved)
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
GIN_PARTIES = actor("Guinean political parties", "GIN", "PTY")
GIN_MATD = actor("Ministry of Territorial Administration and Decentralization of Guinea", "GIN", "GOV")
UFDG = actor("Union of Democratic Forces of Guinea", "GIN", "OPP")
KONATE = actor("Souleymane Souza Konaté", "GIN", "OPP")
FORCES_VIVES = actor("Forces Vives de Guinée", "GIN", "OPP")
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
GIN_SECURITY = actor("Guinean security forces", "GIN", "COP")
FONIKE = actor("Oumar Sylla", "GIN", "CVL")
BILLO_BAH = actor("Mamadou Billo Bah", "GIN", "CVL")
OHCHR = actor("Office of the United Nations High Commissioner for Human Rights", "UNO", "IGO")

G1 = ("CONAKRY, Guinea (AP) — Guinea's military government has dissolved 53 political parties and suspended 54 "
      "others for three months, the latest step in what critics call a crackdown on dissent ahead of a long-delayed "
      "return to civilian rule.")
G2 = ("The Ministry of Territorial Administration announced the decision late Monday, saying an evaluation had found "
      "that the parties failed to meet legal requirements such as holding congresses and publishing their accounts.")
G3 = ("It placed another 67 parties, including the two main opposition groups, under observation and gave them three "
      "months to correct irregularities.")
G4 = ("They are former Prime Minister Cellou Dalein Diallo's Union of Democratic Forces of Guinea, or UFDG, and the "
      "Rally of the Guinean People of Alpha Condé, the president ousted in a 2021 coup.")
G5 = ("The UFDG called the report \"a political maneuver\" designed to exclude genuine opponents of the junta.")
G6 = ("\"They want to choose their opponents before the vote,\" party spokesman Souleymane Souza Konaté told The "
      "Associated Press by phone from exile.")
G7 = ("The Forces Vives de Guinée, an alliance of opposition parties and civil society groups, urged the junta to hand "
      "power to civilians without further delay.")
G8 = ("Territorial Administration Minister Ibrahima Kalil Condé said the review was meant to \"clean up\" a political "
      "landscape with more than 200 registered parties.")
G9 = "He denied that it was aimed at any particular party."
G10 = ("Prime Minister Amadou Oury Bah said on state television that a referendum on a new constitution would be held "
       "before the end of the year.")
G11 = ("Gen. Mamadi Doumbouya's junta had promised the Economic Community of West African States to hand over power to "
       "an elected government by the end of 2024.")
G12 = "No date has been set for presidential or legislative elections."
G13 = ("Demonstrations have been banned since 2022, and dozens of protesters have been killed by security forces since "
       "then, according to rights groups.")
G14 = ("Two leading Forces Vives activists, Oumar Sylla, known as Foniké Menguè, and Mamadou Billo Bah, have been "
       "missing since they were detained by security forces in Conakry in July.")
G15 = "The government has denied holding them."
G16 = ("On Tuesday, the U.N. human rights office urged Guinean authorities to reverse the dissolutions and to allow "
       "the opposition to operate freely.")

EN01 = {
    "id": "hm484-en-01", "lang": "en", "url": None, "published": "2024-10-29",
    "title": "Guinea's junta dissolves 53 political parties ahead of promised transition",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10], [G11, G12, G13], [G14, G15, G16]),
    "events": [
        event("COERCE", GIN_GOV, GIN_PARTIES, G1, mode="ban", location_country="GIN"),
        event("COERCE", GIN_MATD, GIN_PARTIES, G2, mode="ban", date="2024-10-28"),
        event("ACCUSE", GIN_MATD, GIN_PARTIES, G2, mode="allege"),
        event("COERCE", GIN_MATD, GIN_PARTIES, G3, mode="restrict"),
        event("ACCUSE", UFDG, GIN_MATD, G5, mode="disapprove"),
        event("ACCUSE", KONATE, GIN_GOV, G6, mode="allege"),
        event("REQUEST", FORCES_VIVES, GIN_GOV, G7, mode="change"),
        event("AGREE", GIN_GOV, ECOWAS, G11),
        event("COERCE", GIN_SECURITY, FONIKE, G14, mode="arrest", location="Conakry", location_country="GIN"),
        event("COERCE", GIN_SECURITY, BILLO_BAH, G14, mode="arrest", location="Conakry", location_country="GIN"),
        event("REQUEST", OHCHR, GIN_GOV, G16, mode="change", date="2024-10-29"),
    ],
    "quotes": [
        quote("an evaluation had found that the parties failed to meet legal requirements such as holding congresses "
              "and publishing their accounts",
              "Ministry of Territorial Administration and Decentralization of Guinea", "indirect"),
        quote("a political maneuver", "Union of Democratic Forces of Guinea", "direct"),
        quote("They want to choose their opponents before the vote", "Souleymane Souza Konaté", "direct"),
        quote("clean up", "Ibrahima Kalil Condé", "direct"),
        quote("the review was meant to \"clean up\" a political landscape with more than 200 registered parties",
              "Ibrahima Kalil Condé", "indirect"),
        quote("it was aimed at any particular party", "Ibrahima Kalil Condé", "indirect"),
        quote("a referendum on a new constitution would be held before the end of the year", "Amadou Oury Bah",
              "indirect"),
        quote("Demonstrations have been banned since 2022, and dozens of protesters have been killed by security "
              "forces since then", "rights groups", "indirect"),
    ],
    "entities": [
        entity("Conakry", "LOC", "GIN", ["CONAKRY", "Conakry"]),
        entity("Guinea", "LOC", "GIN", ["Guinea"]),
        entity("Government of Guinea", "ORG", "GIN",
               ["Guinea's military government", "the junta", "Gen. Mamadi Doumbouya's junta", "The government",
                "Guinean authorities"]),
        entity("Guinean political parties", "ORG", "GIN",
               ["53 political parties", "54 others", "the parties", "another 67 parties", "them"]),
        entity("Ministry of Territorial Administration and Decentralization of Guinea", "ORG", "GIN",
               ["The Ministry of Territorial Administration", "It"]),
        entity("Union of Democratic Forces of Guinea", "ORG", "GIN",
               ["former Prime Minister Cellou Dalein Diallo's Union of Democratic Forces of Guinea, or UFDG",
                "The UFDG"]),
        entity("Cellou Dalein Diallo", "PER", "GIN", ["former Prime Minister Cellou Dalein Diallo"]),
        entity("Rally of the Guinean People", "ORG", "GIN", ["the Rally of the Guinean People of Alpha Condé"]),
        entity("Alpha Condé", "PER", "GIN", ["Alpha Condé, the president ousted in a 2021 coup"]),
        entity("Souleymane Souza Konaté", "PER", "GIN", ["party spokesman Souleymane Souza Konaté"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Forces Vives de Guinée", "ORG", "GIN",
               ["The Forces Vives de Guinée, an alliance of opposition parties and civil society groups",
                "Forces Vives"]),
        entity("Ibrahima Kalil Condé", "PER", "GIN",
               ["Territorial Administration Minister Ibrahima Kalil Condé", "He"]),
        entity("Amadou Oury Bah", "PER", "GIN", ["Prime Minister Amadou Oury Bah"]),
        entity("Mamadi Doumbouya", "PER", "GIN", ["Gen. Mamadi Doumbouya's"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["the Economic Community of West African States"]),
        entity("rights groups", "ORG", "NGO", ["rights groups"]),
        entity("Guinean security forces", "ORG", "GIN", ["security forces"]),
        entity("Oumar Sylla", "PER", "GIN", ["Oumar Sylla, known as Foniké Menguè"]),
        entity("Mamadou Billo Bah", "PER", "GIN", ["Mamadou Billo Bah"]),
        entity("Office of the United Nations High Commissioner for Human Rights", "ORG", "UNO",
               ["the U.N. human rights office"]),
        entity("Guinean opposition", "ORG", "GIN", ["the opposition"]),
    ],
}

# ---------------------------------------------------------------- hm484-en-02 (Kenya/Tanzania, activist abducted)
ABDUCTORS = actor("abductors of Maria Sarungi Tsehai", "KEN", "CVL")
SARUNGI = actor("Maria Sarungi Tsehai", "TZA", "CVL")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
KEN_GOV_E = actor("Government of Kenya", "KEN", "GOV")
ODHIAMBO = actor("Faith Odhiambo", "KEN", "NGO")
HOUGHTON = actor("Irungu Houghton", "KEN", "NGO")
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
MBOWE = actor("Freeman Mbowe", "TZA", "OPP")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
RUTO = actor("William Ruto", "KEN", "GOV")

K1 = ("NAIROBI, Kenya (AP) — Tanzanian activist Maria Sarungi Tsehai, an outspoken critic of President Samia Suluhu "
      "Hassan, was freed late Sunday, hours after armed men forced her into a car in Kenya's capital.")
K2 = ("The men, who wore plain clothes, seized her outside a hair salon in Nairobi's Kilimani neighborhood in the "
      "afternoon and drove off in a black minivan, according to Amnesty International Kenya.")
K3 = "Sarungi, who has lived in exile in Kenya since 2020, later posted on X that she was safe."
K4 = "\"I am alive and well,\" she wrote."
K5 = "She did not say who had held her."
K6 = "Kenya's National Police Service said it had opened an investigation."
K7 = "A police spokesperson denied that Sarungi had been in police custody at any point."
K8 = "No arrests have been made."
K9 = ("The Law Society of Kenya accused the government of allowing Nairobi to become \"a hunting ground\" for critics "
      "of neighboring governments.")
K10 = "Its president, Faith Odhiambo, demanded that those responsible be identified and prosecuted."
K11 = ("Amnesty Kenya's executive director, Irungu Houghton, urged President William Ruto's government to guarantee "
       "the safety of exiled activists in the country.")
K12 = ("Tanzania's government spokesman, Gerson Msigwa, said Dar es Salaam had nothing to do with the incident.")
K13 = ("Sarungi, who leads the Change Tanzania movement, has repeatedly accused Hassan's government of abducting and "
       "killing opponents.")
K14 = ("In September, Tanzanian police detained opposition leaders Freeman Mbowe and Tundu Lissu in Dar es Salaam as "
       "they tried to lead a protest over the killing of a senior party official.")
K15 = "Both were released later that day."
K16 = ("Kenya itself has seen a wave of abductions of young government critics since anti-tax protests last June.")
K17 = "Ruto promised last month that the abductions would end."

EN02 = {
    "id": "hm484-en-02", "lang": "en", "url": None, "published": "2025-01-13",
    "title": "Tanzanian activist freed hours after abduction in Kenya's capital",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11, K12], [K13, K14, K15], [K16, K17]),
    "events": [
        event("ASSAULT", ABDUCTORS, SARUNGI, K1, mode="abduct", date="2025-01-12", location="Nairobi",
              location_country="KEN"),
        event("RETREAT", ABDUCTORS, SARUNGI, K1, mode="release", date="2025-01-12", location="Nairobi",
              location_country="KEN"),
        event("ASSAULT", ABDUCTORS, SARUNGI, K2, mode="abduct", location="Kilimani", location_country="KEN"),
        event("ACCUSE", KEN_POLICE, ABDUCTORS, K6, mode="investigate"),
        event("COERCE", KEN_POLICE, ABDUCTORS, K8, mode="arrest", negated=True),
        event("ACCUSE", LSK, KEN_GOV_E, K9, mode="disapprove"),
        event("REQUEST", ODHIAMBO, KEN_GOV_E, K10),
        event("REQUEST", HOUGHTON, KEN_GOV_E, K11),
        event("ACCUSE", SARUNGI, TZA_GOV, K13, mode="allege"),
        event("COERCE", TZA_POLICE, MBOWE, K14, mode="arrest", location="Dar es Salaam", location_country="TZA"),
        event("COERCE", TZA_POLICE, LISSU, K14, mode="arrest", location="Dar es Salaam", location_country="TZA"),
        event("RETREAT", TZA_POLICE, MBOWE, K15, mode="release"),
        event("RETREAT", TZA_POLICE, LISSU, K15, mode="release"),
        event("AGREE", RUTO, None, K17),
    ],
    "quotes": [
        quote("The men, who wore plain clothes, seized her outside a hair salon in Nairobi's Kilimani neighborhood in "
              "the afternoon and drove off in a black minivan", "Amnesty International Kenya", "indirect"),
        quote("she was safe", "Maria Sarungi Tsehai", "indirect"),
        quote("I am alive and well", "Maria Sarungi Tsehai", "direct"),
        quote("it had opened an investigation", "National Police Service of Kenya", "indirect"),
        quote("Sarungi had been in police custody at any point", "Spokesperson of the National Police Service of "
              "Kenya", "indirect"),
        quote("a hunting ground", "Law Society of Kenya", "direct"),
        quote("allowing Nairobi to become \"a hunting ground\" for critics of neighboring governments",
              "Law Society of Kenya", "indirect"),
        quote("those responsible be identified and prosecuted", "Faith Odhiambo", "indirect"),
        quote("Dar es Salaam had nothing to do with the incident", "Gerson Msigwa", "indirect"),
        quote("abducting and killing opponents", "Maria Sarungi Tsehai", "indirect"),
        quote("the abductions would end", "William Ruto", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["NAIROBI", "Kenya's capital", "Nairobi's", "Nairobi"]),
        entity("Kenya", "LOC", "KEN", ["Kenya", "the country"]),
        entity("Maria Sarungi Tsehai", "PER", "TZA",
               ["Tanzanian activist Maria Sarungi Tsehai, an outspoken critic of President Samia Suluhu Hassan",
                "her", "Sarungi", "she", "She"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["President Samia Suluhu Hassan", "Hassan's"]),
        entity("abductors of Maria Sarungi Tsehai", "PER", "KEN", ["armed men", "The men", "those responsible"]),
        entity("Kilimani", "LOC", "KEN", ["Nairobi's Kilimani neighborhood"]),
        entity("Amnesty International Kenya", "ORG", "KEN", ["Amnesty International Kenya", "Amnesty Kenya's"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["Kenya's National Police Service", "it"]),
        entity("Spokesperson of the National Police Service of Kenya", "PER", "KEN", ["A police spokesperson"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["The Law Society of Kenya", "Its"]),
        entity("Government of Kenya", "ORG", "KEN", ["the government", "President William Ruto's government"]),
        entity("Faith Odhiambo", "PER", "KEN", ["Its president, Faith Odhiambo"]),
        entity("Irungu Houghton", "PER", "KEN", ["Amnesty Kenya's executive director, Irungu Houghton"]),
        entity("William Ruto", "PER", "KEN", ["President William Ruto's", "Ruto"]),
        entity("Gerson Msigwa", "PER", "TZA", ["Tanzania's government spokesman, Gerson Msigwa"]),
        entity("Government of Tanzania", "ORG", "TZA", ["Dar es Salaam", "Hassan's government"]),
        entity("Change Tanzania", "ORG", "TZA", ["the Change Tanzania movement"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["Tanzanian police"]),
        entity("Freeman Mbowe", "PER", "TZA", ["opposition leaders Freeman Mbowe"]),
        entity("Tundu Lissu", "PER", "TZA", ["Tundu Lissu"]),
        entity("Dar es Salaam", "LOC", "TZA", ["Dar es Salaam"]),
        entity("Mbowe and Lissu", "PER", "TZA", ["they", "Both"]),
        entity("senior party official", "PER", "TZA", ["a senior party official"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
