"""Round 232: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm232-de-01: Zelensky replaces commander-in-chief Zaluzhnyi with Syrskyi after a meeting; European Solidarity objects, the White House pledges cooperation, 100-for-100 prisoner exchange via the UAE, Russian drone attack (2024-02-08).
- hm232-de-02: Labour wins the British general election; Sunak concedes, apologises and resigns, Starmer received by King Charles III, Farage attacks both main parties, Biden, Macron, Scholz and Zelensky react (2024-07-05).
- hm232-de-03: NATO launches "Baltic Sentry" after a summit of Baltic Sea allies in Helsinki; Rutte warns Moscow, Finnish police pursue the Eagle S crew, Germany and Sweden pledge ships, Zakharova objects (2025-01-14).
- hm232-de-04: Russian cruise missiles hit apartment blocks in Ternopil; Zelensky in Ankara with Erdoğan, who offers to host talks, Moscow claims military targets, Kallas condemns, Poland scrambles jets, drones hit Kharkiv (2025-11-19).
- hm232-en-01: Biden ends his re-election bid and endorses Kamala Harris; the Clintons back her, Obama praises Biden without endorsing Harris, Trump and Johnson attack, Netanyahu's visit ahead (2024-07-21).
- hm232-en-02: The U.S. government shuts down after the Senate rejects the Republican stopgap; Thune refuses health-care talks, Trump and Vance threaten layoffs, Vought freezes New York rail money, the AFGE sues (2025-10-01).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm232-de-01 (Zaluzhnyi replaced by Syrskyi)
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
ZALUZHNYI = actor("Valerii Zaluzhnyi", "UKR", "MIL")
EUROSOL = actor("European Solidarity", "UKR", "OPP")
WHITE_HOUSE = actor("White House", "USA", "GOV")
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")
UKRAINE = actor("Ukraine", "UKR", "GOV")
UAE = actor("United Arab Emirates", "ARE", "GOV")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")

G1 = ("Kiew (AFP) - Der ukrainische Präsident Wolodymyr Selenskyj hat nach wochenlangen Spekulationen den "
      "Oberbefehlshaber der Armee, Walerij Saluschnyj, entlassen.")
G2 = ("Saluschnyj sei am Donnerstag zu einem Gespräch mit dem Staatschef in das Präsidialamt gekommen, hieß es in "
      "Kiew.")
G3 = ("Selenskyj dankte dem General in seiner abendlichen Videoansprache für zwei Jahre Verteidigung und bot ihm an, "
      "Teil seines Teams zu bleiben.")
G4 = ("Neuer Oberbefehlshaber wird der bisherige Heereskommandeur Olexander Syrskyj, der als Architekt der "
      "Verteidigung Kiews im Frühjahr 2022 gilt.")
G5 = "Verteidigungsminister Rustem Umjerow erklärte, die Armee brauche neue Ansätze und eine neue Strategie."
G6 = "Saluschnyj schrieb auf Telegram, die Aufgaben des Jahres 2022 unterschieden sich von denen des Jahres 2024."
G7 = "„Jeder muss sich ändern und an die neuen Realitäten anpassen“, fügte er hinzu."
G8 = ("Die Oppositionspartei Europäische Solidarität von Ex-Präsident Petro Poroschenko warf Selenskyj vor, die Armee "
      "mitten im Krieg zu schwächen.")
G9 = ("Kremlsprecher Dmitri Peskow sagte, der Wechsel werde am Verlauf der »militärischen Spezialoperation« nichts "
      "ändern.")
G10 = ("Das Weiße Haus sprach von einer souveränen Entscheidung Kiews und sicherte zu, eng mit der neuen "
       "Militärführung zusammenzuarbeiten.")
G11 = ("Am selben Tag tauschten Russland und die Ukraine unter Vermittlung der Vereinigten Arabischen Emirate jeweils "
       "100 Kriegsgefangene aus.")
G12 = "Selenskyj dankte den Emiraten für die Vermittlung."
G13 = "In der Nacht hatte Russland die Ukraine erneut mit Dutzenden Drohnen und Raketen angegriffen."
G14 = ("Saluschnyj ist in der Bevölkerung sehr beliebt, nach der gescheiterten Gegenoffensive im vergangenen Sommer "
       "hatten sich die Spannungen mit Selenskyj jedoch verschärft.")

DE01 = {
    "id": "hm232-de-01", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Selenskyj entlässt Armeechef Saluschnyj",
    "text": paragraphs([G1, G2, G3], [G4, G5, G6, G7], [G8, G9, G10], [G11, G12, G13, G14]),
    "events": [
        event("CONSULT", ZALUZHNYI, ZELENSKY, G2, mode="visit", date="2024-02-08", location="Kyiv",
              location_country="UKR"),
        event("SUPPORT", ZELENSKY, ZALUZHNYI, G3),
        event("AGREE", ZELENSKY, ZALUZHNYI, G3),
        event("ACCUSE", EUROSOL, ZELENSKY, G8, mode="disapprove"),
        event("AGREE", WHITE_HOUSE, UKR_MIL, G10),
        event("RETREAT", RUSSIA, UKRAINE, G11, mode="release", date="2024-02-08"),
        event("RETREAT", UKRAINE, RUSSIA, G11, mode="release", date="2024-02-08"),
        event("SUPPORT", ZELENSKY, UAE, G12),
        event("ASSAULT", RUS_MIL, UKRAINE, G13, mode="drone"),
    ],
    "quotes": [
        quote("Saluschnyj sei am Donnerstag zu einem Gespräch mit dem Staatschef in das Präsidialamt gekommen",
              "Office of the President of Ukraine", "indirect"),
        quote("die Armee brauche neue Ansätze und eine neue Strategie", "Rustem Umerov", "indirect"),
        quote("die Aufgaben des Jahres 2022 unterschieden sich von denen des Jahres 2024", "Valerii Zaluzhnyi",
              "indirect"),
        quote("Jeder muss sich ändern und an die neuen Realitäten anpassen", "Valerii Zaluzhnyi", "direct"),
        quote("militärischen Spezialoperation", "Dmitry Peskov", "direct"),
        quote("der Wechsel werde am Verlauf der »militärischen Spezialoperation« nichts ändern", "Dmitry Peskov",
              "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew", "Kiews"]),
        entity("Volodymyr Zelensky", "PER", "UKR",
               ["Der ukrainische Präsident Wolodymyr Selenskyj", "Selenskyj", "dem Staatschef"]),
        entity("Valerii Zaluzhnyi", "PER", "UKR", ["Walerij Saluschnyj", "Saluschnyj", "dem General"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["der Armee", "die Armee"]),
        entity("Office of the President of Ukraine", "ORG", "UKR", ["das Präsidialamt"]),
        entity("Oleksandr Syrskyi", "PER", "UKR", ["Olexander Syrskyj"]),
        entity("Rustem Umerov", "PER", "UKR", ["Verteidigungsminister Rustem Umjerow"]),
        entity("Telegram", "MISC", None, ["Telegram"]),
        entity("European Solidarity", "ORG", "UKR", ["Die Oppositionspartei Europäische Solidarität"]),
        entity("Petro Poroshenko", "PER", "UKR", ["Ex-Präsident Petro Poroschenko"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("United Arab Emirates", "LOC", "ARE", ["der Vereinigten Arabischen Emirate", "den Emiraten"]),
    ],
}

# ---------------------------------------------------------------- hm232-de-02 (UK general election 2024)
SUNAK = actor("Rishi Sunak", "GBR", "GOV")
STARMER = actor("Keir Starmer", "GBR", "GOV")
KING_CHARLES = actor("Charles III", "GBR", "GOV")
CONSERVATIVES = actor("Conservative Party", "GBR", "PTY")
LABOUR = actor("Labour Party", "GBR", "PTY")
FARAGE = actor("Nigel Farage", "GBR", "PTY")
BIDEN = actor("Joe Biden", "USA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
UK_GOV = actor("Government of the United Kingdom", "GBR", "GOV")

H1 = ("London (dpa) - Nach 14 Jahren konservativer Regierung hat die Labour-Partei die Parlamentswahl in "
      "Großbritannien mit einem Erdrutschsieg gewonnen.")
H2 = "Premierminister Rishi Sunak räumte noch in der Nacht seine Niederlage ein und gratulierte Labour-Chef Keir Starmer."
H3 = "„Die Briten haben heute Nacht ein ernüchterndes Urteil gefällt“, sagte Sunak in seinem Wahlkreis Richmond."
H4 = "Am Freitagvormittag reichte Sunak bei König Charles III. im Buckingham-Palast seinen Rücktritt ein."
H5 = "Anschließend empfing der Monarch Starmer und ernannte ihn zum neuen Regierungschef."
H6 = "„Die Arbeit des Wandels beginnt sofort“, sagte Starmer vor seinem neuen Amtssitz in der Downing Street."
H7 = ("Sunak entschuldigte sich bei den Anhängern seiner Partei und kündigte an, den Vorsitz der Konservativen "
      "abzugeben, sobald ein Nachfolger bestimmt sei.")
H8 = "Die Konservativen kamen nach den vorläufigen Ergebnissen nur noch auf 121 Sitze, Labour auf 412."
H9 = "Die rechtspopulistische Partei Reform UK von Nigel Farage zog mit fünf Abgeordneten ins Unterhaus ein."
H10 = "Farage warf beiden großen Parteien vor, den Kontakt zu den Wählern verloren zu haben."
H11 = "US-Präsident Joe Biden, Frankreichs Präsident Emmanuel Macron und Bundeskanzler Olaf Scholz gratulierten Starmer."
H12 = ("Biden kündigte an, den neuen Premierminister am Rande des Nato-Gipfels in der kommenden Woche im Weißen Haus "
       "zu empfangen.")
H13 = ("Der ukrainische Präsident Wolodymyr Selenskyj dankte London für die bisherige Unterstützung und bat die neue "
       "Regierung, daran festzuhalten.")
H14 = "Die Wahlbeteiligung lag mit rund 60 Prozent so niedrig wie seit mehr als zwei Jahrzehnten nicht mehr."

DE02 = {
    "id": "hm232-de-02", "lang": "de", "url": None, "published": "2024-07-05",
    "title": "Erdrutschsieg für Labour - Starmer wird Premierminister",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10], [H11, H12, H13, H14]),
    "events": [
        event("CONCEDE", SUNAK, STARMER, H2),
        event("SUPPORT", SUNAK, STARMER, H2),
        event("RETREAT", SUNAK, None, H4, mode="resign", date="2024-07-05", location="London",
              location_country="GBR"),
        event("CONSULT", SUNAK, KING_CHARLES, H4, mode="visit", date="2024-07-05", location="London",
              location_country="GBR"),
        event("CONSULT", STARMER, KING_CHARLES, H5, mode="visit", date="2024-07-05", location="London",
              location_country="GBR"),
        event("CONCEDE", SUNAK, CONSERVATIVES, H7),
        event("ACCUSE", FARAGE, LABOUR, H10, mode="disapprove"),
        event("ACCUSE", FARAGE, CONSERVATIVES, H10, mode="disapprove"),
        event("SUPPORT", BIDEN, STARMER, H11),
        event("SUPPORT", MACRON, STARMER, H11),
        event("SUPPORT", SCHOLZ, STARMER, H11),
        event("AGREE", BIDEN, STARMER, H12),
        event("SUPPORT", ZELENSKY, UK_GOV, H13),
        event("REQUEST", ZELENSKY, UK_GOV, H13, mode="assist"),
    ],
    "quotes": [
        quote("Die Briten haben heute Nacht ein ernüchterndes Urteil gefällt", "Rishi Sunak", "direct"),
        quote("Die Arbeit des Wandels beginnt sofort", "Keir Starmer", "direct"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["London"]),
        entity("Labour Party", "ORG", "GBR", ["die Labour-Partei", "Labour"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Rishi Sunak", "PER", "GBR", ["Premierminister Rishi Sunak", "Sunak"]),
        entity("Keir Starmer", "PER", "GBR", ["Labour-Chef Keir Starmer", "Starmer", "den neuen Premierminister"]),
        entity("Richmond", "LOC", "GBR", ["Richmond"]),
        entity("Charles III", "PER", "GBR", ["König Charles III.", "der Monarch"]),
        entity("Buckingham Palace", "LOC", "GBR", ["Buckingham-Palast"]),
        entity("Downing Street", "LOC", "GBR", ["Downing Street"]),
        entity("Conservative Party", "ORG", "GBR", ["der Konservativen", "Die Konservativen"]),
        entity("Reform UK", "ORG", "GBR", ["Die rechtspopulistische Partei Reform UK"]),
        entity("Nigel Farage", "PER", "GBR", ["Nigel Farage", "Farage"]),
        entity("House of Commons", "ORG", "GBR", ["Unterhaus"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("White House", "LOC", "USA", ["Weißen Haus"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["die neue Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm232-de-03 (NATO "Baltic Sentry", Helsinki)
NATO = actor("NATO", "IGO", "IGO")
RUTTE = actor("Mark Rutte", "IGO", "IGO")
STUBB = actor("Alexander Stubb", "FIN", "GOV")
MICHAL = actor("Kristen Michal", "EST", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
FIN_POLICE = actor("Finnish Police", "FIN", "COP")
EAGLE_CREW = actor("crew of the tanker Eagle S", "COK", "CVL")
EU_COMM = actor("European Commission", "EUR", "IGO")
SWEDEN = actor("Sweden", "SWE", "GOV")
EU = actor("European Union", "EUR", "IGO")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")

I1 = ("Helsinki (dpa) - Nach mutmaßlichen Sabotageakten an Kabeln in der Ostsee verstärkt die Nato ihre militärische "
      "Präsenz in dem Meer deutlich.")
I2 = ("Im Rahmen der Mission »Baltic Sentry« würden Fregatten, Seefernaufklärer und eine Flotte von Marinedrohnen "
      "entsandt, kündigte Generalsekretär Mark Rutte nach einem Gipfeltreffen der Ostsee-Anrainer in Helsinki an.")
I3 = ("Gastgeber des Treffens waren Finnlands Präsident Alexander Stubb und Estlands Regierungschef Kristen "
      "Michal.")
I4 = "Auch Bundeskanzler Olaf Scholz und der schwedische Ministerpräsident Ulf Kristersson reisten nach Helsinki."
I5 = "Am ersten Weihnachtstag war das Stromkabel Estlink 2 zwischen Finnland und Estland schwer beschädigt worden."
I6 = ("Die finnische Polizei verdächtigt die Besatzung des Öltankers »Eagle S«, das Kabel mit dem Schiffsanker "
      "beschädigt zu haben.")
I7 = "Gegen acht Besatzungsmitglieder verhängten die Ermittler ein Ausreiseverbot."
I8 = ("Die EU-Kommission rechnet den Tanker der sogenannten Schattenflotte zu, mit der Russland westliche Sanktionen "
      "gegen seine Ölexporte umgeht.")
I9 = "„Wir werden alles tun, um unsere kritische Infrastruktur zu schützen“, sagte Rutte."
I10 = "Moskau müsse wissen, dass die Allianz auf Angriffe auf Unterseekabel reagieren werde, warnte er."
I11 = "Scholz sagte, Deutschland werde sich mit Schiffen an der Mission beteiligen."
I12 = "Schweden sagte bis zu drei Kriegsschiffe und ein Aufklärungsflugzeug zu."
I13 = ("Michal forderte die EU auf, den Anrainerstaaten mehr Befugnisse zur Kontrolle verdächtiger Schiffe in "
       "internationalen Gewässern zu geben.")
I14 = ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, warf der Nato vor, die Ostsee in ein "
       "»Binnenmeer des Bündnisses« verwandeln zu wollen.")
I15 = "Moskau bestreitet jede Verantwortung für die Schäden an Kabeln und Leitungen in der Ostsee."

DE03 = {
    "id": "hm232-de-03", "lang": "de", "url": None, "published": "2025-01-14",
    "title": "Nato verstärkt Präsenz in der Ostsee",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8], [I9, I10, I11, I12, I13], [I14, I15]),
    "events": [
        event("MOBILIZE", NATO, None, I1, mode="weapons", location="Baltic Sea"),
        event("MOBILIZE", NATO, None, I2, mode="weapons", location="Baltic Sea"),
        event("CONSULT", SCHOLZ, STUBB, I4, mode="multilateral", date="2025-01-14", location="Helsinki",
              location_country="FIN"),
        event("CONSULT", KRISTERSSON, STUBB, I4, mode="multilateral", date="2025-01-14", location="Helsinki",
              location_country="FIN"),
        event("ACCUSE", FIN_POLICE, EAGLE_CREW, I6, mode="allege"),
        event("COERCE", FIN_POLICE, EAGLE_CREW, I7, mode="restrict"),
        event("ACCUSE", EU_COMM, RUSSIA, I8, mode="allege"),
        event("THREATEN", RUTTE, RUSSIA, I10),
        event("AGREE", SCHOLZ, NATO, I11),
        event("AGREE", SWEDEN, NATO, I12),
        event("REQUEST", MICHAL, EU, I13, mode="change"),
        event("ACCUSE", ZAKHAROVA, NATO, I14, mode="allege"),
    ],
    "quotes": [
        quote("Baltic Sentry", "Mark Rutte", "direct"),
        quote("Im Rahmen der Mission »Baltic Sentry« würden Fregatten, Seefernaufklärer und eine Flotte von "
              "Marinedrohnen entsandt", "Mark Rutte", "indirect"),
        quote("Wir werden alles tun, um unsere kritische Infrastruktur zu schützen", "Mark Rutte", "direct"),
        quote("Moskau müsse wissen, dass die Allianz auf Angriffe auf Unterseekabel reagieren werde", "Mark Rutte",
              "indirect"),
        quote("Deutschland werde sich mit Schiffen an der Mission beteiligen", "Olaf Scholz", "indirect"),
        quote("Binnenmeer des Bündnisses", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Helsinki", "LOC", "FIN", ["Helsinki"]),
        entity("Baltic Sea", "LOC", None, ["der Ostsee", "die Ostsee", "dem Meer"]),
        entity("NATO", "ORG", "IGO", ["die Nato", "der Nato", "die Allianz", "des Bündnisses"]),
        entity("Baltic Sentry", "MISC", "IGO", ["Baltic Sentry", "der Mission", "der Mission »Baltic Sentry«"]),
        entity("Mark Rutte", "PER", "IGO", ["Generalsekretär Mark Rutte", "Rutte"]),
        entity("Alexander Stubb", "PER", "FIN", ["Finnlands Präsident Alexander Stubb"]),
        entity("Kristen Michal", "PER", "EST", ["Estlands Regierungschef Kristen Michal", "Michal"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz", "Scholz"]),
        entity("Ulf Kristersson", "PER", "SWE", ["der schwedische Ministerpräsident Ulf Kristersson"]),
        entity("Estlink 2", "MISC", None, ["Estlink 2", "das Stromkabel Estlink 2"]),
        entity("Finland", "LOC", "FIN", ["Finnland"]),
        entity("Estonia", "LOC", "EST", ["Estland"]),
        entity("Finnish Police", "ORG", "FIN", ["Die finnische Polizei", "die Ermittler"]),
        entity("Eagle S", "MISC", "COK", ["Eagle S", "den Tanker"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Sweden", "LOC", "SWE", ["Schweden"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Maria Zakharova", "PER", "RUS", ["Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm232-de-04 (missile strike on Ternopil)
TERNOPIL_RES = actor("residents of Ternopil", "UKR", "CVL")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
USA = actor("United States", "USA", "GOV")
KALLAS = actor("Kaja Kallas", "EUR", "IGO")
POL_MIL = actor("Polish Armed Forces", "POL", "MIL")
KHARKIV_RES = actor("residents of Kharkiv", "UKR", "CVL")
SYBIHA = actor("Andrii Sybiha", "UKR", "GOV")

J1 = ("Ternopil (dpa) - Bei einem der schwersten russischen Angriffe auf die Westukraine seit Kriegsbeginn sind in "
      "der Stadt Ternopil mindestens 25 Menschen getötet worden.")
J2 = ("Von strategischen Bombern abgefeuerte Marschflugkörper trafen in der Nacht zwei Wohnhochhäuser mit neun und "
      "zehn Stockwerken.")
J3 = "Unter den Toten seien drei Kinder, teilte Innenminister Ihor Klymenko mit."
J4 = "Rettungskräfte suchten am Mittwoch in den Trümmern nach Dutzenden Vermissten."
J5 = ("Präsident Wolodymyr Selenskyj, der zu Gesprächen mit dem türkischen Staatschef Recep Tayyip Erdogan nach "
      "Ankara gereist war, sprach von einem »dreisten Angriff auf das normale Leben«.")
J6 = "Er forderte die USA und die EU auf, mehr Flugabwehrsysteme zu liefern und den Druck auf Moskau zu erhöhen."
J7 = "Erdogan bot an, erneut direkte Gespräche zwischen Russland und der Ukraine in Istanbul auszurichten."
J8 = ("Das russische Verteidigungsministerium erklärte, es habe mit Präzisionswaffen Betriebe der ukrainischen "
      "Rüstungsindustrie und Energieanlagen angegriffen.")
J9 = "Zivile Ziele seien nicht beschossen worden, hieß es in Moskau."
J10 = ("Die EU-Außenbeauftragte Kaja Kallas verurteilte den Angriff und kündigte weitere Sanktionen gegen Russland "
       "an.")
J11 = ("Polen ließ wegen der russischen Angriffe in der Westukraine Kampfjets aufsteigen und versetzte seine "
       "Luftabwehr in höchste Bereitschaft.")
J12 = "Russische Drohnen trafen zudem Wohnhäuser in Charkiw, mehrere Menschen wurden verletzt."
J13 = ("Außenminister Andrij Sybiha rief die EU auf, eingefrorene russische Vermögen endlich für die Verteidigung der "
       "Ukraine freizugeben.")
J14 = "In Ternopil wurde eine dreitägige Trauer ausgerufen."

DE04 = {
    "id": "hm232-de-04", "lang": "de", "url": None, "published": "2025-11-19",
    "title": "Viele Tote bei russischem Raketenangriff auf Ternopil",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10, J11], [J12, J13, J14]),
    "events": [
        event("ASSAULT", RUS_MIL, TERNOPIL_RES, J1, location="Ternopil", location_country="UKR"),
        event("ASSAULT", RUS_MIL, TERNOPIL_RES, J2, mode="aerial", location="Ternopil", location_country="UKR"),
        event("CONSULT", ZELENSKY, ERDOGAN, J5, mode="visit", location="Ankara", location_country="TUR"),
        event("ACCUSE", ZELENSKY, RUSSIA, J5, mode="disapprove"),
        event("REQUEST", ZELENSKY, USA, J6, mode="assist"),
        event("REQUEST", ZELENSKY, EU, J6, mode="assist"),
        event("AGREE", ERDOGAN, RUSSIA, J7),
        event("AGREE", ERDOGAN, UKRAINE, J7),
        event("ASSAULT", RUS_MIL, UKRAINE, J8),
        event("ACCUSE", KALLAS, RUSSIA, J10, mode="disapprove"),
        event("THREATEN", KALLAS, RUSSIA, J10),
        event("MOBILIZE", POL_MIL, None, J11, mode="weapons"),
        event("ASSAULT", RUS_MIL, KHARKIV_RES, J12, mode="drone", location="Kharkiv", location_country="UKR"),
        event("REQUEST", SYBIHA, EU, J13, mode="assist"),
    ],
    "quotes": [
        quote("Unter den Toten seien drei Kinder", "Ihor Klymenko", "indirect"),
        quote("dreisten Angriff auf das normale Leben", "Volodymyr Zelensky", "direct"),
        quote("es habe mit Präzisionswaffen Betriebe der ukrainischen Rüstungsindustrie und Energieanlagen angegriffen",
              "Ministry of Defence of Russia", "indirect"),
        quote("Zivile Ziele seien nicht beschossen worden", "Ministry of Defence of Russia", "indirect"),
    ],
    "entities": [
        entity("Ternopil", "LOC", "UKR", ["der Stadt Ternopil", "Ternopil"]),
        entity("Western Ukraine", "LOC", "UKR", ["die Westukraine", "der Westukraine"]),
        entity("Ihor Klymenko", "PER", "UKR", ["Innenminister Ihor Klymenko"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["dem türkischen Staatschef Recep Tayyip Erdogan", "Erdogan"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("European Union", "ORG", "EUR", ["die EU"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
        entity("Ukraine", "LOC", "UKR", ["der Ukraine"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das russische Verteidigungsministerium"]),
        entity("Kaja Kallas", "PER", "EUR", ["Die EU-Außenbeauftragte Kaja Kallas"]),
        entity("Poland", "LOC", "POL", ["Polen"]),
        entity("Kharkiv", "LOC", "UKR", ["Charkiw"]),
        entity("Andrii Sybiha", "PER", "UKR", ["Außenminister Andrij Sybiha"]),
    ],
}

# ---------------------------------------------------------------- hm232-en-01 (Biden ends his re-election bid)
HARRIS = actor("Kamala Harris", "USA", "GOV")
TRUMP_CAND = actor("Donald Trump", "USA", "PTY")
DEM_LAWMAKERS = actor("Democratic members of Congress", "USA", "LEG")
B_CLINTON = actor("Bill Clinton", "USA", "PTY")
H_CLINTON = actor("Hillary Clinton", "USA", "PTY")
OBAMA = actor("Barack Obama", "USA", "PTY")
M_JOHNSON = actor("Mike Johnson", "USA", "LEG")
TRUMP_CAMPAIGN = actor("Trump campaign", "USA", "PTY")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")

K1 = ("WASHINGTON, July 21 (Reuters) - President Joe Biden abandoned his re-election bid on Sunday and endorsed Vice "
      "President Kamala Harris as the Democratic candidate against Republican Donald Trump, bowing to weeks of "
      "pressure from his own party.")
K2 = ("\"I believe it is in the best interest of my party and the country for me to stand down,\" Biden wrote in a "
      "letter posted on X.")
K3 = "He said he would address the nation later this week to explain his decision."
K4 = ("More than 30 Democratic members of Congress had publicly urged Biden to step aside after his halting debate "
      "performance against Trump on June 27.")
K5 = "Harris thanked Biden for his service and said she intended \"to earn and win\" the nomination."
K6 = "Former President Bill Clinton and former Secretary of State Hillary Clinton endorsed Harris within hours."
K7 = ("Former President Barack Obama praised Biden as \"a patriot of the highest order\" but stopped short of backing "
      "Harris.")
K8 = "Trump told CNN that Biden was \"not fit to run\" and that Harris would be even easier to beat."
K9 = ("House Speaker Mike Johnson, a Republican, said Biden should resign the presidency immediately if he was unable "
      "to run.")
K10 = "The Trump campaign accused Harris of having covered up Biden's mental decline."
K11 = ("Democratic National Committee Chairman Jaime Harrison said the party would choose its new nominee in a "
       "\"transparent and orderly\" process.")
K12 = ("Biden, 81, tested positive for COVID-19 last week and has been isolating at his beach house in Rehoboth Beach, "
       "Delaware.")
K13 = ("Israeli Prime Minister Benjamin Netanyahu, who arrives in Washington on Monday, is still due to meet Biden at "
       "the White House this week.")
K14 = "Biden is the first sitting president since Lyndon Johnson in 1968 to give up a bid for a second full term."

EN01 = {
    "id": "hm232-en-01", "lang": "en", "url": None, "published": "2024-07-21",
    "title": "Biden drops out of 2024 race, endorses Harris",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9, K10, K11], [K12, K13, K14]),
    "events": [
        event("RETREAT", BIDEN, None, K1, date="2024-07-21"),
        event("SUPPORT", BIDEN, HARRIS, K1, date="2024-07-21"),
        event("REQUEST", DEM_LAWMAKERS, BIDEN, K4, mode="change"),
        event("SUPPORT", HARRIS, BIDEN, K5),
        event("SUPPORT", B_CLINTON, HARRIS, K6),
        event("SUPPORT", H_CLINTON, HARRIS, K6),
        event("SUPPORT", OBAMA, BIDEN, K7),
        event("SUPPORT", OBAMA, HARRIS, K7, negated=True),
        event("ACCUSE", TRUMP_CAND, BIDEN, K8, mode="disapprove"),
        event("ACCUSE", TRUMP_CAND, HARRIS, K8, mode="disapprove"),
        event("REQUEST", M_JOHNSON, BIDEN, K9, mode="change"),
        event("ACCUSE", TRUMP_CAMPAIGN, HARRIS, K10, mode="allege"),
        event("AGREE", NETANYAHU, BIDEN, K13, location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("I believe it is in the best interest of my party and the country for me to stand down", "Joe Biden",
              "direct"),
        quote("he would address the nation later this week to explain his decision", "Joe Biden", "indirect"),
        quote("to earn and win", "Kamala Harris", "direct"),
        quote("she intended \"to earn and win\" the nomination", "Kamala Harris", "indirect"),
        quote("a patriot of the highest order", "Barack Obama", "direct"),
        quote("not fit to run", "Donald Trump", "direct"),
        quote("Biden was \"not fit to run\" and that Harris would be even easier to beat", "Donald Trump", "indirect"),
        quote("Biden should resign the presidency immediately if he was unable to run", "Mike Johnson", "indirect"),
        quote("transparent and orderly", "Jaime Harrison", "direct"),
        quote("the party would choose its new nominee in a \"transparent and orderly\" process", "Jaime Harrison",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON", "Washington"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Kamala Harris", "PER", "USA", ["Vice President Kamala Harris", "Harris"]),
        entity("Donald Trump", "PER", "USA", ["Republican Donald Trump", "Trump"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("Bill Clinton", "PER", "USA", ["Former President Bill Clinton"]),
        entity("Hillary Clinton", "PER", "USA", ["former Secretary of State Hillary Clinton"]),
        entity("Barack Obama", "PER", "USA", ["Former President Barack Obama"]),
        entity("CNN", "ORG", "USA", ["CNN"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
        entity("Trump campaign", "ORG", "USA", ["The Trump campaign"]),
        entity("Democratic National Committee", "ORG", "USA", ["Democratic National Committee"]),
        entity("Jaime Harrison", "PER", "USA", ["Chairman Jaime Harrison"]),
        entity("Rehoboth Beach", "LOC", "USA", ["Rehoboth Beach"]),
        entity("Delaware", "LOC", "USA", ["Delaware"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("Lyndon Johnson", "PER", "USA", ["Lyndon Johnson"]),
    ],
}

# ---------------------------------------------------------------- hm232-en-02 (U.S. government shutdown)
SEN_DEMS = actor("Senate Democrats", "USA", "LEG")
SEN_GOP = actor("Senate Republicans", "USA", "LEG")
CONG_DEMS = actor("Democrats in Congress", "USA", "LEG")
CONG_GOP = actor("Republicans in Congress", "USA", "LEG")
THUNE = actor("John Thune", "USA", "LEG")
SCHUMER = actor("Chuck Schumer", "USA", "LEG")
TRUMP_PRES = actor("Donald Trump", "USA", "GOV")
FED_WORKERS = actor("U.S. federal employees", "USA", "CVL")
VOUGHT = actor("Russ Vought", "USA", "GOV")
NYC = actor("New York City", "USA", "GOV")
JEFFRIES = actor("Hakeem Jeffries", "USA", "LEG")
AFGE = actor("American Federation of Government Employees", "USA", "LAB")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
VANCE = actor("JD Vance", "USA", "GOV")

L1 = ("WASHINGTON, Oct 1 (Reuters) - The U.S. government shut down on Wednesday for the first time in nearly seven "
      "years after Congress failed to agree on funding, leaving hundreds of thousands of federal workers without "
      "pay.")
L2 = ("A Republican stopgap bill fell short of the 60 votes it needed in the Senate late on Tuesday, as nearly all "
      "Democrats voted against it.")
L3 = "Democrats are demanding that any deal extend health insurance subsidies that expire at the end of the year."
L4 = ("Senate Majority Leader John Thune said Republicans would not negotiate on health care while the government "
      "remained closed.")
L5 = ("Senate Democratic leader Chuck Schumer blamed Trump for the shutdown, saying the president had refused for "
      "months to sit down with Democrats.")
L6 = ("Trump warned that his administration could use the shutdown to make \"irreversible\" cuts, including "
      "eliminating programs Democrats favor and laying off federal employees.")
L7 = ("White House budget director Russ Vought put about $18 billion in infrastructure funding for New York City on "
      "hold, including money for a new rail tunnel under the Hudson River.")
L8 = "Vought said the projects were under review over concerns about race-based contracting."
L9 = ("Schumer and House Democratic leader Hakeem Jeffries, both New Yorkers, condemned the move as political "
      "retaliation.")
L10 = "About 750,000 federal employees could be furloughed each day, according to the Congressional Budget Office."
L11 = ("The American Federation of Government Employees, the largest federal workers' union, sued the administration "
       "on Tuesday to block plans for mass layoffs during a shutdown.")
L12 = "Vice President JD Vance told reporters that some layoffs were likely if the standoff dragged on."
L13 = "The Senate is scheduled to vote again on Wednesday on both the Republican measure and a rival Democratic plan."
L14 = "National parks remained largely open, but the Smithsonian museums said they could close within days."

EN02 = {
    "id": "hm232-en-02", "lang": "en", "url": None, "published": "2025-10-01",
    "title": "U.S. government shuts down as Senate deadlock drags on",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9], [L10, L11, L12], [L13, L14]),
    "events": [
        event("REJECT", SEN_DEMS, SEN_GOP, L2, date="2025-09-30"),
        event("REQUEST", CONG_DEMS, CONG_GOP, L3, mode="change"),
        event("REJECT", THUNE, CONG_DEMS, L4, mode="meet"),
        event("ACCUSE", SCHUMER, TRUMP_PRES, L5, mode="disapprove"),
        event("THREATEN", TRUMP_PRES, CONG_DEMS, L6),
        event("THREATEN", TRUMP_PRES, FED_WORKERS, L6),
        event("SANCTION", VOUGHT, NYC, L7, mode="discontinue"),
        event("ACCUSE", SCHUMER, VOUGHT, L9, mode="disapprove"),
        event("ACCUSE", JEFFRIES, VOUGHT, L9, mode="disapprove"),
        event("ACCUSE", AFGE, TRUMP_ADMIN, L11, mode="allege", date="2025-09-30"),
        event("THREATEN", VANCE, FED_WORKERS, L12),
    ],
    "quotes": [
        quote("Republicans would not negotiate on health care while the government remained closed", "John Thune",
              "indirect"),
        quote("the president had refused for months to sit down with Democrats", "Chuck Schumer", "indirect"),
        quote("irreversible", "Donald Trump", "direct"),
        quote("his administration could use the shutdown to make \"irreversible\" cuts, including eliminating programs "
              "Democrats favor and laying off federal employees", "Donald Trump", "indirect"),
        quote("the projects were under review over concerns about race-based contracting", "Russ Vought", "indirect"),
        quote("About 750,000 federal employees could be furloughed each day", "Congressional Budget Office",
              "indirect"),
        quote("some layoffs were likely if the standoff dragged on", "JD Vance", "indirect"),
        quote("they could close within days", "Smithsonian Institution", "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("United States government", "ORG", "USA", ["The U.S. government", "the government"]),
        entity("United States Congress", "ORG", "USA", ["Congress"]),
        entity("United States Senate", "ORG", "USA", ["the Senate", "The Senate"]),
        entity("Democratic Party", "ORG", "USA", ["Democrats"]),
        entity("Republican Party", "ORG", "USA", ["Republicans"]),
        entity("John Thune", "PER", "USA", ["Senate Majority Leader John Thune"]),
        entity("Chuck Schumer", "PER", "USA", ["Senate Democratic leader Chuck Schumer", "Schumer"]),
        entity("Donald Trump", "PER", "USA", ["Trump", "the president"]),
        entity("Russ Vought", "PER", "USA", ["White House budget director Russ Vought", "Vought"]),
        entity("New York City", "LOC", "USA", ["New York City"]),
        entity("Hudson River", "LOC", "USA", ["the Hudson River"]),
        entity("Hakeem Jeffries", "PER", "USA", ["House Democratic leader Hakeem Jeffries"]),
        entity("Congressional Budget Office", "ORG", "USA", ["the Congressional Budget Office"]),
        entity("American Federation of Government Employees", "ORG", "USA",
               ["The American Federation of Government Employees", "the largest federal workers' union"]),
        entity("Trump administration", "ORG", "USA", ["the administration", "his administration"]),
        entity("JD Vance", "PER", "USA", ["Vice President JD Vance"]),
        entity("Smithsonian Institution", "ORG", "USA", ["the Smithsonian museums"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
