"""Round 395: six invented wire-style articles (4 German, 2 English), written blind.

Stories:
- hm395-de-01: Saudi Arabia: HRW reports that the Specialized Criminal Court sentenced retired teacher Mohammed al-Ghamdi to death over critical posts; Joey Shea and Amnesty condemn, his exiled brother Saeed blames revenge and denies extremist contacts, Berlin asks Riyadh not to carry out the sentence, the Salma al-Shehab case recalled (2023-08-30).
- hm395-de-02: Jordan/Israel: Israeli forces detain Jordanian MP Imad al-Adwan at the Allenby Bridge over alleged arms and gold smuggling; Shin Bet investigates, Netanyahu's office speaks of a serious incident, Safadi phones Cohen and demands his release, Jordanian MPs and Speaker Ahmed al-Safadi object, the family denies, the Al-Aqsa raid row recalled (2023-04-24).
- hm395-de-03: Algeria: the Sidi M'hamed court in Algiers sentences journalist Ihsane El Kadi to five years for foreign funding and dissolves Interface Médias; his lawyers object after boycotting the trial, the December arrest and sealing of Radio M recalled, RSF's Deloire demands his release, Bouslimani rejects the criticism, Tebboune's "traitors" remark (2023-04-03).
- hm395-de-04: Tunisia/EU: Tunis refuses entry to a European Parliament foreign affairs delegation led by Michael Gahler; Gahler protests, Mounir Satouri accuses Saied and asks the Commission to suspend payments, the Commission asks Tunis for an explanation, the July migration deal, arrests of opponents including Ghannouchi and Saied's refusal to guard Europe's borders recalled (2023-09-14).
- hm395-en-01: Iran: Iran's navy seizes the Marshall Islands-flagged tanker Advantage Sweet in the Gulf of Oman; the U.S. 5th Fleet condemns and demands its release, Iran's army alleges a collision, India seeks consular access, Kanaani rejects the criticism, the 2022 seizure and release of two Greek tankers recalled (2023-04-28).
- hm395-en-02: Egypt/Turkey: Cairo and Ankara restore relations to ambassador level and nominate Amr Elhamamy and Salih Mutlu Sen; the 2013 expulsion, the Doha handshake, Shoukry's Mersin and Cavusoglu's Cairo visits, Sisi's congratulatory call, Fidan welcomes the step, Egypt's Libya and Brotherhood demands and Turkey's refusal recalled (2023-07-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm395-de-01 (Saudi Arabia, death sentence for posts)
SCC = actor("Specialized Criminal Court of Saudi Arabia", "SAU", "JUD")
GHAMDI = actor("Mohammed al-Ghamdi", "SAU", "CVL")
SAU_PROSECUTION = actor("Public Prosecution of Saudi Arabia", "SAU", "JUD")
SAU_SECURITY = actor("Saudi security forces", "SAU", "COP")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
SHEA = actor("Joey Shea", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
SAEED = actor("Saeed al-Ghamdi", "SAU", "OPP")
DEU_FO = actor("Federal Foreign Office of Germany", "DEU", "GOV")
SHEHAB = actor("Salma al-Shehab", "SAU", "CVL")

G1 = ("Riad (AFP) - Ein Sondergericht in Saudi-Arabien hat einen pensionierten Lehrer wegen kritischer Beiträge in "
      "Online-Netzwerken zum Tode verurteilt.")
G2 = ("Das für Terrorismusverfahren zuständige Sonderstrafgericht habe Mohammed al-Ghamdi bereits im Juli schuldig "
      "gesprochen, teilte die Menschenrechtsorganisation Human Rights Watch (HRW) am Dienstag mit.")
G3 = ("Laut HRW stützte sich die Anklage auf Antiterrorgesetze und warf dem 54-Jährigen vor, den König und den "
      "Kronprinzen beleidigt zu haben.")
G4 = "Al-Ghamdis Konto auf der Plattform X hatte demnach nur zehn Follower."
G5 = "Der Mann war im Juni 2022 in Mekka von Sicherheitskräften festgenommen worden."
G6 = ("„Die Unterdrückung in Saudi-Arabien hat ein erschreckendes neues Stadium erreicht“, sagte HRW-Forscherin "
      "Joey Shea.")
G7 = "Sie forderte die Behörden auf, das Urteil umgehend aufzuheben und den Lehrer freizulassen."
G8 = "Auch Amnesty International verurteilte den Richterspruch als „absurd und grausam“."
G9 = "Die saudische Regierung äußerte sich zunächst nicht zu dem Fall."
G10 = ("Al-Ghamdis Bruder Said al-Ghamdi, ein in Großbritannien lebender islamischer Gelehrter und Regierungskritiker, "
       "sagte der BBC, das Urteil sei ein Racheakt der Behörden gegen ihn selbst.")
G11 = "Die Führung in Riad wolle ihn auf diese Weise zum Schweigen bringen."
G12 = "Berichte, wonach er aus dem Exil Kontakte zu Extremisten unterhalte, wies der Gelehrte zurück."
G13 = "Das Auswärtige Amt in Berlin forderte Riad auf, das Todesurteil nicht zu vollstrecken."
G14 = "Die Zahl der Hinrichtungen in dem Königreich ist in den vergangenen Jahren stark gestiegen."
G15 = ("Kronprinz Mohammed bin Salman präsentiert sich seit Jahren als Reformer, der das Land für Touristen und "
       "Investoren öffnet.")
G16 = ("Erst im vergangenen Jahr war die Doktorandin Salma al-Schihab wegen Tweets zu 34 Jahren Haft verurteilt "
       "worden.")

DE01 = {
    "id": "hm395-de-01", "lang": "de", "url": None, "published": "2023-08-30",
    "title": "Saudi-Arabien: Todesurteil gegen Lehrer wegen kritischer Online-Beiträge",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("SANCTION", SCC, GHAMDI, G1, mode="convict", location_country="SAU"),
        event("SANCTION", SCC, GHAMDI, G2, mode="convict"),
        event("ACCUSE", SAU_PROSECUTION, GHAMDI, G3, mode="allege"),
        event("COERCE", SAU_SECURITY, GHAMDI, G5, mode="arrest", location="Mecca", location_country="SAU"),
        event("ACCUSE", SHEA, SAU_GOV, G6, mode="disapprove"),
        event("REQUEST", SHEA, SAU_GOV, G7, mode="yield"),
        event("ACCUSE", AMNESTY, SCC, G8, mode="disapprove"),
        event("ACCUSE", SAEED, SAU_GOV, G10, mode="allege"),
        event("ACCUSE", SAEED, SAU_GOV, G11, mode="allege"),
        event("REQUEST", DEU_FO, SAU_GOV, G13, mode="yield"),
        event("SANCTION", SCC, SHEHAB, G16, mode="convict"),
    ],
    "quotes": [
        quote("Das für Terrorismusverfahren zuständige Sonderstrafgericht habe Mohammed al-Ghamdi bereits im Juli "
              "schuldig gesprochen", "Human Rights Watch", "indirect"),
        quote("stützte sich die Anklage auf Antiterrorgesetze und warf dem 54-Jährigen vor, den König und den "
              "Kronprinzen beleidigt zu haben", "Human Rights Watch", "indirect"),
        quote("Al-Ghamdis Konto auf der Plattform X hatte demnach nur zehn Follower", "Human Rights Watch", "indirect"),
        quote("Die Unterdrückung in Saudi-Arabien hat ein erschreckendes neues Stadium erreicht", "Joey Shea",
              "direct"),
        quote("das Urteil umgehend aufzuheben und den Lehrer freizulassen", "Joey Shea", "indirect"),
        quote("absurd und grausam", "Amnesty International", "direct"),
        quote("das Urteil sei ein Racheakt der Behörden gegen ihn selbst", "Saeed al-Ghamdi", "indirect"),
        quote("Die Führung in Riad wolle ihn auf diese Weise zum Schweigen bringen", "Saeed al-Ghamdi", "indirect"),
        quote("das Todesurteil nicht zu vollstrecken", "Federal Foreign Office of Germany", "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien", "dem Königreich", "das Land"]),
        entity("Specialized Criminal Court of Saudi Arabia", "ORG", "SAU",
               ["Ein Sondergericht in Saudi-Arabien", "Das für Terrorismusverfahren zuständige Sonderstrafgericht"]),
        entity("Mohammed al-Ghamdi", "PER", "SAU",
               ["einen pensionierten Lehrer", "Mohammed al-Ghamdi", "dem 54-Jährigen", "Al-Ghamdis", "Der Mann",
                "den Lehrer"]),
        entity("Human Rights Watch", "ORG", "NGO", ["die Menschenrechtsorganisation Human Rights Watch (HRW)", "HRW"]),
        entity("Public Prosecution of Saudi Arabia", "ORG", "SAU", ["die Anklage"]),
        entity("Salman bin Abdulaziz", "PER", "SAU", ["den König"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["den Kronprinzen", "Kronprinz Mohammed bin Salman"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Mecca", "LOC", "SAU", ["Mekka"]),
        entity("Saudi security forces", "ORG", "SAU", ["Sicherheitskräften"]),
        entity("Joey Shea", "PER", "NGO", ["HRW-Forscherin Joey Shea", "Sie"]),
        entity("Government of Saudi Arabia", "ORG", "SAU",
               ["die Behörden", "Die saudische Regierung", "der Behörden", "Die Führung in Riad", "Riad"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Saeed al-Ghamdi", "PER", "SAU",
               ["Al-Ghamdis Bruder Said al-Ghamdi, ein in Großbritannien lebender islamischer Gelehrter und "
                "Regierungskritiker", "ihn selbst", "ihn", "er", "der Gelehrte"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("BBC", "ORG", "GBR", ["der BBC"]),
        entity("Federal Foreign Office of Germany", "ORG", "DEU", ["Das Auswärtige Amt in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Salma al-Shehab", "PER", "SAU", ["die Doktorandin Salma al-Schihab"]),
    ],
}

# ---------------------------------------------------------------- hm395-de-02 (Jordan/Israel, MP detained at Allenby)
ISR_SEC = actor("Israeli security forces", "ISR", "COP")
ADWAN = actor("Imad al-Adwan", "JOR", "LEG")
SHIN_BET = actor("Shin Bet", "ISR", "COP")
ISR_PMO = actor("Prime Minister's Office of Israel", "ISR", "GOV")
JOR_FM = actor("Ministry of Foreign Affairs of Jordan", "JOR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
A_SAFADI = actor("Ayman Safadi", "JOR", "GOV")
COHEN = actor("Eli Cohen", "ISR", "GOV")
JOR_MPS = actor("Jordanian lawmakers", "JOR", "LEG")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
AH_SAFADI = actor("Ahmed al-Safadi", "JOR", "LEG")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
WORSHIPPERS = actor("Palestinian worshippers at Al-Aqsa", "PSE", "CVL")

J1 = ("Amman (dpa) - Israelische Sicherheitskräfte haben am Samstag einen jordanischen Parlamentsabgeordneten am "
      "Grenzübergang Allenby-Brücke festgenommen, der Waffen ins Westjordanland geschmuggelt haben soll.")
J2 = ("Der Abgeordnete Imad al-Adwan habe in seinem Wagen zwölf Sturmgewehre, knapp 200 Pistolen und mehrere "
      "Kilogramm Gold transportiert, teilte der Inlandsgeheimdienst Schin Bet am Sonntag mit.")
J3 = "Die Behörde leitete Ermittlungen gegen den 35-Jährigen ein."
J4 = "Das Büro von Ministerpräsident Benjamin Netanjahu sprach von einem „schwerwiegenden Vorfall“."
J5 = ("Das jordanische Außenministerium erklärte, es stehe in Kontakt mit den israelischen Behörden, um die Umstände "
      "zu klären.")
J6 = ("Außenminister Ayman Safadi habe mit seinem israelischen Kollegen Eli Cohen telefoniert und die Freilassung des "
      "Abgeordneten verlangt, hieß es aus Amman.")
J7 = "Israel hat den Parlamentarier bislang nicht freigelassen."
J8 = ("Nach Angaben aus israelischen Sicherheitskreisen genießt al-Adwan als Abgeordneter eines anderen Staates keine "
      "Immunität.")
J9 = ("Im Parlament in Amman forderten mehrere Abgeordnete die Regierung auf, alles für die Rückkehr ihres Kollegen "
      "zu tun.")
J10 = "Parlamentspräsident Ahmed al-Safadi nannte die Festnahme eine „Verletzung internationaler Normen“."
J11 = "Die Familie des 35-Jährigen wies die Schmuggelvorwürfe als „Erfindung“ zurück."
J12 = "Al-Adwan ist in Jordanien für seine scharfe Kritik an Israel bekannt."
J13 = ("Die Allenby-Brücke, in Jordanien König-Hussein-Brücke genannt, ist der wichtigste Übergang zwischen dem "
       "Westjordanland und dem Königreich.")
J14 = "Israel kontrolliert die Grenzstation auf der Seite des besetzten Westjordanlands."
J15 = "Die Beziehungen zwischen beiden Ländern sind seit Monaten angespannt."
J16 = ("Erst Anfang April hatte Amman den Einsatz der israelischen Polizei gegen Gläubige in der Al-Aksa-Moschee in "
       "Jerusalem scharf verurteilt.")
J17 = "Jordanien versteht sich als Hüter der muslimischen heiligen Stätten in der Stadt."

DE02 = {
    "id": "hm395-de-02", "lang": "de", "url": None, "published": "2023-04-24",
    "title": "Israel nimmt jordanischen Abgeordneten wegen Waffenschmuggels fest",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12], [J13, J14, J15, J16, J17]),
    "events": [
        event("COERCE", ISR_SEC, ADWAN, J1, mode="arrest", date="2023-04-22", location="Allenby Bridge"),
        event("ACCUSE", SHIN_BET, ADWAN, J2, mode="allege", date="2023-04-23"),
        event("ACCUSE", SHIN_BET, ADWAN, J3, mode="investigate"),
        event("ACCUSE", ISR_PMO, ADWAN, J4, mode="disapprove"),
        event("CONSULT", JOR_FM, ISR_GOV, J5),
        event("CONSULT", A_SAFADI, COHEN, J6, mode="phone"),
        event("REQUEST", A_SAFADI, COHEN, J6, mode="yield"),
        event("RETREAT", ISR_GOV, ADWAN, J7, mode="release", negated=True),
        event("REQUEST", JOR_MPS, JOR_GOV, J9, location="Amman", location_country="JOR"),
        event("ACCUSE", AH_SAFADI, ISR_GOV, J10, mode="disapprove"),
        event("ACCUSE", JOR_GOV, ISR_POLICE, J16, mode="disapprove"),
        event("COERCE", ISR_POLICE, WORSHIPPERS, J16, mode="crowd-control", location="Jerusalem"),
    ],
    "quotes": [
        quote("Der Abgeordnete Imad al-Adwan habe in seinem Wagen zwölf Sturmgewehre, knapp 200 Pistolen und mehrere "
              "Kilogramm Gold transportiert", "Shin Bet", "indirect"),
        quote("schwerwiegenden Vorfall", "Prime Minister's Office of Israel", "direct"),
        quote("es stehe in Kontakt mit den israelischen Behörden, um die Umstände zu klären",
              "Ministry of Foreign Affairs of Jordan", "indirect"),
        quote("Außenminister Ayman Safadi habe mit seinem israelischen Kollegen Eli Cohen telefoniert und die "
              "Freilassung des Abgeordneten verlangt", "Government of Jordan", "indirect"),
        quote("Nach Angaben aus israelischen Sicherheitskreisen genießt al-Adwan als Abgeordneter eines anderen Staates "
              "keine Immunität", "Israeli security sources", "indirect"),
        quote("alles für die Rückkehr ihres Kollegen zu tun", "Jordanian lawmakers", "indirect"),
        quote("Verletzung internationaler Normen", "Ahmed al-Safadi", "direct"),
        quote("Erfindung", "family of Imad al-Adwan", "direct"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["Amman"]),
        entity("Government of Jordan", "ORG", "JOR", ["Amman", "die Regierung"]),
        entity("Israeli security forces", "ORG", "ISR", ["Israelische Sicherheitskräfte"]),
        entity("Imad al-Adwan", "PER", "JOR",
               ["einen jordanischen Parlamentsabgeordneten", "Der Abgeordnete Imad al-Adwan", "seinem",
                "den 35-Jährigen", "des Abgeordneten", "den Parlamentarier", "al-Adwan", "ihres Kollegen",
                "des 35-Jährigen", "Al-Adwan", "seine"]),
        entity("Allenby Bridge", "LOC", None,
               ["Grenzübergang Allenby-Brücke", "Die Allenby-Brücke", "König-Hussein-Brücke"]),
        entity("West Bank", "LOC", "PSE", ["Westjordanland", "dem Westjordanland", "des besetzten Westjordanlands"]),
        entity("Shin Bet", "ORG", "ISR", ["der Inlandsgeheimdienst Schin Bet", "Die Behörde"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", ["Das Büro von Ministerpräsident Benjamin Netanjahu"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu"]),
        entity("Ministry of Foreign Affairs of Jordan", "ORG", "JOR", ["Das jordanische Außenministerium"]),
        entity("Government of Israel", "ORG", "ISR", ["den israelischen Behörden", "Israel"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Ayman Safadi", "PER", "JOR", ["Außenminister Ayman Safadi", "seinem"]),
        entity("Eli Cohen", "PER", "ISR", ["seinem israelischen Kollegen Eli Cohen"]),
        entity("Israeli security sources", "ORG", "ISR", ["israelischen Sicherheitskreisen"]),
        entity("House of Representatives of Jordan", "ORG", "JOR", ["Im Parlament in Amman"]),
        entity("Jordanian lawmakers", "PER", "JOR", ["mehrere Abgeordnete"]),
        entity("Ahmed al-Safadi", "PER", "JOR", ["Parlamentspräsident Ahmed al-Safadi"]),
        entity("family of Imad al-Adwan", "PER", "JOR", ["Die Familie des 35-Jährigen"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien", "dem Königreich"]),
        entity("Israel Police", "ORG", "ISR", ["der israelischen Polizei"]),
        entity("Palestinian worshippers at Al-Aqsa", "PER", "PSE", ["Gläubige"]),
        entity("Al-Aqsa Mosque", "LOC", "PSE", ["der Al-Aksa-Moschee in Jerusalem"]),
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem", "der Stadt"]),
    ],
}

# ---------------------------------------------------------------- hm395-de-03 (Algeria, journalist El Kadi sentenced)
ALG_COURT = actor("Sidi M'hamed Court", "DZA", "JUD")
KADI = actor("Ihsane El Kadi", "DZA", "MED")
INTERFACE = actor("Interface Médias", "DZA", "MED")
KADI_LAWYERS = actor("lawyers of Ihsane El Kadi", "DZA", "CVL")
ALG_SEC = actor("Algerian security forces", "DZA", "COP")
RADIO_M = actor("Radio M", "DZA", "MED")
MAGHREB_EMERGENT = actor("Maghreb Emergent", "DZA", "MED")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
DELOIRE = actor("Christophe Deloire", "NGO", "NGO")
ALG_JUD = actor("Algerian judiciary", "DZA", "JUD")
ALG_GOV = actor("Government of Algeria", "DZA", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
ALG_JOURNALISTS = actor("Algerian journalists receiving foreign funds", "DZA", "MED")

E1 = ("Algier (AFP) - Ein Gericht in Algier hat den regierungskritischen Journalisten Ihsane El Kadi zu fünf Jahren "
      "Haft verurteilt, davon drei ohne Bewährung.")
E2 = ("Das Gericht im Stadtteil Sidi M'hamed sprach den Leiter des Senders Radio M und der Nachrichtenseite Maghreb "
      "Emergent am Sonntag schuldig, illegal Geld aus dem Ausland angenommen zu haben.")
E3 = ("Zudem ordneten die Richter die Auflösung seines Medienunternehmens Interface Médias und die Beschlagnahme "
      "seines Vermögens an.")
E4 = ("Bei dem Geld handelt es sich nach Angaben der Verteidigung um Überweisungen von El Kadis in London lebender "
      "Tochter, die Anteile an dem Unternehmen hält.")
E5 = "Die Anwälte sprachen von einem „politischen Urteil“."
E6 = "Sie hatten die Verhandlung Mitte März aus Protest gegen die Prozessführung boykottiert."
E7 = "El Kadi war Ende Dezember in seinem Haus in Zemmouri östlich von Algier festgenommen worden."
E8 = "Sicherheitskräfte versiegelten damals auch die Redaktionsräume der beiden Medien in der Hauptstadt."
E9 = "Seitdem sind Radio M und Maghreb Emergent nicht mehr zu erreichen."
E10 = "Die Organisation Reporter ohne Grenzen (RSF) nannte das Urteil „ungeheuerlich“."
E11 = ("Die Justiz wolle eine der letzten unabhängigen Stimmen des Landes zum Schweigen bringen, erklärte "
       "RSF-Generalsekretär Christophe Deloire.")
E12 = "Deloire forderte die sofortige Freilassung des 63-Jährigen."
E13 = ("Kommunikationsminister Mohamed Bouslimani wies die Kritik zurück und sagte, es handle sich um ein gewöhnliches "
       "Strafverfahren.")
E14 = ("Präsident Abdelmadjid Tebboune hatte im vergangenen Jahr Journalisten, die Geld aus dem Ausland annähmen, ohne "
       "Namensnennung als „Verräter“ bezeichnet.")
E15 = "Algerien liegt in der Rangliste der Pressefreiheit von RSF auf einem der hinteren Plätze."
E16 = "Seit dem Ende der Protestbewegung Hirak im Jahr 2021 gehen die Behörden verstärkt gegen kritische Medien vor."

DE03 = {
    "id": "hm395-de-03", "lang": "de", "url": None, "published": "2023-04-03",
    "title": "Algerischer Journalist Ihsane El Kadi zu fünf Jahren Haft verurteilt",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15, E16]),
    "events": [
        event("SANCTION", ALG_COURT, KADI, E1, mode="convict", location="Algiers", location_country="DZA"),
        event("SANCTION", ALG_COURT, KADI, E2, mode="convict", date="2023-04-02", location="Algiers",
              location_country="DZA"),
        event("COERCE", ALG_COURT, INTERFACE, E3, mode="ban"),
        event("COERCE", ALG_COURT, KADI, E3, mode="seize"),
        event("ACCUSE", KADI_LAWYERS, ALG_COURT, E5, mode="disapprove"),
        event("PROTEST", KADI_LAWYERS, ALG_COURT, E6, mode="boycott"),
        event("COERCE", ALG_SEC, KADI, E7, mode="arrest", location="Zemmouri", location_country="DZA"),
        event("COERCE", ALG_SEC, RADIO_M, E8, mode="censor", location="Algiers", location_country="DZA"),
        event("COERCE", ALG_SEC, MAGHREB_EMERGENT, E8, mode="censor", location="Algiers", location_country="DZA"),
        event("ACCUSE", RSF, ALG_COURT, E10, mode="disapprove"),
        event("ACCUSE", DELOIRE, ALG_JUD, E11, mode="disapprove"),
        event("REQUEST", DELOIRE, ALG_GOV, E12, mode="yield"),
        event("ACCUSE", TEBBOUNE, ALG_JOURNALISTS, E14, mode="disapprove"),
    ],
    "quotes": [
        quote("Bei dem Geld handelt es sich nach Angaben der Verteidigung um Überweisungen von El Kadis in London "
              "lebender Tochter, die Anteile an dem Unternehmen hält", "lawyers of Ihsane El Kadi", "indirect"),
        quote("politischen Urteil", "lawyers of Ihsane El Kadi", "direct"),
        quote("ungeheuerlich", "Reporters Without Borders", "direct"),
        quote("Die Justiz wolle eine der letzten unabhängigen Stimmen des Landes zum Schweigen bringen",
              "Christophe Deloire", "indirect"),
        quote("es handle sich um ein gewöhnliches Strafverfahren", "Mohamed Bouslimani", "indirect"),
        quote("Verräter", "Abdelmadjid Tebboune", "direct"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier", "der Hauptstadt"]),
        entity("Sidi M'hamed Court", "ORG", "DZA",
               ["Ein Gericht in Algier", "Das Gericht im Stadtteil Sidi M'hamed", "die Richter"]),
        entity("Sidi M'hamed", "LOC", "DZA", ["Stadtteil Sidi M'hamed"]),
        entity("Ihsane El Kadi", "PER", "DZA",
               ["den regierungskritischen Journalisten Ihsane El Kadi",
                "den Leiter des Senders Radio M und der Nachrichtenseite Maghreb Emergent", "seines", "El Kadis",
                "El Kadi", "seinem", "des 63-Jährigen"]),
        entity("Radio M", "ORG", "DZA", ["Senders Radio M", "Radio M"]),
        entity("Maghreb Emergent", "ORG", "DZA", ["Nachrichtenseite Maghreb Emergent", "Maghreb Emergent"]),
        entity("Interface Médias", "ORG", "DZA", ["seines Medienunternehmens Interface Médias", "dem Unternehmen"]),
        entity("lawyers of Ihsane El Kadi", "PER", "DZA", ["der Verteidigung", "Die Anwälte", "Sie"]),
        entity("daughter of Ihsane El Kadi", "PER", "DZA", ["El Kadis in London lebender Tochter"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Zemmouri", "LOC", "DZA", ["Zemmouri"]),
        entity("Algerian security forces", "ORG", "DZA", ["Sicherheitskräfte"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Die Organisation Reporter ohne Grenzen (RSF)", "RSF"]),
        entity("Christophe Deloire", "PER", "NGO", ["RSF-Generalsekretär Christophe Deloire", "Deloire"]),
        entity("Algerian judiciary", "ORG", "DZA", ["Die Justiz"]),
        entity("Algeria", "LOC", "DZA", ["des Landes", "Algerien"]),
        entity("Mohamed Bouslimani", "PER", "DZA", ["Kommunikationsminister Mohamed Bouslimani"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune"]),
        entity("Algerian journalists receiving foreign funds", "PER", "DZA",
               ["Journalisten, die Geld aus dem Ausland annähmen"]),
        entity("Hirak", "ORG", "DZA", ["Protestbewegung Hirak"]),
        entity("Government of Algeria", "ORG", "DZA", ["die Behörden"]),
    ],
}

# ---------------------------------------------------------------- hm395-de-04 (Tunisia/EU, MEP delegation refused)
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")
EP = actor("European Parliament", "EUR", "LEG")
GAHLER = actor("Michael Gahler", "EUR", "LEG")
SATOURI = actor("Mounir Satouri", "EUR", "LEG")
SAIED = actor("Kais Saied", "TUN", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")
EU = actor("European Union", "EUR", "IGO")
TUN_AUTH = actor("Tunisian security forces", "TUN", "COP")
TUN_OPPONENTS = actor("Tunisian opposition figures", "TUN", "OPP")
GHANNOUCHI = actor("Rached Ghannouchi", "TUN", "OPP")

T1 = "Tunis (dpa) - Tunesien hat einer Delegation des Europäischen Parlaments die Einreise verweigert."
T2 = ("Die fünf Abgeordneten des Auswärtigen Ausschusses hätten am Donnerstag zu einem dreitägigen Besuch aufbrechen "
      "wollen, teilte Delegationsleiter Michael Gahler (CDU) in Brüssel mit.")
T3 = "Am Vorabend sei ihnen mitgeteilt worden, dass die Gruppe nicht ins Land gelassen werde."
T4 = "„Das ist ein beispielloser Affront gegen das Parlament“, sagte der CDU-Politiker."
T5 = "Eine Begründung hätten die tunesischen Behörden nicht genannt."
T6 = ("Die Delegation wollte sich in Tunis mit Vertretern der Opposition, der Gewerkschaften und der Zivilgesellschaft "
      "treffen.")
T7 = "Der französische Grünen-Abgeordnete Mounir Satouri warf Präsident Kais Saied vor, Kritiker mundtot zu machen."
T8 = ("Er forderte die EU-Kommission auf, die Zahlungen an Tunis aus dem im Juli vereinbarten Migrationspakt "
      "auszusetzen.")
T9 = "Eine Sprecherin der Kommission sagte in Brüssel, man habe die tunesische Regierung um eine Erklärung gebeten."
T10 = ("Die EU hatte Mitte Juli mit Tunesien ein Abkommen geschlossen, das Hilfen von bis zu einer Milliarde Euro in "
       "Aussicht stellt.")
T11 = "Im Gegenzug soll das nordafrikanische Land stärker gegen Schleuser und irreguläre Migration vorgehen."
T12 = "Tunesien ist einer der wichtigsten Ausgangspunkte für Bootsflüchtlinge auf dem Weg nach Italien."
T13 = ("Nach Angaben der italienischen Regierung kamen in diesem Jahr bereits mehr als 120.000 Migranten über das "
       "Mittelmeer ins Land.")
T14 = "Saied regiert seit dem Sommer 2021 weitgehend per Dekret."
T15 = ("Seit Februar ließen die Behörden zahlreiche Oppositionelle festnehmen, darunter den Chef der islamistischen "
       "Ennahda-Partei, Rached Ghannouchi.")
T16 = "Saied hatte im Juni erklärt, sein Land werde nicht die Grenzen Europas bewachen."

DE04 = {
    "id": "hm395-de-04", "lang": "de", "url": None, "published": "2023-09-14",
    "title": "Tunesien verweigert EU-Abgeordneten die Einreise",
    "text": paragraphs([T1, T2, T3, T4, T5], [T6, T7, T8, T9], [T10, T11, T12, T13], [T14, T15, T16]),
    "events": [
        event("REJECT", TUN_GOV, EP, T1, mode="meet"),
        event("REJECT", TUN_GOV, EP, T3, mode="meet", date="2023-09-13"),
        event("ACCUSE", GAHLER, TUN_GOV, T4, mode="disapprove"),
        event("ACCUSE", SATOURI, SAIED, T7, mode="disapprove"),
        event("REQUEST", SATOURI, EU_COMMISSION, T8, mode="change"),
        event("REQUEST", EU_COMMISSION, TUN_GOV, T9),
        event("AGREE", EU, TUN_GOV, T10),
        event("COERCE", TUN_AUTH, TUN_OPPONENTS, T15, mode="arrest", location_country="TUN"),
        event("COERCE", TUN_AUTH, GHANNOUCHI, T15, mode="arrest", location_country="TUN"),
        event("REJECT", SAIED, EU, T16),
    ],
    "quotes": [
        quote("Die fünf Abgeordneten des Auswärtigen Ausschusses hätten am Donnerstag zu einem dreitägigen Besuch "
              "aufbrechen wollen", "Michael Gahler", "indirect"),
        quote("Am Vorabend sei ihnen mitgeteilt worden, dass die Gruppe nicht ins Land gelassen werde", "Michael Gahler",
              "indirect"),
        quote("Das ist ein beispielloser Affront gegen das Parlament", "Michael Gahler", "direct"),
        quote("Eine Begründung hätten die tunesischen Behörden nicht genannt", "Michael Gahler", "indirect"),
        quote("Kritiker mundtot zu machen", "Mounir Satouri", "indirect"),
        quote("die Zahlungen an Tunis aus dem im Juli vereinbarten Migrationspakt auszusetzen", "Mounir Satouri",
              "indirect"),
        quote("man habe die tunesische Regierung um eine Erklärung gebeten", "spokesperson of the European Commission",
              "indirect"),
        quote("Nach Angaben der italienischen Regierung kamen in diesem Jahr bereits mehr als 120.000 Migranten über "
              "das Mittelmeer ins Land", "Government of Italy", "indirect"),
        quote("sein Land werde nicht die Grenzen Europas bewachen", "Kais Saied", "indirect"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Government of Tunisia", "ORG", "TUN",
               ["Tunesien", "die tunesischen Behörden", "Tunis", "die tunesische Regierung", "die Behörden"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien", "ins Land", "das nordafrikanische Land", "sein Land"]),
        entity("European Parliament", "ORG", "EUR", ["des Europäischen Parlaments", "das Parlament"]),
        entity("European Parliament delegation", "ORG", "EUR",
               ["einer Delegation des Europäischen Parlaments", "Die fünf Abgeordneten des Auswärtigen Ausschusses",
                "ihnen", "die Gruppe", "Die Delegation"]),
        entity("Committee on Foreign Affairs of the European Parliament", "ORG", "EUR", ["des Auswärtigen Ausschusses"]),
        entity("Michael Gahler", "PER", "EUR", ["Delegationsleiter Michael Gahler (CDU)", "der CDU-Politiker"]),
        entity("Christian Democratic Union of Germany", "ORG", "DEU", ["CDU"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Tunisian opposition", "ORG", "TUN", ["der Opposition"]),
        entity("Tunisian trade unions", "ORG", "TUN", ["der Gewerkschaften"]),
        entity("Mounir Satouri", "PER", "EUR", ["Der französische Grünen-Abgeordnete Mounir Satouri", "Er"]),
        entity("Kais Saied", "PER", "TUN", ["Präsident Kais Saied", "Saied"]),
        entity("European Commission", "ORG", "EUR", ["die EU-Kommission", "der Kommission"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["Eine Sprecherin der Kommission"]),
        entity("European Union", "ORG", "EUR", ["Die EU"]),
        entity("Italy", "LOC", "ITA", ["Italien", "ins Land"]),
        entity("Government of Italy", "ORG", "ITA", ["der italienischen Regierung"]),
        entity("Mediterranean Sea", "LOC", None, ["das Mittelmeer"]),
        entity("Tunisian opposition figures", "PER", "TUN", ["zahlreiche Oppositionelle"]),
        entity("Ennahda", "ORG", "TUN", ["der islamistischen Ennahda-Partei"]),
        entity("Rached Ghannouchi", "PER", "TUN", ["den Chef der islamistischen Ennahda-Partei, Rached Ghannouchi"]),
        entity("Europe", "LOC", None, ["Europas"]),
    ],
}

# ---------------------------------------------------------------- hm395-en-01 (Iran seizes the Advantage Sweet)
IRN_NAVY = actor("Islamic Republic of Iran Navy", "IRN", "MIL")
ADV_SWEET = actor("Advantage Sweet", "MHL", "BUS")
FIFTH_FLEET = actor("United States Fifth Fleet", "USA", "MIL")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
IRN_ARMY = actor("Islamic Republic of Iran Army", "IRN", "MIL")
IND_EMBASSY = actor("Embassy of India in Tehran", "IND", "GOV")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
GREEK_TANKERS = actor("Greek tankers Delta Poseidon and Prudent Warrior", "GRC", "BUS")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")

A1 = ("DUBAI, United Arab Emirates (AP) — Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf of Oman "
      "on Thursday, the U.S. Navy said, the latest in a string of ship seizures by Tehran in the region's waters.")
A2 = ("The tanker, the Advantage Sweet, had been bound for Houston after loading crude in Kuwait, according to "
      "ship-tracking data.")
A3 = ("The Navy's Bahrain-based 5th Fleet said the seizure was \"contrary to international law\" and a threat to "
      "regional security.")
A4 = "\"Iran should immediately release the oil tanker,\" the 5th Fleet said in a statement."
A5 = ("It said Iran had harassed, attacked or interfered with 15 internationally flagged merchant vessels over the "
      "past two years.")
A6 = ("Iran's army said in a statement carried by state television that the tanker had collided with an Iranian boat, "
      "injuring several of its crew, and then tried to flee.")
A7 = "It did not say where the vessel had been taken."
A8 = ("Advantage Tankers, the ship's Istanbul-based manager, said the safety of the 24 crew members, 23 of them Indian "
      "nationals, was its priority.")
A9 = "India's foreign ministry said its embassy in Tehran was seeking consular access to the sailors."
A10 = ("Iranian Foreign Ministry spokesman Nasser Kanaani rejected the U.S. criticism, saying Iran had acted to "
       "protect maritime safety under international law.")
A11 = ("The seizure came as tensions between Tehran and Washington remain high over Iran's nuclear program and its "
       "support for Russia's war in Ukraine.")
A12 = ("Last May, Iran's paramilitary Revolutionary Guard seized two Greek tankers in the Persian Gulf after Greece "
       "impounded Iranian oil aboard a Russian-flagged vessel off its coast.")
A13 = "Both ships were released in November."
A14 = ("The Gulf of Oman leads to the Strait of Hormuz, the narrow mouth of the Persian Gulf through which a fifth of "
       "all oil traded worldwide passes.")
A15 = "Washington has accused Tehran of using seized ships as bargaining chips in its disputes with the West."

EN01 = {
    "id": "hm395-en-01", "lang": "en", "url": None, "published": "2023-04-28",
    "title": "Iran seizes oil tanker in Gulf of Oman, US Navy says",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11], [A12, A13, A14, A15]),
    "events": [
        event("COERCE", IRN_NAVY, ADV_SWEET, A1, mode="seize", date="2023-04-27", location="Gulf of Oman"),
        event("ACCUSE", FIFTH_FLEET, IRN_NAVY, A3, mode="disapprove"),
        event("REQUEST", FIFTH_FLEET, IRN_GOV, A4, mode="yield"),
        event("ACCUSE", FIFTH_FLEET, IRN_GOV, A5, mode="allege"),
        event("ACCUSE", IRN_ARMY, ADV_SWEET, A6, mode="allege"),
        event("REQUEST", IND_EMBASSY, IRN_GOV, A9),
        event("COERCE", IRGC, GREEK_TANKERS, A12, mode="seize", location="Persian Gulf"),
        event("COERCE", GRC_GOV, IRN_GOV, A12, mode="seize", location_country="GRC"),
        event("RETREAT", IRGC, GREEK_TANKERS, A13, mode="release"),
        event("ACCUSE", USA_GOV, IRN_GOV, A15, mode="allege"),
    ],
    "quotes": [
        quote("Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday",
              "United States Navy", "indirect"),
        quote("contrary to international law", "United States Fifth Fleet", "direct"),
        quote("the seizure was \"contrary to international law\" and a threat to regional security",
              "United States Fifth Fleet", "indirect"),
        quote("Iran should immediately release the oil tanker", "United States Fifth Fleet", "direct"),
        quote("Iran had harassed, attacked or interfered with 15 internationally flagged merchant vessels over the "
              "past two years", "United States Fifth Fleet", "indirect"),
        quote("the tanker had collided with an Iranian boat, injuring several of its crew, and then tried to flee",
              "Islamic Republic of Iran Army", "indirect"),
        quote("the safety of the 24 crew members, 23 of them Indian nationals, was its priority", "Advantage Tankers",
              "indirect"),
        quote("its embassy in Tehran was seeking consular access to the sailors",
              "Ministry of External Affairs of India", "indirect"),
        quote("Iran had acted to protect maritime safety under international law", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Islamic Republic of Iran Navy", "ORG", "IRN", ["Iran's navy"]),
        entity("Advantage Sweet", "MISC", "MHL",
               ["a Marshall Islands-flagged oil tanker", "The tanker, the Advantage Sweet", "the Advantage Sweet",
                "the oil tanker", "the tanker", "the vessel", "the ship's"]),
        entity("Marshall Islands", "LOC", "MHL", ["Marshall Islands"]),
        entity("Gulf of Oman", "LOC", None, ["the Gulf of Oman", "The Gulf of Oman"]),
        entity("United States Navy", "ORG", "USA", ["the U.S. Navy", "The Navy's"]),
        entity("Government of Iran", "ORG", "IRN", ["Tehran", "Iran"]),
        entity("Iran", "LOC", "IRN", ["Iran", "Iran's"]),
        entity("Houston", "LOC", "USA", ["Houston"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait"]),
        entity("United States Fifth Fleet", "ORG", "USA", ["The Navy's Bahrain-based 5th Fleet", "the 5th Fleet", "It"]),
        entity("Bahrain", "LOC", "BHR", ["Bahrain"]),
        entity("Islamic Republic of Iran Army", "ORG", "IRN", ["Iran's army", "It"]),
        entity("Islamic Republic of Iran Broadcasting", "ORG", "IRN", ["state television"]),
        entity("Iranian boat", "MISC", "IRN", ["an Iranian boat"]),
        entity("crew of the Advantage Sweet", "PER", "IND",
               ["several of its crew", "the 24 crew members, 23 of them Indian nationals", "the sailors"]),
        entity("Advantage Tankers", "ORG", "TUR", ["Advantage Tankers, the ship's Istanbul-based manager"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Ministry of External Affairs of India", "ORG", "IND", ["India's foreign ministry"]),
        entity("Embassy of India in Tehran", "ORG", "IND", ["its embassy in Tehran"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Iranian Foreign Ministry spokesman Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["Iranian Foreign Ministry"]),
        entity("Government of the United States", "ORG", "USA", ["Washington", "U.S."]),
        entity("Russia", "LOC", "RUS", ["Russia's"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Iran's paramilitary Revolutionary Guard"]),
        entity("Greek tankers Delta Poseidon and Prudent Warrior", "MISC", "GRC", ["two Greek tankers", "Both ships"]),
        entity("Persian Gulf", "LOC", None, ["the Persian Gulf"]),
        entity("Government of Greece", "ORG", "GRC", ["Greece"]),
        entity("Greece", "LOC", "GRC", ["its coast"]),
        entity("Russian-flagged vessel", "MISC", "RUS", ["a Russian-flagged vessel"]),
        entity("Strait of Hormuz", "LOC", None, ["the Strait of Hormuz"]),
        entity("the West", "LOC", None, ["the West"]),
    ],
}

# ---------------------------------------------------------------- hm395-en-02 (Egypt/Turkey, ambassadors restored)
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
SISI = actor("Abdel Fattah al-Sisi", "EGY", "GOV")
SHOUKRY = actor("Sameh Shoukry", "EGY", "GOV")
CAVUSOGLU = actor("Mevlüt Çavuşoğlu", "TUR", "GOV")
FIDAN = actor("Hakan Fidan", "TUR", "GOV")
ABU_ZEID = actor("Ahmed Abu Zeid", "EGY", "GOV")
EGY_CHANNELS = actor("Egyptian opposition television channels in Istanbul", "EGY", "MED")

B1 = ("CAIRO, July 4 (Reuters) - Egypt and Turkey on Tuesday raised their diplomatic relations to ambassador level "
      "for the first time in a decade, capping a gradual rapprochement between the regional rivals.")
B2 = ("In a joint statement, the two foreign ministries said Turkey had nominated Salih Mutlu Sen as its ambassador in "
      "Cairo and Egypt had nominated Amr Elhamamy as its ambassador in Ankara.")
B3 = ("The step aims to restore normal relations between the two countries and reflects their mutual determination "
      "to strengthen bilateral ties, the statement said.")
B4 = ("Relations soured in 2013 over the fall of Islamist President Mohamed Mursi, a close ally of Turkish President "
      "Tayyip Erdogan.")
B5 = ("Cairo expelled the Turkish ambassador in November that year, accusing Ankara of interfering in Egypt's "
      "internal affairs.")
B6 = ("Erdogan and Egyptian President Abdel Fattah al-Sisi shook hands at the opening of the soccer World Cup in Qatar "
      "last November, their first public encounter.")
B7 = ("After the devastating earthquakes in southern Turkey in February, Egyptian Foreign Minister Sameh Shoukry "
      "visited the port city of Mersin with his then Turkish counterpart Mevlut Cavusoglu to receive an Egyptian aid "
      "ship.")
B8 = "Cavusoglu paid a return visit to Cairo in March, the first by a Turkish foreign minister in more than a decade."
B9 = ("In May, Sisi phoned Erdogan to congratulate him on his re-election, and the two leaders agreed to upgrade ties "
      "immediately.")
B10 = ("Turkish Foreign Minister Hakan Fidan welcomed Tuesday's announcement as the start of \"a new era\" between the "
       "two countries.")
B11 = ("Egypt's foreign ministry spokesman Ahmed Abu Zeid said Cairo expected Ankara to respect Egypt's security "
       "concerns in Libya.")
B12 = ("The two countries have backed rival sides in Libya's conflict, and Turkey has troops stationed in the west of "
       "the country.")
B13 = ("Cairo has also demanded that Ankara hand over members of Egypt's outlawed Muslim Brotherhood who were "
       "convicted in absentia.")
B14 = ("Turkey has refused to extradite them but asked Egyptian opposition television channels based in Istanbul to "
       "tone down their criticism of Sisi.")
B15 = "Erdogan has said he plans to visit Egypt and to host Sisi in Turkey."

EN02 = {
    "id": "hm395-en-02", "lang": "en", "url": None, "published": "2023-07-04",
    "title": "Egypt and Turkey restore ambassadors after decade-long rift",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10], [B11, B12, B13, B14, B15]),
    "events": [
        event("COOPERATE", EGY_GOV, TUR_GOV, B1, date="2023-07-04"),
        event("COOPERATE", TUR_GOV, EGY_GOV, B2),
        event("COOPERATE", EGY_GOV, TUR_GOV, B2),
        event("SANCTION", EGY_GOV, TUR_GOV, B5, mode="expel"),
        event("ACCUSE", EGY_GOV, TUR_GOV, B5, mode="allege"),
        event("CONSULT", ERDOGAN, SISI, B6, mode="meet", location_country="QAT"),
        event("CONSULT", SHOUKRY, CAVUSOGLU, B7, mode="visit", location="Mersin", location_country="TUR"),
        event("AID", EGY_GOV, TUR_GOV, B7, location="Mersin", location_country="TUR"),
        event("CONSULT", CAVUSOGLU, EGY_GOV, B8, mode="visit", location="Cairo", location_country="EGY"),
        event("CONSULT", SISI, ERDOGAN, B9, mode="phone"),
        event("SUPPORT", SISI, ERDOGAN, B9),
        event("AGREE", SISI, ERDOGAN, B9),
        event("SUPPORT", FIDAN, EGY_GOV, B10),
        event("REQUEST", ABU_ZEID, TUR_GOV, B11),
        event("REQUEST", EGY_GOV, TUR_GOV, B13, mode="yield"),
        event("REJECT", TUR_GOV, EGY_GOV, B14, mode="yield"),
        event("REQUEST", TUR_GOV, EGY_CHANNELS, B14, mode="change"),
        event("AGREE", ERDOGAN, SISI, B15, mode="meet"),
    ],
    "quotes": [
        quote("Turkey had nominated Salih Mutlu Sen as its ambassador in Cairo and Egypt had nominated Amr Elhamamy as "
              "its ambassador in Ankara", "foreign ministries of Egypt and Turkey", "indirect"),
        quote("The step aims to restore normal relations between the two countries and reflects their mutual "
              "determination to strengthen bilateral ties", "foreign ministries of Egypt and Turkey", "indirect"),
        quote("interfering in Egypt's internal affairs", "Government of Egypt", "indirect"),
        quote("a new era", "Hakan Fidan", "direct"),
        quote("Cairo expected Ankara to respect Egypt's security concerns in Libya", "Ahmed Abu Zeid", "indirect"),
        quote("that Ankara hand over members of Egypt's outlawed Muslim Brotherhood who were convicted in absentia",
              "Government of Egypt", "indirect"),
        quote("he plans to visit Egypt and to host Sisi in Turkey", "Recep Tayyip Erdoğan", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["CAIRO", "Cairo"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt", "Cairo"]),
        entity("Egypt", "LOC", "EGY", ["Egypt", "Egypt's"]),
        entity("Government of Turkey", "ORG", "TUR", ["Turkey", "Ankara"]),
        entity("Turkey", "LOC", "TUR", ["Turkey", "southern Turkey"]),
        entity("Ankara", "LOC", "TUR", ["Ankara"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["the two foreign ministries",
                                                                       "Egypt's foreign ministry"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["the two foreign ministries"]),
        entity("Salih Mutlu Şen", "PER", "TUR", ["Salih Mutlu Sen"]),
        entity("Amr Elhamamy", "PER", "EGY", ["Amr Elhamamy"]),
        entity("Mohamed Morsi", "PER", "EGY", ["Islamist President Mohamed Mursi"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Turkish President Tayyip Erdogan", "Erdogan", "him", "he"]),
        entity("Hüseyin Avni Botsalı", "PER", "TUR", ["the Turkish ambassador"]),
        entity("Abdel Fattah al-Sisi", "PER", "EGY", ["Egyptian President Abdel Fattah al-Sisi", "Sisi"]),
        entity("2022 FIFA World Cup", "MISC", "QAT", ["the soccer World Cup"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Sameh Shoukry", "PER", "EGY", ["Egyptian Foreign Minister Sameh Shoukry", "his"]),
        entity("Mersin", "LOC", "TUR", ["the port city of Mersin"]),
        entity("Mevlüt Çavuşoğlu", "PER", "TUR", ["his then Turkish counterpart Mevlut Cavusoglu", "Cavusoglu"]),
        entity("Egyptian aid ship", "MISC", "EGY", ["an Egyptian aid ship"]),
        entity("Hakan Fidan", "PER", "TUR", ["Turkish Foreign Minister Hakan Fidan"]),
        entity("Ahmed Abu Zeid", "PER", "EGY", ["Egypt's foreign ministry spokesman Ahmed Abu Zeid"]),
        entity("Libya", "LOC", "LBY", ["Libya", "Libya's", "the country"]),
        entity("Turkish Armed Forces", "ORG", "TUR", ["troops"]),
        entity("Muslim Brotherhood", "ORG", "EGY", ["Egypt's outlawed Muslim Brotherhood"]),
        entity("convicted Muslim Brotherhood members", "PER", "EGY",
               ["members of Egypt's outlawed Muslim Brotherhood who were convicted in absentia", "them"]),
        entity("Egyptian opposition television channels in Istanbul", "ORG", "EGY",
               ["Egyptian opposition television channels based in Istanbul"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
