"""Round 479: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2024, Middle East and North Africa; invented wording and details):
- hm479-de-01: Israel: police detain Mohammad Barakeh, Sami Abu Shehadeh and Haneen Zoabi in Nazareth before a banned vigil against the Gaza war; Odeh and Adalah object, Ben-Gvir praises the police, release on conditions without charges, the Supreme Court's rejection of Adalah's protest petition and Shabtai's bus threat recalled (2023-11-09).
- hm479-de-02: Lebanon: an overturned Hezbollah ammunition truck in Kahaleh leads to a deadly exchange of fire with residents; the army seizes the cargo and investigates, Hezbollah blames "militias", Geagea and Gemayel attack Hezbollah, Mikati phones army chief Joseph Aoun, funeral protest (2023-08-10).
- hm479-de-03: Iran/Azerbaijan: a gunman kills the security chief of Azerbaijan's embassy in Tehran; Aliyev condemns and demands punishment, Baku evacuates the embassy, Tehran's police chief cites personal motives, Amir-Abdollahian phones Bayramov, Raisi orders an inquiry, Turkey and the US condemn (2023-01-27).
- hm479-de-04: Morocco/Western Sahara: explosions in Smara kill one; prosecutors investigate, security reinforced, a Polisario-linked site reports shelling of army positions, Rabat refrains from blaming the Polisario, Guterres urges restraint, rally in Smara (2023-10-30).
- hm479-en-01: Jordan: an Amman court sentences journalist Hiba Abu Taha to a year under the cybercrime law over an article on a land route to Israel; her lawyer and the CPJ object, journalists' sit-in, HRW's protest-arrest figures (2024-06-11).
- hm479-en-02: Mauritania: a Nouakchott court sentences ex-president Mohamed Ould Abdel Aziz to five years for illicit enrichment and money laundering; asset confiscation, his lawyer's objection, police and supporters outside court, the 2020 parliamentary inquiry, the government welcomes the verdict (2023-12-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm479-de-01 (Israel, Arab leaders detained in Nazareth)
ISR_POLICE = actor("Israel Police", "ISR", "COP")
ARAB_POL = actor("Arab Israeli politicians", "ISR", "OPP")
BARAKEH = actor("Mohammad Barakeh", "ISR", "OPP")
ABU_SHEHADEH = actor("Sami Abu Shehadeh", "ISR", "OPP")
ZOABI = actor("Haneen Zoabi", "ISR", "OPP")
ODEH = actor("Ayman Odeh", "ISR", "LEG")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
ADALAH = actor("Adalah", "ISR", "NGO")
BEN_GVIR = actor("Itamar Ben-Gvir", "ISR", "GOV")
ISR_PROS = actor("Israeli prosecution", "ISR", "JUD")
ISR_SC = actor("Supreme Court of Israel", "ISR", "JUD")
SHABTAI = actor("Kobi Shabtai", "ISR", "COP")
ARAB_CIT = actor("Arab citizens of Israel", "ISR", "CVL")

N1 = ("Nazareth (dpa) - Die israelische Polizei hat am Donnerstag in Nazareth mehrere prominente arabische Politiker "
      "festgenommen, die zu einer Mahnwache gegen den Krieg im Gazastreifen aufgerufen hatten.")
N2 = ("Festgenommen wurden unter anderem der Vorsitzende des Hohen Folgekomitees der arabischen Bürger Israels, "
      "Mohammed Baraka, sowie die früheren Knesset-Abgeordneten Sami Abu Schehadeh und Hanin Soabi.")
N3 = ("Die Polizei hatte die Mahnwache zuvor untersagt und erklärte, Versammlungen gegen den Krieg gefährdeten in der "
      "derzeitigen Lage die öffentliche Ordnung.")
N4 = "Ein Polizeisprecher sagte, die Festgenommenen würden wegen Verstoßes gegen die Anordnung befragt."
N5 = ("Der Abgeordnete Aiman Odeh von der Hadasch-Partei sprach von einem „politischen Akt der Einschüchterung“ gegen "
      "die arabische Minderheit.")
N6 = "„Diese Regierung will uns sogar das Recht nehmen, um die Toten in Gaza zu trauern“, sagte er."
N7 = "Die Rechtshilfeorganisation Adalah forderte die sofortige Freilassung der Festgenommenen."
N8 = "Polizeiminister Itamar Ben-Gvir lobte dagegen das entschlossene Vorgehen der Beamten."
N9 = "Am Abend kamen Baraka, Abu Schehadeh und Soabi unter Auflagen wieder frei, wie ihre Anwälte mitteilten."
N10 = "Eine Anklage erhob die Staatsanwaltschaft zunächst nicht."
N11 = "Die Polizei wies den Vorwurf zurück, arabische Bürger gezielt an Protesten zu hindern."
N12 = ("Bereits am Mittwoch hatte das Oberste Gericht eine Petition von Adalah abgewiesen, die Proteste gegen den Krieg "
       "in Umm al-Fahm und Sachnin durchsetzen wollte.")
N13 = ("Die Polizei hatte argumentiert, sie habe in Kriegszeiten nicht genügend Kräfte, um solche Kundgebungen zu "
       "schützen.")
N14 = ("Polizeichef Kobi Schabtai hatte im Oktober gedroht, wer sich mit Gaza identifizieren wolle, könne in Bussen "
       "dorthin gebracht werden.")
N15 = "Arabische Bürger stellen rund ein Fünftel der Bevölkerung Israels."
N16 = ("Seit dem Angriff der Hamas am 7. Oktober wurden Dutzende von ihnen wegen Beiträgen in sozialen Netzwerken "
       "festgenommen.")

DE01 = {
    "id": "hm479-de-01", "lang": "de", "url": None, "published": "2023-11-09",
    "title": "Israelische Polizei nimmt arabische Politiker vor Anti-Kriegs-Mahnwache fest",
    "text": paragraphs([N1, N2, N3, N4], [N5, N6, N7, N8], [N9, N10, N11], [N12, N13, N14, N15, N16]),
    "events": [
        event("COERCE", ISR_POLICE, ARAB_POL, N1, mode="arrest", date="2023-11-09", location="Nazareth",
              location_country="ISR"),
        event("COERCE", ISR_POLICE, BARAKEH, N2, mode="arrest", date="2023-11-09"),
        event("COERCE", ISR_POLICE, ABU_SHEHADEH, N2, mode="arrest", date="2023-11-09"),
        event("COERCE", ISR_POLICE, ZOABI, N2, mode="arrest", date="2023-11-09"),
        event("COERCE", ISR_POLICE, ARAB_POL, N3, mode="ban"),
        event("ACCUSE", ISR_POLICE, ARAB_POL, N4, mode="investigate"),
        event("ACCUSE", ODEH, ISR_POLICE, N5, mode="disapprove"),
        event("ACCUSE", ODEH, ISR_GOV, N6, mode="disapprove"),
        event("REQUEST", ADALAH, ISR_POLICE, N7, mode="yield"),
        event("SUPPORT", BEN_GVIR, ISR_POLICE, N8),
        event("RETREAT", ISR_POLICE, BARAKEH, N9, mode="release", date="2023-11-09"),
        event("RETREAT", ISR_POLICE, ABU_SHEHADEH, N9, mode="release", date="2023-11-09"),
        event("RETREAT", ISR_POLICE, ZOABI, N9, mode="release", date="2023-11-09"),
        event("ACCUSE", ISR_PROS, ARAB_POL, N10, mode="allege", negated=True),
        event("REJECT", ISR_SC, ADALAH, N12, date="2023-11-08"),
        event("THREATEN", SHABTAI, ARAB_CIT, N14, mode="expel"),
    ],
    "quotes": [
        quote("Versammlungen gegen den Krieg gefährdeten in der derzeitigen Lage die öffentliche Ordnung",
              "Israel Police", "indirect"),
        quote("die Festgenommenen würden wegen Verstoßes gegen die Anordnung befragt", "Israel Police spokesperson",
              "indirect"),
        quote("politischen Akt der Einschüchterung", "Ayman Odeh", "direct"),
        quote("Diese Regierung will uns sogar das Recht nehmen, um die Toten in Gaza zu trauern", "Ayman Odeh",
              "direct"),
        quote("Am Abend kamen Baraka, Abu Schehadeh und Soabi unter Auflagen wieder frei",
              "lawyers of the detained politicians", "indirect"),
        quote("sie habe in Kriegszeiten nicht genügend Kräfte, um solche Kundgebungen zu schützen", "Israel Police",
              "indirect"),
        quote("wer sich mit Gaza identifizieren wolle, könne in Bussen dorthin gebracht werden", "Kobi Shabtai",
              "indirect"),
    ],
    "entities": [
        entity("Nazareth", "LOC", "ISR", ["Nazareth"]),
        entity("Israel Police", "ORG", "ISR", ["Die israelische Polizei", "Die Polizei", "der Beamten", "sie"]),
        entity("Arab Israeli politicians", "PER", "ISR",
               ["mehrere prominente arabische Politiker", "die Festgenommenen", "der Festgenommenen"]),
        entity("Gaza war", "MISC", "PSE", ["den Krieg im Gazastreifen", "den Krieg"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen", "Gaza", "dorthin"]),
        entity("High Follow-Up Committee for Arab Citizens of Israel", "ORG", "ISR",
               ["des Hohen Folgekomitees der arabischen Bürger Israels"]),
        entity("Mohammad Barakeh", "PER", "ISR",
               ["der Vorsitzende des Hohen Folgekomitees der arabischen Bürger Israels, Mohammed Baraka", "Baraka"]),
        entity("Israel", "LOC", "ISR", ["Israels"]),
        entity("Knesset", "ORG", "ISR", ["Knesset"]),
        entity("Sami Abu Shehadeh", "PER", "ISR", ["Sami Abu Schehadeh", "Abu Schehadeh"]),
        entity("Haneen Zoabi", "PER", "ISR", ["Hanin Soabi", "Soabi"]),
        entity("Israel Police spokesperson", "PER", "ISR", ["Ein Polizeisprecher"]),
        entity("Ayman Odeh", "PER", "ISR", ["Der Abgeordnete Aiman Odeh", "er"]),
        entity("Hadash", "ORG", "ISR", ["der Hadasch-Partei"]),
        entity("Arab citizens of Israel", "PER", "ISR",
               ["die arabische Minderheit", "uns", "arabische Bürger", "Arabische Bürger", "Dutzende von ihnen"]),
        entity("Government of Israel", "ORG", "ISR", ["Diese Regierung"]),
        entity("Adalah", "ORG", "ISR", ["Die Rechtshilfeorganisation Adalah", "Adalah"]),
        entity("Itamar Ben-Gvir", "PER", "ISR", ["Polizeiminister Itamar Ben-Gvir"]),
        entity("lawyers of the detained politicians", "PER", "ISR", ["ihre Anwälte"]),
        entity("Israeli prosecution", "ORG", "ISR", ["die Staatsanwaltschaft"]),
        entity("Supreme Court of Israel", "ORG", "ISR", ["das Oberste Gericht"]),
        entity("Umm al-Fahm", "LOC", "ISR", ["Umm al-Fahm"]),
        entity("Sakhnin", "LOC", "ISR", ["Sachnin"]),
        entity("Kobi Shabtai", "PER", "ISR", ["Polizeichef Kobi Schabtai"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas"]),
    ],
}

# ---------------------------------------------------------------- hm479-de-02 (Lebanon, Hezbollah truck in Kahaleh)
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
HEZ = actor("Hezbollah", "LBN", "REB")
KAH_RES = actor("residents of Kahaleh", "LBN", "CVL")
LBN_MEDIA = actor("Lebanese media", "LBN", "MED")
GEAGEA = actor("Samir Geagea", "LBN", "PTY")
GEMAYEL = actor("Samy Gemayel", "LBN", "PTY")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
J_AOUN = actor("Joseph Aoun", "LBN", "MIL")
MOURNERS = actor("mourners in Kahaleh", "LBN", "CVL")

K1 = ("Beirut (dpa) - Nach einem tödlichen Zwischenfall um einen verunglückten Lastwagen der Hisbollah hat die "
      "libanesische Armee ihre Präsenz in dem christlichen Bergort Kahaleh östlich von Beirut verstärkt.")
K2 = "Der Lastwagen war am Mittwochabend in einer Kurve der Fernstraße von Beirut nach Damaskus umgekippt."
K3 = ("Anschließend kam es zu einem Schusswechsel zwischen Anwohnern und Begleitern des Fahrzeugs, bei dem zwei "
      "Männer getötet wurden.")
K4 = ("Nach Angaben aus Sicherheitskreisen handelt es sich bei den Toten um einen Bewohner des Ortes und um ein "
      "Mitglied der Schiitenmiliz.")
K5 = "Soldaten riegelten die Unfallstelle ab und brachten die Ladung des Lastwagens in eine Kaserne."
K6 = "Die Armee teilte mit, es habe sich um Munition gehandelt, und leitete Ermittlungen ein."
K7 = ("Die Hisbollah erklärte, ihre Mitglieder seien von „bewaffneten Milizen“ angegriffen worden, als sie den "
      "Lastwagen sichern wollten.")
K8 = "Sie machte „Hetzer“ in den Medien für die Eskalation verantwortlich."
K9 = "Anwohner bestritten, als Erste geschossen zu haben."
K10 = ("Der Chef der christlichen Partei Forces Libanaises, Samir Geagea, warf der Hisbollah vor, das Land in "
       "Geiselhaft zu nehmen.")
K11 = "„Wie lange soll ein Staat im Staate noch Waffen durch unsere Dörfer fahren dürfen?“, fragte er."
K12 = ("Der Vorsitzende der Kataeb-Partei, Samy Gemayel, forderte die Regierung auf, die Waffen der Miliz unter "
       "staatliche Kontrolle zu stellen.")
K13 = "Übergangsregierungschef Nadschib Mikati telefonierte mit Armeechef Joseph Aoun."
K14 = "Er forderte die Armee auf, den Vorfall rasch und vollständig aufzuklären."
K15 = ("Bei der Beerdigung des getöteten Anwohners am Donnerstag riefen Hunderte Trauernde Parolen gegen die "
       "Hisbollah.")
K16 = "Die Hisbollah ist als einzige Gruppe im Libanon nach dem Bürgerkrieg von 1975 bis 1990 bewaffnet geblieben."
K17 = ("Das Präsidentenamt ist zudem seit dem Ende der Amtszeit von Michel Aoun im Oktober vergangenen Jahres "
       "unbesetzt.")

DE02 = {
    "id": "hm479-de-02", "lang": "de", "url": None, "published": "2023-08-10",
    "title": "Tote nach Schusswechsel um Hisbollah-Lastwagen im Libanon",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6], [K7, K8, K9], [K10, K11, K12, K13, K14], [K15, K16, K17]),
    "events": [
        event("MOBILIZE", LAF, None, K1, mode="troops", location="Kahaleh", location_country="LBN"),
        event("ASSAULT", KAH_RES, HEZ, K3, mode="firearms", date="2023-08-09", location="Kahaleh",
              location_country="LBN"),
        event("ASSAULT", HEZ, KAH_RES, K3, mode="firearms", date="2023-08-09", location="Kahaleh",
              location_country="LBN"),
        event("COERCE", LAF, HEZ, K5, mode="seize", location="Kahaleh", location_country="LBN"),
        event("ACCUSE", LAF, None, K6, mode="investigate"),
        event("ACCUSE", HEZ, KAH_RES, K7, mode="allege"),
        event("ACCUSE", HEZ, LBN_MEDIA, K8, mode="disapprove"),
        event("ACCUSE", GEAGEA, HEZ, K10, mode="disapprove"),
        event("ACCUSE", GEAGEA, HEZ, K11, mode="disapprove"),
        event("REQUEST", GEMAYEL, LBN_GOV, K12, mode="change"),
        event("CONSULT", MIKATI, J_AOUN, K13, mode="phone"),
        event("REQUEST", MIKATI, LAF, K14),
        event("PROTEST", MOURNERS, HEZ, K15, mode="demo", date="2023-08-10"),
    ],
    "quotes": [
        quote("handelt es sich bei den Toten um einen Bewohner des Ortes und um ein Mitglied der Schiitenmiliz",
              "Lebanese security sources", "indirect"),
        quote("es habe sich um Munition gehandelt", "Lebanese Armed Forces", "indirect"),
        quote("bewaffneten Milizen", "Hezbollah", "direct"),
        quote("ihre Mitglieder seien von „bewaffneten Milizen“ angegriffen worden, als sie den Lastwagen sichern "
              "wollten", "Hezbollah", "indirect"),
        quote("Hetzer", "Hezbollah", "direct"),
        quote("als Erste geschossen zu haben", "residents of Kahaleh", "indirect"),
        quote("das Land in Geiselhaft zu nehmen", "Samir Geagea", "indirect"),
        quote("Wie lange soll ein Staat im Staate noch Waffen durch unsere Dörfer fahren dürfen?", "Samir Geagea",
              "direct"),
        quote("die Waffen der Miliz unter staatliche Kontrolle zu stellen", "Samy Gemayel", "indirect"),
        quote("den Vorfall rasch und vollständig aufzuklären", "Najib Mikati", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Hezbollah", "ORG", "LBN", ["der Hisbollah", "Die Hisbollah", "der Schiitenmiliz", "Sie", "der Miliz",
                                           "ein Staat im Staate"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["die libanesische Armee", "Soldaten", "Die Armee",
                                                       "die Armee"]),
        entity("Kahaleh", "LOC", "LBN", ["dem christlichen Bergort Kahaleh", "des Ortes"]),
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("residents of Kahaleh", "PER", "LBN", ["Anwohnern", "Anwohner"]),
        entity("Hezbollah members", "PER", "LBN", ["Begleitern des Fahrzeugs", "ihre Mitglieder", "sie"]),
        entity("Fadi Bejjani", "PER", "LBN", ["einen Bewohner des Ortes", "des getöteten Anwohners"]),
        entity("Ahmad Kassas", "PER", "LBN", ["ein Mitglied der Schiitenmiliz"]),
        entity("Lebanese security sources", "ORG", "LBN", ["Sicherheitskreisen"]),
        entity("Lebanese media", "ORG", "LBN", ["den Medien"]),
        entity("Lebanese Forces", "ORG", "LBN", ["der christlichen Partei Forces Libanaises"]),
        entity("Samir Geagea", "PER", "LBN", ["Der Chef der christlichen Partei Forces Libanaises, Samir Geagea",
                                              "er"]),
        entity("Lebanon", "LOC", "LBN", ["das Land", "im Libanon"]),
        entity("Kataeb Party", "ORG", "LBN", ["der Kataeb-Partei"]),
        entity("Samy Gemayel", "PER", "LBN", ["Der Vorsitzende der Kataeb-Partei, Samy Gemayel"]),
        entity("Government of Lebanon", "ORG", "LBN", ["die Regierung"]),
        entity("Najib Mikati", "PER", "LBN", ["Übergangsregierungschef Nadschib Mikati", "Er"]),
        entity("Joseph Aoun", "PER", "LBN", ["Armeechef Joseph Aoun"]),
        entity("mourners in Kahaleh", "PER", "LBN", ["Hunderte Trauernde"]),
        entity("Lebanese Civil War", "MISC", "LBN", ["dem Bürgerkrieg von 1975 bis 1990"]),
        entity("Michel Aoun", "PER", "LBN", ["Michel Aoun"]),
    ],
}

# ---------------------------------------------------------------- hm479-de-03 (Iran/Azerbaijan, embassy attack in Tehran)
GUNMAN = actor("gunman at the Azerbaijani embassy in Tehran", "IRN", "CVL")
ASKEROV = actor("Orkhan Askerov", "AZE", "GOV")
AZE_EMB = actor("Embassy of Azerbaijan in Tehran", "AZE", "GOV")
AZE_GUARDS = actor("guards of the Azerbaijani embassy in Tehran", "AZE", "GOV")
IRN_POLICE = actor("Iranian police", "IRN", "COP")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")
IRN_MEDIA = actor("Iranian state media", "IRN", "MED")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
AMIR = actor("Hossein Amir-Abdollahian", "IRN", "GOV")
BAYRAMOV = actor("Jeyhun Bayramov", "AZE", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
TUR_GOV = actor("Government of Turkey", "TUR", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
IRN_MIL = actor("Iranian armed forces", "IRN", "MIL")

T1 = ("Teheran/Baku (dpa) - Bei einem bewaffneten Angriff auf die Botschaft Aserbaidschans in Teheran ist am Freitag "
      "der Leiter des Sicherheitsdienstes getötet worden.")
T2 = ("Ein Mann sei mit einer Kalaschnikow in das Gebäude eingedrungen und habe das Feuer eröffnet, teilte das "
      "Außenministerium in Baku mit.")
T3 = "Zwei weitere Wachleute wurden durch Schüsse verletzt."
T4 = "Die iranische Polizei nahm den Angreifer noch am Tatort fest."
T5 = ("Präsident Ilham Aliyev verurteilte den Angriff als „Terrorakt“ und verlangte von Teheran eine rasche "
      "Aufklärung.")
T6 = "Die Täter müssten bestraft werden, schrieb er auf Twitter."
T7 = ("Das Außenministerium in Baku machte eine „antiaserbaidschanische Kampagne“ iranischer Staatsmedien "
      "mitverantwortlich für die Tat.")
T8 = ("Baku ordnete noch am Abend die Evakuierung des Botschaftspersonals an und setzte die Arbeit der Vertretung "
      "aus.")
T9 = "Der Teheraner Polizeichef Hussein Rahimi sagte dagegen, der Täter habe aus persönlichen Motiven gehandelt."
T10 = "Der Mann habe geglaubt, seine Ehefrau werde in der Botschaft festgehalten."
T11 = "Aserbaidschan wies diese Darstellung zurück."
T12 = ("Außenminister Hussein Amirabdollahian verurteilte die Tat und sicherte seinem aserbaidschanischen Kollegen "
       "Dschejhun Bajramow in einem Telefonat eine gründliche Untersuchung zu.")
T13 = "Präsident Ebrahim Raisi ordnete eine sofortige Untersuchung an, wie die staatliche Nachrichtenagentur Irna meldete."
T14 = "Auch die Türkei und die USA verurteilten den Angriff."
T15 = "Die Beziehungen zwischen den Nachbarländern sind seit Langem gespannt."
T16 = ("Im Herbst hatte Iran an der Grenze zu Aserbaidschan ein großes Militärmanöver abgehalten, das Baku als "
       "Drohung auffasste.")
T17 = "Teheran wirft Baku seinerseits eine zu enge Zusammenarbeit mit Israel vor."

DE03 = {
    "id": "hm479-de-03", "lang": "de", "url": None, "published": "2023-01-27",
    "title": "Tödlicher Angriff auf Botschaft Aserbaidschans in Teheran",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T8], [T9, T10, T11, T12, T13], [T14, T15, T16, T17]),
    "events": [
        event("ASSAULT", GUNMAN, ASKEROV, T1, mode="firearms", date="2023-01-27", location="Teheran",
              location_country="IRN"),
        event("ASSAULT", GUNMAN, AZE_EMB, T2, mode="firearms"),
        event("ASSAULT", GUNMAN, AZE_GUARDS, T3, mode="firearms"),
        event("COERCE", IRN_POLICE, GUNMAN, T4, mode="arrest"),
        event("ACCUSE", ALIYEV, GUNMAN, T5, mode="disapprove"),
        event("REQUEST", ALIYEV, IRN_GOV, T5),
        event("REQUEST", ALIYEV, IRN_GOV, T6),
        event("ACCUSE", AZE_MFA, IRN_MEDIA, T7, mode="allege"),
        event("SANCTION", AZE_GOV, IRN_GOV, T8, mode="withdraw", date="2023-01-27"),
        event("ACCUSE", AMIR, GUNMAN, T12, mode="disapprove"),
        event("CONSULT", AMIR, BAYRAMOV, T12, mode="phone"),
        event("AGREE", AMIR, BAYRAMOV, T12),
        event("ACCUSE", RAISI, GUNMAN, T13, mode="investigate"),
        event("ACCUSE", TUR_GOV, GUNMAN, T14, mode="disapprove"),
        event("ACCUSE", USA_GOV, GUNMAN, T14, mode="disapprove"),
        event("MOBILIZE", IRN_MIL, None, T16, mode="troops"),
        event("ACCUSE", IRN_GOV, AZE_GOV, T17, mode="allege"),
    ],
    "quotes": [
        quote("Ein Mann sei mit einer Kalaschnikow in das Gebäude eingedrungen und habe das Feuer eröffnet",
              "Ministry of Foreign Affairs of Azerbaijan", "indirect"),
        quote("Terrorakt", "Ilham Aliyev", "direct"),
        quote("Die Täter müssten bestraft werden", "Ilham Aliyev", "indirect"),
        quote("antiaserbaidschanische Kampagne", "Ministry of Foreign Affairs of Azerbaijan", "direct"),
        quote("der Täter habe aus persönlichen Motiven gehandelt", "Hossein Rahimi", "indirect"),
        quote("Der Mann habe geglaubt, seine Ehefrau werde in der Botschaft festgehalten", "Hossein Rahimi",
              "indirect"),
        quote("Präsident Ebrahim Raisi ordnete eine sofortige Untersuchung an", "Islamic Republic News Agency",
              "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Embassy of Azerbaijan in Tehran", "ORG", "AZE",
               ["die Botschaft Aserbaidschans in Teheran", "das Gebäude", "der Vertretung", "der Botschaft"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschans", "Aserbaidschan"]),
        entity("Orkhan Askerov", "PER", "AZE", ["der Leiter des Sicherheitsdienstes"]),
        entity("gunman at the Azerbaijani embassy in Tehran", "PER", "IRN",
               ["Ein Mann", "den Angreifer", "Die Täter", "der Täter", "Der Mann", "seine"]),
        entity("guards of the Azerbaijani embassy in Tehran", "PER", "AZE", ["Zwei weitere Wachleute"]),
        entity("Iranian police", "ORG", "IRN", ["Die iranische Polizei"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Aliyev", "er"]),
        entity("Government of Iran", "ORG", "IRN", ["Teheran", "Iran"]),
        entity("Twitter", "ORG", "USA", ["Twitter"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE",
               ["das Außenministerium in Baku", "Das Außenministerium in Baku"]),
        entity("Iranian state media", "ORG", "IRN", ["iranischer Staatsmedien"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["Baku", "Aserbaidschan"]),
        entity("Hossein Rahimi", "PER", "IRN", ["Der Teheraner Polizeichef Hussein Rahimi"]),
        entity("wife of the gunman", "PER", "IRN", ["seine Ehefrau"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["Außenminister Hussein Amirabdollahian"]),
        entity("Jeyhun Bayramov", "PER", "AZE", ["seinem aserbaidschanischen Kollegen Dschejhun Bajramow"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi"]),
        entity("Islamic Republic News Agency", "ORG", "IRN", ["die staatliche Nachrichtenagentur Irna"]),
        entity("Government of Turkey", "ORG", "TUR", ["die Türkei"]),
        entity("Government of the United States", "ORG", "USA", ["die USA"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
    ],
}

# ---------------------------------------------------------------- hm479-de-04 (Morocco/Western Sahara, Smara blasts)
MAR_PROS = actor("Public Prosecutor at the Court of Appeal of Laayoune", "MAR", "JUD")
MAR_SEC = actor("Moroccan security forces", "MAR", "COP")
POLISARIO = actor("Polisario Front", "ESH", "REB")
MAR_ARMY = actor("Royal Moroccan Armed Forces", "MAR", "MIL")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
MAR_MP = actor("Member of Parliament from Smara", "MAR", "LEG")
GUTERRES = actor("António Guterres", "UNO", "IGO")
SMARA_RES = actor("residents of Smara", "MAR", "CVL")

S1 = ("Rabat (dpa) - Bei mehreren Explosionen in der Stadt Smara in der von Marokko kontrollierten Westsahara ist "
      "ein Mensch ums Leben gekommen.")
S2 = "Drei weitere Menschen wurden verletzt, zwei von ihnen schwer, wie die örtlichen Behörden mitteilten."
S3 = "Die Geschosse schlugen in der Nacht zum Sonntag in Wohnvierteln im Osten der Stadt ein."
S3B = "Bei dem Todesopfer handelt es sich um einen 23 Jahre alten Mann aus Smara."
S3C = "Die Stadt mit rund 60.000 Einwohnern liegt etwa 220 Kilometer östlich von Laâyoune."
S4 = "Die Staatsanwaltschaft beim Berufungsgericht in Laâyoune leitete Ermittlungen ein."
S5 = "Die Sicherheitskräfte verstärkten ihre Präsenz in Smara."
S6 = ("Eine der Polisario-Front nahestehende Nachrichtenseite meldete, Kämpfer der Unabhängigkeitsbewegung hätten "
      "Stellungen der marokkanischen Armee bei Smara beschossen.")
S7 = "Ziviles Gebiet sei nicht angegriffen worden, hieß es dort."
S8 = "Die marokkanische Regierung beschuldigte die Polisario zunächst nicht direkt."
S9 = ("Ein Parlamentsabgeordneter aus Smara warf der Bewegung dagegen einen „feigen Angriff auf Zivilisten“ vor.")
S10 = ("Ein Sprecher der UN-Mission für die Westsahara (Minurso) sagte, Experten hätten die Einschlagstellen "
       "besichtigt.")
S11 = ("UN-Generalsekretär António Guterres rief Marokko und die Polisario zur Zurückhaltung auf, wie sein Sprecher "
       "Stéphane Dujarric in New York sagte.")
S12 = "Am Montag versammelten sich Hunderte Menschen in Smara zu einer Kundgebung gegen die Polisario."
S13 = "Die Polisario strebt die Unabhängigkeit der Westsahara an, die Marokko als Teil seines Staatsgebiets betrachtet."
S14 = ("Seit dem Zusammenbruch der Waffenruhe von 1991 im November 2020 kommt es in dem Gebiet immer wieder zu "
       "Gefechten.")
S15 = "Algerien, wo die Polisario ihren Sitz hat, äußerte sich zunächst nicht zu dem Vorfall."

DE04 = {
    "id": "hm479-de-04", "lang": "de", "url": None, "published": "2023-10-30",
    "title": "Tote bei Explosionen in Westsahara-Stadt Smara",
    "text": paragraphs([S1, S2, S3, S3B, S3C], [S4, S5, S6, S7], [S8, S9, S10, S11], [S12, S13, S14, S15]),
    "events": [
        event("ACCUSE", MAR_PROS, None, S4, mode="investigate"),
        event("MOBILIZE", MAR_SEC, None, S5, mode="police", location="Smara", location_country="ESH"),
        event("ASSAULT", POLISARIO, MAR_ARMY, S6, mode="heavy-weapons", location="Smara", location_country="ESH"),
        event("ACCUSE", MAR_GOV, POLISARIO, S8, mode="allege", negated=True),
        event("ACCUSE", MAR_MP, POLISARIO, S9, mode="allege"),
        event("REQUEST", GUTERRES, MAR_GOV, S11),
        event("REQUEST", GUTERRES, POLISARIO, S11),
        event("PROTEST", SMARA_RES, POLISARIO, S12, mode="demo", date="2023-10-30", location="Smara",
              location_country="ESH"),
    ],
    "quotes": [
        quote("Drei weitere Menschen wurden verletzt, zwei von ihnen schwer", "local authorities of Smara",
              "indirect"),
        quote("Kämpfer der Unabhängigkeitsbewegung hätten Stellungen der marokkanischen Armee bei Smara beschossen",
              "news website close to the Polisario Front", "indirect"),
        quote("Ziviles Gebiet sei nicht angegriffen worden", "news website close to the Polisario Front", "indirect"),
        quote("feigen Angriff auf Zivilisten", "Member of Parliament from Smara", "direct"),
        quote("Experten hätten die Einschlagstellen besichtigt", "MINURSO spokesperson", "indirect"),
        quote("UN-Generalsekretär António Guterres rief Marokko und die Polisario zur Zurückhaltung auf",
              "Stéphane Dujarric", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Smara", "LOC", "ESH", ["der Stadt Smara", "Smara", "der Stadt", "Die Stadt mit rund 60.000 Einwohnern"]),
        entity("Morocco", "LOC", "MAR", ["Marokko"]),
        entity("Western Sahara", "LOC", "ESH", ["der von Marokko kontrollierten Westsahara", "Westsahara",
                                                "dem Gebiet"]),
        entity("victim of the Smara explosions", "PER", "MAR", ["ein Mensch", "dem Todesopfer",
                                                                 "einen 23 Jahre alten Mann aus Smara"]),
        entity("injured of the Smara explosions", "PER", "MAR", ["Drei weitere Menschen", "zwei von ihnen"]),
        entity("local authorities of Smara", "ORG", "MAR", ["die örtlichen Behörden"]),
        entity("Public Prosecutor at the Court of Appeal of Laayoune", "ORG", "MAR",
               ["Die Staatsanwaltschaft beim Berufungsgericht in Laâyoune"]),
        entity("Laayoune", "LOC", "ESH", ["Laâyoune"]),
        entity("Moroccan security forces", "ORG", "MAR", ["Die Sicherheitskräfte", "ihre"]),
        entity("Polisario Front", "ORG", "ESH", ["Polisario-Front", "der Unabhängigkeitsbewegung", "die Polisario",
                                                "der Bewegung", "Die Polisario"]),
        entity("news website close to the Polisario Front", "ORG", "ESH",
               ["Eine der Polisario-Front nahestehende Nachrichtenseite", "dort"]),
        entity("Polisario fighters", "PER", "ESH", ["Kämpfer der Unabhängigkeitsbewegung"]),
        entity("Royal Moroccan Armed Forces", "ORG", "MAR", ["der marokkanischen Armee"]),
        entity("Government of Morocco", "ORG", "MAR", ["Die marokkanische Regierung", "Marokko"]),
        entity("Member of Parliament from Smara", "PER", "MAR", ["Ein Parlamentsabgeordneter aus Smara"]),
        entity("MINURSO", "ORG", "UNO", ["der UN-Mission für die Westsahara (Minurso)"]),
        entity("MINURSO spokesperson", "PER", "UNO", ["Ein Sprecher der UN-Mission für die Westsahara (Minurso)"]),
        entity("UN experts", "PER", "UNO", ["Experten"]),
        entity("António Guterres", "PER", "UNO", ["UN-Generalsekretär António Guterres", "sein"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["sein Sprecher Stéphane Dujarric"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("residents of Smara", "PER", "MAR", ["Hunderte Menschen"]),
        entity("1991 Western Sahara ceasefire", "MISC", "ESH", ["der Waffenruhe von 1991"]),
        entity("Algeria", "LOC", "DZA", ["Algerien"]),
    ],
}

# ---------------------------------------------------------------- hm479-en-01 (Jordan, journalist Hiba Abu Taha jailed)
JOR_COURT = actor("Amman Magistrate's Court", "JOR", "JUD")
ABU_TAHA = actor("Hiba Abu Taha", "JOR", "MED")
JOR_SEC = actor("Jordanian security forces", "JOR", "COP")
JOR_PROS = actor("Public Prosecutor of Jordan", "JOR", "JUD")
JOR_GOV = actor("Government of Jordan", "JOR", "GOV")
TAHA_LAWYER = actor("lawyer of Hiba Abu Taha", "JOR", "CVL")
CPJ = actor("Committee to Protect Journalists", "NGO", "NGO")
MANSOUR = actor("Sherif Mansour", "NGO", "NGO")
JOR_JOURN = actor("Jordanian journalists", "JOR", "MED")
HRW = actor("Human Rights Watch", "NGO", "NGO")

J1 = ("AMMAN, Jordan (AP) — A court in Jordan's capital on Tuesday sentenced journalist Hiba Abu Taha to one year in "
      "prison under the kingdom's cybercrime law over an article criticizing trade links with Israel during the war "
      "in Gaza.")
J2 = "The Amman Magistrate's Court also fined her 5,000 dinars, about $7,000."
J3 = ("Abu Taha, a freelance writer, was arrested by security forces in May after the public prosecutor charged her "
      "with spreading false news and inciting strife.")
J4 = ("Her article, published on an Arabic-language news website, accused the government of allowing a land route "
      "through Jordan to carry goods to Israel.")
J5 = "The government has repeatedly dismissed reports of such a land bridge as false."
J6 = ("Her lawyer said he would appeal, calling the sentence “excessive” for a journalist who had only expressed an "
      "opinion.")
J7 = "“Hiba did not incite anyone, she wrote a critical article,” he told The Associated Press."
J8 = ("The Committee to Protect Journalists condemned the verdict and called on Jordanian authorities to release "
      "Abu Taha immediately.")
J9 = ("“Jailing journalists for their reporting has no place in a country that presents itself as a model of "
      "stability and moderation,” said Sherif Mansour, the group's Middle East and North Africa program "
      "coordinator.")
J10 = ("Dozens of journalists staged a sit-in outside the Jordan Press Association in Amman on Tuesday evening to "
       "protest the ruling.")
J11 = ("Government spokesman Mohannad Mubaideen has said the authorities respect freedom of expression and that the "
       "courts are independent.")
J12 = ("Rights groups say the cybercrime law, which took effect last September, allows authorities to punish online "
       "criticism through vaguely worded offenses.")
J13 = ("Jordanian authorities have also detained hundreds of people at pro-Palestinian protests near the Israeli "
       "Embassy since October, according to Human Rights Watch.")
J14 = ("Jordan is home to a large population of Palestinian origin, and anger over the war in Gaza has fueled "
       "regular demonstrations in the capital.")

EN01 = {
    "id": "hm479-en-01", "lang": "en", "url": None, "published": "2024-06-11",
    "title": "Jordanian journalist sentenced to a year in prison under cybercrime law",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7], [J8, J9, J10], [J11, J12, J13, J14]),
    "events": [
        event("SANCTION", JOR_COURT, ABU_TAHA, J1, mode="convict", date="2024-06-11", location="Amman",
              location_country="JOR"),
        event("SANCTION", JOR_COURT, ABU_TAHA, J2, mode="convict"),
        event("COERCE", JOR_SEC, ABU_TAHA, J3, mode="arrest"),
        event("ACCUSE", JOR_PROS, ABU_TAHA, J3, mode="allege"),
        event("ACCUSE", ABU_TAHA, JOR_GOV, J4, mode="allege"),
        event("ACCUSE", TAHA_LAWYER, JOR_COURT, J6, mode="disapprove"),
        event("ACCUSE", CPJ, JOR_COURT, J8, mode="disapprove"),
        event("REQUEST", CPJ, JOR_GOV, J8, mode="yield"),
        event("ACCUSE", MANSOUR, JOR_GOV, J9, mode="disapprove"),
        event("PROTEST", JOR_JOURN, JOR_COURT, J10, mode="demo", date="2024-06-11", location="Amman",
              location_country="JOR"),
        event("ACCUSE", HRW, JOR_GOV, J13, mode="allege"),
    ],
    "quotes": [
        quote("he would appeal", "lawyer of Hiba Abu Taha", "indirect"),
        quote("excessive", "lawyer of Hiba Abu Taha", "direct"),
        quote("Hiba did not incite anyone, she wrote a critical article", "lawyer of Hiba Abu Taha", "direct"),
        quote("Jailing journalists for their reporting has no place in a country that presents itself as a model of "
              "stability and moderation", "Sherif Mansour", "direct"),
        quote("the authorities respect freedom of expression and that the courts are independent",
              "Mohannad Mubaideen", "indirect"),
        quote("the cybercrime law, which took effect last September, allows authorities to punish online criticism "
              "through vaguely worded offenses", "human rights groups", "indirect"),
        quote("Jordanian authorities have also detained hundreds of people at pro-Palestinian protests near the "
              "Israeli Embassy since October", "Human Rights Watch", "indirect"),
    ],
    "entities": [
        entity("Amman", "LOC", "JOR", ["AMMAN", "Jordan's capital", "Amman", "the capital"]),
        entity("Jordan", "LOC", "JOR", ["Jordan", "Jordan's", "the kingdom's", "a country"]),
        entity("Amman Magistrate's Court", "ORG", "JOR",
               ["A court in Jordan's capital", "The Amman Magistrate's Court"]),
        entity("Hiba Abu Taha", "PER", "JOR",
               ["journalist Hiba Abu Taha", "her", "Abu Taha", "a freelance writer", "Her", "Hiba",
                "a journalist who had only expressed an opinion", "she"]),
        entity("Jordanian Cybercrime Law", "MISC", "JOR", ["the kingdom's cybercrime law", "the cybercrime law"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza war", "MISC", "PSE", ["the war in Gaza"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Jordanian security forces", "ORG", "JOR", ["security forces"]),
        entity("Public Prosecutor of Jordan", "ORG", "JOR", ["the public prosecutor"]),
        entity("Arabic-language news website", "ORG", "JOR", ["an Arabic-language news website"]),
        entity("Government of Jordan", "ORG", "JOR",
               ["the government", "The government", "Jordanian authorities", "the authorities"]),
        entity("lawyer of Hiba Abu Taha", "PER", "JOR", ["Her lawyer", "he"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("Committee to Protect Journalists", "ORG", "NGO",
               ["The Committee to Protect Journalists", "the group's"]),
        entity("Sherif Mansour", "PER", "NGO",
               ["Sherif Mansour, the group's Middle East and North Africa program coordinator"]),
        entity("Jordanian journalists", "PER", "JOR", ["Dozens of journalists"]),
        entity("Jordan Press Association", "ORG", "JOR", ["the Jordan Press Association"]),
        entity("Mohannad Mubaideen", "PER", "JOR", ["Government spokesman Mohannad Mubaideen"]),
        entity("human rights groups", "ORG", "NGO", ["Rights groups"]),
        entity("pro-Palestinian protesters in Jordan", "PER", "JOR", ["hundreds of people"]),
        entity("Embassy of Israel in Amman", "LOC", "ISR", ["the Israeli Embassy"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
    ],
}

# ---------------------------------------------------------------- hm479-en-02 (Mauritania, ex-president Aziz jailed)
MRT_COURT = actor("Criminal Court for Economic Crimes of Mauritania", "MRT", "JUD")
AZIZ = actor("Mohamed Ould Abdel Aziz", "MRT", "OPP")
MRT_PROS = actor("Public Prosecutor of Mauritania", "MRT", "JUD")
GHAZOUANI = actor("Mohamed Ould Ghazouani", "MRT", "GOV")
ICHIDOU = actor("Mohameden Ould Ichidou", "MRT", "CVL")
MRT_POLICE = actor("Mauritanian police", "MRT", "COP")
AZIZ_SUPP = actor("supporters of Mohamed Ould Abdel Aziz", "MRT", "CVL")
MRT_PARL = actor("National Assembly of Mauritania", "MRT", "LEG")
MRT_SPOKES = actor("Spokesman of the Government of Mauritania", "MRT", "GOV")

M1 = ("NOUAKCHOTT, Mauritania (AP) — A Mauritanian court on Monday sentenced former President Mohamed Ould Abdel Aziz "
      "to five years in prison for illicit enrichment and money laundering, a rare conviction of a former African "
      "head of state by his own country's judiciary.")
M2 = ("The criminal court, which specializes in corruption cases, also ordered the confiscation of assets the former "
      "leader had acquired illegally.")
M3 = ("Prosecutors had accused Abdel Aziz, who ruled the West African nation from 2008 to 2019, of amassing a fortune "
      "worth tens of millions of dollars while in office.")
M4 = "Abdel Aziz, who has been held in custody since the trial opened in January, denied all charges."
M5 = ("He has said he is the victim of a political settling of scores by his successor and former ally, President "
      "Mohamed Ould Ghazouani.")
M6 = ("“This is a political verdict written in advance,” defense lawyer Mohameden Ould Ichidou told reporters "
      "outside the courthouse.")
M7 = "He said the defense would appeal."
M8 = ("Police deployed in large numbers around the court in central Nouakchott, where several dozen supporters of "
      "the former president chanted slogans against the ruling.")
M9 = "Officers detained at least five of the protesters."
M10 = ("The case stems from a 2020 parliamentary commission of inquiry that examined the management of public funds "
       "under Abdel Aziz, including oil revenues and the sale of state land.")
M11 = "A government spokesman told state television that the verdict proved that no one was above the law."
M12 = ("Ghazouani, a former general who served as Abdel Aziz's defense minister, has repeatedly said the judiciary "
       "acts independently.")
M13 = "Abdel Aziz first took office in 2008 and won elections in 2009 and 2014."
M14 = ("Ghazouani succeeded him in 2019 in the country's first transition between two elected presidents since "
       "independence from France in 1960.")
M15 = ("Mauritania, a country of about 4.5 million people, is a key partner of the European Union and the United "
       "States in the fight against Islamist militants in the Sahel.")

EN02 = {
    "id": "hm479-en-02", "lang": "en", "url": None, "published": "2023-12-04",
    "title": "Mauritania's former president sentenced to 5 years for illicit enrichment",
    "text": paragraphs([M1, M2, M3], [M4, M5, M6, M7], [M8, M9], [M10, M11, M12], [M13, M14, M15]),
    "events": [
        event("SANCTION", MRT_COURT, AZIZ, M1, mode="convict", date="2023-12-04", location="Nouakchott",
              location_country="MRT"),
        event("COERCE", MRT_COURT, AZIZ, M2, mode="seize"),
        event("ACCUSE", MRT_PROS, AZIZ, M3, mode="allege"),
        event("ACCUSE", AZIZ, GHAZOUANI, M5, mode="allege"),
        event("ACCUSE", ICHIDOU, MRT_COURT, M6, mode="disapprove"),
        event("MOBILIZE", MRT_POLICE, None, M8, mode="police", date="2023-12-04", location="Nouakchott",
              location_country="MRT"),
        event("PROTEST", AZIZ_SUPP, MRT_COURT, M8, mode="demo", date="2023-12-04", location="Nouakchott",
              location_country="MRT"),
        event("COERCE", MRT_POLICE, AZIZ_SUPP, M9, mode="arrest", date="2023-12-04", location="Nouakchott",
              location_country="MRT"),
        event("ACCUSE", MRT_PARL, AZIZ, M10, mode="investigate"),
        event("SUPPORT", MRT_SPOKES, MRT_COURT, M11),
    ],
    "quotes": [
        quote("he is the victim of a political settling of scores by his successor and former ally, President "
              "Mohamed Ould Ghazouani", "Mohamed Ould Abdel Aziz", "indirect"),
        quote("This is a political verdict written in advance", "Mohameden Ould Ichidou", "direct"),
        quote("the defense would appeal", "Mohameden Ould Ichidou", "indirect"),
        quote("the verdict proved that no one was above the law", "Spokesman of the Government of Mauritania",
              "indirect"),
        quote("the judiciary acts independently", "Mohamed Ould Ghazouani", "indirect"),
    ],
    "entities": [
        entity("Nouakchott", "LOC", "MRT", ["NOUAKCHOTT", "central Nouakchott"]),
        entity("Mauritania", "LOC", "MRT",
               ["Mauritania", "his own country's", "the West African nation", "the country's", "a country"]),
        entity("Criminal Court for Economic Crimes of Mauritania", "ORG", "MRT",
               ["A Mauritanian court", "The criminal court", "the court"]),
        entity("Mohamed Ould Abdel Aziz", "PER", "MRT",
               ["former President Mohamed Ould Abdel Aziz", "his", "the former leader", "Abdel Aziz", "He", "he",
                "the former president", "Abdel Aziz's", "him"]),
        entity("Public Prosecutor of Mauritania", "ORG", "MRT", ["Prosecutors"]),
        entity("Mohamed Ould Ghazouani", "PER", "MRT",
               ["his successor and former ally, President Mohamed Ould Ghazouani", "Ghazouani",
                "a former general who served as Abdel Aziz's defense minister"]),
        entity("Mohameden Ould Ichidou", "PER", "MRT", ["defense lawyer Mohameden Ould Ichidou", "He"]),
        entity("defense team of Mohamed Ould Abdel Aziz", "ORG", "MRT", ["the defense"]),
        entity("reporters", "PER", "MRT", ["reporters"]),
        entity("courthouse in Nouakchott", "LOC", "MRT", ["the courthouse"]),
        entity("Mauritanian police", "ORG", "MRT", ["Police", "Officers"]),
        entity("supporters of Mohamed Ould Abdel Aziz", "PER", "MRT",
               ["several dozen supporters of the former president", "the protesters"]),
        entity("National Assembly of Mauritania", "ORG", "MRT", ["a 2020 parliamentary commission of inquiry"]),
        entity("Spokesman of the Government of Mauritania", "PER", "MRT", ["A government spokesman"]),
        entity("Télévision de Mauritanie", "ORG", "MRT", ["state television"]),
        entity("judiciary of Mauritania", "ORG", "MRT", ["the judiciary", "judiciary"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("European Union", "ORG", "EUR", ["the European Union"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Sahel", "LOC", "MLI", ["the Sahel"]),
        entity("Islamist militants in the Sahel", "ORG", "MLI", ["Islamist militants"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
