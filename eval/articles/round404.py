"""Round 404: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2023-2025, invented wording and details):
- hm404-de-01: Romania: the Constitutional Court bars far-right MEP Diana Șoșoacă from the presidential election; she speaks of a coup, S.O.S. România supporters protest and four are detained, Simion objects and asks for a rethink, Ciolacu welcomes the ruling, her annexation bill and Ukraine's entry ban recalled (2024-10-05).
- hm404-de-02: Luxembourg: tens of thousands march in Luxembourg City against the Frieden government's pension reform at the call of OGBL and LCGB; Back demands withdrawal, Dury threatens a general strike, Frieden refuses but invites to a social summit, LSAP criticises, UEL backs the plans, no arrests (2025-06-28).
- hm404-de-03: Gibraltar/EU: the UK and the EU reach agreement on Gibraltar's post-Brexit status; Lammy and Albares meet Šefčovič in Brussels with Picardo, Picardo thanks Madrid, Conservatives and Patel accuse Labour, Lammy rejects the criticism, Vox objects, Spain's earlier threat of tougher border checks (2025-06-11).
- hm404-de-04: Lithuania/China: Vilnius declares three staff of the Chinese mission persona non grata for breaching the Vienna Convention and summons the chargé; Beijing protests, Mao Ning threatens a response and denies the charge, Landsbergis and Nausėda back the move, the 2021 Taiwan office row, China's downgrade, trade curbs and the EU's WTO case recalled (2024-11-28).
- hm404-en-01: Latvia: the migration office orders 985 Russian citizens who missed the Latvian language-test deadline to leave; no forced deportations yet, Kozlovskis defends the rules, Moscow and Zakharova condemn and threaten, the Latvian Human Rights Committee sues at the ECHR, the 2023 expulsion of Russia's ambassador and Rinkēvičs' refusal recalled (2024-01-09).
- hm404-en-02: Serbia: opposition lawmakers throw smoke bombs and tear gas in parliament; Obradović suffers a stroke, the opposition demands confirmation of the government's fall, Brnabić and Vučić condemn, Belgrade prosecutors investigate, the university funding law passes, the Novi Sad canopy protests, Vučević's resignation and the students' rejection of talks recalled (2025-03-04).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm404-de-01 (Romania, Șoșoacă barred)
CCR = actor("Constitutional Court of Romania", "ROU", "JUD")
SOSOACA = actor("Diana Șoșoacă", "ROU", "PTY")
SOS_SUPPORTERS = actor("supporters of S.O.S. Romania", "ROU", "CVL")
GENDARMERIE = actor("Romanian Gendarmerie", "ROU", "COP")
SIMION = actor("George Simion", "ROU", "PTY")
CIOLACU = actor("Marcel Ciolacu", "ROU", "GOV")
UKR_GOV = actor("Government of Ukraine", "UKR", "GOV")

R1 = ("Bukarest (dpa) - Das rumänische Verfassungsgericht hat die rechtsextreme Politikerin Diana Șoșoacă von der "
      "Präsidentenwahl im November ausgeschlossen.")
R2 = "Die Richter gaben am Samstag mehreren Einsprüchen gegen ihre Kandidatur statt, wie das Gericht in Bukarest mitteilte."
R3 = ("Zur Begründung hieß es, die Europaabgeordnete habe mit ihren Äußerungen gegen die Mitgliedschaft Rumäniens in der "
      "Europäischen Union und der Nato die Pflicht zur Verteidigung der Verfassungsordnung verletzt.")
R4 = "Gegen die Entscheidung ist kein Rechtsmittel möglich."
R5 = ("Șoșoacă sprach vor dem Gerichtsgebäude von einem „Staatsstreich“ und warf den Richtern vor, im Auftrag Brüssels "
      "zu handeln.")
R6 = "„Ich werde weiterkämpfen, bis zum Ende“, rief die 49-Jährige ihren Anhängern zu."
R7 = ("Mehrere Hundert Unterstützer ihrer Partei S.O.S. România protestierten vor dem Gericht und versuchten, eine "
      "Absperrung der Gendarmerie zu durchbrechen.")
R8 = "Die Gendarmen drängten die Menge zurück und nahmen vier Menschen fest."
R9 = "Der Chef der rechtsextremen Partei AUR, George Simion, verurteilte den Ausschluss als „Angriff auf die Demokratie“."
R10 = "Simion, der selbst kandidiert, forderte das Gericht auf, seine Entscheidung zu überdenken."
R11 = "Ministerpräsident Marcel Ciolacu, der für die Sozialdemokraten antritt, begrüßte dagegen das Urteil."
R12 = "Rumänien werde sich von niemandem von seinem proeuropäischen Kurs abbringen lassen, sagte er."
R13 = "Șoșoacă war in der Vergangenheit immer wieder mit prorussischen Äußerungen aufgefallen."
R14 = "Im vergangenen Jahr hatte sie im Senat einen Gesetzentwurf zur Annexion ukrainischer Gebiete eingebracht."
R15 = "Die Ukraine verhängte daraufhin ein Einreiseverbot gegen sie."
R16 = "Den Vorwurf, aus Moskau gesteuert zu werden, weist sie zurück."
R17 = "Die erste Runde der Präsidentenwahl ist für den 24. November angesetzt."

DE01 = {
    "id": "hm404-de-01", "lang": "de", "url": None, "published": "2024-10-05",
    "title": "Rumänisches Verfassungsgericht schließt Șoșoacă von Präsidentenwahl aus",
    "text": paragraphs([R1, R2, R3, R4], [R5, R6, R7, R8], [R9, R10, R11, R12], [R13, R14, R15, R16, R17]),
    "events": [
        event("COERCE", CCR, SOSOACA, R1, mode="restrict"),
        event("COERCE", CCR, SOSOACA, R2, mode="restrict", date="2024-10-05", location="Bucharest",
              location_country="ROU"),
        event("ACCUSE", CCR, SOSOACA, R3, mode="allege"),
        event("ACCUSE", SOSOACA, CCR, R5, mode="disapprove"),
        event("PROTEST", SOS_SUPPORTERS, CCR, R7, mode="demo"),
        event("COERCE", GENDARMERIE, SOS_SUPPORTERS, R8, mode="crowd-control"),
        event("COERCE", GENDARMERIE, SOS_SUPPORTERS, R8, mode="arrest"),
        event("ACCUSE", SIMION, CCR, R9, mode="disapprove"),
        event("REQUEST", SIMION, CCR, R10, mode="change"),
        event("SUPPORT", CIOLACU, CCR, R11),
        event("THREATEN", SOSOACA, UKR_GOV, R14, mode="territory"),
        event("REJECT", UKR_GOV, SOSOACA, R15),
    ],
    "quotes": [
        quote("Die Richter gaben am Samstag mehreren Einsprüchen gegen ihre Kandidatur statt",
              "Constitutional Court of Romania", "indirect"),
        quote("die Europaabgeordnete habe mit ihren Äußerungen gegen die Mitgliedschaft Rumäniens in der Europäischen "
              "Union und der Nato die Pflicht zur Verteidigung der Verfassungsordnung verletzt",
              "Constitutional Court of Romania", "indirect"),
        quote("Staatsstreich", "Diana Șoșoacă", "direct"),
        quote("im Auftrag Brüssels zu handeln", "Diana Șoșoacă", "indirect"),
        quote("Ich werde weiterkämpfen, bis zum Ende", "Diana Șoșoacă", "direct"),
        quote("Angriff auf die Demokratie", "George Simion", "direct"),
        quote("seine Entscheidung zu überdenken", "George Simion", "indirect"),
        quote("Rumänien werde sich von niemandem von seinem proeuropäischen Kurs abbringen lassen", "Marcel Ciolacu",
              "indirect"),
    ],
    "entities": [
        entity("Bucharest", "LOC", "ROU", ["Bukarest"]),
        entity("Constitutional Court of Romania", "ORG", "ROU",
               ["Das rumänische Verfassungsgericht", "Die Richter", "das Gericht", "den Richtern", "dem Gericht"]),
        entity("Diana Șoșoacă", "PER", "ROU",
               ["die rechtsextreme Politikerin Diana Șoșoacă", "ihre", "die Europaabgeordnete", "ihren", "Șoșoacă",
                "die 49-Jährige", "ihrer", "sie"]),
        entity("Romania", "LOC", "ROU", ["Rumäniens"]),
        entity("Government of Romania", "ORG", "ROU", ["Rumänien"]),
        entity("European Union", "ORG", "EUR", ["der Europäischen Union", "Brüssels"]),
        entity("NATO", "ORG", "IGO", ["der Nato"]),
        entity("supporters of S.O.S. Romania", "PER", "ROU",
               ["ihren Anhängern", "Mehrere Hundert Unterstützer ihrer Partei S.O.S. România", "die Menge",
                "vier Menschen"]),
        entity("S.O.S. Romania", "ORG", "ROU", ["ihrer Partei S.O.S. România"]),
        entity("Romanian Gendarmerie", "ORG", "ROU", ["der Gendarmerie", "Die Gendarmen"]),
        entity("Alliance for the Union of Romanians", "ORG", "ROU", ["der rechtsextremen Partei AUR"]),
        entity("George Simion", "PER", "ROU", ["Der Chef der rechtsextremen Partei AUR, George Simion", "Simion"]),
        entity("Marcel Ciolacu", "PER", "ROU", ["Ministerpräsident Marcel Ciolacu", "er"]),
        entity("Social Democratic Party (Romania)", "ORG", "ROU", ["die Sozialdemokraten"]),
        entity("Senate of Romania", "ORG", "ROU", ["im Senat"]),
        entity("Government of Ukraine", "ORG", "UKR", ["Die Ukraine"]),
        entity("Government of Russia", "ORG", "RUS", ["Moskau"]),
    ],
}

# ---------------------------------------------------------------- hm404-de-02 (Luxembourg, pension protest)
LUX_PROTESTERS = actor("protesters in Luxembourg", "LUX", "CVL")
LUX_GOV = actor("Government of Luxembourg", "LUX", "GOV")
OGBL = actor("OGBL", "LUX", "LAB")
LCGB = actor("LCGB", "LUX", "LAB")
BACK = actor("Nora Back", "LUX", "LAB")
DURY = actor("Patrick Dury", "LUX", "LAB")
FRIEDEN = actor("Luc Frieden", "LUX", "GOV")
UEL = actor("Union of Luxembourg Enterprises", "LUX", "BUS")
LSAP = actor("Luxembourg Socialist Workers' Party", "LUX", "PTY")
LUX_POLICE = actor("Grand Ducal Police", "LUX", "COP")

L1 = ("Luxemburg (dpa) - Zehntausende Menschen haben in Luxemburg gegen die geplante Rentenreform der Regierung von "
      "Premierminister Luc Frieden demonstriert.")
L2 = ("Nach Angaben der Veranstalter zogen am Samstag mehr als 25.000 Teilnehmer durch die Hauptstadt des "
      "Großherzogtums.")
L3 = "Es war eine der größten Kundgebungen in der Geschichte des Landes."
L4 = "Aufgerufen hatten die Gewerkschaften OGBL und LCGB, die erstmals seit Jahren gemeinsam auftraten."
L5 = "Sozialministerin Martine Deprez will unter anderem die Beitragszeit für eine volle Rente schrittweise verlängern."
L6 = "Zudem plant die Regierung längere Ladenöffnungszeiten an Sonntagen."
L7 = "OGBL-Präsidentin Nora Back forderte die Regierung auf, die Pläne vollständig zurückzuziehen."
L8 = "„Diese Regierung greift die Renten der Beschäftigten an“, rief sie unter dem Beifall der Menge."
L9 = "LCGB-Chef Patrick Dury drohte mit einem Generalstreik, sollte das Kabinett an seinem Kurs festhalten."
L10 = "Einen landesweiten Streik hat es in Luxemburg seit 1982 nicht mehr gegeben."
L11 = "Frieden lehnte einen Rückzug der Reform ab."
L12 = ("Ohne Anpassungen sei das Rentensystem auf Dauer nicht finanzierbar, sagte der christsoziale Regierungschef dem "
       "Sender RTL.")
L13 = "Zugleich lud er die Gewerkschaften und den Arbeitgeberverband UEL für den 9. Juli zu einem Sozialgipfel ein."
L14 = ("Back sagte ihre Teilnahme zu, machte aber deutlich, dass der OGBL nicht über ein fertiges Paket verhandeln "
       "werde.")
L15 = ("Die oppositionellen Sozialisten der LSAP warfen der Regierung vor, den sozialen Frieden im Land aufs Spiel zu "
       "setzen.")
L16 = "Der Arbeitgeberverband unterstützt dagegen die Pläne."
L17 = "Die Polizei meldete einen friedlichen Verlauf ohne Festnahmen."

DE02 = {
    "id": "hm404-de-02", "lang": "de", "url": None, "published": "2025-06-28",
    "title": "Zehntausende protestieren in Luxemburg gegen Rentenreform",
    "text": paragraphs([L1, L2, L3, L4], [L5, L6, L7, L8, L9, L10], [L11, L12, L13, L14], [L15, L16, L17]),
    "events": [
        event("PROTEST", LUX_PROTESTERS, LUX_GOV, L1, mode="demo", location="Luxembourg", location_country="LUX"),
        event("PROTEST", LUX_PROTESTERS, LUX_GOV, L2, mode="demo", date="2025-06-28", location="Luxembourg",
              location_country="LUX"),
        event("PROTEST", OGBL, LUX_GOV, L4, mode="demo"),
        event("PROTEST", LCGB, LUX_GOV, L4, mode="demo"),
        event("REQUEST", BACK, LUX_GOV, L7, mode="change"),
        event("ACCUSE", BACK, LUX_GOV, L8, mode="disapprove"),
        event("THREATEN", DURY, LUX_GOV, L9),
        event("REJECT", FRIEDEN, BACK, L11, mode="change"),
        event("AGREE", FRIEDEN, OGBL, L13, mode="meet"),
        event("AGREE", FRIEDEN, LCGB, L13, mode="meet"),
        event("AGREE", FRIEDEN, UEL, L13, mode="meet"),
        event("AGREE", BACK, FRIEDEN, L14, mode="meet"),
        event("ACCUSE", LSAP, LUX_GOV, L15, mode="disapprove"),
        event("SUPPORT", UEL, LUX_GOV, L16),
        event("COERCE", LUX_POLICE, LUX_PROTESTERS, L17, mode="arrest", negated=True),
    ],
    "quotes": [
        quote("Nach Angaben der Veranstalter zogen am Samstag mehr als 25.000 Teilnehmer durch die Hauptstadt des "
              "Großherzogtums", "organisers of the demonstration", "indirect"),
        quote("die Pläne vollständig zurückzuziehen", "Nora Back", "indirect"),
        quote("Diese Regierung greift die Renten der Beschäftigten an", "Nora Back", "direct"),
        quote("Ohne Anpassungen sei das Rentensystem auf Dauer nicht finanzierbar", "Luc Frieden", "indirect"),
        quote("dass der OGBL nicht über ein fertiges Paket verhandeln werde", "Nora Back", "indirect"),
        quote("den sozialen Frieden im Land aufs Spiel zu setzen", "Luxembourg Socialist Workers' Party", "indirect"),
    ],
    "entities": [
        entity("Luxembourg City", "LOC", "LUX", ["Luxemburg", "die Hauptstadt des Großherzogtums"]),
        entity("Luxembourg", "LOC", "LUX", ["Luxemburg", "des Großherzogtums", "des Landes", "im Land"]),
        entity("protesters in Luxembourg", "PER", "LUX", ["Zehntausende Menschen", "mehr als 25.000 Teilnehmer",
                                                          "der Menge"]),
        entity("Government of Luxembourg", "ORG", "LUX",
               ["der Regierung von Premierminister Luc Frieden", "die Regierung", "Diese Regierung", "das Kabinett",
                "der Regierung"]),
        entity("Luc Frieden", "PER", "LUX", ["Premierminister Luc Frieden", "Frieden", "der christsoziale Regierungschef",
                                             "er"]),
        entity("organisers of the demonstration", "ORG", "LUX", ["der Veranstalter"]),
        entity("OGBL", "ORG", "LUX", ["die Gewerkschaften", "OGBL", "der OGBL"]),
        entity("LCGB", "ORG", "LUX", ["die Gewerkschaften", "LCGB"]),
        entity("Martine Deprez", "PER", "LUX", ["Sozialministerin Martine Deprez"]),
        entity("Nora Back", "PER", "LUX", ["OGBL-Präsidentin Nora Back", "sie", "Back", "ihre"]),
        entity("Patrick Dury", "PER", "LUX", ["LCGB-Chef Patrick Dury"]),
        entity("RTL", "ORG", "LUX", ["dem Sender RTL"]),
        entity("Union of Luxembourg Enterprises", "ORG", "LUX", ["den Arbeitgeberverband UEL", "Der Arbeitgeberverband"]),
        entity("Luxembourg Socialist Workers' Party", "ORG", "LUX", ["Die oppositionellen Sozialisten der LSAP"]),
        entity("Grand Ducal Police", "ORG", "LUX", ["Die Polizei"]),
    ],
}

# ---------------------------------------------------------------- hm404-de-03 (Gibraltar, UK-EU agreement)
GBR_GOV = actor("Government of the United Kingdom", "GBR", "GOV")
EU = actor("European Union", "EUR", "IGO")
LAMMY = actor("David Lammy", "GBR", "GOV")
ALBARES = actor("José Manuel Albares", "ESP", "GOV")
SEFCOVIC = actor("Maroš Šefčovič", "EUR", "IGO")
PICARDO = actor("Fabian Picardo", "GIB", "GOV")
ESP_GOV = actor("Government of Spain", "ESP", "GOV")
TORIES = actor("Conservative Party (UK)", "GBR", "PTY")
PATEL = actor("Priti Patel", "GBR", "OPP")
VOX = actor("Vox", "ESP", "PTY")

G1 = ("Brüssel (dpa) - Großbritannien und die Europäische Union haben sich nach jahrelangen Verhandlungen auf die "
      "künftigen Beziehungen zum britischen Überseegebiet Gibraltar geeinigt.")
G2 = ("Der britische Außenminister David Lammy und sein spanischer Kollege José Manuel Albares kamen dafür am Mittwoch "
      "in Brüssel mit EU-Handelskommissar Maroš Šefčovič zusammen.")
G3 = "Auch Gibraltars Regierungschef Fabian Picardo nahm an dem Treffen teil."
G4 = ("Die Vereinbarung sieht vor, dass die Kontrollen an der Grenze zwischen Gibraltar und der spanischen Stadt La "
      "Línea de la Concepción wegfallen.")
G5 = ("Stattdessen sollen spanische Beamte künftig am Flughafen und im Hafen von Gibraltar Einreisekontrollen für den "
      "Schengenraum vornehmen.")
G6 = "Lammy sprach von einem „historischen Durchbruch“ für die Menschen auf beiden Seiten der Grenze."
G7 = "Albares betonte, Spanien gebe damit seinen Anspruch auf den Felsen nicht auf."
G8 = "Picardo dankte der spanischen Regierung ausdrücklich für ihre „konstruktive Haltung“."
G9 = "In London warf die konservative Opposition der Labour-Regierung vor, britische Souveränität preiszugeben."
G10 = "Schattenaußenministerin Priti Patel sprach von einer „Kapitulation“ gegenüber Madrid und Brüssel."
G11 = "Lammy wies die Kritik zurück: Die Souveränität Gibraltars stehe nicht zur Debatte."
G12 = "Auch in Spanien kritisierte die rechtspopulistische Partei Vox die Einigung als Verrat an nationalen Interessen."
G13 = ("Madrid hatte zuvor gedroht, ohne Abkommen an der Grenze strengere Kontrollen nach dem neuen europäischen "
       "Einreisesystem einzuführen.")
G14 = ("Der Vertragstext muss noch ausgearbeitet und vom britischen Parlament sowie vom Europäischen Parlament gebilligt "
       "werden.")
G15 = ("Gibraltar war 1713 im Frieden von Utrecht an Großbritannien abgetreten worden, Spanien erhebt aber bis heute "
       "Anspruch auf das Gebiet.")
G16 = "Rund 15.000 Menschen, die meisten von ihnen Spanier, pendeln täglich zur Arbeit über die Grenze."

DE03 = {
    "id": "hm404-de-03", "lang": "de", "url": None, "published": "2025-06-11",
    "title": "London und EU einigen sich auf Zukunft Gibraltars",
    "text": paragraphs([G1, G2, G3, G4, G5], [G6, G7, G8], [G9, G10, G11, G12], [G13, G14, G15, G16]),
    "events": [
        event("AGREE", GBR_GOV, EU, G1),
        event("CONSULT", LAMMY, SEFCOVIC, G2, mode="meet", date="2025-06-11", location="Brussels",
              location_country="BEL"),
        event("CONSULT", ALBARES, SEFCOVIC, G2, mode="meet", date="2025-06-11", location="Brussels",
              location_country="BEL"),
        event("CONSULT", PICARDO, SEFCOVIC, G3, mode="meet", date="2025-06-11", location="Brussels",
              location_country="BEL"),
        event("SUPPORT", PICARDO, ESP_GOV, G8),
        event("ACCUSE", TORIES, GBR_GOV, G9, mode="disapprove", location="London", location_country="GBR"),
        event("ACCUSE", PATEL, GBR_GOV, G10, mode="disapprove"),
        event("ACCUSE", VOX, ESP_GOV, G12, mode="disapprove"),
        event("THREATEN", ESP_GOV, GBR_GOV, G13, mode="restrict"),
    ],
    "quotes": [
        quote("historischen Durchbruch", "David Lammy", "direct"),
        quote("Spanien gebe damit seinen Anspruch auf den Felsen nicht auf", "José Manuel Albares", "indirect"),
        quote("konstruktive Haltung", "Fabian Picardo", "direct"),
        quote("britische Souveränität preiszugeben", "Conservative Party (UK)", "indirect"),
        quote("Kapitulation", "Priti Patel", "direct"),
        quote("Die Souveränität Gibraltars stehe nicht zur Debatte", "David Lammy", "indirect"),
        quote("ohne Abkommen an der Grenze strengere Kontrollen nach dem neuen europäischen Einreisesystem einzuführen",
              "Government of Spain", "indirect"),
    ],
    "entities": [
        entity("Brussels", "LOC", "BEL", ["Brüssel"]),
        entity("United Kingdom", "LOC", "GBR", ["Großbritannien"]),
        entity("Government of the United Kingdom", "ORG", "GBR", ["Großbritannien", "der Labour-Regierung"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union", "Brüssel"]),
        entity("Gibraltar", "LOC", "GIB", ["britischen Überseegebiet Gibraltar", "Gibraltar", "Gibraltars",
                                           "den Felsen", "das Gebiet"]),
        entity("David Lammy", "PER", "GBR", ["Der britische Außenminister David Lammy", "Lammy"]),
        entity("José Manuel Albares", "PER", "ESP", ["sein spanischer Kollege José Manuel Albares", "Albares"]),
        entity("Maroš Šefčovič", "PER", "EUR", ["EU-Handelskommissar Maroš Šefčovič"]),
        entity("Fabian Picardo", "PER", "GIB", ["Gibraltars Regierungschef Fabian Picardo", "Picardo"]),
        entity("La Línea de la Concepción", "LOC", "ESP", ["der spanischen Stadt La Línea de la Concepción"]),
        entity("Spanish border officials", "PER", "ESP", ["spanische Beamte"]),
        entity("Gibraltar International Airport", "LOC", "GIB", ["Flughafen"]),
        entity("Port of Gibraltar", "LOC", "GIB", ["Hafen von Gibraltar"]),
        entity("Schengen Area", "LOC", "EUR", ["den Schengenraum"]),
        entity("Spain", "LOC", "ESP", ["Spanien"]),
        entity("Government of Spain", "ORG", "ESP", ["Spanien", "der spanischen Regierung", "Madrid"]),
        entity("London", "LOC", "GBR", ["London"]),
        entity("Conservative Party (UK)", "ORG", "GBR", ["die konservative Opposition"]),
        entity("Priti Patel", "PER", "GBR", ["Schattenaußenministerin Priti Patel"]),
        entity("Vox", "ORG", "ESP", ["die rechtspopulistische Partei Vox"]),
        entity("Entry/Exit System", "MISC", "EUR", ["dem neuen europäischen Einreisesystem"]),
        entity("Parliament of the United Kingdom", "ORG", "GBR", ["vom britischen Parlament"]),
        entity("European Parliament", "ORG", "EUR", ["vom Europäischen Parlament"]),
        entity("Treaty of Utrecht", "MISC", None, ["im Frieden von Utrecht"]),
        entity("cross-border commuters", "PER", "ESP", ["Rund 15.000 Menschen", "Spanier"]),
    ],
}

# ---------------------------------------------------------------- hm404-de-04 (Lithuania/China, diplomats expelled)
LTU_GOV = actor("Government of Lithuania", "LTU", "GOV")
LTU_MFA = actor("Ministry of Foreign Affairs of Lithuania", "LTU", "GOV")
CHN_GOV = actor("Government of China", "CHN", "GOV")
CHN_DIPLOMATS = actor("Chinese diplomats in Lithuania", "CHN", "GOV")
MAO = actor("Mao Ning", "CHN", "GOV")
LANDSBERGIS = actor("Gabrielius Landsbergis", "LTU", "GOV")
NAUSEDA = actor("Gitanas Nausėda", "LTU", "GOV")
EU_COMMISSION = actor("European Commission", "EUR", "IGO")

C1 = ("Vilnius (dpa) - Litauen hat drei Mitarbeiter der chinesischen Vertretung in Vilnius zu unerwünschten Personen "
      "erklärt.")
C2 = "Sie müssten das Land innerhalb einer Woche verlassen, teilte das Außenministerium am Donnerstag mit."
C2B = ("Der chinesische Geschäftsträger in Vilnius wurde am Donnerstag ins Außenministerium einbestellt, um die "
       "Entscheidung entgegenzunehmen.")
C3 = ("Die Diplomaten hätten gegen das Wiener Übereinkommen über diplomatische Beziehungen und gegen litauische Gesetze "
      "verstoßen, hieß es zur Begründung.")
C4 = "Einzelheiten nannte das Ministerium nicht."
C5 = ("Peking reagierte mit scharfer Kritik und legte bei der litauischen Vertretung in der chinesischen Hauptstadt "
      "Protest ein.")
C6 = ("Die Ausweisung sei „grundlos“ und schade den ohnehin angespannten Beziehungen, sagte Außenamtssprecherin Mao "
      "Ning.")
C7 = "China werde „entschlossen reagieren“, fügte sie hinzu."
C8 = "Den Vorwurf, die Diplomaten hätten gegen Regeln verstoßen, wies sie zurück."
C9 = "Außenminister Gabrielius Landsbergis sagte, Litauen lasse sich nicht einschüchtern."
C10 = ("Der Schritt richte sich nicht gegen das chinesische Volk, sondern gegen Aktivitäten, die die Sicherheit des "
       "Landes gefährdeten.")
C11 = "Präsident Gitanas Nausėda stellte sich hinter die Entscheidung."
C12 = "Die Beziehungen zwischen beiden Ländern sind seit Jahren schwer belastet."
C13 = "Auslöser war die Eröffnung einer Vertretung Taiwans unter eigenem Namen in Vilnius im Jahr 2021."
C14 = "China zog daraufhin seinen Botschafter ab und stufte die diplomatischen Beziehungen herab."
C15 = "Peking verhängte zudem Handelsbeschränkungen gegen litauische Waren."
C15B = "Die Volksrepublik betrachtet Taiwan als abtrünnige Provinz."
C15C = "Die Zahl der chinesischen Diplomaten in Vilnius ist seither stark geschrumpft."
C16 = "Die EU-Kommission verklagte die Volksrepublik deswegen im Januar 2022 vor der Welthandelsorganisation."

DE04 = {
    "id": "hm404-de-04", "lang": "de", "url": None, "published": "2024-11-28",
    "title": "Litauen weist drei chinesische Diplomaten aus",
    "text": paragraphs([C1, C2, C2B, C3, C4], [C5, C6, C7, C8], [C9, C10, C11], [C12, C13, C14, C15B, C15, C16, C15C]),
    "events": [
        event("SANCTION", LTU_GOV, CHN_GOV, C1, mode="expel", location="Vilnius", location_country="LTU"),
        event("SANCTION", LTU_MFA, CHN_GOV, C2, mode="expel", date="2024-11-28"),
        event("ACCUSE", LTU_MFA, CHN_GOV, C2B, mode="disapprove", date="2024-11-28", location="Vilnius",
              location_country="LTU"),
        event("ACCUSE", LTU_MFA, CHN_DIPLOMATS, C3, mode="allege"),
        event("ACCUSE", CHN_GOV, LTU_GOV, C5, mode="disapprove", location="Beijing", location_country="CHN"),
        event("ACCUSE", MAO, LTU_GOV, C6, mode="disapprove"),
        event("THREATEN", MAO, LTU_GOV, C7),
        event("ACCUSE", LANDSBERGIS, CHN_DIPLOMATS, C10, mode="allege"),
        event("SUPPORT", NAUSEDA, LTU_MFA, C11),
        event("SANCTION", CHN_GOV, LTU_GOV, C14, mode="withdraw"),
        event("SANCTION", CHN_GOV, LTU_GOV, C15),
        event("ACCUSE", EU_COMMISSION, CHN_GOV, C16, mode="allege"),
    ],
    "quotes": [
        quote("Sie müssten das Land innerhalb einer Woche verlassen", "Ministry of Foreign Affairs of Lithuania",
              "indirect"),
        quote("Die Diplomaten hätten gegen das Wiener Übereinkommen über diplomatische Beziehungen und gegen litauische "
              "Gesetze verstoßen", "Ministry of Foreign Affairs of Lithuania", "indirect"),
        quote("grundlos", "Mao Ning", "direct"),
        quote("Die Ausweisung sei „grundlos“ und schade den ohnehin angespannten Beziehungen", "Mao Ning", "indirect"),
        quote("entschlossen reagieren", "Mao Ning", "direct"),
        quote("China werde „entschlossen reagieren“", "Mao Ning", "indirect"),
        quote("Litauen lasse sich nicht einschüchtern", "Gabrielius Landsbergis", "indirect"),
        quote("Der Schritt richte sich nicht gegen das chinesische Volk, sondern gegen Aktivitäten, die die Sicherheit "
              "des Landes gefährdeten", "Gabrielius Landsbergis", "indirect"),
    ],
    "entities": [
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
        entity("Government of Lithuania", "ORG", "LTU", ["Litauen"]),
        entity("Lithuania", "LOC", "LTU", ["das Land", "des Landes"]),
        entity("Chinese diplomats in Lithuania", "PER", "CHN",
               ["drei Mitarbeiter der chinesischen Vertretung in Vilnius", "Sie", "Die Diplomaten", "die Diplomaten",
                "chinesischen Diplomaten in Vilnius"]),
        entity("Office of the Chargé d'Affaires of China in Lithuania", "ORG", "CHN",
               ["der chinesischen Vertretung in Vilnius"]),
        entity("Ministry of Foreign Affairs of Lithuania", "ORG", "LTU", ["das Außenministerium", "ins Außenministerium", "das Ministerium"]),
        entity("Vienna Convention on Diplomatic Relations", "MISC", None,
               ["das Wiener Übereinkommen über diplomatische Beziehungen"]),
        entity("Government of China", "ORG", "CHN", ["Peking", "China", "die Volksrepublik", "Die Volksrepublik"]),
        entity("Office of the Chargé d'Affaires of Lithuania in China", "ORG", "LTU",
               ["der litauischen Vertretung in der chinesischen Hauptstadt"]),
        entity("Beijing", "LOC", "CHN", ["der chinesischen Hauptstadt"]),
        entity("Mao Ning", "PER", "CHN", ["Außenamtssprecherin Mao Ning", "sie"]),
        entity("Gabrielius Landsbergis", "PER", "LTU", ["Außenminister Gabrielius Landsbergis"]),
        entity("Gitanas Nausėda", "PER", "LTU", ["Präsident Gitanas Nausėda"]),
        entity("Taiwanese Representative Office in Lithuania", "ORG", "TWN", ["einer Vertretung Taiwans"]),
        entity("Taiwan", "LOC", "TWN", ["Taiwans", "Taiwan"]),
        entity("Chinese chargé d'affaires in Lithuania", "PER", "CHN", ["Der chinesische Geschäftsträger in Vilnius"]),
        entity("Chinese ambassador to Lithuania", "PER", "CHN", ["seinen Botschafter"]),
        entity("European Commission", "ORG", "EUR", ["Die EU-Kommission"]),
        entity("World Trade Organization", "ORG", "IGO", ["der Welthandelsorganisation"]),
    ],
}

# ---------------------------------------------------------------- hm404-en-01 (Latvia, Russians ordered to leave)
LVA_GOV = actor("Government of Latvia", "LVA", "GOV")
OCMA = actor("Office of Citizenship and Migration Affairs of Latvia", "LVA", "GOV")
RUS_CITIZENS = actor("Russian citizens in Latvia", "RUS", "CVL")
RUS_GOV = actor("Government of Russia", "RUS", "GOV")
ZAKHAROVA = actor("Maria Zakharova", "RUS", "GOV")
LHRC = actor("Latvian Human Rights Committee", "LVA", "NGO")
RINKEVICS = actor("Edgars Rinkēvičs", "LVA", "GOV")

E1 = ("RIGA, Latvia (AP) — Latvia has ordered nearly 1,000 Russian citizens to leave the country after they failed to "
      "meet a deadline to prove basic knowledge of the Latvian language, immigration authorities said Tuesday.")
E2 = ("The Office of Citizenship and Migration Affairs said letters had been sent to 985 people whose permanent "
      "residence permits had expired, giving them three months to go.")
E3 = "No one has been forcibly deported so far, an office spokeswoman said."
E4 = ("Under rules passed by parliament after Russia's full-scale invasion of Ukraine, Russian passport holders who "
      "have long lived in Latvia must pass a basic exam to keep their permits.")
E5 = ("Interior Minister Rihards Kozlovskis defended the measure, saying those affected had been given more than a "
      "year to prepare.")
E6 = "\"We have given people every opportunity, and the law applies to everyone,\" he told public broadcaster LSM."
E7 = "Many of those who must leave are pensioners who moved to Latvia during the Soviet era."
E8 = "Moscow condemned the decision."
E9 = ("Russian Foreign Ministry spokeswoman Maria Zakharova accused Riga of \"segregation\" and said Russia would "
      "respond to the \"persecution\" of its citizens.")
E10 = "She did not say what steps Moscow might take."
E11 = ("The Latvian Human Rights Committee, which represents many Russian speakers, said it had filed complaints "
       "against Latvia with the European Court of Human Rights on behalf of dozens of pensioners.")
E12 = ("Relations between Riga and Moscow have plummeted since the invasion, and Latvia expelled Russia's ambassador "
       "in January 2023.")
E13 = "In December, President Edgars Rinkēvičs rejected Russian demands to scrap the language requirement."
E14 = ("Ethnic Russians make up about a quarter of Latvia's population of 1.9 million, though most of them hold "
       "Latvian citizenship or the country's special non-citizen status.")
E15 = ("The Kremlin has long used the treatment of Russian speakers in the Baltic states to criticize the governments "
       "in Riga, Tallinn and Vilnius.")

EN01 = {
    "id": "hm404-en-01", "lang": "en", "url": None, "published": "2024-01-09",
    "title": "Latvia orders Russians who failed language test to leave",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7], [E8, E9, E10, E11], [E12, E13, E14, E15]),
    "events": [
        event("COERCE", LVA_GOV, RUS_CITIZENS, E1, mode="deport"),
        event("COERCE", OCMA, RUS_CITIZENS, E2, mode="deport"),
        event("COERCE", LVA_GOV, RUS_CITIZENS, E3, mode="deport", negated=True),
        event("ACCUSE", RUS_GOV, LVA_GOV, E8, mode="disapprove"),
        event("ACCUSE", ZAKHAROVA, LVA_GOV, E9, mode="disapprove"),
        event("THREATEN", ZAKHAROVA, LVA_GOV, E9),
        event("ACCUSE", LHRC, LVA_GOV, E11, mode="allege"),
        event("SANCTION", LVA_GOV, RUS_GOV, E12, mode="expel"),
        event("REJECT", RINKEVICS, RUS_GOV, E13, mode="change"),
    ],
    "quotes": [
        quote("Latvia has ordered nearly 1,000 Russian citizens to leave the country after they failed to meet a "
              "deadline to prove basic knowledge of the Latvian language",
              "Office of Citizenship and Migration Affairs of Latvia", "indirect"),
        quote("letters had been sent to 985 people whose permanent residence permits had expired, giving them three "
              "months to go", "Office of Citizenship and Migration Affairs of Latvia", "indirect"),
        quote("No one has been forcibly deported so far",
              "spokeswoman of the Office of Citizenship and Migration Affairs of Latvia", "indirect"),
        quote("those affected had been given more than a year to prepare", "Rihards Kozlovskis", "indirect"),
        quote("We have given people every opportunity, and the law applies to everyone", "Rihards Kozlovskis",
              "direct"),
        quote("segregation", "Maria Zakharova", "direct"),
        quote("persecution", "Maria Zakharova", "direct"),
        quote("Russia would respond to the \"persecution\" of its citizens", "Maria Zakharova", "indirect"),
        quote("it had filed complaints against Latvia with the European Court of Human Rights on behalf of dozens of "
              "pensioners", "Latvian Human Rights Committee", "indirect"),
    ],
    "entities": [
        entity("Riga", "LOC", "LVA", ["RIGA", "Riga"]),
        entity("Latvia", "LOC", "LVA", ["Latvia", "the country", "Latvia's", "the country's"]),
        entity("Government of Latvia", "ORG", "LVA", ["Latvia", "Riga"]),
        entity("Russian citizens in Latvia", "PER", "RUS",
               ["nearly 1,000 Russian citizens", "they", "985 people", "them", "those affected",
                "Russian passport holders who have long lived in Latvia", "Many of those who must leave", "pensioners",
                "its citizens", "dozens of pensioners"]),
        entity("Latvian language", "MISC", "LVA", ["the Latvian language"]),
        entity("Office of Citizenship and Migration Affairs of Latvia", "ORG", "LVA",
               ["immigration authorities", "The Office of Citizenship and Migration Affairs"]),
        entity("spokeswoman of the Office of Citizenship and Migration Affairs of Latvia", "PER", "LVA",
               ["an office spokeswoman"]),
        entity("Saeima", "ORG", "LVA", ["parliament"]),
        entity("Government of Russia", "ORG", "RUS", ["Russia's", "Moscow", "Russia", "The Kremlin"]),
        entity("Ukraine", "LOC", "UKR", ["Ukraine"]),
        entity("Rihards Kozlovskis", "PER", "LVA", ["Interior Minister Rihards Kozlovskis", "he"]),
        entity("LSM", "ORG", "LVA", ["public broadcaster LSM"]),
        entity("Soviet Union", "LOC", "RUS", ["Soviet"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Russian Foreign Ministry"]),
        entity("Maria Zakharova", "PER", "RUS", ["Russian Foreign Ministry spokeswoman Maria Zakharova", "She"]),
        entity("Latvian Human Rights Committee", "ORG", "LVA", ["The Latvian Human Rights Committee", "it"]),
        entity("Russian speakers", "PER", "LVA", ["many Russian speakers", "Russian speakers"]),
        entity("European Court of Human Rights", "ORG", "IGO", ["the European Court of Human Rights"]),
        entity("Russian ambassador to Latvia", "PER", "RUS", ["Russia's ambassador"]),
        entity("Edgars Rinkēvičs", "PER", "LVA", ["President Edgars Rinkēvičs"]),
        entity("Ethnic Russians in Latvia", "PER", "LVA", ["Ethnic Russians", "most of them"]),
        entity("Baltic states", "LOC", None, ["the Baltic states"]),
        entity("Tallinn", "LOC", "EST", ["Tallinn"]),
        entity("Vilnius", "LOC", "LTU", ["Vilnius"]),
    ],
}

# ---------------------------------------------------------------- hm404-en-02 (Serbia, smoke bombs in parliament)
SRB_OPPOSITION = actor("Serbian opposition lawmakers", "SRB", "OPP")
SRB_PARLIAMENT = actor("National Assembly of Serbia", "SRB", "LEG")
BRNABIC = actor("Ana Brnabić", "SRB", "LEG")
VUCIC = actor("Aleksandar Vučić", "SRB", "GOV")
BG_PROSECUTORS = actor("Higher Public Prosecutor's Office in Belgrade", "SRB", "JUD")
SNS = actor("Serbian Progressive Party", "SRB", "PTY")
SRB_STUDENTS = actor("Serbian students", "SRB", "EDU")
SRB_GOV = actor("Government of Serbia", "SRB", "GOV")
VUCEVIC = actor("Miloš Vučević", "SRB", "GOV")
SNS_SUPPORTERS = actor("supporters of the Serbian Progressive Party", "SRB", "CVL")

S1 = ("BELGRADE, Serbia (AP) — Opposition lawmakers hurled smoke bombs and tear gas canisters inside Serbia's "
      "parliament on Tuesday, injuring at least three people during a chaotic session amid months of "
      "anti-government protests.")
S2 = "Live television footage showed clouds of black and pink smoke filling the chamber as security staff rushed in."
S3 = ("Parliament Speaker Ana Brnabić said a lawmaker from the ruling Serbian Progressive Party, Jasmina Obradović, "
      "had suffered a stroke and was in a life-threatening condition.")
S4 = "Opposition parties said they had acted to stop an illegal session."
S5 = ("They demanded that lawmakers first formally confirm the resignation of Prime Minister Miloš Vučević's "
      "government before voting on anything else.")
S6 = ("\"We did this to defend the students and citizens who have been in the streets for four months,\" said "
      "Radomir Lazović of the Green-Left Front.")
S7 = "Brnabić called the opposition a \"terrorist gang\" and said the session would continue."
S8 = "President Aleksandar Vučić condemned the violence and said all those responsible would be punished."
S9 = "The Higher Public Prosecutor's Office in Belgrade opened an investigation into the incident."
S10 = ("Later in the day, the ruling majority adopted a law raising funding for universities, a key demand of the "
       "students.")
S11 = ("Serbia has been gripped by protests since the concrete canopy of the railway station in Novi Sad collapsed in "
       "November, killing 15 people.")
S12 = ("Students blocking universities across the country blame corruption in state infrastructure projects for the "
       "disaster.")
S13 = "Vučević resigned in January after supporters of the ruling party attacked students in Novi Sad."
S14 = "Vučić has dismissed the corruption allegations and has offered the students talks, which they have rejected."
S15 = "The protests are the biggest challenge to Vučić's rule since he came to power in 2012."

EN02 = {
    "id": "hm404-en-02", "lang": "en", "url": None, "published": "2025-03-04",
    "title": "Serbian opposition lawmakers throw smoke bombs in parliament, injuring three",
    "text": paragraphs([S1, S2, S3], [S4, S5, S6], [S7, S8, S9, S10], [S11, S12, S13], [S14, S15]),
    "events": [
        event("ASSAULT", SRB_OPPOSITION, SRB_PARLIAMENT, S1, mode="crowd-control", date="2025-03-04",
              location="Belgrade", location_country="SRB"),
        event("ACCUSE", SRB_OPPOSITION, SRB_PARLIAMENT, S4, mode="disapprove"),
        event("REQUEST", SRB_OPPOSITION, SRB_PARLIAMENT, S5, mode="change"),
        event("ACCUSE", BRNABIC, SRB_OPPOSITION, S7, mode="disapprove"),
        event("ACCUSE", VUCIC, SRB_OPPOSITION, S8, mode="disapprove"),
        event("THREATEN", VUCIC, SRB_OPPOSITION, S8),
        event("ACCUSE", BG_PROSECUTORS, SRB_OPPOSITION, S9, mode="investigate"),
        event("CONCEDE", SNS, SRB_STUDENTS, S10, date="2025-03-04"),
        event("ACCUSE", SRB_STUDENTS, SRB_GOV, S12, mode="allege"),
        event("RETREAT", VUCEVIC, None, S13, mode="resign"),
        event("ASSAULT", SNS_SUPPORTERS, SRB_STUDENTS, S13, mode="beat", location="Novi Sad",
              location_country="SRB"),
        event("AGREE", VUCIC, SRB_STUDENTS, S14, mode="meet"),
        event("REJECT", SRB_STUDENTS, VUCIC, S14, mode="meet"),
    ],
    "quotes": [
        quote("a lawmaker from the ruling Serbian Progressive Party, Jasmina Obradović, had suffered a stroke and was "
              "in a life-threatening condition", "Ana Brnabić", "indirect"),
        quote("they had acted to stop an illegal session", "Serbian opposition lawmakers", "indirect"),
        quote("lawmakers first formally confirm the resignation of Prime Minister Miloš Vučević's government before "
              "voting on anything else", "Serbian opposition lawmakers", "indirect"),
        quote("We did this to defend the students and citizens who have been in the streets for four months",
              "Radomir Lazović", "direct"),
        quote("terrorist gang", "Ana Brnabić", "direct"),
        quote("the session would continue", "Ana Brnabić", "indirect"),
        quote("all those responsible would be punished", "Aleksandar Vučić", "indirect"),
    ],
    "entities": [
        entity("Belgrade", "LOC", "SRB", ["BELGRADE", "Belgrade"]),
        entity("Serbia", "LOC", "SRB", ["Serbia", "Serbia's", "the country"]),
        entity("Serbian opposition lawmakers", "ORG", "SRB",
               ["Opposition lawmakers", "Opposition parties", "they", "They", "the opposition"]),
        entity("National Assembly of Serbia", "ORG", "SRB", ["Serbia's parliament", "Parliament"]),
        entity("Ana Brnabić", "PER", "SRB", ["Parliament Speaker Ana Brnabić", "Brnabić"]),
        entity("Serbian Progressive Party", "ORG", "SRB", ["the ruling Serbian Progressive Party",
                                                          "the ruling majority", "the ruling party"]),
        entity("Jasmina Obradović", "PER", "SRB", ["a lawmaker from the ruling Serbian Progressive Party, Jasmina "
                                                   "Obradović"]),
        entity("Miloš Vučević", "PER", "SRB", ["Prime Minister Miloš Vučević's", "Vučević"]),
        entity("Government of Serbia", "ORG", "SRB", ["Prime Minister Miloš Vučević's government"]),
        entity("Radomir Lazović", "PER", "SRB", ["Radomir Lazović"]),
        entity("Green-Left Front", "ORG", "SRB", ["the Green-Left Front"]),
        entity("Serbian students", "PER", "SRB", ["the students", "Students blocking universities across the country",
                                                  "students", "they"]),
        entity("Aleksandar Vučić", "PER", "SRB", ["President Aleksandar Vučić", "Vučić", "Vučić's", "he"]),
        entity("Higher Public Prosecutor's Office in Belgrade", "ORG", "SRB",
               ["The Higher Public Prosecutor's Office in Belgrade"]),
        entity("Novi Sad railway station", "LOC", "SRB", ["the railway station in Novi Sad"]),
        entity("Novi Sad", "LOC", "SRB", ["Novi Sad"]),
        entity("supporters of the Serbian Progressive Party", "PER", "SRB", ["supporters of the ruling party"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
