"""Round 418: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, invented wording and details):
- hm418-de-01: DR Congo: Ensemble pour la République spokesman Chérubin Okende found shot dead in his car in Kinshasa; Katumbi blames the security services, the party demands an independent inquiry, Muyaya condemns and denies state involvement, Justice Minister Mutombo orders an investigation, no arrests, EU and US demands, Monusco offers help, his resignation as minister recalled (2023-07-14).
- hm418-de-02: South Africa: the National Assembly removes suspended Public Protector Busisiwe Mkhwebane by 318 to 43 votes and Ramaphosa formally dismisses her; the Dyantyi committee's findings, the DA's 2020 motion and Steenhuisen's praise, Mkhwebane denies and accuses Ramaphosa over Phala Phala, the EFF's "witch hunt" charge, Madonsela's Nkandla report recalled (2023-09-12).
- hm418-de-03: Burkina Faso: the UN demands the release of rights defender Daouda Diallo (CISC), seized by plain-clothes security agents in Ouagadougou and conscripted under the general mobilisation decree; Türk's criticism, Amnesty, Balai Citoyen and Washington demand his release, the government spokesman denies persecution, conscription of journalists and opponents (2023-12-06).
- hm418-de-04: Chad/Russia: Sergey Lavrov visits N'Djamena at the end of his Africa tour, meets Mahamat Idriss Déby and offers military training and equipment; Lavrov accuses France and the US, Koulamallah stresses sovereignty, an intergovernmental commission agreed, the US troop pull-out and Déby's Moscow visit recalled, stops in Guinea, Congo and Burkina Faso (2024-06-06).
- hm418-en-01: Nigeria: more than 130 pupils abducted from the Kuriga school in Kaduna state are freed; Governor Uba Sani thanks Tinubu and Ribadu, the ransom demand and Tinubu's refusal, Idris denies any payment, no arrests, parents accuse the security forces, UNICEF, the Sokoto abduction and Chibok recalled (2024-03-24).
- hm418-en-02: Eswatini: the UN and the US call for an investigation into the killing of human rights lawyer Thulani Maseko; Türk's appeal, Mswati's "mercenaries" warning, PUDEMO blames the king, the government denies involvement and reports a manhunt, mourners' march tear-gassed, Pretoria urges dialogue, his 2014 jailing recalled (2023-01-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm418-de-01 (DR Congo, Okende found dead)
KATUMBI = actor("Moïse Katumbi", "COD", "OPP")
COD_SECURITY = actor("Congolese security services", "COD", "COP")
ENSEMBLE = actor("Ensemble pour la République", "COD", "OPP")
COD_GOV = actor("Government of the Democratic Republic of the Congo", "COD", "GOV")
MUYAYA = actor("Patrick Muyaya", "COD", "GOV")
OKENDE_KILLERS = actor("killers of Chérubin Okende", "COD", "CVL")
MUTOMBO = actor("Rose Mutombo", "COD", "GOV")
COD_POLICE = actor("Congolese National Police", "COD", "COP")
EU = actor("European Union", "EUR", "IGO")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MONUSCO = actor("MONUSCO", "UNO", "IGO")
OKENDE = actor("Chérubin Okende", "COD", "OPP")

O1 = ("Kinshasa (dpa) - In der Demokratischen Republik Kongo ist der Sprecher der Oppositionspartei Ensemble pour la "
      "République, Chérubin Okende, tot aufgefunden worden.")
O2 = ("Die Leiche des früheren Verkehrsministers wurde am Donnerstagmorgen mit einer Schusswunde in seinem Auto an "
      "einer Ausfallstraße der Hauptstadt entdeckt, wie die Polizei mitteilte.")
O3 = ("Okende war am Mittwoch zum Verfassungsgericht gefahren, um dort eine Vermögenserklärung abzugeben, und danach "
      "nicht mehr erreichbar gewesen.")
O4 = "Nach Angaben seiner Familie fehlt von seinem Leibwächter bislang jede Spur."
O5 = ("Parteichef Moïse Katumbi, der bei der Präsidentenwahl im Dezember gegen Staatschef Félix Tshisekedi antreten "
      "will, sprach von einem „politischen Mord“ und warf den Sicherheitsdiensten vor, hinter der Tat zu stecken.")
O6 = "„Chérubin war ein mutiger Mann, der sich nie hat einschüchtern lassen“, sagte er in Lubumbashi."
O7 = ("Ensemble forderte eine unabhängige Untersuchung unter Beteiligung der Vereinten Nationen und setzte alle "
      "Wahlkampfaktivitäten vorerst aus.")
O8 = ("Regierungssprecher Patrick Muyaya verurteilte die Tat und versicherte, die Verantwortlichen würden zur "
      "Rechenschaft gezogen.")
O9 = "Justizministerin Rose Mutombo wies die Generalstaatsanwaltschaft an, Ermittlungen wegen Mordes einzuleiten."
O10 = "Eine Beteiligung staatlicher Stellen wies Muyaya entschieden zurück."
O11 = "„Die Regierung hat mit diesem abscheulichen Verbrechen nichts zu tun“, sagte er im Staatsfernsehen RTNC."
O12 = "Festnahmen gab es bis Freitagmittag nicht."
O13 = "Die Europäische Union und die USA forderten eine rasche und glaubwürdige Aufklärung des Falls."
O14 = "Die UN-Mission Monusco bot den kongolesischen Behörden Unterstützung bei den Ermittlungen an."
O15 = "Okende war im Dezember als Verkehrsminister zurückgetreten, um Katumbi in die Opposition zu folgen."
O16 = "Die Wahl ist für den 20. Dezember angesetzt."
O17 = "Im Osten des Landes kämpft die Armee seit fast zwei Jahren gegen die Rebellengruppe M23."

DE01 = {
    "id": "hm418-de-01", "lang": "de", "url": None, "published": "2023-07-14",
    "title": "Kongolesischer Oppositionssprecher Okende tot aufgefunden",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7], [O8, O9, O10, O11, O12], [O13, O14],
                       [O15, O16, O17]),
    "events": [
        event("ACCUSE", KATUMBI, COD_SECURITY, O5, mode="allege"),
        event("REQUEST", ENSEMBLE, COD_GOV, O7),
        event("ACCUSE", MUYAYA, OKENDE_KILLERS, O8, mode="disapprove"),
        event("THREATEN", MUYAYA, OKENDE_KILLERS, O8),
        event("ACCUSE", MUTOMBO, OKENDE_KILLERS, O9, mode="investigate"),
        event("COERCE", COD_POLICE, OKENDE_KILLERS, O12, mode="arrest", negated=True),
        event("REQUEST", EU, COD_GOV, O13),
        event("REQUEST", USA_GOV, COD_GOV, O13),
        event("AGREE", MONUSCO, COD_GOV, O14),
        event("RETREAT", OKENDE, None, O15, mode="resign"),
    ],
    "quotes": [
        quote("Die Leiche des früheren Verkehrsministers wurde am Donnerstagmorgen mit einer Schusswunde in seinem Auto "
              "an einer Ausfallstraße der Hauptstadt entdeckt", "Congolese National Police", "indirect"),
        quote("Nach Angaben seiner Familie fehlt von seinem Leibwächter bislang jede Spur",
              "family of Chérubin Okende", "indirect"),
        quote("politischen Mord", "Moïse Katumbi", "direct"),
        quote("hinter der Tat zu stecken", "Moïse Katumbi", "indirect"),
        quote("Chérubin war ein mutiger Mann, der sich nie hat einschüchtern lassen", "Moïse Katumbi", "direct"),
        quote("die Verantwortlichen würden zur Rechenschaft gezogen", "Patrick Muyaya", "indirect"),
        quote("Die Regierung hat mit diesem abscheulichen Verbrechen nichts zu tun", "Patrick Muyaya", "direct"),
    ],
    "entities": [
        entity("Kinshasa", "LOC", "COD", ["Kinshasa", "der Hauptstadt"]),
        entity("Democratic Republic of the Congo", "LOC", "COD", ["der Demokratischen Republik Kongo",
                                                                  "des Landes"]),
        entity("Ensemble pour la République", "ORG", "COD",
               ["der Oppositionspartei Ensemble pour la République", "Ensemble"]),
        entity("Chérubin Okende", "PER", "COD",
               ["der Sprecher der Oppositionspartei Ensemble pour la République, Chérubin Okende",
                "des früheren Verkehrsministers", "Okende", "Chérubin", "ein mutiger Mann"]),
        entity("Congolese National Police", "ORG", "COD", ["die Polizei"]),
        entity("Constitutional Court of the Democratic Republic of the Congo", "ORG", "COD",
               ["zum Verfassungsgericht"]),
        entity("family of Chérubin Okende", "PER", "COD", ["seiner Familie"]),
        entity("bodyguard of Chérubin Okende", "PER", "COD", ["seinem Leibwächter"]),
        entity("Moïse Katumbi", "PER", "COD", ["Parteichef Moïse Katumbi", "er", "Katumbi"]),
        entity("Félix Tshisekedi", "PER", "COD", ["Staatschef Félix Tshisekedi"]),
        entity("Congolese security services", "ORG", "COD", ["den Sicherheitsdiensten"]),
        entity("Lubumbashi", "LOC", "COD", ["Lubumbashi"]),
        entity("United Nations", "ORG", "UNO", ["der Vereinten Nationen"]),
        entity("Patrick Muyaya", "PER", "COD", ["Regierungssprecher Patrick Muyaya", "Muyaya", "er"]),
        entity("killers of Chérubin Okende", "PER", "COD", ["die Verantwortlichen"]),
        entity("Rose Mutombo", "PER", "COD", ["Justizministerin Rose Mutombo"]),
        entity("Prosecutor General of the Democratic Republic of the Congo", "ORG", "COD",
               ["die Generalstaatsanwaltschaft"]),
        entity("Government of the Democratic Republic of the Congo", "ORG", "COD",
               ["staatlicher Stellen", "Die Regierung", "den kongolesischen Behörden"]),
        entity("RTNC", "ORG", "COD", ["im Staatsfernsehen RTNC"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Government of the United States", "ORG", "USA", ["die USA"]),
        entity("MONUSCO", "ORG", "UNO", ["Die UN-Mission Monusco"]),
        entity("Armed Forces of the Democratic Republic of the Congo", "ORG", "COD", ["die Armee"]),
        entity("M23", "ORG", "COD", ["die Rebellengruppe M23"]),
    ],
}

# ---------------------------------------------------------------- hm418-de-02 (South Africa, Mkhwebane removed)
ZAF_NA = actor("National Assembly of South Africa", "ZAF", "LEG")
MKHWEBANE = actor("Busisiwe Mkhwebane", "ZAF", "GOV")
RAMAPHOSA = actor("Cyril Ramaphosa", "ZAF", "GOV")
S194 = actor("Section 194 Committee of the National Assembly of South Africa", "ZAF", "LEG")
DA = actor("Democratic Alliance", "ZAF", "PTY")
STEENHUISEN = actor("John Steenhuisen", "ZAF", "PTY")
EFF = actor("Economic Freedom Fighters", "ZAF", "PTY")
ANC = actor("African National Congress", "ZAF", "PTY")
MADONSELA = actor("Thuli Madonsela", "ZAF", "GOV")
ZUMA = actor("Jacob Zuma", "ZAF", "GOV")

Z1 = ("Kapstadt (dpa) - Das südafrikanische Parlament hat die suspendierte Ombudsfrau Busisiwe Mkhwebane wegen "
      "Fehlverhaltens und Inkompetenz aus dem Amt entfernt.")
Z2 = ("In der Nationalversammlung stimmten am Montagabend 318 Abgeordnete für die Absetzung der sogenannten Public "
      "Protector, 43 votierten dagegen.")
Z3 = "Damit wurde die erforderliche Zweidrittelmehrheit deutlich übertroffen."
Z4 = "Präsident Cyril Ramaphosa entließ die 53-Jährige am Dienstag formell, wie das Präsidialamt mitteilte."
Z5 = ("Ein Untersuchungsausschuss unter Leitung des ANC-Abgeordneten Qubudile Dyantyi war im Juli zu dem Schluss "
      "gekommen, dass Mkhwebane für das Amt ungeeignet sei.")
Z6 = ("Der Ausschuss warf ihr unter anderem vor, Berichte voreingenommen verfasst und Gerichte in die Irre geführt "
      "zu haben.")
Z7 = "Die oppositionelle Demokratische Allianz (DA) hatte die Absetzung bereits 2020 beantragt."
Z8 = "DA-Chef John Steenhuisen sprach nach der Abstimmung von einem „guten Tag für die Verfassung“."
Z9 = "Mkhwebane wies alle Vorwürfe zurück."
Z10 = "Sie warf Ramaphosa vor, sie aus dem Amt drängen zu wollen, weil sie gegen ihn ermittelt habe."
Z11 = ("Ramaphosa hatte sie im Juni 2022 suspendiert, kurz nachdem sie Ermittlungen zu einem Einbruch auf seiner "
       "Farm Phala Phala aufgenommen hatte.")
Z12 = ("Die linksradikalen Economic Freedom Fighters (EFF) stimmten gegen die Absetzung und nannten das Vorgehen der "
       "ANC-Mehrheit eine „Hexenjagd“.")
Z13 = "Mkhwebanes siebenjährige Amtszeit wäre im Oktober ohnehin ausgelaufen."
Z14 = "Ihre Stellvertreterin Kholeka Gcaleka leitet die Behörde seit der Suspendierung kommissarisch."
Z15 = ("Ihre Vorgängerin Thuli Madonsela hatte 2014 dem damaligen Präsidenten Jacob Zuma vorgeworfen, sich an "
       "staatlich finanzierten Umbauten seines Privatanwesens in Nkandla unrechtmäßig bereichert zu haben.")

DE02 = {
    "id": "hm418-de-02", "lang": "de", "url": None, "published": "2023-09-12",
    "title": "Südafrikas Parlament setzt Ombudsfrau Mkhwebane ab",
    "text": paragraphs([Z1, Z2, Z3, Z4], [Z5, Z6, Z7, Z8], [Z9, Z10, Z11, Z12], [Z13, Z14, Z15]),
    "events": [
        event("COERCE", ZAF_NA, MKHWEBANE, Z1, mode="restrict", location_country="ZAF"),
        event("COERCE", ZAF_NA, MKHWEBANE, Z2, mode="restrict", date="2023-09-11"),
        event("COERCE", RAMAPHOSA, MKHWEBANE, Z4, mode="restrict", date="2023-09-12"),
        event("ACCUSE", S194, MKHWEBANE, Z5, mode="allege"),
        event("ACCUSE", S194, MKHWEBANE, Z6, mode="allege"),
        event("REQUEST", DA, ZAF_NA, Z7, mode="change"),
        event("SUPPORT", STEENHUISEN, ZAF_NA, Z8, date="2023-09-11"),
        event("ACCUSE", MKHWEBANE, RAMAPHOSA, Z10, mode="allege"),
        event("COERCE", RAMAPHOSA, MKHWEBANE, Z11, mode="restrict"),
        event("ACCUSE", MKHWEBANE, RAMAPHOSA, Z11, mode="investigate"),
        event("ACCUSE", EFF, ANC, Z12, mode="disapprove"),
        event("ACCUSE", MADONSELA, ZUMA, Z15, mode="allege"),
    ],
    "quotes": [
        quote("Präsident Cyril Ramaphosa entließ die 53-Jährige am Dienstag formell", "Presidency of South Africa",
              "indirect"),
        quote("dass Mkhwebane für das Amt ungeeignet sei",
              "Section 194 Committee of the National Assembly of South Africa", "indirect"),
        quote("Berichte voreingenommen verfasst und Gerichte in die Irre geführt zu haben",
              "Section 194 Committee of the National Assembly of South Africa", "indirect"),
        quote("guten Tag für die Verfassung", "John Steenhuisen", "direct"),
        quote("sie aus dem Amt drängen zu wollen, weil sie gegen ihn ermittelt habe", "Busisiwe Mkhwebane",
              "indirect"),
        quote("Hexenjagd", "Economic Freedom Fighters", "direct"),
        quote("sich an staatlich finanzierten Umbauten seines Privatanwesens in Nkandla unrechtmäßig bereichert zu "
              "haben", "Thuli Madonsela", "indirect"),
    ],
    "entities": [
        entity("Cape Town", "LOC", "ZAF", ["Kapstadt"]),
        entity("National Assembly of South Africa", "ORG", "ZAF",
               ["Das südafrikanische Parlament", "In der Nationalversammlung"]),
        entity("Busisiwe Mkhwebane", "PER", "ZAF",
               ["die suspendierte Ombudsfrau Busisiwe Mkhwebane", "der sogenannten Public Protector",
                "die 53-Jährige", "Mkhwebane", "ihr", "Sie", "sie", "Mkhwebanes"]),
        entity("South African lawmakers", "PER", "ZAF", ["318 Abgeordnete"]),
        entity("Cyril Ramaphosa", "PER", "ZAF", ["Präsident Cyril Ramaphosa", "Ramaphosa", "ihn"]),
        entity("Presidency of South Africa", "ORG", "ZAF", ["das Präsidialamt"]),
        entity("Section 194 Committee of the National Assembly of South Africa", "ORG", "ZAF",
               ["Ein Untersuchungsausschuss", "Der Ausschuss"]),
        entity("African National Congress", "ORG", "ZAF", ["ANC"]),
        entity("Qubudile Dyantyi", "PER", "ZAF", ["des ANC-Abgeordneten Qubudile Dyantyi"]),
        entity("Democratic Alliance", "ORG", "ZAF", ["Die oppositionelle Demokratische Allianz (DA)", "DA"]),
        entity("John Steenhuisen", "PER", "ZAF", ["DA-Chef John Steenhuisen"]),
        entity("Phala Phala", "LOC", "ZAF", ["seiner Farm Phala Phala"]),
        entity("Economic Freedom Fighters", "ORG", "ZAF",
               ["Die linksradikalen Economic Freedom Fighters (EFF)"]),
        entity("Kholeka Gcaleka", "PER", "ZAF", ["Ihre Stellvertreterin Kholeka Gcaleka"]),
        entity("Office of the Public Protector", "ORG", "ZAF", ["die Behörde"]),
        entity("Thuli Madonsela", "PER", "ZAF", ["Ihre Vorgängerin Thuli Madonsela"]),
        entity("Jacob Zuma", "PER", "ZAF", ["dem damaligen Präsidenten Jacob Zuma"]),
        entity("Nkandla", "LOC", "ZAF", ["seines Privatanwesens in Nkandla"]),
    ],
}

# ---------------------------------------------------------------- hm418-de-03 (Burkina Faso, Daouda Diallo)
UN = actor("United Nations", "UNO", "IGO")
BFA_GOV = actor("Government of Burkina Faso", "BFA", "GOV")
BFA_SECURITY = actor("Burkinabe security forces", "BFA", "COP")
DIALLO = actor("Daouda Diallo", "BFA", "NGO")
TURK = actor("Volker Türk", "UNO", "IGO")
OHCHR = actor("Office of the UN High Commissioner for Human Rights", "UNO", "IGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
BALAI = actor("Balai Citoyen", "BFA", "CVL")
US_STATE = actor("United States Department of State", "USA", "GOV")
CISC = actor("Collective Against Impunity and Stigmatization of Communities", "BFA", "NGO")
BFA_ARMY = actor("Armed Forces of Burkina Faso", "BFA", "MIL")
VDP = actor("Volunteers for the Defense of the Homeland", "BFA", "MIL")
BFA_JOURNALISTS = actor("Burkinabe journalists", "BFA", "MED")
BFA_OPPOSITION = actor("Burkinabe opposition politicians", "BFA", "OPP")

D1 = ("Ouagadougou (AFP) - Die Vereinten Nationen haben die Militärregierung in Burkina Faso aufgefordert, den "
      "bekannten Menschenrechtler Daouda Diallo unverzüglich freizulassen.")
D2 = ("Sicherheitskräfte in Zivil hatten den Generalsekretär des Kollektivs gegen Straflosigkeit und Stigmatisierung "
      "von Gemeinschaften (CISC) am Freitag in Ouagadougou festgenommen, als er die Passbehörde verließ.")
D3 = "Am Montag tauchte im Internet ein Foto auf, das Diallo in Uniform und mit einem Sturmgewehr zeigt."
D4 = ("Die Behörden erklärten, der Aktivist sei im Rahmen der „allgemeinen Mobilmachung“ zum Militärdienst "
      "eingezogen worden.")
D5 = ("UN-Menschenrechtskommissar Volker Türk kritisierte am Dienstag, das Dekret werde offenbar genutzt, um Kritiker "
      "der Junta zum Schweigen zu bringen.")
D6 = "„Daouda Diallo muss sofort freigelassen werden“, hieß es in einer Erklärung seines Büros in Genf."
D7 = "Auch Amnesty International und die Bürgerbewegung Balai Citoyen verlangten die Freilassung des Aktivisten."
D8 = "Das US-Außenministerium forderte die Behörden auf, die Rechte Diallos zu achten."
D9 = "Regierungssprecher Jean-Emmanuel Ouédraogo wies den Vorwurf zurück, die Junta verfolge Andersdenkende."
D10 = "Die Mobilmachung diene allein der Verteidigung des Vaterlandes, sagte er im Staatsfernsehen RTB."
D11 = "Diallo war 2022 mit dem Martin-Ennals-Preis für Menschenrechtsverteidiger ausgezeichnet worden."
D12 = ("Seine Organisation hatte der Armee und den verbündeten Milizen der Freiwilligen für die Verteidigung des "
       "Vaterlandes (VDP) wiederholt Massaker an Zivilisten vorgeworfen.")
D13 = ("Die Junta von Hauptmann Ibrahim Traoré hatte im April eine „allgemeine Mobilmachung“ verkündet, die es "
       "erlaubt, Bürger zur Unterstützung der Armee heranzuziehen.")
D14 = "Seither hat die Junta nach Angaben von Menschenrechtlern mehrere Journalisten und Oppositionelle eingezogen."
D15 = "Dschihadistische Gruppen kontrollieren Schätzungen zufolge rund 40 Prozent des Staatsgebiets."

DE03 = {
    "id": "hm418-de-03", "lang": "de", "url": None, "published": "2023-12-06",
    "title": "UN fordern Freilassung von Menschenrechtler in Burkina Faso",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12], [D13, D14, D15]),
    "events": [
        event("REQUEST", UN, BFA_GOV, D1, mode="yield"),
        event("COERCE", BFA_SECURITY, DIALLO, D2, mode="arrest", date="2023-12-01", location="Ouagadougou",
              location_country="BFA"),
        event("COERCE", BFA_GOV, DIALLO, D4),
        event("ACCUSE", TURK, BFA_GOV, D5, mode="disapprove", date="2023-12-05"),
        event("REQUEST", OHCHR, BFA_GOV, D6, mode="yield"),
        event("REQUEST", AMNESTY, BFA_GOV, D7, mode="yield"),
        event("REQUEST", BALAI, BFA_GOV, D7, mode="yield"),
        event("REQUEST", US_STATE, BFA_GOV, D8),
        event("ACCUSE", CISC, BFA_ARMY, D12, mode="allege"),
        event("ACCUSE", CISC, VDP, D12, mode="allege"),
        event("MOBILIZE", BFA_GOV, None, D13, mode="troops"),
        event("COERCE", BFA_GOV, BFA_JOURNALISTS, D14),
        event("COERCE", BFA_GOV, BFA_OPPOSITION, D14),
    ],
    "quotes": [
        quote("der Aktivist sei im Rahmen der „allgemeinen Mobilmachung“ zum Militärdienst eingezogen worden",
              "Government of Burkina Faso", "indirect"),
        quote("allgemeinen Mobilmachung", "Government of Burkina Faso", "direct"),
        quote("das Dekret werde offenbar genutzt, um Kritiker der Junta zum Schweigen zu bringen", "Volker Türk",
              "indirect"),
        quote("Daouda Diallo muss sofort freigelassen werden", "Office of the UN High Commissioner for Human Rights",
              "direct"),
        quote("die Junta verfolge Andersdenkende", "Jean-Emmanuel Ouédraogo", "indirect"),
        quote("Die Mobilmachung diene allein der Verteidigung des Vaterlandes", "Jean-Emmanuel Ouédraogo",
              "indirect"),
        quote("allgemeine Mobilmachung", "Government of Burkina Faso", "direct"),
        quote("Seither hat die Junta nach Angaben von Menschenrechtlern mehrere Journalisten und Oppositionelle "
              "eingezogen", "human rights activists", "indirect"),
    ],
    "entities": [
        entity("Ouagadougou", "LOC", "BFA", ["Ouagadougou"]),
        entity("United Nations", "ORG", "UNO", ["Die Vereinten Nationen"]),
        entity("Government of Burkina Faso", "ORG", "BFA",
               ["die Militärregierung in Burkina Faso", "Die Behörden", "der Junta", "die Behörden", "die Junta",
                "Die Junta von Hauptmann Ibrahim Traoré"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso", "des Vaterlandes", "des Staatsgebiets"]),
        entity("Daouda Diallo", "PER", "BFA",
               ["den bekannten Menschenrechtler Daouda Diallo",
                "den Generalsekretär des Kollektivs gegen Straflosigkeit und Stigmatisierung von Gemeinschaften "
                "(CISC)", "er", "Diallo", "der Aktivist", "Daouda Diallo", "des Aktivisten", "Diallos"]),
        entity("Collective Against Impunity and Stigmatization of Communities", "ORG", "BFA",
               ["des Kollektivs gegen Straflosigkeit und Stigmatisierung von Gemeinschaften (CISC)",
                "Seine Organisation"]),
        entity("Burkinabe security forces", "ORG", "BFA", ["Sicherheitskräfte in Zivil"]),
        entity("passport office of Burkina Faso", "ORG", "BFA", ["die Passbehörde"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
        entity("Office of the UN High Commissioner for Human Rights", "ORG", "UNO", ["seines Büros in Genf"]),
        entity("Geneva", "LOC", "CHE", ["Genf"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Balai Citoyen", "ORG", "BFA", ["die Bürgerbewegung Balai Citoyen"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Jean-Emmanuel Ouédraogo", "PER", "BFA", ["Regierungssprecher Jean-Emmanuel Ouédraogo", "er"]),
        entity("RTB", "ORG", "BFA", ["im Staatsfernsehen RTB"]),
        entity("Martin Ennals Award", "MISC", None, ["dem Martin-Ennals-Preis für Menschenrechtsverteidiger"]),
        entity("Armed Forces of Burkina Faso", "ORG", "BFA", ["der Armee"]),
        entity("Volunteers for the Defense of the Homeland", "ORG", "BFA",
               ["den verbündeten Milizen der Freiwilligen für die Verteidigung des Vaterlandes (VDP)"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
        entity("human rights activists", "PER", "BFA", ["Menschenrechtlern"]),
        entity("Burkinabe journalists", "PER", "BFA", ["mehrere Journalisten"]),
        entity("Burkinabe opposition politicians", "PER", "BFA", ["Oppositionelle"]),
        entity("jihadist groups in Burkina Faso", "ORG", "BFA", ["Dschihadistische Gruppen"]),
    ],
}

# ---------------------------------------------------------------- hm418-de-04 (Chad/Russia, Lavrov visit)
LAVROV = actor("Sergey Lavrov", "RUS", "GOV")
TCD_GOV = actor("Government of Chad", "TCD", "GOV")
DEBY = actor("Mahamat Idriss Déby", "TCD", "GOV")
TCD_ARMY = actor("Chadian Armed Forces", "TCD", "MIL")
FRA_GOV = actor("Government of France", "FRA", "GOV")
USA_GOV4 = actor("Government of the United States", "USA", "GOV")
US_MIL = actor("United States Armed Forces", "USA", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
TCD_OPP = actor("Chadian opposition", "TCD", "OPP")
GIN_GOV = actor("Government of Guinea", "GIN", "GOV")
COG_GOV = actor("Government of the Republic of the Congo", "COG", "GOV")
BFA_GOV4 = actor("Government of Burkina Faso", "BFA", "GOV")

L1 = ("N'Djamena (dpa) - Russlands Außenminister Sergej Lawrow hat zum Abschluss seiner Afrika-Reise den Tschad "
      "besucht und dem Land eine engere militärische Zusammenarbeit angeboten.")
L2 = "Präsident Mahamat Idriss Déby empfing den Gast am Mittwoch in seinem Amtssitz in N'Djamena."
L3 = ("Russland sei bereit, tschadische Offiziere auszubilden und die Armee mit Ausrüstung zu unterstützen, sagte "
      "Lawrow nach dem Gespräch vor Journalisten.")
L4 = "Zudem kündigte er an, die Zahl der Studienplätze für Tschader an russischen Universitäten zu erhöhen."
L5 = ("Frankreich und die USA versuchten weiterhin, den afrikanischen Staaten ihren Willen aufzuzwingen, fügte der "
      "Minister hinzu.")
L6 = "Außenminister Abderaman Koulamallah betonte, sein Land pflege Beziehungen zu allen Partnern."
L7 = ("„Der Tschad ist ein freies und souveränes Land, und wir tauschen nicht einen Herrn gegen einen anderen“, "
      "sagte er bei einer gemeinsamen Pressekonferenz.")
L8 = ("Beide Seiten vereinbarten, im Herbst eine gemeinsame Regierungskommission für wirtschaftliche "
      "Zusammenarbeit einzuberufen.")
L9 = "Frankreich hat im Tschad noch rund 1000 Soldaten stationiert."
L10 = ("Die USA hatten Ende April auf Verlangen der Regierung in N'Djamena mit dem Abzug eines Teils ihrer "
       "Spezialkräfte begonnen.")
L11 = "Déby war im Januar zu einem Besuch in Moskau gewesen und dort von Präsident Wladimir Putin empfangen worden."
L12 = ("Oppositionspolitiker in N'Djamena warfen der Regierung vor, über die Köpfe der Bevölkerung hinweg Abkommen "
       "mit Moskau zu schließen.")
L13 = "Vor dem Tschad hatte Lawrow Guinea, die Republik Kongo und Burkina Faso besucht."
L14 = ("In Ouagadougou sagte er der Militärregierung von Hauptmann Ibrahim Traoré weitere Hilfe im Kampf gegen "
       "dschihadistische Gruppen zu.")
L15 = ("Russland baut seinen Einfluss in der Sahelzone seit dem Abzug französischer Truppen aus Mali, Burkina Faso "
       "und Niger stetig aus.")
L16 = "Der Tschad gilt im Westen als einer der letzten verlässlichen Partner in der Region."

DE04 = {
    "id": "hm418-de-04", "lang": "de", "url": None, "published": "2024-06-06",
    "title": "Lawrow bietet Tschad engere Militärkooperation an",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8], [L9, L10, L11, L12], [L13, L14, L15, L16]),
    "events": [
        event("CONSULT", LAVROV, TCD_GOV, L1, mode="visit", location_country="TCD"),
        event("AGREE", LAVROV, TCD_GOV, L1),
        event("CONSULT", LAVROV, DEBY, L2, mode="visit", date="2024-06-05", location="N'Djamena",
              location_country="TCD"),
        event("AGREE", LAVROV, TCD_ARMY, L3),
        event("AGREE", LAVROV, TCD_GOV, L4),
        event("ACCUSE", LAVROV, FRA_GOV, L5, mode="disapprove"),
        event("ACCUSE", LAVROV, USA_GOV4, L5, mode="disapprove"),
        event("AGREE", LAVROV, TCD_GOV, L8),
        event("RETREAT", US_MIL, TCD_GOV, L10, mode="withdraw"),
        event("REQUEST", TCD_GOV, USA_GOV4, L10),
        event("CONSULT", DEBY, PUTIN, L11, mode="visit", location="Moscow", location_country="RUS"),
        event("ACCUSE", TCD_OPP, TCD_GOV, L12, mode="disapprove"),
        event("CONSULT", LAVROV, GIN_GOV, L13, mode="visit", location_country="GIN"),
        event("CONSULT", LAVROV, COG_GOV, L13, mode="visit", location_country="COG"),
        event("CONSULT", LAVROV, BFA_GOV4, L13, mode="visit", location_country="BFA"),
        event("AGREE", LAVROV, BFA_GOV4, L14, location="Ouagadougou", location_country="BFA"),
    ],
    "quotes": [
        quote("Russland sei bereit, tschadische Offiziere auszubilden und die Armee mit Ausrüstung zu unterstützen",
              "Sergey Lavrov", "indirect"),
        quote("die Zahl der Studienplätze für Tschader an russischen Universitäten zu erhöhen", "Sergey Lavrov",
              "indirect"),
        quote("Frankreich und die USA versuchten weiterhin, den afrikanischen Staaten ihren Willen aufzuzwingen",
              "Sergey Lavrov", "indirect"),
        quote("sein Land pflege Beziehungen zu allen Partnern", "Abderaman Koulamallah", "indirect"),
        quote("Der Tschad ist ein freies und souveränes Land, und wir tauschen nicht einen Herrn gegen einen anderen",
              "Abderaman Koulamallah", "direct"),
        quote("über die Köpfe der Bevölkerung hinweg Abkommen mit Moskau zu schließen", "Chadian opposition",
              "indirect"),
    ],
    "entities": [
        entity("N'Djamena", "LOC", "TCD", ["N'Djamena"]),
        entity("Sergey Lavrov", "PER", "RUS",
               ["Russlands Außenminister Sergej Lawrow", "den Gast", "Lawrow", "er", "der Minister"]),
        entity("Russia", "LOC", "RUS", ["Russlands", "Russland"]),
        entity("Chad", "LOC", "TCD", ["den Tschad", "dem Land", "sein Land", "Der Tschad", "im Tschad",
                                      "dem Tschad"]),
        entity("Mahamat Idriss Déby", "PER", "TCD", ["Präsident Mahamat Idriss Déby", "Déby"]),
        entity("Chadian Armed Forces", "ORG", "TCD", ["die Armee"]),
        entity("Chadian officers", "PER", "TCD", ["tschadische Offiziere"]),
        entity("Chadian students", "PER", "TCD", ["Tschader"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich"]),
        entity("France", "LOC", "FRA", ["Frankreich"]),
        entity("Government of the United States", "ORG", "USA", ["die USA", "Die USA"]),
        entity("Abderaman Koulamallah", "PER", "TCD", ["Außenminister Abderaman Koulamallah", "er"]),
        entity("Government of Chad", "ORG", "TCD", ["der Regierung in N'Djamena", "der Regierung"]),
        entity("French troops in Chad", "ORG", "FRA", ["rund 1000 Soldaten"]),
        entity("United States Armed Forces", "ORG", "USA", ["eines Teils ihrer Spezialkräfte"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Präsident Wladimir Putin"]),
        entity("Chadian opposition", "PER", "TCD", ["Oppositionspolitiker in N'Djamena"]),
        entity("Guinea", "LOC", "GIN", ["Guinea"]),
        entity("Republic of the Congo", "LOC", "COG", ["die Republik Kongo"]),
        entity("Burkina Faso", "LOC", "BFA", ["Burkina Faso"]),
        entity("Ouagadougou", "LOC", "BFA", ["Ouagadougou"]),
        entity("Government of Burkina Faso", "ORG", "BFA", ["der Militärregierung von Hauptmann Ibrahim Traoré"]),
        entity("Ibrahim Traoré", "PER", "BFA", ["Hauptmann Ibrahim Traoré"]),
        entity("jihadist groups in Burkina Faso", "ORG", "BFA", ["dschihadistische Gruppen"]),
        entity("Sahel", "LOC", None, ["der Sahelzone", "der Region"]),
        entity("French armed forces", "ORG", "FRA", ["französischer Truppen"]),
        entity("Mali", "LOC", "MLI", ["Mali"]),
        entity("Niger", "LOC", "NER", ["Niger"]),
    ],
}

# ---------------------------------------------------------------- hm418-en-01 (Nigeria, Kuriga pupils freed)
KURIGA_KIDNAPPERS = actor("kidnappers of the Kuriga pupils", "NGA", "REB")
KURIGA_PUPILS = actor("Kuriga pupils", "NGA", "CVL")
UBA_SANI = actor("Uba Sani", "NGA", "GOV")
TINUBU = actor("Bola Tinubu", "NGA", "GOV")
RIBADU = actor("Nuhu Ribadu", "NGA", "GOV")
NGA_SECURITY = actor("Nigerian security forces", "NGA", "COP")
KURIGA_PARENTS = actor("parents in Kuriga", "NGA", "CVL")
UNICEF = actor("UNICEF", "UNO", "IGO")
NGA_GOV = actor("Government of Nigeria", "NGA", "GOV")
SOKOTO_GUNMEN = actor("kidnappers of the Sokoto pupils", "NGA", "REB")
SOKOTO_PUPILS = actor("pupils of an Islamic school in Sokoto state", "NGA", "CVL")
BOKO_HARAM = actor("Boko Haram", "NGA", "REB")
CHIBOK_GIRLS = actor("Chibok schoolgirls", "NGA", "CVL")

N1 = ("KADUNA, Nigeria (AP) — More than 130 students abducted from a school in northwestern Nigeria earlier this "
      "month have been released, the governor of Kaduna state said Sunday.")
N2 = ("Gov. Uba Sani said 137 hostages had been freed and would undergo medical checks before being reunited with "
      "their families.")
N3 = ("He thanked President Bola Tinubu and National Security Adviser Nuhu Ribadu for what he called a "
      "“well-coordinated” effort.")
N4 = ("Gunmen on motorcycles stormed the school in the village of Kuriga as the morning assembly was about to begin, "
      "seizing pupils and teachers.")
N5 = ("The kidnappers later demanded a ransom of 1 billion naira (about $620,000) for the release of the hostages, "
      "according to a community leader.")
N6 = "Tinubu had vowed that no ransom would be paid."
N7 = "Information Minister Mohammed Idris told reporters that “not a dime” had been handed over."
N8 = "No arrests have been announced."
N9 = "Parents in Kuriga had accused the security forces of arriving only hours after the attack."
N10 = ("UNICEF praised the authorities for securing the children's freedom but urged them to do more to keep schools "
       "safe.")
N11 = ("Kidnappings for ransom have become widespread in Nigeria's northwest, where armed gangs known locally as "
       "bandits operate from forest hideouts.")
N12 = ("Two days after the Kuriga attack, gunmen seized 15 pupils from an Islamic boarding school in neighboring "
       "Sokoto state.")
N13 = "Those children were freed on Friday, officials said."
N14 = ("In 2014, Boko Haram militants abducted 276 schoolgirls from their dormitory in Chibok, in the country's "
       "northeast.")
N15 = "Dozens of them are still missing."

EN01 = {
    "id": "hm418-en-01", "lang": "en", "url": None, "published": "2024-03-24",
    "title": "More than 130 students kidnapped in northwest Nigeria are freed, governor says",
    "text": paragraphs([N1, N2, N3], [N4, N5, N6, N7], [N8, N9, N10], [N11, N12, N13, N14, N15]),
    "events": [
        event("RETREAT", KURIGA_KIDNAPPERS, KURIGA_PUPILS, N1, mode="release"),
        event("RETREAT", KURIGA_KIDNAPPERS, KURIGA_PUPILS, N2, mode="release"),
        event("SUPPORT", UBA_SANI, TINUBU, N3),
        event("SUPPORT", UBA_SANI, RIBADU, N3),
        event("ASSAULT", KURIGA_KIDNAPPERS, KURIGA_PUPILS, N4, mode="abduct", location="Kuriga",
              location_country="NGA"),
        event("REQUEST", KURIGA_KIDNAPPERS, None, N5),
        event("REJECT", TINUBU, KURIGA_KIDNAPPERS, N6),
        event("COERCE", NGA_SECURITY, KURIGA_KIDNAPPERS, N8, mode="arrest", negated=True),
        event("ACCUSE", KURIGA_PARENTS, NGA_SECURITY, N9, mode="disapprove"),
        event("SUPPORT", UNICEF, NGA_GOV, N10),
        event("REQUEST", UNICEF, NGA_GOV, N10),
        event("ASSAULT", SOKOTO_GUNMEN, SOKOTO_PUPILS, N12, mode="abduct", location="Sokoto",
              location_country="NGA"),
        event("RETREAT", SOKOTO_GUNMEN, SOKOTO_PUPILS, N13, mode="release", date="2024-03-22"),
        event("ASSAULT", BOKO_HARAM, CHIBOK_GIRLS, N14, mode="abduct", location="Chibok", location_country="NGA"),
    ],
    "quotes": [
        quote("More than 130 students abducted from a school in northwestern Nigeria earlier this month have been "
              "released", "Uba Sani", "indirect"),
        quote("137 hostages had been freed and would undergo medical checks before being reunited with their "
              "families", "Uba Sani", "indirect"),
        quote("well-coordinated", "Uba Sani", "direct"),
        quote("The kidnappers later demanded a ransom of 1 billion naira (about $620,000) for the release of the "
              "hostages", "community leader in Kuriga", "indirect"),
        quote("no ransom would be paid", "Bola Tinubu", "indirect"),
        quote("not a dime", "Mohammed Idris", "direct"),
        quote("“not a dime” had been handed over", "Mohammed Idris", "indirect"),
        quote("arriving only hours after the attack", "parents in Kuriga", "indirect"),
        quote("Those children were freed on Friday", "Nigerian officials", "indirect"),
    ],
    "entities": [
        entity("Kaduna", "LOC", "NGA", ["KADUNA", "Kaduna state"]),
        entity("Nigeria", "LOC", "NGA", ["Nigeria", "northwestern Nigeria", "Nigeria's", "the country's"]),
        entity("Kuriga pupils", "PER", "NGA",
               ["More than 130 students", "137 hostages", "pupils and teachers", "the hostages",
                "the children's"]),
        entity("Kuriga school", "ORG", "NGA", ["a school in northwestern Nigeria", "the school"]),
        entity("Uba Sani", "PER", "NGA", ["the governor of Kaduna state", "Gov. Uba Sani", "He", "he"]),
        entity("Bola Tinubu", "PER", "NGA", ["President Bola Tinubu", "Tinubu"]),
        entity("Nuhu Ribadu", "PER", "NGA", ["National Security Adviser Nuhu Ribadu"]),
        entity("kidnappers of the Kuriga pupils", "ORG", "NGA", ["Gunmen on motorcycles", "The kidnappers"]),
        entity("Kuriga", "LOC", "NGA", ["the village of Kuriga", "Kuriga"]),
        entity("community leader in Kuriga", "PER", "NGA", ["a community leader"]),
        entity("Mohammed Idris", "PER", "NGA", ["Information Minister Mohammed Idris"]),
        entity("Nigerian security forces", "ORG", "NGA", ["the security forces"]),
        entity("parents in Kuriga", "PER", "NGA", ["Parents in Kuriga"]),
        entity("UNICEF", "ORG", "UNO", ["UNICEF"]),
        entity("Government of Nigeria", "ORG", "NGA", ["the authorities", "them"]),
        entity("bandits", "ORG", "NGA", ["armed gangs known locally as bandits"]),
        entity("kidnappers of the Sokoto pupils", "ORG", "NGA", ["gunmen"]),
        entity("pupils of an Islamic school in Sokoto state", "PER", "NGA", ["15 pupils", "Those children"]),
        entity("Sokoto", "LOC", "NGA", ["neighboring Sokoto state"]),
        entity("Nigerian officials", "PER", "NGA", ["officials"]),
        entity("Boko Haram", "ORG", "NGA", ["Boko Haram militants"]),
        entity("Chibok schoolgirls", "PER", "NGA", ["276 schoolgirls", "them"]),
        entity("Chibok", "LOC", "NGA", ["Chibok"]),
    ],
}

# ---------------------------------------------------------------- hm418-en-02 (Eswatini, Maseko killed)
UN_E = actor("United Nations", "UNO", "IGO")
USA_GOV_E = actor("Government of the United States", "USA", "GOV")
SWZ_GOV = actor("Government of Eswatini", "SWZ", "GOV")
TURK_E = actor("Volker Türk", "UNO", "IGO")
US_STATE_E = actor("United States Department of State", "USA", "GOV")
MASEKO_KILLERS = actor("killers of Thulani Maseko", "SWZ", "CVL")
MSWATI = actor("Mswati III", "SWZ", "GOV")
SWZ_ACTIVISTS = actor("pro-democracy activists in Eswatini", "SWZ", "CVL")
PUDEMO = actor("People's United Democratic Movement", "SWZ", "OPP")
SWZ_POLICE = actor("Royal Eswatini Police Service", "SWZ", "COP")
SWZ_MOURNERS = actor("mourners of Thulani Maseko", "SWZ", "CVL")
DIRCO = actor("Department of International Relations and Cooperation of South Africa", "ZAF", "GOV")
SWZ_HIGH_COURT = actor("High Court of Eswatini", "SWZ", "JUD")
MASEKO = actor("Thulani Maseko", "SWZ", "CVL")
RIGHTS_GROUPS = actor("human rights groups", "NGO", "NGO")
SWZ_SECURITY = actor("Eswatini security forces", "SWZ", "COP")

W1 = ("MBABANE (Reuters) - The United Nations and the United States on Monday called for a swift and transparent "
      "investigation into the killing of Eswatini human rights lawyer Thulani Maseko.")
W2 = ("Maseko was shot dead through a window of his home near Mbabane on Saturday evening while he sat with his wife "
      "and children, his family said.")
W3 = ("U.N. rights chief Volker Türk urged the authorities to ensure an \"independent, thorough and effective\" "
      "inquiry.")
W4 = "The U.S. State Department said it was deeply saddened and condemned the killing."
W5 = ("Hours before the shooting, King Mswati III had told a gathering that people calling for democracy should not "
      "shed tears when \"mercenaries\" dealt with them.")
W6 = "The banned opposition party PUDEMO accused the king of being behind the killing."
W7 = "Government spokesman Alpheous Nxumalo rejected the accusation."
W8 = ("\"Government has nothing to do with this senseless killing,\" he said, adding that police had launched a "
      "manhunt for the attackers.")
W9 = "Hundreds of people marched to Maseko's home on Sunday, chanting slogans against the monarchy."
W10 = "Police fired tear gas to disperse them, witnesses said."
W11 = ("South Africa's foreign ministry condemned the killing and urged Mswati to open a national dialogue with the "
       "opposition.")
W12 = "A High Court judge jailed Maseko for two years in 2014 over articles criticising the country's judiciary."
W13 = "Eswatini, Africa's last absolute monarchy, was shaken by pro-democracy protests in 2021."
W14 = "Rights groups say dozens of people were killed when security forces cracked down on the demonstrations."
W15 = "Mswati, who has ruled since 1986, appoints the prime minister and the cabinet."

EN02 = {
    "id": "hm418-en-02", "lang": "en", "url": None, "published": "2023-01-23",
    "title": "UN, U.S. call for probe into killing of Eswatini rights lawyer Thulani Maseko",
    "text": paragraphs([W1, W2, W3, W4], [W5, W6, W7, W8], [W9, W10, W11], [W12, W13, W14, W15]),
    "events": [
        event("REQUEST", UN_E, SWZ_GOV, W1, date="2023-01-23"),
        event("REQUEST", USA_GOV_E, SWZ_GOV, W1, date="2023-01-23"),
        event("REQUEST", TURK_E, SWZ_GOV, W3),
        event("ACCUSE", US_STATE_E, MASEKO_KILLERS, W4, mode="disapprove"),
        event("THREATEN", MSWATI, SWZ_ACTIVISTS, W5, mode="violence", date="2023-01-21"),
        event("ACCUSE", PUDEMO, MSWATI, W6, mode="allege"),
        event("ACCUSE", SWZ_POLICE, MASEKO_KILLERS, W8, mode="investigate"),
        event("PROTEST", SWZ_MOURNERS, MSWATI, W9, mode="demo", date="2023-01-22"),
        event("COERCE", SWZ_POLICE, SWZ_MOURNERS, W10, mode="crowd-control"),
        event("ACCUSE", DIRCO, MASEKO_KILLERS, W11, mode="disapprove"),
        event("REQUEST", DIRCO, MSWATI, W11, mode="meet"),
        event("SANCTION", SWZ_HIGH_COURT, MASEKO, W12, mode="convict"),
        event("COERCE", SWZ_HIGH_COURT, MASEKO, W12, mode="arrest"),
        event("ACCUSE", RIGHTS_GROUPS, SWZ_SECURITY, W14, mode="allege"),
    ],
    "quotes": [
        quote("Maseko was shot dead through a window of his home near Mbabane on Saturday evening while he sat with "
              "his wife and children", "family of Thulani Maseko", "indirect"),
        quote("independent, thorough and effective", "Volker Türk", "direct"),
        quote("it was deeply saddened", "United States Department of State", "indirect"),
        quote("mercenaries", "Mswati III", "direct"),
        quote("people calling for democracy should not shed tears when \"mercenaries\" dealt with them", "Mswati III",
              "indirect"),
        quote("Government has nothing to do with this senseless killing", "Alpheous Nxumalo", "direct"),
        quote("police had launched a manhunt for the attackers", "Alpheous Nxumalo", "indirect"),
        quote("Police fired tear gas to disperse them", "witnesses", "indirect"),
        quote("dozens of people were killed when security forces cracked down on the demonstrations",
              "human rights groups", "indirect"),
    ],
    "entities": [
        entity("Mbabane", "LOC", "SWZ", ["MBABANE", "Mbabane"]),
        entity("United Nations", "ORG", "UNO", ["The United Nations"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Eswatini", "LOC", "SWZ", ["Eswatini", "the country's", "Africa's last absolute monarchy"]),
        entity("Thulani Maseko", "PER", "SWZ",
               ["Eswatini human rights lawyer Thulani Maseko", "Maseko", "his", "he", "Maseko's"]),
        entity("family of Thulani Maseko", "PER", "SWZ", ["his family", "his wife and children"]),
        entity("Volker Türk", "PER", "UNO", ["U.N. rights chief Volker Türk"]),
        entity("Government of Eswatini", "ORG", "SWZ", ["the authorities", "Government"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department", "it"]),
        entity("Mswati III", "PER", "SWZ", ["King Mswati III", "the king", "Mswati", "the monarchy"]),
        entity("pro-democracy activists in Eswatini", "PER", "SWZ", ["people calling for democracy", "them"]),
        entity("People's United Democratic Movement", "ORG", "SWZ", ["The banned opposition party PUDEMO",
                                                                     "the opposition"]),
        entity("Alpheous Nxumalo", "PER", "SWZ", ["Government spokesman Alpheous Nxumalo", "he"]),
        entity("Royal Eswatini Police Service", "ORG", "SWZ", ["police", "Police"]),
        entity("killers of Thulani Maseko", "PER", "SWZ", ["the attackers"]),
        entity("mourners of Thulani Maseko", "PER", "SWZ", ["Hundreds of people", "them"]),
        entity("witnesses", "PER", "SWZ", ["witnesses"]),
        entity("Department of International Relations and Cooperation of South Africa", "ORG", "ZAF",
               ["South Africa's foreign ministry"]),
        entity("South Africa", "LOC", "ZAF", ["South Africa's"]),
        entity("High Court of Eswatini", "ORG", "SWZ", ["A High Court judge"]),
        entity("judiciary of Eswatini", "ORG", "SWZ", ["the country's judiciary"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("Eswatini security forces", "ORG", "SWZ", ["security forces"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
