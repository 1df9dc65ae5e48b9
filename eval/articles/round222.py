"""Round 222: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm222-de-01: Israel launches its "Iron Wall" operation in Jenin; Katz threatens, the PA presidency and the UN object, residents leave the camp, settler arson in Al-Funduq without arrests (2025-01-22).
- hm222-de-02: Ecuador: a judge remands 16 air force members over the four boys from Las Malvinas found dead near Taura; protests, Noboa's pledge, UN and Amnesty demand an inquiry (2024-12-31).
- hm222-de-03: Hezbollah names Naim Qassem secretary-general; Gallant threatens him, Israeli strikes and evacuation orders, Araghchi congratulates, Mikati calls Blinken (2024-10-29).
- hm222-de-04: Islamic State claims the Ashura-eve shooting at a Shiite mosque in Muscat's Wadi al-Kabir; Omani police cordon and investigate, Pakistan, India and Iran condemn (2024-07-17).
- hm222-en-01: U.S. airstrikes on Islamic State in Puntland's Cal Miskaad mountains amid Puntland's ground offensive; Deni thanks Washington, Mogadishu welcomes the strikes (2025-02-02).
- hm222-en-02: Venezuela revokes the permits of six foreign airlines that suspended flights; Albares and IATA object, U.S. terror designation of the Cartel de los Soles, Maduro threatens, Petro urges dialogue (2025-11-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm222-de-01 (Jenin, "Iron Wall")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
PAL_MILITANTS = actor("Palestinian militants in Jenin", "PSE", "REB")
KATZ = actor("Israel Katz", "ISR", "GOV")
ISR_PMO = actor("Prime Minister's Office of Israel", "ISR", "GOV")
IRAN = actor("Iran", "IRN", "GOV")
PA_SEC = actor("Palestinian Authority security forces", "PSE", "COP")
JENIN_RES = actor("residents of the Jenin refugee camp", "PSE", "CVL")
PAL_PRES = actor("Palestinian Presidency", "PSE", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
SETTLERS = actor("Israeli settlers", "ISR", "CVL")
PAL_VILLAGERS = actor("Palestinian villagers", "PSE", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")

J1 = ("Dschenin (dpa) - Die israelische Armee hat im Westjordanland einen Großeinsatz gegen militante Palästinenser "
      "in der Stadt Dschenin und dem angrenzenden Flüchtlingslager begonnen.")
J2 = "Die Armee setze Drohnen und Kampfhubschrauber ein, teilte ein Militärsprecher mit."
J3 = "Das palästinensische Gesundheitsministerium meldete mindestens zehn Tote."
J4 = "Verteidigungsminister Israel Katz kündigte an, man werde in Dschenin »die Lehren aus Gaza« anwenden."
J5 = ("Der Einsatz mit dem Namen »Eiserne Mauer« richte sich gegen vom Iran unterstützte Terrorgruppen, hieß es aus "
      "dem Büro von Ministerpräsident Benjamin Netanjahu.")
J6 = "Palästinensische Sicherheitskräfte zogen sich aus Teilen des Lagers zurück."
J7 = "Hunderte Bewohner verließen das Lager, nachdem Soldaten sie per Lautsprecher dazu aufgefordert hatten."
J8 = "Das Präsidialamt von Mahmud Abbas verurteilte den Einsatz als gefährliche Eskalation."
J9 = "„Wir werden nicht zulassen“, sagte Katz, „dass sich der Terror im Westjordanland wieder festsetzt.“"
J10 = "Die Vereinten Nationen forderten Israel auf, die Zivilbevölkerung zu schützen."
J11 = ("Bereits am Montag hatten israelische Siedler in den Dörfern Al-Funduk und Dschinsafut Häuser und Autos in "
       "Brand gesetzt.")
J12 = "Die Polizei nahm danach niemanden fest."
J13 = "Der Einsatz begann zwei Tage nach Inkrafttreten der Waffenruhe im Gazastreifen."

DE01 = {
    "id": "hm222-de-01", "lang": "de", "url": None, "published": "2025-01-22",
    "title": "Israel startet Großeinsatz in Dschenin",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7], [J8, J9, J10, J11, J12, J13]),
    "events": [
        event("ASSAULT", IDF, PAL_MILITANTS, J1, location="Jenin", location_country="PSE"),
        event("ASSAULT", IDF, PAL_MILITANTS, J2, mode="drone"),
        event("THREATEN", KATZ, PAL_MILITANTS, J4, mode="violence"),
        event("ACCUSE", ISR_PMO, IRAN, J5, mode="allege"),
        event("RETREAT", PA_SEC, None, J6, mode="withdraw", location="Jenin", location_country="PSE"),
        event("SANCTION", IDF, JENIN_RES, J7, mode="expel", location="Jenin", location_country="PSE"),
        event("ACCUSE", PAL_PRES, ISRAEL, J8, mode="disapprove"),
        event("THREATEN", KATZ, PAL_MILITANTS, J9, mode="violence"),
        event("REQUEST", UN, ISRAEL, J10),
        event("ASSAULT", SETTLERS, PAL_VILLAGERS, J11, mode="primitive", date="2025-01-20", location="Al-Funduq",
              location_country="PSE"),
        event("COERCE", ISR_POLICE, SETTLERS, J12, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Die Armee setze Drohnen und Kampfhubschrauber ein", "Israeli military spokesperson", "indirect"),
        quote("die Lehren aus Gaza", "Israel Katz", "direct"),
        quote("man werde in Dschenin »die Lehren aus Gaza« anwenden", "Israel Katz", "indirect"),
        quote("Eiserne Mauer", "Prime Minister's Office of Israel", "direct"),
        quote("Der Einsatz mit dem Namen »Eiserne Mauer« richte sich gegen vom Iran unterstützte Terrorgruppen",
              "Prime Minister's Office of Israel", "indirect"),
        quote("Wir werden nicht zulassen", "Israel Katz", "direct"),
        quote("dass sich der Terror im Westjordanland wieder festsetzt", "Israel Katz", "direct"),
    ],
    "entities": [
        entity("Jenin", "LOC", "PSE", ["Dschenin", "der Stadt Dschenin"]),
        entity("Jenin refugee camp", "LOC", "PSE", ["dem angrenzenden Flüchtlingslager", "des Lagers", "das Lager"]),
        entity("West Bank", "LOC", "PSE", ["Westjordanland"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "Die Armee", "Soldaten"]),
        entity("Israeli military spokesperson", "PER", "ISR", ["ein Militärsprecher"]),
        entity("Palestinian Ministry of Health", "ORG", "PSE", ["Das palästinensische Gesundheitsministerium"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz", "Katz"]),
        entity("Gaza", "LOC", "PSE", ["Gaza", "Gazastreifen"]),
        entity("Iran", "GPE", "IRN", ["Iran"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["dem Büro von Ministerpräsident Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Palestinian Authority security forces", "ORG", "PSE", ["Palästinensische Sicherheitskräfte"]),
        entity("Palestinian Presidency", "ORG", "PSE", ["Das Präsidialamt von Mahmud Abbas"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Mahmud Abbas"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Israeli settlers", "ORG", "ISR", ["israelische Siedler"]),
        entity("Al-Funduq", "LOC", "PSE", ["Al-Funduk"]),
        entity("Jinsafut", "LOC", "PSE", ["Dschinsafut"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm222-de-02 (Ecuador, Las Malvinas boys)
ECU_JUDGE = actor("Ecuadorian judge", "ECU", "JUD")
FAE = actor("Ecuadorian Air Force", "ECU", "MIL")
ECU_PROS = actor("Attorney General's Office of Ecuador", "ECU", "JUD")
BOYS = actor("four boys from Las Malvinas", "ECU", "CVL")
ECU_MOD = actor("Ministry of Defence of Ecuador", "ECU", "GOV")
FATHER = actor("father of two of the boys", "ECU", "CVL")
ECU_PROTESTERS = actor("Ecuadorian protesters", "ECU", "CVL")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
NOBOA = actor("Daniel Noboa", "ECU", "GOV")
FAMILIES = actor("families of the boys", "ECU", "CVL")
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

C1 = ("Guayaquil (AFP) - Nach dem Tod von vier Jungen in Ecuador hat ein Richter Untersuchungshaft gegen 16 "
      "Angehörige der Luftwaffe angeordnet.")
C2 = "Die Staatsanwaltschaft wirft ihnen gewaltsames Verschwindenlassen vor."
C3 = ("Die Jungen im Alter von elf bis 15 Jahren waren am 8. Dezember von einer Luftwaffenpatrouille im Süden der "
      "Stadt festgenommen worden.")
C4 = "Ihre verbrannten Leichen wurden später nahe dem Luftwaffenstützpunkt Taura entdeckt."
C5 = ("Das Verteidigungsministerium hatte die Soldaten zunächst in Schutz genommen und den Jungen einen Raubüberfall "
      "vorgeworfen.")
C6 = "Inzwischen räumte es ein, dass die Jungen nach der Festnahme an einer Landstraße ausgesetzt worden seien."
C7 = "„Sie haben meine Kinder wie Tiere behandelt“, sagte der Vater von zwei der Jungen vor dem Gericht."
C8 = "In Guayaquil und Quito zogen Hunderte Menschen mit Fotos der Jungen durch die Straßen und forderten Gerechtigkeit."
C9 = "Präsident Daniel Noboa sicherte den Familien eine lückenlose Aufklärung zu."
C10 = "„Diese Tat“, erklärte er, „wird nicht ungestraft bleiben.“"
C11 = "Das UN-Menschenrechtsbüro und Amnesty International verlangten eine unabhängige Untersuchung."
C12 = "Die Luftwaffe bestreitet eine Verantwortung für den Tod der Kinder."
C13 = "Im Falle einer Verurteilung drohen den Beschuldigten bis zu 26 Jahre Haft."

DE02 = {
    "id": "hm222-de-02", "lang": "de", "url": None, "published": "2024-12-31",
    "title": "Ecuador: 16 Soldaten nach Tod von vier Jungen in Untersuchungshaft",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11, C12, C13]),
    "events": [
        event("COERCE", ECU_JUDGE, FAE, C1, mode="arrest"),
        event("ACCUSE", ECU_PROS, FAE, C2, mode="allege"),
        event("COERCE", FAE, BOYS, C3, mode="arrest", location="Guayaquil", location_country="ECU"),
        event("SUPPORT", ECU_MOD, FAE, C5),
        event("ACCUSE", ECU_MOD, BOYS, C5, mode="allege"),
        event("CONCEDE", ECU_MOD, None, C6),
        event("ACCUSE", FATHER, FAE, C7, mode="disapprove"),
        event("PROTEST", ECU_PROTESTERS, ECU_GOV, C8, mode="demo", location="Guayaquil", location_country="ECU"),
        event("AGREE", NOBOA, FAMILIES, C9),
        event("THREATEN", NOBOA, FAE, C10),
        event("REQUEST", OHCHR, ECU_GOV, C11),
        event("REQUEST", AMNESTY, ECU_GOV, C11),
    ],
    "quotes": [
        quote("dass die Jungen nach der Festnahme an einer Landstraße ausgesetzt worden seien",
              "Ministry of Defence of Ecuador", "indirect"),
        quote("Sie haben meine Kinder wie Tiere behandelt", "father of two of the boys", "direct"),
        quote("Diese Tat", "Daniel Noboa", "direct"),
        quote("wird nicht ungestraft bleiben", "Daniel Noboa", "direct"),
    ],
    "entities": [
        entity("Guayaquil", "LOC", "ECU", ["Guayaquil", "der Stadt"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador"]),
        entity("Ecuadorian judge", "PER", "ECU", ["ein Richter"]),
        entity("Ecuadorian Air Force", "ORG", "ECU",
               ["16 Angehörige der Luftwaffe", "ihnen", "einer Luftwaffenpatrouille", "die Soldaten", "Die Luftwaffe", "den Beschuldigten"]),
        entity("Attorney General's Office of Ecuador", "ORG", "ECU", ["Die Staatsanwaltschaft"]),
        entity("four boys from Las Malvinas", "PER", "ECU",
               ["vier Jungen", "Die Jungen im Alter von elf bis 15 Jahren", "den Jungen", "die Jungen", "der Kinder"]),
        entity("Taura Air Base", "LOC", "ECU", ["dem Luftwaffenstützpunkt Taura"]),
        entity("Ministry of Defence of Ecuador", "ORG", "ECU", ["Das Verteidigungsministerium", "es"]),
        entity("father of two of the boys", "PER", "ECU", ["der Vater von zwei der Jungen"]),
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Daniel Noboa", "PER", "ECU", ["Präsident Daniel Noboa", "er"]),
        entity("UN Human Rights Office", "ORG", "UNO", ["Das UN-Menschenrechtsbüro"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
    ],
}

# ---------------------------------------------------------------- hm222-de-03 (Hezbollah names Naim Qassem)
NASRALLAH = actor("Hassan Nasrallah", "LBN", "REB")
GALLANT = actor("Yoav Gallant", "ISR", "GOV")
QASSEM = actor("Naim Qassem", "LBN", "REB")
LEBANON = actor("Lebanon", "LBN", None)
TYRE_RES = actor("residents of Tyre", "LBN", "CVL")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
BLINKEN = actor("Antony Blinken", "USA", "GOV")

H1 = "Beirut (dpa) - Die libanesische Hisbollah hat ihren bisherigen Vize Naim Kassem zum neuen Generalsekretär ernannt."
H2 = "Der Schura-Rat habe den 71-Jährigen bestimmt, teilte die Miliz mit."
H3 = ("Kassem tritt die Nachfolge von Hassan Nasrallah an, der Ende September bei einem israelischen Luftangriff in "
      "Beirut getötet worden war.")
H4 = "Israels Verteidigungsminister Joav Galant reagierte umgehend mit einer Drohung."
H5 = "»Eine vorübergehende Ernennung, nicht für lange«, schrieb er auf der Plattform X."
H6 = "Die israelische Luftwaffe griff am Dienstag erneut Ziele in der Bekaa-Ebene und im Süden des Landes an."
H7 = "Die Armee forderte die Bewohner der Küstenstadt Tyros auf, ihre Häuser zu verlassen."
H8 = "Kassem hatte in einer Fernsehansprache angekündigt, die Hisbollah werde den Kampf gegen Israel fortsetzen."
H9 = "Zugleich zeigte er sich offen für indirekte Verhandlungen mit Israel über eine Waffenruhe."
H10 = "Irans Außenminister Abbas Araghtschi gratulierte Kassem und sicherte der Hisbollah weitere Unterstützung zu."
H11 = "Der geschäftsführende Regierungschef Nadschib Mikati telefonierte am Abend mit US-Außenminister Antony Blinken."
H12 = "Die Hisbollah dementierte Berichte über einen Streit in ihrer Führung."

DE03 = {
    "id": "hm222-de-03", "lang": "de", "url": None, "published": "2024-10-29",
    "title": "Hisbollah ernennt Naim Kassem zum Nachfolger Nasrallahs",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10, H11, H12]),
    "events": [
        event("ASSAULT", IDF, NASRALLAH, H3, mode="aerial", location="Beirut", location_country="LBN"),
        event("THREATEN", GALLANT, QASSEM, H4, mode="violence"),
        event("THREATEN", GALLANT, QASSEM, H5, mode="violence"),
        event("ASSAULT", IDF, LEBANON, H6, mode="aerial", date="2024-10-29", location="Bekaa Valley",
              location_country="LBN"),
        event("REQUEST", IDF, TYRE_RES, H7),
        event("THREATEN", QASSEM, ISRAEL, H8, mode="violence"),
        event("AGREE", QASSEM, ISRAEL, H9),
        event("SUPPORT", ARAGHCHI, QASSEM, H10),
        event("AGREE", ARAGHCHI, HEZBOLLAH, H10),
        event("CONSULT", MIKATI, BLINKEN, H11, mode="phone", date="2024-10-29"),
    ],
    "quotes": [
        quote("Der Schura-Rat habe den 71-Jährigen bestimmt", "Hezbollah", "indirect"),
        quote("Eine vorübergehende Ernennung, nicht für lange", "Yoav Gallant", "direct"),
        quote("die Hisbollah werde den Kampf gegen Israel fortsetzen", "Naim Qassem", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Hezbollah", "ORG", "LBN",
               ["Die libanesische Hisbollah", "die Miliz", "die Hisbollah", "der Hisbollah", "Die Hisbollah"]),
        entity("Naim Qassem", "PER", "LBN", ["ihren bisherigen Vize Naim Kassem", "den 71-Jährigen", "Kassem", "er"]),
        entity("Hezbollah Shura Council", "ORG", "LBN", ["Der Schura-Rat"]),
        entity("Hassan Nasrallah", "PER", "LBN", ["Hassan Nasrallah"]),
        entity("Israel", "GPE", "ISR", ["Israels", "Israel"]),
        entity("Yoav Gallant", "PER", "ISR", ["Israels Verteidigungsminister Joav Galant", "er"]),
        entity("X", "ORG", "MNC", ["der Plattform X"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Luftwaffe", "Die Armee"]),
        entity("Bekaa Valley", "LOC", "LBN", ["der Bekaa-Ebene"]),
        entity("Lebanon", "GPE", "LBN", ["des Landes"]),
        entity("Tyre", "LOC", "LBN", ["der Küstenstadt Tyros"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Irans Außenminister Abbas Araghtschi"]),
        entity("Iran", "GPE", "IRN", ["Irans"]),
        entity("Najib Mikati", "PER", "LBN", ["Der geschäftsführende Regierungschef Nadschib Mikati"]),
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken"]),
    ],
}

# ---------------------------------------------------------------- hm222-de-04 (Oman mosque attack)
IS = actor("Islamic State", None, "REB")
WORSHIPPERS = actor("Shiite worshippers in Muscat", "OMN", "CVL")
ROP = actor("Royal Oman Police", "OMN", "COP")
OMN_SEC = actor("Omani security forces", "OMN", "COP")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
OMAN = actor("Oman", "OMN", "GOV")
PAKISTAN = actor("Pakistan", "PAK", "GOV")
INDIA = actor("India", "IND", "GOV")

O1 = ("Maskat (dpa) - Die Terrormiliz Islamischer Staat (IS) hat den Angriff auf eine schiitische Moschee im Oman für "
      "sich reklamiert.")
O2 = ("Drei Angreifer hatten am Montagabend in der Hauptstadt das Feuer auf Gläubige eröffnet und sechs Menschen "
      "getötet, unter ihnen einen Polizisten.")
O3 = "Die Gläubigen hatten sich in der Moschee im Viertel Wadi al-Kabir zum Aschura-Gedenken versammelt."
O4 = "Sicherheitskräfte töteten die drei Männer nach stundenlangen Gefechten."
O5 = "Die Polizei riegelte das Viertel bis zum Dienstagmorgen ab."
O6 = "Laut Polizei handelt es sich bei den Tätern um drei omanische Brüder."
O7 = "Die Ermittler prüfen mögliche Verbindungen der Männer ins Ausland."
O8 = "Ob weitere Personen an der Planung beteiligt waren, ist bislang unklar."
O9 = "Unter den Toten sind vier Pakistaner und ein Inder."
O10 = ("Pakistans Premierminister Shehbaz Sharif verurteilte den »abscheulichen Terrorakt« und sprach dem Sultanat "
       "sein Beileid aus.")
O11 = ("Islamabad schickte ein Team nach Maskat, um die omanischen Behörden bei der Identifizierung der Opfer zu "
       "unterstützen.")
O12 = "Auch Indien und der Iran verurteilten die Tat."

DE04 = {
    "id": "hm222-de-04", "lang": "de", "url": None, "published": "2024-07-17",
    "title": "IS reklamiert Anschlag auf Moschee in Oman für sich",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7, O8], [O9, O10, O11, O12]),
    "events": [
        event("ASSAULT", IS, WORSHIPPERS, O1, mode="firearms"),
        event("ASSAULT", IS, WORSHIPPERS, O2, mode="firearms", date="2024-07-15", location="Muscat",
              location_country="OMN"),
        event("ASSAULT", IS, ROP, O2, mode="firearms", date="2024-07-15", location="Muscat", location_country="OMN"),
        event("ASSAULT", OMN_SEC, IS, O4, mode="firearms"),
        event("COERCE", ROP, None, O5, mode="restrict", location="Wadi al-Kabir", location_country="OMN"),
        event("ACCUSE", ROP, IS, O7, mode="investigate"),
        event("ACCUSE", SHARIF, IS, O10, mode="disapprove"),
        event("SUPPORT", SHARIF, OMAN, O10),
        event("COOPERATE", PAKISTAN, OMAN, O11, location="Muscat", location_country="OMN"),
        event("ACCUSE", INDIA, IS, O12, mode="disapprove"),
        event("ACCUSE", IRAN, IS, O12, mode="disapprove"),
    ],
    "quotes": [
        quote("handelt es sich bei den Tätern um drei omanische Brüder", "Royal Oman Police", "indirect"),
        quote("abscheulichen Terrorakt", "Shehbaz Sharif", "direct"),
    ],
    "entities": [
        entity("Muscat", "LOC", "OMN", ["Maskat", "der Hauptstadt"]),
        entity("Islamic State", "ORG", None, ["Die Terrormiliz Islamischer Staat (IS)"]),
        entity("Oman", "GPE", "OMN", ["Oman", "dem Sultanat"]),
        entity("Imam Ali Mosque (Wadi al-Kabir)", "LOC", "OMN", ["eine schiitische Moschee", "der Moschee"]),
        entity("attackers", "ORG", "OMN",
               ["Drei Angreifer", "die drei Männer", "den Tätern", "der Männer", "drei omanische Brüder"]),
        entity("Wadi al-Kabir", "LOC", "OMN", ["im Viertel Wadi al-Kabir", "das Viertel"]),
        entity("Omani security forces", "ORG", "OMN", ["Sicherheitskräfte"]),
        entity("Royal Oman Police", "ORG", "OMN", ["Die Polizei", "Polizei", "Die Ermittler"]),
        entity("Pakistan", "GPE", "PAK", ["Pakistans", "Islamabad"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Pakistans Premierminister Shehbaz Sharif"]),
        entity("Omani authorities", "ORG", "OMN", ["die omanischen Behörden"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Iran", "GPE", "IRN", ["der Iran"]),
    ],
}

# ---------------------------------------------------------------- hm222-en-01 (Puntland, Islamic State)
US_MIL = actor("United States Armed Forces", "USA", "MIL")
IS_SOM = actor("Islamic State Somalia", "SOM", "REB")
TRUMP = actor("Donald Trump", "USA", "GOV")
PUNT_FORCES = actor("Puntland security forces", "SOM", "MIL")
ELDERS = actor("local elders", "SOM", "CVL")
USA = actor("United States", "USA", "GOV")
PUNTLAND = actor("Puntland", "SOM", "GOV")
DENI = actor("Said Abdullahi Deni", "SOM", "GOV")
PARTNERS = actor("international partners", None, None)
FGS = actor("Federal Government of Somalia", "SOM", "GOV")

P1 = ("The U.S. military carried out airstrikes on Islamic State militants in the Cal Miskaad mountains of "
      "Somalia’s semi-autonomous Puntland region on Saturday, the Pentagon said.")
P2 = ("President Donald Trump said he had ordered the strikes on a senior attack planner and recruits, adding that "
      "“many terrorists” had been killed.")
P3 = ("Puntland forces have been pushing into the militants’ mountain hideouts since launching a ground offensive "
      "in late December.")
P4 = ("Puntland’s security minister said troops had seized several bases and caves and captured dozens of foreign "
      "fighters, including men from Ethiopia, Morocco and Tanzania.")
P5 = "The militants have retreated deeper into the mountains, according to local elders."
P6 = "A Puntland official said U.S. forces had shared intelligence with the regional troops during the offensive."
P7 = "Puntland officials denied reports of civilian casualties."
P8 = ("Puntland President Said Abdullahi Deni thanked Washington and called on other partners to back the "
      "campaign.")
P9 = "“We will not let our mountains become a haven for terrorists,” Deni said."
P10 = ("Somalia’s federal government in Mogadishu, which is locked in a political dispute with Puntland, also "
       "welcomed the strikes.")
P11 = ("The Islamic State branch in Somalia has grown in recent years and is believed to serve as a financial hub "
       "for the group’s affiliates across Africa.")

EN01 = {
    "id": "hm222-en-01", "lang": "en", "url": None, "published": "2025-02-02",
    "title": "U.S. strikes Islamic State in Somalia’s Puntland as regional forces push into mountains",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6, P7], [P8, P9, P10, P11]),
    "events": [
        event("ASSAULT", US_MIL, IS_SOM, P1, mode="aerial", date="2025-02-01", location="Cal Miskaad",
              location_country="SOM"),
        event("ASSAULT", TRUMP, IS_SOM, P2, mode="aerial"),
        event("ASSAULT", PUNT_FORCES, IS_SOM, P3, location="Cal Miskaad", location_country="SOM"),
        event("ASSAULT", PUNT_FORCES, IS_SOM, P4, mode="abduct"),
        event("RETREAT", IS_SOM, None, P5, mode="withdraw"),
        event("COOPERATE", USA, PUNTLAND, P6),
        event("SUPPORT", DENI, USA, P8),
        event("REQUEST", DENI, PARTNERS, P8, mode="assist"),
        event("THREATEN", DENI, IS_SOM, P9, mode="violence"),
        event("SUPPORT", FGS, USA, P10),
    ],
    "quotes": [
        quote("The U.S. military carried out airstrikes on Islamic State militants in the Cal Miskaad mountains of "
              "Somalia’s semi-autonomous Puntland region on Saturday", "United States Department of Defense",
              "indirect"),
        quote("he had ordered the strikes on a senior attack planner and recruits", "Donald Trump", "indirect"),
        quote("“many terrorists” had been killed", "Donald Trump", "indirect"),
        quote("many terrorists", "Donald Trump", "direct"),
        quote("troops had seized several bases and caves and captured dozens of foreign fighters, including men from "
              "Ethiopia, Morocco and Tanzania", "Security Minister of Puntland", "indirect"),
        quote("The militants have retreated deeper into the mountains", "local elders", "indirect"),
        quote("U.S. forces had shared intelligence with the regional troops during the offensive",
              "Puntland official", "indirect"),
        quote("We will not let our mountains become a haven for terrorists", "Said Abdullahi Deni", "direct"),
    ],
    "entities": [
        entity("United States Armed Forces", "ORG", "USA", ["The U.S. military", "U.S. forces"]),
        entity("United States", "GPE", "USA", ["U.S.", "Washington"]),
        entity("Islamic State Somalia", "ORG", "SOM",
               ["Islamic State militants", "the militants’", "The militants", "The Islamic State branch in Somalia"]),
        entity("Cal Miskaad", "LOC", "SOM", ["the Cal Miskaad mountains", "the mountains"]),
        entity("Somalia", "GPE", "SOM", ["Somalia’s", "Somalia"]),
        entity("Puntland", "GPE", "SOM", ["Puntland region", "Puntland"]),
        entity("United States Department of Defense", "ORG", "USA", ["the Pentagon"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "he"]),
        entity("Puntland security forces", "ORG", "SOM", ["Puntland forces", "troops", "the regional troops"]),
        entity("Security Minister of Puntland", "PER", "SOM", ["Puntland’s security minister"]),
        entity("Ethiopia", "GPE", "ETH", ["Ethiopia"]),
        entity("Morocco", "GPE", "MAR", ["Morocco"]),
        entity("Tanzania", "GPE", "TZA", ["Tanzania"]),
        entity("Said Abdullahi Deni", "PER", "SOM", ["Puntland President Said Abdullahi Deni", "Deni"]),
        entity("Federal Government of Somalia", "ORG", "SOM", ["Somalia’s federal government in Mogadishu"]),
        entity("Mogadishu", "LOC", "SOM", ["Mogadishu"]),
        entity("Africa", "LOC", None, ["Africa"]),
    ],
}

# ---------------------------------------------------------------- hm222-en-02 (Venezuela revokes airline permits)
INAC = actor("National Institute of Civil Aeronautics of Venezuela (INAC)", "VEN", "GOV")
AIRLINES = actor("international airlines", None, "BUS")
VENEZUELA = actor("Venezuela", "VEN", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
IATA = actor("International Air Transport Association (IATA)", "NGO", "BUS")
CARTEL = actor("Cartel de los Soles", "VEN", "MIL")
MADURO = actor("Nicolás Maduro", "VEN", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")

V1 = ("Venezuela’s civil aviation authority on Wednesday revoked the operating permits of six international "
      "airlines, accusing them of joining what it called “acts of state terrorism” promoted by Washington.")
V2 = ("The six carriers, including Iberia, TAP Air Portugal, Avianca and Turkish Airlines, had suspended flights to "
      "Caracas after the U.S. Federal Aviation Administration warned of a “potentially hazardous situation” in "
      "Venezuelan airspace.")
V3 = "Caracas had threatened to strip them of their permits unless they resumed service within 48 hours."
V4 = ("Spanish Foreign Minister José Manuel Albares called the decision “disproportionate” and said Madrid would "
      "seek a diplomatic solution.")
V5 = ("The International Air Transport Association urged Venezuela to reconsider, warning that the country risked "
      "further isolation.")
V6 = "Tensions have risen since Washington sent warships and the aircraft carrier USS Gerald R. Ford to the Caribbean."
V7 = ("On Monday, the United States formally designated the Cartel de los Soles, which it says is headed by "
      "President Nicolás Maduro, a foreign terrorist organisation.")
V8 = "Maduro dismissed the designation as a “ridiculous lie” at a rally in Caracas."
V9 = "“Whoever attacks Venezuela,” he said, “will get a response it will never forget.”"
V10 = ("Colombian President Gustavo Petro criticised the U.S. military build-up and called for dialogue between "
       "Washington and Caracas.")

EN02 = {
    "id": "hm222-en-02", "lang": "en", "url": None, "published": "2025-11-27",
    "title": "Venezuela revokes permits of six foreign airlines that suspended flights",
    "text": paragraphs([V1, V2, V3], [V4, V5, V6, V7], [V8, V9, V10]),
    "events": [
        event("SANCTION", INAC, AIRLINES, V1, mode="discontinue", date="2025-11-26"),
        event("ACCUSE", INAC, AIRLINES, V1, mode="allege", date="2025-11-26"),
        event("ACCUSE", INAC, USA, V1, mode="allege", date="2025-11-26"),
        event("THREATEN", VENEZUELA, AIRLINES, V3),
        event("ACCUSE", ALBARES, VENEZUELA, V4, mode="disapprove"),
        event("AGREE", ALBARES, VENEZUELA, V4),
        event("REQUEST", IATA, VENEZUELA, V5, mode="change"),
        event("MOBILIZE", USA, VENEZUELA, V6, mode="weapons", location="Caribbean"),
        event("SANCTION", USA, CARTEL, V7, mode="discontinue", date="2025-11-24"),
        event("ACCUSE", USA, MADURO, V7, mode="allege", date="2025-11-24"),
        event("THREATEN", MADURO, USA, V9, mode="violence"),
        event("ACCUSE", PETRO, USA, V10, mode="disapprove"),
        event("REQUEST", PETRO, USA, V10, mode="meet"),
        event("REQUEST", PETRO, VENEZUELA, V10, mode="meet"),
    ],
    "quotes": [
        quote("acts of state terrorism", "National Institute of Civil Aeronautics of Venezuela (INAC)", "direct"),
        quote("potentially hazardous situation", "Federal Aviation Administration", "direct"),
        quote("disproportionate", "José Manuel Albares", "direct"),
        quote("Madrid would seek a diplomatic solution", "José Manuel Albares", "indirect"),
        quote("the country risked further isolation", "International Air Transport Association (IATA)", "indirect"),
        quote("is headed by President Nicolás Maduro", "United States", "indirect"),
        quote("ridiculous lie", "Nicolás Maduro", "direct"),
        quote("Whoever attacks Venezuela", "Nicolás Maduro", "direct"),
        quote("will get a response it will never forget", "Nicolás Maduro", "direct"),
    ],
    "entities": [
        entity("Venezuela", "GPE", "VEN", ["Venezuela’s", "Venezuela", "Caracas", "the country"]),
        entity("National Institute of Civil Aeronautics of Venezuela (INAC)", "ORG", "VEN",
               ["Venezuela’s civil aviation authority", "it"]),
        entity("United States", "GPE", "USA", ["Washington", "U.S.", "the United States"]),
        entity("Iberia", "ORG", "ESP", ["Iberia"]),
        entity("TAP Air Portugal", "ORG", "PRT", ["TAP Air Portugal"]),
        entity("Avianca", "ORG", "COL", ["Avianca"]),
        entity("Turkish Airlines", "ORG", "TUR", ["Turkish Airlines"]),
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Federal Aviation Administration", "ORG", "USA", ["the U.S. Federal Aviation Administration"]),
        entity("José Manuel Albares", "PER", "ESP", ["Spanish Foreign Minister José Manuel Albares"]),
        entity("Spain", "GPE", "ESP", ["Madrid"]),
        entity("International Air Transport Association (IATA)", "ORG", "NGO",
               ["The International Air Transport Association"]),
        entity("USS Gerald R. Ford", "ORG", "USA", ["the aircraft carrier USS Gerald R. Ford"]),
        entity("Caribbean", "LOC", None, ["the Caribbean"]),
        entity("Cartel de los Soles", "ORG", "VEN", ["the Cartel de los Soles"]),
        entity("Nicolás Maduro", "PER", "VEN", ["President Nicolás Maduro", "Maduro", "he"]),
        entity("Gustavo Petro", "PER", "COL", ["Colombian President Gustavo Petro"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
