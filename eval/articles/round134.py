"""Round 134: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm134-de-01: Estonia's Riigikogu strips Russian citizens of the vote in local elections; Moscow protests (2025-03-26).
- hm134-de-02: Polish farmers block the border with Ukraine and dump Ukrainian grain at Medyka; Kyiv objects (2024-02-20).
- hm134-de-03: A Russian missile strike hits the Okhmatdyt children's hospital in Kyiv; Zelensky in Warsaw (2024-07-08).
- hm134-de-04: A Baku court sentences journalists of Abzas Media; the EU and RSF object (2025-06-20).
- hm134-en-01: The European Parliament rejects the censure motion against von der Leyen (2025-07-10).
- hm134-en-02: Harvard rejects the Trump administration's demands; $2.2 billion in grants frozen (2025-04-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm134-de-01
RIIGIKOGU = actor("Riigikogu", "EST", "LEG")
RUS_CITIZENS_EST = actor("Russian citizens in Estonia", "RUS", "CVL")
MICHAL = actor("Kristen Michal", "EST", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
ESTONIA = actor("Estonia", "EST", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
KARIS = actor("Alar Karis", "EST", "GOV")
CENTRE = actor("Estonian Centre Party", "EST", "OPP")

G1 = "Das estnische Parlament hat am Mittwoch Bürgern Russlands und anderer Staaten außerhalb der EU das Wahlrecht bei Kommunalwahlen entzogen."
G2 = "Für die entsprechende Verfassungsänderung stimmten in Tallinn 93 der 101 Abgeordneten des Riigikogu, nötig war eine Zweidrittelmehrheit."
G3 = "Betroffen sind vor allem rund 80.000 in Estland lebende Russen, die bislang an Kommunalwahlen teilnehmen durften."
G4 = "Ministerpräsident Kristen Michal begrüßte das Votum als Entscheidung für die Sicherheit des Landes."
G5 = "„Wer Putins Krieg unterstützt, soll nicht über unser Leben in Estland mitbestimmen“, sagte er."
G6 = "In Moskau stieß die Entscheidung auf scharfe Kritik."
G7 = "Kremlsprecher Dmitri Peskow nannte den Beschluss einen Verstoß gegen „alle denkbaren Normen“ und warf Tallinn vor, die russischsprachige Bevölkerung zu diskriminieren."
G8 = "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kündigte eine „angemessene Antwort“ an."
G9 = "Das estnische Außenministerium wies die Kritik zurück: Das Wahlrecht sei kein Menschenrecht, sondern eine Frage der nationalen Sicherheit."
G10 = "Präsident Alar Karis hatte im vergangenen Jahr eine frühere Fassung nicht ausgefertigt, weil sie auch Staatenlosen das Wahlrecht entzogen hätte."
G11 = "Die oppositionelle Zentrumspartei, die traditionell viele Stimmen der russischsprachigen Minderheit erhält, stimmte gegen die Änderung und kritisierte sie als diskriminierend."
G12 = "Nach Angaben von Innenminister Igor Taro sollen die neuen Regeln bereits bei der Kommunalwahl im Oktober gelten."

DE01 = {
    "id": "hm134-de-01", "lang": "de", "url": None, "published": "2025-03-26",
    "title": "Estland entzieht Russen das Wahlrecht bei Kommunalwahlen",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8, G9], [G10, G11, G12]),
    "events": [
        event("COERCE", RIIGIKOGU, RUS_CITIZENS_EST, G1, mode="restrict", date="2025-03-26", location="Tallinn", location_country="EST"),
        event("SUPPORT", MICHAL, RIIGIKOGU, G4, date="2025-03-26"),
        event("ACCUSE", RUSSIA, ESTONIA, G6, mode="disapprove"),
        event("ACCUSE", PESKOV, ESTONIA, G7, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, ESTONIA, G8),
        event("REJECT", KARIS, RIIGIKOGU, G10, mode="change"),
        event("ACCUSE", CENTRE, RIIGIKOGU, G11, mode="disapprove", date="2025-03-26"),
    ],
    "quotes": [
        quote("Wer Putins Krieg unterstützt, soll nicht über unser Leben in Estland mitbestimmen", "Kristen Michal", "direct"),
        quote("alle denkbaren Normen", "Dmitry Peskov", "direct"),
        quote("die russischsprachige Bevölkerung zu diskriminieren", "Dmitry Peskov", "indirect"),
        quote("angemessene Antwort", "Maria Zakharova", "direct"),
        quote("Das Wahlrecht sei kein Menschenrecht, sondern eine Frage der nationalen Sicherheit", "Ministry of Foreign Affairs of Estonia", "indirect"),
        quote("Nach Angaben von Innenminister Igor Taro sollen die neuen Regeln bereits bei der Kommunalwahl im Oktober gelten", "Igor Taro", "indirect"),
    ],
    "entities": [
        entity("Riigikogu", "ORG", "EST", ["Das estnische Parlament", "des Riigikogu", "93 der 101 Abgeordneten"]),
        entity("Russian citizens in Estonia", "ORG", "RUS", ["Bürgern Russlands", "rund 80.000 in Estland lebende Russen"]),
        entity("Russia", "GPE", "RUS", ["Russlands", "Moskau"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Estonia", "GPE", "EST", ["Estland", "des Landes", "Tallinn"]),
        entity("Kristen Michal", "PER", "EST", ["Ministerpräsident Kristen Michal", "er"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putins"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Russian-speaking population of Estonia", "ORG", "EST", ["die russischsprachige Bevölkerung", "der russischsprachigen Minderheit"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["des russischen Außenministeriums"]),
        entity("Maria Zakharova", "PER", "RUS", ["Die Sprecherin des russischen Außenministeriums, Maria Sacharowa"]),
        entity("Ministry of Foreign Affairs of Estonia", "ORG", "EST", ["Das estnische Außenministerium"]),
        entity("Alar Karis", "PER", "EST", ["Präsident Alar Karis"]),
        entity("Stateless persons in Estonia", "ORG", "EST", ["Staatenlosen"]),
        entity("Estonian Centre Party", "ORG", "EST", ["Die oppositionelle Zentrumspartei"]),
        entity("Igor Taro", "PER", "EST", ["Innenminister Igor Taro"]),
    ],
}

# ---------------------------------------------------------------- hm134-de-02
PL_FARMERS = actor("Polish farmers", "POL", "CVL")
UKRAINE = actor("Ukraine", "UKR", "GOV")
EU = actor("European Union", "EUR", "IGO")
UKR_EXPORTERS = actor("Ukrainian grain exporters", "UKR", "BUS")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
POLAND = actor("Poland", "POL", "GOV")
DUDA = actor("Andrzej Duda", "POL", "GOV")
TUSK = actor("Donald Tusk", "POL", "GOV")
KUBRAKOV = actor("Oleksandr Kubrakov", "UKR", "GOV")
PL_AUTH = actor("Polish authorities", "POL", "GOV")
PL_PROSECUTORS = actor("Polish prosecutors", "POL", "JUD")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

H1 = "Polnische Landwirte haben am Dienstag aus Protest gegen billige Agrarimporte aus der Ukraine und gegen die Agrarpolitik der EU landesweit Straßen und Grenzübergänge blockiert."
H2 = "Nach Angaben der Organisatoren fanden Aktionen an mehr als 250 Orten statt."
H3 = "Am Grenzübergang Medyka öffneten Demonstranten Güterwaggons aus der Ukraine und schütteten das Getreide auf die Gleise."
H4 = "Der ukrainische Präsident Wolodymyr Selenskyj beklagte eine „Erosion der Solidarität“ im Nachbarland Polen."
H5 = "Er lud Präsident Andrzej Duda und Ministerpräsident Donald Tusk an die Grenze ein, um dort gemeinsam mit der ukrainischen Regierung nach einer Lösung zu suchen."
H6 = "Infrastrukturminister Olexander Kubrakow verurteilte die Zerstörung des Getreides als „Vandalismus“ und forderte von den polnischen Behörden, die Verantwortlichen zu bestrafen."
H7 = "Die polnische Staatsanwaltschaft leitete Ermittlungen wegen der Beschädigung der Ladung ein."
H8 = "Tusk kündigte an, die Regierung werde die Grenzübergänge zur kritischen Infrastruktur erklären, damit Militär- und Hilfsgüter für die Ukraine nicht mehr aufgehalten werden könnten."
H9 = "Zugleich bestätigte er für Ende März Regierungskonsultationen mit der Ukraine in Warschau."
H10 = "„Wir müssen diesen Konflikt lösen, bevor er nur noch Putin nützt“, sagte Tusk."

DE02 = {
    "id": "hm134-de-02", "lang": "de", "url": None, "published": "2024-02-20",
    "title": "Polnische Bauern blockieren Grenze zur Ukraine – Getreide auf Gleise geschüttet",
    "text": paragraphs([H1, H2, H3], [H4, H5, H6], [H7, H8, H9, H10]),
    "events": [
        event("PROTEST", PL_FARMERS, UKRAINE, H1, mode="obstruct", date="2024-02-20", location_country="POL"),
        event("PROTEST", PL_FARMERS, EU, H1, mode="obstruct", date="2024-02-20", location_country="POL"),
        event("PROTEST", PL_FARMERS, UKR_EXPORTERS, H3, mode="vandalize", date="2024-02-20", location="Medyka", location_country="POL"),
        event("ACCUSE", ZELENSKY, POLAND, H4, mode="disapprove", date="2024-02-20"),
        event("AGREE", ZELENSKY, DUDA, H5, date="2024-02-20"),
        event("AGREE", ZELENSKY, TUSK, H5, date="2024-02-20"),
        event("ACCUSE", KUBRAKOV, PL_FARMERS, H6, mode="disapprove"),
        event("REQUEST", KUBRAKOV, PL_AUTH, H6),
        event("ACCUSE", PL_PROSECUTORS, PL_FARMERS, H7, mode="investigate"),
        event("THREATEN", TUSK, PL_FARMERS, H8, mode="restrict"),
        event("AGREE", TUSK, UKR_GOV, H9),
    ],
    "quotes": [
        quote("Nach Angaben der Organisatoren fanden Aktionen an mehr als 250 Orten statt", "Organisers of the farmers' protest", "indirect"),
        quote("Erosion der Solidarität", "Volodymyr Zelensky", "direct"),
        quote("Vandalismus", "Oleksandr Kubrakov", "direct"),
        quote("die Regierung werde die Grenzübergänge zur kritischen Infrastruktur erklären, damit Militär- und Hilfsgüter für die Ukraine nicht mehr aufgehalten werden könnten", "Donald Tusk", "indirect"),
        quote("Wir müssen diesen Konflikt lösen, bevor er nur noch Putin nützt", "Donald Tusk", "direct"),
    ],
    "entities": [
        entity("Polish farmers", "ORG", "POL", ["Polnische Landwirte", "Demonstranten", "die Verantwortlichen"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine", "die Ukraine"]),
        entity("Poland", "GPE", "POL", ["im Nachbarland Polen"]),
        entity("European Union", "ORG", "EUR", ["der EU"]),
        entity("Organisers of the farmers' protest", "ORG", "POL", ["der Organisatoren"]),
        entity("Medyka border crossing", "LOC", "POL", ["Grenzübergang Medyka"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Der ukrainische Präsident Wolodymyr Selenskyj", "Er"]),
        entity("Andrzej Duda", "PER", "POL", ["Präsident Andrzej Duda"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk", "Tusk", "er"]),
        entity("Government of Ukraine", "ORG", "UKR", ["der ukrainischen Regierung"]),
        entity("Oleksandr Kubrakov", "PER", "UKR", ["Infrastrukturminister Olexander Kubrakow"]),
        entity("Polish authorities", "ORG", "POL", ["den polnischen Behörden"]),
        entity("Polish prosecutors", "ORG", "POL", ["Die polnische Staatsanwaltschaft"]),
        entity("Government of Poland", "ORG", "POL", ["die Regierung"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin"]),
    ],
}

# ---------------------------------------------------------------- hm134-de-03
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
OKHMATDYT = actor("Okhmatdyt Children's Hospital", "UKR", "CVL")
UKR_CIVILIANS = actor("Ukrainian civilians", "UKR", "CVL")
RUS_GOV = actor("Russia", "RUS", "GOV")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "MIL")
UKR_AIR_DEF = actor("Ukrainian air defence", "UKR", "MIL")
HRMMU = actor("UN Human Rights Monitoring Mission in Ukraine", "UNO", "IGO")
UK = actor("United Kingdom", "GBR", "GOV")
UNSC = actor("UN Security Council", "UNO", "IGO")
SCHOLZ = actor("Olaf Scholz", "DEU", "GOV")

I1 = "Bei einem der schwersten russischen Raketenangriffe seit Monaten ist in Kiew das größte Kinderkrankenhaus der Ukraine schwer beschädigt worden."
I2 = "Nach Angaben der ukrainischen Behörden wurden landesweit mindestens 31 Menschen getötet und mehr als 150 verletzt."
I3 = "Russland feuerte nach Angaben der Luftwaffe mehr als 40 Raketen auf Kiew, Dnipro, Krywyj Rih und weitere Städte ab."
I4 = "In der Klinik Ochmatdyt stürzte ein Gebäudeteil ein, Ärzte, Helfer und Anwohner räumten mit bloßen Händen Trümmer beiseite."
I5 = "Präsident Wolodymyr Selenskyj, der sich zu einem Besuch in Warschau aufhielt, sprach von einem „bewussten Angriff auf Kinder“."
I6 = "Russland müsse für diesen Terror zur Rechenschaft gezogen werden, sagte er nach einem Treffen mit Ministerpräsident Donald Tusk."
I7 = "Beide unterzeichneten ein Sicherheitsabkommen, in dem sich Polen unter anderem verpflichtet, einen Abschuss russischer Raketen über ukrainischem Gebiet zu prüfen."
I8 = "Das Verteidigungsministerium in Moskau bestritt, zivile Ziele angegriffen zu haben, und machte eine ukrainische Flugabwehrrakete für die Zerstörung verantwortlich."
I9 = "Die Menschenrechtsmission der Vereinten Nationen in der Ukraine erklärte dagegen, das Krankenhaus sei sehr wahrscheinlich direkt von einer russischen Rakete getroffen worden."
I10 = "Großbritannien beantragte eine Dringlichkeitssitzung des UN-Sicherheitsrats."
I11 = "Bundeskanzler Olaf Scholz verurteilte den Angriff als „schrecklich“ und sicherte der Ukraine weitere Hilfe bei der Luftverteidigung zu."

DE03 = {
    "id": "hm134-de-03", "lang": "de", "url": None, "published": "2024-07-08",
    "title": "Russische Rakete trifft Kinderklinik in Kiew",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7], [I8, I9, I10, I11]),
    "events": [
        event("ASSAULT", RUS_MIL, OKHMATDYT, I1, mode="heavy-weapons", date="2024-07-08", location="Kyiv", location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKR_CIVILIANS, I3, mode="heavy-weapons", date="2024-07-08", location_country="UKR"),
        event("CONSULT", ZELENSKY, POLAND, I5, mode="visit", date="2024-07-08", location="Warsaw", location_country="POL"),
        event("ACCUSE", ZELENSKY, RUS_GOV, I5, mode="disapprove", date="2024-07-08"),
        event("ACCUSE", ZELENSKY, RUS_GOV, I6, mode="disapprove", date="2024-07-08"),
        event("CONSULT", ZELENSKY, TUSK, I6, mode="visit", date="2024-07-08", location="Warsaw", location_country="POL"),
        event("SUPPORT", ZELENSKY, TUSK, I7, date="2024-07-08", location="Warsaw", location_country="POL"),
        event("AGREE", POLAND, UKRAINE, I7, date="2024-07-08"),
        event("ACCUSE", RUS_MOD, UKR_AIR_DEF, I8, mode="allege"),
        event("ACCUSE", HRMMU, RUS_MIL, I9, mode="allege"),
        event("REQUEST", UK, UNSC, I10, mode="meet"),
        event("ACCUSE", SCHOLZ, RUS_GOV, I11, mode="disapprove"),
        event("AGREE", SCHOLZ, UKRAINE, I11),
    ],
    "quotes": [
        quote("Nach Angaben der ukrainischen Behörden wurden landesweit mindestens 31 Menschen getötet und mehr als 150 verletzt", "Ukrainian authorities", "indirect"),
        quote("Russland feuerte nach Angaben der Luftwaffe mehr als 40 Raketen auf Kiew, Dnipro, Krywyj Rih und weitere Städte ab", "Ukrainian Air Force", "indirect"),
        quote("bewussten Angriff auf Kinder", "Volodymyr Zelensky", "direct"),
        quote("Russland müsse für diesen Terror zur Rechenschaft gezogen werden", "Volodymyr Zelensky", "indirect"),
        quote("zivile Ziele angegriffen zu haben", "Ministry of Defence of Russia", "indirect"),
        quote("das Krankenhaus sei sehr wahrscheinlich direkt von einer russischen Rakete getroffen worden", "UN Human Rights Monitoring Mission in Ukraine", "indirect"),
        quote("schrecklich", "Olaf Scholz", "direct"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Okhmatdyt Children's Hospital", "ORG", "UKR", ["das größte Kinderkrankenhaus der Ukraine", "der Klinik Ochmatdyt", "das Krankenhaus"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "ukrainischem Gebiet"]),
        entity("Ukrainian authorities", "ORG", "UKR", ["der ukrainischen Behörden"]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Ukrainian Air Force", "ORG", "UKR", ["der Luftwaffe"]),
        entity("Dnipro", "LOC", "UKR", ["Dnipro"]),
        entity("Kryvyi Rih", "LOC", "UKR", ["Krywyj Rih"]),
        entity("Doctors, helpers and residents", "ORG", "UKR", ["Ärzte, Helfer und Anwohner"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj", "er"]),
        entity("Warsaw", "LOC", "POL", ["Warschau"]),
        entity("Donald Tusk", "PER", "POL", ["Ministerpräsident Donald Tusk"]),
        entity("Poland", "GPE", "POL", ["Polen"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Das Verteidigungsministerium in Moskau"]),
        entity("Ukrainian air defence", "ORG", "UKR", ["eine ukrainische Flugabwehrrakete"]),
        entity("UN Human Rights Monitoring Mission in Ukraine", "ORG", "UNO", ["Die Menschenrechtsmission der Vereinten Nationen in der Ukraine"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("UN Security Council", "ORG", "UNO", ["des UN-Sicherheitsrats"]),
        entity("Olaf Scholz", "PER", "DEU", ["Bundeskanzler Olaf Scholz"]),
    ],
}

# ---------------------------------------------------------------- hm134-de-04
BAKU_COURT = actor("Baku Grave Crimes Court", "AZE", "JUD")
ABZAS_STAFF = actor("Abzas Media journalists", "AZE", "CVL")
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
ABZAS = actor("Abzas Media", "AZE", "CVL")
HASANLI = actor("Ulvi Hasanli", "AZE", "CVL")
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
EU_AZ = actor("European Union", "EUR", "IGO")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
EEAS_SPOKES = actor("Spokesperson of the European External Action Service", "EUR", "GOV")
RSF = actor("Reporters Without Borders", "NGO", "NGO")
AZE_MFA = actor("Ministry of Foreign Affairs of Azerbaijan", "AZE", "GOV")

J1 = "Ein Gericht in Baku hat am Freitag sieben Mitarbeiter des unabhängigen Nachrichtenportals Abzas Media zu Haftstrafen zwischen siebeneinhalb und neun Jahren verurteilt."
J2 = "Das Gericht sah es als erwiesen an, dass sie Devisen geschmuggelt und Steuern hinterzogen hätten."
J3 = "Die Journalisten waren im November 2023 festgenommen worden, nachdem die Polizei bei einer Durchsuchung der Redaktion angeblich 40.000 Euro gefunden hatte."
J4 = "Die Angeklagten weisen die Vorwürfe zurück."
J5 = "Direktor Ulvi Hasanli wertete das Verfahren als Vergeltung für Recherchen des Portals über Korruption im Umfeld von Präsident Ilham Aliyev."
J6 = "„Wir sitzen hier, weil wir die Wahrheit geschrieben haben“, rief Chefredakteurin Sevinj Vagifgizi nach Angaben von Prozessbeobachtern nach der Urteilsverkündung."
J7 = "Die Europäische Union forderte die Freilassung der Journalisten."
J8 = "Das Urteil sei ein weiterer schwerer Schlag für die Medienfreiheit in Aserbaidschan, erklärte ein Sprecher des Auswärtigen Dienstes in Brüssel."
J9 = "Die Organisation Reporter ohne Grenzen sprach von einem „Schauprozess“."
J10 = "Das Außenministerium in Baku wies die Kritik als Einmischung in die inneren Angelegenheiten des Landes zurück."
J11 = "Aserbaidschan, das im vergangenen Jahr die Weltklimakonferenz ausgerichtet hatte, steht wegen seines Umgangs mit Kritikern seit Langem international in der Kritik."

DE04 = {
    "id": "hm134-de-04", "lang": "de", "url": None, "published": "2025-06-20",
    "title": "Lange Haftstrafen für Journalisten von Abzas Media in Aserbaidschan",
    "text": paragraphs([J1, J2, J3], [J4, J5, J6], [J7, J8, J9, J10, J11]),
    "events": [
        event("SANCTION", BAKU_COURT, ABZAS_STAFF, J1, mode="convict", date="2025-06-20", location="Baku", location_country="AZE"),
        event("COERCE", BAKU_COURT, ABZAS_STAFF, J1, mode="arrest", date="2025-06-20", location="Baku", location_country="AZE"),
        event("SANCTION", BAKU_COURT, ABZAS_STAFF, J2, mode="convict", date="2025-06-20", location="Baku", location_country="AZE"),
        event("COERCE", AZE_POLICE, ABZAS_STAFF, J3, mode="arrest", location_country="AZE"),
        event("COERCE", AZE_POLICE, ABZAS, J3, mode="seize", location_country="AZE"),
        event("ACCUSE", HASANLI, ALIYEV, J5, mode="allege"),
        event("REQUEST", EU_AZ, AZE_GOV, J7, mode="yield"),
        event("ACCUSE", EEAS_SPOKES, AZE_GOV, J8, mode="disapprove"),
        event("ACCUSE", RSF, BAKU_COURT, J9, mode="disapprove"),
        event("ACCUSE", AZE_MFA, EU_AZ, J10, mode="disapprove"),
    ],
    "quotes": [
        quote("sie Devisen geschmuggelt und Steuern hinterzogen hätten", "Baku Grave Crimes Court", "indirect"),
        quote("Wir sitzen hier, weil wir die Wahrheit geschrieben haben", "Sevinj Vagifgizi", "direct"),
        quote("Das Urteil sei ein weiterer schwerer Schlag für die Medienfreiheit in Aserbaidschan", "Spokesperson of the European External Action Service", "indirect"),
        quote("Schauprozess", "Reporters Without Borders", "direct"),
    ],
    "entities": [
        entity("Baku Grave Crimes Court", "ORG", "AZE", ["Ein Gericht in Baku", "Das Gericht"]),
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Abzas Media journalists", "ORG", "AZE", ["sieben Mitarbeiter des unabhängigen Nachrichtenportals Abzas Media", "sie", "Die Journalisten", "Die Angeklagten", "der Journalisten"]),
        entity("Abzas Media", "ORG", "AZE", ["des unabhängigen Nachrichtenportals Abzas Media", "der Redaktion", "des Portals"]),
        entity("Azerbaijani police", "ORG", "AZE", ["die Polizei"]),
        entity("Ulvi Hasanli", "PER", "AZE", ["Direktor Ulvi Hasanli"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Aliyev"]),
        entity("Sevinj Vagifgizi", "PER", "AZE", ["Chefredakteurin Sevinj Vagifgizi"]),
        entity("Trial observers", "ORG", None, ["Prozessbeobachtern"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Azerbaijan", "GPE", "AZE", ["Aserbaidschan", "des Landes"]),
        entity("Spokesperson of the European External Action Service", "PER", "EUR", ["ein Sprecher des Auswärtigen Dienstes in Brüssel"]),
        entity("European External Action Service", "ORG", "EUR", ["des Auswärtigen Dienstes"]),
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("Reporters Without Borders", "ORG", "NGO", ["Die Organisation Reporter ohne Grenzen"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["Das Außenministerium in Baku"]),
        entity("UN Climate Change Conference 2024 (COP29)", "ORG", "UNO", ["die Weltklimakonferenz"]),
        entity("Critics of the Azerbaijani government", "ORG", "AZE", ["Kritikern"]),
    ],
}

# ---------------------------------------------------------------- hm134-en-01
EP = actor("European Parliament", "EUR", "LEG")
VDL = actor("Ursula von der Leyen", "EUR", "GOV")
PIPEREA = actor("Gheorghe Piperea", "ROU", "LEG")
WEBER = actor("Manfred Weber", "EUR", "LEG")
SD = actor("Socialists and Democrats", "EUR", "LEG")
RENEW = actor("Renew Europe", "EUR", "LEG")
GARCIA = actor("Iratxe Garcia Perez", "EUR", "LEG")
COMMISSION = actor("European Commission", "EUR", "GOV")
ORBAN = actor("Viktor Orban", "HUN", "GOV")

K1 = "The European Parliament on Thursday rejected a motion of censure against European Commission President Ursula von der Leyen, the first vote of its kind in more than a decade."
K2 = "Only 175 lawmakers backed the motion, while 360 voted against it and 18 abstained, far short of the two-thirds majority needed to bring down the Commission."
K3 = "The motion was tabled by Romanian right-wing lawmaker Gheorghe Piperea, who accused von der Leyen of a lack of transparency in the purchase of COVID-19 vaccines and of sidelining parliament on defence spending."
K4 = "During Monday's debate in Strasbourg, von der Leyen dismissed the motion as the work of \"extremists\" seeking to divide Europe, saying many of its backers were \"conspiracy theorists\" supported by Russia."
K5 = "Manfred Weber, leader of the centre-right European People's Party, the assembly's largest group, said the result sent \"a clear signal of stability\" at a time of global turmoil."
K6 = "The Socialists and Democrats and the liberal Renew Europe group voted against the motion but warned von der Leyen that their backing was not unconditional."
K7 = "S&D leader Iratxe Garcia Perez demanded that the Commission stop relying on far-right votes to push through legislation."
K8 = "Hungarian Prime Minister Viktor Orban, whose Fidesz party sits with the Patriots for Europe group that backed the motion, wrote on X that it was \"time for the Commission to go\" and that von der Leyen had lost the trust of Europeans."
K9 = "Piperea said he was not surprised by the outcome and vowed to keep up the pressure on the Commission."

EN01 = {
    "id": "hm134-en-01", "lang": "en", "url": None, "published": "2025-07-10",
    "title": "EU lawmakers reject censure motion against von der Leyen",
    "text": paragraphs([K1, K2, K3], [K4, K5, K6, K7], [K8, K9]),
    "events": [
        event("REJECT", EP, PIPEREA, K1, mode="change", date="2025-07-10", location="Strasbourg", location_country="FRA"),
        event("REQUEST", PIPEREA, VDL, K3, mode="change"),
        event("ACCUSE", PIPEREA, VDL, K3, mode="allege"),
        event("REJECT", VDL, PIPEREA, K4, mode="change", date="2025-07-07", location="Strasbourg", location_country="FRA"),
        event("ACCUSE", VDL, PIPEREA, K4, mode="disapprove", date="2025-07-07", location="Strasbourg", location_country="FRA"),
        event("SUPPORT", WEBER, VDL, K5, date="2025-07-10"),
        event("THREATEN", SD, VDL, K6, date="2025-07-10"),
        event("THREATEN", RENEW, VDL, K6, date="2025-07-10"),
        event("REQUEST", GARCIA, COMMISSION, K7, mode="change"),
        event("REQUEST", ORBAN, COMMISSION, K8, mode="change"),
        event("ACCUSE", ORBAN, VDL, K8, mode="disapprove"),
    ],
    "quotes": [
        quote("extremists", "Ursula von der Leyen", "direct"),
        quote("conspiracy theorists", "Ursula von der Leyen", "direct"),
        quote("many of its backers were \"conspiracy theorists\" supported by Russia", "Ursula von der Leyen", "indirect"),
        quote("a clear signal of stability", "Manfred Weber", "direct"),
        quote("the result sent \"a clear signal of stability\" at a time of global turmoil", "Manfred Weber", "indirect"),
        quote("their backing was not unconditional", "Socialists and Democrats", "indirect"),
        quote("their backing was not unconditional", "Renew Europe", "indirect"),
        quote("the Commission stop relying on far-right votes to push through legislation", "Iratxe Garcia Perez", "indirect"),
        quote("time for the Commission to go", "Viktor Orban", "direct"),
        quote("it was \"time for the Commission to go\" and that von der Leyen had lost the trust of Europeans", "Viktor Orban", "indirect"),
        quote("he was not surprised by the outcome", "Gheorghe Piperea", "indirect"),
    ],
    "entities": [
        entity("European Parliament", "ORG", "EUR", ["The European Parliament", "parliament", "the assembly"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["European Commission President Ursula von der Leyen", "von der Leyen"]),
        entity("European Commission", "ORG", "EUR", ["European Commission", "the Commission"]),
        entity("Supporters of the censure motion", "ORG", None, ["175 lawmakers", "its backers"]),
        entity("Gheorghe Piperea", "PER", "ROU", ["Romanian right-wing lawmaker Gheorghe Piperea", "Piperea", "he"]),
        entity("Strasbourg", "LOC", "FRA", ["Strasbourg"]),
        entity("Europe", "LOC", None, ["Europe"]),
        entity("Russia", "GPE", "RUS", ["Russia"]),
        entity("Manfred Weber", "PER", "DEU", ["Manfred Weber, leader of the centre-right European People's Party"]),
        entity("European People's Party", "ORG", "EUR", ["the centre-right European People's Party", "the assembly's largest group"]),
        entity("Socialists and Democrats", "ORG", "EUR", ["The Socialists and Democrats", "S&D"]),
        entity("Renew Europe", "ORG", "EUR", ["the liberal Renew Europe group"]),
        entity("Iratxe Garcia Perez", "PER", "ESP", ["S&D leader Iratxe Garcia Perez"]),
        entity("Viktor Orban", "PER", "HUN", ["Hungarian Prime Minister Viktor Orban"]),
        entity("Fidesz", "ORG", "HUN", ["Fidesz party"]),
        entity("Patriots for Europe", "ORG", "EUR", ["the Patriots for Europe group"]),
        entity("X", "ORG", "MNC", ["X"]),
        entity("Europeans", "ORG", "EUR", ["Europeans"]),
    ],
}

# ---------------------------------------------------------------- hm134-en-02
US_ADMIN = actor("Trump administration", "USA", "GOV")
HARVARD = actor("Harvard University", "USA", "CVL")
GARBER = actor("Alan Garber", "USA", "CVL")
TASK_FORCE = actor("Federal Task Force to Combat Antisemitism", "USA", "GOV")
TRUMP = actor("Donald Trump", "USA", "GOV")
OBAMA = actor("Barack Obama", "USA", "GOV")
HARVARD_PROTESTERS = actor("Harvard students and faculty", "USA", "CVL")
OTHER_UNIS = actor("Other U.S. universities", "USA", "CVL")
AAUP_HARVARD = actor("Harvard chapter of the American Association of University Professors", "USA", "LAB")

L1 = "The Trump administration froze $2.2 billion in federal grants to Harvard University on Monday, hours after the school became the first elite U.S. college to openly reject the government's demands for sweeping changes to its governance and admissions."
L2 = "In a letter to students and staff, Harvard President Alan Garber said the university would \"not surrender its independence or relinquish its constitutional rights,\" regardless of which party was in power."
L3 = "A federal task force on antisemitism had demanded in a letter on Friday that Harvard audit the views of its students and faculty, shut down diversity programs and screen out international students \"hostile to American values\" from admission."
L4 = "The task force said Harvard's response reflected a \"troubling entitlement mindset\" that was endemic at the nation's most prestigious universities."
L5 = "On Tuesday, President Donald Trump wrote on his Truth Social platform that Harvard should perhaps lose its tax-exempt status and \"be taxed as a political entity\" if it kept pushing ideological causes."
L6 = "Former President Barack Obama praised Harvard for rejecting what he called an \"unlawful and ham-handed attempt to stifle academic freedom\" and urged other universities to follow its example."
L7 = "Hundreds of students and faculty members rallied in Harvard Yard on Monday evening against the administration's demands."
L8 = "The administration said last month it was reviewing about $9 billion in federal funding for Harvard, accusing the university of failing to protect Jewish students during pro-Palestinian protests."
L9 = "Harvard's chapter of the American Association of University Professors sued the administration on Friday to block the cuts."

EN02 = {
    "id": "hm134-en-02", "lang": "en", "url": None, "published": "2025-04-15",
    "title": "Trump administration freezes $2.2 billion for Harvard after university rejects demands",
    "text": paragraphs([L1, L2, L3], [L4, L5, L6], [L7, L8, L9]),
    "events": [
        event("SANCTION", US_ADMIN, HARVARD, L1, mode="discontinue", date="2025-04-14"),
        event("REJECT", HARVARD, US_ADMIN, L1, mode="change", date="2025-04-14"),
        event("REJECT", GARBER, US_ADMIN, L2, mode="change", date="2025-04-14"),
        event("REQUEST", TASK_FORCE, HARVARD, L3, mode="change", date="2025-04-11"),
        event("ACCUSE", TASK_FORCE, HARVARD, L4, mode="disapprove"),
        event("THREATEN", TRUMP, HARVARD, L5, date="2025-04-15"),
        event("SUPPORT", OBAMA, HARVARD, L6),
        event("ACCUSE", OBAMA, US_ADMIN, L6, mode="disapprove"),
        event("REQUEST", OBAMA, OTHER_UNIS, L6),
        event("PROTEST", HARVARD_PROTESTERS, US_ADMIN, L7, mode="demo", date="2025-04-14", location="Cambridge", location_country="USA"),
        event("ACCUSE", US_ADMIN, HARVARD, L8, mode="allege"),
        event("ACCUSE", AAUP_HARVARD, US_ADMIN, L9, mode="allege", date="2025-04-11"),
    ],
    "quotes": [
        quote("not surrender its independence or relinquish its constitutional rights", "Alan Garber", "direct"),
        quote("the university would \"not surrender its independence or relinquish its constitutional rights,\" regardless of which party was in power", "Alan Garber", "indirect"),
        quote("hostile to American values", "Federal Task Force to Combat Antisemitism", "direct"),
        quote("Harvard audit the views of its students and faculty, shut down diversity programs and screen out international students \"hostile to American values\" from admission", "Federal Task Force to Combat Antisemitism", "indirect"),
        quote("troubling entitlement mindset", "Federal Task Force to Combat Antisemitism", "direct"),
        quote("Harvard's response reflected a \"troubling entitlement mindset\" that was endemic at the nation's most prestigious universities", "Federal Task Force to Combat Antisemitism", "indirect"),
        quote("be taxed as a political entity", "Donald Trump", "direct"),
        quote("Harvard should perhaps lose its tax-exempt status and \"be taxed as a political entity\" if it kept pushing ideological causes", "Donald Trump", "indirect"),
        quote("unlawful and ham-handed attempt to stifle academic freedom", "Barack Obama", "direct"),
        quote("it was reviewing about $9 billion in federal funding for Harvard", "Trump administration", "indirect"),
    ],
    "entities": [
        entity("Trump administration", "ORG", "USA", ["The Trump administration", "the government", "the administration", "The administration"]),
        entity("Harvard University", "ORG", "USA", ["Harvard University", "the school", "the university", "Harvard", "the first elite U.S. college"]),
        entity("Harvard students and staff", "ORG", "USA", ["students and staff", "its students and faculty", "Hundreds of students and faculty members"]),
        entity("Alan Garber", "PER", "USA", ["Harvard President Alan Garber"]),
        entity("Federal Task Force to Combat Antisemitism", "ORG", "USA", ["A federal task force on antisemitism", "The task force"]),
        entity("International students", "ORG", None, ["international students"]),
        entity("Donald Trump", "PER", "USA", ["President Donald Trump"]),
        entity("Truth Social", "ORG", "MNC", ["his Truth Social platform"]),
        entity("Barack Obama", "PER", "USA", ["Former President Barack Obama", "he"]),
        entity("Other U.S. universities", "ORG", "USA", ["other universities", "the nation's most prestigious universities"]),
        entity("Harvard Yard", "LOC", "USA", ["Harvard Yard"]),
        entity("Jewish students", "ORG", "USA", ["Jewish students"]),
        entity("Harvard chapter of the American Association of University Professors", "ORG", "USA", ["Harvard's chapter of the American Association of University Professors"]),
        entity("American Association of University Professors", "ORG", "USA", ["the American Association of University Professors"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
