"""Round 56: six blind hand-made articles (4 German, 2 English), written 2026-11-30.

Stories (invented wire-style reports on real 2023-2025 settings):
- hm56-de-01: Blinken signs the US defence cooperation agreement in Port Moresby, students protest,
  Modi holds a Pacific summit there the same day (2023-05-22).
- hm56-de-02: Burkina Faso frees two Ivorian gendarmes after Togolese mediation (2024-12-19).
- hm56-de-03: Iranian border guards and Taliban fighters clash over the Helmand water dispute (2023-05-28).
- hm56-de-04: Poland summons Israel's ambassador after a Polish World Central Kitchen worker is killed
  in Gaza (2024-04-03).
- hm56-en-01: Iran and Sweden swap prisoners (Floderus, Azizi, Nouri) in an Oman-brokered deal (2024-06-15).
- hm56-en-02: Bolivia breaks off relations with Israel, Chile and Colombia recall their ambassadors
  (2023-10-31).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm56-de-01 (USA / Papua New Guinea)
A1_S1 = ("US-Außenminister Antony Blinken und Papua-Neuguineas Verteidigungsminister Win Bakri Daki haben "
         "am Montag in Port Moresby ein Verteidigungsabkommen unterzeichnet.")
A1_S2 = ("Es gewährt US-Streitkräften Zugang zu sechs Häfen und Flughäfen des Pazifikstaates, darunter dem "
         "Marinestützpunkt Lombrum auf der Insel Manus.")
A1_S3 = ("Blinken vertrat Präsident Joe Biden, der seine Reise wegen des Schuldenstreits in Washington "
         "abgesagt hatte.")
A1_S4 = ("Premierminister James Marape sagte, das Abkommen sei »im Interesse unseres Landes« und beschneide "
         "nicht die Souveränität.")
A1_S5 = ("Hunderte Studenten protestierten am Montag in Lae gegen den Vertrag und warfen der Regierung vor, "
         "ihn im Geheimen ausgehandelt zu haben.")
A1_S6 = "Die Polizei löste die Kundgebung nach Augenzeugenberichten mit Tränengas auf."
A1_S7 = "Peking warf Washington »geopolitische Spiele« im Pazifik vor."
A1_S8 = "Marape empfing am selben Tag auch den indischen Premierminister Narendra Modi."
A1_S9 = ("Modi sagte Papua-Neuguinea dabei den Bau eines Krankenhauses und Hilfe bei der Ausbildung von "
         "Ärzten zu.")

BLINKEN = actor("Antony Blinken", "USA", "GOV")
DAKI = actor("Win Bakri Daki", "PNG", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
PNG_GOV = actor("Papua New Guinea", "PNG", "GOV")
STUDENTS = actor("Students", "PNG", "CVL")
PNG_POL = actor("Royal Papua New Guinea Constabulary", "PNG", "COP")
CHN_GOV = actor("China", "CHN", "GOV")
USA_GOV = actor("United States", "USA", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
MARAPE = actor("James Marape", "PNG", "GOV")

ART1 = {
    "id": "hm56-de-01", "lang": "de", "url": None, "published": "2023-05-22",
    "title": "USA und Papua-Neuguinea unterzeichnen Verteidigungsabkommen",
    "text": paragraphs([A1_S1, A1_S2, A1_S3], [A1_S4, A1_S5, A1_S6], [A1_S7, A1_S8, A1_S9]),
    "events": [
        event("CONSULT", BLINKEN, DAKI, A1_S1, mode="visit", date="2023-05-22", location="Port Moresby",
              location_country="PNG"),
        event("SUPPORT", BLINKEN, DAKI, A1_S1, date="2023-05-22", location="Port Moresby",
              location_country="PNG"),
        event("REJECT", BIDEN, PNG_GOV, A1_S3, mode="meet"),
        event("PROTEST", STUDENTS, PNG_GOV, A1_S5, mode="demo", date="2023-05-22", location="Lae",
              location_country="PNG"),
        event("ACCUSE", STUDENTS, PNG_GOV, A1_S5, mode="allege", date="2023-05-22"),
        event("ASSAULT", PNG_POL, STUDENTS, A1_S6, mode="crowd-control", location="Lae", location_country="PNG"),
        event("ACCUSE", CHN_GOV, USA_GOV, A1_S7, mode="disapprove"),
        event("CONSULT", MODI, MARAPE, A1_S8, mode="visit", date="2023-05-22", location="Port Moresby",
              location_country="PNG"),
        event("AGREE", MODI, PNG_GOV, A1_S9, date="2023-05-22"),
    ],
    "quotes": [
        quote("das Abkommen sei »im Interesse unseres Landes« und beschneide nicht die Souveränität",
              "James Marape", "indirect"),
        quote("im Interesse unseres Landes", "James Marape", "direct"),
        quote("ihn im Geheimen ausgehandelt zu haben", "Students", "indirect"),
        quote("Die Polizei löste die Kundgebung nach Augenzeugenberichten mit Tränengas auf", "Witnesses",
              "indirect"),
        quote("geopolitische Spiele", "China", "direct"),
    ],
    "entities": [
        entity("Antony Blinken", "PER", "USA", ["US-Außenminister Antony Blinken", "Blinken"]),
        entity("Win Bakri Daki", "PER", "PNG", ["Papua-Neuguineas Verteidigungsminister Win Bakri Daki"]),
        entity("Port Moresby", "LOC", "PNG", ["Port Moresby"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua-Neuguineas", "des Pazifikstaates", "Papua-Neuguinea",
                                                  "unseres Landes"]),
        entity("United States Armed Forces", "ORG", "USA", ["US-Streitkräften"]),
        entity("Lombrum Naval Base", "LOC", "PNG", ["dem Marinestützpunkt Lombrum"]),
        entity("Manus", "LOC", "PNG", ["der Insel Manus"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("James Marape", "PER", "PNG", ["Premierminister James Marape", "Marape"]),
        entity("Students", "PER", "PNG", ["Hunderte Studenten"]),
        entity("Lae", "LOC", "PNG", ["Lae"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["der Regierung"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["Die Polizei"]),
        entity("China", "GPE", "CHN", ["Peking"]),
        entity("Pacific", "LOC", None, ["im Pazifik"]),
        entity("Narendra Modi", "PER", "IND", ["den indischen Premierminister Narendra Modi", "Modi"]),
    ],
}

# ---------------------------------------------------------------- hm56-de-02 (Burkina Faso / Côte d'Ivoire)
A2_S1 = "Burkina Faso hat zwei seit mehr als einem Jahr festgehaltene Gendarmen aus der Elfenbeinküste freigelassen."
A2_S2 = ("Die beiden Männer seien am Donnerstag in Lomé an ivorische Behörden übergeben worden, teilte die "
         "togoische Präsidentschaft mit.")
A2_S3 = "Togos Präsident Faure Gnassingbé hatte monatelang zwischen den beiden Nachbarländern vermittelt."
A2_S4 = "Die Gendarmen waren im September 2023 auf burkinischem Gebiet festgenommen worden."
A2_S5 = ("Abidjan zufolge hatten sie versehentlich die Grenze überquert, als sie einen Verdächtigen "
         "verfolgten.")
A2_S6 = ("Die Militärregierung in Ouagadougou hatte ihnen Spionage vorgeworfen und Abidjan beschuldigt, "
         "Gegner der Junta zu beherbergen.")
A2_S7 = "Der ivorische Präsident Alassane Ouattara dankte Gnassingbé für seine »unermüdliche Vermittlung«."
A2_S8 = "Beide Regierungen vereinbarten zudem, eine gemeinsame Kommission für die Grenzsicherheit einzurichten."
A2_S10 = "Die Beziehungen zwischen den Nachbarn sind seit dem Militärputsch in Burkina Faso 2022 angespannt."
A2_S9 = "„Wir wollen gute Nachbarn bleiben“, sagte der burkinische Regierungssprecher Jean Emmanuel Ouédraogo."

BFA = actor("Burkina Faso", "BFA", "GOV")
CIV = actor("Côte d'Ivoire", "CIV", "GOV")
GENDARMES = actor("Ivorian gendarmes", "CIV", "COP")
GNASSINGBE = actor("Faure Gnassingbé", "TGO", "GOV")
OUATTARA = actor("Alassane Ouattara", "CIV", "GOV")

ART2 = {
    "id": "hm56-de-02", "lang": "de", "url": None, "published": "2024-12-19",
    "title": "Burkina Faso lässt festgehaltene ivorische Gendarmen frei",
    "text": paragraphs([A2_S1, A2_S2, A2_S3], [A2_S4, A2_S5, A2_S6], [A2_S7, A2_S8, A2_S9, A2_S10]),
    "events": [
        event("RETREAT", BFA, GENDARMES, A2_S1, mode="release"),
        event("RETREAT", BFA, GENDARMES, A2_S2, mode="release", date="2024-12-19", location="Lomé",
              location_country="TGO"),
        event("CONSULT", GNASSINGBE, BFA, A2_S3),
        event("CONSULT", GNASSINGBE, CIV, A2_S3),
        event("COERCE", BFA, GENDARMES, A2_S4, mode="arrest", location_country="BFA"),
        event("ACCUSE", BFA, GENDARMES, A2_S6, mode="allege"),
        event("ACCUSE", BFA, CIV, A2_S6, mode="allege"),
        event("SUPPORT", OUATTARA, GNASSINGBE, A2_S7),
        event("AGREE", BFA, CIV, A2_S8),
    ],
    "quotes": [
        quote("Die beiden Männer seien am Donnerstag in Lomé an ivorische Behörden übergeben worden",
              "Presidency of Togo", "indirect"),
        quote("hatten sie versehentlich die Grenze überquert, als sie einen Verdächtigen verfolgten",
              "Côte d'Ivoire", "indirect"),
        quote("Gegner der Junta zu beherbergen", "Burkina Faso", "indirect"),
        quote("unermüdliche Vermittlung", "Alassane Ouattara", "direct"),
        quote("Wir wollen gute Nachbarn bleiben", "Jean Emmanuel Ouédraogo", "direct"),
    ],
    "entities": [
        entity("Burkina Faso", "GPE", "BFA", ["Burkina Faso", "burkinischem Gebiet", "Ouagadougou"]),
        entity("Ivorian gendarmes", "PER", "CIV", ["zwei seit mehr als einem Jahr festgehaltene Gendarmen",
                                                   "Die beiden Männer", "Die Gendarmen", "sie", "ihnen"]),
        entity("Côte d'Ivoire", "GPE", "CIV", ["der Elfenbeinküste", "Abidjan"]),
        entity("Lomé", "LOC", "TGO", ["Lomé"]),
        entity("Ivorian authorities", "ORG", "CIV", ["ivorische Behörden"]),
        entity("Presidency of Togo", "ORG", "TGO", ["die togoische Präsidentschaft"]),
        entity("Faure Gnassingbé", "PER", "TGO", ["Togos Präsident Faure Gnassingbé", "Gnassingbé", "seine"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Militärregierung in Ouagadougou", "der Junta"]),
        entity("Alassane Ouattara", "PER", "CIV", ["Der ivorische Präsident Alassane Ouattara"]),
        entity("Jean Emmanuel Ouédraogo", "PER", "BFA", ["der burkinische Regierungssprecher Jean Emmanuel Ouédraogo"]),
    ],
}

# ---------------------------------------------------------------- hm56-de-03 (Iran / Taliban, Helmand)
A3_S1 = ("Bei Gefechten zwischen iranischen Grenzschützern und Taliban-Kämpfern sind am Samstag an der "
         "Grenze zwischen Iran und Afghanistan mindestens drei Menschen getötet worden.")
A3_S2 = ("Nach Angaben der iranischen Polizei starben zwei Grenzschützer; die Taliban meldeten einen Toten "
         "in ihren Reihen.")
A3_S3 = "Beide Seiten warfen sich gegenseitig vor, das Feuer eröffnet zu haben."
A3_S4 = ("Irans Präsident Ebrahim Raisi hatte die Taliban in der Vorwoche aufgefordert, die Wasserrechte "
         "seines Landes am Fluss Helmand zu respektieren, und mit Konsequenzen gedroht.")
A3_S5 = "»Nehmen Sie meine Worte ernst«, hatte er bei einem Besuch in der Grenzprovinz Sistan und Belutschistan gesagt."
A3_S6 = "Taliban-Sprecher Sabihullah Mudschahid sagte, Kabul wolle keinen Krieg mit seinen Nachbarn."
A3_S7 = ("Die Taliban verlegten nach Augenzeugenberichten zusätzliche Kämpfer und Fahrzeuge in die "
         "Grenzprovinz Nimrus.")
A3_S8 = "Katar bot an, zwischen beiden Seiten zu vermitteln."

IRN_BG = actor("Iranian Border Guard", "IRN", "MIL")
TAL_MIL = actor("Taliban", "AFG", "MIL")
IRN = actor("Iran", "IRN", "GOV")
TAL = actor("Taliban", "AFG", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
QAT = actor("Qatar", "QAT", "GOV")

ART3 = {
    "id": "hm56-de-03", "lang": "de", "url": None, "published": "2023-05-28",
    "title": "Tote bei Gefechten zwischen Iran und Taliban an der Grenze",
    "text": paragraphs([A3_S1, A3_S2, A3_S3], [A3_S4, A3_S5, A3_S6], [A3_S7, A3_S8]),
    "events": [
        event("ASSAULT", IRN_BG, TAL_MIL, A3_S1, date="2023-05-27"),
        event("ASSAULT", TAL_MIL, IRN_BG, A3_S1, date="2023-05-27"),
        event("ACCUSE", IRN, TAL, A3_S3, mode="allege"),
        event("ACCUSE", TAL, IRN, A3_S3, mode="allege"),
        event("REQUEST", RAISI, TAL, A3_S4, mode="change"),
        event("THREATEN", RAISI, TAL, A3_S4),
        event("THREATEN", RAISI, TAL, A3_S5, location="Sistan and Baluchestan", location_country="IRN"),
        event("MOBILIZE", TAL_MIL, None, A3_S7, mode="troops", location="Nimruz", location_country="AFG"),
        event("AGREE", QAT, IRN, A3_S8),
        event("AGREE", QAT, TAL, A3_S8),
    ],
    "quotes": [
        quote("starben zwei Grenzschützer", "Law Enforcement Command of Iran", "indirect"),
        quote("das Feuer eröffnet zu haben", "Iran", "indirect"),
        quote("das Feuer eröffnet zu haben", "Taliban", "indirect"),
        quote("Nehmen Sie meine Worte ernst", "Ebrahim Raisi", "direct"),
        quote("Kabul wolle keinen Krieg mit seinen Nachbarn", "Zabihullah Mujahid", "indirect"),
        quote("Die Taliban verlegten nach Augenzeugenberichten zusätzliche Kämpfer und Fahrzeuge in die "
              "Grenzprovinz Nimrus", "Witnesses", "indirect"),
    ],
    "entities": [
        entity("Iranian Border Guard", "ORG", "IRN", ["iranischen Grenzschützern", "zwei Grenzschützer"]),
        entity("Taliban", "ORG", "AFG", ["Taliban-Kämpfern", "die Taliban", "Die Taliban", "ihren Reihen",
                                         "Kabul"]),
        entity("Iran", "GPE", "IRN", ["Iran", "Irans", "seines Landes"]),
        entity("Afghanistan", "GPE", "AFG", ["Afghanistan"]),
        entity("Law Enforcement Command of Iran", "ORG", "IRN", ["der iranischen Polizei"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Irans Präsident Ebrahim Raisi", "er"]),
        entity("Helmand River", "LOC", None, ["Fluss Helmand"]),
        entity("Sistan and Baluchestan", "LOC", "IRN", ["der Grenzprovinz Sistan und Belutschistan"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban-Sprecher Sabihullah Mudschahid"]),
        entity("Nimruz", "LOC", "AFG", ["die Grenzprovinz Nimrus"]),
        entity("Qatar", "GPE", "QAT", ["Katar"]),
    ],
}

# ---------------------------------------------------------------- hm56-de-04 (Poland / Israel, WCK)
A4_S1 = ("Nach dem Tod eines polnischen Helfers bei einem israelischen Luftangriff im Gazastreifen hat Polen "
         "den israelischen Botschafter Jakov Livne einbestellt.")
A4_S2 = ("Bei dem Angriff auf einen Konvoi der Hilfsorganisation World Central Kitchen waren am Montagabend "
         "in Deir al-Balah sieben Mitarbeiter getötet worden.")
A4_S3 = "Die israelische Armee räumte einen »schweren Fehler« ein."
A4_S4 = ("Ministerpräsident Donald Tusk verlangte von Israel eine »schnelle und transparente« Untersuchung "
         "und eine Entschädigung für die Familie.")
A4_S5 = "Die Geduld vieler Polen sei erschöpft, schrieb er an Regierungschef Benjamin Netanjahu gerichtet."
A4_S6 = ("Netanjahu hatte erklärt, die Armee habe »unbeabsichtigt« Unschuldige getroffen, und eine "
         "Untersuchung angekündigt.")
A4_S7 = "Präsident Andrzej Duda nannte Äußerungen Livnes zu dem Vorfall »skandalös«."
A4_S8 = "World Central Kitchen setzte seine Arbeit in Gaza nach dem Angriff vorerst aus."
A4_S9 = "UN-Generalsekretär António Guterres forderte eine unabhängige Untersuchung."

POL = actor("Poland", "POL", "GOV")
ISR = actor("Israel", "ISR", "GOV")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
WCK = actor("World Central Kitchen", "NGO", "NGO")
TUSK = actor("Donald Tusk", "POL", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
DUDA = actor("Andrzej Duda", "POL", "GOV")
LIVNE = actor("Yacov Livne", "ISR", "GOV")
GAZA_CIV = actor("Palestinians in Gaza", "PSE", "CVL")
GUTERRES = actor("António Guterres", "UNO", "IGO")

ART4 = {
    "id": "hm56-de-04", "lang": "de", "url": None, "published": "2024-04-03",
    "title": "Polen bestellt nach Tod eines Helfers in Gaza israelischen Botschafter ein",
    "text": paragraphs([A4_S1, A4_S2, A4_S3], [A4_S4, A4_S5, A4_S6], [A4_S7, A4_S8, A4_S9]),
    "events": [
        event("ACCUSE", POL, ISR, A4_S1, mode="disapprove"),
        event("ASSAULT", IDF, WCK, A4_S1, mode="aerial", location="Gaza Strip", location_country="PSE"),
        event("ASSAULT", IDF, WCK, A4_S2, mode="aerial", date="2024-04-01", location="Deir al-Balah",
              location_country="PSE"),
        event("CONCEDE", IDF, None, A4_S3),
        event("REQUEST", TUSK, ISR, A4_S4),
        event("ACCUSE", TUSK, NETANYAHU, A4_S5, mode="disapprove"),
        event("CONCEDE", NETANYAHU, None, A4_S6),
        event("ACCUSE", NETANYAHU, IDF, A4_S6, mode="investigate"),
        event("ACCUSE", DUDA, LIVNE, A4_S7, mode="disapprove"),
        event("SANCTION", WCK, GAZA_CIV, A4_S8, mode="withdraw", location="Gaza Strip", location_country="PSE"),
        event("REQUEST", GUTERRES, None, A4_S9),
    ],
    "quotes": [
        quote("schweren Fehler", "Israel Defense Forces", "direct"),
        quote("schnelle und transparente", "Donald Tusk", "direct"),
        quote("Die Geduld vieler Polen sei erschöpft", "Donald Tusk", "indirect"),
        quote("die Armee habe »unbeabsichtigt« Unschuldige getroffen", "Benjamin Netanyahu", "indirect"),
        quote("unbeabsichtigt", "Benjamin Netanyahu", "direct"),
        quote("skandalös", "Andrzej Duda", "direct"),
    ],
    "entities": [
        entity("Polish aid worker", "PER", "POL", ["eines polnischen Helfers"]),
        entity("Gaza Strip", "LOC", "PSE", ["im Gazastreifen", "Gaza"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Yacov Livne", "PER", "ISR", ["den israelischen Botschafter Jakov Livne", "Livnes"]),
        entity("World Central Kitchen", "ORG", "NGO", ["der Hilfsorganisation World Central Kitchen",
                                                       "World Central Kitchen", "seine"]),
        entity("Deir al-Balah", "LOC", "PSE", ["Deir al-Balah"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Die israelische Armee", "die Armee"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "er"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Regierungschef Benjamin Netanjahu", "Netanjahu"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres"]),
    ],
}

# ---------------------------------------------------------------- hm56-en-01 (Iran / Sweden swap)
B1_S1 = ("Iran and Sweden exchanged prisoners on Saturday in a deal brokered by Oman, freeing two Swedes held "
         "in Iran and a former Iranian official jailed in Sweden for war crimes.")
B1_S2 = "Omani officials said the two sides had held talks in Muscat for months."
B1_S3 = ("Swedish Prime Minister Ulf Kristersson said EU diplomat Johan Floderus and Saeed Azizi were on a "
         "plane home.")
B1_S4 = ("Hamid Nouri, who had been serving a life sentence for his role in the mass execution of political "
         "prisoners in 1988, landed in Tehran.")
B1_S5 = ("Kristersson thanked Oman for its mediation and said Floderus had been held in Evin prison for more "
         "than two years on “completely fabricated” charges.")
B1_S6 = ("Iran’s acting Foreign Minister Ali Bagheri Kani hailed Nouri’s release as a victory and accused "
         "Sweden of holding him “illegally”.")
B1_S7 = "The Swedish government said it had not agreed to any further releases."
B1_S8 = ("The exchange drew anger from Iranian exiles, who protested outside the Swedish parliament in "
         "Stockholm.")
B1_S9 = "Relatives of Nouri’s victims urged Stockholm not to negotiate with Tehran again."

IRN_G = actor("Iran", "IRN", "GOV")
SWE_G = actor("Sweden", "SWE", "GOV")
OMAN = actor("Oman", "OMN", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
BAGHERI = actor("Ali Bagheri Kani", "IRN", "GOV")
EXILES = actor("Iranian exiles", "IRN", "CVL")
RELATIVES = actor("Relatives of Nouri's victims", "IRN", "CVL")

ART5 = {
    "id": "hm56-en-01", "lang": "en", "url": None, "published": "2024-06-15",
    "title": "Iran and Sweden swap prisoners in Oman-brokered deal",
    "text": paragraphs([B1_S1, B1_S2, B1_S3, B1_S4], [B1_S5, B1_S6, B1_S7], [B1_S8, B1_S9]),
    "events": [
        event("RETREAT", IRN_G, SWE_G, B1_S1, mode="release", date="2024-06-15"),
        event("RETREAT", SWE_G, IRN_G, B1_S1, mode="release", date="2024-06-15"),
        event("CONSULT", IRN_G, SWE_G, B1_S2, mode="third-party", location="Muscat", location_country="OMN"),
        event("SUPPORT", KRISTERSSON, OMAN, B1_S5),
        event("ACCUSE", KRISTERSSON, IRN_G, B1_S5, mode="allege"),
        event("ACCUSE", BAGHERI, SWE_G, B1_S6, mode="allege"),
        event("AGREE", SWE_G, IRN_G, B1_S7, negated=True),
        event("PROTEST", EXILES, SWE_G, B1_S8, mode="demo", location="Stockholm", location_country="SWE"),
        event("REQUEST", RELATIVES, SWE_G, B1_S9),
    ],
    "quotes": [
        quote("the two sides had held talks in Muscat for months", "Government of Oman", "indirect"),
        quote("EU diplomat Johan Floderus and Saeed Azizi were on a plane home", "Ulf Kristersson", "indirect"),
        quote("Floderus had been held in Evin prison for more than two years on “completely fabricated” charges",
              "Ulf Kristersson", "indirect"),
        quote("completely fabricated", "Ulf Kristersson", "direct"),
        quote("illegally", "Ali Bagheri Kani", "direct"),
        quote("it had not agreed to any further releases", "Government of Sweden", "indirect"),
    ],
    "entities": [
        entity("Iran", "GPE", "IRN", ["Iran", "Tehran", "Iran’s"]),
        entity("Sweden", "GPE", "SWE", ["Sweden", "Stockholm"]),
        entity("Oman", "GPE", "OMN", ["Oman"]),
        entity("Swedish detainees", "PER", "SWE", ["two Swedes held in Iran"]),
        entity("Hamid Nouri", "PER", "IRN", ["a former Iranian official jailed in Sweden for war crimes",
                                             "Hamid Nouri", "Nouri’s", "him"]),
        entity("Government of Oman", "ORG", "OMN", ["Omani officials"]),
        entity("Muscat", "LOC", "OMN", ["Muscat"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Swedish Prime Minister Ulf Kristersson", "Kristersson"]),
        entity("Johan Floderus", "PER", "SWE", ["EU diplomat Johan Floderus", "Floderus"]),
        entity("Saeed Azizi", "PER", "SWE", ["Saeed Azizi"]),
        entity("Evin prison", "LOC", "IRN", ["Evin prison"]),
        entity("Ali Bagheri Kani", "PER", "IRN", ["Iran’s acting Foreign Minister Ali Bagheri Kani"]),
        entity("Government of Sweden", "ORG", "SWE", ["The Swedish government"]),
        entity("Iranian exiles", "PER", "IRN", ["Iranian exiles"]),
        entity("Riksdag", "ORG", "SWE", ["the Swedish parliament"]),
        entity("Relatives of Nouri's victims", "PER", "IRN", ["Relatives of Nouri’s victims"]),
    ],
}

# ---------------------------------------------------------------- hm56-en-02 (Bolivia / Israel)
B2_S1 = ("Bolivia broke off diplomatic relations with Israel on Tuesday, accusing it of committing “crimes "
         "against humanity” in its offensive in the Gaza Strip.")
B2_S2 = ("Deputy Foreign Minister Freddy Mamani told reporters in La Paz that the government also demanded an "
         "end to the attacks and to the blockade of humanitarian aid.")
B2_S3 = "Chile and Colombia recalled their ambassadors to Israel for consultations on the same day."
B2_S4 = ("Chilean President Gabriel Boric said Israel’s operations amounted to “collective punishment” of "
         "Gaza’s civilian population.")
B2_S5 = ("Israel’s Foreign Ministry called Bolivia’s decision “a surrender to terrorism” and urged Santiago "
         "and Bogotá to condemn Hamas instead.")
B2_S6 = "Hamas welcomed the Bolivian decision."
B2_S7 = ("Bolivia had already severed ties with Israel in 2009 under then-president Evo Morales; they were "
         "restored in 2019.")
B2_S8 = ("President Luis Arce announced that his government would send humanitarian aid to Gaza through "
         "Egypt.")

BOL = actor("Bolivia", "BOL", "GOV")
ISR_G = actor("Israel", "ISR", "GOV")
MAMANI = actor("Freddy Mamani", "BOL", "GOV")
CHL = actor("Chile", "CHL", "GOV")
COL = actor("Colombia", "COL", "GOV")
BORIC = actor("Gabriel Boric", "CHL", "GOV")
ISR_MFA = actor("Ministry of Foreign Affairs of Israel", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
ARCE = actor("Luis Arce", "BOL", "GOV")
GAZA = actor("Palestinians in Gaza", "PSE", "CVL")

ART6 = {
    "id": "hm56-en-02", "lang": "en", "url": None, "published": "2023-10-31",
    "title": "Bolivia cuts diplomatic ties with Israel over Gaza offensive",
    "text": paragraphs([B2_S1, B2_S2, B2_S3], [B2_S4, B2_S5, B2_S6], [B2_S7, B2_S8]),
    "events": [
        event("SANCTION", BOL, ISR_G, B2_S1, mode="discontinue", date="2023-10-31"),
        event("ACCUSE", BOL, ISR_G, B2_S1, mode="allege", date="2023-10-31"),
        event("REQUEST", MAMANI, ISR_G, B2_S2, mode="yield", location="La Paz", location_country="BOL"),
        event("SANCTION", CHL, ISR_G, B2_S3, mode="withdraw", date="2023-10-31"),
        event("SANCTION", COL, ISR_G, B2_S3, mode="withdraw", date="2023-10-31"),
        event("ACCUSE", BORIC, ISR_G, B2_S4, mode="disapprove"),
        event("ACCUSE", ISR_MFA, BOL, B2_S5, mode="disapprove"),
        event("REQUEST", ISR_MFA, CHL, B2_S5),
        event("REQUEST", ISR_MFA, COL, B2_S5),
        event("SUPPORT", HAMAS, BOL, B2_S6),
        event("AGREE", ARCE, GAZA, B2_S8),
    ],
    "quotes": [
        quote("crimes against humanity", "Bolivia", "direct"),
        quote("that the government also demanded an end to the attacks and to the blockade of humanitarian aid",
              "Freddy Mamani", "indirect"),
        quote("Israel’s operations amounted to “collective punishment” of Gaza’s civilian population",
              "Gabriel Boric", "indirect"),
        quote("collective punishment", "Gabriel Boric", "direct"),
        quote("a surrender to terrorism", "Ministry of Foreign Affairs of Israel", "direct"),
        quote("that his government would send humanitarian aid to Gaza through Egypt", "Luis Arce", "indirect"),
    ],
    "entities": [
        entity("Bolivia", "GPE", "BOL", ["Bolivia", "Bolivia’s"]),
        entity("Israel", "GPE", "ISR", ["Israel", "it", "its", "Israel’s operations"]),
        entity("Gaza Strip", "LOC", "PSE", ["the Gaza Strip", "Gaza’s", "Gaza"]),
        entity("Freddy Mamani", "PER", "BOL", ["Deputy Foreign Minister Freddy Mamani"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Government of Bolivia", "ORG", "BOL", ["the government", "his government"]),
        entity("Chile", "GPE", "CHL", ["Chile", "Santiago"]),
        entity("Colombia", "GPE", "COL", ["Colombia", "Bogotá"]),
        entity("Gabriel Boric", "PER", "CHL", ["Chilean President Gabriel Boric"]),
        entity("Ministry of Foreign Affairs of Israel", "ORG", "ISR", ["Israel’s Foreign Ministry"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Evo Morales", "PER", "BOL", ["then-president Evo Morales"]),
        entity("Luis Arce", "PER", "BOL", ["President Luis Arce"]),
        entity("Egypt", "GPE", "EGY", ["Egypt"]),
    ],
}

ARTICLES = [ART1, ART2, ART3, ART4, ART5, ART6]
