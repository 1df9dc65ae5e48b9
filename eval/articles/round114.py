"""Round 114: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm114-de-01: Failed coup attempt in La Paz; former army chief Juan Jose Zuniga arrested (2024-06-27).
- hm114-de-02: China holds "Strait Thunder-2025A" drills around Taiwan; Taipei, Washington and Tokyo protest (2025-04-02).
- hm114-de-03: Myanmar's junta declares a temporary ceasefire after the earthquake; soldiers fire at a Chinese aid convoy (2025-04-03).
- hm114-de-04: Former Philippine President Rodrigo Duterte arrested on an ICC warrant and flown to The Hague (2025-03-12).
- hm114-en-01: Indonesia's Prabowo revokes lawmakers' perks after deadly protests over a driver killed by police (2025-09-01).
- hm114-en-02: Mexico suspends relations with Ecuador after police raid its Quito embassy to arrest Jorge Glas (2024-04-06).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm114-de-01
BOL_POLICE = actor("Bolivian police", "BOL", "COP")
ZUNIGA = actor("Juan Jose Zuniga", "BOL", "MIL")
BOL_ARMY_UNITS = actor("Bolivian army units", "BOL", "MIL")
ARCE = actor("Luis Arce", "BOL", "GOV")
SANCHEZ = actor("Jose Wilson Sanchez", "BOL", "MIL")
BOL_PROSECUTORS = actor("Bolivian Public Prosecutor's Office", "BOL", "JUD")
BOL_OFFICERS = actor("Bolivian military officers", "BOL", "MIL")
MORALES = actor("Evo Morales", "BOL", "PTY")
OAS = actor("Organization of American States", "IGO", "IGO")
LULA = actor("Luiz Inacio Lula da Silva", "BRA", "GOV")

B1 = ("Nach einem gescheiterten Putschversuch in Bolivien ist der frühere Armeechef Juan José Zúñiga am "
      "Mittwochabend von der Polizei festgenommen worden.")
B2 = ("Soldaten unter seinem Kommando hatten am Nachmittag mit Panzerwagen den Murillo-Platz im Regierungsviertel "
      "von La Paz besetzt, ein gepanzertes Fahrzeug rammte das Tor des alten Präsidentenpalasts.")
B3 = ("Zúñiga sagte vor laufenden Kameras, die Armee wolle „die Demokratie umstrukturieren“ und die Freilassung "
      "„politischer Gefangener“ durchsetzen, darunter der inhaftierten früheren Übergangspräsidentin Jeanine Áñez.")
B4 = "Präsident Luis Arce stellte den General im Palast zur Rede und befahl ihm, die Truppen abzuziehen."
B5 = ("Anschließend vereidigte Arce eine neue Militärführung, deren Armeechef José Wilson Sánchez die Soldaten "
      "umgehend in die Kasernen zurückbeorderte.")
B6 = ("Die Truppen zogen sich daraufhin vom Murillo-Platz zurück, Hunderte Anhänger der Regierung feierten vor dem "
      "Palast.")
B7 = ("Zúñiga behauptete bei seiner Festnahme, Arce selbst habe ihn gebeten, eine Aktion vorzubereiten, um seine "
      "Popularität zu steigern.")
B8 = "Innenminister Eduardo del Castillo wies das als „Lüge“ zurück."
B9 = ("Die Staatsanwaltschaft ermittelt gegen Zúñiga und zwei weitere Offiziere wegen Terrorismus und bewaffneten "
      "Aufstands.")
B10 = ("Ex-Präsident Evo Morales, der mit Arce um die Führung der Regierungspartei MAS ringt, verlangte am "
       "Donnerstag eine unabhängige Untersuchung und sprach von einem möglichen „Selbstputsch“.")
B11 = "Die Organisation Amerikanischer Staaten verurteilte den Putschversuch."
B12 = ("Brasiliens Präsident Luiz Inácio Lula da Silva sicherte Arce in einem Telefonat seine Unterstützung zu und "
       "nannte den Aufstand „inakzeptabel“.")

DE01 = {
    "id": "hm114-de-01", "lang": "de", "url": None, "published": "2024-06-27",
    "title": "Putschversuch in Bolivien gescheitert – Ex-Armeechef festgenommen",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6, B7, B8, B9], [B10, B11, B12]),
    "events": [
        event("COERCE", BOL_POLICE, ZUNIGA, B1, mode="arrest", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("MOBILIZE", BOL_ARMY_UNITS, ARCE, B2, mode="troops", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("ASSAULT", BOL_ARMY_UNITS, ARCE, B2, mode="heavy-weapons", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("REQUEST", ZUNIGA, ARCE, B3, mode="yield", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("REQUEST", ARCE, ZUNIGA, B4, date="2024-06-26", location="La Paz", location_country="BOL"),
        event("REQUEST", SANCHEZ, BOL_ARMY_UNITS, B5, date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("RETREAT", BOL_ARMY_UNITS, ARCE, B6, mode="withdraw", date="2024-06-26", location="La Paz",
              location_country="BOL"),
        event("ACCUSE", ZUNIGA, ARCE, B7, mode="allege", date="2024-06-26"),
        event("ACCUSE", BOL_PROSECUTORS, ZUNIGA, B9, mode="investigate"),
        event("ACCUSE", BOL_PROSECUTORS, BOL_OFFICERS, B9, mode="investigate"),
        event("REQUEST", MORALES, ARCE, B10, date="2024-06-27"),
        event("ACCUSE", MORALES, ARCE, B10, mode="allege", date="2024-06-27"),
        event("ACCUSE", OAS, ZUNIGA, B11, mode="disapprove"),
        event("CONSULT", LULA, ARCE, B12, mode="phone"),
        event("SUPPORT", LULA, ARCE, B12),
        event("ACCUSE", LULA, ZUNIGA, B12, mode="disapprove"),
    ],
    "quotes": [
        quote("die Demokratie umstrukturieren", "Juan Jose Zuniga", "direct"),
        quote("politischer Gefangener", "Juan Jose Zuniga", "direct"),
        quote("die Armee wolle „die Demokratie umstrukturieren“ und die Freilassung „politischer Gefangener“ "
              "durchsetzen, darunter der inhaftierten früheren Übergangspräsidentin Jeanine Áñez",
              "Juan Jose Zuniga", "indirect"),
        quote("die Truppen abzuziehen", "Luis Arce", "indirect"),
        quote("Arce selbst habe ihn gebeten, eine Aktion vorzubereiten, um seine Popularität zu steigern",
              "Juan Jose Zuniga", "indirect"),
        quote("Lüge", "Eduardo del Castillo", "direct"),
        quote("Selbstputsch", "Evo Morales", "direct"),
        quote("inakzeptabel", "Luiz Inacio Lula da Silva", "direct"),
    ],
    "entities": [
        entity("Bolivia", "GPE", "BOL", ["Bolivien"]),
        entity("Juan Jose Zuniga", "PER", "BOL",
               ["Juan José Zúñiga", "der frühere Armeechef", "den General", "Zúñiga"]),
        entity("Bolivian police", "ORG", "BOL", ["Polizei"]),
        entity("Bolivian army units", "ORG", "BOL",
               ["Soldaten unter seinem Kommando", "die Soldaten", "Die Truppen", "die Truppen"]),
        entity("Bolivian Army", "ORG", "BOL", ["die Armee"]),
        entity("Plaza Murillo", "LOC", "BOL", ["Murillo-Platz"]),
        entity("La Paz", "LOC", "BOL", ["La Paz"]),
        entity("Palacio Quemado", "LOC", "BOL", ["alten Präsidentenpalasts", "Palast"]),
        entity("Jeanine Anez", "PER", "BOL", ["Jeanine Áñez", "früheren Übergangspräsidentin"]),
        entity("Luis Arce", "PER", "BOL", ["Präsident Luis Arce", "Luis Arce", "Arce"]),
        entity("Jose Wilson Sanchez", "PER", "BOL", ["José Wilson Sánchez", "Armeechef José Wilson Sánchez"]),
        entity("Government of Bolivia", "ORG", "BOL", ["Regierung"]),
        entity("Eduardo del Castillo", "PER", "BOL", ["Eduardo del Castillo", "Innenminister"]),
        entity("Bolivian Public Prosecutor's Office", "ORG", "BOL", ["Die Staatsanwaltschaft"]),
        entity("Bolivian military officers", "ORG", "BOL", ["zwei weitere Offiziere"]),
        entity("Evo Morales", "PER", "BOL", ["Ex-Präsident Evo Morales", "Evo Morales"]),
        entity("Movement for Socialism", "ORG", "BOL", ["MAS", "Regierungspartei"]),
        entity("Organization of American States", "ORG", "IGO", ["Die Organisation Amerikanischer Staaten"]),
        entity("Brazil", "GPE", "BRA", ["Brasiliens"]),
        entity("Luiz Inacio Lula da Silva", "PER", "BRA", ["Luiz Inácio Lula da Silva"]),
    ],
}

# ---------------------------------------------------------------- hm114-de-02
PLA = actor("People's Liberation Army", "CHN", "MIL")
TWN_GOV = actor("Government of Taiwan", "TWN", "GOV")
PLA_NAVY = actor("People's Liberation Army Navy", "CHN", "MIL")
CCG = actor("China Coast Guard", "CHN", "MIL")
TWN_MIL = actor("Taiwanese armed forces", "TWN", "MIL")
ETC = actor("Eastern Theater Command", "CHN", "MIL")
ZHU = actor("Zhu Fenglian", "CHN", "GOV")
LAI = actor("Lai Ching-te", "TWN", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
TWN_PRESIDENCY = actor("Office of the President of Taiwan", "TWN", "GOV")
US_STATE = actor("US State Department", "USA", "GOV")
JPN_GOV = actor("Government of Japan", "JPN", "GOV")

W1 = "China hat am Mittwoch den zweiten Tag in Folge großangelegte Militärmanöver rund um Taiwan abgehalten."
W2 = ("Unter dem Namen „Strait Thunder-2025A“ übten Marine und Küstenwache nach Angaben des Ostkommandos der "
      "Volksbefreiungsarmee die Blockade wichtiger Häfen und Angriffe auf Energieanlagen.")
W3 = ("Das Verteidigungsministerium in Taipeh zählte binnen 24 Stunden 76 Militärflugzeuge und 15 Kriegsschiffe "
      "rund um die Insel.")
W4 = "Taiwan entsandte eigene Kriegsschiffe und versetzte Raketeneinheiten in Bereitschaft."
W5 = "Das Ostkommando bezeichnete die Übungen als „ernste Warnung“ an die „separatistischen Kräfte“ auf der Insel."
W6 = ("Die Sprecherin des Pekinger Büros für Taiwan-Angelegenheiten, Zhu Fenglian, nannte Präsident Lai Ching-te "
      "einen „Parasiten“, der die Insel in den Krieg treibe.")
W7 = ("Lai hatte China Mitte März erstmals als „ausländische feindliche Kraft“ bezeichnet und Peking Spionage und "
      "Unterwanderung vorgeworfen.")
W8 = "Lais Büro verurteilte die Manöver als Gefahr für Frieden und Stabilität in der Region."
W9 = ("Man werde sich nicht provozieren lassen, aber die Verteidigungsbereitschaft weiter stärken, hieß es in einer "
      "Mitteilung.")
W10 = ("Das US-Außenministerium warf China „aggressive militärische Aktivitäten“ vor und bekräftigte die "
       "Unterstützung Washingtons für Taiwan.")
W11 = "Auch Japans Regierung äußerte „ernste Besorgnis“ und teilte diese Peking über diplomatische Kanäle mit."
W12 = ("Das chinesische Außenministerium wies die Kritik zurück: Die Taiwan-Frage sei eine innere Angelegenheit "
       "Chinas, in die sich kein anderes Land einzumischen habe.")

DE02 = {
    "id": "hm114-de-02", "lang": "de", "url": None, "published": "2025-04-02",
    "title": "China übt Blockade Taiwans – Taipeh spricht von Provokation",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7], [W8, W9, W10, W11, W12]),
    "events": [
        event("MOBILIZE", PLA, TWN_GOV, W1, mode="troops", date="2025-04-02", location="Taiwan"),
        event("MOBILIZE", PLA_NAVY, TWN_GOV, W2, mode="weapons", date="2025-04-02", location="Taiwan"),
        event("MOBILIZE", CCG, TWN_GOV, W2, mode="weapons", date="2025-04-02", location="Taiwan"),
        event("MOBILIZE", PLA, TWN_GOV, W3, mode="weapons", location="Taiwan"),
        event("MOBILIZE", TWN_MIL, PLA, W4, mode="weapons", location="Taiwan"),
        event("THREATEN", ETC, TWN_GOV, W5),
        event("ACCUSE", ZHU, LAI, W6, mode="disapprove"),
        event("ACCUSE", LAI, CHN_GOV, W7, mode="allege"),
        event("ACCUSE", TWN_PRESIDENCY, CHN_GOV, W8, mode="disapprove"),
        event("ACCUSE", US_STATE, CHN_GOV, W10, mode="disapprove"),
        event("SUPPORT", US_STATE, TWN_GOV, W10),
        event("ACCUSE", JPN_GOV, CHN_GOV, W11, mode="disapprove"),
    ],
    "quotes": [
        quote("Strait Thunder-2025A", "Eastern Theater Command", "direct"),
        quote("Unter dem Namen „Strait Thunder-2025A“ übten Marine und Küstenwache nach Angaben des Ostkommandos der "
              "Volksbefreiungsarmee die Blockade wichtiger Häfen und Angriffe auf Energieanlagen",
              "Eastern Theater Command", "indirect"),
        quote("ernste Warnung", "Eastern Theater Command", "direct"),
        quote("separatistischen Kräfte", "Eastern Theater Command", "direct"),
        quote("Parasiten", "Zhu Fenglian", "direct"),
        quote("der die Insel in den Krieg treibe", "Zhu Fenglian", "indirect"),
        quote("ausländische feindliche Kraft", "Lai Ching-te", "direct"),
        quote("Man werde sich nicht provozieren lassen, aber die Verteidigungsbereitschaft weiter stärken",
              "Office of the President of Taiwan", "indirect"),
        quote("aggressive militärische Aktivitäten", "US State Department", "direct"),
        quote("ernste Besorgnis", "Government of Japan", "direct"),
        quote("Die Taiwan-Frage sei eine innere Angelegenheit Chinas, in die sich kein anderes Land einzumischen "
              "habe", "Chinese Foreign Ministry", "indirect"),
    ],
    "entities": [
        entity("China", "GPE", "CHN", ["China", "Chinas", "Peking", "Pekinger"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan", "die Insel", "der Insel"]),
        entity("People's Liberation Army Navy", "ORG", "CHN", ["Marine"]),
        entity("China Coast Guard", "ORG", "CHN", ["Küstenwache"]),
        entity("Eastern Theater Command", "ORG", "CHN",
               ["Ostkommandos der Volksbefreiungsarmee", "Das Ostkommando"]),
        entity("People's Liberation Army", "ORG", "CHN", ["Volksbefreiungsarmee"]),
        entity("Taiwan Ministry of National Defense", "ORG", "TWN", ["Das Verteidigungsministerium in Taipeh"]),
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["Pekinger Büros für Taiwan-Angelegenheiten"]),
        entity("Zhu Fenglian", "PER", "CHN", ["Zhu Fenglian", "Die Sprecherin"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai Ching-te", "Lai", "Lais"]),
        entity("Office of the President of Taiwan", "ORG", "TWN", ["Lais Büro"]),
        entity("US State Department", "ORG", "USA", ["US-Außenministerium"]),
        entity("Washington", "LOC", "USA", ["Washingtons"]),
        entity("Japan", "GPE", "JPN", ["Japans"]),
        entity("Government of Japan", "ORG", "JPN", ["Japans Regierung"]),
        entity("Chinese Foreign Ministry", "ORG", "CHN", ["Das chinesische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm114-de-03
MMR_JUNTA = actor("Myanmar military government", "MMR", "GOV")
MMR_MIL = actor("Myanmar military", "MMR", "MIL")
MMR_RESISTANCE = actor("Myanmar armed resistance groups", "MMR", "REB")
TURK = actor("Volker Turk", "UNO", "IGO")
CHN_RC = actor("Red Cross Society of China", "CHN", "NGO")
NUG = actor("National Unity Government of Myanmar", "MMR", "OPP")
BROTHERHOOD = actor("Three Brotherhood Alliance", "MMR", "REB")
IND_GOV = actor("Government of India", "IND", "GOV")
MIN_AUNG_HLAING = actor("Min Aung Hlaing", "MMR", "GOV")
THA_GOV = actor("Government of Thailand", "THA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")

Y1 = ("Knapp eine Woche nach dem verheerenden Erdbeben in Myanmar hat die Militärregierung am Mittwoch eine "
      "vorübergehende Waffenruhe verkündet.")
Y2 = "Sie solle bis zum 22. April gelten, um die Hilfe für die Opfer zu erleichtern, teilte das Staatsfernsehen mit."
Y3 = "Die Zahl der Toten stieg nach offiziellen Angaben auf mehr als 3000."
Y4 = "Die Junta hatte ihre Luftangriffe auf Gebiete von Rebellen auch nach dem Beben vom 28. März fortgesetzt."
Y5 = ("UN-Menschenrechtskommissar Volker Türk hatte die Angriffe „völlig unverständlich“ genannt und ein sofortiges "
      "Ende aller Kampfhandlungen gefordert.")
Y6 = ("Am Dienstag feuerten Soldaten Warnschüsse auf einen Hilfskonvoi des chinesischen Roten Kreuzes im nördlichen "
      "Shan-Staat ab.")
Y7 = ("Ein Militärsprecher sagte, der Konvoi sei nicht angemeldet gewesen und habe Aufforderungen zum Anhalten "
      "ignoriert.")
Y8 = ("Zuvor hatten bereits die oppositionelle Regierung der Nationalen Einheit und ein Bündnis dreier "
      "Rebellenarmeen eine einseitige Feuerpause in den Erdbebengebieten ausgerufen.")
Y9 = "China und Indien schickten Rettungsteams und Hilfsgüter in das Katastrophengebiet."
Y10 = ("Junta-Chef Min Aung Hlaing reiste am Donnerstag zu einem Gipfeltreffen der Bimstec-Staaten nach Bangkok, "
       "eine seiner seltenen Auslandsreisen seit dem Putsch von 2021.")
Y11 = ("Human Rights Watch kritisierte die Einladung als Aufwertung eines Regimes, das „seine eigene Bevölkerung "
       "bombardiert“.")

DE03 = {
    "id": "hm114-de-03", "lang": "de", "url": None, "published": "2025-04-03",
    "title": "Myanmars Junta verkündet Waffenruhe nach Erdbeben",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5], [Y6, Y7, Y8, Y9], [Y10, Y11]),
    "events": [
        event("CONCEDE", MMR_JUNTA, MMR_RESISTANCE, Y1, date="2025-04-02", location_country="MMR"),
        event("ASSAULT", MMR_MIL, MMR_RESISTANCE, Y4, mode="aerial", location_country="MMR"),
        event("ACCUSE", TURK, MMR_MIL, Y5, mode="disapprove"),
        event("REQUEST", TURK, MMR_MIL, Y5, mode="yield"),
        event("ASSAULT", MMR_MIL, CHN_RC, Y6, mode="firearms", date="2025-04-01", location="Shan State",
              location_country="MMR"),
        event("CONCEDE", NUG, MMR_MIL, Y8, location_country="MMR"),
        event("CONCEDE", BROTHERHOOD, MMR_MIL, Y8, location_country="MMR"),
        event("AID", CHN_GOV, MMR_JUNTA, Y9, location_country="MMR"),
        event("AID", IND_GOV, MMR_JUNTA, Y9, location_country="MMR"),
        event("CONSULT", MIN_AUNG_HLAING, THA_GOV, Y10, mode="multilateral", date="2025-04-03",
              location="Bangkok", location_country="THA"),
        event("ACCUSE", HRW, THA_GOV, Y11, mode="disapprove"),
        event("ACCUSE", HRW, MMR_MIL, Y11, mode="allege"),
    ],
    "quotes": [
        quote("Sie solle bis zum 22. April gelten, um die Hilfe für die Opfer zu erleichtern",
              "Myanmar state television", "indirect"),
        quote("Die Zahl der Toten stieg nach offiziellen Angaben auf mehr als 3000", "Myanmar military government",
              "indirect"),
        quote("völlig unverständlich", "Volker Turk", "direct"),
        quote("der Konvoi sei nicht angemeldet gewesen und habe Aufforderungen zum Anhalten ignoriert",
              "Myanmar military spokesman", "indirect"),
        quote("seine eigene Bevölkerung bombardiert", "Human Rights Watch", "direct"),
    ],
    "entities": [
        entity("Myanmar", "GPE", "MMR", ["Myanmar"]),
        entity("Myanmar military government", "ORG", "MMR",
               ["die Militärregierung", "Die Junta", "eines Regimes"]),
        entity("Myanmar state television", "ORG", "MMR", ["das Staatsfernsehen"]),
        entity("Myanmar armed resistance groups", "ORG", "MMR", ["Rebellen"]),
        entity("Volker Turk", "PER", "UNO", ["Volker Türk", "UN-Menschenrechtskommissar"]),
        entity("Myanmar military", "ORG", "MMR", ["Soldaten"]),
        entity("Red Cross Society of China", "ORG", "CHN", ["chinesischen Roten Kreuzes"]),
        entity("Shan State", "LOC", "MMR", ["Shan-Staat"]),
        entity("Myanmar military spokesman", "PER", "MMR", ["Ein Militärsprecher"]),
        entity("National Unity Government of Myanmar", "ORG", "MMR", ["Regierung der Nationalen Einheit"]),
        entity("Three Brotherhood Alliance", "ORG", "MMR", ["ein Bündnis dreier Rebellenarmeen"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("India", "GPE", "IND", ["Indien"]),
        entity("Min Aung Hlaing", "PER", "MMR", ["Min Aung Hlaing", "Junta-Chef"]),
        entity("BIMSTEC", "ORG", "IGO", ["Bimstec-Staaten"]),
        entity("Bangkok", "LOC", "THA", ["Bangkok"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
    ],
}
# de-03 Y11: the criticised "Einladung" is the host's (Thailand, BIMSTEC chair) invitation.

# ---------------------------------------------------------------- hm114-de-04
PNP = actor("Philippine National Police", "PHL", "COP")
DUTERTE = actor("Rodrigo Duterte", "PHL", "OPP")
DUTERTE_PRES = actor("Rodrigo Duterte", "PHL", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
INTERPOL = actor("Interpol", "IGO", "IGO")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
SARA = actor("Sara Duterte", "PHL", "GOV")
DUTERTE_LAWYERS = actor("Duterte's lawyers", "PHL", "OPP")
PHL_SC = actor("Supreme Court of the Philippines", "PHL", "JUD")
DUTERTE_SUPPORTERS = actor("Duterte supporters", "PHL", "CVL")
DRUGWAR_FAMILIES = actor("Families of drug war victims", "PHL", "CVL")

D1 = ("Der frühere philippinische Präsident Rodrigo Duterte ist auf Grundlage eines Haftbefehls des Internationalen "
      "Strafgerichtshofs in Manila festgenommen worden.")
D2 = ("Polizisten nahmen den 79-Jährigen am Dienstagmorgen am Flughafen in Empfang, als er von einer Reise nach "
      "Hongkong zurückkehrte.")
D3 = ("Das Gericht in Den Haag wirft ihm im Zusammenhang mit seiner Anti-Drogen-Kampagne Verbrechen gegen die "
      "Menschlichkeit vor.")
D4 = ("Bei der Kampagne wurden nach Angaben der Polizei mehr als 6000 Menschen getötet, Menschenrechtler sprechen "
      "von bis zu 30.000 Toten.")
D5 = ("Präsident Ferdinand Marcos sagte in einer Fernsehansprache, die Philippinen hätten lediglich ihre "
      "Verpflichtungen gegenüber Interpol erfüllt.")
D6 = "Duterte wurde noch am Dienstagabend mit einem Charterflugzeug nach Den Haag ausgeflogen."
D7 = ("Seine Tochter, Vizepräsidentin Sara Duterte, sprach von einer „Entführung“ und warf der Regierung vor, ihren "
      "Vater an „ausländische Mächte“ ausgeliefert zu haben.")
D8 = "Dutertes Anwälte beantragten beim Obersten Gerichtshof seine sofortige Freilassung."
D9 = ("Vor dem Luftwaffenstützpunkt Villamor, wo Duterte bis zum Abflug festgehalten wurde, versammelten sich "
      "Hunderte Anhänger und forderten seine Freilassung.")
D10 = "In seiner Heimatstadt Davao gingen am Mittwoch Tausende auf die Straße."
D11 = ("Angehörige von Opfern des Drogenkriegs begrüßten die Festnahme dagegen als „historischen Tag“ für die "
       "Gerechtigkeit.")
D12 = ("Duterte hatte die Philippinen 2019 aus dem Strafgerichtshof zurückgezogen, das Gericht hält sich für Taten "
       "aus der Zeit der Mitgliedschaft aber weiter für zuständig.")

DE04 = {
    "id": "hm114-de-04", "lang": "de", "url": None, "published": "2025-03-12",
    "title": "Philippinischer Ex-Präsident Duterte festgenommen und nach Den Haag gebracht",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("COERCE", PNP, DUTERTE, D1, mode="arrest", date="2025-03-11", location="Manila",
              location_country="PHL"),
        event("COERCE", PNP, DUTERTE, D2, mode="arrest", date="2025-03-11", location="Manila",
              location_country="PHL"),
        event("ACCUSE", ICC, DUTERTE, D3, mode="allege"),
        event("COOPERATE", MARCOS, INTERPOL, D5),
        event("COOPERATE", PHL_GOV, ICC, D6, date="2025-03-11"),
        event("ACCUSE", SARA, PHL_GOV, D7, mode="allege"),
        event("REQUEST", DUTERTE_LAWYERS, PHL_SC, D8, mode="yield"),
        event("PROTEST", DUTERTE_SUPPORTERS, PHL_GOV, D9, mode="demo", date="2025-03-11",
              location="Villamor Air Base", location_country="PHL"),
        event("PROTEST", DUTERTE_SUPPORTERS, PHL_GOV, D10, mode="demo", date="2025-03-12", location="Davao",
              location_country="PHL"),
        event("SUPPORT", DRUGWAR_FAMILIES, ICC, D11),
        event("SANCTION", DUTERTE_PRES, ICC, D12, mode="withdraw"),
    ],
    "quotes": [
        quote("Bei der Kampagne wurden nach Angaben der Polizei mehr als 6000 Menschen getötet",
              "Philippine National Police", "indirect"),
        quote("die Philippinen hätten lediglich ihre Verpflichtungen gegenüber Interpol erfüllt",
              "Ferdinand Marcos Jr.", "indirect"),
        quote("Entführung", "Sara Duterte", "direct"),
        quote("ausländische Mächte", "Sara Duterte", "direct"),
        quote("ihren Vater an „ausländische Mächte“ ausgeliefert zu haben", "Sara Duterte", "indirect"),
        quote("historischen Tag", "Families of drug war victims", "direct"),
    ],
    "entities": [
        entity("Rodrigo Duterte", "PER", "PHL", ["Der frühere philippinische Präsident Rodrigo Duterte",
                                                 "Rodrigo Duterte", "den 79-Jährigen", "Duterte", "Dutertes",
                                                 "ihren Vater"]),
        entity("International Criminal Court", "ORG", "IGO",
               ["Internationalen Strafgerichtshofs", "Das Gericht in Den Haag", "Strafgerichtshof",
                "das Gericht"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Philippine National Police", "ORG", "PHL", ["Polizisten", "Polizei"]),
        entity("Ninoy Aquino International Airport", "LOC", "PHL", ["Flughafen"]),
        entity("Hong Kong", "LOC", "CHN", ["Hongkong"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos", "Ferdinand Marcos"]),
        entity("Philippines", "GPE", "PHL", ["die Philippinen"]),
        entity("Interpol", "ORG", "IGO", ["Interpol"]),
        entity("Sara Duterte", "PER", "PHL", ["Seine Tochter", "Vizepräsidentin Sara Duterte", "Sara Duterte"]),
        entity("Government of the Philippines", "ORG", "PHL", ["der Regierung"]),
        entity("Duterte's lawyers", "ORG", "PHL", ["Dutertes Anwälte"]),
        entity("Supreme Court of the Philippines", "ORG", "PHL", ["Obersten Gerichtshof"]),
        entity("Villamor Air Base", "LOC", "PHL", ["Luftwaffenstützpunkt Villamor"]),
        entity("Duterte supporters", "ORG", "PHL", ["Hunderte Anhänger", "Tausende"]),
        entity("Davao", "LOC", "PHL", ["Heimatstadt Davao", "Davao"]),
        entity("Families of drug war victims", "ORG", "PHL", ["Angehörige von Opfern des Drogenkriegs"]),
    ],
}

# ---------------------------------------------------------------- hm114-en-01
PRABOWO = actor("Prabowo Subianto", "IDN", "GOV")
IDN_PROTESTERS = actor("Indonesian protesters", "IDN", "CVL")
IDN_PARTY_LEADERS = actor("Indonesian party leaders", "IDN", "PTY")
IDN_RIOTERS = actor("Indonesian rioters", "IDN", "CVL")
BRIMOB = actor("Mobile Brigade Corps", "IDN", "COP")
AFFAN = actor("Affan Kurniawan", "IDN", "CVL")
IDN_DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
IDN_REGIONAL_PARL = actor("Indonesian regional parliaments", "IDN", "LEG")
SAHRONI = actor("Ahmad Sahroni", "IDN", "LEG")
IDN_PROPAM = actor("Indonesian police internal affairs division", "IDN", "COP")
BRIMOB_OFFICERS = actor("Mobile Brigade officers", "IDN", "COP")
AFFAN_FAMILY = actor("Family of Affan Kurniawan", "IDN", "CVL")
USMAN = actor("Usman Hamid", "NGO", "NGO")
IDN_GOV = actor("Government of Indonesia", "IDN", "GOV")

I1 = ("Indonesian President Prabowo Subianto on Sunday revoked a series of perks for lawmakers, bowing to a week of "
      "increasingly violent protests that have left at least six people dead.")
I2 = ("Prabowo said party leaders had agreed to cut lawmakers' housing allowance and suspend their overseas trips, "
      "but warned that rioters and looters would face “the firmest possible action”.")
I3 = ("The unrest erupted on Thursday after an armoured vehicle of the police's Mobile Brigade ran over and killed a "
      "21-year-old motorcycle taxi driver during a protest outside parliament in Jakarta.")
I4 = ("Video of the incident spread rapidly on social media, and crowds set fire to police posts and regional "
      "parliament buildings in several cities the following night.")
I5 = ("On Saturday, looters ransacked the homes of several lawmakers, including Ahmad Sahroni, who had called "
      "critics of the allowances “the stupidest people in the world”.")
I6 = ("Police said they had arrested more than 1,200 people across the country, while seven members of the "
      "vehicle's crew were detained by the force's internal affairs division.")
I7 = ("Prabowo, who visited the driver's family on Friday, said he was “shocked and disappointed” by the officers' "
      "“excessive” conduct.")
I8 = ("Amnesty International Indonesia's executive director Usman Hamid said authorities must “release all peaceful "
      "protesters immediately” and end the use of excessive force.")
I9 = "Prabowo also called off a planned trip to China this week to deal with the crisis, his office said."

EN01 = {
    "id": "hm114-en-01", "lang": "en", "url": None, "published": "2025-09-01",
    "title": "Indonesia's Prabowo scraps lawmakers' perks after deadly protests",
    "text": paragraphs([I1, I2], [I3, I4, I5, I6], [I7, I8, I9]),
    "events": [
        event("CONCEDE", PRABOWO, IDN_PROTESTERS, I1, date="2025-08-31"),
        event("CONCEDE", IDN_PARTY_LEADERS, IDN_PROTESTERS, I2, date="2025-08-31"),
        event("THREATEN", PRABOWO, IDN_RIOTERS, I2, date="2025-08-31"),
        event("ASSAULT", BRIMOB, AFFAN, I3, date="2025-08-28", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, IDN_DPR, I3, mode="demo", date="2025-08-28", location="Jakarta",
              location_country="IDN"),
        event("PROTEST", IDN_RIOTERS, IDN_POLICE, I4, mode="riot", date="2025-08-29", location_country="IDN"),
        event("PROTEST", IDN_RIOTERS, IDN_REGIONAL_PARL, I4, mode="riot", date="2025-08-29",
              location_country="IDN"),
        event("PROTEST", IDN_RIOTERS, SAHRONI, I5, mode="riot", date="2025-08-30", location_country="IDN"),
        event("ACCUSE", SAHRONI, IDN_PROTESTERS, I5, mode="disapprove"),
        event("COERCE", IDN_POLICE, IDN_PROTESTERS, I6, mode="arrest", location_country="IDN"),
        event("COERCE", IDN_PROPAM, BRIMOB_OFFICERS, I6, mode="arrest", location_country="IDN"),
        event("CONSULT", PRABOWO, AFFAN_FAMILY, I7, mode="visit", date="2025-08-29", location_country="IDN"),
        event("ACCUSE", PRABOWO, BRIMOB_OFFICERS, I7, mode="disapprove"),
        event("REQUEST", USMAN, IDN_GOV, I8, mode="yield"),
        event("REJECT", PRABOWO, CHN_GOV, I9, mode="meet"),
    ],
    "quotes": [
        quote("party leaders had agreed to cut lawmakers' housing allowance and suspend their overseas trips",
              "Prabowo Subianto", "indirect"),
        quote("the firmest possible action", "Prabowo Subianto", "direct"),
        quote("rioters and looters would face “the firmest possible action”", "Prabowo Subianto", "indirect"),
        quote("the stupidest people in the world", "Ahmad Sahroni", "direct"),
        quote("they had arrested more than 1,200 people across the country", "Indonesian National Police",
              "indirect"),
        quote("shocked and disappointed", "Prabowo Subianto", "direct"),
        quote("excessive", "Prabowo Subianto", "direct"),
        quote("he was “shocked and disappointed” by the officers' “excessive” conduct", "Prabowo Subianto",
              "indirect"),
        quote("release all peaceful protesters immediately", "Usman Hamid", "direct"),
        quote("authorities must “release all peaceful protesters immediately” and end the use of excessive force",
              "Usman Hamid", "indirect"),
        quote("Prabowo also called off a planned trip to China this week to deal with the crisis",
              "Office of the President of Indonesia", "indirect"),
    ],
    "entities": [
        entity("Prabowo Subianto", "PER", "IDN", ["Indonesian President Prabowo Subianto", "Prabowo Subianto",
                                                  "Prabowo"]),
        entity("Indonesian lawmakers", "ORG", "IDN", ["lawmakers"]),
        entity("Indonesian party leaders", "ORG", "IDN", ["party leaders"]),
        entity("Indonesian rioters", "ORG", "IDN", ["rioters and looters", "crowds", "looters"]),
        entity("Mobile Brigade Corps", "ORG", "IDN", ["the police's Mobile Brigade"]),
        entity("Affan Kurniawan", "PER", "IDN", ["a 21-year-old motorcycle taxi driver", "the driver"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN", ["parliament"]),
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesian regional parliaments", "ORG", "IDN", ["regional parliament buildings"]),
        entity("Ahmad Sahroni", "PER", "IDN", ["Ahmad Sahroni"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Police", "police posts", "the force"]),
        entity("Mobile Brigade officers", "ORG", "IDN", ["seven members of the vehicle's crew", "the officers"]),
        entity("Indonesian police internal affairs division", "ORG", "IDN", ["the force's internal affairs division"]),
        entity("Family of Affan Kurniawan", "ORG", "IDN", ["the driver's family"]),
        entity("Amnesty International Indonesia", "ORG", "NGO", ["Amnesty International Indonesia"]),
        entity("Usman Hamid", "PER", "NGO", ["Usman Hamid", "executive director"]),
        entity("Government of Indonesia", "ORG", "IDN", ["authorities"]),
        entity("China", "GPE", "CHN", ["China"]),
        entity("Office of the President of Indonesia", "ORG", "IDN", ["his office"]),
        entity("Indonesia", "GPE", "IDN", ["Indonesian", "the country"]),
    ],
}

# ---------------------------------------------------------------- hm114-en-02
MEX_GOV = actor("Government of Mexico", "MEX", "GOV")
ECU_GOV = actor("Government of Ecuador", "ECU", "GOV")
ECU_POLICE = actor("Ecuadorian police", "ECU", "COP")
MEX_EMBASSY = actor("Mexican Embassy in Quito", "MEX", "GOV")
GLAS = actor("Jorge Glas", "ECU", "OPP")
CANSECO = actor("Roberto Canseco", "MEX", "GOV")
AMLO = actor("Andres Manuel Lopez Obrador", "MEX", "GOV")
BARCENA = actor("Alicia Barcena", "MEX", "GOV")
ECU_PRESIDENCY = actor("Office of the President of Ecuador", "ECU", "GOV")
ECU_COURTS = actor("Ecuadorian judiciary", "ECU", "JUD")
ECU_PROSECUTORS = actor("Ecuadorian Attorney General's Office", "ECU", "JUD")
ECU_AUTHORITIES = actor("Ecuadorian authorities", "ECU", "GOV")
NIC_GOV = actor("Government of Nicaragua", "NIC", "GOV")

E1 = ("Mexico suspended diplomatic relations with Ecuador on Friday after Ecuadorian police forced their way into "
      "the Mexican embassy in Quito and arrested former Vice President Jorge Glas, who had been granted asylum there "
      "hours earlier.")
E2 = ("Television images showed a Mexican diplomat being thrown to the ground by officers as he tried to stop a "
      "vehicle carrying Glas.")
E3 = "“This is not possible, this is madness,” said Roberto Canseco, the head of the embassy's consular section."
E4 = ("Mexican President Andrés Manuel López Obrador called the raid a “flagrant violation of international law and "
      "the sovereignty of Mexico”.")
E5 = ("Foreign Minister Alicia Bárcena said Mexico was withdrawing all of its diplomatic staff from Ecuador and "
      "would take the case to the International Court of Justice.")
E6 = ("Ecuador's presidency defended the operation, saying Glas was a convicted criminal and that Mexico had abused "
      "the immunities granted to its diplomatic mission.")
E7 = ("Glas, who served as vice president under Rafael Correa, has been convicted twice of corruption and is under "
      "investigation over the alleged embezzlement of reconstruction funds after a 2016 earthquake.")
E8 = "He was transferred overnight to La Roca, a maximum-security prison in the port city of Guayaquil."
E9 = "The Organization of American States condemned the raid."
E10 = ("Nicaragua's government said on Saturday it was breaking off diplomatic relations with Ecuador in solidarity "
       "with Mexico.")

EN02 = {
    "id": "hm114-en-02", "lang": "en", "url": None, "published": "2024-04-06",
    "title": "Mexico cuts ties with Ecuador after police storm embassy to seize ex-vice president",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8], [E9, E10]),
    "events": [
        event("SANCTION", MEX_GOV, ECU_GOV, E1, mode="discontinue", date="2024-04-05"),
        event("COERCE", ECU_POLICE, MEX_EMBASSY, E1, mode="seize", date="2024-04-05", location="Quito",
              location_country="ECU"),
        event("COERCE", ECU_POLICE, GLAS, E1, mode="arrest", date="2024-04-05", location="Quito",
              location_country="ECU"),
        event("AID", MEX_GOV, GLAS, E1, date="2024-04-05", location="Quito", location_country="ECU"),
        event("ASSAULT", ECU_POLICE, CANSECO, E2, mode="beat", date="2024-04-05", location="Quito",
              location_country="ECU"),
        event("ACCUSE", CANSECO, ECU_POLICE, E3, mode="disapprove", date="2024-04-05"),
        event("ACCUSE", AMLO, ECU_GOV, E4, mode="disapprove"),
        event("SANCTION", BARCENA, ECU_GOV, E5, mode="withdraw"),
        event("ACCUSE", BARCENA, ECU_GOV, E5, mode="allege"),
        event("ACCUSE", ECU_PRESIDENCY, MEX_GOV, E6, mode="allege"),
        event("SANCTION", ECU_COURTS, GLAS, E7, mode="convict"),
        event("ACCUSE", ECU_PROSECUTORS, GLAS, E7, mode="investigate"),
        event("COERCE", ECU_AUTHORITIES, GLAS, E8, mode="arrest", location="Guayaquil", location_country="ECU"),
        event("ACCUSE", OAS, ECU_GOV, E9, mode="disapprove"),
        event("SANCTION", NIC_GOV, ECU_GOV, E10, mode="discontinue", date="2024-04-06"),
        event("SUPPORT", NIC_GOV, MEX_GOV, E10, date="2024-04-06"),
    ],
    "quotes": [
        quote("This is not possible, this is madness", "Roberto Canseco", "direct"),
        quote("flagrant violation of international law and the sovereignty of Mexico", "Andres Manuel Lopez Obrador",
              "direct"),
        quote("Mexico was withdrawing all of its diplomatic staff from Ecuador and would take the case to the "
              "International Court of Justice", "Alicia Barcena", "indirect"),
        quote("Glas was a convicted criminal and that Mexico had abused the immunities granted to its diplomatic "
              "mission", "Office of the President of Ecuador", "indirect"),
        quote("it was breaking off diplomatic relations with Ecuador in solidarity with Mexico",
              "Government of Nicaragua", "indirect"),
    ],
    "entities": [
        entity("Mexico", "GPE", "MEX", ["Mexico"]),
        entity("Ecuador", "GPE", "ECU", ["Ecuador"]),
        entity("Ecuadorian police", "ORG", "ECU", ["Ecuadorian police", "officers"]),
        entity("Mexican Embassy in Quito", "ORG", "MEX",
               ["the Mexican embassy in Quito", "the embassy's", "its diplomatic mission"]),
        entity("Quito", "LOC", "ECU", ["Quito"]),
        entity("Jorge Glas", "PER", "ECU", ["former Vice President Jorge Glas", "Jorge Glas", "Glas"]),
        entity("Roberto Canseco", "PER", "MEX",
               ["a Mexican diplomat", "Roberto Canseco", "the head of the embassy's consular section"]),
        entity("Andres Manuel Lopez Obrador", "PER", "MEX",
               ["Mexican President Andrés Manuel López Obrador", "Andrés Manuel López Obrador"]),
        entity("Alicia Barcena", "PER", "MEX", ["Foreign Minister Alicia Bárcena", "Alicia Bárcena"]),
        entity("International Court of Justice", "ORG", "UNO", ["International Court of Justice"]),
        entity("Office of the President of Ecuador", "ORG", "ECU", ["Ecuador's presidency"]),
        entity("Rafael Correa", "PER", "ECU", ["Rafael Correa"]),
        entity("La Roca", "LOC", "ECU", ["La Roca", "a maximum-security prison"]),
        entity("Guayaquil", "LOC", "ECU", ["the port city of Guayaquil", "Guayaquil"]),
        entity("Organization of American States", "ORG", "IGO", ["The Organization of American States"]),
        entity("Nicaragua", "GPE", "NIC", ["Nicaragua"]),
        entity("Government of Nicaragua", "ORG", "NIC", ["Nicaragua's government"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
