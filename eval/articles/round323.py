"""Round 311: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm323-de-01: Lebanon: Fatah and Islamists fight a second day in Ain al-Hilweh after the ambush on Abu Ashraf al-Armoushi; Fatah blames Jund al-Sham, the army deploys and cordons, UNRWA shelters families, Mikati condemns and calls Abbas, Azzam al-Ahmad meets Berri, ceasefire agreed, Berri's demand, road blockade in Sidon (2023-07-31).
- hm323-de-02: Kuwait: the new emir Sheikh Mishal is sworn in and accuses government and parliament of harming the country; the Ahmad Nawaf cabinet resigns, al-Saadoun pledges cooperation, an opposition MP backs the emir, condolence visits by Mohammed bin Salman, Tamim and Kamala Harris, Biden's praise and invitation, diplomats expect a dissolution (2023-12-20).
- hm323-de-03: Syria: a gunman kills two U.S. soldiers and an interpreter near Palmyra and is shot dead by Syrian forces; Trump blames IS and threatens retaliation, Hegseth threatens, Damascus arrests five suspects, condemns the attack and backs Washington, CENTCOM raises alert, no U.S. withdrawal (2025-12-13).
- hm323-de-04: Oman: gunmen kill six at the Imam Ali mosque in Muscat's Wadi al-Kabir during Ashura and die in a firefight with security forces; IS claims the attack, police cordon and investigate, Sharif, Saudi Arabia and Kanaani condemn, more police at mosques, no arrests (2024-07-16).
- hm323-en-01: Israel/Gaza: the Israeli army kills Yahya Sinwar in Rafah's Tal al-Sultan; Netanyahu vows to fight on and offers safe passage, Biden and Harris welcome it, the hostage forum's demand and a Tel Aviv rally, al-Hayya confirms the death and refuses to free hostages, Hezbollah escalates, strike in Jabalia (2024-10-18).
- hm323-en-02: Iraq: Kataib Hezbollah frees the Princeton researcher Elizabeth Tsurkov; Trump accuses the group of torture, Sudani vows to pursue the kidnappers, Netanyahu's office thanks Trump, Rubio threatens and presses Baghdad, Boehler's talks, earlier Israeli accusations and U.S. terror designation, Russia's embassy thanks Baghdad (2025-09-09).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm323-de-01 (Lebanon, Ain al-Hilweh clashes)
FATAH = actor("Fatah", "PSE", "PTY")
ISLAMISTS = actor("Islamist militants in Ain al-Hilweh", "PSE", "REB")
ARMOUSHI_GUNMEN = actor("gunmen who killed Abu Ashraf al-Armoushi", "LBN", "REB")
ARMOUSHI = actor("Abu Ashraf al-Armoushi", "PSE", "PTY")
JUND_AL_SHAM = actor("Jund al-Sham", "PSE", "REB")
LAF = actor("Lebanese Armed Forces", "LBN", "MIL")
UNRWA = actor("UNRWA", "UNO", "IGO")
HILWEH_RESIDENTS = actor("residents of Ain al-Hilweh", "PSE", "CVL")
MIKATI = actor("Najib Mikati", "LBN", "GOV")
HILWEH_FACTIONS = actor("Palestinian factions in Ain al-Hilweh", "PSE", "REB")
ABBAS = actor("Mahmoud Abbas", "PSE", "GOV")
AZZAM_AHMAD = actor("Azzam al-Ahmad", "PSE", "PTY")
BERRI = actor("Nabih Berri", "LBN", "LEG")
SIDON_RESIDENTS = actor("residents of Sidon", "LBN", "CVL")

A1 = ("Beirut (dpa) - Im größten palästinensischen Flüchtlingslager im Libanon haben sich Kämpfer der "
      "Fatah-Bewegung und Islamisten den zweiten Tag in Folge heftige Gefechte geliefert.")
A2 = ("Mindestens elf Menschen wurden in Ain al-Hilweh am Rand der südlibanesischen Hafenstadt Sidon seit Sonntag "
      "getötet und Dutzende verletzt, wie die staatliche Nachrichtenagentur NNA am Montag meldete.")
A3 = ("Auslöser war ein Hinterhalt, bei dem Unbekannte am Sonntag den Fatah-Kommandeur Abu Aschraf al-Armuschi und "
      "vier seiner Begleiter erschossen hatten.")
A4 = ("Die Fatah von Palästinenserpräsident Mahmud Abbas machte Extremisten der Gruppe Dschund al-Scham für den Mord "
      "verantwortlich und kündigte an, die Täter zur Rechenschaft zu ziehen.")
A5 = "„Wir wollen keinen Krieg im Lager, aber wir werden uns verteidigen“, sagte ein Fatah-Vertreter in Sidon."
A6 = ("Die libanesische Armee, die die Lager traditionell nicht betritt, verlegte Verstärkung an die Zugänge von "
      "Ain al-Hilweh und sperrte die umliegenden Straßen ab.")
A7 = ("Das UN-Hilfswerk für Palästinaflüchtlinge (UNRWA) öffnete mehrere seiner Schulen in Sidon als Notunterkünfte "
      "für Hunderte Familien aus dem Lager.")
A8 = ("Der geschäftsführende Ministerpräsident Nadschib Mikati verurteilte die Kämpfe als „Angriff auf die "
      "Souveränität des Libanon“ und telefonierte mit Abbas.")
A9 = ("Er habe den Palästinenserpräsidenten gebeten, seinen Einfluss geltend zu machen, damit die Waffen schwiegen, "
      "teilte Mikatis Büro mit.")
A10 = ("Am Nachmittag beriet das Fatah-Zentralkomiteemitglied Assam al-Ahmad in Beirut mit Parlamentspräsident Nabih "
       "Berri, dessen schiitische Amal-Bewegung zwischen den Lagerfraktionen vermittelt.")
A11 = "Am Montagabend einigten sich die Fatah und die islamistischen Gruppen schließlich auf eine Waffenruhe."
A12 = ("Die Feuerpause sei brüchig, vereinzelt seien noch Schüsse zu hören, berichteten Bewohner am späten Abend.")
A13 = "Berri sagte, das Blutvergießen müsse „um jeden Preis“ beendet werden."
A14 = ("In Sidon blockierten Dutzende Anwohner aus Protest gegen die Gefechte mit brennenden Reifen die "
       "Küstenstraße.")
A15 = "In Ain al-Hilweh leben mehr als 63.000 registrierte Flüchtlinge auf engstem Raum."
A16 = ("Für die Sicherheit in den zwölf offiziellen Lagern im Libanon sind seit Jahrzehnten die palästinensischen "
       "Fraktionen selbst zuständig.")

DE01 = {
    "id": "hm323-de-01", "lang": "de", "url": None, "published": "2023-07-31",
    "title": "Tote bei Gefechten im Palästinenserlager Ain al-Hilweh",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14, A15, A16]),
    "events": [
        event("ASSAULT", FATAH, ISLAMISTS, A1, location="Ain al-Hilweh", location_country="LBN"),
        event("ASSAULT", ISLAMISTS, FATAH, A1, location="Ain al-Hilweh", location_country="LBN"),
        event("ASSAULT", ARMOUSHI_GUNMEN, ARMOUSHI, A3, mode="firearms", date="2023-07-30",
              location="Ain al-Hilweh", location_country="LBN"),
        event("ACCUSE", FATAH, JUND_AL_SHAM, A4, mode="allege"),
        event("THREATEN", FATAH, JUND_AL_SHAM, A4),
        event("MOBILIZE", LAF, None, A6, mode="troops", location="Ain al-Hilweh", location_country="LBN"),
        event("COERCE", LAF, None, A6, mode="restrict", location="Ain al-Hilweh", location_country="LBN"),
        event("AID", UNRWA, HILWEH_RESIDENTS, A7, location="Sidon", location_country="LBN"),
        event("ACCUSE", MIKATI, HILWEH_FACTIONS, A8, mode="disapprove"),
        event("CONSULT", MIKATI, ABBAS, A8, mode="phone"),
        event("REQUEST", MIKATI, ABBAS, A9, mode="yield"),
        event("CONSULT", AZZAM_AHMAD, BERRI, A10, mode="visit", date="2023-07-31", location="Beirut",
              location_country="LBN"),
        event("AGREE", FATAH, ISLAMISTS, A11, date="2023-07-31"),
        event("REQUEST", BERRI, HILWEH_FACTIONS, A13, mode="yield"),
        event("PROTEST", SIDON_RESIDENTS, HILWEH_FACTIONS, A14, mode="obstruct", location="Sidon",
              location_country="LBN"),
    ],
    "quotes": [
        quote("Mindestens elf Menschen wurden in Ain al-Hilweh am Rand der südlibanesischen Hafenstadt Sidon seit "
              "Sonntag getötet und Dutzende verletzt", "National News Agency", "indirect"),
        quote("Wir wollen keinen Krieg im Lager, aber wir werden uns verteidigen", "Fatah official in Sidon",
              "direct"),
        quote("Angriff auf die Souveränität des Libanon", "Najib Mikati", "direct"),
        quote("Er habe den Palästinenserpräsidenten gebeten, seinen Einfluss geltend zu machen, damit die Waffen "
              "schwiegen", "Office of Najib Mikati", "indirect"),
        quote("Die Feuerpause sei brüchig, vereinzelt seien noch Schüsse zu hören", "residents of Ain al-Hilweh",
              "indirect"),
        quote("um jeden Preis", "Nabih Berri", "direct"),
        quote("das Blutvergießen müsse „um jeden Preis“ beendet werden", "Nabih Berri", "indirect"),
    ],
    "entities": [
        entity("Beirut", "LOC", "LBN", ["Beirut"]),
        entity("Ain al-Hilweh", "LOC", "LBN", ["Im größten palästinensischen Flüchtlingslager im Libanon",
                                               "Ain al-Hilweh", "im Lager", "dem Lager"]),
        entity("Lebanon", "LOC", "LBN", ["im Libanon", "des Libanon"]),
        entity("Fatah", "ORG", "PSE", ["Fatah-Bewegung", "Die Fatah", "die Fatah"]),
        entity("Islamist militants in Ain al-Hilweh", "ORG", "PSE", ["Islamisten", "die islamistischen Gruppen"]),
        entity("Sidon", "LOC", "LBN", ["der südlibanesischen Hafenstadt Sidon", "Sidon"]),
        entity("National News Agency", "ORG", "LBN", ["die staatliche Nachrichtenagentur NNA"]),
        entity("gunmen who killed Abu Ashraf al-Armoushi", "PER", "LBN", ["Unbekannte", "die Täter"]),
        entity("Abu Ashraf al-Armoushi", "PER", "PSE", ["den Fatah-Kommandeur Abu Aschraf al-Armuschi"]),
        entity("Mahmoud Abbas", "PER", "PSE", ["Palästinenserpräsident Mahmud Abbas", "Abbas",
                                               "den Palästinenserpräsidenten"]),
        entity("Jund al-Sham", "ORG", "PSE", ["Extremisten der Gruppe Dschund al-Scham"]),
        entity("Fatah official in Sidon", "PER", "PSE", ["ein Fatah-Vertreter"]),
        entity("Lebanese Armed Forces", "ORG", "LBN", ["Die libanesische Armee"]),
        entity("UNRWA", "ORG", "UNO", ["Das UN-Hilfswerk für Palästinaflüchtlinge (UNRWA)"]),
        entity("Najib Mikati", "PER", "LBN", ["Der geschäftsführende Ministerpräsident Nadschib Mikati", "Mikatis"]),
        entity("Office of Najib Mikati", "ORG", "LBN", ["Mikatis Büro"]),
        entity("Azzam al-Ahmad", "PER", "PSE", ["das Fatah-Zentralkomiteemitglied Assam al-Ahmad"]),
        entity("Fatah Central Committee", "ORG", "PSE", ["Fatah-Zentralkomitee"]),
        entity("Nabih Berri", "PER", "LBN", ["Parlamentspräsident Nabih Berri", "Berri"]),
        entity("Amal Movement", "ORG", "LBN", ["dessen schiitische Amal-Bewegung"]),
        entity("Palestinian factions in Ain al-Hilweh", "ORG", "PSE", ["den Lagerfraktionen",
                                                                       "die palästinensischen Fraktionen"]),
    ],
}

# ---------------------------------------------------------------- hm323-de-02 (Kuwait, Emir Mishal sworn in)
MISHAL = actor("Mishal al-Ahmad al-Jaber al-Sabah", "KWT", "GOV")
KWT_GOV = actor("Government of Kuwait", "KWT", "GOV")
KWT_NA = actor("National Assembly of Kuwait", "KWT", "LEG")
SAADOUN = actor("Ahmed al-Saadoun", "KWT", "LEG")
KWT_OPP_MP = actor("opposition member of the National Assembly of Kuwait", "KWT", "OPP")
MBS = actor("Mohammed bin Salman", "SAU", "GOV")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
HARRIS = actor("Kamala Harris", "USA", "GOV")
BIDEN = actor("Joe Biden", "USA", "GOV")
KUWAIT = actor("Kuwait", "KWT", "GOV")

K1 = ("Kuwait-Stadt (dpa) - Kuwaits neuer Emir Scheich Mischal al-Ahmad al-Dschabir al-Sabah hat Regierung und "
      "Parlament vorgeworfen, gemeinsam den Interessen des Landes geschadet zu haben.")
K2 = ("Der 83-Jährige äußerte sich am Mittwoch in seiner ersten Rede nach der Vereidigung vor der "
      "Nationalversammlung in Kuwait-Stadt.")
K3 = "Die Ansprache wurde live im Staatsfernsehen übertragen."
K4 = ("„Ich schwöre bei Gott, die Verfassung und die Gesetze des Staates zu achten“, sprach Mischal zuvor den "
      "Amtseid.")
K5 = ("Mischal war am Samstag nach dem Tod seines Halbbruders Scheich Nawaf al-Ahmad al-Sabah vom Kabinett zum Emir "
      "ausgerufen worden.")
K6 = "Nawaf war im Alter von 86 Jahren gestorben; er hatte das Land seit 2020 regiert."
K7 = ("Die Regierung von Ministerpräsident Scheich Ahmad Nawaf al-Ahmad al-Sabah, einem Sohn des verstorbenen Emirs, "
      "reichte am Dienstag wie nach einem Thronwechsel üblich ihren Rücktritt ein.")
K8 = "Die Minister bleiben bis zur Bildung eines neuen Kabinetts geschäftsführend im Amt."
K9 = "Parlamentspräsident Ahmed al-Saadun sicherte dem Emir die Zusammenarbeit der Abgeordneten zu."
K10 = ("Ein Abgeordneter der Opposition nannte die Rede auf der Plattform X einen „Weckruf“ und forderte die "
       "Regierung auf, die Listen der in den vergangenen Jahren Eingebürgerten offenzulegen.")
K11 = ("In den vergangenen Tagen waren zahlreiche Staats- und Regierungschefs zu Kondolenzbesuchen in den "
       "Bajan-Palast gekommen, darunter der saudische Kronprinz Mohammed bin Salman und der Emir von Katar, Scheich "
       "Tamim bin Hamad Al Thani.")
K12 = "Am Mittwochabend empfing Mischal eine US-Delegation unter Leitung von Vizepräsidentin Kamala Harris."
K13 = ("Harris überbrachte eine Botschaft von Präsident Joe Biden, der Kuwait darin als „engen und unverzichtbaren "
       "Partner“ der USA bezeichnete.")
K14 = "Biden lud den neuen Emir zudem zu einem Besuch nach Washington ein."
K15 = ("Kuwait erlebt seit Jahren einen Machtkampf zwischen den vom Emir ernannten Regierungen und dem gewählten "
       "Parlament, der wichtige Reformen blockiert.")
K16 = ("Diplomaten in Kuwait-Stadt hielten es für möglich, dass Mischal die Nationalversammlung in den kommenden "
       "Monaten auflöst.")

DE02 = {
    "id": "hm323-de-02", "lang": "de", "url": None, "published": "2023-12-20",
    "title": "Kuwaits neuer Emir rechnet mit Regierung und Parlament ab",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11], [K12, K13, K14], [K15, K16]),
    "events": [
        event("ACCUSE", MISHAL, KWT_GOV, K1, mode="allege"),
        event("ACCUSE", MISHAL, KWT_NA, K1, mode="allege"),
        event("RETREAT", KWT_GOV, None, K7, mode="resign", date="2023-12-19"),
        event("AGREE", SAADOUN, MISHAL, K9),
        event("SUPPORT", KWT_OPP_MP, MISHAL, K10),
        event("REQUEST", KWT_OPP_MP, KWT_GOV, K10, mode="change"),
        event("CONSULT", MBS, MISHAL, K11, mode="visit", location="Bayan Palace", location_country="KWT"),
        event("CONSULT", TAMIM, MISHAL, K11, mode="visit", location="Bayan Palace", location_country="KWT"),
        event("CONSULT", HARRIS, MISHAL, K12, mode="visit", date="2023-12-20", location="Kuwait City",
              location_country="KWT"),
        event("SUPPORT", BIDEN, KUWAIT, K13),
        event("AGREE", BIDEN, MISHAL, K14),
    ],
    "quotes": [
        quote("gemeinsam den Interessen des Landes geschadet zu haben", "Mishal al-Ahmad al-Jaber al-Sabah",
              "indirect"),
        quote("Ich schwöre bei Gott, die Verfassung und die Gesetze des Staates zu achten",
              "Mishal al-Ahmad al-Jaber al-Sabah", "direct"),
        quote("Weckruf", "opposition member of the National Assembly of Kuwait", "direct"),
        quote("engen und unverzichtbaren Partner", "Joe Biden", "direct"),
        quote("Mischal die Nationalversammlung in den kommenden Monaten auflöst", "diplomats in Kuwait City",
              "indirect"),
    ],
    "entities": [
        entity("Kuwait City", "LOC", "KWT", ["Kuwait-Stadt"]),
        entity("Mishal al-Ahmad al-Jaber al-Sabah", "PER", "KWT", [
            "Kuwaits neuer Emir Scheich Mischal al-Ahmad al-Dschabir al-Sabah", "Der 83-Jährige", "Mischal",
            "dem Emir", "den neuen Emir"]),
        entity("Kuwait", "LOC", "KWT", ["Kuwaits", "des Landes", "das Land", "Kuwait"]),
        entity("Government of Kuwait", "ORG", "KWT", ["Regierung", "vom Kabinett", "Die Regierung", "Die Minister",
                                                      "die Regierung"]),
        entity("National Assembly of Kuwait", "ORG", "KWT", ["Parlament", "der Nationalversammlung",
                                                             "die Nationalversammlung", "dem gewählten Parlament"]),
        entity("Nawaf al-Ahmad al-Jaber al-Sabah", "PER", "KWT", [
            "seines Halbbruders Scheich Nawaf al-Ahmad al-Sabah", "Nawaf", "des verstorbenen Emirs"]),
        entity("Ahmad Nawaf al-Ahmad al-Sabah", "PER", "KWT", [
            "Ministerpräsident Scheich Ahmad Nawaf al-Ahmad al-Sabah", "einem Sohn des verstorbenen Emirs"]),
        entity("Ahmed al-Saadoun", "PER", "KWT", ["Parlamentspräsident Ahmed al-Saadun"]),
        entity("opposition member of the National Assembly of Kuwait", "PER", "KWT",
               ["Ein Abgeordneter der Opposition"]),
        entity("X", "ORG", "USA", ["der Plattform X"]),
        entity("Bayan Palace", "LOC", "KWT", ["den Bajan-Palast"]),
        entity("Mohammed bin Salman", "PER", "SAU", ["der saudische Kronprinz Mohammed bin Salman"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["der Emir von Katar, Scheich Tamim bin Hamad Al Thani"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("U.S. delegation", "ORG", "USA", ["eine US-Delegation"]),
        entity("Kamala Harris", "PER", "USA", ["Vizepräsidentin Kamala Harris", "Harris"]),
        entity("Joe Biden", "PER", "USA", ["Präsident Joe Biden", "Biden"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("diplomats in Kuwait City", "PER", None, ["Diplomaten in Kuwait-Stadt"]),
    ],
}

# ---------------------------------------------------------------- hm323-de-03 (Syria, attack on U.S. troops near Palmyra)
PALMYRA_GUNMAN = actor("gunman in Palmyra", "SYR", "REB")
US_TROOPS_SYR = actor("U.S. troops in Syria", "USA", "MIL")
SYR_SEC = actor("Syrian security forces", "SYR", "COP")
TRUMP = actor("Donald Trump", "USA", "GOV")
ISLAMIC_STATE_SYR = actor("Islamic State", "SYR", "REB")
HEGSETH = actor("Pete Hegseth", "USA", "GOV")
SYR_MFA = actor("Ministry of Foreign Affairs of Syria", "SYR", "GOV")
USA = actor("United States", "USA", "GOV")
CENTCOM = actor("U.S. Central Command", "USA", "MIL")
PALMYRA_SUSPECTS = actor("suspected accomplices of the Palmyra gunman", "SYR", "CVL")

S1 = ("Damaskus (AFP) - Bei einem Angriff in der zentralsyrischen Wüstenstadt Palmyra sind zwei US-Soldaten und ein "
      "amerikanischer Dolmetscher getötet worden.")
S2 = ("Ein einzelner Schütze habe am Samstag das Feuer auf eine Gruppe amerikanischer und syrischer "
      "Sicherheitskräfte eröffnet, die sich zu einem Treffen mit örtlichen Vertretern versammelt hatte, teilte das "
      "US-Zentralkommando Centcom mit.")
S3 = "Drei weitere Soldaten seien verletzt worden, hieß es."
S4 = "Syrische Sicherheitskräfte erschossen den Angreifer noch am Tatort."
S5 = ("US-Präsident Donald Trump machte die Terrormiliz Islamischer Staat (IS) für den Angriff verantwortlich und "
      "kündigte Vergeltung an.")
S6 = "„Es wird eine sehr ernste Vergeltung geben“, schrieb Trump auf seiner Plattform Truth Social."
S7 = ("Der syrische Übergangspräsident Ahmed al-Scharaa sei über die Tat „extrem wütend und bestürzt“, fügte der "
      "Republikaner hinzu.")
S8 = ("Verteidigungsminister Pete Hegseth warnte, wer Amerikaner ins Visier nehme, werde „gejagt, gefunden und "
      "getötet“.")
S9 = ("Nach Darstellung des syrischen Innenministeriums gehörte der Täter selbst den Sicherheitskräften an und "
      "sollte wegen extremistischer Ansichten entlassen werden.")
S10 = ("Ministeriumssprecher Nur al-Din al-Baba sagte, fünf Verdächtige seien festgenommen worden, die dem Schützen "
       "geholfen haben sollen.")
S11 = ("Das syrische Außenministerium verurteilte den „terroristischen Angriff“ und sprach den Familien der Opfer "
       "sein Beileid aus.")
S12 = "Syrien stehe im Kampf gegen den Terrorismus fest an der Seite der USA, hieß es in der Erklärung."
S13 = ("Die US-Truppen arbeiten seit dem Sturz von Baschar al-Assad vor einem Jahr zunehmend mit den neuen syrischen "
       "Behörden zusammen.")
S14 = "Centcom versetzte die übrigen US-Stützpunkte im Land in erhöhte Alarmbereitschaft."
S15 = "Einen Abzug der rund 1.000 in Syrien verbliebenen US-Soldaten kündigte Washington jedoch nicht an."
S16 = ("Die Gouverneurin von Iowa, Kim Reynolds, teilte mit, die beiden getöteten Soldaten hätten der Nationalgarde "
       "ihres Bundesstaats angehört.")
S17 = ("Der IS hat sich in der Badia-Wüste rund um Palmyra trotz des Verlusts seines Herrschaftsgebiets "
       "Rückzugsorte bewahrt.")

DE03 = {
    "id": "hm323-de-03", "lang": "de", "url": None, "published": "2025-12-13",
    "title": "Zwei US-Soldaten und Dolmetscher bei Angriff in Syrien getötet",
    "text": paragraphs([S1, S2, S3, S4], [S5, S6, S7, S8], [S9, S10, S11, S12, S13], [S14, S15, S16, S17]),
    "events": [
        event("ASSAULT", PALMYRA_GUNMAN, US_TROOPS_SYR, S1, location="Palmyra", location_country="SYR"),
        event("ASSAULT", PALMYRA_GUNMAN, US_TROOPS_SYR, S2, mode="firearms", date="2025-12-13",
              location="Palmyra", location_country="SYR"),
        event("ASSAULT", PALMYRA_GUNMAN, SYR_SEC, S2, mode="firearms", date="2025-12-13", location="Palmyra",
              location_country="SYR"),
        event("ASSAULT", SYR_SEC, PALMYRA_GUNMAN, S4, mode="firearms", location="Palmyra", location_country="SYR"),
        event("ACCUSE", TRUMP, ISLAMIC_STATE_SYR, S5, mode="allege"),
        event("THREATEN", TRUMP, ISLAMIC_STATE_SYR, S5, mode="violence"),
        event("THREATEN", TRUMP, ISLAMIC_STATE_SYR, S6, mode="violence"),
        event("THREATEN", HEGSETH, ISLAMIC_STATE_SYR, S8, mode="violence"),
        event("COERCE", SYR_SEC, PALMYRA_SUSPECTS, S10, mode="arrest"),
        event("ACCUSE", SYR_MFA, PALMYRA_GUNMAN, S11, mode="disapprove"),
        event("SUPPORT", SYR_MFA, USA, S12),
        event("MOBILIZE", CENTCOM, None, S14, mode="troops", location="Syria", location_country="SYR"),
        event("CONCEDE", USA, None, S15, negated=True),
    ],
    "quotes": [
        quote("Ein einzelner Schütze habe am Samstag das Feuer auf eine Gruppe amerikanischer und syrischer "
              "Sicherheitskräfte eröffnet, die sich zu einem Treffen mit örtlichen Vertretern versammelt hatte",
              "U.S. Central Command", "indirect"),
        quote("Drei weitere Soldaten seien verletzt worden", "U.S. Central Command", "indirect"),
        quote("Es wird eine sehr ernste Vergeltung geben", "Donald Trump", "direct"),
        quote("extrem wütend und bestürzt", "Donald Trump", "direct"),
        quote("Der syrische Übergangspräsident Ahmed al-Scharaa sei über die Tat „extrem wütend und bestürzt“",
              "Donald Trump", "indirect"),
        quote("gejagt, gefunden und getötet", "Pete Hegseth", "direct"),
        quote("wer Amerikaner ins Visier nehme, werde „gejagt, gefunden und getötet“", "Pete Hegseth", "indirect"),
        quote("gehörte der Täter selbst den Sicherheitskräften an und sollte wegen extremistischer Ansichten "
              "entlassen werden", "Ministry of Interior of Syria", "indirect"),
        quote("fünf Verdächtige seien festgenommen worden, die dem Schützen geholfen haben sollen",
              "Nour al-Din al-Baba", "indirect"),
        quote("terroristischen Angriff", "Ministry of Foreign Affairs of Syria", "direct"),
        quote("Syrien stehe im Kampf gegen den Terrorismus fest an der Seite der USA",
              "Ministry of Foreign Affairs of Syria", "indirect"),
        quote("die beiden getöteten Soldaten hätten der Nationalgarde ihres Bundesstaats angehört", "Kim Reynolds",
              "indirect"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus"]),
        entity("Palmyra", "LOC", "SYR", ["der zentralsyrischen Wüstenstadt Palmyra", "Palmyra"]),
        entity("U.S. troops in Syria", "ORG", "USA", ["zwei US-Soldaten", "Drei weitere Soldaten",
                                                      "Die US-Truppen", "die beiden getöteten Soldaten",
                                                      "der rund 1.000 in Syrien verbliebenen US-Soldaten"]),
        entity("American interpreter killed in Palmyra", "PER", "USA", ["ein amerikanischer Dolmetscher"]),
        entity("gunman in Palmyra", "PER", "SYR", ["Ein einzelner Schütze", "den Angreifer", "der Täter",
                                                   "dem Schützen"]),
        entity("Syrian security forces", "ORG", "SYR", ["syrischer Sicherheitskräfte", "Syrische Sicherheitskräfte",
                                                        "den Sicherheitskräften"]),
        entity("U.S. Central Command", "ORG", "USA", ["das US-Zentralkommando Centcom", "Centcom"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump", "Trump", "der Republikaner"]),
        entity("Islamic State", "ORG", None, ["die Terrormiliz Islamischer Staat (IS)", "Der IS"]),
        entity("Truth Social", "ORG", "USA", ["seiner Plattform Truth Social"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["Der syrische Übergangspräsident Ahmed al-Scharaa"]),
        entity("Pete Hegseth", "PER", "USA", ["Verteidigungsminister Pete Hegseth"]),
        entity("Ministry of Interior of Syria", "ORG", "SYR", ["des syrischen Innenministeriums"]),
        entity("Nour al-Din al-Baba", "PER", "SYR", ["Ministeriumssprecher Nur al-Din al-Baba"]),
        entity("suspected accomplices of the Palmyra gunman", "PER", "SYR", ["fünf Verdächtige"]),
        entity("Ministry of Foreign Affairs of Syria", "ORG", "SYR", ["Das syrische Außenministerium"]),
        entity("Syria", "LOC", "SYR", ["Syrien", "im Land"]),
        entity("United States", "LOC", "USA", ["der USA"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Baschar al-Assad"]),
        entity("Syrian authorities", "ORG", "SYR", ["den neuen syrischen Behörden"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Kim Reynolds", "PER", "USA", ["Die Gouverneurin von Iowa, Kim Reynolds"]),
        entity("Iowa", "LOC", "USA", ["Iowa", "ihres Bundesstaats"]),
        entity("Iowa National Guard", "ORG", "USA", ["der Nationalgarde ihres Bundesstaats"]),
        entity("Badia", "LOC", "SYR", ["der Badia-Wüste"]),
    ],
}

# ---------------------------------------------------------------- hm323-de-04 (Oman, attack on the Imam Ali mosque)
MOSQUE_GUNMEN = actor("gunmen who attacked the Imam Ali Mosque in Muscat", "OMN", "REB")
WORSHIPPERS = actor("worshippers at the Imam Ali Mosque in Muscat", "OMN", "CVL")
OMN_SEC = actor("Omani security forces", "OMN", "COP")
ISLAMIC_STATE = actor("Islamic State", None, "REB")
ROP = actor("Royal Oman Police", "OMN", "COP")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
OMAN = actor("Oman", "OMN", "GOV")
SAUDI = actor("Saudi Arabia", "SAU", "GOV")
KANAANI = actor("Nasser Kanaani", "IRN", "GOV")

O1 = ("Maskat (dpa) - Bei einem Angriff auf eine schiitische Moschee in der omanischen Hauptstadt Maskat sind sechs "
      "Menschen getötet worden, darunter ein Polizist.")
O2 = ("Drei Bewaffnete hätten am späten Montagabend das Feuer auf Gläubige eröffnet, die sich in der "
      "Imam-Ali-Moschee im Viertel Wadi al-Kabir zum Aschura-Gedenken versammelt hatten, teilte die Königliche "
      "Polizei von Oman mit.")
O3 = ("Sicherheitskräfte lieferten sich mit den Angreifern bis in die Morgenstunden Feuergefechte und töteten alle "
      "drei.")
O4 = "Unter den 28 Verletzten seien auch Polizisten und Rettungskräfte, hieß es."
O5 = ("Die Terrormiliz Islamischer Staat (IS) reklamierte den Anschlag am Dienstag über ihr Sprachrohr Amak für "
      "sich.")
O6 = "Es ist der erste Anschlag dieser Art in dem als ausgesprochen sicher geltenden Golfstaat."
O7 = "Die Polizei riegelte das Viertel ab und leitete Ermittlungen ein."
O8 = "Festnahmen gab es bislang nicht."
O9 = "Die Behörden machten zunächst keine Angaben zur Identität der Angreifer."
O10 = "Pakistans Außenministerium teilte mit, unter den Toten seien vier pakistanische Staatsbürger."
O11 = ("Premierminister Shehbaz Sharif verurteilte den „abscheulichen Terroranschlag“ und sicherte dem Sultanat die "
       "Unterstützung Islamabads bei der Aufklärung zu.")
O12 = "Die indische Botschaft bestätigte, dass auch ein indischer Staatsbürger ums Leben kam."
O13 = "Saudi-Arabien verurteilte den Angriff und versicherte Oman seiner Solidarität."
O14 = ("Der Sprecher des iranischen Außenministeriums, Nasser Kanaani, sprach von einem „feigen Verbrechen“ gegen "
       "betende Muslime.")
O15 = ("Auf Anordnung von Sultan Haitham bin Tarik verstärkte die Polizei die Sicherheitsvorkehrungen an Moscheen im "
       "ganzen Land.")
O16 = ("Oman ist das einzige Land der Region, in dem die Ibaditen die Mehrheit stellen; Schiiten machen nur einen "
       "kleinen Teil der Bevölkerung aus.")
O17 = ("Das Sultanat gilt als diskreter Vermittler in regionalen Konflikten, etwa zwischen Iran und den USA oder im "
       "Jemen.")

DE04 = {
    "id": "hm323-de-04", "lang": "de", "url": None, "published": "2024-07-16",
    "title": "Sechs Tote bei Angriff auf schiitische Moschee in Oman",
    "text": paragraphs([O1, O2, O3, O4], [O5, O6, O7, O8, O9], [O10, O11, O12, O13, O14], [O15, O16, O17]),
    "events": [
        event("ASSAULT", MOSQUE_GUNMEN, WORSHIPPERS, O1, location="Muscat", location_country="OMN"),
        event("ASSAULT", MOSQUE_GUNMEN, WORSHIPPERS, O2, mode="firearms", date="2024-07-15",
              location="Wadi al-Kabir", location_country="OMN"),
        event("ASSAULT", OMN_SEC, MOSQUE_GUNMEN, O3, mode="firearms", location="Wadi al-Kabir",
              location_country="OMN"),
        event("ASSAULT", MOSQUE_GUNMEN, OMN_SEC, O3, mode="firearms", location="Wadi al-Kabir",
              location_country="OMN"),
        event("ASSAULT", ISLAMIC_STATE, WORSHIPPERS, O5, location="Muscat", location_country="OMN"),
        event("COERCE", ROP, None, O7, mode="restrict", location="Wadi al-Kabir", location_country="OMN"),
        event("ACCUSE", ROP, MOSQUE_GUNMEN, O7, mode="investigate"),
        event("COERCE", ROP, None, O8, mode="arrest", negated=True),
        event("ACCUSE", SHARIF, MOSQUE_GUNMEN, O11, mode="disapprove"),
        event("AGREE", SHARIF, OMAN, O11),
        event("ACCUSE", SAUDI, MOSQUE_GUNMEN, O13, mode="disapprove"),
        event("SUPPORT", SAUDI, OMAN, O13),
        event("ACCUSE", KANAANI, MOSQUE_GUNMEN, O14, mode="disapprove"),
        event("MOBILIZE", ROP, None, O15, mode="police", location="Oman", location_country="OMN"),
    ],
    "quotes": [
        quote("Drei Bewaffnete hätten am späten Montagabend das Feuer auf Gläubige eröffnet, die sich in der "
              "Imam-Ali-Moschee im Viertel Wadi al-Kabir zum Aschura-Gedenken versammelt hatten",
              "Royal Oman Police", "indirect"),
        quote("Unter den 28 Verletzten seien auch Polizisten und Rettungskräfte", "Royal Oman Police", "indirect"),
        quote("unter den Toten seien vier pakistanische Staatsbürger", "Ministry of Foreign Affairs of Pakistan",
              "indirect"),
        quote("abscheulichen Terroranschlag", "Shehbaz Sharif", "direct"),
        quote("auch ein indischer Staatsbürger ums Leben kam", "Embassy of India in Muscat", "indirect"),
        quote("feigen Verbrechen", "Nasser Kanaani", "direct"),
    ],
    "entities": [
        entity("Muscat", "LOC", "OMN", ["Maskat", "der omanischen Hauptstadt Maskat"]),
        entity("Imam Ali Mosque", "LOC", "OMN", ["eine schiitische Moschee", "Imam-Ali-Moschee"]),
        entity("Wadi al-Kabir", "LOC", "OMN", ["Viertel Wadi al-Kabir", "das Viertel"]),
        entity("gunmen who attacked the Imam Ali Mosque in Muscat", "PER", "OMN", ["Drei Bewaffnete",
                                                                                   "den Angreifern",
                                                                                   "der Angreifer"]),
        entity("Royal Oman Police", "ORG", "OMN", ["die Königliche Polizei von Oman", "Die Polizei",
                                                   "die Polizei"]),
        entity("Omani security forces", "ORG", "OMN", ["Sicherheitskräfte"]),
        entity("Islamic State", "ORG", None, ["Die Terrormiliz Islamischer Staat (IS)"]),
        entity("Amaq", "ORG", None, ["ihr Sprachrohr Amak"]),
        entity("Oman", "LOC", "OMN", ["Oman", "dem als ausgesprochen sicher geltenden Golfstaat", "dem Sultanat",
                                      "im ganzen Land", "Das Sultanat"]),
        entity("Omani authorities", "ORG", "OMN", ["Die Behörden"]),
        entity("Pakistan", "LOC", "PAK", ["Pakistans"]),
        entity("Ministry of Foreign Affairs of Pakistan", "ORG", "PAK", ["Pakistans Außenministerium"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif"]),
        entity("Government of Pakistan", "ORG", "PAK", ["Islamabads"]),
        entity("Embassy of India in Muscat", "ORG", "IND", ["Die indische Botschaft"]),
        entity("Saudi Arabia", "LOC", "SAU", ["Saudi-Arabien"]),
        entity("Nasser Kanaani", "PER", "IRN", ["Der Sprecher des iranischen Außenministeriums, Nasser Kanaani"]),
        entity("Ministry of Foreign Affairs of Iran", "ORG", "IRN", ["des iranischen Außenministeriums"]),
        entity("Haitham bin Tariq", "PER", "OMN", ["Sultan Haitham bin Tarik"]),
        entity("Iran", "LOC", "IRN", ["Iran"]),
        entity("United States", "LOC", "USA", ["den USA"]),
        entity("Yemen", "LOC", "YEM", ["Jemen"]),
    ],
}

# ---------------------------------------------------------------- hm323-en-01 (Israel/Gaza, Sinwar killed in Rafah)
IDF = actor("Israel Defense Forces", "ISR", "MIL")
SINWAR = actor("Yahya Sinwar", "PSE", "REB")
RAFAH_MILITANTS = actor("Hamas militants in Rafah", "PSE", "REB")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
ISRAEL = actor("Israel", "ISR", "GOV")
ISR_GOV = actor("Government of Israel", "ISR", "GOV")
HOSTAGE_FORUM = actor("Hostages and Missing Families Forum", "ISR", "NGO")
TEL_AVIV_PROTESTERS = actor("protesters in Tel Aviv", "ISR", "CVL")
HAYYA = actor("Khalil al-Hayya", "PSE", "REB")
HEZBOLLAH = actor("Hezbollah", "LBN", "REB")

E1 = ("JERUSALEM, Oct 18 (Reuters) - Israel's military said on Thursday it had killed Hamas leader Yahya Sinwar, the "
      "mastermind of the Oct. 7 attack on Israel, in a chance encounter with troops in the southern Gaza Strip.")
E2 = ("Soldiers patrolling the Tal al-Sultan neighbourhood of Rafah on Wednesday exchanged fire with three "
      "militants, and a tank then shelled the building in which they had taken cover, the military said.")
E3 = ("The military released drone footage of his final moments, showing a wounded, masked figure in an armchair "
      "hurling a stick at the drone.")
E4 = "Sinwar's body was identified through dental records and DNA tests."
E5 = ('"Evil has been dealt a heavy blow, but our task has not yet been completed," Prime Minister Benjamin '
      'Netanyahu said in a video statement, vowing that Israel would keep fighting until all the hostages held in '
      'Gaza were brought home.')
E6 = ('He offered safe passage to Hamas fighters who laid down their arms and released hostages: "We will not harm '
      'them," he said.')
E7 = ('U.S. President Joe Biden called it "a good day for Israel, for the United States, and for the world" and '
      'said he would phone Netanyahu to congratulate him.')
E8 = ("Vice President Kamala Harris, the Democratic presidential candidate, welcomed the news and said Sinwar's death "
      "offered a chance to finally end the war in Gaza.")
E9 = ("The Hostages and Missing Families Forum urged the government to turn the military achievement into a deal "
      "to free the 101 hostages still held in Gaza.")
E10 = ("Hundreds of people rallied in Tel Aviv's Hostages Square on Thursday evening, calling on Netanyahu to seize "
       "the moment.")
E11 = ("Hamas' deputy Gaza chief Khalil al-Hayya confirmed Sinwar's death in a televised speech on Friday and said "
       "the hostages would not return until Israel stopped its offensive and withdrew its troops from Gaza.")
E12 = ('"Sinwar died fighting," al-Hayya said, adding that Hamas would fight on "until the establishment of a '
       'Palestinian state" with Jerusalem as its capital.')
E13 = ('Lebanon\'s Hezbollah, which has been trading fire with Israel for more than a year, said it was moving to a '
       '"new and escalating phase" in its war against Israel.')
E14 = "Sinwar, 61, was named Hamas' overall leader in August after Ismail Haniyeh was killed in Tehran."
E15 = ("Separately, the Israeli military said its aircraft struck a Hamas command centre inside a former school in "
       "Jabalia in northern Gaza on Thursday; Gaza's civil emergency service said at least 28 people were killed.")

EN01 = {
    "id": "hm323-en-01", "lang": "en", "url": None, "published": "2024-10-18",
    "title": "Israel kills Hamas leader Sinwar in Gaza; Hamas vows to fight on",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10], [E11, E12, E13, E14], [E15]),
    "events": [
        event("ASSAULT", IDF, SINWAR, E1, location="Gaza Strip", location_country="PSE"),
        event("ASSAULT", IDF, RAFAH_MILITANTS, E2, mode="heavy-weapons", date="2024-10-16", location="Rafah",
              location_country="PSE"),
        event("ASSAULT", RAFAH_MILITANTS, IDF, E2, date="2024-10-16", location="Rafah", location_country="PSE"),
        event("THREATEN", NETANYAHU, HAMAS, E5, mode="violence"),
        event("AGREE", NETANYAHU, HAMAS, E6),
        event("SUPPORT", BIDEN, ISRAEL, E7),
        event("AGREE", BIDEN, NETANYAHU, E7),
        event("SUPPORT", HARRIS, ISRAEL, E8),
        event("REQUEST", HOSTAGE_FORUM, ISR_GOV, E9),
        event("PROTEST", TEL_AVIV_PROTESTERS, NETANYAHU, E10, mode="demo", date="2024-10-17",
              location="Tel Aviv", location_country="ISR"),
        event("REJECT", HAYYA, ISRAEL, E11, mode="yield", date="2024-10-18"),
        event("THREATEN", HAYYA, ISRAEL, E12, mode="violence"),
        event("THREATEN", HEZBOLLAH, ISRAEL, E13, mode="violence"),
        event("ASSAULT", IDF, HAMAS, E15, mode="aerial", date="2024-10-17", location="Jabalia",
              location_country="PSE"),
    ],
    "quotes": [
        quote("it had killed Hamas leader Yahya Sinwar, the mastermind of the Oct. 7 attack on Israel, in a chance "
              "encounter with troops in the southern Gaza Strip", "Israel Defense Forces", "indirect"),
        quote("Soldiers patrolling the Tal al-Sultan neighbourhood of Rafah on Wednesday exchanged fire with three "
              "militants, and a tank then shelled the building in which they had taken cover",
              "Israel Defense Forces", "indirect"),
        quote("Evil has been dealt a heavy blow, but our task has not yet been completed", "Benjamin Netanyahu",
              "direct"),
        quote("Israel would keep fighting until all the hostages held in Gaza were brought home",
              "Benjamin Netanyahu", "indirect"),
        quote("We will not harm them", "Benjamin Netanyahu", "direct"),
        quote("a good day for Israel, for the United States, and for the world", "Joe Biden", "direct"),
        quote("he would phone Netanyahu to congratulate him", "Joe Biden", "indirect"),
        quote("Sinwar's death offered a chance to finally end the war in Gaza", "Kamala Harris", "indirect"),
        quote("the hostages would not return until Israel stopped its offensive and withdrew its troops from Gaza",
              "Khalil al-Hayya", "indirect"),
        quote("Sinwar died fighting", "Khalil al-Hayya", "direct"),
        quote("until the establishment of a Palestinian state", "Khalil al-Hayya", "direct"),
        quote('Hamas would fight on "until the establishment of a Palestinian state" with Jerusalem as its capital',
              "Khalil al-Hayya", "indirect"),
        quote("new and escalating phase", "Hezbollah", "direct"),
        quote('it was moving to a "new and escalating phase" in its war against Israel', "Hezbollah", "indirect"),
        quote("its aircraft struck a Hamas command centre inside a former school in Jabalia in northern Gaza on "
              "Thursday", "Israel Defense Forces", "indirect"),
        quote("at least 28 people were killed", "Gaza civil emergency service", "indirect"),
    ],
    "entities": [
        entity("Jerusalem", "LOC", "ISR", ["JERUSALEM", "Jerusalem"]),
        entity("Israel Defense Forces", "ORG", "ISR", ["Israel's military", "troops", "Soldiers", "the military",
                                                       "The military", "the Israeli military", "its troops"]),
        entity("Hamas", "ORG", "PSE", ["Hamas", "Hamas fighters"]),
        entity("Yahya Sinwar", "PER", "PSE", ["Hamas leader Yahya Sinwar", "Sinwar",
                                              "a wounded, masked figure"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Gaza Strip", "LOC", "PSE", ["the southern Gaza Strip", "Gaza", "northern Gaza"]),
        entity("Tal al-Sultan", "LOC", "PSE", ["the Tal al-Sultan neighbourhood of Rafah"]),
        entity("Rafah", "LOC", "PSE", ["Rafah"]),
        entity("Hamas militants in Rafah", "PER", "PSE", ["three militants"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Prime Minister Benjamin Netanyahu", "Netanyahu"]),
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("Kamala Harris", "PER", "USA", ["Vice President Kamala Harris, the Democratic presidential candidate"]),
        entity("Hostages and Missing Families Forum", "ORG", "ISR", ["The Hostages and Missing Families Forum"]),
        entity("Government of Israel", "ORG", "ISR", ["the government"]),
        entity("Tel Aviv", "LOC", "ISR", ["Tel Aviv"]),
        entity("Hostages Square", "LOC", "ISR", ["Hostages Square"]),
        entity("Khalil al-Hayya", "PER", "PSE", ["Hamas' deputy Gaza chief Khalil al-Hayya", "al-Hayya"]),
        entity("Hezbollah", "ORG", "LBN", ["Lebanon's Hezbollah"]),
        entity("Lebanon", "LOC", "LBN", ["Lebanon"]),
        entity("Palestinian state", "LOC", "PSE", ["a Palestinian state"]),
        entity("Ismail Haniyeh", "PER", "PSE", ["Ismail Haniyeh"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Jabalia", "LOC", "PSE", ["Jabalia"]),
        entity("Gaza civil emergency service", "ORG", "PSE", ["Gaza's civil emergency service"]),
    ],
}

# ---------------------------------------------------------------- hm323-en-02 (Iraq, Elizabeth Tsurkov freed)
KATAIB_HEZBOLLAH = actor("Kataib Hezbollah", "IRQ", "REB")
TSURKOV = actor("Elizabeth Tsurkov", "ISR", "CVL")
SUDANI = actor("Mohammed Shia al-Sudani", "IRQ", "GOV")
ISR_PMO = actor("Prime Minister's Office of Israel", "ISR", "GOV")
RUBIO = actor("Marco Rubio", "USA", "GOV")
IRQ_GOV = actor("Government of Iraq", "IRQ", "GOV")
BOEHLER = actor("Adam Boehler", "USA", "GOV")
RUS_EMBASSY_IRQ = actor("Russian Embassy in Baghdad", "RUS", "GOV")

T1 = ("BAGHDAD, Sept 9 (Reuters) - Elizabeth Tsurkov, an Israeli-Russian researcher held captive in Iraq for more "
      "than two years, has been released by the Iran-aligned militia Kataib Hezbollah, U.S. President Donald Trump "
      "said on Tuesday.")
T2 = ('Trump wrote on his Truth Social platform that Tsurkov was "now safely in the American Embassy in Iraq" and '
      'that she had been tortured for many months.')
T3 = ("Tsurkov, a Princeton University doctoral student, was abducted by the group in Baghdad's Karrada district in "
      "March 2023 while doing research for her dissertation.")
T4 = ('Iraqi Prime Minister Mohammed Shia al-Sudani said her release followed "months of intensive efforts" by '
      'Iraq\'s security services.')
T5 = ('He vowed that no armed group would be allowed to "undermine the authority of the state" and that those '
      'behind the kidnapping would be brought to justice.')
T6 = "Kataib Hezbollah, which has never publicly acknowledged holding Tsurkov, did not comment."
T7 = ("Israeli Prime Minister Benjamin Netanyahu's office thanked Trump and the U.S. administration for securing her "
      "freedom.")
T8 = ('Her sister Emma Tsurkov, who campaigned for her release for more than two years, said the family was '
      '"overwhelmed with relief" and thanked everyone who had worked to bring her home.')
T9 = ("Secretary of State Marco Rubio said Washington would hold Kataib Hezbollah accountable and called on the "
      "Iraqi government to rein in armed groups operating outside state control.")
T10 = ("U.S. hostage envoy Adam Boehler had travelled to Baghdad twice this year for talks with Iraqi officials on "
       "the case, a U.S. official said.")
T11 = "Israel had accused Kataib Hezbollah of holding Tsurkov since July 2023."
T12 = "The United States designated Kataib Hezbollah a foreign terrorist organisation in 2009."
T13 = ("The group, part of the Popular Mobilization Forces umbrella that is formally under state command, has "
       "claimed dozens of attacks on U.S. forces in Iraq and Syria since the start of the Gaza war.")
T14 = ("Tsurkov's release comes two months before parliamentary elections in which several Iran-aligned factions are "
       "fielding candidates.")
T15 = "Russia's embassy in Baghdad thanked the Iraqi authorities for their help in freeing its citizen."

EN02 = {
    "id": "hm323-en-02", "lang": "en", "url": None, "published": "2025-09-09",
    "title": "Israeli-Russian researcher Tsurkov freed by Iraqi militia, Trump says",
    "text": paragraphs([T1, T2, T3], [T4, T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14, T15]),
    "events": [
        event("RETREAT", KATAIB_HEZBOLLAH, TSURKOV, T1, mode="release"),
        event("ACCUSE", TRUMP, KATAIB_HEZBOLLAH, T2, mode="allege"),
        event("ASSAULT", KATAIB_HEZBOLLAH, TSURKOV, T3, mode="abduct", location="Baghdad",
              location_country="IRQ"),
        event("THREATEN", SUDANI, KATAIB_HEZBOLLAH, T5, mode="arrest"),
        event("SUPPORT", ISR_PMO, TRUMP, T7),
        event("THREATEN", RUBIO, KATAIB_HEZBOLLAH, T9),
        event("REQUEST", RUBIO, IRQ_GOV, T9, mode="change"),
        event("CONSULT", BOEHLER, IRQ_GOV, T10, mode="visit", location="Baghdad", location_country="IRQ"),
        event("ACCUSE", ISRAEL, KATAIB_HEZBOLLAH, T11, mode="allege"),
        event("SANCTION", USA, KATAIB_HEZBOLLAH, T12),
        event("SUPPORT", RUS_EMBASSY_IRQ, IRQ_GOV, T15),
    ],
    "quotes": [
        quote("Elizabeth Tsurkov, an Israeli-Russian researcher held captive in Iraq for more than two years, has "
              "been released by the Iran-aligned militia Kataib Hezbollah", "Donald Trump", "indirect"),
        quote("now safely in the American Embassy in Iraq", "Donald Trump", "direct"),
        quote('Tsurkov was "now safely in the American Embassy in Iraq"', "Donald Trump", "indirect"),
        quote("she had been tortured for many months", "Donald Trump", "indirect"),
        quote("months of intensive efforts", "Mohammed Shia al-Sudani", "direct"),
        quote('her release followed "months of intensive efforts" by Iraq\'s security services',
              "Mohammed Shia al-Sudani", "indirect"),
        quote("undermine the authority of the state", "Mohammed Shia al-Sudani", "direct"),
        quote('no armed group would be allowed to "undermine the authority of the state"', "Mohammed Shia al-Sudani",
              "indirect"),
        quote("those behind the kidnapping would be brought to justice", "Mohammed Shia al-Sudani", "indirect"),
        quote("overwhelmed with relief", "Emma Tsurkov", "direct"),
        quote('the family was "overwhelmed with relief"', "Emma Tsurkov", "indirect"),
        quote("Washington would hold Kataib Hezbollah accountable", "Marco Rubio", "indirect"),
        quote("U.S. hostage envoy Adam Boehler had travelled to Baghdad twice this year for talks with Iraqi "
              "officials on the case", "U.S. official", "indirect"),
    ],
    "entities": [
        entity("Baghdad", "LOC", "IRQ", ["BAGHDAD", "Baghdad"]),
        entity("Elizabeth Tsurkov", "PER", "ISR", ["Elizabeth Tsurkov, an Israeli-Russian researcher", "Tsurkov",
                                                   "its citizen"]),
        entity("Iraq", "LOC", "IRQ", ["Iraq"]),
        entity("Kataib Hezbollah", "ORG", "IRQ", ["the Iran-aligned militia Kataib Hezbollah", "Kataib Hezbollah",
                                                  "the group", "The group"]),
        entity("Donald Trump", "PER", "USA", ["U.S. President Donald Trump", "Trump"]),
        entity("Truth Social", "ORG", "USA", ["his Truth Social platform"]),
        entity("U.S. Embassy in Baghdad", "ORG", "USA", ["the American Embassy in Iraq"]),
        entity("Princeton University", "ORG", "USA", ["Princeton University"]),
        entity("Karrada", "LOC", "IRQ", ["Baghdad's Karrada district"]),
        entity("Mohammed Shia al-Sudani", "PER", "IRQ", ["Iraqi Prime Minister Mohammed Shia al-Sudani"]),
        entity("Iraqi security services", "ORG", "IRQ", ["Iraq's security services"]),
        entity("Prime Minister's Office of Israel", "ORG", "ISR", [
            "Israeli Prime Minister Benjamin Netanyahu's office"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["Israeli Prime Minister Benjamin Netanyahu"]),
        entity("Trump administration", "ORG", "USA", ["the U.S. administration"]),
        entity("Emma Tsurkov", "PER", "ISR", ["Her sister Emma Tsurkov"]),
        entity("Marco Rubio", "PER", "USA", ["Secretary of State Marco Rubio"]),
        entity("Government of the United States", "ORG", "USA", ["Washington"]),
        entity("Government of Iraq", "ORG", "IRQ", ["the Iraqi government", "Iraqi officials",
                                                    "the Iraqi authorities"]),
        entity("Adam Boehler", "PER", "USA", ["U.S. hostage envoy Adam Boehler"]),
        entity("U.S. official", "PER", "USA", ["a U.S. official"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("United States", "LOC", "USA", ["The United States"]),
        entity("Popular Mobilization Forces", "ORG", "IRQ", ["the Popular Mobilization Forces"]),
        entity("U.S. forces", "ORG", "USA", ["U.S. forces"]),
        entity("Syria", "LOC", "SYR", ["Syria"]),
        entity("Gaza", "LOC", "PSE", ["the Gaza war"]),
        entity("Russian Embassy in Baghdad", "ORG", "RUS", ["Russia's embassy in Baghdad"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
