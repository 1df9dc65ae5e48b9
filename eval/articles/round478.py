"""Round 478: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm478-de-01: Uganda: the Kiteezi landfill collapse in Kampala kills at least 21; Museveni orders a probe of the KCCA and pledges compensation, the KCCA denies responsibility, Lukwago blames the central government, the NUP demands Minister Kabanda's resignation and she refuses, residents rally without arrests, Red Cross aid (2024-08-12).
- hm478-de-02: Mali/Sweden: Mali's junta expels Swedish ambassador Kristina Kühnel over Johan Forssell's "hostile" remarks announcing an end to Swedish aid; the break with Ukraine over the Tinzaouatène ambush, Kyiv's denial, Niger follows, the Swedish foreign ministry objects, Billström weighs a response (2024-08-10).
- hm478-de-03: Eritrea/Ethiopia: Eritrea's civil aviation authority bars Ethiopian Airlines from 30 September over "unacceptable" practices; the airline asks for a rethink and denies the baggage charges, Abiy's Red Sea demand, the Ethiopia-Somaliland memorandum, Mogadishu's accusation, Hassan Sheikh's visit to Isaias in Asmara (2024-07-31).
- hm478-de-04: Cameroon: gunmen kill at least 20 villagers in Egbekaw near Mamfe; Governor Okalia Bilai blames separatists, the ADF denies and accuses the army, troops sent to Manyu, Sadi condemns and threatens, OCHA asks for access, diocesan aid, the bishop's appeal, Biya's refusal to negotiate, the denied Canadian mediation (2023-11-07).
- hm478-en-01: South Sudan: police impose a curfew in Juba and arrest looters after crowds attack Sudanese-owned shops over killings of South Sudanese in Wad Madani; Kiir appeals for calm and phones Burhan, a joint committee agreed, Sudan's army investigates its troops, Sudan's foreign ministry condemns and demands protection (2025-01-18).
- hm478-en-02: South Africa: Ramaphosa signs the National Health Insurance Act two weeks before the election; the DA and Steenhuisen attack it, BUSA's earlier request, medical schemes refuse to comply, COSATU praises the law, Phaahla denies an election link, earlier march of doctors and nurses (2024-05-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm478-de-01 (Uganda, Kiteezi landfill collapse)
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
KCCA = actor("Kampala Capital City Authority", "UGA", "GOV")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
VICTIM_FAMILIES = actor("families of the Kiteezi victims", "UGA", "CVL")
LUKWAGO = actor("Erias Lukwago", "UGA", "GOV")
NUP = actor("National Unity Platform", "UGA", "OPP")
KABANDA = actor("Minsa Kabanda", "UGA", "GOV")
KITEEZI_RESIDENTS = actor("residents of Kiteezi", "UGA", "CVL")
UGA_POLICE = actor("Uganda Police Force", "UGA", "COP")
URCS = actor("Uganda Red Cross Society", "UGA", "NGO")
KITEEZI_DISPLACED = actor("displaced residents of Kiteezi", "UGA", "CVL")

U1 = ("Kampala (dpa) - Nach dem Einsturz eines Müllbergs in der ugandischen Hauptstadt Kampala ist die Zahl der Toten "
      "auf mindestens 21 gestiegen.")
U2 = ("Rettungskräfte hätten am Sonntag weitere Leichen aus den Abfallmassen der Deponie im Stadtteil Kiteezi "
      "geborgen, teilte die Polizei mit.")
U3 = ("Der riesige Abfallhaufen war nach tagelangem Starkregen in der Nacht zum Samstag abgerutscht und hatte mehrere "
      "Wohnhäuser unter sich begraben.")
U4 = ("Präsident Yoweri Museveni ordnete eine Untersuchung gegen die Leitung der Hauptstadtbehörde KCCA an, die für "
      "die Deponie zuständig ist.")
U5 = ("Es müsse geklärt werden, warum die Anwohner trotz mehrfacher Warnungen nicht umgesiedelt worden seien, schrieb "
      "der Staatschef auf der Plattform X.")
U6 = ("Zugleich sagte er den Familien der Toten eine Entschädigung von je fünf Millionen Schilling (rund 1200 Euro) "
      "zu.")
U7 = "Die Behörde wies jede Verantwortung zurück."
U8 = "Sie suche seit Monaten nach einem neuen Standort für die Abfälle, hieß es in einer Mitteilung."
U9 = ("Kampalas Oberbürgermeister Erias Lukwago warf der Zentralregierung vor, Warnungen vor einer Überlastung der "
      "Deponie jahrelang ignoriert zu haben.")
U10 = "„Das war keine Naturkatastrophe, das war ein Verbrechen aus Nachlässigkeit“, sagte der Oppositionspolitiker."
U11 = ("Die Oppositionspartei National Unity Platform (NUP) forderte den Rücktritt der zuständigen Ministerin Minsa "
       "Kabanda.")
U12 = "Kabanda lehnte dies ab."
U13 = ("Hunderte Anwohner versammelten sich am Montag vor dem abgesperrten Gelände und verlangten Entschädigung sowie "
       "eine sofortige Schließung der Deponie.")
U14 = "Polizisten beobachteten die Kundgebung, nahmen aber niemanden fest."
U15 = ("Das Ugandische Rote Kreuz versorgte mehr als 300 obdachlos gewordene Menschen mit Zelten, Decken und "
       "Lebensmitteln.")
U16 = "Die Deponie in Kiteezi wird seit 1996 genutzt und ist die einzige offizielle Müllkippe der Millionenstadt."
U17 = "Umweltschützer hatten bereits vor Jahren vor einem möglichen Erdrutsch gewarnt."

DE01 = {
    "id": "hm478-de-01", "lang": "de", "url": None, "published": "2024-08-12",
    "title": "Zahl der Toten nach Einsturz von Müllberg in Kampala steigt",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7, U8], [U9, U10, U11, U12], [U13, U14, U15], [U16, U17]),
    "events": [
        event("ACCUSE", MUSEVENI, KCCA, U4, mode="investigate"),
        event("AGREE", MUSEVENI, VICTIM_FAMILIES, U6),
        event("ACCUSE", LUKWAGO, UGA_GOV, U9, mode="disapprove"),
        event("ACCUSE", LUKWAGO, UGA_GOV, U10, mode="disapprove"),
        event("REQUEST", NUP, KABANDA, U11, mode="change"),
        event("REJECT", KABANDA, NUP, U12, mode="change"),
        event("PROTEST", KITEEZI_RESIDENTS, KCCA, U13, mode="demo", date="2024-08-12", location="Kiteezi",
              location_country="UGA"),
        event("COERCE", UGA_POLICE, KITEEZI_RESIDENTS, U14, mode="arrest", date="2024-08-12", location="Kiteezi",
              location_country="UGA", negated=True),
        event("AID", URCS, KITEEZI_DISPLACED, U15, location="Kiteezi", location_country="UGA"),
    ],
    "quotes": [
        quote("Rettungskräfte hätten am Sonntag weitere Leichen aus den Abfallmassen der Deponie im Stadtteil Kiteezi "
              "geborgen", "Uganda Police Force", "indirect"),
        quote("Es müsse geklärt werden, warum die Anwohner trotz mehrfacher Warnungen nicht umgesiedelt worden seien",
              "Yoweri Museveni", "indirect"),
        quote("Sie suche seit Monaten nach einem neuen Standort für die Abfälle", "Kampala Capital City Authority",
              "indirect"),
        quote("Warnungen vor einer Überlastung der Deponie jahrelang ignoriert zu haben", "Erias Lukwago", "indirect"),
        quote("Das war keine Naturkatastrophe, das war ein Verbrechen aus Nachlässigkeit", "Erias Lukwago", "direct"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala", "der ugandischen Hauptstadt Kampala", "Kampalas",
                                         "der Millionenstadt"]),
        entity("Uganda Police Force", "ORG", "UGA", ["die Polizei", "Polizisten"]),
        entity("Kiteezi", "LOC", "UGA", ["im Stadtteil Kiteezi", "Kiteezi"]),
        entity("Kiteezi landfill", "LOC", "UGA", ["eines Müllbergs", "der Deponie im Stadtteil Kiteezi",
                                                  "Der riesige Abfallhaufen", "die Deponie", "der Deponie",
                                                  "dem abgesperrten Gelände", "Die Deponie in Kiteezi",
                                                  "die einzige offizielle Müllkippe der Millionenstadt"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "der Staatschef", "er"]),
        entity("Kampala Capital City Authority", "ORG", "UGA", ["der Hauptstadtbehörde KCCA", "Die Behörde", "Sie"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("residents of Kiteezi", "PER", "UGA", ["die Anwohner", "Hunderte Anwohner"]),
        entity("families of the Kiteezi victims", "PER", "UGA", ["den Familien der Toten"]),
        entity("Erias Lukwago", "PER", "UGA", ["Kampalas Oberbürgermeister Erias Lukwago", "der Oppositionspolitiker"]),
        entity("Government of Uganda", "ORG", "UGA", ["der Zentralregierung"]),
        entity("National Unity Platform", "ORG", "UGA", ["Die Oppositionspartei National Unity Platform (NUP)"]),
        entity("Minsa Kabanda", "PER", "UGA", ["der zuständigen Ministerin Minsa Kabanda", "Kabanda"]),
        entity("Uganda Red Cross Society", "ORG", "UGA", ["Das Ugandische Rote Kreuz"]),
        entity("displaced residents of Kiteezi", "PER", "UGA", ["mehr als 300 obdachlos gewordene Menschen"]),
        entity("environmentalists", "PER", "UGA", ["Umweltschützer"]),
    ],
}

# ---------------------------------------------------------------- hm478-de-02 (Mali/Sweden, ambassador expelled)
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
FORSSELL = actor("Johan Forssell", "SWE", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
SWE_MFA = actor("Ministry for Foreign Affairs of Sweden", "SWE", "GOV")

M1 = "Bamako (dpa) - Mali weist die schwedische Botschafterin Kristina Kühnel aus."
M2 = ("Die Diplomatin müsse das Land binnen 72 Stunden verlassen, teilte die Militärregierung am Freitagabend in einer "
      "im Staatsfernsehen verlesenen Erklärung mit.")
M3 = ("Grund seien „feindselige“ Äußerungen des schwedischen Ministers für Entwicklungszusammenarbeit, Johan "
      "Forssell.")
M4 = ("Forssell hatte am Freitagmorgen auf der Plattform X angekündigt, Schweden werde seine Entwicklungshilfe für "
      "Mali schrittweise einstellen.")
M5 = ("„Man kann nicht Russlands illegalen Angriffskrieg gegen die Ukraine unterstützen und zugleich jedes Jahr "
      "Hunderte Millionen Kronen an Entwicklungshilfe erhalten“, schrieb der Minister.")
M5B = ("Die Übergangsregierung in Bamako bezeichnete die Äußerungen als unzulässige Einmischung in die inneren "
       "Angelegenheiten des Landes und als Verstoß gegen diplomatische Gepflogenheiten.")
M6 = ("Hintergrund ist der Abbruch der diplomatischen Beziehungen zwischen Mali und der Ukraine am vergangenen "
      "Sonntag.")
M7 = ("Bamako hatte Kiew vorgeworfen, Tuareg-Rebellen bei einem Angriff auf malische Soldaten und russische "
      "Wagner-Söldner nahe Tinzaouatène unterstützt zu haben.")
M8 = ("Ein Sprecher des ukrainischen Militärgeheimdienstes hatte zuvor angedeutet, die Rebellen hätten von Kiew "
      "Informationen erhalten.")
M9 = "Das ukrainische Außenministerium wies jede Beteiligung zurück."
M10 = "Auch das Nachbarland Niger brach daraufhin seine Beziehungen zu Kiew ab."
M11 = "Das schwedische Außenministerium kritisierte die Ausweisung scharf."
M12 = "Außenminister Tobias Billström sagte der Nachrichtenagentur TT, Schweden prüfe mögliche Reaktionen."
M13 = "Seit den Militärputschen von 2020 und 2021 hat sich Mali zunehmend Russland zugewandt."
M14 = ("Die Kämpfe bei Tinzaouatène Ende Juli gelten als die schwerste Niederlage der russischen Söldner seit ihrer "
       "Ankunft in Mali.")
M15 = "Dutzende Wagner-Kämpfer und malische Soldaten waren dabei getötet worden."

DE02 = {
    "id": "hm478-de-02", "lang": "de", "url": None, "published": "2024-08-10",
    "title": "Mali weist schwedische Botschafterin aus",
    "text": paragraphs([M1, M2, M3], [M4, M5, M5B], [M6, M7, M8, M9, M10], [M11, M12], [M13, M14, M15]),
    "events": [
        event("SANCTION", MLI_GOV, SWE_GOV, M1, mode="expel"),
        event("SANCTION", MLI_GOV, SWE_GOV, M2, mode="expel", date="2024-08-09"),
        event("ACCUSE", MLI_GOV, FORSSELL, M3, mode="disapprove"),
        event("SANCTION", FORSSELL, MLI_GOV, M4, mode="discontinue", date="2024-08-09"),
        event("ACCUSE", FORSSELL, MLI_GOV, M5, mode="disapprove"),
        event("ACCUSE", MLI_GOV, FORSSELL, M5B, mode="disapprove"),
        event("SANCTION", MLI_GOV, UKR_GOV, M6, mode="discontinue", date="2024-08-04"),
        event("ACCUSE", MLI_GOV, UKR_GOV, M7, mode="allege"),
        event("SANCTION", NER_GOV, UKR_GOV, M10, mode="discontinue"),
        event("ACCUSE", SWE_MFA, MLI_GOV, M11, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Diplomatin müsse das Land binnen 72 Stunden verlassen", "Government of Mali", "indirect"),
        quote("feindselige", "Government of Mali", "direct"),
        quote("Grund seien „feindselige“ Äußerungen des schwedischen Ministers für Entwicklungszusammenarbeit, Johan "
              "Forssell", "Government of Mali", "indirect"),
        quote("Schweden werde seine Entwicklungshilfe für Mali schrittweise einstellen", "Johan Forssell", "indirect"),
        quote("Man kann nicht Russlands illegalen Angriffskrieg gegen die Ukraine unterstützen und zugleich jedes Jahr "
              "Hunderte Millionen Kronen an Entwicklungshilfe erhalten", "Johan Forssell", "direct"),
        quote("Tuareg-Rebellen bei einem Angriff auf malische Soldaten und russische Wagner-Söldner nahe Tinzaouatène "
              "unterstützt zu haben", "Government of Mali", "indirect"),
        quote("die Rebellen hätten von Kiew Informationen erhalten", "Andriy Yusov", "indirect"),
        quote("Schweden prüfe mögliche Reaktionen", "Tobias Billström", "indirect"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Mali", "LOC", "MLI", ["Mali", "das Land", "des Landes"]),
        entity("Government of Mali", "ORG", "MLI", ["Mali", "die Militärregierung", "Die Übergangsregierung in Bamako",
                                                    "Bamako"]),
        entity("Kristina Kühnel", "PER", "SWE", ["die schwedische Botschafterin Kristina Kühnel", "Die Diplomatin"]),
        entity("Johan Forssell", "PER", "SWE", ["des schwedischen Ministers für Entwicklungszusammenarbeit, Johan "
                                                "Forssell", "Forssell", "der Minister"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Sweden", "LOC", "SWE", ["Schweden"]),
        entity("Government of Sweden", "ORG", "SWE", ["Schweden"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine", "der Ukraine"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Kiew"]),
        entity("Tuareg rebels", "ORG", "MLI", ["Tuareg-Rebellen", "die Rebellen"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["malische Soldaten"]),
        entity("Wagner Group", "ORG", "RUS", ["russische Wagner-Söldner", "der russischen Söldner",
                                              "Dutzende Wagner-Kämpfer"]),
        entity("Tinzaouatène", "LOC", "MLI", ["Tinzaouatène"]),
        entity("Defence Intelligence of Ukraine", "ORG", "UKR", ["des ukrainischen Militärgeheimdienstes"]),
        entity("Andriy Yusov", "PER", "UKR", ["Ein Sprecher des ukrainischen Militärgeheimdienstes"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR", ["Das ukrainische Außenministerium"]),
        entity("Niger", "LOC", "NER", ["das Nachbarland Niger"]),
        entity("Government of Niger", "ORG", "NER", ["das Nachbarland Niger"]),
        entity("Ministry for Foreign Affairs of Sweden", "ORG", "SWE", ["Das schwedische Außenministerium"]),
        entity("Tobias Billström", "PER", "SWE", ["Außenminister Tobias Billström"]),
        entity("TT Nyhetsbyrån", "ORG", "SWE", ["der Nachrichtenagentur TT"]),
    ],
}

# ---------------------------------------------------------------- hm478-de-03 (Eritrea/Ethiopia, airline ban)
ERI_CAA = actor("Civil Aviation Authority of Eritrea", "ERI", "GOV")
ETHIOPIAN = actor("Ethiopian Airlines", "ETH", "BUS")
ERI_GOV = actor("Government of Eritrea", "ERI", "GOV")
ABIY = actor("Abiy Ahmed", "ETH", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
SOMALILAND = actor("Government of Somaliland", "SOM", "GOV")
SOM_GOV = actor("Government of Somalia", "SOM", "GOV")
HSM = actor("Hassan Sheikh Mohamud", "SOM", "GOV")
ISAIAS = actor("Isaias Afwerki", "ERI", "GOV")

E1 = ("Asmara (dpa) - Eritrea verbietet der äthiopischen Fluggesellschaft Ethiopian Airlines vom 30. September an alle "
      "Flüge in das Land, wie die eritreische Zivilluftfahrtbehörde am Dienstag mitteilte.")
E2 = ("Die Entscheidung sei eine Folge „inakzeptabler“ Geschäftspraktiken der Airline, hieß es in der Erklärung.")
E3 = ("Die Behörde warf dem Unternehmen überhöhte Ticketpreise, verlorene und gestohlene Gepäckstücke sowie "
      "schlechten Kundenservice vor.")
E4 = ("Beschwerden von Passagieren seien trotz wiederholter Gespräche mit der Fluggesellschaft nicht ausgeräumt "
      "worden.")
E5 = "Ethiopian Airlines forderte die eritreischen Behörden auf, die Entscheidung zu überdenken."
E6 = "Die Vorwürfe zum Umgang mit Gepäck wies die Gesellschaft zurück."
E7 = "Man habe die Zahl der Flüge nach Asmara zuletzt sogar erhöht, erklärte ein Sprecher in Addis Abeba."
E8 = "Die staatliche Gesellschaft fliegt derzeit täglich zwischen Addis Abeba und Asmara."
E9 = ("Die Verbindung war 2018 nach dem Ende des jahrzehntelangen Grenzkonflikts zwischen beiden Ländern wieder "
      "aufgenommen worden.")
E10 = "Seitdem haben sich die Beziehungen jedoch erneut deutlich abgekühlt."
E11 = ("Äthiopiens Regierungschef Abiy Ahmed hatte im vergangenen Oktober einen eigenen Meereszugang für sein "
       "Binnenland gefordert und dies als „existenzielle Frage“ bezeichnet.")
E12 = ("Im Januar einigte sich Äthiopien zudem mit der abtrünnigen somalischen Region Somaliland auf eine "
       "Absichtserklärung über einen Marinestützpunkt an dessen Küste.")
E13 = ("Somalia, das Somaliland als Teil seines Staatsgebiets betrachtet, wirft Äthiopien seitdem eine Verletzung "
       "seiner Souveränität vor.")
E14 = ("Eritreas Präsident Isaias Afwerki empfing Somalias Präsidenten Hassan Sheikh Mohamud kurz darauf zu "
       "Gesprächen in Asmara.")
E15 = ("Ein Sprecher des äthiopischen Außenministeriums sagte am Mittwoch, Addis Abeba sei an guten Beziehungen zu "
       "allen Nachbarn interessiert.")

DE03 = {
    "id": "hm478-de-03", "lang": "de", "url": None, "published": "2024-07-31",
    "title": "Eritrea verbannt Ethiopian Airlines",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("SANCTION", ERI_CAA, ETHIOPIAN, E1, mode="discontinue", date="2024-07-30"),
        event("ACCUSE", ERI_CAA, ETHIOPIAN, E2, mode="disapprove"),
        event("ACCUSE", ERI_CAA, ETHIOPIAN, E3, mode="allege"),
        event("REQUEST", ETHIOPIAN, ERI_GOV, E5, mode="change"),
        event("REQUEST", ABIY, None, E11),
        event("AGREE", ETH_GOV, SOMALILAND, E12),
        event("ACCUSE", SOM_GOV, ETH_GOV, E13, mode="allege"),
        event("CONSULT", HSM, ISAIAS, E14, mode="visit", location="Asmara", location_country="ERI"),
    ],
    "quotes": [
        quote("Eritrea verbietet der äthiopischen Fluggesellschaft Ethiopian Airlines vom 30. September an alle Flüge "
              "in das Land", "Civil Aviation Authority of Eritrea", "indirect"),
        quote("inakzeptabler", "Civil Aviation Authority of Eritrea", "direct"),
        quote("Die Entscheidung sei eine Folge „inakzeptabler“ Geschäftspraktiken der Airline",
              "Civil Aviation Authority of Eritrea", "indirect"),
        quote("Beschwerden von Passagieren seien trotz wiederholter Gespräche mit der Fluggesellschaft nicht "
              "ausgeräumt worden", "Civil Aviation Authority of Eritrea", "indirect"),
        quote("Man habe die Zahl der Flüge nach Asmara zuletzt sogar erhöht", "spokesman of Ethiopian Airlines",
              "indirect"),
        quote("existenzielle Frage", "Abiy Ahmed", "direct"),
        quote("Addis Abeba sei an guten Beziehungen zu allen Nachbarn interessiert",
              "spokesman of the Ministry of Foreign Affairs of Ethiopia", "indirect"),
    ],
    "entities": [
        entity("Asmara", "LOC", "ERI", ["Asmara"]),
        entity("Eritrea", "LOC", "ERI", ["Eritrea", "das Land", "Eritreas"]),
        entity("Ethiopian Airlines", "ORG", "ETH", ["der äthiopischen Fluggesellschaft Ethiopian Airlines",
                                                    "der Airline", "dem Unternehmen", "der Fluggesellschaft",
                                                    "Ethiopian Airlines", "die Gesellschaft",
                                                    "Die staatliche Gesellschaft"]),
        entity("Civil Aviation Authority of Eritrea", "ORG", "ERI", ["die eritreische Zivilluftfahrtbehörde",
                                                                     "Die Behörde"]),
        entity("Government of Eritrea", "ORG", "ERI", ["die eritreischen Behörden"]),
        entity("spokesman of Ethiopian Airlines", "PER", "ETH", ["ein Sprecher in Addis Abeba"]),
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopiens", "sein Binnenland", "Äthiopien"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["Äthiopien", "Addis Abeba"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Äthiopiens Regierungschef Abiy Ahmed"]),
        entity("Somaliland", "LOC", "SOM", ["der abtrünnigen somalischen Region Somaliland", "Somaliland"]),
        entity("Somalia", "LOC", "SOM", ["Somalia", "Somalias"]),
        entity("Government of Somalia", "ORG", "SOM", ["Somalia"]),
        entity("Isaias Afwerki", "PER", "ERI", ["Eritreas Präsident Isaias Afwerki"]),
        entity("Hassan Sheikh Mohamud", "PER", "SOM", ["Somalias Präsidenten Hassan Sheikh Mohamud"]),
        entity("Ministry of Foreign Affairs of Ethiopia", "ORG", "ETH", ["des äthiopischen Außenministeriums"]),
        entity("spokesman of the Ministry of Foreign Affairs of Ethiopia", "PER", "ETH",
               ["Ein Sprecher des äthiopischen Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm478-de-04 (Cameroon, Egbekaw massacre)
GUNMEN = actor("gunmen in Egbekaw", "CMR", "REB")
EGBEKAW_VILLAGERS = actor("residents of Egbekaw", "CMR", "CVL")
OKALIA = actor("Bernard Okalia Bilai", "CMR", "GOV")
AMBA_SEPARATISTS = actor("Ambazonian separatists", "CMR", "REB")
ADF = actor("Ambazonia Defence Forces", "CMR", "REB")
CMR_ARMY = actor("Cameroon Armed Forces", "CMR", "MIL")
SADI = actor("René Emmanuel Sadi", "CMR", "GOV")
OCHA = actor("United Nations Office for the Coordination of Humanitarian Affairs", "UNO", "IGO")
CMR_GOV = actor("Government of Cameroon", "CMR", "GOV")
MAMFE_DIOCESE = actor("Catholic Diocese of Mamfe", "CMR", "REL")
MANYU_DISPLACED = actor("displaced people in Manyu", "CMR", "CVL")
ABANGALO = actor("Aloysius Fondong Abangalo", "CMR", "REL")
BIYA = actor("Paul Biya", "CMR", "GOV")

C1 = ("Jaunde (dpa) - Bei einem Angriff auf ein Dorf im englischsprachigen Südwesten Kameruns sind mindestens 20 "
      "Menschen getötet worden, unter ihnen Frauen und Kinder.")
C2 = ("Bewaffnete drangen am Montagabend in das Dorf Egbekaw nahe der Stadt Mamfe ein, schossen auf Bewohner und "
      "zündeten Häuser an, wie der Gouverneur der Region, Bernard Okalia Bilai, mitteilte.")
C3 = "Okalia Bilai machte separatistische Milizen für das Massaker verantwortlich."
C4 = "„Diese Terroristen haben wehrlose Frauen und Kinder getötet“, sagte er im Staatsrundfunk CRTV."
C5 = ("Eine der bewaffneten Gruppen, die Ambazonia Defence Forces, wies jede Beteiligung zurück und beschuldigte "
      "ihrerseits die Armee.")
C6 = "Die Armee verlegte am Dienstag zusätzliche Soldaten in den Bezirk Manyu, um die Angreifer zu verfolgen."
C7 = "Kommunikationsminister René Emmanuel Sadi verurteilte den Angriff als „barbarischen Akt“."
C8 = "Die Verantwortlichen würden gefunden und mit aller Härte bestraft, kündigte er an."
C9 = ("Das UN-Nothilfebüro OCHA forderte die Regierung und die Separatisten auf, Helfern ungehinderten Zugang zu den "
      "Betroffenen zu gewähren.")
C10 = "Das katholische Bistum Mamfe versorgte Hunderte Vertriebene mit Lebensmitteln und Decken."
C11 = "Bischof Aloysius Fondong Abangalo rief Armee und Separatisten zu einem Ende der Gewalt gegen Zivilisten auf."
C12 = ("Seit 2017 kämpfen Separatisten in den beiden englischsprachigen Regionen für einen unabhängigen Staat namens "
       "Ambazonien.")
C13 = ("Nach Schätzungen der International Crisis Group wurden in dem Konflikt bereits mehr als 6000 Menschen "
       "getötet.")
C14 = "Präsident Paul Biya, der seit 1982 regiert, lehnt Verhandlungen mit den Separatisten bislang ab."
C15 = ("Anfang des Jahres hatte seine Regierung bestritten, Kanada mit einer Vermittlung in dem Konflikt beauftragt zu "
       "haben.")

DE04 = {
    "id": "hm478-de-04", "lang": "de", "url": None, "published": "2023-11-07",
    "title": "Mindestens 20 Tote bei Angriff auf Dorf in Kamerun",
    "text": paragraphs([C1, C2, C3, C4, C5], [C6, C7, C8], [C9, C10, C11], [C12, C13, C14, C15]),
    "events": [
        event("ASSAULT", GUNMEN, EGBEKAW_VILLAGERS, C2, mode="firearms", date="2023-11-06", location="Egbekaw",
              location_country="CMR"),
        event("ACCUSE", OKALIA, AMBA_SEPARATISTS, C3, mode="allege"),
        event("ACCUSE", OKALIA, AMBA_SEPARATISTS, C4, mode="disapprove"),
        event("ACCUSE", ADF, CMR_ARMY, C5, mode="allege"),
        event("MOBILIZE", CMR_ARMY, None, C6, mode="troops", date="2023-11-07", location="Manyu",
              location_country="CMR"),
        event("ACCUSE", SADI, GUNMEN, C7, mode="disapprove"),
        event("THREATEN", SADI, GUNMEN, C8),
        event("REQUEST", OCHA, CMR_GOV, C9, mode="assist"),
        event("REQUEST", OCHA, AMBA_SEPARATISTS, C9, mode="assist"),
        event("AID", MAMFE_DIOCESE, MANYU_DISPLACED, C10, location="Mamfe", location_country="CMR"),
        event("REQUEST", ABANGALO, CMR_ARMY, C11, mode="yield"),
        event("REQUEST", ABANGALO, AMBA_SEPARATISTS, C11, mode="yield"),
        event("REJECT", BIYA, AMBA_SEPARATISTS, C14, mode="meet"),
    ],
    "quotes": [
        quote("Bewaffnete drangen am Montagabend in das Dorf Egbekaw nahe der Stadt Mamfe ein, schossen auf Bewohner "
              "und zündeten Häuser an", "Bernard Okalia Bilai", "indirect"),
        quote("Diese Terroristen haben wehrlose Frauen und Kinder getötet", "Bernard Okalia Bilai", "direct"),
        quote("barbarischen Akt", "René Emmanuel Sadi", "direct"),
        quote("Die Verantwortlichen würden gefunden und mit aller Härte bestraft", "René Emmanuel Sadi", "indirect"),
        quote("Nach Schätzungen der International Crisis Group wurden in dem Konflikt bereits mehr als 6000 Menschen "
              "getötet", "International Crisis Group", "indirect"),
        quote("Kanada mit einer Vermittlung in dem Konflikt beauftragt zu haben", "Government of Cameroon",
              "indirect"),
    ],
    "entities": [
        entity("Yaoundé", "LOC", "CMR", ["Jaunde"]),
        entity("Egbekaw", "LOC", "CMR", ["ein Dorf im englischsprachigen Südwesten Kameruns", "das Dorf Egbekaw"]),
        entity("Southwest Region", "LOC", "CMR", ["im englischsprachigen Südwesten Kameruns", "der Region"]),
        entity("Cameroon", "LOC", "CMR", ["Kameruns"]),
        entity("gunmen in Egbekaw", "PER", "CMR", ["Bewaffnete", "Diese Terroristen", "die Angreifer",
                                                   "Die Verantwortlichen"]),
        entity("Mamfe", "LOC", "CMR", ["der Stadt Mamfe"]),
        entity("residents of Egbekaw", "PER", "CMR", ["Bewohner", "wehrlose Frauen und Kinder"]),
        entity("Bernard Okalia Bilai", "PER", "CMR", ["der Gouverneur der Region, Bernard Okalia Bilai", "Okalia Bilai",
                                                      "er"]),
        entity("Ambazonian separatists", "ORG", "CMR", ["separatistische Milizen", "die Separatisten", "Separatisten",
                                                        "den Separatisten"]),
        entity("CRTV", "ORG", "CMR", ["Staatsrundfunk CRTV"]),
        entity("Ambazonia Defence Forces", "ORG", "CMR", ["Eine der bewaffneten Gruppen, die Ambazonia Defence "
                                                          "Forces"]),
        entity("Cameroon Armed Forces", "ORG", "CMR", ["die Armee", "Die Armee", "zusätzliche Soldaten", "Armee"]),
        entity("Manyu", "LOC", "CMR", ["den Bezirk Manyu"]),
        entity("René Emmanuel Sadi", "PER", "CMR", ["Kommunikationsminister René Emmanuel Sadi", "er"]),
        entity("United Nations Office for the Coordination of Humanitarian Affairs", "ORG", "UNO",
               ["Das UN-Nothilfebüro OCHA"]),
        entity("Government of Cameroon", "ORG", "CMR", ["die Regierung", "seine Regierung"]),
        entity("Catholic Diocese of Mamfe", "ORG", "CMR", ["Das katholische Bistum Mamfe"]),
        entity("displaced people in Manyu", "PER", "CMR", ["Hunderte Vertriebene"]),
        entity("Aloysius Fondong Abangalo", "PER", "CMR", ["Bischof Aloysius Fondong Abangalo"]),
        entity("Ambazonia", "LOC", "CMR", ["einen unabhängigen Staat namens Ambazonien"]),
        entity("Anglophone regions of Cameroon", "LOC", "CMR", ["den beiden englischsprachigen Regionen"]),
        entity("International Crisis Group", "ORG", "NGO", ["der International Crisis Group"]),
        entity("Paul Biya", "PER", "CMR", ["Präsident Paul Biya", "seine"]),
        entity("Canada", "LOC", "CAN", ["Kanada"]),
    ],
}

# ---------------------------------------------------------------- hm478-en-01 (South Sudan, anti-Sudanese riots)
SSD_POLICE = actor("South Sudan National Police Service", "SSD", "COP")
JUBA_RIOTERS = actor("rioters in South Sudan", "SSD", "CVL")
SDN_TRADERS = actor("Sudanese traders in South Sudan", "SDN", "CVL")
ENOKA = actor("James Monday Enoka", "SSD", "COP")
LOOTERS = actor("suspected looters in Juba", "SSD", "CVL")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
SAF = actor("Sudanese Armed Forces", "SDN", "MIL")
SAF_TROOPS = actor("Sudanese soldiers in Wad Madani", "SDN", "MIL")
KIIR = actor("Salva Kiir", "SSD", "GOV")
SSD_CITIZENS = actor("South Sudanese citizens", "SSD", "CVL")
BURHAN = actor("Abdel Fattah al-Burhan", "SDN", "MIL")
SDN_MFA = actor("Ministry of Foreign Affairs of Sudan", "SDN", "GOV")
SSD_GOV = actor("Government of South Sudan", "SSD", "GOV")

J1 = ("JUBA, South Sudan (AP) — South Sudan's police imposed a dusk-to-dawn curfew in the capital, Juba, on Friday "
      "after crowds looted shops owned by Sudanese traders in revenge for the killing of South Sudanese civilians in "
      "neighboring Sudan.")
J2 = ("Police spokesman Maj. Gen. James Monday Enoka said 30 suspected looters had been arrested and warned that "
      "officers would use force against anyone caught attacking foreigners.")
J3 = ("The unrest began on Thursday evening after videos circulated on social media that appeared to show South "
      "Sudanese civilians being killed in the Sudanese city of Wad Madani.")
J4 = ("Rights groups have accused Sudan's army of killing civilians there after the city was retaken from the "
      "paramilitary Rapid Support Forces last weekend.")
J5 = "The army said it had opened an investigation into what it called \"individual violations\" by its troops."
J6 = ("President Salva Kiir appealed for calm in a televised address on Thursday night and urged citizens not to take "
      "revenge on Sudanese refugees.")
J7 = "\"They are our brothers and sisters, and they came to us fleeing war,\" Kiir said."
J8 = ("Kiir spoke by phone on Friday with Sudan's army chief, Gen. Abdel Fattah Burhan, and the two agreed to set up a "
      "joint committee to investigate the killings in both countries, the presidency said.")
J9 = "Sudan's Foreign Ministry condemned the attacks on its citizens and called on Juba to protect them."
J10 = ("The ministry said at least 16 Sudanese had been killed in Juba and other towns, a figure South Sudanese "
       "officials rejected as exaggerated.")
J11 = "Residents also reported looting in Aweil, Wau and Rumbek."
J12 = "On Saturday, many Sudanese-owned shops in Juba stayed shut and police patrolled the main markets."
J13 = ("South Sudan has received more than 900,000 people fleeing the war in Sudan since April 2023, according to the "
       "U.N. refugee agency.")
J14 = ("The war between the army and the RSF has killed tens of thousands of people and forced more than 12 million "
       "from their homes.")
J15 = ("South Sudan relies on a pipeline through Sudan to export most of its oil, and Kiir has tried to stay neutral "
       "in the conflict.")

EN01 = {
    "id": "hm478-en-01", "lang": "en", "url": None, "published": "2025-01-18",
    "title": "South Sudan imposes curfew in Juba after attacks on Sudanese-owned shops",
    "text": paragraphs([J1, J2, J3], [J4, J5], [J6, J7, J8], [J9, J10, J11, J12], [J13, J14, J15]),
    "events": [
        event("COERCE", SSD_POLICE, None, J1, mode="curfew", date="2025-01-17", location="Juba",
              location_country="SSD"),
        event("PROTEST", JUBA_RIOTERS, SDN_TRADERS, J1, mode="riot", location="Juba", location_country="SSD"),
        event("COERCE", SSD_POLICE, LOOTERS, J2, mode="arrest", location="Juba", location_country="SSD"),
        event("THREATEN", ENOKA, LOOTERS, J2, mode="violence"),
        event("ACCUSE", RIGHTS_GROUPS, SAF, J4, mode="allege"),
        event("ACCUSE", SAF, SAF_TROOPS, J5, mode="investigate"),
        event("REQUEST", KIIR, SSD_CITIZENS, J6, date="2025-01-16"),
        event("CONSULT", KIIR, BURHAN, J8, mode="phone", date="2025-01-17"),
        event("AGREE", KIIR, BURHAN, J8, date="2025-01-17"),
        event("ACCUSE", SDN_MFA, JUBA_RIOTERS, J9, mode="disapprove"),
        event("REQUEST", SDN_MFA, SSD_GOV, J9),
        event("MOBILIZE", SSD_POLICE, None, J12, mode="police", date="2025-01-18", location="Juba",
              location_country="SSD"),
    ],
    "quotes": [
        quote("30 suspected looters had been arrested", "James Monday Enoka", "indirect"),
        quote("officers would use force against anyone caught attacking foreigners", "James Monday Enoka", "indirect"),
        quote("individual violations", "Sudanese Armed Forces", "direct"),
        quote("it had opened an investigation into what it called \"individual violations\" by its troops",
              "Sudanese Armed Forces", "indirect"),
        quote("They are our brothers and sisters, and they came to us fleeing war", "Salva Kiir", "direct"),
        quote("Kiir spoke by phone on Friday with Sudan's army chief, Gen. Abdel Fattah Burhan, and the two agreed to "
              "set up a joint committee to investigate the killings in both countries",
              "Office of the President of South Sudan", "indirect"),
        quote("at least 16 Sudanese had been killed in Juba and other towns", "Ministry of Foreign Affairs of Sudan",
              "indirect"),
        quote("South Sudan has received more than 900,000 people fleeing the war in Sudan since April 2023", "UNHCR",
              "indirect"),
    ],
    "entities": [
        entity("Juba", "LOC", "SSD", ["JUBA", "the capital, Juba", "Juba"]),
        entity("South Sudan", "LOC", "SSD", ["South Sudan", "South Sudan's"]),
        entity("South Sudan National Police Service", "ORG", "SSD", ["South Sudan's police", "officers", "police"]),
        entity("rioters in South Sudan", "PER", "SSD", ["crowds"]),
        entity("Sudanese traders in South Sudan", "PER", "SDN", ["Sudanese traders"]),
        entity("South Sudanese civilians", "PER", "SSD", ["South Sudanese civilians", "South Sudanese civilians "
                                                                                       "being killed"]),
        entity("Sudan", "LOC", "SDN", ["neighboring Sudan", "Sudan"]),
        entity("James Monday Enoka", "PER", "SSD", ["Police spokesman Maj. Gen. James Monday Enoka"]),
        entity("suspected looters in Juba", "PER", "SSD", ["30 suspected looters", "anyone caught attacking "
                                                                                   "foreigners"]),
        entity("Wad Madani", "LOC", "SDN", ["the Sudanese city of Wad Madani", "there", "the city"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["Sudan's army", "The army", "the army", "it"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the paramilitary Rapid Support Forces", "the RSF"]),
        entity("Sudanese soldiers in Wad Madani", "PER", "SDN", ["its troops"]),
        entity("Salva Kiir", "PER", "SSD", ["President Salva Kiir", "Kiir"]),
        entity("South Sudanese citizens", "PER", "SSD", ["citizens"]),
        entity("Sudanese refugees in South Sudan", "PER", "SDN", ["Sudanese refugees", "They", "they"]),
        entity("Abdel Fattah al-Burhan", "PER", "SDN", ["Sudan's army chief, Gen. Abdel Fattah Burhan"]),
        entity("Office of the President of South Sudan", "ORG", "SSD", ["the presidency"]),
        entity("Ministry of Foreign Affairs of Sudan", "ORG", "SDN", ["Sudan's Foreign Ministry", "The ministry"]),
        entity("Sudanese nationals in South Sudan", "PER", "SDN", ["its citizens", "them", "at least 16 Sudanese"]),
        entity("Government of South Sudan", "ORG", "SSD", ["Juba"]),
        entity("South Sudanese officials", "PER", "SSD", ["South Sudanese officials"]),
        entity("Aweil", "LOC", "SSD", ["Aweil"]),
        entity("Wau", "LOC", "SSD", ["Wau"]),
        entity("Rumbek", "LOC", "SSD", ["Rumbek"]),
        entity("residents of South Sudanese towns", "PER", "SSD", ["Residents"]),
        entity("UNHCR", "ORG", "UNO", ["the U.N. refugee agency"]),
    ],
}

# ---------------------------------------------------------------- hm478-en-02 (South Africa, NHI Act signed)
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
DA = actor("Democratic Alliance", "ZAF", "OPP")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "OPP")
ZAF_GOV = actor("Government of South Africa", "ZAF", "GOV")
BUSA = actor("Business Unity South Africa", "ZAF", "BUS")
BHF = actor("Board of Healthcare Funders", "ZAF", "BUS")
COSATU = actor("Congress of South African Trade Unions", "ZAF", "LAB")
ZAF_HEALTH_WORKERS = actor("South African doctors and nurses", "ZAF", "CVL")

N1 = ("PRETORIA, South Africa (AP) — South African President Cyril Ramaphosa on Wednesday signed into law a sweeping "
      "plan for universal health coverage that critics say could cripple the country's private health sector, two "
      "weeks before a national election.")
N2 = ("The National Health Insurance Act will create a single state fund to pay for medical care for all South "
      "Africans and will eventually bar private medical schemes from covering services the fund provides.")
N3 = ("\"This is a historic day for all our people,\" Ramaphosa said at a ceremony at the Union Buildings, the seat of "
      "government.")
N4 = ("He said the law would end a system in which the wealthy receive world-class care while the poor wait for "
      "hours in overcrowded clinics.")
N5 = "The main opposition Democratic Alliance accused Ramaphosa of using the law as an election ploy."
N6 = ("DA leader John Steenhuisen called it \"unconstitutional and unaffordable\" and said the party was preparing a "
      "court challenge.")
N7 = ("Business Unity South Africa, the country's largest business lobby, said it had asked Ramaphosa not to sign the "
      "bill and to send it back to parliament.")
N8 = ("The Board of Healthcare Funders, which represents medical schemes, said its members would not comply with "
      "provisions they considered unlawful.")
N9 = ("The Congress of South African Trade Unions, an ally of the governing African National Congress, praised the "
      "law as a victory for workers.")
N10 = ("Health Minister Joe Phaahla said the fund would be introduced in phases and that nobody would lose private "
       "cover overnight.")
N11 = "Phaahla denied any link between the timing of the signing and the election."
N12 = ("The Treasury has not published a full cost estimate, but some economists put the eventual price at hundreds "
       "of billions of rand a year.")
N13 = "Hundreds of doctors and nurses marched to the Union Buildings in March to demand changes to the bill."
N14 = ("The ANC, which has governed since the end of apartheid in 1994, is polling below 50% ahead of the May 29 vote "
       "for the first time.")
N15 = "Ramaphosa is seeking a second full term as president."

EN02 = {
    "id": "hm478-en-02", "lang": "en", "url": None, "published": "2024-05-16",
    "title": "South Africa's Ramaphosa signs universal health care law ahead of election",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8, N9], [N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("ACCUSE", DA, RAMAPHOSA, N5, mode="allege"),
        event("ACCUSE", STEENHUISEN, ZAF_GOV, N6, mode="disapprove"),
        event("REQUEST", BUSA, RAMAPHOSA, N7, mode="change"),
        event("REJECT", BHF, ZAF_GOV, N8),
        event("SUPPORT", COSATU, ZAF_GOV, N9),
        event("PROTEST", ZAF_HEALTH_WORKERS, ZAF_GOV, N13, mode="demo", location="Pretoria",
              location_country="ZAF"),
    ],
    "quotes": [
        quote("could cripple the country's private health sector", "critics of the National Health Insurance Act",
              "indirect"),
        quote("This is a historic day for all our people", "Cyril Ramaphosa", "direct"),
        quote("the law would end a system in which the wealthy receive world-class care while the poor wait for "
              "hours in overcrowded clinics", "Cyril Ramaphosa", "indirect"),
        quote("unconstitutional and unaffordable", "John Steenhuisen", "direct"),
        quote("the party was preparing a court challenge", "John Steenhuisen", "indirect"),
        quote("it had asked Ramaphosa not to sign the bill and to send it back to parliament",
              "Business Unity South Africa", "indirect"),
        quote("its members would not comply with provisions they considered unlawful", "Board of Healthcare Funders",
              "indirect"),
        quote("the fund would be introduced in phases and that nobody would lose private cover overnight",
              "Joe Phaahla", "indirect"),
    ],
    "entities": [
        entity("Pretoria", "LOC", "ZAF", ["PRETORIA"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa", "the country's"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["South African President Cyril Ramaphosa", "Ramaphosa", "He"]),
        entity("critics of the National Health Insurance Act", "PER", "ZAF", ["critics"]),
        entity("National Health Insurance Act", "MISC", "ZAF", ["The National Health Insurance Act", "the law",
                                                                "the bill", "it"]),
        entity("Union Buildings", "LOC", "ZAF", ["the Union Buildings", "the seat of government"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["The main opposition Democratic Alliance", "DA", "the party"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA leader John Steenhuisen"]),
        entity("Business Unity South Africa", "ORG", "ZAF", ["Business Unity South Africa",
                                                             "the country's largest business lobby", "it"]),
        entity("Parliament of South Africa", "ORG", "ZAF", ["parliament"]),
        entity("Board of Healthcare Funders", "ORG", "ZAF", ["The Board of Healthcare Funders", "its members",
                                                             "they"]),
        entity("Congress of South African Trade Unions", "ORG", "ZAF",
               ["The Congress of South African Trade Unions"]),
        entity("African National Congress", "ORG", "ZAF", ["the governing African National Congress", "The ANC"]),
        entity("Joe Phaahla", "PER", "ZAF", ["Health Minister Joe Phaahla", "Phaahla"]),
        entity("National Treasury of South Africa", "ORG", "ZAF", ["The Treasury"]),
        entity("economists", "PER", "ZAF", ["some economists"]),
        entity("South African doctors and nurses", "PER", "ZAF", ["Hundreds of doctors and nurses"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
