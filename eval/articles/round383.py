"""Round 383: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm383-de-01: Morocco: a Rabat court sentences feminist activist Ibtissam Lachgar to 30 months and a fine for offending Islam over her T-shirt photo; the prosecutors' inquiry and her August arrest, her lawyer objects and appeals, the AMDH and Amnesty condemn and demand her release, a vigil outside the court, Benkirane accuses her (2025-09-03).
- hm383-de-02: Syria/Israel: an Israeli raid to arrest suspected al-Jamaa al-Islamiya members in Beit Jinn turns into a gunfight and air strikes, 13 dead per SANA; the army's account of gunmen wounding six soldiers, Syria's foreign ministry calls it a war crime and appeals to the Security Council, Katz threatens, Qatar, Jordan and Saudi Arabia condemn (2025-11-28).
- hm383-de-03: Lebanon: Pope Leo XIV arrives in Beirut; Aoun receives him at the airport, meetings with Aoun, Berri and Salam at Baabda, the pope's appeal for peace, Aoun asks for help against Israeli attacks, the Tabatabai killing recalled, Hezbollah's open letter, troops and police deployed (2025-11-30).
- hm383-de-04: Algeria/France: Algeria's National People's Assembly passes a law declaring French colonisation a state crime and demanding an apology, reparations and archives; Boughali speaks of a historic day, the Quai d'Orsay objects but wants dialogue, Macron's Western Sahara move, the ambassador's recall, the Sansal pardon at Steinmeier's request and Gleizes' upheld sentence recalled (2025-12-24).
- hm383-en-01: Yemen/Netherlands: the Houthis claim a cruise-missile attack on the Dutch-flagged cargo ship Minervagracht in the Gulf of Aden; UKMTO and Aspides report two injured and the crew evacuated, van Weel and the EU condemn, Saree threatens more attacks, the sinking of the Magic Seas and Eternity C and the killing of al-Rahawi recalled (2025-09-30).
- hm383-en-02: Israel/Jerusalem: Ben-Gvir prays openly at the Al-Aqsa compound on Tisha B'Av and urges the conquest of Gaza; Netanyahu's office says the status quo is unchanged, Jordan, the Palestinian Authority, Saudi Arabia, Egypt, Qatar, Turkey and Hamas condemn, Abu Rudeineh appeals to Washington (2025-08-03).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm383-de-01 (Morocco, Ibtissam Lachgar sentenced)
RABAT_COURT = actor("Rabat Court of First Instance", "MAR", "JUD")
LACHGAR = actor("Ibtissam Lachgar", "MAR", "CVL")
MAR_PROSECUTION = actor("Public Prosecutor's Office of Morocco", "MAR", "JUD")
MAR_POLICE = actor("Moroccan police", "MAR", "COP")
LACHGAR_LAWYER = actor("lawyer of Ibtissam Lachgar", "MAR", "CVL")
AMDH = actor("Moroccan Association for Human Rights", "MAR", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
MAR_AUTHORITIES = actor("Moroccan authorities", "MAR", "GOV")
LACHGAR_SUPPORTERS = actor("supporters of Ibtissam Lachgar", "MAR", "CVL")
BENKIRANE = actor("Abdelilah Benkirane", "MAR", "OPP")

L1 = ("Rabat (dpa) - Ein marokkanisches Gericht hat die Frauenrechtlerin Ibtissam Lachgar wegen Beleidigung des "
      "Islams zu zweieinhalb Jahren Haft verurteilt.")
L2 = ("Das Gericht erster Instanz in Rabat verhängte am Mittwoch zudem eine Geldstrafe von 50.000 Dirham (rund 4.700 "
      "Euro), wie ihre Verteidigung mitteilte.")
L3 = ("Die 50-Jährige hatte Ende Juli im Internet ein Foto von sich veröffentlicht, auf dem sie ein T-Shirt mit der "
      "arabischen Aufschrift „Allah ist lesbisch“ trägt.")
L4 = ("Nach einer Welle empörter Kommentare in sozialen Netzwerken leitete die Staatsanwaltschaft Ermittlungen ein, am "
      "10. August wurde Lachgar in Rabat festgenommen.")
L5 = ("Die Anklage stützte sich auf einen Artikel des Strafgesetzbuchs, der für die öffentliche Beleidigung des Islams "
      "bis zu fünf Jahre Haft vorsieht.")
L6 = "Ihre Anwältin kündigte Berufung an und sprach von einem „Urteil gegen die Gewissensfreiheit“."
L7 = ("Ihre Mandantin sei an Krebs erkrankt und benötige eine Behandlung, die im Gefängnis nicht gewährleistet sei, "
      "sagte sie vor Journalisten.")
L8 = ("Lachgar hatte vor Gericht erklärt, sie habe niemanden verletzen wollen, sondern sich für die Freiheit des "
      "Glaubens und des Unglaubens eingesetzt.")
L9 = ("Die Marokkanische Menschenrechtsvereinigung AMDH verurteilte den Richterspruch als „schweren Rückschlag für die "
      "individuellen Freiheiten“ und forderte die sofortige Freilassung der Aktivistin.")
L10 = ("Auch Amnesty International nannte die Strafe „absurd“ und rief die marokkanischen Behörden auf, das Urteil "
       "aufzuheben.")
L11 = ("Vor dem Gerichtsgebäude hatten sich am Morgen einige Dutzend Unterstützer zu einer Mahnwache versammelt.")
L12 = "Sie hielten Schilder mit der Aufschrift „Freiheit für Betty“ hoch, wie Lachgar von Freunden genannt wird."
L13 = "Aus dem konservativen Lager kam dagegen Zustimmung."
L14 = ("Der Vorsitzende der islamistischen Partei PJD, Ex-Regierungschef Abdelilah Benkirane, warf Lachgar vor, die "
       "religiösen Gefühle von Millionen Marokkanern bewusst verletzt zu haben.")
L15 = ("Lachgar ist Mitgründerin der Bewegung MALI, die sich für sexuelle Selbstbestimmung und die Abschaffung von "
       "Strafen für außerehelichen Sex und Homosexualität einsetzt.")
L16 = ("Die Gruppe sorgt seit ihrer Gründung 2009 mit provokanten Aktionen immer wieder für Aufsehen.")
L17 = ("In Marokko ist der Islam Staatsreligion, König Mohammed VI. trägt den Titel eines Beherrschers der "
       "Gläubigen.")

DE01 = {
    "id": "hm383-de-01", "lang": "de", "url": None, "published": "2025-09-03",
    "title": "Marokkanische Frauenrechtlerin wegen Islam-Beleidigung verurteilt",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8], [L9, L10, L11, L12], [L13, L14], [L15, L16, L17]),
    "events": [
        event("SANCTION", RABAT_COURT, LACHGAR, L1, mode="convict", location_country="MAR"),
        event("COERCE", RABAT_COURT, LACHGAR, L1, mode="arrest", location_country="MAR"),
        event("SANCTION", RABAT_COURT, LACHGAR, L2, mode="convict", date="2025-09-03", location="Rabat",
              location_country="MAR"),
        event("ACCUSE", MAR_PROSECUTION, LACHGAR, L4, mode="investigate"),
        event("COERCE", MAR_POLICE, LACHGAR, L4, mode="arrest", date="2025-08-10", location="Rabat",
              location_country="MAR"),
        event("ACCUSE", LACHGAR_LAWYER, RABAT_COURT, L6, mode="disapprove"),
        event("ACCUSE", AMDH, RABAT_COURT, L9, mode="disapprove"),
        event("REQUEST", AMDH, MAR_AUTHORITIES, L9, mode="yield"),
        event("ACCUSE", AMNESTY, RABAT_COURT, L10, mode="disapprove"),
        event("REQUEST", AMNESTY, MAR_AUTHORITIES, L10, mode="yield"),
        event("PROTEST", LACHGAR_SUPPORTERS, MAR_AUTHORITIES, L11, mode="demo", date="2025-09-03", location="Rabat",
              location_country="MAR"),
        event("ACCUSE", BENKIRANE, LACHGAR, L14, mode="disapprove"),
    ],
    "quotes": [
        quote("Das Gericht erster Instanz in Rabat verhängte am Mittwoch zudem eine Geldstrafe von 50.000 Dirham (rund "
              "4.700 Euro)", "lawyer of Ibtissam Lachgar", "indirect"),
        quote("Allah ist lesbisch", "Ibtissam Lachgar", "direct"),
        quote("Urteil gegen die Gewissensfreiheit", "lawyer of Ibtissam Lachgar", "direct"),
        quote("Ihre Mandantin sei an Krebs erkrankt und benötige eine Behandlung, die im Gefängnis nicht gewährleistet "
              "sei", "lawyer of Ibtissam Lachgar", "indirect"),
        quote("sie habe niemanden verletzen wollen, sondern sich für die Freiheit des Glaubens und des Unglaubens "
              "eingesetzt", "Ibtissam Lachgar", "indirect"),
        quote("schweren Rückschlag für die individuellen Freiheiten", "Moroccan Association for Human Rights", "direct"),
        quote("absurd", "Amnesty International", "direct"),
        quote("Freiheit für Betty", "supporters of Ibtissam Lachgar", "direct"),
        quote("die religiösen Gefühle von Millionen Marokkanern bewusst verletzt zu haben", "Abdelilah Benkirane",
              "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Rabat Court of First Instance", "ORG", "MAR", ["Ein marokkanisches Gericht",
                                                              "Das Gericht erster Instanz in Rabat"]),
        entity("Ibtissam Lachgar", "PER", "MAR", ["die Frauenrechtlerin Ibtissam Lachgar", "Die 50-Jährige", "Lachgar",
                                                  "Ihre Mandantin", "der Aktivistin", "Betty"]),
        entity("lawyer of Ibtissam Lachgar", "PER", "MAR", ["ihre Verteidigung", "Ihre Anwältin"]),
        entity("Public Prosecutor's Office of Morocco", "ORG", "MAR", ["die Staatsanwaltschaft"]),
        entity("Moroccan police", "ORG", "MAR", []),
        entity("Moroccan Association for Human Rights", "ORG", "MAR",
               ["Die Marokkanische Menschenrechtsvereinigung AMDH"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Moroccan authorities", "ORG", "MAR", ["die marokkanischen Behörden"]),
        entity("supporters of Ibtissam Lachgar", "PER", "MAR", ["einige Dutzend Unterstützer"]),
        entity("Justice and Development Party", "ORG", "MAR", ["der islamistischen Partei PJD"]),
        entity("Abdelilah Benkirane", "PER", "MAR", ["Der Vorsitzende der islamistischen Partei PJD, "
                                                     "Ex-Regierungschef Abdelilah Benkirane"]),
        entity("Alternative Movement for Individual Liberties", "ORG", "MAR", ["der Bewegung MALI", "Die Gruppe"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI."]),
    ],
}

# ---------------------------------------------------------------- hm383-de-02 (Syria/Israel, raid on Beit Jinn)
ISR_MIL = actor("Israel Defense Forces", "ISR", "MIL")
BEIT_JINN_RESIDENTS = actor("residents of Beit Jinn", "SYR", "CVL")
JAMAA_SUSPECTS = actor("suspected members of al-Jamaa al-Islamiya in Beit Jinn", "SYR", "REB")
BEIT_JINN_GUNMEN = actor("gunmen in Beit Jinn", "SYR", "CVL")
SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
KATZ = actor("Israel Katz", "ISR", "GOV")
QAT_GOV = actor("Government of Qatar", "QAT", "GOV")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")

J1 = ("Damaskus (dpa) - Bei einem israelischen Militäreinsatz in einem Dorf im Südwesten Syriens sind nach Angaben der "
      "staatlichen Nachrichtenagentur Sana mindestens 13 Menschen getötet worden, darunter Frauen und Kinder.")
J2 = ("Israelische Soldaten waren in der Nacht zum Freitag in den Ort Beit Dschinn am Fuße des Hermon-Massivs "
      "vorgedrungen, um Verdächtige festzunehmen, wie die Armee mitteilte.")
J3 = ("Die Gesuchten gehörten der islamistischen Gruppe Dschamaa Islamija an und hätten Anschläge auf israelische "
      "Zivilisten vorbereitet, hieß es.")
J4 = ("Bei dem Zugriff hätten Bewaffnete das Feuer auf die Soldaten eröffnet, sechs von ihnen seien verletzt worden, "
      "drei davon schwer, erklärte ein Armeesprecher.")
J5 = "Die Truppen erwiderten das Feuer und forderten Luftunterstützung an."
J6 = "Kampfflugzeuge und Drohnen griffen anschließend mehrere Gebäude in dem Ort an."
J7 = "Mehrere Angreifer seien dabei getötet und drei Verdächtige festgenommen worden, teilte die Armee mit."
J8 = ("Das syrische Außenministerium verurteilte den Einsatz als „Kriegsverbrechen“ und machte Israel für die Toten "
      "verantwortlich.")
J9 = ("Der Beschuss eines Wohngebiets ziele darauf ab, die Region in einen neuen Konflikt zu stürzen, hieß es in einer "
      "Erklärung.")
J10 = ("Damaskus forderte den UN-Sicherheitsrat auf, Israel zur Einhaltung des Truppenentflechtungsabkommens von 1974 "
       "zu verpflichten.")
J11 = "Bewohner berichteten, Hunderte Familien hätten das Dorf nach den Luftangriffen verlassen."
J12 = ("Verteidigungsminister Israel Katz kündigte an, die Armee werde „mit aller Härte“ gegen jede Bedrohung für die "
       "Bewohner Nordisraels vorgehen.")
J13 = "Katar, Jordanien und Saudi-Arabien verurteilten den Angriff."
J14 = ("Seit dem Sturz des langjährigen Machthabers Baschar al-Assad im Dezember 2024 hält Israel eine Pufferzone auf "
       "den Golanhöhen sowie Teile des Hermon-Massivs besetzt.")
J15 = ("Gespräche über ein Sicherheitsabkommen zwischen beiden Ländern unter Vermittlung der USA waren zuletzt ins "
       "Stocken geraten.")
J16 = ("Die Regierung von Übergangspräsident Ahmed al-Scharaa betont seit Monaten, dass von Syrien keine Gefahr für "
       "seine Nachbarn ausgehe.")

DE02 = {
    "id": "hm383-de-02", "lang": "de", "url": None, "published": "2025-11-28",
    "title": "Tote bei israelischem Militäreinsatz in Syrien",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6, J7], [J8, J9, J10, J11], [J12, J13], [J14, J15, J16]),
    "events": [
        event("ASSAULT", ISR_MIL, BEIT_JINN_RESIDENTS, J1, location="Beit Jinn", location_country="SYR"),
        event("MOBILIZE", ISR_MIL, None, J2, mode="troops", date="2025-11-28", location="Beit Jinn",
              location_country="SYR"),
        event("ACCUSE", ISR_MIL, JAMAA_SUSPECTS, J3, mode="allege"),
        event("ACCUSE", ISR_MIL, BEIT_JINN_GUNMEN, J4, mode="allege"),
        event("ASSAULT", ISR_MIL, BEIT_JINN_GUNMEN, J5, mode="firearms", location="Beit Jinn",
              location_country="SYR"),
        event("ASSAULT", ISR_MIL, BEIT_JINN_RESIDENTS, J6, mode="aerial", location="Beit Jinn",
              location_country="SYR"),
        event("ASSAULT", ISR_MIL, BEIT_JINN_GUNMEN, J7, location="Beit Jinn", location_country="SYR"),
        event("COERCE", ISR_MIL, JAMAA_SUSPECTS, J7, mode="arrest", location="Beit Jinn", location_country="SYR"),
        event("ACCUSE", SYR_MFA, ISR_GOV, J8, mode="disapprove"),
        event("ACCUSE", SYR_MFA, ISR_GOV, J9, mode="allege"),
        event("REQUEST", SYR_GOV, UNSC, J10, mode="change"),
        event("THREATEN", KATZ, None, J12),
        event("ACCUSE", QAT_GOV, ISR_GOV, J13, mode="disapprove"),
        event("ACCUSE", JOR_GOV, ISR_GOV, J13, mode="disapprove"),
        event("ACCUSE", SAU_GOV, ISR_GOV, J13, mode="disapprove"),
    ],
    "quotes": [
        quote("Bei einem israelischen Militäreinsatz in einem Dorf im Südwesten Syriens sind nach Angaben der "
              "staatlichen Nachrichtenagentur Sana mindestens 13 Menschen getötet worden, darunter Frauen und Kinder",
              "Syrian Arab News Agency", "indirect"),
        quote("Israelische Soldaten waren in der Nacht zum Freitag in den Ort Beit Dschinn am Fuße des Hermon-Massivs "
              "vorgedrungen, um Verdächtige festzunehmen", "Israel Defense Forces", "indirect"),
        quote("Die Gesuchten gehörten der islamistischen Gruppe Dschamaa Islamija an und hätten Anschläge auf "
              "israelische Zivilisten vorbereitet", "Israel Defense Forces", "indirect"),
        quote("Bei dem Zugriff hätten Bewaffnete das Feuer auf die Soldaten eröffnet, sechs von ihnen seien verletzt "
              "worden, drei davon schwer", "Israel Defense Forces", "indirect"),
        quote("Mehrere Angreifer seien dabei getötet und drei Verdächtige festgenommen worden", "Israel Defense Forces",
              "indirect"),
        quote("Kriegsverbrechen", "Ministry of Foreign Affairs of Syria", "direct"),
        quote("Der Beschuss eines Wohngebiets ziele darauf ab, die Region in einen neuen Konflikt zu stürzen",
              "Ministry of Foreign Affairs of Syria", "indirect"),
        quote("Hunderte Familien hätten das Dorf nach den Luftangriffen verlassen", "residents of Beit Jinn",
              "indirect"),
        quote("mit aller Härte", "Israel Katz", "direct"),
        quote("die Armee werde „mit aller Härte“ gegen jede Bedrohung für die Bewohner Nordisraels vorgehen",
              "Israel Katz", "indirect"),
        quote("dass von Syrien keine Gefahr für seine Nachbarn ausgehe", "Government of Syria", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Syria", "LOC", "SYR", ["Syriens", "Syrien"]),
        entity("Syrian Arab News Agency", "ORG", "SYR", ["der staatlichen Nachrichtenagentur Sana"]),
        entity("residents of Beit Jinn", "PER", "SYR", ["mindestens 13 Menschen", "Bewohner", "Hunderte Familien"]),
        entity("Beit Jinn", "LOC", "SYR", ["einem Dorf im Südwesten Syriens", "den Ort Beit Dschinn", "dem Ort",
                                           "das Dorf"]),
        entity("Mount Hermon", "LOC", "SYR", ["Hermon-Massivs"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israelische Soldaten", "die Armee", "die Soldaten",
                                                       "Die Truppen", "Kampfflugzeuge und Drohnen"]),
        entity("spokesperson of the Israel Defense Forces", "PER", "ISR", ["ein Armeesprecher"]),
        entity("suspected members of al-Jamaa al-Islamiya in Beit Jinn", "PER", "SYR", ["Verdächtige",
                                                                                        "Die Gesuchten",
                                                                                        "drei Verdächtige"]),
        entity("al-Jamaa al-Islamiya", "ORG", "LBN", ["der islamistischen Gruppe Dschamaa Islamija"]),
        entity("Israeli civilians", "PER", "ISR", ["israelische Zivilisten"]),
        entity("gunmen in Beit Jinn", "PER", "SYR", ["Bewaffnete", "Mehrere Angreifer"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das syrische Außenministerium"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Government of Syria", "ORG", "SYR", ["Damaskus", "Die Regierung von Übergangspräsident Ahmed "
                                                                 "al-Scharaa"]),
        entity("United Nations Security Council", "ORG", "UNO", ["den UN-Sicherheitsrat"]),
        entity("Israel Katz", "PER", "ISR", ["Verteidigungsminister Israel Katz"]),
        entity("Northern Israel", "LOC", "ISR", ["Nordisraels"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Jordan", "LOC", "JOR", ["Jordanien"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Bashar al-Assad", "PER", "SYR", ["des langjährigen Machthabers Baschar al-Assad"]),
        entity("Golan Heights", "LOC", "SYR", ["den Golanhöhen"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa"]),
    ],
}

# ---------------------------------------------------------------- hm383-de-03 (Lebanon, Pope Leo XIV in Beirut)
LEO = actor("Pope Leo XIV", "VAT", "REL")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
AOUN = actor("Joseph Aoun", "LBN", "GOV")
BERRI = actor("Nabih Berri", "LBN", "LEG")
SALAM = actor("Nawaf Salam", "LBN", "GOV")
LEBANESE = actor("Lebanese people", "LBN", "CVL")
ISR_MIL3 = actor("Israel Defense Forces", "ISR", "MIL")
TABATABAI = actor("Haytham Ali Tabatabai", "LBN", "REB")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")
ISR_GOV3 = actor("Government of Israel", "ISR", "GOV")
LBN_ARMY = actor("Lebanese Armed Forces", "LBN", "MIL")
LBN_ISF = actor("Lebanese Internal Security Forces", "LBN", "COP")

P1 = ("Beirut (dpa) - Papst Leo XIV. ist zum ersten Besuch eines Kirchenoberhaupts im Libanon seit 13 Jahren in Beirut "
      "eingetroffen.")
P2 = ("Präsident Joseph Aoun empfing den 70-Jährigen am Sonntagnachmittag mit militärischen Ehren und 21 "
      "Salutschüssen auf dem Flughafen der Hauptstadt.")
P3 = ("Im Präsidentenpalast in Baabda traf der aus Istanbul kommende Papst anschließend zunächst Aoun und danach "
      "getrennt Parlamentspräsident Nabih Berri sowie Ministerpräsident Nawaf Salam.")
P4 = ("In einer Rede vor Politikern, Geistlichen und Diplomaten rief Leo die Libanesen auf, trotz Krieg und "
      "Wirtschaftskrise „Friedensstifter“ zu bleiben.")
P5 = ("„Frieden ist weit mehr als die Abwesenheit von Krieg, er muss jeden Tag neu aufgebaut werden“, sagte der "
      "Papst.")
P6 = "Die Angriffe und Feindseligkeiten müssten aufhören, forderte er, ohne Israel oder die Hisbollah beim Namen zu nennen."
P7 = ("Aoun bat das Oberhaupt der katholischen Kirche, sich international für ein Ende der israelischen Angriffe auf "
      "den Süden des Landes einzusetzen.")
P8 = ("Der Libanon sei das einzige Land der Region, in dem Christen und Muslime die Macht gleichberechtigt teilten, "
      "sagte der maronitische Christ.")
P9 = "Trotz einer seit November 2024 geltenden Waffenruhe greift Israel nahezu täglich Ziele im Libanon an."
P10 = ("Erst vor einer Woche hatte die israelische Luftwaffe bei einem Angriff auf einen südlichen Vorort Beiruts den "
       "Generalstabschef der Hisbollah, Haitham Ali Tabatabai, getötet.")
P11 = "Die Schiitenmiliz hatte den Papst vor dessen Ankunft in einem offenen Brief willkommen geheißen."
P12 = ("Darin warf sie Israel vor, die Souveränität des Libanons täglich zu verletzen, und bat Leo, sich gegen das "
       "„Unrecht“ zu stellen, das dem Land widerfahre.")
P13 = ("Die Armee und die Sicherheitskräfte zogen für den dreitägigen Besuch Tausende Soldaten und Polizisten in der "
       "Hauptstadt zusammen.")
P14 = "Am Montag will der Papst am Grab des heiligen Scharbel im Bergdorf Annaya beten."
P15 = ("Zum Abschluss der Reise wird er am Dienstag am Hafen von Beirut der Opfer der verheerenden Explosion von 2020 "
       "gedenken und an der Uferpromenade eine Messe feiern, zu der mehr als 100.000 Gläubige erwartet werden.")

DE03 = {
    "id": "hm383-de-03", "lang": "de", "url": None, "published": "2025-11-30",
    "title": "Papst Leo XIV. im Libanon eingetroffen",
    "text": paragraphs([P1, P2, P3], [P4, P5, P6], [P7, P8], [P9, P10, P11, P12], [P13, P14, P15]),
    "events": [
        event("CONSULT", LEO, LBN_GOV, P1, mode="visit", location="Beirut", location_country="LBN"),
        event("CONSULT", LEO, AOUN, P2, mode="visit", date="2025-11-30", location="Beirut", location_country="LBN"),
        event("CONSULT", LEO, AOUN, P3, mode="visit", date="2025-11-30", location="Baabda", location_country="LBN"),
        event("CONSULT", LEO, BERRI, P3, mode="visit", date="2025-11-30", location="Baabda", location_country="LBN"),
        event("CONSULT", LEO, SALAM, P3, mode="visit", date="2025-11-30", location="Baabda", location_country="LBN"),
        event("REQUEST", LEO, LEBANESE, P4),
        event("REQUEST", LEO, None, P6, mode="yield"),
        event("REQUEST", AOUN, LEO, P7, mode="assist"),
        event("ASSAULT", ISR_MIL3, TABATABAI, P10, mode="aerial", date="2025-11-23", location="Beirut",
              location_country="LBN"),
        event("SUPPORT", HEZBOLLAH, LEO, P11),
        event("ACCUSE", HEZBOLLAH, ISR_GOV3, P12, mode="allege"),
        event("REQUEST", HEZBOLLAH, LEO, P12, mode="assist"),
        event("MOBILIZE", LBN_ARMY, None, P13, mode="troops", location="Beirut", location_country="LBN"),
        event("MOBILIZE", LBN_ISF, None, P13, mode="police", location="Beirut", location_country="LBN"),
    ],
    "quotes": [
        quote("Friedensstifter", "Pope Leo XIV", "direct"),
        quote("Frieden ist weit mehr als die Abwesenheit von Krieg, er muss jeden Tag neu aufgebaut werden",
              "Pope Leo XIV", "direct"),
        quote("Die Angriffe und Feindseligkeiten müssten aufhören", "Pope Leo XIV", "indirect"),
        quote("Der Libanon sei das einzige Land der Region, in dem Christen und Muslime die Macht gleichberechtigt "
              "teilten", "Joseph Aoun", "indirect"),
        quote("die Souveränität des Libanons täglich zu verletzen", "Hezbollah", "indirect"),
        quote("Unrecht", "Hezbollah", "direct"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut", "der Hauptstadt", "Beiruts"]),
        entity("Pope Leo XIV", "PER", "VAT", ["Papst Leo XIV.", "den 70-Jährigen", "der aus Istanbul kommende Papst",
                                               "Leo", "der Papst", "er", "das Oberhaupt der katholischen Kirche",
                                               "den Papst"]),
        entity("Lebanon", "LOC", "LBN", ["im Libanon", "des Landes", "Der Libanon", "des Libanons", "dem Land"]),
        entity("Joseph Aoun", "PER", "LBN", ["Präsident Joseph Aoun", "Aoun", "der maronitische Christ"]),
        entity("Beirut–Rafic Hariri International Airport", "LOC", "LBN", ["dem Flughafen der Hauptstadt"]),
        entity("Baabda Palace", "LOC", "LBN", ["Im Präsidentenpalast in Baabda"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri"]),
        entity("Nawaf Salam", "PER", "LBN", ["Ministerpräsident Nawaf Salam"]),
        entity("Lebanese people", "PER", "LBN", ["die Libanesen"]),
        entity("Government of Israel", "ORG", "ISR", ["Israel"]),
        entity("Hezbollah", "ORG", "LBN", ["die Hisbollah", "der Hisbollah", "Die Schiitenmiliz", "sie"]),
        entity("Catholic Church", "ORG", "VAT", ["der katholischen Kirche"]),
        entity("Israeli Air Force", "ORG", "ISR", ["die israelische Luftwaffe"]),
        entity("Haytham Ali Tabatabai", "PER", "LBN", ["den Generalstabschef der Hisbollah, Haitham Ali Tabatabai"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die Armee"]),
        entity("Lebanese Internal Security Forces", "ORG", "LBN", ["die Sicherheitskräfte"]),
        entity("Saint Charbel", "PER", "LBN", ["des heiligen Scharbel"]),
        entity("Annaya", "LOC", "LBN", ["im Bergdorf Annaya"]),
        entity("Port of Beirut", "LOC", "LBN", ["am Hafen von Beirut"]),
    ],
}

# ---------------------------------------------------------------- hm383-de-04 (Algeria/France, colonisation law)
APN = actor("National People's Assembly of Algeria", "DZA", "LEG")
FRA_GOV = actor("Government of France", "FRA", "GOV")
FRA_MFA = actor("Ministry for Europe and Foreign Affairs of France", "FRA", "GOV")
DZA_GOV = actor("Government of Algeria", "DZA", "GOV")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
TEBBOUNE = actor("Abdelmadjid Tebboune", "DZA", "GOV")
SANSAL = actor("Boualem Sansal", "DZA", "CVL")
STEINMEIER = actor("Frank-Walter Steinmeier", "DEU", "GOV")
TIZI_COURT = actor("Tizi Ouzou Court of Appeal", "DZA", "JUD")
GLEIZES = actor("Christophe Gleizes", "FRA", "CVL")

A1 = ("Algier (dpa) - Algeriens Parlament hat die französische Kolonialherrschaft per Gesetz zum Staatsverbrechen "
      "erklärt und von Frankreich eine offizielle Entschuldigung sowie Entschädigungen verlangt.")
A2 = ("Die Abgeordneten der Nationalen Volksversammlung stimmten am Mittwoch einstimmig für den Text, viele von ihnen "
      "trugen Schals in den Nationalfarben.")
A3 = ("Das Gesetz listet für die Zeit von 1830 bis 1962 unter anderem Massaker, Folter, Deportationen und die "
      "Atomtests in der Sahara als Verbrechen der Kolonialmacht auf.")
A4 = ("Zudem verlangt es die Rückgabe von Archiven und Kulturgütern sowie die Sanierung der früheren Testgelände.")
A5 = "Wer den Kolonialismus öffentlich verherrlicht, muss künftig mit einer Haftstrafe rechnen."
A6 = "Parlamentspräsident Ibrahim Boughali sprach von einem „historischen Tag“."
A7 = "„Die Erinnerung an unsere Märtyrer ist nicht verhandelbar“, sagte er vor dem Plenum."
A8 = "Das französische Außenministerium nannte das Gesetz eine „offenkundig feindselige Initiative“."
A9 = ("Sie laufe den Bemühungen um eine Wiederaufnahme des Dialogs zwischen beiden Ländern zuwider, hieß es aus dem "
      "Ministerium.")
A10 = "Paris wolle dennoch weiter an einer Annäherung arbeiten."
A11 = ("Die Beziehungen sind seit dem Sommer 2024 schwer belastet, als Präsident Emmanuel Macron sich hinter Marokkos "
       "Autonomieplan für die umstrittene Westsahara stellte.")
A12 = "Algier zog damals seinen Botschafter aus Paris ab."
A13 = ("Mitte November hatte Präsident Abdelmadjid Tebboune den französisch-algerischen Schriftsteller Boualem Sansal "
       "auf Bitten von Bundespräsident Frank-Walter Steinmeier begnadigt, der Autor wurde nach Deutschland "
       "ausgeflogen.")
A14 = ("Anfang Dezember bestätigte ein Berufungsgericht in Tizi Ouzou dagegen die siebenjährige Haftstrafe gegen den "
       "französischen Sportjournalisten Christophe Gleizes.")
A15 = ("Macron hat eine offizielle Entschuldigung Frankreichs für die Kolonialzeit bislang stets ausgeschlossen.")
A16 = ("Der Gesetzestext muss noch vom Rat der Nation, der zweiten Parlamentskammer, gebilligt werden, was als "
       "Formsache gilt.")

DE04 = {
    "id": "hm383-de-04", "lang": "de", "url": None, "published": "2025-12-24",
    "title": "Algerien erklärt Kolonialzeit per Gesetz zum Verbrechen",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7], [A8, A9, A10], [A11, A12, A13, A14], [A15, A16]),
    "events": [
        event("ACCUSE", APN, FRA_GOV, A1, mode="allege"),
        event("REQUEST", APN, FRA_GOV, A1),
        event("ACCUSE", APN, FRA_GOV, A3, mode="allege"),
        event("REQUEST", APN, FRA_GOV, A4),
        event("ACCUSE", FRA_MFA, APN, A8, mode="disapprove"),
        event("ACCUSE", FRA_MFA, APN, A9, mode="disapprove"),
        event("AGREE", FRA_MFA, DZA_GOV, A10),
        event("SUPPORT", MACRON, MAR_GOV, A11),
        event("SANCTION", DZA_GOV, FRA_GOV, A12, mode="withdraw"),
        event("RETREAT", TEBBOUNE, SANSAL, A13, mode="release"),
        event("REQUEST", STEINMEIER, TEBBOUNE, A13, mode="yield"),
        event("SANCTION", TIZI_COURT, GLEIZES, A14, mode="convict", location="Tizi Ouzou", location_country="DZA"),
        event("COERCE", TIZI_COURT, GLEIZES, A14, mode="arrest", location="Tizi Ouzou", location_country="DZA"),
        event("REJECT", MACRON, DZA_GOV, A15),
    ],
    "quotes": [
        quote("historischen Tag", "Ibrahim Boughali", "direct"),
        quote("Die Erinnerung an unsere Märtyrer ist nicht verhandelbar", "Ibrahim Boughali", "direct"),
        quote("offenkundig feindselige Initiative", "Ministry for Europe and Foreign Affairs of France", "direct"),
        quote("Sie laufe den Bemühungen um eine Wiederaufnahme des Dialogs zwischen beiden Ländern zuwider",
              "Ministry for Europe and Foreign Affairs of France", "indirect"),
        quote("Paris wolle dennoch weiter an einer Annäherung arbeiten", "Ministry for Europe and Foreign Affairs of "
                                                                          "France", "indirect"),
    ],
    "entities": [
        entity("Algiers", "LOC", "DZA", ["Algier"]),
        entity("Algeria", "LOC", "DZA", ["Algeriens"]),
        entity("National People's Assembly of Algeria", "ORG", "DZA", ["Algeriens Parlament",
                                                                       "Die Abgeordneten der Nationalen "
                                                                       "Volksversammlung"]),
        entity("France", "LOC", "FRA", ["Frankreich", "Frankreichs"]),
        entity("Sahara", "LOC", "DZA", ["der Sahara"]),
        entity("Ibrahim Boughali", "PER", "DZA", ["Parlamentspräsident Ibrahim Boughali", "er"]),
        entity("Ministry for Europe and Foreign Affairs of France", "ORG", "FRA", ["Das französische "
                                                                                  "Außenministerium",
                                                                                  "dem Ministerium"]),
        entity("Government of France", "ORG", "FRA", ["Paris"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Präsident Emmanuel Macron", "Macron"]),
        entity("Morocco", "LOC", "MAR", ["Marokkos"]),
        entity("Western Sahara", "LOC", "ESH", ["die umstrittene Westsahara"]),
        entity("Government of Algeria", "ORG", "DZA", ["Algier"]),
        entity("ambassador of Algeria to France", "PER", "DZA", ["seinen Botschafter"]),
        entity("Abdelmadjid Tebboune", "PER", "DZA", ["Präsident Abdelmadjid Tebboune"]),
        entity("Boualem Sansal", "PER", "DZA", ["den französisch-algerischen Schriftsteller Boualem Sansal",
                                                "der Autor"]),
        entity("Frank-Walter Steinmeier", "PER", "DEU", ["Bundespräsident Frank-Walter Steinmeier"]),
        entity("Germany", "LOC", "DEU", ["Deutschland"]),
        entity("Tizi Ouzou Court of Appeal", "ORG", "DZA", ["ein Berufungsgericht in Tizi Ouzou"]),
        entity("Tizi Ouzou", "LOC", "DZA", ["Tizi Ouzou"]),
        entity("Christophe Gleizes", "PER", "FRA", ["den französischen Sportjournalisten Christophe Gleizes"]),
        entity("Council of the Nation", "ORG", "DZA", ["vom Rat der Nation, der zweiten Parlamentskammer"]),
    ],
}

# ---------------------------------------------------------------- hm383-en-01 (Yemen, Houthis hit the Minervagracht)
HOUTHIS = actor("Houthis", "YEM", "REB")
MINERVAGRACHT = actor("Minervagracht", "NLD", "BUS")
SAREE = actor("Yahya Saree", "YEM", "REB")
SPLIETHOFF = actor("Spliethoff", "NLD", "BUS")
ASPIDES = actor("EUNAVFOR Aspides", "EUR", "MIL")
MINERVA_CREW = actor("crew of the Minervagracht", "NLD", "CVL")
VAN_WEEL = actor("David van Weel", "NLD", "GOV")
EEAS = actor("European External Action Service", "EUR", "IGO")
MAGIC_SEAS = actor("Magic Seas", "GRC", "BUS")
ETERNITY_C = actor("Eternity C", "GRC", "BUS")
ISR_MIL_EN = actor("Israel Defense Forces", "ISR", "MIL")
RAHAWI = actor("Ahmed al-Rahawi", "YEM", "REB")
HOUTHI_MINISTERS = actor("Houthi ministers killed in Sanaa", "YEM", "REB")

M1 = ("DUBAI (Reuters) - Yemen's Houthi movement said on Tuesday it had attacked the Dutch-flagged cargo ship "
      "Minervagracht in the Gulf of Aden, a day after the vessel was struck and set ablaze, forcing its crew to "
      "abandon ship.")
M2 = ("Houthi military spokesman Yahya Saree said in a televised statement that the group had hit the ship with a "
      "cruise missile because its owner had breached the group's ban on entering Israeli ports.")
M3 = ("The ship was hit on Monday about 128 nautical miles southeast of Aden, Britain's United Kingdom Maritime Trade "
      "Operations (UKMTO) agency said.")
M4 = ("Two of the 19 crew members were injured, one of them seriously, according to the European Union's naval "
      "mission in the region, Aspides.")
M5 = ("Aspides said helicopters from one of its frigates had evacuated all crew members and flown the injured to "
      "Djibouti for treatment.")
M6 = ("Images released by the mission showed thick black smoke billowing from the ship, which was left drifting and "
      "on fire.")
M7 = ("Amsterdam-based Spliethoff, which operates the Minervagracht, said it was in close contact with the crew's "
      "families and the Dutch authorities.")
M8 = ("Dutch Foreign Minister David van Weel condemned what he called a \"reprehensible attack on civilian "
      "seafarers.\"")
M9 = "\"The Houthis must stop endangering innocent lives and international shipping now,\" he wrote on X."
M10 = ("The EU's foreign service called the attack a \"serious violation of international law\" and said those "
       "responsible must be held accountable.")
M11 = ("Saree warned that the Houthis would keep targeting the vessels of any company dealing with Israeli ports "
       "\"regardless of their nationality\" until Israel ends its war in Gaza.")
M12 = ("The Iran-aligned group has attacked dozens of merchant ships since November 2023 in what it calls solidarity "
       "with Palestinians in Gaza.")
M13 = ("After a pause during a ceasefire in Gaza earlier this year, the Houthis resumed their campaign in July, "
       "sinking the bulk carriers Magic Seas and Eternity C.")
M14 = ("In August, an Israeli air strike on Sanaa killed the Houthis' prime minister, Ahmed al-Rahawi, and several "
       "members of his cabinet.")
M15 = ("Traffic through the Red Sea and the Suez Canal remains far below pre-war levels, with many shipping lines "
       "still sailing around the Cape of Good Hope.")

EN01 = {
    "id": "hm383-en-01", "lang": "en", "url": None, "published": "2025-09-30",
    "title": "Yemen's Houthis claim attack on Dutch cargo ship in Gulf of Aden",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9, M10], [M11, M12, M13, M14], [M15]),
    "events": [
        event("ASSAULT", HOUTHIS, MINERVAGRACHT, M1, date="2025-09-29", location="Gulf of Aden"),
        event("ASSAULT", HOUTHIS, MINERVAGRACHT, M2, mode="heavy-weapons", location="Gulf of Aden"),
        event("ACCUSE", SAREE, SPLIETHOFF, M2, mode="allege"),
        event("AID", ASPIDES, MINERVA_CREW, M5, location="Gulf of Aden"),
        event("ACCUSE", VAN_WEEL, HOUTHIS, M8, mode="disapprove"),
        event("REQUEST", VAN_WEEL, HOUTHIS, M9, mode="change"),
        event("ACCUSE", EEAS, HOUTHIS, M10, mode="disapprove"),
        event("THREATEN", SAREE, None, M11),
        event("ASSAULT", HOUTHIS, MAGIC_SEAS, M13, location="Red Sea"),
        event("ASSAULT", HOUTHIS, ETERNITY_C, M13, location="Red Sea"),
        event("ASSAULT", ISR_MIL_EN, RAHAWI, M14, mode="aerial", location="Sanaa", location_country="YEM"),
        event("ASSAULT", ISR_MIL_EN, HOUTHI_MINISTERS, M14, mode="aerial", location="Sanaa", location_country="YEM"),
    ],
    "quotes": [
        quote("it had attacked the Dutch-flagged cargo ship Minervagracht in the Gulf of Aden", "Houthis", "indirect"),
        quote("the group had hit the ship with a cruise missile because its owner had breached the group's ban on "
              "entering Israeli ports", "Yahya Saree", "indirect"),
        quote("The ship was hit on Monday about 128 nautical miles southeast of Aden",
              "United Kingdom Maritime Trade Operations", "indirect"),
        quote("Two of the 19 crew members were injured, one of them seriously, according to the European Union's naval "
              "mission in the region, Aspides", "EUNAVFOR Aspides", "indirect"),
        quote("helicopters from one of its frigates had evacuated all crew members and flown the injured to Djibouti "
              "for treatment", "EUNAVFOR Aspides", "indirect"),
        quote("it was in close contact with the crew's families and the Dutch authorities", "Spliethoff", "indirect"),
        quote("reprehensible attack on civilian seafarers", "David van Weel", "direct"),
        quote("The Houthis must stop endangering innocent lives and international shipping now", "David van Weel",
              "direct"),
        quote("serious violation of international law", "European External Action Service", "direct"),
        quote("those responsible must be held accountable", "European External Action Service", "indirect"),
        quote("regardless of their nationality", "Yahya Saree", "direct"),
        quote("the Houthis would keep targeting the vessels of any company dealing with Israeli ports \"regardless of "
              "their nationality\" until Israel ends its war in Gaza", "Yahya Saree", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Yemen", "LOC", "YEM", ["Yemen's"]),
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi movement", "the group", "The Houthis", "the Houthis",
                                         "The Iran-aligned group", "the Houthis'"]),
        entity("Minervagracht", "LOC", "NLD", ["the Dutch-flagged cargo ship Minervagracht", "the vessel", "the ship",
                                               "The ship", "the Minervagracht"]),
        entity("Gulf of Aden", "LOC", "YEM", ["the Gulf of Aden"]),
        entity("crew of the Minervagracht", "PER", "NLD", ["its crew", "Two of the 19 crew members",
                                                           "all crew members", "the injured"]),
        entity("Yahya Saree", "PER", "YEM", ["Houthi military spokesman Yahya Saree", "Saree"]),
        entity("Israel", "LOC", "ISR", ["Israeli ports"]),
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("United Kingdom Maritime Trade Operations", "ORG", "GBR",
               ["Britain's United Kingdom Maritime Trade Operations (UKMTO) agency"]),
        entity("EUNAVFOR Aspides", "ORG", "EUR", ["the European Union's naval mission in the region, Aspides",
                                                  "Aspides", "the mission"]),
        entity("Djibouti", "LOC", "DJI", ["Djibouti"]),
        entity("Spliethoff", "ORG", "NLD", ["Amsterdam-based Spliethoff", "its owner"]),
        entity("Dutch authorities", "ORG", "NLD", ["the Dutch authorities"]),
        entity("David van Weel", "PER", "NLD", ["Dutch Foreign Minister David van Weel", "he"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("European External Action Service", "ORG", "EUR", ["The EU's foreign service"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Magic Seas", "LOC", "GRC", ["Magic Seas"]),
        entity("Eternity C", "LOC", "GRC", ["Eternity C"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["an Israeli air strike"]),
        entity("Sanaa", "LOC", "YEM", ["Sanaa"]),
        entity("Ahmed al-Rahawi", "PER", "YEM", ["the Houthis' prime minister, Ahmed al-Rahawi"]),
        entity("Houthi ministers killed in Sanaa", "PER", "YEM", ["several members of his cabinet"]),
        entity("Red Sea", "LOC", "YEM", ["the Red Sea"]),
        entity("Suez Canal", "LOC", "EGY", ["the Suez Canal"]),
        entity("Cape of Good Hope", "LOC", "ZAF", ["the Cape of Good Hope"]),
    ],
}

# ---------------------------------------------------------------- hm383-en-02 (Israel, Ben-Gvir prays at Al-Aqsa)
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
JOR_GOV2 = actor("Government of Jordan", "JOR", "GOV")
PA = actor("Palestinian Authority", "PSE", "GOV")
ISR_GOV2 = actor("Government of Israel", "ISR", "GOV")
JOR_MFA = actor("Ministry of Foreign Affairs of Jordan", "JOR", "GOV")
ABU_RUDEINEH = actor("Nabil Abu Rudeineh", "PSE", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
SAU_MFA = actor("Ministry of Foreign Affairs of Saudi Arabia", "SAU", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
QAT_GOV2 = actor("Government of Qatar", "QAT", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")

G1 = ("JERUSALEM (AP) — Israel's far-right National Security Minister Itamar Ben-Gvir prayed openly at Jerusalem's "
      "most sensitive holy site on Sunday, in a visit that Jordan and the Palestinian Authority condemned as a "
      "dangerous provocation.")
G2 = ("Video released by Ben-Gvir's office showed the minister leading a group of Jewish visitors in prayer at the "
      "hilltop compound, which Jews revere as the Temple Mount and Muslims know as the Noble Sanctuary, home to "
      "Al-Aqsa Mosque.")
G3 = ("Under a decades-old arrangement known as the status quo, Jews may visit the site but are not permitted to pray "
      "there.")
G4 = ("Ben-Gvir, who has long campaigned for Jewish prayer rights at the compound, went up on Tisha B'Av, an annual "
      "fast day mourning the destruction of the ancient temples.")
G5 = ("In remarks filmed at the site, he urged the government to take control of the entire Gaza Strip, declare "
      "Israeli sovereignty there and encourage Palestinians to leave.")
G6 = ("\"Israel's policy of maintaining the status quo on the Temple Mount has not changed and will not change,\" "
      "Prime Minister Benjamin Netanyahu's office said in a statement.")
G7 = ("Jordan's Foreign Ministry called the visit an \"unacceptable provocation\" and demanded that Israel, as the "
      "occupying power, halt what it described as repeated violations at the site.")
G8 = ("Jordan's Hashemite monarchy serves as custodian of the Muslim and Christian holy sites in Jerusalem, and the "
      "Jordanian-run Islamic Waqf administers the compound.")
G9 = ("The Waqf said about 1,250 Jewish visitors had entered the site by midday under heavy police protection.")
G10 = ("Nabil Abu Rudeineh, a spokesman for Palestinian President Mahmoud Abbas, said the visit \"crossed all red "
       "lines\" and called on the United States to rein in the Israeli government.")
G11 = ("Saudi Arabia's Foreign Ministry condemned what it called the \"provocative practices\" of Israeli officials "
       "at Al-Aqsa.")
G12 = "Egypt, Qatar and Turkey also condemned the visit."
G13 = "Hamas called it part of Israel's \"war of extermination\" against the Palestinian people."
G14 = ("Visits by Israeli politicians to the compound have repeatedly stoked tensions, and Ben-Gvir's earlier trips "
       "there as minister drew warnings from Washington.")
G15 = "The site is the holiest in Judaism and the third-holiest in Islam."

EN02 = {
    "id": "hm383-en-02", "lang": "en", "url": None, "published": "2025-08-03",
    "title": "Israeli minister Ben-Gvir prays at Al-Aqsa compound, drawing Arab condemnation",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6], [G7, G8, G9], [G10, G11, G12, G13], [G14, G15]),
    "events": [
        event("ACCUSE", JOR_GOV2, BEN_GVIR, G1, mode="disapprove"),
        event("ACCUSE", PA, BEN_GVIR, G1, mode="disapprove"),
        event("REQUEST", BEN_GVIR, ISR_GOV2, G5, mode="change", date="2025-08-03", location="Jerusalem",
              location_country="ISR"),
        event("ACCUSE", JOR_MFA, BEN_GVIR, G7, mode="disapprove"),
        event("REQUEST", JOR_MFA, ISR_GOV2, G7, mode="change"),
        event("ACCUSE", ABU_RUDEINEH, BEN_GVIR, G10, mode="disapprove"),
        event("REQUEST", ABU_RUDEINEH, USA_GOV, G10, mode="change"),
        event("ACCUSE", SAU_MFA, ISR_GOV2, G11, mode="disapprove"),
        event("ACCUSE", EGY_GOV, BEN_GVIR, G12, mode="disapprove"),
        event("ACCUSE", QAT_GOV2, BEN_GVIR, G12, mode="disapprove"),
        event("ACCUSE", TUR_GOV, BEN_GVIR, G12, mode="disapprove"),
        event("ACCUSE", HAMAS, ISR_GOV2, G13, mode="disapprove"),
    ],
    "quotes": [
        quote("Israel's policy of maintaining the status quo on the Temple Mount has not changed and will not change",
              "Office of the Prime Minister of Israel", "direct"),
        quote("unacceptable provocation", "Ministry of Foreign Affairs of Jordan", "direct"),
        quote("Israel, as the occupying power, halt what it described as repeated violations at the site",
              "Ministry of Foreign Affairs of Jordan", "indirect"),
        quote("about 1,250 Jewish visitors had entered the site by midday under heavy police protection",
              "Islamic Waqf of Jerusalem", "indirect"),
        quote("crossed all red lines", "Nabil Abu Rudeineh", "direct"),
        quote("the visit \"crossed all red lines\"", "Nabil Abu Rudeineh", "indirect"),
        quote("provocative practices", "Ministry of Foreign Affairs of Saudi Arabia", "direct"),
        quote("war of extermination", "Hamas", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM", "Jerusalem's", "Jerusalem"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Israel's far-right National Security Minister Itamar Ben-Gvir",
                                                 "Ben-Gvir's", "the minister", "Ben-Gvir", "he"]),
        entity("Temple Mount / Al-Aqsa compound", "LOC", "ISR", ["Jerusalem's most sensitive holy site",
                                                                 "the hilltop compound", "the Temple Mount",
                                                                 "the Noble Sanctuary", "the site", "the compound"]),
        entity("Al-Aqsa Mosque", "LOC", "ISR", ["Al-Aqsa Mosque", "Al-Aqsa"]),
        entity("Government of Jordan", "ORG", "JOR", ["Jordan"]),
        entity("Palestinian Authority", "ORG", "PSE", ["the Palestinian Authority"]),
        entity("Office of Itamar Ben-Gvir", "ORG", "ISR", ["Ben-Gvir's office"]),
        entity("Jewish visitors", "PER", "ISR", ["a group of Jewish visitors", "about 1,250 Jewish visitors"]),
        entity("Gaza Strip", "LOC", "PSE", ["the entire Gaza Strip"]),
        entity("Government of Israel", "ORG", "ISR", ["the government", "Israel", "the Israeli government"]),
        entity("Palestinians", "PER", "PSE", ["Palestinians"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu's"]),
        entity("Office of the Prime Minister of Israel", "ORG", "ISR", ["Prime Minister Benjamin Netanyahu's office"]),
        entity("Ministry of Foreign Affairs of Jordan", "ORG", "JOR", ["Jordan's Foreign Ministry"]),
        entity("Hashemite monarchy of Jordan", "ORG", "JOR", ["Jordan's Hashemite monarchy"]),
        entity("Islamic Waqf of Jerusalem", "ORG", "JOR", ["the Jordanian-run Islamic Waqf", "The Waqf"]),
        entity("Israel Police", "ORG", "ISR", ["heavy police protection"]),
        entity("Nabil Abu Rudeineh", "PER", "PSE", ["Nabil Abu Rudeineh, a spokesman for Palestinian President "
                                                    "Mahmoud Abbas"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas"]),
        entity("Government of the United States", "ORG", "USA", ["the United States", "Washington"]),
        entity("Ministry of Foreign Affairs of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia's Foreign Ministry"]),
        entity("Israeli officials", "PER", "ISR", ["Israeli officials"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Qatar", "LOC", "QAT", ["Qatar"]),
        entity("Turkey", "LOC", "TUR", ["Turkey"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Palestinian people", "PER", "PSE", ["the Palestinian people"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
