"""Round 269: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm269-de-01: Iran: on the first anniversary of Jina Mahsa Amini's death security forces briefly detain her father Amjad Amini in Saqqez; IRNA denies it, IRGC and police reinforce Kurdish towns, traders strike, rooftop chants in Tehran, Mohseni-Ejei threatens, Kanaani blames Washington and London, new US and UK sanctions, Biden's support (2023-09-16).
- hm269-de-02: Israel: the cabinet dismisses Shin Bet chief Ronen Bar; Netanyahu cites lost trust, Bar accuses him of political motives, opposition parties and rights groups petition, the Supreme Court freezes the dismissal, Baharav-Miara objects, protest in Jerusalem with water cannon and arrests, Lapid's demand, Katz backs Netanyahu (2025-03-21).
- hm269-de-03: Kuwait/Iraq: Kuwait protests against the Iraqi Federal Supreme Court's Khor Abdullah ruling; Foreign Minister Salem al-Sabah summons Iraq's ambassador, the GCC and the US back Kuwait and press Baghdad, Sudani phones Crown Prince Mishal and pledges to honour treaties, joint legal committee agreed, Iraqi MPs' criticism, demonstration in Basra (2023-09-11).
- hm269-de-04: Yemen: a Houthi missile kills three crew of the bulk carrier True Confidence in the Gulf of Aden; CENTCOM blames the Houthis, Saree claims the attack and threatens the US and UK, an Indian warship rescues the crew with US help, Marcos condemns and demands an end to attacks, Washington and London condemn, US jets strike Houthi missiles (2024-03-07).
- hm269-en-01: Israel: the Histadrut stages a general strike after six hostages are found dead in Rafah; mass protests, water cannon and arrests, Smotrich goes to court, the Labor Court declares the strike illegal and orders it ended, Bar-David calls it off, Netanyahu apologises but refuses to leave the Philadelphi corridor and blames Hamas, al-Rishq blames Israel, Biden criticises Netanyahu (2024-09-02).
- hm269-en-02: United States/Jordan: King Abdullah II meets Trump at the White House; Jordan offers to take 2,000 sick children from Gaza, Trump praises it and says he need not threaten aid cuts, the king rejects displacement, Trump's "all hell" ultimatum to Hamas, Hamas objects, Egypt's plan, meetings with Rubio and congressional leaders (2025-02-11).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm269-de-01 (Iran, Amini anniversary)
IRN_SEC = actor("Iranian security forces", "IRN", "COP")
AMJAD_AMINI = actor("Amjad Amini", "IRN", "CVL")
HENGAW = actor("Hengaw", "NGO", "NGO")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRN", "MIL")
IRN_POLICE = actor("Law Enforcement Command of Iran", "IRN", "COP")
KURD_TRADERS = actor("traders in Iranian Kurdistan", "IRN", "BUS")
TEHRAN_RESIDENTS = actor("residents of Tehran", "IRN", "CVL")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
MOHSENI_EJEI = actor("Gholam-Hossein Mohseni-Ejei", "IRN", "JUD")
IRN_PROTESTERS = actor("protesters in Iran", "IRN", "CVL")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")
USA = actor("United States", "USA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")
IRN_OFFICIALS = actor("Iranian officials", "IRN", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
IRN_WOMEN = actor("women in Iran", "IRN", "CVL")

A1 = ("Teheran (dpa) - Am ersten Jahrestag des Todes von Jina Mahsa Amini haben iranische Sicherheitskräfte den "
      "Vater der jungen Kurdin kurzzeitig festgenommen.")
A2 = ("Amdschad Amini sei am Samstagmorgen vor seinem Haus in Saqqes abgefangen und gewarnt worden, das Grab seiner "
      "Tochter zu besuchen, berichtete die kurdische Menschenrechtsorganisation Hengaw.")
A3 = "Nach einigen Stunden kam er wieder frei."
A4 = "Die staatliche Nachrichtenagentur Irna bestritt, dass er festgenommen worden sei."
A5 = ("Revolutionsgarden und Polizei hatten schon seit Tagen zusätzliche Einheiten in die kurdischen Städte im "
      "Westen des Landes verlegt.")
A6 = "In Saqqes, Mahabad und Sanandadsch streikten viele Händler und hielten ihre Läden geschlossen."
A7 = "In mehreren Vierteln Teherans riefen Menschen am Abend von Dächern Parolen gegen die Staatsführung."
A8 = "Die 22-Jährige war im September 2022 im Gewahrsam der Sittenpolizei gestorben."
A9 = "Ihr Tod löste monatelange Proteste unter dem Motto „Frau, Leben, Freiheit“ aus."
A10 = ("Justizchef Gholam-Hossein Mohseni-Edschei warnte, wer zu Unruhen aufrufe, werde „ohne Nachsicht“ "
       "bestraft.")
A11 = ("Außenamtssprecher Nasser Kanaani warf den USA und Großbritannien vor, die Unruhen von außen "
       "anzustacheln.")
A12 = ("Washington und London hatten am Freitag neue Sanktionen gegen iranische Funktionäre verhängt, die sie für "
       "die Niederschlagung der Proteste verantwortlich machen.")
A13 = "US-Präsident Joe Biden versicherte den Frauen in Iran in einer Erklärung seine Unterstützung."

DE01 = {
    "id": "hm269-de-01", "lang": "de", "url": None, "published": "2023-09-16",
    "title": "Jahrestag von Aminis Tod: Vater kurzzeitig festgenommen",
    "text": paragraphs([A1, A2, A3, A4], [A5, A6, A7], [A8, A9, A10, A11], [A12, A13]),
    "events": [
        event("COERCE", IRN_SEC, AMJAD_AMINI, A1, mode="arrest", date="2023-09-16", location="Saqqez",
              location_country="IRN"),
        event("ACCUSE", HENGAW, IRN_SEC, A2, mode="allege"),
        event("RETREAT", IRN_SEC, AMJAD_AMINI, A3, mode="release"),
        event("MOBILIZE", IRGC, None, A5, mode="troops"),
        event("MOBILIZE", IRN_POLICE, None, A5, mode="police"),
        event("PROTEST", KURD_TRADERS, IRN_GOV, A6, mode="strike"),
        event("PROTEST", TEHRAN_RESIDENTS, IRN_GOV, A7, mode="demo", location="Tehran", location_country="IRN"),
        event("THREATEN", MOHSENI_EJEI, IRN_PROTESTERS, A10),
        event("ACCUSE", KANAANI, USA, A11, mode="allege"),
        event("ACCUSE", KANAANI, UK, A11, mode="allege"),
        event("SANCTION", USA, IRN_OFFICIALS, A12, date="2023-09-15"),
        event("SANCTION", UK, IRN_OFFICIALS, A12, date="2023-09-15"),
        event("SUPPORT", BIDEN, IRN_WOMEN, A13),
    ],
    "quotes": [
        quote("Amdschad Amini sei am Samstagmorgen vor seinem Haus in Saqqes abgefangen und gewarnt worden, das Grab "
              "seiner Tochter zu besuchen", "Hengaw", "indirect"),
        quote("dass er festgenommen worden sei", "IRNA", "indirect"),
        quote("Frau, Leben, Freiheit", "protesters in Iran", "direct"),
        quote("ohne Nachsicht", "Gholam-Hossein Mohseni-Ejei", "direct"),
        quote("wer zu Unruhen aufrufe, werde „ohne Nachsicht“ bestraft", "Gholam-Hossein Mohseni-Ejei", "indirect"),
        quote("die Unruhen von außen anzustacheln", "Nasser Kanaani", "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran", "Teherans"]),
        entity("Jina Mahsa Amini", "PER", "IRN", ["Jina Mahsa Amini", "der jungen Kurdin", "seiner Tochter",
                                                  "Die 22-Jährige"]),
        entity("Iranian security forces", "ORG", "IRN", ["iranische Sicherheitskräfte"]),
        entity("Amjad Amini", "PER", "IRN", ["Vater der jungen Kurdin", "Amdschad Amini"]),
        entity("Saqqez", "LOC", "IRN", ["Saqqes"]),
        entity("Hengaw", "ORG", "NGO", ["die kurdische Menschenrechtsorganisation Hengaw"]),
        entity("IRNA", "ORG", "IRN", ["Die staatliche Nachrichtenagentur Irna"]),
        entity("Islamic Revolutionary Guard Corps", "ORG", "IRN", ["Revolutionsgarden"]),
        entity("Law Enforcement Command of Iran", "ORG", "IRN", ["Polizei"]),
        entity("Iran", "LOC", "IRN", ["des Landes", "Iran"]),
        entity("Mahabad", "LOC", "IRN", ["Mahabad"]),
        entity("Sanandaj", "LOC", "IRN", ["Sanandadsch"]),
        entity("traders in Iranian Kurdistan", "ORG", "IRN", ["viele Händler"]),
        entity("Government of Iran", "ORG", "IRN", ["die Staatsführung"]),
        entity("Guidance Patrol", "ORG", "IRN", ["der Sittenpolizei"]),
        entity("Gholam-Hossein Mohseni-Ejei", "PER", "IRN", ["Justizchef Gholam-Hossein Mohseni-Edschei"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Außenamtssprecher Nasser Kanaani"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["London"]),
        entity("Iranian officials", "ORG", "IRN", ["iranische Funktionäre"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm269-de-02 (Israel, Shin Bet chief dismissed)
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
RONEN_BAR = actor("Ronen Bar", "ISR", "GOV")
ISR_SUPREME_COURT = actor("Supreme Court of Israel", "ISR", "JUD")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ISR_OPP_PARTIES = actor("Israeli opposition parties", "ISR", "OPP")
ISR_RIGHTS_GROUPS = actor("Israeli civil rights groups", "ISR", "NGO")
BAHARAV_MIARA = actor("Gali Baharav-Miara", "ISR", "JUD")
JLM_PROTESTERS = actor("protesters in Jerusalem", "ISR", "CVL")
ISR_POLICE = actor("Israel Police", "ISR", "COP")
LAPID = actor("Yair Lapid", "ISR", "OPP")
KATZ = actor("Israel Katz", "ISR", "GOV")

B1 = ("Jerusalem (AFP) - Die israelische Regierung hat den Chef des Inlandsgeheimdienstes Schin Bet, Ronen Bar, in "
      "der Nacht zum Freitag einstimmig entlassen.")
B2 = "Ministerpräsident Benjamin Netanjahu begründete den Schritt mit einem „anhaltenden Vertrauensverlust“."
B3 = ("Bar warf dem Regierungschef in einem Brief an die Minister vor, ihn aus politischen Motiven loswerden zu "
      "wollen, um Ermittlungen gegen Mitarbeiter seines Büros zu behindern.")
B4 = ("Mehrere Oppositionsparteien und Bürgerrechtsgruppen reichten noch in der Nacht Petitionen gegen den "
      "Beschluss ein.")
B5 = ("Das Oberste Gericht ordnete am Freitag an, die Entlassung bis zu einer Anhörung spätestens am 8. April "
      "auszusetzen.")
B6 = ("Generalstaatsanwältin Gali Baharav-Miara kritisierte, die Regierung habe die rechtlichen Vorgaben für die "
      "Abberufung missachtet.")
B7 = "In Jerusalem demonstrierten am Donnerstagabend Zehntausende vor der Knesset gegen die Entlassung."
B8 = "Die Polizei setzte Wasserwerfer ein und nahm nach eigenen Angaben zwölf Menschen fest."
B9 = ("Oppositionsführer Jair Lapid forderte die Regierung auf, sich an die Entscheidung des Gerichts zu "
      "halten.")
B10 = "„Wer Urteile ignoriert, führt das Land in die Anarchie“, sagte er."
B11 = "Der Verteidigungsminister stellte sich dagegen hinter den Regierungschef."
B12 = "Bar leitet den Schin Bet seit Oktober 2021."
B13 = "Noch nie in der Geschichte Israels war ein Chef des Geheimdienstes entlassen worden."

DE02 = {
    "id": "hm269-de-02", "lang": "de", "url": None, "published": "2025-03-21",
    "title": "Israels Regierung entlässt Schin-Bet-Chef - Gericht stoppt Beschluss vorerst",
    "text": paragraphs([B1, B2, B3], [B4, B5, B6], [B7, B8, B9, B10, B11], [B12, B13]),
    "events": [
        event("ACCUSE", NETANYAHU, RONEN_BAR, B2, mode="disapprove"),
        event("ACCUSE", RONEN_BAR, NETANYAHU, B3, mode="allege"),
        event("ACCUSE", ISR_OPP_PARTIES, ISR_GOV, B4, mode="allege"),
        event("ACCUSE", ISR_RIGHTS_GROUPS, ISR_GOV, B4, mode="allege"),
        event("REQUEST", ISR_SUPREME_COURT, ISR_GOV, B5, mode="change", date="2025-03-21"),
        event("ACCUSE", BAHARAV_MIARA, ISR_GOV, B6, mode="disapprove"),
        event("PROTEST", JLM_PROTESTERS, ISR_GOV, B7, mode="demo", date="2025-03-20", location="Jerusalem",
              location_country="ISR"),
        event("ASSAULT", ISR_POLICE, JLM_PROTESTERS, B8, mode="crowd-control", location="Jerusalem",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, JLM_PROTESTERS, B8, mode="arrest", location="Jerusalem",
              location_country="ISR"),
        event("REQUEST", LAPID, ISR_GOV, B9, mode="change"),
        event("ACCUSE", LAPID, ISR_GOV, B10, mode="disapprove"),
        event("SUPPORT", KATZ, NETANYAHU, B11),
    ],
    "quotes": [
        quote("anhaltenden Vertrauensverlust", "Benjamin Netanyahu", "direct"),
        quote("ihn aus politischen Motiven loswerden zu wollen, um Ermittlungen gegen Mitarbeiter seines Büros zu "
              "behindern", "Ronen Bar", "indirect"),
        quote("die Regierung habe die rechtlichen Vorgaben für die Abberufung missachtet", "Gali Baharav-Miara",
              "indirect"),
        quote("Wer Urteile ignoriert, führt das Land in die Anarchie", "Yair Lapid", "direct"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["Jerusalem"]),
        entity("Government of Israel", "ORG", "ISR", ["Die israelische Regierung", "die Regierung",
                                                      "die Minister"]),
        entity("Shin Bet", "ORG", "ISR", ["des Inlandsgeheimdienstes Schin Bet", "den Schin Bet",
                                          "des Geheimdienstes"]),
        entity("Ronen Bar", "PER", "ISR", ["Ronen Bar", "Bar"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Ministerpräsident Benjamin Netanjahu", "dem Regierungschef",
                                                    "den Regierungschef"]),
        entity("Israeli opposition parties", "ORG", "ISR", ["Mehrere Oppositionsparteien"]),
        entity("Israeli civil rights groups", "ORG", "ISR", ["Bürgerrechtsgruppen"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["Das Oberste Gericht", "des Gerichts"]),
        entity("Gali Baharav-Miara", "PER", "ISR", ["Generalstaatsanwältin Gali Baharav-Miara"]),
        entity("Knesset", "ORG", "ISR", ["der Knesset"]),
        entity("Israel Police", "ORG", "ISR", ["Die Polizei"]),
        entity("Yair Lapid", "PER", "ISR", ["Oppositionsführer Jair Lapid"]),
        entity("Israel", "LOC", "ISR", ["das Land", "Israels"]),
        entity("Israel Katz", "PER", "ISR", ["Der Verteidigungsminister"]),
    ],
}

# ---------------------------------------------------------------- hm269-de-03 (Kuwait/Iraq, Khor Abdullah ruling)
KUWAIT = actor("Kuwait", "KWT", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
SALEM_SABAH = actor("Salem Abdullah Al-Jaber Al-Sabah", "KWT", "GOV")
IRQ_AMBASSADOR_KWT = actor("Ambassador of Iraq to Kuwait", "IRQ", "GOV")
KWT_MFA = actor("Ministry of Foreign Affairs of Kuwait", "KWT", "GOV")
IRQ_FSC = actor("Federal Supreme Court of Iraq", "IRQ", "JUD")
GCC = actor("Gulf Cooperation Council", "IGO", "IGO")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
MISHAL = actor("Mishal Al-Ahmad Al-Jaber Al-Sabah", "KWT", "GOV")
IRQ_MPS = actor("Iraqi members of parliament", "IRQ", "LEG")
BASRA_PROTESTERS = actor("protesters in Basra", "IRQ", "CVL")

K1 = ("Kuwait-Stadt (dpa) - Kuwait hat wegen eines Urteils der irakischen Justiz zur Schifffahrt im Grenzgewässer "
      "Khor Abdullah offiziell Protest bei der Regierung in Bagdad eingelegt.")
K2 = ("Außenminister Scheich Salim Abdullah al-Dschabir al-Sabah bestellte am Sonntag den irakischen Botschafter "
      "ein und übergab ihm eine Protestnote.")
K3 = ("Das Urteil sei „inakzeptabel“ und gefährde die Beziehungen zwischen beiden Ländern, hieß es in einer "
      "Erklärung des Ministeriums.")
K4 = ("Das Oberste Bundesgericht in Bagdad hatte Anfang September das Gesetz zur Ratifizierung eines Abkommens "
      "von 2012 über die Schifffahrt in der Meerenge für verfassungswidrig erklärt.")
K5 = "Über den Khor Abdullah laufen die Zufahrten zum irakischen Hafen Umm Kasr."
K6 = "Der Golf-Kooperationsrat stellte sich hinter Kuwait und forderte Bagdad auf, das Abkommen weiter einzuhalten."
K7 = "Auch die USA riefen den Irak auf, seine internationalen Verpflichtungen zu respektieren."
K8 = ("Der irakische Ministerpräsident Mohammed Schia al-Sudani telefonierte am Abend mit dem kuwaitischen "
      "Kronprinzen Scheich Mischal al-Ahmad al-Dschabir al-Sabah.")
K9 = ("Seine Regierung respektiere die Justiz, stehe aber zu allen Verträgen mit Kuwait, sagte al-Sudani nach "
      "Angaben seines Büros.")
K10 = "Beide Seiten vereinbarten, eine gemeinsame Kommission von Rechtsexperten einzuberufen."
K11 = "Mehrere irakische Abgeordnete kritisieren das Abkommen seit Jahren als Verzicht auf irakische Hoheitsrechte."
K12 = "In Basra demonstrierten am Wochenende einige Hundert Menschen für das Urteil und gegen Kuwait."
K13 = "Die Seegrenze zwischen beiden Staaten ist seit dem Golfkrieg 1991 ein Streitpunkt."

DE03 = {
    "id": "hm269-de-03", "lang": "de", "url": None, "published": "2023-09-11",
    "title": "Streit um Khor Abdullah: Kuwait protestiert in Bagdad",
    "text": paragraphs([K1, K2, K3], [K4, K5], [K6, K7, K8, K9, K10], [K11, K12, K13]),
    "events": [
        event("ACCUSE", KUWAIT, IRQ_GOV, K1, mode="disapprove"),
        event("ACCUSE", SALEM_SABAH, IRQ_AMBASSADOR_KWT, K2, mode="disapprove", date="2023-09-10",
              location="Kuwait City", location_country="KWT"),
        event("ACCUSE", KWT_MFA, IRQ_FSC, K3, mode="disapprove"),
        event("SANCTION", IRQ_FSC, None, K4, mode="convict"),
        event("SUPPORT", GCC, KUWAIT, K6),
        event("REQUEST", GCC, IRQ_GOV, K6),
        event("REQUEST", USA, IRQ_GOV, K7),
        event("CONSULT", SUDANI, MISHAL, K8, mode="phone", date="2023-09-10"),
        event("AGREE", SUDANI, KUWAIT, K9),
        event("AGREE", IRQ_GOV, KUWAIT, K10),
        event("ACCUSE", IRQ_MPS, None, K11, mode="disapprove"),
        event("PROTEST", BASRA_PROTESTERS, KUWAIT, K12, mode="demo", location="Basra", location_country="IRQ"),
    ],
    "quotes": [
        quote("inakzeptabel", "Ministry of Foreign Affairs of Kuwait", "direct"),
        quote("Das Urteil sei „inakzeptabel“ und gefährde die Beziehungen zwischen beiden Ländern",
              "Ministry of Foreign Affairs of Kuwait", "indirect"),
        quote("Seine Regierung respektiere die Justiz, stehe aber zu allen Verträgen mit Kuwait",
              "Mohammed Shia al-Sudani", "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["Kuwait-Stadt"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwait"]),
        entity("Federal Supreme Court of Iraq", "ORG", "IRQ", ["der irakischen Justiz",
                                                               "Das Oberste Bundesgericht in Bagdad", "die Justiz"]),
        entity("Khor Abdullah", "LOC", None, ["Grenzgewässer Khor Abdullah", "der Meerenge", "den Khor Abdullah"]),
        entity("Government of Iraq", "ORG", "IRQ", ["der Regierung in Bagdad", "Bagdad", "Seine Regierung"]),
        entity("Salem Abdullah Al-Jaber Al-Sabah", "PER", "KWT",
               ["Außenminister Scheich Salim Abdullah al-Dschabir al-Sabah"]),
        entity("Ambassador of Iraq to Kuwait", "PER", "IRQ", ["den irakischen Botschafter"]),
        entity("Ministry of Foreign Affairs of Kuwait", "ORG", "KWT", ["des Ministeriums"]),
        entity("Umm Qasr", "LOC", "IRQ", ["Hafen Umm Kasr"]),
        entity("Gulf Cooperation Council", "ORG", "IGO", ["Der Golf-Kooperationsrat"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("Iraq", "LOC", "IRQ", ["den Irak"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Der irakische Ministerpräsident Mohammed Schia al-Sudani",
                                                         "al-Sudani"]),
        entity("Mishal Al-Ahmad Al-Jaber Al-Sabah", "PER", "KWT",
               ["dem kuwaitischen Kronprinzen Scheich Mischal al-Ahmad al-Dschabir al-Sabah"]),
        entity("Office of the Prime Minister of Iraq", "ORG", "IRQ", ["seines Büros"]),
        entity("Iraqi members of parliament", "PER", "IRQ", ["Mehrere irakische Abgeordnete"]),
        entity("Basra", "LOC", "IRQ", ["Basra"]),
    ],
}

# ---------------------------------------------------------------- hm269-de-04 (Yemen, True Confidence hit)
HOUTHIS = actor("Houthis", "YEM", "REB")
TRUE_CONFIDENCE = actor("True Confidence", "BRB", "BUS")
CENTCOM = actor("U.S. Central Command", "USA", "MIL")
SAREE = actor("Yahya Saree", "YEM", "REB")
INDIAN_NAVY = actor("Indian Navy", "IND", "MIL")
TC_CREW = actor("crew of the True Confidence", "BRB", "CVL")
US_NAVY = actor("U.S. Navy", "USA", "MIL")
MARCOS = actor("Ferdinand Marcos Jr.", "PHL", "GOV")
US_MILITARY = actor("U.S. military", "USA", "MIL")

T1 = ("Aden (Reuters) - Bei einem Raketenangriff der jemenitischen Huthi-Miliz auf ein Frachtschiff im Golf von "
      "Aden sind erstmals seit Beginn der Attacken auf die Handelsschifffahrt Seeleute getötet worden.")
T2 = ("Die „True Confidence“ sei am Mittwoch rund 50 Seemeilen südwestlich von Aden von einer Anti-Schiffs-Rakete "
      "der Huthis getroffen worden, teilte das US-Zentralkommando Centcom mit.")
T3 = "Drei Besatzungsmitglieder seien getötet und vier weitere schwer verletzt worden."
T4 = ("Huthi-Militärsprecher Jahja Sari reklamierte den Angriff für sich und drohte den USA und Großbritannien mit "
      "weiteren Schlägen.")
T5 = ("Ein indisches Kriegsschiff nahm 21 Seeleute an Bord und brachte sie in Abstimmung mit der US-Marine nach "
      "Dschibuti.")
T6 = "Zwei der Toten stammten von den Philippinen, teilte das Außenministerium in Manila mit."
T7 = ("Präsident Ferdinand Marcos verurteilte den Angriff und forderte die Miliz auf, die Schifffahrt nicht länger "
      "zu gefährden.")
T8 = "Washington und London nannten den Angriff „rücksichtslos“."
T9 = ("US-Kampfflugzeuge zerstörten nach Angaben von Centcom am Donnerstag zwei Anti-Schiffs-Raketen der Huthis, "
      "die zum Abschuss bereitstanden.")
T10 = ("Die vom Iran unterstützten Huthis greifen seit November Schiffe im Roten Meer und im Golf von Aden an und "
       "erklären dies mit dem Krieg im Gazastreifen.")
T11 = "Viele Reedereien meiden die Route inzwischen und schicken ihre Schiffe um das Kap der Guten Hoffnung."

DE04 = {
    "id": "hm269-de-04", "lang": "de", "url": None, "published": "2024-03-07",
    "title": "Erstmals Tote bei Huthi-Angriff auf Handelsschiff",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9], [T10, T11]),
    "events": [
        event("ASSAULT", HOUTHIS, TRUE_CONFIDENCE, T1, mode="heavy-weapons", location="Gulf of Aden"),
        event("ACCUSE", CENTCOM, HOUTHIS, T2, mode="allege"),
        event("ASSAULT", HOUTHIS, TRUE_CONFIDENCE, T4, mode="heavy-weapons", location="Gulf of Aden"),
        event("THREATEN", SAREE, USA, T4, mode="violence"),
        event("THREATEN", SAREE, UK, T4, mode="violence"),
        event("AID", INDIAN_NAVY, TC_CREW, T5, location="Gulf of Aden"),
        event("COOPERATE", INDIAN_NAVY, US_NAVY, T5),
        event("ACCUSE", MARCOS, HOUTHIS, T7, mode="disapprove"),
        event("REQUEST", MARCOS, HOUTHIS, T7, mode="yield"),
        event("ACCUSE", USA, HOUTHIS, T8, mode="disapprove"),
        event("ACCUSE", UK, HOUTHIS, T8, mode="disapprove"),
        event("ASSAULT", US_MILITARY, HOUTHIS, T9, mode="aerial", date="2024-03-07", location="Yemen",
              location_country="YEM"),
    ],
    "quotes": [
        quote("Die „True Confidence“ sei am Mittwoch rund 50 Seemeilen südwestlich von Aden von einer "
              "Anti-Schiffs-Rakete der Huthis getroffen worden", "U.S. Central Command", "indirect"),
        quote("Drei Besatzungsmitglieder seien getötet und vier weitere schwer verletzt worden",
              "U.S. Central Command", "indirect"),
        quote("Zwei der Toten stammten von den Philippinen", "Department of Foreign Affairs of the Philippines",
              "indirect"),
        quote("rücksichtslos", "Government of the United States", "direct"),
    ],
    "entities": [
        entity("Aden", "LOC", "YEM", ["Aden"]),
        entity("Houthis", "ORG", "YEM", ["der jemenitischen Huthi-Miliz", "der Huthis", "die Miliz",
                                         "Die vom Iran unterstützten Huthis"]),
        entity("Gulf of Aden", "LOC", None, ["Golf von Aden"]),
        entity("True Confidence", "LOC", "BRB", ["ein Frachtschiff", "Die „True Confidence“"]),
        entity("U.S. Central Command", "ORG", "USA", ["das US-Zentralkommando Centcom", "Centcom"]),
        entity("crew of the True Confidence", "ORG", "BRB", ["Drei Besatzungsmitglieder", "21 Seeleute"]),
        entity("Yahya Saree", "PER", "YEM", ["Huthi-Militärsprecher Jahja Sari"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("INS Kolkata", "LOC", "IND", ["Ein indisches Kriegsschiff"]),
        entity("U.S. Navy", "ORG", "USA", ["der US-Marine"]),
        entity("Djibouti", "LOC", "DJI", ["Dschibuti"]),
        entity("Philippines", "LOC", "PHL", ["den Philippinen"]),
        entity("Department of Foreign Affairs of the Philippines", "ORG", "PHL", ["das Außenministerium in Manila"]),
        entity("Ferdinand Marcos Jr.", "PER", "PHL", ["Präsident Ferdinand Marcos"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["London"]),
        entity("U.S. military", "ORG", "USA", ["US-Kampfflugzeuge"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Red Sea", "LOC", None, ["Roten Meer"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Cape of Good Hope", "LOC", "ZAF", ["Kap der Guten Hoffnung"]),
    ],
}

# ---------------------------------------------------------------- hm269-en-01 (Israel, Histadrut general strike)
HISTADRUT = actor("Histadrut", "ISR", "LAB")
BAR_DAVID = actor("Arnon Bar-David", "ISR", "LAB")
ISR_PROTESTERS = actor("protesters in Israel", "ISR", "CVL")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")
ISR_LABOR_COURT = actor("Tel Aviv Regional Labor Court", "ISR", "JUD")
HOSTAGE_FAMILIES = actor("families of the six hostages", "ISR", "CVL")
HAMAS = actor("Hamas", "PSE", "REB")
RISHQ = actor("Izzat al-Rishq", "PSE", "REB")

H1 = ("TEL AVIV, Israel (AP) — Israel's largest labor federation, the Histadrut, staged a general strike on Monday "
      "to press the government into a cease-fire deal, a day after six hostages were found dead in a Gaza tunnel.")
H3 = ('Histadrut chairman Arnon Bar-David said a deal was "more important than anything" and urged the government '
      'to sign it.')
H4 = 'Hundreds of thousands of Israelis rallied on Sunday night, chanting "Bring them home now."'
H5 = "Police used water cannons against protesters in Tel Aviv and detained 29 people, a police spokesman said."
H6 = ("Finance Minister Bezalel Smotrich had asked the Tel Aviv Regional Labor Court to block the strike, arguing "
      "that it served Hamas.")
H7 = "The court ruled that the strike was political and therefore illegal, and ordered it to end at 2:30 p.m."
H8 = "Bar-David called off the strike shortly afterward, saying the union respected the court."
H9 = ("Prime Minister Benjamin Netanyahu asked the families of the six for forgiveness but insisted Israel would "
      "keep troops in the Philadelphi corridor.")
H10 = ('"Whoever murders hostages does not want a deal," he said, accusing Hamas of executing the captives shortly '
       'before troops reached them.')
H11 = ("Hamas official Izzat al-Rishq blamed Israel for the deaths, saying the captives would be alive had "
       "Netanyahu accepted a cease-fire.")
H12 = 'Asked whether Netanyahu was doing enough to secure a deal, U.S. President Joe Biden replied: "No."'

EN01 = {
    "id": "hm269-en-01", "lang": "en", "url": None, "published": "2024-09-02",
    "title": "Israel's main union stages general strike over hostages until court orders it to end",
    "text": paragraphs([H1, H3], [H4, H5], [H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("PROTEST", HISTADRUT, ISR_GOV, H1, mode="strike", date="2024-09-02"),
        event("REQUEST", BAR_DAVID, ISR_GOV, H3, mode="yield"),
        event("PROTEST", ISR_PROTESTERS, ISR_GOV, H4, mode="demo", date="2024-09-01"),
        event("ASSAULT", ISR_POLICE, ISR_PROTESTERS, H5, mode="crowd-control", location="Tel Aviv",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, ISR_PROTESTERS, H5, mode="arrest", location="Tel Aviv", location_country="ISR"),
        event("ACCUSE", SMOTRICH, HISTADRUT, H6, mode="allege"),
        event("SANCTION", ISR_LABOR_COURT, HISTADRUT, H7, mode="convict", date="2024-09-02"),
        event("REQUEST", ISR_LABOR_COURT, HISTADRUT, H7, mode="yield", date="2024-09-02"),
        event("CONCEDE", BAR_DAVID, ISR_GOV, H8, date="2024-09-02"),
        event("CONCEDE", NETANYAHU, HOSTAGE_FAMILIES, H9),
        event("REJECT", NETANYAHU, HAMAS, H9, mode="yield"),
        event("ACCUSE", NETANYAHU, HAMAS, H10, mode="allege"),
        event("ACCUSE", RISHQ, ISR_GOV, H11, mode="allege"),
        event("ACCUSE", BIDEN, NETANYAHU, H12, mode="disapprove"),
    ],
    "quotes": [
        quote("more important than anything", "Arnon Bar-David", "direct"),
        quote('a deal was "more important than anything"', "Arnon Bar-David", "indirect"),
        quote("Bring them home now", "protesters in Israel", "direct"),
        quote("Police used water cannons against protesters in Tel Aviv and detained 29 people", "Israel Police",
              "indirect"),
        quote("it served Hamas", "Bezalel Smotrich", "indirect"),
        quote("the union respected the court", "Arnon Bar-David", "indirect"),
        quote("Israel would keep troops in the Philadelphi corridor", "Benjamin Netanyahu", "indirect"),
        quote("Whoever murders hostages does not want a deal", "Benjamin Netanyahu", "direct"),
        quote("Hamas of executing the captives shortly before troops reached them", "Benjamin Netanyahu", "indirect"),
        quote("the captives would be alive had Netanyahu accepted a cease-fire", "Izzat al-Rishq", "indirect"),
        quote("No", "Joe Biden", "direct"),
    ],
    "entities": [
        entity("Tel Aviv", "LOC", "ISR", ["TEL AVIV", "Tel Aviv"]),
        entity("Israel", "LOC", "ISR", ["Israel's", "Israel"]),
        entity("Histadrut", "ORG", "ISR", ["Israel's largest labor federation, the Histadrut", "Histadrut",
                                           "the union"]),
        entity("Government of Israel", "ORG", "ISR", ["the government"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Arnon Bar-David", "PER", "ISR", ["Histadrut chairman Arnon Bar-David", "Bar-David"]),
        entity("Israel Police", "ORG", "ISR", ["Police", "a police spokesman"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Finance Minister Bezalel Smotrich"]),
        entity("Tel Aviv Regional Labor Court", "ORG", "ISR", ["the Tel Aviv Regional Labor Court", "The court",
                                                               "the court"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("families of the six hostages", "ORG", "ISR", ["the families of the six"]),
        entity("Philadelphi corridor", "LOC", "PSE", ["the Philadelphi corridor"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["troops"]),
        entity("Izzat al-Rishq", "PER", "PSE", ["Hamas official Izzat al-Rishq"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
    ],
}

# ---------------------------------------------------------------- hm269-en-02 (Jordan/USA, King Abdullah at the White House)
ABDULLAH = actor("Abdullah II", "JOR", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
GAZA_CHILDREN = actor("sick children from Gaza", "PSE", "CVL")
JORDAN = actor("Jordan", "JOR", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
US_CONGRESS_LEADERS = actor("U.S. congressional leaders", "USA", "LEG")

J1 = ("WASHINGTON, Feb 11 (Reuters) - Jordan's King Abdullah met President Donald Trump at the White House on "
      "Tuesday as Trump pressed his plan for the United States to take over Gaza and resettle its Palestinian "
      "residents in Jordan and Egypt.")
J2 = ('Abdullah told reporters that Jordan would "as soon as possible" take in 2,000 sick children from Gaza, most '
      'of them cancer patients.')
J3 = ('Trump called the offer "a beautiful gesture" and said he did not need to threaten Jordan with cuts in U.S. '
      'aid.')
J4 = ("The king reiterated Jordan's opposition to any displacement of Palestinians from Gaza and the occupied West "
      "Bank.")
J5 = ('On Monday, Trump had warned that "all hell" would break loose if Hamas did not free all remaining hostages '
      'by Saturday noon.')
J6 = ('Hamas, which accuses Israel of violating the Gaza ceasefire, said such threats "complicate matters" and '
      'undermine the truce.')
J7 = ('In Cairo, the foreign ministry said Egypt would present "a comprehensive vision" for rebuilding Gaza that '
      'keeps Palestinians on their land.')
J8 = ('Abdullah later wrote on X that he had stressed Jordan\'s "steadfast position" against displacing '
      'Palestinians.')
J9 = "On Monday he had met Secretary of State Marco Rubio and congressional leaders."
J10 = "Jordan, a country of 11 million people, is home to more than 2 million registered Palestinian refugees."

EN02 = {
    "id": "hm269-en-02", "lang": "en", "url": None, "published": "2025-02-11",
    "title": "Jordan's king offers to take sick Gaza children, rejects displacement in Trump meeting",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10]),
    "events": [
        event("CONSULT", ABDULLAH, TRUMP, J1, mode="visit", date="2025-02-11", location="Washington",
              location_country="USA"),
        event("AGREE", ABDULLAH, GAZA_CHILDREN, J2),
        event("SUPPORT", TRUMP, ABDULLAH, J3),
        event("THREATEN", TRUMP, JORDAN, J3, negated=True),
        event("REJECT", ABDULLAH, TRUMP, J4, mode="change"),
        event("THREATEN", TRUMP, HAMAS, J5, mode="violence", date="2025-02-10"),
        event("REQUEST", TRUMP, HAMAS, J5, mode="yield", date="2025-02-10"),
        event("ACCUSE", HAMAS, ISR_GOV, J6, mode="allege"),
        event("ACCUSE", HAMAS, TRUMP, J6, mode="disapprove"),
        event("REJECT", ABDULLAH, TRUMP, J8, mode="change"),
        event("CONSULT", ABDULLAH, RUBIO, J9, mode="visit", date="2025-02-10", location="Washington",
              location_country="USA"),
        event("CONSULT", ABDULLAH, US_CONGRESS_LEADERS, J9, mode="visit", date="2025-02-10",
              location="Washington", location_country="USA"),
    ],
    "quotes": [
        quote("as soon as possible", "Abdullah II", "direct"),
        quote('Jordan would "as soon as possible" take in 2,000 sick children from Gaza, most of them cancer '
              'patients', "Abdullah II", "indirect"),
        quote("a beautiful gesture", "Donald Trump", "direct"),
        quote("he did not need to threaten Jordan with cuts in U.S. aid", "Donald Trump", "indirect"),
        quote("all hell", "Donald Trump", "direct"),
        quote('"all hell" would break loose if Hamas did not free all remaining hostages by Saturday noon',
              "Donald Trump", "indirect"),
        quote("complicate matters", "Hamas", "direct"),
        quote('such threats "complicate matters" and undermine the truce', "Hamas", "indirect"),
        quote("a comprehensive vision", "Ministry of Foreign Affairs of Egypt", "direct"),
        quote('Egypt would present "a comprehensive vision" for rebuilding Gaza that keeps Palestinians on their '
              'land', "Ministry of Foreign Affairs of Egypt", "indirect"),
        quote("steadfast position", "Abdullah II", "direct"),
        quote('he had stressed Jordan\'s "steadfast position" against displacing Palestinians', "Abdullah II",
              "indirect"),
    ],
    "entities": [
        entity("Washington", "LOC", "USA", ["WASHINGTON"]),
        entity("Abdullah II", "PER", "JOR", ["Jordan's King Abdullah", "Abdullah", "The king"]),
        entity("Jordan", "LOC", "JOR", ["Jordan"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump", "Trump"]),
        entity("White House", "LOC", "USA", ["the White House"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Gaza", "LOC", "PSE", ["Gaza"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("West Bank", "LOC", "PSE", ["the occupied West Bank"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Cairo", "LOC", "EGY", ["Cairo"]),
        entity("Ministry of Foreign Affairs of Egypt", "ORG", "EGY", ["the foreign ministry"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("U.S. congressional leaders", "ORG", "USA", ["congressional leaders"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
