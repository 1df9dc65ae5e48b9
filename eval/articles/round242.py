"""Round 242: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm242-de-01: U.S. prosecutors in Brooklyn and the SEC charge Gautam and Sagar Adani over an alleged solar bribery scheme; the Adani Group denies, Ruto cancels the Kenyan airport and power-line deals, Rahul Gandhi demands Adani's arrest and attacks Modi, the BJP hits back (2024-11-21).
- hm242-de-02: Indonesia's "emergency warning" protests against parliament's attempt to override the Constitutional Court on regional elections; fence torn down, tear gas and arrests, Kaesang row, Dasco calls off the vote, Widodo denies meddling, Amnesty and PDI-P side with protesters (2024-08-22).
- hm242-de-03: The Taliban attend the UN's third Doha meeting on Afghanistan without Afghan women; Callamard's criticism, DiCarlo's demands, Mujahid asks for sanctions relief, talks with Kabulov and Thomas West, no UN seat, Qatar offers to host more rounds (2024-07-01).
- hm242-de-04: Taiwan's KMT-TPP majority passes the legislative powers reform amid mass protests; DPP accusations, Han Kuo-yu rejects a delay, the 17 May brawl, Lai's appeal, no arrests, Beijing's Taiwan Affairs Office blames the DPP (2024-05-28).
- hm242-en-01: Vanuatu's President Vurobaravu dissolves parliament on the cabinet's advice ahead of a no-confidence motion against Charlot Salwai; the opposition objects and goes to the Supreme Court, police deployed, Australia and New Zealand urge calm (2024-11-19).
- hm242-en-02: The UN human rights office says Hasina's government and security forces committed possible crimes against humanity in the 2024 uprising; Türk's demands, Yunus welcomes the report, the Awami League objects, no ban on the party, Chhatra League banned (2025-02-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm242-de-01 (Adani indictment)
US_PROSECUTORS = actor("U.S. Attorney's Office for the Eastern District of New York", "USA", "JUD")
GAUTAM_ADANI = actor("Gautam Adani", "IND", "BUS")
SAGAR_ADANI = actor("Sagar Adani", "IND", "BUS")
SEC = actor("U.S. Securities and Exchange Commission", "USA", "GOV")
RUTO = actor("William Ruto", "KEN", "GOV")
ADANI_GROUP = actor("Adani Group", "IND", "BUS")
RAHUL = actor("Rahul Gandhi", "IND", "OPP")
IND_GOV = actor("Government of India", "IND", "GOV")
MODI = actor("Narendra Modi", "IND", "GOV")
BJP = actor("Bharatiya Janata Party", "IND", "PTY")
HINDENBURG = actor("Hindenburg Research", "USA", "BUS")

G1 = ("New York (dpa) - Die US-Justiz hat den indischen Milliardär Gautam Adani wegen mutmaßlicher Bestechung und "
      "Anlagebetrugs angeklagt.")
G2 = ("Adani, sein Neffe Sagar Adani und weitere Manager sollen indischen Beamten mehr als 250 Millionen Dollar an "
      "Schmiergeld zugesagt haben, um Verträge für Solarstrom zu erhalten.")
G3 = ("Die Staatsanwaltschaft in Brooklyn wirft ihnen zudem vor, US-Investoren bei der Beschaffung von Kapital über "
      "die Zahlungen getäuscht zu haben.")
G4 = "Auch die Börsenaufsicht SEC reichte Zivilklage gegen Gautam und Sagar Adani ein."
G5 = ("Die Adani-Gruppe wies die Vorwürfe als „haltlos“ zurück und kündigte an, sich mit allen rechtlichen Mitteln "
      "zu wehren.")
G6 = "Die Tochterfirma Adani Green Energy sagte kurz darauf eine geplante Anleihe über 600 Millionen Dollar ab."
G7 = "Die Aktien des Konzerns verloren an der Börse in Mumbai zeitweise mehr als 20 Prozent."
G8 = ("Kenias Präsident William Ruto kündigte noch am Donnerstag zwei Vereinbarungen mit der Gruppe über den Ausbau "
      "des Flughafens von Nairobi und den Bau von Stromleitungen auf.")
G9 = ("Er habe die zuständigen Behörden angewiesen, die Verfahren sofort zu stoppen, sagte Ruto in seiner Rede an "
      "die Nation.")
G10 = "Der indische Oppositionsführer Rahul Gandhi forderte die sofortige Festnahme Adanis."
G11 = ("Premierminister Narendra Modi halte seine schützende Hand über den Unternehmer, sagte Gandhi vor Journalisten "
       "in Neu-Delhi.")
G12 = "Die regierende BJP warf Gandhi vor, dem Ansehen Indiens im Ausland zu schaden."
G13 = ("Ihr Sprecher verwies darauf, dass die mutmaßlichen Bestechungen in Bundesstaaten stattgefunden haben sollen, "
       "die damals von Oppositionsparteien regiert wurden.")
G14 = ("Der Konzern war bereits im Januar 2023 durch Betrugsvorwürfe des US-Investors Hindenburg Research unter Druck "
       "geraten.")

DE01 = {
    "id": "hm242-de-01", "lang": "de", "url": None, "published": "2024-11-21",
    "title": "US-Justiz klagt indischen Milliardär Adani wegen Bestechung an",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9], [G10, G11, G12, G13, G14]),
    "events": [
        event("ACCUSE", US_PROSECUTORS, GAUTAM_ADANI, G1, mode="allege"),
        event("ACCUSE", US_PROSECUTORS, GAUTAM_ADANI, G3, mode="allege"),
        event("ACCUSE", US_PROSECUTORS, SAGAR_ADANI, G3, mode="allege"),
        event("ACCUSE", SEC, GAUTAM_ADANI, G4, mode="allege"),
        event("ACCUSE", SEC, SAGAR_ADANI, G4, mode="allege"),
        event("SANCTION", RUTO, ADANI_GROUP, G8, mode="discontinue"),
        event("SANCTION", RUTO, ADANI_GROUP, G9, mode="discontinue"),
        event("REQUEST", RAHUL, IND_GOV, G10),
        event("ACCUSE", RAHUL, MODI, G11, mode="allege"),
        event("ACCUSE", BJP, RAHUL, G12, mode="disapprove"),
        event("ACCUSE", HINDENBURG, ADANI_GROUP, G14, mode="allege"),
    ],
    "quotes": [
        quote("haltlos", "Adani Group", "direct"),
        quote("Er habe die zuständigen Behörden angewiesen, die Verfahren sofort zu stoppen", "William Ruto",
              "indirect"),
        quote("Premierminister Narendra Modi halte seine schützende Hand über den Unternehmer", "Rahul Gandhi",
              "indirect"),
        quote("dass die mutmaßlichen Bestechungen in Bundesstaaten stattgefunden haben sollen, die damals von "
              "Oppositionsparteien regiert wurden", "Bharatiya Janata Party spokesperson", "indirect"),
    ],
    "entities": [
        entity("New York", "LOC", "USA", ["New York"]),
        entity("U.S. Attorney's Office for the Eastern District of New York", "ORG", "USA",
               ["Die US-Justiz", "Die Staatsanwaltschaft in Brooklyn"]),
        entity("Gautam Adani", "PER", "IND", ["den indischen Milliardär Gautam Adani", "Adanis", "Gautam"]),
        entity("Sagar Adani", "PER", "IND", ["sein Neffe Sagar Adani", "Sagar Adani"]),
        entity("India", "LOC", "IND", ["Indiens"]),
        entity("U.S. Securities and Exchange Commission", "ORG", "USA", ["die Börsenaufsicht SEC"]),
        entity("Adani Group", "ORG", "IND", ["Die Adani-Gruppe", "des Konzerns", "der Gruppe", "Der Konzern"]),
        entity("Adani Green Energy", "ORG", "IND", ["Die Tochterfirma Adani Green Energy"]),
        entity("Mumbai", "LOC", "IND", ["Mumbai"]),
        entity("William Ruto", "PER", "KEN", ["Kenias Präsident William Ruto", "Ruto"]),
        entity("Nairobi", "LOC", "KEN", ["Nairobi"]),
        entity("Rahul Gandhi", "PER", "IND", ["Der indische Oppositionsführer Rahul Gandhi", "Gandhi"]),
        entity("Narendra Modi", "PER", "IND", ["Premierminister Narendra Modi"]),
        entity("New Delhi", "LOC", "IND", ["Neu-Delhi"]),
        entity("Bharatiya Janata Party", "ORG", "IND", ["Die regierende BJP"]),
        entity("Bharatiya Janata Party spokesperson", "PER", "IND", ["Ihr Sprecher"]),
        entity("Hindenburg Research", "ORG", "USA", ["US-Investors Hindenburg Research"]),
    ],
}

# ---------------------------------------------------------------- hm242-de-02 (Indonesia, "Peringatan Darurat")
IDN_PROTESTERS = actor("Indonesian protesters", "IDN", "CVL")
DPR = actor("House of Representatives of Indonesia", "IDN", "LEG")
IDN_POLICE = actor("Indonesian National Police", "IDN", "COP")
MK = actor("Constitutional Court of Indonesia", "IDN", "JUD")
IDN_CRITICS = actor("Indonesian critics", "IDN", "CVL")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")
DASCO = actor("Sufmi Dasco Ahmad", "IDN", "LEG")
AMNESTY_IDN = actor("Amnesty International Indonesia", "NGO", "NGO")
PDIP = actor("Indonesian Democratic Party of Struggle", "IDN", "PTY")

H1 = ("Jakarta (AFP) - Tausende Menschen haben in Jakarta und anderen Städten Indonesiens gegen eine umstrittene "
      "Änderung des Regionalwahlgesetzes protestiert.")
H2 = "Vor dem Parlamentsgebäude rissen Demonstranten einen Teil des Zauns nieder und zündeten Reifen an."
H3 = "Die Polizei setzte Tränengas und Wasserwerfer ein, um die Menge zu zerstreuen."
H4 = "Dutzende Menschen wurden festgenommen."
H5 = ("Das Parlament hatte am Mittwoch im Eilverfahren versucht, zwei Urteile des Verfassungsgerichts zu den "
      "Regionalwahlen im November auszuhebeln.")
H6 = ("Kritiker werfen dem scheidenden Präsidenten Joko Widodo vor, er wolle mit der Gesetzesänderung seinem "
      "jüngsten Sohn Kaesang Pangarep eine Kandidatur ermöglichen.")
H7 = "Der 29-Jährige wäre nach dem Urteil der Verfassungsrichter zu jung für das Amt eines Vizegouverneurs."
H8 = "„Das ist ein Notfall für unsere Demokratie“, sagte eine Studentin vor dem Parlament."
H9 = ("Am Abend erklärte der stellvertretende Parlamentspräsident Sufmi Dasco Ahmad, die geplante Abstimmung über "
      "die Gesetzesänderung sei abgesagt.")
H10 = "Für die Wahlen gälten nun die Vorgaben des Verfassungsgerichts, fügte er hinzu."
H11 = "Widodo sagte, er respektiere die Entscheidungen der staatlichen Institutionen."
H12 = "Eine Einmischung in das Gesetzgebungsverfahren wies der Präsident zurück."
H13 = "Amnesty International Indonesien forderte die sofortige Freilassung aller festgenommenen Demonstranten."
H14 = "Die oppositionelle Demokratische Partei des Kampfes (PDI-P) stellte sich hinter die Proteste."
H15 = "Widodo scheidet im Oktober aus dem Amt, sein Nachfolger wird Verteidigungsminister Prabowo Subianto."

DE02 = {
    "id": "hm242-de-02", "lang": "de", "url": None, "published": "2024-08-22",
    "title": "Proteste in Indonesien: Parlament sagt umstrittene Wahlrechtsänderung ab",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12], [H13, H14, H15]),
    "events": [
        event("PROTEST", IDN_PROTESTERS, DPR, H1, mode="demo", location="Jakarta", location_country="IDN"),
        event("PROTEST", IDN_PROTESTERS, DPR, H2, mode="riot", location="Jakarta", location_country="IDN"),
        event("ASSAULT", IDN_POLICE, IDN_PROTESTERS, H3, mode="crowd-control", location="Jakarta",
              location_country="IDN"),
        event("COERCE", IDN_POLICE, IDN_PROTESTERS, H4, mode="arrest"),
        event("REJECT", DPR, MK, H5, date="2024-08-21"),
        event("ACCUSE", IDN_CRITICS, JOKOWI, H6, mode="allege"),
        event("CONCEDE", DASCO, IDN_PROTESTERS, H9),
        event("CONCEDE", DASCO, MK, H10),
        event("REQUEST", AMNESTY_IDN, IDN_POLICE, H13),
        event("SUPPORT", PDIP, IDN_PROTESTERS, H14),
    ],
    "quotes": [
        quote("er wolle mit der Gesetzesänderung seinem jüngsten Sohn Kaesang Pangarep eine Kandidatur ermöglichen",
              "Indonesian critics", "indirect"),
        quote("Das ist ein Notfall für unsere Demokratie", "Indonesian student protester", "direct"),
        quote("die geplante Abstimmung über die Gesetzesänderung sei abgesagt", "Sufmi Dasco Ahmad", "indirect"),
        quote("Für die Wahlen gälten nun die Vorgaben des Verfassungsgerichts", "Sufmi Dasco Ahmad", "indirect"),
        quote("er respektiere die Entscheidungen der staatlichen Institutionen", "Joko Widodo", "indirect"),
    ],
    "entities": [
        entity("Jakarta", "LOC", "IDN", ["Jakarta"]),
        entity("Indonesia", "LOC", "IDN", ["Indonesiens"]),
        entity("House of Representatives of Indonesia", "ORG", "IDN",
               ["Das Parlament", "dem Parlament", "dem Parlamentsgebäude"]),
        entity("Indonesian National Police", "ORG", "IDN", ["Die Polizei"]),
        entity("Constitutional Court of Indonesia", "ORG", "IDN",
               ["des Verfassungsgerichts", "der Verfassungsrichter"]),
        entity("Joko Widodo", "PER", "IDN", ["dem scheidenden Präsidenten Joko Widodo", "Widodo", "der Präsident"]),
        entity("Kaesang Pangarep", "PER", "IDN", ["seinem jüngsten Sohn Kaesang Pangarep", "Der 29-Jährige"]),
        entity("Indonesian student protester", "PER", "IDN", ["eine Studentin"]),
        entity("Sufmi Dasco Ahmad", "PER", "IDN",
               ["der stellvertretende Parlamentspräsident Sufmi Dasco Ahmad"]),
        entity("Amnesty International Indonesia", "ORG", "NGO", ["Amnesty International Indonesien"]),
        entity("Indonesian Democratic Party of Struggle", "ORG", "IDN",
               ["Die oppositionelle Demokratische Partei des Kampfes (PDI-P)"]),
        entity("Prabowo Subianto", "PER", "IDN", ["Verteidigungsminister Prabowo Subianto"]),
    ],
}

# ---------------------------------------------------------------- hm242-de-03 (UN Doha meeting with the Taliban)
TALIBAN = actor("Taliban", "AFG", "GOV")
UN = actor("United Nations", "UNO", "IGO")
CALLAMARD = actor("Agnès Callamard", "NGO", "NGO")
DICARLO = actor("Rosemary DiCarlo", "UNO", "IGO")
MUJAHID = actor("Zabihullah Mujahid", "AFG", "GOV")
USA = actor("United States", "USA", "GOV")
KABULOV = actor("Zamir Kabulov", "RUS", "GOV")
WEST = actor("Thomas West", "USA", "GOV")
AFGHAN_WOMEN = actor("Afghan women protesters", "AFG", "CVL")
QATAR = actor("Qatar", "QAT", "GOV")

I1 = ("Doha (dpa) - Erstmals haben Vertreter der in Afghanistan herrschenden Taliban an einer von den Vereinten "
      "Nationen organisierten Afghanistan-Konferenz in Katar teilgenommen.")
I2 = "An dem zweitägigen Treffen in Doha nahmen Sondergesandte aus rund 25 Staaten teil."
I3 = ("Die Taliban hatten ihre Teilnahme davon abhängig gemacht, dass keine Vertreterinnen der afghanischen "
      "Zivilgesellschaft mit am Tisch sitzen.")
I4 = ("Amnesty-Generalsekretärin Agnès Callamard sprach von einem „verheerenden Signal“ und warf den Vereinten "
      "Nationen vor, die Rechte afghanischer Frauen preiszugeben.")
I5 = "Die UN-Untergeneralsekretärin für politische Angelegenheiten, Rosemary DiCarlo, wies die Kritik zurück."
I6 = "Die Teilnahme der Taliban bedeute keine Anerkennung ihrer Regierung, sagte sie zum Abschluss."
I7 = ("Man habe der Delegation unmissverständlich klargemacht, dass die Beschränkungen für Frauen und Mädchen "
      "aufgehoben werden müssten, fügte die US-Diplomatin hinzu.")
I8 = ("Taliban-Sprecher Sabihullah Mudschahid, der die Delegation leitete, verlangte von den Vereinten Nationen und "
      "den USA die Aufhebung der Sanktionen und die Freigabe eingefrorener Gelder der Zentralbank.")
I9 = "Die Rechte der Frauen seien eine innere Angelegenheit Afghanistans, sagte er."
I10 = "Am Rande der Konferenz traf die Delegation den russischen Sondergesandten Samir Kabulow."
I11 = ("Auch der US-Sondergesandte Thomas West sprach mit den Taliban und verlangte nach Angaben seines Ministeriums "
       "die Freilassung inhaftierter Amerikaner.")
I12 = ("Eine Zusage, ihnen den Sitz Afghanistans bei den Vereinten Nationen zu überlassen, erhielten die Taliban "
       "nicht.")
I13 = "In Doha und mehreren europäischen Städten protestierten Afghaninnen gegen ihren Ausschluss von den Gesprächen."
I14 = "Katar, das die Konferenz ausrichtete, bot an, auch künftige Gesprächsrunden zu beherbergen."
I15 = ("Seit der Machtübernahme der Taliban im August 2021 dürfen Mädchen in Afghanistan keine weiterführenden "
       "Schulen mehr besuchen.")

DE03 = {
    "id": "hm242-de-03", "lang": "de", "url": None, "published": "2024-07-01",
    "title": "Taliban erstmals bei UN-Afghanistan-Konferenz in Doha",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11, I12], [I13, I14, I15]),
    "events": [
        event("CONSULT", TALIBAN, UN, I1, mode="multilateral", location="Doha", location_country="QAT"),
        event("REQUEST", TALIBAN, UN, I3),
        event("ACCUSE", CALLAMARD, UN, I4, mode="disapprove"),
        event("REQUEST", DICARLO, TALIBAN, I7, mode="change"),
        event("REQUEST", MUJAHID, UN, I8),
        event("REQUEST", MUJAHID, USA, I8),
        event("REJECT", MUJAHID, UN, I9, mode="change"),
        event("CONSULT", TALIBAN, KABULOV, I10, location="Doha", location_country="QAT"),
        event("CONSULT", WEST, TALIBAN, I11, location="Doha", location_country="QAT"),
        event("REQUEST", WEST, TALIBAN, I11),
        event("AGREE", UN, TALIBAN, I12, negated=True),
        event("PROTEST", AFGHAN_WOMEN, UN, I13, mode="demo"),
        event("AGREE", QATAR, UN, I14),
    ],
    "quotes": [
        quote("verheerenden Signal", "Agnès Callamard", "direct"),
        quote("Die Teilnahme der Taliban bedeute keine Anerkennung ihrer Regierung", "Rosemary DiCarlo", "indirect"),
        quote("Man habe der Delegation unmissverständlich klargemacht, dass die Beschränkungen für Frauen und Mädchen "
              "aufgehoben werden müssten", "Rosemary DiCarlo", "indirect"),
        quote("Die Rechte der Frauen seien eine innere Angelegenheit Afghanistans", "Zabihullah Mujahid", "indirect"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Taliban", "ORG", "AFG", ["Taliban", "der Delegation", "die Delegation"]),
        entity("Afghanistan", "LOC", "AFG", ["Afghanistan", "Afghanistans"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen", "Vereinten Nationen"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Agnès Callamard", "PER", "NGO", ["Amnesty-Generalsekretärin Agnès Callamard"]),
        entity("Rosemary DiCarlo", "PER", "UNO",
               ["Die UN-Untergeneralsekretärin für politische Angelegenheiten, Rosemary DiCarlo", "die US-Diplomatin"]),
        entity("Zabihullah Mujahid", "PER", "AFG", ["Taliban-Sprecher Sabihullah Mudschahid"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Zamir Kabulov", "PER", "RUS", ["den russischen Sondergesandten Samir Kabulow"]),
        entity("Thomas West", "PER", "USA", ["der US-Sondergesandte Thomas West"]),
        entity("U.S. Department of State", "ORG", "USA", ["seines Ministeriums"]),
    ],
}

# ---------------------------------------------------------------- hm242-de-04 (Taiwan legislative reform)
TWN_PROTESTERS = actor("Taiwanese protesters", "TWN", "CVL")
LEG_YUAN = actor("Legislative Yuan", "TWN", "LEG")
KMT = actor("Kuomintang", "TWN", "PTY")
TPP = actor("Taiwan People's Party", "TWN", "PTY")
DPP = actor("Democratic Progressive Party", "TWN", "PTY")
HAN_KUO_YU = actor("Han Kuo-yu", "TWN", "LEG")
LAI = actor("Lai Ching-te", "TWN", "GOV")
TWN_POLICE = actor("Taiwanese police", "TWN", "COP")
TAO = actor("Taiwan Affairs Office", "CHN", "GOV")

T1 = ("Taipeh (dpa) - Trotz massiver Proteste hat Taiwans Parlament umstrittene Reformen verabschiedet, die seine "
      "Kontrollrechte gegenüber der Regierung deutlich ausweiten.")
T2 = ("Die Opposition aus Kuomintang (KMT) und Taiwanischer Volkspartei (TPP), die im Parlament über eine knappe "
      "Mehrheit verfügt, setzte die Änderungen gegen die Stimmen der regierenden Demokratischen Fortschrittspartei "
      "(DPP) durch.")
T3 = "Vor dem Parlamentsgebäude in Taipeh demonstrierten nach Angaben der Veranstalter Zehntausende Menschen."
T4 = "Viele Demonstranten warfen der KMT vor, sie handle im Interesse Pekings."
T5 = "Die Partei weist das zurück."
T6 = ("Das Gesetz stellt unter anderem die „Missachtung des Parlaments“ durch Regierungsvertreter unter Strafe und "
      "verpflichtet den Präsidenten, Fragen der Abgeordneten zu beantworten.")
T7 = "„Das Parlament muss die Regierung kontrollieren können“, sagte der KMT-Fraktionschef Fu Kun-chi."
T8 = ("Die DPP warf KMT und TPP vor, die Reform ohne ausreichende Beratung durch das Parlament gepeitscht zu "
      "haben.")
T9 = "Parlamentspräsident Han Kuo-yu hatte eine Forderung der DPP abgelehnt, die Abstimmung zu verschieben."
T10 = ("Bereits am 17. Mai hatten sich Abgeordnete beider Lager im Plenarsaal geprügelt, mehrere mussten ins "
       "Krankenhaus gebracht werden.")
T11 = "Präsident Lai Ching-te forderte die Opposition auf, die Reform erneut zur Diskussion zu stellen."
T12 = "Hunderte Polizisten waren rund um das Parlament im Einsatz."
T13 = "Festnahmen gab es nach Angaben der Polizei nicht."
T14 = ("Ein Sprecher des chinesischen Büros für Taiwan-Angelegenheiten warf der DPP vor, die Proteste angestachelt "
       "zu haben, um die Opposition einzuschüchtern.")
T15 = "Lai war erst am 20. Mai als Staatschef vereidigt worden."

DE04 = {
    "id": "hm242-de-04", "lang": "de", "url": None, "published": "2024-05-28",
    "title": "Taiwans Parlament beschließt umstrittene Reform trotz Massenprotesten",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9, T10], [T11, T12, T13], [T14, T15]),
    "events": [
        event("PROTEST", TWN_PROTESTERS, LEG_YUAN, T3, mode="demo", location="Taipei", location_country="TWN"),
        event("ACCUSE", TWN_PROTESTERS, KMT, T4, mode="allege"),
        event("ACCUSE", DPP, KMT, T8, mode="disapprove"),
        event("ACCUSE", DPP, TPP, T8, mode="disapprove"),
        event("REJECT", HAN_KUO_YU, DPP, T9),
        event("REQUEST", DPP, HAN_KUO_YU, T9),
        event("ASSAULT", DPP, KMT, T10, mode="beat", date="2024-05-17", location="Taipei", location_country="TWN"),
        event("ASSAULT", KMT, DPP, T10, mode="beat", date="2024-05-17", location="Taipei", location_country="TWN"),
        event("REQUEST", LAI, KMT, T11),
        event("REQUEST", LAI, TPP, T11),
        event("MOBILIZE", TWN_POLICE, None, T12, mode="police", location="Taipei", location_country="TWN"),
        event("COERCE", TWN_POLICE, TWN_PROTESTERS, T13, mode="arrest", negated=True),
        event("ACCUSE", TAO, DPP, T14, mode="allege"),
    ],
    "quotes": [
        quote("sie handle im Interesse Pekings", "Taiwanese protesters", "indirect"),
        quote("Missachtung des Parlaments", "Legislative Yuan", "direct"),
        quote("Das Parlament muss die Regierung kontrollieren können", "Fu Kun-chi", "direct"),
    ],
    "entities": [
        entity("Taipei", "LOC", "TWN", ["Taipeh"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans"]),
        entity("Legislative Yuan", "ORG", "TWN", ["Taiwans Parlament", "im Parlament", "dem Parlamentsgebäude",
                                                  "das Parlament"]),
        entity("Kuomintang", "ORG", "TWN", ["Kuomintang (KMT)", "der KMT", "Die Partei"]),
        entity("Taiwan People's Party", "ORG", "TWN", ["Taiwanischer Volkspartei (TPP)", "TPP"]),
        entity("Democratic Progressive Party", "ORG", "TWN",
               ["der regierenden Demokratischen Fortschrittspartei (DPP)", "Die DPP", "der DPP"]),
        entity("China", "LOC", "CHN", ["Pekings"]),
        entity("Fu Kun-chi", "PER", "TWN", ["der KMT-Fraktionschef Fu Kun-chi"]),
        entity("Han Kuo-yu", "PER", "TWN", ["Parlamentspräsident Han Kuo-yu"]),
        entity("Lai Ching-te", "PER", "TWN", ["Präsident Lai Ching-te", "Lai"]),
        entity("Taiwanese police", "ORG", "TWN", ["Hunderte Polizisten", "der Polizei"]),
        entity("Taiwan Affairs Office", "ORG", "CHN", ["des chinesischen Büros für Taiwan-Angelegenheiten"]),
    ],
}

# ---------------------------------------------------------------- hm242-en-01 (Vanuatu parliament dissolved)
VURO = actor("Nikenike Vurobaravu", "VUT", "GOV")
VUT_PARLIAMENT = actor("Parliament of Vanuatu", "VUT", "LEG")
VUT_CABINET = actor("Council of Ministers of Vanuatu", "VUT", "GOV")
VUT_OPPOSITION = actor("opposition lawmakers of Vanuatu", "VUT", "OPP")
SALWAI = actor("Charlot Salwai", "VUT", "GOV")
VUT_OPP_MP = actor("opposition member of parliament of Vanuatu", "VUT", "OPP")
VUT_POLICE = actor("Vanuatu Police Force", "VUT", "COP")
AUSTRALIA = actor("Australia", "AUS", "GOV")
NEW_ZEALAND = actor("New Zealand", "NZL", "GOV")
VANUATU = actor("Vanuatu", "VUT", "GOV")

V1 = ("PORT VILA, Nov 19 (AFP) - Vanuatu's president dissolved parliament on Monday, hours before lawmakers were due "
      "to debate a motion of no confidence against Prime Minister Charlot Salwai.")
V2 = ("President Nikenike Vurobaravu acted on the advice of the Council of Ministers, his office said in a "
      "statement.")
V3 = ("Opposition lawmakers had tabled the motion last week, demanding Salwai's resignation after several government "
      "MPs crossed the floor.")
V4 = "They accuse the prime minister of mismanaging the economy and failing to deliver on promised reforms."
V5 = ("“This is a desperate move by a prime minister who no longer has the numbers,” an opposition MP told reporters "
      "outside parliament.")
V6 = ("Salwai defended the decision, saying that repeated no-confidence motions had paralysed the government and "
      "that voters should now decide.")
V7 = "Vanuatu has had six prime ministers in the past five years."
V8 = "Opposition lawmakers filed a challenge to the dissolution in the Supreme Court on Tuesday."
V9 = ("Police were deployed around parliament and the president's office in the capital, but there were no reports "
      "of unrest.")
V10 = "Under the constitution, a general election must be held within 60 days of a dissolution."
V11 = ("Australia and New Zealand, the country's largest aid donors, called for calm and respect for the "
       "constitutional process.")
V12 = "Salwai himself took office in October 2023 after his predecessor lost a no-confidence vote."
V13 = ("In August, voters approved constitutional changes meant to curb frequent changes of government by stopping "
       "lawmakers from switching parties.")

EN01 = {
    "id": "hm242-en-01", "lang": "en", "url": None, "published": "2024-11-19",
    "title": "Vanuatu president dissolves parliament ahead of no-confidence vote",
    "text": paragraphs([V1, V2, V3, V4], [V5, V6, V7], [V8, V9, V10, V11], [V12, V13]),
    "events": [
        event("COERCE", VURO, VUT_PARLIAMENT, V1, date="2024-11-18", location="Port Vila", location_country="VUT"),
        event("REQUEST", VUT_CABINET, VURO, V2),
        event("REQUEST", VUT_OPPOSITION, SALWAI, V3, mode="yield"),
        event("ACCUSE", VUT_OPPOSITION, SALWAI, V4, mode="allege"),
        event("ACCUSE", VUT_OPP_MP, SALWAI, V5, mode="disapprove"),
        event("ACCUSE", VUT_OPPOSITION, VURO, V8, date="2024-11-19"),
        event("MOBILIZE", VUT_POLICE, None, V9, mode="police", location="Port Vila", location_country="VUT"),
        event("REQUEST", AUSTRALIA, VANUATU, V11),
        event("REQUEST", NEW_ZEALAND, VANUATU, V11),
    ],
    "quotes": [
        quote("President Nikenike Vurobaravu acted on the advice of the Council of Ministers",
              "Office of the President of Vanuatu", "indirect"),
        quote("This is a desperate move by a prime minister who no longer has the numbers",
              "opposition member of parliament of Vanuatu", "direct"),
        quote("repeated no-confidence motions had paralysed the government and that voters should now decide",
              "Charlot Salwai", "indirect"),
    ],
    "entities": [
        entity("Port Vila", "LOC", "VUT", ["PORT VILA", "the capital"]),
        entity("Vanuatu", "LOC", "VUT", ["Vanuatu's", "Vanuatu", "the country's"]),
        entity("Nikenike Vurobaravu", "PER", "VUT",
               ["Vanuatu's president", "President Nikenike Vurobaravu", "the president's"]),
        entity("Parliament of Vanuatu", "ORG", "VUT", ["parliament"]),
        entity("Charlot Salwai", "PER", "VUT",
               ["Prime Minister Charlot Salwai", "Salwai's", "Salwai", "the prime minister"]),
        entity("Office of the President of Vanuatu", "ORG", "VUT", ["his office"]),
        entity("Council of Ministers of Vanuatu", "ORG", "VUT", ["the Council of Ministers"]),
        entity("opposition member of parliament of Vanuatu", "PER", "VUT", ["an opposition MP"]),
        entity("Supreme Court of Vanuatu", "ORG", "VUT", ["the Supreme Court"]),
        entity("Australia", "LOC", "AUS", ["Australia"]),
        entity("New Zealand", "LOC", "NZL", ["New Zealand"]),
    ],
}

# ---------------------------------------------------------------- hm242-en-02 (UN report on Bangladesh's 2024 crackdown)
OHCHR = actor("UN Human Rights Office", "UNO", "IGO")
BGD_FORMER_GOV = actor("former government of Bangladesh", "BGD", "GOV")
BGD_SEC_FORCES = actor("Bangladeshi security forces", "BGD", "COP")
TURK = actor("Volker Türk", "UNO", "IGO")
BGD_INTERIM = actor("interim government of Bangladesh", "BGD", "GOV")
YUNUS = actor("Muhammad Yunus", "BGD", "GOV")
AWAMI_LEAGUE = actor("Awami League", "BGD", "PTY")
BGD_STUDENT_LEADERS = actor("Bangladeshi student leaders", "BGD", "CVL")
CHHATRA_LEAGUE = actor("Bangladesh Chhatra League", "BGD", "PTY")

U1 = ("GENEVA, Feb 12 (Reuters) - Bangladesh's former government and its security forces committed serious human "
      "rights violations during last year's student-led uprising that may amount to crimes against humanity, the "
      "United Nations human rights office said on Wednesday.")
U2 = ("As many as 1,400 people may have been killed between July 15 and August 5, most of them by security forces, "
      "according to the report by a U.N. fact-finding team.")
U3 = "Children made up about 12 percent of the dead."
U4 = ("The report said the crackdown was a 'calculated and well-coordinated strategy' by the former government to "
      "cling to power, directed by senior political leaders and security officials.")
U5 = ("“The brutal response was a calculated strategy by the former government to hold on to power in the face of "
      "mass opposition,” U.N. High Commissioner for Human Rights Volker Türk said.")
U6 = ("Türk urged the interim authorities to hold those responsible to account, but without resorting to the death "
      "penalty.")
U7 = ("The team also documented revenge attacks on Awami League supporters, police officers and members of the "
      "Hindu minority in the days after the government fell.")
U8 = ("Chief Adviser Muhammad Yunus welcomed the findings and said his government would ensure that the perpetrators "
      "were brought to justice.")
U9 = "“We will implement the recommendations,” he told reporters in Dhaka."
U10 = ("The Awami League rejected the report as 'biased' and said it had been prepared under pressure from the "
       "interim government.")
U11 = ("The report also recommended that Bangladesh disband the Rapid Action Battalion, an elite police unit long "
       "accused of extrajudicial killings.")
U12 = "The interim government has not banned the Awami League, despite calls from student leaders to do so."
U13 = ("The party's student wing, the Bangladesh Chhatra League, was outlawed in October under an anti-terrorism "
       "law.")
U14 = "Former Prime Minister Sheikh Hasina has been living in exile in India since August."

EN02 = {
    "id": "hm242-en-02", "lang": "en", "url": None, "published": "2025-02-12",
    "title": "UN says Bangladesh's ousted government may have committed crimes against humanity",
    "text": paragraphs([U1, U2, U3], [U4, U5, U6, U7], [U8, U9, U10, U11], [U12, U13, U14]),
    "events": [
        event("ACCUSE", OHCHR, BGD_FORMER_GOV, U1, mode="allege"),
        event("ACCUSE", OHCHR, BGD_SEC_FORCES, U1, mode="allege"),
        event("ACCUSE", OHCHR, BGD_FORMER_GOV, U4, mode="allege"),
        event("ACCUSE", TURK, BGD_FORMER_GOV, U5, mode="allege"),
        event("REQUEST", TURK, BGD_INTERIM, U6),
        event("SUPPORT", YUNUS, OHCHR, U8),
        event("AGREE", YUNUS, OHCHR, U9),
        event("ACCUSE", AWAMI_LEAGUE, BGD_INTERIM, U10, mode="allege"),
        event("REQUEST", OHCHR, BGD_INTERIM, U11, mode="change"),
        event("COERCE", BGD_INTERIM, AWAMI_LEAGUE, U12, mode="ban", negated=True),
        event("REQUEST", BGD_STUDENT_LEADERS, BGD_INTERIM, U12),
        event("COERCE", BGD_INTERIM, CHHATRA_LEAGUE, U13, mode="ban"),
    ],
    "quotes": [
        quote("Bangladesh's former government and its security forces committed serious human rights violations "
              "during last year's student-led uprising that may amount to crimes against humanity",
              "UN Human Rights Office", "indirect"),
        quote("As many as 1,400 people may have been killed between July 15 and August 5, most of them by security "
              "forces", "UN Human Rights Office", "indirect"),
        quote("calculated and well-coordinated strategy", "UN Human Rights Office", "direct"),
        quote("the crackdown was a 'calculated and well-coordinated strategy' by the former government to cling to "
              "power, directed by senior political leaders and security officials", "UN Human Rights Office",
              "indirect"),
        quote("The brutal response was a calculated strategy by the former government to hold on to power in the "
              "face of mass opposition", "Volker Türk", "direct"),
        quote("his government would ensure that the perpetrators were brought to justice", "Muhammad Yunus",
              "indirect"),
        quote("We will implement the recommendations", "Muhammad Yunus", "direct"),
        quote("biased", "Awami League", "direct"),
        quote("it had been prepared under pressure from the interim government", "Awami League", "indirect"),
        quote("Bangladesh disband the Rapid Action Battalion", "UN Human Rights Office", "indirect"),
    ],
    "entities": [
        entity("Geneva", "LOC", "CHE", ["GENEVA"]),
        entity("Bangladesh", "LOC", "BGD", ["Bangladesh's", "Bangladesh"]),
        entity("former government of Bangladesh", "ORG", "BGD",
               ["Bangladesh's former government", "the former government"]),
        entity("Bangladeshi security forces", "ORG", "BGD", ["its security forces", "security forces"]),
        entity("UN Human Rights Office", "ORG", "UNO",
               ["the United Nations human rights office", "a U.N. fact-finding team", "The team"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. High Commissioner for Human Rights Volker Türk", "Türk"]),
        entity("interim government of Bangladesh", "ORG", "BGD",
               ["the interim authorities", "the interim government", "The interim government", "his government"]),
        entity("Awami League", "ORG", "BGD", ["Awami League", "The Awami League", "The party's"]),
        entity("Hindu minority of Bangladesh", "MISC", "BGD", ["the Hindu minority"]),
        entity("Muhammad Yunus", "PER", "BGD", ["Chief Adviser Muhammad Yunus"]),
        entity("Dhaka", "LOC", "BGD", ["Dhaka"]),
        entity("Rapid Action Battalion", "ORG", "BGD", ["the Rapid Action Battalion", "an elite police unit"]),
        entity("Bangladesh Chhatra League", "ORG", "BGD", ["the Bangladesh Chhatra League"]),
        entity("Sheikh Hasina", "PER", "BGD", ["Former Prime Minister Sheikh Hasina"]),
        entity("India", "LOC", "IND", ["India"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
