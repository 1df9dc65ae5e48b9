"""Round 359: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm359-de-01: Tunisia: Kais Saied dismisses Prime Minister Ahmed Hachani two months before the presidential election and swears in Kamel Madouri; Saied accuses and threatens "lobbies" over water and power cuts, earlier dismissals of Bouden, Feki and Ezzahi, the National Salvation Front and Chebbi object, a Tunis court jails and bars four would-be candidates, the UGTT makes demands (2024-08-08).
- hm359-de-02: Syria: the "victory conference" names Ahmed al-Sharaa transitional president, suspends the constitution and dissolves parliament, the Baath party and the old army; al-Sharaa promises an inclusive government, Qatar's emir Tamim is the first head of state to visit Damascus and pledges help, Erdoğan phones to congratulate, the earlier Bogdanov visit and Syria's demand for reparations, the SDF not invited (2025-01-30).
- hm359-de-03: Libya: a Derna court sentences twelve officials to 9 to 27 years over the 2023 dam collapse and acquits four; the attorney general's investigation, the 2023 protests and the dissolved city council, relatives welcome the verdict but want senior officials tried, Amnesty's earlier demands (2024-07-28).
- hm359-de-04: Morocco: a Rabat court sentences journalist Hamid El Mahdaoui to 18 months and damages for defaming Justice Minister Abdellatif Ouahbi; Ouahbi's complaint and accusations, El Mahdaoui speaks of a political verdict, supporters rally, RSF condemns and demands the verdict be overturned, his 2017 arrest and the July royal pardons recalled (2024-11-11).
- hm359-en-01: Yemen: the Houthis free the 25 crew of the Galaxy Leader via Oman in coordination with Hamas; the November 2023 seizure, the Philippines and Bulgaria thank Oman, the UN welcomes it and demands the release of its staff, Trump orders the Houthis redesignated as a terrorist organization, the Houthis' limited-attacks pledge and threat (2025-01-22).
- hm359-en-02: Iran: Khamenei dismisses Trump's offer of nuclear talks as a "deception" after Anwar Gargash delivers Trump's letter to Araghchi; Trump's offer and military threat, Khamenei's threat of retaliation, maximum pressure, a closed-door UN Security Council meeting requested by the US, Britain and France, Iran's UN mission objects, Peskov's offer to help (2025-03-12).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm359-de-01 (Tunisia, Hachani dismissed)
SAIED = actor("Kais Saied", "TUN", "GOV")
HACHANI = actor("Ahmed Hachani", "TUN", "GOV")
LOBBIES = actor("lobbies accused by Kais Saied", "TUN", "BUS")
BOUDEN = actor("Najla Bouden", "TUN", "GOV")
FEKI = actor("Kamel Feki", "TUN", "GOV")
EZZAHI = actor("Malek Ezzahi", "TUN", "GOV")
NSF = actor("National Salvation Front", "TUN", "OPP")
CHEBBI = actor("Ahmed Nejib Chebbi", "TUN", "OPP")
TUNIS_COURT = actor("Tunis court", "TUN", "JUD")
TUN_CANDIDATES = actor("four potential presidential candidates", "TUN", "OPP")
UGTT = actor("Tunisian General Labour Union", "TUN", "LAB")
TUN_GOV = actor("Government of Tunisia", "TUN", "GOV")

T1 = ("Tunis (dpa) - Gut zwei Monate vor der Präsidentenwahl in Tunesien hat Staatschef Kais Saied überraschend "
      "Ministerpräsident Ahmed Hachani entlassen.")
T2 = ("Neuer Regierungschef werde der bisherige Sozialminister Kamel Madouri, teilte das Präsidialamt in der Nacht zum "
      "Donnerstag auf seiner Facebook-Seite mit.")
T3 = "Gründe für die Entscheidung wurden nicht genannt."
T4 = "Madouri legte noch in der Nacht im Karthago-Palast vor dem Präsidenten seinen Amtseid ab."
T5 = ("Saied warf bei der Zeremonie namentlich nicht genannten „Lobbys“ vor, die Versorgung des Landes mit Wasser und "
      "Strom gezielt zu sabotieren.")
T6 = ("Wer das Volk in der Sommerhitze leiden lasse, werde zur Rechenschaft gezogen, sagte er in einem vom "
      "Präsidialamt verbreiteten Video.")
T7 = ("Hachani war erst im August vergangenen Jahres ernannt worden, nachdem Saied dessen Vorgängerin Najla Bouden "
      "ohne Angabe von Gründen abgesetzt hatte.")
T8 = ("Wenige Stunden vor seiner Entlassung hatte der frühere Zentralbank-Manager in einer Videobotschaft die Erfolge "
      "seiner Regierung gelobt.")
T9 = "In den vergangenen Wochen hatten lange Strom- und Wasserausfälle in mehreren Landesteilen für Unmut gesorgt."
T10 = "Bereits im Mai hatte Saied Innenminister Kamel Feki und Sozialminister Malek Ezzahi entlassen."
T11 = ("Das Oppositionsbündnis Nationale Heilsfront warf dem Präsidenten vor, die Regierung zum Sündenbock für sein "
       "eigenes Versagen zu machen.")
T12 = "„Der Präsident regiert allein, die Minister sind nur seine Angestellten“, sagte Bündnischef Ahmed Nejib Chebbi."
T13 = "Saied regiert seit der Entmachtung des Parlaments im Jahr 2021 weitgehend per Dekret."
T14 = "Bei der Wahl am 6. Oktober strebt er eine zweite Amtszeit an."
T15 = ("Am Montag hatte ein Gericht in Tunis vier mögliche Gegenkandidaten, darunter den früheren Gesundheitsminister "
       "Abdellatif Mekki, wegen des Kaufs von Unterstützerunterschriften zu acht Monaten Haft verurteilt.")
T16 = "Zudem verbot es ihnen lebenslang, bei Präsidentenwahlen anzutreten."
T17 = ("Der Gewerkschaftsdachverband UGTT forderte die neue Regierung auf, die Kaufkraft der Bürger zu stärken und den "
       "sozialen Dialog wieder aufzunehmen.")

DE01 = {
    "id": "hm359-de-01", "lang": "de", "url": None, "published": "2024-08-08",
    "title": "Tunesiens Präsident Saied entlässt Regierungschef Hachani",
    "text": paragraphs([T1, T2, T3, T4], [T5, T6], [T7, T8, T9, T10], [T11, T12, T13, T14], [T15, T16, T17]),
    "events": [
        event("SANCTION", SAIED, HACHANI, T1, mode="expel", location_country="TUN"),
        event("ACCUSE", SAIED, LOBBIES, T5, mode="allege"),
        event("THREATEN", SAIED, LOBBIES, T6),
        event("SANCTION", SAIED, BOUDEN, T7, mode="expel"),
        event("SANCTION", SAIED, FEKI, T10, mode="expel"),
        event("SANCTION", SAIED, EZZAHI, T10, mode="expel"),
        event("ACCUSE", NSF, SAIED, T11, mode="disapprove"),
        event("ACCUSE", CHEBBI, SAIED, T12, mode="disapprove"),
        event("SANCTION", TUNIS_COURT, TUN_CANDIDATES, T15, mode="convict", date="2024-08-05", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUNIS_COURT, TUN_CANDIDATES, T15, mode="arrest", date="2024-08-05", location="Tunis",
              location_country="TUN"),
        event("COERCE", TUNIS_COURT, TUN_CANDIDATES, T16, mode="ban"),
        event("REQUEST", UGTT, TUN_GOV, T17, mode="change"),
    ],
    "quotes": [
        quote("Neuer Regierungschef werde der bisherige Sozialminister Kamel Madouri", "Presidency of Tunisia",
              "indirect"),
        quote("Lobbys", "Kais Saied", "direct"),
        quote("die Versorgung des Landes mit Wasser und Strom gezielt zu sabotieren", "Kais Saied", "indirect"),
        quote("Wer das Volk in der Sommerhitze leiden lasse, werde zur Rechenschaft gezogen", "Kais Saied",
              "indirect"),
        quote("die Regierung zum Sündenbock für sein eigenes Versagen zu machen", "National Salvation Front",
              "indirect"),
        quote("Der Präsident regiert allein, die Minister sind nur seine Angestellten", "Ahmed Nejib Chebbi", "direct"),
    ],
    "entities": [
        entity("Tunis", "LOC", "TUN", ["Tunis"]),
        entity("Tunisia", "LOC", "TUN", ["Tunesien", "des Landes"]),
        entity("Kais Saied", "PER", "TUN", ["Staatschef Kais Saied", "dem Präsidenten", "Saied", "er",
                                            "Der Präsident"]),
        entity("Ahmed Hachani", "PER", "TUN", ["Ministerpräsident Ahmed Hachani", "Hachani",
                                               "der frühere Zentralbank-Manager"]),
        entity("Kamel Madouri", "PER", "TUN", ["der bisherige Sozialminister Kamel Madouri", "Madouri"]),
        entity("Presidency of Tunisia", "ORG", "TUN", ["das Präsidialamt", "vom Präsidialamt"]),
        entity("Facebook", "ORG", "USA", ["Facebook"]),
        entity("Carthage Palace", "LOC", "TUN", ["Karthago-Palast"]),
        entity("lobbies accused by Kais Saied", "ORG", "TUN", ["Lobbys"]),
        entity("Najla Bouden", "PER", "TUN", ["dessen Vorgängerin Najla Bouden"]),
        entity("Government of Tunisia", "ORG", "TUN", ["seiner Regierung", "die Regierung", "die neue Regierung"]),
        entity("Kamel Feki", "PER", "TUN", ["Innenminister Kamel Feki"]),
        entity("Malek Ezzahi", "PER", "TUN", ["Sozialminister Malek Ezzahi"]),
        entity("National Salvation Front", "ORG", "TUN", ["Das Oppositionsbündnis Nationale Heilsfront"]),
        entity("Ahmed Nejib Chebbi", "PER", "TUN", ["Bündnischef Ahmed Nejib Chebbi"]),
        entity("Assembly of the Representatives of the People", "ORG", "TUN", ["des Parlaments"]),
        entity("Tunis court", "ORG", "TUN", ["ein Gericht in Tunis"]),
        entity("four potential presidential candidates", "PER", "TUN", ["vier mögliche Gegenkandidaten", "ihnen"]),
        entity("Abdellatif Mekki", "PER", "TUN", ["den früheren Gesundheitsminister Abdellatif Mekki"]),
        entity("Tunisian General Labour Union", "ORG", "TUN", ["Der Gewerkschaftsdachverband UGTT"]),
    ],
}

# ---------------------------------------------------------------- hm359-de-02 (Syria, victory conference)
SYR_TRANS = actor("Syrian transitional government", "SYR", "GOV")
SHARAA = actor("Ahmed al-Sharaa", "SYR", "GOV")
SYR_PARLIAMENT = actor("People's Assembly of Syria", "SYR", "LEG")
BAATH = actor("Baath Party", "SYR", "PTY")
SAA = actor("Syrian Arab Army", "SYR", "MIL")
SYR_OLD_SECURITY = actor("security services of the Assad government", "SYR", "COP")
TAMIM = actor("Tamim bin Hamad Al Thani", "QAT", "GOV")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
BOGDANOV = actor("Mikhail Bogdanov", "RUS", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ASSAD = actor("Bashar al-Assad", "SYR", "GOV")
SDF = actor("Syrian Democratic Forces", "SYR", "REB")

S1 = ("Damaskus (dpa) - Knapp zwei Monate nach dem Sturz von Machthaber Baschar al-Assad ist der Anführer der "
      "siegreichen Rebellen, Ahmed al-Scharaa, zum Übergangspräsidenten Syriens ernannt worden.")
S2 = ("Das verkündete ein Sprecher der neuen Militärführung, Hassan Abdel Ghani, am Mittwochabend auf einer "
      "Versammlung der früheren Rebellengruppen im Präsidentenpalast in Damaskus.")
S3 = "Zugleich setzte die neue Führung die Verfassung von 2012 außer Kraft und löste das Parlament auf."
S4 = ("Auch Assads Baath-Partei, die Syrien mehr als sechs Jahrzehnte lang beherrscht hatte, wird aufgelöst; ihr "
      "Vermögen fällt an den Staat.")
S5 = "Die Armee und die Sicherheitsdienste des alten Regimes seien ebenfalls aufgelöst, sagte Abdel Ghani."
S6 = ("Sämtliche bewaffneten Gruppen, darunter al-Scharaas Miliz Haiat Tahrir al-Scham (HTS), sollen in den neuen "
      "staatlichen Institutionen aufgehen.")
S7 = ("Al-Scharaa wurde zudem beauftragt, bis zur Verabschiedung einer neuen Verfassung einen vorläufigen "
      "Legislativrat zu bilden.")
S8 = ("In einer Fernsehansprache am Donnerstag versprach der 42-Jährige, eine Übergangsregierung zu bilden, die „die "
      "Vielfalt Syriens widerspiegelt“, und eine nationale Dialogkonferenz einzuberufen.")
S9 = ("Als erstes Staatsoberhaupt seit Assads Sturz traf am Donnerstag der Emir von Katar, Scheich Tamim bin Hamad "
      "Al Thani, zu einem Besuch in Damaskus ein.")
S10 = "Al-Scharaa empfing den Gast persönlich am Flughafen der Hauptstadt."
S11 = ("Katar werde Syrien beim Wiederaufbau und bei der Stromversorgung zur Seite stehen, sagte der Emir nach Angaben "
       "der Staatsagentur Sana.")
S12 = ("Zugleich mahnte er die Bildung einer Regierung an, in der alle Teile der syrischen Gesellschaft vertreten "
       "sind.")
S13 = ("Der türkische Präsident Recep Tayyip Erdoğan gratulierte al-Scharaa in einem Telefonat zu seinem neuen "
       "Amt.")
S14 = ("Am Dienstag hatte al-Scharaa in Damaskus eine russische Delegation unter Leitung von Vize-Außenminister "
       "Michail Bogdanow empfangen.")
S15 = ("Nach Angaben der neuen Führung verlangte die syrische Seite dabei, dass Moskau für die „Fehler der "
       "Vergangenheit“ Wiedergutmachung leiste.")
S16 = "Russland hatte Assad bis zuletzt militärisch unterstützt und ihm nach seinem Sturz Asyl gewährt."
S17 = ("Die kurdisch geführten Demokratischen Kräfte Syriens (SDF), die große Teile des Nordostens kontrollieren, "
       "waren zu der Versammlung nicht eingeladen worden.")

DE02 = {
    "id": "hm359-de-02", "lang": "de", "url": None, "published": "2025-01-30",
    "title": "Al-Scharaa zum Übergangspräsidenten Syriens ernannt",
    "text": paragraphs([S1, S2, S3, S4, S5], [S6, S7, S8], [S9, S10, S11, S12, S13], [S14, S15, S16], [S17]),
    "events": [
        event("COERCE", SYR_TRANS, SYR_PARLIAMENT, S3, mode="restrict"),
        event("COERCE", SYR_TRANS, BAATH, S4, mode="ban"),
        event("COERCE", SYR_TRANS, SAA, S5, mode="ban"),
        event("COERCE", SYR_TRANS, SYR_OLD_SECURITY, S5, mode="ban"),
        event("AGREE", SHARAA, None, S8, date="2025-01-30"),
        event("CONSULT", TAMIM, SHARAA, S9, mode="visit", date="2025-01-30", location="Damascus",
              location_country="SYR"),
        event("CONSULT", TAMIM, SHARAA, S10, mode="visit", location="Damascus", location_country="SYR"),
        event("AGREE", TAMIM, SYR_TRANS, S11),
        event("REQUEST", TAMIM, SYR_TRANS, S12, mode="change"),
        event("SUPPORT", ERDOGAN, SHARAA, S13),
        event("CONSULT", ERDOGAN, SHARAA, S13, mode="phone"),
        event("CONSULT", BOGDANOV, SHARAA, S14, mode="visit", date="2025-01-28", location="Damascus",
              location_country="SYR"),
        event("REQUEST", SYR_TRANS, RUS_GOV, S15, mode="assist"),
        event("AID", RUS_GOV, ASSAD, S16),
        event("AGREE", SYR_TRANS, SDF, S17, negated=True),
    ],
    "quotes": [
        quote("Die Armee und die Sicherheitsdienste des alten Regimes seien ebenfalls aufgelöst", "Hassan Abdel Ghani",
              "indirect"),
        quote("die Vielfalt Syriens widerspiegelt", "Ahmed al-Sharaa", "direct"),
        quote("Katar werde Syrien beim Wiederaufbau und bei der Stromversorgung zur Seite stehen",
              "Tamim bin Hamad Al Thani", "indirect"),
        quote("Nach Angaben der neuen Führung verlangte die syrische Seite dabei, dass Moskau für die „Fehler der "
              "Vergangenheit“ Wiedergutmachung leiste", "Syrian transitional government", "indirect"),
        quote("Fehler der Vergangenheit", "Syrian transitional government", "direct"),
    ],
    "entities": [
        entity("Damascus", "LOC", "SYR", ["Damaskus", "der Hauptstadt"]),
        entity("Bashar al-Assad", "PER", "SYR", ["Machthaber Baschar al-Assad", "Assads", "Assad", "ihm"]),
        entity("Ahmed al-Sharaa", "PER", "SYR", ["der Anführer der siegreichen Rebellen, Ahmed al-Scharaa",
                                                 "al-Scharaas", "Al-Scharaa", "der 42-Jährige", "al-Scharaa"]),
        entity("Syria", "LOC", "SYR", ["Syriens", "Syrien"]),
        entity("Hassan Abdel Ghani", "PER", "SYR", ["ein Sprecher der neuen Militärführung, Hassan Abdel Ghani",
                                                    "Abdel Ghani"]),
        entity("Syrian transitional government", "ORG", "SYR", ["der neuen Militärführung", "die neue Führung",
                                                                "der neuen Führung", "die syrische Seite"]),
        entity("former Syrian rebel groups", "ORG", "SYR", ["der früheren Rebellengruppen",
                                                            "Sämtliche bewaffneten Gruppen"]),
        entity("People's Palace (Damascus)", "LOC", "SYR", ["Präsidentenpalast"]),
        entity("People's Assembly of Syria", "ORG", "SYR", ["das Parlament"]),
        entity("Baath Party", "ORG", "SYR", ["Assads Baath-Partei"]),
        entity("Syrian Arab Army", "ORG", "SYR", ["Die Armee"]),
        entity("security services of the Assad government", "ORG", "SYR",
               ["die Sicherheitsdienste des alten Regimes"]),
        entity("Hayat Tahrir al-Sham", "ORG", "SYR", ["al-Scharaas Miliz Haiat Tahrir al-Scham (HTS)"]),
        entity("Tamim bin Hamad Al Thani", "PER", "QAT", ["der Emir von Katar, Scheich Tamim bin Hamad Al Thani",
                                                          "den Gast", "der Emir", "er"]),
        entity("Qatar", "LOC", "QAT", ["Katar"]),
        entity("SANA", "ORG", "SYR", ["der Staatsagentur Sana"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Der türkische Präsident Recep Tayyip Erdoğan"]),
        entity("Russian delegation", "ORG", "RUS", ["eine russische Delegation"]),
        entity("Mikhail Bogdanov", "PER", "RUS", ["Vize-Außenminister Michail Bogdanow"]),
        entity("Russia", "LOC", "RUS", ["Moskau", "Russland"]),
        entity("Syrian Democratic Forces", "ORG", "SYR",
               ["Die kurdisch geführten Demokratischen Kräfte Syriens (SDF)"]),
        entity("Northeast Syria", "LOC", "SYR", ["des Nordostens"]),
    ],
}

# ---------------------------------------------------------------- hm359-de-03 (Libya, Derna dam verdict)
DERNA_COURT = actor("Derna Criminal Court", "LBY", "JUD")
DERNA_OFFICIALS = actor("officials convicted over the Derna dam collapse", "LBY", "GOV")
DERNA_ACQUITTED = actor("four defendants acquitted in the Derna dam trial", "LBY", "GOV")
AL_SOUR = actor("al-Siddiq al-Sour", "LBY", "JUD")
DERNA_RESIDENTS = actor("Derna residents", "LBY", "CVL")
DERNA_AUTHORITIES = actor("Derna municipal authorities", "LBY", "GOV")
LBY_EAST_GOV = actor("Government of National Stability", "LBY", "GOV")
DERNA_COUNCIL = actor("Derna municipal council", "LBY", "GOV")
DERNA_RELATIVES = actor("relatives of Derna flood victims", "LBY", "CVL")
AMNESTY = actor("Amnesty International", "NGO", "NGO")
LBY_GNU = actor("Government of National Unity", "LBY", "GOV")

L1 = ("Tripolis (dpa) - Zehn Monate nach der verheerenden Flutkatastrophe in der ostlibyschen Stadt Darna hat ein "
      "Gericht zwölf Verantwortliche zu langen Haftstrafen verurteilt.")
L2 = "Die Strafen reichen von 9 bis 27 Jahren, wie die Generalstaatsanwaltschaft am Sonntag mitteilte."
L3 = ("Die Verurteilten, darunter frühere Leiter der Wasserbehörde und der für die Talsperren zuständigen Verwaltung, "
      "wurden unter anderem wegen Fahrlässigkeit, Misswirtschaft und Verschwendung öffentlicher Gelder schuldig "
      "gesprochen.")
L4 = "Vier weitere Angeklagte sprach das Strafgericht in Darna frei."
L5 = "Einige der Verurteilten müssen zudem unrechtmäßig erlangte Gelder an den Staat zurückzahlen."
L6 = ("In der Nacht zum 11. September 2023 waren nach tagelangen Regenfällen des Sturmtiefs Daniel zwei Talsperren "
      "oberhalb der Stadt gebrochen.")
L7 = ("Eine meterhohe Flutwelle riss ganze Wohnviertel ins Meer; Tausende Menschen kamen ums Leben, viele werden bis "
      "heute vermisst.")
L8 = ("Die Dämme waren seit Jahrzehnten kaum instand gehalten worden, obwohl Fachleute wiederholt vor einem Bruch "
      "gewarnt hatten.")
L9 = ("Generalstaatsanwalt al-Siddik al-Sur hatte wenige Tage nach der Katastrophe Ermittlungen gegen örtliche "
      "Beamte eingeleitet.")
L10 = ("Nach der Flut hatten wütende Einwohner vor der Sahaba-Moschee in Darna den Rücktritt der örtlichen Behörden "
       "gefordert und das Haus des Bürgermeisters in Brand gesteckt.")
L11 = "Die im Osten herrschende Regierung löste daraufhin den Stadtrat auf."
L12 = ("Angehörige von Opfern begrüßten das Urteil, verlangten aber, auch höhere Amtsträger zur Rechenschaft zu "
       "ziehen.")
L13 = ("„Die Kleinen sitzen jetzt im Gefängnis, die Großen bleiben unberührt“, sagte ein Mann, der bei der Flut seine "
       "Eltern und zwei Brüder verloren hat, der Deutschen Presse-Agentur am Telefon.")
L14 = ("Amnesty International hatte nach der Katastrophe eine unabhängige Untersuchung gefordert und den "
       "rivalisierenden Regierungen in Ost und West vorgeworfen, Warnungen vor dem Zustand der Dämme ignoriert zu "
       "haben.")
L15 = "Libyen ist seit dem Sturz von Langzeitherrscher Muammar al-Gaddafi 2011 gespalten."
L16 = ("Im Osten hat der General Chalifa Haftar das Sagen, in Tripolis regiert die international anerkannte Regierung "
       "von Abdul Hamid Dbeibah.")
L17 = "Den Wiederaufbau Darnas leitet ein Fonds unter Führung von Haftars Sohn Belkassem."

DE03 = {
    "id": "hm359-de-03", "lang": "de", "url": None, "published": "2024-07-28",
    "title": "Flutkatastrophe in Libyen: Lange Haftstrafen für zwölf Verantwortliche",
    "text": paragraphs([L1, L2, L3, L4, L5], [L6, L7, L8, L9], [L10, L11], [L12, L13, L14], [L15, L16, L17]),
    "events": [
        event("SANCTION", DERNA_COURT, DERNA_OFFICIALS, L1, mode="convict", location="Derna", location_country="LBY"),
        event("COERCE", DERNA_COURT, DERNA_OFFICIALS, L1, mode="arrest", location="Derna", location_country="LBY"),
        event("SANCTION", DERNA_COURT, DERNA_OFFICIALS, L3, mode="convict"),
        event("CONCEDE", DERNA_COURT, DERNA_ACQUITTED, L4, location="Derna", location_country="LBY"),
        event("SANCTION", DERNA_COURT, DERNA_OFFICIALS, L5),
        event("ACCUSE", AL_SOUR, DERNA_OFFICIALS, L9, mode="investigate"),
        event("PROTEST", DERNA_RESIDENTS, DERNA_AUTHORITIES, L10, mode="riot", location="Derna",
              location_country="LBY"),
        event("COERCE", LBY_EAST_GOV, DERNA_COUNCIL, L11, mode="restrict"),
        event("SUPPORT", DERNA_RELATIVES, DERNA_COURT, L12),
        event("REQUEST", DERNA_RELATIVES, None, L12, mode="change"),
        event("REQUEST", AMNESTY, None, L14),
        event("ACCUSE", AMNESTY, LBY_EAST_GOV, L14, mode="allege"),
        event("ACCUSE", AMNESTY, LBY_GNU, L14, mode="allege"),
    ],
    "quotes": [
        quote("Die Strafen reichen von 9 bis 27 Jahren", "Attorney General's Office of Libya", "indirect"),
        quote("Die Kleinen sitzen jetzt im Gefängnis, die Großen bleiben unberührt",
              "relative of Derna flood victims", "direct"),
        quote("Warnungen vor dem Zustand der Dämme ignoriert zu haben", "Amnesty International", "indirect"),
    ],
    "entities": [
        entity("Tripoli", "LOC", "LBY", ["Tripolis"]),
        entity("Derna", "LOC", "LBY", ["der ostlibyschen Stadt Darna", "Darna", "der Stadt", "Darnas"]),
        entity("Derna Criminal Court", "ORG", "LBY", ["ein Gericht", "das Strafgericht in Darna"]),
        entity("officials convicted over the Derna dam collapse", "PER", "LBY",
               ["zwölf Verantwortliche", "Die Verurteilten", "Einige der Verurteilten",
                "frühere Leiter der Wasserbehörde und der für die Talsperren zuständigen Verwaltung"]),
        entity("Attorney General's Office of Libya", "ORG", "LBY", ["die Generalstaatsanwaltschaft"]),
        entity("Water Resources Authority", "ORG", "LBY", ["der Wasserbehörde"]),
        entity("four defendants acquitted in the Derna dam trial", "PER", "LBY", ["Vier weitere Angeklagte"]),
        entity("Derna dams", "LOC", "LBY", ["zwei Talsperren oberhalb der Stadt", "Die Dämme", "der Dämme"]),
        entity("al-Siddiq al-Sour", "PER", "LBY", ["Generalstaatsanwalt al-Siddik al-Sur"]),
        entity("local officials in Derna", "PER", "LBY", ["örtliche Beamte"]),
        entity("Derna residents", "PER", "LBY", ["wütende Einwohner"]),
        entity("Sahaba Mosque", "LOC", "LBY", ["der Sahaba-Moschee"]),
        entity("Derna municipal authorities", "ORG", "LBY", ["der örtlichen Behörden"]),
        entity("Mayor of Derna", "PER", "LBY", ["des Bürgermeisters"]),
        entity("Government of National Stability", "ORG", "LBY", ["Die im Osten herrschende Regierung"]),
        entity("Derna municipal council", "ORG", "LBY", ["den Stadtrat"]),
        entity("relatives of Derna flood victims", "PER", "LBY", ["Angehörige von Opfern"]),
        entity("relative of Derna flood victims", "PER", "LBY",
               ["ein Mann, der bei der Flut seine Eltern und zwei Brüder verloren hat"]),
        entity("Deutsche Presse-Agentur", "ORG", "DEU", ["der Deutschen Presse-Agentur"]),
        entity("Amnesty International", "ORG", "NGO", ["Amnesty International"]),
        entity("rival Libyan governments", "ORG", "LBY", ["den rivalisierenden Regierungen in Ost und West"]),
        entity("Libya", "LOC", "LBY", ["Libyen"]),
        entity("Muammar al-Gaddafi", "PER", "LBY", ["Langzeitherrscher Muammar al-Gaddafi"]),
        entity("Khalifa Haftar", "PER", "LBY", ["der General Chalifa Haftar", "Haftars"]),
        entity("Government of National Unity", "ORG", "LBY",
               ["die international anerkannte Regierung von Abdul Hamid Dbeibah"]),
        entity("Abdul Hamid Dbeibah", "PER", "LBY", ["Abdul Hamid Dbeibah"]),
        entity("Development and Reconstruction Fund of Libya", "ORG", "LBY", ["ein Fonds"]),
        entity("Belgassem Haftar", "PER", "LBY", ["Haftars Sohn Belkassem"]),
    ],
}

# ---------------------------------------------------------------- hm359-de-04 (Morocco, El Mahdaoui verdict)
RABAT_COURT = actor("Rabat Court of First Instance", "MAR", "JUD")
MAHDAOUI = actor("Hamid El Mahdaoui", "MAR", "CVL")
OUAHBI = actor("Abdellatif Ouahbi", "MAR", "GOV")
MAR_GOV = actor("Government of Morocco", "MAR", "GOV")
MAHDAOUI_SUPPORTERS = actor("supporters of Hamid El Mahdaoui", "MAR", "CVL")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
RABAT_APPEALS = actor("Rabat Court of Appeal", "MAR", "JUD")
MAR_POLICE = actor("Moroccan police", "MAR", "COP")
MAR_JUDICIARY = actor("Moroccan judiciary", "MAR", "JUD")
MOHAMMED_VI = actor("Mohammed VI", "MAR", "GOV")
RADI = actor("Omar Radi", "MAR", "CVL")
BOUACHRINE = actor("Taoufik Bouachrine", "MAR", "CVL")
RAISSOUNI = actor("Soulaimane Raissouni", "MAR", "CVL")

M1 = ("Rabat (dpa) - Ein Gericht in Marokko hat den regierungskritischen Journalisten Hamid El Mahdaoui wegen "
      "Verleumdung von Justizminister Abdellatif Ouahbi zu anderthalb Jahren Haft verurteilt.")
M2 = ("Zudem muss der Herausgeber des Nachrichtenportals Badil dem Minister 1,5 Millionen Dirham (rund 140.000 Euro) "
      "Schadenersatz zahlen, wie seine Verteidigung am Montag mitteilte.")
M3 = ("Das Gericht erster Instanz in Rabat sah es als erwiesen an, dass El Mahdaoui in Videos auf seinem "
      "Youtube-Kanal falsche Behauptungen über den Minister verbreitet und ihn beleidigt habe.")
M4 = "Der Journalist bleibt bis zu einer Entscheidung im Berufungsverfahren auf freiem Fuß."
M5 = "Ouahbi hatte Strafanzeige gegen ihn erstattet."
M6 = ("Der Minister warf dem Journalisten vor, ihn und seine Familie mit erfundenen Geschichten in den Schmutz "
      "gezogen zu haben.")
M7 = "El Mahdaoui sprach nach der Urteilsverkündung von einem „politischen Urteil“."
M8 = "„Man will jede kritische Stimme in diesem Land zum Schweigen bringen“, sagte er vor dem Gerichtsgebäude."
M9 = "Sein Anwalt kündigte an, in Berufung zu gehen."
M10 = "Vor dem Gericht hatten sich Dutzende Unterstützer versammelt, die „Freiheit für die Presse“ skandierten."
M11 = ("Die Organisation Reporter ohne Grenzen (RSF) verurteilte den Richterspruch und forderte das Berufungsgericht "
       "auf, ihn aufzuheben.")
M12 = ("Die Justiz dürfe nicht dazu missbraucht werden, Journalisten für ihre Arbeit zu bestrafen, erklärte die "
       "Organisation in Paris.")
M13 = "Auch die nationale Journalistengewerkschaft SNPM zeigte sich besorgt."
M14 = ("El Mahdaoui war bereits 2017 während der Proteste der Hirak-Bewegung in der nordmarokkanischen Rif-Region "
       "festgenommen und später zu drei Jahren Haft verurteilt worden.")
M15 = ("Im Juli hatte König Mohammed VI. die bekannten Journalisten Omar Radi, Taoufik Bouachrine und Soulaimane "
       "Raissouni begnadigt.")
M16 = "Menschenrechtler hatten darin ein Zeichen der Entspannung gesehen."

DE04 = {
    "id": "hm359-de-04", "lang": "de", "url": None, "published": "2024-11-11",
    "title": "Marokkanischer Journalist El Mahdaoui zu Haftstrafe verurteilt",
    "text": paragraphs([M1, M2, M3, M4], [M5, M6], [M7, M8, M9, M10], [M11, M12, M13], [M14, M15, M16]),
    "events": [
        event("SANCTION", RABAT_COURT, MAHDAOUI, M1, mode="convict", location="Rabat", location_country="MAR"),
        event("SANCTION", RABAT_COURT, MAHDAOUI, M2),
        event("SANCTION", RABAT_COURT, MAHDAOUI, M3, mode="convict", location="Rabat", location_country="MAR"),
        event("ACCUSE", OUAHBI, MAHDAOUI, M5, mode="allege"),
        event("ACCUSE", OUAHBI, MAHDAOUI, M6, mode="allege"),
        event("ACCUSE", MAHDAOUI, RABAT_COURT, M7, mode="disapprove"),
        event("ACCUSE", MAHDAOUI, MAR_GOV, M8, mode="disapprove"),
        event("PROTEST", MAHDAOUI_SUPPORTERS, RABAT_COURT, M10, mode="demo", location="Rabat",
              location_country="MAR"),
        event("ACCUSE", RSF, RABAT_COURT, M11, mode="disapprove"),
        event("REQUEST", RSF, RABAT_APPEALS, M11, mode="change"),
        event("COERCE", MAR_POLICE, MAHDAOUI, M14, mode="arrest", location="Rif", location_country="MAR"),
        event("SANCTION", MAR_JUDICIARY, MAHDAOUI, M14, mode="convict"),
        event("CONCEDE", MOHAMMED_VI, RADI, M15),
        event("CONCEDE", MOHAMMED_VI, BOUACHRINE, M15),
        event("CONCEDE", MOHAMMED_VI, RAISSOUNI, M15),
    ],
    "quotes": [
        quote("Zudem muss der Herausgeber des Nachrichtenportals Badil dem Minister 1,5 Millionen Dirham (rund "
              "140.000 Euro) Schadenersatz zahlen", "defence team of Hamid El Mahdaoui", "indirect"),
        quote("dass El Mahdaoui in Videos auf seinem Youtube-Kanal falsche Behauptungen über den Minister verbreitet "
              "und ihn beleidigt habe", "Rabat Court of First Instance", "indirect"),
        quote("ihn und seine Familie mit erfundenen Geschichten in den Schmutz gezogen zu haben", "Abdellatif Ouahbi",
              "indirect"),
        quote("politischen Urteil", "Hamid El Mahdaoui", "direct"),
        quote("Man will jede kritische Stimme in diesem Land zum Schweigen bringen", "Hamid El Mahdaoui", "direct"),
        quote("Freiheit für die Presse", "supporters of Hamid El Mahdaoui", "direct"),
        quote("Die Justiz dürfe nicht dazu missbraucht werden, Journalisten für ihre Arbeit zu bestrafen",
              "Reporters Without Borders", "indirect"),
    ],
    "entities": [
        entity("Rabat", "LOC", "MAR", ["Rabat"]),
        entity("Morocco", "LOC", "MAR", ["Marokko", "diesem Land"]),
        entity("Rabat Court of First Instance", "ORG", "MAR", ["Ein Gericht in Marokko",
                                                                "Das Gericht erster Instanz in Rabat",
                                                                "dem Gericht"]),
        entity("Hamid El Mahdaoui", "PER", "MAR", ["den regierungskritischen Journalisten Hamid El Mahdaoui",
                                                   "der Herausgeber des Nachrichtenportals Badil", "El Mahdaoui",
                                                   "Der Journalist", "dem Journalisten", "er"]),
        entity("Abdellatif Ouahbi", "PER", "MAR", ["Justizminister Abdellatif Ouahbi", "dem Minister", "den Minister",
                                                   "Ouahbi", "Der Minister"]),
        entity("Badil", "ORG", "MAR", ["des Nachrichtenportals Badil"]),
        entity("defence team of Hamid El Mahdaoui", "PER", "MAR", ["seine Verteidigung", "Sein Anwalt"]),
        entity("YouTube", "ORG", "USA", ["Youtube"]),
        entity("family of Abdellatif Ouahbi", "PER", "MAR", ["seine Familie"]),
        entity("supporters of Hamid El Mahdaoui", "PER", "MAR", ["Dutzende Unterstützer"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Die Organisation Reporter ohne Grenzen (RSF)",
                                                           "die Organisation"]),
        entity("Rabat Court of Appeal", "ORG", "MAR", ["das Berufungsgericht"]),
        entity("Paris", "LOC", "FRA", ["Paris"]),
        entity("Moroccan judiciary", "ORG", "MAR", ["Die Justiz"]),
        entity("National Syndicate of the Moroccan Press", "ORG", "MAR",
               ["die nationale Journalistengewerkschaft SNPM"]),
        entity("Hirak Rif movement", "ORG", "MAR", ["der Hirak-Bewegung"]),
        entity("Rif", "LOC", "MAR", ["der nordmarokkanischen Rif-Region"]),
        entity("Mohammed VI", "PER", "MAR", ["König Mohammed VI."]),
        entity("Omar Radi", "PER", "MAR", ["Omar Radi"]),
        entity("Taoufik Bouachrine", "PER", "MAR", ["Taoufik Bouachrine"]),
        entity("Soulaimane Raissouni", "PER", "MAR", ["Soulaimane Raissouni"]),
        entity("human rights activists", "PER", "MAR", ["Menschenrechtler"]),
    ],
}

# ---------------------------------------------------------------- hm359-en-01 (Yemen, Galaxy Leader crew freed)
HOUTHIS = actor("Houthis", "YEM", "REB")
GL_CREW = actor("Galaxy Leader crew", "BHS", "CVL")
GALAXY_LEADER = actor("Galaxy Leader", "BHS", "BUS")
OMAN_GOV = actor("Government of Oman", "OMN", "GOV")
HAMAS = actor("Hamas", "PSE", "REB")
PHL_GOV = actor("Government of the Philippines", "PHL", "GOV")
BGR_MFA = actor("Ministry of Foreign Affairs of Bulgaria", "BGR", "GOV")
DUJARRIC = actor("Stéphane Dujarric", "UNO", "IGO")
UN_STAFF_YEM = actor("U.N. staff detained by the Houthis", "UNO", "IGO")
TRUMP_EN1 = actor("Donald Trump", "USA", "GOV")
WHITE_HOUSE = actor("White House", "USA", "GOV")
ISRAEL = actor("Israel", "ISR", "GOV")

G1 = ("DUBAI, United Arab Emirates (AP) — Yemen's Houthi rebels on Wednesday freed the 25 crew members of the Galaxy "
      "Leader, a cargo ship they seized in the Red Sea more than a year ago at the start of their campaign against "
      "shipping over the Israel-Hamas war.")
G2 = ("The sailors — 17 Filipinos, three Ukrainians, two Bulgarians, two Mexicans and a Romanian — were handed over to "
      "an Omani delegation in the rebel-held capital, Sanaa, and flown to Muscat, Oman's Foreign Ministry said.")
G3 = "The ministry said all of them were in good health and would be taken home in the coming days."
G4 = ("The Houthis' Supreme Political Council said in a statement carried by the rebels' Saba news agency that the "
      "release had been coordinated with Hamas and was meant to support the ceasefire in the Gaza Strip.")
G5 = "That truce took effect on Sunday after 15 months of war."
G6 = ("Houthi fighters stormed the Galaxy Leader from a helicopter on Nov. 19, 2023, and sailed it to the port of "
      "Hodeida, where the vessel remains.")
G7 = "The rebels said at the time that they had targeted the ship because of its links to Israel."
G8 = ("The Bahamas-flagged vehicle carrier is owned by a company tied to an Israeli businessman and was operated by a "
      "Japanese firm when it was taken.")
G9 = ("The Philippine government thanked Oman for its help and said the Filipino seafarers would arrive in Manila "
      "later this week.")
G10 = "Bulgaria's Foreign Ministry also expressed its gratitude to Muscat."
G11 = ("U.N. spokesman Stephane Dujarric welcomed the release but said the Houthis must also free the dozens of U.N. "
       "staff members and aid workers they have detained, some of them since 2021.")
G12 = ("Hours later, President Donald Trump signed an executive order directing the State Department to designate the "
       "Houthis again as a foreign terrorist organization, reversing a decision by the Biden administration.")
G13 = ("The White House said the group's attacks threatened \"the security of global maritime trade\" as well as "
       "American personnel in the region.")
G14 = ("Senior Houthi official Mohammed Ali al-Houthi said on X that the designation would not change the group's "
       "stance.")
G15 = ("The Houthis have said they will limit their attacks to Israel-linked vessels while the Gaza ceasefire holds, "
       "but warned they would resume strikes if Israel violated it.")
G16 = ("The rebels attacked more than 100 merchant ships with missiles and drones between November 2023 and January, "
       "sinking two and killing four sailors.")

EN01 = {
    "id": "hm359-en-01", "lang": "en", "url": None, "published": "2025-01-22",
    "title": "Yemen's Houthi rebels free crew of the Galaxy Leader after more than a year",
    "text": paragraphs([G1, G2, G3], [G4, G5], [G6, G7, G8], [G9, G10, G11], [G12, G13, G14], [G15, G16]),
    "events": [
        event("RETREAT", HOUTHIS, GL_CREW, G1, mode="release", date="2025-01-22"),
        event("COERCE", HOUTHIS, GALAXY_LEADER, G1, mode="seize", location="Red Sea"),
        event("COOPERATE", HOUTHIS, OMAN_GOV, G2, location="Sanaa", location_country="YEM"),
        event("COOPERATE", HOUTHIS, HAMAS, G4),
        event("COERCE", HOUTHIS, GALAXY_LEADER, G6, mode="seize", date="2023-11-19"),
        event("SUPPORT", PHL_GOV, OMAN_GOV, G9),
        event("SUPPORT", BGR_MFA, OMAN_GOV, G10),
        event("SUPPORT", DUJARRIC, HOUTHIS, G11),
        event("REQUEST", DUJARRIC, HOUTHIS, G11, mode="yield"),
        event("COERCE", HOUTHIS, UN_STAFF_YEM, G11, mode="arrest", location_country="YEM"),
        event("SANCTION", TRUMP_EN1, HOUTHIS, G12, date="2025-01-22"),
        event("ACCUSE", WHITE_HOUSE, HOUTHIS, G13, mode="allege"),
        event("CONCEDE", HOUTHIS, None, G15),
        event("THREATEN", HOUTHIS, ISRAEL, G15),
    ],
    "quotes": [
        quote("The sailors — 17 Filipinos, three Ukrainians, two Bulgarians, two Mexicans and a Romanian — were "
              "handed over to an Omani delegation in the rebel-held capital, Sanaa, and flown to Muscat",
              "Ministry of Foreign Affairs of Oman", "indirect"),
        quote("all of them were in good health and would be taken home in the coming days",
              "Ministry of Foreign Affairs of Oman", "indirect"),
        quote("the release had been coordinated with Hamas and was meant to support the ceasefire in the Gaza Strip",
              "Supreme Political Council", "indirect"),
        quote("they had targeted the ship because of its links to Israel", "Houthis", "indirect"),
        quote("the Filipino seafarers would arrive in Manila later this week", "Government of the Philippines",
              "indirect"),
        quote("the Houthis must also free the dozens of U.N. staff members and aid workers they have detained, some "
              "of them since 2021", "Stéphane Dujarric", "indirect"),
        quote("the group's attacks threatened \"the security of global maritime trade\" as well as American personnel "
              "in the region", "White House", "indirect"),
        quote("the security of global maritime trade", "White House", "direct"),
        quote("the designation would not change the group's stance", "Mohammed Ali al-Houthi", "indirect"),
        quote("they will limit their attacks to Israel-linked vessels while the Gaza ceasefire holds", "Houthis",
              "indirect"),
        quote("they would resume strikes if Israel violated it", "Houthis", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates"]),
        entity("Yemen", "LOC", "YEM", ["Yemen's"]),
        entity("Houthis", "ORG", "YEM", ["Yemen's Houthi rebels", "The Houthis'", "the rebels'", "Houthi fighters",
                                         "The rebels", "the Houthis", "the group's", "The Houthis"]),
        entity("Galaxy Leader crew", "PER", "BHS", ["the 25 crew members of the Galaxy Leader", "The sailors",
                                                    "all of them"]),
        entity("Galaxy Leader", "ORG", "BHS", ["the Galaxy Leader", "a cargo ship", "the ship",
                                               "The Bahamas-flagged vehicle carrier", "the vessel"]),
        entity("Red Sea", "LOC", None, ["the Red Sea"]),
        entity("Israel", "LOC", "ISR", ["Israel"]),
        entity("Hamas", "ORG", "PSE", ["Hamas"]),
        entity("Omani delegation", "ORG", "OMN", ["an Omani delegation"]),
        entity("Sanaa", "LOC", "YEM", ["the rebel-held capital, Sanaa"]),
        entity("Muscat", "LOC", "OMN", ["Muscat"]),
        entity("Ministry of Foreign Affairs of Oman", "ORG", "OMN", ["Oman's Foreign Ministry", "The ministry"]),
        entity("Supreme Political Council", "ORG", "YEM", ["The Houthis' Supreme Political Council"]),
        entity("Saba News Agency", "ORG", "YEM", ["the rebels' Saba news agency"]),
        entity("Gaza Strip", "LOC", "PSE", ["the Gaza Strip", "Gaza"]),
        entity("Hodeida", "LOC", "YEM", ["the port of Hodeida"]),
        entity("Israeli businessman", "PER", "ISR", ["an Israeli businessman"]),
        entity("owner of the Galaxy Leader", "ORG", None, ["a company tied to an Israeli businessman"]),
        entity("operator of the Galaxy Leader", "ORG", "JPN", ["a Japanese firm"]),
        entity("Government of the Philippines", "ORG", "PHL", ["The Philippine government"]),
        entity("Oman", "LOC", "OMN", ["Oman"]),
        entity("Filipino seafarers", "PER", "PHL", ["the Filipino seafarers"]),
        entity("Manila", "LOC", "PHL", ["Manila"]),
        entity("Ministry of Foreign Affairs of Bulgaria", "ORG", "BGR", ["Bulgaria's Foreign Ministry"]),
        entity("Stéphane Dujarric", "PER", "UNO", ["U.N. spokesman Stephane Dujarric"]),
        entity("U.N. staff detained by the Houthis", "PER", "UNO",
               ["the dozens of U.N. staff members and aid workers they have detained"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("United States Department of State", "ORG", "USA", ["the State Department"]),
        entity("Biden administration", "ORG", "USA", ["the Biden administration"]),
        entity("White House", "ORG", "USA", ["The White House"]),
        entity("Mohammed Ali al-Houthi", "PER", "YEM", ["Senior Houthi official Mohammed Ali al-Houthi"]),
        entity("X", "ORG", "USA", ["X"]),
    ],
}

# ---------------------------------------------------------------- hm359-en-02 (Iran, Khamenei and Trump's letter)
KHAMENEI = actor("Ali Khamenei", "IRN", "GOV")
TRUMP_EN2 = actor("Donald Trump", "USA", "GOV")
GARGASH = actor("Anwar Gargash", "ARE", "GOV")
IRN_GOV = actor("Government of Iran", "IRN", "GOV")
ARAGHCHI = actor("Abbas Araghchi", "IRN", "GOV")
USA_GOV = actor("Government of the United States", "USA", "GOV")
UNSC = actor("United Nations Security Council", "UNO", "IGO")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
FRA_GOV = actor("Government of France", "FRA", "GOV")
IRN_UN_MISSION = actor("Permanent Mission of Iran to the United Nations", "IRN", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")

K1 = ("DUBAI, United Arab Emirates (AP) — Iran's supreme leader on Wednesday dismissed President Donald Trump's offer "
      "of nuclear talks as a \"deception,\" hours after a senior Emirati diplomat delivered a letter from Trump to "
      "Tehran.")
K2 = ("Anwar Gargash, a diplomatic adviser to the UAE's president, handed the letter to Foreign Minister Abbas "
      "Araghchi, Iranian state television reported.")
K3 = "Araghchi's spokesman, Esmail Baghaei, said Tehran would study the message and respond in due course."
K4 = ("Trump said last week that he had written to Supreme Leader Ayatollah Ali Khamenei proposing negotiations, "
      "warning that \"if we have to go in militarily, it's going to be a terrible thing\" for Iran.")
K5 = ("\"When we know they will not honor it, what is the point of negotiating?\" Khamenei told a gathering of "
      "university students in Tehran.")
K6 = ("He said talks with the United States would not lift sanctions but would \"tighten the knot of sanctions\" and "
      "increase pressure on Iran.")
K7 = ("The 85-year-old cleric also warned that Iran would respond to any attack, saying the Americans would "
      "\"certainly suffer\" if they acted on their threats.")
K8 = "Khamenei had already rejected talks with what he called \"bullying governments\" in a speech on Saturday."
K9 = ("Trump restored his \"maximum pressure\" campaign against Iran in February, ordering officials to drive the "
      "country's oil exports down to zero.")
K10 = ("The U.N. Security Council was meeting behind closed doors on Wednesday at the request of six members, "
       "including the United States, Britain and France, to discuss Iran's growing stockpile of highly enriched "
       "uranium.")
K11 = "Iran's mission to the U.N. accused Washington of abusing the council to pile pressure on Tehran."
K12 = ("The International Atomic Energy Agency said last month that Iran now has about 275 kilograms of uranium "
       "enriched up to 60% purity, a short technical step from weapons-grade levels.")
K13 = "Tehran insists its program is peaceful."
K14 = ("Kremlin spokesman Dmitry Peskov said last week that Moscow was ready to help resolve the dispute between "
       "Washington and Tehran through diplomacy.")
K15 = ("Tensions have risen steadily since Trump's 2018 withdrawal from the 2015 nuclear deal between Iran and world "
       "powers.")
K16 = ("The letter was the first known direct overture from a U.S. president to Khamenei since Barack Obama wrote to "
       "him during his first term.")

EN02 = {
    "id": "hm359-en-02", "lang": "en", "url": None, "published": "2025-03-12",
    "title": "Iran's supreme leader calls Trump's offer of talks a 'deception' after receiving his letter",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9], [K10, K11, K12, K13], [K14, K15, K16]),
    "events": [
        event("REJECT", KHAMENEI, TRUMP_EN2, K1, date="2025-03-12"),
        event("CONSULT", GARGASH, IRN_GOV, K1, mode="visit", date="2025-03-12", location="Tehran",
              location_country="IRN"),
        event("CONSULT", GARGASH, ARAGHCHI, K2, mode="visit", location="Tehran", location_country="IRN"),
        event("AGREE", TRUMP_EN2, KHAMENEI, K4),
        event("THREATEN", TRUMP_EN2, IRN_GOV, K4),
        event("REJECT", KHAMENEI, USA_GOV, K5, location="Tehran", location_country="IRN"),
        event("THREATEN", KHAMENEI, USA_GOV, K7),
        event("REJECT", KHAMENEI, USA_GOV, K8, date="2025-03-08"),
        event("SANCTION", TRUMP_EN2, IRN_GOV, K9),
        event("REQUEST", USA_GOV, UNSC, K10, mode="meet"),
        event("REQUEST", GBR_GOV, UNSC, K10, mode="meet"),
        event("REQUEST", FRA_GOV, UNSC, K10, mode="meet"),
        event("ACCUSE", IRN_UN_MISSION, USA_GOV, K11, mode="disapprove"),
        event("AGREE", PESKOV, USA_GOV, K14),
        event("AGREE", PESKOV, IRN_GOV, K14),
    ],
    "quotes": [
        quote("deception", "Ali Khamenei", "direct"),
        quote("Anwar Gargash, a diplomatic adviser to the UAE's president, handed the letter to Foreign Minister "
              "Abbas Araghchi", "Iranian state television", "indirect"),
        quote("Tehran would study the message and respond in due course", "Esmail Baghaei", "indirect"),
        quote("he had written to Supreme Leader Ayatollah Ali Khamenei proposing negotiations, warning that \"if we "
              "have to go in militarily, it's going to be a terrible thing\" for Iran", "Donald Trump", "indirect"),
        quote("if we have to go in militarily, it's going to be a terrible thing", "Donald Trump", "direct"),
        quote("When we know they will not honor it, what is the point of negotiating?", "Ali Khamenei", "direct"),
        quote("talks with the United States would not lift sanctions but would \"tighten the knot of sanctions\" and "
              "increase pressure on Iran", "Ali Khamenei", "indirect"),
        quote("tighten the knot of sanctions", "Ali Khamenei", "direct"),
        quote("Iran would respond to any attack", "Ali Khamenei", "indirect"),
        quote("the Americans would \"certainly suffer\" if they acted on their threats", "Ali Khamenei", "indirect"),
        quote("certainly suffer", "Ali Khamenei", "direct"),
        quote("bullying governments", "Ali Khamenei", "direct"),
        quote("maximum pressure", "Donald Trump", "direct"),
        quote("Iran now has about 275 kilograms of uranium enriched up to 60% purity",
              "International Atomic Energy Agency", "indirect"),
        quote("its program is peaceful", "Government of Iran", "indirect"),
        quote("Moscow was ready to help resolve the dispute between Washington and Tehran through diplomacy",
              "Dmitry Peskov", "indirect"),
    ],
    "entities": [
        entity("Dubai", "LOC", "ARE", ["DUBAI"]),
        entity("United Arab Emirates", "LOC", "ARE", ["United Arab Emirates", "the UAE's"]),
        entity("Iran", "LOC", "IRN", ["Iran's", "Iran", "the country's"]),
        entity("Ali Khamenei", "PER", "IRN", ["Iran's supreme leader", "Supreme Leader Ayatollah Ali Khamenei",
                                              "Khamenei", "He", "The 85-year-old cleric", "he", "him"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump's", "Trump", "Trump's"]),
        entity("Anwar Gargash", "PER", "ARE", ["a senior Emirati diplomat",
                                               "Anwar Gargash, a diplomatic adviser to the UAE's president"]),
        entity("Mohamed bin Zayed Al Nahyan", "PER", "ARE", ["the UAE's president"]),
        entity("Tehran", "LOC", "IRN", ["Tehran"]),
        entity("Abbas Araghchi", "PER", "IRN", ["Foreign Minister Abbas Araghchi", "Araghchi's"]),
        entity("Iranian state television", "ORG", "IRN", ["Iranian state television"]),
        entity("Esmail Baghaei", "PER", "IRN", ["Araghchi's spokesman, Esmail Baghaei"]),
        entity("university students in Tehran", "PER", "IRN", ["a gathering of university students"]),
        entity("United States", "LOC", "USA", ["the United States", "Washington"]),
        entity("Americans", "PER", "USA", ["the Americans"]),
        entity("United Nations Security Council", "ORG", "UNO", ["The U.N. Security Council", "the council"]),
        entity("United Kingdom", "LOC", "GBR", ["Britain"]),
        entity("France", "LOC", "FRA", ["France"]),
        entity("Permanent Mission of Iran to the United Nations", "ORG", "IRN", ["Iran's mission to the U.N."]),
        entity("International Atomic Energy Agency", "ORG", "UNO", ["The International Atomic Energy Agency"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Russia", "LOC", "RUS", ["Moscow"]),
        entity("Barack Obama", "PER", "USA", ["Barack Obama"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
