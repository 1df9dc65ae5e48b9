"""Round 365: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm365-de-01: Algeria/France: Algeria's judiciary issues two international arrest warrants for Goncourt winner Kamel Daoud over "Houris"; Saâda Arbane's and the victims' organisation's complaints, lawyer Jacqueline Laffont speaks of persecution, the Quai d'Orsay objects and backs Daoud, Gallimard's exclusion from the Algiers book fair, Sansal's sentence and the April expulsions recalled (2025-05-07).
- hm365-de-02: Lebanon: Hezbollah defies Nawaf Salam's ban and projects images of Nasrallah and Safieddine onto Beirut's Raouché rock; Governor Abboud's conditions, no arrests, Salam condemns and asks ministers and security services to arrest those responsible, al-Hajjar announces an inquiry, Wafik Safa rebuffs, Geagea backs Salam, Beirut MPs demand al-Hajjar's resignation, the 2024 killings recalled (2025-09-26).
- hm365-de-03: Israel: police detain Netanyahu aides Jonathan Urich and Eli Feldstein in the "Qatargate" affair; Lahav 433 and Shin Bet investigate, Netanyahu questioned as a witness and speaks of a witch hunt and hostages, Bar's dismissal frozen by the Supreme Court, Lapid accuses and demands resignation, Qatar speaks of a smear campaign, Rishon LeZion court extends custody (2025-03-31).
- hm365-de-04: Tunisia: police arrest lawyer and ex-minister Ayachi Hammami days after the appeals verdict in the "conspiracy" trial; Chaima Issa detained at a protest, Chebbi expects arrest, Hammami and Ben Mbarek on hunger strike, Amnesty condemns and demands releases, Saied's summons of EU ambassador Perrone after his meeting with Taboubi (2025-12-02).
- hm365-en-01: Iraq/Kurdistan: PUK security forces arrest Lahur Sheikh Jangi, his brother Polad and bodyguards after a gunbattle at Sulaymaniyah's Lalezar Hotel; the security directorate accuses his men, court warrant, Jangi's refusal to surrender, the 2021 ouster by Bafel Talabani, Talabani praises the forces, Sudani and the U.S. consulate urge calm, cordon and stay-at-home order (2025-08-22).
- hm365-en-02: Morocco/Spain: Moroccan authorities arrest 152 people for inciting a mass crossing into Ceuta after security forces turn back thousands at Fnideq; stones and tear gas, "criminal networks" blamed, Vivas and Grande-Marlaska praise Rabat, Spanish reinforcements and returns, AMDH condemns and demands an inquiry, Spain's 2022 backing of the autonomy plan recalled (2024-09-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm365-de-01 (Algeria, arrest warrants for Kamel Daoud)
ALG_JUD = actor("Algerian judiciary", "DZA", "JUD")
DAOUD = actor("Kamel Daoud", "FRA", "CVL")
ORAN_COURT = actor("Oran court", "DZA", "JUD")
ARBANE = actor("Saâda Arbane", "DZA", "CVL")
ONVT = actor("National Organisation of Victims of Terrorism", "DZA", "NGO")
LAFFONT = actor("Jacqueline Laffont", "FRA", "CVL")
FRA_MFA = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
GALLIMARD = actor("Gallimard", "FRA", "BUS")
ALG_GOV = actor("Government of Algeria", "DZA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
DAR_EL_BEIDA_COURT = actor("Dar El Beida court", "DZA", "JUD")
SANSAL = actor("Boualem Sansal", "FRA", "CVL")

D1 = ("Paris/Algier (dpa) - Die algerische Justiz hat zwei internationale Haftbefehle gegen den französisch-algerischen "
      "Schriftsteller Kamel Daoud erlassen.")
D2 = "Das bestätigte seine Anwältin Jacqueline Laffont am Mittwoch in Paris."
D3 = ("Die Haftbefehle seien bereits im März von einem Gericht im westalgerischen Oran ausgestellt worden, ihr Mandant "
      "habe davon aber erst vor wenigen Tagen erfahren, sagte sie.")
D4 = "Hintergrund sind zwei Klagen gegen den Goncourt-Preisträger im Zusammenhang mit seinem Roman „Houris“."
D5 = ("Die Überlebende eines Massakers aus dem Bürgerkrieg der 1990er Jahre, Saâda Arbane, wirft Daoud vor, ohne ihre "
      "Zustimmung ihre Lebensgeschichte für die Hauptfigur des Buches verwendet zu haben.")
D6 = ("Diese habe sie nur ihrer Psychiaterin anvertraut, der Ehefrau des Autors, hatte die Frau im vergangenen Herbst "
      "im algerischen Fernsehen gesagt.")
D7 = "Eine zweite Klage reichte die Nationale Organisation der Opfer des Terrorismus ein."
D8 = "Daoud hat die Vorwürfe stets zurückgewiesen."
D9 = "Laffont sprach von einer „politischen Verfolgung“ des Schriftstellers."
D10 = ("„Man will einen Autor mundtot machen, der es gewagt hat, über das schwarze Jahrzehnt zu schreiben“, sagte sie "
       "der Zeitung „Le Monde“.")
D11 = "Der 54-Jährige lebt seit 2023 in Paris und besitzt seit 2020 auch die französische Staatsbürgerschaft."
D12 = ("Das französische Außenministerium kritisierte das Vorgehen der algerischen Justiz und erklärte, Frankreich "
       "stehe an der Seite eines Autors, dessen Werk weltweit anerkannt sei.")
D13 = "Auch der Verlag Gallimard, der „Houris“ veröffentlicht hat, stellte sich hinter Daoud."
D14 = "Algerien hatte Gallimard im vergangenen November von der Internationalen Buchmesse in Algier ausgeschlossen."
D15 = ("„Houris“ handelt von den Massakern des algerischen Bürgerkriegs, in dem zwischen 1992 und 2002 bis zu "
       "200.000 Menschen getötet wurden.")
D16 = ("Ein Gesetz aus dem Jahr 2006 verbietet in Algerien, die Wunden dieser Zeit öffentlich zu thematisieren; das "
       "Buch ist dort nicht erschienen.")
D17 = "Die Haftbefehle belasten die ohnehin angespannten Beziehungen zwischen Paris und Algier zusätzlich."
D18 = ("Im März hatte ein Gericht bei Algier den französisch-algerischen Schriftsteller Boualem Sansal zu fünf Jahren "
       "Haft verurteilt.")
D19 = "Mitte April wiesen beide Länder jeweils zwölf Diplomaten und Beamte aus."

DE01 = {
    "id": "hm365-de-01", "lang": "de", "url": None, "published": "2025-05-07",
    "title": "Algerien erlässt Haftbefehle gegen Goncourt-Preisträger Kamel Daoud",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7, D8], [D9, D10, D11], [D12, D13, D14], [D15, D16],
                       [D17, D18, D19]),
    "events": [
        event("THREATEN", ALG_JUD, DAOUD, D1, mode="arrest"),
        event("THREATEN", ORAN_COURT, DAOUD, D3, mode="arrest", location="Oran", location_country="DZA"),
        event("ACCUSE", ARBANE, DAOUD, D5, mode="allege"),
        event("ACCUSE", ONVT, DAOUD, D7, mode="allege"),
        event("ACCUSE", LAFFONT, ALG_JUD, D9, mode="disapprove"),
        event("ACCUSE", LAFFONT, ALG_JUD, D10, mode="disapprove"),
        event("ACCUSE", FRA_MFA, ALG_JUD, D12, mode="disapprove"),
        event("SUPPORT", FRA_MFA, DAOUD, D12),
        event("SUPPORT", GALLIMARD, DAOUD, D13),
        event("COERCE", ALG_GOV, GALLIMARD, D14, mode="censor", location="Algiers", location_country="DZA"),
        event("SANCTION", DAR_EL_BEIDA_COURT, SANSAL, D18, mode="convict", location_country="DZA"),
        event("COERCE", DAR_EL_BEIDA_COURT, SANSAL, D18, mode="arrest", location_country="DZA"),
        event("SANCTION", ALG_GOV, FRA_GOV, D19, mode="expel"),
        event("SANCTION", FRA_GOV, ALG_GOV, D19, mode="expel"),
    ],
    "quotes": [
        quote("Die Haftbefehle seien bereits im März von einem Gericht im westalgerischen Oran ausgestellt worden, ihr "
              "Mandant habe davon aber erst vor wenigen Tagen erfahren", "Jacqueline Laffont", "indirect"),
        quote("ohne ihre Zustimmung ihre Lebensgeschichte für die Hauptfigur des Buches verwendet zu haben",
              "Saâda Arbane", "indirect"),
        quote("Diese habe sie nur ihrer Psychiaterin anvertraut, der Ehefrau des Autors", "Saâda Arbane", "indirect"),
        quote("politischen Verfolgung", "Jacqueline Laffont", "direct"),
        quote("Man will einen Autor mundtot machen, der es gewagt hat, über das schwarze Jahrzehnt zu schreiben",
              "Jacqueline Laffont", "direct"),
        quote("Frankreich stehe an der Seite eines Autors, dessen Werk weltweit anerkannt sei",
              "Ministry for Europe and Foreign Affairs of France", "indirect"),
    ],
    "entities": [
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Algerian judiciary", "ORG", "DZA", ["Die algerische Justiz", "der algerischen Justiz"]),
        entity("Kamel Daoud", "PER", "FRA", ["Schriftsteller Kamel Daoud", "ihr Mandant", "den Goncourt-Preisträger",
                                            "Daoud", "des Autors", "des Schriftstellers", "Der 54-Jährige",
                                            "eines Autors, dessen Werk weltweit anerkannt sei"]),
        entity("Jacqueline Laffont", "PER", "FRA", ["seine Anwältin Jacqueline Laffont", "Laffont"]),
        entity("Oran court", "ORG", "DZA", ["einem Gericht im westalgerischen Oran"]),
        entity("Oran", "LOC", "DZA", ["Oran"]),
        entity("Saâda Arbane", "PER", "DZA", ["Die Überlebende eines Massakers aus dem Bürgerkrieg der 1990er Jahre, "
                                              "Saâda Arbane", "die Frau"]),
        entity("wife of Kamel Daoud", "PER", "DZA", ["ihrer Psychiaterin", "der Ehefrau des Autors"]),
        entity("Algeria", "LOC", "DZA", ["Algerien", "algerischen"]),
        entity("National Organisation of Victims of Terrorism", "ORG", "DZA",
               ["die Nationale Organisation der Opfer des Terrorismus"]),
        entity("Le Monde", "ORG", "FRA", ["der Zeitung „Le Monde“"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA",
               ["Das französische Außenministerium"]),
        entity("France", "LOC", "FRA", ["Frankreich", "französische"]),
        entity("Gallimard", "ORG", "FRA", ["der Verlag Gallimard", "Gallimard"]),
        entity("Algiers International Book Fair", "ORG", "DZA", ["der Internationalen Buchmesse in Algier"]),
        entity("Dar El Beida court", "ORG", "DZA", ["ein Gericht bei Algier"]),
        entity("Boualem Sansal", "PER", "FRA", ["den französisch-algerischen Schriftsteller Boualem Sansal"]),
    ],
}

# ---------------------------------------------------------------- hm365-de-02 (Lebanon, Hezbollah at Raouché rock)
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
HEZB_SUPPORTERS = actor("Hezbollah supporters", "LBN", "CVL")
ABBOUD = actor("Marwan Abboud", "LBN", "GOV")
LBN_SECURITY = actor("Lebanese security forces", "LBN", "COP")
HAJJAR = actor("Ahmad al-Hajjar", "LBN", "GOV")
NASSAR = actor("Adel Nassar", "LBN", "GOV")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
BEIRUT_MPS = actor("Sunni members of parliament from Beirut", "LBN", "LEG")
ISR_MIL = actor("Israel Defense Forces", "ISR", "MIL")
NASRALLAH = actor("Hassan Nasrallah", "LBN", "REB")
SAFIEDDINE = actor("Hashem Safieddine", "LBN", "REB")

R1 = ("Beirut (dpa) - Mit einer Lichtshow am Raouché-Felsen, einem der bekanntesten Wahrzeichen Beiruts, hat sich die "
      "Hisbollah über ein Verbot von Ministerpräsident Nawaf Salam hinweggesetzt.")
R2 = ("Tausende Anhänger der Schiitenorganisation versammelten sich am Donnerstagabend an der Küstenstraße, während "
      "Bilder des vor einem Jahr getöteten Generalsekretärs Hassan Nasrallah und seines designierten Nachfolgers "
      "Haschem Safieddine auf die Felsen projiziert wurden.")
R3 = ("Salam hatte zuvor per Rundschreiben untersagt, öffentliche Plätze und Wahrzeichen ohne Genehmigung für "
      "politische Veranstaltungen zu nutzen.")
R4 = ("Der Gouverneur von Beirut, Marwan Abboud, hatte die Teilnehmerzahl auf 500 begrenzt und Projektionen auf die "
      "Felsen ausdrücklich verboten.")
R5 = "Armee und Polizei waren zahlreich vor Ort, Festnahmen gab es jedoch nicht."
R6 = "Salam sprach in der Nacht von einem „eklatanten Verstoß“ gegen die Zusagen der Veranstalter."
R7 = ("„Was heute Abend geschehen ist, ist ein Schlag gegen die Glaubwürdigkeit derer, die diese Veranstaltung "
      "organisiert haben“, schrieb er auf der Plattform X.")
R8 = ("Der Regierungschef forderte Innenminister Ahmed al-Hadschar, Justizminister Adel Nassar und die "
      "Sicherheitsbehörden auf, die Verantwortlichen festzunehmen und vor Gericht zu stellen.")
R9 = "Al-Hadschar kündigte am Freitag eine Untersuchung an."
R10 = "Der Hisbollah-Funktionär Wafik Safa wies die Kritik zurück."
R11 = ("Niemand habe den Staat herausfordern wollen, die Felsen gehörten allen Libanesen, sagte er vor "
       "Journalisten.")
R12 = ("Der Chef der christlichen Forces Libanaises, Samir Geagea, warf der Hisbollah vor, sich wie ein „Staat im "
       "Staat“ aufzuführen, und stellte sich hinter Salam.")
R13 = ("Mehrere sunnitische Abgeordnete aus Beirut forderten den Rücktritt des Innenministers, dem sie Untätigkeit "
       "vorwarfen.")
R14 = ("Nasrallah war am 27. September 2024 bei einem israelischen Luftangriff auf die südlichen Vororte Beiruts "
       "getötet worden.")
R15 = "Safieddine kam wenige Tage später bei einem weiteren israelischen Luftangriff ums Leben."
R16 = ("Das Verhältnis zwischen der Regierung und der Hisbollah ist seit Wochen angespannt, weil das Kabinett die "
       "Entwaffnung der Miliz bis zum Jahresende anstrebt.")
R17 = "Am Samstag will die Hisbollah in den südlichen Vororten der Hauptstadt eine zentrale Gedenkfeier abhalten."

DE02 = {
    "id": "hm365-de-02", "lang": "de", "url": None, "published": "2025-09-26",
    "title": "Hisbollah widersetzt sich Regierungschef Salam mit Lichtshow in Beirut",
    "text": paragraphs([R1, R2, R3, R4, R5], [R6, R7, R8, R9], [R10, R11], [R12, R13], [R14, R15, R16, R17]),
    "events": [
        event("REJECT", HEZBOLLAH, SALAM, R1, location="Beirut", location_country="LBN"),
        event("PROTEST", HEZB_SUPPORTERS, None, R2, mode="demo", date="2025-09-25", location="Beirut",
              location_country="LBN"),
        event("COERCE", SALAM, None, R3, mode="restrict"),
        event("COERCE", ABBOUD, HEZBOLLAH, R4, mode="restrict", location="Beirut", location_country="LBN"),
        event("COERCE", LBN_SECURITY, HEZB_SUPPORTERS, R5, mode="arrest", negated=True, location="Beirut",
              location_country="LBN"),
        event("ACCUSE", SALAM, HEZBOLLAH, R6, mode="disapprove"),
        event("ACCUSE", SALAM, HEZBOLLAH, R7, mode="disapprove"),
        event("REQUEST", SALAM, HAJJAR, R8),
        event("REQUEST", SALAM, NASSAR, R8),
        event("REQUEST", SALAM, LBN_SECURITY, R8),
        event("ACCUSE", HAJJAR, None, R9, mode="investigate", date="2025-09-26"),
        event("ACCUSE", GEAGEA, HEZBOLLAH, R12, mode="disapprove"),
        event("SUPPORT", GEAGEA, SALAM, R12),
        event("REQUEST", BEIRUT_MPS, HAJJAR, R13, mode="change"),
        event("ACCUSE", BEIRUT_MPS, HAJJAR, R13, mode="disapprove"),
        event("ASSAULT", ISR_MIL, NASRALLAH, R14, mode="aerial", date="2024-09-27", location="Beirut",
              location_country="LBN"),
        event("ASSAULT", ISR_MIL, SAFIEDDINE, R15, mode="aerial"),
    ],
    "quotes": [
        quote("eklatanten Verstoß", "Nawaf Salam", "direct"),
        quote("Was heute Abend geschehen ist, ist ein Schlag gegen die Glaubwürdigkeit derer, die diese Veranstaltung "
              "organisiert haben", "Nawaf Salam", "direct"),
        quote("Niemand habe den Staat herausfordern wollen, die Felsen gehörten allen Libanesen", "Wafik Safa",
              "indirect"),
        quote("Staat im Staat", "Samir Geagea", "direct"),
        quote("sich wie ein „Staat im Staat“ aufzuführen", "Samir Geagea", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut", "Beiruts", "der Hauptstadt"]),
        entity("Raouché rock", "LOC", "LBN", ["Raouché-Felsen", "die Felsen"]),
        entity("Hezbollah", "ORG", "LBN", ["Hisbollah", "der Schiitenorganisation", "der Miliz"]),
        entity("Nawaf Salam", "PER", "LBN", ["Ministerpräsident Nawaf Salam", "Salam", "Der Regierungschef"]),
        entity("Hezbollah supporters", "PER", "LBN", ["Tausende Anhänger der Schiitenorganisation"]),
        entity("Hassan Nasrallah", "PER", "LBN", ["Generalsekretärs Hassan Nasrallah", "Nasrallah"]),
        entity("Hashem Safieddine", "PER", "LBN", ["seines designierten Nachfolgers Haschem Safieddine",
                                                  "Safieddine"]),
        entity("Marwan Abboud", "PER", "LBN", ["Der Gouverneur von Beirut, Marwan Abboud"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Armee"]),
        entity("Internal Security Forces", "ORG", "LBN", ["Polizei"]),
        entity("Lebanese security forces", "ORG", "LBN", ["die Sicherheitsbehörden"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Ahmad al-Hajjar", "PER", "LBN", ["Innenminister Ahmed al-Hadschar", "Al-Hadschar",
                                                "des Innenministers"]),
        entity("Adel Nassar", "PER", "LBN", ["Justizminister Adel Nassar"]),
        entity("Wafik Safa", "PER", "LBN", ["Der Hisbollah-Funktionär Wafik Safa"]),
        entity("Lebanese Forces", "ORG", "LBN", ["der christlichen Forces Libanaises"]),
        entity("Samir Geagea", "PER", "LBN", ["Der Chef der christlichen Forces Libanaises, Samir Geagea"]),
        entity("Sunni members of parliament from Beirut", "PER", "LBN",
               ["Mehrere sunnitische Abgeordnete aus Beirut"]),
        entity("Israel", "LOC", "ISR", ["israelischen"]),
        entity("Government of Lebanon", "ORG", "LBN", ["der Regierung", "das Kabinett"]),
    ],
}

# ---------------------------------------------------------------- hm365-de-03 (Israel, Qatargate arrests)
ISR_POLICE = actor("Israel Police", "ISR", "COP")
URICH = actor("Jonathan Urich", "ISR", "GOV")
FELDSTEIN = actor("Eli Feldstein", "ISR", "GOV")
LAHAV = actor("Lahav 433", "ISR", "COP")
SHIN_BET = actor("Shin Bet", "ISR", "COP")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
BAR = actor("Ronen Bar", "ISR", "COP")
ISR_SUPREME = actor("Supreme Court of Israel", "ISR", "JUD")
LAPID = actor("Yair Lapid", "ISR", "OPP")
RISHON_COURT = actor("Rishon LeZion Magistrate's Court", "ISR", "JUD")
ISR_PROSECUTORS = actor("Israeli prosecutors", "ISR", "JUD")

Q1 = ("Tel Aviv (dpa) - Im Skandal um mutmaßliche Zahlungen aus Katar hat die israelische Polizei zwei enge "
      "Mitarbeiter von Ministerpräsident Benjamin Netanjahu festgenommen.")
Q2 = ("Jonathan Urich und Eli Feldstein sollen Geld dafür erhalten haben, das Image des Golfemirats in Israel "
      "aufzubessern, wie die Polizei am Montag mitteilte.")
Q3 = ("Die Spezialeinheit Lahav 433 und der Inlandsgeheimdienst Schin Bet ermitteln unter anderem wegen Kontakten zu "
      "einem ausländischen Agenten, Bestechung und Geldwäsche.")
Q4 = ("Netanjahu selbst wurde am Montag in seinem Büro in Jerusalem als Zeuge befragt, nachdem er seine Aussage im "
      "eigenen Korruptionsprozess in Tel Aviv vorzeitig beendet hatte.")
Q5 = "In einem Video sprach der Regierungschef anschließend von einer „politischen Hexenjagd“."
Q6 = ("Die Ermittlungen dienten allein dem Zweck, die Entlassung von Schin-Bet-Chef Ronen Bar zu verhindern, sagte "
      "er.")
Q7 = "„Jonathan und Eli werden als Geiseln gehalten“, sagte der 75-Jährige."
Q8 = ("Das Kabinett hatte Bar vor gut einer Woche entlassen, das Oberste Gericht fror die Entscheidung jedoch "
      "vorläufig ein.")
Q9 = ("Oppositionsführer Jair Lapid warf Netanjahu vor, zugelassen zu haben, dass Mitarbeiter seines Büros mitten "
      "im Krieg für Katar gearbeitet hätten.")
Q10 = "Er forderte den Ministerpräsidenten zum Rücktritt auf."
Q11 = "Ein katarischer Regierungsvertreter bezeichnete die Vorwürfe als „Schmutzkampagne“ gegen das Emirat."
Q12 = ("Katar vermittelt seit Beginn des Gaza-Kriegs gemeinsam mit Ägypten und den USA zwischen Israel und der "
       "islamistischen Hamas.")
Q13 = ("Ein Gericht in Rischon LeZion ordnete am Abend an, dass Urich und Feldstein bis Donnerstag in Gewahrsam "
       "bleiben.")
Q14 = ("Feldstein wird bereits in einer anderen Affäre beschuldigt, ein geheimes Dokument an die „Bild“-Zeitung "
       "weitergegeben zu haben.")
Q15 = "Urich wies über seine Anwälte jede Verwicklung zurück."

DE03 = {
    "id": "hm365-de-03", "lang": "de", "url": None, "published": "2025-03-31",
    "title": "Katar-Affäre: Zwei Netanjahu-Mitarbeiter festgenommen",
    "text": paragraphs([Q1, Q2, Q3], [Q4, Q5, Q6, Q7, Q8], [Q9, Q10, Q11, Q12], [Q13, Q14, Q15]),
    "events": [
        event("COERCE", ISR_POLICE, URICH, Q1, mode="arrest", location_country="ISR"),
        event("COERCE", ISR_POLICE, FELDSTEIN, Q1, mode="arrest", location_country="ISR"),
        event("ACCUSE", ISR_POLICE, URICH, Q2, mode="allege"),
        event("ACCUSE", ISR_POLICE, FELDSTEIN, Q2, mode="allege"),
        event("ACCUSE", LAHAV, None, Q3, mode="investigate"),
        event("ACCUSE", SHIN_BET, None, Q3, mode="investigate"),
        event("ACCUSE", NETANYAHU, ISR_POLICE, Q5, mode="disapprove"),
        event("ACCUSE", NETANYAHU, SHIN_BET, Q6, mode="allege"),
        event("ACCUSE", NETANYAHU, ISR_POLICE, Q7, mode="disapprove"),
        event("SANCTION", ISR_GOV, BAR, Q8, mode="expel"),
        event("COERCE", ISR_SUPREME, ISR_GOV, Q8, mode="restrict"),
        event("ACCUSE", LAPID, NETANYAHU, Q9, mode="allege"),
        event("REQUEST", LAPID, NETANYAHU, Q10, mode="change"),
        event("COERCE", RISHON_COURT, URICH, Q13, mode="arrest", date="2025-03-31", location="Rishon LeZion",
              location_country="ISR"),
        event("COERCE", RISHON_COURT, FELDSTEIN, Q13, mode="arrest", date="2025-03-31", location="Rishon LeZion",
              location_country="ISR"),
        event("ACCUSE", ISR_PROSECUTORS, FELDSTEIN, Q14, mode="allege"),
    ],
    "quotes": [
        quote("Jonathan Urich und Eli Feldstein sollen Geld dafür erhalten haben, das Image des Golfemirats in Israel "
              "aufzubessern", "Israel Police", "indirect"),
        quote("politischen Hexenjagd", "Benjamin Netanyahu", "direct"),
        quote("Die Ermittlungen dienten allein dem Zweck, die Entlassung von Schin-Bet-Chef Ronen Bar zu verhindern",
              "Benjamin Netanyahu", "indirect"),
        quote("Jonathan und Eli werden als Geiseln gehalten", "Benjamin Netanyahu", "direct"),
        quote("zugelassen zu haben, dass Mitarbeiter seines Büros mitten im Krieg für Katar gearbeitet hätten",
              "Yair Lapid", "indirect"),
        quote("Schmutzkampagne", "Qatari government official", "direct"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Qatar", "LOC", "QAT", ["Katar", "des Golfemirats", "das Emirat"]),
        entity("Israel Police", "ORG", "ISR", ["die israelische Polizei", "die Polizei"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahu",
                                                   "der Regierungschef", "er", "der 75-Jährige",
                                                   "den Ministerpräsidenten"]),
        entity("Jonathan Urich", "PER", "ISR", ["Jonathan Urich", "Jonathan", "Urich"]),
        entity("Eli Feldstein", "PER", "ISR", ["Eli Feldstein", "Eli", "Feldstein"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Lahav 433", "ORG", "ISR", ["Die Spezialeinheit Lahav 433"]),
        entity("Shin Bet", "ORG", "ISR", ["der Inlandsgeheimdienst Schin Bet", "Schin-Bet"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Ronen Bar", "PER", "ISR", ["Schin-Bet-Chef Ronen Bar", "Bar"]),
        entity("Government of Israel", "ORG", "ISR", ["Das Kabinett"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["das Oberste Gericht"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid", "Er"]),
        entity("Qatari government official", "PER", "QAT", ["Ein katarischer Regierungsvertreter"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Hamas", "ORG", "PSE", ["der islamistischen Hamas"]),
        entity("Rishon LeZion Magistrate's Court", "ORG", "ISR", ["Ein Gericht in Rischon LeZion"]),
        entity("Rishon LeZion", "LOC", "ISR", ["Rischon LeZion"]),
        entity("Bild", "ORG", "DEU", ["die „Bild“-Zeitung"]),
    ],
}

# ---------------------------------------------------------------- hm365-de-04 (Tunisia, Ayachi Hammami arrested)
TUN_POLICE = actor("Tunisian police", "TUN", "COP")
HAMMAMI = actor("Ayachi Hammami", "TUN", "CVL")
TUNIS_APPEALS = actor("Tunis Court of Appeal", "TUN", "JUD")
CONSPIRACY_DEFENDANTS = actor("defendants in the conspiracy trial", "TUN", "OPP")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
ISSA = actor("Chaima Issa", "TUN", "OPP")
CHEBBI = actor("Ahmed Néjib Chebbi", "TUN", "OPP")
BEN_MBAREK = actor("Jawhar Ben Mbarek", "TUN", "OPP")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SAIED = actor("Kais Saied", "TUN", "GOV")
EU = actor("European Union", "EUR", "IGO")
PERRONE = actor("Giuseppe Perrone", "EUR", "IGO")
TABOUBI = actor("Noureddine Taboubi", "TUN", "LAB")

T1 = "Tunis (dpa) - In Tunesien ist der bekannte Menschenrechtsanwalt Ayachi Hammami festgenommen worden."
T2 = ("Polizisten hätten den 66-Jährigen am frühen Dienstagmorgen in seiner Wohnung in Tunis abgeholt, teilte seine "
      "Familie mit.")
T3 = ("Ein Berufungsgericht in Tunis hatte Hammami am Freitag im sogenannten Verschwörungsprozess zu fünf Jahren Haft "
      "verurteilt.")
T4 = ("Insgesamt verhängte das Gericht gegen mehr als 30 Angeklagte wegen angeblicher Umsturzpläne gegen Präsident "
      "Kais Saied Haftstrafen von bis zu 45 Jahren.")
T5 = "Unter ihnen sind Oppositionspolitiker, Anwälte, Geschäftsleute und frühere Minister."
T6 = ("Hammami, der 2020 kurzzeitig Minister für Menschenrechte war, hatte das Urteil als „politische Abrechnung“ "
      "bezeichnet.")
T7 = "Nach Angaben seiner Familie trat er unmittelbar nach der Festnahme in einen Hungerstreik."
T8 = ("Bereits am Samstag war die Dichterin und Aktivistin Chaima Issa am Rande einer Demonstration in Tunis "
      "festgenommen worden.")
T9 = "Das Berufungsgericht hatte sie zu 20 Jahren Haft verurteilt."
T10 = ("Auch der Chef der oppositionellen Nationalen Heilsfront, Ahmed Néjib Chebbi, der zwölf Jahre Haft erhielt, "
       "rechnet mit seiner Festnahme.")
T11 = ("„Sie können uns einsperren, aber sie werden uns nicht zum Schweigen bringen“, sagte der 81-Jährige dem "
       "Radiosender Mosaïque FM.")
T12 = ("Der ebenfalls verurteilte Oppositionspolitiker Jawhar Ben Mbarek befindet sich seit mehr als einem Monat im "
       "Hungerstreik.")
T13 = ("Amnesty International verurteilte die Festnahmen und forderte die sofortige Freilassung aller "
       "Verurteilten.")
T14 = ("Das Verfahren sei ein Musterbeispiel für die Kriminalisierung jeder Opposition in Tunesien, erklärte die "
       "Organisation.")
T15 = ("Präsident Saied hatte in der vergangenen Woche den EU-Botschafter Giuseppe Perrone einbestellt, nachdem dieser "
       "sich mit dem Chef des Gewerkschaftsbunds UGTT, Noureddine Taboubi, getroffen hatte.")
T16 = "Saied weist Kritik an der Justiz regelmäßig als Einmischung in innere Angelegenheiten zurück."

DE04 = {
    "id": "hm365-de-04", "lang": "de", "url": None, "published": "2025-12-02",
    "title": "Tunesischer Menschenrechtsanwalt Hammami festgenommen",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7], [T8, T9, T10, T11, T12], [T13, T14], [T15, T16]),
    "events": [
        event("COERCE", TUN_POLICE, HAMMAMI, T1, mode="arrest", location_country="TUN"),
        event("COERCE", TUN_POLICE, HAMMAMI, T2, mode="arrest", date="2025-12-02", location="Tunis",
              location_country="TUN"),
        event("SANCTION", TUNIS_APPEALS, HAMMAMI, T3, mode="convict", date="2025-11-28", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUNIS_APPEALS, HAMMAMI, T3, mode="arrest", date="2025-11-28", location="Tunis",
              location_country="TUN"),
        event("SANCTION", TUNIS_APPEALS, CONSPIRACY_DEFENDANTS, T4, mode="convict"),
        event("COERCE", TUNIS_APPEALS, CONSPIRACY_DEFENDANTS, T4, mode="arrest"),
        event("ACCUSE", HAMMAMI, TUNIS_APPEALS, T6, mode="disapprove"),
        event("PROTEST", HAMMAMI, TUN_GOV, T7, mode="hunger", date="2025-12-02"),
        event("COERCE", TUN_POLICE, ISSA, T8, mode="arrest", date="2025-11-29", location="Tunis",
              location_country="TUN"),
        event("SANCTION", TUNIS_APPEALS, ISSA, T9, mode="convict"),
        event("COERCE", TUNIS_APPEALS, ISSA, T9, mode="arrest"),
        event("SANCTION", TUNIS_APPEALS, CHEBBI, T10, mode="convict"),
        event("COERCE", TUNIS_APPEALS, CHEBBI, T10, mode="arrest"),
        event("PROTEST", BEN_MBAREK, TUN_GOV, T12, mode="hunger"),
        event("ACCUSE", AMNESTY, TUN_GOV, T13, mode="disapprove"),
        event("REQUEST", AMNESTY, TUN_GOV, T13, mode="yield"),
        event("ACCUSE", AMNESTY, TUN_GOV, T14, mode="disapprove"),
        event("ACCUSE", SAIED, EU, T15, mode="disapprove"),
        event("CONSULT", PERRONE, TABOUBI, T15),
    ],
    "quotes": [
        quote("Polizisten hätten den 66-Jährigen am frühen Dienstagmorgen in seiner Wohnung in Tunis abgeholt",
              "family of Ayachi Hammami", "indirect"),
        quote("politische Abrechnung", "Ayachi Hammami", "direct"),
        quote("Nach Angaben seiner Familie trat er unmittelbar nach der Festnahme in einen Hungerstreik",
              "family of Ayachi Hammami", "indirect"),
        quote("Sie können uns einsperren, aber sie werden uns nicht zum Schweigen bringen", "Ahmed Néjib Chebbi",
              "direct"),
        quote("Das Verfahren sei ein Musterbeispiel für die Kriminalisierung jeder Opposition in Tunesien",
              "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien"]),
        entity("Ayachi Hammami", "PER", "TUN", ["der bekannte Menschenrechtsanwalt Ayachi Hammami",
                                               "den 66-Jährigen", "Hammami", "er"]),
        entity("Tunisian police", "ORG", "TUN", ["Polizisten"]),
        entity("family of Ayachi Hammami", "PER", "TUN", ["seine Familie", "seiner Familie"]),
        entity("Tunis Court of Appeal", "ORG", "TUN", ["Ein Berufungsgericht in Tunis", "das Gericht",
                                                     "Das Berufungsgericht"]),
        entity("defendants in the conspiracy trial", "PER", "TUN", ["mehr als 30 Angeklagte"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Präsident Saied", "Saied"]),
        entity("Chaima Issa", "PER", "TUN", ["die Dichterin und Aktivistin Chaima Issa", "sie"]),
        entity("National Salvation Front", "ORG", "TUN", ["der oppositionellen Nationalen Heilsfront"]),
        entity("Ahmed Néjib Chebbi", "PER", "TUN", ["Ahmed Néjib Chebbi", "der 81-Jährige"]),
        entity("Mosaïque FM", "ORG", "TUN", ["Radiosender Mosaïque FM"]),
        entity("Jawhar Ben Mbarek", "PER", "TUN", ["Der ebenfalls verurteilte Oppositionspolitiker Jawhar Ben "
                                                  "Mbarek"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International", "die Organisation"]),
        entity("Giuseppe Perrone", "PER", "EUR", ["den EU-Botschafter Giuseppe Perrone", "dieser"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("UGTT", "ORG", "TUN", ["des Gewerkschaftsbunds UGTT"]),
        entity("Noureddine Taboubi", "PER", "TUN", ["Noureddine Taboubi"]),
    ],
}

# ---------------------------------------------------------------- hm365-en-01 (Iraq, Lahur Sheikh Jangi arrested)
PUK_SECURITY = actor("PUK-affiliated security forces in Sulaymaniyah", "IRQ", "COP")
JANGI = actor("Lahur Sheikh Jangi", "IRQ", "OPP")
POLAD = actor("Polad Sheikh Jangi", "IRQ", "OPP")
JANGI_GUARDS = actor("bodyguards of Lahur Sheikh Jangi", "IRQ", "CVL")
SULY_DIRECTORATE = actor("Sulaymaniyah security directorate", "IRQ", "COP")
SULY_COURT = actor("Sulaymaniyah court", "IRQ", "JUD")
TALABANI = actor("Bafel Talabani", "IRQ", "PTY")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
US_CONSULATE = actor("U.S. Consulate General in Irbil", "USA", "GOV")

K1 = ("SULAYMANIYAH, Iraq (AP) — Kurdish security forces arrested a former co-leader of one of Iraqi Kurdistan's two "
      "ruling parties on Friday after a pre-dawn gunbattle at a hotel in the city of Sulaymaniyah that left at least "
      "three members of the security forces dead.")
K2 = ("Lahur Sheikh Jangi, a cousin of Patriotic Union of Kurdistan leader Bafel Talabani, was detained along with "
      "his brother Polad and several bodyguards after security units stormed the Lalezar Hotel, the Sulaymaniyah "
      "security directorate said in a statement.")
K3 = ("It said Jangi's men had opened fire on the forces with machine guns and rocket-propelled grenades when they "
      "arrived to serve an arrest warrant.")
K4 = ("Residents said the fighting lasted about five hours and that explosions could be heard across the city "
      "center.")
K5 = "Three security officers were killed and 17 others wounded, according to the local health directorate."
K6 = ("A Sulaymaniyah court had issued the warrant on Thursday, accusing Jangi of conspiring to destabilize security "
      "and civil peace.")
K7 = ("In a video posted on social media as the clashes raged, Jangi said he would not surrender and called on his "
      "supporters to take to the streets.")
K8 = "\"We will not surrender. Let them come,\" he said."
K9 = ("Jangi and Talabani led the PUK jointly until July 2021, when Talabani pushed his cousin out of the leadership "
      "and accused his camp of plotting to poison him.")
K10 = "Jangi has denied the allegation and later formed his own party, the People's Front."
K11 = ("Talabani praised the security forces in a televised address on Friday afternoon and said the operation had "
       "been \"necessary to protect the people of Sulaymaniyah\" and that no one was above the law.")
K12 = ("Iraqi Prime Minister Mohammed Shia al-Sudani urged both sides to show restraint and said disputes must be "
       "settled through the courts.")
K13 = ("The U.S. Consulate General in Irbil said it was following the events closely and called for \"calm and "
       "de-escalation.\"")
K14 = ("Security forces sealed off the area around the hotel and set up checkpoints across the city, and residents "
       "were told to stay indoors.")
K15 = "The rival Kurdistan Democratic Party, which controls Irbil and Dohuk provinces, did not immediately comment."
K16 = ("The Kurdistan region has had no new government since parliamentary elections last October, as the two "
       "parties have failed to agree on how to share power.")

EN01 = {
    "id": "hm365-en-01", "lang": "en", "url": None, "published": "2025-08-22",
    "title": "Kurdish security forces arrest ex-PUK co-leader after deadly hotel gunbattle in Sulaymaniyah",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8], [K9, K10], [K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("COERCE", PUK_SECURITY, JANGI, K1, mode="arrest", date="2025-08-22", location="Sulaymaniyah",
              location_country="IRQ"),
        event("COERCE", PUK_SECURITY, JANGI, K2, mode="arrest", location="Sulaymaniyah", location_country="IRQ"),
        event("COERCE", PUK_SECURITY, POLAD, K2, mode="arrest", location="Sulaymaniyah", location_country="IRQ"),
        event("COERCE", PUK_SECURITY, JANGI_GUARDS, K2, mode="arrest", location="Sulaymaniyah",
              location_country="IRQ"),
        event("ACCUSE", SULY_DIRECTORATE, JANGI_GUARDS, K3, mode="allege"),
        event("ACCUSE", SULY_COURT, JANGI, K6, mode="allege", date="2025-08-21"),
        event("REJECT", JANGI, PUK_SECURITY, K7, mode="yield"),
        event("PROTEST", JANGI, TALABANI, K7, mode="demo"),
        event("REJECT", JANGI, PUK_SECURITY, K8, mode="yield"),
        event("SANCTION", TALABANI, JANGI, K9, mode="expel"),
        event("ACCUSE", TALABANI, JANGI, K9, mode="allege"),
        event("SUPPORT", TALABANI, PUK_SECURITY, K11, date="2025-08-22"),
        event("REQUEST", SUDANI, PUK_SECURITY, K12),
        event("REQUEST", SUDANI, JANGI, K12),
        event("REQUEST", US_CONSULATE, None, K13),
        event("COERCE", PUK_SECURITY, None, K14, mode="restrict", location="Sulaymaniyah", location_country="IRQ"),
    ],
    "quotes": [
        quote("Lahur Sheikh Jangi, a cousin of Patriotic Union of Kurdistan leader Bafel Talabani, was detained along "
              "with his brother Polad and several bodyguards after security units stormed the Lalezar Hotel",
              "Sulaymaniyah security directorate", "indirect"),
        quote("Jangi's men had opened fire on the forces with machine guns and rocket-propelled grenades when they "
              "arrived to serve an arrest warrant", "Sulaymaniyah security directorate", "indirect"),
        quote("the fighting lasted about five hours and that explosions could be heard across the city center",
              "residents of Sulaymaniyah", "indirect"),
        quote("Three security officers were killed and 17 others wounded", "Sulaymaniyah health directorate",
              "indirect"),
        quote("he would not surrender", "Lahur Sheikh Jangi", "indirect"),
        quote("We will not surrender. Let them come", "Lahur Sheikh Jangi", "direct"),
        quote("necessary to protect the people of Sulaymaniyah", "Bafel Talabani", "direct"),
        quote("the operation had been \"necessary to protect the people of Sulaymaniyah\" and that no one was above "
              "the law", "Bafel Talabani", "indirect"),
        quote("disputes must be settled through the courts", "Mohammed Shia al-Sudani", "indirect"),
        quote("it was following the events closely", "U.S. Consulate General in Irbil", "indirect"),
        quote("calm and de-escalation", "U.S. Consulate General in Irbil", "direct"),
    ],
    "entities": [
        entity("Sulaymaniyah", "LOC", "IRQ", ["SULAYMANIYAH", "the city of Sulaymaniyah", "Sulaymaniyah",
                                             "the city"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq"]),
        entity("PUK-affiliated security forces in Sulaymaniyah", "ORG", "IRQ",
               ["Kurdish security forces", "security units", "the forces", "the security forces",
                "Security forces"]),
        entity("Lahur Sheikh Jangi", "PER", "IRQ", ["a former co-leader of one of Iraqi Kurdistan's two ruling "
                                                   "parties", "Lahur Sheikh Jangi", "Jangi", "he", "his cousin"]),
        entity("Kurdistan Region", "LOC", "IRQ", ["Iraqi Kurdistan", "The Kurdistan region"]),
        entity("Patriotic Union of Kurdistan", "ORG", "IRQ", ["Patriotic Union of Kurdistan", "the PUK"]),
        entity("Bafel Talabani", "PER", "IRQ", ["Patriotic Union of Kurdistan leader Bafel Talabani", "Talabani"]),
        entity("Polad Sheikh Jangi", "PER", "IRQ", ["his brother Polad"]),
        entity("bodyguards of Lahur Sheikh Jangi", "PER", "IRQ", ["several bodyguards", "Jangi's men"]),
        entity("Lalezar Hotel", "LOC", "IRQ", ["a hotel", "the Lalezar Hotel", "the hotel"]),
        entity("Sulaymaniyah security directorate", "ORG", "IRQ", ["the Sulaymaniyah security directorate", "It"]),
        entity("residents of Sulaymaniyah", "PER", "IRQ", ["Residents", "residents"]),
        entity("Sulaymaniyah health directorate", "ORG", "IRQ", ["the local health directorate"]),
        entity("Sulaymaniyah court", "ORG", "IRQ", ["A Sulaymaniyah court"]),
        entity("supporters of Lahur Sheikh Jangi", "PER", "IRQ", ["his supporters"]),
        entity("People's Front", "ORG", "IRQ", ["his own party, the People's Front"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Iraqi Prime Minister Mohammed Shia al-Sudani"]),
        entity("U.S. Consulate General in Irbil", "ORG", "USA", ["The U.S. Consulate General in Irbil"]),
        entity("Irbil", "LOC", "IRQ", ["Irbil"]),
        entity("Kurdistan Democratic Party", "ORG", "IRQ", ["The rival Kurdistan Democratic Party"]),
        entity("Dohuk", "LOC", "IRQ", ["Dohuk"]),
    ],
}

# ---------------------------------------------------------------- hm365-en-02 (Morocco/Spain, Ceuta crossing attempts)
MAR_SECURITY = actor("Moroccan security forces", "MAR", "COP")
INCITERS = actor("social media users accused of inciting the Ceuta crossing", "MAR", "CVL")
MIGRANTS = actor("would-be migrants at Fnideq", "MAR", "CVL")
YOUTHS = actor("young men at the Ceuta border fence", "MAR", "CVL")
MAR_INTERIOR = actor("Ministry of Interior of Morocco", "MAR", "GOV")
NETWORKS = actor("criminal networks", "MAR", "CVL")
VIVAS = actor("Juan Jesús Vivas", "ESP", "GOV")
MAR_AUTHORITIES = actor("Moroccan authorities", "MAR", "GOV")
GRANDE_MARLASKA = actor("Fernando Grande-Marlaska", "ESP", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
ESP_INTERIOR = actor("Ministry of the Interior of Spain", "ESP", "GOV")
ESP_AUTHORITIES = actor("Spanish authorities", "ESP", "GOV")
CEUTA_SWIMMERS = actor("migrants who reached Ceuta by swimming", "MAR", "CVL")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")

M1 = ("RABAT, Morocco (AP) — Moroccan authorities have arrested 152 people suspected of using social media to urge "
      "young people to storm the border with the Spanish enclave of Ceuta, the Interior Ministry said Tuesday.")
M2 = ("Security forces turned back thousands of would-be migrants, many of them teenagers, who converged on the "
      "northern town of Fnideq over the weekend in hopes of crossing into Ceuta by land or by sea.")
M3 = ("Groups of young men threw stones at police near the border fence late Sunday, and officers fired tear gas to "
      "disperse them.")
M4 = ("The ministry said more than 3,000 attempts to cross into Ceuta had been foiled between Sept. 11 and "
      "Sunday.")
M5 = ("It blamed \"criminal networks\" for spreading false rumors on TikTok and Facebook that the border would be "
      "opened on Sept. 15.")
M6 = ("Hundreds of those stopped were minors from other parts of the country, and many had slept in the streets and "
      "forests around Fnideq for days.")
M7 = ("Ceuta's regional president, Juan Jesús Vivas, thanked Moroccan authorities for what he called their "
      "\"enormous effort\" to contain the crowds.")
M8 = ("Spain's Interior Minister Fernando Grande-Marlaska praised the \"excellent cooperation\" with Rabat and said "
      "extra Civil Guard and National Police officers had been sent to the enclave as a precaution.")
M9 = ("Several dozen adults who managed to swim around the breakwater to the beach at Tarajal were sent back to "
      "Morocco, Spanish government officials said.")
M10 = ("The Moroccan Association for Human Rights condemned the treatment of the young people after photos "
       "circulated online showing dozens of detained youths sitting half-naked on the ground, and called for an "
       "investigation.")
M11 = ("Government spokesman Mustapha Baitas told reporters in Rabat that the security forces had acted \"within the "
       "law\" and with full respect for the dignity of the minors.")
M12 = ("In May 2021, more than 8,000 people swam or walked into Ceuta within two days at the height of a diplomatic "
       "dispute between Rabat and Madrid.")
M13 = "Relations improved after Spain backed Morocco's autonomy plan for the disputed Western Sahara in 2022."
M14 = "Official figures put youth unemployment in Morocco at more than 35%."

EN02 = {
    "id": "hm365-en-02", "lang": "en", "url": None, "published": "2024-09-17",
    "title": "Morocco arrests 152 over online calls for mass crossing into Spain's Ceuta",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6], [M7, M8, M9], [M10, M11], [M12, M13, M14]),
    "events": [
        event("COERCE", MAR_SECURITY, INCITERS, M1, mode="arrest", location_country="MAR"),
        event("COERCE", MAR_SECURITY, MIGRANTS, M2, mode="restrict", location="Fnideq", location_country="MAR"),
        event("ASSAULT", YOUTHS, MAR_SECURITY, M3, mode="primitive", date="2024-09-15", location="Fnideq",
              location_country="MAR"),
        event("ASSAULT", MAR_SECURITY, YOUTHS, M3, mode="crowd-control", date="2024-09-15", location="Fnideq",
              location_country="MAR"),
        event("COERCE", MAR_SECURITY, MIGRANTS, M4, mode="restrict"),
        event("ACCUSE", MAR_INTERIOR, NETWORKS, M5, mode="allege"),
        event("SUPPORT", VIVAS, MAR_AUTHORITIES, M7),
        event("SUPPORT", GRANDE_MARLASKA, MAR_GOV, M8),
        event("MOBILIZE", ESP_INTERIOR, None, M8, mode="police", location="Ceuta", location_country="ESP"),
        event("COERCE", ESP_AUTHORITIES, CEUTA_SWIMMERS, M9, mode="deport", location="Ceuta",
              location_country="ESP"),
        event("ACCUSE", AMDH, MAR_AUTHORITIES, M10, mode="disapprove"),
        event("REQUEST", AMDH, MAR_AUTHORITIES, M10),
        event("SUPPORT", ESP_GOV, MAR_GOV, M13),
    ],
    "quotes": [
        quote("Moroccan authorities have arrested 152 people suspected of using social media to urge young people to "
              "storm the border with the Spanish enclave of Ceuta", "Ministry of Interior of Morocco", "indirect"),
        quote("more than 3,000 attempts to cross into Ceuta had been foiled between Sept. 11 and Sunday",
              "Ministry of Interior of Morocco", "indirect"),
        quote("criminal networks", "Ministry of Interior of Morocco", "direct"),
        quote("enormous effort", "Juan Jesús Vivas", "direct"),
        quote("excellent cooperation", "Fernando Grande-Marlaska", "direct"),
        quote("extra Civil Guard and National Police officers had been sent to the enclave as a precaution",
              "Fernando Grande-Marlaska", "indirect"),
        quote("Several dozen adults who managed to swim around the breakwater to the beach at Tarajal were sent back "
              "to Morocco", "Spanish government officials", "indirect"),
        quote("within the law", "Mustapha Baitas", "direct"),
        quote("the security forces had acted \"within the law\" and with full respect for the dignity of the minors",
              "Mustapha Baitas", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["RABAT", "Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Morocco", "the country"]),
        entity("Moroccan authorities", "ORG", "MAR", ["Moroccan authorities"]),
        entity("social media users accused of inciting the Ceuta crossing", "PER", "MAR", ["152 people"]),
        entity("Ceuta", "LOC", "ESP", ["the Spanish enclave of Ceuta", "Ceuta", "the enclave"]),
        entity("Ministry of Interior of Morocco", "ORG", "MAR", ["the Interior Ministry", "The ministry", "It"]),
        entity("Moroccan security forces", "ORG", "MAR", ["Security forces", "police", "officers",
                                                         "the security forces"]),
        entity("would-be migrants at Fnideq", "PER", "MAR", ["thousands of would-be migrants, many of them "
                                                            "teenagers", "those stopped"]),
        entity("Fnideq", "LOC", "MAR", ["the northern town of Fnideq", "Fnideq"]),
        entity("young men at the Ceuta border fence", "PER", "MAR", ["Groups of young men", "them"]),
        entity("criminal networks", "ORG", "MAR", ["criminal networks"]),
        entity("TikTok", "ORG", "MNC", ["TikTok"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Juan Jesús Vivas", "PER", "ESP", ["Ceuta's regional president, Juan Jesús Vivas", "he"]),
        entity("Fernando Grande-Marlaska", "PER", "ESP", ["Spain's Interior Minister Fernando Grande-Marlaska"]),
        entity("Spain", "LOC", "ESP", ["Spain"]),
        entity("Civil Guard", "ORG", "ESP", ["Civil Guard"]),
        entity("National Police of Spain", "ORG", "ESP", ["National Police"]),
        entity("Tarajal", "LOC", "ESP", ["the beach at Tarajal"]),
        entity("migrants who reached Ceuta by swimming", "PER", "MAR", ["Several dozen adults"]),
        entity("Spanish government officials", "PER", "ESP", ["Spanish government officials"]),
        entity("Moroccan Association for Human Rights", "ORG", "MAR", ["The Moroccan Association for Human Rights"]),
        entity("Mustapha Baitas", "PER", "MAR", ["Government spokesman Mustapha Baitas"]),
        entity("Madrid", "LOC", "ESP", ["Madrid"]),
        entity("Western Sahara", "LOC", "ESH", ["the disputed Western Sahara"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
