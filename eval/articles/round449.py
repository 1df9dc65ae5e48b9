"""Round 449: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025 in the Middle East and North Africa, invented wording and details):
- hm449-de-01: Lebanon: parliament extends army chief Joseph Aoun's term by a year; the FPM boycotts and Hezbollah MPs walk out, Bassil accuses Berri, Mikati's government and parliament, Defence Minister Slim's earlier refusal, Mikati and the Lebanese Forces back the extension, US and French lobbying (2023-12-15).
- hm449-de-02: Syria: electoral colleges choose 140 of 210 seats of the first People's Assembly after Assad's fall; al-Sharaa votes in Damascus, the vote is postponed in Suwayda, Raqqa and Hasakah, the Kurdish-led administration objects and demands a say on the constitution, al-Hijri refuses cooperation, SNHR criticism denied by the election committee, EU demand (2025-10-06).
- hm449-de-03: Palestinian territories: journalism student Shatha al-Sabbagh shot dead in the Jenin camp during the PA's security operation; her family and brother blame PA forces, spokesman Anwar Rajab denies and blames "outlaws", fighting with the Jenin Brigade and arrests, the brigade's demands, Hamas and Fatah accusations, the journalists' union demands an inquiry (2024-12-29).
- hm449-de-04: Saudi Arabia/Iran: Foreign Minister Faisal bin Farhan makes the first Saudi ministerial visit to Tehran in seven years; talks with Amir-Abdollahian, Raisi receives him and accepts King Salman's invitation, no meeting with Khamenei, the Soleimani portrait request, embassies reopening, the 2016 rupture and the Beijing deal recalled (2023-06-17).
- hm449-en-01: Lebanon/UAE: Lebanon extradites poet Abdul Rahman Yusuf al-Qaradawi to the UAE after his Umayyad Mosque video; cabinet approval, lawyer Sablouh's appeal and criticism, the arrest at Masnaa, UAE and Egyptian requests, the Egyptian sentence, Amnesty and HRW appeals, Turkey asks for consular access (2025-01-08).
- hm449-en-02: Saudi Arabia/Israel: Tourism Minister Haim Katz arrives in Riyadh for a UNWTO meeting, the first public visit by an Israeli minister, while Saudi envoy Nayef al-Sudairi visits the West Bank and presents credentials in Ramallah; US normalisation push, Saudi conditions, Hamas objects, Smotrich rules out concessions (2023-09-26).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm449-de-01 (Lebanon, army chief's term extended)
LEB_PARL = actor("Parliament of Lebanon", "LBN", "LEG")
J_AOUN = actor("Joseph Aoun", "LBN", "MIL")
FPM = actor("Free Patriotic Movement", "LBN", "PTY")
HEZBOLLAH = actor("Hezbollah", "LBN", "PTY")
BASSIL = actor("Gebran Bassil", "LBN", "PTY")
BERRI = actor("Nabih Berri", "LBN", "LEG")
LBN_GOV = actor("Government of Lebanon", "LBN", "GOV")
SLIM = actor("Maurice Slim", "LBN", "GOV")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
LEB_FORCES = actor("Lebanese Forces", "LBN", "PTY")
USA_GOV = actor("Government of the United States", "USA", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")

L1 = ("Beirut (dpa) - Das libanesische Parlament hat am Freitag die Amtszeit von Armeechef Joseph Aoun um ein Jahr "
      "verlängert.")
L2 = ("Das in einer Sitzung unter Leitung von Parlamentspräsident Nabih Berri verabschiedete Gesetz schiebt den "
      "Ruhestand der ranghöchsten Kommandeure von Armee und Polizei auf.")
L3 = "Aouns Amtszeit wäre am 10. Januar abgelaufen."
L4 = ("Die Freie Patriotische Bewegung (FPM) des christlichen Politikers Gebran Bassil boykottierte die Sitzung.")
L5 = "Die Abgeordneten der schiitischen Hisbollah verließen den Saal kurz vor der Abstimmung."
L6 = ("Bassil warf Berri und der Übergangsregierung von Ministerpräsident Nadschib Mikati vor, die Verfassung zu "
      "missachten.")
L7 = "„Das Parlament hat heute den Rechtsstaat beschädigt“, sagte er vor Journalisten."
L8 = "Seine Partei werde das Gesetz vor dem Verfassungsrat anfechten, kündigte der frühere Außenminister an."
L9 = ("Verteidigungsminister Maurice Slim, der der FPM nahesteht, hatte sich zuvor geweigert, dem Kabinett eine "
      "Verlängerung vorzuschlagen.")
L10 = "Mikati begrüßte die Entscheidung und dankte den Abgeordneten."
L11 = ("Ein Machtvakuum an der Spitze der Armee hätte das Land in einer gefährlichen Lage weiter geschwächt, sagte der "
       "Regierungschef.")
L12 = ("Auch die Partei Libanesische Kräfte von Samir Geagea, die den Gesetzentwurf eingebracht hatte, stimmte "
       "dafür.")
L13 = ("Die USA und Frankreich hatten sich nach Angaben von Diplomaten seit Wochen für eine Lösung eingesetzt, die "
       "einen Führungswechsel in der Armee während des Konflikts an der Grenze zu Israel verhindert.")
L14 = ("Seit dem Beginn des Gaza-Kriegs im Oktober liefern sich die Hisbollah und die israelische Armee nahezu täglich "
       "Gefechte.")
L15 = ("Der Libanon ist seit dem Ende der Amtszeit von Präsident Michel Aoun Ende Oktober 2022 ohne "
       "Staatsoberhaupt.")
L16 = ("Joseph Aoun, der mit dem früheren Präsidenten nicht verwandt ist, gilt als aussichtsreicher Kandidat für "
       "dessen Nachfolge.")

DE01 = {
    "id": "hm449-de-01", "lang": "de", "url": None, "published": "2023-12-15",
    "title": "Libanons Parlament verlängert Amtszeit von Armeechef Aoun",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6, L7, L8, L9], [L10, L11, L12, L13], [L14, L15, L16]),
    "events": [
        event("SUPPORT", LEB_PARL, J_AOUN, L1, date="2023-12-15", location="Beirut", location_country="LBN"),
        event("PROTEST", FPM, LEB_PARL, L4, mode="boycott"),
        event("PROTEST", HEZBOLLAH, LEB_PARL, L5, mode="boycott"),
        event("ACCUSE", BASSIL, BERRI, L6, mode="disapprove"),
        event("ACCUSE", BASSIL, LBN_GOV, L6, mode="disapprove"),
        event("ACCUSE", BASSIL, LEB_PARL, L7, mode="disapprove"),
        event("REJECT", SLIM, LBN_GOV, L9),
        event("SUPPORT", MIKATI, LEB_PARL, L10),
        event("SUPPORT", LEB_FORCES, J_AOUN, L12),
        event("REQUEST", USA_GOV, LBN_GOV, L13),
        event("REQUEST", FRA_GOV, LBN_GOV, L13),
    ],
    "quotes": [
        quote("die Verfassung zu missachten", "Gebran Bassil", "indirect"),
        quote("Das Parlament hat heute den Rechtsstaat beschädigt", "Gebran Bassil", "direct"),
        quote("Seine Partei werde das Gesetz vor dem Verfassungsrat anfechten", "Gebran Bassil", "indirect"),
        quote("Ein Machtvakuum an der Spitze der Armee hätte das Land in einer gefährlichen Lage weiter geschwächt",
              "Najib Mikati", "indirect"),
        quote("Die USA und Frankreich hatten sich nach Angaben von Diplomaten seit Wochen für eine Lösung eingesetzt, "
              "die einen Führungswechsel in der Armee während des Konflikts an der Grenze zu Israel verhindert",
              "diplomats", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Parliament of Lebanon", "ORG", "LBN", ["Das libanesische Parlament", "Das Parlament",
                                                       "den Abgeordneten"]),
        entity("Joseph Aoun", "PER", "LBN", ["Armeechef Joseph Aoun", "Aouns", "Joseph Aoun"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri", "Berri"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Armee", "der Armee"]),
        entity("Internal Security Forces", "ORG", "LBN", ["Polizei"]),
        entity("Free Patriotic Movement", "ORG", "LBN", ["Die Freie Patriotische Bewegung (FPM)", "Seine Partei",
                                                         "der FPM"]),
        entity("Gebran Bassil", "PER", "LBN", ["des christlichen Politikers Gebran Bassil", "Bassil", "er",
                                               "der frühere Außenminister"]),
        entity("Hezbollah", "ORG", "LBN", ["Die Abgeordneten der schiitischen Hisbollah", "die Hisbollah"]),
        entity("Government of Lebanon", "ORG", "LBN", ["der Übergangsregierung von Ministerpräsident Nadschib Mikati",
                                                       "dem Kabinett"]),
        entity("Najib Mikati", "PER", "LBN", ["Ministerpräsident Nadschib Mikati", "Mikati", "der Regierungschef"]),
        entity("Constitutional Council of Lebanon", "ORG", "LBN", ["dem Verfassungsrat"]),
        entity("Maurice Slim", "PER", "LBN", ["Verteidigungsminister Maurice Slim"]),
        entity("Lebanon", "LOC", "LBN", ["das Land", "Der Libanon"]),
        entity("Lebanese Forces", "ORG", "LBN", ["die Partei Libanesische Kräfte von Samir Geagea"]),
        entity("Samir Geagea", "PER", "LBN", ["Samir Geagea"]),
        entity("Government of the United States", "ORG", "USA", ["Die USA"]),
        entity("Government of France", "ORG", "FRA", ["Frankreich"]),
        entity("diplomats", "PER", None, ["Diplomaten"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza war", "MISC", None, ["des Gaza-Kriegs"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["die israelische Armee"]),
        entity("Michel Aoun", "PER", "LBN", ["Präsident Michel Aoun", "dem früheren Präsidenten", "dessen"]),
    ],
}

# ---------------------------------------------------------------- hm449-de-02 (Syria, indirect parliamentary vote)
SYR_GOV = actor("Government of Syria", "SYR", "GOV")
AANES = actor("Autonomous Administration of North and East Syria", "SYR", "OPP")
HIJRI = actor("Hikmat al-Hijri", "SYR", "REL")
SNHR = actor("Syrian Network for Human Rights", "SYR", "NGO")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
EU = actor("European Union", "EUR", "IGO")

Y1 = ("Damaskus (dpa) - Zehn Monate nach dem Sturz von Machthaber Baschar al-Assad haben in Syrien Wahlgremien ein "
      "neues Parlament bestimmt.")
Y2 = ("Rund 6000 Wahlleute stimmten am Sonntag über 140 der 210 Sitze der Volksversammlung ab, wie die staatliche "
      "Nachrichtenagentur Sana meldete.")
Y3 = "Die übrigen 70 Abgeordneten ernennt Übergangspräsident Ahmed al-Scharaa."
Y4 = "Al-Scharaa besuchte am Sonntag ein Wahllokal in der Nationalbibliothek in Damaskus."
Y5 = "Die Abstimmung sei ein wichtiger Schritt beim Aufbau des neuen Staates, sagte er dort."
Y6 = "Nach dem am Montag veröffentlichten Ergebnis zogen nur sechs Frauen in das Parlament ein."
Y7 = ("In den Provinzen Suwaida, Rakka und Hasaka wurde die Wahl nach Angaben der Wahlkommission aus "
      "Sicherheitsgründen verschoben.")
Y8 = ("Die kurdisch geführte Selbstverwaltung im Nordosten, die weite Teile von Rakka und Hasaka kontrolliert, "
      "bezeichnete das Verfahren als „undemokratisch“.")
Y9 = "Sie verlangte, an der Ausarbeitung einer neuen Verfassung beteiligt zu werden."
Y10 = ("Der geistliche Führer der Drusen in Suwaida, Scheich Hikmat al-Hidschri, lehnt seit den blutigen Kämpfen im "
       "Juli jede Zusammenarbeit mit der Regierung in Damaskus ab.")
Y11 = ("Das Syrische Netzwerk für Menschenrechte kritisierte, die Wahlleute seien von Ausschüssen ausgewählt worden, "
       "die der Präsident selbst eingesetzt habe.")
Y12 = "Der Vorsitzende der Wahlkommission, Mohammed Taha al-Ahmad, wies den Vorwurf zurück."
Y13 = ("Eine direkte Wahl sei wegen der Millionen Vertriebenen und fehlender Melderegister derzeit nicht möglich, "
       "sagte er.")
Y14 = ("Die Europäische Union rief die Übergangsregierung auf, alle Bevölkerungsgruppen an dem politischen Prozess "
       "zu beteiligen.")
Y15 = ("Al-Scharaas Regierung hatte im März eine Verfassungserklärung in Kraft gesetzt, die eine Übergangsphase von "
       "fünf Jahren vorsieht.")
Y16 = "Das neue Parlament soll zunächst 30 Monate amtieren."

DE02 = {
    "id": "hm449-de-02", "lang": "de", "url": None, "published": "2025-10-06",
    "title": "Syrien bestimmt erstes Parlament nach Assads Sturz",
    "text": paragraphs([Y1, Y2, Y3, Y4, Y5], [Y6, Y7], [Y8, Y9, Y10], [Y11, Y12, Y13, Y14], [Y15, Y16]),
    "events": [
        event("ACCUSE", AANES, SYR_GOV, Y8, mode="disapprove"),
        event("REQUEST", AANES, SYR_GOV, Y9, mode="change"),
        event("REJECT", HIJRI, SYR_GOV, Y10),
        event("ACCUSE", SNHR, SHARAA, Y11, mode="disapprove"),
        event("REQUEST", EU, SYR_GOV, Y14, mode="change"),
    ],
    "quotes": [
        quote("Rund 6000 Wahlleute stimmten am Sonntag über 140 der 210 Sitze der Volksversammlung ab", "SANA",
              "indirect"),
        quote("Die Abstimmung sei ein wichtiger Schritt beim Aufbau des neuen Staates", "Ahmed al-Sharaa",
              "indirect"),
        quote("In den Provinzen Suwaida, Rakka und Hasaka wurde die Wahl nach Angaben der Wahlkommission aus "
              "Sicherheitsgründen verschoben", "Higher Committee for People's Assembly Elections", "indirect"),
        quote("undemokratisch", "Autonomous Administration of North and East Syria", "direct"),
        quote("an der Ausarbeitung einer neuen Verfassung beteiligt zu werden",
              "Autonomous Administration of North and East Syria", "indirect"),
        quote("die Wahlleute seien von Ausschüssen ausgewählt worden, die der Präsident selbst eingesetzt habe",
              "Syrian Network for Human Rights", "indirect"),
        quote("Eine direkte Wahl sei wegen der Millionen Vertriebenen und fehlender Melderegister derzeit nicht "
              "möglich", "Mohammed Taha al-Ahmad", "indirect"),
        quote("alle Bevölkerungsgruppen an dem politischen Prozess zu beteiligen", "European Union", "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Machthaber Baschar al-Assad"]),
        entity("Syria", "LOC", "SYR", ["Syrien"]),
        entity("Syrian electoral colleges", "ORG", "SYR", ["Wahlgremien"]),
        entity("People's Assembly of Syria", "ORG", "SYR", ["ein neues Parlament", "der Volksversammlung",
                                                            "das Parlament", "Das neue Parlament"]),
        entity("members of the Syrian electoral colleges", "PER", "SYR", ["Rund 6000 Wahlleute", "die Wahlleute"]),
        entity("SANA", "ORG", "SYR", ["die staatliche Nachrichtenagentur Sana"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Übergangspräsident Ahmed al-Scharaa", "Al-Scharaa", "er",
                                                 "der Präsident", "Al-Scharaas"]),
        entity("National Library of Syria", "LOC", "SYR", ["der Nationalbibliothek in Damaskus"]),
        entity("Higher Committee for People's Assembly Elections", "ORG", "SYR", ["der Wahlkommission"]),
        entity("Suwayda", "LOC", "SYR", ["Suwaida"]),
        entity("Raqqa", "LOC", "SYR", ["Rakka"]),
        entity("Hasakah", "LOC", "SYR", ["Hasaka"]),
        entity("Autonomous Administration of North and East Syria", "ORG", "SYR",
               ["Die kurdisch geführte Selbstverwaltung im Nordosten", "Sie"]),
        entity("Hikmat al-Hijri", "PER", "SYR", ["Der geistliche Führer der Drusen in Suwaida, Scheich Hikmat "
                                                 "al-Hidschri"]),
        entity("Druze", "MISC", "SYR", ["der Drusen"]),
        entity("Government of Syria", "ORG", "SYR", ["der Regierung in Damaskus", "die Übergangsregierung",
                                                     "Al-Scharaas Regierung"]),
        entity("Syrian Network for Human Rights", "ORG", "SYR", ["Das Syrische Netzwerk für Menschenrechte"]),
        entity("Mohammed Taha al-Ahmad", "PER", "SYR", ["Der Vorsitzende der Wahlkommission, Mohammed Taha al-Ahmad",
                                                        "er"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
    ],
}

# ---------------------------------------------------------------- hm449-de-03 (Jenin, journalist killed)
SABBAGH_FAMILY = actor("family of Shatha al-Sabbagh", "PSE", "CVL")
SABBAGH_BROTHER = actor("brother of Shatha al-Sabbagh", "PSE", "CVL")
PA_SECURITY = actor("Palestinian Authority security forces", "PSE", "COP")
RAJAB = actor("Anwar Rajab", "PSE", "COP")
JENIN_BRIGADE = actor("Jenin Brigade", "PSE", "REB")
PA = actor("Palestinian Authority", "PSE", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
FATAH = actor("Fatah", "PSE", "PTY")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
PJS = actor("Palestinian Journalists Syndicate", "PSE", "LAB")

J1 = ("Ramallah (dpa) - Im Flüchtlingslager von Dschenin im Westjordanland ist eine junge palästinensische "
      "Journalistin erschossen worden.")
J2 = ("Die 21-jährige Schatha al-Sabbagh sei am Samstagabend in der Nähe ihres Elternhauses von einer Kugel in den "
      "Kopf getroffen worden, teilten Angehörige mit.")
J3 = ("Ihre Familie machte Sicherheitskräfte der Palästinensischen Autonomiebehörde (PA) für die tödlichen Schüsse "
      "verantwortlich.")
J4 = "„Sie haben meine Schwester vor den Augen unserer Mutter getötet“, sagte ihr Bruder in einem im Internet verbreiteten Video."
J5 = "Der Sprecher der palästinensischen Sicherheitsdienste, Anwar Radschab, wies die Vorwürfe zurück."
J6 = "Er machte „Gesetzlose“ im Lager für den Tod der Studentin verantwortlich."
J7 = ("Die Autonomiebehörde hatte Anfang Dezember Hunderte Sicherheitskräfte in das Lager geschickt, um gegen "
      "bewaffnete Gruppen vorzugehen.")
J8 = ("Bei Gefechten mit Kämpfern der sogenannten Dschenin-Brigade wurden seither mindestens fünf Angehörige der "
      "Sicherheitskräfte und mehrere Bewaffnete getötet.")
J9 = "Dutzende mutmaßliche Kämpfer wurden festgenommen."
J10 = ("Die Brigade, in der Kämpfer des Islamischen Dschihad und der Hamas organisiert sind, forderte die Freilassung "
       "der Gefangenen und den Abzug der Sicherheitskräfte.")
J11 = ("Die im Gazastreifen herrschende Hamas verurteilte die Tötung der Journalistin und warf der PA vor, Israel in "
       "die Hände zu spielen.")
J12 = ("Die von Präsident Mahmud Abbas geführte Fatah wirft dem Iran vor, die Kämpfer im Lager mit Geld und Waffen "
       "zu versorgen.")
J13 = ("Die palästinensische Journalistengewerkschaft verlangte eine unabhängige Untersuchung des Todes von "
       "al-Sabbagh.")
J14 = "Das Lager von Dschenin gilt seit Jahren als Hochburg militanter Gruppen."
J15 = "Nach UN-Angaben wurden im Westjordanland seit Oktober 2023 mehr als 800 Palästinenser getötet."
J16 = "Die Autonomiebehörde verwaltet Teile des Westjordanlands und ist auf internationale Finanzhilfe angewiesen."

DE03 = {
    "id": "hm449-de-03", "lang": "de", "url": None, "published": "2024-12-29",
    "title": "Journalistin in Dschenin erschossen - Familie beschuldigt Sicherheitskräfte",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6], [J7, J8, J9, J10], [J11, J12, J13], [J14, J15, J16]),
    "events": [
        event("ACCUSE", SABBAGH_FAMILY, PA_SECURITY, J3, mode="allege"),
        event("ACCUSE", SABBAGH_BROTHER, PA_SECURITY, J4, mode="allege"),
        event("ACCUSE", RAJAB, JENIN_BRIGADE, J6, mode="allege"),
        event("MOBILIZE", PA, None, J7, mode="police", location="Jenin", location_country="PSE"),
        event("ASSAULT", PA_SECURITY, JENIN_BRIGADE, J8, mode="firearms", location="Jenin", location_country="PSE"),
        event("ASSAULT", JENIN_BRIGADE, PA_SECURITY, J8, mode="firearms", location="Jenin", location_country="PSE"),
        event("COERCE", PA_SECURITY, JENIN_BRIGADE, J9, mode="arrest", location="Jenin", location_country="PSE"),
        event("REQUEST", JENIN_BRIGADE, PA_SECURITY, J10, mode="yield"),
        event("ACCUSE", HAMAS, PA, J11, mode="disapprove"),
        event("ACCUSE", FATAH, IRN_GOV, J12, mode="allege"),
        event("REQUEST", PJS, PA, J13),
    ],
    "quotes": [
        quote("Die 21-jährige Schatha al-Sabbagh sei am Samstagabend in der Nähe ihres Elternhauses von einer Kugel "
              "in den Kopf getroffen worden", "relatives of Shatha al-Sabbagh", "indirect"),
        quote("Sie haben meine Schwester vor den Augen unserer Mutter getötet", "brother of Shatha al-Sabbagh",
              "direct"),
        quote("Gesetzlose", "Anwar Rajab", "direct"),
        quote("Israel in die Hände zu spielen", "Hamas", "indirect"),
        quote("die Kämpfer im Lager mit Geld und Waffen zu versorgen", "Fatah", "indirect"),
        quote("Nach UN-Angaben wurden im Westjordanland seit Oktober 2023 mehr als 800 Palästinenser getötet",
              "United Nations", "indirect"),
    ],
    "entities": [
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("Jenin refugee camp", "LOC", "PSE", ["Flüchtlingslager von Dschenin", "im Lager", "in das Lager",
                                                    "Das Lager von Dschenin"]),
        entity("West Bank", "LOC", "PSE", ["Westjordanland", "Westjordanlands"]),
        entity("Shatha al-Sabbagh", "PER", "PSE", ["eine junge palästinensische Journalistin",
                                                   "Die 21-jährige Schatha al-Sabbagh", "ihres", "Ihre", "ihr",
                                                   "meine Schwester", "der Studentin", "der Journalistin",
                                                   "al-Sabbagh"]),
        entity("relatives of Shatha al-Sabbagh", "PER", "PSE", ["Angehörige", "Ihre Familie"]),
        entity("brother of Shatha al-Sabbagh", "PER", "PSE", ["ihr Bruder"]),
        entity("mother of Shatha al-Sabbagh", "PER", "PSE", ["unserer Mutter"]),
        entity("Palestinian Authority security forces", "ORG", "PSE",
               ["Sicherheitskräfte der Palästinensischen Autonomiebehörde (PA)", "Sie",
                "der palästinensischen Sicherheitsdienste", "Hunderte Sicherheitskräfte", "der Sicherheitskräfte"]),
        entity("Palestinian Authority", "ORG", "PSE", ["Palästinensischen Autonomiebehörde", "Die Autonomiebehörde",
                                                       "der PA"]),
        entity("Anwar Rajab", "PER", "PSE", ["Der Sprecher der palästinensischen Sicherheitsdienste, Anwar Radschab",
                                             "Er"]),
        entity("Jenin Brigade", "ORG", "PSE", ["Gesetzlose", "bewaffnete Gruppen",
                                               "Kämpfern der sogenannten Dschenin-Brigade", "Die Brigade"]),
        entity("Jenin Brigade fighters", "PER", "PSE", ["mehrere Bewaffnete", "Dutzende mutmaßliche Kämpfer",
                                                        "der Gefangenen", "die Kämpfer im Lager"]),
        entity("Palestinian Islamic Jihad", "ORG", "PSE", ["des Islamischen Dschihad"]),
        entity("Hamas", "ORG", "PSE", ["der Hamas", "Die im Gazastreifen herrschende Hamas"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gazastreifen"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Präsident Mahmud Abbas"]),
        entity("Fatah", "ORG", "PSE", ["Die von Präsident Mahmud Abbas geführte Fatah"]),
        entity("Government of Iran", "ORG", "IRN", ["dem Iran"]),
        entity("Palestinian Journalists Syndicate", "ORG", "PSE", ["Die palästinensische Journalistengewerkschaft"]),
        entity("United Nations", "ORG", "UNO", ["UN"]),
    ],
}

# ---------------------------------------------------------------- hm449-de-04 (Saudi foreign minister in Tehran)
FAISAL = actor("Faisal bin Farhan", "SAU", "GOV")
IRN_GOV4 = actor("Government of Iran", "IRN", "GOV")
SAU_GOV = actor("Government of Saudi Arabia", "SAU", "GOV")
AMIRABDOLLAHIAN = actor("Hossein Amir-Abdollahian", "IRN", "GOV")
RAISI = actor("Ebrahim Raisi", "IRN", "GOV")
KING_SALMAN = actor("Salman bin Abdulaziz Al Saud", "SAU", "GOV")
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
SAU_DELEGATION = actor("Saudi delegation", "SAU", "GOV")
IRN_MFA = actor("Ministry of Foreign Affairs of Iran", "IRN", "GOV")
IRN_PROTESTERS = actor("Iranian protesters", "IRN", "CVL")
NIMR = actor("Nimr al-Nimr", "SAU", "REL")

T1 = "Teheran (dpa) - Zum ersten Mal seit sieben Jahren hat ein saudischer Außenminister den Iran besucht."
T2 = "Prinz Faisal bin Farhan traf am Samstag in Teheran seinen iranischen Amtskollegen Hussein Amirabdollahian."
T3 = ("Beide Länder wollten ihre Beziehungen auf der Grundlage gegenseitigen Respekts und der Nichteinmischung "
      "ausbauen, sagte Faisal bei einer gemeinsamen Pressekonferenz.")
T4 = ("Amirabdollahian sprach von einem „wichtigen Tag“ für die Region und kündigte an, die Zusammenarbeit in "
      "Wirtschaft und Sicherheit zu vertiefen.")
T5 = "Anschließend empfing Präsident Ebrahim Raisi den Gast aus Riad."
T6 = "Faisal überbrachte ihm eine Einladung von König Salman zu einem Besuch in Saudi-Arabien."
T7 = "Raisi habe die Einladung angenommen, teilte sein Büro mit."
T7B = "Einen Termin für die Reise nannte das Büro zunächst nicht."
T8 = "Mit dem geistlichen Oberhaupt Ajatollah Ali Chamenei kam der Minister nicht zusammen."
T9 = ("Laut iranischen Medien wurde die Pressekonferenz auf Wunsch der saudischen Delegation in einen anderen Saal "
      "verlegt, weil dort ein großes Porträt des 2020 getöteten Generals Ghassem Soleimani hing.")
T10 = "Der Iran hatte Anfang Juni seine Botschaft in Riad wiedereröffnet."
T11 = "Die saudische Vertretung in Teheran werde ebenfalls bald ihre Arbeit aufnehmen, sagte Faisal."
T12 = ("Riad hatte die Beziehungen 2016 abgebrochen, nachdem Demonstranten die saudische Botschaft in Teheran "
       "gestürmt hatten.")
T13 = "Auslöser war die Hinrichtung des schiitischen Geistlichen Nimr al-Nimr in Saudi-Arabien."
T14 = ("Im März hatten sich beide Länder in Peking auf die Wiederaufnahme diplomatischer Beziehungen geeinigt.")
T15 = "Die beiden Regionalmächte unterstützen im Jemen-Krieg seit Jahren gegnerische Seiten."
T16 = "Faisal reiste noch am Samstagabend nach Riad zurück."

DE04 = {
    "id": "hm449-de-04", "lang": "de", "url": None, "published": "2023-06-17",
    "title": "Saudischer Außenminister erstmals seit Jahren in Teheran",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6, T7, T7B, T8], [T9, T10, T11], [T12, T13, T14, T15, T16]),
    "events": [
        event("CONSULT", FAISAL, IRN_GOV4, T1, mode="visit", location="Tehran", location_country="IRN"),
        event("CONSULT", FAISAL, AMIRABDOLLAHIAN, T2, mode="meet", date="2023-06-17", location="Tehran",
              location_country="IRN"),
        event("AGREE", FAISAL, IRN_GOV4, T3),
        event("AGREE", AMIRABDOLLAHIAN, SAU_GOV, T4),
        event("CONSULT", FAISAL, RAISI, T5, mode="visit", date="2023-06-17", location="Tehran",
              location_country="IRN"),
        event("AGREE", KING_SALMAN, RAISI, T6),
        event("AGREE", RAISI, KING_SALMAN, T7),
        event("CONSULT", FAISAL, KHAMENEI, T8, mode="meet", date="2023-06-17", negated=True),
        event("REQUEST", SAU_DELEGATION, IRN_MFA, T9, date="2023-06-17", location="Tehran", location_country="IRN"),
        event("COOPERATE", IRN_GOV4, SAU_GOV, T10, location="Riyadh", location_country="SAU"),
        event("AGREE", FAISAL, IRN_GOV4, T11),
        event("SANCTION", SAU_GOV, IRN_GOV4, T12, mode="discontinue"),
        event("PROTEST", IRN_PROTESTERS, SAU_GOV, T12, mode="riot", location="Tehran", location_country="IRN"),
        event("ASSAULT", SAU_GOV, NIMR, T13, mode="execute", location_country="SAU"),
        event("AGREE", SAU_GOV, IRN_GOV4, T14, location="Beijing", location_country="CHN"),
    ],
    "quotes": [
        quote("Beide Länder wollten ihre Beziehungen auf der Grundlage gegenseitigen Respekts und der "
              "Nichteinmischung ausbauen", "Faisal bin Farhan", "indirect"),
        quote("wichtigen Tag", "Hossein Amir-Abdollahian", "direct"),
        quote("die Zusammenarbeit in Wirtschaft und Sicherheit zu vertiefen", "Hossein Amir-Abdollahian",
              "indirect"),
        quote("Raisi habe die Einladung angenommen", "Office of the President of Iran", "indirect"),
        quote("wurde die Pressekonferenz auf Wunsch der saudischen Delegation in einen anderen Saal verlegt, weil "
              "dort ein großes Porträt des 2020 getöteten Generals Ghassem Soleimani hing", "Iranian media",
              "indirect"),
        quote("Die saudische Vertretung in Teheran werde ebenfalls bald ihre Arbeit aufnehmen", "Faisal bin Farhan",
              "indirect"),
    ],
    "entities": [
        entity("Tehran", "LOC", "IRN", ["Teheran"]),
        entity("Faisal bin Farhan", "PER", "SAU", ["ein saudischer Außenminister", "Prinz Faisal bin Farhan",
                                                   "Faisal", "den Gast aus Riad", "der Minister"]),
        entity("Iran", "LOC", "IRN", ["den Iran"]),
        entity("Government of Iran", "ORG", "IRN", ["Der Iran"]),
        entity("Hossein Amir-Abdollahian", "PER", "IRN", ["seinen iranischen Amtskollegen Hussein Amirabdollahian",
                                                          "Amirabdollahian"]),
        entity("Ebrahim Raisi", "PER", "IRN", ["Präsident Ebrahim Raisi", "ihm", "Raisi"]),
        entity("Riyadh", "LOC", "SAU", ["Riad"]),
        entity("Salman bin Abdulaziz Al Saud", "PER", "SAU", ["König Salman"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Office of the President of Iran", "ORG", "IRN", ["sein Büro", "das Büro"]),
        entity("Ali Khamenei", "PER", "IRN", ["dem geistlichen Oberhaupt Ajatollah Ali Chamenei"]),
        entity("Iranian media", "ORG", "IRN", ["iranischen Medien"]),
        entity("Saudi delegation", "ORG", "SAU", ["der saudischen Delegation"]),
        entity("Qasem Soleimani", "PER", "IRN", ["des 2020 getöteten Generals Ghassem Soleimani"]),
        entity("Embassy of Iran in Riyadh", "ORG", "IRN", ["seine Botschaft in Riad"]),
        entity("Embassy of Saudi Arabia in Tehran", "ORG", "SAU", ["Die saudische Vertretung in Teheran",
                                                                   "die saudische Botschaft in Teheran"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Riad"]),
        entity("Iranian protesters", "PER", "IRN", ["Demonstranten"]),
        entity("Nimr al-Nimr", "PER", "SAU", ["des schiitischen Geistlichen Nimr al-Nimr"]),
        entity("Beijing", "LOC", "CHN", ["Peking"]),
        entity("Yemen war", "MISC", "YEM", ["Jemen-Krieg"]),
    ],
}

# ---------------------------------------------------------------- hm449-en-01 (Lebanon extradites al-Qaradawi to UAE)
LBN_GOV_E = actor("Government of Lebanon", "LBN", "GOV")
QARADAWI = actor("Abdul Rahman Yusuf al-Qaradawi", "EGY", "CVL")
UAE_GOV = actor("Government of the United Arab Emirates", "ARE", "GOV")
SABLOUH = actor("Mohammad Sablouh", "LBN", "CVL")
LBN_SECURITY = actor("Lebanese security forces", "LBN", "COP")
SAU_GOV_E = actor("Government of Saudi Arabia", "SAU", "GOV")
EGY_GOV = actor("Government of Egypt", "EGY", "GOV")
EGY_COURT = actor("Egyptian court", "EGY", "JUD")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
HRW = actor("Human Rights Watch", "NGO", "NGO")
KAISS = actor("Ramzi Kaiss", "NGO", "NGO")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")

Q1 = ("BEIRUT (AP) — Lebanon on Wednesday extradited an Egyptian-Turkish poet to the United Arab Emirates over a "
      "video in which he criticized Gulf and Egyptian leaders.")
Q2 = ("Abdul Rahman Yusuf al-Qaradawi, the son of the late Muslim Brotherhood-linked cleric Yusuf al-Qaradawi, was "
      "put on a private jet to Abu Dhabi at Beirut's airport, lawyer Mohammad Sablouh told The Associated Press.")
Q3 = "Lebanon's caretaker Cabinet approved the extradition on Tuesday."
Q4 = ("Sablouh said he had filed an appeal with the State Shura Council, Lebanon's highest administrative court, but "
      "the government did not wait for a ruling.")
Q5 = ("“This is a political decision, and it sets a dangerous precedent for anyone who seeks refuge in Lebanon,” he "
      "said.")
Q6 = ("Al-Qaradawi, 53, was detained on Dec. 28 at the Masnaa border crossing as he returned from Syria, where he had "
      "celebrated the fall of President Bashar Assad.")
Q7 = ("In a video filmed at the Umayyad Mosque in Damascus, he accused the rulers of the UAE, Saudi Arabia and Egypt "
      "of betraying the Arab uprisings and predicted that they would be swept away as well.")
Q8 = "The UAE and Egypt both asked Lebanon to hand him over."
Q9 = ("An Egyptian court had sentenced him in absentia to three years in prison in 2017 on charges that included "
      "spreading false news.")
Q10 = ("Amnesty International and Human Rights Watch had urged Lebanese authorities to halt the extradition, saying "
       "al-Qaradawi would face a real risk of torture and an unfair trial in the Emirates.")
Q11 = ("“Lebanon has handed a peaceful critic to a government with a well-documented record of abusing dissidents,” "
       "said Ramzi Kaiss, Lebanon researcher at Human Rights Watch.")
Q12 = "Emirati officials did not respond to a request for comment."
Q13 = ("Caretaker Prime Minister Najib Mikati said Lebanon was bound by Arab security agreements and would not allow "
       "its territory to be used to harm friendly countries.")
Q14 = ("Turkey's Foreign Ministry said it was following the case closely and had asked Beirut for consular access to "
       "al-Qaradawi, who also holds Turkish citizenship.")
Q15 = ("The poet had lived in Istanbul for years and is known for his support of the 2011 protests in Egypt that "
       "toppled President Hosni Mubarak.")
Q16 = "Lebanon's parliament is due to convene on Thursday to elect a president after a vacancy of more than two years."

EN01 = {
    "id": "hm449-en-01", "lang": "en", "url": None, "published": "2025-01-08",
    "title": "Lebanon extradites poet to UAE over video criticizing Arab leaders",
    "text": paragraphs([Q1, Q2, Q3, Q4, Q5], [Q6, Q7, Q8, Q9], [Q10, Q11, Q12], [Q13, Q14, Q15, Q16]),
    "events": [
        event("COERCE", LBN_GOV_E, QARADAWI, Q1, mode="deport", date="2025-01-08", location_country="LBN"),
        event("COOPERATE", LBN_GOV_E, UAE_GOV, Q1, date="2025-01-08"),
        event("COERCE", LBN_GOV_E, QARADAWI, Q2, mode="deport", location="Beirut", location_country="LBN"),
        event("AGREE", LBN_GOV_E, UAE_GOV, Q3, date="2025-01-07"),
        event("ACCUSE", SABLOUH, LBN_GOV_E, Q4, mode="allege"),
        event("ACCUSE", SABLOUH, LBN_GOV_E, Q5, mode="disapprove"),
        event("COERCE", LBN_SECURITY, QARADAWI, Q6, mode="arrest", date="2024-12-28", location="Masnaa",
              location_country="LBN"),
        event("ACCUSE", QARADAWI, UAE_GOV, Q7, mode="disapprove", location="Damascus", location_country="SYR"),
        event("ACCUSE", QARADAWI, SAU_GOV_E, Q7, mode="disapprove", location="Damascus", location_country="SYR"),
        event("ACCUSE", QARADAWI, EGY_GOV, Q7, mode="disapprove", location="Damascus", location_country="SYR"),
        event("REQUEST", UAE_GOV, LBN_GOV_E, Q8),
        event("REQUEST", EGY_GOV, LBN_GOV_E, Q8),
        event("SANCTION", EGY_COURT, QARADAWI, Q9, mode="convict"),
        event("REQUEST", AMNESTY, LBN_GOV_E, Q10),
        event("REQUEST", HRW, LBN_GOV_E, Q10),
        event("ACCUSE", KAISS, LBN_GOV_E, Q11, mode="disapprove"),
        event("ACCUSE", KAISS, UAE_GOV, Q11, mode="allege"),
        event("REQUEST", TUR_MFA, LBN_GOV_E, Q14),
    ],
    "quotes": [
        quote("Abdul Rahman Yusuf al-Qaradawi, the son of the late Muslim Brotherhood-linked cleric Yusuf "
              "al-Qaradawi, was put on a private jet to Abu Dhabi at Beirut's airport", "Mohammad Sablouh",
              "indirect"),
        quote("he had filed an appeal with the State Shura Council, Lebanon's highest administrative court, but the "
              "government did not wait for a ruling", "Mohammad Sablouh", "indirect"),
        quote("This is a political decision, and it sets a dangerous precedent for anyone who seeks refuge in "
              "Lebanon", "Mohammad Sablouh", "direct"),
        quote("betraying the Arab uprisings", "Abdul Rahman Yusuf al-Qaradawi", "indirect"),
        quote("they would be swept away as well", "Abdul Rahman Yusuf al-Qaradawi", "indirect"),
        quote("al-Qaradawi would face a real risk of torture and an unfair trial in the Emirates",
              "Amnesty International", "indirect"),
        quote("al-Qaradawi would face a real risk of torture and an unfair trial in the Emirates",
              "Human Rights Watch", "indirect"),
        quote("Lebanon has handed a peaceful critic to a government with a well-documented record of abusing "
              "dissidents", "Ramzi Kaiss", "direct"),
        quote("Lebanon was bound by Arab security agreements and would not allow its territory to be used to harm "
              "friendly countries", "Najib Mikati", "indirect"),
        quote("it was following the case closely and had asked Beirut for consular access to al-Qaradawi",
              "Ministry of Foreign Affairs of Turkey", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["BEIRUT", "Beirut's"]),
        entity("Government of Lebanon", "ORG", "LBN", ["Lebanon", "Lebanon's caretaker Cabinet", "the government",
                                                       "Lebanese authorities", "Beirut"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon", "its territory"]),
        entity("Abdul Rahman Yusuf al-Qaradawi", "PER", "EGY",
               ["an Egyptian-Turkish poet", "he", "Abdul Rahman Yusuf al-Qaradawi", "Al-Qaradawi", "him",
                "al-Qaradawi", "The poet", "his"]),
        entity("United Arab Emirates", "LOC", "ARE", ["the United Arab Emirates", "the Emirates"]),
        entity("Government of the United Arab Emirates", "ORG", "ARE",
               ["the rulers of the UAE", "The UAE", "a government with a well-documented record of abusing "
                "dissidents", "Emirati officials"]),
        entity("Yusuf al-Qaradawi", "PER", "EGY", ["the late Muslim Brotherhood-linked cleric Yusuf al-Qaradawi"]),
        entity("Muslim Brotherhood", "ORG", "EGY", ["Muslim Brotherhood"]),
        entity("Abu Dhabi", "LOC", "ARE", ["Abu Dhabi"]),
        entity("Rafik Hariri International Airport", "LOC", "LBN", ["Beirut's airport"]),
        entity("Mohammad Sablouh", "PER", "LBN", ["lawyer Mohammad Sablouh", "Sablouh", "he"]),
        entity("The Associated Press", "ORG", "USA", ["The Associated Press"]),
        entity("State Shura Council", "ORG", "LBN", ["the State Shura Council, Lebanon's highest administrative "
                                                     "court"]),
        entity("Masnaa border crossing", "LOC", "LBN", ["the Masnaa border crossing"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Bashar Assad", "PER", "SYR", ["President Bashar Assad"]),
        entity("Umayyad Mosque", "LOC", "SYR", ["the Umayyad Mosque in Damascus"]),
        entity("Damascus", "LOC", "SYR", ["Damascus"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia"]),
        entity("Government of Egypt", "ORG", "EGY", ["Egypt"]),
        entity("Egypt", "LOC", "EGY", ["Egypt"]),
        entity("Arab Spring", "MISC", None, ["the Arab uprisings"]),
        entity("Egyptian court", "ORG", "EGY", ["An Egyptian court"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Ramzi Kaiss", "PER", "NGO", ["Ramzi Kaiss, Lebanon researcher at Human Rights Watch"]),
        entity("Najib Mikati", "PER", "LBN", ["Caretaker Prime Minister Najib Mikati"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Turkey's Foreign Ministry", "it"]),
        entity("Istanbul", "LOC", "TUR", ["Istanbul"]),
        entity("Hosni Mubarak", "PER", "EGY", ["President Hosni Mubarak"]),
        entity("Parliament of Lebanon", "ORG", "LBN", ["Lebanon's parliament"]),
    ],
}

# ---------------------------------------------------------------- hm449-en-02 (Israeli minister in Riyadh)
KATZ = actor("Haim Katz", "ISR", "GOV")
SAU_GOV_2 = actor("Government of Saudi Arabia", "SAU", "GOV")
UNWTO = actor("World Tourism Organization", "UNO", "IGO")
SUDAIRI = actor("Nayef al-Sudairi", "SAU", "GOV")
PA_E = actor("Palestinian Authority", "PSE", "GOV")
KHALIDI = actor("Majdi al-Khalidi", "PSE", "GOV")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
USA_GOV_2 = actor("Government of the United States", "USA", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HAMAS_E = actor("Hamas", "PSE", "REB")
SMOTRICH = actor("Bezalel Smotrich", "ISR", "GOV")

R1 = ("RIYADH, Sept 26 (Reuters) - Israel's tourism minister arrived in Saudi Arabia on Tuesday to attend a United "
      "Nations conference, the first publicly announced visit by an Israeli cabinet minister to the kingdom.")
R2 = ("Haim Katz is leading a delegation to a meeting of the U.N. World Tourism Organization in Riyadh, his office "
      "said in a statement.")
R3 = ("“Tourism is a bridge between nations,” Katz said, adding that he would work to promote cooperation in tourism "
      "with Saudi Arabia.")
R4 = "Saudi officials did not comment on the visit."
R5 = ("On the same day, a Saudi delegation led by Nayef al-Sudairi, the kingdom's first envoy to the Palestinians, "
      "arrived in the Israeli-occupied West Bank.")
R6 = ("Sudairi presented his credentials to Majdi al-Khalidi, a diplomatic adviser to Palestinian President Mahmoud "
      "Abbas, in Ramallah.")
R7 = "He said Saudi Arabia was working towards an independent Palestinian state with East Jerusalem as its capital."
R8 = "Abbas is due to receive the envoy on Wednesday, Palestinian officials said."
R9 = ("The visits come as the United States presses Saudi Arabia to normalise relations with Israel in exchange for "
      "U.S. security guarantees and help with a civilian nuclear programme.")
R10 = ("Crown Prince Mohammed bin Salman told Fox News last week that the two countries were getting closer to a deal "
       "“every day”.")
R11 = ("Israeli Prime Minister Benjamin Netanyahu told the U.N. General Assembly on Friday that Israel was “at the "
       "cusp” of a historic peace with Saudi Arabia.")
R12 = "Saudi officials have said any agreement must include real steps towards a Palestinian state."
R13 = "Hamas, which rules Gaza, condemned Katz's visit and called on Riyadh not to normalise ties with Israel."
R14 = ("Far-right Finance Minister Bezalel Smotrich has said Israel will make no concessions to the Palestinians as "
       "part of a deal with the kingdom.")
R15 = "Katz is expected to stay in Riyadh until Thursday, his office said."

EN02 = {
    "id": "hm449-en-02", "lang": "en", "url": None, "published": "2023-09-26",
    "title": "Israeli minister makes first public visit to Saudi Arabia as Saudi envoy visits West Bank",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11, R12], [R13, R14, R15]),
    "events": [
        event("CONSULT", KATZ, SAU_GOV_2, R1, mode="visit", date="2023-09-26", location="Riyadh",
              location_country="SAU"),
        event("CONSULT", KATZ, UNWTO, R2, mode="multilateral", location="Riyadh", location_country="SAU"),
        event("AGREE", KATZ, SAU_GOV_2, R3),
        event("CONSULT", SUDAIRI, PA_E, R5, mode="visit", date="2023-09-26", location="West Bank",
              location_country="PSE"),
        event("CONSULT", SUDAIRI, KHALIDI, R6, mode="meet", location="Ramallah", location_country="PSE"),
        event("SUPPORT", SUDAIRI, PA_E, R7),
        event("AGREE", ABBAS, SUDAIRI, R8, mode="meet", date="2023-09-27"),
        event("REQUEST", USA_GOV_2, SAU_GOV_2, R9, mode="change"),
        event("REQUEST", SAU_GOV_2, ISR_GOV, R12, mode="change"),
        event("ACCUSE", HAMAS_E, KATZ, R13, mode="disapprove"),
        event("REQUEST", HAMAS_E, SAU_GOV_2, R13, mode="change"),
        event("REJECT", SMOTRICH, PA_E, R14, mode="yield"),
    ],
    "quotes": [
        quote("Haim Katz is leading a delegation to a meeting of the U.N. World Tourism Organization in Riyadh",
              "Office of Haim Katz", "indirect"),
        quote("Tourism is a bridge between nations", "Haim Katz", "direct"),
        quote("he would work to promote cooperation in tourism with Saudi Arabia", "Haim Katz", "indirect"),
        quote("Saudi Arabia was working towards an independent Palestinian state with East Jerusalem as its capital",
              "Nayef al-Sudairi", "indirect"),
        quote("Abbas is due to receive the envoy on Wednesday", "Palestinian officials", "indirect"),
        quote("every day", "Mohammed bin Salman", "direct"),
        quote("the two countries were getting closer to a deal “every day”", "Mohammed bin Salman", "indirect"),
        quote("at the cusp", "Benjamin Netanyahu", "direct"),
        quote("Israel was “at the cusp” of a historic peace with Saudi Arabia", "Benjamin Netanyahu", "indirect"),
        quote("any agreement must include real steps towards a Palestinian state", "Saudi officials", "indirect"),
        quote("Israel will make no concessions to the Palestinians as part of a deal with the kingdom",
              "Bezalel Smotrich", "indirect"),
        quote("Katz is expected to stay in Riyadh until Thursday", "Office of Haim Katz", "indirect"),
    ],
    "entities": [
        entity("Riyadh", "LOC", "SAU", ["RIYADH", "Riyadh"]),
        entity("Reuters", "ORG", "GBR", ["Reuters"]),
        entity("Haim Katz", "PER", "ISR", ["Israel's tourism minister", "Haim Katz", "Katz", "he", "Katz's"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi Arabia", "the kingdom"]),
        entity("Government of Saudi Arabia", "ORG", "SAU", ["Saudi Arabia", "Saudi officials", "Riyadh"]),
        entity("United Nations", "ORG", "UNO", ["United Nations"]),
        entity("World Tourism Organization", "ORG", "UNO", ["the U.N. World Tourism Organization"]),
        entity("Office of Haim Katz", "ORG", "ISR", ["his office"]),
        entity("Saudi delegation", "ORG", "SAU", ["a Saudi delegation led by Nayef al-Sudairi"]),
        entity("Nayef al-Sudairi", "PER", "SAU", ["Nayef al-Sudairi, the kingdom's first envoy to the Palestinians",
                                                  "Sudairi", "his", "He", "the envoy"]),
        entity("Palestinians", "MISC", "PSE", ["the Palestinians"]),
        entity("West Bank", "LOC", "PSE", ["the Israeli-occupied West Bank"]),
        entity("Majdi al-Khalidi", "PER", "PSE", ["Majdi al-Khalidi, a diplomatic adviser to Palestinian President "
                                                  "Mahmoud Abbas"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palestinian President Mahmoud Abbas", "Abbas"]),
        entity("Ramallah", "LOC", "PSE", ["Ramallah"]),
        entity("East Jerusalem", "LOC", "PSE", ["East Jerusalem"]),
        entity("Palestinian officials", "PER", "PSE", ["Palestinian officials"]),
        entity("Government of the United States", "ORG", "USA", ["the United States"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["Crown Prince Mohammed bin Salman"]),
        entity("Fox News", "ORG", "USA", ["Fox News"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("United Nations General Assembly", "ORG", "UNO", ["the U.N. General Assembly"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Gaza Strip", "LOC", "PSE", ["Gaza"]),
        entity("Bezalel Smotrich", "PER", "ISR", ["Far-right Finance Minister Bezalel Smotrich"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
