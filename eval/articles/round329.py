"""Round 311: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm329-de-01: Iran: the Supreme National Security Council halts the hijab and chastity law; Pezeshkian's reservations, hardline MPs accuse the government, the judiciary pursues singer Parastoo Ahmadi, two band members arrested in Mazandaran, her lawyer and Amnesty object, the government offers to seek a solution with parliament and judiciary (2024-12-17).
- hm329-de-02: Lebanon/EU: von der Leyen and Christodoulides meet Mikati in Beirut and pledge one billion euros; migration demands, Mikati thanks and promises coast patrols, no resettlement pledge, Bassil and Geagea object, army arrests of Syrians, Human Rights Watch's criticism (2024-05-02).
- hm329-de-03: Iraq: President Abdul Latif Rashid accuses Turkey of a drone strike on an SDF convoy near Sulaymaniyah airport; the SDF blame Ankara, Rashid demands an apology, Sudani orders an inquiry, the Turkish charge summoned, Turkey's earlier airspace closure, the PUK objects, Kurdish security reinforced, Mazloum Abdi appeals to Washington (2023-04-08).
- hm329-de-04: Jordan: a fourth night of Gaza protests near the Israeli embassy in Amman; baton charges and arrests, gendarmerie deployed, Mubaideen accuses and warns protesters and rejects ending the peace treaty, the IAF's demands, detainees freed, Safadi meets Shoukry, Jordanian air drops over Gaza (2024-03-28).
- hm329-en-01: Yemen/Red Sea: the Houthis release video of blowing up the abandoned tanker Sounion; the earlier attack off Hodeidah, the French rescue of the crew, Miller and Borrell condemn, the Houthis agree to let tugs tow it, Saree threatens, Greece condemns, CENTCOM strikes (2024-08-29).
- hm329-en-02: Egypt: a policeman kills two Israeli tourists and their guide in Alexandria a day after the Hamas attack; arrest and prosecution inquiry, Israel's foreign ministry condemns and works with Cairo, Cohen-Shoukry call, Egypt condemns, Israel's travel warning, extra police deployed (2023-10-08).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm329-de-01 (Iran, hijab law halted)
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
IRN_SNSC = actor("Supreme National Security Council of Iran", "IRN", "GOV")
IRN_PARL = actor("Parliament of Iran", "IRN", "LEG")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
IRN_HARDLINERS = actor("hardline members of the Iranian parliament", "IRN", "LEG")
IRN_JUD = actor("Judiciary of Iran", "IRN", "JUD")
AHMADI = actor("Parastoo Ahmadi", "IRN", "CVL")
IRN_SEC = actor("Iranian security forces", "IRN", "COP")
FAGHIH_NASIRI = actor("Soheil Faghih-Nasiri", "IRN", "CVL")
BEIRAGHDAR = actor("Ehsan Beiraghdar", "IRN", "CVL")
PANAHIPOUR = actor("Milad Panahipour", "IRN", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
IRN_AUTH = actor("Iranian authorities", "IRN", "GOV")

H1 = "Teheran (dpa) - Irans Führung hat das umstrittene neue Kopftuchgesetz vorerst auf Eis gelegt."
H2 = ("Der Oberste Nationale Sicherheitsrat habe das Parlament gebeten, das Gesetz vorerst nicht zur Umsetzung an "
      "die Regierung weiterzuleiten, sagte Regierungssprecherin Fatemeh Mohadscherani am Dienstag in Teheran.")
H3 = "Das Keuschheits- und Hidschab-Gesetz hätte eigentlich vergangenen Freitag in Kraft treten sollen."
H4 = ("Es sieht für Frauen, die sich in der Öffentlichkeit ohne Kopftuch zeigen, hohe Geldstrafen, Ausreiseverbote "
      "und im Wiederholungsfall lange Haftstrafen vor.")
H5 = ("Präsident Massud Peseschkian hatte bereits Anfang Dezember erklärt, er habe „viele Vorbehalte“ gegen das "
      "Gesetz, und vor neuen Spannungen in der Gesellschaft gewarnt.")
H6 = "„Wir dürfen durch solche Gesetze nicht das Vertrauen der Menschen verspielen“, sagte der 70-Jährige damals."
H7 = "Ultrakonservative Abgeordnete warfen der Regierung vor, sie beuge sich dem Druck des Auslands."
H8 = ("Unterdessen ermittelt die Justiz gegen die Sängerin Parastoo Ahmadi, die vergangene Woche ein im Internet "
      "übertragenes Konzert ohne Kopftuch gegeben hatte.")
H9 = ("Das Konzert sei ohne Genehmigung und unter Verstoß gegen „religiöse Normen“ aufgezeichnet worden, teilte die "
      "Justiz über ihr Nachrichtenportal Misan mit.")
H10 = ("Sicherheitskräfte nahmen am Samstag in der nördlichen Provinz Masandaran zwei Musiker ihrer Band fest, "
       "Soheil Faghih-Nassiri und Ehsan Beiraghdar.")
H11 = "Die 27-Jährige selbst wurde nicht festgenommen."
H12 = ("Ihr Anwalt Milad Panahipur sagte, die beiden Musiker seien ohne richterlichen Haftbefehl abgeführt "
       "worden.")
H13 = ("Ahmadi schrieb auf Instagram, sie sei „eine junge Frau, die für die Menschen singen will, die sie "
       "liebt“.")
H14 = ("Amnesty International forderte die sofortige Freilassung der Musiker und verlangte, das Verfahren gegen die "
       "Sängerin einzustellen.")
H15 = ("Seit dem Tod der jungen Kurdin Jina Mahsa Amini im Gewahrsam der Sittenpolizei im September 2022 widersetzen "
       "sich viele Frauen in Iran offen der Kopftuchpflicht.")
H16 = ("Die Regierung wolle gemeinsam mit dem Parlament und der Justiz nach einer „praktikablen Lösung“ suchen, "
       "sagte Mohadscherani.")

DE01 = {
    "id": "hm329-de-01", "lang": "de", "url": None, "published": "2024-12-17",
    "title": "Iran setzt umstrittenes Kopftuchgesetz vorerst aus",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7], [H8, H9, H10, H11, H12, H13], [H14, H15, H16]),
    "events": [
        event("CONCEDE", IRN_GOV, None, H1),
        event("REQUEST", IRN_SNSC, IRN_PARL, H2, mode="change"),
        event("ACCUSE", PEZESHKIAN, IRN_PARL, H5, mode="disapprove"),
        event("ACCUSE", IRN_HARDLINERS, IRN_GOV, H7, mode="allege"),
        event("ACCUSE", IRN_JUD, AHMADI, H8, mode="investigate"),
        event("ACCUSE", IRN_JUD, AHMADI, H9, mode="allege"),
        event("COERCE", IRN_SEC, FAGHIH_NASIRI, H10, mode="arrest", date="2024-12-14", location="Mazandaran",
              location_country="IRN"),
        event("COERCE", IRN_SEC, BEIRAGHDAR, H10, mode="arrest", date="2024-12-14", location="Mazandaran",
              location_country="IRN"),
        event("COERCE", IRN_SEC, AHMADI, H11, mode="arrest", negated=True),
        event("ACCUSE", PANAHIPOUR, IRN_SEC, H12, mode="allege"),
        event("REQUEST", AMNESTY, IRN_AUTH, H14, mode="yield"),
        event("AGREE", IRN_GOV, IRN_PARL, H16),
        event("AGREE", IRN_GOV, IRN_JUD, H16),
    ],
    "quotes": [
        quote("Der Oberste Nationale Sicherheitsrat habe das Parlament gebeten, das Gesetz vorerst nicht zur "
              "Umsetzung an die Regierung weiterzuleiten", "Fatemeh Mohajerani", "indirect"),
        quote("viele Vorbehalte", "Masoud Pezeshkian", "direct"),
        quote("er habe „viele Vorbehalte“ gegen das Gesetz", "Masoud Pezeshkian", "indirect"),
        quote("Wir dürfen durch solche Gesetze nicht das Vertrauen der Menschen verspielen", "Masoud Pezeshkian",
              "direct"),
        quote("sie beuge sich dem Druck des Auslands", "hardline members of the Iranian parliament", "indirect"),
        quote("Das Konzert sei ohne Genehmigung und unter Verstoß gegen „religiöse Normen“ aufgezeichnet worden",
              "Judiciary of Iran", "indirect"),
        quote("religiöse Normen", "Judiciary of Iran", "direct"),
        quote("die beiden Musiker seien ohne richterlichen Haftbefehl abgeführt worden", "Milad Panahipour",
              "indirect"),
        quote("sie sei „eine junge Frau, die für die Menschen singen will, die sie liebt“", "Parastoo Ahmadi",
              "indirect"),
        quote("eine junge Frau, die für die Menschen singen will, die sie liebt", "Parastoo Ahmadi", "direct"),
        quote("Die Regierung wolle gemeinsam mit dem Parlament und der Justiz nach einer „praktikablen Lösung“ "
              "suchen", "Fatemeh Mohajerani", "indirect"),
        quote("praktikablen Lösung", "Fatemeh Mohajerani", "direct"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Government of Iran", "ORG", "IRN", ["Irans Führung", "die Regierung", "der Regierung",
                                                    "Die Regierung"]),
        entity("Supreme National Security Council of Iran", "ORG", "IRN", ["Der Oberste Nationale Sicherheitsrat"]),
        entity("Parliament of Iran", "ORG", "IRN", ["das Parlament", "dem Parlament"]),
        entity("Fatemeh Mohajerani", "PER", "IRN", ["Regierungssprecherin Fatemeh Mohadscherani", "Mohadscherani"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Präsident Massud Peseschkian", "der 70-Jährige"]),
        entity("hardline members of the Iranian parliament", "ORG", "IRN", ["Ultrakonservative Abgeordnete"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["die Justiz", "der Justiz"]),
        entity("Parastoo Ahmadi", "PER", "IRN", ["die Sängerin Parastoo Ahmadi", "Die 27-Jährige", "Ahmadi",
                                                 "die Sängerin"]),
        entity("Mizan News Agency", "ORG", "IRN", ["ihr Nachrichtenportal Misan"]),
        entity("Iranian security forces", "ORG", "IRN", ["Sicherheitskräfte"]),
        entity("Mazandaran", "LOC", "IRN", ["der nördlichen Provinz Masandaran"]),
        entity("Soheil Faghih-Nasiri", "PER", "IRN", ["Soheil Faghih-Nassiri"]),
        entity("Ehsan Beiraghdar", "PER", "IRN", ["Ehsan Beiraghdar"]),
        entity("Milad Panahipour", "PER", "IRN", ["Ihr Anwalt Milad Panahipur"]),
        entity("Instagram", "ORG", "MNC", ["Instagram"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["der jungen Kurdin Jina Mahsa Amini"]),
        entity("Guidance Patrol", "ORG", "IRN", ["der Sittenpolizei"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
    ],
}

# ---------------------------------------------------------------- hm329-de-02 (Lebanon/EU, one-billion package)
EU = actor("European Union", "EUR", "IGO")
LEBANON = actor("Lebanon", "LBN", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
CHRISTODOULIDES = actor("Nikos Christodoulides", "CYP", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
BASSIL = actor("Gebran Bassil", "LBN", "PTY")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
SYR_REFUGEES_LBN = actor("Syrian refugees in Lebanon", "SYR", "CVL")
HRW = actor("Human Rights Watch", "NGO", "NGO")

B1 = ("Beirut (AFP) - Die Europäische Union hat dem krisengeplagten Libanon Hilfen in Höhe von einer Milliarde Euro "
      "zugesagt.")
B2 = ("Das Geld solle bis 2027 fließen und vor allem Schulen, Krankenhäuser, die Armee und den Grenzschutz stärken, "
      "sagte EU-Kommissionspräsidentin Ursula von der Leyen am Donnerstag nach einem gemeinsamen Treffen mit dem "
      "zyprischen Präsidenten Nikos Christodoulides und dem geschäftsführenden Ministerpräsidenten Nadschib Mikati "
      "in Beirut.")
B3 = ("Im Gegenzug erwartet Brüssel von der libanesischen Regierung eine engere Zusammenarbeit im Kampf gegen "
      "Schleuser und die irreguläre Migration über das Mittelmeer.")
B4 = ("Auf Zypern kommen seit Monaten deutlich mehr syrische Flüchtlinge an, die in kleinen Booten von der "
      "libanesischen Küste aus übersetzen.")
B5 = "Christodoulides forderte die libanesischen Behörden auf, die Küste strenger zu überwachen."
B6 = "Der Libanon dürfe „nicht zum Sprungbrett“ für Schleuser nach Europa werden, sagte er."
B7 = "Mikati dankte der EU und sicherte zu, die Armee werde ihre Patrouillen entlang der Küste verstärken."
B8 = "Eine Zusage, Flüchtlinge direkt aus dem Libanon in die EU umzusiedeln, machte von der Leyen nicht."
B9 = ("Im Libanon leben schätzungsweise 1,5 Millionen Syrer, von denen nur ein Teil beim UN-Flüchtlingshilfswerk "
      "UNHCR registriert ist.")
B10 = ("Der Chef der Freien Patriotischen Bewegung, Gebran Bassil, nannte das Paket eine „Bestechung“, mit der "
       "Europa die Flüchtlinge im Libanon halten wolle.")
B11 = ("Auch der Chef der Forces Libanaises, Samir Geagea, forderte die Regierung auf, Syrer ohne gültige Papiere "
       "konsequent abzuschieben.")
B12 = ("Die Armee hatte in den vergangenen Wochen Hunderte Syrer ohne Aufenthaltserlaubnis festgenommen und viele "
       "von ihnen über die Grenze nach Syrien gebracht.")
B13 = ("Human Rights Watch warf den libanesischen Behörden vor, Flüchtlinge in Verfolgung und Folter "
       "zurückzuschicken, und forderte die EU auf, ihre Hilfe an den Schutz der Menschenrechte zu knüpfen.")
B14 = "Die Hisbollah äußerte sich zunächst nicht zu dem Paket."
B15 = ("Der Libanon steckt seit 2019 in einer schweren Wirtschafts- und Finanzkrise; zudem liefern sich die Hisbollah "
       "und Israels Armee im Süden des Landes seit Oktober fast täglich Gefechte.")

DE02 = {
    "id": "hm329-de-02", "lang": "de", "url": None, "published": "2024-05-02",
    "title": "EU sagt Libanon eine Milliarde Euro zu",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8], [B9, B10, B11, B12, B13], [B14, B15]),
    "events": [
        event("AGREE", EU, LEBANON, B1),
        event("CONSULT", VDL, MIKATI, B2, mode="visit", date="2024-05-02", location="Beirut",
              location_country="LBN"),
        event("CONSULT", CHRISTODOULIDES, MIKATI, B2, mode="visit", date="2024-05-02", location="Beirut",
              location_country="LBN"),
        event("AGREE", VDL, LBN_GOV, B2),
        event("REQUEST", EU, LBN_GOV, B3, mode="assist"),
        event("REQUEST", CHRISTODOULIDES, LBN_GOV, B5),
        event("SUPPORT", MIKATI, EU, B7),
        event("AGREE", MIKATI, EU, B7),
        event("AGREE", VDL, LBN_GOV, B8, negated=True),
        event("ACCUSE", BASSIL, EU, B10, mode="disapprove"),
        event("REQUEST", GEAGEA, LBN_GOV, B11, mode="change"),
        event("COERCE", LAF, SYR_REFUGEES_LBN, B12, mode="arrest"),
        event("ACCUSE", HRW, LBN_GOV, B13, mode="allege"),
        event("REQUEST", HRW, EU, B13, mode="change"),
    ],
    "quotes": [
        quote("Das Geld solle bis 2027 fließen und vor allem Schulen, Krankenhäuser, die Armee und den Grenzschutz "
              "stärken", "Ursula von der Leyen", "indirect"),
        quote("nicht zum Sprungbrett", "Nikos Christodoulides", "direct"),
        quote("Der Libanon dürfe „nicht zum Sprungbrett“ für Schleuser nach Europa werden", "Nikos Christodoulides",
              "indirect"),
        quote("die Armee werde ihre Patrouillen entlang der Küste verstärken", "Najib Mikati", "indirect"),
        quote("Bestechung", "Gebran Bassil", "direct"),
        quote("mit der Europa die Flüchtlinge im Libanon halten wolle", "Gebran Bassil", "indirect"),
        quote("Flüchtlinge in Verfolgung und Folter zurückzuschicken", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union", "Brüssel", "der EU", "die EU"]),
        entity("Lebanon", "LOC", "LBN", ["dem krisengeplagten Libanon", "Der Libanon", "dem Libanon", "Im Libanon",
                                         "im Libanon", "des Landes"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen",
                                                      "von der Leyen"]),
        entity("Nikos Christodoulides", "PER", "CYP", ["dem zyprischen Präsidenten Nikos Christodoulides",
                                                       "Christodoulides"]),
        entity("Najib Mikati", "PER", "LBN", ["dem geschäftsführenden Ministerpräsidenten Nadschib Mikati", "Mikati"]),
        entity("Government of Lebanon", "ORG", "LBN", ["der libanesischen Regierung", "die libanesischen Behörden",
                                                       "die Regierung", "den libanesischen Behörden"]),
        entity("Mediterranean Sea", "LOC", None, ["das Mittelmeer"]),
        entity("Cyprus", "LOC", "CYP", ["Zypern"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die Armee", "Die Armee"]),
        entity("Europe", "LOC", None, ["Europa"]),
        entity("UNHCR", "ORG", "UNO", ["UN-Flüchtlingshilfswerk UNHCR"]),
        entity("Free Patriotic Movement", "ORG", "LBN", ["der Freien Patriotischen Bewegung"]),
        entity("Gebran Bassil", "PER", "LBN", ["Gebran Bassil"]),
        entity("Lebanese Forces", "ORG", "LBN", ["der Forces Libanaises"]),
        entity("Samir Geagea", "PER", "LBN", ["Samir Geagea"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Hezbollah", "ORG", "LBN", ["Die Hisbollah", "die Hisbollah"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israels Armee"]),
    ],
}

# ---------------------------------------------------------------- hm329-de-03 (Iraq, drone strike near Sulaymaniyah)
RASHID = actor("Abdul Latif Rashid", "IRQ", "GOV")
TURKEY = actor("Turkey", "TUR", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
DRONE_OPERATORS = actor("unidentified operators of the drone near Sulaymaniyah airport", None, "MIL")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
IRQ_MFA = actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV")
SULAYMANIYAH_AUTH = actor("authorities in Sulaymaniyah", "IRQ", "GOV")
PUK = actor("Patriotic Union of Kurdistan", "IRQ", "PTY")
KRG_SECURITY = actor("Kurdistan Region security forces", "IRQ", "COP")
ABDI = actor("Mazloum Abdi", "SYR", "REB")
US_GOV = actor("Government of the United States", "USA", "GOV")

S1 = ("Bagdad (dpa) - Der irakische Präsident Abdul Latif Raschid hat der Türkei einen Drohnenangriff nahe dem "
      "Flughafen der Kurdenmetropole Sulaimanija vorgeworfen.")
S2 = ("Die Drohne hatte am Freitagabend einen Konvoi der kurdisch geführten Syrischen Demokratischen Kräfte (SDF) "
      "am Rande des Flughafengeländes getroffen.")
S3 = ("Die SDF teilten mit, in dem Konvoi sei auch ihr Oberbefehlshaber Maslum Abdi gewesen, der unverletzt "
      "geblieben sei.")
S4 = "Ankara wolle mit dem Angriff „Chaos“ in der Region stiften, hieß es in der Erklärung."
S5 = ("Raschid sagte am Samstag, für Angriffe dieser Art gebe es „keinerlei Rechtfertigung“, und forderte Ankara "
      "auf, sich bei der irakischen Regierung zu entschuldigen.")
S6 = "Ministerpräsident Mohammed Schia al-Sudani ordnete eine Untersuchung des Vorfalls an."
S7 = "Das Außenministerium bestellte am Samstag den türkischen Geschäftsträger in Bagdad ein."
S8 = "Die türkische Regierung äußerte sich zunächst nicht zu den Vorwürfen."
S9 = ("Ankara hatte bereits am Montag seinen Luftraum für Flüge von und nach Sulaimanija gesperrt und dies mit einer "
      "wachsenden Präsenz der verbotenen kurdischen Arbeiterpartei PKK in der Region begründet.")
S10 = ("Die in Sulaimanija regierende Patriotische Union Kurdistans (PUK) wies den Vorwurf zurück, mit der PKK "
       "zusammenzuarbeiten, und warf Ankara vor, die Bevölkerung der Region „kollektiv zu bestrafen“.")
S11 = "Die Sicherheitskräfte der Kurdenregion verstärkten ihre Präsenz rund um den Flughafen."
S12 = ("Ein Sprecher der US-geführten Koalition gegen die Terrormiliz Islamischer Staat bestätigte, dass sich auch "
       "amerikanische Soldaten in dem Konvoi befunden hätten.")
S13 = "Verletzt worden sei niemand, sagte er."
S14 = "Abdi forderte Washington auf, die Partner der Koalition besser vor türkischen Angriffen zu schützen."
S15 = ("Die Türkei greift seit Jahren mutmaßliche PKK-Stellungen im Nordirak aus der Luft an und unterhält dort "
       "zahlreiche Militärstützpunkte.")

DE03 = {
    "id": "hm329-de-03", "lang": "de", "url": None, "published": "2023-04-08",
    "title": "Irak wirft Türkei Drohnenangriff nahe Flughafen Sulaimanija vor",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("ACCUSE", RASHID, TURKEY, S1, mode="allege"),
        event("ASSAULT", DRONE_OPERATORS, SDF, S2, mode="drone", date="2023-04-07", location="Sulaymaniyah",
              location_country="IRQ"),
        event("ACCUSE", SDF, TUR_GOV, S4, mode="allege"),
        event("ACCUSE", RASHID, TUR_GOV, S5, mode="disapprove"),
        event("REQUEST", RASHID, TUR_GOV, S5),
        event("ACCUSE", SUDANI, None, S6, mode="investigate"),
        event("ACCUSE", IRQ_MFA, TUR_GOV, S7, mode="disapprove", date="2023-04-08", location="Baghdad",
              location_country="IRQ"),
        event("SANCTION", TUR_GOV, SULAYMANIYAH_AUTH, S9, mode="discontinue", date="2023-04-03"),
        event("ACCUSE", PUK, TUR_GOV, S10, mode="allege"),
        event("MOBILIZE", KRG_SECURITY, None, S11, mode="police", location="Sulaymaniyah", location_country="IRQ"),
        event("REQUEST", ABDI, US_GOV, S14, mode="assist"),
    ],
    "quotes": [
        quote("in dem Konvoi sei auch ihr Oberbefehlshaber Maslum Abdi gewesen, der unverletzt geblieben sei",
              "Syrian Democratic Forces", "indirect"),
        quote("Ankara wolle mit dem Angriff „Chaos“ in der Region stiften", "Syrian Democratic Forces", "indirect"),
        quote("Chaos", "Syrian Democratic Forces", "direct"),
        quote("für Angriffe dieser Art gebe es „keinerlei Rechtfertigung“", "Abdul Latif Rashid", "indirect"),
        quote("keinerlei Rechtfertigung", "Abdul Latif Rashid", "direct"),
        quote("die Bevölkerung der Region „kollektiv zu bestrafen“", "Patriotic Union of Kurdistan", "indirect"),
        quote("kollektiv zu bestrafen", "Patriotic Union of Kurdistan", "direct"),
        quote("sich auch amerikanische Soldaten in dem Konvoi befunden hätten",
              "spokesman of the Global Coalition against Daesh", "indirect"),
        quote("Verletzt worden sei niemand", "spokesman of the Global Coalition against Daesh", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Abdul Latif Rashid", "PER", "IRQ", ["Der irakische Präsident Abdul Latif Raschid", "Raschid"]),
        entity("Turkey", "LOC", "TUR", ["der Türkei", "Die Türkei"]),
        entity("Sulaymaniyah International Airport", "LOC", "IRQ", ["dem Flughafen", "Flughafengeländes",
                                                                    "den Flughafen"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["der Kurdenmetropole Sulaimanija", "Sulaimanija"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["kurdisch geführten Syrischen Demokratischen Kräfte",
                                                          "SDF"]),
        entity("Mazloum Abdi", "PER", "SYR", ["ihr Oberbefehlshaber Maslum Abdi", "Abdi"]),
        entity("Government of Turkey", "ORG", "TUR", ["Ankara", "Die türkische Regierung"]),
        entity("Government of Iraq", "ORG", "IRQ", ["der irakischen Regierung"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani"]),
        entity("Ministry of Foreign Affairs of Iraq", "ORG", "IRQ", ["Das Außenministerium"]),
        entity("chargé d'affaires of Turkey in Baghdad", "PER", "TUR", ["den türkischen Geschäftsträger in Bagdad"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["der verbotenen kurdischen Arbeiterpartei PKK", "der PKK",
                                                          "PKK-Stellungen"]),
        entity("Patriotic Union of Kurdistan", "ORG", "IRQ", ["Patriotische Union Kurdistans (PUK)"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["der Kurdenregion"]),
        entity("Kurdistan Region security forces", "ORG", "IRQ", ["Die Sicherheitskräfte der Kurdenregion"]),
        entity("Global Coalition against Daesh", "ORG", "IGO", ["der US-geführten Koalition gegen die Terrormiliz "
                                                                "Islamischer Staat", "der Koalition"]),
        entity("Islamic State", "ORG", None, ["die Terrormiliz Islamischer Staat"]),
        entity("spokesman of the Global Coalition against Daesh", "PER", "IGO", ["Ein Sprecher"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Northern Iraq", "LOC", "IRQ", ["im Nordirak"]),
    ],
}

# ---------------------------------------------------------------- hm329-de-04 (Jordan, protests near the Israeli embassy)
AMMAN_PROTESTERS = actor("protesters in Amman", "JOR", "CVL")
ISRAEL = actor("Israel", "ISR", "GOV")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
JOR_POLICE = actor("Jordanian police", "JOR", "COP")
JOR_AUTH = actor("Jordanian authorities", "JOR", "GOV")
MUBAIDEEN = actor("Muhannad Mubaideen", "JOR", "GOV")
IAF = actor("Islamic Action Front", "JOR", "OPP")
SAFADI = actor("Ayman Safadi", "JOR", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
RJAF = actor("Royal Jordanian Air Force", "JOR", "MIL")
GAZA_CIVILIANS = actor("Palestinians in the Gaza Strip", "PSE", "CVL")
JORDAN = actor("Jordan", "JOR", "GOV")

J1 = ("Amman (dpa) - In der jordanischen Hauptstadt Amman haben am Mittwochabend den vierten Tag in Folge Tausende "
      "Menschen nahe der israelischen Botschaft gegen den Krieg im Gazastreifen demonstriert.")
J2 = ("Die Demonstranten forderten die Regierung auf, den Friedensvertrag mit Israel aufzukündigen und alle "
      "Beziehungen zu dem Nachbarland abzubrechen.")
J3 = ("Die Polizei drängte die Menge mit Schlagstöcken von der Botschaft im Stadtteil Rabija ab und nahm mehrere "
      "Dutzend Menschen fest.")
J4 = "Die Behörden verlegten zudem zusätzliche Einheiten der Gendarmerie in das Viertel."
J5 = ("Regierungssprecher Muhannad Mubaidin warf Teilnehmern vor, sie wollten „Zwietracht säen“ und Jordanien in "
      "den Konflikt hineinziehen.")
J6 = ("„Das Recht auf friedlichen Protest ist garantiert, aber wir werden Angriffe auf die Sicherheitskräfte nicht "
      "dulden“, sagte der Minister.")
J7 = "Eine Aufkündigung des Friedensvertrags von 1994 lehnte er ab."
J8 = ("Zu den Protesten hatte unter anderem die Islamische Aktionsfront aufgerufen, der politische Arm der "
      "Muslimbruderschaft.")
J9 = ("Die Partei warf den Sicherheitskräften vor, friedliche Demonstranten zu misshandeln, und verlangte die "
      "Freilassung der Festgenommenen.")
J10 = "Die meisten Festgenommenen kamen am Donnerstagmorgen wieder frei."
J11 = ("Außenminister Aiman Safadi sagte bei einem Treffen mit seinem ägyptischen Amtskollegen Samih Schukri in "
       "Amman, Israel trage die Verantwortung für die „humanitäre Katastrophe“ in Gaza.")
J12 = "Die jordanische Luftwaffe warf am Mittwoch erneut Hilfsgüter über dem Norden des Gazastreifens ab."
J13 = ("Jordanien hatte im November seinen Botschafter aus Israel abberufen und erklärt, der israelische Botschafter "
       "in Amman solle vorerst nicht zurückkehren.")
J14 = "Rund die Hälfte der Bevölkerung Jordaniens ist palästinensischer Abstammung."

DE04 = {
    "id": "hm329-de-04", "lang": "de", "url": None, "published": "2024-03-28",
    "title": "Vierter Abend Gaza-Proteste an Israels Botschaft in Amman",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10], [J11, J12, J13, J14]),
    "events": [
        event("PROTEST", AMMAN_PROTESTERS, ISRAEL, J1, mode="demo", date="2024-03-27", location="Amman",
              location_country="JOR"),
        event("REQUEST", AMMAN_PROTESTERS, JOR_GOV, J2, mode="change"),
        event("ASSAULT", JOR_POLICE, AMMAN_PROTESTERS, J3, mode="beat", location="Rabieh", location_country="JOR"),
        event("COERCE", JOR_POLICE, AMMAN_PROTESTERS, J3, mode="arrest", location="Rabieh", location_country="JOR"),
        event("MOBILIZE", JOR_AUTH, None, J4, mode="police", location="Rabieh", location_country="JOR"),
        event("ACCUSE", MUBAIDEEN, AMMAN_PROTESTERS, J5, mode="allege"),
        event("THREATEN", MUBAIDEEN, AMMAN_PROTESTERS, J6),
        event("REJECT", MUBAIDEEN, AMMAN_PROTESTERS, J7, mode="change"),
        event("ACCUSE", IAF, JOR_POLICE, J9, mode="allege"),
        event("REQUEST", IAF, JOR_GOV, J9, mode="yield"),
        event("RETREAT", JOR_POLICE, AMMAN_PROTESTERS, J10, mode="release", date="2024-03-28"),
        event("CONSULT", SHOUKRY, SAFADI, J11, mode="visit", location="Amman", location_country="JOR"),
        event("ACCUSE", SAFADI, ISRAEL, J11, mode="allege"),
        event("AID", RJAF, GAZA_CIVILIANS, J12, date="2024-03-27", location="Gaza Strip", location_country="PSE"),
        event("SANCTION", JORDAN, ISRAEL, J13, mode="discontinue"),
    ],
    "quotes": [
        quote("sie wollten „Zwietracht säen“ und Jordanien in den Konflikt hineinziehen", "Muhannad Mubaideen",
              "indirect"),
        quote("Zwietracht säen", "Muhannad Mubaideen", "direct"),
        quote("Das Recht auf friedlichen Protest ist garantiert, aber wir werden Angriffe auf die Sicherheitskräfte "
              "nicht dulden", "Muhannad Mubaideen", "direct"),
        quote("friedliche Demonstranten zu misshandeln", "Islamic Action Front", "indirect"),
        quote("Israel trage die Verantwortung für die „humanitäre Katastrophe“ in Gaza", "Ayman Safadi", "indirect"),
        quote("humanitäre Katastrophe", "Ayman Safadi", "direct"),
        quote("der israelische Botschafter in Amman solle vorerst nicht zurückkehren", "Government of Jordan",
              "indirect"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman", "der jordanischen Hauptstadt Amman"]),
        entity("protesters in Amman", "ORG", "JOR", ["Tausende Menschen", "Die Demonstranten", "die Menge",
                                                     "Teilnehmern"]),
        entity("Embassy of Israel in Amman", "ORG", "ISR", ["der israelischen Botschaft", "der Botschaft"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "Gaza", "des Gazastreifens"]),
        entity("Government of Jordan", "ORG", "JOR", ["die Regierung"]),
        entity("Israel", "LOC", "ISR", ["Israel", "dem Nachbarland"]),
        entity("Jordanian police", "ORG", "JOR", ["Die Polizei", "die Sicherheitskräfte", "den Sicherheitskräften"]),
        entity("Rabieh", "LOC", "JOR", ["Stadtteil Rabija", "das Viertel"]),
        entity("Jordanian authorities", "ORG", "JOR", ["Die Behörden"]),
        entity("Gendarmerie of Jordan", "ORG", "JOR", ["Einheiten der Gendarmerie"]),
        entity("Muhannad Mubaideen", "PER", "JOR", ["Regierungssprecher Muhannad Mubaidin", "der Minister"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien", "Jordaniens"]),
        entity("Islamic Action Front", "ORG", "JOR", ["die Islamische Aktionsfront", "Die Partei"]),
        entity("Muslim Brotherhood", "ORG", None, ["der Muslimbruderschaft"]),
        entity("Ayman Safadi", "PER", "JOR", ["Außenminister Aiman Safadi"]),
        entity("Sameh Shoukry", "PER", "EGY", ["seinem ägyptischen Amtskollegen Samih Schukri"]),
        entity("Royal Jordanian Air Force", "ORG", "JOR", ["Die jordanische Luftwaffe"]),
        entity("ambassador of Jordan to Israel", "PER", "JOR", ["seinen Botschafter"]),
        entity("ambassador of Israel to Jordan", "PER", "ISR", ["der israelische Botschafter in Amman"]),
    ],
}

# ---------------------------------------------------------------- hm329-en-01 (Yemen/Red Sea, tanker Sounion)
HOUTHIS = actor("Houthis", "YEM", "REB")
SOUNION = actor("Sounion", "GRC", "BUS")
FRENCH_NAVY = actor("French Navy", "FRA", "MIL")
SOUNION_CREW = actor("crew of the Sounion", "PHL", "CVL")
MILLER = actor("Matthew Miller", "USA", "GOV")
SAREE = actor("Yahya Saree", "YEM", "REB")
GRC_MFA = actor("Ministry of Foreign Affairs of Greece", "GRC", "GOV")
CENTCOM = actor("U.S. Central Command", "USA", "MIL")
BORRELL = actor("Josep Borrell", "EUR", "IGO")

T1 = ("DUBAI, Aug 29 (Reuters) - Yemen's Houthi rebels released a video on Thursday showing their fighters boarding "
      "the abandoned Greek-flagged oil tanker Sounion in the Red Sea and detonating explosives on its deck.")
T2 = ("The footage, broadcast by the group's Al-Masirah television, appeared to have been filmed last week, two days "
      "after the Houthis attacked the ship with missiles and small arms off the Yemeni port of Hodeidah.")
T3 = ("A French frigate serving with the European Union's Aspides naval mission rescued the 25 crew members, most of "
      "them Filipinos, and four security guards and took them to Djibouti.")
T4 = ("The Sounion is carrying some 150,000 tonnes of crude oil, and fires were still burning on the vessel on "
      "Thursday.")
T5 = ('"The Houthis\' reckless attacks continue to endanger the lives of seafarers and risk an environmental '
      'catastrophe in the Red Sea," U.S. State Department spokesman Matthew Miller said.')
T6 = ('Houthi spokesman Mohammed Abdulsalam said on Wednesday the group had agreed to let tugboats tow the tanker '
      'away after requests from "several international parties".')
T7 = ("Iran's mission to the United Nations said earlier that the Houthis had accepted a temporary pause in attacks "
      "around the ship to allow its salvage.")
T8 = ('Houthi military spokesman Yahya Saree vowed to keep targeting Israeli-linked ships "until the aggression on '
      'Gaza stops".')
T9 = ("Greece's foreign ministry condemned the attack as a violation of international law and said it was in contact "
      "with its EU partners about salvaging the vessel.")
T10 = "The Houthis have attacked more than 80 merchant vessels since November, sinking two of them."
T11 = ("U.S. Central Command said on Wednesday its forces had destroyed a Houthi surface-to-air missile system and "
       "two drones in Houthi-controlled areas of Yemen over the previous 24 hours.")
T12 = ('European Union foreign policy chief Josep Borrell called the attack on the Sounion "an act of piracy" and '
       'urged the Houthis to allow the ship to be towed without delay.')
T13 = ("The operator of the Sounion, Athens-based Delta Tankers, said it was working with salvage companies but that "
       "no tow had yet been attempted.")
T14 = ("Shipping traffic through the Red Sea and the Suez Canal has fallen sharply since the attacks began, costing "
       "Egypt billions of dollars in lost canal revenue.")

EN01 = {
    "id": "hm329-en-01", "lang": "en", "url": None, "published": "2024-08-29",
    "title": "Houthis release video of explosions on stricken tanker Sounion in Red Sea",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11], [T12, T13, T14]),
    "events": [
        event("ASSAULT", HOUTHIS, SOUNION, T1, mode="explosives", location="Red Sea"),
        event("ASSAULT", HOUTHIS, SOUNION, T2, location="Hodeidah", location_country="YEM"),
        event("AID", FRENCH_NAVY, SOUNION_CREW, T3),
        event("ACCUSE", MILLER, HOUTHIS, T5, mode="disapprove"),
        event("CONCEDE", HOUTHIS, None, T6),
        event("THREATEN", SAREE, ISRAEL, T8, mode="violence"),
        event("ACCUSE", GRC_MFA, HOUTHIS, T9, mode="disapprove"),
        event("CONSULT", GRC_MFA, EU, T9),
        event("ASSAULT", CENTCOM, HOUTHIS, T11, location="Yemen", location_country="YEM"),
        event("ACCUSE", BORRELL, HOUTHIS, T12, mode="disapprove"),
        event("REQUEST", BORRELL, HOUTHIS, T12),
    ],
    "quotes": [
        quote("The Houthis' reckless attacks continue to endanger the lives of seafarers and risk an environmental "
              "catastrophe in the Red Sea", "Matthew Miller", "direct"),
        quote('the group had agreed to let tugboats tow the tanker away after requests from "several international '
              'parties"', "Mohammed Abdulsalam", "indirect"),
        quote("several international parties", "Mohammed Abdulsalam", "direct"),
        quote("the Houthis had accepted a temporary pause in attacks around the ship to allow its salvage",
              "Permanent Mission of Iran to the United Nations", "indirect"),
        quote("until the aggression on Gaza stops", "Yahya Saree", "direct"),
        quote("it was in contact with its EU partners about salvaging the vessel",
              "Ministry of Foreign Affairs of Greece", "indirect"),
        quote("its forces had destroyed a Houthi surface-to-air missile system and two drones in Houthi-controlled "
              "areas of Yemen over the previous 24 hours", "U.S. Central Command", "indirect"),
        quote("an act of piracy", "Josep Borrell", "direct"),
        quote("it was working with salvage companies but that no tow had yet been attempted", "Delta Tankers",
              "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi rebels", "the Houthis", "The Houthis", "the group"]),
        entity("Yemen", "LOC", "YEM", ["Yemen"]),
        entity("Sounion", "LOC", "GRC", ["the abandoned Greek-flagged oil tanker Sounion", "The Sounion",
                                         "the Sounion", "the ship", "the tanker", "the vessel"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
        entity("Al-Masirah", "ORG", "YEM", ["the group's Al-Masirah television"]),
        entity("Hodeidah", "LOC", "YEM", ["the Yemeni port of Hodeidah"]),
        entity("French Navy", "ORG", "FRA", ["A French frigate"]),
        entity("Operation Aspides", "ORG", "EUR", ["the European Union's Aspides naval mission"]),
        entity("European Union", "ORG", "EUR", ["the European Union", "EU", "European Union"]),
        entity("crew of the Sounion", "PER", "PHL", ["the 25 crew members"]),
        entity("Djibouti", "LOC", "DJI", ["Djibouti"]),
        entity("U.S. Department of State", "ORG", "USA", ["U.S. State Department"]),
        entity("Matthew Miller", "PER", "USA", ["U.S. State Department spokesman Matthew Miller"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Houthi spokesman Mohammed Abdulsalam"]),
        entity("Permanent Mission of Iran to the United Nations", "ORG", "IRN", ["Iran's mission to the United "
                                                                                 "Nations"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Yahya Saree", "PER", "YEM", ["Houthi military spokesman Yahya Saree"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Ministry of Foreign Affairs of Greece", "ORG", "GRC", ["Greece's foreign ministry"]),
        entity("U.S. Central Command", "ORG", "USA", ["U.S. Central Command"]),
        entity("Josep Borrell", "PER", "EUR", ["European Union foreign policy chief Josep Borrell"]),
        entity("Delta Tankers", "ORG", "GRC", ["Athens-based Delta Tankers"]),
        entity("Athens", "LOC", "GRC", ["Athens"]),
        entity("Suez Canal", "LOC", "EGY", ["the Suez Canal"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
    ],
}

# ---------------------------------------------------------------- hm329-en-02 (Egypt, Israeli tourists shot in Alexandria)
EGY_GUNMAN = actor("Egyptian policeman who shot Israeli tourists in Alexandria", "EGY", "COP")
ISR_TOURISTS = actor("Israeli tourists in Alexandria", "ISR", "CVL")
EGY_POLICE = actor("Egyptian police", "EGY", "COP")
EGY_PROSECUTION = actor("Public Prosecution of Egypt", "EGY", "JUD")
HAMAS = actor("Hamas", "PSE", "REB")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
COHEN = actor("Eli Cohen", "ISR", "GOV")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
ISR_NSC = actor("National Security Council of Israel", "ISR", "GOV")
ISRAELIS_IN_EGYPT = actor("Israelis in Egypt", "ISR", "CVL")

X1 = ("CAIRO, Oct 8 (Reuters) - An Egyptian policeman opened fire on a group of Israeli tourists in the Mediterranean "
      "city of Alexandria on Sunday, killing two Israelis and their Egyptian tour guide.")
X2 = ("A third Israeli was wounded in the shooting at the Pompey's Pillar archaeological site, Israel's foreign "
      "ministry said.")
X3 = "Egyptian police arrested the gunman at the scene."
X4 = ('The interior ministry said the officer, who had been assigned to guard the site, had fired "randomly" with '
      'his service pistol.')
X5 = "Egypt's public prosecution opened an investigation into the shooting."
X6 = "The names of the victims were not immediately released."
X7 = ("The attack came a day after Hamas gunmen stormed into southern Israel from the Gaza Strip, killing hundreds "
      "of people, and Israel responded with waves of air strikes on Hamas targets in Gaza.")
X8 = ('Israel\'s foreign ministry condemned what it called a "terrorist attack" and said it was working with '
      'Egyptian authorities to bring the victims home.')
X9 = ("Foreign Minister Eli Cohen spoke by phone with his Egyptian counterpart Sameh Shoukry, who offered his "
      "condolences.")
X10 = ('Egypt\'s foreign ministry condemned the shooting, saying Egypt "rejects all forms of violence" and that the '
       'attacker would face the full force of the law.')
X11 = ("Israel's National Security Council urged Israelis in Egypt to leave the country and raised its travel "
       "warning for the Sinai Peninsula to the highest level.")
X12 = ("Egyptian authorities deployed additional police around tourist sites and synagogues in Alexandria and Cairo "
       "later on Sunday.")
X13 = "An Israeli aircraft flew the wounded man and the rest of the tour group home late on Sunday."
X14 = ("Egypt was the first Arab country to make peace with Israel, in 1979, but hostility towards Israel remains "
       "widespread among Egyptians.")

EN02 = {
    "id": "hm329-en-02", "lang": "en", "url": None, "published": "2023-10-08",
    "title": "Egyptian policeman kills two Israeli tourists and guide in Alexandria",
    "text": paragraphs([X1, X2, X3, X4, X5, X6], [X7, X8, X9, X10], [X11, X12, X13, X14]),
    "events": [
        event("ASSAULT", EGY_GUNMAN, ISR_TOURISTS, X1, mode="firearms", date="2023-10-08", location="Alexandria",
              location_country="EGY"),
        event("COERCE", EGY_POLICE, EGY_GUNMAN, X3, mode="arrest", location="Alexandria", location_country="EGY"),
        event("ACCUSE", EGY_PROSECUTION, EGY_GUNMAN, X5, mode="investigate"),
        event("ASSAULT", HAMAS, ISRAEL, X7, date="2023-10-07"),
        event("ASSAULT", ISRAEL, HAMAS, X7, mode="aerial", location="Gaza Strip", location_country="PSE"),
        event("ACCUSE", ISR_MFA, EGY_GUNMAN, X8, mode="disapprove"),
        event("COOPERATE", ISR_MFA, EGY_AUTH, X8),
        event("CONSULT", COHEN, SHOUKRY, X9, mode="phone"),
        event("ACCUSE", EGY_MFA, EGY_GUNMAN, X10, mode="disapprove"),
        event("REQUEST", ISR_NSC, ISRAELIS_IN_EGYPT, X11),
        event("MOBILIZE", EGY_AUTH, None, X12, mode="police", date="2023-10-08", location_country="EGY"),
    ],
    "quotes": [
        quote("A third Israeli was wounded in the shooting at the Pompey's Pillar archaeological site",
              "Ministry of Foreign Affairs of Israel", "indirect"),
        quote('the officer, who had been assigned to guard the site, had fired "randomly" with his service pistol',
              "Ministry of Interior of Egypt", "indirect"),
        quote("randomly", "Ministry of Interior of Egypt", "direct"),
        quote("terrorist attack", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("it was working with Egyptian authorities to bring the victims home",
              "Ministry of Foreign Affairs of Israel", "indirect"),
        quote("rejects all forms of violence", "Ministry of Foreign Affairs of Egypt", "direct"),
        quote('Egypt "rejects all forms of violence" and that the attacker would face the full force of the law',
              "Ministry of Foreign Affairs of Egypt", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO", "Cairo"]),
        entity("Egyptian policeman who shot Israeli tourists in Alexandria", "PER", "EGY",
               ["An Egyptian policeman", "the gunman", "the officer", "the attacker"]),
        entity("Israeli tourists in Alexandria", "PER", "ISR", ["a group of Israeli tourists", "two Israelis",
                                                                "the tour group"]),
        entity("Alexandria", "LOC", "EGY", ["the Mediterranean city of Alexandria", "Alexandria"]),
        entity("Egyptian tour guide", "PER", "EGY", ["their Egyptian tour guide"]),
        entity("Pompey's Pillar", "LOC", "EGY", ["the Pompey's Pillar archaeological site", "the site"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel's foreign ministry"]),
        entity("Egyptian police", "ORG", "EGY", ["Egyptian police"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["The interior ministry"]),
        entity("Public Prosecution of Egypt", "ORG", "EGY", ["Egypt's public prosecution"]),
        entity("Hamas", "ORG", "PSE", ["Hamas gunmen", "Hamas"]),
        entity("Israel", "LOC", "ISR", ["southern Israel", "Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["the Gaza Strip", "Gaza"]),
        entity("Egyptian authorities", "ORG", "EGY", ["Egyptian authorities"]),
        entity("Eli Cohen", "PER", "ISR", ["Foreign Minister Eli Cohen"]),
        entity("Sameh Shoukry", "PER", "EGY", ["his Egyptian counterpart Sameh Shoukry"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Egypt's foreign ministry"]),
        entity("Egypt", "LOC", "EGY", ["Egypt", "the country"]),
        entity("National Security Council of Israel", "ORG", "ISR", ["Israel's National Security Council"]),
        entity("Sinai Peninsula", "LOC", "EGY", ["the Sinai Peninsula"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
