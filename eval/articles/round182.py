"""Round 182: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm182-de-01: Japan's Prime Minister Shigeru Ishiba resigns as LDP leader after the tariff deal with Trump; Aso and LDP lawmakers had pressed him, Noda demands a snap election (2025-09-07).
- hm182-de-02: Pakistan's parliament passes the 26th constitutional amendment with Fazlur Rehman's JUI-F; PTI boycott and abduction claims, ICJ criticism, arrests in Islamabad (2024-10-21).
- hm182-de-03: Cambodia breaks ground on the Funan Techo canal; Vietnam's requests for data, Hun Manet's pledges and refusal, Chinese praise (2024-08-05).
- hm182-de-04: Dozens killed in a tribal ambush near Wabag in Papua New Guinea's Enga province; Marape's threats, troops and curfew, Albanese offers help, Türk's appeal (2024-02-19).
- hm182-en-01: Kyrgyz President Japarov signs the "foreign representatives" law; Washington and Human Rights Watch object, Japarov dismisses them (2024-04-02).
- hm182-en-02: Biden and Xi meet at the APEC summit in Lima; AI and nuclear weapons, Xi's red lines, North Korea, Chancay port, trilateral with Ishiba and Yoon (2024-11-16).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm182-de-01
ISHIBA = actor("Shigeru Ishiba", "JPN", "GOV")
LDPMPS = actor("LDP lawmakers", "JPN", "PTY")
ASO = actor("Taro Aso", "JPN", "PTY")
USA = actor("United States", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
JPN = actor("Japan", "JPN", "GOV")
NODA = actor("Yoshihiko Noda", "JPN", "OPP")
LDP = actor("Liberal Democratic Party", "JPN", "PTY")
JPNGOV = actor("Government of Japan", "JPN", "GOV")

J01 = ("Knapp ein Jahr nach seinem Amtsantritt hat Japans Ministerpräsident Shigeru Ishiba am Sonntag seinen "
       "Rücktritt als Vorsitzender der regierenden Liberaldemokratischen Partei (LDP) erklärt.")
J02 = "Er wolle den Weg für einen Neuanfang freimachen, sagte der 68-Jährige in Tokio."
J03 = "Bis zur Wahl eines Nachfolgers bleibt Ishiba Regierungschef."
J04 = ("In der Partei hatten zuletzt immer mehr Abgeordnete seinen Rückzug verlangt, nachdem die LDP und ihr "
       "Partner Komeito im Juli auch im Oberhaus die Mehrheit verloren hatten.")
J05 = "Auch Ex-Premier Taro Aso hatte sich für eine vorgezogene Wahl des Parteichefs ausgesprochen."
J06 = "Zuvor hatte Ishiba noch den Zollstreit mit den USA beigelegt."
J07 = ("US-Präsident Donald Trump unterzeichnete am Donnerstag ein Dekret, das die Zölle auf japanische Autos auf "
       "15 Prozent senkt.")
J08 = "Im Gegenzug sagte Tokio Investitionen von 550 Milliarden Dollar in den USA zu."
J09 = ("„Wir haben eine wichtige Hürde genommen“, sagte Ishiba, „nun ist es Zeit, die Verantwortung in jüngere "
       "Hände zu legen.“")
J10 = ("Oppositionsführer Yoshihiko Noda von der Konstitutionell-Demokratischen Partei warf der LDP vor, das Land "
       "monatelang gelähmt zu haben.")
J11 = "Er forderte eine Neuwahl des Unterhauses."
J12 = "Ishiba schloss eine Auflösung des Parlaments vor der Wahl seines Nachfolgers jedoch aus."
J13 = ("Als mögliche Nachfolger gelten die frühere Wirtschaftssicherheitsministerin Sanae Takaichi und "
       "Agrarminister Shinjiro Koizumi.")

DE01 = {
    "id": "hm182-de-01", "lang": "de", "url": None, "published": "2025-09-07",
    "title": "Japans Regierungschef Ishiba gibt LDP-Vorsitz ab",
    "text": paragraphs([J01, J02, J03, J04, J05], [J06, J07, J08, J09], [J10, J11, J12, J13]),
    "events": [
        event("RETREAT", ISHIBA, None, J01, mode="resign", date="2025-09-07"),
        event("REQUEST", LDPMPS, ISHIBA, J04, mode="change"),
        event("REQUEST", ASO, ISHIBA, J05, mode="change"),
        event("AGREE", ISHIBA, USA, J06),
        event("COOPERATE", TRUMP, JPN, J07, date="2025-09-04"),
        event("AGREE", JPN, USA, J08),
        event("ACCUSE", NODA, LDP, J10, mode="disapprove"),
        event("REQUEST", NODA, JPNGOV, J11, mode="change"),
        event("REJECT", ISHIBA, NODA, J12, mode="change"),
    ],
    "quotes": [
        quote("Er wolle den Weg für einen Neuanfang freimachen", "Shigeru Ishiba", "indirect"),
        quote("Wir haben eine wichtige Hürde genommen", "Shigeru Ishiba", "direct"),
        quote("nun ist es Zeit, die Verantwortung in jüngere Hände zu legen", "Shigeru Ishiba", "direct"),
        quote("das Land monatelang gelähmt zu haben", "Yoshihiko Noda", "indirect"),
    ],
    "entities": [
        entity("Shigeru Ishiba", "PER", "JPN", ["Japans Ministerpräsident Shigeru Ishiba", "Er", "der 68-Jährige",
                                                "Ishiba"]),
        entity("Japan", "GPE", "JPN", ["Japans", "Tokio"]),
        entity("Liberal Democratic Party", "ORG", "JPN", ["der regierenden Liberaldemokratischen Partei (LDP)",
                                                          "der Partei", "die LDP", "der LDP"]),
        entity("LDP lawmakers", "ORG", "JPN", ["immer mehr Abgeordnete"]),
        entity("Komeito", "ORG", "JPN", ["ihr Partner Komeito"]),
        entity("Taro Aso", "PER", "JPN", ["Ex-Premier Taro Aso"]),
        entity("United States", "GPE", "USA", ["den USA"]),
        entity("Donald Trump", "PER", "USA", ["US-Präsident Donald Trump"]),
        entity("Yoshihiko Noda", "PER", "JPN", ["Oppositionsführer Yoshihiko Noda", "Er"]),
        entity("Constitutional Democratic Party of Japan", "ORG", "JPN", ["der Konstitutionell-Demokratischen Partei"]),
        entity("Sanae Takaichi", "PER", "JPN", ["die frühere Wirtschaftssicherheitsministerin Sanae Takaichi"]),
        entity("Shinjiro Koizumi", "PER", "JPN", ["Agrarminister Shinjiro Koizumi"]),
    ],
}

# ---------------------------------------------------------------- hm182-de-02
PTI = actor("Pakistan Tehreek-e-Insaf", "PAK", "OPP")
PAKGOV = actor("Government of Pakistan", "PAK", "GOV")
JUIF = actor("Jamiat Ulema-e-Islam (F)", "PAK", "PTY")
SHARIF = actor("Shehbaz Sharif", "PAK", "GOV")
FAZL = actor("Fazlur Rehman", "PAK", "PTY")
GOHAR = actor("Gohar Ali Khan", "PAK", "OPP")
ICJ = actor("International Commission of Jurists", "NGO", "NGO")
ISBPOL = actor("Islamabad Police", "PAK", "COP")
PTISUP = actor("PTI supporters", "PAK", "OPP")

Q01 = ("Pakistans Parlament hat eine umstrittene Verfassungsänderung verabschiedet, die der Regierung mehr Einfluss "
       "auf die Ernennung hoher Richter gibt.")
Q02 = ("In der Nacht zum Montag stimmten in der Nationalversammlung 225 Abgeordnete für die 26. Änderung, zuvor "
       "hatte bereits der Senat zugestimmt.")
Q03 = "Die Partei PTI des inhaftierten Ex-Premiers Imran Khan boykottierte die Abstimmung."
Q04 = ("Den Ausschlag gab der Islamistenführer Fazlur Rehman, dessen Partei JUI-F nach tagelangen Verhandlungen "
       "mit Premierminister Shehbaz Sharif zustimmte.")
Q05 = "Auf Drängen Rehmans hatte die Regierung zuvor auf ein eigenes Verfassungsgericht verzichtet."
Q06 = "Sharif dankte Rehman und sprach von einem „historischen Tag“."
Q07 = ("PTI-Chef Gohar Ali Khan warf der Regierung vor, Abgeordnete seiner Partei entführt und zur Zustimmung "
       "gedrängt zu haben.")
Q08 = "Informationsminister Attaullah Tarar wies dies als „Propaganda“ zurück."
Q09 = ("Die Internationale Juristenkommission (ICJ) nannte die Reform einen „Schlag gegen die Unabhängigkeit der "
       "Justiz“ und forderte, sie zurückzunehmen.")
Q10 = "Vor dem Parlament in Islamabad nahm die Polizei am Sonntag mehrere PTI-Anhänger fest."
Q11 = "Die PTI drohte mit landesweiten Protesten, sollte Khan nicht bald freikommen."
Q12 = "Kritiker befürchten, die Regierung könnte künftig unliebsame Richter übergehen."

DE02 = {
    "id": "hm182-de-02", "lang": "de", "url": None, "published": "2024-10-21",
    "title": "Pakistans Parlament stärkt Einfluss der Regierung auf die Justiz",
    "text": paragraphs([Q01, Q02, Q03], [Q04, Q05, Q06, Q07, Q08], [Q09, Q10, Q11, Q12]),
    "events": [
        event("PROTEST", PTI, PAKGOV, Q03, mode="boycott"),
        event("SUPPORT", JUIF, PAKGOV, Q04),
        event("CONSULT", JUIF, SHARIF, Q04),
        event("CONCEDE", PAKGOV, FAZL, Q05),
        event("SUPPORT", SHARIF, FAZL, Q06),
        event("ACCUSE", GOHAR, PAKGOV, Q07, mode="allege"),
        event("ACCUSE", ICJ, PAKGOV, Q09, mode="disapprove"),
        event("REQUEST", ICJ, PAKGOV, Q09, mode="change"),
        event("COERCE", ISBPOL, PTISUP, Q10, mode="arrest", date="2024-10-20", location="Islamabad",
              location_country="PAK"),
        event("THREATEN", PTI, PAKGOV, Q11),
    ],
    "quotes": [
        quote("historischen Tag", "Shehbaz Sharif", "direct"),
        quote("Abgeordnete seiner Partei entführt und zur Zustimmung gedrängt zu haben", "Gohar Ali Khan",
              "indirect"),
        quote("Propaganda", "Attaullah Tarar", "direct"),
        quote("Schlag gegen die Unabhängigkeit der Justiz", "International Commission of Jurists", "direct"),
        quote("sie zurückzunehmen", "International Commission of Jurists", "indirect"),
        quote("die Regierung könnte künftig unliebsame Richter übergehen", "critics", "indirect"),
    ],
    "entities": [
        entity("Pakistan", "GPE", "PAK", ["Pakistans"]),
        entity("Parliament of Pakistan", "ORG", "PAK", ["Pakistans Parlament", "dem Parlament"]),
        entity("Government of Pakistan", "ORG", "PAK", ["der Regierung", "die Regierung"]),
        entity("National Assembly of Pakistan", "ORG", "PAK", ["der Nationalversammlung"]),
        entity("Senate of Pakistan", "ORG", "PAK", ["der Senat"]),
        entity("Pakistan Tehreek-e-Insaf", "ORG", "PAK", ["Die Partei PTI", "Die PTI"]),
        entity("Imran Khan", "PER", "PAK", ["des inhaftierten Ex-Premiers Imran Khan", "Khan"]),
        entity("Fazlur Rehman", "PER", "PAK", ["der Islamistenführer Fazlur Rehman", "Rehmans", "Rehman"]),
        entity("Jamiat Ulema-e-Islam (F)", "ORG", "PAK", ["dessen Partei JUI-F"]),
        entity("Shehbaz Sharif", "PER", "PAK", ["Premierminister Shehbaz Sharif", "Sharif"]),
        entity("Gohar Ali Khan", "PER", "PAK", ["PTI-Chef Gohar Ali Khan"]),
        entity("Attaullah Tarar", "PER", "PAK", ["Informationsminister Attaullah Tarar"]),
        entity("International Commission of Jurists", "ORG", "NGO", ["Die Internationale Juristenkommission (ICJ)"]),
        entity("Islamabad", "LOC", "PAK", ["Islamabad"]),
        entity("Islamabad Police", "ORG", "PAK", ["die Polizei"]),
        entity("PTI supporters", "ORG", "PAK", ["mehrere PTI-Anhänger"]),
    ],
}

# ---------------------------------------------------------------- hm182-de-03
HUNMANET = actor("Hun Manet", "KHM", "GOV")
KHM = actor("Cambodia", "KHM", "GOV")
VNM = actor("Vietnam", "VNM", "GOV")
VNM_MFA = actor("Ministry of Foreign Affairs of Vietnam", "VNM", "GOV")
CRBC = actor("China Road and Bridge Corporation", "CHN", "BUS")
MRC = actor("Mekong River Commission", "IGO", "IGO")
CHNAMB = actor("Ambassador of China to Cambodia", "CHN", "GOV")

C01 = "Ungeachtet der Bedenken im Nachbarland Vietnam hat Kambodscha am Montag mit dem Bau des Funan-Techo-Kanals begonnen."
C02 = ("Regierungschef Hun Manet gab in der Provinz Kandal den Startschuss für die 180 Kilometer lange Wasserstraße, "
       "die Phnom Penh mit dem Golf von Thailand verbinden soll.")
C03 = "Der Kanal werde gebaut, „koste es, was es wolle“, sagte er vor Tausenden Anhängern."
C04 = ("An dem Projekt beteiligt sich die staatliche China Road and Bridge Corporation, die knapp die Hälfte der "
       "Kosten von 1,7 Milliarden Dollar tragen soll.")
C05 = "Vietnam hatte Kambodscha wiederholt aufgefordert, Daten zu den Folgen für das Mekong-Delta offenzulegen."
C06 = "Hanoi befürchtet, dass dem Delta, in dem ein Großteil des vietnamesischen Reises wächst, Wasser entzogen wird."
C07 = ("Hun Manet sagte zu, alle Informationen mit der Mekong-Kommission zu teilen, und lud Vietnam ein, sich an "
       "Studien zu beteiligen.")
C08 = ("Eine von Hanoi verlangte formelle Prüfung durch die Kommission lehnte er jedoch ab, da der Kanal kein "
       "Hauptarm des Mekong sei.")
C09 = ("Berichte, wonach der Kanal chinesischen Kriegsschiffen Zugang ins Landesinnere verschaffen könnte, wies "
       "Senatspräsident Hun Sen als Lügen zurück.")
C10 = "Chinas Botschafter in Phnom Penh lobte den Kanal als „Projekt des Volkes“."
C11 = "Die Regierung in Hanoi hat bislang keinen offiziellen Protest eingelegt."
C12 = "Das vietnamesische Außenministerium bekräftigte am Montag lediglich seine Bitte um Transparenz."

DE03 = {
    "id": "hm182-de-03", "lang": "de", "url": None, "published": "2024-08-05",
    "title": "Kambodscha beginnt Bau des umstrittenen Funan-Techo-Kanals",
    "text": paragraphs([C01, C02, C03, C04], [C05, C06, C07, C08], [C09, C10, C11, C12]),
    "events": [
        event("COOPERATE", CRBC, KHM, C04),
        event("REQUEST", VNM, KHM, C05, mode="assist"),
        event("AGREE", HUNMANET, MRC, C07),
        event("AGREE", HUNMANET, VNM, C07),
        event("REJECT", HUNMANET, VNM, C08, mode="change"),
        event("SUPPORT", CHNAMB, KHM, C10),
        event("ACCUSE", VNM, KHM, C11, mode="disapprove", negated=True),
        event("REQUEST", VNM_MFA, KHM, C12, mode="assist", date="2024-08-05"),
    ],
    "quotes": [
        quote("Der Kanal werde gebaut, „koste es, was es wolle“", "Hun Manet", "indirect"),
        quote("koste es, was es wolle", "Hun Manet", "direct"),
        quote("Daten zu den Folgen für das Mekong-Delta offenzulegen", "Vietnam", "indirect"),
        quote("dass dem Delta, in dem ein Großteil des vietnamesischen Reises wächst, Wasser entzogen wird",
              "Vietnam", "indirect"),
        quote("alle Informationen mit der Mekong-Kommission zu teilen", "Hun Manet", "indirect"),
        quote("da der Kanal kein Hauptarm des Mekong sei", "Hun Manet", "indirect"),
        quote("Projekt des Volkes", "Ambassador of China to Cambodia", "direct"),
    ],
    "entities": [
        entity("Vietnam", "GPE", "VNM", ["im Nachbarland Vietnam", "Vietnam", "Hanoi", "Die Regierung in Hanoi"]),
        entity("Cambodia", "GPE", "KHM", ["Kambodscha"]),
        entity("Funan Techo Canal", "LOC", "KHM", ["des Funan-Techo-Kanals", "die 180 Kilometer lange Wasserstraße",
                                                   "Der Kanal", "dem Projekt", "der Kanal", "den Kanal"]),
        entity("Hun Manet", "PER", "KHM", ["Regierungschef Hun Manet", "er", "Hun Manet"]),
        entity("Kandal Province", "LOC", "KHM", ["der Provinz Kandal"]),
        entity("Phnom Penh", "LOC", "KHM", ["Phnom Penh"]),
        entity("Gulf of Thailand", "LOC", None, ["dem Golf von Thailand"]),
        entity("China Road and Bridge Corporation", "ORG", "CHN", [
            "die staatliche China Road and Bridge Corporation"]),
        entity("Mekong Delta", "LOC", "VNM", ["das Mekong-Delta", "dem Delta"]),
        entity("Mekong River Commission", "ORG", "IGO", ["der Mekong-Kommission", "die Kommission"]),
        entity("Mekong", "LOC", None, ["des Mekong"]),
        entity("Hun Sen", "PER", "KHM", ["Senatspräsident Hun Sen"]),
        entity("Ambassador of China to Cambodia", "PER", "CHN", ["Chinas Botschafter in Phnom Penh"]),
        entity("Ministry of Foreign Affairs of Vietnam", "ORG", "VNM", ["Das vietnamesische Außenministerium"]),
    ],
}

# ---------------------------------------------------------------- hm182-de-04
FIGHTERS = actor("Enga tribal fighters", "PNG", None)
CLAN = actor("members of a rival Enga clan", "PNG", "CVL")
MARAPE = actor("James Marape", "PNG", "GOV")
PNGDF = actor("Papua New Guinea Defence Force", "PNG", "MIL")
MANNING = actor("David Manning", "PNG", "COP")
PNGAUTH = actor("Papua New Guinea authorities", "PNG", "GOV")
ENGARES = actor("residents of Enga", "PNG", "CVL")
ALBANESE = actor("Anthony Albanese", "AUS", "GOV")
PNG = actor("Papua New Guinea", "PNG", "GOV")
AUS = actor("Australia", "AUS", "GOV")
RPNGC = actor("Royal Papua New Guinea Constabulary", "PNG", "COP")
OPPMP = actor("Papua New Guinea opposition lawmaker", "PNG", "OPP")
PNGGOV = actor("Government of Papua New Guinea", "PNG", "GOV")
TURK = actor("Volker Türk", "UNO", "IGO")

E01 = ("Bei einem Überfall verfeindeter Stammeskrieger im Hochland von Papua-Neuguinea sind mindestens 53 Menschen "
       "getötet worden.")
E02 = ("Die Männer seien am Sonntag nahe der Provinzhauptstadt Wabag in einen Hinterhalt geraten und erschossen "
       "worden, teilte die Polizei am Montag mit.")
E03 = "Die Angreifer sollen auch automatische Waffen eingesetzt haben."
E04 = "Premierminister James Marape zeigte sich „zutiefst erschüttert“ und drohte den Tätern mit harten Strafen."
E05 = "Die Streitkräfte verlegten auf seine Anweisung rund 100 Soldaten in die Provinz Enga."
E06 = ("Polizeichef David Manning kündigte an, seine Beamten würden gegen bewaffnete Stammeskrieger notfalls "
       "tödliche Gewalt einsetzen.")
E07 = "Die Behörden verhängten zudem eine Ausgangssperre über die Gegend um Wabag."
E08 = "Australiens Premierminister Anthony Albanese bot dem Nachbarland Hilfe an."
E09 = "„Wir stehen bereit, Papua-Neuguinea zu unterstützen, wo immer wir können“, sagte er in Canberra."
E10 = "Australien bildet bereits Polizisten des Landes aus und finanziert deren Ausrüstung."
E11 = "Ein Oppositionsabgeordneter warf der Regierung vor, die Gewalt im Hochland seit Jahren zu ignorieren."
E12 = "UN-Menschenrechtskommissar Volker Türk forderte, die Verantwortlichen zur Rechenschaft zu ziehen."
E13 = "Stammesfehden haben im Hochland in den vergangenen Jahren Hunderte Menschen das Leben gekostet."

DE04 = {
    "id": "hm182-de-04", "lang": "de", "url": None, "published": "2024-02-19",
    "title": "Dutzende Tote bei Stammesfehde in Papua-Neuguinea",
    "text": paragraphs([E01, E02, E03], [E04, E05, E06, E07], [E08, E09, E10, E11, E12, E13]),
    "events": [
        event("ASSAULT", FIGHTERS, CLAN, E01, location="Enga Province", location_country="PNG"),
        event("ASSAULT", FIGHTERS, CLAN, E02, mode="firearms", date="2024-02-18", location="Wabag",
              location_country="PNG"),
        event("THREATEN", MARAPE, FIGHTERS, E04, mode="arrest"),
        event("MOBILIZE", PNGDF, None, E05, mode="troops", location="Enga Province", location_country="PNG"),
        event("THREATEN", MANNING, FIGHTERS, E06, mode="violence"),
        event("COERCE", PNGAUTH, ENGARES, E07, mode="curfew", location="Wabag", location_country="PNG"),
        event("AGREE", ALBANESE, PNG, E08),
        event("AGREE", ALBANESE, PNG, E09, location="Canberra", location_country="AUS"),
        event("AID", AUS, RPNGC, E10),
        event("ACCUSE", OPPMP, PNGGOV, E11, mode="disapprove"),
        event("REQUEST", TURK, PNGGOV, E12, mode="change"),
    ],
    "quotes": [
        quote("Die Männer seien am Sonntag nahe der Provinzhauptstadt Wabag in einen Hinterhalt geraten und "
              "erschossen worden", "Royal Papua New Guinea Constabulary", "indirect"),
        quote("zutiefst erschüttert", "James Marape", "direct"),
        quote("seine Beamten würden gegen bewaffnete Stammeskrieger notfalls tödliche Gewalt einsetzen",
              "David Manning", "indirect"),
        quote("Wir stehen bereit, Papua-Neuguinea zu unterstützen, wo immer wir können", "Anthony Albanese",
              "direct"),
        quote("die Gewalt im Hochland seit Jahren zu ignorieren", "Papua New Guinea opposition lawmaker",
              "indirect"),
        quote("die Verantwortlichen zur Rechenschaft zu ziehen", "Volker Türk", "indirect"),
    ],
    "entities": [
        entity("Enga tribal fighters", "ORG", "PNG", ["verfeindeter Stammeskrieger", "Die Angreifer", "den Tätern",
                                                      "bewaffnete Stammeskrieger"]),
        entity("Papua New Guinea", "GPE", "PNG", ["Papua-Neuguinea", "dem Nachbarland", "des Landes"]),
        entity("members of a rival Enga clan", "ORG", "PNG", ["mindestens 53 Menschen", "Die Männer"]),
        entity("Wabag", "LOC", "PNG", ["der Provinzhauptstadt Wabag", "Wabag"]),
        entity("Royal Papua New Guinea Constabulary", "ORG", "PNG", ["die Polizei", "Polizisten des Landes"]),
        entity("James Marape", "PER", "PNG", ["Premierminister James Marape"]),
        entity("Papua New Guinea Defence Force", "ORG", "PNG", ["Die Streitkräfte"]),
        entity("Enga Province", "LOC", "PNG", ["die Provinz Enga"]),
        entity("David Manning", "PER", "PNG", ["Polizeichef David Manning"]),
        entity("Papua New Guinea authorities", "ORG", "PNG", ["Die Behörden"]),
        entity("Anthony Albanese", "PER", "AUS", ["Australiens Premierminister Anthony Albanese", "er"]),
        entity("Australia", "GPE", "AUS", ["Australiens", "Australien"]),
        entity("Canberra", "LOC", "AUS", ["Canberra"]),
        entity("Papua New Guinea opposition lawmaker", "PER", "PNG", ["Ein Oppositionsabgeordneter"]),
        entity("Government of Papua New Guinea", "ORG", "PNG", ["der Regierung"]),
        entity("Volker Türk", "PER", "UNO", ["UN-Menschenrechtskommissar Volker Türk"]),
    ],
}

# ---------------------------------------------------------------- hm182-en-01
JAPAROV = actor("Sadyr Japarov", "KGZ", "GOV")
KGZNGO = actor("Kyrgyz non-governmental organizations", "KGZ", "NGO")
USDOS = actor("United States Department of State", "USA", "GOV")
KGZGOV = actor("Government of Kyrgyzstan", "KGZ", "GOV")
MILLER = actor("Matthew Miller", "USA", "GOV")
HRW = actor("Human Rights Watch", "NGO", "NGO")
BISHCOURT = actor("Bishkek court", "KGZ", "JUD")
KLOOP = actor("Kloop", "KGZ", "CVL")
HAKALA = actor("Terhi Hakala", "EUR", "IGO")
KGZ = actor("Kyrgyzstan", "KGZ", "GOV")

Y01 = ("Kyrgyz President Sadyr Japarov on Tuesday signed a law requiring non-governmental organizations that "
       "receive foreign funding to register as foreign representatives.")
Y02 = ("Critics say the law, modeled on Russia's foreign agents legislation, could be used to silence independent "
       "groups.")
Y03 = "Japarov has rejected that comparison, saying the measure is about transparency."
Y04 = ("The U.S. State Department said it was “deeply concerned” and urged Kyrgyz authorities to protect civil "
       "society.")
Y05 = ("“This law will stigmatize and ultimately shut down organizations that help the Kyrgyz people,” spokesman "
       "Matthew Miller told reporters in Washington.")
Y06 = ("Human Rights Watch had urged Japarov to veto the bill, calling it a blow to one of Central Asia's most open "
       "societies.")
Y07 = "Japarov dismissed the appeals, writing on Facebook that no foreign government would dictate Kyrgyzstan's laws."
Y08 = ("In February, a Bishkek court ordered the liquidation of the company behind Kloop, one of the country's "
       "best-known independent media outlets.")
Y09 = "Several groups, including the legal aid organization Adilet, said they might close rather than register."
Y10 = "The European Union's special representative for Central Asia, Terhi Hakala, is due to visit Bishkek next week."
Y11 = "Washington has not announced any sanctions over the law."

EN01 = {
    "id": "hm182-en-01", "lang": "en", "url": None, "published": "2024-04-02",
    "title": "Kyrgyz leader signs 'foreign representatives' law despite Western criticism",
    "text": paragraphs([Y01, Y02, Y03], [Y04, Y05, Y06, Y07], [Y08, Y09, Y10, Y11]),
    "events": [
        event("COERCE", JAPAROV, KGZNGO, Y01, mode="restrict", date="2024-04-02"),
        event("ACCUSE", USDOS, KGZGOV, Y04, mode="disapprove"),
        event("REQUEST", USDOS, KGZGOV, Y04, mode="change"),
        event("ACCUSE", MILLER, KGZGOV, Y05, mode="disapprove"),
        event("REQUEST", HRW, JAPAROV, Y06, mode="change"),
        event("ACCUSE", HRW, KGZGOV, Y06, mode="disapprove"),
        event("REJECT", JAPAROV, USA, Y07, mode="change"),
        event("REJECT", JAPAROV, HRW, Y07, mode="change"),
        event("SANCTION", BISHCOURT, KLOOP, Y08, mode="convict", location="Bishkek", location_country="KGZ"),
        event("AGREE", HAKALA, KGZ, Y10, location="Bishkek", location_country="KGZ"),
        event("SANCTION", USA, KGZGOV, Y11, negated=True),
    ],
    "quotes": [
        quote("the law, modeled on Russia's foreign agents legislation, could be used to silence independent groups",
              "critics", "indirect"),
        quote("the measure is about transparency", "Sadyr Japarov", "indirect"),
        quote("deeply concerned", "United States Department of State", "direct"),
        quote("it was “deeply concerned”", "United States Department of State", "indirect"),
        quote("This law will stigmatize and ultimately shut down organizations that help the Kyrgyz people",
              "Matthew Miller", "direct"),
        quote("no foreign government would dictate Kyrgyzstan's laws", "Sadyr Japarov", "indirect"),
        quote("they might close rather than register", "Adilet", "indirect"),
    ],
    "entities": [
        entity("Sadyr Japarov", "PER", "KGZ", ["Kyrgyz President Sadyr Japarov", "Japarov"]),
        entity("Kyrgyz non-governmental organizations", "ORG", "KGZ", [
            "non-governmental organizations that receive foreign funding", "independent groups"]),
        entity("Russia", "GPE", "RUS", ["Russia's"]),
        entity("United States Department of State", "ORG", "USA", ["The U.S. State Department"]),
        entity("Government of Kyrgyzstan", "ORG", "KGZ", ["Kyrgyz authorities"]),
        entity("Matthew Miller", "PER", "USA", ["spokesman Matthew Miller"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Human Rights Watch", "ORG", "NGO", ["Human Rights Watch"]),
        entity("Kyrgyzstan", "GPE", "KGZ", ["Kyrgyzstan's", "the country's"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
        entity("Bishkek court", "ORG", "KGZ", ["a Bishkek court"]),
        entity("Bishkek", "LOC", "KGZ", ["Bishkek"]),
        entity("Kloop", "ORG", "KGZ", ["Kloop"]),
        entity("Adilet", "ORG", "KGZ", ["the legal aid organization Adilet"]),
        entity("European Union", "ORG", "EUR", ["The European Union's"]),
        entity("Terhi Hakala", "PER", "EUR", [
            "The European Union's special representative for Central Asia, Terhi Hakala"]),
        entity("Central Asia", "LOC", None, ["Central Asia"]),
    ],
}

# ---------------------------------------------------------------- hm182-en-02
BIDEN = actor("Joe Biden", "USA", "GOV")
XI = actor("Xi Jinping", "CHN", "GOV")
CHN = actor("China", "CHN", "GOV")
PRK = actor("North Korea", "PRK", "GOV")
RUS = actor("Russia", "RUS", "GOV")
BOLUARTE = actor("Dina Boluarte", "PER", "GOV")
YOON = actor("Yoon Suk Yeol", "KOR", "GOV")

L01 = ("U.S. President Joe Biden and Chinese leader Xi Jinping met on Saturday on the sidelines of the Asia-Pacific "
       "Economic Cooperation summit in Lima, likely their last talks before Donald Trump takes office.")
L02 = ("The two leaders agreed that decisions on the use of nuclear weapons should remain under human control and "
       "not be left to artificial intelligence.")
L03 = "Xi said China was ready to work with the incoming administration to keep relations stable."
L04 = "But he warned Washington not to cross four “red lines,” among them Taiwan and China's right to development."
L05 = ("Biden pressed Xi to use his influence over North Korea, which has sent thousands of troops to fight for "
       "Russia against Ukraine.")
L06 = ("He also raised recent Chinese hacking of American telecommunications networks, a senior U.S. official told "
       "reporters.")
L07 = "Beijing has denied any role in the intrusions."
L08 = ("“We won't always agree,” Biden told Xi at the start of the meeting, “but our talks have kept competition "
       "from veering into conflict.”")
L09 = ("Earlier in the week, Xi and Peruvian President Dina Boluarte inaugurated the Chinese-built deep-water port "
       "of Chancay north of Lima.")
L10 = ("On Friday, Biden met Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol, and "
       "the three agreed to set up a secretariat for their cooperation.")
L11 = "Trump has threatened tariffs of 60% on Chinese goods once he takes office."
L12 = "Beijing has warned it would retaliate against any new tariffs."

EN02 = {
    "id": "hm182-en-02", "lang": "en", "url": None, "published": "2024-11-16",
    "title": "Biden and Xi hold likely final talks in Lima, agree humans must control nuclear weapons",
    "text": paragraphs([L01, L02, L03, L04], [L05, L06, L07, L08], [L09, L10, L11, L12]),
    "events": [
        event("CONSULT", BIDEN, XI, L01, mode="multilateral", date="2024-11-16", location="Lima",
              location_country="PER"),
        event("AGREE", BIDEN, XI, L02),
        event("AGREE", XI, USA, L03),
        event("THREATEN", XI, USA, L04),
        event("REQUEST", BIDEN, XI, L05, mode="change"),
        event("AID", PRK, RUS, L05),
        event("ACCUSE", BIDEN, CHN, L06, mode="allege"),
        event("COOPERATE", XI, BOLUARTE, L09, location="Chancay", location_country="PER"),
        event("CONSULT", BIDEN, ISHIBA, L10, mode="multilateral", date="2024-11-15", location="Lima",
              location_country="PER"),
        event("CONSULT", BIDEN, YOON, L10, mode="multilateral", date="2024-11-15", location="Lima",
              location_country="PER"),
        event("AGREE", BIDEN, ISHIBA, L10),
        event("AGREE", BIDEN, YOON, L10),
        event("THREATEN", TRUMP, CHN, L11),
        event("THREATEN", CHN, USA, L12),
    ],
    "quotes": [
        quote("China was ready to work with the incoming administration to keep relations stable", "Xi Jinping",
              "indirect"),
        quote("red lines", "Xi Jinping", "direct"),
        quote("He also raised recent Chinese hacking of American telecommunications networks",
              "senior U.S. official", "indirect"),
        quote("We won't always agree", "Joe Biden", "direct"),
        quote("but our talks have kept competition from veering into conflict", "Joe Biden", "direct"),
        quote("it would retaliate against any new tariffs", "China", "indirect"),
    ],
    "entities": [
        entity("Joe Biden", "PER", "USA", ["U.S. President Joe Biden", "Biden", "He"]),
        entity("Xi Jinping", "PER", "CHN", ["Chinese leader Xi Jinping", "Xi", "he", "his"]),
        entity("Asia-Pacific Economic Cooperation", "ORG", "IGO", ["the Asia-Pacific Economic Cooperation summit"]),
        entity("Lima", "LOC", "PER", ["Lima"]),
        entity("Donald Trump", "PER", "USA", ["Donald Trump", "Trump", "he"]),
        entity("China", "GPE", "CHN", ["China", "China's", "Beijing"]),
        entity("United States", "GPE", "USA", ["the incoming administration", "Washington"]),
        entity("Taiwan", "GPE", "TWN", ["Taiwan"]),
        entity("North Korea", "GPE", "PRK", ["North Korea"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("senior U.S. official", "PER", "USA", ["a senior U.S. official"]),
        entity("Dina Boluarte", "PER", "PER", ["Peruvian President Dina Boluarte"]),
        entity("Chancay", "LOC", "PER", ["the Chinese-built deep-water port of Chancay"]),
        entity("Shigeru Ishiba", "PER", "JPN", ["Japanese Prime Minister Shigeru Ishiba"]),
        entity("Yoon Suk Yeol", "PER", "KOR", ["South Korean President Yoon Suk Yeol"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
