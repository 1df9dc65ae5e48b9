"""Round 140: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm140-de-01: Estonia's Riigikogu passes the church law aimed at the Moscow Patriarchate; Moscow protests (2025-04-09).
- hm140-de-02: Israeli football fans attacked in Amsterdam after Ajax-Maccabi; Schoof, Netanyahu and the king react (2024-11-08).
- hm140-de-03: The Bundestag adopts the CDU/CSU migration motion with AfD votes; Scholz, Merkel and protesters object (2025-01-30).
- hm140-de-04: The FSB arrests a suspect after General Kirillov is killed by a scooter bomb in Moscow (2024-12-18).
- hm140-en-01: Newark Mayor Ras Baraka arrested outside the Delaney Hall immigration detention center (2025-05-09).
- hm140-en-02: Armenian police detain Tavush movement protesters blocking Yerevan streets; the villages handed to Azerbaijan (2024-05-27).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm140-de-01
RIIGIKOGU = actor("Riigikogu", "EST", "LEG")
EOC_MP = actor("Estonian Orthodox Church of the Moscow Patriarchate", "EST", "CVL")
TARO = actor("Igor Taro", "EST", "GOV")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
KARIS = actor("Alar Karis", "EST", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
EST_GOV = actor("Government of Estonia", "EST", "GOV")
YEVGENY = actor("Metropolitan Yevgeny", "RUS", "CVL")
ROC = actor("Russian Orthodox Church", "RUS", "CVL")

G1 = "Das estnische Parlament hat am Mittwoch ein umstrittenes Gesetz verabschiedet, das die Verbindungen der orthodoxen Kirche des Landes zum Moskauer Patriarchat kappen soll."
G2 = "Künftig dürfen Kirchen und Religionsgemeinschaften in Estland keiner Führung im Ausland unterstehen, die nach Einschätzung der Behörden die nationale Sicherheit gefährdet."
G3 = "Für die Novelle stimmten 62 der 101 Abgeordneten im Riigikogu."
G4 = "Innenminister Igor Taro sagte, Estland könne nicht hinnehmen, dass der Kreml die Kirche „als Werkzeug seines Krieges“ missbrauche."
G5 = "Die dem Moskauer Patriarchat unterstellte Estnische Orthodoxe Kirche kritisierte das Gesetz als Eingriff in die Religionsfreiheit und kündigte an, vor Gericht dagegen vorzugehen."
G6 = "Man habe die Beziehungen nach Moskau bereits weitgehend gelöst, erklärte ein Sprecher der Kirche in Tallinn."
G7 = "Präsident Alar Karis hatte im Januar eine erste Fassung des Gesetzes wegen verfassungsrechtlicher Bedenken nicht unterzeichnet und an das Parlament zurückverwiesen."
G8 = "In Moskau verurteilte Außenamtssprecherin Maria Sacharowa den Beschluss als „Verfolgung der Orthodoxie“."
G9 = "Sie warf der Regierung in Tallinn vor, die Rechte der russischsprachigen Minderheit systematisch zu verletzen, und kündigte „angemessene Antworten“ an."
G10 = "Estland hatte im vergangenen Jahr die Aufenthaltserlaubnis des damaligen Kirchenoberhaupts, Metropolit Jewgeni, nicht verlängert und ihn damit zur Ausreise gezwungen."
G11 = "Die Regierung stuft das Moskauer Patriarchat wegen seiner Unterstützung für den russischen Angriffskrieg gegen die Ukraine als Sicherheitsrisiko ein."

DE01 = {
    "id": "hm140-de-01", "lang": "de", "url": None, "published": "2025-04-09",
    "title": "Estland verabschiedet Gesetz gegen Einfluss des Moskauer Patriarchats",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7], [G8, G9, G10, G11]),
    "events": [
        event("COERCE", RIIGIKOGU, EOC_MP, G1, mode="restrict", date="2025-04-09", location="Tallinn", location_country="EST"),
        event("ACCUSE", TARO, RUS_GOV, G4, mode="allege"),
        event("ACCUSE", EOC_MP, RIIGIKOGU, G5, mode="disapprove"),
        event("REJECT", KARIS, RIIGIKOGU, G7, mode="change"),
        event("ACCUSE", ZAKHAROVA, RIIGIKOGU, G8, mode="disapprove", location="Moscow", location_country="RUS"),
        event("ACCUSE", ZAKHAROVA, EST_GOV, G9, mode="allege"),
        event("THREATEN", ZAKHAROVA, EST_GOV, G9),
        event("COERCE", EST_GOV, YEVGENY, G10, mode="deport"),
        event("ACCUSE", EST_GOV, ROC, G11, mode="allege"),
    ],
    "quotes": [
        quote("Estland könne nicht hinnehmen, dass der Kreml die Kirche „als Werkzeug seines Krieges“ missbrauche", "Igor Taro", "indirect"),
        quote("als Werkzeug seines Krieges", "Igor Taro", "direct"),
        quote("vor Gericht dagegen vorzugehen", "Estonian Orthodox Church of the Moscow Patriarchate", "indirect"),
        quote("Man habe die Beziehungen nach Moskau bereits weitgehend gelöst", "spokesman of the Estonian Orthodox Church", "indirect"),
        quote("Verfolgung der Orthodoxie", "Maria Zakharova", "direct"),
        quote("die Rechte der russischsprachigen Minderheit systematisch zu verletzen", "Maria Zakharova", "indirect"),
        quote("angemessene Antworten", "Maria Zakharova", "direct"),
    ],
    "entities": [
        entity("Riigikogu", "ORG", "EST", ["Das estnische Parlament", "Riigikogu", "das Parlament"]),
        entity("Estonia", "GPE", "EST", ["Estland", "des Landes"]),
        entity("Estonian Orthodox Church of the Moscow Patriarchate", "ORG", "EST", ["der orthodoxen Kirche des Landes", "die Kirche", "Die dem Moskauer Patriarchat unterstellte Estnische Orthodoxe Kirche", "der Kirche"]),
        entity("Russian Orthodox Church", "ORG", "RUS", ["Moskauer Patriarchat", "das Moskauer Patriarchat"]),
        entity("Estonian authorities", "ORG", "EST", ["der Behörden"]),
        entity("Igor Taro", "PER", "EST", ["Innenminister Igor Taro"]),
        entity("Government of Russia", "ORG", "RUS", ["der Kreml"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("spokesman of the Estonian Orthodox Church", "PER", "EST", ["ein Sprecher der Kirche in Tallinn"]),
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Alar Karis", "PER", "EST", ["Präsident Alar Karis"]),
        entity("Maria Zakharova", "PER", "RUS", ["Außenamtssprecherin Maria Sacharowa", "Sie"]),
        entity("Government of Estonia", "ORG", "EST", ["der Regierung in Tallinn", "Die Regierung"]),
        entity("Russian-speaking minority in Estonia", "ORG", "EST", ["der russischsprachigen Minderheit"]),
        entity("Metropolitan Yevgeny", "PER", "RUS", ["des damaligen Kirchenoberhaupts, Metropolit Jewgeni", "ihn"]),
        entity("Ukraine", "GPE", "UKR", ["die Ukraine"]),
    ],
}

# ---------------------------------------------------------------- hm140-de-02
AMS_ATTACKERS = actor("attackers in Amsterdam", "NLD", "CVL")
ISR_FANS = actor("Israeli football fans", "ISR", "CVL")
AMS_POLICE = actor("Amsterdam police", "NLD", "COP")
HALSEMA = actor("Femke Halsema", "NLD", "GOV")
SCHOOF = actor("Dick Schoof", "NLD", "GOV")
NETANYAHU = actor("Benjamin Netanyahu", "ISR", "GOV")
NLD_GOV = actor("Government of the Netherlands", "NLD", "GOV")
SAAR = actor("Gideon Saar", "ISR", "GOV")
WILLEM_ALEXANDER = actor("Willem-Alexander", "NLD", "GOV")
HERZOG = actor("Isaac Herzog", "ISR", "GOV")
DUTCH_JEWS = actor("Dutch Jewish community", "NLD", "CVL")
AMS_CITY = actor("Municipality of Amsterdam", "NLD", "GOV")

H1 = "Nach dem Europa-League-Spiel zwischen Ajax Amsterdam und Maccabi Tel Aviv sind in der Nacht zum Freitag israelische Fußballfans in der Amsterdamer Innenstadt von Gruppen junger Männer gejagt und geschlagen worden."
H2 = "Nach Angaben der Polizei wurden fünf Menschen im Krankenhaus behandelt, 62 Verdächtige wurden festgenommen."
H3 = "Bürgermeisterin Femke Halsema sprach am Freitag von „antisemitischen Schlägertrupps“, die gezielt Jagd auf Israelis gemacht hätten."
H4 = "Nach Polizeiangaben hatten Maccabi-Anhänger bereits am Mittwochabend eine palästinensische Flagge von einer Hauswand gerissen und ein Taxi beschädigt."
H5 = "Ministerpräsident Dick Schoof verurteilte die „völlig inakzeptablen antisemitischen Angriffe“ und telefonierte mit seinem israelischen Amtskollegen Benjamin Netanjahu."
H6 = "Er sicherte zu, die Täter würden ermittelt und bestraft."
H7 = "Netanjahu ließ zwei Flugzeuge nach Amsterdam schicken, um die Fans nach Hause zu holen."
H8 = "Er verlangte von der niederländischen Regierung, entschlossen gegen die Angreifer vorzugehen und für die Sicherheit der israelischen Bürger zu sorgen."
H9 = "Außenminister Gideon Saar kündigte an, noch am Freitag in die Niederlande zu reisen."
H10 = "König Willem-Alexander sagte in einem Telefonat mit dem israelischen Präsidenten Izchak Herzog, die Niederlande hätten die jüdische Gemeinschaft in dieser Nacht „im Stich gelassen“."
H11 = "Die Stadt verhängte für das Wochenende ein Demonstrationsverbot und erklärte Teile Amsterdams zum Sicherheitsrisikogebiet, in dem die Polizei ohne Verdacht Personen kontrollieren darf."

DE02 = {
    "id": "hm140-de-02", "lang": "de", "url": None, "published": "2024-11-08",
    "title": "Israelische Fußballfans in Amsterdam angegriffen",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11]),
    "events": [
        event("ASSAULT", AMS_ATTACKERS, ISR_FANS, H1, mode="beat", date="2024-11-08", location="Amsterdam", location_country="NLD"),
        event("COERCE", AMS_POLICE, AMS_ATTACKERS, H2, mode="arrest", location="Amsterdam", location_country="NLD"),
        event("ACCUSE", HALSEMA, AMS_ATTACKERS, H3, mode="disapprove", date="2024-11-08"),
        event("PROTEST", ISR_FANS, None, H4, mode="vandalize", date="2024-11-06", location="Amsterdam", location_country="NLD"),
        event("ACCUSE", SCHOOF, AMS_ATTACKERS, H5, mode="disapprove", date="2024-11-08"),
        event("CONSULT", SCHOOF, NETANYAHU, H5, mode="phone", date="2024-11-08"),
        event("THREATEN", SCHOOF, AMS_ATTACKERS, H6, mode="arrest", date="2024-11-08"),
        event("AID", NETANYAHU, ISR_FANS, H7, location="Amsterdam", location_country="NLD"),
        event("REQUEST", NETANYAHU, NLD_GOV, H8, mode="assist"),
        event("AGREE", SAAR, NLD_GOV, H9, date="2024-11-08"),
        event("CONSULT", WILLEM_ALEXANDER, HERZOG, H10, mode="phone"),
        event("CONCEDE", WILLEM_ALEXANDER, DUTCH_JEWS, H10),
        event("COERCE", AMS_CITY, None, H11, mode="restrict", location="Amsterdam", location_country="NLD"),
    ],
    "quotes": [
        quote("wurden fünf Menschen im Krankenhaus behandelt, 62 Verdächtige wurden festgenommen", "Amsterdam police", "indirect"),
        quote("antisemitischen Schlägertrupps", "Femke Halsema", "direct"),
        quote("die gezielt Jagd auf Israelis gemacht hätten", "Femke Halsema", "indirect"),
        quote("hatten Maccabi-Anhänger bereits am Mittwochabend eine palästinensische Flagge von einer Hauswand gerissen und ein Taxi beschädigt", "Amsterdam police", "indirect"),
        quote("völlig inakzeptablen antisemitischen Angriffe", "Dick Schoof", "direct"),
        quote("die Täter würden ermittelt und bestraft", "Dick Schoof", "indirect"),
        quote("entschlossen gegen die Angreifer vorzugehen und für die Sicherheit der israelischen Bürger zu sorgen", "Benjamin Netanyahu", "indirect"),
        quote("noch am Freitag in die Niederlande zu reisen", "Gideon Saar", "indirect"),
        quote("im Stich gelassen", "Willem-Alexander", "direct"),
        quote("die Niederlande hätten die jüdische Gemeinschaft in dieser Nacht „im Stich gelassen“", "Willem-Alexander", "indirect"),
    ],
    "entities": [
        entity("Ajax Amsterdam", "ORG", "NLD", ["Ajax Amsterdam"]),
        entity("Maccabi Tel Aviv", "ORG", "ISR", ["Maccabi Tel Aviv"]),
        entity("Israeli football fans", "ORG", "ISR", ["israelische Fußballfans", "Maccabi-Anhänger", "die Fans", "Israelis"]),
        entity("Amsterdam", "LOC", "NLD", ["der Amsterdamer Innenstadt", "Amsterdam", "Amsterdams"]),
        entity("attackers in Amsterdam", "ORG", "NLD", ["Gruppen junger Männer", "62 Verdächtige", "die Täter", "die Angreifer"]),
        entity("Amsterdam police", "ORG", "NLD", ["der Polizei", "die Polizei"]),
        entity("Femke Halsema", "PER", "NLD", ["Bürgermeisterin Femke Halsema"]),
        entity("Dick Schoof", "PER", "NLD", ["Ministerpräsident Dick Schoof"]),
        entity("Benjamin Netanyahu", "PER", "ISR", ["seinem israelischen Amtskollegen Benjamin Netanjahu", "Netanjahu"]),
        entity("Government of the Netherlands", "ORG", "NLD", ["der niederländischen Regierung"]),
        entity("Israeli citizens", "ORG", "ISR", ["der israelischen Bürger"]),
        entity("Gideon Saar", "PER", "ISR", ["Außenminister Gideon Saar"]),
        entity("Netherlands", "GPE", "NLD", ["die Niederlande"]),
        entity("Willem-Alexander", "PER", "NLD", ["König Willem-Alexander"]),
        entity("Isaac Herzog", "PER", "ISR", ["dem israelischen Präsidenten Izchak Herzog"]),
        entity("Dutch Jewish community", "ORG", "NLD", ["die jüdische Gemeinschaft"]),
        entity("Municipality of Amsterdam", "ORG", "NLD", ["Die Stadt"]),
    ],
}

# ---------------------------------------------------------------- hm140-de-03
BUNDESTAG = actor("Bundestag", "DEU", "LEG")
DEU_GOV = actor("Government of Germany", "DEU", "GOV")
AFD = actor("Alternative for Germany", "DEU", "OPP")
CDU_CSU = actor("CDU/CSU", "DEU", "OPP")
CDU = actor("Christian Democratic Union", "DEU", "OPP")
MERZ = actor("Friedrich Merz", "DEU", "OPP")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")
MUTZENICH = actor("Rolf Mützenich", "DEU", "LEG")
GREENS = actor("Alliance 90/The Greens", "DEU", "PTY")
DEU_PROTESTERS = actor("German protesters", "DEU", "CVL")
MERKEL = actor("Angela Merkel", "DEU", "PTY")
WEIDEL = actor("Alice Weidel", "DEU", "OPP")

I1 = "Der Bundestag hat am Mittwoch erstmals mit den Stimmen der AfD einen Antrag der Union zur Verschärfung der Migrationspolitik angenommen."
I2 = "Für das Papier, das unter anderem dauerhafte Grenzkontrollen und die Zurückweisung von Asylsuchenden an den deutschen Grenzen verlangt, stimmten 348 Abgeordnete, 345 votierten dagegen, zehn enthielten sich."
I3 = "Unionskanzlerkandidat Friedrich Merz sagte, er bedauere, dass die Mehrheit mit Stimmen der AfD zustande gekommen sei, eine richtige Entscheidung werde aber nicht dadurch falsch, dass die Falschen zustimmten."
I4 = "Bundeskanzler Olaf Scholz warf Merz vor, sein Versprechen gebrochen zu haben, keine Mehrheiten mit der AfD zu suchen."
I5 = "SPD-Fraktionschef Rolf Mützenich sprach im Plenum von einem „Tabubruch“."
I6 = "Auch die Grünen verurteilten die Abstimmung scharf."
I7 = "Am Abend demonstrierten mehrere tausend Menschen vor der CDU-Parteizentrale in Berlin gegen eine Zusammenarbeit mit der AfD."
I8 = "Am Donnerstag meldete sich die frühere Kanzlerin Angela Merkel mit einer schriftlichen Erklärung zu Wort."
I9 = "Sie halte es für falsch, „sehenden Auges“ eine Mehrheit mit den Stimmen der AfD zu ermöglichen, erklärte Merkel."
I10 = "AfD-Chefin Alice Weidel begrüßte das Ergebnis und bot der Union eine Zusammenarbeit nach der Bundestagswahl am 23. Februar an."
I11 = "Merz lehnte das umgehend ab und bekräftigte, mit ihm als Kanzler werde es keine Koalition mit der AfD geben."

DE03 = {
    "id": "hm140-de-03", "lang": "de", "url": None, "published": "2025-01-30",
    "title": "Bundestag nimmt Unionsantrag mit AfD-Stimmen an – Merkel kritisiert Merz",
    "text": paragraphs([I1, I2, I3], [I4, I5, I6, I7], [I8, I9, I10, I11]),
    "events": [
        event("REQUEST", BUNDESTAG, DEU_GOV, I1, mode="change", date="2025-01-29", location="Berlin", location_country="DEU"),
        event("SUPPORT", AFD, CDU_CSU, I1, date="2025-01-29", location="Berlin", location_country="DEU"),
        event("CONCEDE", MERZ, None, I3, date="2025-01-29"),
        event("ACCUSE", SCHOLZ, MERZ, I4, mode="allege"),
        event("ACCUSE", MUTZENICH, CDU_CSU, I5, mode="disapprove", date="2025-01-29", location="Berlin", location_country="DEU"),
        event("ACCUSE", GREENS, CDU_CSU, I6, mode="disapprove"),
        event("PROTEST", DEU_PROTESTERS, CDU, I7, mode="demo", date="2025-01-29", location="Berlin", location_country="DEU"),
        event("ACCUSE", MERKEL, MERZ, I9, mode="disapprove", date="2025-01-30"),
        event("SUPPORT", WEIDEL, CDU_CSU, I10),
        event("AGREE", WEIDEL, CDU_CSU, I10),
        event("REJECT", MERZ, WEIDEL, I11, mode="assist"),
    ],
    "quotes": [
        quote("er bedauere, dass die Mehrheit mit Stimmen der AfD zustande gekommen sei, eine richtige Entscheidung werde aber nicht dadurch falsch, dass die Falschen zustimmten", "Friedrich Merz", "indirect"),
        quote("sein Versprechen gebrochen zu haben, keine Mehrheiten mit der AfD zu suchen", "Olaf Scholz", "indirect"),
        quote("Tabubruch", "Rolf Mützenich", "direct"),
        quote("sehenden Auges", "Angela Merkel", "direct"),
        quote("Sie halte es für falsch, „sehenden Auges“ eine Mehrheit mit den Stimmen der AfD zu ermöglichen", "Angela Merkel", "indirect"),
        quote("mit ihm als Kanzler werde es keine Koalition mit der AfD geben", "Friedrich Merz", "indirect"),
    ],
    "entities": [
        entity("Bundestag", "ORG", "DEU", ["Der Bundestag", "Plenum"]),
        entity("Alternative for Germany", "ORG", "DEU", ["der AfD", "AfD"]),
        entity("CDU/CSU", "ORG", "DEU", ["der Union"]),
        entity("asylum seekers", "ORG", None, ["Asylsuchenden"]),
        entity("Friedrich Merz", "PER", "DEU", ["Unionskanzlerkandidat Friedrich Merz", "Merz", "ihm"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
        entity("Rolf Mützenich", "PER", "DEU", ["SPD-Fraktionschef Rolf Mützenich"]),
        entity("Social Democratic Party of Germany", "ORG", "DEU", ["SPD"]),
        entity("Alliance 90/The Greens", "ORG", "DEU", ["die Grünen"]),
        entity("German protesters", "ORG", "DEU", ["mehrere tausend Menschen"]),
        entity("Konrad-Adenauer-Haus", "LOC", "DEU", ["der CDU-Parteizentrale in Berlin"]),
        entity("Christian Democratic Union", "ORG", "DEU", ["CDU"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Angela Merkel", "PER", "DEU", ["die frühere Kanzlerin Angela Merkel", "Sie", "Merkel"]),
        entity("Alice Weidel", "PER", "DEU", ["AfD-Chefin Alice Weidel"]),
    ],
}

# ---------------------------------------------------------------- hm140-de-04
FSB = actor("Federal Security Service", "RUS", "COP")
UZB_SUSPECT = actor("Uzbek suspect", "UZB", "CVL")
UKR_INTEL = actor("Ukrainian intelligence services", "UKR", "GOV")
KIRILLOV = actor("Igor Kirillov", "RUS", "MIL")
KIRILLOV_AIDE = actor("assistant of Igor Kirillov", "RUS", "MIL")
SBU = actor("Security Service of Ukraine", "UKR", "COP")
RUS_IC = actor("Investigative Committee of Russia", "RUS", "COP")
MEDVEDEV = actor("Dmitry Medvedev", "RUS", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
GBR = actor("United Kingdom", "GBR", "GOV")

J1 = "Einen Tag nach dem tödlichen Anschlag auf den russischen Generalleutnant Igor Kirillow hat der Inlandsgeheimdienst FSB am Mittwoch einen Verdächtigen festgenommen."
J2 = "Es handle sich um einen 29 Jahre alten Staatsbürger Usbekistans, der im Auftrag ukrainischer Geheimdienste gehandelt habe, teilte die Behörde in Moskau mit."
J3 = "Kirillow, Chef der ABC-Abwehrtruppen der russischen Armee, war am Dienstagmorgen zusammen mit seinem Assistenten vor seinem Wohnhaus im Südosten Moskaus getötet worden, als ein an einem E-Roller versteckter Sprengsatz explodierte."
J4 = "Ein Vertreter des ukrainischen Geheimdienstes SBU hatte kurz darauf gegenüber Medien erklärt, die Tötung sei eine Operation seines Dienstes gewesen."
J5 = "Der SBU hatte Kirillow am Vortag des Anschlags in Abwesenheit angeklagt und ihm den Einsatz verbotener chemischer Waffen gegen ukrainische Soldaten vorgeworfen."
J6 = "Das russische Ermittlungskomitee leitete ein Verfahren wegen Terrorismus ein."
J7 = "Der Vizechef des Sicherheitsrats, Ex-Präsident Dmitri Medwedew, drohte der ukrainischen Führung mit Vergeltung."
J8 = "„Die Drahtzieher werden ihrer Strafe nicht entgehen“, schrieb er auf Telegram."
J9 = "Kremlsprecher Dmitri Peskow sprach von einem „Terrorakt“ und warf Kiew vor, vor keinem Verbrechen zurückzuschrecken."
J10 = "Großbritannien hatte Kirillow im Oktober wegen des mutmaßlichen Einsatzes von Chemiewaffen in der Ukraine mit Sanktionen belegt."
J11 = "Die US-Regierung erklärte, sie sei über die Pläne nicht informiert gewesen und habe nichts mit dem Anschlag zu tun."

DE04 = {
    "id": "hm140-de-04", "lang": "de", "url": None, "published": "2024-12-18",
    "title": "Nach Anschlag auf General Kirillow: FSB nimmt Verdächtigen fest",
    "text": paragraphs([J1, J2, J3, J4, J5], [J6, J7, J8, J9], [J10, J11]),
    "events": [
        event("COERCE", FSB, UZB_SUSPECT, J1, mode="arrest", date="2024-12-18"),
        event("ACCUSE", FSB, UKR_INTEL, J2, mode="allege", date="2024-12-18"),
        event("ASSAULT", SBU, KIRILLOV, J3, mode="explosives", date="2024-12-17", location="Moscow", location_country="RUS"),
        event("ASSAULT", SBU, KIRILLOV_AIDE, J3, mode="explosives", date="2024-12-17", location="Moscow", location_country="RUS"),
        event("ASSAULT", SBU, KIRILLOV, J4, mode="targeted", date="2024-12-17", location="Moscow", location_country="RUS"),
        event("ACCUSE", SBU, KIRILLOV, J5, mode="allege", date="2024-12-16"),
        event("ACCUSE", RUS_IC, None, J6, mode="investigate"),
        event("THREATEN", MEDVEDEV, UKR_GOV, J7, mode="violence"),
        event("THREATEN", MEDVEDEV, UKR_GOV, J8, mode="violence"),
        event("ACCUSE", PESKOV, UKR_GOV, J9, mode="allege"),
        event("SANCTION", GBR, KIRILLOV, J10, mode="discontinue"),
    ],
    "quotes": [
        quote("Es handle sich um einen 29 Jahre alten Staatsbürger Usbekistans, der im Auftrag ukrainischer Geheimdienste gehandelt habe", "Federal Security Service", "indirect"),
        quote("die Tötung sei eine Operation seines Dienstes gewesen", "Security Service of Ukraine official", "indirect"),
        quote("Die Drahtzieher werden ihrer Strafe nicht entgehen", "Dmitry Medvedev", "direct"),
        quote("Terrorakt", "Dmitry Peskov", "direct"),
        quote("vor keinem Verbrechen zurückzuschrecken", "Dmitry Peskov", "indirect"),
        quote("sie sei über die Pläne nicht informiert gewesen und habe nichts mit dem Anschlag zu tun", "United States", "indirect"),
    ],
    "entities": [
        entity("Igor Kirillov", "PER", "RUS", ["den russischen Generalleutnant Igor Kirillow", "Kirillow", "Chef der ABC-Abwehrtruppen der russischen Armee"]),
        entity("Federal Security Service", "ORG", "RUS", ["der Inlandsgeheimdienst FSB", "die Behörde"]),
        entity("Uzbek suspect", "PER", "UZB", ["einen Verdächtigen", "einen 29 Jahre alten Staatsbürger Usbekistans"]),
        entity("Uzbekistan", "GPE", "UZB", ["Usbekistans"]),
        entity("Ukrainian intelligence services", "ORG", "UKR", ["ukrainischer Geheimdienste"]),
        entity("Moscow", "LOC", "RUS", ["Moskau", "Moskaus"]),
        entity("Radiological, Chemical and Biological Defence Troops", "ORG", "RUS", ["der ABC-Abwehrtruppen der russischen Armee"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["der russischen Armee"]),
        entity("assistant of Igor Kirillov", "PER", "RUS", ["seinem Assistenten"]),
        entity("Security Service of Ukraine", "ORG", "UKR", ["des ukrainischen Geheimdienstes SBU", "Der SBU", "seines Dienstes"]),
        entity("Security Service of Ukraine official", "PER", "UKR", ["Ein Vertreter des ukrainischen Geheimdienstes SBU"]),
        entity("Ukrainian soldiers", "ORG", "UKR", ["ukrainische Soldaten"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das russische Ermittlungskomitee"]),
        entity("Dmitry Medvedev", "PER", "RUS", ["Der Vizechef des Sicherheitsrats, Ex-Präsident Dmitri Medwedew", "er"]),
        entity("Security Council of Russia", "ORG", "RUS", ["des Sicherheitsrats"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der ukrainischen Führung", "Kiew"]),
        entity("Telegram", "ORG", "MNC", ["Telegram"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Government of the United States", "ORG", "USA", ["Die US-Regierung", "sie"]),
    ],
}

# ---------------------------------------------------------------- hm140-en-01
US_AGENTS = actor("U.S. federal agents", "USA", "COP")
BARAKA = actor("Ras Baraka", "USA", "GOV")
HABBA = actor("Alina Habba", "USA", "JUD")
US_PROTESTERS = actor("protesters at Delaney Hall", "USA", "CVL")
DHS = actor("Department of Homeland Security", "USA", "GOV")
NJ_LAWMAKERS = actor("New Jersey Democratic members of Congress", "USA", "LEG")
MCIVER = actor("LaMonica McIver", "USA", "LEG")
MURPHY = actor("Phil Murphy", "USA", "GOV")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
NEWARK = actor("City of Newark", "USA", "GOV")
GEO_GROUP = actor("GEO Group", "USA", "BUS")

K1 = "Federal agents arrested Newark Mayor Ras Baraka on Friday outside an immigration detention center in the New Jersey city, escalating a weeks-long dispute between local Democrats and the Trump administration over the facility."
K2 = "Interim U.S. Attorney for New Jersey Alina Habba said on social media that Baraka had committed trespass and ignored repeated warnings to leave the grounds of Delaney Hall, a 1,000-bed center run by private prison operator GEO Group."
K3 = "Video posted online showed agents handcuffing the mayor and leading him to an unmarked car as protesters outside the gate shouted \"Shame!\""
K4 = "Baraka, who is running in the Democratic primary for governor of New Jersey, had accompanied three members of Congress who arrived for an oversight inspection of the facility."
K5 = "The Department of Homeland Security accused the lawmakers of \"storming the gate\" and said it was weighing charges against Representative LaMonica McIver."
K6 = "\"This is an outrageous abuse of power,\" McIver told reporters, saying the mayor had been standing on the public side of the gate when agents grabbed him."
K7 = "New Jersey Governor Phil Murphy called the arrest \"egregious and unacceptable\" and demanded Baraka's immediate release."
K8 = "Baraka was released several hours later and told supporters outside the federal building in Newark that he had done nothing wrong."
K9 = "He accused the administration of trying to intimidate local officials who oppose its mass deportation policies."
K10 = "The city of Newark sued GEO Group in March over the reopening of Delaney Hall, arguing that the company lacked valid building permits."

EN01 = {
    "id": "hm140-en-01", "lang": "en", "url": None, "published": "2025-05-09",
    "title": "Newark mayor arrested outside immigration detention center",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6], [K7, K8, K9, K10]),
    "events": [
        event("COERCE", US_AGENTS, BARAKA, K1, mode="arrest", date="2025-05-09", location="Newark", location_country="USA"),
        event("ACCUSE", HABBA, BARAKA, K2, mode="allege", date="2025-05-09"),
        event("COERCE", US_AGENTS, BARAKA, K3, mode="arrest", date="2025-05-09", location="Newark", location_country="USA"),
        event("PROTEST", US_PROTESTERS, US_AGENTS, K3, mode="demo", date="2025-05-09", location="Newark", location_country="USA"),
        event("ACCUSE", DHS, NJ_LAWMAKERS, K5, mode="allege", date="2025-05-09"),
        event("THREATEN", DHS, MCIVER, K5, date="2025-05-09"),
        event("ACCUSE", MCIVER, US_AGENTS, K6, mode="disapprove", date="2025-05-09"),
        event("ACCUSE", MURPHY, TRUMP_ADMIN, K7, mode="disapprove", date="2025-05-09"),
        event("REQUEST", MURPHY, TRUMP_ADMIN, K7, mode="yield", date="2025-05-09"),
        event("RETREAT", US_AGENTS, BARAKA, K8, mode="release", date="2025-05-09", location="Newark", location_country="USA"),
        event("ACCUSE", BARAKA, TRUMP_ADMIN, K9, mode="allege", date="2025-05-09"),
        event("ACCUSE", NEWARK, GEO_GROUP, K10, mode="allege"),
    ],
    "quotes": [
        quote("Baraka had committed trespass and ignored repeated warnings to leave the grounds of Delaney Hall", "Alina Habba", "indirect"),
        quote("Shame!", "protesters at Delaney Hall", "direct"),
        quote("storming the gate", "Department of Homeland Security", "direct"),
        quote("it was weighing charges against Representative LaMonica McIver", "Department of Homeland Security", "indirect"),
        quote("This is an outrageous abuse of power", "LaMonica McIver", "direct"),
        quote("the mayor had been standing on the public side of the gate when agents grabbed him", "LaMonica McIver", "indirect"),
        quote("egregious and unacceptable", "Phil Murphy", "direct"),
        quote("he had done nothing wrong", "Ras Baraka", "indirect"),
        quote("trying to intimidate local officials who oppose its mass deportation policies", "Ras Baraka", "indirect"),
        quote("the company lacked valid building permits", "City of Newark", "indirect"),
    ],
    "entities": [
        entity("U.S. federal agents", "ORG", "USA", ["Federal agents", "agents"]),
        entity("Ras Baraka", "PER", "USA", ["Newark Mayor Ras Baraka", "Baraka", "the mayor", "him", "He"]),
        entity("Newark", "GPE", "USA", ["the New Jersey city", "Newark"]),
        entity("Delaney Hall", "LOC", "USA", ["an immigration detention center", "Delaney Hall", "a 1,000-bed center run by private prison operator GEO Group", "the facility", "the gate"]),
        entity("New Jersey", "GPE", "USA", ["New Jersey"]),
        entity("Democratic Party", "ORG", "USA", ["local Democrats", "Democratic"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "the administration"]),
        entity("Alina Habba", "PER", "USA", ["Interim U.S. Attorney for New Jersey Alina Habba"]),
        entity("GEO Group", "ORG", "USA", ["GEO Group", "the company"]),
        entity("protesters at Delaney Hall", "ORG", "USA", ["protesters outside the gate"]),
        entity("New Jersey Democratic members of Congress", "ORG", "USA", ["three members of Congress", "the lawmakers"]),
        entity("Department of Homeland Security", "ORG", "USA", ["The Department of Homeland Security"]),
        entity("LaMonica McIver", "PER", "USA", ["Representative LaMonica McIver", "McIver"]),
        entity("Phil Murphy", "PER", "USA", ["New Jersey Governor Phil Murphy"]),
        entity("Baraka supporters", "ORG", "USA", ["supporters"]),
        entity("federal building in Newark", "LOC", "USA", ["the federal building in Newark"]),
        entity("City of Newark", "ORG", "USA", ["The city of Newark"]),
    ],
}

# ---------------------------------------------------------------- hm140-en-02
ARM_POLICE = actor("Armenian police", "ARM", "COP")
TAVUSH = actor("Tavush for the Homeland", "ARM", "CVL")
PASHINYAN = actor("Nikol Pashinyan", "ARM", "GOV")
ARM_GOV = actor("Government of Armenia", "ARM", "GOV")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
GALSTANYAN = actor("Bagrat Galstanyan", "ARM", "CVL")
ARM_OPP = actor("Armenian opposition", "ARM", "OPP")
ARM_MIL = actor("Armenian armed forces", "ARM", "MIL")
KAREKIN = actor("Karekin II", "ARM", "CVL")
EU2 = actor("European Union", "EUR", "IGO")

L1 = "Armenian police detained more than 150 people in Yerevan on Monday as supporters of a protest movement led by a senior cleric blocked streets across the capital to demand the resignation of Prime Minister Nikol Pashinyan."
L2 = "The movement, led by Archbishop Bagrat Galstanyan, began in April in the northern Tavush province after Armenia agreed to hand four border villages to Azerbaijan as part of the delimitation of their frontier."
L3 = "Galstanyan, who heads the Armenian Apostolic Church's diocese in Tavush, had given Pashinyan one hour to step down at a rally of tens of thousands of people in Yerevan's Republic Square on Sunday."
L4 = "\"We will not leave the streets until this government goes,\" the archbishop told supporters on Monday."
L5 = "Police said those detained had refused to obey lawful orders and that all roads in the capital had been reopened by the evening."
L6 = "Pashinyan says the border deal is needed to avert a new war with Azerbaijan and has accused his opponents of trying to use the church to seize power."
L7 = "Azerbaijan's State Border Service said on Friday its forces had taken up positions in the four villages after Armenian troops pulled back."
L8 = "Baku welcomed the handover as a first step toward a peace treaty."
L9 = "The dispute has also put Pashinyan at odds with the church, whose leader, Catholicos Karekin II, has backed Galstanyan's movement."
L10 = "The Kremlin, whose relations with Yerevan have soured, said it was following events closely but regarded them as Armenia's internal affair."
L11 = "The European Union urged all sides to show restraint and said the right to peaceful protest must be respected."

EN02 = {
    "id": "hm140-en-02", "lang": "en", "url": None, "published": "2024-05-27",
    "title": "Armenian police detain scores as protesters block Yerevan streets",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8], [L9, L10, L11]),
    "events": [
        event("COERCE", ARM_POLICE, TAVUSH, L1, mode="arrest", date="2024-05-27", location="Yerevan", location_country="ARM"),
        event("PROTEST", TAVUSH, PASHINYAN, L1, mode="obstruct", date="2024-05-27", location="Yerevan", location_country="ARM"),
        event("PROTEST", TAVUSH, ARM_GOV, L2, mode="demo", location="Tavush", location_country="ARM"),
        event("CONCEDE", ARM_GOV, AZE_GOV, L2),
        event("REQUEST", GALSTANYAN, PASHINYAN, L3, mode="change", date="2024-05-26", location="Yerevan", location_country="ARM"),
        event("PROTEST", TAVUSH, PASHINYAN, L3, mode="demo", date="2024-05-26", location="Yerevan", location_country="ARM"),
        event("THREATEN", GALSTANYAN, ARM_GOV, L4, mode="restrict", date="2024-05-27", location="Yerevan", location_country="ARM"),
        event("COERCE", ARM_POLICE, TAVUSH, L5, mode="arrest", date="2024-05-27", location="Yerevan", location_country="ARM"),
        event("ACCUSE", PASHINYAN, ARM_OPP, L6, mode="allege"),
        event("RETREAT", ARM_MIL, AZE_GOV, L7, mode="withdraw", date="2024-05-24"),
        event("SUPPORT", AZE_GOV, ARM_GOV, L8),
        event("SUPPORT", KAREKIN, GALSTANYAN, L9),
        event("REQUEST", EU2, ARM_GOV, L11, mode="yield"),
        event("REQUEST", EU2, TAVUSH, L11, mode="yield"),
    ],
    "quotes": [
        quote("We will not leave the streets until this government goes", "Bagrat Galstanyan", "direct"),
        quote("those detained had refused to obey lawful orders and that all roads in the capital had been reopened by the evening", "Armenian police", "indirect"),
        quote("the border deal is needed to avert a new war with Azerbaijan", "Nikol Pashinyan", "indirect"),
        quote("trying to use the church to seize power", "Nikol Pashinyan", "indirect"),
        quote("its forces had taken up positions in the four villages after Armenian troops pulled back", "State Border Service of Azerbaijan", "indirect"),
        quote("it was following events closely but regarded them as Armenia's internal affair", "Kremlin", "indirect"),
        quote("the right to peaceful protest must be respected", "European Union", "indirect"),
    ],
    "entities": [
        entity("Armenian police", "ORG", "ARM", ["Armenian police", "Police"]),
        entity("Tavush for the Homeland", "ORG", "ARM", ["more than 150 people", "supporters of a protest movement led by a senior cleric", "The movement", "Galstanyan's movement", "those detained", "supporters"]),
        entity("Yerevan", "LOC", "ARM", ["Yerevan", "the capital"]),
        entity("Nikol Pashinyan", "PER", "ARM", ["Prime Minister Nikol Pashinyan", "Pashinyan"]),
        entity("Bagrat Galstanyan", "PER", "ARM", ["a senior cleric", "Archbishop Bagrat Galstanyan", "Galstanyan", "the archbishop"]),
        entity("Tavush province", "LOC", "ARM", ["the northern Tavush province", "Tavush"]),
        entity("Armenia", "GPE", "ARM", ["Armenia", "Armenia's"]),
        entity("four border villages", "LOC", "AZE", ["four border villages", "the four villages"]),
        entity("Azerbaijan", "GPE", "AZE", ["Azerbaijan", "Baku"]),
        entity("Armenian Apostolic Church", "ORG", "ARM", ["the Armenian Apostolic Church", "the church"]),
        entity("Republic Square", "LOC", "ARM", ["Yerevan's Republic Square"]),
        entity("Government of Armenia", "ORG", "ARM", ["this government", "Yerevan"]),
        entity("Armenian opposition", "ORG", "ARM", ["his opponents"]),
        entity("State Border Service of Azerbaijan", "ORG", "AZE", ["Azerbaijan's State Border Service", "its forces"]),
        entity("Armenian armed forces", "ORG", "ARM", ["Armenian troops"]),
        entity("Karekin II", "PER", "ARM", ["Catholicos Karekin II"]),
        entity("Kremlin", "ORG", "RUS", ["The Kremlin"]),
        entity("European Union", "ORG", "EUR", ["The European Union"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
