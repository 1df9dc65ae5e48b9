"""Round 146: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm146-de-01: Russia expels ARD's Moscow correspondent Frank Aischmann after Germany ends Channel One's Berlin presence (2025-03-27).
- hm146-de-02: Protest in Bratislava after Slovak culture minister Šimkovičová fires the heads of the national theatre and gallery (2024-08-14).
- hm146-de-03: Kristersson in Budapest: Orbán clears the way for Sweden's NATO accession, Gripen deal signed (2024-02-23).
- hm146-de-04: Denmark refuses to extradite Paul Watson to Japan; he is freed in Nuuk (2024-12-18).
- hm146-en-01: NYPD clears the occupied Hamilton Hall and the encampment at Columbia University (2024-05-01).
- hm146-en-02: A Yekaterinburg court jails Russian-American Ksenia Karelina for 12 years over a $51 donation (2024-08-15).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm146-de-01
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")
ARD = actor("ARD", "DEU", "CVL")
AISCHMANN = actor("Frank Aischmann", "DEU", "CVL")
ARD_TECH = actor("ARD technician in Moscow", "DEU", "CVL")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
GER_GOV = actor("Government of Germany", "DEU", "GOV")
GER_AUTH = actor("German authorities", "DEU", "GOV")
CHANNEL_ONE = actor("Channel One Russia", "RUS", "GOV")
GER_FO = actor("German Foreign Office", "DEU", "GOV")
RUS = actor("Russia", "RUS", "GOV")
WDR = actor("Westdeutscher Rundfunk", "DEU", "CVL")
DJV = actor("German Journalists' Association", "DEU", "LAB")
DW = actor("Deutsche Welle", "DEU", "CVL")
RT_DE = actor("RT DE", "RUS", "GOV")

G1 = "Russland hat zwei Mitarbeiter des ARD-Studios in Moskau ausgewiesen."
G2 = "Der Korrespondent Frank Aischmann und ein Techniker müssten ihre Akkreditierungen abgeben und das Land verlassen, teilte das Außenministerium in Moskau am Mittwoch mit."
G3 = "Es handle sich um eine Antwort auf das „feindselige Vorgehen“ der Bundesregierung gegen russische Journalisten in Deutschland, erklärte Sprecherin Maria Sacharowa."
G4 = "Hintergrund ist die Schließung des Berliner Büros des russischen Staatssenders Perwy Kanal, nachdem die deutschen Behörden den Aufenthaltstitel seines Korrespondenten und eines Kameramanns nicht verlängert hatten."
G5 = "Das Auswärtige Amt wies die Darstellung Moskaus zurück."
G6 = "Die Entscheidung über Perwy Kanal sei nach geltendem Aufenthaltsrecht gefallen und habe nichts mit der Pressefreiheit zu tun, sagte ein Sprecher in Berlin."
G7 = "Der Sender sei kein unabhängiges Medium, sondern Teil der russischen Kriegspropaganda."
G8 = "Die Ausweisung der ARD-Mitarbeiter sei dagegen „völlig ungerechtfertigt“ und ein weiterer Angriff auf die freie Berichterstattung aus Russland."
G9 = "Der für das Moskauer Studio zuständige Westdeutsche Rundfunk (WDR) bedauerte die Entscheidung und forderte die russischen Behörden auf, sie zurückzunehmen."
G10 = "„Unsere Kolleginnen und Kollegen haben unabhängig und sorgfältig aus Russland berichtet“, hieß es in einer Mitteilung des Senders."
G11 = "Der Deutsche Journalisten-Verband sprach von einem „Akt der Vergeltung“ gegen Journalisten, die nur ihre Arbeit machten."
G12 = "Russland hatte bereits im Februar 2022 das Büro der Deutschen Welle in Moskau geschlossen, nachdem in Deutschland die Verbreitung des Staatssenders RT DE untersagt worden war."

DE01 = {
    "id": "hm146-de-01", "lang": "de", "url": None, "published": "2025-03-27",
    "title": "Russland weist ARD-Korrespondenten aus",
    "text": paragraphs([G1, G2, G3, G4], [G5, G6, G7, G8], [G9, G10, G11, G12]),
    "events": [
        event("COERCE", RUS_MFA, ARD, G1, mode="deport", date="2025-03-26", location="Moscow", location_country="RUS"),
        event("COERCE", RUS_MFA, AISCHMANN, G2, mode="deport", date="2025-03-26", location="Moscow", location_country="RUS"),
        event("COERCE", RUS_MFA, ARD_TECH, G2, mode="deport", date="2025-03-26", location="Moscow", location_country="RUS"),
        event("ACCUSE", ZAKHAROVA, GER_GOV, G3, mode="disapprove"),
        event("COERCE", GER_AUTH, CHANNEL_ONE, G4, mode="restrict", location="Berlin", location_country="DEU"),
        event("ACCUSE", GER_FO, CHANNEL_ONE, G7, mode="allege"),
        event("ACCUSE", GER_FO, RUS, G8, mode="disapprove"),
        event("ACCUSE", WDR, RUS, G9, mode="disapprove"),
        event("REQUEST", WDR, RUS, G9, mode="yield"),
        event("ACCUSE", DJV, RUS, G11, mode="disapprove"),
        event("COERCE", RUS, DW, G12, mode="censor", location="Moscow", location_country="RUS"),
        event("COERCE", GER_AUTH, RT_DE, G12, mode="censor", location_country="DEU"),
    ],
    "quotes": [
        quote("Der Korrespondent Frank Aischmann und ein Techniker müssten ihre Akkreditierungen abgeben und das Land verlassen", "Ministry of Foreign Affairs of Russia", "indirect"),
        quote("feindselige Vorgehen", "Maria Zakharova", "direct"),
        quote("Es handle sich um eine Antwort auf das „feindselige Vorgehen“ der Bundesregierung gegen russische Journalisten in Deutschland", "Maria Zakharova", "indirect"),
        quote("Die Entscheidung über Perwy Kanal sei nach geltendem Aufenthaltsrecht gefallen und habe nichts mit der Pressefreiheit zu tun", "German Foreign Office spokesperson", "indirect"),
        quote("Der Sender sei kein unabhängiges Medium, sondern Teil der russischen Kriegspropaganda", "German Foreign Office spokesperson", "indirect"),
        quote("völlig ungerechtfertigt", "German Foreign Office spokesperson", "direct"),
        quote("Die Ausweisung der ARD-Mitarbeiter sei dagegen „völlig ungerechtfertigt“ und ein weiterer Angriff auf die freie Berichterstattung aus Russland", "German Foreign Office spokesperson", "indirect"),
        quote("Unsere Kolleginnen und Kollegen haben unabhängig und sorgfältig aus Russland berichtet", "Westdeutscher Rundfunk", "direct"),
        quote("Akt der Vergeltung", "German Journalists' Association", "direct"),
    ],
    "entities": [
        entity("Russia", "GPE", "RUS", ["Russland", "das Land", "Moskaus"]),
        entity("ARD Moscow staff", "ORG", "DEU", ["zwei Mitarbeiter des ARD-Studios in Moskau", "der ARD-Mitarbeiter", "Unsere Kolleginnen und Kollegen"]),
        entity("ARD Moscow studio", "ORG", "DEU", ["des ARD-Studios in Moskau", "das Moskauer Studio"]),
        entity("ARD", "ORG", "DEU", ["ARD"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Frank Aischmann", "PER", "DEU", ["Der Korrespondent Frank Aischmann"]),
        entity("ARD technician in Moscow", "PER", "DEU", ["ein Techniker"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["das Außenministerium in Moskau"]),
        entity("Maria Zakharova", "PER", "RUS", ["Sprecherin Maria Sacharowa"]),
        entity("Government of Germany", "ORG", "DEU", ["der Bundesregierung"]),
        entity("Russian journalists in Germany", "ORG", "RUS", ["russische Journalisten in Deutschland"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("Channel One Russia", "ORG", "RUS", ["des russischen Staatssenders Perwy Kanal", "Perwy Kanal", "Der Sender"]),
        entity("Channel One Berlin bureau", "ORG", "RUS", ["des Berliner Büros"]),
        entity("German authorities", "ORG", "DEU", ["die deutschen Behörden"]),
        entity("Channel One correspondent in Berlin", "PER", "RUS", ["seines Korrespondenten"]),
        entity("Channel One cameraman in Berlin", "PER", "RUS", ["eines Kameramanns"]),
        entity("German Foreign Office", "ORG", "DEU", ["Das Auswärtige Amt"]),
        entity("German Foreign Office spokesperson", "PER", "DEU", ["ein Sprecher in Berlin"]),
        entity("Berlin", "LOC", "DEU", ["Berlin"]),
        entity("Westdeutscher Rundfunk", "ORG", "DEU", ["Der für das Moskauer Studio zuständige Westdeutsche Rundfunk (WDR)", "des Senders"]),
        entity("Russian authorities", "ORG", "RUS", ["die russischen Behörden"]),
        entity("German Journalists' Association", "ORG", "DEU", ["Der Deutsche Journalisten-Verband"]),
        entity("Deutsche Welle", "ORG", "DEU", ["der Deutschen Welle"]),
        entity("Deutsche Welle Moscow bureau", "ORG", "DEU", ["das Büro der Deutschen Welle in Moskau"]),
        entity("RT DE", "ORG", "RUS", ["des Staatssenders RT DE"]),
    ],
}

# ---------------------------------------------------------------- hm146-de-02
SVK_PROTESTERS = actor("Slovak protesters", "SVK", "CVL")
SVK_GOV = actor("Government of Slovakia", "SVK", "GOV")
SIMKOVICOVA = actor("Martina Šimkovičová", "SVK", "GOV")
DRLICKA = actor("Matej Drlička", "SVK", "CVL")
KUSA = actor("Alexandra Kusá", "SVK", "CVL")
SNG_STAFF = actor("Slovak National Gallery staff", "SVK", "CVL")
SVK_PETITION = actor("Slovak petition signatories", "SVK", "CVL")
SIMECKA = actor("Michal Šimečka", "SVK", "OPP")
FICO = actor("Robert Fico", "SVK", "GOV")
SVK_OPP = actor("Slovak opposition", "SVK", "OPP")

H1 = "In der slowakischen Hauptstadt Bratislava haben am Dienstagabend Tausende Menschen gegen die Kulturpolitik der Regierung von Ministerpräsident Robert Fico demonstriert."
H2 = "Anlass war die Entlassung des Direktors des Slowakischen Nationaltheaters, Matej Drlička, und der Direktorin der Slowakischen Nationalgalerie, Alexandra Kusá, durch Kulturministerin Martina Šimkovičová in der vergangenen Woche."
H3 = "Die Demonstranten forderten den Rücktritt der Ministerin, die von der nationalistischen Slowakischen Nationalpartei (SNS) nominiert worden war."
H4 = "„Wir lassen uns die Kultur nicht wegnehmen“, stand auf einem großen Transparent vor dem Regierungsamt."
H5 = "Šimkovičová hatte die Entlassungen mit Mängeln in der Führung der Häuser begründet und Drlička vorgeworfen, das Theater „politisch missbraucht“ zu haben."
H6 = "Die Ministerin hatte zudem angekündigt, keine „progressiven“ Kunstprojekte mehr mit staatlichem Geld zu fördern."
H7 = "Mitarbeiter der Nationalgalerie hatten bereits am vergangenen Freitag schwarz gekleidet vor ihrem Gebäude gegen die Abberufung ihrer Direktorin protestiert."
H8 = "Nach Angaben der Initiatoren haben mehr als 180.000 Menschen eine Petition für die Entlassung Šimkovičovás unterzeichnet."
H9 = "Der Vorsitzende der oppositionellen Partei Progressive Slowakei, Michal Šimečka, kündigte ein Misstrauensvotum gegen die Ministerin im Parlament an."
H10 = "„Diese Ministerin zerstört systematisch, was Generationen aufgebaut haben“, sagte er."
H11 = "Fico stellte sich dagegen hinter Šimkovičová."
H12 = "Die Proteste würden von der Opposition gesteuert, die die Regierung stürzen wolle, sagte der Regierungschef in einem Video auf Facebook."

DE02 = {
    "id": "hm146-de-02", "lang": "de", "url": None, "published": "2024-08-14",
    "title": "Tausende protestieren in Bratislava gegen Kulturministerin Šimkovičová",
    "text": paragraphs([H1, H2, H3, H4], [H5, H6, H7, H8], [H9, H10, H11, H12]),
    "events": [
        event("PROTEST", SVK_PROTESTERS, SVK_GOV, H1, mode="demo", date="2024-08-13", location="Bratislava", location_country="SVK"),
        event("SANCTION", SIMKOVICOVA, DRLICKA, H2, mode="expel"),
        event("SANCTION", SIMKOVICOVA, KUSA, H2, mode="expel"),
        event("ACCUSE", SIMKOVICOVA, DRLICKA, H5, mode="allege"),
        event("PROTEST", SNG_STAFF, SIMKOVICOVA, H7, mode="demo", date="2024-08-09", location="Bratislava", location_country="SVK"),
        event("REQUEST", SVK_PETITION, SVK_GOV, H8, mode="change"),
        event("REQUEST", SIMECKA, SIMKOVICOVA, H9, mode="change"),
        event("ACCUSE", SIMECKA, SIMKOVICOVA, H10, mode="disapprove"),
        event("SUPPORT", FICO, SIMKOVICOVA, H11),
        event("ACCUSE", FICO, SVK_OPP, H12, mode="allege"),
    ],
    "quotes": [
        quote("Wir lassen uns die Kultur nicht wegnehmen", "Slovak protesters", "direct"),
        quote("politisch missbraucht", "Martina Šimkovičová", "direct"),
        quote("das Theater „politisch missbraucht“ zu haben", "Martina Šimkovičová", "indirect"),
        quote("progressiven", "Martina Šimkovičová", "direct"),
        quote("keine „progressiven“ Kunstprojekte mehr mit staatlichem Geld zu fördern", "Martina Šimkovičová", "indirect"),
        quote("haben mehr als 180.000 Menschen eine Petition für die Entlassung Šimkovičovás unterzeichnet", "petition initiators", "indirect"),
        quote("Diese Ministerin zerstört systematisch, was Generationen aufgebaut haben", "Michal Šimečka", "direct"),
        quote("Die Proteste würden von der Opposition gesteuert, die die Regierung stürzen wolle", "Robert Fico", "indirect"),
    ],
    "entities": [
        entity("Bratislava", "LOC", "SVK", ["der slowakischen Hauptstadt Bratislava"]),
        entity("Slovak protesters", "ORG", "SVK", ["Tausende Menschen", "Die Demonstranten"]),
        entity("Government of Slovakia", "ORG", "SVK", ["der Regierung von Ministerpräsident Robert Fico", "die Regierung"]),
        entity("Robert Fico", "PER", "SVK", ["Ministerpräsident Robert Fico", "Fico", "der Regierungschef"]),
        entity("Slovak National Theatre", "ORG", "SVK", ["des Slowakischen Nationaltheaters", "das Theater"]),
        entity("Matej Drlička", "PER", "SVK", ["des Direktors des Slowakischen Nationaltheaters, Matej Drlička", "Drlička"]),
        entity("Slovak National Gallery", "ORG", "SVK", ["der Slowakischen Nationalgalerie", "der Nationalgalerie", "ihrem Gebäude"]),
        entity("Alexandra Kusá", "PER", "SVK", ["der Direktorin der Slowakischen Nationalgalerie, Alexandra Kusá", "ihrer Direktorin"]),
        entity("Martina Šimkovičová", "PER", "SVK", ["Kulturministerin Martina Šimkovičová", "der Ministerin", "Šimkovičová", "Die Ministerin", "Šimkovičovás", "die Ministerin", "Diese Ministerin"]),
        entity("Slovak National Party", "ORG", "SVK", ["der nationalistischen Slowakischen Nationalpartei (SNS)"]),
        entity("Government Office of Slovakia", "LOC", "SVK", ["dem Regierungsamt"]),
        entity("Slovak National Gallery staff", "ORG", "SVK", ["Mitarbeiter der Nationalgalerie"]),
        entity("petition initiators", "ORG", "SVK", ["der Initiatoren"]),
        entity("Slovak petition signatories", "ORG", "SVK", ["mehr als 180.000 Menschen"]),
        entity("Michal Šimečka", "PER", "SVK", ["Der Vorsitzende der oppositionellen Partei Progressive Slowakei, Michal Šimečka", "er"]),
        entity("Progressive Slovakia", "ORG", "SVK", ["Partei Progressive Slowakei"]),
        entity("National Council of Slovakia", "ORG", "SVK", ["im Parlament"]),
        entity("Slovak opposition", "ORG", "SVK", ["der Opposition"]),
        entity("Facebook", "ORG", "MNC", ["Facebook"]),
    ],
}

# ---------------------------------------------------------------- hm146-de-03
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
SWE = actor("Sweden", "SWE", "GOV")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")
HUN_GOV = actor("Government of Hungary", "HUN", "GOV")
HUN = actor("Hungary", "HUN", "GOV")
FIDESZ = actor("Fidesz", "HUN", "PTY")
KOCSIS = actor("Máté Kocsis", "HUN", "LEG")
TUR_PARL = actor("Grand National Assembly of Turkey", "TUR", "LEG")
USA = actor("United States", "USA", "GOV")
US_SENATORS = actor("US Senate delegation", "USA", "LEG")

I1 = "Ungarns Ministerpräsident Viktor Orbán hat nach monatelangem Zögern den Weg für den Nato-Beitritt Schwedens freigemacht."
I2 = "Nach einem Treffen mit dem schwedischen Regierungschef Ulf Kristersson in Budapest sagte Orbán am Freitag, das Parlament werde am Montag über die Ratifizierung abstimmen."
I3 = "Beide Regierungen unterzeichneten zudem eine Vereinbarung, nach der Ungarn vier weitere Kampfjets vom Typ Gripen des schwedischen Herstellers Saab erhält."
I4 = "„Wir sind bereit, füreinander einzustehen“, sagte Orbán auf einer gemeinsamen Pressekonferenz."
I5 = "Kristersson räumte ein, dass beide Länder nicht in allen Fragen übereinstimmten."
I6 = "„Es ist gut, dass wir heute einen Schritt nach vorn gemacht haben“, sagte der Schwede."
I7 = "Er lud Orbán zu einem Gegenbesuch nach Stockholm ein."
I8 = "Auf die Forderung der Regierungspartei Fidesz nach einer Entschuldigung für frühere Kritik aus Stockholm am Zustand der ungarischen Demokratie ging er nicht ein."
I9 = "Fidesz-Fraktionschef Máté Kocsis hatte noch Anfang der Woche erklärt, Schweden müsse Ungarn „mit Respekt“ begegnen."
I10 = "Ungarn ist das letzte Nato-Land, das den Beitritt Schwedens noch nicht ratifiziert hat."
I11 = "Das türkische Parlament hatte der Aufnahme Schwedens im Januar nach langem Streit zugestimmt."
I12 = "Die US-Regierung hatte Budapest zuletzt wiederholt vorgeworfen, das Verfahren ohne Grund zu verschleppen."
I13 = "Eine Delegation von US-Senatoren, die am Sonntag nach Budapest gereist war, wurde von keinem Mitglied der Regierung empfangen."

DE03 = {
    "id": "hm146-de-03", "lang": "de", "url": None, "published": "2024-02-23",
    "title": "Orbán macht Weg für Schwedens Nato-Beitritt frei",
    "text": paragraphs([I1, I2, I3, I4], [I5, I6, I7, I8, I9], [I10, I11, I12, I13]),
    "events": [
        event("CONCEDE", ORBAN, SWE, I1),
        event("CONSULT", KRISTERSSON, ORBAN, I2, mode="visit", date="2024-02-23", location="Budapest", location_country="HUN"),
        event("AGREE", ORBAN, SWE, I2, date="2024-02-23", location="Budapest", location_country="HUN"),
        event("SUPPORT", SWE_GOV, HUN_GOV, I3, date="2024-02-23", location="Budapest", location_country="HUN"),
        event("AGREE", ORBAN, SWE, I4, date="2024-02-23", location="Budapest", location_country="HUN"),
        event("AGREE", KRISTERSSON, ORBAN, I7),
        event("REQUEST", FIDESZ, SWE, I8, mode=None),
        event("REQUEST", KOCSIS, SWE, I9, mode=None),
        event("SUPPORT", TUR_PARL, SWE, I11),
        event("ACCUSE", USA, HUN, I12, mode="allege"),
        event("CONSULT", US_SENATORS, HUN_GOV, I13, mode="visit", date="2024-02-18", location="Budapest", location_country="HUN", negated=True),
    ],
    "quotes": [
        quote("das Parlament werde am Montag über die Ratifizierung abstimmen", "Viktor Orbán", "indirect"),
        quote("Wir sind bereit, füreinander einzustehen", "Viktor Orbán", "direct"),
        quote("beide Länder nicht in allen Fragen übereinstimmten", "Ulf Kristersson", "indirect"),
        quote("Es ist gut, dass wir heute einen Schritt nach vorn gemacht haben", "Ulf Kristersson", "direct"),
        quote("mit Respekt", "Máté Kocsis", "direct"),
        quote("Schweden müsse Ungarn „mit Respekt“ begegnen", "Máté Kocsis", "indirect"),
        quote("das Verfahren ohne Grund zu verschleppen", "United States", "indirect"),
    ],
    "entities": [
        entity("Hungary", "GPE", "HUN", ["Ungarns", "Ungarn"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Ministerpräsident Viktor Orbán", "Orbán"]),
        entity("NATO", "ORG", "IGO", ["Nato"]),
        entity("Sweden", "GPE", "SWE", ["Schwedens", "Schweden"]),
        entity("Ulf Kristersson", "PER", "SWE", ["dem schwedischen Regierungschef Ulf Kristersson", "Kristersson", "der Schwede", "Er", "er"]),
        entity("Budapest", "LOC", "HUN", ["Budapest"]),
        entity("National Assembly of Hungary", "ORG", "HUN", ["das Parlament"]),
        entity("Governments of Sweden and Hungary", "ORG", None, ["Beide Regierungen"]),
        entity("Saab", "ORG", "SWE", ["des schwedischen Herstellers Saab"]),
        entity("Stockholm", "LOC", "SWE", ["Stockholm"]),
        entity("Fidesz", "ORG", "HUN", ["der Regierungspartei Fidesz"]),
        entity("Máté Kocsis", "PER", "HUN", ["Fidesz-Fraktionschef Máté Kocsis"]),
        entity("Grand National Assembly of Turkey", "ORG", "TUR", ["Das türkische Parlament"]),
        entity("United States", "ORG", "USA", ["Die US-Regierung"]),
        entity("US Senate delegation", "ORG", "USA", ["Eine Delegation von US-Senatoren"]),
        entity("Government of Hungary", "ORG", "HUN", ["der Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm146-de-04
DNK = actor("Denmark", "DNK", "GOV")
JPN = actor("Japan", "JPN", "GOV")
DNK_MOJ = actor("Ministry of Justice of Denmark", "DNK", "GOV")
GRL_POLICE = actor("Greenland Police", "DNK", "COP")
WATSON = actor("Paul Watson", "CAN", "NGO")
WATSON_LAWYERS = actor("Paul Watson's lawyers", "DNK", "CVL")
MACRON = actor("Emmanuel Macron", "FRA", "GOV")
HAYASHI = actor("Yoshimasa Hayashi", "JPN", "GOV")
FRA = actor("France", "FRA", "GOV")

J1 = "Dänemark wird den Walschützer Paul Watson nicht an Japan ausliefern."
J2 = "Das Justizministerium in Kopenhagen lehnte am Dienstag ein entsprechendes Ersuchen Tokios ab, wie Justizminister Peter Hummelgaard mitteilte."
J3 = "Japan habe keine ausreichenden Garantien gegeben, dass die bereits in Grönland verbüßte Haft auf eine mögliche Strafe angerechnet werde, hieß es zur Begründung."
J4 = "Der 74-Jährige wurde wenig später aus dem Gefängnis in Nuuk entlassen."
J5 = "Die grönländische Polizei hatte den Gründer der Umweltorganisation Sea Shepherd im Juli festgenommen, als sein Schiff in der Hauptstadt der Arktisinsel anlegte."
J6 = "Japan wirft ihm vor, 2010 in der Antarktis die Besatzung eines japanischen Walfangschiffs behindert und ein Besatzungsmitglied verletzt zu haben, und hatte ihn international zur Fahndung ausschreiben lassen."
J7 = "Seine Anwälte hatten die monatelange Haft als unverhältnismäßig kritisiert und Dänemark vorgeworfen, sich zum Werkzeug der japanischen Walfangpolitik zu machen."
J8 = "Auch Frankreichs Präsident Emmanuel Macron hatte sich für Watson eingesetzt und Kopenhagen gebeten, ihn nicht auszuliefern."
J9 = "„Ich bin froh, dass ich endlich zu meinen Kindern nach Hause kann“, sagte Watson in einer ersten Videobotschaft."
J10 = "Japans Regierungssprecher Yoshimasa Hayashi nannte die Entscheidung am Mittwoch „bedauerlich“."
J11 = "Er forderte Watson auf, sich der japanischen Justiz zu stellen."
J12 = "Watson, der die kanadische und die US-Staatsbürgerschaft besitzt, lebt in Frankreich und hat dort die Einbürgerung beantragt."

DE04 = {
    "id": "hm146-de-04", "lang": "de", "url": None, "published": "2024-12-18",
    "title": "Dänemark liefert Walschützer Watson nicht an Japan aus",
    "text": paragraphs([J1, J2, J3, J4], [J5, J6, J7, J8], [J9, J10, J11, J12]),
    "events": [
        event("REJECT", DNK, JPN, J1, mode="assist"),
        event("REJECT", DNK_MOJ, JPN, J2, mode="assist", date="2024-12-17", location="Copenhagen", location_country="DNK"),
        event("REQUEST", JPN, DNK, J2, mode="assist"),
        event("RETREAT", GRL_POLICE, WATSON, J4, mode="release", date="2024-12-17", location="Nuuk", location_country="GRL"),
        event("COERCE", GRL_POLICE, WATSON, J5, mode="arrest", location="Nuuk", location_country="GRL"),
        event("ACCUSE", JPN, WATSON, J6, mode="allege"),
        event("THREATEN", JPN, WATSON, J6, mode="arrest"),
        event("ACCUSE", WATSON_LAWYERS, DNK, J7, mode="disapprove"),
        event("SUPPORT", MACRON, WATSON, J8),
        event("REQUEST", MACRON, DNK, J8, mode="yield"),
        event("ACCUSE", HAYASHI, DNK, J10, mode="disapprove", date="2024-12-18"),
        event("REQUEST", HAYASHI, WATSON, J11, mode=None),
        event("REQUEST", WATSON, FRA, J12, mode="assist"),
    ],
    "quotes": [
        quote("Das Justizministerium in Kopenhagen lehnte am Dienstag ein entsprechendes Ersuchen Tokios ab", "Peter Hummelgaard", "indirect"),
        quote("Japan habe keine ausreichenden Garantien gegeben, dass die bereits in Grönland verbüßte Haft auf eine mögliche Strafe angerechnet werde", "Ministry of Justice of Denmark", "indirect"),
        quote("2010 in der Antarktis die Besatzung eines japanischen Walfangschiffs behindert und ein Besatzungsmitglied verletzt zu haben", "Japan", "indirect"),
        quote("sich zum Werkzeug der japanischen Walfangpolitik zu machen", "Paul Watson's lawyers", "indirect"),
        quote("Ich bin froh, dass ich endlich zu meinen Kindern nach Hause kann", "Paul Watson", "direct"),
        quote("bedauerlich", "Yoshimasa Hayashi", "direct"),
    ],
    "entities": [
        entity("Denmark", "GPE", "DNK", ["Dänemark"]),
        entity("Paul Watson", "PER", "CAN", ["den Walschützer Paul Watson", "Der 74-Jährige", "den Gründer der Umweltorganisation Sea Shepherd", "ihm", "ihn", "Watson"]),
        entity("Japan", "GPE", "JPN", ["Japan", "Tokios", "Japans"]),
        entity("Ministry of Justice of Denmark", "ORG", "DNK", ["Das Justizministerium in Kopenhagen"]),
        entity("Copenhagen", "LOC", "DNK", ["Kopenhagen"]),
        entity("Peter Hummelgaard", "PER", "DNK", ["Justizminister Peter Hummelgaard"]),
        entity("Greenland", "GPE", "GRL", ["Grönland", "der Arktisinsel"]),
        entity("Nuuk prison", "LOC", "GRL", ["dem Gefängnis in Nuuk"]),
        entity("Nuuk", "LOC", "GRL", ["Nuuk", "der Hauptstadt der Arktisinsel"]),
        entity("Greenland Police", "ORG", "DNK", ["Die grönländische Polizei"]),
        entity("Sea Shepherd", "ORG", "USA", ["der Umweltorganisation Sea Shepherd"]),
        entity("Antarctica", "LOC", None, ["der Antarktis"]),
        entity("crew of a Japanese whaling ship", "ORG", "JPN", ["die Besatzung eines japanischen Walfangschiffs"]),
        entity("Japanese whaling crew member", "PER", "JPN", ["ein Besatzungsmitglied"]),
        entity("Paul Watson's lawyers", "ORG", "DNK", ["Seine Anwälte"]),
        entity("Emmanuel Macron", "PER", "FRA", ["Frankreichs Präsident Emmanuel Macron"]),
        entity("France", "GPE", "FRA", ["Frankreichs", "Frankreich"]),
        entity("Paul Watson's children", "PER", None, ["meinen Kindern"]),
        entity("Yoshimasa Hayashi", "PER", "JPN", ["Japans Regierungssprecher Yoshimasa Hayashi", "Er"]),
        entity("Japanese judiciary", "ORG", "JPN", ["der japanischen Justiz"]),
    ],
}

# ---------------------------------------------------------------- hm146-en-01
NYPD = actor("New York City Police Department", "USA", "COP")
PROTESTERS = actor("pro-Palestinian protesters at Columbia University", "USA", "CVL")
COLUMBIA = actor("Columbia University", "USA", "CVL")
SHAFIK = actor("Minouche Shafik", "USA", "CVL")
ADAMS = actor("Eric Adams", "USA", "GOV")
AGITATORS = actor("outside agitators", "USA", "CVL")
KIRBY = actor("John Kirby", "USA", "GOV")
AAUP = actor("Columbia chapter of the American Association of University Professors", "USA", "LAB")
RALLY = actor("Columbia protest supporters", "USA", "CVL")
JOHNSON = actor("Mike Johnson", "USA", "LEG")

K1 = "New York police officers stormed a Columbia University building occupied by pro-Palestinian protesters late on Tuesday and cleared a protest encampment on the campus, arresting dozens of people."
K2 = "Officers in riot gear used an armored vehicle with a ramp to enter Hamilton Hall through a second-floor window after protesters had barricaded the doors with furniture and zip ties."
K3 = "The protesters had seized the building early on Tuesday and renamed it \"Hind's Hall,\" demanding that the university divest from companies with ties to Israel."
K4 = "Police Commissioner Edward Caban said 109 people had been arrested at Columbia, and that officers met little resistance."
K5 = "Columbia President Minouche Shafik said in a letter to police that the university had requested their help to clear the building and the encampment, and asked officers to remain on campus until May 17."
K6 = "\"The occupation of Hamilton Hall crossed a line that we could not allow to stand,\" Shafik wrote in a separate message to students and staff."
K7 = "Mayor Eric Adams said the occupation had been led by \"outside agitators\" who were not students, an assertion protest organizers disputed."
K8 = "White House national security spokesman John Kirby said forcibly taking over a building was \"absolutely the wrong approach\" and not an example of peaceful protest."
K9 = "Columbia's chapter of the American Association of University Professors condemned the decision to bring police onto the campus, saying it endangered students."
K10 = "Hundreds of people rallied outside the campus gates on Broadway on Wednesday morning, chanting for the release of those arrested."
K11 = "House Speaker Mike Johnson, who visited the campus last week, has called on Shafik to resign over her handling of the protests."

EN01 = {
    "id": "hm146-en-01", "lang": "en", "url": None, "published": "2024-05-01",
    "title": "New York police clear occupied building at Columbia, dozens arrested",
    "text": paragraphs([K1, K2, K3, K4], [K5, K6, K7, K8], [K9, K10, K11]),
    "events": [
        event("COERCE", NYPD, PROTESTERS, K1, mode="arrest", date="2024-04-30", location="New York", location_country="USA"),
        event("COERCE", NYPD, PROTESTERS, K2, mode="seize", date="2024-04-30", location="New York", location_country="USA"),
        event("PROTEST", PROTESTERS, COLUMBIA, K2, mode="obstruct", date="2024-04-30", location="New York", location_country="USA"),
        event("PROTEST", PROTESTERS, COLUMBIA, K3, mode="obstruct", date="2024-04-30", location="New York", location_country="USA"),
        event("COERCE", NYPD, PROTESTERS, K4, mode="arrest", date="2024-04-30", location="New York", location_country="USA"),
        event("REQUEST", SHAFIK, NYPD, K5, mode="assist"),
        event("ACCUSE", SHAFIK, PROTESTERS, K6, mode="disapprove"),
        event("ACCUSE", ADAMS, AGITATORS, K7, mode="allege"),
        event("ACCUSE", KIRBY, PROTESTERS, K8, mode="disapprove"),
        event("ACCUSE", AAUP, COLUMBIA, K9, mode="disapprove"),
        event("PROTEST", RALLY, COLUMBIA, K10, mode="demo", date="2024-05-01", location="New York", location_country="USA"),
        event("CONSULT", JOHNSON, COLUMBIA, K11, mode="visit", location="New York", location_country="USA"),
        event("REQUEST", JOHNSON, SHAFIK, K11, mode="change"),
    ],
    "quotes": [
        quote("Hind's Hall", "pro-Palestinian protesters at Columbia University", "direct"),
        quote("the university divest from companies with ties to Israel", "pro-Palestinian protesters at Columbia University", "indirect"),
        quote("109 people had been arrested at Columbia", "Edward Caban", "indirect"),
        quote("officers met little resistance", "Edward Caban", "indirect"),
        quote("the university had requested their help to clear the building and the encampment", "Minouche Shafik", "indirect"),
        quote("The occupation of Hamilton Hall crossed a line that we could not allow to stand", "Minouche Shafik", "direct"),
        quote("outside agitators", "Eric Adams", "direct"),
        quote("the occupation had been led by \"outside agitators\" who were not students", "Eric Adams", "indirect"),
        quote("absolutely the wrong approach", "John Kirby", "direct"),
        quote("forcibly taking over a building was \"absolutely the wrong approach\" and not an example of peaceful protest", "John Kirby", "indirect"),
        quote("it endangered students", "Columbia chapter of the American Association of University Professors", "indirect"),
    ],
    "entities": [
        entity("New York City Police Department", "ORG", "USA", ["New York police officers", "Officers in riot gear", "police", "officers"]),
        entity("New York", "LOC", "USA", ["New York"]),
        entity("Hamilton Hall", "LOC", "USA", ["a Columbia University building occupied by pro-Palestinian protesters", "Hamilton Hall", "the building", "Hind's Hall"]),
        entity("Columbia University", "ORG", "USA", ["Columbia University", "the university", "Columbia"]),
        entity("pro-Palestinian protesters at Columbia University", "ORG", "USA", ["pro-Palestinian protesters", "protesters", "The protesters"]),
        entity("Columbia protest encampment", "LOC", "USA", ["a protest encampment", "the encampment"]),
        entity("Columbia University campus", "LOC", "USA", ["the campus", "campus", "the campus gates"]),
        entity("people arrested at Columbia", "ORG", "USA", ["dozens of people", "109 people", "those arrested"]),
        entity("Israel", "GPE", "ISR", ["Israel"]),
        entity("companies with ties to Israel", "ORG", None, ["companies with ties to Israel"]),
        entity("Edward Caban", "PER", "USA", ["Police Commissioner Edward Caban"]),
        entity("Minouche Shafik", "PER", "USA", ["Columbia President Minouche Shafik", "Shafik", "her"]),
        entity("Columbia students and staff", "ORG", "USA", ["students and staff"]),
        entity("Eric Adams", "PER", "USA", ["Mayor Eric Adams"]),
        entity("outside agitators", "ORG", "USA", ["outside agitators"]),
        entity("protest organizers", "ORG", "USA", ["protest organizers"]),
        entity("John Kirby", "PER", "USA", ["White House national security spokesman John Kirby"]),
        entity("White House", "ORG", "USA", ["White House"]),
        entity("Columbia chapter of the American Association of University Professors", "ORG", "USA", ["Columbia's chapter of the American Association of University Professors"]),
        entity("Columbia protest supporters", "ORG", "USA", ["Hundreds of people"]),
        entity("Broadway", "LOC", "USA", ["Broadway"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
    ],
}

# ---------------------------------------------------------------- hm146-en-02
SVERDLOVSK_COURT = actor("Sverdlovsk Regional Court", "RUS", "JUD")
KARELINA = actor("Ksenia Karelina", "USA", "CVL")
RAZOM = actor("Razom for Ukraine", "USA", "NGO")
FSB = actor("Federal Security Service", "RUS", "COP")
MUSHAILOV = actor("Mikhail Mushailov", "RUS", "CVL")
STATE_DEPT = actor("United States Department of State", "USA", "GOV")
US_PRISONERS = actor("Americans held in Russia", "USA", "CVL")
VAN_HEERDEN = actor("Chris van Heerden", "ZAF", "CVL")
BIDEN = actor("Joe Biden", "USA", "GOV")

L1 = "A Russian court on Thursday sentenced a Russian-American woman to 12 years in a penal colony for treason after she donated about $50 to a charity that helps Ukraine."
L2 = "The Sverdlovsk Regional Court in Yekaterinburg found Ksenia Karelina, 33, guilty of raising funds for the Ukrainian armed forces, a charge she admitted at a closed hearing last week, her lawyer Mikhail Mushailov said."
L3 = "Karelina, who holds dual citizenship and lives in Los Angeles, was detained by the Federal Security Service (FSB) in January while visiting her family in Yekaterinburg."
L4 = "Prosecutors said she had transferred $51.80 to the New York-based charity Razom for Ukraine in February 2022."
L5 = "Mushailov said the defense would appeal, calling the sentence \"extremely harsh\" for such a small donation."
L6 = "A State Department spokesperson called the verdict \"vindictive\" and said Washington would keep pressing Moscow to release her."
L7 = "Kremlin spokesman Dmitry Peskov declined to comment on the case, saying it was a matter for the courts."
L8 = "Razom for Ukraine said it was \"appalled\" by the sentence and that its donations go to humanitarian, not military, purposes."
L9 = "Karelina's case has drawn comparisons with those of other Americans held in Russia, several of whom were freed two weeks ago in the largest East-West prisoner exchange since the Cold War."
L10 = "Her boyfriend, the former South African boxer Chris van Heerden, urged President Joe Biden to include her in any future exchange."

EN02 = {
    "id": "hm146-en-02", "lang": "en", "url": None, "published": "2024-08-15",
    "title": "Russian court jails U.S.-Russian woman for 12 years over Ukraine charity donation",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7], [L8, L9, L10]),
    "events": [
        event("SANCTION", SVERDLOVSK_COURT, KARELINA, L1, mode="convict", date="2024-08-15", location="Yekaterinburg", location_country="RUS"),
        event("COERCE", SVERDLOVSK_COURT, KARELINA, L1, mode="arrest", date="2024-08-15", location="Yekaterinburg", location_country="RUS"),
        event("AID", KARELINA, RAZOM, L1),
        event("SANCTION", SVERDLOVSK_COURT, KARELINA, L2, mode="convict", date="2024-08-15", location="Yekaterinburg", location_country="RUS"),
        event("CONCEDE", KARELINA, SVERDLOVSK_COURT, L2),
        event("COERCE", FSB, KARELINA, L3, mode="arrest", location="Yekaterinburg", location_country="RUS"),
        event("AID", KARELINA, RAZOM, L4),
        event("ACCUSE", MUSHAILOV, SVERDLOVSK_COURT, L5, mode="disapprove"),
        event("ACCUSE", STATE_DEPT, SVERDLOVSK_COURT, L6, mode="disapprove"),
        event("REQUEST", STATE_DEPT, RUS, L6, mode="yield"),
        event("ACCUSE", RAZOM, SVERDLOVSK_COURT, L8, mode="disapprove"),
        event("RETREAT", RUS, US_PRISONERS, L9, mode="release"),
        event("REQUEST", VAN_HEERDEN, BIDEN, L10, mode="assist"),
    ],
    "quotes": [
        quote("The Sverdlovsk Regional Court in Yekaterinburg found Ksenia Karelina, 33, guilty of raising funds for the Ukrainian armed forces, a charge she admitted at a closed hearing last week", "Mikhail Mushailov", "indirect"),
        quote("she had transferred $51.80 to the New York-based charity Razom for Ukraine in February 2022", "Russian prosecutors", "indirect"),
        quote("the defense would appeal", "Mikhail Mushailov", "indirect"),
        quote("extremely harsh", "Mikhail Mushailov", "direct"),
        quote("vindictive", "State Department spokesperson", "direct"),
        quote("Washington would keep pressing Moscow to release her", "State Department spokesperson", "indirect"),
        quote("it was a matter for the courts", "Dmitry Peskov", "indirect"),
        quote("appalled", "Razom for Ukraine", "direct"),
        quote("it was \"appalled\" by the sentence", "Razom for Ukraine", "indirect"),
        quote("its donations go to humanitarian, not military, purposes", "Razom for Ukraine", "indirect"),
    ],
    "entities": [
        entity("Sverdlovsk Regional Court", "ORG", "RUS", ["A Russian court", "The Sverdlovsk Regional Court in Yekaterinburg"]),
        entity("Ksenia Karelina", "PER", "USA", ["a Russian-American woman", "Ksenia Karelina", "Karelina", "she", "her"]),
        entity("Razom for Ukraine", "ORG", "USA", ["a charity that helps Ukraine", "the New York-based charity Razom for Ukraine", "Razom for Ukraine"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["the Ukrainian armed forces"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Yekaterinburg"]),
        entity("Mikhail Mushailov", "PER", "RUS", ["her lawyer Mikhail Mushailov", "Mushailov"]),
        entity("Los Angeles", "LOC", "USA", ["Los Angeles"]),
        entity("Federal Security Service", "ORG", "RUS", ["the Federal Security Service (FSB)"]),
        entity("Karelina's family", "ORG", "RUS", ["her family"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Prosecutors"]),
        entity("Karelina's defense", "ORG", "RUS", ["the defense"]),
        entity("State Department spokesperson", "PER", "USA", ["A State Department spokesperson"]),
        entity("United States", "GPE", "USA", ["Washington"]),
        entity("Russia", "GPE", "RUS", ["Moscow", "Russia"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Kremlin", "ORG", "RUS", ["Kremlin"]),
        entity("Americans held in Russia", "ORG", "USA", ["other Americans held in Russia", "several of whom"]),
        entity("Chris van Heerden", "PER", "ZAF", ["Her boyfriend, the former South African boxer Chris van Heerden"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
