"""Round 54: six blind hand-made wire-style articles (4 German, 2 English), written 2026-11-30.

Invented but plausible texts on real 2024-2025 settings, annotated by ../../shared/data/articles/CONVENTIONS.md:

- hm54-de-01: A coup attempt in Benin is put down with Nigerian jets and an ECOWAS deployment (Dec 2025).
- hm54-de-02: Eastern Libya's government declares an EU migration delegation persona non grata (July 2025).
- hm54-de-03: India suspends the Indus Waters Treaty after Pahalgam, Pakistan's counter-measures (April 2025).
- hm54-de-04: PKK fighters burn their weapons in northern Iraq (July 2025).
- hm54-en-01: Iran recalls its envoys from the E3 as UN snapback sanctions return (Sep 2025).
- hm54-en-02: The first Kenyan police of the multinational mission land in Haiti (June 2024).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm54-de-01 (Benin coup attempt)
BJ1 = "Regierungstreue Soldaten haben in Benin am Sonntag einen Putschversuch niedergeschlagen."
BJ2 = ("Die Meuterer unter Führung von Oberstleutnant Pascal Tigri hatten am frühen Morgen im Staatsfernsehen die "
       "Absetzung von Präsident Patrice Talon verkündet.")
BJ3 = ("Innenminister Alassane Seidou sagte, die Lage sei „unter vollständiger Kontrolle“, mehrere Beteiligte seien "
       "festgenommen worden.")
BJ4 = "Auf Bitten Cotonous griffen nigerianische Kampfflugzeuge nach Angaben aus Abuja Stellungen der Putschisten an."
BJ5 = ("Die westafrikanische Staatengemeinschaft Ecowas ordnete zudem die Entsendung von Teilen ihrer Eingreiftruppe "
       "nach Benin an.")
BJ6 = "Die Afrikanische Union verurteilte den Umsturzversuch scharf."
BJ7 = ("Talon, der im April nach zwei Amtszeiten abtreten will, sprach in einer Fernsehansprache von »Verrat«.")
BJ8 = "Die Verantwortlichen würden zur Rechenschaft gezogen, kündigte er an."
BJ9 = "Tigri selbst ist nach Angaben der Regierung auf der Flucht."
BJ10 = "Frankreich bot Cotonou Unterstützung bei der Aufklärung an."

BEN = actor("Benin", "BEN", "GOV")
BEN_MIL = actor("Beninese Armed Forces", "BEN", "MIL")
MUTINEERS = actor("Beninese mutineers", "BEN", "MIL")
TIGRI = actor("Pascal Tigri", "BEN", "MIL")
TALON = actor("Patrice Talon", "BEN", "GOV")
BEN_POL = actor("Beninese police", "BEN", "COP")
NGA = actor("Nigeria", "NGA", "GOV")
NGA_MIL = actor("Nigerian Air Force", "NGA", "MIL")
ECOWAS = actor("ECOWAS", "IGO", "IGO")
AU = actor("African Union", "IGO", "IGO")
FRA = actor("France", "FRA", "GOV")

DE01 = {
    "id": "hm54-de-01", "lang": "de", "url": None, "published": "2025-12-08",
    "title": "Putschversuch in Benin niedergeschlagen",
    "text": paragraphs([BJ1, BJ2, BJ3], [BJ4, BJ5, BJ6], [BJ7, BJ8, BJ9, BJ10]),
    "events": [
        event("ASSAULT", BEN_MIL, MUTINEERS, BJ1, date="2025-12-07", location="Benin", location_country="BEN"),
        event("COERCE", TIGRI, TALON, BJ2, date="2025-12-07"),
        event("COERCE", BEN_POL, MUTINEERS, BJ3, mode="arrest"),
        event("REQUEST", BEN, NGA, BJ4, mode="assist"),
        event("ASSAULT", NGA_MIL, MUTINEERS, BJ4, mode="aerial", location="Benin", location_country="BEN"),
        event("AID", ECOWAS, BEN, BJ5),
        event("ACCUSE", AU, MUTINEERS, BJ6, mode="disapprove"),
        event("ACCUSE", TALON, MUTINEERS, BJ7, mode="disapprove"),
        event("THREATEN", TALON, MUTINEERS, BJ8),
        event("AGREE", FRA, BEN, BJ10),
    ],
    "quotes": [
        quote("unter vollständiger Kontrolle", "Alassane Seidou", "direct"),
        quote("die Lage sei „unter vollständiger Kontrolle“, mehrere Beteiligte seien festgenommen worden",
              "Alassane Seidou", "indirect"),
        quote(BJ4[:-1], "Government of Nigeria", "indirect"),
        quote("Verrat", "Patrice Talon", "direct"),
        quote("Die Verantwortlichen würden zur Rechenschaft gezogen", "Patrice Talon", "indirect"),
        quote("Tigri selbst ist nach Angaben der Regierung auf der Flucht", "Government of Benin", "indirect"),
    ],
    "entities": [
        entity("Benin", "GPE", "BEN", ["Benin", "Cotonous", "Cotonou", "der Regierung"]),
        entity("Pascal Tigri", "PER", "BEN", ["Oberstleutnant Pascal Tigri", "Tigri"]),
        entity("Beninese mutineers", "ORG", "BEN", ["Die Meuterer", "der Putschisten", "Die Verantwortlichen"]),
        entity("Patrice Talon", "PER", "BEN", ["Präsident Patrice Talon", "Talon", "er"]),
        entity("Alassane Seidou", "PER", "BEN", ["Innenminister Alassane Seidou"]),
        entity("Nigeria", "GPE", "NGA", ["Abuja"]),
        entity("ECOWAS", "ORG", "IGO", ["Die westafrikanische Staatengemeinschaft Ecowas", "ihrer Eingreiftruppe"]),
        entity("African Union", "ORG", "IGO", ["Die Afrikanische Union"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
    ],
}

# ---------------------------------------------------------------- hm54-de-02 (eastern Libya / EU delegation)
LY1 = ("Die Regierung im Osten Libyens hat EU-Migrationskommissar Magnus Brunner sowie die für Migration zuständigen "
       "Minister Italiens, Griechenlands und Maltas am Dienstag zu unerwünschten Personen erklärt.")
LY2 = "Ein geplantes Treffen mit Militärchef Chalifa Haftar in Bengasi kam nicht zustande."
LY3 = ("Die Regierung von Ministerpräsident Osama Hammad warf den Gästen vor, bei ihrer Einreise gegen diplomatische "
       "Gepflogenheiten und libysche Gesetze verstoßen zu haben.")
LY4 = ("Zuvor hatte die Delegation in Tripolis mit dem international anerkannten Regierungschef Abdul Hamid Dbeibah "
       "über die Eindämmung der Migration über das Mittelmeer beraten.")
LY5 = "Dabei sagte Brüssel der libyschen Küstenwache weitere Boote und Ausbildung zu."
LY6 = "Seit Jahresbeginn sind nach UN-Angaben mehr als 2000 Migranten von Ostlibyen aus auf Kreta angekommen."
LY7 = "Athen entsandte am Mittwoch zwei Fregatten in die Gewässer vor der libyschen Küste."
LY8 = ("Sollte Bengasi die Abfahrten nicht stoppen, werde Griechenland Asylanträge von Bootsmigranten aus Libyen "
       "aussetzen, sagte Ministerpräsident Kyriakos Mitsotakis.")
LY9 = "Die EU-Kommission nannte die Ausweisung „bedauerlich“."

EAST = actor("Eastern Libyan government", "LBY", "GOV")
BRUNNER = actor("Magnus Brunner", "EUR", "IGO")
PIANTEDOSI = actor("Matteo Piantedosi", "ITA", "GOV")
PLEVRIS = actor("Thanos Plevris", "GRC", "GOV")
CAMILLERI = actor("Byron Camilleri", "MLT", "GOV")
EU_DEL = actor("EU delegation", "EUR", "IGO")
HAFTAR = actor("Khalifa Haftar", "LBY", "MIL")
DBEIBAH = actor("Abdul Hamid Dbeibah", "LBY", "GOV")
EU = actor("European Union", "EUR", "IGO")
LCG = actor("Libyan Coast Guard", "LBY", "MIL")
GRC = actor("Greece", "GRC", "GOV")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
COMMISSION = actor("European Commission", "EUR", "IGO")

DE02 = {
    "id": "hm54-de-02", "lang": "de", "url": None, "published": "2025-07-09",
    "title": "Ostlibysche Regierung weist EU-Delegation aus",
    "text": paragraphs([LY1, LY2, LY3], [LY4, LY5, LY6], [LY7, LY8, LY9]),
    "events": [
        event("SANCTION", EAST, BRUNNER, LY1, mode="expel", date="2025-07-08"),
        event("SANCTION", EAST, PIANTEDOSI, LY1, mode="expel", date="2025-07-08"),
        event("SANCTION", EAST, PLEVRIS, LY1, mode="expel", date="2025-07-08"),
        event("SANCTION", EAST, CAMILLERI, LY1, mode="expel", date="2025-07-08"),
        event("CONSULT", EU_DEL, HAFTAR, LY2, location="Benghazi", location_country="LBY", negated=True),
        event("ACCUSE", EAST, EU_DEL, LY3, mode="allege"),
        event("CONSULT", EU_DEL, DBEIBAH, LY4, mode="visit", location="Tripoli", location_country="LBY"),
        event("AGREE", EU, LCG, LY5),
        event("MOBILIZE", GRC, None, LY7, date="2025-07-09"),
        event("THREATEN", MITSOTAKIS, EAST, LY8),
        event("ACCUSE", COMMISSION, EAST, LY9, mode="disapprove"),
    ],
    "quotes": [
        quote("bei ihrer Einreise gegen diplomatische Gepflogenheiten und libysche Gesetze verstoßen zu haben",
              "Eastern Libyan government", "indirect"),
        quote(LY6[:-1], "United Nations", "indirect"),
        quote("Sollte Bengasi die Abfahrten nicht stoppen, werde Griechenland Asylanträge von Bootsmigranten aus "
              "Libyen aussetzen", "Kyriakos Mitsotakis", "indirect"),
        quote("bedauerlich", "European Commission", "direct"),
    ],
    "entities": [
        entity("Eastern Libyan government", "ORG", "LBY",
               ["Die Regierung im Osten Libyens", "Die Regierung von Ministerpräsident Osama Hammad", "Bengasi"]),
        entity("Magnus Brunner", "PER", "EUR", ["EU-Migrationskommissar Magnus Brunner"]),
        entity("Matteo Piantedosi", "PER", "ITA", []),
        entity("Thanos Plevris", "PER", "GRC", []),
        entity("Byron Camilleri", "PER", "MLT", []),
        entity("Italy", "GPE", "ITA", ["Italiens"]),
        entity("Greece", "GPE", "GRC", ["Griechenlands", "Athen", "Griechenland"]),
        entity("Malta", "GPE", "MLT", ["Maltas"]),
        entity("Khalifa Haftar", "PER", "LBY", ["Militärchef Chalifa Haftar"]),
        entity("Benghazi", "LOC", "LBY", ["Bengasi"]),
        entity("Osama Hammad", "PER", "LBY", ["Ministerpräsident Osama Hammad"]),
        entity("EU delegation", "ORG", "EUR", ["den Gästen", "die Delegation"]),
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY",
               ["dem international anerkannten Regierungschef Abdul Hamid Dbeibah"]),
        entity("Mediterranean Sea", "LOC", None, ["das Mittelmeer"]),
        entity("European Union", "ORG", "EUR", ["Brüssel"]),
        entity("Libyan Coast Guard", "ORG", "LBY", ["der libyschen Küstenwache"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
        entity("Crete", "LOC", "GRC", ["Kreta"]),
        entity("Libya", "GPE", "LBY", ["Libyens", "Libyen"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Ministerpräsident Kyriakos Mitsotakis"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
    ],
}

# ---------------------------------------------------------------- hm54-de-03 (India / Pakistan, Indus treaty)
IN1 = ("Nach dem Anschlag auf Touristen im indischen Teil Kaschmirs hat Indien den Indus-Wasservertrag mit Pakistan "
       "ausgesetzt.")
IN2 = ("Außenstaatssekretär Vikram Misri teilte am Mittwochabend zudem mit, der Grenzübergang Attari werde "
       "geschlossen und pakistanische Militärberater müssten das Land binnen einer Woche verlassen.")
IN3 = "Bei dem Angriff nahe Pahalgam waren am Dienstag 26 Menschen erschossen worden."
IN4 = "Neu-Delhi wirft Islamabad vor, grenzüberschreitenden Terrorismus zu unterstützen."
IN5 = "Pakistan wies jede Verwicklung zurück."
IN6 = ("Der Nationale Sicherheitsausschuss in Islamabad beschloss am Donnerstag, den Luftraum für indische "
       "Fluggesellschaften zu sperren und den gesamten Handel mit Indien auszusetzen.")
IN7 = ("Jeder Versuch, Pakistan das Wasser abzugraben, werde als „kriegerischer Akt“ betrachtet, hieß es in einer "
       "Erklärung.")
IN8 = "Verteidigungsminister Khawaja Asif sagte, die Armee sei in erhöhter Bereitschaft."
IN9 = "Die Vereinten Nationen riefen beide Regierungen zu größtmöglicher Zurückhaltung auf."
IN10 = "Der saudische Außenminister telefonierte nach Angaben aus Riad mit Premierminister Shehbaz Sharif."

IND = actor("India", "IND", "GOV")
PAK = actor("Pakistan", "PAK", "GOV")
NSC = actor("National Security Committee of Pakistan", "PAK", "GOV")
PAK_ARMY = actor("Pakistan Army", "PAK", "MIL")
UN = actor("United Nations", "UNO", "IGO")
FAISAL = actor("Faisal bin Farhan", "SAU", "GOV")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")

DE03 = {
    "id": "hm54-de-03", "lang": "de", "url": None, "published": "2025-04-24",
    "title": "Indien setzt Indus-Wasservertrag aus",
    "text": paragraphs([IN1, IN2, IN3], [IN4, IN5, IN6, IN7], [IN8, IN9, IN10]),
    "events": [
        event("SANCTION", IND, PAK, IN1, mode="discontinue"),
        event("COERCE", IND, PAK, IN2, mode="restrict", date="2025-04-23", location="Attari",
              location_country="IND"),
        event("SANCTION", IND, PAK, IN2, mode="expel", date="2025-04-23"),
        event("ACCUSE", IND, PAK, IN4, mode="allege"),
        event("COERCE", NSC, IND, IN6, mode="restrict", date="2025-04-24"),
        event("SANCTION", NSC, IND, IN6, mode="discontinue", date="2025-04-24"),
        event("THREATEN", NSC, IND, IN7),
        event("MOBILIZE", PAK_ARMY, None, IN8, mode="troops"),
        event("REQUEST", UN, IND, IN9),
        event("REQUEST", UN, PAK, IN9),
        event("CONSULT", FAISAL, SHARIF, IN10, mode="phone"),
    ],
    "quotes": [
        quote("der Grenzübergang Attari werde geschlossen und pakistanische Militärberater müssten das Land binnen "
              "einer Woche verlassen", "Vikram Misri", "indirect"),
        quote("grenzüberschreitenden Terrorismus zu unterstützen", "India", "indirect"),
        quote("kriegerischer Akt", "National Security Committee of Pakistan", "direct"),
        quote("Jeder Versuch, Pakistan das Wasser abzugraben, werde als „kriegerischer Akt“ betrachtet",
              "National Security Committee of Pakistan", "indirect"),
        quote("die Armee sei in erhöhter Bereitschaft", "Khawaja Asif", "indirect"),
        quote(IN10[:-1], "Government of Saudi Arabia", "indirect"),
    ],
    "entities": [
        entity("Kashmir", "LOC", "IND", ["im indischen Teil Kaschmirs"]),
        entity("India", "GPE", "IND", ["Indien", "Neu-Delhi"]),
        entity("Indus Waters Treaty", "ORG", None, ["den Indus-Wasservertrag"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistan", "Islamabad", "das Land"]),
        entity("Vikram Misri", "PER", "IND", ["Außenstaatssekretär Vikram Misri"]),
        entity("Attari", "LOC", "IND", ["der Grenzübergang Attari"]),
        entity("Pahalgam", "LOC", "IND", ["Pahalgam"]),
        entity("National Security Committee of Pakistan", "ORG", "PAK",
               ["Der Nationale Sicherheitsausschuss in Islamabad"]),
        entity("Khawaja Asif", "PER", "PAK", ["Verteidigungsminister Khawaja Asif"]),
        entity("Pakistan Army", "ORG", "PAK", ["die Armee"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["Der saudische Außenminister"]),
        entity("Saudi Arabia", "GPE", "SAU", ["Riad"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
    ],
}

# ---------------------------------------------------------------- hm54-de-04 (PKK disarmament)
PK1 = ("Rund 30 Kämpfer der verbotenen kurdischen Arbeiterpartei PKK haben am Freitag im Nordirak ihre Waffen "
       "niedergelegt und verbrannt.")
PK2 = ("Die Zeremonie in einer Höhle nahe der Stadt Sulaimanija gilt als erster konkreter Schritt zur Beendigung "
       "eines Konflikts, der seit 1984 mehr als 40.000 Menschen das Leben gekostet hat.")
PK3 = "PKK-Gründer Abdullah Öcalan hatte die Organisation im Februar aus der Haft heraus zur Auflösung aufgerufen."
PK4 = ("„Wir vernichten unsere Waffen freiwillig, als Zeichen des guten Willens“, sagte die Kommandeurin Bese "
       "Hozat, die die Gruppe anführte.")
PK5 = "Sie forderte Ankara auf, im Gegenzug die Haftbedingungen Öcalans zu lockern."
PK6 = "Präsident Recep Tayyip Erdoğan begrüßte den Schritt und sprach von einem »neuen Kapitel«."
PK7 = ("Er kündigte an, eine parlamentarische Kommission werde den rechtlichen Rahmen für die Wiedereingliederung "
       "der Kämpfer ausarbeiten.")
PK8 = ("Organisiert wurde die Zeremonie von der kurdischen Regionalregierung im Irak gemeinsam mit dem türkischen "
       "Geheimdienst MIT.")
PK9 = "Die prokurdische DEM-Partei rief die Regierung auf, nun auch inhaftierte Politiker freizulassen."
PK10 = "AKP-Sprecher Ömer Çelik sagte, über Freilassungen werde erst nach der vollständigen Entwaffnung entschieden."

PKK = actor("Kurdistan Workers' Party (PKK)", "TUR", "REB")
TUR = actor("Turkey", "TUR", "GOV")
OCALAN = actor("Abdullah Öcalan", "TUR", "REB")
HOZAT = actor("Bese Hozat", "TUR", "REB")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
KRG = actor("Kurdistan Regional Government", "IRQ", "GOV")
MIT = actor("National Intelligence Organization (MIT)", "TUR", "GOV")
DEM = actor("DEM Party", "TUR", "PTY")

DE04 = {
    "id": "hm54-de-04", "lang": "de", "url": None, "published": "2025-07-11",
    "title": "PKK-Kämpfer verbrennen ihre Waffen",
    "text": paragraphs([PK1, PK2, PK3], [PK4, PK5, PK6, PK7], [PK8, PK9, PK10]),
    "events": [
        event("RETREAT", PKK, TUR, PK1, mode="disarm", date="2025-07-11", location="northern Iraq",
              location_country="IRQ"),
        event("REQUEST", OCALAN, PKK, PK3),
        event("RETREAT", PKK, TUR, PK4, mode="disarm"),
        event("REQUEST", HOZAT, TUR, PK5),
        event("SUPPORT", ERDOGAN, PKK, PK6),
        event("CONCEDE", ERDOGAN, PKK, PK7),
        event("COOPERATE", KRG, MIT, PK8),
        event("REQUEST", DEM, TUR, PK9),
    ],
    "quotes": [
        quote("Wir vernichten unsere Waffen freiwillig, als Zeichen des guten Willens", "Bese Hozat", "direct"),
        quote("neuen Kapitel", "Recep Tayyip Erdoğan", "direct"),
        quote("eine parlamentarische Kommission werde den rechtlichen Rahmen für die Wiedereingliederung der Kämpfer "
              "ausarbeiten", "Recep Tayyip Erdoğan", "indirect"),
        quote("über Freilassungen werde erst nach der vollständigen Entwaffnung entschieden", "Ömer Çelik",
              "indirect"),
    ],
    "entities": [
        entity("Kurdistan Workers' Party (PKK)", "ORG", "TUR",
               ["der verbotenen kurdischen Arbeiterpartei PKK", "die Organisation", "die Gruppe"]),
        entity("Northern Iraq", "LOC", "IRQ", ["im Nordirak"]),
        entity("Sulaymaniyah", "LOC", "IRQ", ["der Stadt Sulaimanija"]),
        entity("Abdullah Öcalan", "PER", "TUR", ["PKK-Gründer Abdullah Öcalan", "Öcalans"]),
        entity("Bese Hozat", "PER", "TUR", ["die Kommandeurin Bese Hozat", "Sie"]),
        entity("Turkey", "GPE", "TUR", ["Ankara", "die Regierung"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Präsident Recep Tayyip Erdoğan", "Er"]),
        entity("Kurdistan Regional Government", "ORG", "IRQ", ["der kurdischen Regionalregierung im Irak"]),
        entity("National Intelligence Organization (MIT)", "ORG", "TUR", ["dem türkischen Geheimdienst MIT"]),
        entity("DEM Party", "ORG", "TUR", ["Die prokurdische DEM-Partei"]),
        entity("Ömer Çelik", "PER", "TUR", ["AKP-Sprecher Ömer Çelik"]),
        entity("Justice and Development Party (AKP)", "ORG", "TUR", ["AKP"]),
    ],
}

# ---------------------------------------------------------------- hm54-en-01 (Iran / snapback)
IR1 = ("Iran recalled its ambassadors to Britain, France and Germany for consultations on Saturday, hours before "
       "United Nations sanctions on the country were due to return.")
IR2 = ("The sanctions, lifted under the 2015 nuclear deal, took effect at midnight GMT after the Security Council "
       "rejected a Russian-Chinese proposal to delay them on Friday.")
IR3 = ("President Masoud Pezeshkian told state television that Iran had “no intention” of building nuclear weapons "
       "but would not bow to pressure.")
IR4 = "Hardline lawmakers urged the government to quit the Nuclear Non-Proliferation Treaty."
IR5 = ("Parliament speaker Mohammad Bagher Ghalibaf warned that cooperation with the International Atomic Energy "
       "Agency would be suspended if its inspectors pressed for access to bombed sites.")
IR6 = "In Tehran, several hundred protesters burned European flags outside the British embassy."
IR7 = ("German Foreign Minister Johann Wadephul said the door to diplomacy remained open and called on Iran to "
       "readmit inspectors “without delay”.")
IR8 = ("Russia said it would not recognise the reimposed sanctions and would continue its military cooperation with "
       "Tehran.")

IRN = actor("Iran", "IRN", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")
FRA_ = actor("France", "FRA", "GOV")
DEU = actor("Germany", "DEU", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
RUS = actor("Russia", "RUS", "GOV")
CHN = actor("China", "CHN", "GOV")
HARDLINERS = actor("Iranian hardline lawmakers", "IRN", "LEG")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
GHALIBAF = actor("Mohammad Bagher Ghalibaf", "IRN", "LEG")
IAEA = actor("International Atomic Energy Agency", "UNO", "IGO")
PROTESTERS = actor("Iranian protesters", "IRN", "CVL")
WADEPHUL = actor("Johann Wadephul", "DEU", "GOV")

EN01 = {
    "id": "hm54-en-01", "lang": "en", "url": None, "published": "2025-09-28",
    "title": "UN sanctions on Iran return as Tehran recalls envoys",
    "text": paragraphs([IR1, IR2, IR3], [IR4, IR5, IR6], [IR7, IR8]),
    "events": [
        event("SANCTION", IRN, GBR, IR1, mode="withdraw", date="2025-09-27"),
        event("SANCTION", IRN, FRA_, IR1, mode="withdraw", date="2025-09-27"),
        event("SANCTION", IRN, DEU, IR1, mode="withdraw", date="2025-09-27"),
        event("REJECT", UNSC, RUS, IR2, date="2025-09-26"),
        event("REJECT", UNSC, CHN, IR2, date="2025-09-26"),
        event("REQUEST", HARDLINERS, IRN_GOV, IR4),
        event("THREATEN", GHALIBAF, IAEA, IR5),
        event("PROTEST", PROTESTERS, GBR, IR6, mode="demo", location="Tehran", location_country="IRN"),
        event("REQUEST", WADEPHUL, IRN, IR7),
        event("REJECT", RUS, UNSC, IR8),
        event("AGREE", RUS, IRN, IR8),
    ],
    "quotes": [
        quote("no intention", "Masoud Pezeshkian", "direct"),
        quote("that Iran had “no intention” of building nuclear weapons but would not bow to pressure",
              "Masoud Pezeshkian", "indirect"),
        quote("that cooperation with the International Atomic Energy Agency would be suspended if its inspectors "
              "pressed for access to bombed sites", "Mohammad Bagher Ghalibaf", "indirect"),
        quote("the door to diplomacy remained open", "Johann Wadephul", "indirect"),
        quote("without delay", "Johann Wadephul", "direct"),
        quote("it would not recognise the reimposed sanctions and would continue its military cooperation with "
              "Tehran", "Russia", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "the country", "Tehran"]),
        entity("United Kingdom", "GPE", "GBR", ["Britain"]),
        entity("France", "GPE", "FRA", ["France"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("UN Security Council", "ORG", "UNO", ["the Security Council"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["President Masoud Pezeshkian"]),
        entity("Islamic Republic of Iran Broadcasting", "ORG", "IRN", ["state television"]),
        entity("Mohammad Bagher Ghalibaf", "PER", "IRN", ["Parliament speaker Mohammad Bagher Ghalibaf"]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["the International Atomic Energy Agency", "its"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("British Embassy in Tehran", "ORG", "GBR", ["the British embassy"]),
        entity("Johann Wadephul", "PER", "DEU", ["German Foreign Minister Johann Wadephul"]),
        entity("Russia", "GPE", "RUS", ["Russia", "it"]),
        entity("Treaty on the Non-Proliferation of Nuclear Weapons", "ORG", None,
               ["the Nuclear Non-Proliferation Treaty"]),
    ],
}

# ---------------------------------------------------------------- hm54-en-02 (Kenyan police in Haiti)
HT1 = ("About 400 Kenyan police officers arrived in Haiti's capital Port-au-Prince on Tuesday, the first contingent "
       "of a U.N.-backed multinational mission against the gangs that control most of the city.")
HT2 = "Prime Minister Garry Conille thanked Kenya for \"standing with Haiti when others looked away.\""
HT3 = ("Kenyan President William Ruto called the deployment \"a mission for humanity\" and promised that more "
       "officers would follow within weeks.")
HT4 = ("Gang leader Jimmy Chérizier, known as Barbecue, warned that his Viv Ansanm alliance would fight the foreign "
       "forces if they committed \"abuses\" against Haitians.")
HT5 = "Hours before the landing, gang members stormed a police station in the Delmas district and set it on fire."
HT6 = ("Police responded with an operation in which at least six suspected gang members were killed, according to a "
       "police spokesman.")
HT7 = ("The United States, the mission's main funder, has pledged more than 300 million dollars but will not send "
       "troops of its own.")
HT8 = ("Human rights groups urged the Kenyan officers to respect international law and avoid the abuses that "
       "tainted earlier foreign missions.")

KEN_POL = actor("Kenyan police", "KEN", "COP")
HTI = actor("Haiti", "HTI", "GOV")
CONILLE = actor("Garry Conille", "HTI", "GOV")
KEN = actor("Kenya", "KEN", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
CHERIZIER = actor("Jimmy Chérizier", "HTI", "REB")
GANGS = actor("Haitian gangs", "HTI", "REB")
HNP = actor("Haitian National Police", "HTI", "COP")
USA = actor("United States", "USA", "GOV")
HRGROUPS = actor("human rights groups", None, "NGO")

EN02 = {
    "id": "hm54-en-02", "lang": "en", "url": None, "published": "2024-06-26",
    "title": "Kenyan police land in Haiti to lead gang crackdown",
    "text": paragraphs([HT1, HT2, HT3], [HT4, HT5, HT6], [HT7, HT8]),
    "events": [
        event("AID", KEN_POL, HTI, HT1, date="2024-06-25", location="Port-au-Prince", location_country="HTI"),
        event("SUPPORT", CONILLE, KEN, HT2),
        event("AGREE", RUTO, HTI, HT3),
        event("THREATEN", CHERIZIER, KEN_POL, HT4),
        event("ASSAULT", GANGS, HNP, HT5, date="2024-06-25", location="Delmas", location_country="HTI"),
        event("ASSAULT", HNP, GANGS, HT6),
        event("AGREE", USA, HTI, HT7),
        event("AID", USA, HTI, HT7, negated=True),
        event("REQUEST", HRGROUPS, KEN_POL, HT8),
    ],
    "quotes": [
        quote("standing with Haiti when others looked away", "Garry Conille", "direct"),
        quote("a mission for humanity", "William Ruto", "direct"),
        quote("that more officers would follow within weeks", "William Ruto", "indirect"),
        quote("abuses", "Jimmy Chérizier", "direct"),
        quote("that his Viv Ansanm alliance would fight the foreign forces if they committed \"abuses\" against "
              "Haitians", "Jimmy Chérizier", "indirect"),
        quote("Police responded with an operation in which at least six suspected gang members were killed",
              "Haitian National Police spokesperson", "indirect"),
    ],
    "entities": [
        entity("Kenyan police", "ORG", "KEN", ["About 400 Kenyan police officers", "the Kenyan officers",
                                               "the foreign forces", "they"]),
        entity("Haiti", "GPE", "HTI", ["Haiti's", "Haiti"]),
        entity("Port-au-Prince", "LOC", "HTI", ["Haiti's capital Port-au-Prince", "the city"]),
        entity("Multinational Security Support mission", "ORG", "IGO",
               ["a U.N.-backed multinational mission", "the mission's"]),
        entity("Haitian gangs", "ORG", "HTI", ["the gangs", "gang members"]),
        entity("Garry Conille", "PER", "HTI", ["Prime Minister Garry Conille"]),
        entity("Kenya", "GPE", "KEN", ["Kenya"]),
        entity("William Ruto", "PER", "KEN", ["Kenyan President William Ruto"]),
        entity("Jimmy Chérizier", "PER", "HTI", ["Gang leader Jimmy Chérizier", "Barbecue", "his"]),
        entity("Viv Ansanm", "ORG", "HTI", ["his Viv Ansanm alliance"]),
        entity("Delmas", "LOC", "HTI", ["the Delmas district"]),
        entity("Haitian National Police", "ORG", "HTI", ["Police"]),
        entity("Haitian National Police spokesperson", "PER", "HTI", ["a police spokesman"]),
        entity("United States", "GPE", "USA", ["The United States"]),
        entity("human rights groups", "ORG", None, ["Human rights groups"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
