"""Round 24 of the hand-made held-out articles (written blind; see README.md).

Six invented wire-style articles (4 German, 2 English), 2023-2025: Seoul summons Russia's
ambassador over North Korean troops, Puntland's offensive against IS in the Cal Miskaad mountains,
the US-Mexico water dispute under the 1944 treaty, Hungary and Ukraine expel diplomats in a spy
row, JD Vance at Pituffik in Greenland, China's coast guard seizes a Taiwanese boat near Kinmen.
"""
from annotate import actor, entity, event, paragraphs, quote

ARTICLES = []

# ---------------------------------------------------------------------------------------------
# hm24-de-01: Seoul summons the Russian ambassador over North Korean troops (2024-10-21, Monday)
S1 = ("Seoul (dpa) - Wegen der mutmaßlichen Entsendung nordkoreanischer Soldaten nach Russland hat "
      "Südkorea am Montag den russischen Botschafter einbestellt.")
S2 = ("Vizeaußenminister Kim Hong Kyun forderte Botschafter Georgi Sinowjew auf, die militärische "
      "Zusammenarbeit mit Pjöngjang sofort zu beenden und die Truppen zurückzuschicken.")
S3 = ("Die Zusammenarbeit zwischen Moskau und Pjöngjang sei eine »ernsthafte Bedrohung« für die "
      "Sicherheit Südkoreas, sagte Kim.")
S4 = ("Der südkoreanische Geheimdienst NIS hatte am Freitag erklärt, Nordkorea habe bereits rund "
      "1500 Soldaten von Spezialeinheiten per Schiff nach Wladiwostok verlegt.")
S5 = "Moskau und Pjöngjang bestreiten die Berichte."
S6 = ("Präsident Yoon Suk Yeol telefonierte am Sonntag mit Nato-Generalsekretär Mark Rutte; beide "
      "vereinbarten einen engeren Austausch von Geheimdienstinformationen.")
S6B = ("Südkorea und die USA tauschen nach Angaben des Verteidigungsministeriums bereits "
       "Geheimdiensterkenntnisse über die Truppenbewegungen aus.")
S7 = ("Sollte die Zusammenarbeit weitergehen, werde Seoul auch die Lieferung von Waffen an die "
      "Ukraine erwägen, hieß es aus dem Präsidialamt.")
S8 = ("Kremlsprecher Dmitri Peskow warnte an die Adresse Seouls, Moskau werde auf jede "
      "Waffenlieferung an Kiew »angemessen reagieren«.")

_KIM = actor("Kim Hong-kyun", "KOR", "GOV")
_RUS = actor("Russia", "RUS", "GOV")
_PRK = actor("North Korea", "PRK", "GOV")
_YOON = actor("Yoon Suk Yeol", "KOR", "GOV")
_RUTTE = actor("Mark Rutte", "IGO", "IGO")

ARTICLES.append({
    "id": "hm24-de-01",
    "lang": "de",
    "published": "2024-10-21",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S6B], [S7, S8]),
    "events": [
        event("ACCUSE", actor("South Korea", "KOR", "GOV"), _RUS, S1, mode="disapprove",
              date="2024-10-21", location="Seoul", location_country="KOR"),
        event("REQUEST", _KIM, actor("Georgy Zinoviev", "RUS", "GOV"), S2, mode="change"),
        event("ACCUSE", _KIM, _RUS, S3, mode="disapprove"),
        event("ACCUSE", _KIM, _PRK, S3, mode="disapprove"),
        event("ACCUSE", actor("National Intelligence Service", "KOR", "GOV"), _PRK, S4,
              mode="allege", date="2024-10-18"),
        event("CONSULT", _YOON, _RUTTE, S6, mode="phone", date="2024-10-20"),
        event("AGREE", _YOON, _RUTTE, S6, date="2024-10-20"),
        event("COOPERATE", actor("South Korea", "KOR", "GOV"), actor("United States", "USA", "GOV"),
              S6B),
        event("THREATEN", actor("Office of the President of South Korea", "KOR", "GOV"), _RUS, S7),
        event("THREATEN", actor("Dmitry Peskov", "RUS", "GOV"), actor("South Korea", "KOR", "GOV"),
              S8),
    ],
    "quotes": [
        quote("Die Zusammenarbeit zwischen Moskau und Pjöngjang sei eine »ernsthafte Bedrohung« für "
              "die Sicherheit Südkoreas", "Kim Hong-kyun", "indirect"),
        quote("ernsthafte Bedrohung", "Kim Hong-kyun", "direct"),
        quote("Nordkorea habe bereits rund 1500 Soldaten von Spezialeinheiten per Schiff nach "
              "Wladiwostok verlegt", "National Intelligence Service", "indirect"),
        quote("Südkorea und die USA tauschen nach Angaben des Verteidigungsministeriums bereits "
              "Geheimdiensterkenntnisse über die Truppenbewegungen aus",
              "Ministry of National Defense of South Korea", "indirect"),
        quote("Sollte die Zusammenarbeit weitergehen, werde Seoul auch die Lieferung von Waffen an "
              "die Ukraine erwägen", "Office of the President of South Korea", "indirect"),
        quote("Moskau werde auf jede Waffenlieferung an Kiew »angemessen reagieren«",
              "Dmitry Peskov", "indirect"),
        quote("angemessen reagieren", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("South Korea", "GPE", "KOR", ["Südkorea", "Südkoreas", "Seoul", "Seouls"]),
        entity("North Korea", "GPE", "PRK", ["Nordkorea", "Pjöngjang"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Georgy Zinoviev", "PER", "RUS", ["den russischen Botschafter",
                                                 "Botschafter Georgi Sinowjew"]),
        entity("Kim Hong-kyun", "PER", "KOR", ["Vizeaußenminister Kim Hong Kyun", "Kim"]),
        entity("National Intelligence Service", "ORG", "KOR",
               ["Der südkoreanische Geheimdienst NIS"]),
        entity("Vladivostok", "LOC", "RUS", ["Wladiwostok"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["Präsident Yoon Suk Yeol"]),
        entity("Mark Rutte", "PER", "IGO", ["Nato-Generalsekretär Mark Rutte"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kiew"]),
        entity("United States", "GPE", "USA", ["die USA"]),
        entity("Ministry of National Defense of South Korea", "ORG", "KOR",
               ["des Verteidigungsministeriums"]),
        entity("Office of the President of South Korea", "ORG", "KOR", ["dem Präsidialamt"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Kremlin", "ORG", "RUS", ["Kreml"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm24-de-02: Puntland's offensive against IS in the Cal Miskaad mountains (2025-02-03, Monday)
S1 = ("Bosaso (AFP) - Die Sicherheitskräfte der somalischen Regionalregierung Puntland haben nach "
      "eigenen Angaben mehrere Stellungen der Terrormiliz Islamischer Staat (IS) in den "
      "Cal-Miskaad-Bergen eingenommen.")
S2 = ("Dabei hätten die eigenen Truppen am Sonntag mindestens 16 IS-Kämpfer getötet, sagte ein "
      "Sprecher der Puntland-Streitkräfte.")
S3 = "Unter den Toten seien auch ausländische Kämpfer aus Marokko und Äthiopien."
S4 = ("Das US-Regionalkommando Africom flog nach eigenen Angaben bereits am Samstag Luftangriffe "
      "auf IS-Verstecke in der Region.")
S5 = ("US-Präsident Donald Trump schrieb, die Angriffe hätten einen ranghohen Planer der Miliz und "
      "weitere Terroristen getötet.")
S6 = "Die Vereinigten Arabischen Emirate liefern Puntland seit Monaten Waffen und Ausrüstung."
S7 = ("Puntland hatte im vergangenen Jahr im Streit um eine Verfassungsreform der Zentralregierung "
      "in Mogadischu die Anerkennung entzogen.")
S8 = ("Puntlands Präsident Said Abdullahi Deni lehnte ein Angebot Mogadischus ab, Soldaten der "
      "Bundesarmee in die Berge zu schicken.")
S9 = "„Wir brauchen keine Hilfe von denen, die uns im Stich gelassen haben“, sagte Deni."

_PL_F = actor("Puntland security forces", "SOM", "MIL")
_IS = actor("Islamic State Somalia", "SOM", "REB")
_AFRICOM = actor("United States Africa Command (AFRICOM)", "USA", "MIL")
_PL_G = actor("Puntland", "SOM", "GOV")
_FGS = actor("Federal Government of Somalia", "SOM", "GOV")
_DENI = actor("Said Abdullahi Deni", "SOM", "GOV")

ARTICLES.append({
    "id": "hm24-de-02",
    "lang": "de",
    "published": "2025-02-03",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9]),
    "events": [
        event("ASSAULT", _PL_F, _IS, S1, location="Cal Miskaad", location_country="SOM"),
        event("ASSAULT", _PL_F, _IS, S2, date="2025-02-02", location="Cal Miskaad",
              location_country="SOM"),
        event("ASSAULT", _AFRICOM, _IS, S4, mode="aerial", date="2025-02-01",
              location="Cal Miskaad", location_country="SOM"),
        event("ASSAULT", actor("Donald Trump", "USA", "GOV"), _IS, S5, mode="aerial",
              date="2025-02-01", location="Cal Miskaad", location_country="SOM"),
        event("AID", actor("United Arab Emirates", "ARE", "GOV"), _PL_G, S6),
        event("SANCTION", _PL_G, _FGS, S7, mode="discontinue"),
        event("AGREE", _FGS, _PL_G, S8),
        event("REJECT", _DENI, _FGS, S8, mode="assist"),
        event("REJECT", _DENI, _FGS, S9, mode="assist"),
        event("ACCUSE", _DENI, _FGS, S9, mode="disapprove"),
    ],
    "quotes": [
        quote("Die Sicherheitskräfte der somalischen Regionalregierung Puntland haben nach eigenen "
              "Angaben mehrere Stellungen der Terrormiliz Islamischer Staat (IS) in den "
              "Cal-Miskaad-Bergen eingenommen", "Puntland security forces", "indirect"),
        quote("Dabei hätten die eigenen Truppen am Sonntag mindestens 16 IS-Kämpfer getötet",
              "Puntland security forces spokesperson", "indirect"),
        quote("Unter den Toten seien auch ausländische Kämpfer aus Marokko und Äthiopien",
              "Puntland security forces spokesperson", "indirect"),
        quote("Das US-Regionalkommando Africom flog nach eigenen Angaben bereits am Samstag "
              "Luftangriffe auf IS-Verstecke in der Region",
              "United States Africa Command (AFRICOM)", "indirect"),
        quote("die Angriffe hätten einen ranghohen Planer der Miliz und weitere Terroristen getötet",
              "Donald Trump", "indirect"),
        quote("Wir brauchen keine Hilfe von denen, die uns im Stich gelassen haben",
              "Said Abdullahi Deni", "direct"),
    ],
    "entities": [
        entity("Bosaso", "LOC", "SOM", ["Bosaso"]),
        entity("Puntland security forces", "ORG", "SOM",
               ["Die Sicherheitskräfte der somalischen Regionalregierung Puntland",
                "die eigenen Truppen", "Puntland-Streitkräfte"]),
        entity("Puntland", "GPE", "SOM", ["Puntland", "Puntlands"]),
        entity("Islamic State Somalia", "ORG", "SOM", ["der Terrormiliz Islamischer Staat (IS)",
                                                       "IS-Kämpfer", "IS-Verstecke",
                                                       "der Miliz"]),
        entity("Cal Miskaad", "LOC", "SOM", ["den Cal-Miskaad-Bergen", "die Berge"]),
        entity("Puntland security forces spokesperson", "PER", "SOM",
               ["ein Sprecher der Puntland-Streitkräfte"]),
        entity("Morocco", "GPE", "MAR", ["Marokko"]),
        entity("Ethiopia", "GPE", "ETH", ["Äthiopien"]),
        entity("United States Africa Command (AFRICOM)", "ORG", "USA",
               ["Das US-Regionalkommando Africom"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("United Arab Emirates", "GPE", "ARE", ["Die Vereinigten Arabischen Emirate"]),
        entity("Federal Government of Somalia", "ORG", "SOM",
               ["der Zentralregierung in Mogadischu", "Mogadischus"]),
        entity("Said Abdullahi Deni", "PER", "SOM", ["Puntlands Präsident Said Abdullahi Deni",
                                                     "Deni"]),
        entity("Somali National Army", "ORG", "SOM", ["Soldaten der Bundesarmee"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm24-de-03: US-Mexico water dispute under the 1944 treaty (2025-04-11, Friday)
S1 = ("Mexiko-Stadt (dpa) - Im Streit um Wasserlieferungen an die USA hat Mexiko zugesagt, "
      "umgehend zusätzliche Mengen aus dem Grenzfluss Rio Grande freizugeben.")
S2 = ("Präsidentin Claudia Sheinbaum sagte am Freitag, sie habe mit US-Präsident Donald Trump "
      "telefoniert und ihm eine rasche Lösung angeboten.")
S3 = "Trump hatte Mexiko zuvor vorgeworfen, texanischen Farmern »ihr Wasser zu stehlen«."
S4 = ("Er drohte mit Zöllen und Sanktionen, sollte das Nachbarland seine Schulden aus einem "
      "Abkommen von 1944 nicht rasch begleichen.")
S5 = ("Nach dem Vertrag muss Mexiko den USA im Schnitt jährlich rund 432 Millionen Kubikmeter "
      "Wasser liefern.")
S6 = ("Wegen einer anhaltenden Dürre im Norden des Landes liegt es weit hinter den vereinbarten "
      "Mengen zurück.")
S7 = ("Bauern im Bundesstaat Chihuahua hatten 2020 einen Staudamm besetzt, um Lieferungen an den "
      "Nachbarn zu verhindern.")
S8 = "Die Regierung in Mexiko-Stadt wies den Vorwurf des Diebstahls zurück."
S9 = ("Man habe stets im Rahmen der Möglichkeiten geliefert, sagte Außenminister Juan Ramón de la "
      "Fuente.")
S10 = "Zölle hat Washington in dem Streit bislang nicht verhängt."

_MEX = actor("Mexico", "MEX", "GOV")
_USA = actor("United States", "USA", "GOV")
_SHEIN = actor("Claudia Sheinbaum", "MEX", "GOV")
_TRUMP = actor("Donald Trump", "USA", "GOV")

ARTICLES.append({
    "id": "hm24-de-03",
    "lang": "de",
    "published": "2025-04-11",
    "title": None,
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10]),
    "events": [
        event("AGREE", _MEX, _USA, S1),
        event("CONSULT", _SHEIN, _TRUMP, S2, mode="phone"),
        event("AGREE", _SHEIN, _TRUMP, S2),
        event("ACCUSE", _TRUMP, _MEX, S3, mode="allege"),
        event("THREATEN", _TRUMP, _MEX, S4),
        event("PROTEST", actor("Mexican farmers", "MEX", "CVL"), actor("Government of Mexico", "MEX",
                                                                       "GOV"),
              S7, mode="obstruct", location="Chihuahua", location_country="MEX"),
        event("SANCTION", _USA, _MEX, S10, negated=True),
    ],
    "quotes": [
        quote("sie habe mit US-Präsident Donald Trump telefoniert und ihm eine rasche Lösung "
              "angeboten", "Claudia Sheinbaum", "indirect"),
        quote("texanischen Farmern »ihr Wasser zu stehlen«", "Donald Trump", "indirect"),
        quote("ihr Wasser zu stehlen", "Donald Trump", "direct"),
        quote("Man habe stets im Rahmen der Möglichkeiten geliefert", "Juan Ramón de la Fuente",
              "indirect"),
    ],
    "entities": [
        entity("Mexico City", "LOC", "MEX", ["Mexiko-Stadt"]),
        entity("United States", "GPE", "USA", ["die USA", "den USA", "Washington"]),
        entity("Mexico", "GPE", "MEX", ["Mexiko", "das Nachbarland", "des Landes"]),
        entity("Rio Grande", "LOC", None, ["dem Grenzfluss Rio Grande"]),
        entity("Claudia Sheinbaum", "PER", "MEX", ["Präsidentin Claudia Sheinbaum", "sie"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "Er"]),
        entity("Texas", "LOC", "USA", ["texanischen"]),
        entity("Chihuahua", "LOC", "MEX", ["Bundesstaat Chihuahua"]),
        entity("Mexican farmers", "ORG", "MEX", ["Bauern im Bundesstaat Chihuahua"]),
        entity("Government of Mexico", "ORG", "MEX", ["Die Regierung in Mexiko-Stadt"]),
        entity("Juan Ramón de la Fuente", "PER", "MEX",
               ["Außenminister Juan Ramón de la Fuente"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm24-de-04: Hungary and Ukraine expel diplomats in a spy row (2025-05-09, Friday)
S1 = ("Kiew/Budapest (AFP) - Nach der Festnahme mutmaßlicher ungarischer Spione in der Ukraine "
      "haben beide Länder gegenseitig Diplomaten ausgewiesen.")
S2 = ("Der ukrainische Geheimdienst SBU hatte am Freitagmorgen in der Region Transkarpatien zwei "
      "Ukrainer festgenommen.")
S3 = ("Sie hätten im Auftrag des ungarischen Militärgeheimdienstes die Luftabwehr in der Region "
      "ausgespäht, teilte der SBU mit.")
S4 = "Budapest reagierte mit der Ausweisung zweier Diplomaten der ukrainischen Botschaft."
S5 = "Außenminister Péter Szijjártó sprach von einer »antiungarischen Propagandakampagne«."
S6 = "Kiew wolle Ungarn vor dem EU-Gipfel unter Druck setzen, sagte er."
S7 = ("Wenige Stunden später wies das ukrainische Außenministerium seinerseits zwei ungarische "
      "Diplomaten aus.")
S7B = "Ein solcher Schlagabtausch zwischen den beiden Nachbarländern gilt als beispiellos."
S8 = ("Außenminister Andrij Sybiha forderte Budapest auf, weitere Schritte gegen ukrainische "
      "Diplomaten zu unterlassen.")
S9 = ("Die Beziehungen zwischen den Nachbarn sind wegen der Rechte der ungarischen Minderheit in "
      "Transkarpatien seit Jahren angespannt.")

_UKR = actor("Ukraine", "UKR", "GOV")
_HUN = actor("Hungary", "HUN", "GOV")
_SBU = actor("Security Service of Ukraine (SBU)", "UKR", "COP")
_SUSP = actor("two Ukrainian suspects", "UKR", "CVL")
_SZIJ = actor("Péter Szijjártó", "HUN", "GOV")

ARTICLES.append({
    "id": "hm24-de-04",
    "lang": "de",
    "published": "2025-05-09",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7, S7B], [S8, S9]),
    "events": [
        event("SANCTION", _UKR, _HUN, S1, mode="expel", date="2025-05-09"),
        event("SANCTION", _HUN, _UKR, S1, mode="expel", date="2025-05-09"),
        event("COERCE", _SBU, _SUSP, S2, mode="arrest", date="2025-05-09",
              location="Zakarpattia", location_country="UKR"),
        event("ACCUSE", _SBU, _SUSP, S3, mode="allege"),
        event("ACCUSE", _SBU, actor("Military National Security Service of Hungary", "HUN", "MIL"),
              S3, mode="allege"),
        event("SANCTION", _HUN, _UKR, S4, mode="expel", date="2025-05-09"),
        event("ACCUSE", _SZIJ, _UKR, S5, mode="disapprove"),
        event("ACCUSE", _SZIJ, _UKR, S6, mode="allege"),
        event("SANCTION", actor("Ministry of Foreign Affairs of Ukraine", "UKR", "GOV"), _HUN, S7,
              mode="expel", date="2025-05-09"),
        event("REQUEST", actor("Andrii Sybiha", "UKR", "GOV"), _HUN, S8, mode="change"),
    ],
    "quotes": [
        quote("Sie hätten im Auftrag des ungarischen Militärgeheimdienstes die Luftabwehr in der "
              "Region ausgespäht", "Security Service of Ukraine (SBU)", "indirect"),
        quote("antiungarischen Propagandakampagne", "Péter Szijjártó", "direct"),
        quote("Kiew wolle Ungarn vor dem EU-Gipfel unter Druck setzen", "Péter Szijjártó",
              "indirect"),
    ],
    "entities": [
        entity("Ukraine", "GPE", "UKR", ["Kiew", "der Ukraine"]),
        entity("Hungary", "GPE", "HUN", ["Budapest", "Ungarn"]),
        entity("Security Service of Ukraine (SBU)", "ORG", "UKR",
               ["Der ukrainische Geheimdienst SBU", "der SBU"]),
        entity("Zakarpattia", "LOC", "UKR", ["der Region Transkarpatien", "Transkarpatien"]),
        entity("two Ukrainian suspects", "PER", "UKR", ["zwei Ukrainer", "Sie"]),
        entity("Military National Security Service of Hungary", "ORG", "HUN",
               ["des ungarischen Militärgeheimdienstes"]),
        entity("Embassy of Ukraine in Budapest", "ORG", "UKR", ["der ukrainischen Botschaft"]),
        entity("Péter Szijjártó", "PER", "HUN", ["Außenminister Péter Szijjártó", "er"]),
        entity("European Union", "ORG", "EUR", ["EU-Gipfel"]),
        entity("Ministry of Foreign Affairs of Ukraine", "ORG", "UKR",
               ["das ukrainische Außenministerium"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Außenminister Andrij Sybiha"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm24-en-01: JD Vance at Pituffik, Greenland (2025-03-28, Friday)
S1 = ("PITUFFIK, Greenland (Reuters) - U.S. Vice President JD Vance visited a U.S. military base in "
      "northern Greenland on Friday and accused Denmark of failing to protect the Arctic island.")
S2 = ("\"Our message to Denmark is very simple: You have not done a good job by the people of "
      "Greenland,\" Vance told troops at the Pituffik Space Base.")
S3 = ("He urged Greenlanders to consider a closer security partnership with Washington, saying "
      "Copenhagen had underinvested in the island's defence for years.")
S4 = ("Danish Prime Minister Mette Frederiksen rejected the criticism as unfair and said Denmark "
      "was a reliable ally that had increased Arctic defence spending.")
S5 = ("Earlier this week she had condemned the visit as \"unacceptable pressure\" on Greenland and "
      "Denmark.")
S6 = "Greenland's outgoing Prime Minister Mute Egede refused to meet the U.S. delegation."
S7 = ("Greenland's political parties had also objected to an earlier plan for a three-day visit to "
      "Nuuk by Vance's wife Usha.")
S8 = ("In Washington, President Donald Trump said the island was needed \"for international "
      "security\".")

_VANCE = actor("JD Vance", "USA", "GOV")
_DNK = actor("Denmark", "DNK", "GOV")
_USA = actor("United States", "USA", "GOV")

ARTICLES.append({
    "id": "hm24-en-01",
    "lang": "en",
    "published": "2025-03-28",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8]),
    "events": [
        event("ACCUSE", _VANCE, _DNK, S1, mode="allege", date="2025-03-28", location="Pituffik",
              location_country="DNK"),
        event("ACCUSE", _VANCE, _DNK, S2, mode="disapprove", date="2025-03-28",
              location="Pituffik", location_country="DNK"),
        event("REQUEST", _VANCE, actor("people of Greenland", "DNK", "CVL"), S3, mode="assist"),
        event("ACCUSE", _VANCE, _DNK, S3, mode="allege"),
        event("ACCUSE", actor("Mette Frederiksen", "DNK", "GOV"), _USA, S5, mode="disapprove"),
        event("REJECT", actor("Mute Egede", "DNK", "GOV"), actor("U.S. delegation", "USA", "GOV"),
              S6, mode="meet"),
        event("ACCUSE", actor("Greenlandic political parties", "DNK", "PTY"), _USA, S7,
              mode="disapprove"),
    ],
    "quotes": [
        quote("Our message to Denmark is very simple: You have not done a good job by the people of "
              "Greenland", "JD Vance", "direct"),
        quote("Copenhagen had underinvested in the island's defence for years", "JD Vance",
              "indirect"),
        quote("Denmark was a reliable ally that had increased Arctic defence spending",
              "Mette Frederiksen", "indirect"),
        quote("unacceptable pressure", "Mette Frederiksen", "direct"),
        quote("the island was needed \"for international security\"", "Donald Trump", "indirect"),
        quote("for international security", "Donald Trump", "direct"),
    ],
    "entities": [
        entity("Pituffik Space Base", "LOC", "DNK", ["PITUFFIK", "a U.S. military base in northern "
                                                     "Greenland", "the Pituffik Space Base"]),
        entity("Greenland", "LOC", "DNK", ["Greenland", "the Arctic island", "the island's",
                                           "the island"]),
        entity("JD Vance", "PER", "USA", ["U.S. Vice President JD Vance", "Vance", "He",
                                          "Vance's"]),
        entity("Denmark", "GPE", "DNK", ["Denmark", "Copenhagen"]),
        entity("people of Greenland", "ORG", "DNK", ["the people of Greenland", "Greenlanders"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Danish Prime Minister Mette Frederiksen",
                                                   "she"]),
        entity("Mute Egede", "PER", "DNK", ["Greenland's outgoing Prime Minister Mute Egede"]),
        entity("U.S. delegation", "ORG", "USA", ["the U.S. delegation"]),
        entity("Greenlandic political parties", "ORG", "DNK", ["Greenland's political parties"]),
        entity("Nuuk", "LOC", "DNK", ["Nuuk"]),
        entity("Usha Vance", "PER", "USA", ["Vance's wife Usha"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
    ],
})

# ---------------------------------------------------------------------------------------------
# hm24-en-02: China's coast guard seizes a Taiwanese fishing boat near Kinmen (2024-07-03, Wed.)
S1 = ("TAIPEI (Reuters) - Taiwan on Wednesday demanded that China release a fishing boat and its "
      "five crew members seized by the Chinese coast guard near the Taiwan-controlled Kinmen "
      "islands.")
S2 = ("Two Chinese coast guard ships boarded the Da Jin Man 88 late on Tuesday and escorted it to "
      "the port of Weitou in China's Fujian province.")
S3 = "The crew includes two Taiwanese and three Indonesian nationals."
S4 = ("Kuan Bi-ling, head of Taiwan's Ocean Affairs Council, accused Beijing of \"abusing its law "
      "enforcement power\" and said the boat had been operating close to Taiwan's side of the "
      "waters.")
S5 = ("China's coast guard said the vessel had violated a summer fishing moratorium and used "
      "trawling nets that are banned in the area.")
S6 = ("\"The relevant case is being handled in accordance with the law,\" a spokeswoman for the "
      "Taiwan Affairs Office in Beijing said.")
S7 = ("Taiwan's Mainland Affairs Council called on Beijing to stop using fishermen as \"bargaining "
      "chips\" and said it was seeking talks through intermediaries.")
S8 = "By Wednesday evening, Chinese authorities had not released the crew."

_TWN = actor("Taiwan", "TWN", "GOV")
_CHN = actor("China", "CHN", "GOV")
_CCG = actor("China Coast Guard", "CHN", "COP")
_BOAT = actor("Da Jin Man 88", "TWN", "BUS")

ARTICLES.append({
    "id": "hm24-en-02",
    "lang": "en",
    "published": "2024-07-03",
    "title": None,
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8]),
    "events": [
        event("REQUEST", _TWN, _CHN, S1, mode="yield", date="2024-07-03"),
        event("COERCE", _CCG, _BOAT, S1, mode="seize", location="Kinmen",
              location_country="TWN"),
        event("COERCE", _CCG, _BOAT, S2, mode="seize", date="2024-07-02", location="Kinmen",
              location_country="TWN"),
        event("ACCUSE", actor("Kuan Bi-ling", "TWN", "GOV"), _CHN, S4, mode="disapprove"),
        event("ACCUSE", _CCG, _BOAT, S5, mode="allege"),
        event("REQUEST", actor("Mainland Affairs Council", "TWN", "GOV"), _CHN, S7, mode="change"),
        event("RETREAT", actor("Chinese authorities", "CHN", "GOV"),
              actor("Da Jin Man 88 crew", "TWN", "CVL"), S8, mode="release", date="2024-07-03",
              negated=True),
    ],
    "quotes": [
        quote("that China release a fishing boat and its five crew members seized by the Chinese "
              "coast guard near the Taiwan-controlled Kinmen islands", "Taiwan", "indirect"),
        quote("abusing its law enforcement power", "Kuan Bi-ling", "direct"),
        quote("the boat had been operating close to Taiwan's side of the waters", "Kuan Bi-ling",
              "indirect"),
        quote("the vessel had violated a summer fishing moratorium and used trawling nets that are "
              "banned in the area", "China Coast Guard", "indirect"),
        quote("The relevant case is being handled in accordance with the law",
              "Taiwan Affairs Office spokesperson", "direct"),
        quote("bargaining chips", "Mainland Affairs Council", "direct"),
        quote("it was seeking talks through intermediaries", "Mainland Affairs Council",
              "indirect"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["TAIPEI"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("China", "GPE", "CHN", ["China", "Beijing"]),
        entity("China Coast Guard", "ORG", "CHN", ["the Chinese coast guard",
                                                   "Two Chinese coast guard ships",
                                                   "China's coast guard"]),
        entity("Kinmen", "LOC", "TWN", ["the Taiwan-controlled Kinmen islands"]),
        entity("Da Jin Man 88", "ORG", "TWN", ["a fishing boat", "the Da Jin Man 88", "the boat",
                                               "the vessel"]),
        entity("Weitou", "LOC", "CHN", ["the port of Weitou"]),
        entity("Fujian", "LOC", "CHN", ["China's Fujian province"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesian"]),
        entity("Kuan Bi-ling", "PER", "TWN", ["Kuan Bi-ling"]),
        entity("Ocean Affairs Council", "ORG", "TWN", ["Taiwan's Ocean Affairs Council"]),
        entity("Taiwan Affairs Office spokesperson", "PER", "CHN",
               ["a spokeswoman for the Taiwan Affairs Office in Beijing"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["the Taiwan Affairs Office"]),
        entity("Mainland Affairs Council", "ORG", "TWN", ["Taiwan's Mainland Affairs Council",
                                                          "it"]),
        entity("Da Jin Man 88 crew", "ORG", "TWN", ["its five crew members", "The crew",
                                                    "the crew"]),
        entity("Chinese authorities", "ORG", "CHN", ["Chinese authorities"]),
    ],
})
