"""Round 208: six invented wire-style articles (4 German, 2 English), written blind.

Stories (real settings 2024-2025, invented wording and details):
- hm208-de-01: German federal prosecutors have two German-Russians arrested in Bayreuth over alleged sabotage plans for Russia; Baerbock summons the Russian ambassador, Faeser warns Moscow (2024-04-18).
- hm208-de-02: Russia's Central Election Commission bars anti-war candidate Boris Nadezhdin from the presidential election; Peskov backs it, Khodorkovsky and Washington object, supporters detained in Moscow (2024-02-08).
- hm208-de-03: A Palermo court acquits Matteo Salvini in the Open Arms trial; Meloni, Orbán and Le Pen welcome the verdict, Open Arms founder Camps objects (2024-12-20).
- hm208-de-04: Badra Gunba wins Abkhazia's presidential run-off; Ardzinba alleges fraud, Putin congratulates, Georgia, the EU, France and Britain reject the vote (2025-03-02).
- hm208-en-01: FBI agents arrest Milwaukee judge Hannah Dugan over an immigrant's escape from ICE; Bondi threatens other judges, Democrats and protesters object (2025-04-25).
- hm208-en-02: Russian missiles hit central Chernihiv; Zelensky demands air defence and calls Stoltenberg, the EU condemns, Germany delivers IRIS-T launchers (2024-04-17).
"""
from annotate import actor, entity, event, paragraphs, quote

# ---------------------------------------------------------------- hm208-de-01
GBA = actor("Federal Prosecutor General of Germany", "DEU", "JUD")
DIETER_S = actor("Dieter S.", "DEU", "CVL")
ALEXANDER_J = actor("Alexander J.", "DEU", "CVL")
INVESTIGATORS_DE = actor("German federal investigators", "DEU", "COP")
BGH_JUDGE = actor("Investigating judge of the Federal Court of Justice", "DEU", "JUD")
BAERBOCK = actor("Annalena Baerbock", "DEU", "GOV")
NECHAYEV = actor("Sergey Nechayev", "RUS", "GOV")
PUTIN = actor("Vladimir Putin", "RUS", "GOV")
POLICE_DE = actor("German police", "DEU", "COP")
FAESER = actor("Nancy Faeser", "DEU", "GOV")
RUSSIA = actor("Russia", "RUS", "GOV")
US_AUTHORITIES = actor("US authorities", "USA", "GOV")

A1 = ("Die Bundesanwaltschaft hat am Mittwoch in Bayreuth zwei Deutschrussen festnehmen lassen, die für Russland "
      "Sabotageanschläge in Deutschland vorbereitet haben sollen.")
A2 = ("Dem Hauptverdächtigen Dieter S. wird vorgeworfen, sich gegenüber einem russischen Geheimdienst zu Spreng- und "
      "Brandanschlägen auf militärische Infrastruktur bereit erklärt zu haben.")
A3 = "Er soll auch Einrichtungen der US-Streitkräfte ausgespäht haben, sein Bekannter Alexander J. soll ihm dabei geholfen haben."
A4 = "Ermittler durchsuchten die Wohnungen und Arbeitsplätze der beiden Männer."
A5 = "Ein Ermittlungsrichter am Bundesgerichtshof ordnete am Donnerstag Untersuchungshaft gegen beide an."
A6 = "Außenministerin Annalena Baerbock bestellte den russischen Botschafter Sergej Netschajew ins Auswärtige Amt ein."
A7 = "»Wir werden nicht zulassen, dass Putin seinen Terror nach Deutschland trägt«, sagte die Grünen-Politikerin."
A8 = "Innenministerin Nancy Faeser sagte, die Polizei habe den Schutz von Kasernen und Rüstungsbetrieben bereits verstärkt."
A9 = "Moskau müsse mit Konsequenzen rechnen, wenn es weitere Anschläge plane, warnte sie."
A10 = "Die russische Botschaft wies die Vorwürfe als »Provokation« zurück."
A11 = "Die Bundesanwaltschaft arbeite dabei eng mit US-Behörden zusammen, sagte ein Sprecher."
A12 = "Seit Beginn des Krieges in der Ukraine haben Sabotageverdachtsfälle in Europa deutlich zugenommen."

DE01 = {
    "id": "hm208-de-01", "lang": "de", "url": None, "published": "2024-04-18",
    "title": "Sabotageverdacht: Festnahmen in Bayreuth – Baerbock bestellt russischen Botschafter ein",
    "text": paragraphs([A1, A2, A3, A4, A5], [A6, A7, A8, A9], [A10, A11, A12]),
    "events": [
        event("COERCE", GBA, DIETER_S, A1, mode="arrest", date="2024-04-17", location="Bayreuth",
              location_country="DEU"),
        event("COERCE", GBA, ALEXANDER_J, A1, mode="arrest", date="2024-04-17", location="Bayreuth",
              location_country="DEU"),
        event("ACCUSE", GBA, DIETER_S, A2, mode="allege"),
        event("COERCE", INVESTIGATORS_DE, DIETER_S, A4, mode="seize"),
        event("COERCE", INVESTIGATORS_DE, ALEXANDER_J, A4, mode="seize"),
        event("COERCE", BGH_JUDGE, DIETER_S, A5, mode="arrest", date="2024-04-18"),
        event("COERCE", BGH_JUDGE, ALEXANDER_J, A5, mode="arrest", date="2024-04-18"),
        event("ACCUSE", BAERBOCK, NECHAYEV, A6, mode="disapprove"),
        event("ACCUSE", BAERBOCK, PUTIN, A7, mode="allege"),
        event("MOBILIZE", POLICE_DE, None, A8, mode="police"),
        event("THREATEN", FAESER, RUSSIA, A9),
        event("COOPERATE", GBA, US_AUTHORITIES, A11),
    ],
    "quotes": [
        quote("sich gegenüber einem russischen Geheimdienst zu Spreng- und Brandanschlägen auf militärische "
              "Infrastruktur bereit erklärt zu haben", "Federal Prosecutor General of Germany", "indirect"),
        quote("Wir werden nicht zulassen, dass Putin seinen Terror nach Deutschland trägt", "Annalena Baerbock",
              "direct"),
        quote("die Polizei habe den Schutz von Kasernen und Rüstungsbetrieben bereits verstärkt", "Nancy Faeser",
              "indirect"),
        quote("Moskau müsse mit Konsequenzen rechnen, wenn es weitere Anschläge plane", "Nancy Faeser", "indirect"),
        quote("Provokation", "Embassy of Russia in Germany", "direct"),
        quote("Die Bundesanwaltschaft arbeite dabei eng mit US-Behörden zusammen",
              "Spokesperson of the Federal Prosecutor General", "indirect"),
    ],
    "entities": [
        entity("Federal Prosecutor General of Germany", "ORG", "DEU", ["Die Bundesanwaltschaft"]),
        entity("Bayreuth", "LOC", "DEU", ["Bayreuth"]),
        entity("Dieter S.", "PER", "DEU", ["Dem Hauptverdächtigen Dieter S.", "Er"]),
        entity("Alexander J.", "PER", "DEU", ["sein Bekannter Alexander J."]),
        entity("Russia", "GPE", "RUS", ["Russland", "Moskau"]),
        entity("Germany", "GPE", "DEU", ["Deutschland"]),
        entity("US Armed Forces", "ORG", "USA", ["der US-Streitkräfte"]),
        entity("Federal Court of Justice", "ORG", "DEU", ["Bundesgerichtshof"]),
        entity("Annalena Baerbock", "PER", "DEU", ["Außenministerin Annalena Baerbock", "die Grünen-Politikerin"]),
        entity("Sergey Nechayev", "PER", "RUS", ["den russischen Botschafter Sergej Netschajew"]),
        entity("Federal Foreign Office", "ORG", "DEU", ["Auswärtige Amt"]),
        entity("Vladimir Putin", "PER", "RUS", ["Putin"]),
        entity("Nancy Faeser", "PER", "DEU", ["Innenministerin Nancy Faeser", "sie"]),
        entity("German police", "ORG", "DEU", ["die Polizei"]),
        entity("Embassy of Russia in Germany", "ORG", "RUS", ["Die russische Botschaft"]),
        entity("US authorities", "ORG", "USA", ["US-Behörden"]),
        entity("Ukraine", "GPE", "UKR", ["der Ukraine"]),
        entity("Europe", "LOC", None, ["Europa"]),
    ],
}

# ---------------------------------------------------------------- hm208-de-02
CEC_RU = actor("Central Election Commission of Russia", "RUS", "GOV")
NADEZHDIN = actor("Boris Nadezhdin", "RUS", "OPP")
PAMFILOVA = actor("Ella Pamfilova", "RUS", "GOV")
PESKOV = actor("Dmitry Peskov", "RUS", "GOV")
RU_CITIZENS = actor("Russian citizens", "RUS", "CVL")
KHODORKOVSKY = actor("Mikhail Khodorkovsky", "RUS", "OPP")
GOV_RU = actor("Government of Russia", "RUS", "GOV")
US_STATE_DEPT = actor("United States Department of State", "USA", "GOV")
NADEZHDIN_SUPPORTERS = actor("Supporters of Boris Nadezhdin", "RUS", "CVL")
MOSCOW_POLICE = actor("Moscow police", "RUS", "COP")

B1 = "Die russische Zentrale Wahlkommission hat den Kriegsgegner Boris Nadeschdin von der Präsidentenwahl im März ausgeschlossen."
B2 = "Unter den eingereichten Unterschriften seien auch solche von Verstorbenen, sagte Wahlleiterin Ella Pamfilowa am Donnerstag in Moskau."
B3 = "Zulässig ist eine Fehlerquote von höchstens fünf Prozent."
B4 = "Die Kommission lehnte zudem Nadeschdins Antrag ab, die Prüfung der Listen zu verschieben."
B5 = "Nadeschdin kündigte an, vor dem Obersten Gericht gegen die Entscheidung zu klagen."
B6 = ("»Die Teilnahme an dieser Wahl ist die wichtigste politische Entscheidung meines Lebens«, sagte der 60-Jährige, "
      "»ich gebe nicht auf.«")
B7 = "Er warf der Kommission vor, formale Fehler als Vorwand zu nutzen."
B8 = "Kremlsprecher Dmitri Peskow nannte das Verfahren »streng nach Gesetz«."
B9 = ("Im Januar hatten Zehntausende Menschen in vielen russischen Städten Schlange gestanden, um für Nadeschdin zu "
      "unterschreiben.")
B10 = "Der im Exil lebende Oppositionelle Michail Chodorkowski erklärte, der Ausschluss zeige, dass die Wahl eine Farce sei."
B11 = "Das US-Außenministerium sprach von einem weiteren Beispiel für die Unterdrückung politischer Konkurrenz in Russland."
B12 = ("Bei einer Mahnwache in Moskau nahm die Polizei mehrere Unterstützer Nadeschdins fest, wie die "
       "Bürgerrechtsorganisation OWD-Info berichtete.")

DE02 = {
    "id": "hm208-de-02", "lang": "de", "url": None, "published": "2024-02-08",
    "title": "Russische Wahlkommission schließt Kriegsgegner Nadeschdin von Präsidentenwahl aus",
    "text": paragraphs([B1, B2, B3, B4], [B5, B6, B7, B8, B9], [B10, B11, B12]),
    "events": [
        event("COERCE", CEC_RU, NADEZHDIN, B1, mode="ban"),
        event("ACCUSE", PAMFILOVA, NADEZHDIN, B2, mode="allege", date="2024-02-08"),
        event("REJECT", CEC_RU, NADEZHDIN, B4, mode="change"),
        event("ACCUSE", NADEZHDIN, CEC_RU, B7, mode="allege"),
        event("SUPPORT", PESKOV, CEC_RU, B8),
        event("SUPPORT", RU_CITIZENS, NADEZHDIN, B9),
        event("ACCUSE", KHODORKOVSKY, GOV_RU, B10, mode="disapprove"),
        event("ACCUSE", US_STATE_DEPT, GOV_RU, B11, mode="disapprove"),
        event("PROTEST", NADEZHDIN_SUPPORTERS, GOV_RU, B12, mode="demo", location="Moscow", location_country="RUS"),
        event("COERCE", MOSCOW_POLICE, NADEZHDIN_SUPPORTERS, B12, mode="arrest", location="Moscow",
              location_country="RUS"),
    ],
    "quotes": [
        quote("Unter den eingereichten Unterschriften seien auch solche von Verstorbenen", "Ella Pamfilova",
              "indirect"),
        quote("vor dem Obersten Gericht gegen die Entscheidung zu klagen", "Boris Nadezhdin", "indirect"),
        quote("Die Teilnahme an dieser Wahl ist die wichtigste politische Entscheidung meines Lebens",
              "Boris Nadezhdin", "direct"),
        quote("ich gebe nicht auf", "Boris Nadezhdin", "direct"),
        quote("formale Fehler als Vorwand zu nutzen", "Boris Nadezhdin", "indirect"),
        quote("streng nach Gesetz", "Dmitry Peskov", "direct"),
        quote("der Ausschluss zeige, dass die Wahl eine Farce sei", "Mikhail Khodorkovsky", "indirect"),
        quote("Bei einer Mahnwache in Moskau nahm die Polizei mehrere Unterstützer Nadeschdins fest", "OVD-Info",
              "indirect"),
    ],
    "entities": [
        entity("Central Election Commission of Russia", "ORG", "RUS",
               ["Die russische Zentrale Wahlkommission", "Die Kommission", "der Kommission"]),
        entity("Boris Nadezhdin", "PER", "RUS", ["den Kriegsgegner Boris Nadeschdin", "Nadeschdins", "Nadeschdin",
                                                 "der 60-Jährige", "Er"]),
        entity("Ella Pamfilova", "PER", "RUS", ["Wahlleiterin Ella Pamfilowa"]),
        entity("Moscow", "LOC", "RUS", ["Moskau"]),
        entity("Supreme Court of Russia", "ORG", "RUS", ["dem Obersten Gericht"]),
        entity("Dmitry Peskov", "PER", "RUS", ["Kremlsprecher Dmitri Peskow"]),
        entity("Mikhail Khodorkovsky", "PER", "RUS", ["Der im Exil lebende Oppositionelle Michail Chodorkowski"]),
        entity("United States Department of State", "ORG", "USA", ["Das US-Außenministerium"]),
        entity("Russia", "GPE", "RUS", ["Russland"]),
        entity("Moscow police", "ORG", "RUS", ["die Polizei"]),
        entity("OVD-Info", "ORG", "RUS", ["die Bürgerrechtsorganisation OWD-Info"]),
    ],
}

# ---------------------------------------------------------------- hm208-de-03
PALERMO_COURT = actor("Court of Palermo", "ITA", "JUD")
SALVINI = actor("Matteo Salvini", "ITA", "GOV")
PALERMO_PROSECUTORS = actor("Palermo prosecutors", "ITA", "JUD")
OPEN_ARMS = actor("Open Arms", "ESP", "NGO")
SPAIN = actor("Spain", "ESP", "GOV")
MELONI = actor("Giorgia Meloni", "ITA", "GOV")
ORBAN = actor("Viktor Orbán", "HUN", "GOV")
LE_PEN = actor("Marine Le Pen", "FRA", "PTY")
CAMPS = actor("Óscar Camps", "ESP", "NGO")

C1 = "Ein Gericht in Palermo hat Italiens Vize-Regierungschef Matteo Salvini im Prozess um das Rettungsschiff »Open Arms« freigesprochen."
C2 = "Die Staatsanwaltschaft hatte sechs Jahre Haft wegen Freiheitsberaubung und Amtsmissbrauchs gefordert."
C3 = ("Salvini hatte als Innenminister im August 2019 dem Schiff der spanischen Hilfsorganisation mit 147 Migranten an "
      "Bord tagelang die Einfahrt in einen italienischen Hafen verweigert.")
C4 = "Spanien hatte damals angeboten, die Geretteten im Hafen von Algeciras aufzunehmen."
C5 = "»Die Verteidigung der Grenzen ist kein Verbrechen«, sagte Salvini nach dem Urteilsspruch."
C6 = "Ministerpräsidentin Giorgia Meloni gratulierte ihm und nannte die Anklage »haltlos und surreal«."
C7 = "Sie habe Salvini noch am Abend angerufen, hieß es aus Regierungskreisen."
C8 = "Auch Ungarns Regierungschef Viktor Orbán und die französische Rechtspopulistin Marine Le Pen begrüßten den Freispruch."
C9 = "»Open Arms«-Gründer Óscar Camps zeigte sich enttäuscht."
C10 = "Das Urteil sende die Botschaft, dass man Menschen auf See ungestraft festhalten dürfe, sagte er."
C11 = "Die Staatsanwaltschaft kann nach Vorlage der Urteilsbegründung Berufung einlegen."
C12 = "Die zentrale Mittelmeerroute gilt als eine der gefährlichsten Fluchtrouten der Welt."

DE03 = {
    "id": "hm208-de-03", "lang": "de", "url": None, "published": "2024-12-20",
    "title": "Freispruch für Salvini im »Open Arms«-Prozess",
    "text": paragraphs([C1, C2, C3, C4], [C5, C6, C7, C8], [C9, C10, C11, C12]),
    "events": [
        event("SANCTION", PALERMO_COURT, SALVINI, C1, mode="convict", location="Palermo", location_country="ITA",
              negated=True),
        event("ACCUSE", PALERMO_PROSECUTORS, SALVINI, C2, mode="allege"),
        event("REJECT", SALVINI, OPEN_ARMS, C3, mode="assist"),
        event("AGREE", SPAIN, OPEN_ARMS, C4),
        event("SUPPORT", MELONI, SALVINI, C6),
        event("ACCUSE", MELONI, PALERMO_PROSECUTORS, C6, mode="disapprove"),
        event("CONSULT", MELONI, SALVINI, C7, mode="phone", date="2024-12-20"),
        event("SUPPORT", ORBAN, SALVINI, C8),
        event("SUPPORT", LE_PEN, SALVINI, C8),
        event("ACCUSE", CAMPS, PALERMO_COURT, C9, mode="disapprove"),
        event("ACCUSE", CAMPS, PALERMO_COURT, C10, mode="disapprove"),
    ],
    "quotes": [
        quote("die Geretteten im Hafen von Algeciras aufzunehmen", "Spain", "indirect"),
        quote("Die Verteidigung der Grenzen ist kein Verbrechen", "Matteo Salvini", "direct"),
        quote("haltlos und surreal", "Giorgia Meloni", "direct"),
        quote("Sie habe Salvini noch am Abend angerufen", "Italian government sources", "indirect"),
        quote("Das Urteil sende die Botschaft, dass man Menschen auf See ungestraft festhalten dürfe", "Óscar Camps",
              "indirect"),
    ],
    "entities": [
        entity("Court of Palermo", "ORG", "ITA", ["Ein Gericht in Palermo"]),
        entity("Palermo", "LOC", "ITA", ["Palermo"]),
        entity("Italy", "GPE", "ITA", ["Italiens"]),
        entity("Matteo Salvini", "PER", "ITA", ["Italiens Vize-Regierungschef Matteo Salvini", "Salvini", "ihm"]),
        entity("Open Arms", "ORG", "ESP", ["das Rettungsschiff »Open Arms«", "dem Schiff der spanischen Hilfsorganisation"]),
        entity("Palermo prosecutors", "ORG", "ITA", ["Die Staatsanwaltschaft"]),
        entity("Spain", "GPE", "ESP", ["Spanien"]),
        entity("Algeciras", "LOC", "ESP", ["im Hafen von Algeciras"]),
        entity("Giorgia Meloni", "PER", "ITA", ["Ministerpräsidentin Giorgia Meloni", "Sie"]),
        entity("Viktor Orbán", "PER", "HUN", ["Ungarns Regierungschef Viktor Orbán"]),
        entity("Hungary", "GPE", "HUN", ["Ungarns"]),
        entity("Marine Le Pen", "PER", "FRA", ["die französische Rechtspopulistin Marine Le Pen"]),
        entity("Óscar Camps", "PER", "ESP", ["»Open Arms«-Gründer Óscar Camps", "er"]),
        entity("Mediterranean Sea", "LOC", None, ["Die zentrale Mittelmeerroute"]),
    ],
}

# ---------------------------------------------------------------- hm208-de-04
ARDZINBA = actor("Adgur Ardzinba", "GEO", "OPP")
ABKH_AUTH = actor("De facto authorities of Abkhazia", "GEO", "GOV")
GUNBA = actor("Badra Gunba", "GEO", "GOV")
GEO_MFA = actor("Ministry of Foreign Affairs of Georgia", "GEO", "GOV")
EU = actor("European Union", "EUR", "IGO")
GEORGIA = actor("Georgia", "GEO", "GOV")
FRANCE = actor("France", "FRA", "GOV")
UK = actor("United Kingdom", "GBR", "GOV")

D1 = "In der von Georgien abtrünnigen Region Abchasien hat der amtierende Präsident Badra Gunba die Stichwahl gewonnen."
D2 = "Er erhielt knapp 55 Prozent der Stimmen, teilte die Wahlkommission in Suchumi am Sonntag mit."
D3 = ("Sein Herausforderer Adgur Ardsinba warf den Behörden massive Manipulationen vor und verlangte eine "
      "Neuauszählung in mehreren Bezirken.")
D4 = "Gunba galt als Wunschkandidat Moskaus."
D5 = "Kremlchef Wladimir Putin gratulierte Gunba noch am Sonntag und sicherte der Region weitere Unterstützung zu."
D6 = ("Russland hatte nach dem Rücktritt von Gunbas Vorgänger Aslan Bschania im November die Auszahlung von "
      "Finanzhilfen vorübergehend gestoppt.")
D7 = "Im Januar nahm Moskau die Zahlungen wieder auf und lieferte Strom, um eine Energiekrise in der Region zu lindern."
D8 = "Gunba kündigte an, seine erste Auslandsreise werde ihn nach Moskau führen."
D9 = ("Das georgische Außenministerium nannte die Abstimmung „illegitim“ und warf Russland die Besetzung georgischen "
      "Territoriums vor.")
D10 = ("Die Europäische Union erklärte, sie erkenne das Ergebnis nicht an, und bekräftigte ihre Unterstützung für die "
       "territoriale Integrität Georgiens.")
D11 = "Auch Frankreich und Großbritannien verurteilten die Wahl."
D12 = "Die Region am Schwarzen Meer hat rund 245.000 Einwohner."

DE04 = {
    "id": "hm208-de-04", "lang": "de", "url": None, "published": "2025-03-02",
    "title": "Gunba gewinnt Präsidentenwahl in Abchasien – Tiflis spricht von illegitimer Abstimmung",
    "text": paragraphs([D1, D2, D3, D4], [D5, D6, D7, D8], [D9, D10, D11, D12]),
    "events": [
        event("ACCUSE", ARDZINBA, ABKH_AUTH, D3, mode="allege"),
        event("REQUEST", ARDZINBA, ABKH_AUTH, D3, mode="change"),
        event("SUPPORT", PUTIN, GUNBA, D5, date="2025-03-02"),
        event("AGREE", PUTIN, ABKH_AUTH, D5, date="2025-03-02"),
        event("SANCTION", RUSSIA, ABKH_AUTH, D6, mode="withdraw"),
        event("AID", RUSSIA, ABKH_AUTH, D7),
        event("AGREE", GUNBA, RUSSIA, D8),
        event("ACCUSE", GEO_MFA, ABKH_AUTH, D9, mode="disapprove"),
        event("ACCUSE", GEO_MFA, RUSSIA, D9, mode="allege"),
        event("SUPPORT", EU, GUNBA, D10, negated=True),
        event("SUPPORT", EU, GEORGIA, D10),
        event("ACCUSE", FRANCE, ABKH_AUTH, D11, mode="disapprove"),
        event("ACCUSE", UK, ABKH_AUTH, D11, mode="disapprove"),
    ],
    "quotes": [
        quote("Er erhielt knapp 55 Prozent der Stimmen", "Central Election Commission of Abkhazia", "indirect"),
        quote("seine erste Auslandsreise werde ihn nach Moskau führen", "Badra Gunba", "indirect"),
        quote("illegitim", "Ministry of Foreign Affairs of Georgia", "direct"),
        quote("sie erkenne das Ergebnis nicht an", "European Union", "indirect"),
    ],
    "entities": [
        entity("Georgia", "GPE", "GEO", ["Georgien", "Georgiens"]),
        entity("Abkhazia", "LOC", "GEO", ["Region Abchasien", "der Region", "Die Region am Schwarzen Meer"]),
        entity("Badra Gunba", "PER", "GEO", ["der amtierende Präsident Badra Gunba", "Gunba", "Er"]),
        entity("Central Election Commission of Abkhazia", "ORG", "GEO", ["die Wahlkommission in Suchumi"]),
        entity("Sukhumi", "LOC", "GEO", ["Suchumi"]),
        entity("Adgur Ardzinba", "PER", "GEO", ["Sein Herausforderer Adgur Ardsinba"]),
        entity("De facto authorities of Abkhazia", "ORG", "GEO", ["den Behörden"]),
        entity("Russia", "GPE", "RUS", ["Moskaus", "Russland", "Moskau"]),
        entity("Vladimir Putin", "PER", "RUS", ["Kremlchef Wladimir Putin"]),
        entity("Aslan Bzhania", "PER", "GEO", ["Gunbas Vorgänger Aslan Bschania"]),
        entity("Ministry of Foreign Affairs of Georgia", "ORG", "GEO", ["Das georgische Außenministerium"]),
        entity("European Union", "ORG", "EUR", ["Die Europäische Union"]),
        entity("France", "GPE", "FRA", ["Frankreich"]),
        entity("United Kingdom", "GPE", "GBR", ["Großbritannien"]),
        entity("Black Sea", "LOC", None, ["Schwarzen Meer"]),
    ],
}

# ---------------------------------------------------------------- hm208-en-01
FBI = actor("Federal Bureau of Investigation (FBI)", "USA", "COP")
DUGAN = actor("Hannah Dugan", "USA", "JUD")
DOJ = actor("United States Department of Justice", "USA", "GOV")
ICE = actor("U.S. Immigration and Customs Enforcement (ICE)", "USA", "COP")
FLORES_RUIZ = actor("Eduardo Flores-Ruiz", "MEX", "CVL")
PATEL = actor("Kash Patel", "USA", "COP")
BONDI = actor("Pam Bondi", "USA", "GOV")
US_JUDGES = actor("U.S. judges", "USA", "JUD")
WI_DEMOCRATS = actor("Democratic Party of Wisconsin", "USA", "PTY")
TRUMP_ADMIN = actor("Trump administration", "USA", "GOV")
BALDWIN = actor("Tammy Baldwin", "USA", "LEG")
US_PROTESTERS = actor("Protesters in Milwaukee", "USA", "CVL")
MAGISTRATE = actor("U.S. federal magistrate judge", "USA", "JUD")
DUGAN_LAWYER = actor("Lawyer of Hannah Dugan", "USA", "CVL")

E1 = ("FBI agents on Friday arrested a Milwaukee County judge accused of helping an undocumented immigrant evade arrest "
      "by federal immigration officers.")
E2 = ("Judge Hannah Dugan was charged with obstruction and with concealing an individual to prevent his arrest, "
      "according to court documents.")
E3 = ("Prosecutors say she led Eduardo Flores-Ruiz and his lawyer out through a jury door on April 18 after ICE agents "
      "came to detain him at her courtroom.")
E4 = "Agents later arrested Flores-Ruiz, a Mexican national, outside the courthouse after a brief foot chase."
E5 = "“No one is above the law,” FBI Director Kash Patel wrote on X in a post he later deleted."
E6 = ("Attorney General Pam Bondi warned judges who shield migrants that “we will come after you and we will "
      "prosecute you”.")
E7 = "Wisconsin Democrats accused the Trump administration of trying to intimidate the judiciary."
E8 = "Senator Tammy Baldwin called the arrest “a gravely serious and drastic move”."
E9 = "Dozens of protesters gathered outside the federal courthouse, chanting “Free the judge”."
E10 = "Dugan appeared briefly before a federal magistrate and was released without bail."
E11 = "Her lawyer said she would be vindicated and accused the government of making an example of her."
E12 = "If convicted, she faces up to six years in prison."

EN01 = {
    "id": "hm208-en-01", "lang": "en", "url": None, "published": "2025-04-25",
    "title": "FBI arrests Milwaukee judge accused of helping migrant evade immigration agents",
    "text": paragraphs([E1, E2, E3, E4], [E5, E6, E7, E8], [E9, E10, E11, E12]),
    "events": [
        event("COERCE", FBI, DUGAN, E1, mode="arrest", date="2025-04-25", location="Milwaukee",
              location_country="USA"),
        event("ACCUSE", DOJ, DUGAN, E2, mode="allege"),
        event("ACCUSE", DOJ, DUGAN, E3, mode="allege"),
        event("COERCE", ICE, FLORES_RUIZ, E4, mode="arrest", location="Milwaukee", location_country="USA"),
        event("ACCUSE", PATEL, DUGAN, E5, mode="disapprove"),
        event("THREATEN", BONDI, US_JUDGES, E6, mode="arrest"),
        event("ACCUSE", WI_DEMOCRATS, TRUMP_ADMIN, E7, mode="allege"),
        event("ACCUSE", BALDWIN, FBI, E8, mode="disapprove"),
        event("PROTEST", US_PROTESTERS, FBI, E9, mode="demo", date="2025-04-25", location="Milwaukee",
              location_country="USA"),
        event("RETREAT", MAGISTRATE, DUGAN, E10, mode="release", date="2025-04-25"),
        event("ACCUSE", DUGAN_LAWYER, TRUMP_ADMIN, E11, mode="allege"),
    ],
    "quotes": [
        quote("Judge Hannah Dugan was charged with obstruction and with concealing an individual to prevent his arrest",
              "United States Department of Justice", "indirect"),
        quote("she led Eduardo Flores-Ruiz and his lawyer out through a jury door on April 18 after ICE agents came to "
              "detain him at her courtroom", "United States Department of Justice", "indirect"),
        quote("No one is above the law", "Kash Patel", "direct"),
        quote("we will come after you and we will prosecute you", "Pam Bondi", "direct"),
        quote("trying to intimidate the judiciary", "Democratic Party of Wisconsin", "indirect"),
        quote("a gravely serious and drastic move", "Tammy Baldwin", "direct"),
        quote("Free the judge", "Protesters in Milwaukee", "direct"),
        quote("she would be vindicated", "Lawyer of Hannah Dugan", "indirect"),
        quote("making an example of her", "Lawyer of Hannah Dugan", "indirect"),
    ],
    "entities": [
        entity("Federal Bureau of Investigation (FBI)", "ORG", "USA", ["FBI agents", "FBI"]),
        entity("Hannah Dugan", "PER", "USA", ["a Milwaukee County judge", "Judge Hannah Dugan", "Dugan", "she",
                                              "her"]),
        entity("Milwaukee County", "LOC", "USA", ["Milwaukee County"]),
        entity("Eduardo Flores-Ruiz", "PER", "MEX", ["an undocumented immigrant", "Eduardo Flores-Ruiz", "Flores-Ruiz",
                                                     "a Mexican national"]),
        entity("United States Department of Justice", "ORG", "USA", ["Prosecutors"]),
        entity("U.S. Immigration and Customs Enforcement (ICE)", "ORG", "USA",
               ["federal immigration officers", "ICE agents", "Agents"]),
        entity("Kash Patel", "PER", "USA", ["FBI Director Kash Patel"]),
        entity("X", "ORG", "USA", ["X"]),
        entity("Pam Bondi", "PER", "USA", ["Attorney General Pam Bondi"]),
        entity("Democratic Party of Wisconsin", "ORG", "USA", ["Wisconsin Democrats"]),
        entity("Trump administration", "ORG", "USA", ["the Trump administration", "the government"]),
        entity("Tammy Baldwin", "PER", "USA", ["Senator Tammy Baldwin"]),
        entity("Milwaukee federal courthouse", "LOC", "USA", ["the federal courthouse", "the courthouse"]),
    ],
}

# ---------------------------------------------------------------- hm208-en-02
RUS_FORCES = actor("Russian Armed Forces", "RUS", "MIL")
UKR_CIVILIANS = actor("Ukrainian civilians", "UKR", "CVL")
ZELENSKY = actor("Volodymyr Zelensky", "UKR", "GOV")
NATO = actor("NATO", "IGO", "IGO")
STOLTENBERG = actor("Jens Stoltenberg", "IGO", "IGO")
US_CONGRESS = actor("United States Congress", "USA", "LEG")
UKRAINE = actor("Ukraine", "UKR", "GOV")
BORRELL = actor("Josep Borrell", "EUR", "IGO")
GERMANY = actor("Germany", "DEU", "GOV")
UKR_FORCES = actor("Armed Forces of Ukraine", "UKR", "MIL")

F1 = ("Three Russian missiles slammed into the centre of the northern Ukrainian city of Chernihiv on Wednesday "
      "morning, killing at least 17 people and wounding more than 60, officials said.")
F2 = "The strike hit an eight-storey building, a hospital and a university, according to the interior ministry."
F3 = "Acting mayor Oleksandr Lomako said rescuers were still searching the rubble for survivors."
F4 = ("“This would not have happened if Ukraine had received enough air defence equipment,” President Volodymyr "
      "Zelensky said.")
F5 = "He urged NATO allies to deliver more Patriot systems and accused Moscow of deliberately targeting civilians."
F6 = ("Zelensky said he had discussed the attack by phone with NATO Secretary-General Jens Stoltenberg, who promised "
      "to convene the NATO-Ukraine Council on air defence.")
F7 = ("The U.S. Congress has still not approved a $60 billion aid package for Kyiv, which Republicans in the House of "
      "Representatives have held up for months.")
F8 = "House Speaker Mike Johnson plans a vote on Saturday."
F9 = "EU foreign policy chief Josep Borrell condemned the attack as “another heinous crime”."
F10 = ("Germany, which pledged a third Patriot system to Kyiv at the weekend, said new IRIS-T launchers had already "
       "arrived in Ukraine.")
F11 = ("Russia's defence ministry said its forces had struck “military infrastructure” in the Chernihiv region but "
       "did not mention the city centre.")
F12 = "Chernihiv lies about 150 kilometres north of Kyiv, close to the borders with Belarus and Russia."

EN02 = {
    "id": "hm208-en-02", "lang": "en", "url": None, "published": "2024-04-17",
    "title": "Russian missile strike kills 17 in Chernihiv as Zelensky presses allies for air defence",
    "text": paragraphs([F1, F2, F3, F4], [F5, F6, F7, F8], [F9, F10, F11, F12]),
    "events": [
        event("ASSAULT", RUS_FORCES, UKR_CIVILIANS, F1, mode="heavy-weapons", date="2024-04-17",
              location="Chernihiv", location_country="UKR"),
        event("ASSAULT", RUS_FORCES, UKR_CIVILIANS, F2, mode="heavy-weapons", date="2024-04-17",
              location="Chernihiv", location_country="UKR"),
        event("REQUEST", ZELENSKY, NATO, F5, mode="assist"),
        event("ACCUSE", ZELENSKY, RUSSIA, F5, mode="allege"),
        event("CONSULT", ZELENSKY, STOLTENBERG, F6, mode="phone"),
        event("AGREE", STOLTENBERG, ZELENSKY, F6),
        event("AID", US_CONGRESS, UKRAINE, F7, negated=True),
        event("ACCUSE", BORRELL, RUSSIA, F9, mode="disapprove"),
        event("AGREE", GERMANY, UKRAINE, F10),
        event("AID", GERMANY, UKRAINE, F10),
        event("ASSAULT", RUS_FORCES, UKR_FORCES, F11, location="Chernihiv", location_country="UKR"),
    ],
    "quotes": [
        quote("Three Russian missiles slammed into the centre of the northern Ukrainian city of Chernihiv on Wednesday "
              "morning, killing at least 17 people and wounding more than 60", "Ukrainian officials", "indirect"),
        quote("The strike hit an eight-storey building, a hospital and a university",
              "Ministry of Internal Affairs of Ukraine", "indirect"),
        quote("rescuers were still searching the rubble for survivors", "Oleksandr Lomako", "indirect"),
        quote("This would not have happened if Ukraine had received enough air defence equipment",
              "Volodymyr Zelensky", "direct"),
        quote("to deliver more Patriot systems", "Volodymyr Zelensky", "indirect"),
        quote("deliberately targeting civilians", "Volodymyr Zelensky", "indirect"),
        quote("he had discussed the attack by phone with NATO Secretary-General Jens Stoltenberg, who promised to "
              "convene the NATO-Ukraine Council on air defence", "Volodymyr Zelensky", "indirect"),
        quote("another heinous crime", "Josep Borrell", "direct"),
        quote("new IRIS-T launchers had already arrived in Ukraine", "Germany", "indirect"),
        quote("military infrastructure", "Ministry of Defence of Russia", "direct"),
        quote("its forces had struck “military infrastructure” in the Chernihiv region", "Ministry of Defence of Russia",
              "indirect"),
    ],
    "entities": [
        entity("Chernihiv", "LOC", "UKR", ["the northern Ukrainian city of Chernihiv", "Chernihiv"]),
        entity("Ministry of Internal Affairs of Ukraine", "ORG", "UKR", ["the interior ministry"]),
        entity("Oleksandr Lomako", "PER", "UKR", ["Acting mayor Oleksandr Lomako"]),
        entity("Ukraine", "GPE", "UKR", ["Ukraine", "Kyiv"]),
        entity("Volodymyr Zelensky", "PER", "UKR", ["President Volodymyr Zelensky", "He", "Zelensky"]),
        entity("NATO", "ORG", "IGO", ["NATO allies", "NATO"]),
        entity("Russia", "GPE", "RUS", ["Moscow", "Russia"]),
        entity("Jens Stoltenberg", "PER", "IGO", ["NATO Secretary-General Jens Stoltenberg"]),
        entity("NATO-Ukraine Council", "ORG", "IGO", ["the NATO-Ukraine Council"]),
        entity("United States Congress", "ORG", "USA", ["The U.S. Congress"]),
        entity("Republican Party", "ORG", "USA", ["Republicans"]),
        entity("United States House of Representatives", "ORG", "USA", ["the House of Representatives"]),
        entity("Mike Johnson", "PER", "USA", ["House Speaker Mike Johnson"]),
        entity("Josep Borrell", "PER", "EUR", ["EU foreign policy chief Josep Borrell"]),
        entity("Germany", "GPE", "DEU", ["Germany"]),
        entity("Ministry of Defence of Russia", "ORG", "RUS", ["Russia's defence ministry"]),
        entity("Belarus", "GPE", "BLR", ["Belarus"]),
    ],
}

ARTICLES = [DE01, DE02, DE03, DE04, EN01, EN02]
