"""Round 496: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in Sub-Saharan Africa, invented wording and details):
- hm496-de-01: Malawi/Israel: Malawi flies its first 221 young farm workers to Israel despite opposition criticism; Kamtukule denies sending youths into a war zone, the DPP accuses Chakwera's government, Namalomba's demand refused, the MCTU wants guarantees, Israel's ambassador Lotem thanks Lilongwe (2023-11-27).
- hm496-de-02: Tanzania: Dar es Salaam port deal with DP World agreed and signed before Samia Suluhu Hassan; Chadema and Lissu object and demand disclosure, Matinyi denies secrecy, the August arrests of Mwabukusi, Nyagali and Slaa recalled, Mbeya court ruling, TLS criticises parliament, the UAE welcomes the deal, no compensation pledge for port workers (2023-10-23).
- hm496-de-03: Kenya/United Kingdom: King Charles III expresses deep regret for colonial-era violence at a state banquet in Nairobi but stops short of an apology; Ruto receives him and Camilla, calls the colonial response monstrous, KHRC demands an apology and reparations, veterans' protest dispersed without arrests, Agnes Wanjiru's family asks for a meeting, the 2013 settlement recalled (2023-11-01).
- hm496-de-04: Namibia/Germany: Namibia's reciprocal visa requirement for Germans, Americans, Britons and others takes effect; Iipumbu defends it, the HAN tourism association's request for a delay refused, the Foreign Office in Berlin regrets it but announces no countermeasures, the German ambassador received, LPM's Swartbooi welcomes it and demands reparations (2025-04-01).
- hm496-en-01: South Africa/United States: Pretoria summons U.S. Ambassador Reuben Brigety after he alleges arms were loaded onto the Russian ship Lady R at Simon's Town; Pandor and the Presidency object, DIRCO says he apologised, Ramaphosa orders an inquiry, no U.S. measures decided, the DA's demand, naval drills with Russia and China and the BRICS invitation to Putin recalled (2023-05-12).
- hm496-en-02: Gambia/ECOWAS: the ECOWAS summit in Abuja approves the Special Tribunal for The Gambia to try Yahya Jammeh-era crimes; Jallow and Barrow welcome it, no extradition request to Malabo yet, the APRC calls it a witch hunt, the TRRC findings, Fatoumatta Sandeng's reaction, ECOWAS urges Mali, Burkina Faso and Niger to stay and they refuse (2024-12-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm496-de-01 (Malawi/Israel, farm workers)
MWI_GOV = actor("Government of Malawi", "MWI", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
MWI_LABOUR = actor("Ministry of Labour of Malawi", "MWI", "GOV")
DPP = actor("Democratic Progressive Party", "MWI", "PTY")
NAMALOMBA = actor("Shadric Namalomba", "MWI", "PTY")
MCTU = actor("Malawi Congress of Trade Unions", "MWI", "LAB")
LOTEM = actor("Michael Lotem", "ISR", "GOV")

A1 = ("Lilongwe (dpa) - Trotz scharfer Kritik der Opposition hat Malawi die ersten 221 jungen Arbeitskräfte für einen "
      "Einsatz auf Farmen in Israel ausgeflogen.")
A2 = ("Die Gruppe habe das Land am Samstag mit einer Chartermaschine vom Flughafen Kamuzu verlassen, teilte das "
      "Arbeitsministerium in Lilongwe mit.")
A3 = ("In Israel fehlen seit dem Angriff der Hamas vom 7. Oktober Tausende Erntehelfer, nachdem viele ausländische "
      "Arbeiter das Land verlassen hatten.")
A4 = ("Arbeitsministerin Vera Kamtukule wies Vorwürfe zurück, die Regierung schicke junge Menschen in ein "
      "Kriegsgebiet.")
A5 = "„Unsere jungen Leute arbeiten weit entfernt von den Kampfgebieten und sind dort sicher“, sagte sie."
A6 = ("Nach dem Abkommen mit Israel erhielten die Arbeiter denselben Lohn wie israelische Beschäftigte und kehrten nach "
      "Ablauf ihrer Verträge zurück, fügte die Ministerin hinzu.")
A7 = ("Die oppositionelle Demokratische Fortschrittspartei (DPP) warf der Regierung von Präsident Lazarus Chakwera vor, "
      "die Jugend des Landes für Devisen zu „verkaufen“.")
A8 = "Parteisprecher Shadric Namalomba forderte, den Vertrag mit Israel dem Parlament vorzulegen."
A9 = "Die Regierung lehnte das unter Verweis auf vertrauliche Klauseln ab."
A10 = "Auch der Gewerkschaftsdachverband MCTU verlangte Garantien für die Sicherheit der Arbeiter."
A11 = ("Israels Botschafter Michael Lotem, der von Nairobi aus auch für Malawi zuständig ist, dankte Lilongwe für die "
       "Hilfe in „schwierigen Zeiten“.")
A12 = "Malawi hatte sich bereits im Sommer bereit erklärt, Arbeitskräfte nach Israel zu entsenden."
A13 = "Das südostafrikanische Land leidet unter einem akuten Mangel an Devisen."
A14 = "Anfang November hatte die Zentralbank die Landeswährung Kwacha um 44 Prozent abgewertet."
A15 = ("Nach Angaben des Ministeriums sollen in den kommenden Monaten mehrere Tausend weitere Arbeiter folgen.")

DE01 = {
    "id": "hm496-de-01", "lang": "de", "url": None, "published": "2023-11-27",
    "title": "Malawi schickt erste Erntehelfer nach Israel",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6], [A7, A8, A9, A10], [A11, A12], [A13, A14, A15]),
    "events": [
        event("COOPERATE", MWI_GOV, ISR_GOV, A1),
        event("COOPERATE", MWI_LABOUR, ISR_GOV, A2, date="2023-11-25", location="Lilongwe", location_country="MWI"),
        event("ACCUSE", DPP, MWI_GOV, A7, mode="disapprove"),
        event("REQUEST", NAMALOMBA, MWI_GOV, A8),
        event("REJECT", MWI_GOV, NAMALOMBA, A9),
        event("REQUEST", MCTU, MWI_GOV, A10),
        event("SUPPORT", LOTEM, MWI_GOV, A11),
        event("AGREE", MWI_GOV, ISR_GOV, A12),
    ],
    "quotes": [
        quote("Die Gruppe habe das Land am Samstag mit einer Chartermaschine vom Flughafen Kamuzu verlassen",
              "Ministry of Labour of Malawi", "indirect"),
        quote("die Regierung schicke junge Menschen in ein Kriegsgebiet", "critics of the labour programme",
              "indirect"),
        quote("Unsere jungen Leute arbeiten weit entfernt von den Kampfgebieten und sind dort sicher", "Vera Kamtukule",
              "direct"),
        quote("Nach dem Abkommen mit Israel erhielten die Arbeiter denselben Lohn wie israelische Beschäftigte und "
              "kehrten nach Ablauf ihrer Verträge zurück", "Vera Kamtukule", "indirect"),
        quote("verkaufen", "Democratic Progressive Party", "direct"),
        quote("die Jugend des Landes für Devisen zu „verkaufen“", "Democratic Progressive Party", "indirect"),
        quote("den Vertrag mit Israel dem Parlament vorzulegen", "Shadric Namalomba", "indirect"),
        quote("schwierigen Zeiten", "Michael Lotem", "direct"),
        quote("Nach Angaben des Ministeriums sollen in den kommenden Monaten mehrere Tausend weitere Arbeiter folgen",
              "Ministry of Labour of Malawi", "indirect"),
    ],
    "entities": [
        entity("Lilongwe", "LOC", "MWI", ["Lilongwe"]),
        entity("Malawi", "LOC", "MWI", ["Malawi", "Das südostafrikanische Land", "des Landes"]),
        entity("Government of Malawi", "ORG", "MWI", ["Malawi", "die Regierung", "der Regierung von Präsident "
                                                      "Lazarus Chakwera", "Die Regierung", "Lilongwe"]),
        entity("Malawian farm workers", "PER", "MWI", ["die ersten 221 jungen Arbeitskräfte", "Die Gruppe",
                                                       "Unsere jungen Leute", "die Arbeiter", "der Arbeiter"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Government of Israel", "ORG", "ISR", ["dem Abkommen mit Israel", "Israels"]),
        entity("Kamuzu International Airport", "LOC", "MWI", ["Flughafen Kamuzu"]),
        entity("Ministry of Labour of Malawi", "ORG", "MWI", ["das Arbeitsministerium in Lilongwe",
                                                              "des Ministeriums"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas"]),
        entity("Vera Kamtukule", "PER", "MWI", ["Arbeitsministerin Vera Kamtukule", "sie", "die Ministerin"]),
        entity("Democratic Progressive Party", "ORG", "MWI",
               ["Die oppositionelle Demokratische Fortschrittspartei (DPP)"]),
        entity("Lazarus Chakwera", "PER", "MWI", ["Präsident Lazarus Chakwera"]),
        entity("Shadric Namalomba", "PER", "MWI", ["Parteisprecher Shadric Namalomba"]),
        entity("National Assembly of Malawi", "ORG", "MWI", ["dem Parlament"]),
        entity("Malawi Congress of Trade Unions", "ORG", "MWI", ["der Gewerkschaftsdachverband MCTU"]),
        entity("Michael Lotem", "PER", "ISR", ["Israels Botschafter Michael Lotem"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Reserve Bank of Malawi", "ORG", "MWI", ["die Zentralbank"]),
        entity("Malawian kwacha", "MISC", "MWI", ["die Landeswährung Kwacha"]),
    ],
}

# ---------------------------------------------------------------- hm496-de-02 (Tanzania, DP World port deal)
TZA_GOV = actor("Government of Tanzania", "TZA", "GOV")
DPW = actor("DP World", "ARE", "BUS")
TPA = actor("Tanzania Ports Authority", "TZA", "GOV")
CHADEMA = actor("Chadema", "TZA", "PTY")
LISSU = actor("Tundu Lissu", "TZA", "OPP")
TZA_POLICE = actor("Tanzania Police Force", "TZA", "COP")
TZA_AUTH = actor("Tanzanian authorities", "TZA", "GOV")
MWABUKUSI = actor("Boniface Mwabukusi", "TZA", "CVL")
NYAGALI = actor("Mdude Nyagali", "TZA", "CVL")
SLAA = actor("Willibrod Slaa", "TZA", "OPP")
MBEYA_COURT = actor("High Court of Tanzania (Mbeya)", "TZA", "JUD")
PETITIONERS = actor("petitioners against the Dubai port agreement", "TZA", "CVL")
TLS = actor("Tanganyika Law Society", "TZA", "NGO")
TZA_PARL = actor("National Assembly of Tanzania", "TZA", "LEG")
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
PORT_WORKERS = actor("Dar es Salaam port workers", "TZA", "LAB")

B1 = ("Daressalam (dpa) - Tansania und der Hafenbetreiber DP World aus Dubai haben sich trotz wochenlanger Proteste "
      "auf den Betrieb großer Teile des Hafens von Daressalam geeinigt.")
B2 = ("Die staatliche Hafenbehörde TPA und das Unternehmen unterzeichneten am Sonntag im Beisein von Präsidentin Samia "
      "Suluhu Hassan drei Verträge mit einer Laufzeit von 30 Jahren.")
B3 = ("DP World werde vier Liegeplätze übernehmen und rund 250 Millionen Dollar investieren, sagte TPA-Generaldirektor "
      "Plasduce Mbossa.")
B4 = "„Wir verkaufen den Hafen nicht, wir holen uns einen Partner“, sagte die Präsidentin bei der Zeremonie."
B5 = "Die größte Oppositionspartei Chadema sprach von einem „Ausverkauf nationaler Interessen“."
B6 = "Ihr Vizevorsitzender Tundu Lissu forderte die Regierung auf, die Verträge vollständig zu veröffentlichen."
B7 = ("Regierungssprecher Mobhare Matinyi wies den Vorwurf zurück, die Vereinbarungen seien im Geheimen ausgehandelt "
      "worden.")
B8 = ("Im August hatte die Polizei den Anwalt Boniface Mwabukusi, den Aktivisten Mdude Nyagali und den früheren "
      "Chadema-Generalsekretär Willibrod Slaa festgenommen.")
B9 = "Die Behörden warfen ihnen vor, mit ihrer Kritik am Hafendeal zum Sturz der Regierung aufgerufen zu haben."
B10 = "Die drei kamen später gegen Kaution frei."
B11 = ("Ein Gericht in Mbeya hatte zuvor eine Klage gegen das zugrundeliegende Regierungsabkommen mit dem Emirat Dubai "
       "abgewiesen.")
B12 = ("Die Anwaltskammer Tanganyika Law Society kritisierte, das Parlament habe dieses Abkommen im Juni im "
       "Eilverfahren gebilligt.")
B13 = "Die Vereinigten Arabischen Emirate begrüßten die Einigung."
B14 = ("DP-World-Chef Sultan Ahmed bin Sulayem sagte, Daressalam solle zum wichtigsten Tor für die Binnenstaaten "
       "Ostafrikas werden.")
B15 = "Über den Hafen laufen Importe für Sambia, Malawi, Ruanda, Burundi und den Osten Kongos."
B16 = ("Eine Entschädigung für Hafenarbeiter, die ihre Stellen verlieren könnten, sagte die Regierung bislang nicht "
       "zu.")

DE02 = {
    "id": "hm496-de-02", "lang": "de", "url": None, "published": "2023-10-23",
    "title": "Tansania überlässt DP World große Teile des Hafens von Daressalam",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9, B10, B11, B12], [B13, B14, B15, B16]),
    "events": [
        event("AGREE", TZA_GOV, DPW, B1),
        event("SUPPORT", TPA, DPW, B2, date="2023-10-22"),
        event("ACCUSE", CHADEMA, TZA_GOV, B5, mode="disapprove"),
        event("REQUEST", LISSU, TZA_GOV, B6),
        event("COERCE", TZA_POLICE, MWABUKUSI, B8, mode="arrest"),
        event("COERCE", TZA_POLICE, NYAGALI, B8, mode="arrest"),
        event("COERCE", TZA_POLICE, SLAA, B8, mode="arrest"),
        event("ACCUSE", TZA_AUTH, MWABUKUSI, B9, mode="allege"),
        event("ACCUSE", TZA_AUTH, NYAGALI, B9, mode="allege"),
        event("ACCUSE", TZA_AUTH, SLAA, B9, mode="allege"),
        event("RETREAT", TZA_POLICE, MWABUKUSI, B10, mode="release"),
        event("RETREAT", TZA_POLICE, NYAGALI, B10, mode="release"),
        event("RETREAT", TZA_POLICE, SLAA, B10, mode="release"),
        event("REJECT", MBEYA_COURT, PETITIONERS, B11, location="Mbeya", location_country="TZA"),
        event("ACCUSE", TLS, TZA_PARL, B12, mode="disapprove"),
        event("SUPPORT", UAE_GOV, TZA_GOV, B13),
        event("AGREE", TZA_GOV, PORT_WORKERS, B16, negated=True),
    ],
    "quotes": [
        quote("DP World werde vier Liegeplätze übernehmen und rund 250 Millionen Dollar investieren", "Plasduce Mbossa",
              "indirect"),
        quote("Wir verkaufen den Hafen nicht, wir holen uns einen Partner", "Samia Suluhu Hassan", "direct"),
        quote("Ausverkauf nationaler Interessen", "Chadema", "direct"),
        quote("die Verträge vollständig zu veröffentlichen", "Tundu Lissu", "indirect"),
        quote("die Vereinbarungen seien im Geheimen ausgehandelt worden", "critics of the port deal", "indirect"),
        quote("mit ihrer Kritik am Hafendeal zum Sturz der Regierung aufgerufen zu haben", "Tanzanian authorities",
              "indirect"),
        quote("das Parlament habe dieses Abkommen im Juni im Eilverfahren gebilligt", "Tanganyika Law Society",
              "indirect"),
        quote("Daressalam solle zum wichtigsten Tor für die Binnenstaaten Ostafrikas werden",
              "Sultan Ahmed bin Sulayem", "indirect"),
    ],
    "entities": [
        entity("Dar es Salaam", "LOC", "TZA", ["Daressalam"]),
        entity("Government of Tanzania", "ORG", "TZA", ["Tansania", "die Regierung", "der Regierung"]),
        entity("DP World", "ORG", "ARE", ["der Hafenbetreiber DP World aus Dubai", "das Unternehmen", "DP World"]),
        entity("Dubai", "LOC", "ARE", ["Dubai"]),
        entity("Port of Dar es Salaam", "LOC", "TZA", ["des Hafens von Daressalam", "den Hafen"]),
        entity("Tanzania Ports Authority", "ORG", "TZA", ["Die staatliche Hafenbehörde TPA", "TPA"]),
        entity("Samia Suluhu Hassan", "PER", "TZA", ["Präsidentin Samia Suluhu Hassan", "die Präsidentin"]),
        entity("Plasduce Mbossa", "PER", "TZA", ["TPA-Generaldirektor Plasduce Mbossa"]),
        entity("Chadema", "ORG", "TZA", ["Die größte Oppositionspartei Chadema", "Ihr", "Chadema"]),
        entity("Tundu Lissu", "PER", "TZA", ["Ihr Vizevorsitzender Tundu Lissu"]),
        entity("Mobhare Matinyi", "PER", "TZA", ["Regierungssprecher Mobhare Matinyi"]),
        entity("Tanzania Police Force", "ORG", "TZA", ["die Polizei"]),
        entity("Boniface Mwabukusi", "PER", "TZA", ["den Anwalt Boniface Mwabukusi"]),
        entity("Mdude Nyagali", "PER", "TZA", ["den Aktivisten Mdude Nyagali"]),
        entity("Willibrod Slaa", "PER", "TZA", ["den früheren Chadema-Generalsekretär Willibrod Slaa"]),
        entity("Tanzanian authorities", "ORG", "TZA", ["Die Behörden"]),
        entity("High Court of Tanzania (Mbeya)", "ORG", "TZA", ["Ein Gericht in Mbeya"]),
        entity("Mbeya", "LOC", "TZA", ["Mbeya"]),
        entity("Emirate of Dubai", "ORG", "ARE", ["dem Emirat Dubai"]),
        entity("Tanganyika Law Society", "ORG", "TZA", ["Die Anwaltskammer Tanganyika Law Society"]),
        entity("National Assembly of Tanzania", "ORG", "TZA", ["das Parlament"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["Die Vereinigten Arabischen Emirate"]),
        entity("Sultan Ahmed bin Sulayem", "PER", "ARE", ["DP-World-Chef Sultan Ahmed bin Sulayem"]),
        entity("Zambia", "LOC", "ZMB", ["Sambia"]),
        entity("Malawi", "LOC", "MWI", ["Malawi"]),
        entity("Rwanda", "LOC", "RWA", ["Ruanda"]),
        entity("Burundi", "LOC", "BDI", ["Burundi"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["Kongos"]),
        entity("Dar es Salaam port workers", "PER", "TZA", ["Hafenarbeiter"]),
    ],
}

# ---------------------------------------------------------------- hm496-de-03 (Kenya/UK, King Charles's regret)
CHARLES = actor("Charles III", "GBR", "GOV")
CAMILLA = actor("Queen Camilla", "GBR", "GOV")
KEN_GOV = actor("Government of Kenya", "KEN", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
KHRC = actor("Kenya Human Rights Commission", "KEN", "NGO")
VETERANS = actor("Mau Mau veterans and relatives", "KEN", "CVL")
KEN_POLICE = actor("National Police Service of Kenya", "KEN", "COP")
WANJIRU_FAMILY = actor("family of Agnes Wanjiru", "KEN", "CVL")
MAU_DETAINEES = actor("former Mau Mau detainees", "KEN", "CVL")

C1 = ("Nairobi (dpa) - Der britische König Charles III. hat bei seinem Staatsbesuch in Kenia tiefes Bedauern über die "
      "Gewalt während der britischen Kolonialherrschaft geäußert.")
C2 = "Eine förmliche Entschuldigung vermied der Monarch jedoch."
C3 = ("Das Unrecht der Vergangenheit erfülle ihn mit größter Trauer und tiefstem Bedauern, sagte der 74-Jährige am "
      "Dienstagabend bei einem Staatsbankett im State House in Nairobi.")
C4 = ("„Es gab abscheuliche und ungerechtfertigte Gewaltakte gegen Kenianer, und dafür kann es keine Entschuldigung "
      "geben“, sagte Charles.")
C5 = ("Präsident William Ruto hatte den König und Königin Camilla am Vormittag mit militärischen Ehren empfangen.")
C6 = ("Ruto nannte die Reaktion der Kolonialmacht auf den Unabhängigkeitskampf „ungeheuerlich in ihrer "
      "Grausamkeit“.")
C7 = ("Er lobte zugleich den Mut des Gastes, sich der Vergangenheit zu stellen, und sagte, bis zur vollständigen "
      "Wiedergutmachung bleibe noch viel zu tun.")
C8 = ("Die Kenianische Menschenrechtskommission (KHRC) forderte eine „bedingungslose und unmissverständliche "
      "öffentliche Entschuldigung“ und Entschädigungen für die Opfer.")
C9 = ("Während des Mau-Mau-Aufstands in den 1950er Jahren wurden nach Schätzungen der Kommission rund 90.000 Kenianer "
      "getötet oder verstümmelt und 160.000 Menschen interniert.")
C10 = ("Vor dem Denkmal des Mau-Mau-Anführers Dedan Kimathi in Nairobi demonstrierten am Dienstag etwa hundert "
       "Veteranen und Angehörige, die Polizei löste die Kundgebung mit Tränengas auf.")
C11 = "Festnahmen gab es nach Polizeiangaben nicht."
C12 = ("Die Familie der 2012 getöteten Kenianerin Agnes Wanjiru, deren Tod einem britischen Soldaten angelastet wird, "
       "bat den König um ein Treffen.")
C13 = ("London hatte sich 2013 in einem außergerichtlichen Vergleich mit mehr als 5000 früheren Häftlingen auf "
       "Entschädigungen von knapp 20 Millionen Pfund geeinigt.")
C14 = "Ruto und Charles vereinbarten nach Angaben des Präsidialamts eine engere Zusammenarbeit beim Klimaschutz."
C15 = ("Kenia ist ein wichtiger Sicherheitspartner Großbritanniens, die britische Armee unterhält ein "
       "Ausbildungszentrum in Nanyuki.")

DE03 = {
    "id": "hm496-de-03", "lang": "de", "url": None, "published": "2023-11-01",
    "title": "König Charles bedauert Kolonialverbrechen in Kenia",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11], [C12, C13], [C14, C15]),
    "events": [
        event("CONSULT", CHARLES, KEN_GOV, C1, mode="visit", location_country="KEN"),
        event("CONCEDE", CHARLES, KEN_GOV, C1),
        event("CONCEDE", CHARLES, KEN_GOV, C2, negated=True),
        event("CONCEDE", CHARLES, KEN_GOV, C3, date="2023-10-31", location="Nairobi", location_country="KEN"),
        event("CONCEDE", CHARLES, KEN_GOV, C4),
        event("CONSULT", CHARLES, RUTO, C5, mode="meet", date="2023-10-31", location_country="KEN"),
        event("CONSULT", CAMILLA, RUTO, C5, mode="meet", date="2023-10-31", location_country="KEN"),
        event("ACCUSE", RUTO, GBR_GOV, C6, mode="disapprove"),
        event("SUPPORT", RUTO, CHARLES, C7),
        event("REQUEST", KHRC, GBR_GOV, C8),
        event("PROTEST", VETERANS, GBR_GOV, C10, mode="demo", date="2023-10-31", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, VETERANS, C10, mode="crowd-control", date="2023-10-31", location="Nairobi",
              location_country="KEN"),
        event("COERCE", KEN_POLICE, VETERANS, C11, mode="arrest", negated=True),
        event("REQUEST", WANJIRU_FAMILY, CHARLES, C12, mode="meet"),
        event("AGREE", GBR_GOV, MAU_DETAINEES, C13),
        event("AGREE", RUTO, CHARLES, C14),
    ],
    "quotes": [
        quote("Das Unrecht der Vergangenheit erfülle ihn mit größter Trauer und tiefstem Bedauern", "Charles III",
              "indirect"),
        quote("Es gab abscheuliche und ungerechtfertigte Gewaltakte gegen Kenianer, und dafür kann es keine "
              "Entschuldigung geben", "Charles III", "direct"),
        quote("ungeheuerlich in ihrer Grausamkeit", "William Ruto", "direct"),
        quote("bis zur vollständigen Wiedergutmachung bleibe noch viel zu tun", "William Ruto", "indirect"),
        quote("bedingungslose und unmissverständliche öffentliche Entschuldigung", "Kenya Human Rights Commission",
              "direct"),
        quote("Während des Mau-Mau-Aufstands in den 1950er Jahren wurden nach Schätzungen der Kommission rund 90.000 "
              "Kenianer getötet oder verstümmelt und 160.000 Menschen interniert", "Kenya Human Rights Commission",
              "indirect"),
        quote("Festnahmen gab es nach Polizeiangaben nicht", "National Police Service of Kenya", "indirect"),
        quote("Ruto und Charles vereinbarten nach Angaben des Präsidialamts eine engere Zusammenarbeit beim "
              "Klimaschutz", "Executive Office of the President of Kenya", "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Charles III", "PER", "GBR", ["Der britische König Charles III.", "seinem", "der Monarch", "ihn",
                                             "der 74-Jährige", "Charles", "den König", "des Gastes"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Government of Kenya", "ORG", "KEN", ["Kenia"]),
        entity("State House Nairobi", "LOC", "KEN", ["im State House in Nairobi"]),
        entity("Kenyans", "PER", "KEN", ["Kenianer"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto", "Ruto", "Er"]),
        entity("Queen Camilla", "PER", "GBR", ["Königin Camilla"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["der Kolonialmacht", "London"]),
        entity("Kenya Human Rights Commission", "ORG", "KEN",
               ["Die Kenianische Menschenrechtskommission (KHRC)", "der Kommission"]),
        entity("Mau Mau uprising", "MISC", "KEN", ["des Mau-Mau-Aufstands"]),
        entity("Dedan Kimathi", "PER", "KEN", ["des Mau-Mau-Anführers Dedan Kimathi"]),
        entity("Mau Mau veterans and relatives", "PER", "KEN", ["etwa hundert Veteranen und Angehörige"]),
        entity("National Police Service of Kenya", "ORG", "KEN", ["die Polizei"]),
        entity("family of Agnes Wanjiru", "PER", "KEN", ["Die Familie der 2012 getöteten Kenianerin Agnes "
                                                         "Wanjiru"]),
        entity("Agnes Wanjiru", "PER", "KEN", ["der 2012 getöteten Kenianerin Agnes Wanjiru", "deren"]),
        entity("British soldier", "PER", "GBR", ["einem britischen Soldaten"]),
        entity("former Mau Mau detainees", "PER", "KEN", ["mehr als 5000 früheren Häftlingen"]),
        entity("Executive Office of the President of Kenya", "ORG", "KEN", ["des Präsidialamts"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritanniens"]),
        entity("British Army", "ORG", "GBR", ["die britische Armee"]),
        entity("Nanyuki", "LOC", "KEN", ["Nanyuki"]),
    ],
}

# ---------------------------------------------------------------- hm496-de-04 (Namibia, visa requirement)
NAM_GOV = actor("Government of Namibia", "NAM", "GOV")
DEU_TRAVELLERS = actor("German travellers", "DEU", "CVL")
USA_CITIZENS = actor("citizens of the United States", "USA", "CVL")
GBR_CITIZENS = actor("citizens of the United Kingdom", "GBR", "CVL")
HAN = actor("Hospitality Association of Namibia", "NAM", "BUS")
AA = actor("Federal Foreign Office of Germany", "DEU", "GOV")
DEU_AMB = actor("Ambassador of Germany to Namibia", "DEU", "GOV")
NAM_MFA = actor("Ministry of International Relations and Trade of Namibia", "NAM", "GOV")
SWARTBOOI = actor("Bernadus Swartbooi", "NAM", "OPP")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")

D1 = ("Windhuk (dpa) - Namibia verlangt seit Dienstag von Reisenden aus Deutschland und mehr als 30 weiteren Ländern "
      "ein Visum für die Einreise.")
D2 = ("Die Regierung begründet den Schritt mit dem Prinzip der Gegenseitigkeit, da Namibier für Reisen in diese "
      "Staaten ebenfalls ein Visum benötigen.")
D3 = "Betroffen sind unter anderem auch Bürger der USA und Großbritanniens."
D4 = ("Innenministerin Lucia Iipumbu sagte, Namibia behandle andere Staaten nur so, wie diese seit Jahren Namibier "
      "behandelten.")
D5 = "„Wir sind ein souveräner Staat und verlangen Respekt“, sagte sie in Windhuk."
D6 = ("Der Tourismusverband HAN hatte die Regierung vergeblich aufgefordert, die Einführung um ein Jahr zu "
      "verschieben.")
D7 = ("Die Regierung lehnte eine Verschiebung ab, ermöglicht aber die Beantragung eines elektronischen Visums sowie "
      "Visa bei der Ankunft.")
D8 = "Verbandschefin Gitta Paetzold warnte vor langen Warteschlangen am internationalen Flughafen Hosea Kutako."
D9 = "Deutschland ist nach Südafrika der wichtigste Herkunftsmarkt für Urlauber in Namibia."
D10 = "Das Auswärtige Amt in Berlin bedauerte die Entscheidung, kündigte aber keine Gegenmaßnahmen an."
D11 = "Eine Sprecherin sagte, man stehe mit Windhuk in engem Kontakt."
D12 = ("Der deutsche Botschafter war nach Angaben aus Diplomatenkreisen bereits am Montag im Außenministerium in "
       "Windhuk empfangen worden.")
D13 = ("Die Beziehungen beider Länder sind wegen der Aufarbeitung des Völkermords an den Herero und Nama zwischen 1904 "
       "und 1908 belastet.")
D14 = ("Der Vorsitzende der oppositionellen Landlosenbewegung (LPM), Bernadus Swartbooi, begrüßte die "
       "Visumpflicht.")
D15 = "Er forderte Berlin zugleich auf, endlich angemessene Reparationen an die Nachfahren der Opfer zu zahlen."
D16 = "Die Visumgebühr beträgt für Touristen 1600 Namibia-Dollar, umgerechnet rund 80 Euro."

DE04 = {
    "id": "hm496-de-04", "lang": "de", "url": None, "published": "2025-04-01",
    "title": "Namibia führt Visumpflicht für Deutsche ein",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9], [D10, D11, D12], [D13, D14, D15, D16]),
    "events": [
        event("COERCE", NAM_GOV, DEU_TRAVELLERS, D1, mode="restrict", date="2025-04-01", location_country="NAM"),
        event("COERCE", NAM_GOV, USA_CITIZENS, D3, mode="restrict", location_country="NAM"),
        event("COERCE", NAM_GOV, GBR_CITIZENS, D3, mode="restrict", location_country="NAM"),
        event("REQUEST", HAN, NAM_GOV, D6, mode="change"),
        event("REJECT", NAM_GOV, HAN, D7, mode="change"),
        event("ACCUSE", AA, NAM_GOV, D10, mode="disapprove", location="Berlin", location_country="DEU"),
        event("THREATEN", AA, NAM_GOV, D10, negated=True),
        event("CONSULT", DEU_AMB, NAM_MFA, D12, mode="meet", date="2025-03-31", location="Windhoek",
              location_country="NAM"),
        event("SUPPORT", SWARTBOOI, NAM_GOV, D14),
        event("REQUEST", SWARTBOOI, DEU_GOV, D15),
    ],
    "quotes": [
        quote("Namibia behandle andere Staaten nur so, wie diese seit Jahren Namibier behandelten", "Lucia Iipumbu",
              "indirect"),
        quote("Wir sind ein souveräner Staat und verlangen Respekt", "Lucia Iipumbu", "direct"),
        quote("die Einführung um ein Jahr zu verschieben", "Hospitality Association of Namibia", "indirect"),
        quote("man stehe mit Windhuk in engem Kontakt", "spokeswoman of the Federal Foreign Office", "indirect"),
        quote("Der deutsche Botschafter war nach Angaben aus Diplomatenkreisen bereits am Montag im Außenministerium "
              "in Windhuk empfangen worden", "diplomatic sources", "indirect"),
        quote("endlich angemessene Reparationen an die Nachfahren der Opfer zu zahlen", "Bernadus Swartbooi",
              "indirect"),
    ],
    "entities": [
        entity("Windhoek", "LOC", "NAM", ["Windhuk"]),
        entity("Namibia", "LOC", "NAM", ["Namibia"]),
        entity("Government of Namibia", "ORG", "NAM", ["Namibia", "Die Regierung", "die Regierung", "Windhuk"]),
        entity("German travellers", "PER", "DEU", ["Reisenden aus Deutschland"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Namibians", "PER", "NAM", ["Namibier"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritanniens"]),
        entity("Lucia Iipumbu", "PER", "NAM", ["Innenministerin Lucia Iipumbu", "sie"]),
        entity("Hospitality Association of Namibia", "ORG", "NAM", ["Der Tourismusverband HAN"]),
        entity("Gitta Paetzold", "PER", "NAM", ["Verbandschefin Gitta Paetzold"]),
        entity("Hosea Kutako International Airport", "LOC", "NAM", ["internationalen Flughafen Hosea Kutako"]),
        entity("South Africa", "LOC", "ZAF", ["Südafrika"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("spokeswoman of the Federal Foreign Office", "PER", "DEU", ["Eine Sprecherin"]),
        entity("Ambassador of Germany to Namibia", "PER", "DEU", ["Der deutsche Botschafter"]),
        entity("Ministry of International Relations and Trade of Namibia", "ORG", "NAM",
               ["im Außenministerium in Windhuk"]),
        entity("Herero", "MISC", "NAM", ["Herero"]),
        entity("Nama", "MISC", "NAM", ["Nama"]),
        entity("Landless People's Movement", "ORG", "NAM", ["der oppositionellen Landlosenbewegung (LPM)"]),
        entity("Bernadus Swartbooi", "PER", "NAM", ["Der Vorsitzende der oppositionellen Landlosenbewegung (LPM), "
                                                    "Bernadus Swartbooi", "Er"]),
        entity("Government of Germany", "ORG", "DEU", ["Berlin"]),
        entity("Namibian dollar", "MISC", "NAM", ["Namibia-Dollar"]),
        entity("Euro", "MISC", "EUR", ["Euro"]),
    ],
}

# ---------------------------------------------------------------- hm496-en-01 (South Africa/US, Lady R)
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
BRIGETY = actor("Reuben Brigety", "USA", "GOV")
PANDOR = actor("Naledi Pandor", "ZAF", "GOV")
ZAF_PRESIDENCY = actor("The Presidency of South Africa", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
US_STATE = actor("United States Department of State", "USA", "GOV")
ZAF_DA = actor("Democratic Alliance", "ZAF", "PTY")
ZAF_NAVY = actor("South African Navy", "ZAF", "MIL")
RUS_NAVY = actor("Russian Navy", "RUS", "MIL")
CHN_NAVY = actor("People's Liberation Army Navy", "CHN", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ICC = actor("International Criminal Court", "IGO", "IGO")

E1 = ("JOHANNESBURG (AP) — South Africa on Friday summoned the U.S. ambassador after he accused the country of "
      "secretly supplying weapons to Russia, an allegation that sent the rand tumbling to a record low.")
E2 = ("Ambassador Reuben Brigety told reporters in Pretoria on Thursday that Washington was confident weapons and "
      "ammunition had been loaded onto the Russian cargo ship Lady R at the Simon's Town naval base near Cape Town "
      "in December.")
E3 = '"I would bet my life on the accuracy of that assertion," he said.'
E4 = "The rand fell as far as 19.51 to the dollar on Thursday before recovering slightly on Friday."
E5 = ('Foreign Minister Naledi Pandor called the remarks "disappointing" and said the envoy had been asked to explain '
      'himself.')
E6 = ('Brigety "admitted he crossed the line and apologized unreservedly" during the meeting, the Department of '
      'International Relations and Cooperation said in a statement.')
E7 = ("President Cyril Ramaphosa's office said it was disappointed that the ambassador had gone public instead of "
      "using diplomatic channels.")
E8 = "Ramaphosa has ordered an independent inquiry, led by a retired judge, into the Lady R's visit."
E9 = "The government says it has no record of an approved arms sale to Russia."
E10 = ("In Washington, the State Department said it stood by the ambassador's remarks but had taken no decision on "
       "any measures against Pretoria.")
E11 = ("The main opposition Democratic Alliance demanded that the government explain itself to Parliament and warned "
       "that the row could cost South Africa its trade benefits under the U.S. African Growth and Opportunity Act.")
E12 = ("South Africa has abstained in U.N. votes condemning Russia's invasion of Ukraine, saying it wants to remain "
       "neutral.")
E13 = ("In February, its navy held exercises with the Russian and Chinese navies off the port of Richards Bay.")
E14 = ("South Africa has also invited Russian President Vladimir Putin to a summit of the BRICS group in Johannesburg "
       "in August, although he faces an arrest warrant from the International Criminal Court.")

EN01 = {
    "id": "hm496-en-01", "lang": "en", "url": None, "published": "2023-05-12",
    "title": "South Africa summons US ambassador over claim it sent weapons to Russia",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11], [E12, E13, E14]),
    "events": [
        event("ACCUSE", ZAF_GOV, BRIGETY, E1, mode="disapprove", date="2023-05-12"),
        event("ACCUSE", BRIGETY, ZAF_GOV, E1, mode="allege"),
        event("ACCUSE", BRIGETY, ZAF_GOV, E2, mode="allege", date="2023-05-11", location="Pretoria",
              location_country="ZAF"),
        event("ACCUSE", PANDOR, BRIGETY, E5, mode="disapprove"),
        event("CONCEDE", BRIGETY, ZAF_GOV, E6),
        event("ACCUSE", ZAF_PRESIDENCY, BRIGETY, E7, mode="disapprove"),
        event("ACCUSE", RAMAPHOSA, None, E8, mode="investigate"),
        event("SUPPORT", US_STATE, BRIGETY, E10),
        event("SANCTION", US_STATE, ZAF_GOV, E10, negated=True),
        event("REQUEST", ZAF_DA, ZAF_GOV, E11),
        event("COOPERATE", ZAF_NAVY, RUS_NAVY, E13, location="Richards Bay", location_country="ZAF"),
        event("COOPERATE", ZAF_NAVY, CHN_NAVY, E13, location="Richards Bay", location_country="ZAF"),
        event("AGREE", ZAF_GOV, PUTIN, E14),
        event("THREATEN", ICC, PUTIN, E14, mode="arrest"),
    ],
    "quotes": [
        quote("Washington was confident weapons and ammunition had been loaded onto the Russian cargo ship Lady R at "
              "the Simon's Town naval base near Cape Town in December", "Reuben Brigety", "indirect"),
        quote("I would bet my life on the accuracy of that assertion", "Reuben Brigety", "direct"),
        quote("disappointing", "Naledi Pandor", "direct"),
        quote("the envoy had been asked to explain himself", "Naledi Pandor", "indirect"),
        quote("admitted he crossed the line and apologized unreservedly",
              "Department of International Relations and Cooperation", "direct"),
        quote('Brigety "admitted he crossed the line and apologized unreservedly" during the meeting',
              "Department of International Relations and Cooperation", "indirect"),
        quote("it was disappointed that the ambassador had gone public instead of using diplomatic channels",
              "The Presidency of South Africa", "indirect"),
        quote("it has no record of an approved arms sale to Russia", "Government of South Africa", "indirect"),
        quote("it stood by the ambassador's remarks but had taken no decision on any measures against Pretoria",
              "United States Department of State", "indirect"),
        quote("the government explain itself to Parliament", "Democratic Alliance", "indirect"),
        quote("the row could cost South Africa its trade benefits under the U.S. African Growth and Opportunity Act",
              "Democratic Alliance", "indirect"),
        quote("it wants to remain neutral", "Government of South Africa", "indirect"),
    ],
    "entities": [
        entity("Johannesburg", "LOC", "ZAF", ["JOHANNESBURG", "Johannesburg"]),
        entity("Government of South Africa", "ORG", "ZAF", ["South Africa", "the country", "The government",
                                                            "the government", "Pretoria"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa"]),
        entity("Reuben Brigety", "PER", "USA", ["the U.S. ambassador", "he", "Ambassador Reuben Brigety",
                                                "the envoy", "himself", "Brigety", "the ambassador",
                                                "the ambassador's"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("South African rand", "MISC", "ZAF", ["the rand", "The rand"]),
        entity("Pretoria", "LOC", "ZAF", ["Pretoria"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Lady R", "MISC", "RUS", ["the Russian cargo ship Lady R", "the Lady R's"]),
        entity("Simon's Town naval base", "LOC", "ZAF", ["the Simon's Town naval base"]),
        entity("Cape Town", "LOC", "ZAF", ["Cape Town"]),
        entity("Naledi Pandor", "PER", "ZAF", ["Foreign Minister Naledi Pandor"]),
        entity("Department of International Relations and Cooperation", "ORG", "ZAF",
               ["the Department of International Relations and Cooperation"]),
        entity("The Presidency of South Africa", "ORG", "ZAF", ["President Cyril Ramaphosa's office"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["President Cyril Ramaphosa's", "Ramaphosa"]),
        entity("retired judge", "PER", "ZAF", ["a retired judge"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["The main opposition Democratic Alliance"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["Parliament"]),
        entity("African Growth and Opportunity Act", "MISC", "USA",
               ["the U.S. African Growth and Opportunity Act"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("South African Navy", "ORG", "ZAF", ["its navy"]),
        entity("Russian Navy", "ORG", "RUS", ["the Russian and Chinese navies"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["the Russian and Chinese navies"]),
        entity("Richards Bay", "LOC", "ZAF", ["the port of Richards Bay"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin", "he"]),
        entity("BRICS", "ORG", "IGO", ["the BRICS group"]),
        entity("International Criminal Court", "ORG", "IGO", ["the International Criminal Court"]),
    ],
}

# ---------------------------------------------------------------- hm496-en-02 (Gambia/ECOWAS, Jammeh tribunal)
ECOWAS = actor("Economic Community of West African States", "IGO", "IGO")
GMB_GOV = actor("Government of Gambia", "GMB", "GOV")
JALLOW = actor("Dawda Jallow", "GMB", "GOV")
JAMMEH = actor("Yahya Jammeh", "GMB", "CVL")
BARROW = actor("Adama Barrow", "GMB", "GOV")
GNQ_GOV = actor("Government of Equatorial Guinea", "GNQ", "GOV")
APRC = actor("Alliance for Patriotic Reorientation and Construction", "GMB", "PTY")
TRRC = actor("Truth, Reconciliation and Reparations Commission", "GMB", "GOV")
SANDENG = actor("Fatoumatta Sandeng", "GMB", "CVL")
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")

F1 = ("ABUJA, Nigeria (AP) — West African leaders on Sunday approved the creation of a special court to try crimes "
      "committed under former Gambian President Yahya Jammeh, opening the way for his possible prosecution.")
F2 = ("The court will sit in Banjul and have both Gambian and international judges, the bloc's commission said in a "
      "statement.")
F3 = ("It is to try those bearing the greatest responsibility for killings, torture and rapes committed under "
      "Jammeh's rule from 1994 to 2017.")
F4 = 'Gambia\'s Justice Minister Dawda Jallow called the decision "a historic step" for the victims.'
F5 = '"No one is above the law, and no one can hide forever," he told reporters.'
F6 = ("President Adama Barrow, who attended the summit, thanked the regional leaders for backing his government's "
      "request.")
F7 = ("Fatoumatta Sandeng, whose father died in custody after being arrested at a 2016 opposition protest, welcomed "
      "the decision but said victims had waited too long.")
F8 = "Jammeh has lived in exile in Equatorial Guinea since losing the 2016 election to Barrow."
F9 = "Gambia has not yet formally asked Malabo to hand him over, Jallow said."
F10 = ('Jammeh\'s party, the Alliance for Patriotic Reorientation and Construction, denounced the tribunal as a "witch '
       'hunt" and accused Barrow of using it to sideline opponents before the 2026 presidential election.')
F11 = "Jammeh has denied ordering any killings."
F12 = ("A truth commission found in 2021 that his government was responsible for the deaths of up to 250 people, "
       "including journalists and political opponents.")
F13 = ("At the same summit, the leaders urged the military governments of Mali, Burkina Faso and Niger to reconsider "
       "their decision to leave the bloc, which is due to take effect in January.")
F14 = ('The three juntas said in a joint statement on Friday that their decision was "irreversible" and that they '
       'would not return.')

EN02 = {
    "id": "hm496-en-02", "lang": "en", "url": None, "published": "2024-12-16",
    "title": "West African bloc approves special court to try crimes of Gambia's Jammeh era",
    "text": paragraphs([F1, F2, F3], [F4, F5, F6, F7], [F8, F9, F10, F11, F12], [F13, F14]),
    "events": [
        event("AGREE", ECOWAS, GMB_GOV, F1, date="2024-12-15", location="Abuja", location_country="NGA"),
        event("SUPPORT", JALLOW, ECOWAS, F4),
        event("THREATEN", JALLOW, JAMMEH, F5),
        event("SUPPORT", BARROW, ECOWAS, F6),
        event("SUPPORT", SANDENG, ECOWAS, F7),
        event("REQUEST", GMB_GOV, GNQ_GOV, F9, negated=True),
        event("ACCUSE", APRC, ECOWAS, F10, mode="disapprove"),
        event("ACCUSE", APRC, BARROW, F10, mode="allege"),
        event("ACCUSE", TRRC, JAMMEH, F12, mode="allege"),
        event("REQUEST", ECOWAS, MLI_GOV, F13, mode="change", date="2024-12-15", location="Abuja",
              location_country="NGA"),
        event("REQUEST", ECOWAS, BFA_GOV, F13, mode="change", date="2024-12-15", location="Abuja",
              location_country="NGA"),
        event("REQUEST", ECOWAS, NER_GOV, F13, mode="change", date="2024-12-15", location="Abuja",
              location_country="NGA"),
        event("REJECT", MLI_GOV, ECOWAS, F14, mode="change", date="2024-12-13"),
        event("REJECT", BFA_GOV, ECOWAS, F14, mode="change", date="2024-12-13"),
        event("REJECT", NER_GOV, ECOWAS, F14, mode="change", date="2024-12-13"),
    ],
    "quotes": [
        quote("The court will sit in Banjul and have both Gambian and international judges", "ECOWAS Commission",
              "indirect"),
        quote("a historic step", "Dawda Jallow", "direct"),
        quote("No one is above the law, and no one can hide forever", "Dawda Jallow", "direct"),
        quote("victims had waited too long", "Fatoumatta Sandeng", "indirect"),
        quote("Gambia has not yet formally asked Malabo to hand him over", "Dawda Jallow", "indirect"),
        quote("witch hunt", "Alliance for Patriotic Reorientation and Construction", "direct"),
        quote("using it to sideline opponents before the 2026 presidential election",
              "Alliance for Patriotic Reorientation and Construction", "indirect"),
        quote("his government was responsible for the deaths of up to 250 people, including journalists and "
              "political opponents", "Truth, Reconciliation and Reparations Commission", "indirect"),
        quote("irreversible", "Alliance of Sahel States", "direct"),
        quote('their decision was "irreversible" and that they would not return', "Alliance of Sahel States",
              "indirect"),
    ],
    "entities": [
        entity("Abuja", "LOC", "NGA", ["ABUJA"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria"]),
        entity("Economic Community of West African States", "ORG", "IGO",
               ["West African leaders", "the regional leaders", "the leaders", "the bloc"]),
        entity("Special Tribunal for The Gambia", "ORG", "GMB", ["a special court", "The court", "It",
                                                                 "the tribunal"]),
        entity("Yahya Jammeh", "PER", "GMB", ["former Gambian President Yahya Jammeh", "his", "Jammeh's", "Jammeh",
                                              "him"]),
        entity("Banjul", "LOC", "GMB", ["Banjul"]),
        entity("ECOWAS Commission", "ORG", "IGO", ["the bloc's commission"]),
        entity("Dawda Jallow", "PER", "GMB", ["Gambia's Justice Minister Dawda Jallow", "he", "Jallow"]),
        entity("Gambia", "LOC", "GMB", ["Gambia's"]),
        entity("Government of Gambia", "ORG", "GMB", ["his government's", "Gambia"]),
        entity("Adama Barrow", "PER", "GMB", ["President Adama Barrow", "Barrow"]),
        entity("Fatoumatta Sandeng", "PER", "GMB", ["Fatoumatta Sandeng"]),
        entity("Solo Sandeng", "PER", "GMB", ["whose father"]),
        entity("Equatorial Guinea", "LOC", "GNQ", ["Equatorial Guinea"]),
        entity("Government of Equatorial Guinea", "ORG", "GNQ", ["Malabo"]),
        entity("Alliance for Patriotic Reorientation and Construction", "ORG", "GMB",
               ["Jammeh's party, the Alliance for Patriotic Reorientation and Construction"]),
        entity("Truth, Reconciliation and Reparations Commission", "ORG", "GMB", ["A truth commission"]),
        entity("Government of Mali", "ORG", "MLI", ["the military governments of Mali, Burkina Faso and Niger",
                                                    "The three juntas"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["the military governments of Mali, Burkina Faso and "
                                                            "Niger", "The three juntas"]),
        entity("Government of Niger", "ORG", "NER", ["the military governments of Mali, Burkina Faso and Niger",
                                                     "The three juntas"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
