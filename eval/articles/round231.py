"""Round 231: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm231-de-01: Ukraine pulls its troops out of Avdiivka on Syrskyi's order; Putin congratulates his units, Zelensky asks the US and the EU for ammunition in Munich, Biden blames House Republicans, air strike on Selydove (2024-02-17).
- hm231-de-02: Ilham Aliyev wins Azerbaijan's snap presidential election; opposition boycott, OSCE observers criticise, Abzas Media journalists still jailed, Putin and Erdoğan congratulate, police stop an opposition rally, the EU demands releases (2024-02-08).
- hm231-de-03: A gunman kills ten people at the Campus Risbergska adult education centre in Örebro; police cordon, search and investigation without arrests, Kristersson and Strömmer meet relatives, the king, von der Leyen and Støre express sympathy, Andersson demands tighter gun laws (2025-02-05).
- hm231-de-04: Putin replaces Defence Minister Shoigu with the economist Andrei Belousov; the Federation Council committees back him, Podolyak mocks the move, Russian offensive near Vovchansk, Moscow blames Kyiv for the Belgorod building collapse, the White House criticises Moscow (2024-05-14).
- hm231-en-01: Mexico sends more troops to Culiacan as Sinaloa Cartel factions fight after Zambada's arrest; army arrests, Lopez Obrador blames Washington, Salazar rejects it, relatives of the missing protest (2024-09-16).
- hm231-en-02: A Yekaterinburg court sentences Wall Street Journal reporter Evan Gershkovich to 16 years for espionage; Biden, the Journal and Lammy condemn the verdict, Peskov on swap talks, Moscow's counter-accusation (2024-07-19).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm231-de-01 (Avdiivka withdrawal)
UKR_MIL = actor("Armed Forces of Ukraine", "UKR", "MIL")
SYRSKYI = actor("Oleksandr Syrskyi", "UKR", "MIL")
RUS_MIL = actor("Russian Armed Forces", "RUS", "MIL")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
USA = actor("United States", "USA", "GOV")
EU = actor("European Union", "EUR", "IGO")
BIDEN = actor("Joe Biden", "USA", "GOV")
HOUSE_GOP = actor("Republicans in the US House of Representatives", "USA", "LEG")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
SELYDOVE_CIV = actor("civilians in Selydove", "UKR", "CVL")

A1 = ("Kiew (dpa) - Die ukrainische Armee hat sich nach monatelangen Kämpfen aus der ostukrainischen Stadt "
      "Awdijiwka zurückgezogen.")
A2 = ("Er habe den Rückzug angeordnet, um das Leben der Soldaten zu retten, teilte der neue Oberbefehlshaber "
      "Olexander Syrskyj in der Nacht zum Samstag mit.")
A3 = ("Die Truppen hätten vorbereitete Stellungen weiter westlich bezogen, sagte der zuständige Kommandeur "
      "Olexander Tarnawskyj.")
A4 = "Russische Einheiten hatten die Stadt seit Oktober von drei Seiten mit Artillerie, Gleitbomben und Sturmtrupps angegriffen."
A5 = "Verteidigungsminister Sergej Schoigu erklärte, Awdijiwka sei vollständig unter russischer Kontrolle."
A6 = "Kremlchef Wladimir Putin gratulierte den beteiligten Einheiten zu dem »wichtigen Sieg«, wie der Kreml mitteilte."
A7 = "Beim Rückzug gerieten mehrere ukrainische Soldaten in russische Gefangenschaft."
A8 = ("Präsident Wolodymyr Selenskyj forderte auf der Münchner Sicherheitskonferenz die USA und die Europäische Union "
      "auf, die zugesagte Munition schneller zu liefern.")
A9 = "„Die Ukraine hat nicht zu wenig Mut, sondern zu wenig Granaten“, sagte er."
A10 = "US-Präsident Joe Biden machte die Republikaner im Repräsentantenhaus für den Rückzug mitverantwortlich."
A11 = ("Sie blockierten seit Monaten ein Hilfspaket für Kiew, der Kongress müsse es nun endlich verabschieden, "
       "forderte Biden.")
A12 = "Der republikanische Vorsitzende des Repräsentantenhauses, Mike Johnson, wies den Vorwurf zurück."
A13 = "Die Stadt hatte vor dem Krieg rund 30.000 Einwohner und ist inzwischen weitgehend zerstört."
A14 = ("Bei russischen Luftangriffen auf die nahe gelegene Stadt Selydowe wurden am Samstag nach Angaben der Behörden "
       "drei Zivilisten getötet.")

DE01 = {
    "id": "hm231-de-01", "lang": "de", "url": None, "published": "2024-02-17",
    "title": "Ukraine zieht sich aus Awdijiwka zurück",
    "text": paragraphs([A1, A2, A3], [A4, A5, A6, A7], [A8, A9, A10, A11, A12], [A13, A14]),
    "events": [
        event("RETREAT", UKR_MIL, None, A1, mode="withdraw", location="Avdiivka", location_country="UKR"),
        event("RETREAT", SYRSKYI, None, A2, mode="withdraw", location="Avdiivka", location_country="UKR"),
        event("RETREAT", UKR_MIL, None, A3, mode="withdraw", location="Avdiivka", location_country="UKR"),
        event("ASSAULT", RUS_MIL, UKR_MIL, A4, mode="heavy-weapons", location="Avdiivka", location_country="UKR"),
        event("SUPPORT", PUTIN, RUS_MIL, A6),
        event("ASSAULT", RUS_MIL, UKR_MIL, A7, mode="abduct", location="Avdiivka", location_country="UKR"),
        event("REQUEST", ZELENSKY, USA, A8, mode="assist", location="Munich", location_country="DEU"),
        event("REQUEST", ZELENSKY, EU, A8, mode="assist", location="Munich", location_country="DEU"),
        event("ACCUSE", BIDEN, HOUSE_GOP, A10, mode="disapprove"),
        event("ACCUSE", BIDEN, HOUSE_GOP, A11, mode="disapprove"),
        event("REQUEST", BIDEN, US_CONGRESS, A11, mode="change"),
        event("ASSAULT", RUS_MIL, SELYDOVE_CIV, A14, mode="aerial", date="2024-02-17", location="Selydove",
              location_country="UKR"),
    ],
    "quotes": [
        quote("Er habe den Rückzug angeordnet, um das Leben der Soldaten zu retten", "Oleksandr Syrskyi", "indirect"),
        quote("Die Truppen hätten vorbereitete Stellungen weiter westlich bezogen", "Oleksandr Tarnavskyi", "indirect"),
        quote("Awdijiwka sei vollständig unter russischer Kontrolle", "Sergei Shoigu", "indirect"),
        quote("wichtigen Sieg", "Vladimir Putin", "direct"),
        quote("Die Ukraine hat nicht zu wenig Mut, sondern zu wenig Granaten", "Volodymyr Zelensky", "direct"),
        quote("Sie blockierten seit Monaten ein Hilfspaket für Kiew, der Kongress müsse es nun endlich verabschieden",
              "Joe Biden", "indirect"),
    ],
    "entities": [
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["Die ukrainische Armee", "Die Truppen"]),
        entity("Avdiivka", "LOC", "UKR", ["der ostukrainischen Stadt Awdijiwka", "Awdijiwka", "die Stadt", "Die Stadt"]),
        entity("Oleksandr Syrskyi", "PER", "UKR", ["Olexander Syrskyj"]),
        entity("Oleksandr Tarnavskyi", "PER", "UKR", ["Olexander Tarnawskyj"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russische Einheiten", "den beteiligten Einheiten"]),
        entity("Sergei Shoigu", "PER", "RUS", ["Verteidigungsminister Sergej Schoigu"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Kremlin", "ORG", "RUS", ["der Kreml"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["Präsident Wolodymyr Selenskyj"]),
        entity("Munich Security Conference", "MISC", "DEU", ["Münchner Sicherheitskonferenz"]),
        entity("United States", "LOC", "USA", ["die USA"]),
        entity("European Union", "ORG", "EUR", ["die Europäische Union"]),
        entity("Ukraine", "LOC", "UKR", ["Die Ukraine"]),
        entity("Joe Biden", "PER", "USA", ["US-Präsident Joe Biden", "Biden"]),
        entity("Republicans in the US House of Representatives", "ORG", "USA",
               ["die Republikaner im Repräsentantenhaus"]),
        entity("United States House of Representatives", "ORG", "USA", ["Repräsentantenhaus", "Repräsentantenhauses"]),
        entity("United States Congress", "ORG", "USA", ["der Kongress"]),
        entity("Mike Johnson", "PER", "USA", ["Mike Johnson"]),
        entity("Selydove", "LOC", "UKR", ["Selydowe"]),
    ],
}

# ---------------------------------------------------------------- hm231-de-02 (Azerbaijan presidential election)
ALIYEV = actor("Ilham Aliyev", "AZE", "GOV")
AZE_GOV = actor("Government of Azerbaijan", "AZE", "GOV")
MUSAVAT = actor("Musavat", "AZE", "OPP")
APFP = actor("Azerbaijan Popular Front Party", "AZE", "OPP")
OSCE_OBS = actor("OSCE election observation mission", "IGO", "IGO")
AZE_POLICE = actor("Azerbaijani police", "AZE", "COP")
ABZAS = actor("journalists of Abzas Media", "AZE", "CVL")
ERDOGAN = actor("Recep Tayyip Erdoğan", "TUR", "GOV")
AZE_OPP_SUPP = actor("Azerbaijani opposition supporters", "AZE", "OPP")
ARMENIA = actor("Armenia", "ARM", "GOV")

B1 = ("Baku (AFP) - Aserbaidschans Präsident Ilham Alijew hat die vorgezogene Präsidentenwahl nach offiziellen "
      "Angaben mit mehr als 92 Prozent der Stimmen gewonnen.")
B2 = "Die Wahlkommission in Baku erklärte den Amtsinhaber am Donnerstag zum Sieger."
B3 = "Die wichtigsten Oppositionsparteien Musavat und Volksfront hatten die Abstimmung boykottiert."
B4 = ("Alijew hatte seine Stimme demonstrativ in Chankendi abgegeben, der Hauptstadt der Region Bergkarabach, die "
      "seit September wieder vollständig unter aserbaidschanischer Kontrolle steht.")
B5 = ("Die Wahlbeobachter der OSZE bemängelten, die Abstimmung habe in einem restriktiven Umfeld ohne echten "
      "Wettbewerb stattgefunden.")
B6 = "Kritische Journalisten seien eingeschüchtert oder inhaftiert worden, hieß es in ihrem vorläufigen Bericht."
B7 = "Seit November sitzen sechs Mitarbeiter des unabhängigen Portals Abzas Media in Untersuchungshaft."
B8 = "Das Außenministerium in Baku wies die Kritik als voreingenommen zurück."
B9 = "Kremlchef Wladimir Putin gratulierte Alijew in einem Telegramm zu einem »überzeugenden Sieg«."
B10 = "Auch der türkische Präsident Recep Tayyip Erdogan rief Alijew an und beglückwünschte ihn."
B11 = ("In Baku hinderte die Polizei am Abend rund 30 Oppositionsanhänger daran, vor der Wahlkommission zu "
       "demonstrieren.")
B12 = "Mehrere von ihnen wurden vorübergehend festgenommen."
B13 = "Die Europäische Union forderte die Regierung in Baku auf, die inhaftierten Journalisten freizulassen."
B14 = "Alijew kündigte in einer Fernsehansprache an, er werde die Friedensgespräche mit Armenien fortsetzen."
B15 = "„Wir haben den Krieg beendet und werden nun den Frieden sichern“, sagte er."
B16 = "Alijew regiert das an Öl und Gas reiche Land seit 2003, zuvor hatte sein Vater Heydar Alijew das Amt inne."

DE02 = {
    "id": "hm231-de-02", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Alijew gewinnt Präsidentenwahl in Aserbaidschan",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8], [B9, B10, B11, B12, B13], [B14, B15, B16]),
    "events": [
        event("PROTEST", MUSAVAT, AZE_GOV, B3, mode="boycott"),
        event("PROTEST", APFP, AZE_GOV, B3, mode="boycott"),
        event("ACCUSE", OSCE_OBS, AZE_GOV, B5, mode="disapprove"),
        event("ACCUSE", OSCE_OBS, AZE_GOV, B6, mode="allege"),
        event("COERCE", AZE_POLICE, ABZAS, B7, mode="arrest"),
        event("SUPPORT", PUTIN, ALIYEV, B9),
        event("CONSULT", ERDOGAN, ALIYEV, B10, mode="phone"),
        event("SUPPORT", ERDOGAN, ALIYEV, B10),
        event("COERCE", AZE_POLICE, AZE_OPP_SUPP, B11, mode="restrict", location="Baku", location_country="AZE"),
        event("COERCE", AZE_POLICE, AZE_OPP_SUPP, B12, mode="arrest", location="Baku", location_country="AZE"),
        event("REQUEST", EU, AZE_GOV, B13, mode="yield"),
        event("AGREE", ALIYEV, ARMENIA, B14),
    ],
    "quotes": [
        quote("die Abstimmung habe in einem restriktiven Umfeld ohne echten Wettbewerb stattgefunden",
              "OSCE election observation mission", "indirect"),
        quote("Kritische Journalisten seien eingeschüchtert oder inhaftiert worden",
              "OSCE election observation mission", "indirect"),
        quote("überzeugenden Sieg", "Vladimir Putin", "direct"),
        quote("er werde die Friedensgespräche mit Armenien fortsetzen", "Ilham Aliyev", "indirect"),
        quote("Wir haben den Krieg beendet und werden nun den Frieden sichern", "Ilham Aliyev", "direct"),
    ],
    "entities": [
        entity("Baku", "LOC", "AZE", ["Baku"]),
        entity("Azerbaijan", "LOC", "AZE", ["Aserbaidschans"]),
        entity("Ilham Aliyev", "PER", "AZE", ["Präsident Ilham Alijew", "Alijew", "den Amtsinhaber"]),
        entity("Central Election Commission of Azerbaijan", "ORG", "AZE",
               ["Die Wahlkommission in Baku", "der Wahlkommission"]),
        entity("Musavat", "ORG", "AZE", ["Musavat"]),
        entity("Azerbaijan Popular Front Party", "ORG", "AZE", ["Volksfront"]),
        entity("Khankendi", "LOC", "AZE", ["Chankendi"]),
        entity("Karabakh", "LOC", "AZE", ["Region Bergkarabach"]),
        entity("OSCE", "ORG", "IGO", ["OSZE"]),
        entity("Abzas Media", "ORG", "AZE", ["Abzas Media"]),
        entity("Ministry of Foreign Affairs of Azerbaijan", "ORG", "AZE", ["Das Außenministerium in Baku"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Recep Tayyip Erdoğan", "PER", "TUR", ["Recep Tayyip Erdogan"]),
        entity("Azerbaijani police", "ORG", "AZE", ["die Polizei"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("Government of Azerbaijan", "ORG", "AZE", ["die Regierung in Baku"]),
        entity("Armenia", "LOC", "ARM", ["Armenien"]),
        entity("Heydar Aliyev", "PER", "AZE", ["Heydar Alijew"]),
    ],
}

# ---------------------------------------------------------------- hm231-de-03 (Örebro school shooting)
OREBRO_GUNMAN = actor("gunman at Campus Risbergska", "SWE", "CVL")
OREBRO_VICTIMS = actor("students and staff at Campus Risbergska", "SWE", "CVL")
SWE_POLICE = actor("Swedish Police Authority", "SWE", "COP")
KRISTERSSON = actor("Ulf Kristersson", "SWE", "GOV")
STROMMER = actor("Gunnar Strömmer", "SWE", "GOV")
OREBRO_FAMILIES = actor("relatives of the Örebro victims", "SWE", "CVL")
SWE_KING = actor("Carl XVI Gustaf", "SWE", "GOV")
VDL = actor("Ursula von der Leyen", "EUR", "IGO")
STORE = actor("Jonas Gahr Støre", "NOR", "GOV")
SWEDEN = actor("Sweden", "SWE", "GOV")
M_ANDERSSON = actor("Magdalena Andersson", "SWE", "OPP")
SWE_GOV = actor("Government of Sweden", "SWE", "GOV")

C1 = ("Örebro (dpa) - Bei dem schwersten Schusswaffenangriff in der Geschichte Schwedens hat ein Mann an einer "
      "Schule für Erwachsenenbildung in Örebro zehn Menschen erschossen.")
C2 = "Der mutmaßliche Täter wurde nach Angaben der Polizei tot im Gebäude des Campus Risbergska gefunden."
C3 = "Man gehe davon aus, dass der 35-Jährige sich selbst getötet habe, sagte Polizeichef Roberto Eid Forest."
C4 = "Einsatzkräfte riegelten das Schulgelände und die umliegenden Straßen stundenlang ab."
C5 = "Schüler und Lehrer hatten sich während der Schüsse in Klassenräumen verbarrikadiert."
C6 = "Am Abend durchsuchten Ermittler die Wohnung des Mannes."
C7 = "Die Polizei ermittelt wegen Mordes, ein terroristisches Motiv schließt sie bislang aus."
C8 = "Festnahmen gab es keine, der Mann habe nach bisherigen Erkenntnissen allein gehandelt, hieß es."
C9 = "Ministerpräsident Ulf Kristersson sprach von einem »sehr schmerzhaften Tag für ganz Schweden«."
C10 = "„Heute ist unsere Gesellschaft an einer ihrer verletzlichsten Stellen getroffen worden“, sagte er in Stockholm."
C11 = "Kristersson und Justizminister Gunnar Strömmer trafen am Mittwoch in Örebro Angehörige der Opfer."
C12 = ("König Carl XVI. Gustaf sprach den Familien sein Beileid aus und ließ die Flaggen an den königlichen "
       "Schlössern auf halbmast setzen.")
C13 = ("EU-Kommissionspräsidentin Ursula von der Leyen und der norwegische Ministerpräsident Jonas Gahr Støre "
       "bekundeten Schweden ihre Solidarität.")
C14 = "Oppositionsführerin Magdalena Andersson forderte die Regierung auf, die Waffengesetze rasch zu verschärfen."
C15 = "Schweden hat in den vergangenen Jahren eine Welle tödlicher Gewalt krimineller Banden erlebt."

DE03 = {
    "id": "hm231-de-03", "lang": "de", "url": None, "published": "2025-02-05",
    "title": "Zehn Tote bei Schüssen an Schule in Örebro",
    "text": paragraphs([C1, C2, C3], [C4, C5, C6, C7, C8], [C9, C10, C11, C12, C13], [C14, C15]),
    "events": [
        event("ASSAULT", OREBRO_GUNMAN, OREBRO_VICTIMS, C1, mode="firearms", location="Örebro",
              location_country="SWE"),
        event("COERCE", SWE_POLICE, None, C4, mode="restrict", location="Örebro", location_country="SWE"),
        event("COERCE", SWE_POLICE, OREBRO_GUNMAN, C6, mode="seize"),
        event("ACCUSE", SWE_POLICE, OREBRO_GUNMAN, C7, mode="investigate"),
        event("COERCE", SWE_POLICE, None, C8, mode="arrest", negated=True),
        event("CONSULT", KRISTERSSON, OREBRO_FAMILIES, C11, mode="visit", date="2025-02-05", location="Örebro",
              location_country="SWE"),
        event("CONSULT", STROMMER, OREBRO_FAMILIES, C11, mode="visit", date="2025-02-05", location="Örebro",
              location_country="SWE"),
        event("SUPPORT", SWE_KING, OREBRO_FAMILIES, C12),
        event("SUPPORT", VDL, SWEDEN, C13),
        event("SUPPORT", STORE, SWEDEN, C13),
        event("REQUEST", M_ANDERSSON, SWE_GOV, C14, mode="change"),
    ],
    "quotes": [
        quote("Man gehe davon aus, dass der 35-Jährige sich selbst getötet habe", "Roberto Eid Forest", "indirect"),
        quote("der Mann habe nach bisherigen Erkenntnissen allein gehandelt", "Swedish Police Authority", "indirect"),
        quote("sehr schmerzhaften Tag für ganz Schweden", "Ulf Kristersson", "direct"),
        quote("Heute ist unsere Gesellschaft an einer ihrer verletzlichsten Stellen getroffen worden", "Ulf Kristersson",
              "direct"),
    ],
    "entities": [
        entity("Örebro", "LOC", "SWE", ["Örebro"]),
        entity("Sweden", "LOC", "SWE", ["Schwedens", "Schweden"]),
        entity("Campus Risbergska", "LOC", "SWE",
               ["einer Schule für Erwachsenenbildung in Örebro", "Campus Risbergska", "das Schulgelände"]),
        entity("gunman at Campus Risbergska", "PER", "SWE",
               ["ein Mann", "Der mutmaßliche Täter", "der 35-Jährige", "des Mannes", "der Mann"]),
        entity("Swedish Police Authority", "ORG", "SWE", ["der Polizei", "Die Polizei", "Einsatzkräfte", "Ermittler"]),
        entity("Roberto Eid Forest", "PER", "SWE", ["Polizeichef Roberto Eid Forest"]),
        entity("Ulf Kristersson", "PER", "SWE", ["Ministerpräsident Ulf Kristersson", "Kristersson"]),
        entity("Stockholm", "LOC", "SWE", ["Stockholm"]),
        entity("Gunnar Strömmer", "PER", "SWE", ["Justizminister Gunnar Strömmer"]),
        entity("Carl XVI Gustaf", "PER", "SWE", ["König Carl XVI. Gustaf"]),
        entity("Ursula von der Leyen", "PER", "EUR", ["EU-Kommissionspräsidentin Ursula von der Leyen"]),
        entity("Jonas Gahr Støre", "PER", "NOR", ["der norwegische Ministerpräsident Jonas Gahr Støre"]),
        entity("Magdalena Andersson", "PER", "SWE", ["Oppositionsführerin Magdalena Andersson"]),
        entity("Government of Sweden", "ORG", "SWE", ["die Regierung"]),
    ],
}

# ---------------------------------------------------------------- hm231-de-04 (Shoigu replaced by Belousov)
FED_COUNCIL = actor("Federation Council of Russia", "RUS", "LEG")
BELOUSOV = actor("Andrei Belousov", "RUS", "GOV")
PODOLYAK = actor("Mykhailo Podolyak", "UKR", "GOV")
VOVCHANSK_RES = actor("residents of Vovchansk", "UKR", "CVL")
RUS_MOD = actor("Ministry of Defence of Russia", "RUS", "GOV")
RUS_ICR = actor("Investigative Committee of Russia", "RUS", "JUD")
WHITE_HOUSE = actor("White House", "USA", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")

D1 = ("Moskau (dpa) - Nach mehr als elf Jahren an der Spitze des Verteidigungsministeriums muss Sergej Schoigu "
      "seinen Posten räumen.")
D2 = ("Kremlchef Wladimir Putin schlug den Ökonomen und bisherigen Vize-Regierungschef Andrej Beloussow als "
      "Nachfolger vor.")
D3 = "Putin habe den Föderationsrat gebeten, der Ernennung zuzustimmen, teilte Kremlsprecher Dmitri Peskow mit."
D4 = ("Schoigu wechselt an die Spitze des Nationalen Sicherheitsrats und löst dort den langjährigen Geheimdienstchef "
      "Nikolai Patruschew ab.")
D5 = ("Die Armee brauche Innovationen, und die Militärausgaben näherten sich dem Niveau der späten Sowjetzeit, "
      "begründete Peskow den Wechsel.")
D6 = "„Auf dem Schlachtfeld gewinnt heute, wer offener für Neues ist“, sagte er."
D7 = "Am Dienstag billigten die zuständigen Ausschüsse des Föderationsrats die Kandidatur Beloussows einstimmig."
D8 = ("Beloussow versprach den Senatoren, die Versorgung der Truppen zu verbessern und Verschwendung im Ministerium "
      "zu bekämpfen.")
D9 = ("In Kiew verspottete Präsidentenberater Mychajlo Podoljak den Wechsel als verzweifelten Versuch, die russische "
      "Kriegswirtschaft zu retten.")
D10 = ("Russische Truppen setzten unterdessen ihre Offensive im Gebiet Charkiw fort und beschossen die Kleinstadt "
       "Wowtschansk mit Artillerie und Gleitbomben.")
D11 = "Die ukrainische Armee räumte ein, sich an einigen Abschnitten auf bessere Positionen zurückgezogen zu haben."
D12 = ("In der russischen Grenzstadt Belgorod stürzte am Sonntag ein Teil eines zehnstöckigen Wohnhauses ein, "
       "mindestens 13 Menschen kamen ums Leben.")
D13 = "Das Verteidigungsministerium in Moskau machte eine ukrainische Rakete für den Einsturz verantwortlich."
D14 = "Das Ermittlungskomitee leitete ein Strafverfahren wegen eines Terroranschlags ein."
D15 = "Das Weiße Haus warf Moskau vor, seine Wirtschaft immer stärker auf den Krieg gegen die Ukraine auszurichten."
D16 = "Generalstabschef Waleri Gerassimow bleibt nach Angaben des Kremls im Amt."

DE04 = {
    "id": "hm231-de-04", "lang": "de", "url": None, "published": "2024-05-14",
    "title": "Putin ersetzt Verteidigungsminister Schoigu durch Ökonomen Beloussow",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11], [D12, D13, D14, D15, D16]),
    "events": [
        event("REQUEST", PUTIN, FED_COUNCIL, D3),
        event("SUPPORT", FED_COUNCIL, BELOUSOV, D7, date="2024-05-14"),
        event("AGREE", BELOUSOV, FED_COUNCIL, D8),
        event("ACCUSE", PODOLYAK, PUTIN, D9, mode="disapprove"),
        event("ASSAULT", RUS_MIL, VOVCHANSK_RES, D10, mode="heavy-weapons", location="Vovchansk",
              location_country="UKR"),
        event("RETREAT", UKR_MIL, None, D11, mode="withdraw", location="Kharkiv Oblast", location_country="UKR"),
        event("ACCUSE", RUS_MOD, UKR_MIL, D13, mode="allege", location="Belgorod", location_country="RUS"),
        event("ACCUSE", RUS_ICR, None, D14, mode="investigate", location="Belgorod", location_country="RUS"),
        event("ACCUSE", WHITE_HOUSE, RUSSIA, D15, mode="disapprove"),
    ],
    "quotes": [
        quote("Putin habe den Föderationsrat gebeten, der Ernennung zuzustimmen", "Dmitry Peskov", "indirect"),
        quote("Die Armee brauche Innovationen, und die Militärausgaben näherten sich dem Niveau der späten Sowjetzeit",
              "Dmitry Peskov", "indirect"),
        quote("Auf dem Schlachtfeld gewinnt heute, wer offener für Neues ist", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS",
               ["des Verteidigungsministeriums", "Das Verteidigungsministerium in Moskau", "im Ministerium"]),
        entity("Sergei Shoigu", "PER", "RUS", ["Sergej Schoigu", "Schoigu"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin", "Putin"]),
        entity("Andrei Belousov", "PER", "RUS", ["Andrej Beloussow", "Beloussows", "Beloussow"]),
        entity("Federation Council of Russia", "ORG", "RUS", ["den Föderationsrat", "des Föderationsrats"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow", "Peskow"]),
        entity("Security Council of Russia", "ORG", "RUS", ["des Nationalen Sicherheitsrats"]),
        entity("Nikolai Patrushev", "PER", "RUS", ["Nikolai Patruschew"]),
        entity("Kyiv", "LOC", "UKR", ["Kiew"]),
        entity("Mykhailo Podolyak", "PER", "UKR", ["Präsidentenberater Mychajlo Podoljak"]),
        entity("Russian Armed Forces", "ORG", "RUS", ["Russische Truppen", "Die Armee"]),
        entity("Kharkiv Oblast", "LOC", "UKR", ["Gebiet Charkiw"]),
        entity("Vovchansk", "LOC", "UKR", ["die Kleinstadt Wowtschansk"]),
        entity("Armed Forces of Ukraine", "ORG", "UKR", ["Die ukrainische Armee"]),
        entity("Belgorod", "LOC", "RUS", ["Belgorod"]),
        entity("Investigative Committee of Russia", "ORG", "RUS", ["Das Ermittlungskomitee"]),
        entity("White House", "ORG", "USA", ["Das Weiße Haus"]),
        entity("Ukraine", "LOC", "UKR", ["die Ukraine"]),
        entity("Valery Gerasimov", "PER", "RUS", ["Generalstabschef Waleri Gerassimow"]),
        entity("Kremlin", "ORG", "RUS", ["des Kremls"]),
    ],
}

# ---------------------------------------------------------------- hm231-en-01 (Culiacan cartel war)
MEXICO = actor("Mexico", "MEX", "GOV")
CHAPITOS = actor("Los Chapitos", "MEX", "REB")
MAYO_GUNMEN = actor("gunmen loyal to Ismael Zambada", "MEX", "REB")
US_LAW = actor("United States law enforcement", "USA", "COP")
ZAMBADA = actor("Ismael Zambada", "MEX", "REB")
MEX_ARMY = actor("Mexican Army", "MEX", "MIL")
SUSP_GUNMEN = actor("suspected cartel gunmen in Culiacan", "MEX", "REB")
AMLO = actor("Andres Manuel Lopez Obrador", "MEX", "GOV")
GUZMAN_LOPEZ = actor("Joaquin Guzman Lopez", "MEX", "REB")
SIN_GUNMEN = actor("gunmen in Sinaloa", "MEX", "REB")
MEX_NG = actor("National Guard of Mexico", "MEX", "COP")
SIN_RELATIVES = actor("relatives of missing people in Sinaloa", "MEX", "CVL")
SIN_PROS = actor("Sinaloa State Prosecutor's Office", "MEX", "JUD")

E1 = ("CULIACAN, Mexico, Sept 16 (Reuters) - Mexico sent hundreds more soldiers to the northwestern city of Culiacan "
      "on Monday after a week of gunbattles between rival factions of the Sinaloa Cartel that has left at least 30 "
      "people dead.")
E2 = ("The fighting pits the sons of jailed drug lord Joaquin \"El Chapo\" Guzman, known as Los Chapitos, against "
      "gunmen loyal to Ismael \"El Mayo\" Zambada, who was arrested in Texas in July.")
E3 = ("Schools and many businesses in the state capital stayed shut, and residents posted videos of burned-out cars "
      "on the main boulevards.")
E4 = ("Sinaloa Governor Ruben Rocha Moya called off the traditional Independence Day celebrations, saying he did not "
      "want to put families at risk.")
E5 = ("Defense Secretary Luis Cresencio Sandoval said the army was doing what it could, but that peace in Culiacan "
      "depended on the criminal groups themselves.")
E6 = "\"It doesn't depend on us,\" he told reporters."
E7 = ("Soldiers detained five suspected gunmen and seized assault rifles and grenades at a house in the south of the "
      "city, the army said in a statement.")
E8 = ("President Andres Manuel Lopez Obrador accused Washington of sharing responsibility for the violence because of "
      "the way Zambada was brought to the United States.")
E9 = "Zambada has said he was kidnapped by a son of El Chapo and flown to El Paso against his will."
E10 = ("U.S. Ambassador Ken Salazar rejected the criticism, saying no U.S. aircraft or personnel had been involved in "
       "the operation.")
E11 = ("Gunmen also opened fire on a National Guard patrol on the highway to Mazatlan on Sunday, wounding two "
       "officers, the federal security cabinet said.")
E12 = ("Relatives of missing people protested outside the state prosecutor's office, demanding that authorities "
       "search for dozens of people reported abducted since the fighting began.")
E13 = "The prosecutor's office said it had opened investigations into 29 killings."
E14 = "The Sinaloa Cartel is one of the main suppliers of fentanyl smuggled into the United States."
E15 = ("Lopez Obrador, who leaves office on Oct. 1, has defended his \"hugs, not bullets\" strategy against the "
       "cartels.")

EN01 = {
    "id": "hm231-en-01", "lang": "en", "url": None, "published": "2024-09-16",
    "title": "Mexico sends more troops to Culiacan as Sinaloa Cartel factions clash",
    "text": paragraphs([E1, E2, E3], [E4, E5, E6, E7], [E8, E9, E10], [E11, E12, E13], [E14, E15]),
    "events": [
        event("MOBILIZE", MEXICO, None, E1, mode="troops", date="2024-09-16", location="Culiacan",
              location_country="MEX"),
        event("ASSAULT", CHAPITOS, MAYO_GUNMEN, E2, mode="firearms", location="Culiacan", location_country="MEX"),
        event("COERCE", US_LAW, ZAMBADA, E2, mode="arrest", location="Texas", location_country="USA"),
        event("COERCE", MEX_ARMY, SUSP_GUNMEN, E7, mode="arrest", location="Culiacan", location_country="MEX"),
        event("COERCE", MEX_ARMY, SUSP_GUNMEN, E7, mode="seize", location="Culiacan", location_country="MEX"),
        event("ACCUSE", AMLO, USA, E8, mode="allege"),
        event("ACCUSE", ZAMBADA, GUZMAN_LOPEZ, E9, mode="allege"),
        event("ASSAULT", SIN_GUNMEN, MEX_NG, E11, mode="firearms", date="2024-09-15", location="Sinaloa",
              location_country="MEX"),
        event("PROTEST", SIN_RELATIVES, SIN_PROS, E12, mode="demo", location="Culiacan", location_country="MEX"),
        event("ACCUSE", SIN_PROS, None, E13, mode="investigate"),
    ],
    "quotes": [
        quote("he did not want to put families at risk", "Ruben Rocha Moya", "indirect"),
        quote("the army was doing what it could, but that peace in Culiacan depended on the criminal groups themselves",
              "Luis Cresencio Sandoval", "indirect"),
        quote("It doesn't depend on us", "Luis Cresencio Sandoval", "direct"),
        quote("Soldiers detained five suspected gunmen and seized assault rifles and grenades at a house in the south "
              "of the city", "Mexican Army", "indirect"),
        quote("he was kidnapped by a son of El Chapo and flown to El Paso against his will", "Ismael Zambada",
              "indirect"),
        quote("no U.S. aircraft or personnel had been involved in the operation", "Ken Salazar", "indirect"),
        quote("Gunmen also opened fire on a National Guard patrol on the highway to Mazatlan on Sunday, wounding two "
              "officers", "Mexican federal security cabinet", "indirect"),
        quote("it had opened investigations into 29 killings", "Sinaloa State Prosecutor's Office", "indirect"),
        quote("hugs, not bullets", "Andres Manuel Lopez Obrador", "direct"),
    ],
    "entities": [
        entity("Culiacan", "LOC", "MEX", ["CULIACAN", "Culiacan", "the state capital"]),
        entity("Mexico", "LOC", "MEX", ["Mexico"]),
        entity("Sinaloa Cartel", "ORG", "MEX", ["the Sinaloa Cartel", "The Sinaloa Cartel"]),
        entity("Los Chapitos", "ORG", "MEX", ["Los Chapitos"]),
        entity("Joaquin Guzman", "PER", "MEX", ["Joaquin \"El Chapo\" Guzman", "El Chapo"]),
        entity("Ismael Zambada", "PER", "MEX", ["Ismael \"El Mayo\" Zambada", "Zambada"]),
        entity("Texas", "LOC", "USA", ["Texas"]),
        entity("Ruben Rocha Moya", "PER", "MEX", ["Sinaloa Governor Ruben Rocha Moya"]),
        entity("Sinaloa", "LOC", "MEX", ["Sinaloa"]),
        entity("Luis Cresencio Sandoval", "PER", "MEX", ["Defense Secretary Luis Cresencio Sandoval"]),
        entity("Mexican Army", "ORG", "MEX", ["the army", "Soldiers"]),
        entity("Andres Manuel Lopez Obrador", "PER", "MEX",
               ["President Andres Manuel Lopez Obrador", "Lopez Obrador"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("United States", "LOC", "USA", ["the United States"]),
        entity("El Paso", "LOC", "USA", ["El Paso"]),
        entity("Ken Salazar", "PER", "USA", ["U.S. Ambassador Ken Salazar"]),
        entity("National Guard of Mexico", "ORG", "MEX", ["a National Guard patrol"]),
        entity("Mazatlan", "LOC", "MEX", ["Mazatlan"]),
        entity("Mexican federal security cabinet", "ORG", "MEX", ["the federal security cabinet"]),
        entity("Sinaloa State Prosecutor's Office", "ORG", "MEX",
               ["the state prosecutor's office", "The prosecutor's office"]),
    ],
}

# ---------------------------------------------------------------- hm231-en-02 (Gershkovich verdict)
RU_COURT = actor("Sverdlovsk Regional Court", "RUS", "JUD")
GERSHKOVICH = actor("Evan Gershkovich", "USA", "CVL")
FSB = actor("Federal Security Service of Russia", "RUS", "COP")
WSJ = actor("The Wall Street Journal", "USA", "BUS")
LAMMY = actor("David Lammy", "GBR", "GOV")
RUS_MFA = actor("Ministry of Foreign Affairs of Russia", "RUS", "GOV")

F1 = ("MOSCOW, July 19 (Reuters) - A Russian court on Friday found Wall Street Journal reporter Evan Gershkovich "
      "guilty of espionage and sentenced him to 16 years in a maximum-security penal colony after a trial that "
      "Washington has dismissed as a sham.")
F2 = ("Judge Andrei Mineyev of the Sverdlovsk Regional Court in Yekaterinburg read out the verdict after only three "
      "hearings, all held behind closed doors.")
F3 = ("Prosecutors had said the 32-year-old American gathered secret information for the CIA about a tank factory in "
      "the Urals, and had asked for an 18-year sentence.")
F4 = "Gershkovich, his employer and the U.S. government reject the charges as baseless."
F5 = "He was arrested by the FSB security service during a reporting trip to Yekaterinburg in March 2023."
F6 = ("President Joe Biden said Gershkovich had been targeted by the Russian government because he was a journalist "
      "and an American.")
F7 = "\"We are pushing hard for Evan's release and will continue to do so,\" Biden said in a statement."
F8 = ("The Wall Street Journal called the verdict a \"disgraceful, sham conviction\" and demanded that he be freed "
      "immediately.")
F9 = "British Foreign Secretary David Lammy condemned the ruling, saying journalism was not a crime."
F10 = ("Kremlin spokesman Dmitry Peskov declined to comment on reports that Moscow and Washington were discussing a "
       "prisoner exchange.")
F11 = "Such contacts, he said, had to take place \"in silence\"."
F12 = "Russia's Foreign Ministry accused Washington of ignoring the rights of Russian citizens held in U.S. prisons."
F13 = ("Gershkovich, who stood in the glass defendants' cage with a shaved head, showed no emotion as the sentence was "
       "read.")
F14 = "His lawyers have 15 days to appeal."

EN02 = {
    "id": "hm231-en-02", "lang": "en", "url": None, "published": "2024-07-19",
    "title": "Russian court jails U.S. reporter Gershkovich for 16 years",
    "text": paragraphs([F1, F2, F3, F4, F5], [F6, F7, F8, F9], [F10, F11, F12], [F13, F14]),
    "events": [
        event("SANCTION", RU_COURT, GERSHKOVICH, F1, mode="convict", date="2024-07-19", location="Yekaterinburg",
              location_country="RUS"),
        event("COERCE", RU_COURT, GERSHKOVICH, F1, mode="arrest", date="2024-07-19", location="Yekaterinburg",
              location_country="RUS"),
        event("ACCUSE", USA, RU_COURT, F1, mode="disapprove"),
        event("COERCE", FSB, GERSHKOVICH, F5, mode="arrest", location="Yekaterinburg", location_country="RUS"),
        event("ACCUSE", BIDEN, RUSSIA, F6, mode="allege"),
        event("REQUEST", BIDEN, RUSSIA, F7, mode="yield"),
        event("ACCUSE", WSJ, RU_COURT, F8, mode="disapprove"),
        event("REQUEST", WSJ, RUSSIA, F8, mode="yield"),
        event("ACCUSE", LAMMY, RU_COURT, F9, mode="disapprove"),
        event("ACCUSE", RUS_MFA, USA, F12, mode="allege"),
    ],
    "quotes": [
        quote("the 32-year-old American gathered secret information for the CIA about a tank factory in the Urals",
              "Russian prosecutors", "indirect"),
        quote("Gershkovich had been targeted by the Russian government because he was a journalist and an American",
              "Joe Biden", "indirect"),
        quote("We are pushing hard for Evan's release and will continue to do so", "Joe Biden", "direct"),
        quote("disgraceful, sham conviction", "The Wall Street Journal", "direct"),
        quote("journalism was not a crime", "David Lammy", "indirect"),
        quote("in silence", "Dmitry Peskov", "direct"),
    ],
    "entities": [
        entity("Moscow", "LOC", "RUS", ["MOSCOW", "Moscow"]),
        entity("Sverdlovsk Regional Court", "ORG", "RUS", ["A Russian court", "the Sverdlovsk Regional Court"]),
        entity("The Wall Street Journal", "ORG", "USA", ["Wall Street Journal", "The Wall Street Journal"]),
        entity("Evan Gershkovich", "PER", "USA",
               ["Wall Street Journal reporter Evan Gershkovich", "Gershkovich", "the 32-year-old American", "Evan"]),
        entity("Washington", "LOC", "USA", ["Washington"]),
        entity("Andrei Mineyev", "PER", "RUS", ["Judge Andrei Mineyev"]),
        entity("Yekaterinburg", "LOC", "RUS", ["Yekaterinburg"]),
        entity("Russian prosecutors", "ORG", "RUS", ["Prosecutors"]),
        entity("Central Intelligence Agency", "ORG", "USA", ["the CIA"]),
        entity("Urals", "LOC", "RUS", ["the Urals"]),
        entity("United States government", "ORG", "USA", ["the U.S. government"]),
        entity("Federal Security Service of Russia", "ORG", "RUS", ["the FSB security service"]),
        entity("Joe Biden", "PER", "USA", ["President Joe Biden", "Biden"]),
        entity("Government of Russia", "ORG", "RUS", ["the Russian government"]),
        entity("David Lammy", "PER", "GBR", ["British Foreign Secretary David Lammy"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlin spokesman Dmitry Peskov"]),
        entity("Ministry of Foreign Affairs of Russia", "ORG", "RUS", ["Russia's Foreign Ministry"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
