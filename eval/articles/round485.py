"""Round 485: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm485-de-01: Iran: a gunman shoots dead Supreme Court judges Ali Razini and Mohammad Moghiseh in Tehran and kills himself; the judiciary investigates, Ejei vows punishment, police arrests, Pezeshkian condemns, the 2019 US sanctions and 1988 allegations recalled, state media blame the MEK, Baghaei accuses Washington (2025-01-18).
- hm485-de-02: Qatar: voters approve the constitutional amendments ending elections to the Shura Council; Emir Tamim thanks citizens, HRW criticises and demands freedoms, the 2021 Al Murra exclusion, protests, arrests and life sentences recalled, al-Ansari defends the change, the GCC's Albudaiwi congratulates (2024-11-06).
- hm485-de-03: Algeria: historian Mohamed Lamine Belghit remanded in custody over Sky News Arabia remarks calling Amazigh identity a French-Israeli project; prosecutors' charges, the HCA's complaint, the RCD's criticism, a student rally in Tizi Ouzou, APS accuses the channel and the UAE, ARAV bans cooperation, bail request rejected (2025-05-04).
- hm485-de-04: Iraq: the central bank's terror-funds committee lists Hezbollah and the Houthis for asset freezes and then calls it an error; Sudani orders an inquiry and threatens those responsible, al-Amiri accuses and demands al-Allaq's dismissal, Kataib Hezbollah threatens, the Houthis protest and welcome the correction, Savaya's disarmament demand recalled (2025-12-04).
- hm485-en-01: Egypt/Saudi Arabia: after hundreds of Egyptian Hajj deaths in extreme heat Cairo revokes 16 travel companies' licences and refers managers to prosecutors; al-Jalajel gives 1,301 dead, Jordan detains travel agents, relatives protest at the Foreign Ministry, the consulate in Jeddah works with Saudi authorities (2024-06-23).
- hm485-en-02: West Bank/United States: Ambassador Huckabee demands an investigation into the killing of Palestinian American Sayfollah Musallet by settlers in Sinjil; Mohammed al-Shalabi shot dead, the family accuses settlers of blocking paramedics, the Israeli army's account and police probe, no arrests, Castor's demand, Abbas accuses Israel (2025-07-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm485-de-01 (Iran, Supreme Court judges shot)
GUNMAN = actor("gunman at the Supreme Court of Iran", "IRN", "CVL")
RAZINI = actor("Ali Razini", "IRN", "JUD")
MOGHISEH = actor("Mohammad Moghiseh", "IRN", "JUD")
BODYGUARD = actor("bodyguard of a Supreme Court judge", "IRN", "COP")
IRN_JUDICIARY = actor("Judiciary of Iran", "IRN", "JUD")
EJEI = actor("Gholam-Hossein Mohseni-Ejei", "IRN", "JUD")
ACCOMPLICES = actor("masterminds of the Supreme Court attack", "IRN", "CVL")
IRN_POLICE = actor("Police of Iran", "IRN", "COP")
IRN_SUSPECTS = actor("suspects linked to the Supreme Court gunman", "IRN", "CVL")
PEZESHKIAN = actor("Masoud Pezeshkian", "IRN", "GOV")
US_TREASURY = actor("United States Department of the Treasury", "USA", "GOV")
HR_ORGS = actor("human rights organisations", "NGO", "NGO")
IRN_STATE_MEDIA = actor("Iranian state media", "IRN", "MED")
MEK = actor("People's Mojahedin Organization of Iran", "IRN", "OPP")
BAGHAEI = actor("Esmaeil Baghaei", "IRN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

T1 = ("Teheran (dpa) - Bei einem Anschlag im Gebäude des Obersten Gerichtshofs in Teheran sind zwei prominente "
      "Richter erschossen worden.")
T2 = ("Ein bewaffneter Mann tötete am Samstagvormittag die Richter Ali Rasini und Mohammed Moghisseh und nahm sich "
      "anschließend das Leben, wie das Nachrichtenportal der Justiz, Misan, berichtete.")
T3 = "Ein Leibwächter eines der Richter wurde verletzt."
T4 = ("Der Angreifer habe weder einen Fall vor dem Obersten Gerichtshof gehabt noch sei er Kunde der betroffenen "
      "Kammern gewesen, teilte Justizsprecher Asghar Dschahangir mit.")
T5 = "Die Justiz sprach von einem „geplanten Terroranschlag“ und leitete umgehend Ermittlungen ein."
T6 = ("Justizchef Gholam-Hussein Mohseni-Edschei kündigte an, die Hintermänner würden „ohne jeden Zweifel“ gefasst "
      "und bestraft.")
T7 = ("Nach Angaben der Nachrichtenagentur Tasnim nahm die Polizei mehrere Verdächtige fest, die mit dem Täter in "
      "Kontakt gestanden haben sollen.")
T8 = ("Präsident Massud Peseschkian verurteilte die Tat als „feiges Verbrechen“ und ordnete eine rasche Aufklärung "
      "an.")
T9 = ("Beide Richter galten als Vertreter der harten Linie und hatten zahlreiche Verfahren gegen Regimekritiker, "
      "Demonstranten und Journalisten geleitet.")
T10 = ("Das US-Finanzministerium hatte Moghisseh 2019 mit Sanktionen belegt und ihm vorgeworfen, unfaire Prozesse "
       "geführt zu haben.")
T11 = ("Menschenrechtsorganisationen werfen beiden Richtern zudem eine Beteiligung an den Massenhinrichtungen "
       "politischer Gefangener im Jahr 1988 vor.")
T12 = "Staatsnahe Medien brachten den Anschlag mit den oppositionellen Volksmudschahedin in Verbindung."
T13 = "Die im Exil ansässige Organisation wies dies zurück."
T14 = ("Außenamtssprecher Ismail Baghai warf den USA vor, mit ihren Sanktionen gegen iranische Richter Gewalt gegen "
       "die Justiz zu rechtfertigen.")
T15 = "Angriffe auf hochrangige Richter sind in Iran äußerst selten."

DE01 = {
    "id": "hm485-de-01", "lang": "de", "url": None, "published": "2025-01-18",
    "title": "Zwei Richter in Teheran erschossen",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11], [T12, T13, T14, T15]),
    "events": [
        event("ASSAULT", GUNMAN, RAZINI, T1, mode="firearms", location="Tehran", location_country="IRN"),
        event("ASSAULT", GUNMAN, MOGHISEH, T1, mode="firearms", location="Tehran", location_country="IRN"),
        event("ASSAULT", GUNMAN, RAZINI, T2, mode="firearms", date="2025-01-18", location="Tehran",
              location_country="IRN"),
        event("ASSAULT", GUNMAN, MOGHISEH, T2, mode="firearms", date="2025-01-18", location="Tehran",
              location_country="IRN"),
        event("ASSAULT", GUNMAN, BODYGUARD, T3, mode="firearms"),
        event("ACCUSE", IRN_JUDICIARY, GUNMAN, T5, mode="investigate"),
        event("THREATEN", EJEI, ACCOMPLICES, T6),
        event("COERCE", IRN_POLICE, IRN_SUSPECTS, T7, mode="arrest"),
        event("ACCUSE", PEZESHKIAN, GUNMAN, T8, mode="disapprove"),
        event("SANCTION", US_TREASURY, MOGHISEH, T10, mode="discontinue"),
        event("ACCUSE", US_TREASURY, MOGHISEH, T10, mode="allege"),
        event("ACCUSE", HR_ORGS, RAZINI, T11, mode="allege"),
        event("ACCUSE", HR_ORGS, MOGHISEH, T11, mode="allege"),
        event("ACCUSE", IRN_STATE_MEDIA, MEK, T12, mode="allege"),
        event("ACCUSE", BAGHAEI, USA_GOV, T14, mode="disapprove"),
    ],
    "quotes": [
        quote("Ein bewaffneter Mann tötete am Samstagvormittag die Richter Ali Rasini und Mohammed Moghisseh und nahm "
              "sich anschließend das Leben", "Mizan", "indirect"),
        quote("Der Angreifer habe weder einen Fall vor dem Obersten Gerichtshof gehabt noch sei er Kunde der "
              "betroffenen Kammern gewesen", "Asghar Jahangir", "indirect"),
        quote("geplanten Terroranschlag", "Judiciary of Iran", "direct"),
        quote("ohne jeden Zweifel", "Gholam-Hossein Mohseni-Ejei", "direct"),
        quote("die Hintermänner würden „ohne jeden Zweifel“ gefasst und bestraft", "Gholam-Hossein Mohseni-Ejei",
              "indirect"),
        quote("Nach Angaben der Nachrichtenagentur Tasnim nahm die Polizei mehrere Verdächtige fest, die mit dem Täter "
              "in Kontakt gestanden haben sollen", "Tasnim News Agency", "indirect"),
        quote("feiges Verbrechen", "Masoud Pezeshkian", "direct"),
        quote("unfaire Prozesse geführt zu haben", "United States Department of the Treasury", "indirect"),
        quote("mit ihren Sanktionen gegen iranische Richter Gewalt gegen die Justiz zu rechtfertigen",
              "Esmaeil Baghaei", "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Supreme Court of Iran", "ORG", "IRN", ["des Obersten Gerichtshofs", "dem Obersten Gerichtshof"]),
        entity("Ali Razini", "PER", "IRN", ["Ali Rasini"]),
        entity("Mohammad Moghiseh", "PER", "IRN", ["Mohammed Moghisseh", "Moghisseh", "ihm"]),
        entity("gunman at the Supreme Court of Iran", "PER", "IRN",
               ["Ein bewaffneter Mann", "Der Angreifer", "er", "dem Täter"]),
        entity("bodyguard of a Supreme Court judge", "PER", "IRN", ["Ein Leibwächter eines der Richter"]),
        entity("Mizan", "ORG", "IRN", ["das Nachrichtenportal der Justiz, Misan"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["der Justiz", "Die Justiz", "die Justiz"]),
        entity("Asghar Jahangir", "PER", "IRN", ["Justizsprecher Asghar Dschahangir"]),
        entity("Gholam-Hossein Mohseni-Ejei", "PER", "IRN", ["Justizchef Gholam-Hussein Mohseni-Edschei"]),
        entity("masterminds of the Supreme Court attack", "PER", "IRN", ["die Hintermänner"]),
        entity("Tasnim News Agency", "ORG", "IRN", ["der Nachrichtenagentur Tasnim"]),
        entity("Police of Iran", "ORG", "IRN", ["die Polizei"]),
        entity("suspects linked to the Supreme Court gunman", "PER", "IRN", ["mehrere Verdächtige"]),
        entity("Masoud Pezeshkian", "PER", "IRN", ["Präsident Massud Peseschkian"]),
        entity("United States Department of the Treasury", "ORG", "USA", ["Das US-Finanzministerium"]),
        entity("human rights organisations", "ORG", "NGO", ["Menschenrechtsorganisationen"]),
        entity("Iranian state media", "ORG", "IRN", ["Staatsnahe Medien"]),
        entity("People's Mojahedin Organization of Iran", "ORG", "IRN",
               ["den oppositionellen Volksmudschahedin", "Die im Exil ansässige Organisation"]),
        entity("Esmaeil Baghaei", "PER", "IRN", ["Außenamtssprecher Ismail Baghai"]),
        entity("Government of the United States", "ORG", "USA", ["den USA"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
    ],
}

# ---------------------------------------------------------------- hm485-de-02 (Qatar, Shura Council referendum)
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
QAT_CITIZENS = actor("citizens of Qatar", "QAT", "CVL")
HRW = actor("Human Rights Watch", "NGO", "NGO")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
AL_MURRA = actor("members of the Al Murra tribe", "QAT", "CVL")
QAT_AUTH = actor("Qatari authorities", "QAT", "GOV")
QAT_JUD = actor("Qatari judiciary", "QAT", "JUD")
MARRI_LAWYERS = actor("lawyers from the Al Murra tribe", "QAT", "CVL")
ALBUDAIWI = actor("Jasem Albudaiwi", "IGO", "IGO")

Q1 = ("Doha (dpa) - Die Bürger des Golfemirats Katar haben in einem Referendum mit großer Mehrheit für die "
      "Abschaffung der Wahlen zum Schura-Rat gestimmt.")
Q2 = ("Nach Angaben von Innenminister Scheich Chalifa bin Hamad Al Thani stimmten am Dienstag 90,6 Prozent der "
      "Teilnehmer für die Verfassungsänderungen.")
Q3 = "Künftig ernennt Emir Tamim bin Hamad Al Thani alle 45 Mitglieder des beratenden Gremiums."
Q4 = "Bisher wurden 30 der Sitze in allgemeinen Wahlen bestimmt."
Q5 = "Der Emir hatte die Volksabstimmung Mitte Oktober in einer Rede vor dem Schura-Rat angekündigt."
Q6 = ("Die erste Wahl im Jahr 2021 habe Spannungen zwischen den Stämmen geschürt und das „gesellschaftliche Gefüge“ "
      "belastet, sagte er damals zur Begründung.")
Q7 = "Nach Bekanntgabe des Ergebnisses dankte Tamim den Bürgern auf der Plattform X für ihre „hohe Beteiligung“."
Q8 = ("Die Menschenrechtsorganisation Human Rights Watch kritisierte die Reform als „Rückschritt“ für die politische "
      "Teilhabe am Golf.")
Q9 = "Sie forderte die Regierung in Doha auf, die Meinungs- und Versammlungsfreiheit zu garantieren."
Q10 = ("Vor der Wahl 2021 waren viele Angehörige des Stammes Al Murra wegen strenger Staatsbürgerschaftsregeln von "
       "der Kandidatur ausgeschlossen worden.")
Q11 = "Gegen den Ausschluss protestierten damals Stammesmitglieder, die Behörden nahmen mehrere von ihnen fest."
Q12 = "Zwei Anwälte aus dem Stamm wurden 2022 zu lebenslanger Haft verurteilt."
Q13 = ("Außenamtssprecher Madschid al-Ansari sagte, die Änderungen stärkten die „nationale Einheit“ und schränkten "
       "keine Rechte der Bürger ein.")
Q14 = ("Der Generalsekretär des Golfkooperationsrats, Dschasim Albudaiwi, gratulierte Katar zum „reibungslosen "
       "Ablauf“ der Abstimmung.")
Q15 = "Katar gehört zu den reichsten Staaten der Welt und richtete 2022 die Fußball-Weltmeisterschaft aus."

DE02 = {
    "id": "hm485-de-02", "lang": "de", "url": None, "published": "2024-11-06",
    "title": "Katar schafft Wahlen zum Schura-Rat ab",
    "text": paragraphs([Q1, Q2, Q3, Q4], [Q5, Q6, Q7], [Q8, Q9, Q10, Q11, Q12], [Q13, Q14, Q15]),
    "events": [
        event("SUPPORT", TAMIM, QAT_CITIZENS, Q7),
        event("ACCUSE", HRW, QAT_GOV, Q8, mode="disapprove"),
        event("REQUEST", HRW, QAT_GOV, Q9, mode="change"),
        event("COERCE", QAT_GOV, AL_MURRA, Q10, mode="restrict"),
        event("PROTEST", AL_MURRA, QAT_GOV, Q11, mode="demo"),
        event("COERCE", QAT_AUTH, AL_MURRA, Q11, mode="arrest"),
        event("SANCTION", QAT_JUD, MARRI_LAWYERS, Q12, mode="convict"),
        event("COERCE", QAT_JUD, MARRI_LAWYERS, Q12, mode="arrest"),
        event("SUPPORT", ALBUDAIWI, QAT_GOV, Q14),
    ],
    "quotes": [
        quote("Nach Angaben von Innenminister Scheich Chalifa bin Hamad Al Thani stimmten am Dienstag 90,6 Prozent der "
              "Teilnehmer für die Verfassungsänderungen", "Khalifa bin Hamad bin Khalifa Al Thani", "indirect"),
        quote("gesellschaftliche Gefüge", "Tamim bin Hamad Al Thani", "direct"),
        quote("Die erste Wahl im Jahr 2021 habe Spannungen zwischen den Stämmen geschürt und das „gesellschaftliche "
              "Gefüge“ belastet", "Tamim bin Hamad Al Thani", "indirect"),
        quote("hohe Beteiligung", "Tamim bin Hamad Al Thani", "direct"),
        quote("Rückschritt", "Human Rights Watch", "direct"),
        quote("die Meinungs- und Versammlungsfreiheit zu garantieren", "Human Rights Watch", "indirect"),
        quote("nationale Einheit", "Majed al-Ansari", "direct"),
        quote("die Änderungen stärkten die „nationale Einheit“ und schränkten keine Rechte der Bürger ein",
              "Majed al-Ansari", "indirect"),
        quote("reibungslosen Ablauf", "Jasem Albudaiwi", "direct"),
    ],
    "entities": [
        entity("Doha", "LOC", "QAT", ["Doha"]),
        entity("Qatar", "LOC", "QAT", ["des Golfemirats Katar", "Katar"]),
        entity("citizens of Qatar", "PER", "QAT", ["Die Bürger des Golfemirats Katar", "den Bürgern",
                                                   "der Bürger"]),
        entity("Shura Council of Qatar", "ORG", "QAT", ["dem Schura-Rat", "zum Schura-Rat", "des beratenden Gremiums"]),
        entity("Khalifa bin Hamad bin Khalifa Al Thani", "PER", "QAT",
               ["Innenminister Scheich Chalifa bin Hamad Al Thani"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["Emir Tamim bin Hamad Al Thani", "Der Emir", "er", "Tamim"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Die Menschenrechtsorganisation Human Rights Watch", "Sie"]),
        entity("Government of Qatar", "ORG", "QAT", ["die Regierung in Doha"]),
        entity("Al Murra tribe", "ORG", "QAT", ["des Stammes Al Murra", "dem Stamm"]),
        entity("members of the Al Murra tribe", "PER", "QAT",
               ["viele Angehörige des Stammes Al Murra", "Stammesmitglieder", "mehrere von ihnen"]),
        entity("Qatari authorities", "ORG", "QAT", ["die Behörden"]),
        entity("lawyers from the Al Murra tribe", "PER", "QAT", ["Zwei Anwälte aus dem Stamm"]),
        entity("Majed al-Ansari", "PER", "QAT", ["Außenamtssprecher Madschid al-Ansari"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["des Golfkooperationsrats"]),
        entity("Jasem Albudaiwi", "PER", "IGO",
               ["Der Generalsekretär des Golfkooperationsrats, Dschasim Albudaiwi"]),
        entity("Gulf", "LOC", None, ["am Golf"]),
        entity("FIFA World Cup 2022", "MISC", None, ["die Fußball-Weltmeisterschaft"]),
    ],
}

# ---------------------------------------------------------------- hm485-de-03 (Algeria, historian Belghit detained)
ALG_JUDGE = actor("investigating judge of the Dar El Beida court", "DZA", "JUD")
BELGHIT = actor("Mohamed Lamine Belghit", "DZA", "EDU")
ALG_PROSECUTORS = actor("Public Prosecutor's Office of Algeria", "DZA", "JUD")
FRA_GOV = actor("Government of France", "FRA", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HCA = actor("High Commission for Amazighity", "DZA", "GOV")
RCD = actor("Rally for Culture and Democracy", "DZA", "PTY")
TIZI_STUDENTS = actor("students in Tizi Ouzou", "DZA", "EDU")
APS = actor("Algeria Press Service", "DZA", "MED")
SKY_ARABIA = actor("Sky News Arabia", "ARE", "MED")
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
ARAV = actor("Audiovisual Regulatory Authority of Algeria", "DZA", "GOV")
BELGHIT_LAWYER = actor("lawyer of Mohamed Lamine Belghit", "DZA", "CVL")

A1 = ("Algier (dpa) - Nach umstrittenen Äußerungen über die Identität der Berber ist in Algerien der Historiker "
      "Mohamed Lamine Belghit in Untersuchungshaft genommen worden.")
A2 = ("Ein Untersuchungsrichter am Gericht von Dar El Beïda bei Algier ordnete am Samstag die Haft an, wie die "
      "Staatsanwaltschaft mitteilte.")
A3 = ("Die Anklagebehörde wirft dem 67-Jährigen unter anderem Angriffe auf die nationale Einheit und die Verbreitung "
      "von Hassrede vor.")
A4 = ("Belghit hatte in einem Interview mit dem in Abu Dhabi ansässigen Sender Sky News Arabia gesagt, die "
      "Amazigh-Identität sei ein „ideologisches Projekt“ Frankreichs und Israels.")
A5 = "Die Berbersprache Tamazight ist seit 2016 in der Verfassung als Amtssprache verankert."
A6 = ("Das Hohe Kommissariat für die Amazighität verurteilte die Äußerungen als „Angriff auf die Verfassung“ und "
      "erstattete Anzeige gegen den Historiker.")
A7 = "Auch die in der Kabylei verankerte Partei RCD warf ihm vor, die Gesellschaft spalten zu wollen."
A8 = "In Tizi Ouzou versammelten sich am Freitag Hunderte Studenten zu einer Kundgebung gegen Belghit."
A9 = ("Die staatliche Nachrichtenagentur APS warf Sky News Arabia vor, im Auftrag der Vereinigten Arabischen Emirate "
      "die Einheit Algeriens zu untergraben.")
A10 = "Die Medienaufsicht ARAV untersagte algerischen Sendern bis auf Weiteres jede Zusammenarbeit mit dem Kanal."
A11 = "Aus Abu Dhabi gab es zunächst keine Stellungnahme."
A12 = "Die Beziehungen zwischen Algier und den Emiraten gelten seit Monaten als angespannt."
A13 = ("Belghits Anwalt erklärte, sein Mandant habe lediglich eine wissenschaftliche Meinung geäußert und niemanden "
       "beleidigen wollen.")
A14 = "Die Verteidigung beantragte die Freilassung des Historikers unter gerichtlicher Aufsicht."
A15 = "Nach Angaben der Verteidigung lehnte der Richter den Antrag ab."
A16 = "Belghit war bereits in der Vergangenheit mit Thesen über eine arabische Abstammung der Berber aufgefallen."

DE03 = {
    "id": "hm485-de-03", "lang": "de", "url": None, "published": "2025-05-04",
    "title": "Algerischer Historiker nach Äußerungen über Berber in Haft",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11, A12], [A13, A14, A15, A16]),
    "events": [
        event("COERCE", ALG_JUDGE, BELGHIT, A1, mode="arrest", location_country="DZA"),
        event("COERCE", ALG_JUDGE, BELGHIT, A2, mode="arrest", date="2025-05-03", location="Dar El Beïda",
              location_country="DZA"),
        event("ACCUSE", ALG_PROSECUTORS, BELGHIT, A3, mode="allege"),
        event("ACCUSE", BELGHIT, FRA_GOV, A4, mode="allege"),
        event("ACCUSE", BELGHIT, ISR_GOV, A4, mode="allege"),
        event("ACCUSE", HCA, BELGHIT, A6, mode="disapprove"),
        event("ACCUSE", RCD, BELGHIT, A7, mode="disapprove"),
        event("PROTEST", TIZI_STUDENTS, BELGHIT, A8, mode="demo", date="2025-05-02", location="Tizi Ouzou",
              location_country="DZA"),
        event("ACCUSE", APS, SKY_ARABIA, A9, mode="allege"),
        event("ACCUSE", APS, UAE_GOV, A9, mode="allege"),
        event("COERCE", ARAV, SKY_ARABIA, A10, mode="censor"),
        event("REQUEST", BELGHIT_LAWYER, ALG_JUDGE, A14, mode="yield"),
        event("REJECT", ALG_JUDGE, BELGHIT_LAWYER, A15, mode="yield"),
    ],
    "quotes": [
        quote("Ein Untersuchungsrichter am Gericht von Dar El Beïda bei Algier ordnete am Samstag die Haft an",
              "Public Prosecutor's Office of Algeria", "indirect"),
        quote("ideologisches Projekt", "Mohamed Lamine Belghit", "direct"),
        quote("die Amazigh-Identität sei ein „ideologisches Projekt“ Frankreichs und Israels", "Mohamed Lamine Belghit",
              "indirect"),
        quote("Angriff auf die Verfassung", "High Commission for Amazighity", "direct"),
        quote("die Gesellschaft spalten zu wollen", "Rally for Culture and Democracy", "indirect"),
        quote("im Auftrag der Vereinigten Arabischen Emirate die Einheit Algeriens zu untergraben",
              "Algeria Press Service", "indirect"),
        quote("sein Mandant habe lediglich eine wissenschaftliche Meinung geäußert und niemanden beleidigen wollen",
              "lawyer of Mohamed Lamine Belghit", "indirect"),
        quote("Nach Angaben der Verteidigung lehnte der Richter den Antrag ab", "lawyer of Mohamed Lamine Belghit",
              "indirect"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Algeria", "LOC", "DZA", ["in Algerien", "Algeriens"]),
        entity("Berbers", "MISC", "DZA", ["der Berber"]),
        entity("Mohamed Lamine Belghit", "PER", "DZA",
               ["der Historiker Mohamed Lamine Belghit", "dem 67-Jährigen", "Belghit", "den Historiker", "ihm",
                "Belghits", "sein Mandant", "des Historikers"]),
        entity("investigating judge of the Dar El Beida court", "PER", "DZA",
               ["Ein Untersuchungsrichter am Gericht von Dar El Beïda bei Algier", "der Richter"]),
        entity("Dar El Beida court", "ORG", "DZA", ["Gericht von Dar El Beïda"]),
        entity("Dar El Beida", "LOC", "DZA", ["Dar El Beïda"]),
        entity("Public Prosecutor's Office of Algeria", "ORG", "DZA", ["die Staatsanwaltschaft", "Die Anklagebehörde"]),
        entity("Sky News Arabia", "ORG", "ARE",
               ["dem in Abu Dhabi ansässigen Sender Sky News Arabia", "Sky News Arabia", "dem Kanal"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Amazigh identity", "MISC", "DZA", ["die Amazigh-Identität"]),
        entity("France", "LOC", "FRA", ["Frankreichs"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Tamazight", "MISC", "DZA", ["Die Berbersprache Tamazight"]),
        entity("High Commission for Amazighity", "ORG", "DZA", ["Das Hohe Kommissariat für die Amazighität"]),
        entity("Kabylie", "LOC", "DZA", ["der Kabylei"]),
        entity("Rally for Culture and Democracy", "ORG", "DZA", ["die in der Kabylei verankerte Partei RCD"]),
        entity("Tizi Ouzou", "LOC", "DZA", ["Tizi Ouzou"]),
        entity("students in Tizi Ouzou", "PER", "DZA", ["Hunderte Studenten"]),
        entity("Algeria Press Service", "ORG", "DZA", ["Die staatliche Nachrichtenagentur APS"]),
        entity("United Arab Emirates", "LOC", "ARE", ["der Vereinigten Arabischen Emirate", "den Emiraten"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE", ["Abu Dhabi"]),
        entity("Audiovisual Regulatory Authority of Algeria", "ORG", "DZA", ["Die Medienaufsicht ARAV"]),
        entity("Algerian broadcasters", "ORG", "DZA", ["algerischen Sendern"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algier"]),
        entity("lawyer of Mohamed Lamine Belghit", "PER", "DZA", ["Belghits Anwalt", "Die Verteidigung",
                                                                "der Verteidigung"]),
    ],
}

# ---------------------------------------------------------------- hm485-de-04 (Iraq, terror-list error)
CBI_COMMITTEE = actor("Committee for Freezing Terrorist Funds of Iraq", "IRQ", "GOV")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
HOUTHIS = actor("Houthis", "YEM", "REB")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
AMIRI = actor("Hadi al-Amiri", "IRQ", "PTY")
ALLAQ = actor("Ali al-Allaq", "IRQ", "GOV")
KATAIB_HEZBOLLAH = actor("Kataib Hezbollah", "IRQ", "REB")
ABDULSALAM = actor("Mohammed Abdulsalam", "YEM", "REB")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
SAVAYA = actor("Mark Savaya", "USA", "GOV")

I1 = ("Bagdad (dpa) - Die Einstufung der libanesischen Hisbollah und der jemenitischen Huthi-Miliz als "
      "Terrororganisationen hat im Irak einen politischen Sturm ausgelöst.")
I2 = ("Der bei der Zentralbank angesiedelte Ausschuss zum Einfrieren von Terrorgeldern hatte die beiden mit dem Iran "
      "verbündeten Gruppen in einem am Mittwoch im Amtsblatt veröffentlichten Beschluss aufgeführt.")
I3 = "Ihr Vermögen im Irak sollte damit eingefroren werden."
I4 = ("Am Donnerstag erklärte der Ausschuss, die Liste habe ursprünglich nur Gruppen mit Verbindungen zur Terrormiliz "
      "Islamischer Staat und zu Al-Kaida umfassen sollen.")
I5 = ("Die beiden Namen seien vor einer abschließenden Prüfung versehentlich aufgenommen worden, eine korrigierte "
      "Fassung werde umgehend veröffentlicht.")
I6 = ("Ministerpräsident Mohammed Schia al-Sudani ordnete eine dringende Untersuchung an und kündigte an, die "
      "Verantwortlichen zur Rechenschaft zu ziehen.")
I7 = ("Die Haltung des Irak zu den israelischen Angriffen auf den Libanon und den Jemen sei „prinzipientreu und "
      "unverändert“, hieß es in einer Erklärung seines Büros.")
I8 = ("Der Chef der Badr-Organisation, Hadi al-Amiri, warf den Verantwortlichen vor, sich „dem Druck Washingtons“ "
      "gebeugt zu haben.")
I9 = "Er forderte die Entlassung von Zentralbankchef Ali al-Allak."
I10 = ("Die Miliz Kataib Hisbollah drohte, gegen „jeden Verräter“ vorzugehen, der an dem Beschluss beteiligt gewesen "
       "sei.")
I11 = ("Der Huthi-Sprecher Mohammed Abdulsalam sprach auf der Plattform X von einem „schändlichen Fehltritt“, "
       "begrüßte aber die Korrektur.")
I12 = "Bagdad hat die Hisbollah nie als Terrororganisation eingestuft."
I13 = "Die USA drängen die irakische Regierung seit Langem, den Einfluss proiranischer Gruppen zurückzudrängen."
I14 = ("Der US-Sondergesandte für den Irak, Mark Savaya, hatte erst im November die Entwaffnung aller bewaffneten "
       "Gruppen außerhalb staatlicher Kontrolle gefordert.")
I15 = "Mehrere mit Teheran verbündete Milizen sind Teil der staatlichen Volksmobilisierungskräfte."

DE04 = {
    "id": "hm485-de-04", "lang": "de", "url": None, "published": "2025-12-04",
    "title": "Irak nennt Terror-Einstufung von Hisbollah und Huthis einen Fehler",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10], [I11, I12, I13, I14, I15]),
    "events": [
        event("SANCTION", CBI_COMMITTEE, HEZBOLLAH, I2, mode="discontinue", date="2025-12-03"),
        event("SANCTION", CBI_COMMITTEE, HOUTHIS, I2, mode="discontinue", date="2025-12-03"),
        event("CONCEDE", CBI_COMMITTEE, HEZBOLLAH, I5),
        event("CONCEDE", CBI_COMMITTEE, HOUTHIS, I5),
        event("ACCUSE", SUDANI, CBI_COMMITTEE, I6, mode="investigate"),
        event("THREATEN", SUDANI, CBI_COMMITTEE, I6),
        event("ACCUSE", AMIRI, CBI_COMMITTEE, I8, mode="disapprove"),
        event("REQUEST", AMIRI, ALLAQ, I9, mode="change"),
        event("THREATEN", KATAIB_HEZBOLLAH, CBI_COMMITTEE, I10),
        event("ACCUSE", ABDULSALAM, CBI_COMMITTEE, I11, mode="disapprove"),
        event("SUPPORT", ABDULSALAM, CBI_COMMITTEE, I11),
        event("SANCTION", IRQ_GOV, HEZBOLLAH, I12, negated=True),
        event("REQUEST", SAVAYA, IRQ_GOV, I14, mode="yield"),
    ],
    "quotes": [
        quote("die Liste habe ursprünglich nur Gruppen mit Verbindungen zur Terrormiliz Islamischer Staat und zu "
              "Al-Kaida umfassen sollen", "Committee for Freezing Terrorist Funds of Iraq", "indirect"),
        quote("Die beiden Namen seien vor einer abschließenden Prüfung versehentlich aufgenommen worden, eine "
              "korrigierte Fassung werde umgehend veröffentlicht", "Committee for Freezing Terrorist Funds of Iraq",
              "indirect"),
        quote("die Verantwortlichen zur Rechenschaft zu ziehen", "Mohammed Shia al-Sudani", "indirect"),
        quote("prinzipientreu und unverändert", "Office of the Prime Minister of Iraq", "direct"),
        quote("Die Haltung des Irak zu den israelischen Angriffen auf den Libanon und den Jemen sei „prinzipientreu "
              "und unverändert“", "Office of the Prime Minister of Iraq", "indirect"),
        quote("dem Druck Washingtons", "Hadi al-Amiri", "direct"),
        quote("sich „dem Druck Washingtons“ gebeugt zu haben", "Hadi al-Amiri", "indirect"),
        quote("jeden Verräter", "Kataib Hezbollah", "direct"),
        quote("gegen „jeden Verräter“ vorzugehen, der an dem Beschluss beteiligt gewesen sei", "Kataib Hezbollah",
              "indirect"),
        quote("schändlichen Fehltritt", "Mohammed Abdulsalam", "direct"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Hezbollah", "ORG", "LBN", ["der libanesischen Hisbollah", "die Hisbollah"]),
        entity("Houthis", "ORG", "YEM", ["der jemenitischen Huthi-Miliz"]),
        entity("Iraq", "LOC", "IRQ", ["im Irak", "des Irak", "den Irak"]),
        entity("Central Bank of Iraq", "ORG", "IRQ", ["der Zentralbank"]),
        entity("Committee for Freezing Terrorist Funds of Iraq", "ORG", "IRQ",
               ["Der bei der Zentralbank angesiedelte Ausschuss zum Einfrieren von Terrorgeldern", "der Ausschuss",
                "die Verantwortlichen", "den Verantwortlichen"]),
        entity("Iran", "LOC", "IRN", ["dem Iran"]),
        entity("Al-Waqai al-Iraqiya", "MISC", "IRQ", ["im Amtsblatt"]),
        entity("Islamic State", "ORG", "IGO", ["Terrormiliz Islamischer Staat"]),
        entity("al-Qaeda", "ORG", "IGO", ["Al-Kaida"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Ministerpräsident Mohammed Schia al-Sudani"]),
        entity("Lebanon", "LOC", "LBN", ["den Libanon"]),
        entity("Yemen", "LOC", "YEM", ["den Jemen"]),
        entity("Office of the Prime Minister of Iraq", "ORG", "IRQ", ["seines Büros"]),
        entity("Badr Organization", "ORG", "IRQ", ["der Badr-Organisation"]),
        entity("Hadi al-Amiri", "PER", "IRQ", ["Der Chef der Badr-Organisation, Hadi al-Amiri", "Er"]),
        entity("Government of the United States", "ORG", "USA", ["Washingtons", "Die USA"]),
        entity("Ali al-Allaq", "PER", "IRQ", ["Zentralbankchef Ali al-Allak"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["Die Miliz Kataib Hisbollah"]),
        entity("Mohammed Abdulsalam", "PER", "YEM", ["Der Huthi-Sprecher Mohammed Abdulsalam"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Bagdad", "die irakische Regierung"]),
        entity("Mark Savaya", "PER", "USA", ["Der US-Sondergesandte für den Irak, Mark Savaya"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran"]),
        entity("Popular Mobilization Forces", "ORG", "IRQ", ["der staatlichen Volksmobilisierungskräfte"]),
    ],
}

# ---------------------------------------------------------------- hm485-en-01 (Egypt/Saudi Arabia, Hajj deaths)
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EGY_TRAVEL_COS = actor("Egyptian travel companies", "EGY", "BUS")
MADBOULY = actor("Mostafa Madbouly", "EGY", "GOV")
JOR_PROSECUTOR = actor("Public Prosecutor of Jordan", "JOR", "JUD")
JOR_TRAVEL_AGENTS = actor("Jordanian travel agents", "JOR", "BUS")
PILGRIM_RELATIVES = actor("relatives of missing Egyptian pilgrims", "EGY", "CVL")
EGY_MFA = actor("Ministry of Foreign Affairs of Egypt", "EGY", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")

E1 = ("CAIRO (AP) — Egypt on Saturday revoked the licenses of 16 travel companies and referred their managers to "
      "prosecutors after hundreds of Egyptian pilgrims died in scorching heat during this year's Hajj in Saudi "
      "Arabia.")
E2 = ("Prime Minister Mostafa Madbouly ordered the measures after a meeting of a government crisis unit, saying the "
      "companies had illegally sent pilgrims to Mecca on tourist visas that did not allow them to perform the "
      "pilgrimage.")
E3 = ("The companies also failed to provide adequate housing, transport and medical care, according to a Cabinet "
      "statement.")
E4 = "An Arab diplomat told reporters that at least 630 Egyptians were among the dead, most of them unregistered."
E5 = ("Saudi Health Minister Fahd al-Jalajel said 1,301 people died during the pilgrimage, most of them in "
      "temperatures that reached 51.8 degrees Celsius (125 Fahrenheit) in Mecca.")
E6 = ("He said 83% of the dead had no official permit and had walked long distances under direct sunlight without "
      "shelter or rest.")
E7 = ("“Unfortunately, the heat was very severe, and many of the victims were elderly or had chronic diseases,” "
      "al-Jalajel told state television.")
E8 = ("In neighboring Jordan, the public prosecutor detained several travel agents who had arranged unofficial Hajj "
      "trips, the state-run Petra news agency reported.")
E9 = "At least 99 Jordanians died during the pilgrimage, according to the Foreign Ministry in Amman."
E10 = "Tunisia said 49 of its citizens had died, most of them pilgrims who traveled without permits."
E11 = ("Relatives of missing pilgrims protested outside Egypt's Foreign Ministry in Cairo on Saturday, demanding "
       "information about their loved ones.")
E12 = ("“We just want to know whether he is alive or dead,” said Amal Hassan, whose 62-year-old father disappeared "
       "near Mount Arafat.")
E13 = ("The ministry said its consulate in Jeddah was working with Saudi authorities to identify the dead and "
       "repatriate their bodies.")
E14 = "About 1.8 million Muslims performed the Hajj this year, one of the five pillars of Islam."
E15 = "Unregistered pilgrims often pay smugglers thousands of dollars to avoid the official fees."

EN01 = {
    "id": "hm485-en-01", "lang": "en", "url": None, "published": "2024-06-23",
    "title": "Egypt revokes licenses of 16 travel firms after hundreds of pilgrims die in Hajj heat",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("SANCTION", EGY_GOV, EGY_TRAVEL_COS, E1, mode="discontinue", date="2024-06-22"),
        event("ACCUSE", EGY_GOV, EGY_TRAVEL_COS, E1, mode="allege", date="2024-06-22"),
        event("SANCTION", MADBOULY, EGY_TRAVEL_COS, E2, mode="discontinue"),
        event("ACCUSE", MADBOULY, EGY_TRAVEL_COS, E2, mode="allege"),
        event("ACCUSE", EGY_GOV, EGY_TRAVEL_COS, E3, mode="allege"),
        event("COERCE", JOR_PROSECUTOR, JOR_TRAVEL_AGENTS, E8, mode="arrest", location_country="JOR"),
        event("PROTEST", PILGRIM_RELATIVES, EGY_MFA, E11, mode="demo", date="2024-06-22", location="Cairo",
              location_country="EGY"),
        event("REQUEST", PILGRIM_RELATIVES, EGY_MFA, E11, date="2024-06-22"),
        event("COOPERATE", EGY_MFA, SAU_GOV, E13, location="Jeddah", location_country="SAU"),
    ],
    "quotes": [
        quote("the companies had illegally sent pilgrims to Mecca on tourist visas that did not allow them to perform "
              "the pilgrimage", "Mostafa Madbouly", "indirect"),
        quote("The companies also failed to provide adequate housing, transport and medical care",
              "Cabinet of Egypt", "indirect"),
        quote("at least 630 Egyptians were among the dead, most of them unregistered", "Arab diplomat", "indirect"),
        quote("1,301 people died during the pilgrimage, most of them in temperatures that reached 51.8 degrees Celsius "
              "(125 Fahrenheit) in Mecca", "Fahd al-Jalajel", "indirect"),
        quote("83% of the dead had no official permit and had walked long distances under direct sunlight without "
              "shelter or rest", "Fahd al-Jalajel", "indirect"),
        quote("Unfortunately, the heat was very severe, and many of the victims were elderly or had chronic diseases",
              "Fahd al-Jalajel", "direct"),
        quote("In neighboring Jordan, the public prosecutor detained several travel agents who had arranged unofficial "
              "Hajj trips", "Petra News Agency", "indirect"),
        quote("At least 99 Jordanians died during the pilgrimage", "Ministry of Foreign Affairs of Jordan",
              "indirect"),
        quote("49 of its citizens had died, most of them pilgrims who traveled without permits",
              "Government of Tunisia", "indirect"),
        quote("We just want to know whether he is alive or dead", "Amal Hassan", "direct"),
        quote("its consulate in Jeddah was working with Saudi authorities to identify the dead and repatriate their "
              "bodies", "Ministry of Foreign Affairs of Egypt", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO", "Cairo"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt", "a government crisis unit", "a Cabinet statement"]),
        entity("Egyptian travel companies", "ORG", "EGY", ["16 travel companies", "the companies",
                                                          "The companies"]),
        entity("managers of Egyptian travel companies", "PER", "EGY", ["their managers"]),
        entity("Egyptian pilgrims", "PER", "EGY", ["hundreds of Egyptian pilgrims", "at least 630 Egyptians"]),
        entity("Hajj", "MISC", "SAU", ["this year's Hajj", "the pilgrimage", "unofficial Hajj trips", "the Hajj"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia"]),
        entity("Mostafa Madbouly", "PER", "EGY", ["Prime Minister Mostafa Madbouly"]),
        entity("Mecca", "LOC", "SAU", ["Mecca"]),
        entity("Arab diplomat", "PER", None, ["An Arab diplomat"]),
        entity("Fahd al-Jalajel", "PER", "SAU", ["Saudi Health Minister Fahd al-Jalajel", "He", "al-Jalajel"]),
        entity("Jordan", "LOC", "JOR", ["neighboring Jordan"]),
        entity("Public Prosecutor of Jordan", "PER", "JOR", ["the public prosecutor"]),
        entity("Jordanian travel agents", "PER", "JOR", ["several travel agents"]),
        entity("Petra News Agency", "ORG", "JOR", ["the state-run Petra news agency"]),
        entity("Jordanian pilgrims", "PER", "JOR", ["At least 99 Jordanians"]),
        entity("Ministry of Foreign Affairs of Jordan", "ORG", "JOR", ["the Foreign Ministry in Amman"]),
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Government of Tunisia", "ORG", "TUN", ["Tunisia"]),
        entity("relatives of missing Egyptian pilgrims", "PER", "EGY", ["Relatives of missing pilgrims"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["Egypt's Foreign Ministry", "The ministry"]),
        entity("Amal Hassan", "PER", "EGY", ["Amal Hassan"]),
        entity("father of Amal Hassan", "PER", "EGY", ["he", "whose 62-year-old father"]),
        entity("Mount Arafat", "LOC", "SAU", ["Mount Arafat"]),
        entity("Consulate of Egypt in Jeddah", "ORG", "EGY", ["its consulate in Jeddah"]),
        entity("Jeddah", "LOC", "SAU", ["Jeddah"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi authorities"]),
        entity("Islam", "MISC", None, ["Islam"]),
    ],
}

# ---------------------------------------------------------------- hm485-en-02 (West Bank, Musallet killed)
HUCKABEE = actor("Mike Huckabee", "USA", "GOV")
ISR_GOV2 = actor("Government of Israel", "ISR", "GOV")
SETTLERS = actor("Israeli settlers", "ISR", "CVL")
MUSALLET = actor("Sayfollah Musallet", "USA", "CVL")
SHALABI = actor("Mohammed al-Shalabi", "PSE", "CVL")
MUSALLET_FAMILY = actor("family of Sayfollah Musallet", "PSE", "CVL")
IDF = actor("Israel Defense Forces", "ISR", "MIL")
SINJIL_PALESTINIANS = actor("Palestinians near Sinjil", "PSE", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
CASTOR = actor("Kathy Castor", "USA", "LEG")
USA_GOV2 = actor("Government of the United States", "USA", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")

N1 = ("RAMALLAH, West Bank (AP) — The U.S. ambassador to Israel on Tuesday demanded a thorough investigation into "
      "the killing of a 20-year-old Palestinian American who was beaten to death by Israeli settlers in the occupied "
      "West Bank last week.")
N2 = ("Sayfollah Musallet, a U.S. citizen from Florida, was attacked on Friday while visiting relatives in the "
      "village of Sinjil, north of Ramallah.")
N3 = ("A second Palestinian, 23-year-old Mohammed al-Shalabi, was shot dead by settlers during the same attack, "
      "according to the Palestinian Health Ministry.")
N4 = ("The family said settlers blocked paramedics from reaching Musallet for about three hours and that he died "
      "before reaching a hospital.")
N5 = "“Saif came here to see his family, and he went home in a coffin,” his cousin Diana Halum told reporters."
N6 = ("The Israeli military said Palestinians had hurled rocks at Israeli civilians near Sinjil, lightly injuring "
      "two, and that a “violent confrontation” followed.")
N7 = "It said Israel Police had opened an investigation into the deaths."
N8 = "No arrests have been made, according to the family."
N9 = "“There must be accountability for this criminal and terrorist act,” Ambassador Mike Huckabee wrote on X."
N10 = "He said he had asked Israeli authorities to “aggressively investigate” the killing."
N11 = "The State Department said it was in contact with the family and was following the case closely."
N12 = "Rep. Kathy Castor, whose district includes Tampa, said Washington should demand an independent inquiry."
N13 = ("Palestinian President Mahmoud Abbas condemned the killing and accused the Israeli government of protecting "
       "violent settlers.")
N14 = ("Settler attacks on Palestinians have surged since the start of the war in Gaza in October 2023, according to "
       "U.N. figures.")
N15 = "At least 950 Palestinians have been killed in the West Bank since then, according to the Health Ministry."

EN02 = {
    "id": "hm485-en-02", "lang": "en", "url": None, "published": "2025-07-15",
    "title": "US ambassador demands probe after Palestinian American beaten to death by settlers",
    "text": paragraphs([N1, N2, N3, N4, N5], [N6, N7, N8], [N9, N10, N11, N12], [N13, N14, N15]),
    "events": [
        event("REQUEST", HUCKABEE, ISR_GOV2, N1, date="2025-07-15"),
        event("ASSAULT", SETTLERS, MUSALLET, N1, mode="beat", location_country="PSE"),
        event("ASSAULT", SETTLERS, MUSALLET, N2, mode="beat", date="2025-07-11", location="Sinjil",
              location_country="PSE"),
        event("ASSAULT", SETTLERS, SHALABI, N3, mode="firearms"),
        event("ACCUSE", MUSALLET_FAMILY, SETTLERS, N4, mode="allege"),
        event("ACCUSE", IDF, SINJIL_PALESTINIANS, N6, mode="allege"),
        event("ACCUSE", ISR_POLICE, SETTLERS, N7, mode="investigate"),
        event("COERCE", ISR_POLICE, SETTLERS, N8, mode="arrest", negated=True),
        event("ACCUSE", HUCKABEE, SETTLERS, N9, mode="disapprove"),
        event("REQUEST", HUCKABEE, ISR_GOV2, N10),
        event("REQUEST", CASTOR, USA_GOV2, N12),
        event("ACCUSE", ABBAS, SETTLERS, N13, mode="disapprove"),
        event("ACCUSE", ABBAS, ISR_GOV2, N13, mode="allege"),
    ],
    "quotes": [
        quote("A second Palestinian, 23-year-old Mohammed al-Shalabi, was shot dead by settlers during the same "
              "attack", "Palestinian Ministry of Health", "indirect"),
        quote("settlers blocked paramedics from reaching Musallet for about three hours and that he died before "
              "reaching a hospital", "family of Sayfollah Musallet", "indirect"),
        quote("Saif came here to see his family, and he went home in a coffin", "Diana Halum", "direct"),
        quote("violent confrontation", "Israel Defense Forces", "direct"),
        quote("Palestinians had hurled rocks at Israeli civilians near Sinjil, lightly injuring two, and that a "
              "“violent confrontation” followed", "Israel Defense Forces", "indirect"),
        quote("Israel Police had opened an investigation into the deaths", "Israel Defense Forces", "indirect"),
        quote("No arrests have been made", "family of Sayfollah Musallet", "indirect"),
        quote("There must be accountability for this criminal and terrorist act", "Mike Huckabee", "direct"),
        quote("aggressively investigate", "Mike Huckabee", "direct"),
        quote("he had asked Israeli authorities to “aggressively investigate” the killing", "Mike Huckabee",
              "indirect"),
        quote("it was in contact with the family and was following the case closely",
              "United States Department of State", "indirect"),
        quote("Washington should demand an independent inquiry", "Kathy Castor", "indirect"),
        quote("Settler attacks on Palestinians have surged since the start of the war in Gaza in October 2023",
              "United Nations", "indirect"),
        quote("At least 950 Palestinians have been killed in the West Bank since then",
              "Palestinian Ministry of Health", "indirect"),
    ],
    "entities": [
        entity("Ramallah", "LOC", "PSE", ["RAMALLAH", "Ramallah"]),
        entity("West Bank", "LOC", "PSE", ["West Bank", "the occupied West Bank", "the West Bank"]),
        entity("Mike Huckabee", "PER", "USA", ["The U.S. ambassador to Israel", "Ambassador Mike Huckabee", "He",
                                               "he"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Sayfollah Musallet", "PER", "USA",
               ["a 20-year-old Palestinian American", "Sayfollah Musallet, a U.S. citizen from Florida", "Musallet",
                "he", "Saif"]),
        entity("Israeli settlers", "ORG", "ISR", ["Israeli settlers", "settlers", "violent settlers"]),
        entity("Florida", "LOC", "USA", ["Florida"]),
        entity("Sinjil", "LOC", "PSE", ["the village of Sinjil", "Sinjil"]),
        entity("Mohammed al-Shalabi", "PER", "PSE", ["A second Palestinian, 23-year-old Mohammed al-Shalabi"]),
        entity("Palestinian Ministry of Health", "ORG", "PSE", ["the Palestinian Health Ministry",
                                                               "the Health Ministry"]),
        entity("family of Sayfollah Musallet", "PER", "PSE", ["relatives", "The family", "the family",
                                                              "his family"]),
        entity("Diana Halum", "PER", "USA", ["his cousin Diana Halum"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["The Israeli military", "It"]),
        entity("Palestinians near Sinjil", "PER", "PSE", ["Palestinians"]),
        entity("Israeli civilians", "PER", "ISR", ["Israeli civilians"]),
        entity("Israel Police", "ORG", "ISR", ["Israel Police"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Government of Israel", "ORG", "ISR", ["Israeli authorities", "the Israeli government"]),
        entity("United States Department of State", "ORG", "USA", ["The State Department"]),
        entity("Kathy Castor", "PER", "USA", ["Rep. Kathy Castor"]),
        entity("Tampa", "LOC", "USA", ["Tampa"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("United Nations", "ORG", "UNO", ["U.N."]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
