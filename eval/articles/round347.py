"""Round 347: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm347-de-01: Syria: security forces of the interim government arrest Assad's cousin Atef Najib in Latakia province; celebrations in Daraa, SNHR and Hamza al-Khatib's family demand a trial, al-Shaibani pledges UN cooperation (2025-01-31).
- hm347-de-02: Egypt: security forces arrest the cartoonist Ashraf Omar of Al-Manassa and the State Security Prosecution orders 15 days' detention; Lina Attalah, CPJ and Amnesty object (2024-07-24).
- hm347-de-03: Israel: the cabinet approves Shlomo Karhi's boycott of Haaretz over Amos Schocken's London speech; Haaretz, Lapid and the journalists' union object, Ben-Gvir welcomes it (2024-11-24).
- hm347-de-04: Saudi Arabia: the Leeds doctoral student Salma al-Shehab is released after more than four years; ALQST's Lina al-Hathloul, London and Leeds University react, Amnesty demands Mohammed al-Ghamdi's release (2025-02-12).
- hm347-en-01: Iraq: parliament passes the anti-LGBT amendment to the anti-prostitution law; Miller, Cameron and Human Rights Watch object, the foreign ministry accuses Washington of interference, no U.S. sanctions (2024-04-28).
- hm347-en-02: Iran: the judiciary hangs the protester Mohammad Ghobadlou in Ghezel Hesar prison; his lawyer, Amnesty, Berlin and Borrell condemn, a vigil outside the prison dispersed without arrests (2024-01-23).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm347-de-01 (Syria, Atef Najib arrested)
SYR_SECURITY = actor("Syrian security forces", "SYR", "COP")
SYR_MOI = actor("Ministry of Interior of Syria", "SYR", "GOV")
NAJIB = actor("Atef Najib", "SYR", "GOV")
LATAKIA_CHIEF = actor("Security chief of Latakia", "SYR", "COP")
ASSAD_LOYALISTS = actor("armed Assad loyalists near Jableh", "SYR", "REB")
DARAA_RESIDENTS = actor("residents of Daraa", "SYR", "CVL")
SNHR = actor("Fadel Abdul Ghany", "SYR", "NGO")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
ASSAD_OFFICIALS = actor("officials of the Assad government", "SYR", "GOV")
EU = actor("European Union", "EUR", "IGO")
KHATIB_FAMILY = actor("family of Hamza al-Khatib", "SYR", "CVL")
SHAIBANI = actor("Asaad al-Shaibani", "SYR", "GOV")
UN = actor("United Nations", "UNO", "IGO")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")

A1 = ("Damaskus (dpa) - Knapp zwei Monate nach dem Sturz von Baschar al-Assad haben syrische Sicherheitskräfte einen "
      "Cousin des früheren Machthabers festgenommen.")
A2 = ("Der ehemalige Geheimdienstchef Atef Nadschib sei am Freitag in der Küstenprovinz Latakia gefasst worden, teilte "
      "das Innenministerium der Übergangsregierung in Damaskus mit.")
A3 = "Nadschib gilt als einer der Hauptverantwortlichen für die Niederschlagung der ersten Proteste gegen Assad im Jahr 2011."
A4 = ("Als Chef der Politischen Sicherheit in der südlichen Provinz Daraa soll er damals die Festnahme und Folter von "
      "Schülern angeordnet haben, die regierungskritische Parolen an eine Schulwand gesprüht hatten.")
A5 = "Ihre Festnahme gilt als einer der Auslöser des Aufstands, der in einen fast 14 Jahre langen Bürgerkrieg in Syrien mündete."
A6 = ("Nach Angaben des Sicherheitschefs von Latakia wurde Nadschib bei einem Einsatz in einem Dorf nahe der Stadt "
      "Dschabla aufgespürt und festgenommen.")
A7 = ("Bewaffnete Anhänger des alten Regimes hätten die Einsatzkräfte dabei beschossen, ein Beamter sei leicht verletzt "
      "worden, sagte er.")
A8 = "Festnahmen unter den Angreifern gab es nach Angaben des Ministeriums zunächst nicht."
A9 = ("In Daraa, der Wiege des Aufstands, feierten am Abend Hunderte Menschen die Festnahme auf dem zentralen Platz der "
      "Stadt.")
A10 = ("„Heute haben wir ein Stück unserer Würde zurückbekommen“, sagte ein Mann, dessen Sohn 2011 in Haft gestorben "
       "war.")
A11 = ("Der Leiter des Syrischen Netzwerks für Menschenrechte, Fadel Abdul Ghany, forderte einen fairen und öffentlichen "
       "Prozess gegen Nadschib.")
A12 = "Nur so könne das Vertrauen der Opfer in die neue Justiz wachsen, sagte der Menschenrechtler."
A13 = ("Auch die Familie des im Gefängnis getöteten 13-jährigen Hamsa al-Chatib verlangte, Nadschib müsse sich vor einem "
       "Gericht in Daraa verantworten.")
A14 = ("Die Europäische Union hatte den Assad-Cousin bereits im Mai 2011 wegen der Gewalt gegen Demonstranten mit "
       "Sanktionen belegt.")
A15 = ("Übergangspräsident Ahmed al-Scharaa hatte nach der Machtübernahme angekündigt, die Verantwortlichen für Folter "
       "und Morde unter Assad zur Rechenschaft zu ziehen.")
A16 = ("Am Donnerstag hatte Al-Scharaa in Damaskus den Emir von Katar, Tamim bin Hamad Al Thani, empfangen, den ersten "
       "Staatschef, der Syrien seit dem Machtwechsel besuchte.")
A17 = ("Außenminister Asaad al-Schaibani kündigte an, Damaskus werde bei der Aufarbeitung der Verbrechen mit den "
       "Vereinten Nationen zusammenarbeiten.")
A18 = "Wo Nadschib festgehalten wird, teilte das Ministerium nicht mit."

DE01 = {
    "id": "hm347-de-01", "lang": "de", "url": None, "published": "2025-01-31",
    "title": "Assad-Cousin Atef Nadschib in Syrien festgenommen",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8], [A9, A10, A11, A12, A13], [A14, A15, A16, A17, A18]),
    "events": [
        event("COERCE", SYR_SECURITY, NAJIB, A1, mode="arrest"),
        event("COERCE", SYR_SECURITY, NAJIB, A2, mode="arrest", date="2025-01-31", location="Latakia",
              location_country="SYR"),
        event("COERCE", SYR_SECURITY, NAJIB, A6, mode="arrest", location="Jableh", location_country="SYR"),
        event("ACCUSE", LATAKIA_CHIEF, ASSAD_LOYALISTS, A7, mode="allege"),
        event("COERCE", SYR_SECURITY, ASSAD_LOYALISTS, A8, mode="arrest", negated=True),
        event("SUPPORT", DARAA_RESIDENTS, SYR_SECURITY, A9, date="2025-01-31", location="Daraa",
              location_country="SYR"),
        event("REQUEST", SNHR, None, A11, mode="change"),
        event("REQUEST", KHATIB_FAMILY, None, A13, mode="change"),
        event("SANCTION", EU, NAJIB, A14),
        event("THREATEN", SHARAA, ASSAD_OFFICIALS, A15),
        event("CONSULT", TAMIM, SHARAA, A16, mode="visit", date="2025-01-30", location="Damascus",
              location_country="SYR"),
        event("AGREE", SHAIBANI, UN, A17),
    ],
    "quotes": [
        quote("Der ehemalige Geheimdienstchef Atef Nadschib sei am Freitag in der Küstenprovinz Latakia gefasst worden",
              "Ministry of Interior of Syria", "indirect"),
        quote("wurde Nadschib bei einem Einsatz in einem Dorf nahe der Stadt Dschabla aufgespürt und festgenommen",
              "Security chief of Latakia", "indirect"),
        quote("Bewaffnete Anhänger des alten Regimes hätten die Einsatzkräfte dabei beschossen, ein Beamter sei leicht "
              "verletzt worden", "Security chief of Latakia", "indirect"),
        quote("Festnahmen unter den Angreifern gab es nach Angaben des Ministeriums zunächst nicht",
              "Ministry of Interior of Syria", "indirect"),
        quote("Heute haben wir ein Stück unserer Würde zurückbekommen", "resident of Daraa", "direct"),
        quote("Nur so könne das Vertrauen der Opfer in die neue Justiz wachsen", "Fadel Abdul Ghany", "indirect"),
        quote("Nadschib müsse sich vor einem Gericht in Daraa verantworten", "family of Hamza al-Khatib", "indirect"),
        quote("Damaskus werde bei der Aufarbeitung der Verbrechen mit den Vereinten Nationen zusammenarbeiten",
              "Asaad al-Shaibani", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Baschar al-Assad", "des früheren Machthabers", "Assad"]),
        entity("Syrian security forces", "ORG", "SYR", ["syrische Sicherheitskräfte", "die Einsatzkräfte"]),
        entity("Atef Najib", "PER", "SYR", ["einen Cousin des früheren Machthabers",
                                            "Der ehemalige Geheimdienstchef Atef Nadschib", "Nadschib",
                                            "den Assad-Cousin"]),
        entity("Latakia Governorate", "LOC", "SYR", ["der Küstenprovinz Latakia", "Latakia"]),
        entity("Ministry of Interior of Syria", "ORG", "SYR", ["das Innenministerium der Übergangsregierung in "
                                                               "Damaskus", "des Ministeriums", "das Ministerium"]),
        entity("Syrian transitional government", "ORG", "SYR", ["der Übergangsregierung in Damaskus"]),
        entity("Political Security Directorate", "ORG", "SYR", ["der Politischen Sicherheit"]),
        entity("Daraa", "LOC", "SYR", ["der südlichen Provinz Daraa", "In Daraa", "in Daraa"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Security chief of Latakia", "PER", "SYR", ["des Sicherheitschefs von Latakia"]),
        entity("Jableh", "LOC", "SYR", ["der Stadt Dschabla"]),
        entity("armed Assad loyalists near Jableh", "ORG", "SYR", ["Bewaffnete Anhänger des alten Regimes",
                                                                   "den Angreifern"]),
        entity("residents of Daraa", "PER", "SYR", ["Hunderte Menschen"]),
        entity("resident of Daraa", "PER", "SYR", ["ein Mann, dessen Sohn 2011 in Haft gestorben war"]),
        entity("Fadel Abdul Ghany", "PER", "SYR", ["Der Leiter des Syrischen Netzwerks für Menschenrechte, Fadel "
                                                   "Abdul Ghany", "der Menschenrechtler"]),
        entity("Syrian Network for Human Rights", "ORG", "SYR", ["des Syrischen Netzwerks für Menschenrechte"]),
        entity("Hamza al-Khatib", "PER", "SYR", ["des im Gefängnis getöteten 13-jährigen Hamsa al-Chatib"]),
        entity("family of Hamza al-Khatib", "PER", "SYR", ["die Familie des im Gefängnis getöteten 13-jährigen Hamsa "
                                                           "al-Chatib"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa", "Al-Scharaa"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["den Emir von Katar, Tamim bin Hamad Al Thani",
                                                          "den ersten Staatschef"]),
        entity("Asaad al-Shaibani", "PER", "SYR", ["Außenminister Asaad al-Schaibani"]),
        entity("United Nations", "ORG", "UNO", ["den Vereinten Nationen"]),
    ],
}

# ---------------------------------------------------------------- hm347-de-02 (Egypt, cartoonist Ashraf Omar)
EGY_POLICE = actor("Egyptian security forces", "EGY", "COP")
EGY_SSSP = actor("Supreme State Security Prosecution", "EGY", "JUD")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
ASHRAF_OMAR = actor("Ashraf Omar", "EGY", "CVL")
ATTALAH = actor("Lina Attalah", "EGY", "CVL")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
AMNESTY = actor("Amnesty International", "NGO", "NGO")

B1 = "Kairo (dpa) - In Ägypten ist der regierungskritische Karikaturist Ashraf Omar festgenommen worden."
B2 = ("Sicherheitskräfte in Zivil hätten den Zeichner in der Nacht zum Dienstag aus der gemeinsamen Wohnung in einem "
      "Vorort von Kairo abgeführt, teilte seine Frau Nada Mougheeth in sozialen Medien mit.")
B3 = "Die Beamten beschlagnahmten nach Angaben der Ehefrau auch seinen Laptop und mehrere Skizzenbücher."
B4 = "„Wir wissen nicht einmal, wo er die erste Nacht verbracht hat“, schrieb Mougheeth."
B5 = "Die Oberste Staatsanwaltschaft für Staatssicherheit ordnete am Dienstag 15 Tage Untersuchungshaft an."
B6 = ("Sie wirft Omar unter anderem die Mitgliedschaft in einer Terrorgruppe, die Verbreitung falscher Nachrichten und "
      "den Missbrauch sozialer Medien vor.")
B7 = "Omar zeichnet seit Jahren für das unabhängige Nachrichtenportal Al-Manassa, das in Ägypten seit 2017 gesperrt ist."
B8 = ("Zuletzt hatte er in mehreren Karikaturen die stundenlangen Stromausfälle und den Verkauf staatlicher Unternehmen "
      "an Investoren aus den Golfstaaten aufs Korn genommen.")
B9 = "Die Chefredakteurin von Al-Manassa, Lina Attalah, sprach von einem „Angriff auf die Satire“."
B10 = "„Ashraf hat niemals zu Gewalt aufgerufen“, sagte sie."
B11 = "„Er hat gezeichnet, was Millionen Ägypter jeden Tag erleben.“"
B12 = "Die Journalistin forderte die sofortige Freilassung des Zeichners."
B13 = "Das Komitee zum Schutz von Journalisten (CPJ) schloss sich der Forderung an."
B14 = "Amnesty International warf der Regierung in Kairo vor, Kritiker systematisch mundtot zu machen."
B15 = "Ein Sprecher des Innenministeriums wollte sich auf Anfrage nicht zu dem Fall äußern."
B16 = ("Seine Anwälte hätten Omar bislang nicht sprechen dürfen, sagte Mougheeth, das Verhör habe ohne Rechtsbeistand "
       "stattgefunden.")
B17 = ("Ägypten liegt in der Rangliste der Pressefreiheit von Reporter ohne Grenzen auf einem der hintersten Plätze, "
       "Dutzende Journalisten sitzen in Haft.")

DE02 = {
    "id": "hm347-de-02", "lang": "de", "url": None, "published": "2024-07-24",
    "title": "Ägyptischer Karikaturist Ashraf Omar festgenommen",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12, B13, B14], [B15, B16, B17]),
    "events": [
        event("COERCE", EGY_POLICE, ASHRAF_OMAR, B1, mode="arrest"),
        event("COERCE", EGY_POLICE, ASHRAF_OMAR, B2, mode="arrest", date="2024-07-23", location="Cairo",
              location_country="EGY"),
        event("COERCE", EGY_POLICE, ASHRAF_OMAR, B3, mode="seize"),
        event("COERCE", EGY_SSSP, ASHRAF_OMAR, B5, mode="arrest", date="2024-07-23"),
        event("ACCUSE", EGY_SSSP, ASHRAF_OMAR, B6, mode="allege"),
        event("ACCUSE", ASHRAF_OMAR, EGY_GOV, B8, mode="disapprove"),
        event("ACCUSE", ATTALAH, EGY_GOV, B9, mode="disapprove"),
        event("REQUEST", ATTALAH, None, B12, mode="yield"),
        event("REQUEST", CPJ, None, B13, mode="yield"),
        event("ACCUSE", AMNESTY, EGY_GOV, B14, mode="disapprove"),
    ],
    "quotes": [
        quote("Sicherheitskräfte in Zivil hätten den Zeichner in der Nacht zum Dienstag aus der gemeinsamen Wohnung in "
              "einem Vorort von Kairo abgeführt", "Nada Mougheeth", "indirect"),
        quote("Die Beamten beschlagnahmten nach Angaben der Ehefrau auch seinen Laptop und mehrere Skizzenbücher",
              "Nada Mougheeth", "indirect"),
        quote("Wir wissen nicht einmal, wo er die erste Nacht verbracht hat", "Nada Mougheeth", "direct"),
        quote("Angriff auf die Satire", "Lina Attalah", "direct"),
        quote("Ashraf hat niemals zu Gewalt aufgerufen", "Lina Attalah", "direct"),
        quote("Er hat gezeichnet, was Millionen Ägypter jeden Tag erleben", "Lina Attalah", "direct"),
        quote("Kritiker systematisch mundtot zu machen", "Amnesty International", "indirect"),
        quote("Seine Anwälte hätten Omar bislang nicht sprechen dürfen", "Nada Mougheeth", "indirect"),
        quote("das Verhör habe ohne Rechtsbeistand stattgefunden", "Nada Mougheeth", "indirect"),
    ],
    "entities": [
        entity("Cairo", "LOC", "EGY", ["Kairo"]),
        entity("Egypt", "LOC", "EGY", ["Ägypten"]),
        entity("Ashraf Omar", "PER", "EGY", ["der regierungskritische Karikaturist Ashraf Omar", "den Zeichner",
                                             "des Zeichners", "Omar", "Ashraf"]),
        entity("Egyptian security forces", "ORG", "EGY", ["Sicherheitskräfte in Zivil", "Die Beamten"]),
        entity("Nada Mougheeth", "PER", "EGY", ["seine Frau Nada Mougheeth", "der Ehefrau", "Mougheeth"]),
        entity("Supreme State Security Prosecution", "ORG", "EGY", ["Die Oberste Staatsanwaltschaft für "
                                                                    "Staatssicherheit"]),
        entity("Al-Manassa", "ORG", "EGY", ["das unabhängige Nachrichtenportal Al-Manassa", "Al-Manassa"]),
        entity("Gulf states", "LOC", None, ["den Golfstaaten"]),
        entity("Lina Attalah", "PER", "EGY", ["Die Chefredakteurin von Al-Manassa, Lina Attalah",
                                              "Die Journalistin"]),
        entity("Committee to Protect Journalists", "ORG", "NGO", ["Das Komitee zum Schutz von Journalisten (CPJ)"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Government of Egypt", "ORG", "EGY", ["der Regierung in Kairo"]),
        entity("Ministry of Interior of Egypt", "ORG", "EGY", ["des Innenministeriums"]),
        entity("Spokesperson of the Ministry of Interior of Egypt", "PER", "EGY", ["Ein Sprecher des "
                                                                                   "Innenministeriums"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Reporter ohne Grenzen"]),
    ],
}

# ---------------------------------------------------------------- hm347-de-03 (Israel, boycott of Haaretz)
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HAARETZ = actor("Haaretz", "ISR", "BUS")
KARHI = actor("Shlomo Karhi", "ISR", "GOV")
SCHOCKEN = actor("Amos Schocken", "ISR", "BUS")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
LAPID = actor("Yair Lapid", "ISR", "OPP")
UJI = actor("Union of Journalists in Israel", "ISR", "LAB")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
AL_JAZEERA = actor("Al Jazeera", "QAT", "BUS")

C1 = ("Jerusalem (dpa) - Die israelische Regierung hat einen Boykott der regierungskritischen Tageszeitung Haaretz "
      "beschlossen.")
C2 = ("Das Kabinett billigte am Sonntag einstimmig einen Vorschlag von Kommunikationsminister Schlomo Karhi, wonach "
      "staatlich finanzierte Behörden und Unternehmen keine Anzeigen mehr in dem Blatt schalten und keinen Kontakt mehr "
      "zu dessen Journalisten pflegen sollen.")
C3 = "Auch Abonnements von Beamten, die aus öffentlichen Mitteln bezahlt werden, sollen gekündigt werden."
C4 = ("Karhi begründete den Schritt mit einer Rede von Verleger Amos Schocken, der Ende Oktober bei einer Konferenz in "
      "London von palästinensischen „Freiheitskämpfern“ gesprochen hatte.")
C5 = ("In der Rede hatte Schocken der Regierung von Ministerpräsident Benjamin Netanjahu zudem vorgeworfen, der "
      "palästinensischen Bevölkerung ein „grausames Apartheidregime“ aufzuzwingen.")
C6 = ("„Wir werden nicht zulassen, dass ein Verleger, der zu Sanktionen gegen Israel aufruft, mit Steuergeld "
      "unterstützt wird“, sagte Karhi.")
C7 = ("Schocken hatte sich nach heftiger Kritik teilweise von seinen Äußerungen distanziert und erklärt, die Hamas "
      "zähle er nicht zu den Freiheitskämpfern.")
C8 = ("Haaretz nannte den Beschluss in einer Stellungnahme einen „weiteren Schritt auf Netanjahus Weg, die israelische "
      "Demokratie abzubauen“.")
C9 = ("„Wir werden nicht einknicken und uns nicht in ein Mitteilungsblatt der Regierung verwandeln“, hieß es in der "
      "Erklärung weiter.")
C10 = "Chefredakteur Aluf Benn sagte, man prüfe rechtliche Schritte gegen den Boykott."
C11 = "Oppositionsführer Jair Lapid warf der Regierung vor, sie wolle kritische Medien zum Schweigen bringen."
C12 = "Der israelische Journalistenverband forderte das Kabinett auf, den Beschluss umgehend zurückzunehmen."
C13 = ("Der Minister für Nationale Sicherheit, Itamar Ben-Gvir, begrüßte dagegen den Boykott als „längst "
       "überfällig“.")
C14 = ("Die Regierung in Jerusalem hatte bereits im Mai die Büros des katarischen Senders Al Jazeera in Israel "
       "schließen lassen.")
C15 = "Haaretz ist die älteste Tageszeitung des Landes und gilt als wichtigste Stimme des linksliberalen Lagers."

DE03 = {
    "id": "hm347-de-03", "lang": "de", "url": None, "published": "2024-11-24",
    "title": "Israels Regierung beschließt Boykott von Haaretz",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7], [C8, C9, C10, C11, C12, C13], [C14, C15]),
    "events": [
        event("SANCTION", ISR_GOV, HAARETZ, C1, mode="discontinue"),
        event("SANCTION", ISR_GOV, HAARETZ, C2, mode="discontinue", date="2024-11-24"),
        event("ACCUSE", KARHI, SCHOCKEN, C4, mode="disapprove"),
        event("ACCUSE", SCHOCKEN, ISR_GOV, C5, mode="disapprove", location="London", location_country="GBR"),
        event("ACCUSE", KARHI, SCHOCKEN, C6, mode="disapprove"),
        event("CONCEDE", SCHOCKEN, None, C7),
        event("ACCUSE", HAARETZ, NETANYAHU, C8, mode="disapprove"),
        event("ACCUSE", LAPID, ISR_GOV, C11, mode="disapprove"),
        event("REQUEST", UJI, ISR_GOV, C12, mode="change"),
        event("SUPPORT", BEN_GVIR, ISR_GOV, C13),
        event("COERCE", ISR_GOV, AL_JAZEERA, C14, mode="censor", location="Israel", location_country="ISR"),
    ],
    "quotes": [
        quote("Freiheitskämpfern", "Amos Schocken", "direct"),
        quote("grausames Apartheidregime", "Amos Schocken", "direct"),
        quote("der palästinensischen Bevölkerung ein „grausames Apartheidregime“ aufzuzwingen", "Amos Schocken",
              "indirect"),
        quote("Wir werden nicht zulassen, dass ein Verleger, der zu Sanktionen gegen Israel aufruft, mit Steuergeld "
              "unterstützt wird", "Shlomo Karhi", "direct"),
        quote("die Hamas zähle er nicht zu den Freiheitskämpfern", "Amos Schocken", "indirect"),
        quote("weiteren Schritt auf Netanjahus Weg, die israelische Demokratie abzubauen", "Haaretz", "direct"),
        quote("Wir werden nicht einknicken und uns nicht in ein Mitteilungsblatt der Regierung verwandeln", "Haaretz",
              "direct"),
        quote("man prüfe rechtliche Schritte gegen den Boykott", "Aluf Benn", "indirect"),
        quote("sie wolle kritische Medien zum Schweigen bringen", "Yair Lapid", "indirect"),
        quote("längst überfällig", "Itamar Ben-Gvir", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Government of Israel", "ORG", "ISR", ["Die israelische Regierung", "Das Kabinett", "das Kabinett",
                                                      "der Regierung", "Die Regierung in Jerusalem"]),
        entity("Haaretz", "ORG", "ISR", ["der regierungskritischen Tageszeitung Haaretz", "dem Blatt", "Haaretz",
                                         "die älteste Tageszeitung des Landes"]),
        entity("Shlomo Karhi", "PER", "ISR", ["Kommunikationsminister Schlomo Karhi", "Karhi"]),
        entity("Amos Schocken", "PER", "ISR", ["Verleger Amos Schocken", "Schocken",
                                               "ein Verleger, der zu Sanktionen gegen Israel aufruft"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "Netanjahus"]),
        entity("Israel", "LOC", "ISR", ["Israel", "des Landes"]),
        entity("Hamas", "ORG", "PSE", ["die Hamas"]),
        entity("Aluf Benn", "PER", "ISR", ["Chefredakteur Aluf Benn"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Union of Journalists in Israel", "ORG", "ISR", ["Der israelische Journalistenverband"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Der Minister für Nationale Sicherheit, Itamar Ben-Gvir"]),
        entity("Al Jazeera", "ORG", "QAT", ["des katarischen Senders Al Jazeera"]),
    ],
}

# ---------------------------------------------------------------- hm347-de-04 (Saudi Arabia, Salma al-Shehab freed)
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
SAU_POLICE = actor("Saudi security forces", "SAU", "COP")
SAU_SCC = actor("Specialized Criminal Court", "SAU", "JUD")
SHEHAB = actor("Salma al-Shehab", "SAU", "CVL")
HATHLOUL = actor("Lina al-Hathloul", "SAU", "NGO")
KING_SALMAN = actor("Salman bin Abdulaziz Al Saud", "SAU", "GOV")
UK_FCDO = actor("Foreign, Commonwealth and Development Office", "GBR", "GOV")
LEEDS = actor("University of Leeds", "GBR", "CVL")

D1 = ("Riad (dpa) - Nach mehr als vier Jahren in Haft ist die saudische Doktorandin Salma al-Schihab freigelassen "
      "worden.")
D2 = ("Die 36-Jährige sei am Montag aus einem Gefängnis in Riad entlassen worden und inzwischen bei ihrer Familie, "
      "teilte die in London ansässige Menschenrechtsorganisation ALQST mit.")
D3 = ("Al-Schihab war im Januar 2021 während eines Heimaturlaubs festgenommen worden, kurz bevor sie an die britische "
      "Universität Leeds zurückkehren wollte.")
D4 = ("Ein Sondergericht für Terrorismusfälle hatte die Mutter zweier Kinder 2022 wegen Tweets zur Unterstützung von "
      "Frauenrechtlerinnen zu 34 Jahren Haft verurteilt.")
D5 = "Im vergangenen September verkürzte das Gericht die Strafe nach internationalem Druck auf vier Jahre."
D6 = ("Die Kommunikationschefin von ALQST, Lina al-Hathloul, begrüßte die Freilassung, warnte aber vor falschen "
      "Hoffnungen.")
D7 = ("„Salma hätte keinen einzigen Tag im Gefängnis verbringen dürfen“, sagte die Schwester der bekannten "
      "Frauenrechtlerin Loujain al-Hathloul.")
D8 = "„Tausende andere sitzen weiter hinter Gittern, nur weil sie ihre Meinung gesagt haben.“"
D9 = ("Gegen Al-Schihab gelte zudem ein Ausreiseverbot, sodass sie vorerst nicht zu ihrem Studium nach Großbritannien "
      "zurückkehren könne, sagte Al-Hathloul.")
D10 = ("Eine Begnadigung durch König Salman habe es nicht gegeben, die Doktorandin habe ihre verkürzte Strafe "
       "vollständig verbüßt.")
D11 = "Das britische Außenministerium begrüßte die Freilassung."
D12 = "Man habe den Fall wiederholt gegenüber der Regierung in Riad angesprochen, sagte eine Sprecherin in London."
D13 = ("Die Universität Leeds erklärte, man freue sich darauf, Al-Schihab wieder an der Hochschule begrüßen zu "
       "dürfen.")
D14 = ("Amnesty International forderte Riad auf, auch den pensionierten Lehrer Mohammed al-Ghamdi freizulassen, der "
       "wegen Kritik in sozialen Medien zunächst zum Tode verurteilt worden war.")
D15 = "Eine offizielle Stellungnahme der saudischen Behörden gab es zunächst nicht."
D16 = ("Kronprinz Mohammed bin Salman hat Frauen zwar das Autofahren erlaubt, Kritikerinnen und Kritiker werden aber "
       "weiterhin hart verfolgt.")

DE04 = {
    "id": "hm347-de-04", "lang": "de", "url": None, "published": "2025-02-12",
    "title": "Saudische Doktorandin Salma al-Schihab freigelassen",
    "text": paragraphs([D1, D2, D3, D4, D5], [D6, D7, D8, D9, D10], [D11, D12, D13, D14], [D15, D16]),
    "events": [
        event("RETREAT", SAU_GOV, SHEHAB, D1, mode="release"),
        event("RETREAT", SAU_GOV, SHEHAB, D2, mode="release", date="2025-02-10", location="Riyadh",
              location_country="SAU"),
        event("COERCE", SAU_POLICE, SHEHAB, D3, mode="arrest"),
        event("SANCTION", SAU_SCC, SHEHAB, D4, mode="convict"),
        event("COERCE", SAU_SCC, SHEHAB, D4, mode="arrest"),
        event("CONCEDE", SAU_SCC, SHEHAB, D5),
        event("SUPPORT", HATHLOUL, SAU_GOV, D6),
        event("ACCUSE", HATHLOUL, SAU_GOV, D7, mode="disapprove"),
        event("ACCUSE", HATHLOUL, SAU_GOV, D9, mode="allege"),
        event("RETREAT", KING_SALMAN, SHEHAB, D10, mode="release", negated=True),
        event("SUPPORT", UK_FCDO, SAU_GOV, D11),
        event("ACCUSE", UK_FCDO, SAU_GOV, D12, mode="disapprove"),
        event("AGREE", LEEDS, SHEHAB, D13),
        event("REQUEST", AMNESTY, SAU_GOV, D14, mode="yield"),
    ],
    "quotes": [
        quote("Die 36-Jährige sei am Montag aus einem Gefängnis in Riad entlassen worden und inzwischen bei ihrer "
              "Familie", "ALQST", "indirect"),
        quote("Salma hätte keinen einzigen Tag im Gefängnis verbringen dürfen", "Lina al-Hathloul", "direct"),
        quote("Tausende andere sitzen weiter hinter Gittern, nur weil sie ihre Meinung gesagt haben",
              "Lina al-Hathloul", "direct"),
        quote("Gegen Al-Schihab gelte zudem ein Ausreiseverbot, sodass sie vorerst nicht zu ihrem Studium nach "
              "Großbritannien zurückkehren könne", "Lina al-Hathloul", "indirect"),
        quote("Eine Begnadigung durch König Salman habe es nicht gegeben, die Doktorandin habe ihre verkürzte Strafe "
              "vollständig verbüßt", "Lina al-Hathloul", "indirect"),
        quote("Man habe den Fall wiederholt gegenüber der Regierung in Riad angesprochen",
              "Spokesperson of the Foreign, Commonwealth and Development Office", "indirect"),
        quote("man freue sich darauf, Al-Schihab wieder an der Hochschule begrüßen zu dürfen", "University of Leeds",
              "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Salma al-Shehab", "PER", "SAU", ["die saudische Doktorandin Salma al-Schihab", "Die 36-Jährige",
                                                 "Al-Schihab", "die Mutter zweier Kinder", "Salma",
                                                 "die Doktorandin"]),
        entity("ALQST", "ORG", "NGO", ["die in London ansässige Menschenrechtsorganisation ALQST", "ALQST"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("University of Leeds", "ORG", "GBR", ["die britische Universität Leeds", "Die Universität Leeds",
                                                     "der Hochschule"]),
        entity("Specialized Criminal Court", "ORG", "SAU", ["Ein Sondergericht für Terrorismusfälle",
                                                            "das Gericht"]),
        entity("Lina al-Hathloul", "PER", "SAU", ["Die Kommunikationschefin von ALQST, Lina al-Hathloul",
                                                  "die Schwester der bekannten Frauenrechtlerin Loujain al-Hathloul",
                                                  "Al-Hathloul"]),
        entity("Loujain al-Hathloul", "PER", "SAU", ["der bekannten Frauenrechtlerin Loujain al-Hathloul"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Salman bin Abdulaziz Al Saud", "PER", "SAU", ["König Salman"]),
        entity("Foreign, Commonwealth and Development Office", "ORG", "GBR", ["Das britische Außenministerium"]),
        entity("Spokesperson of the Foreign, Commonwealth and Development Office", "PER", "GBR",
               ["eine Sprecherin in London"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["der Regierung in Riad", "Riad",
                                                            "der saudischen Behörden"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Mohammed al-Ghamdi", "PER", "SAU", ["den pensionierten Lehrer Mohammed al-Ghamdi"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Kronprinz Mohammed bin Salman"]),
    ],
}

# ---------------------------------------------------------------- hm347-en-01 (Iraq, anti-LGBT law)
IRQ_PARL = actor("Council of Representatives of Iraq", "IRQ", "LEG")
IRQ_LGBT = actor("LGBT people in Iraq", "IRQ", "CVL")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
IRQ_MFA = actor("Ministry of Foreign Affairs of Iraq", "IRQ", "GOV")
RASHID = actor("Abdul Latif Rashid", "IRQ", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
CAMERON = actor("David Cameron", "GBR", "GOV")
YOUNES = actor("Rasha Younes", "NGO", "NGO")

E1 = ("BAGHDAD (Reuters) - Iraq's parliament has passed a law that punishes same-sex relations with up to 15 years in "
      "prison, drawing sharp criticism from Washington and human rights groups.")
E2 = ("Lawmakers approved the amendment to a 1988 anti-prostitution law on Saturday in a session attended by 170 of the "
      "chamber's 329 members, according to a statement from the speaker's office.")
E3 = ("The law also sets prison terms of one to three years for transgender people and for doctors who perform gender "
      "transition surgery.")
E4 = ("Acting Speaker Mohsen al-Mandalawi called the vote \"a necessary step to protect the value structure of "
      "society.\"")
E5 = ("An earlier draft had provided for the death penalty, but the clause was dropped after objections from the United "
      "States and European states, two lawmakers told Reuters on condition of anonymity.")
E6 = ("State Department spokesman Matthew Miller said the law \"threatens those most at risk in Iraqi society\" and "
      "could be used to hamper free speech.")
E7 = ("He also warned that it would weaken Iraq's ability to diversify its economy and attract foreign investment.")
E8 = ("British Foreign Secretary David Cameron called the vote \"dangerous and worrying\" and urged Baghdad to uphold "
      "the rights of all its citizens.")
E9 = ("Rasha Younes, a senior researcher at Human Rights Watch, said the law \"rubber-stamps\" years of abuse against "
      "LGBT people and urged President Abdul Latif Rashid not to sign it.")
E10 = ("In a statement on Sunday, Iraq's Foreign Ministry accused Washington of \"unacceptable interference in Iraq's "
       "internal affairs.\"")
E11 = "\"We do not accept lectures on values from anyone,\" ministry spokesman Ahmed al-Sahaf told state television."
E12 = ("Washington has not announced any sanctions over the law, and the State Department would not say whether U.S. "
       "assistance to Iraq could be reviewed.")
E13 = "Prime Minister Mohammed Shia al-Sudani's office did not respond to a request for comment."
E14 = "Iraqi LGBT activists living abroad said the law would force more people to flee the country."
E15 = ("Iraqi security forces have detained dozens of people in recent years on morality charges, according to Human "
       "Rights Watch.")

EN01 = {
    "id": "hm347-en-01", "lang": "en", "url": None, "published": "2024-04-28",
    "title": "Iraq passes law criminalising same-sex relations, drawing U.S. criticism",
    "text": paragraphs([E1, E2, E3, E4, E5], [E6, E7, E8, E9], [E10, E11, E12, E13], [E14, E15]),
    "events": [
        event("COERCE", IRQ_PARL, IRQ_LGBT, E1, mode="ban"),
        event("ACCUSE", USA_GOV, IRQ_PARL, E1, mode="disapprove"),
        event("COERCE", IRQ_PARL, IRQ_LGBT, E2, mode="ban", date="2024-04-27", location="Baghdad",
              location_country="IRQ"),
        event("ACCUSE", MILLER, IRQ_PARL, E6, mode="disapprove"),
        event("ACCUSE", CAMERON, IRQ_PARL, E8, mode="disapprove"),
        event("REQUEST", CAMERON, IRQ_GOV, E8, mode="change"),
        event("ACCUSE", YOUNES, IRQ_PARL, E9, mode="disapprove"),
        event("REQUEST", YOUNES, RASHID, E9, mode="change"),
        event("ACCUSE", IRQ_MFA, USA_GOV, E10, mode="disapprove", date="2024-04-28"),
        event("SANCTION", USA_GOV, IRQ_GOV, E12, negated=True),
    ],
    "quotes": [
        quote("Lawmakers approved the amendment to a 1988 anti-prostitution law on Saturday in a session attended by "
              "170 of the chamber's 329 members", "Office of the Speaker of the Council of Representatives of Iraq",
              "indirect"),
        quote("a necessary step to protect the value structure of society", "Mohsen al-Mandalawi", "direct"),
        quote("An earlier draft had provided for the death penalty, but the clause was dropped after objections from "
              "the United States and European states", "Iraqi lawmakers", "indirect"),
        quote("threatens those most at risk in Iraqi society", "Matthew Miller", "direct"),
        quote("the law \"threatens those most at risk in Iraqi society\" and could be used to hamper free speech",
              "Matthew Miller", "indirect"),
        quote("it would weaken Iraq's ability to diversify its economy and attract foreign investment",
              "Matthew Miller", "indirect"),
        quote("dangerous and worrying", "David Cameron", "direct"),
        quote("rubber-stamps", "Rasha Younes", "direct"),
        quote("the law \"rubber-stamps\" years of abuse against LGBT people", "Rasha Younes", "indirect"),
        quote("unacceptable interference in Iraq's internal affairs", "Ministry of Foreign Affairs of Iraq", "direct"),
        quote("We do not accept lectures on values from anyone", "Ahmed al-Sahaf", "direct"),
        quote("the law would force more people to flee the country", "Iraqi LGBT activists abroad", "indirect"),
        quote("Iraqi security forces have detained dozens of people in recent years on morality charges",
              "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["BAGHDAD"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq", "the country"]),
        entity("Council of Representatives of Iraq", "ORG", "IRQ", ["Iraq's parliament", "the chamber", "Lawmakers"]),
        entity("Office of the Speaker of the Council of Representatives of Iraq", "ORG", "IRQ",
               ["the speaker's office"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["the United States", "U.S."]),
        entity("Mohsen al-Mandalawi", "PER", "IRQ", ["Acting Speaker Mohsen al-Mandalawi"]),
        entity("Iraqi lawmakers", "PER", "IRQ", ["two lawmakers"]),
        entity("United States Department of State", "ORG", "USA", ["State Department", "the State Department"]),
        entity("Matthew Miller", "PER", "USA", ["State Department spokesman Matthew Miller"]),
        entity("David Cameron", "PER", "GBR", ["British Foreign Secretary David Cameron"]),
        entity("Government of Iraq", "ORG", "IRQ", ["Baghdad"]),
        entity("Rasha Younes", "PER", "NGO", ["Rasha Younes, a senior researcher at Human Rights Watch"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Abdul Latif Rashid", "PER", "IRQ", ["President Abdul Latif Rashid"]),
        entity("Ministry of Foreign Affairs of Iraq", "ORG", "IRQ", ["Iraq's Foreign Ministry", "ministry"]),
        entity("Ahmed al-Sahaf", "PER", "IRQ", ["ministry spokesman Ahmed al-Sahaf"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Prime Minister Mohammed Shia al-Sudani"]),
        entity("Iraqi LGBT activists abroad", "PER", "IRQ", ["Iraqi LGBT activists living abroad"]),
        entity("Iraqi security forces", "ORG", "IRQ", ["Iraqi security forces"]),
    ],
}

# ---------------------------------------------------------------- hm347-en-02 (Iran, Mohammad Ghobadlou hanged)
IRN_JUD = actor("Judiciary of Iran", "IRN", "JUD")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
IRN_POLICE = actor("Iranian security forces", "IRN", "COP")
TEHRAN_COURT = actor("Tehran Revolutionary Court", "IRN", "JUD")
GHOBADLOU = actor("Mohammad Ghobadlou", "IRN", "CVL")
RAISIAN = actor("Amir Raisian", "IRN", "CVL")
VIGIL = actor("protesters outside Ghezel Hesar prison", "IRN", "CVL")
DEU_FO = actor("Federal Foreign Office", "DEU", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
AMIRY = actor("Mahmood Amiry-Moghaddam", "NGO", "NGO")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
MOHSENI = actor("Gholamhossein Mohseni-Ejei", "IRN", "JUD")
IRN_PROTESTERS = actor("anti-government protesters in Iran", "IRN", "CVL")

F1 = ("DUBAI (AP) - Iran's judiciary on Tuesday hanged a young man convicted of killing a police officer during the "
      "2022 protests over the death of Mahsa Amini, despite international appeals to spare his life.")
F2 = ("Mohammad Ghobadlou was executed at dawn in Ghezel Hesar prison in Karaj, west of Tehran, the judiciary's Mizan "
      "news agency reported.")
F3 = ("A Tehran court had sentenced him to death for ramming his car into a group of police officers in the town of "
      "Robat Karim in September 2022, killing one officer and injuring several others.")
F4 = ("Amnesty International said his trial had been \"grossly unfair\" and that Ghobadlou, who had a history of mental "
      "illness, had been tortured into confessing.")
F5 = ("His lawyer, Amir Raisian, said the execution was illegal because the Supreme Court had ordered a review of one "
      "of the two death sentences against his client.")
F6 = "\"Neither I nor his family were informed,\" Raisian wrote on X."
F7 = "\"This was nothing less than an unlawful killing.\""
F8 = ("Dozens of people gathered outside Ghezel Hesar late on Monday after word spread that the execution was "
      "imminent, chanting slogans against the Islamic Republic.")
F9 = "Security forces dispersed the crowd with tear gas, witnesses said, but there were no reports of arrests."
F10 = ("Germany's Foreign Office condemned the execution and said it had summoned Iran's ambassador in Berlin.")
F11 = ("EU foreign policy chief Josep Borrell said the bloc \"strongly condemns\" the execution and called on Tehran "
       "to halt all pending death sentences.")
F12 = ("According to the Norway-based group Iran Human Rights, at least 834 people were executed in Iran in 2023, the "
       "highest figure in eight years.")
F13 = ("The group's director, Mahmood Amiry-Moghaddam, accused Supreme Leader Ayatollah Ali Khamenei of using "
       "executions to spread fear in society.")
F14 = "He urged the European Union to expel Iranian diplomats in response."
F15 = ("Judiciary chief Gholamhossein Mohseni-Ejei warned last week that those who \"sow chaos\" would face the full "
       "force of the law.")
F16 = "Ghobadlou was the ninth person executed in connection with the protests, according to rights groups."

EN02 = {
    "id": "hm347-en-02", "lang": "en", "url": None, "published": "2024-01-23",
    "title": "Iran hangs man convicted of killing police officer during 2022 protests",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7], [F8, F9], [F10, F11, F12, F13, F14], [F15, F16]),
    "events": [
        event("ASSAULT", IRN_JUD, GHOBADLOU, F1, mode="execute", date="2024-01-23"),
        event("ASSAULT", IRN_JUD, GHOBADLOU, F2, mode="execute", location="Karaj", location_country="IRN"),
        event("SANCTION", TEHRAN_COURT, GHOBADLOU, F3, mode="convict"),
        event("ACCUSE", AMNESTY, IRN_JUD, F4, mode="allege"),
        event("ACCUSE", RAISIAN, IRN_JUD, F5, mode="disapprove"),
        event("ACCUSE", RAISIAN, IRN_JUD, F7, mode="disapprove"),
        event("PROTEST", VIGIL, IRN_GOV, F8, mode="demo", date="2024-01-22", location="Karaj",
              location_country="IRN"),
        event("ASSAULT", IRN_POLICE, VIGIL, F9, mode="crowd-control", location="Karaj", location_country="IRN"),
        event("COERCE", IRN_POLICE, VIGIL, F9, mode="arrest", negated=True),
        event("ACCUSE", DEU_FO, IRN_GOV, F10, mode="disapprove", location="Berlin", location_country="DEU"),
        event("ACCUSE", BORRELL, IRN_GOV, F11, mode="disapprove"),
        event("REQUEST", BORRELL, IRN_GOV, F11, mode="change"),
        event("ACCUSE", AMIRY, KHAMENEI, F13, mode="disapprove"),
        event("REQUEST", AMIRY, EU, F14, mode="change"),
        event("THREATEN", MOHSENI, IRN_PROTESTERS, F15),
    ],
    "quotes": [
        quote("Mohammad Ghobadlou was executed at dawn in Ghezel Hesar prison in Karaj, west of Tehran",
              "Mizan News Agency", "indirect"),
        quote("grossly unfair", "Amnesty International", "direct"),
        quote("his trial had been \"grossly unfair\" and that Ghobadlou, who had a history of mental illness, had been "
              "tortured into confessing", "Amnesty International", "indirect"),
        quote("the execution was illegal because the Supreme Court had ordered a review of one of the two death "
              "sentences against his client", "Amir Raisian", "indirect"),
        quote("Neither I nor his family were informed", "Amir Raisian", "direct"),
        quote("This was nothing less than an unlawful killing", "Amir Raisian", "direct"),
        quote("Security forces dispersed the crowd with tear gas", "witnesses", "indirect"),
        quote("it had summoned Iran's ambassador in Berlin", "Federal Foreign Office", "indirect"),
        quote("strongly condemns", "Josep Borrell", "direct"),
        quote("the bloc \"strongly condemns\" the execution", "Josep Borrell", "indirect"),
        quote("at least 834 people were executed in Iran in 2023, the highest figure in eight years",
              "Iran Human Rights", "indirect"),
        quote("sow chaos", "Gholamhossein Mohseni-Ejei", "direct"),
        quote("those who \"sow chaos\" would face the full force of the law", "Gholamhossein Mohseni-Ejei",
              "indirect"),
        quote("Ghobadlou was the ninth person executed in connection with the protests", "rights groups", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Judiciary of Iran", "ORG", "IRN", ["Iran's judiciary", "the judiciary"]),
        entity("Mohammad Ghobadlou", "PER", "IRN", ["a young man convicted of killing a police officer",
                                                    "Mohammad Ghobadlou", "Ghobadlou", "his client"]),
        entity("Mahsa Amini", "PER", "IRN", ["Mahsa Amini"]),
        entity("Ghezel Hesar prison", "LOC", "IRN", ["Ghezel Hesar prison", "Ghezel Hesar"]),
        entity("Karaj", "LOC", "IRN", ["Karaj"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Mizan News Agency", "ORG", "IRN", ["the judiciary's Mizan news agency"]),
        entity("Tehran Revolutionary Court", "ORG", "IRN", ["A Tehran court"]),
        entity("Robat Karim", "LOC", "IRN", ["the town of Robat Karim"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Amir Raisian", "PER", "IRN", ["His lawyer, Amir Raisian", "Raisian"]),
        entity("Supreme Court of Iran", "ORG", "IRN", ["the Supreme Court"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("protesters outside Ghezel Hesar prison", "PER", "IRN", ["Dozens of people", "the crowd"]),
        entity("Government of Iran", "ORG", "IRN", ["the Islamic Republic", "Tehran"]),
        entity("Iranian security forces", "ORG", "IRN", ["Security forces"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Germany's Foreign Office"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Ambassador of Iran to Germany", "PER", "IRN", ["Iran's ambassador in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("European Union", "ORG", "EUR", ["EU", "the bloc", "the European Union"]),
        entity("Iran Human Rights", "ORG", "NGO", ["the Norway-based group Iran Human Rights", "The group"]),
        entity("Norway", "LOC", "NOR", ["Norway"]),
        entity("Mahmood Amiry-Moghaddam", "PER", "NGO", ["The group's director, Mahmood Amiry-Moghaddam"]),
        entity("Ali Khamenei", "PER", "IRN", ["Supreme Leader Ayatollah Ali Khamenei"]),
        entity("Gholamhossein Mohseni-Ejei", "PER", "IRN", ["Judiciary chief Gholamhossein Mohseni-Ejei"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
