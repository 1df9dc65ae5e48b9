"""Round 352: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm352-de-01: Mali, Burkina Faso and Niger announce their immediate withdrawal from the International Criminal Court; the AES statement accuses the court, Al Hassan's sentence and HRW's accusations recalled, Amnesty and ASP President Kaukoranta object, Mali's prime minister Maïga attacks the court, junta supporters celebrate in Ouagadougou (2025-09-23).
- hm352-de-02: Ethiopia: the civil society authority ACSO suspends the Ethiopian Human Rights Council (EHRCO) and opens a financial audit; staff allege an office search, the earlier suspensions of CARD, AHRE and LHR, a government warning, Türk, Amnesty and the EU delegation object (2024-12-26).
- hm352-de-03: Kenya: the High Court suspends acting police chief Douglas Kanja's ban on protests in central Nairobi on a Katiba Institute petition; protesters march again, tear gas and arrests, the LSK welcomes the ruling, the police pledge compliance and warn looters, Ruto's dialogue offer rejected (2024-07-18).
- hm352-de-04: Liberia: President Joseph Boakai signs an executive order setting up an office for a war and economic crimes court; the legislature's and the TRC's earlier calls, Senator Prince Johnson objects and refuses to appear, the US and the EU pledge support, Hassan Bility praises Boakai (2024-05-03).
- hm352-en-01: ICC: the International Criminal Court convicts former Janjaweed leader Ali Kushayb (Ali Muhammad Ali Abd-Al-Rahman) over Darfur; the defence objects, his 2020 surrender, the deputy prosecutor asks Sudan to hand over al-Bashir and Haroun, Port Sudan welcomes the verdict but refuses, the RSF investigation, Amnesty's appeal to the Security Council (2025-10-06).
- hm352-en-02: Niger/Nigeria: General Abdourahamane Tiani accuses Nigeria of letting France use its territory against Niger and threatens to respond; Abuja denies, Ribadu and the Defence Headquarters offer cooperation, the August military agreement, ECOWAS urges dialogue, a pro-Tiani rally in Niamey (2024-12-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm352-de-01 (Sahel states leave the ICC)
MLI_GOV = actor("Government of Mali", "MLI", "GOV")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
NER_GOV = actor("Government of Niger", "NER", "GOV")
ICC = actor("International Criminal Court", "IGO", "JUD")
AES = actor("Alliance of Sahel States", "IGO", "IGO")
AL_HASSAN = actor("Al Hassan Ag Abdoul Aziz", "MLI", "REB")
HRW = actor("Human Rights Watch", "NGO", "NGO")
MLI_MIL = actor("Malian Armed Forces", "MLI", "MIL")
WAGNER = actor("Wagner Group", "RUS", "MIL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SIVIEUDE = actor("Marceau Sivieude", "NGO", "NGO")
KAUKORANTA = actor("Päivi Kaukoranta", "IGO", "IGO")
MAIGA = actor("Abdoulaye Maïga", "MLI", "GOV")
BFA_JUNTA_SUPPORTERS = actor("supporters of Burkina Faso's junta in Ouagadougou", "BFA", "CVL")

A1 = ("Bamako (dpa) - Die Militärregierungen von Mali, Burkina Faso und Niger haben ihren Austritt aus dem "
      "Internationalen Strafgerichtshof (IStGH) mit sofortiger Wirkung angekündigt.")
A2 = ("In einer am Montagabend verbreiteten Erklärung der Konföderation der Sahelstaaten (AES) hieß es, der "
      "Gerichtshof habe sich als „Instrument neokolonialer Unterdrückung in den Händen des Imperialismus“ erwiesen.")
A3 = ("Er sei unfähig, nachgewiesene Kriegsverbrechen und Verbrechen gegen die Menschlichkeit zu verfolgen, und richte "
      "sich einseitig gegen afrikanische Staaten, heißt es in dem Text.")
A4 = ("Die drei Staaten wollen stattdessen einen eigenen Sahel-Strafgerichtshof für Menschenrechte schaffen, der auch "
      "über Terrorismus und organisierte Kriminalität urteilen soll.")
A5 = ("Im vergangenen November hatte das Gericht in Den Haag den früheren Chef der Islamischen Polizei in Timbuktu, "
      "Al Hassan Ag Abdoul Aziz, wegen Kriegsverbrechen und Verbrechen gegen die Menschlichkeit zu zehn Jahren Haft "
      "verurteilt.")
A6 = ("Human Rights Watch hatte erst im Juli den malischen Streitkräften und der russischen Söldnertruppe Wagner "
      "vorgeworfen, bei Einsätzen gegen Dschihadisten Dutzende Zivilisten hingerichtet zu haben.")
A7 = ("Amnesty International warf den drei Regierungen vor, Opfern schwerer Verbrechen den Weg zur Gerechtigkeit zu "
      "versperren.")
A8 = ("„Dieser Schritt schützt allein die Täter, auch die in Uniform“, sagte der Amnesty-Regionaldirektor für West- "
      "und Zentralafrika, Marceau Sivieude, in Dakar.")
A9 = ("Die Präsidentin der Versammlung der Vertragsstaaten, Päivi Kaukoranta, rief die drei Länder auf, ihre "
      "Entscheidung zu überdenken.")
A10 = ("Gerichtssprecher Fadi El Abdallah sagte, ein Austritt werde nach dem Römischen Statut erst ein Jahr nach der "
       "Mitteilung an den UN-Generalsekretär wirksam.")
A11 = "Für Verbrechen, die bis dahin begangen würden, bleibe das Gericht zuständig, fügte er hinzu."
A12 = ("Malis Regierungschef, General Abdoulaye Maïga, sagte im Staatsfernsehen ORTM, man nehme „keine Lektionen“ von "
       "einer Institution an, die „vor den Verbrechen der Großmächte die Augen verschließt“.")
A13 = ("In Ouagadougou versammelten sich am Dienstag mehrere Hundert Anhänger der Junta von Hauptmann Ibrahim Traoré, "
       "um den Schritt zu feiern.")
A14 = ("Die Militärs, die zwischen 2020 und 2023 in den drei Ländern die Macht übernommen hatten, haben sich von "
       "Frankreich abgewandt und arbeiten eng mit Russland zusammen.")

DE01 = {
    "id": "hm352-de-01", "lang": "de", "url": None, "published": "2025-09-23",
    "title": "Mali, Burkina Faso und Niger kehren dem Weltstrafgericht den Rücken",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6], [A7, A8, A9, A10, A11], [A12, A13, A14]),
    "events": [
        event("SANCTION", MLI_GOV, ICC, A1, mode="withdraw", date="2025-09-22"),
        event("SANCTION", BFA_GOV, ICC, A1, mode="withdraw", date="2025-09-22"),
        event("SANCTION", NER_GOV, ICC, A1, mode="withdraw", date="2025-09-22"),
        event("ACCUSE", AES, ICC, A2, mode="disapprove", date="2025-09-22"),
        event("ACCUSE", AES, ICC, A3, mode="disapprove"),
        event("SANCTION", ICC, AL_HASSAN, A5, mode="convict", location="The Hague", location_country="NLD"),
        event("COERCE", ICC, AL_HASSAN, A5, mode="arrest", location="The Hague", location_country="NLD"),
        event("ACCUSE", HRW, MLI_MIL, A6, mode="allege"),
        event("ACCUSE", HRW, WAGNER, A6, mode="allege"),
        event("ACCUSE", AMNESTY, MLI_GOV, A7, mode="disapprove"),
        event("ACCUSE", AMNESTY, BFA_GOV, A7, mode="disapprove"),
        event("ACCUSE", AMNESTY, NER_GOV, A7, mode="disapprove"),
        event("ACCUSE", SIVIEUDE, MLI_GOV, A8, mode="disapprove", location="Dakar", location_country="SEN"),
        event("ACCUSE", SIVIEUDE, BFA_GOV, A8, mode="disapprove", location="Dakar", location_country="SEN"),
        event("ACCUSE", SIVIEUDE, NER_GOV, A8, mode="disapprove", location="Dakar", location_country="SEN"),
        event("REQUEST", KAUKORANTA, MLI_GOV, A9, mode="change"),
        event("REQUEST", KAUKORANTA, BFA_GOV, A9, mode="change"),
        event("REQUEST", KAUKORANTA, NER_GOV, A9, mode="change"),
        event("ACCUSE", MAIGA, ICC, A12, mode="disapprove"),
        event("SUPPORT", BFA_JUNTA_SUPPORTERS, BFA_GOV, A13, date="2025-09-23", location="Ouagadougou",
              location_country="BFA"),
    ],
    "quotes": [
        quote("Instrument neokolonialer Unterdrückung in den Händen des Imperialismus", "Alliance of Sahel States",
              "direct"),
        quote("der Gerichtshof habe sich als „Instrument neokolonialer Unterdrückung in den Händen des Imperialismus“ "
              "erwiesen", "Alliance of Sahel States", "indirect"),
        quote("Er sei unfähig, nachgewiesene Kriegsverbrechen und Verbrechen gegen die Menschlichkeit zu verfolgen, und "
              "richte sich einseitig gegen afrikanische Staaten", "Alliance of Sahel States", "indirect"),
        quote("bei Einsätzen gegen Dschihadisten Dutzende Zivilisten hingerichtet zu haben", "Human Rights Watch",
              "indirect"),
        quote("Opfern schwerer Verbrechen den Weg zur Gerechtigkeit zu versperren", "Amnesty International",
              "indirect"),
        quote("Dieser Schritt schützt allein die Täter, auch die in Uniform", "Marceau Sivieude", "direct"),
        quote("ein Austritt werde nach dem Römischen Statut erst ein Jahr nach der Mitteilung an den "
              "UN-Generalsekretär wirksam", "Fadi El Abdallah", "indirect"),
        quote("Für Verbrechen, die bis dahin begangen würden, bleibe das Gericht zuständig", "Fadi El Abdallah",
              "indirect"),
        quote("keine Lektionen", "Abdoulaye Maïga", "direct"),
        quote("vor den Verbrechen der Großmächte die Augen verschließt", "Abdoulaye Maïga", "direct"),
        quote("man nehme „keine Lektionen“ von einer Institution an, die „vor den Verbrechen der Großmächte die Augen "
              "verschließt“", "Abdoulaye Maïga", "indirect"),
    ],
    "entities": [
        entity("Bamako", "LOC", "MLI", ["Bamako"]),
        entity("Mali", "LOC", "MLI", ["Mali", "Malis"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
        entity("Government of Mali", "ORG", "MLI", ["Die Militärregierungen von Mali, Burkina Faso und Niger",
                                                    "Die drei Staaten", "den drei Regierungen", "die drei Länder",
                                                    "Die Militärs"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["Die Militärregierungen von Mali, Burkina Faso und Niger",
                                                            "Die drei Staaten", "den drei Regierungen",
                                                            "die drei Länder", "der Junta von Hauptmann Ibrahim "
                                                                               "Traoré", "Die Militärs"]),
        entity("Government of Niger", "ORG", "NER", ["Die Militärregierungen von Mali, Burkina Faso und Niger",
                                                     "Die drei Staaten", "den drei Regierungen", "die drei Länder",
                                                     "Die Militärs"]),
        entity("International Criminal Court", "ORG", "IGO", ["Internationalen Strafgerichtshof (IStGH)",
                                                              "der Gerichtshof", "Er", "das Gericht in Den Haag",
                                                              "das Gericht", "einer Institution"]),
        entity("Alliance of Sahel States", "ORG", "IGO", ["Konföderation der Sahelstaaten (AES)"]),
        entity("Sahelian Criminal Court for Human Rights", "ORG", None, ["einen eigenen Sahel-Strafgerichtshof für "
                                                                         "Menschenrechte"]),
        entity("The Hague", "LOC", "NLD", ["Den Haag"]),
        entity("Al Hassan Ag Abdoul Aziz", "PER", "MLI", ["den früheren Chef der Islamischen Polizei in Timbuktu, Al "
                                                          "Hassan Ag Abdoul Aziz"]),
        entity("Timbuktu", "LOC", "MLI", ["Timbuktu"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Malian Armed Forces", "ORG", "MLI", ["den malischen Streitkräften"]),
        entity("Wagner Group", "ORG", "RUS", ["der russischen Söldnertruppe Wagner"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "Amnesty"]),
        entity("Marceau Sivieude", "PER", None, ["der Amnesty-Regionaldirektor für West- und Zentralafrika, Marceau "
                                                 "Sivieude"]),
        entity("Dakar", "LOC", "SEN", ["Dakar"]),
        entity("Päivi Kaukoranta", "PER", "FIN", ["Die Präsidentin der Versammlung der Vertragsstaaten, Päivi "
                                                  "Kaukoranta"]),
        entity("Assembly of States Parties to the Rome Statute", "ORG", "IGO", ["der Versammlung der "
                                                                                "Vertragsstaaten"]),
        entity("Fadi El Abdallah", "PER", None, ["Gerichtssprecher Fadi El Abdallah", "er"]),
        entity("Rome Statute", "ORG", None, ["dem Römischen Statut"]),
        entity("Secretary-General of the United Nations", "PER", "UNO", ["den UN-Generalsekretär"]),
        entity("Abdoulaye Maïga", "PER", "MLI", ["Malis Regierungschef, General Abdoulaye Maïga"]),
        entity("ORTM", "ORG", "MLI", ["Staatsfernsehen ORTM"]),
        entity("Ouagadougou", "LOC", "BFA", ["Ouagadougou"]),
        entity("supporters of Burkina Faso's junta in Ouagadougou", "PER", "BFA", ["mehrere Hundert Anhänger der "
                                                                                   "Junta von Hauptmann Ibrahim "
                                                                                   "Traoré"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Russia", "LOC", "RUS", ["Russland"]),
    ],
}

# ---------------------------------------------------------------- hm352-de-02 (Ethiopia suspends EHRCO)
ACSO = actor("Authority for Civil Society Organizations", "ETH", "GOV")
EHRCO = actor("Ethiopian Human Rights Council", "ETH", "NGO")
EHRCO_STAFF = actor("staff of the Ethiopian Human Rights Council", "ETH", "NGO")
ETH_SECURITY = actor("Ethiopian security forces", "ETH", "COP")
CARD = actor("Center for Advancement of Rights and Democracy", "ETH", "NGO")
AHRE = actor("Association for Human Rights in Ethiopia", "ETH", "NGO")
LHR = actor("Lawyers for Human Rights", "ETH", "NGO")
ETH_SPOKES = actor("Spokesperson of the Government of Ethiopia", "ETH", "GOV")
ETH_GOV = actor("Government of Ethiopia", "ETH", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")
AMNESTY_ = actor("Amnesty International", "NGO", "NGO")
EU_DELEGATION = actor("Delegation of the European Union to Ethiopia", "EUR", "IGO")

B1 = ("Addis Abeba (dpa) - Äthiopiens Behörden haben die älteste unabhängige Menschenrechtsorganisation des Landes, "
      "den Ethiopian Human Rights Council (EHRCO), bis auf Weiteres suspendiert.")
B2 = ("Die Aufsichtsbehörde für zivilgesellschaftliche Organisationen (ACSO) warf dem Rat in einem am Mittwoch bekannt "
      "gewordenen Schreiben vor, gegen die Pflicht zur politischen Neutralität verstoßen und seine Arbeit „nicht im "
      "Einklang mit dem Gesetz“ ausgeübt zu haben.")
B3 = "Zudem leitete die Behörde eine Prüfung der Finanzen der 1991 gegründeten Organisation ein."
B4 = ("Mitarbeiter des Rates berichteten, Sicherheitskräfte hätten bereits am Montag das Büro in Addis Abeba "
      "durchsucht und Computer sowie Unterlagen mitgenommen.")
B5 = ("Der Rat wies die Vorwürfe zurück und sprach von einem Versuch, unabhängige Stimmen vor der Parlamentswahl 2026 "
      "zum Schweigen zu bringen.")
B6 = ("„Wir haben in mehr als 30 Jahren unter drei Regierungen dokumentiert, was wir gesehen haben, und wir werden das "
      "weiter tun“, sagte Direktor Dan Yirga.")
B7 = "Die Organisation werde die Entscheidung vor Gericht anfechten, kündigte er an."
B8 = ("Bereits im November hatte die ACSO drei weitere Gruppen suspendiert: das Center for Advancement of Rights and "
      "Democracy (CARD), die Association for Human Rights in Ethiopia (AHRE) und Lawyers for Human Rights (LHR).")
B9 = ("Ein Regierungssprecher sagte, der Rat und andere Gruppen, die sich wie Oppositionsparteien verhielten, müssten "
      "mit weiteren Konsequenzen rechnen.")
B10 = ("UN-Menschenrechtskommissar Volker Türk forderte die Regierung in Genf auf, die Suspendierungen umgehend "
       "aufzuheben.")
B11 = ("Amnesty International warf der Regierung von Ministerpräsident Abiy Ahmed vor, kritische Stimmen systematisch "
       "zum Schweigen zu bringen.")
B12 = ("Die Delegation der Europäischen Union in Addis Abeba rief die Behörden zum Dialog mit der Zivilgesellschaft "
       "auf.")
B13 = ("Äthiopien steht seit dem Krieg in der Region Tigray und wegen der Kämpfe mit der Fano-Miliz in Amhara "
       "international wegen Menschenrechtsverletzungen in der Kritik.")

DE02 = {
    "id": "hm352-de-02", "lang": "de", "url": None, "published": "2024-12-26",
    "title": "Äthiopien suspendiert älteste Menschenrechtsorganisation des Landes",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7], [B8, B9], [B10, B11, B12, B13]),
    "events": [
        event("COERCE", ACSO, EHRCO, B1, mode="ban"),
        event("ACCUSE", ACSO, EHRCO, B2, mode="allege"),
        event("ACCUSE", ACSO, EHRCO, B3, mode="investigate"),
        event("ACCUSE", EHRCO_STAFF, ETH_SECURITY, B4, mode="allege"),
        event("ACCUSE", EHRCO, ACSO, B5, mode="disapprove"),
        event("COERCE", ACSO, CARD, B8, mode="ban"),
        event("COERCE", ACSO, AHRE, B8, mode="ban"),
        event("COERCE", ACSO, LHR, B8, mode="ban"),
        event("THREATEN", ETH_SPOKES, EHRCO, B9),
        event("REQUEST", TURK, ETH_GOV, B10, mode="yield", location="Geneva", location_country="CHE"),
        event("ACCUSE", AMNESTY_, ETH_GOV, B11, mode="disapprove"),
        event("REQUEST", EU_DELEGATION, ETH_GOV, B12, mode="meet", location="Addis Ababa", location_country="ETH"),
    ],
    "quotes": [
        quote("nicht im Einklang mit dem Gesetz", "Authority for Civil Society Organizations", "direct"),
        quote("gegen die Pflicht zur politischen Neutralität verstoßen und seine Arbeit „nicht im Einklang mit dem "
              "Gesetz“ ausgeübt zu haben", "Authority for Civil Society Organizations", "indirect"),
        quote("Sicherheitskräfte hätten bereits am Montag das Büro in Addis Abeba durchsucht und Computer sowie "
              "Unterlagen mitgenommen", "staff of the Ethiopian Human Rights Council", "indirect"),
        quote("Wir haben in mehr als 30 Jahren unter drei Regierungen dokumentiert, was wir gesehen haben, und wir "
              "werden das weiter tun", "Dan Yirga", "direct"),
        quote("Die Organisation werde die Entscheidung vor Gericht anfechten", "Dan Yirga", "indirect"),
        quote("der Rat und andere Gruppen, die sich wie Oppositionsparteien verhielten, müssten mit weiteren "
              "Konsequenzen rechnen", "Spokesperson of the Government of Ethiopia", "indirect"),
        quote("kritische Stimmen systematisch zum Schweigen zu bringen", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Addis Ababa", "LOC", "ETH", ["Addis Abeba"]),
        entity("Ethiopia", "LOC", "ETH", ["Äthiopiens", "des Landes", "Äthiopien"]),
        entity("Authority for Civil Society Organizations", "ORG", "ETH", ["Äthiopiens Behörden",
                                                                           "Die Aufsichtsbehörde für "
                                                                           "zivilgesellschaftliche Organisationen "
                                                                           "(ACSO)", "die Behörde", "die ACSO"]),
        entity("Ethiopian Human Rights Council", "ORG", "ETH", ["die älteste unabhängige Menschenrechtsorganisation "
                                                                "des Landes", "den Ethiopian Human Rights Council "
                                                                "(EHRCO)", "dem Rat", "der 1991 gegründeten "
                                                                "Organisation", "des Rates", "Der Rat",
                                                                "Die Organisation", "der Rat"]),
        entity("staff of the Ethiopian Human Rights Council", "PER", "ETH", ["Mitarbeiter des Rates"]),
        entity("Ethiopian security forces", "ORG", "ETH", ["Sicherheitskräfte"]),
        entity("Dan Yirga", "PER", "ETH", ["Direktor Dan Yirga", "er"]),
        entity("Center for Advancement of Rights and Democracy", "ORG", "ETH", ["das Center for Advancement of "
                                                                                "Rights and Democracy (CARD)"]),
        entity("Association for Human Rights in Ethiopia", "ORG", "ETH", ["die Association for Human Rights in "
                                                                          "Ethiopia (AHRE)"]),
        entity("Lawyers for Human Rights", "ORG", "ETH", ["Lawyers for Human Rights (LHR)"]),
        entity("Spokesperson of the Government of Ethiopia", "PER", "ETH", ["Ein Regierungssprecher"]),
        entity("Government of Ethiopia", "ORG", "ETH", ["die Regierung", "der Regierung von Ministerpräsident Abiy "
                                                                         "Ahmed", "die Behörden"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Abiy Ahmed", "PER", "ETH", ["Ministerpräsident Abiy Ahmed"]),
        entity("Delegation of the European Union to Ethiopia", "ORG", "EUR", ["Die Delegation der Europäischen "
                                                                              "Union in Addis Abeba"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union"]),
        entity("Tigray", "LOC", "ETH", ["der Region Tigray"]),
        entity("Fano", "ORG", "ETH", ["der Fano-Miliz"]),
        entity("Amhara", "LOC", "ETH", ["Amhara"]),
    ],
}

# ---------------------------------------------------------------- hm352-de-03 (Kenya, court suspends protest ban)
KEN_HIGH_COURT = actor("High Court of Kenya", "KEN", "JUD")
KEN_POLICE = actor("National Police Service", "KEN", "COP")
KATIBA = actor("Katiba Institute", "KEN", "NGO")
KANJA = actor("Douglas Kanja", "KEN", "COP")
NBI_PROTESTERS = actor("anti-government protesters in Nairobi", "KEN", "CVL")
NBI_GANGS = actor("criminal gangs infiltrating the Nairobi protests", "KEN", "REB")
RUTO = actor("William Ruto", "KEN", "GOV")
LSK = actor("Law Society of Kenya", "KEN", "NGO")
ODHIAMBO = actor("Faith Odhiambo", "KEN", "NGO")
ONYANGO = actor("Resila Onyango", "KEN", "COP")

C1 = ("Nairobi (dpa) - Ein Gericht in Kenia hat das von der Polizei verhängte Demonstrationsverbot für die Innenstadt "
      "der Hauptstadt Nairobi vorläufig außer Kraft gesetzt.")
C2 = ("Richter Bahati Mwamuye gab am Donnerstag einem Eilantrag der Organisation Katiba Institute statt und "
      "untersagte der Polizei bis zu einer Anhörung, friedliche Proteste zu verhindern.")
C3 = ("Der amtierende Generalinspekteur der Polizei, Douglas Kanja, hatte am Mittwoch Kundgebungen im Zentrum Nairobis "
      "„bis auf Weiteres“ untersagt.")
C4 = ("Kriminelle Banden hätten die Proteste unterwandert, um Geschäfte zu plündern, hatte Kanja zur Begründung "
      "erklärt.")
C5 = ("Trotz des Verbots zogen am Donnerstag erneut Hunderte meist junge Demonstranten durch die Innenstadt und "
      "forderten den Rücktritt von Präsident William Ruto.")
C6 = "Die Polizei setzte Tränengas ein und nahm mehr als 30 Menschen fest."
C7 = ("Nach Angaben der staatlichen Menschenrechtskommission KNCHR wurden seit Beginn der Proteste gegen geplante "
      "Steuererhöhungen im Juni mehr als 50 Menschen getötet.")
C8 = "Die Anwaltskammer Law Society of Kenya (LSK) begrüßte die Entscheidung."
C9 = ("„Das Recht auf friedlichen Protest steht in der Verfassung und nicht im Belieben eines Polizeichefs“, sagte "
      "LSK-Präsidentin Faith Odhiambo.")
C10 = "Sie forderte Kanja auf, das Verbot förmlich zurückzunehmen."
C11 = "Polizeisprecherin Resila Onyango sagte, die Polizei werde sich an die Anordnung halten."
C12 = "Wer plündere oder Polizisten angreife, werde aber weiterhin festgenommen, fügte sie hinzu."
C13 = ("Ruto hatte den Demonstranten Anfang Juli ein nationales Dialogforum mit Vertretern von Jugend, Kirchen und "
       "Zivilgesellschaft angeboten.")
C14 = "Die weitgehend führungslose Protestbewegung lehnte das ab."

DE03 = {
    "id": "hm352-de-03", "lang": "de", "url": None, "published": "2024-07-18",
    "title": "Kenianisches Gericht kippt Demonstrationsverbot in Nairobi",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7], [C8, C9, C10, C11, C12], [C13, C14]),
    "events": [
        event("REQUEST", KEN_HIGH_COURT, KEN_POLICE, C1, mode="yield", location="Nairobi", location_country="KEN"),
        event("REQUEST", KEN_HIGH_COURT, KEN_POLICE, C2, mode="yield", date="2024-07-18"),
        event("ACCUSE", KATIBA, KANJA, C2, mode="allege"),
        event("COERCE", KANJA, NBI_PROTESTERS, C3, mode="restrict", date="2024-07-17", location="Nairobi",
              location_country="KEN"),
        event("ACCUSE", KANJA, NBI_GANGS, C4, mode="allege"),
        event("PROTEST", NBI_PROTESTERS, RUTO, C5, mode="demo", date="2024-07-18", location="Nairobi",
              location_country="KEN"),
        event("ASSAULT", KEN_POLICE, NBI_PROTESTERS, C6, mode="crowd-control", date="2024-07-18",
              location="Nairobi", location_country="KEN"),
        event("COERCE", KEN_POLICE, NBI_PROTESTERS, C6, mode="arrest", date="2024-07-18", location="Nairobi",
              location_country="KEN"),
        event("SUPPORT", LSK, KEN_HIGH_COURT, C8),
        event("ACCUSE", ODHIAMBO, KANJA, C9, mode="disapprove"),
        event("REQUEST", ODHIAMBO, KANJA, C10, mode="yield"),
        event("AGREE", ONYANGO, KEN_HIGH_COURT, C11),
        event("THREATEN", ONYANGO, None, C12, mode="arrest"),
        event("AGREE", RUTO, NBI_PROTESTERS, C13),
        event("REJECT", NBI_PROTESTERS, RUTO, C14, mode="meet"),
    ],
    "quotes": [
        quote("bis auf Weiteres", "Douglas Kanja", "direct"),
        quote("Kriminelle Banden hätten die Proteste unterwandert, um Geschäfte zu plündern", "Douglas Kanja",
              "indirect"),
        quote("Nach Angaben der staatlichen Menschenrechtskommission KNCHR wurden seit Beginn der Proteste gegen "
              "geplante Steuererhöhungen im Juni mehr als 50 Menschen getötet",
              "Kenya National Commission on Human Rights", "indirect"),
        quote("Das Recht auf friedlichen Protest steht in der Verfassung und nicht im Belieben eines Polizeichefs",
              "Faith Odhiambo", "direct"),
        quote("die Polizei werde sich an die Anordnung halten", "Resila Onyango", "indirect"),
        quote("Wer plündere oder Polizisten angreife, werde aber weiterhin festgenommen", "Resila Onyango",
              "indirect"),
    ],
    "entities": [
        entity("Nairobi", "LOC", "KEN", ["Nairobi", "der Hauptstadt Nairobi", "Nairobis"]),
        entity("Kenya", "LOC", "KEN", ["Kenia"]),
        entity("Nairobi Central Business District", "LOC", "KEN", ["die Innenstadt der Hauptstadt Nairobi",
                                                                   "Zentrum Nairobis", "die Innenstadt"]),
        entity("High Court of Kenya", "ORG", "KEN", ["Ein Gericht in Kenia"]),
        entity("Bahati Mwamuye", "PER", "KEN", ["Richter Bahati Mwamuye"]),
        entity("National Police Service", "ORG", "KEN", ["der Polizei", "Die Polizei", "die Polizei"]),
        entity("Katiba Institute", "ORG", "KEN", ["der Organisation Katiba Institute"]),
        entity("Douglas Kanja", "PER", "KEN", ["Der amtierende Generalinspekteur der Polizei, Douglas Kanja", "Kanja",
                                               "eines Polizeichefs"]),
        entity("criminal gangs infiltrating the Nairobi protests", "ORG", "KEN", ["Kriminelle Banden"]),
        entity("anti-government protesters in Nairobi", "PER", "KEN", ["Hunderte meist junge Demonstranten",
                                                                       "mehr als 30 Menschen", "den Demonstranten",
                                                                       "Die weitgehend führungslose "
                                                                       "Protestbewegung"]),
        entity("William Ruto", "PER", "KEN", ["Präsident William Ruto", "Ruto"]),
        entity("Kenya National Commission on Human Rights", "ORG", "KEN", ["der staatlichen "
                                                                           "Menschenrechtskommission KNCHR"]),
        entity("Law Society of Kenya", "ORG", "KEN", ["Die Anwaltskammer Law Society of Kenya (LSK)", "LSK"]),
        entity("Faith Odhiambo", "PER", "KEN", ["LSK-Präsidentin Faith Odhiambo", "Sie"]),
        entity("Resila Onyango", "PER", "KEN", ["Polizeisprecherin Resila Onyango", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm352-de-04 (Liberia, war crimes court decree)
BOAKAI = actor("Joseph Boakai", "LBR", "GOV")
LBR_HOUSE = actor("House of Representatives of Liberia", "LBR", "LEG")
LBR_SENATE = actor("Senate of Liberia", "LBR", "LEG")
LBR_TRC = actor("Truth and Reconciliation Commission of Liberia", "LBR", "GOV")
LBR_GOV = actor("Government of Liberia", "LBR", "GOV")
P_JOHNSON = actor("Prince Johnson", "LBR", "LEG")
TONER = actor("Mark Toner", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
BILITY = actor("Hassan Bility", "LBR", "NGO")

D1 = ("Monrovia (dpa) - Mehr als zwei Jahrzehnte nach dem Ende des Bürgerkriegs in Liberia hat Präsident Joseph Boakai "
      "den Weg für ein Sondergericht für Kriegsverbrechen frei gemacht.")
D2 = ("Boakai unterzeichnete am Donnerstag in Monrovia ein Dekret zur Einrichtung eines Büros, das ein Gericht für "
      "Kriegs- und Wirtschaftsverbrechen vorbereiten soll.")
D3 = ("„Wir schulden den Opfern Gerechtigkeit, und wir schulden unseren Kindern die Wahrheit“, sagte der 79-Jährige bei "
      "einer Zeremonie im Präsidentenpalast.")
D4 = "Er rief die internationalen Partner Liberias auf, das Vorhaben zu finanzieren."
D5 = ("Das Repräsentantenhaus und der Senat hatten den Präsidenten im März und April mit großen Mehrheiten aufgefordert, "
      "ein solches Gericht zu schaffen.")
D6 = ("Bereits 2009 hatte die Wahrheits- und Versöhnungskommission ein Sondertribunal empfohlen und mehrere frühere "
      "Warlords als mutmaßliche Täter benannt, darunter den heutigen Senator Prince Johnson.")
D7 = "Johnson, ein früherer Rebellenführer aus dem Bezirk Nimba, nannte das Dekret einen „Racheakt“."
D8 = "Er werde sich keinem Gericht stellen, das von Ausländern bezahlt werde, sagte er Reportern vor dem Kapitol."
D9 = ("US-Botschafter Mark Toner begrüßte den Schritt und sagte Liberia technische Unterstützung beim Aufbau des "
      "Gerichts zu.")
D10 = "Auch die Europäische Union stellte eine Anschubfinanzierung in Aussicht."
D11 = ("Der Leiter der Organisation Global Justice and Research Project, Hassan Bility, lobte Boakai für seinen "
       "„Mut“.")
D12 = "„Heute haben die Opfer zum ersten Mal das Gefühl, dass der Staat auf ihrer Seite steht“, sagte Bility."
D13 = "Er forderte, die ersten Anklagen noch in diesem Jahr zu erheben."
D14 = "In den Bürgerkriegen zwischen 1989 und 2003 wurden rund 250.000 Menschen getötet."
D15 = ("Bislang mussten sich nur einzelne frühere Kämpfer vor Gerichten in der Schweiz, in Frankreich und in den USA "
       "verantworten.")

DE04 = {
    "id": "hm352-de-04", "lang": "de", "url": None, "published": "2024-05-03",
    "title": "Liberia bringt Kriegsverbrechergericht auf den Weg",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12, D13], [D14, D15]),
    "events": [
        event("REQUEST", BOAKAI, None, D4, mode="assist"),
        event("REQUEST", LBR_HOUSE, BOAKAI, D5, mode="change"),
        event("REQUEST", LBR_SENATE, BOAKAI, D5, mode="change"),
        event("REQUEST", LBR_TRC, LBR_GOV, D6, mode="change"),
        event("ACCUSE", LBR_TRC, P_JOHNSON, D6, mode="allege"),
        event("ACCUSE", P_JOHNSON, BOAKAI, D7, mode="disapprove"),
        event("REJECT", P_JOHNSON, LBR_GOV, D8, location="Monrovia", location_country="LBR"),
        event("SUPPORT", TONER, BOAKAI, D9),
        event("AGREE", TONER, LBR_GOV, D9),
        event("AGREE", EU, LBR_GOV, D10),
        event("SUPPORT", BILITY, BOAKAI, D11),
        event("REQUEST", BILITY, None, D13, mode="change"),
    ],
    "quotes": [
        quote("Wir schulden den Opfern Gerechtigkeit, und wir schulden unseren Kindern die Wahrheit", "Joseph Boakai",
              "direct"),
        quote("Racheakt", "Prince Johnson", "direct"),
        quote("Er werde sich keinem Gericht stellen, das von Ausländern bezahlt werde", "Prince Johnson", "indirect"),
        quote("Mut", "Hassan Bility", "direct"),
        quote("Heute haben die Opfer zum ersten Mal das Gefühl, dass der Staat auf ihrer Seite steht", "Hassan Bility",
              "direct"),
    ],
    "entities": [
        entity("Monrovia", "LOC", "LBR", ["Monrovia"]),
        entity("Liberia", "LOC", "LBR", ["Liberia", "Liberias"]),
        entity("Joseph Boakai", "PER", "LBR", ["Präsident Joseph Boakai", "Boakai", "der 79-Jährige", "Er",
                                               "den Präsidenten"]),
        entity("Office of the War and Economic Crimes Court", "ORG", "LBR", ["eines Büros"]),
        entity("War and Economic Crimes Court of Liberia", "ORG", "LBR", ["ein Sondergericht für Kriegsverbrechen",
                                                                          "ein Gericht für Kriegs- und "
                                                                          "Wirtschaftsverbrechen", "das Vorhaben",
                                                                          "ein solches Gericht", "des Gerichts"]),
        entity("Executive Mansion", "LOC", "LBR", ["Präsidentenpalast"]),
        entity("House of Representatives of Liberia", "ORG", "LBR", ["Das Repräsentantenhaus"]),
        entity("Senate of Liberia", "ORG", "LBR", ["der Senat"]),
        entity("Truth and Reconciliation Commission of Liberia", "ORG", "LBR", ["die Wahrheits- und "
                                                                                "Versöhnungskommission"]),
        entity("Prince Johnson", "PER", "LBR", ["den heutigen Senator Prince Johnson", "Johnson, ein früherer "
                                                "Rebellenführer aus dem Bezirk Nimba", "Johnson", "er"]),
        entity("Nimba County", "LOC", "LBR", ["dem Bezirk Nimba"]),
        entity("Capitol Building (Monrovia)", "LOC", "LBR", ["dem Kapitol"]),
        entity("Mark Toner", "PER", "USA", ["US-Botschafter Mark Toner"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Global Justice and Research Project", "ORG", "LBR", ["der Organisation Global Justice and Research "
                                                                     "Project"]),
        entity("Hassan Bility", "PER", "LBR", ["Der Leiter der Organisation Global Justice and Research Project, "
                                               "Hassan Bility", "Bility", "Er"]),
        entity("Switzerland", "LOC", "CHE", ["der Schweiz"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("United States", "LOC", "USA", ["den USA", "US"]),
    ],
}

# ---------------------------------------------------------------- hm352-en-01 (ICC convicts Ali Kushayb)
ICC_ = actor("International Criminal Court", "IGO", "JUD")
KUSHAYB = actor("Ali Muhammad Ali Abd-Al-Rahman", "SDN", "MIL")
LAUCCI = actor("Cyril Laucci", "FRA", "CVL")
SHAMEEM_KHAN = actor("Nazhat Shameem Khan", "IGO", "JUD")
SDN_GOV = actor("Government of Sudan", "SDN", "GOV")
SDN_JUSTICE = actor("Ministry of Justice of Sudan", "SDN", "GOV")
ICC_OTP = actor("Office of the Prosecutor of the International Criminal Court", "IGO", "JUD")
RSF = actor("Rapid Support Forces", "SDN", "REB")
AMNESTY_EN = actor("Amnesty International", "NGO", "NGO")
UNSC = actor("United Nations Security Council", "UNO", "IGO")

E1 = ("THE HAGUE, Netherlands (AP) — The International Criminal Court on Monday convicted a former Sudanese militia "
      "leader of war crimes and crimes against humanity committed in Darfur more than two decades ago, the court's "
      "first verdict over atrocities in the western Sudanese region.")
E2 = ("Judges found Ali Muhammad Ali Abd-Al-Rahman, better known as Ali Kushayb, guilty on 27 counts including murder, "
      "rape, torture and persecution during attacks on villages in 2003 and 2004.")
E3 = ("Presiding Judge Joanna Korner said the evidence showed he had personally beaten detainees with an axe in the "
      "town of Mukjar and had ordered the execution of dozens of men.")
E4 = "He will be sentenced at a later date and faces up to life in prison."
E5 = "Abd-Al-Rahman, 76, listened impassively as the verdict was read out."
E6 = ("He had pleaded not guilty and insisted throughout the trial that he was not Ali Kushayb and had been confused "
      "with another man.")
E7 = ("\"The court has convicted a nickname, not a man,\" defense lawyer Cyril Laucci told reporters, adding that his "
      "team would consider an appeal.")
E8 = ("Abd-Al-Rahman fled Sudan after the ouster of longtime ruler Omar al-Bashir and surrendered to the court in the "
      "Central African Republic in June 2020.")
E9 = ("Deputy Prosecutor Nazhat Shameem Khan called the verdict \"a long-awaited moment of justice\" for the people of "
      "Darfur.")
E10 = ("She urged Sudanese authorities to hand over al-Bashir and former Interior Minister Ahmed Haroun, who are also "
       "wanted by the court over Darfur.")
E11 = ("Haroun walked out of Khartoum's Kober prison with other former officials after war broke out between the army "
       "and the paramilitary Rapid Support Forces in April 2023.")
E12 = ("Sudan's Justice Ministry in Port Sudan welcomed the verdict as a step toward accountability but rejected the "
       "call to hand over al-Bashir, saying he would be tried at home.")
E13 = ("The ICC prosecutor's office told the U.N. Security Council in January that it was investigating attacks by the "
       "RSF in West Darfur, including killings of ethnic Masalit civilians in El Geneina.")
E14 = ("Amnesty International urged the Security Council to expand the court's mandate, now limited to Darfur, to "
       "cover all of Sudan.")
E15 = ("Human Rights Watch said the verdict should serve as a warning to commanders on all sides of Sudan's current "
       "war.")

EN01 = {
    "id": "hm352-en-01", "lang": "en", "url": None, "published": "2025-10-06",
    "title": "International Criminal Court convicts Sudanese militia leader of Darfur atrocities",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("SANCTION", ICC_, KUSHAYB, E1, mode="convict", date="2025-10-06", location="The Hague",
              location_country="NLD"),
        event("SANCTION", ICC_, KUSHAYB, E2, mode="convict"),
        event("SANCTION", ICC_, KUSHAYB, E3, mode="convict"),
        event("ACCUSE", LAUCCI, ICC_, E7, mode="disapprove"),
        event("RETREAT", KUSHAYB, ICC_, E8, location="Central African Republic", location_country="CAF"),
        event("REQUEST", SHAMEEM_KHAN, SDN_GOV, E10, mode="assist"),
        event("SUPPORT", SDN_JUSTICE, ICC_, E12, location="Port Sudan", location_country="SDN"),
        event("REJECT", SDN_JUSTICE, SHAMEEM_KHAN, E12, mode="assist", location="Port Sudan",
              location_country="SDN"),
        event("ACCUSE", ICC_OTP, RSF, E13, mode="investigate"),
        event("REQUEST", AMNESTY_EN, UNSC, E14, mode="change"),
    ],
    "quotes": [
        quote("the evidence showed he had personally beaten detainees with an axe in the town of Mukjar and had "
              "ordered the execution of dozens of men", "Joanna Korner", "indirect"),
        quote("he was not Ali Kushayb and had been confused with another man", "Ali Muhammad Ali Abd-Al-Rahman",
              "indirect"),
        quote("The court has convicted a nickname, not a man", "Cyril Laucci", "direct"),
        quote("his team would consider an appeal", "Cyril Laucci", "indirect"),
        quote("a long-awaited moment of justice", "Nazhat Shameem Khan", "direct"),
        quote("he would be tried at home", "Ministry of Justice of Sudan", "indirect"),
        quote("it was investigating attacks by the RSF in West Darfur, including killings of ethnic Masalit civilians "
              "in El Geneina", "Office of the Prosecutor of the International Criminal Court", "indirect"),
        quote("the verdict should serve as a warning to commanders on all sides of Sudan's current war",
              "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("The Hague", "LOC", "NLD", ["THE HAGUE"]),
        entity("Netherlands", "LOC", "NLD", ["Netherlands"]),
        entity("International Criminal Court", "ORG", "IGO", ["The International Criminal Court", "the court's",
                                                              "Judges", "the court"]),
        entity("Ali Muhammad Ali Abd-Al-Rahman", "PER", "SDN", ["a former Sudanese militia leader",
                                                                "Ali Muhammad Ali Abd-Al-Rahman, better known as Ali "
                                                                "Kushayb", "he", "He", "Abd-Al-Rahman, 76",
                                                                "Abd-Al-Rahman"]),
        entity("Darfur", "LOC", "SDN", ["Darfur", "the western Sudanese region"]),
        entity("Joanna Korner", "PER", "GBR", ["Presiding Judge Joanna Korner"]),
        entity("Mukjar", "LOC", "SDN", ["the town of Mukjar"]),
        entity("detainees in Mukjar", "PER", "SDN", ["detainees"]),
        entity("Cyril Laucci", "PER", "FRA", ["defense lawyer Cyril Laucci"]),
        entity("Sudan", "LOC", "SDN", ["Sudan", "Sudan's"]),
        entity("Omar al-Bashir", "PER", "SDN", ["longtime ruler Omar al-Bashir", "al-Bashir"]),
        entity("Central African Republic", "LOC", "CAF", ["the Central African Republic"]),
        entity("Nazhat Shameem Khan", "PER", "IGO", ["Deputy Prosecutor Nazhat Shameem Khan", "She"]),
        entity("Government of Sudan", "ORG", "SDN", ["Sudanese authorities"]),
        entity("Ahmed Haroun", "PER", "SDN", ["former Interior Minister Ahmed Haroun", "Haroun"]),
        entity("Khartoum", "LOC", "SDN", ["Khartoum's"]),
        entity("Kober prison", "LOC", "SDN", ["Kober prison"]),
        entity("Sudanese Armed Forces", "ORG", "SDN", ["the army"]),
        entity("Rapid Support Forces", "ORG", "SDN", ["the paramilitary Rapid Support Forces", "the RSF"]),
        entity("Ministry of Justice of Sudan", "ORG", "SDN", ["Sudan's Justice Ministry"]),
        entity("Port Sudan", "LOC", "SDN", ["Port Sudan"]),
        entity("Office of the Prosecutor of the International Criminal Court", "ORG", "IGO", ["The ICC prosecutor's "
                                                                                              "office"]),
        entity("United Nations Security Council", "ORG", "UNO", ["the U.N. Security Council",
                                                                 "the Security Council"]),
        entity("West Darfur", "LOC", "SDN", ["West Darfur"]),
        entity("Masalit", "PER", "SDN", ["ethnic Masalit civilians"]),
        entity("El Geneina", "LOC", "SDN", ["El Geneina"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm352-en-02 (Niger's Tiani accuses Nigeria)
TIANI = actor("Abdourahamane Tiani", "NER", "GOV")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
NER_GOV_ = actor("Government of Niger", "NER", "GOV")
RIBADU = actor("Nuhu Ribadu", "NGA", "GOV")
NGA_DHQ = actor("Defence Headquarters of Nigeria", "NGA", "MIL")
NER_MIL = actor("Armed Forces of Niger", "NER", "MIL")
MUSA = actor("Christopher Musa", "NGA", "MIL")
BARMOU = actor("Moussa Salaou Barmou", "NER", "MIL")
TOURAY = actor("Omar Alieu Touray", "IGO", "IGO")
TIANI_SUPPORTERS = actor("supporters of Abdourahamane Tiani in Niamey", "NER", "CVL")

F1 = ("NIAMEY, Dec 27 (Reuters) - Niger's military leader General Abdourahamane Tiani has accused neighbouring Nigeria "
      "of letting France use its territory to destabilise Niger, allegations that Abuja swiftly rejected.")
F2 = ("In an interview broadcast on state television on Wednesday night, Tiani said French intelligence agents were "
      "financing and arming jihadist fighters in northwestern Nigeria to attack Nigerien troops.")
F3 = "\"Nigeria has become a rear base for those who want to bring Niger to its knees,\" Tiani said."
F4 = ("He said Nigerian authorities had ignored repeated warnings from Niamey, and called on Abuja to expel the French "
      "agents.")
F5 = "Niger would \"respond with all means\" to any attack launched from Nigerian soil, he added."
F6 = ("Nigeria's Information Minister Mohammed Idris called the allegations \"baseless\" and said no foreign power had "
      "been allowed to set up a military base in the country.")
F7 = ("National Security Adviser Nuhu Ribadu said Abuja remained ready to work with Niamey against armed groups along "
      "the two countries' 1,500-km (930-mile) border.")
F8 = "\"Nigeria is not and will never be a launchpad for attacks on our neighbours,\" Ribadu told reporters in Abuja."
F9 = ("Nigeria's Defence Headquarters said in a statement that it had invited Nigerien officers to visit the border "
      "areas and see for themselves.")
F10 = "France's foreign ministry did not respond to a request for comment."
F11 = ("In August, Nigeria's Chief of Defence Staff Christopher Musa and his Nigerien counterpart, General Moussa "
       "Salaou Barmou, signed an agreement in Niamey to step up joint operations against jihadists and bandits.")
F12 = "Relations between the neighbours have been strained since the July 2023 coup that toppled President Mohamed Bazoum."
F13 = ("ECOWAS Commission President Omar Alieu Touray urged both governments to settle their differences through "
       "dialogue.")
F14 = "In Niamey, several hundred people rallied on Friday in support of Tiani, waving Nigerien and Russian flags."

EN02 = {
    "id": "hm352-en-02", "lang": "en", "url": None, "published": "2024-12-27",
    "title": "Niger's junta leader accuses Nigeria of helping France destabilise his country",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9, F10], [F11, F12, F13], [F14]),
    "events": [
        event("ACCUSE", TIANI, NGA_GOV, F1, mode="allege"),
        event("ACCUSE", TIANI, FRA_GOV, F1, mode="allege"),
        event("ACCUSE", TIANI, FRA_GOV, F2, mode="allege", date="2024-12-25"),
        event("ACCUSE", TIANI, NGA_GOV, F3, mode="disapprove"),
        event("ACCUSE", TIANI, NGA_GOV, F4, mode="disapprove"),
        event("REQUEST", TIANI, NGA_GOV, F4, mode="change"),
        event("THREATEN", TIANI, NGA_GOV, F5, mode="violence"),
        event("AGREE", RIBADU, NER_GOV_, F7),
        event("AGREE", NGA_DHQ, NER_MIL, F9),
        event("SUPPORT", MUSA, BARMOU, F11, location="Niamey", location_country="NER"),
        event("REQUEST", TOURAY, NER_GOV_, F13, mode="meet"),
        event("REQUEST", TOURAY, NGA_GOV, F13, mode="meet"),
        event("SUPPORT", TIANI_SUPPORTERS, TIANI, F14, date="2024-12-27", location="Niamey", location_country="NER"),
    ],
    "quotes": [
        quote("French intelligence agents were financing and arming jihadist fighters in northwestern Nigeria to "
              "attack Nigerien troops", "Abdourahamane Tiani", "indirect"),
        quote("Nigeria has become a rear base for those who want to bring Niger to its knees", "Abdourahamane Tiani",
              "direct"),
        quote("Nigerian authorities had ignored repeated warnings from Niamey", "Abdourahamane Tiani", "indirect"),
        quote("respond with all means", "Abdourahamane Tiani", "direct"),
        quote("Niger would \"respond with all means\" to any attack launched from Nigerian soil", "Abdourahamane Tiani",
              "indirect"),
        quote("baseless", "Mohammed Idris", "direct"),
        quote("no foreign power had been allowed to set up a military base in the country", "Mohammed Idris",
              "indirect"),
        quote("Abuja remained ready to work with Niamey against armed groups along the two countries' 1,500-km "
              "(930-mile) border", "Nuhu Ribadu", "indirect"),
        quote("Nigeria is not and will never be a launchpad for attacks on our neighbours", "Nuhu Ribadu", "direct"),
        quote("it had invited Nigerien officers to visit the border areas and see for themselves",
              "Defence Headquarters of Nigeria", "indirect"),
    ],
    "entities": [
        entity("Niamey", "LOC", "NER", ["NIAMEY", "Niamey"]),
        entity("Niger", "LOC", "NER", ["Niger's", "Niger"]),
        entity("Abdourahamane Tiani", "PER", "NER", ["Niger's military leader General Abdourahamane Tiani", "Tiani",
                                                     "He", "he"]),
        entity("Nigeria", "LOC", "NGA", ["neighbouring Nigeria", "Nigeria", "northwestern Nigeria",
                                         "Nigerian soil", "the country", "Nigeria's"]),
        entity("Government of Nigeria", "ORG", "NGA", ["Abuja", "Nigerian authorities"]),
        entity("France", "LOC", "FRA", ["France", "France's"]),
        entity("Government of Niger", "ORG", "NER", ["Niamey"]),
        entity("Télé Sahel", "ORG", "NER", ["state television"]),
        entity("French intelligence agents in Nigeria", "PER", "FRA", ["French intelligence agents",
                                                                       "the French agents"]),
        entity("jihadist fighters in northwestern Nigeria", "ORG", "NGA", ["jihadist fighters"]),
        entity("Armed Forces of Niger", "ORG", "NER", ["Nigerien troops", "Nigerien officers"]),
        entity("Mohammed Idris", "PER", "NGA", ["Nigeria's Information Minister Mohammed Idris"]),
        entity("Nuhu Ribadu", "PER", "NGA", ["National Security Adviser Nuhu Ribadu", "Ribadu"]),
        entity("Defence Headquarters of Nigeria", "ORG", "NGA", ["Nigeria's Defence Headquarters"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["France's foreign ministry"]),
        entity("Christopher Musa", "PER", "NGA", ["Nigeria's Chief of Defence Staff Christopher Musa"]),
        entity("Moussa Salaou Barmou", "PER", "NER", ["his Nigerien counterpart, General Moussa Salaou Barmou"]),
        entity("Mohamed Bazoum", "PER", "NER", ["President Mohamed Bazoum"]),
        entity("ECOWAS", "ORG", "IGO", ["ECOWAS"]),
        entity("Omar Alieu Touray", "PER", "IGO", ["ECOWAS Commission President Omar Alieu Touray"]),
        entity("supporters of Abdourahamane Tiani in Niamey", "PER", "NER", ["several hundred people"]),
        entity("Russia", "LOC", "RUS", ["Russian"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
