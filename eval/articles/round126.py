"""Round 126: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm126-de-01: China warns its citizens against travel to Japan in the row over Takaichi's Taiwan remarks (2025-11-15).
- hm126-de-02: Indonesia's protests spread after a police vehicle kills a motorcycle taxi driver in Jakarta (2025-08-29).
- hm126-de-03: Belarus frees 52 prisoners after a visit by US envoy John Coale; the US lifts Belavia sanctions (2025-09-11).
- hm126-de-04: The European Court of Human Rights holds Russia responsible for MH17 and abuses in Ukraine (2025-07-09).
- hm126-en-01: Mongolia's prime minister Oyun-Erdene resigns after losing a confidence vote (2025-06-03).
- hm126-en-02: Russia summons Azerbaijan's ambassador as the row over the Yekaterinburg deaths deepens (2025-07-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm126-de-01
CHINA = actor("China", "CHN", "GOV")
JAPAN = actor("Japan", "JPN", "GOV")
TAKAICHI = actor("Sanae Takaichi", "JPN", "GOV")
SUN_WEIDONG = actor("Sun Weidong", "CHN", "GOV")
XUE_JIAN = actor("Xue Jian", "CHN", "GOV")
KIHARA = actor("Minoru Kihara", "JPN", "GOV")

G1 = ("Im Streit um Äußerungen der japanischen Ministerpräsidentin Sanae Takaichi zu Taiwan hat China seine Bürger "
      "aufgefordert, Reisen nach Japan vorerst zu vermeiden.")
G2 = ("Die Sicherheitslage für Chinesen in Japan habe sich erheblich verschlechtert, hieß es am Freitagabend in einer "
      "Mitteilung der chinesischen Botschaft in Tokio.")
G3 = ("Takaichi hatte vor einer Woche im Parlament gesagt, ein chinesischer Angriff auf Taiwan könne eine "
      "„existenzbedrohende Lage“ für Japan darstellen.")
G4 = ("Nach japanischem Recht könnte das Land in einem solchen Fall seine Streitkräfte zur Verteidigung von "
      "Verbündeten einsetzen.")
G5 = "Peking verlangt, dass sie die Äußerung zurücknimmt."
G6 = ("Vizeaußenminister Sun Weidong hatte am Donnerstag den japanischen Botschafter Kenji Kanasugi einbestellt und "
      "einen „ernsten Protest“ eingelegt.")
G7 = "Tokio bestellte daraufhin am Freitag den chinesischen Botschafter Wu Jianghao ein."
G8 = ("Auslöser war auch ein inzwischen gelöschter Beitrag des chinesischen Generalkonsuls in Osaka, Xue Jian, der auf "
      "der Plattform X geschrieben hatte, man müsse „den schmutzigen Hals abschneiden“, der sich einmische.")
G9 = ("Regierungssprecher Minoru Kihara nannte den Beitrag „äußerst unangemessen“ und forderte Peking auf, "
      "„angemessene Maßnahmen“ zu ergreifen.")
G10 = "Takaichi lehnte es ab, ihre Aussage zurückzunehmen."
G11 = "Sie habe lediglich die bestehende Haltung der Regierung wiedergegeben, sagte sie."
G12 = ("Japanische Reiseveranstalter und Kaufhäuser befürchten nun Einbußen, da Chinesen zu den größten Gruppen "
       "ausländischer Touristen gehören.")

DE01 = {
    "id": "hm126-de-01", "lang": "de", "url": None, "published": "2025-11-15",
    "title": "China rät seinen Bürgern von Reisen nach Japan ab",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("SANCTION", CHINA, JAPAN, G1, mode="discontinue", date="2025-11-14"),
        event("REQUEST", CHINA, TAKAICHI, G5, mode="change"),
        event("ACCUSE", SUN_WEIDONG, JAPAN, G6, mode="disapprove", date="2025-11-13", location="Beijing",
              location_country="CHN"),
        event("ACCUSE", JAPAN, CHINA, G7, mode="disapprove", date="2025-11-14", location="Tokyo",
              location_country="JPN"),
        event("THREATEN", XUE_JIAN, TAKAICHI, G8, mode="violence"),
        event("ACCUSE", KIHARA, XUE_JIAN, G9, mode="disapprove"),
        event("REQUEST", KIHARA, CHINA, G9, mode="change"),
        event("REJECT", TAKAICHI, CHINA, G10, mode="change"),
    ],
    "quotes": [
        quote("Die Sicherheitslage für Chinesen in Japan habe sich erheblich verschlechtert",
              "Embassy of China in Tokyo", "indirect"),
        quote("existenzbedrohende Lage", "Sanae Takaichi", "direct"),
        quote("ein chinesischer Angriff auf Taiwan könne eine „existenzbedrohende Lage“ für Japan darstellen",
              "Sanae Takaichi", "indirect"),
        quote("ernsten Protest", "Sun Weidong", "direct"),
        quote("den schmutzigen Hals abschneiden", "Xue Jian", "direct"),
        quote("man müsse „den schmutzigen Hals abschneiden“, der sich einmische", "Xue Jian", "indirect"),
        quote("äußerst unangemessen", "Minoru Kihara", "direct"),
        quote("angemessene Maßnahmen", "Minoru Kihara", "direct"),
        quote("Sie habe lediglich die bestehende Haltung der Regierung wiedergegeben", "Sanae Takaichi", "indirect"),
    ],
    "entities": [
        entity("Sanae Takaichi", "PER", "JPN",
               ["der japanischen Ministerpräsidentin Sanae Takaichi", "Takaichi", "sie", "Sie"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("China", "GPE", "CHN", ["China", "Peking"]),
        entity("Chinese citizens", "ORG", "CHN", ["seine Bürger", "Chinesen"]),
        entity("Japan", "GPE", "JPN", ["Japan", "das Land", "Tokio"]),
        entity("Embassy of China in Tokyo", "ORG", "CHN", ["der chinesischen Botschaft in Tokio"]),
        entity("Tokyo", "LOC", "JPN", ["Tokio"]),
        entity("National Diet", "ORG", "JPN", ["Parlament"]),
        entity("Japan Self-Defense Forces", "ORG", "JPN", ["seine Streitkräfte"]),
        entity("Sun Weidong", "PER", "CHN", ["Vizeaußenminister Sun Weidong"]),
        entity("Kenji Kanasugi", "PER", "JPN", ["den japanischen Botschafter Kenji Kanasugi"]),
        entity("Wu Jianghao", "PER", "CHN", ["den chinesischen Botschafter Wu Jianghao"]),
        entity("Xue Jian", "PER", "CHN", ["des chinesischen Generalkonsuls in Osaka, Xue Jian"]),
        entity("Osaka", "LOC", "JPN", ["Osaka"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Minoru Kihara", "PER", "JPN", ["Regierungssprecher Minoru Kihara"]),
        entity("Government of Japan", "ORG", "JPN", ["der Regierung"]),
        entity("Japanese tour operators and department stores", "ORG", "JPN",
               ["Japanische Reiseveranstalter und Kaufhäuser"]),
    ],
}

# ---------------------------------------------------------------- hm126-de-02
IDN_PROTESTERS = actor("Indonesian protesters", "IDN", "CVL")
DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
BRIMOB = actor("Brimob", "IDN", "COP")
AFFAN = actor("Affan Kurniawan", "IDN", "CVL")
IDN_SECURITY = actor("Indonesian security forces", "IDN", "COP")
OJOL_DRIVERS = actor("Indonesian motorcycle taxi drivers", "IDN", "CVL")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
MAKASSAR_PROTESTERS = actor("Makassar protesters", "IDN", "CVL")
MAKASSAR_COUNCIL = actor("Makassar City Council", "IDN", "LEG")
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
BRIMOB_OFFICERS = actor("Brimob officers", "IDN", "COP")
LISTYO = actor("Listyo Sigit Prabowo", "IDN", "COP")
AFFAN_FAMILY = actor("Family of Affan Kurniawan", "IDN", "CVL")
PUAN = actor("Puan Maharani", "IDN", "LEG")

H1 = ("In Indonesien haben sich die Proteste gegen Privilegien von Parlamentsabgeordneten nach dem Tod eines jungen "
      "Motorradtaxifahrers am Freitag auf weitere Städte ausgeweitet.")
H2 = ("Der 21-jährige Affan Kurniawan war am Donnerstagabend in Jakarta von einem gepanzerten Fahrzeug der "
      "Polizei-Spezialeinheit Brimob überrollt worden, als Sicherheitskräfte eine Demonstration vor dem Parlament "
      "auflösten.")
H3 = ("Nach Angaben von Kollegen war er mit einer Essenslieferung unterwegs und hatte nicht an dem Protest "
      "teilgenommen.")
H4 = ("Am Freitag zogen Tausende Motorradtaxifahrer vor das Hauptquartier von Brimob in Jakarta und forderten die "
      "Bestrafung der Verantwortlichen.")
H5 = "Die Polizei setzte Tränengas und Wasserwerfer ein, um die Menge zurückzudrängen."
H6 = ("In Makassar auf der Insel Sulawesi steckten Demonstranten am Freitagabend das Gebäude des Stadtparlaments in "
      "Brand, nach Behördenangaben kamen dabei mindestens drei Menschen ums Leben.")
H7 = ("Präsident Prabowo Subianto sprach der Familie des Getöteten sein Beileid aus und ordnete eine „gründliche und "
      "transparente“ Untersuchung an.")
H8 = ("Sieben beteiligte Polizisten seien festgenommen worden und würden von der internen Ermittlungsabteilung "
      "befragt, sagte Polizeichef Listyo Sigit Prabowo.")
H9 = "„Ich entschuldige mich aufrichtig bei der Familie und bei allen Fahrern“, sagte er."
H10 = ("Auslöser der Proteste war eine monatliche Wohnzulage von 50 Millionen Rupiah, umgerechnet rund 2600 Euro, für "
       "die 580 Abgeordneten.")
H11 = "Parlamentspräsidentin Puan Maharani sagte zu, die Zulagen zu überprüfen."

DE02 = {
    "id": "hm126-de-02", "lang": "de", "url": None, "published": "2025-08-29",
    "title": "Tod eines Motorradtaxifahrers löst in Indonesien landesweite Proteste aus",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10, H11]),
    "events": [
        event("PROTEST", IDN_PROTESTERS, DPR, H1, mode="demo", date="2025-08-29", location_country="IDN"),
        event("ASSAULT", BRIMOB, AFFAN, H2, date="2025-08-28", location="Jakarta", location_country="IDN"),
        event("COERCE", IDN_SECURITY, IDN_PROTESTERS, H2, mode="restrict", date="2025-08-28", location="Jakarta",
              location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, DPR, H2, mode="demo", date="2025-08-28", location="Jakarta",
              location_country="IDN"),
        event("PROTEST", OJOL_DRIVERS, BRIMOB, H4, mode="demo", date="2025-08-29", location="Jakarta",
              location_country="IDN"),
        event("ASSAULT", IDN_POLICE, OJOL_DRIVERS, H5, mode="crowd-control", date="2025-08-29", location="Jakarta",
              location_country="IDN"),
        event("PROTEST", MAKASSAR_PROTESTERS, MAKASSAR_COUNCIL, H6, mode="riot", date="2025-08-29",
              location="Makassar", location_country="IDN"),
        event("ACCUSE", PRABOWO, BRIMOB, H7, mode="investigate"),
        event("COERCE", IDN_POLICE, BRIMOB_OFFICERS, H8, mode="arrest"),
        event("ACCUSE", IDN_POLICE, BRIMOB_OFFICERS, H8, mode="investigate"),
        event("CONCEDE", LISTYO, AFFAN_FAMILY, H9),
        event("CONCEDE", LISTYO, OJOL_DRIVERS, H9),
        event("CONCEDE", PUAN, IDN_PROTESTERS, H11),
    ],
    "quotes": [
        quote("Nach Angaben von Kollegen war er mit einer Essenslieferung unterwegs und hatte nicht an dem Protest "
              "teilgenommen", "colleagues of Affan Kurniawan", "indirect"),
        quote("nach Behördenangaben kamen dabei mindestens drei Menschen ums Leben", "Indonesian authorities",
              "indirect"),
        quote("gründliche und transparente", "Prabowo Subianto", "direct"),
        quote("Sieben beteiligte Polizisten seien festgenommen worden und würden von der internen "
              "Ermittlungsabteilung befragt", "Listyo Sigit Prabowo", "indirect"),
        quote("Ich entschuldige mich aufrichtig bei der Familie und bei allen Fahrern", "Listyo Sigit Prabowo",
              "direct"),
    ],
    "entities": [
        entity("Indonesia", "GPE", "IDN", ["Indonesien"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN",
               ["Parlamentsabgeordneten", "dem Parlament", "die 580 Abgeordneten"]),
        entity("Affan Kurniawan", "PER", "IDN",
               ["eines jungen Motorradtaxifahrers", "Der 21-jährige Affan Kurniawan", "er", "des Getöteten"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Brimob", "ORG", "IDN", ["der Polizei-Spezialeinheit Brimob", "Brimob"]),
        entity("Indonesian security forces", "ORG", "IDN", ["Sicherheitskräfte"]),
        entity("colleagues of Affan Kurniawan", "ORG", "IDN", ["Kollegen"]),
        entity("Indonesian motorcycle taxi drivers", "ORG", "IDN",
               ["Tausende Motorradtaxifahrer", "die Menge", "allen Fahrern"]),
        entity("Brimob headquarters", "LOC", "IDN", ["das Hauptquartier von Brimob in Jakarta"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die Polizei"]),
        entity("Makassar", "LOC", "IDN", ["Makassar"]),
        entity("Sulawesi", "LOC", "IDN", ["der Insel Sulawesi"]),
        entity("Makassar protesters", "ORG", "IDN", ["Demonstranten"]),
        entity("Makassar City Council", "ORG", "IDN", ["des Stadtparlaments"]),
        entity("Makassar City Council building", "LOC", "IDN", ["das Gebäude des Stadtparlaments"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Präsident Prabowo Subianto"]),
        entity("Family of Affan Kurniawan", "ORG", "IDN", ["der Familie des Getöteten", "der Familie"]),
        entity("Brimob officers", "ORG", "IDN", ["Sieben beteiligte Polizisten"]),
        entity("Internal affairs division of the Indonesian National Police", "ORG", "IDN",
               ["der internen Ermittlungsabteilung"]),
        entity("Listyo Sigit Prabowo", "PER", "IDN", ["Polizeichef Listyo Sigit Prabowo", "er"]),
        entity("Puan Maharani", "PER", "IDN", ["Parlamentspräsidentin Puan Maharani"]),
    ],
}

# ---------------------------------------------------------------- hm126-de-03
BELARUS = actor("Belarus", "BLR", "GOV")
BLR_PRISONERS = actor("Belarusian prisoners", "BLR", "CVL")
COALE = actor("John Coale", "USA", "GOV")
LUKASHENKO = actor("Alexander Lukashenko", "BLR", "GOV")
USA = actor("United States", "USA", "GOV")
BELAVIA = actor("Belavia", "BLR", "BUS")
STATKEVICH = actor("Mikola Statkevich", "BLR", "OPP")
BLR_SECURITY = actor("Belarusian security forces", "BLR", "COP")
TSIKHANOUSKAYA = actor("Sviatlana Tsikhanouskaya", "BLR", "OPP")
TRUMP = actor("Donald Trump", "USA", "GOV")

I1 = ("Belarus hat nach einem Besuch eines hochrangigen US-Gesandten 52 Gefangene freigelassen, darunter zahlreiche "
      "politische Häftlinge und mehrere Ausländer.")
I2 = ("Machthaber Alexander Lukaschenko empfing den Sondergesandten von US-Präsident Donald Trump, John Coale, am "
      "Donnerstag in Minsk.")
I3 = "Die Freigelassenen wurden nach Angaben der litauischen Regierung mit Bussen über die Grenze nach Litauen gebracht."
I4 = "Im Gegenzug hoben die USA Sanktionen gegen die staatliche belarussische Fluggesellschaft Belavia auf."
I5 = "Coale sagte nach dem Treffen, Washington strebe eine Normalisierung der Beziehungen zu Minsk an."
I6 = "Auch eine Wiedereröffnung der US-Botschaft sei denkbar."
I7 = "Lukaschenko sprach von einem „großen Deal“, den er mit den USA schließen wolle."
I8 = ("Der bekannte Oppositionspolitiker Mikola Statkewitsch weigerte sich, Belarus zu verlassen, und blieb an der "
      "Grenze zurück.")
I9 = ("Nach Angaben der Menschenrechtsorganisation Wjasna wurde er später von Sicherheitskräften zurück ins Gefängnis "
      "gebracht.")
I10 = ("Die im Exil lebende Oppositionsführerin Swjatlana Zichanouskaja dankte Trump für die Freilassungen, warnte "
       "aber, in belarussischen Gefängnissen säßen weiterhin mehr als 1100 politische Gefangene.")
I11 = "Sie forderte die Freilassung aller Inhaftierten."

DE03 = {
    "id": "hm126-de-03", "lang": "de", "url": None, "published": "2025-09-11",
    "title": "Belarus lässt nach US-Besuch 52 Gefangene frei",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11]),
    "events": [
        event("RETREAT", BELARUS, BLR_PRISONERS, I1, mode="release", date="2025-09-11"),
        event("CONSULT", COALE, BELARUS, I1, mode="visit", date="2025-09-11", location="Minsk",
              location_country="BLR"),
        event("CONSULT", COALE, LUKASHENKO, I2, mode="visit", date="2025-09-11", location="Minsk",
              location_country="BLR"),
        event("RETREAT", USA, BELAVIA, I4, date="2025-09-11"),
        event("AGREE", COALE, BELARUS, I5, date="2025-09-11"),
        event("AGREE", COALE, BELARUS, I6, date="2025-09-11"),
        event("AGREE", LUKASHENKO, USA, I7),
        event("REJECT", STATKEVICH, BELARUS, I8, date="2025-09-11"),
        event("COERCE", BLR_SECURITY, STATKEVICH, I9, mode="arrest"),
        event("SUPPORT", TSIKHANOUSKAYA, TRUMP, I10),
        event("ACCUSE", TSIKHANOUSKAYA, BELARUS, I10, mode="allege"),
        event("REQUEST", TSIKHANOUSKAYA, BELARUS, I11, mode="yield"),
    ],
    "quotes": [
        quote("Die Freigelassenen wurden nach Angaben der litauischen Regierung mit Bussen über die Grenze nach "
              "Litauen gebracht", "Government of Lithuania", "indirect"),
        quote("Washington strebe eine Normalisierung der Beziehungen zu Minsk an", "John Coale", "indirect"),
        quote("Auch eine Wiedereröffnung der US-Botschaft sei denkbar", "John Coale", "indirect"),
        quote("großen Deal", "Alexander Lukashenko", "direct"),
        quote("Nach Angaben der Menschenrechtsorganisation Wjasna wurde er später von Sicherheitskräften zurück ins "
              "Gefängnis gebracht", "Viasna", "indirect"),
        quote("in belarussischen Gefängnissen säßen weiterhin mehr als 1100 politische Gefangene",
              "Sviatlana Tsikhanouskaya", "indirect"),
    ],
    "entities": [
        entity("Belarus", "GPE", "BLR", ["Belarus", "Minsk"]),
        entity("John Coale", "PER", "USA",
               ["eines hochrangigen US-Gesandten", "den Sondergesandten von US-Präsident Donald Trump, John Coale",
                "Coale"]),
        entity("Belarusian prisoners", "ORG", "BLR", ["52 Gefangene", "Die Freigelassenen"]),
        entity("Alexander Lukashenko", "PER", "BLR", ["Machthaber Alexander Lukaschenko", "Lukaschenko", "er"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump"]),
        entity("Minsk", "LOC", "BLR", ["Minsk"]),
        entity("Government of Lithuania", "ORG", "LTU", ["der litauischen Regierung"]),
        entity("Belarus-Lithuania border", "LOC", None, ["die Grenze", "der Grenze"]),
        entity("Lithuania", "GPE", "LTU", ["Litauen"]),
        entity("United States", "GPE", "USA", ["die USA", "Washington", "den USA"]),
        entity("Belavia", "ORG", "BLR", ["die staatliche belarussische Fluggesellschaft Belavia"]),
        entity("Embassy of the United States in Minsk", "ORG", "USA", ["der US-Botschaft"]),
        entity("Mikola Statkevich", "PER", "BLR", ["Der bekannte Oppositionspolitiker Mikola Statkewitsch", "er"]),
        entity("Viasna", "ORG", "BLR", ["der Menschenrechtsorganisation Wjasna"]),
        entity("Belarusian security forces", "ORG", "BLR", ["Sicherheitskräften"]),
        entity("Sviatlana Tsikhanouskaya", "PER", "BLR",
               ["Die im Exil lebende Oppositionsführerin Swjatlana Zichanouskaja", "Sie"]),
        entity("Belarusian political prisoners", "ORG", "BLR",
               ["mehr als 1100 politische Gefangene", "aller Inhaftierten"]),
    ],
}

# ---------------------------------------------------------------- hm126-de-04
ECHR = actor("European Court of Human Rights", "IGO", "JUD")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
NETHERLANDS = actor("Netherlands", "NLD", "GOV")
KREMLIN = actor("Kremlin", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
COE = actor("Council of Europe", "IGO", "IGO")
UKR_ARMY = actor("Armed Forces of Ukraine", "UKR", "MIL")
VELDKAMP = actor("Caspar Veldkamp", "NLD", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")

J1 = ("Der Europäische Gerichtshof für Menschenrechte (EGMR) hat Russland für den Abschuss des Passagierflugzeugs "
      "MH17 über der Ostukraine im Jahr 2014 verantwortlich gemacht.")
J2 = ("Die Große Kammer in Straßburg stellte am Mittwoch zudem schwere und systematische Menschenrechtsverletzungen "
      "Russlands in der Ukraine fest, darunter Folter, außergerichtliche Hinrichtungen und sexuelle Gewalt.")
J3 = ("Bei dem Abschuss der Boeing der Malaysia Airlines waren im Juli 2014 alle 298 Menschen an Bord getötet worden, "
      "die meisten von ihnen Niederländer.")
J4 = "Geklagt hatten die Ukraine und die Niederlande."
J5 = "Der Kreml erklärte, Russland werde das Urteil nicht befolgen."
J6 = "„Wir betrachten es als null und nichtig“, sagte Kremlsprecher Dmitri Peskow."
J7 = ("Russland war im März 2022 aus dem Europarat ausgeschlossen worden, das Gericht bleibt aber für Taten bis "
      "September 2022 zuständig.")
J8 = "Moskau bestreitet jede Beteiligung an dem Abschuss und macht die ukrainische Armee dafür verantwortlich."
J9 = ("Der niederländische Außenminister Caspar Veldkamp sprach von einem „wichtigen Schritt“ für die Angehörigen der "
      "Opfer.")
J10 = ("Der ukrainische Präsident Wolodymyr Selenskyj nannte das Urteil „historisch“ und forderte, Russland müsse für "
       "seine Verbrechen bezahlen.")
J11 = "Über mögliche Entschädigungszahlungen will der Gerichtshof später entscheiden."

DE04 = {
    "id": "hm126-de-04", "lang": "de", "url": None, "published": "2025-07-09",
    "title": "Menschenrechtsgericht macht Russland für MH17-Abschuss verantwortlich",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11]),
    "events": [
        event("SANCTION", ECHR, RUSSIA, J1, mode="convict", date="2025-07-09", location="Strasbourg",
              location_country="FRA"),
        event("SANCTION", ECHR, RUSSIA, J2, mode="convict", date="2025-07-09", location="Strasbourg",
              location_country="FRA"),
        event("ACCUSE", UKRAINE, RUSSIA, J4, mode="allege"),
        event("ACCUSE", NETHERLANDS, RUSSIA, J4, mode="allege"),
        event("REJECT", KREMLIN, ECHR, J5, mode="yield"),
        event("REJECT", PESKOV, ECHR, J6, mode="yield"),
        event("SANCTION", COE, RUSSIA, J7, mode="expel"),
        event("ACCUSE", RUSSIA, UKR_ARMY, J8, mode="allege"),
        event("SUPPORT", VELDKAMP, ECHR, J9),
        event("SUPPORT", ZELENSKY, ECHR, J10),
        event("REQUEST", ZELENSKY, RUSSIA, J10, mode="assist"),
    ],
    "quotes": [
        quote("Russland werde das Urteil nicht befolgen", "Kremlin", "indirect"),
        quote("Wir betrachten es als null und nichtig", "Dmitry Peskov", "direct"),
        quote("wichtigen Schritt", "Caspar Veldkamp", "direct"),
        quote("historisch", "Volodymyr Zelensky", "direct"),
        quote("Russland müsse für seine Verbrechen bezahlen", "Volodymyr Zelensky", "indirect"),
    ],
    "entities": [
        entity("European Court of Human Rights", "ORG", "IGO",
               ["Der Europäische Gerichtshof für Menschenrechte", "EGMR", "Die Große Kammer in Straßburg",
                "das Gericht", "der Gerichtshof"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Russlands", "Moskau"]),
        entity("Eastern Ukraine", "LOC", "UKR", ["der Ostukraine"]),
        entity("Strasbourg", "LOC", "FRA", ["Straßburg"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Malaysia Airlines", "ORG", "MYS", ["der Malaysia Airlines"]),
        entity("Netherlands", "GPE", "NLD", ["die Niederlande"]),
        entity("Kremlin", "ORG", "RUS", ["Der Kreml"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Council of Europe", "ORG", "IGO", ["dem Europarat"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["die ukrainische Armee"]),
        entity("Caspar Veldkamp", "PER", "NLD", ["Der niederländische Außenminister Caspar Veldkamp"]),
        entity("Relatives of the MH17 victims", "ORG", None, ["die Angehörigen der Opfer"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
    ],
}

# ---------------------------------------------------------------- hm126-en-01
OYUN_ERDENE = actor("Luvsannamsrain Oyun-Erdene", "MNG", "GOV")
MNG_PROTESTERS = actor("Mongolian protesters", "MNG", "CVL")
MNG_ORGANISERS = actor("Mongolian protest organisers", "MNG", "CVL")
IAAC = actor("Independent Authority Against Corruption", "MNG", "GOV")
OE_FAMILY = actor("Family of Luvsannamsrain Oyun-Erdene", "MNG", "CVL")
MPP = actor("Mongolian People's Party", "MNG", "PTY")
MNG_DP = actor("Democratic Party", "MNG", "PTY")
DP_LAWMAKERS = actor("Democratic Party lawmakers", "MNG", "LEG")
AMARBAYASGALAN = actor("Dashzegviin Amarbayasgalan", "MNG", "LEG")
KHURAL = actor("State Great Khural", "MNG", "LEG")

K1 = ("Mongolian Prime Minister Luvsannamsrain Oyun-Erdene resigned on Tuesday after losing a confidence vote in "
      "parliament, following weeks of street protests over his son's lavish spending.")
K2 = ("Only 44 of the 126 lawmakers in the State Great Khural backed him in the secret ballot, well short of the 64 "
      "votes he needed to stay in office.")
K3 = ('"I respect the decision of parliament, and I thank the Mongolian people for the trust they placed in me," '
      'Oyun-Erdene said in a statement after the vote.')
K4 = ("Thousands of mostly young protesters had gathered on Sukhbaatar Square in central Ulaanbaatar since mid-May, "
      "demanding his resignation after social media posts showed his son's girlfriend with designer handbags, a "
      "luxury car and an engagement ring.")
K5 = "Protest organisers accused the prime minister of corruption, a charge he has denied."
K6 = "Mongolia's Independent Authority Against Corruption said last month it was reviewing the family's finances."
K7 = ("Oyun-Erdene's Mongolian People's Party had earlier expelled the Democratic Party from the governing coalition "
      "after several of its younger lawmakers voiced support for the protesters.")
K8 = ("Under Mongolia's constitution, Oyun-Erdene will remain in office as caretaker until parliament elects a "
      "successor within 30 days.")
K9 = ("Parliament Speaker Dashzegviin Amarbayasgalan urged lawmakers to agree on a new prime minister quickly, saying "
      "political uncertainty was hurting foreign investment.")
K10 = ("Several hundred protesters gathered again on the square on Tuesday evening, saying they wanted a full "
       "investigation into the prime minister's family.")

EN01 = {
    "id": "hm126-en-01", "lang": "en", "url": None, "published": "2025-06-03",
    "title": "Mongolian prime minister resigns after losing confidence vote",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10]),
    "events": [
        event("RETREAT", OYUN_ERDENE, None, K1, mode="resign", date="2025-06-03", location="Ulaanbaatar",
              location_country="MNG"),
        event("PROTEST", MNG_PROTESTERS, OYUN_ERDENE, K1, mode="demo", location_country="MNG"),
        event("PROTEST", MNG_PROTESTERS, OYUN_ERDENE, K4, mode="demo", location="Ulaanbaatar",
              location_country="MNG"),
        event("ACCUSE", MNG_ORGANISERS, OYUN_ERDENE, K5, mode="allege"),
        event("ACCUSE", IAAC, OE_FAMILY, K6, mode="investigate"),
        event("SANCTION", MPP, MNG_DP, K7, mode="expel"),
        event("SUPPORT", DP_LAWMAKERS, MNG_PROTESTERS, K7),
        event("REQUEST", AMARBAYASGALAN, KHURAL, K9, mode="change"),
        event("PROTEST", MNG_PROTESTERS, OYUN_ERDENE, K10, mode="demo", date="2025-06-03", location="Ulaanbaatar",
              location_country="MNG"),
    ],
    "quotes": [
        quote("I respect the decision of parliament, and I thank the Mongolian people for the trust they placed in me",
              "Luvsannamsrain Oyun-Erdene", "direct"),
        quote("it was reviewing the family's finances", "Independent Authority Against Corruption", "indirect"),
        quote("political uncertainty was hurting foreign investment", "Dashzegviin Amarbayasgalan", "indirect"),
        quote("they wanted a full investigation into the prime minister's family", "Mongolian protesters",
              "indirect"),
    ],
    "entities": [
        entity("Luvsannamsrain Oyun-Erdene", "PER", "MNG",
               ["Mongolian Prime Minister Luvsannamsrain Oyun-Erdene", "him", "he", "Oyun-Erdene", "me",
                "the prime minister"]),
        entity("State Great Khural", "ORG", "MNG",
               ["parliament", "the 126 lawmakers in the State Great Khural", "lawmakers"]),
        entity("Son of Luvsannamsrain Oyun-Erdene", "PER", "MNG", ["his son"]),
        entity("Girlfriend of Oyun-Erdene's son", "PER", "MNG", ["his son's girlfriend"]),
        entity("Mongolian people", "ORG", "MNG", ["the Mongolian people"]),
        entity("Mongolian protesters", "ORG", "MNG",
               ["Thousands of mostly young protesters", "the protesters", "Several hundred protesters", "they"]),
        entity("Sukhbaatar Square", "LOC", "MNG", ["Sukhbaatar Square", "the square"]),
        entity("Ulaanbaatar", "LOC", "MNG", ["central Ulaanbaatar"]),
        entity("Mongolian protest organisers", "ORG", "MNG", ["Protest organisers"]),
        entity("Mongolia", "GPE", "MNG", ["Mongolia"]),
        entity("Independent Authority Against Corruption", "ORG", "MNG",
               ["Mongolia's Independent Authority Against Corruption", "it"]),
        entity("Family of Luvsannamsrain Oyun-Erdene", "ORG", "MNG", ["the family", "the prime minister's family"]),
        entity("Mongolian People's Party", "ORG", "MNG", ["Oyun-Erdene's Mongolian People's Party"]),
        entity("Democratic Party", "ORG", "MNG", ["the Democratic Party"]),
        entity("Democratic Party lawmakers", "ORG", "MNG", ["several of its younger lawmakers"]),
        entity("Dashzegviin Amarbayasgalan", "PER", "MNG", ["Parliament Speaker Dashzegviin Amarbayasgalan"]),
    ],
}

# ---------------------------------------------------------------- hm126-en-02
RUSSIA_EN = actor("Russia", "RUS", "GOV")
AZERBAIJAN = actor("Azerbaijan", "AZE", "GOV")
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
RUS_DETAINEES = actor("Russian citizens detained in Azerbaijan", "RUS", "CVL")
SPUTNIK = actor("Sputnik Azerbaijan", "RUS", "GOV")
SPUTNIK_STAFF = actor("Sputnik Azerbaijan staff", "RUS", "CVL")
AZE_DTX = actor("State Security Service of Azerbaijan", "AZE", "GOV")
RUS_SECURITY = actor("Russian security forces", "RUS", "COP")
RUS_POLICE = actor("Russian police", "RUS", "COP")
YEKAT_AZERIS = actor("Ethnic Azerbaijanis in Yekaterinburg", "AZE", "CVL")
OVERCHUK = actor("Alexei Overchuk", "RUS", "GOV")
HAJIZADA = actor("Aykhan Hajizada", "AZE", "GOV")
PESKOV_EN = actor("Dmitry Peskov", "RUS", "GOV")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
RUS_LAWMAKERS = actor("Russian lawmakers", "RUS", "LEG")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")

L1 = ("Russia summoned Azerbaijan's ambassador on Tuesday to protest against the detention of Russian citizens in "
      "Baku, deepening a row that erupted after two Azerbaijani men died in Russian police custody last week.")
L2 = ("Azerbaijani police on Monday raided the Baku office of Russia's state news agency Sputnik and detained two of "
      "its senior staff, whom the State Security Service described as officers of Russia's FSB intelligence agency.")
L3 = ("Azerbaijan accuses Russian security forces of beating to death the brothers Huseyn and Ziyaddin Safarov in "
      "Yekaterinburg.")
L4 = ("Russian police had detained the brothers and several other ethnic Azerbaijanis in the Urals city on Friday in "
      "connection with a series of unsolved murders dating back more than a decade.")
L5 = "Russia's Investigative Committee has said one of the men died of heart failure."
L6 = ("In response, Baku cancelled all cultural events planned with Russia and called off a visit by Russian Deputy "
      "Prime Minister Alexei Overchuk.")
L7 = ('"We will not tolerate the killing of our citizens on ethnic grounds," foreign ministry spokesman Aykhan '
      'Hajizada told reporters.')
L8 = ("Kremlin spokesman Dmitry Peskov said Moscow regretted Baku's reaction, insisting that the raids had been "
      '"carried out in accordance with the law" by the police.')
L9 = "Russia's foreign ministry demanded the immediate release of the detained Russians and consular access to them."
L10 = "Some Russian lawmakers threatened to push for restrictions on Azerbaijani migrant workers."
L11 = ("Relations between the former Soviet allies have been strained since December, when President Ilham Aliyev "
       "accused Russia of shooting down an Azerbaijan Airlines plane that crashed in Kazakhstan, killing 38 people.")

EN02 = {
    "id": "hm126-en-02", "lang": "en", "url": None, "published": "2025-07-01",
    "title": "Russia summons Azerbaijan's ambassador as row over Yekaterinburg deaths deepens",
    "text": paragraphs([L1, L2], [L3, L4, L5, L6, L7], [L8, L9, L10, L11]),
    "events": [
        event("ACCUSE", RUSSIA_EN, AZERBAIJAN, L1, mode="disapprove", date="2025-07-01", location="Moscow",
              location_country="RUS"),
        event("COERCE", AZE_POLICE, RUS_DETAINEES, L1, mode="arrest", location="Baku", location_country="AZE"),
        event("COERCE", AZE_POLICE, SPUTNIK, L2, mode="seize", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("COERCE", AZE_POLICE, SPUTNIK_STAFF, L2, mode="arrest", date="2025-06-30", location="Baku",
              location_country="AZE"),
        event("ACCUSE", AZE_DTX, SPUTNIK_STAFF, L2, mode="allege"),
        event("ACCUSE", AZERBAIJAN, RUS_SECURITY, L3, mode="allege"),
        event("COERCE", RUS_POLICE, YEKAT_AZERIS, L4, mode="arrest", date="2025-06-27", location="Yekaterinburg",
              location_country="RUS"),
        event("SANCTION", AZERBAIJAN, RUSSIA_EN, L6, mode="discontinue"),
        event("REJECT", AZERBAIJAN, OVERCHUK, L6, mode="meet"),
        event("ACCUSE", HAJIZADA, RUSSIA_EN, L7, mode="allege"),
        event("ACCUSE", PESKOV_EN, AZERBAIJAN, L8, mode="disapprove"),
        event("REQUEST", RUS_MFA, AZERBAIJAN, L9, mode="yield"),
        event("THREATEN", RUS_LAWMAKERS, AZERBAIJAN, L10, mode="restrict"),
        event("ACCUSE", ALIYEV, RUSSIA_EN, L11, mode="allege"),
    ],
    "quotes": [
        quote("one of the men died of heart failure", "Investigative Committee of Russia", "indirect"),
        quote("We will not tolerate the killing of our citizens on ethnic grounds", "Aykhan Hajizada", "direct"),
        quote("Moscow regretted Baku's reaction", "Dmitry Peskov", "indirect"),
        quote('the raids had been "carried out in accordance with the law" by the police', "Dmitry Peskov",
              "indirect"),
        quote("carried out in accordance with the law", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russia", "Moscow"]),
        entity("Rahman Mustafayev", "PER", "AZE", ["Azerbaijan's ambassador"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan", "Baku"]),
        entity("Russian citizens detained in Azerbaijan", "ORG", "RUS",
               ["Russian citizens", "the detained Russians", "them"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Safarov brothers", "PER", "AZE",
               ["two Azerbaijani men", "the brothers Huseyn and Ziyaddin Safarov", "the brothers", "the men", "our citizens"]),
        entity("Russian police", "ORG", "RUS", ["Russian police", "the police"]),
        entity("Azerbaijani police", "ORG", "AZE", ["Azerbaijani police"]),
        entity("Sputnik Azerbaijan", "ORG", "RUS", ["the Baku office of Russia's state news agency Sputnik"]),
        entity("Sputnik Azerbaijan staff", "PER", "RUS", ["two of its senior staff"]),
        entity("State Security Service of Azerbaijan", "ORG", "AZE", ["the State Security Service"]),
        entity("FSB", "ORG", "RUS", ["Russia's FSB intelligence agency"]),
        entity("Russian security forces", "ORG", "RUS", ["Russian security forces"]),
        entity("Ethnic Azerbaijanis in Yekaterinburg", "ORG", "AZE", ["the brothers and several other ethnic Azerbaijanis"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Yekaterinburg", "the Urals city"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Russia's Investigative Committee"]),
        entity("Alexei Overchuk", "PER", "RUS", ["Russian Deputy Prime Minister Alexei Overchuk"]),
        entity("Aykhan Hajizada", "PER", "AZE", ["foreign ministry spokesman Aykhan Hajizada"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Russia's foreign ministry"]),
        entity("Russian lawmakers", "ORG", "RUS", ["Some Russian lawmakers"]),
        entity("Azerbaijani migrant workers", "ORG", "AZE", ["Azerbaijani migrant workers"]),
        entity("Ilham Aliyev", "PER", "AZE", ["President Ilham Aliyev"]),
        entity("Azerbaijan Airlines", "ORG", "AZE", ["Azerbaijan Airlines"]),
        entity("Kazakhstan", "GPE", "KAZ", ["Kazakhstan"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
