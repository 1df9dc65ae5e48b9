"""Round 240: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm240-de-01: Israel strikes next to the presidential palace in Damascus after deadly Druze clashes in Jaramana and Sahnaya; Netanyahu and Katz warn, al-Hijri and the Syrian presidency object, wounded Druze treated in Israel, local deal in Sahnaya, Qatar, Saudi Arabia and the UN react (2025-05-02).
- hm240-de-02: Uganda: Bobi Wine wounded in the leg during a police operation in Bulindo; the NUP alleges a murder attempt, police regret an accident and arrest an officer, supporters tear-gassed, the US embassy demands an inquiry (2024-09-03).
- hm240-de-03: Venezuela revokes Brazil's custody of the Argentine embassy in Caracas and Sebin agents surround the residence sheltering Machado's aides; Brasília refuses to leave, Buenos Aires warns, Washington and Petro react (2024-09-07).
- hm240-de-04: Egypt detains and deports activists of the Global March to Gaza; checkpoint near Ismailia, Katz's demand, Haftar's forces stop the Soumoud convoy near Sirte, Amnesty and Albares react (2025-06-13).
- hm240-en-01: Turkish air strikes on the PKK in Iraq and Syria after the attack on TUSAS near Ankara; Yerlikaya blames the PKK, Erdogan in Kazan, SDF and Baghdad object, RTUK ban, Bahceli's Ocalan offer (2024-10-24).
- hm240-en-02: Haiti: the Wharf Jeremie gang's massacre of elderly residents in Cite Soleil; Fils-Aime vows to hunt the killers, police reinforcements, Guterres and Turk, France and the U.S. pledge support, Kenyan offer (2024-12-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm240-de-01 (Israeli strike near Damascus palace)
ISR_AF = actor("Israeli Air Force", "ISR", "MIL")
SYRIA = actor("Syria", "SYR", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
KATZ = actor("Israel Katz", "ISR", "GOV")
DRUZE_MIL = actor("Druze militias", "SYR", "REB")
PROGOV_FIGHTERS = actor("pro-government fighters", "SYR", "MIL")
HIJRI = actor("Hikmat al-Hijri", "SYR", "CVL")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
SYR_PRES = actor("Syrian Presidency", "SYR", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")
ARAB_LEAGUE = actor("Arab League", "IGO", "IGO")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
SYR_DRUZE = actor("Syrian Druze", "SYR", "CVL")
DRUZE_ELDERS = actor("Druze dignitaries", "SYR", "CVL")
QATAR = actor("Qatar", "QAT", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
UN_SYR = actor("United Nations", "UNO", "IGO")

S1 = ("Damaskus (dpa) - Israels Luftwaffe hat in der Nacht zum Freitag ein Ziel unmittelbar neben dem "
      "Präsidentenpalast in Damaskus angegriffen.")
S2 = ("Der Angriff sei eine »klare Botschaft« an die neue Führung in Syrien, erklärten Ministerpräsident Benjamin "
      "Netanjahu und Verteidigungsminister Israel Katz gemeinsam.")
S3 = ("Israel werde keine Verlegung von Truppen südlich von Damaskus und keine Bedrohung der drusischen Gemeinschaft "
      "zulassen.")
S4 = ("Zuvor waren bei Gefechten zwischen drusischen Milizen und regierungsnahen Kämpfern in den Vororten "
      "Dscharamana und Sahnaja Dutzende Menschen getötet worden.")
S5 = ("Das geistliche Oberhaupt der Drusen, Scheich Hikmat al-Hidschri, warf der Regierung eine "
      "»Völkermordkampagne« gegen seine Glaubensgemeinschaft vor.")
S6 = ("Die syrische Präsidentschaft verurteilte den israelischen Angriff als »gefährliche Eskalation« und rief die "
      "Arabische Liga zur Unterstützung auf.")
S7 = ("Die Regierung von Übergangspräsident Ahmed al-Scharaa weist Vorwürfe zurück, ihre Sicherheitskräfte hätten "
      "Drusen gezielt angegriffen.")
S8 = ("Nach Angaben der israelischen Armee wurden in der Nacht fünf verletzte Drusen aus Syrien zur Behandlung nach "
      "Israel gebracht.")
S9 = "Zugleich verlegte die Armee zusätzliche Truppen in die Pufferzone auf den Golanhöhen."
S10 = ("Vertreter der Regierung und drusische Würdenträger einigten sich in Sahnaja auf die Übergabe schwerer Waffen "
       "und den Einsatz staatlicher Sicherheitskräfte.")
S11 = "„Wir sind Syrer und bleiben Syrer“, sagte ein Würdenträger aus Dscharamana."
S12 = "Katar und Saudi-Arabien verurteilten den israelischen Angriff als Verletzung der syrischen Souveränität."
S13 = "Die Vereinten Nationen forderten Israel auf, die Angriffe auf syrisches Gebiet einzustellen."
S14 = "In Syrien leben schätzungsweise 700.000 Drusen."

DE01 = {
    "id": "hm240-de-01", "lang": "de", "url": None, "published": "2025-05-02",
    "title": "Israel greift neben Präsidentenpalast in Damaskus an",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14]),
    "events": [
        event("ASSAULT", ISR_AF, SYRIA, S1, mode="aerial", date="2025-05-02", location="Damascus",
              location_country="SYR"),
        event("THREATEN", NETANYAHU, SYRIA, S2, mode="violence"),
        event("THREATEN", KATZ, SYRIA, S2, mode="violence"),
        event("THREATEN", NETANYAHU, SYRIA, S3, mode="violence"),
        event("THREATEN", KATZ, SYRIA, S3, mode="violence"),
        event("ASSAULT", DRUZE_MIL, PROGOV_FIGHTERS, S4, location="Jaramana", location_country="SYR"),
        event("ACCUSE", HIJRI, SYR_GOV, S5, mode="allege"),
        event("ACCUSE", SYR_PRES, ISRAEL, S6, mode="disapprove"),
        event("REQUEST", SYR_PRES, ARAB_LEAGUE, S6, mode="assist"),
        event("AID", IDF, SYR_DRUZE, S8),
        event("MOBILIZE", IDF, None, S9, mode="troops", location="Golan Heights", location_country="SYR"),
        event("AGREE", SYR_GOV, DRUZE_ELDERS, S10, location="Sahnaya", location_country="SYR"),
        event("ACCUSE", QATAR, ISRAEL, S12, mode="disapprove"),
        event("ACCUSE", SAUDI, ISRAEL, S12, mode="disapprove"),
        event("REQUEST", UN_SYR, ISRAEL, S13, mode="change"),
    ],
    "quotes": [
        quote("klare Botschaft", "Benjamin Netanyahu and Israel Katz", "direct"),
        quote("Der Angriff sei eine »klare Botschaft« an die neue Führung in Syrien",
              "Benjamin Netanyahu and Israel Katz",
              "indirect"),
        quote("Israel werde keine Verlegung von Truppen südlich von Damaskus und keine Bedrohung der drusischen "
              "Gemeinschaft zulassen", "Benjamin Netanyahu and Israel Katz", "indirect"),
        quote("Völkermordkampagne", "Hikmat al-Hijri", "direct"),
        quote("gefährliche Eskalation", "Syrian Presidency", "direct"),
        quote("ihre Sicherheitskräfte hätten Drusen gezielt angegriffen", "Government of Syria", "indirect"),
        quote("wurden in der Nacht fünf verletzte Drusen aus Syrien zur Behandlung nach Israel gebracht",
              "Israel Defense Forces", "indirect"),
        quote("Wir sind Syrer und bleiben Syrer", "Druze dignitary from Jaramana", "direct"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Israeli Air Force", "ORG", "ISR", ["Israels Luftwaffe"]),
        entity("Presidential Palace (Damascus)", "LOC", "SYR", ["Präsidentenpalast"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Druze militias", "ORG", "SYR", ["drusischen Milizen"]),
        entity("Jaramana", "LOC", "SYR", ["Dscharamana"]),
        entity("Sahnaya", "LOC", "SYR", ["Sahnaja"]),
        entity("Hikmat al-Hijri", "PER", "SYR", ["Das geistliche Oberhaupt der Drusen, Scheich Hikmat al-Hidschri"]),
        entity("Government of Syria", "ORG", "SYR", ["der Regierung", "Die Regierung von Übergangspräsident Ahmed al-Scharaa"]),
        entity("Syrian Presidency", "ORG", "SYR", ["Die syrische Präsidentschaft"]),
        entity("Arab League", "ORG", "IGO", ["Arabische Liga"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["der israelischen Armee", "die Armee"]),
        entity("Golan Heights", "LOC", "SYR", ["Golanhöhen"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Druze", "MISC", "SYR", ["Drusen"]),
    ],
}

# ---------------------------------------------------------------- hm240-de-02 (Uganda, Bobi Wine wounded)
UPF = actor("Uganda Police Force", "UGA", "COP")
BOBI = actor("Bobi Wine", "UGA", "OPP")
NUP = actor("National Unity Platform", "UGA", "OPP")
UPF_OFFICER = actor("Ugandan police officer", "UGA", "COP")
MUSEVENI = actor("Yoweri Museveni", "UGA", "GOV")
RUBONGOYA = actor("David Lewis Rubongoya", "UGA", "OPP")
UGA_GOV = actor("Government of Uganda", "UGA", "GOV")
NUP_SUPP = actor("supporters of the National Unity Platform", "UGA", "OPP")
US_EMB_UGA = actor("U.S. Embassy in Kampala", "USA", "GOV")

U1 = ("Kampala (AFP) - Der ugandische Oppositionsführer Bobi Wine ist bei einem Polizeieinsatz am Stadtrand von "
      "Kampala am Bein verletzt worden.")
U2 = ("Polizisten hätten in Bulindo im Distrikt Wakiso aus nächster Nähe auf ihn geschossen, als er Anhänger "
      "begrüßte, teilte seine Partei National Unity Platform (NUP) mit.")
U3 = ("Der Politiker, der mit bürgerlichem Namen Robert Kyagulanyi heißt, wurde in ein Krankenhaus in Kampala "
      "gebracht und operiert.")
U4 = "Die Polizei bedauerte den Vorfall und sprach von einem Unfall."
U5 = ("Ein Beamter habe eine Menschenmenge zurückdrängen wollen, als sich ein Schuss aus seiner Tränengaspistole "
      "gelöst habe, sagte Polizeisprecher Kituuma Rusoke.")
U6 = "Der Beamte wurde vom Dienst suspendiert und festgenommen."
U7 = "Die NUP sprach dagegen von einem Mordanschlag und machte Präsident Yoweri Museveni persönlich verantwortlich."
U8 = ("„Das war kein Unfall, das war ein Versuch, unseren Präsidenten zum Schweigen zu bringen“, sagte "
      "NUP-Generalsekretär David Lewis Rubongoya.")
U9 = "Hunderte Anhänger versammelten sich vor dem Krankenhaus und forderten eine unabhängige Untersuchung."
U10 = "Die Polizei löste die Menge mit Tränengas auf."
U11 = "Die US-Botschaft in Kampala verlangte eine transparente Aufklärung des Vorfalls."
U12 = "Bobi Wine war bei der Präsidentenwahl 2021 gegen Museveni angetreten, der das Land seit 1986 regiert."
U13 = "Ermittlungen gegen ranghohe Polizeioffiziere hat die Regierung bislang nicht eingeleitet."

DE02 = {
    "id": "hm240-de-02", "lang": "de", "url": None, "published": "2024-09-03",
    "title": "Ugandas Oppositionsführer Bobi Wine bei Polizeieinsatz verletzt",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6], [U7, U8, U9, U10], [U11, U12, U13]),
    "events": [
        event("ASSAULT", UPF, BOBI, U1, date="2024-09-03", location="Bulindo", location_country="UGA"),
        event("ACCUSE", NUP, UPF, U2, mode="allege"),
        event("CONCEDE", UPF, BOBI, U4),
        event("COERCE", UPF, UPF_OFFICER, U6, mode="arrest"),
        event("ACCUSE", NUP, MUSEVENI, U7, mode="allege"),
        event("ACCUSE", RUBONGOYA, UGA_GOV, U8, mode="allege"),
        event("PROTEST", NUP_SUPP, UGA_GOV, U9, mode="demo", location="Kampala", location_country="UGA"),
        event("REQUEST", NUP_SUPP, UGA_GOV, U9),
        event("ASSAULT", UPF, NUP_SUPP, U10, mode="crowd-control", location="Kampala", location_country="UGA"),
        event("REQUEST", US_EMB_UGA, UGA_GOV, U11),
        event("ACCUSE", UGA_GOV, UPF, U13, mode="investigate", negated=True),
    ],
    "quotes": [
        quote("Polizisten hätten in Bulindo im Distrikt Wakiso aus nächster Nähe auf ihn geschossen, als er Anhänger "
              "begrüßte", "National Unity Platform", "indirect"),
        quote("Ein Beamter habe eine Menschenmenge zurückdrängen wollen, als sich ein Schuss aus seiner "
              "Tränengaspistole gelöst habe", "Kituuma Rusoke", "indirect"),
        quote("Das war kein Unfall, das war ein Versuch, unseren Präsidenten zum Schweigen zu bringen",
              "David Lewis Rubongoya", "direct"),
    ],
    "entities": [
        entity("Kampala", "LOC", "UGA", ["Kampala"]),
        entity("Bobi Wine", "PER", "UGA",
               ["Der ugandische Oppositionsführer Bobi Wine", "Bobi Wine", "Robert Kyagulanyi", "Der Politiker",
                "unseren Präsidenten"]),
        entity("Uganda Police Force", "ORG", "UGA", ["Polizisten", "Die Polizei"]),
        entity("Bulindo", "LOC", "UGA", ["Bulindo"]),
        entity("Wakiso District", "LOC", "UGA", ["Distrikt Wakiso"]),
        entity("National Unity Platform", "ORG", "UGA", ["seine Partei National Unity Platform (NUP)", "Die NUP"]),
        entity("Kituuma Rusoke", "PER", "UGA", ["Polizeisprecher Kituuma Rusoke"]),
        entity("Ugandan police officer", "PER", "UGA", ["Ein Beamter", "Der Beamte"]),
        entity("Yoweri Museveni", "PER", "UGA", ["Präsident Yoweri Museveni", "Museveni"]),
        entity("David Lewis Rubongoya", "PER", "UGA", ["NUP-Generalsekretär David Lewis Rubongoya"]),
        entity("U.S. Embassy in Kampala", "ORG", "USA", ["Die US-Botschaft in Kampala"]),
        entity("Government of Uganda", "ORG", "UGA", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm240-de-03 (Argentine embassy in Caracas)
VEN = actor("Venezuela", "VEN", "GOV")
BRAZIL = actor("Brazil", "BRA", "GOV")
VEN_MFA = actor("Ministry of Foreign Affairs of Venezuela", "VEN", "GOV")
MACHADO_AIDES = actor("aides of Maria Corina Machado", "VEN", "OPP")
SEBIN = actor("Bolivarian National Intelligence Service", "VEN", "COP")
MEDA = actor("Magalli Meda", "VEN", "OPP")
ARGENTINA = actor("Argentina", "ARG", "GOV")
ARG_MFA = actor("Ministry of Foreign Affairs of Argentina", "ARG", "GOV")
VEN_OPP = actor("Venezuelan opposition", "VEN", "OPP")
MADURO = actor("Nicolas Maduro", "VEN", "GOV")
USA = actor("United States", "USA", "GOV")
PETRO = actor("Gustavo Petro", "COL", "GOV")
LULA = actor("Luiz Inacio Lula da Silva", "BRA", "GOV")

C1 = ("Caracas (dpa) - Venezuela hat Brasilien die Erlaubnis entzogen, die argentinische Botschaft in Caracas zu "
      "verwalten.")
C2 = ("Das Außenministerium begründete den Schritt mit »Beweisen« dafür, dass in der Residenz Terroranschläge und "
      "Mordpläne gegen Präsident Nicolás Maduro vorbereitet worden seien.")
C3 = ("Agenten des Geheimdienstes Sebin umstellten am Samstag das Gebäude, in dem sich seit März sechs Mitarbeiter "
      "der Oppositionsführerin María Corina Machado aufhalten.")
C4 = ("Zeitweise sei auch der Strom abgestellt worden, berichtete die Oppositionspolitikerin Magalli Meda aus dem "
      "Inneren der Residenz.")
C5 = "„Wir sind umzingelt, aber wir geben nicht auf“, schrieb Meda auf der Plattform X."
C6 = ("Brasilien lehnte den Schritt ab und erklärte, es werde die Botschaft so lange schützen, bis Argentinien einen "
      "anderen Staat mit der Vertretung beauftragt habe.")
C7 = ("Die Regierung in Buenos Aires verurteilte die Belagerung scharf und warnte Caracas vor einem Eindringen in "
      "das Gebäude.")
C8 = ("Jeder Versuch, die Asylsuchenden gewaltsam festzunehmen, werde international Konsequenzen haben, hieß es in "
      "einer Erklärung des Außenministeriums.")
C9 = "Venezuela hatte die argentinischen Diplomaten nach der umstrittenen Präsidentenwahl Ende Juli ausgewiesen."
C10 = "Die Opposition um Machado wirft Maduro vor, die Wahl vom 28. Juli gestohlen zu haben."
C11 = "Maduro bestreitet dies."
C12 = "Die USA forderten Venezuela auf, die Unverletzlichkeit diplomatischer Vertretungen zu respektieren."
C13 = "Kolumbiens Präsident Gustavo Petro telefonierte nach Angaben aus Bogotá mit Lula über die Lage."

DE03 = {
    "id": "hm240-de-03", "lang": "de", "url": None, "published": "2024-09-07",
    "title": "Venezuela entzieht Brasilien Schutzmandat für argentinische Botschaft",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6], [C7, C8, C9], [C10, C11, C12, C13]),
    "events": [
        event("SANCTION", VEN, BRAZIL, C1, mode="discontinue", location="Caracas", location_country="VEN"),
        event("ACCUSE", VEN_MFA, MACHADO_AIDES, C2, mode="allege"),
        event("COERCE", SEBIN, MACHADO_AIDES, C3, mode="restrict", date="2024-09-07", location="Caracas",
              location_country="VEN"),
        event("ACCUSE", MEDA, VEN, C4, mode="allege"),
        event("REJECT", BRAZIL, VEN, C6),
        event("ACCUSE", ARGENTINA, VEN, C7, mode="disapprove"),
        event("THREATEN", ARGENTINA, VEN, C7),
        event("THREATEN", ARG_MFA, VEN, C8),
        event("SANCTION", VEN, ARGENTINA, C9, mode="expel"),
        event("ACCUSE", VEN_OPP, MADURO, C10, mode="allege"),
        event("REQUEST", USA, VEN, C12),
        event("CONSULT", PETRO, LULA, C13, mode="phone"),
    ],
    "quotes": [
        quote("Beweisen", "Ministry of Foreign Affairs of Venezuela", "direct"),
        quote("in der Residenz Terroranschläge und Mordpläne gegen Präsident Nicolás Maduro vorbereitet worden seien",
              "Ministry of Foreign Affairs of Venezuela", "indirect"),
        quote("Zeitweise sei auch der Strom abgestellt worden", "Magalli Meda", "indirect"),
        quote("Wir sind umzingelt, aber wir geben nicht auf", "Magalli Meda", "direct"),
        quote("es werde die Botschaft so lange schützen, bis Argentinien einen anderen Staat mit der Vertretung "
              "beauftragt habe", "Brazil", "indirect"),
        quote("Jeder Versuch, die Asylsuchenden gewaltsam festzunehmen, werde international Konsequenzen haben",
              "Ministry of Foreign Affairs of Argentina", "indirect"),
    ],
    "entities": [
        entity("Caracas", "LOC", "VEN", ["Caracas"]),
        entity("Venezuela", "LOC", "VEN", ["Venezuela"]),
        entity("Brazil", "LOC", "BRA", ["Brasilien"]),
        entity("Embassy of Argentina in Caracas", "LOC", "ARG",
               ["die argentinische Botschaft in Caracas", "der Residenz", "das Gebäude", "die Botschaft"]),
        entity("Ministry of Foreign Affairs of Venezuela", "ORG", "VEN", ["Das Außenministerium"]),
        entity("Nicolas Maduro", "PER", "VEN", ["Präsident Nicolás Maduro", "Maduro"]),
        entity("Bolivarian National Intelligence Service", "ORG", "VEN", ["Geheimdienstes Sebin"]),
        entity("Maria Corina Machado", "PER", "VEN", ["Oppositionsführerin María Corina Machado", "Machado"]),
        entity("aides of Maria Corina Machado", "ORG", "VEN", ["sechs Mitarbeiter", "die Asylsuchenden"]),
        entity("Magalli Meda", "PER", "VEN", ["die Oppositionspolitikerin Magalli Meda", "Meda"]),
        entity("X", "ORG", "MNC", ["Plattform X"]),
        entity("Argentina", "LOC", "ARG", ["Argentinien", "Die Regierung in Buenos Aires"]),
        entity("Ministry of Foreign Affairs of Argentina", "ORG", "ARG", ["des Außenministeriums"]),
        entity("Venezuelan opposition", "ORG", "VEN", ["Die Opposition um Machado"]),
        entity("United States", "LOC", "USA", ["Die USA"]),
        entity("Gustavo Petro", "PER", "COL", ["Kolumbiens Präsident Gustavo Petro"]),
        entity("Bogota", "LOC", "COL", ["Bogotá"]),
        entity("Luiz Inacio Lula da Silva", "PER", "BRA", ["Lula"]),
    ],
}

# ---------------------------------------------------------------- hm240-de-04 (Egypt, Global March to Gaza)
EGY_AUTH = actor("Egyptian authorities", "EGY", "GOV")
GM_ACTIVISTS = actor("Global March to Gaza activists", "NGO", "NGO")
GM_ORGANISERS = actor("Global March to Gaza organisers", "NGO", "NGO")
EGY_POLICE = actor("Egyptian police", "EGY", "COP")
KATZ_E = actor("Israel Katz", "ISR", "GOV")
EGYPT = actor("Egypt", "EGY", "GOV")
LNA = actor("Libyan National Army", "LBY", "MIL")
SOUMOUD = actor("Soumoud convoy participants", "TUN", "CVL")
AMNESTY_E = actor("Amnesty International", "NGO", "NGO")
ALBARES = actor("Jose Manuel Albares", "ESP", "GOV")
ABDELATTY = actor("Badr Abdelatty", "EGY", "GOV")
ISRAEL_E = actor("Israel", "ISR", "GOV")
GAZANS = actor("Palestinians in Gaza", "PSE", "CVL")

M1 = ("Kairo (AFP) - Ägyptische Behörden haben Dutzende ausländische Aktivisten, die zu einem Marsch in Richtung "
      "Gazastreifen aufbrechen wollten, festgenommen und abgeschoben.")
M2 = ("Am Flughafen Kairo seien mehr als 70 Teilnehmer abgefangen und in Flugzeuge zurück in ihre Heimatländer "
      "gesetzt worden, teilten die Organisatoren des »Globalen Marsches nach Gaza« mit.")
M3 = "An einem Kontrollpunkt nahe der Stadt Ismailia stoppte die Polizei am Freitag rund 200 weitere Aktivisten."
M4 = ("Die Organisatoren warfen Polizisten in Zivil vor, Teilnehmer geschlagen und ihnen die Pässe abgenommen zu "
      "haben.")
M5 = ("Das Außenministerium in Kairo erklärte, ausländische Delegationen benötigten für Besuche im Grenzgebiet zum "
      "Gazastreifen eine Genehmigung.")
M6 = ("Israels Verteidigungsminister Israel Katz hatte Ägypten zuvor aufgefordert, die »dschihadistischen "
      "Demonstranten« nicht an die Grenze zu lassen.")
M7 = ("Im Osten Libyens hielten Einheiten von General Chalifa Haftar einen Konvoi mit mehr als tausend Teilnehmern "
      "aus Tunesien und Algerien bei Sirte auf.")
M8 = "Mehrere Teilnehmer wurden dort festgenommen."
M9 = "„Wir wollten Essen und Medikamente nach Gaza bringen, nicht Krieg“, sagte ein algerischer Teilnehmer."
M10 = "Amnesty International verlangte von Kairo die sofortige Freilassung aller festgehaltenen Aktivisten."
M11 = ("Mehrere Dutzend Aktivisten protestierten in einem Hotel in Kairo mit einem Sitzstreik gegen ihre "
       "Abschiebung.")
M12 = ("Spaniens Außenminister José Manuel Albares sagte, er habe mit seinem ägyptischen Kollegen Badr Abdelatty "
       "über die festgehaltenen Spanier gesprochen.")
M13 = "Israel lässt seit Anfang März kaum noch Hilfslieferungen in das Küstengebiet."
M14 = "Nach UN-Angaben droht dort eine Hungersnot."

DE04 = {
    "id": "hm240-de-04", "lang": "de", "url": None, "published": "2025-06-13",
    "title": "Ägypten schiebt Teilnehmer von Gaza-Marsch ab",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6], [M7, M8, M9], [M10, M11, M12], [M13, M14]),
    "events": [
        event("COERCE", EGY_AUTH, GM_ACTIVISTS, M1, mode="deport", location="Cairo", location_country="EGY"),
        event("ACCUSE", GM_ORGANISERS, EGY_AUTH, M2, mode="allege"),
        event("COERCE", EGY_POLICE, GM_ACTIVISTS, M3, mode="restrict", date="2025-06-13", location="Ismailia",
              location_country="EGY"),
        event("ACCUSE", GM_ORGANISERS, EGY_POLICE, M4, mode="allege"),
        event("REQUEST", KATZ_E, EGYPT, M6),
        event("COERCE", LNA, SOUMOUD, M7, mode="restrict", location="Sirte", location_country="LBY"),
        event("COERCE", LNA, SOUMOUD, M8, mode="arrest", location="Sirte", location_country="LBY"),
        event("REQUEST", AMNESTY_E, EGYPT, M10, mode="yield"),
        event("PROTEST", GM_ACTIVISTS, EGYPT, M11, mode="demo", location="Cairo", location_country="EGY"),
        event("CONSULT", ALBARES, ABDELATTY, M12),
        event("COERCE", ISRAEL_E, GAZANS, M13, mode="withhold"),
    ],
    "quotes": [
        quote("Am Flughafen Kairo seien mehr als 70 Teilnehmer abgefangen und in Flugzeuge zurück in ihre "
              "Heimatländer gesetzt worden", "Global March to Gaza organisers", "indirect"),
        quote("ausländische Delegationen benötigten für Besuche im Grenzgebiet zum Gazastreifen eine Genehmigung",
              "Ministry of Foreign Affairs of Egypt", "indirect"),
        quote("dschihadistischen Demonstranten", "Israel Katz", "direct"),
        quote("Wir wollten Essen und Medikamente nach Gaza bringen, nicht Krieg", "Algerian convoy participant",
              "direct"),
        quote("er habe mit seinem ägyptischen Kollegen Badr Abdelatty über die festgehaltenen Spanier gesprochen",
              "Jose Manuel Albares", "indirect"),
        quote("droht dort eine Hungersnot", "United Nations", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egyptian authorities", "ORG", "EGY", ["Ägyptische Behörden"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen", "Gaza", "das Küstengebiet"]),
        entity("Cairo International Airport", "LOC", "EGY", ["Flughafen Kairo"]),
        entity("Global March to Gaza", "ORG", "NGO", ["»Globalen Marsches nach Gaza«"]),
        entity("Global March to Gaza organisers", "ORG", "NGO", ["die Organisatoren", "Die Organisatoren"]),
        entity("Ismailia", "LOC", "EGY", ["Ismailia"]),
        entity("Egyptian police", "ORG", "EGY", ["die Polizei", "Polizisten in Zivil"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Das Außenministerium in Kairo"]),
        entity("Israel Katz", "PER", "ISR", ["Israels Verteidigungsminister Israel Katz"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Libya", "LOC", "LBY", ["Libyens"]),
        entity("Libyan National Army", "ORG", "LBY", ["Einheiten von General Chalifa Haftar"]),
        entity("Khalifa Haftar", "PER", "LBY", ["General Chalifa Haftar"]),
        entity("Soumoud convoy", "ORG", "TUN", ["einen Konvoi mit mehr als tausend Teilnehmern"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
        entity("Sirte", "LOC", "LBY", ["Sirte"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Jose Manuel Albares", "PER", "ESP", ["Spaniens Außenminister José Manuel Albares"]),
        entity("Badr Abdelatty", "PER", "EGY", ["seinem ägyptischen Kollegen Badr Abdelatty"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
}

# ---------------------------------------------------------------- hm240-en-01 (TUSAS attack, Turkish strikes)
TSK = actor("Turkish Armed Forces", "TUR", "MIL")
PKK = actor("Kurdistan Workers' Party", "TUR", "REB")
TUR_MOD = actor("Ministry of National Defence of Turkey", "TUR", "GOV")
TUSAS = actor("Turkish Aerospace Industries", "TUR", "BUS")
TUR_SEC = actor("Turkish security forces", "TUR", "COP")
YERLIKAYA = actor("Ali Yerlikaya", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdogan", "TUR", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")
TURKEY = actor("Turkey", "TUR", "GOV")
IRQ_MFA = actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV")
RTUK = actor("Radio and Television Supreme Council", "TUR", "GOV")
TUR_MEDIA = actor("Turkish media", "TUR", "CVL")
TUR_POLICE = actor("Turkish police", "TUR", "COP")
PKK_SUSPECTS = actor("suspected PKK sympathisers", "TUR", "CVL")
BAHCELI = actor("Devlet Bahceli", "TUR", "PTY")
OCALAN = actor("Abdullah Ocalan", "TUR", "REB")
USA_T = actor("United States", "USA", "GOV")
EU_T = actor("European Union", "EUR", "IGO")

A1 = ("ANKARA, Oct 24 (Reuters) - Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria "
      "overnight, hours after an attack on the headquarters of state-run aerospace company TUSAS near Ankara killed "
      "five people.")
A2 = ("The defence ministry said 32 targets belonging to the PKK had been destroyed, including caves, bunkers and "
      "oil facilities.")
A3 = ("Interior Minister Ali Yerlikaya said the two assailants, a man and a woman who were killed at the scene, "
      "were members of the Kurdistan Workers Party (PKK).")
A4 = ("The attackers arrived in a taxi, opened fire at the gate and set off explosives before security forces shot "
      "them dead.")
A5 = ("President Tayyip Erdogan, who was attending a BRICS summit in the Russian city of Kazan, called the attack "
      "\"heinous\" and said terrorists would never achieve their aims.")
A6 = "Erdogan later met Russian President Vladimir Putin, who offered his condolences."
A7 = "There was no immediate claim of responsibility."
A8 = ("The Syrian Democratic Forces, which Ankara regards as an offshoot of the PKK, denied any involvement and said "
      "Turkish strikes had killed 12 civilians in northern Syria.")
A9 = "Iraq's foreign ministry condemned the strikes on its territory as a violation of its sovereignty."
A10 = "Turkey's broadcasting watchdog RTUK imposed a temporary ban on coverage of the attack."
A11 = ("Police detained 176 people in 40 provinces on suspicion of links to the PKK, Yerlikaya said on Thursday "
       "evening.")
A12 = ("The attack came a day after Devlet Bahceli, Erdogan's nationalist ally, suggested that jailed PKK leader "
       "Abdullah Ocalan could be released if he announced the group's dissolution.")
A13 = "The United States and the European Union condemned the attack."
A14 = "More than 40,000 people have been killed in the conflict since 1984."

EN01 = {
    "id": "hm240-en-01", "lang": "en", "url": None, "published": "2024-10-24",
    "title": "Turkey strikes Kurdish militants in Iraq, Syria after deadly attack near Ankara",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("ASSAULT", TSK, PKK, A1, mode="aerial", date="2024-10-23"),
        event("ASSAULT", TSK, PKK, A2, mode="aerial"),
        event("ACCUSE", YERLIKAYA, PKK, A3, mode="allege"),
        event("ASSAULT", PKK, TUSAS, A4, mode="firearms", date="2024-10-23", location="Kahramankazan",
              location_country="TUR"),
        event("ASSAULT", TUR_SEC, PKK, A4, mode="firearms", date="2024-10-23", location="Kahramankazan",
              location_country="TUR"),
        event("ACCUSE", ERDOGAN, PKK, A5, mode="disapprove"),
        event("CONSULT", ERDOGAN, PUTIN, A6, mode="visit", location="Kazan", location_country="RUS"),
        event("ACCUSE", SDF, TURKEY, A8, mode="allege"),
        event("ACCUSE", IRQ_MFA, TURKEY, A9, mode="disapprove"),
        event("COERCE", RTUK, TUR_MEDIA, A10, mode="censor"),
        event("COERCE", TUR_POLICE, PKK_SUSPECTS, A11, mode="arrest"),
        event("AGREE", BAHCELI, OCALAN, A12),
        event("ACCUSE", USA_T, PKK, A13, mode="disapprove"),
        event("ACCUSE", EU_T, PKK, A13, mode="disapprove"),
    ],
    "quotes": [
        quote("32 targets belonging to the PKK had been destroyed, including caves, bunkers and oil facilities",
              "Ministry of National Defence of Turkey", "indirect"),
        quote("the two assailants, a man and a woman who were killed at the scene, were members of the Kurdistan "
              "Workers Party (PKK)", "Ali Yerlikaya", "indirect"),
        quote("heinous", "Recep Tayyip Erdogan", "direct"),
        quote("terrorists would never achieve their aims", "Recep Tayyip Erdogan", "indirect"),
        quote("Turkish strikes had killed 12 civilians in northern Syria", "Syrian Democratic Forces", "indirect"),
        quote("Police detained 176 people in 40 provinces on suspicion of links to the PKK", "Ali Yerlikaya",
              "indirect"),
        quote("jailed PKK leader Abdullah Ocalan could be released if he announced the group's dissolution",
              "Devlet Bahceli", "indirect"),
    ],
    "entities": [
        entity("Ankara", "LOC", "TUR", ["ANKARA", "Ankara"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["Turkish warplanes"]),
        entity("Iraq", "LOC", "IRQ", ["northern Iraq", "Iraq"]),
        entity("Syria", "LOC", "SYR", ["Syria", "northern Syria"]),
        entity("Turkish Aerospace Industries", "ORG", "TUR", ["TUSAS"]),
        entity("Ministry of National Defence of Turkey", "ORG", "TUR", ["The defence ministry"]),
        entity("Kurdistan Workers' Party", "ORG", "TUR", ["the PKK", "Kurdistan Workers Party (PKK)", "PKK"]),
        entity("Ali Yerlikaya", "PER", "TUR", ["Interior Minister Ali Yerlikaya", "Yerlikaya"]),
        entity("Recep Tayyip Erdogan", "PER", "TUR", ["President Tayyip Erdogan", "Erdogan"]),
        entity("BRICS", "ORG", "IGO", ["BRICS"]),
        entity("Kazan", "LOC", "RUS", ["Kazan"]),
        entity("Vladimir Putin", "PER", "RUS", ["Russian President Vladimir Putin"]),
        entity("Syrian Democratic Forces", "ORG", "SYR", ["The Syrian Democratic Forces"]),
        entity("Ministry of Foreign Affairs of Iraq", "ORG", "IRQ", ["Iraq's foreign ministry"]),
        entity("Radio and Television Supreme Council", "ORG", "TUR", ["Turkey's broadcasting watchdog RTUK"]),
        entity("Turkish police", "ORG", "TUR", ["Police"]),
        entity("Devlet Bahceli", "PER", "TUR", ["Devlet Bahceli"]),
        entity("Abdullah Ocalan", "PER", "TUR", ["jailed PKK leader Abdullah Ocalan"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
    ],
}

# ---------------------------------------------------------------- hm240-en-02 (Haiti, Wharf Jeremie massacre)
ALTES = actor("Micanor Altes", "HTI", "REB")
WJ_GANG = actor("Wharf Jeremie gang", "HTI", "REB")
CITE_SOLEIL = actor("residents of Cite Soleil", "HTI", "CVL")
FILS_AIME = actor("Alix Didier Fils-Aime", "HTI", "GOV")
PNH = actor("Haitian National Police", "HTI", "COP")
GUTERRES_H = actor("Antonio Guterres", "UNO", "IGO")
HTI_GOV = actor("Government of Haiti", "HTI", "GOV")
TURK = actor("Volker Turk", "UNO", "IGO")
FRANCE_H = actor("France", "FRA", "GOV")
USA_H = actor("United States", "USA", "GOV")
OTUNGE = actor("Godfrey Otunge", "KEN", "COP")

H1 = ("PORT-AU-PRINCE, Dec 9 (Reuters) - A gang leader in Haiti's capital ordered the killing of more than 180 "
      "people, most of them elderly, after accusing them of using witchcraft to sicken his son, the United Nations "
      "said on Monday.")
H2 = ("Members of the Wharf Jeremie gang, led by Micanor Altes, hunted down victims in the Cite Soleil area on "
      "Friday and Saturday and killed them with machetes and knives, the Haitian rights group RNDDH said.")
H3 = "Several bodies were burned in the street, residents told Reuters."
H4 = ("Prime Minister Alix Didier Fils-Aime condemned \"an act of unbearable cruelty\" and vowed that those "
      "responsible would be hunted down.")
H5 = "The national police sent reinforcements to the edge of Cite Soleil."
H6 = "U.N. Secretary-General Antonio Guterres urged Haitian authorities to bring the perpetrators to justice."
H7 = "\"These crimes cannot go unpunished,\" said Volker Turk, the U.N. human rights chief."
H8 = ("France and the United States condemned the killings and pledged further support for the Haitian National "
      "Police.")
H9 = ("Altes' gang controls the Wharf Jeremie port area and is part of the Viv Ansanm alliance led by Jimmy "
      "\"Barbecue\" Cherizier.")
H10 = "The alliance denied any role in the killings."
H11 = ("Kenya's police commander in Haiti said his officers were ready to support Haitian police in Cite Soleil "
       "if asked.")
H12 = "Gangs control an estimated 85 percent of Port-au-Prince."

EN02 = {
    "id": "hm240-en-02", "lang": "en", "url": None, "published": "2024-12-09",
    "title": "Haitian gang leader ordered killing of more than 180 people, UN says",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6, H7], [H8, H9, H10], [H11, H12]),
    "events": [
        event("ASSAULT", ALTES, CITE_SOLEIL, H1, mode="massacre", location="Cite Soleil", location_country="HTI"),
        event("ASSAULT", WJ_GANG, CITE_SOLEIL, H2, mode="primitive", location="Cite Soleil",
              location_country="HTI"),
        event("ACCUSE", FILS_AIME, WJ_GANG, H4, mode="disapprove"),
        event("THREATEN", FILS_AIME, WJ_GANG, H4, mode="arrest"),
        event("MOBILIZE", PNH, None, H5, mode="police", location="Cite Soleil", location_country="HTI"),
        event("REQUEST", GUTERRES_H, HTI_GOV, H6),
        event("ACCUSE", TURK, WJ_GANG, H7, mode="disapprove"),
        event("ACCUSE", FRANCE_H, WJ_GANG, H8, mode="disapprove"),
        event("ACCUSE", USA_H, WJ_GANG, H8, mode="disapprove"),
        event("AGREE", FRANCE_H, PNH, H8),
        event("AGREE", USA_H, PNH, H8),
        event("AGREE", OTUNGE, PNH, H11),
    ],
    "quotes": [
        quote("A gang leader in Haiti's capital ordered the killing of more than 180 people, most of them elderly, "
              "after accusing them of using witchcraft to sicken his son", "United Nations", "indirect"),
        quote("Members of the Wharf Jeremie gang, led by Micanor Altes, hunted down victims in the Cite Soleil area "
              "on Friday and Saturday and killed them with machetes and knives",
              "National Human Rights Defense Network", "indirect"),
        quote("Several bodies were burned in the street", "residents of Cite Soleil", "indirect"),
        quote("an act of unbearable cruelty", "Alix Didier Fils-Aime", "direct"),
        quote("those responsible would be hunted down", "Alix Didier Fils-Aime", "indirect"),
        quote("These crimes cannot go unpunished", "Volker Turk", "direct"),
        quote("his officers were ready to support Haitian police in Cite Soleil if asked", "Godfrey Otunge",
              "indirect"),
    ],
    "entities": [
        entity("Port-au-Prince", "LOC", "HTI", ["PORT-AU-PRINCE", "Haiti's capital", "Port-au-Prince"]),
        entity("Micanor Altes", "PER", "HTI", ["A gang leader", "Micanor Altes", "Altes'"]),
        entity("United Nations", "ORG", "UNO", ["the United Nations"]),
        entity("Wharf Jeremie gang", "ORG", "HTI", ["the Wharf Jeremie gang", "Altes' gang"]),
        entity("Cite Soleil", "LOC", "HTI", ["Cite Soleil"]),
        entity("National Human Rights Defense Network", "ORG", "HTI", ["the Haitian rights group RNDDH"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Alix Didier Fils-Aime", "PER", "HTI", ["Prime Minister Alix Didier Fils-Aime"]),
        entity("Haitian National Police", "ORG", "HTI",
               ["The national police", "the Haitian National Police", "Haitian police"]),
        entity("Antonio Guterres", "PER", "UNO", ["U.N. Secretary-General Antonio Guterres"]),
        entity("Government of Haiti", "ORG", "HTI", ["Haitian authorities"]),
        entity("Volker Turk", "PER", "UNO", ["Volker Turk, the U.N. human rights chief"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Wharf Jeremie", "LOC", "HTI", ["the Wharf Jeremie port area"]),
        entity("Viv Ansanm", "ORG", "HTI", ["the Viv Ansanm alliance", "The alliance"]),
        entity("Jimmy Cherizier", "PER", "HTI", ["Jimmy \"Barbecue\" Cherizier"]),
        entity("Godfrey Otunge", "PER", "KEN", ["Kenya's police commander in Haiti"]),
        entity("Kenya", "LOC", "KEN", ["Kenya"]),
        entity("Haiti", "LOC", "HTI", ["Haiti"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
