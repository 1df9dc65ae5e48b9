"""Round 470: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm470-de-01: Kosovo: the Constitutional Court orders the deadlocked Assembly to elect its speaker within 30 days; Vetëvendosje keeps nominating Albulena Haxhiu, the opposition refuses, Hamza accuses Kurti, Kurti pledges to respect the ruling, the row over the Serb List's Slavko Simić and its boycott threat, Osmani's appeal, the 2023 EU measures and Sørensen's visit recalled (2025-06-27).
- hm470-de-02: Serbia: police search the offices of CRTA, Civic Initiatives, the Trag Foundation and the Novi Sad School of Journalism over alleged misuse of USAID funds; the high-tech crime prosecutors investigate, Nedeljkov accuses the government, Vučić's accusations and praise for Trump's USAID freeze, the EU Commission's demand, a solidarity rally without police intervention, Dačić defends the raids (2025-02-26).
- hm470-de-03: Austria: the National Council elects the FPÖ's Walter Rosenkranz as its president with ÖVP votes; SPÖ, Greens and Neos refuse, the Jewish community IKG refuses contact and Oskar Deutsch accuses him, his offer of talks, Jewish students protest, Kickl attacks the other parties and Van der Bellen, who tasked Nehammer rather than Kickl with forming a government (2024-10-24).
- hm470-de-04: Denmark: the Folketing passes the ban on the improper treatment of holy scriptures such as the Koran by 94 votes to 77; Hummelgaard's security argument, the Baghdad embassy storming attempt and the OIC's demands recalled, opposition and Støjberg object, Frederiksen refuses Messerschmidt's referendum demand, protest at Christiansborg, Turkey welcomes the law (2023-12-07).
- hm470-en-01: United Kingdom: an Old Bailey jury convicts Katrin Ivanova, Vanya Gaberova and Tihomir Ivanchev of spying for Russia in Orlin Roussev's ring directed by Jan Marsalek; earlier guilty pleas, the targets Grozev and a U.S. base, Murphy's and Grozev's reactions, the Russian embassy's denial, no expulsions, earlier GRU sanctions, Bulgaria's cooperation, the 2023 arrests and seizures (2025-03-07).
- hm470-en-02: Greece: the Supreme Court bars Ilias Kasidiaris's National Party – Greeks from the May election; his 2020 Golden Dawn conviction, Kasidiaris calls it a coup and accuses Mitsotakis, Mitsotakis, SYRIZA and the Jewish communities welcome the ruling, supporters protest outside the court and riot police push them back (2023-05-02).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm470-de-01 (Kosovo, assembly deadlock)
KOS_COURT = actor("Constitutional Court of Kosovo", "XKX", "JUD")
KOS_ASSEMBLY = actor("Assembly of Kosovo", "XKX", "LEG")
VV = actor("Vetëvendosje", "XKX", "PTY")
HAXHIU = actor("Albulena Haxhiu", "XKX", "LEG")
KOS_OPP = actor("Kosovo opposition", "XKX", "OPP")
HAMZA = actor("Bedri Hamza", "XKX", "OPP")
KURTI = actor("Albin Kurti", "XKX", "GOV")
SERB_LIST = actor("Serb List", "XKX", "PTY")
SIMIC = actor("Slavko Simić", "XKX", "PTY")
OSMANI = actor("Vjosa Osmani", "XKX", "GOV")
KOS_PARTIES = actor("political parties of Kosovo", "XKX", "PTY")
EU = actor("European Union", "EUR", "IGO")
KOS_GOV = actor("Government of Kosovo", "XKX", "GOV")
SORENSEN = actor("Peter Sørensen", "EUR", "IGO")

K1 = ("Pristina (dpa) - Das Verfassungsgericht des Kosovos hat das seit Monaten blockierte Parlament aufgefordert, "
      "binnen 30 Tagen einen Präsidenten und dessen Stellvertreter zu wählen.")
K2 = ("Die endlose Fortsetzung der konstituierenden Sitzung ohne Ergebnis verstoße gegen die Verfassung, hieß es in "
      "dem am Donnerstag veröffentlichten Urteil.")
K3 = ("Seit der Parlamentswahl vom 9. Februar sind mehr als 50 Wahlgänge gescheitert, in denen die Abgeordneten die "
      "Parlamentsspitze bestimmen sollten.")
K4 = ("Die Partei Vetëvendosje von Regierungschef Albin Kurti, die mit gut 42 Prozent stärkste Kraft geworden war, "
      "schlug dabei stets ihre Abgeordnete Albulena Haxhiu vor.")
K5 = "Die Opposition verweigerte der 38-Jährigen jedoch jedes Mal die nötige Mehrheit."
K6 = ("Der Vorsitzende der Demokratischen Partei (PDK), Bedri Hamza, warf Kurti vor, das Land „aus reiner Machtgier“ "
      "in eine Verfassungskrise gestürzt zu haben.")
K7 = "Kurti wies das zurück."
K8 = ("„Wir werden das Urteil respektieren, aber wir lassen uns von der Opposition nicht erpressen“, sagte er vor "
      "Journalisten in Pristina.")
K9 = ("Streit gibt es auch um einen der Vizepräsidentenposten, der nach der Verfassung der serbischen Minderheit "
      "zusteht.")
K10 = ("Vetëvendosje lehnt den Kandidaten der Belgrad-nahen Serbischen Liste, Slavko Simić, ab, weil dieser die "
       "Unabhängigkeit des Kosovos nicht anerkenne.")
K11 = ("Die Serbische Liste warf Kurti daraufhin vor, die Rechte der Serben zu missachten, und drohte mit einem "
       "Boykott der Sitzungen.")
K12 = "Präsidentin Vjosa Osmani rief alle Parteien auf, das Urteil umzusetzen und die Blockade zu beenden."
K13 = ("Solange das Parlament nicht arbeitsfähig ist, kann keine neue Regierung gebildet werden; Kurti führt die "
       "Geschäfte nur kommissarisch.")
K14 = "Auch mehrere Kreditabkommen mit internationalen Geldgebern liegen deshalb auf Eis."
K15 = ("Die Europäische Union hatte bereits 2023 wegen der Spannungen im serbisch dominierten Norden Strafmaßnahmen "
       "gegen Pristina verhängt und Fördergelder eingefroren.")
K16 = ("Der EU-Sonderbeauftragte für den Dialog zwischen Belgrad und Pristina, Peter Sørensen, hatte Kurti erst in der "
       "vergangenen Woche besucht und zu einer raschen Einigung gedrängt.")

DE01 = {
    "id": "hm470-de-01", "lang": "de", "url": None, "published": "2025-06-27",
    "title": "Kosovos Verfassungsgericht setzt Parlament Frist zur Wahl der Spitze",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7, K8], [K9, K10, K11], [K12, K13, K14], [K15, K16]),
    "events": [
        event("REQUEST", KOS_COURT, KOS_ASSEMBLY, K1),
        event("ACCUSE", KOS_COURT, KOS_ASSEMBLY, K2, mode="disapprove", date="2025-06-26"),
        event("SUPPORT", VV, HAXHIU, K4),
        event("REJECT", KOS_OPP, HAXHIU, K5),
        event("ACCUSE", HAMZA, KURTI, K6, mode="disapprove"),
        event("AGREE", KURTI, KOS_COURT, K8, location="Pristina", location_country="XKX"),
        event("ACCUSE", KURTI, KOS_OPP, K8, mode="disapprove", location="Pristina", location_country="XKX"),
        event("REJECT", VV, SIMIC, K10),
        event("ACCUSE", SERB_LIST, KURTI, K11, mode="disapprove"),
        event("THREATEN", SERB_LIST, KOS_ASSEMBLY, K11),
        event("REQUEST", OSMANI, KOS_PARTIES, K12),
        event("SANCTION", EU, KOS_GOV, K15),
        event("CONSULT", SORENSEN, KURTI, K16, mode="visit"),
        event("REQUEST", SORENSEN, KURTI, K16),
    ],
    "quotes": [
        quote("Die endlose Fortsetzung der konstituierenden Sitzung ohne Ergebnis verstoße gegen die Verfassung",
              "Constitutional Court of Kosovo", "indirect"),
        quote("aus reiner Machtgier", "Bedri Hamza", "direct"),
        quote("das Land „aus reiner Machtgier“ in eine Verfassungskrise gestürzt zu haben", "Bedri Hamza", "indirect"),
        quote("Wir werden das Urteil respektieren, aber wir lassen uns von der Opposition nicht erpressen",
              "Albin Kurti", "direct"),
        quote("weil dieser die Unabhängigkeit des Kosovos nicht anerkenne", "Vetëvendosje", "indirect"),
        quote("die Rechte der Serben zu missachten", "Serb List", "indirect"),
    ],
    "entities": [
        entity("Pristina", "LOC", "XKX", ["Pristina"]),
        entity("Constitutional Court of Kosovo", "ORG", "XKX", ["Das Verfassungsgericht des Kosovos"]),
        entity("Kosovo", "LOC", "XKX", ["des Kosovos", "das Land"]),
        entity("Assembly of Kosovo", "ORG", "XKX", ["das seit Monaten blockierte Parlament", "die Abgeordneten",
                                                   "das Parlament"]),
        entity("Vetëvendosje", "ORG", "XKX", ["Die Partei Vetëvendosje von Regierungschef Albin Kurti",
                                             "Vetëvendosje"]),
        entity("Albin Kurti", "PER", "XKX", ["Regierungschef Albin Kurti", "Kurti", "er"]),
        entity("Albulena Haxhiu", "PER", "XKX", ["ihre Abgeordnete Albulena Haxhiu", "der 38-Jährigen"]),
        entity("Kosovo opposition", "ORG", "XKX", ["Die Opposition", "der Opposition"]),
        entity("Democratic Party of Kosovo", "ORG", "XKX", ["der Demokratischen Partei (PDK)"]),
        entity("Bedri Hamza", "PER", "XKX", ["Der Vorsitzende der Demokratischen Partei (PDK), Bedri Hamza"]),
        entity("Kosovo Serbs", "PER", "XKX", ["der serbischen Minderheit", "der Serben"]),
        entity("Serb List", "ORG", "XKX", ["der Belgrad-nahen Serbischen Liste", "Die Serbische Liste"]),
        entity("Belgrade", "LOC", "SRB", ["Belgrad"]),
        entity("Slavko Simić", "PER", "XKX", ["den Kandidaten der Belgrad-nahen Serbischen Liste, Slavko Simić",
                                             "dieser"]),
        entity("Vjosa Osmani", "PER", "XKX", ["Präsidentin Vjosa Osmani"]),
        entity("political parties of Kosovo", "ORG", "XKX", ["alle Parteien"]),
        entity("international lenders", "ORG", "IGO", ["internationalen Geldgebern"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("North Kosovo", "LOC", "XKX", ["im serbisch dominierten Norden"]),
        entity("Government of Kosovo", "ORG", "XKX", ["Pristina"]),
        entity("Peter Sørensen", "PER", "EUR", ["Der EU-Sonderbeauftragte für den Dialog zwischen Belgrad und "
                                               "Pristina, Peter Sørensen"]),
    ],
}

# ---------------------------------------------------------------- hm470-de-02 (Serbia, NGO raids)
SRB_POLICE = actor("Serbian Police", "SRB", "COP")
SRB_NGOS = actor("Serbian non-governmental organisations", "SRB", "NGO")
CRTA = actor("CRTA", "SRB", "NGO")
CIVIC_INIT = actor("Civic Initiatives", "SRB", "NGO")
TRAG = actor("Trag Foundation", "SRB", "NGO")
NSJS = actor("Novi Sad School of Journalism", "SRB", "NGO")
HT_PROSECUTORS = actor("Special Prosecutor's Office for High-Tech Crime of Serbia", "SRB", "JUD")
NEDELJKOV = actor("Raša Nedeljkov", "SRB", "NGO")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
USAID = actor("United States Agency for International Development", "USA", "GOV")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
SRB_STUDENTS = actor("Serbian students", "SRB", "EDU")
TRUMP = actor("Donald Trump", "USA", "GOV")
EU_COMM = actor("European Commission", "EUR", "IGO")
BELGRADE_PROTESTERS = actor("demonstrators in Belgrade", "SRB", "CVL")
DACIC = actor("Ivica Dačić", "SRB", "GOV")

S1 = ("Belgrad (dpa) - Die serbische Polizei hat die Büros von vier regierungskritischen "
      "Nichtregierungsorganisationen in Belgrad und Novi Sad durchsucht.")
S2 = ("Die Beamten beschlagnahmten am Dienstag Computer und Unterlagen bei der Wahlbeobachtergruppe CRTA, der "
      "Organisation Bürgerinitiativen, der Stiftung Trag und der Journalistenschule in Novi Sad.")
S3 = ("Die Durchsuchungen erfolgten auf Anordnung der Staatsanwaltschaft für Hightech-Kriminalität, die wegen des "
      "Verdachts der Veruntreuung von Geldern der US-Entwicklungsbehörde USAID und der Geldwäsche ermittelt.")
S4 = "Die betroffenen Organisationen wiesen die Vorwürfe zurück."
S5 = ("„Das ist ein Versuch, die kritische Zivilgesellschaft einzuschüchtern“, sagte CRTA-Programmdirektor Raša "
      "Nedeljkov.")
S6 = "CRTA hatte in den vergangenen Jahren mit Unterstützung von USAID Wahlen in Serbien beobachtet."
S7 = ("Präsident Aleksandar Vučić hatte den Organisationen in den vergangenen Wochen vorgeworfen, mit ausländischem "
      "Geld die landesweiten Proteste gegen seine Regierung anzuheizen.")
S8 = ("Die Proteste hatten nach dem Einsturz eines Bahnhofsvordachs in Novi Sad am 1. November begonnen, bei dem 15 "
      "Menschen ums Leben gekommen waren.")
S9 = ("Die Studenten, die die Proteste anführen, werfen der Regierung vor, dass Korruption beim Umbau des Bahnhofs "
      "das Unglück verursacht habe.")
S10 = ("Vučić begrüßte am Dienstag erneut die Entscheidung von US-Präsident Donald Trump, die Zahlungen von USAID "
       "weltweit einzufrieren.")
S11 = "Eine Sprecherin der EU-Kommission forderte Belgrad auf, die Arbeit der Zivilgesellschaft nicht zu behindern."
S12 = "Eine freie Zivilgesellschaft sei eine Grundvoraussetzung für den Beitritt zur EU, sagte sie in Brüssel."
S13 = ("Vor dem CRTA-Büro im Zentrum Belgrads versammelten sich am Abend mehrere Hundert Menschen zu einer "
       "Solidaritätskundgebung.")
S14 = "Die Polizei griff nicht ein."
S15 = "Innenminister Ivica Dačić verteidigte den Einsatz."
S16 = "Die Ermittler handelten unabhängig, die Regierung nehme keinen Einfluss auf die Justiz, sagte er."
S17 = "Serbien ist seit 2012 EU-Beitrittskandidat, die Verhandlungen kommen jedoch kaum voran."

DE02 = {
    "id": "hm470-de-02", "lang": "de", "url": None, "published": "2025-02-26",
    "title": "Serbische Polizei durchsucht Büros regierungskritischer Organisationen",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6, S7], [S8, S9, S10], [S11, S12, S13, S14], [S15, S16, S17]),
    "events": [
        event("COERCE", SRB_POLICE, SRB_NGOS, S1, mode="seize", location_country="SRB"),
        event("COERCE", SRB_POLICE, CRTA, S2, mode="seize", date="2025-02-25", location_country="SRB"),
        event("COERCE", SRB_POLICE, CIVIC_INIT, S2, mode="seize", date="2025-02-25", location_country="SRB"),
        event("COERCE", SRB_POLICE, TRAG, S2, mode="seize", date="2025-02-25", location_country="SRB"),
        event("COERCE", SRB_POLICE, NSJS, S2, mode="seize", date="2025-02-25", location="Novi Sad",
              location_country="SRB"),
        event("ACCUSE", HT_PROSECUTORS, SRB_NGOS, S3, mode="investigate"),
        event("ACCUSE", NEDELJKOV, SRB_GOV, S5, mode="disapprove"),
        event("AID", USAID, CRTA, S6),
        event("ACCUSE", VUCIC, SRB_NGOS, S7, mode="allege"),
        event("ACCUSE", SRB_STUDENTS, SRB_GOV, S9, mode="allege"),
        event("SUPPORT", VUCIC, TRUMP, S10, date="2025-02-25"),
        event("REQUEST", EU_COMM, SRB_GOV, S11),
        event("PROTEST", BELGRADE_PROTESTERS, SRB_GOV, S13, mode="demo", date="2025-02-25", location="Belgrade",
              location_country="SRB"),
        event("COERCE", SRB_POLICE, BELGRADE_PROTESTERS, S14, mode="crowd-control", date="2025-02-25",
              location="Belgrade", location_country="SRB", negated=True),
        event("SUPPORT", DACIC, SRB_POLICE, S15),
    ],
    "quotes": [
        quote("Das ist ein Versuch, die kritische Zivilgesellschaft einzuschüchtern", "Raša Nedeljkov", "direct"),
        quote("mit ausländischem Geld die landesweiten Proteste gegen seine Regierung anzuheizen", "Aleksandar Vučić",
              "indirect"),
        quote("dass Korruption beim Umbau des Bahnhofs das Unglück verursacht habe", "Serbian students", "indirect"),
        quote("Eine freie Zivilgesellschaft sei eine Grundvoraussetzung für den Beitritt zur EU",
              "spokesperson of the European Commission", "indirect"),
        quote("Die Ermittler handelten unabhängig, die Regierung nehme keinen Einfluss auf die Justiz", "Ivica Dačić",
              "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["Belgrad", "Belgrads"]),
        entity("Serbian Police", "ORG", "SRB", ["Die serbische Polizei", "Die Beamten", "Die Polizei"]),
        entity("Serbian non-governmental organisations", "ORG", "SRB",
               ["vier regierungskritischen Nichtregierungsorganisationen", "Die betroffenen Organisationen",
                "den Organisationen"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("CRTA", "ORG", "SRB", ["der Wahlbeobachtergruppe CRTA", "CRTA"]),
        entity("Civic Initiatives", "ORG", "SRB", ["der Organisation Bürgerinitiativen"]),
        entity("Trag Foundation", "ORG", "SRB", ["der Stiftung Trag"]),
        entity("Novi Sad School of Journalism", "ORG", "SRB", ["der Journalistenschule in Novi Sad"]),
        entity("Special Prosecutor's Office for High-Tech Crime of Serbia", "ORG", "SRB",
               ["der Staatsanwaltschaft für Hightech-Kriminalität", "Die Ermittler"]),
        entity("United States Agency for International Development", "ORG", "USA",
               ["der US-Entwicklungsbehörde USAID", "USAID"]),
        entity("Raša Nedeljkov", "PER", "SRB", ["CRTA-Programmdirektor Raša Nedeljkov"]),
        entity("Serbia", "LOC", "SRB", ["Serbien"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["Präsident Aleksandar Vučić", "Vučić"]),
        entity("Government of Serbia", "ORG", "SRB", ["seine Regierung", "der Regierung", "Belgrad",
                                                      "die Regierung"]),
        entity("Novi Sad railway station", "LOC", "SRB", ["des Bahnhofs"]),
        entity("Serbian students", "PER", "SRB", ["Die Studenten, die die Proteste anführen"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("European Commission", "ORG", "EUR", ["der EU-Kommission"]),
        entity("spokesperson of the European Commission", "PER", "EUR", ["Eine Sprecherin der EU-Kommission",
                                                                          "sie"]),
        entity("European Union", "ORG", "EUR", ["EU"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("demonstrators in Belgrade", "PER", "SRB", ["mehrere Hundert Menschen"]),
        entity("Ivica Dačić", "PER", "SRB", ["Innenminister Ivica Dačić", "er"]),
    ],
}

# ---------------------------------------------------------------- hm470-de-03 (Austria, Rosenkranz elected)
AUT_NR = actor("National Council of Austria", "AUT", "LEG")
ROSENKRANZ = actor("Walter Rosenkranz", "AUT", "LEG")
FPOE = actor("Freedom Party of Austria", "AUT", "PTY")
OEVP = actor("Austrian People's Party", "AUT", "PTY")
SPOE = actor("Social Democratic Party of Austria", "AUT", "PTY")
GREENS = actor("The Greens (Austria)", "AUT", "PTY")
NEOS = actor("NEOS", "AUT", "PTY")
IKG = actor("Jewish Community of Vienna", "AUT", "REL")
DEUTSCH = actor("Oskar Deutsch", "AUT", "REL")
JOEH = actor("Jewish Austrian Students' Union", "AUT", "EDU")
KICKL = actor("Herbert Kickl", "AUT", "PTY")
AUT_PARTIES = actor("other Austrian parties", "AUT", "PTY")
VDB = actor("Alexander Van der Bellen", "AUT", "GOV")
NEHAMMER = actor("Karl Nehammer", "AUT", "GOV")

R1 = "Wien (dpa) - Der österreichische Nationalrat hat erstmals einen Politiker der rechten FPÖ an seine Spitze gewählt."
R2 = ("Die Abgeordneten wählten Walter Rosenkranz am Donnerstag in der konstituierenden Sitzung mit 100 von 162 "
      "gültigen Stimmen zum Nationalratspräsidenten.")
R3 = ("Neben der FPÖ stimmten nach Angaben aus Parlamentskreisen auch die meisten Abgeordneten der konservativen ÖVP "
      "für den 62-Jährigen.")
R4 = ("SPÖ, Grüne und Neos hatten dagegen angekündigt, Rosenkranz wegen seiner Mitgliedschaft in einer "
      "deutschnationalen Burschenschaft nicht zu wählen.")
R5 = ("Die Israelitische Kultusgemeinde (IKG) kündigte an, jeden Kontakt mit dem neuen Parlamentspräsidenten zu "
      "verweigern.")
R6 = ("„Wer einer Burschenschaft angehört, die NS-Verbrecher verehrt, kann nicht bei Gedenkfeiern für die Opfer der "
      "Schoah sprechen“, sagte IKG-Präsident Oskar Deutsch.")
R7 = "Rosenkranz ist seit Jahrzehnten Mitglied der Wiener Burschenschaft Libertas."
R8 = "Er bot der Kultusgemeinde nach seiner Wahl ein Gespräch an."
R9 = ("Er werde Präsident aller Abgeordneten sein und sein Amt „überparteilich und mit Würde“ führen, sagte er in "
      "seiner Antrittsrede.")
R10 = ("Vor dem Parlamentsgebäude an der Ringstraße protestierten Mitglieder der Jüdischen österreichischen "
       "HochschülerInnen gegen die Wahl.")
R11 = "FPÖ-Chef Herbert Kickl warf den anderen Parteien eine „Hetzkampagne“ gegen Rosenkranz vor."
R12 = "Die FPÖ war bei der Nationalratswahl am 29. September mit knapp 29 Prozent erstmals stärkste Kraft geworden."
R13 = ("Bundespräsident Alexander Van der Bellen beauftragte am Dienstag jedoch nicht Kickl, sondern ÖVP-Chef Karl "
       "Nehammer mit der Regierungsbildung.")
R14 = "Nehammer lehnt eine Koalition mit Kickl ab und hat Sondierungsgespräche mit der SPÖ aufgenommen."
R15 = "Kickl nannte die Entscheidung des Staatsoberhaupts einen „Affront gegen die Wähler“."
R16 = "Die Wahl des Nationalratspräsidenten gilt in Österreich traditionell als Formsache."

DE03 = {
    "id": "hm470-de-03", "lang": "de", "url": None, "published": "2024-10-24",
    "title": "FPÖ-Politiker Rosenkranz wird Nationalratspräsident",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8, R9], [R10, R11], [R12, R13, R14, R15, R16]),
    "events": [
        event("SUPPORT", AUT_NR, ROSENKRANZ, R1, location="Vienna", location_country="AUT"),
        event("SUPPORT", AUT_NR, ROSENKRANZ, R2, date="2024-10-24", location="Vienna", location_country="AUT"),
        event("SUPPORT", FPOE, ROSENKRANZ, R3),
        event("SUPPORT", OEVP, ROSENKRANZ, R3),
        event("REJECT", SPOE, ROSENKRANZ, R4),
        event("REJECT", GREENS, ROSENKRANZ, R4),
        event("REJECT", NEOS, ROSENKRANZ, R4),
        event("REJECT", IKG, ROSENKRANZ, R5, mode="meet"),
        event("ACCUSE", DEUTSCH, ROSENKRANZ, R6, mode="disapprove"),
        event("AGREE", ROSENKRANZ, IKG, R8, mode="meet"),
        event("PROTEST", JOEH, ROSENKRANZ, R10, mode="demo", location="Vienna", location_country="AUT"),
        event("ACCUSE", KICKL, AUT_PARTIES, R11, mode="disapprove"),
        event("REQUEST", VDB, NEHAMMER, R13, date="2024-10-22"),
        event("REQUEST", VDB, KICKL, R13, date="2024-10-22", negated=True),
        event("REJECT", NEHAMMER, KICKL, R14),
        event("CONSULT", NEHAMMER, SPOE, R14),
        event("ACCUSE", KICKL, VDB, R15, mode="disapprove"),
    ],
    "quotes": [
        quote("Neben der FPÖ stimmten nach Angaben aus Parlamentskreisen auch die meisten Abgeordneten der "
              "konservativen ÖVP für den 62-Jährigen", "parliamentary sources", "indirect"),
        quote("Wer einer Burschenschaft angehört, die NS-Verbrecher verehrt, kann nicht bei Gedenkfeiern für die "
              "Opfer der Schoah sprechen", "Oskar Deutsch", "direct"),
        quote("überparteilich und mit Würde", "Walter Rosenkranz", "direct"),
        quote("Er werde Präsident aller Abgeordneten sein und sein Amt „überparteilich und mit Würde“ führen",
              "Walter Rosenkranz", "indirect"),
        quote("Hetzkampagne", "Herbert Kickl", "direct"),
        quote("Affront gegen die Wähler", "Herbert Kickl", "direct"),
    ],
    "entities": [
        entity("Vienna", "LOC", "AUT", ["Wien"]),
        entity("National Council of Austria", "ORG", "AUT", ["Der österreichische Nationalrat", "Die Abgeordneten"]),
        entity("Freedom Party of Austria", "ORG", "AUT", ["der rechten FPÖ", "der FPÖ", "Die FPÖ"]),
        entity("Walter Rosenkranz", "PER", "AUT", ["einen Politiker der rechten FPÖ", "Walter Rosenkranz",
                                                   "den 62-Jährigen", "Rosenkranz", "seiner",
                                                   "dem neuen Parlamentspräsidenten", "Er", "er", "sein"]),
        entity("Austrian People's Party", "ORG", "AUT", ["der konservativen ÖVP"]),
        entity("Social Democratic Party of Austria", "ORG", "AUT", ["SPÖ", "der SPÖ"]),
        entity("The Greens (Austria)", "ORG", "AUT", ["Grüne"]),
        entity("NEOS", "ORG", "AUT", ["Neos"]),
        entity("Burschenschaft Libertas", "ORG", "AUT", ["einer deutschnationalen Burschenschaft",
                                                         "der Wiener Burschenschaft Libertas"]),
        entity("Jewish Community of Vienna", "ORG", "AUT", ["Die Israelitische Kultusgemeinde (IKG)",
                                                            "der Kultusgemeinde"]),
        entity("Oskar Deutsch", "PER", "AUT", ["IKG-Präsident Oskar Deutsch"]),
        entity("Austrian Parliament Building", "LOC", "AUT", ["dem Parlamentsgebäude an der Ringstraße"]),
        entity("Jewish Austrian Students' Union", "ORG", "AUT",
               ["Mitglieder der Jüdischen österreichischen HochschülerInnen"]),
        entity("Herbert Kickl", "PER", "AUT", ["FPÖ-Chef Herbert Kickl", "Kickl"]),
        entity("other Austrian parties", "ORG", "AUT", ["den anderen Parteien"]),
        entity("Alexander Van der Bellen", "PER", "AUT", ["Bundespräsident Alexander Van der Bellen",
                                                          "des Staatsoberhaupts"]),
        entity("Karl Nehammer", "PER", "AUT", ["ÖVP-Chef Karl Nehammer", "Nehammer"]),
        entity("Austrian voters", "PER", "AUT", ["die Wähler"]),
        entity("Austria", "LOC", "AUT", ["Österreich"]),
    ],
}

# ---------------------------------------------------------------- hm470-de-04 (Denmark, Koran law)
DNK_GOV = actor("Government of Denmark", "DNK", "GOV")
FOLKETING = actor("Folketing", "DNK", "LEG")
HUMMELGAARD = actor("Peter Hummelgaard", "DNK", "GOV")
KORAN_BURNERS = actor("Koran burners in Denmark", "DNK", "CVL")
IRQ_PROTESTERS = actor("protesters in Baghdad", "IRQ", "CVL")
OIC = actor("Organisation of Islamic Cooperation", "IGO", "IGO")
DNK_OPP = actor("Danish opposition", "DNK", "OPP")
STOJBERG = actor("Inger Støjberg", "DNK", "OPP")
MESSERSCHMIDT = actor("Morten Messerschmidt", "DNK", "OPP")
FREDERIKSEN = actor("Mette Frederiksen", "DNK", "GOV")
CPH_PROTESTERS = actor("protesters in Copenhagen", "DNK", "CVL")
TUR_MFA = actor("Ministry of Foreign Affairs of Turkey", "TUR", "GOV")

D1 = ("Kopenhagen (dpa) - Dänemark stellt das öffentliche Verbrennen des Korans und anderer heiliger Schriften "
      "künftig unter Strafe.")
D2 = ("Das Parlament in Kopenhagen verabschiedete am Donnerstag mit 94 zu 77 Stimmen ein Gesetz, das die "
      "„unangemessene Behandlung“ von Schriften mit wichtiger religiöser Bedeutung verbietet.")
D3 = "Verstöße können mit Geldstrafen oder bis zu zwei Jahren Haft geahndet werden."
D4 = ("Justizminister Peter Hummelgaard sagte, die Koranverbrennungen der vergangenen Monate hätten Dänemark zur "
      "Zielscheibe von Terroristen gemacht.")
D5 = ("„Wir können nicht tatenlos zusehen, wie einige wenige die Sicherheit des ganzen Landes aufs Spiel setzen“, "
      "fügte er hinzu.")
D6 = ("Nach Angaben der Polizei waren seit Juli mehr als 480 Koranverbrennungen und ähnliche Aktionen im Land "
      "registriert worden.")
D7 = "Im Juli hatten Demonstranten in Bagdad versucht, die dänische Botschaft zu stürmen."
D8 = ("Die Organisation für Islamische Zusammenarbeit (OIC) hatte Kopenhagen daraufhin wiederholt aufgefordert, gegen "
      "die Verbrennungen vorzugehen.")
D9 = ("Die Opposition kritisierte das Gesetz als Rückkehr des Blasphemieparagrafen, den Dänemark erst 2017 "
      "abgeschafft hatte.")
D10 = "„Die Geschichte wird dieses Gesetz hart verurteilen“, sagte die Vorsitzende der Dänemarkdemokraten, Inger Støjberg."
D11 = "Der Chef der Dänischen Volkspartei, Morten Messerschmidt, verlangte eine Volksabstimmung über das Verbot."
D12 = "Ministerpräsidentin Mette Frederiksen lehnte das ab."
D13 = "Das Gesetz schränke die Meinungsfreiheit nur minimal ein, sagte die Sozialdemokratin."
D14 = "Vor dem Parlamentssitz Christiansborg protestierten am Donnerstag einige Dutzend Menschen gegen das Verbot."
D15 = "Das türkische Außenministerium begrüßte die Entscheidung dagegen als „Schritt in die richtige Richtung“."
D16 = ("Auch in Schweden hatten Koranverbrennungen zu diplomatischen Spannungen mit mehreren muslimischen Ländern "
       "geführt.")

DE04 = {
    "id": "hm470-de-04", "lang": "de", "url": None, "published": "2023-12-07",
    "title": "Dänemark verbietet Koranverbrennungen",
    "text": paragraphs([D1, D2, D3], [D4, D5, D6, D7, D8], [D9, D10, D11, D12, D13], [D14, D15, D16]),
    "events": [
        event("COERCE", DNK_GOV, None, D1, mode="ban"),
        event("COERCE", FOLKETING, None, D2, mode="ban", date="2023-12-07", location="Copenhagen",
              location_country="DNK"),
        event("ACCUSE", HUMMELGAARD, KORAN_BURNERS, D4, mode="disapprove"),
        event("ACCUSE", HUMMELGAARD, KORAN_BURNERS, D5, mode="disapprove"),
        event("PROTEST", IRQ_PROTESTERS, DNK_GOV, D7, mode="riot", location="Baghdad", location_country="IRQ"),
        event("REQUEST", OIC, DNK_GOV, D8),
        event("ACCUSE", DNK_OPP, DNK_GOV, D9, mode="disapprove"),
        event("ACCUSE", STOJBERG, DNK_GOV, D10, mode="disapprove"),
        event("REQUEST", MESSERSCHMIDT, DNK_GOV, D11),
        event("REJECT", FREDERIKSEN, MESSERSCHMIDT, D12),
        event("PROTEST", CPH_PROTESTERS, FOLKETING, D14, mode="demo", date="2023-12-07", location="Copenhagen",
              location_country="DNK"),
        event("SUPPORT", TUR_MFA, FOLKETING, D15),
    ],
    "quotes": [
        quote("unangemessene Behandlung", "Folketing", "direct"),
        quote("die Koranverbrennungen der vergangenen Monate hätten Dänemark zur Zielscheibe von Terroristen gemacht",
              "Peter Hummelgaard", "indirect"),
        quote("Wir können nicht tatenlos zusehen, wie einige wenige die Sicherheit des ganzen Landes aufs Spiel "
              "setzen", "Peter Hummelgaard", "direct"),
        quote("Nach Angaben der Polizei waren seit Juli mehr als 480 Koranverbrennungen und ähnliche Aktionen im Land "
              "registriert worden", "Danish National Police", "indirect"),
        quote("Die Geschichte wird dieses Gesetz hart verurteilen", "Inger Støjberg", "direct"),
        quote("Das Gesetz schränke die Meinungsfreiheit nur minimal ein", "Mette Frederiksen", "indirect"),
        quote("Schritt in die richtige Richtung", "Ministry of Foreign Affairs of Turkey", "direct"),
    ],
    "entities": [
        entity("Copenhagen", "LOC", "DNK", ["Kopenhagen"]),
        entity("Government of Denmark", "ORG", "DNK", ["Dänemark", "Kopenhagen"]),
        entity("Denmark", "LOC", "DNK", ["Dänemark", "des ganzen Landes", "im Land"]),
        entity("Koran", "MISC", None, ["des Korans"]),
        entity("Folketing", "ORG", "DNK", ["Das Parlament in Kopenhagen"]),
        entity("Peter Hummelgaard", "PER", "DNK", ["Justizminister Peter Hummelgaard", "er"]),
        entity("Koran burners in Denmark", "PER", "DNK", ["einige wenige"]),
        entity("Danish National Police", "ORG", "DNK", ["der Polizei"]),
        entity("protesters in Baghdad", "PER", "IRQ", ["Demonstranten in Bagdad"]),
        entity("Baghdad", "LOC", "IRQ", ["Bagdad"]),
        entity("Embassy of Denmark in Baghdad", "ORG", "DNK", ["die dänische Botschaft"]),
        entity("Organisation of Islamic Cooperation", "ORG", "IGO",
               ["Die Organisation für Islamische Zusammenarbeit (OIC)"]),
        entity("Danish opposition", "ORG", "DNK", ["Die Opposition"]),
        entity("Denmark Democrats", "ORG", "DNK", ["der Dänemarkdemokraten"]),
        entity("Inger Støjberg", "PER", "DNK", ["die Vorsitzende der Dänemarkdemokraten, Inger Støjberg"]),
        entity("Danish People's Party", "ORG", "DNK", ["der Dänischen Volkspartei"]),
        entity("Morten Messerschmidt", "PER", "DNK", ["Der Chef der Dänischen Volkspartei, Morten Messerschmidt"]),
        entity("Mette Frederiksen", "PER", "DNK", ["Ministerpräsidentin Mette Frederiksen", "die Sozialdemokratin"]),
        entity("Christiansborg", "LOC", "DNK", ["dem Parlamentssitz Christiansborg"]),
        entity("protesters in Copenhagen", "PER", "DNK", ["einige Dutzend Menschen"]),
        entity("Ministry of Foreign Affairs of Turkey", "ORG", "TUR", ["Das türkische Außenministerium"]),
        entity("Sweden", "LOC", "SWE", ["Schweden"]),
    ],
}

# ---------------------------------------------------------------- hm470-en-01 (United Kingdom, Bulgarian spy ring)
OLD_BAILEY = actor("Central Criminal Court of England and Wales", "GBR", "JUD")
SPY_RING = actor("Bulgarian spy ring", "BGR", "CVL")
IVANOVA = actor("Katrin Ivanova", "BGR", "CVL")
GABEROVA = actor("Vanya Gaberova", "BGR", "CVL")
IVANCHEV = actor("Tihomir Ivanchev", "BGR", "CVL")
CPS = actor("Crown Prosecution Service", "GBR", "JUD")
ROUSSEV = actor("Orlin Roussev", "BGR", "CVL")
MARSALEK = actor("Jan Marsalek", "AUT", "CVL")
DZHAMBAZOV = actor("Bizer Dzhambazov", "BGR", "CVL")
STOYANOV = actor("Ivan Stoyanov", "BGR", "CVL")
DEU_PROSECUTORS = actor("German prosecutors", "DEU", "JUD")
MURPHY = actor("Dominic Murphy", "GBR", "COP")
GROZEV = actor("Christo Grozev", "BGR", "MED")
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
GRU = actor("GRU", "RUS", "MIL")
BGR_MFA = actor("Ministry of Foreign Affairs of Bulgaria", "BGR", "GOV")
MET_POLICE = actor("Metropolitan Police", "GBR", "COP")

E1 = ("LONDON (AP) — Three Bulgarians were convicted Friday of spying for Russia as part of a ring that carried out "
      "surveillance of journalists and dissidents across Europe on Moscow's behalf.")
E2 = ("A jury at London's Old Bailey court found Katrin Ivanova, Vanya Gaberova and Tihomir Ivanchev guilty of "
      "conspiring to collect information that would be useful to an enemy.")
E3 = ("Prosecutors said the cell was run by Orlin Roussev, a Bulgarian who lived in a former guesthouse in the seaside "
      "town of Great Yarmouth, on the orders of Jan Marsalek, a fugitive Austrian businessman.")
E4 = ("Roussev, Bizer Dzhambazov and Ivan Stoyanov had admitted the espionage charge before the trial opened in "
      "November.")
E5 = ("Marsalek, the former chief operating officer of the collapsed German payments company Wirecard, is wanted in "
      "Germany on fraud charges and is believed to be hiding in Russia.")
E6 = ("According to prosecutors, the group spied on targets including the investigative journalist Christo Grozev "
      "and a U.S. military base in Germany, and discussed plans to kidnap or even kill some of them.")
E7 = ("\"This was a sophisticated and well-funded operation that put lives at risk,\" said Commander Dominic Murphy, "
      "head of the Metropolitan Police's counter-terrorism command.")
E8 = ("Grozev, who has investigated the poisoning of the late Russian opposition leader Alexei Navalny, said the "
      "verdict was \"a small victory for press freedom\" and a warning to Moscow.")
E9 = "The Russian Embassy in London denied that Moscow had any links to the group."
E10 = "Britain has not expelled any Russian diplomats over the case."
E11 = ("Last year, the British government imposed sanctions on officers of Russia's GRU military intelligence service "
       "over sabotage plots and cyberattacks in Europe.")
E12 = "Bulgaria's Foreign Ministry said it had cooperated closely with British investigators throughout the case."
E13 = "Counter-terrorism officers arrested the suspects in February 2023 in raids on addresses in London and Norfolk."
E14 = ("They seized more than 200 mobile phones, fake press cards and hidden cameras from Roussev's home, according "
       "to prosecutors.")
E15 = "The three convicted on Friday face up to 14 years in prison when they are sentenced in May."

EN01 = {
    "id": "hm470-en-01", "lang": "en", "url": None, "published": "2025-03-07",
    "title": "Three Bulgarians convicted in UK of spying for Russia",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6], [E7, E8, E9], [E10, E11, E12], [E13, E14, E15]),
    "events": [
        event("SANCTION", OLD_BAILEY, SPY_RING, E1, mode="convict", date="2025-03-07", location="London",
              location_country="GBR"),
        event("SANCTION", OLD_BAILEY, IVANOVA, E2, mode="convict", location="London", location_country="GBR"),
        event("SANCTION", OLD_BAILEY, GABEROVA, E2, mode="convict", location="London", location_country="GBR"),
        event("SANCTION", OLD_BAILEY, IVANCHEV, E2, mode="convict", location="London", location_country="GBR"),
        event("ACCUSE", CPS, ROUSSEV, E3, mode="allege"),
        event("ACCUSE", CPS, MARSALEK, E3, mode="allege"),
        event("CONCEDE", ROUSSEV, OLD_BAILEY, E4),
        event("CONCEDE", DZHAMBAZOV, OLD_BAILEY, E4),
        event("CONCEDE", STOYANOV, OLD_BAILEY, E4),
        event("THREATEN", DEU_PROSECUTORS, MARSALEK, E5, mode="arrest"),
        event("ACCUSE", CPS, SPY_RING, E6, mode="allege"),
        event("ACCUSE", MURPHY, SPY_RING, E7, mode="disapprove"),
        event("SUPPORT", GROZEV, OLD_BAILEY, E8),
        event("SANCTION", GBR_GOV, RUS_GOV, E10, mode="expel", negated=True),
        event("SANCTION", GBR_GOV, GRU, E11),
        event("COOPERATE", BGR_MFA, MET_POLICE, E12),
        event("COERCE", MET_POLICE, SPY_RING, E13, mode="arrest", location_country="GBR"),
        event("COERCE", MET_POLICE, ROUSSEV, E14, mode="seize"),
    ],
    "quotes": [
        quote("the cell was run by Orlin Roussev, a Bulgarian who lived in a former guesthouse in the seaside town of "
              "Great Yarmouth, on the orders of Jan Marsalek, a fugitive Austrian businessman",
              "Crown Prosecution Service", "indirect"),
        quote("the group spied on targets including the investigative journalist Christo Grozev and a U.S. military "
              "base in Germany, and discussed plans to kidnap or even kill some of them", "Crown Prosecution Service",
              "indirect"),
        quote("This was a sophisticated and well-funded operation that put lives at risk", "Dominic Murphy",
              "direct"),
        quote("a small victory for press freedom", "Christo Grozev", "direct"),
        quote("the verdict was \"a small victory for press freedom\" and a warning to Moscow", "Christo Grozev",
              "indirect"),
        quote("Moscow had any links to the group", "Embassy of Russia in London", "indirect"),
        quote("it had cooperated closely with British investigators throughout the case",
              "Ministry of Foreign Affairs of Bulgaria", "indirect"),
        quote("They seized more than 200 mobile phones, fake press cards and hidden cameras from Roussev's home",
              "Crown Prosecution Service", "indirect"),
    ],
    "entities": [
        entity("London", "LOC", "GBR", ["LONDON", "London's", "London"]),
        entity("three convicted Bulgarians", "PER", "BGR", ["Three Bulgarians", "The three convicted on Friday",
                                                            "they"]),
        entity("Russia", "LOC", "RUS", ["Russia", "Russia's"]),
        entity("Bulgarian spy ring", "ORG", "BGR", ["a ring", "the cell", "the group", "the suspects"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Government of Russia", "ORG", "RUS", ["Moscow's", "Moscow"]),
        entity("Central Criminal Court of England and Wales", "ORG", "GBR", ["A jury at London's Old Bailey court"]),
        entity("Katrin Ivanova", "PER", "BGR", ["Katrin Ivanova"]),
        entity("Vanya Gaberova", "PER", "BGR", ["Vanya Gaberova"]),
        entity("Tihomir Ivanchev", "PER", "BGR", ["Tihomir Ivanchev"]),
        entity("Crown Prosecution Service", "ORG", "GBR", ["Prosecutors", "prosecutors"]),
        entity("Orlin Roussev", "PER", "BGR", ["Orlin Roussev, a Bulgarian who lived in a former guesthouse in the "
                                               "seaside town of Great Yarmouth", "Roussev", "Roussev's"]),
        entity("Great Yarmouth", "LOC", "GBR", ["the seaside town of Great Yarmouth"]),
        entity("Jan Marsalek", "PER", "AUT", ["Jan Marsalek, a fugitive Austrian businessman", "Marsalek"]),
        entity("Bizer Dzhambazov", "PER", "BGR", ["Bizer Dzhambazov"]),
        entity("Ivan Stoyanov", "PER", "BGR", ["Ivan Stoyanov"]),
        entity("Wirecard", "ORG", "DEU", ["the collapsed German payments company Wirecard"]),
        entity("Germany", "LOC", "DEU", ["Germany"]),
        entity("Christo Grozev", "PER", "BGR", ["the investigative journalist Christo Grozev", "Grozev"]),
        entity("U.S. military base in Germany", "LOC", "USA", ["a U.S. military base in Germany"]),
        entity("Dominic Murphy", "PER", "GBR", ["Commander Dominic Murphy, head of the Metropolitan Police's "
                                                "counter-terrorism command"]),
        entity("Metropolitan Police", "ORG", "GBR", ["the Metropolitan Police's counter-terrorism command",
                                                     "British investigators", "Counter-terrorism officers", "They"]),
        entity("Alexei Navalny", "PER", "RUS", ["the late Russian opposition leader Alexei Navalny"]),
        entity("Embassy of Russia in London", "ORG", "RUS", ["The Russian Embassy in London"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Britain", "the British government"]),
        entity("Russian diplomats", "PER", "RUS", ["any Russian diplomats"]),
        entity("GRU", "ORG", "RUS", ["Russia's GRU military intelligence service"]),
        entity("Ministry of Foreign Affairs of Bulgaria", "ORG", "BGR", ["Bulgaria's Foreign Ministry", "it"]),
        entity("Norfolk", "LOC", "GBR", ["Norfolk"]),
    ],
}

# ---------------------------------------------------------------- hm470-en-02 (Greece, Kasidiaris party barred)
GRC_SUPREME = actor("Supreme Civil and Criminal Court of Greece", "GRC", "JUD")
ELLINES = actor("National Party – Greeks", "GRC", "PTY")
ATHENS_COURT = actor("Athens Court of Appeals", "GRC", "JUD")
KASIDIARIS = actor("Ilias Kasidiaris", "GRC", "PTY")
GD_LEADERS = actor("Golden Dawn leaders", "GRC", "PTY")
MITSOTAKIS = actor("Kyriakos Mitsotakis", "GRC", "GOV")
SYRIZA = actor("SYRIZA", "GRC", "OPP")
GRC_GOV = actor("Government of Greece", "GRC", "GOV")
KIS = actor("Central Board of Jewish Communities in Greece", "GRC", "REL")
ELLINES_SUPPORTERS = actor("supporters of the National Party – Greeks", "GRC", "CVL")
GRC_POLICE = actor("Hellenic Police", "GRC", "COP")

G1 = ("ATHENS, Greece (AP) — Greece's Supreme Court on Tuesday barred a far-right party led by a jailed former "
      "lawmaker of the neo-Nazi Golden Dawn from running in this month's parliamentary election.")
G2 = ("The court ruled that the National Party – Greeks, founded by Ilias Kasidiaris, fell foul of a law passed in "
      "February that excludes parties whose leaders have been convicted of serious crimes.")
G3 = ("Kasidiaris is serving a 13-year prison sentence after an Athens court convicted him and other Golden Dawn "
      "leaders in 2020 of running a criminal organization.")
G4 = ("He has led the party from Domokos prison in central Greece, sending videos and messages to his followers on "
      "social media.")
G5 = ("In a message posted after the ruling, Kasidiaris called the decision \"a political coup\" and accused Prime "
      "Minister Kyriakos Mitsotakis of trying to silence hundreds of thousands of voters.")
G6 = ("Mitsotakis welcomed the ruling, saying that democracy had every right to protect itself from those who wanted "
      "to destroy it.")
G7 = ("The main opposition party, the left-wing SYRIZA of former Prime Minister Alexis Tsipras, also welcomed the "
      "decision but accused the government of having acted too late.")
G8 = "The Central Board of Jewish Communities in Greece praised the judges for \"defending the democratic order.\""
G9 = ("About 150 supporters of the party gathered outside the court building in central Athens on Tuesday, chanting "
      "slogans against the judges.")
G10 = "Riot police pushed them back from the entrance."
G11 = "Golden Dawn was once Greece's third-largest party but failed to win any seats in the 2019 election."
G12 = "Recent polls had put Kasidiaris' party close to the 3% threshold needed to enter parliament."
G13 = "Greeks vote on May 21, and a second election is likely if no party wins an outright majority."
G14 = "Mitsotakis's conservative New Democracy party leads in the polls."

EN02 = {
    "id": "hm470-en-02", "lang": "en", "url": None, "published": "2023-05-02",
    "title": "Greek top court bars party of jailed neo-Nazi from election",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10], [G11, G12, G13, G14]),
    "events": [
        event("COERCE", GRC_SUPREME, ELLINES, G1, mode="ban", date="2023-05-02", location="Athens",
              location_country="GRC"),
        event("SANCTION", ATHENS_COURT, KASIDIARIS, G3, mode="convict"),
        event("SANCTION", ATHENS_COURT, GD_LEADERS, G3, mode="convict"),
        event("ACCUSE", KASIDIARIS, GRC_SUPREME, G5, mode="disapprove"),
        event("ACCUSE", KASIDIARIS, MITSOTAKIS, G5, mode="allege"),
        event("SUPPORT", MITSOTAKIS, GRC_SUPREME, G6),
        event("SUPPORT", SYRIZA, GRC_SUPREME, G7),
        event("ACCUSE", SYRIZA, GRC_GOV, G7, mode="disapprove"),
        event("SUPPORT", KIS, GRC_SUPREME, G8),
        event("PROTEST", ELLINES_SUPPORTERS, GRC_SUPREME, G9, mode="demo", date="2023-05-02", location="Athens",
              location_country="GRC"),
        event("COERCE", GRC_POLICE, ELLINES_SUPPORTERS, G10, mode="crowd-control", location="Athens",
              location_country="GRC"),
    ],
    "quotes": [
        quote("the National Party – Greeks, founded by Ilias Kasidiaris, fell foul of a law passed in February that "
              "excludes parties whose leaders have been convicted of serious crimes",
              "Supreme Civil and Criminal Court of Greece", "indirect"),
        quote("a political coup", "Ilias Kasidiaris", "direct"),
        quote("of trying to silence hundreds of thousands of voters", "Ilias Kasidiaris", "indirect"),
        quote("democracy had every right to protect itself from those who wanted to destroy it", "Kyriakos Mitsotakis",
              "indirect"),
        quote("defending the democratic order", "Central Board of Jewish Communities in Greece", "direct"),
    ],
    "entities": [
        entity("Athens", "LOC", "GRC", ["ATHENS", "central Athens"]),
        entity("Greece", "LOC", "GRC", ["Greece", "Greece's", "central Greece"]),
        entity("Supreme Civil and Criminal Court of Greece", "ORG", "GRC", ["Greece's Supreme Court", "The court",
                                                                            "the judges"]),
        entity("National Party – Greeks", "ORG", "GRC",
               ["a far-right party led by a jailed former lawmaker of the neo-Nazi Golden Dawn",
                "the National Party – Greeks, founded by Ilias Kasidiaris", "the party", "Kasidiaris' party"]),
        entity("Ilias Kasidiaris", "PER", "GRC", ["a jailed former lawmaker of the neo-Nazi Golden Dawn",
                                                  "Ilias Kasidiaris", "Kasidiaris", "him", "He", "his"]),
        entity("Golden Dawn", "ORG", "GRC", ["the neo-Nazi Golden Dawn", "Golden Dawn"]),
        entity("Athens Court of Appeals", "ORG", "GRC", ["an Athens court"]),
        entity("Golden Dawn leaders", "PER", "GRC", ["other Golden Dawn leaders"]),
        entity("Domokos prison", "LOC", "GRC", ["Domokos prison in central Greece"]),
        entity("followers of Ilias Kasidiaris", "PER", "GRC", ["his followers"]),
        entity("Kyriakos Mitsotakis", "PER", "GRC", ["Prime Minister Kyriakos Mitsotakis", "Mitsotakis",
                                                     "Mitsotakis's"]),
        entity("Greek voters", "PER", "GRC", ["hundreds of thousands of voters", "Greeks"]),
        entity("SYRIZA", "ORG", "GRC", ["The main opposition party, the left-wing SYRIZA of former Prime Minister "
                                        "Alexis Tsipras"]),
        entity("Alexis Tsipras", "PER", "GRC", ["former Prime Minister Alexis Tsipras"]),
        entity("Government of Greece", "ORG", "GRC", ["the government"]),
        entity("Central Board of Jewish Communities in Greece", "ORG", "GRC",
               ["The Central Board of Jewish Communities in Greece"]),
        entity("supporters of the National Party – Greeks", "PER", "GRC", ["About 150 supporters of the party",
                                                                           "them"]),
        entity("Supreme Court building", "LOC", "GRC", ["the court building in central Athens"]),
        entity("Hellenic Police", "ORG", "GRC", ["Riot police"]),
        entity("Hellenic Parliament", "ORG", "GRC", ["parliament"]),
        entity("New Democracy", "ORG", "GRC", ["Mitsotakis's conservative New Democracy party"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
